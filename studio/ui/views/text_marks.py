"""Findings in the text itself: flagged words underlined where the writer types, as a spell checker does.

The guide panel hands its findings to the document's :class:`FindingMarks`; every text field of a shot
that has an editor open underlines the spans of its field's findings (wavy red for errors, orange for
warnings), shows the finding and its fix when the pointer rests on the word, and lists the fixes at
the top of its context menu (reached by the keyboard too: the Menu key or Shift+F10), where a fix is
applied through the guide as one undo step. A span is underlined only while the text there is still
the text that was checked, so typing never leaves a mark on the wrong word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from studio.ui.document_controller import DocumentController
from studio.ui.views.view_common import WARNING_COLOR, ui_lang

#: Underline colours by severity; tips are not underlined (they are advice about the whole script).
COLOURS = {"error": "#d62828", "warning": WARNING_COLOR}

#: (start, end, the text checked there, finding) for one field of one shot.
Mark = tuple[int, int, str, Any]


class FindingMarks(QObject):
    """The spans the guide flagged, by (shot id, field); ``changed`` after each check."""

    changed = Signal()

    def __init__(self, doc: DocumentController) -> None:
        super().__init__(doc)
        self.doc = doc
        self.marks: dict[tuple[str, str], list[Mark]] = {}
        #: Applies a finding's fix as one undo step (the guide panel's); None until the panel exists.
        self.apply: Callable[[Any], bool] | None = None

    def set_findings(self, findings: list[Any]) -> None:
        """Take a check's findings: those with a span in a shot's field become marks."""
        marks: dict[tuple[str, str], list[Mark]] = {}
        for finding in findings:
            where = finding.location
            severity = finding.severity.value
            if where.shot_id is None or where.field is None or where.span is None or severity not in COLOURS:
                continue
            shot = self.doc.shot(where.shot_id)
            text = getattr(shot, where.field, None) if shot is not None else None
            if not isinstance(text, str):
                continue
            start, end = where.span
            if 0 <= start < end <= len(text):
                marks.setdefault((where.shot_id, where.field), []).append(
                    (start, end, text[start:end], finding)
                )
        if marks != self.marks:
            self.marks = marks
            self.changed.emit()

    def fix(self, finding: Any) -> bool:
        """Apply a finding's fix through the guide (one undo step); False when no guide is there to."""
        return self.apply(finding) if self.apply is not None else False

    def at(self, shot_id: str, field: str, text: str, position: int | None = None) -> list[Mark]:
        """The marks of a field still standing on the same words (at ``position`` when given)."""
        found = []
        for start, end, word, finding in self.marks.get((shot_id, field), []):
            if text[start:end] != word:
                continue
            if position is None or start <= position < end:
                found.append((start, end, word, finding))
        return found


def finding_marks(doc: DocumentController) -> FindingMarks:
    """The document's marks, made on first use."""
    hub = doc.findChild(FindingMarks)
    if hub is None:
        hub = FindingMarks(doc)
    return hub


class _Underline(QSyntaxHighlighter):
    """Underlines a field's marks in its editor."""

    def __init__(self, edit: QPlainTextEdit, hub: FindingMarks, shot_id: str, field: str) -> None:
        super().__init__(edit.document())
        self.edit, self.hub, self.shot_id, self.field = edit, hub, shot_id, field

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        for start, end, _word, finding in self.hub.at(self.shot_id, self.field, self.edit.toPlainText()):
            if end <= first or start >= last:
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor(COLOURS[finding.severity.value]))
            fmt.setToolTip(finding.message(ui_lang()))
            begin = max(start, first) - first
            self.setFormat(begin, min(end, last) - first - begin, fmt)


class _Hover(QObject):
    """Shows a mark's finding and fix when the pointer rests on it; puts its fixes in the context menu."""

    def __init__(self, edit: QPlainTextEdit, hub: FindingMarks, shot_id: str, field: str) -> None:
        super().__init__(edit)
        self.edit, self.hub, self.shot_id, self.field = edit, hub, shot_id, field

    def marks_at(self, position: int) -> list[Mark]:
        """The marks under a text position."""
        return self.hub.at(self.shot_id, self.field, self.edit.toPlainText(), position)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marks = self.marks_at(self.edit.cursorForPosition(event.pos()).position())
            if marks:
                QToolTip.showText(event.globalPos(), describe(marks), self.edit)
                return True
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self.context_menu(event)
            return True
        return super().eventFilter(watched, event)

    def context_menu(self, event: QContextMenuEvent) -> None:
        """The editor's own menu with the fixes of the word at the cursor (or under the pointer) on top."""
        menu = self.fix_menu(self.edit.createStandardContextMenu(event.pos()), event)
        show_menu(menu, event.globalPos())
        menu.deleteLater()

    def fix_menu(self, menu: QMenu, event: QContextMenuEvent) -> QMenu:
        """Put the fixes of the marks there first."""
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        position = (
            self.edit.cursorForPosition(event.pos()) if by_mouse else self.edit.textCursor()
        ).position()
        fixes_first(menu, self.marks_at(position), self.hub)
        return menu


def fixes_first(menu: QMenu, marks: list[Mark], hub: FindingMarks) -> int:
    """Put the marks' fixes at the top of a context menu, each applied through the guide as one undo
    step, as a spell checker puts its suggestions; how many were put there."""
    lang = ui_lang()
    first = menu.actions()[0] if menu.actions() else None
    added = 0
    for _start, _end, _word, finding in marks:
        fix = finding.fix
        if fix is None or not fix.applicable or hub.apply is None:
            continue
        # The editors' wording, in their translation context.
        act = menu.addAction(QCoreApplication.translate("_Hover", "Fix: %1").replace("%1", fix.text(lang)))
        act.setToolTip(finding.message(lang))
        act.triggered.connect(lambda _=False, f=finding: hub.fix(f))
        if first is not None:
            menu.insertAction(first, act)
        added += 1
    if added and first is not None:
        menu.insertSeparator(first)
    return added


def show_menu(menu: QMenu, where: QPoint) -> None:
    """Show a context menu and wait for the choice (its own function, so tests can read the menu)."""
    menu.exec(where)


def describe(marks: list[Mark]) -> str:
    """What the pointer rests on: each finding and, where there is one, its fix."""
    lang = ui_lang()
    lines = []
    for _start, _end, _word, finding in marks:
        lines.append(finding.message(lang))
        if finding.fix is not None:
            lines.append("→ " + finding.fix.text(lang))
    return "\n".join(lines)


def mark_findings(edit: QPlainTextEdit, doc: DocumentController, shot_id: str, field: str) -> None:
    """Underline the guide's findings in one shot field's editor, with hover and fix menu."""
    hub = finding_marks(doc)
    underline = _Underline(edit, hub, shot_id, field)
    hover = _Hover(edit, hub, shot_id, field)
    edit.viewport().installEventFilter(hover)
    edit.installEventFilter(hover)
    hub.changed.connect(underline.rehighlight)
    edit.setProperty("findingMarks", True)


def mark_preview(preview: Any, doc: DocumentController, shot_id: str, field: str) -> None:
    """Underline the guide's findings in a field's preview (a TextPreview), with the finding on hover.

    The owner repaints its shown previews when the marks change (``finding_marks(doc).changed``): a
    connection per preview, with a closure, was 2 connections and 10 objects per Write row, each one
    walked by every full garbage collection (2,500 rows at 5,000 shots)."""
    preview.marks_of = partial(finding_marks(doc).at, shot_id, field)
