"""GuidePanel: the guide's findings for the current variant, kept live as the script changes."""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.models.changes import Op
from studio.models.entities import Alternative, Beat, Change, Project, Shot
from studio.ui.document_controller import DocumentController
from studio.ui.views.guide_background import FirstCheck, Relay, finding_key, row_parts
from studio.ui.views.guide_rows import install as install_rows
from studio.ui.views.picture_reader import PictureReader
from studio.ui.views.text_marks import finding_marks
from studio.ui.views.view_common import beat_title, request_brief, request_focus, ui_lang

log = logging.getLogger(__name__)

#: Wait this long after the last edit before re-checking, so typing stays smooth.
DEBOUNCE_MS = 250
#: The segmenter's dictionary starts loading once the first findings are painted, or this long after they
#: are shown when the panel is not painted (its dock hidden).
SEGMENTER_AFTER_MS = 500
#: After an edit, the kept findings whose fixes must be judged again: when there are at most this many,
#: they are judged at once (a short script is shown exactly, in one go) ...
JUDGE_AT_ONCE = 40
#: ... else in later pieces of this length, the rows on the list's screen first, each row keeping its last
#: sentence meanwhile: at 1,000 shots an edit leaves a hundred fixes to judge again, at 5,000 several
#: hundred, which in one block held the window for 10-50 ms after each pause in the typing.
JUDGE_SLICE_S = 0.004
#: Milliseconds from an update to its first slice of judging.
JUDGE_AFTER_MS = 10
#: Rows above and below the list's screen judged first with it (a finding added or gone above moves them).
JUDGE_MARGIN = 3

FindingRole = Qt.ItemDataRole.UserRole + 1

#: The fix a row was shown with before its finding was judged (never a finding's fix: judged again when read).
_UNJUDGED = object()


def _checker_class() -> Any:
    from studio.guide.checker import Checker  # here, not at the top: loaded by the first check

    return Checker


def _brief_field(fix: Any) -> str | None:
    """The brief field a fix sends the writer to, when it is advice to fill in the brief."""
    from studio.guide.brief.needs import opens_brief

    return opens_brief(fix)


def _script_order(script: Any) -> Callable[[Any], int]:
    """Where a finding sits in the script (its shot's, else its alternative's or beat's first shot; -1 when none).

    Indexed in one pass over the shots, so ordering a thousand findings costs a thousand look-ups.
    """
    shots: dict[str, int] = {}
    alts: dict[str, int] = {}
    beats: dict[str, int] = {}
    for i, (beat, alt, shot) in enumerate(script.iter_shots()):
        shots.setdefault(shot.id, i)
        alts.setdefault(alt.id, i)
        beats.setdefault(beat.id, i)

    def order(finding: Any) -> int:
        loc = finding.location
        if loc.shot_id is not None:
            return shots.get(loc.shot_id, -1)
        if loc.alt_id is not None:
            return alts.get(loc.alt_id, -1)
        return beats.get(loc.beat_id, -1) if loc.beat_id is not None else -1

    return order


def _entities(project: Project) -> dict[str, object]:
    """Every script, variant, beat, alternative and shot by id: what ``project.find`` finds, in one pass."""
    found: dict[str, object] = {}
    for script in project.scripts:
        found[script.id] = script
        found.update((v.id, v) for v in script.variants)
        for beat in script.beats:
            found[beat.id] = beat
            for alt in beat.alternatives:
                found[alt.id] = alt
                found.update((shot.id, shot) for shot in alt.shots)
    return found


class GuidePanel(QWidget):
    """Live findings (errors, warnings, tips); click one to go to its shot, apply its fix undoably.

    With nothing to say it shows one line and emits ``quietChanged(True)``, so the window can give
    its width to the views (a laptop screen has none to spare).
    """

    #: True when the panel has nothing to show but its summary line, False when findings appear.
    quietChanged = Signal(bool)
    #: The list shows a new check's findings.
    findingsShown = Signal()

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        finding_marks(doc).apply = self.apply_fix  # a fix picked in a text field's menu goes through here
        self.doc = doc
        self.findings: list[Any] = []
        self.quiet = False
        # The checker (and its word lists) is loaded by the first check, which waits for the first
        # paint: the window comes up without paying for it.
        self.checker: Any = None
        self._loaded = False
        self._painted = False
        #: What each list row shows: (finding's key, severity, text); the list changes by difference.
        self._rows: list[tuple[Any, str, str]] = []
        #: The finding each row holds (FindingRole's value, kept here too: reading it back costs).
        self._row_findings: list[Any] = []
        #: id(finding) -> (finding, its sentence in ``_bodies_lang``, key, severity, fix): an unchanged
        #: shot keeps its finding objects from check to check, so their sentences are built once.
        self._bodies: dict[int, tuple[Any, str, tuple[Any, ...], str, Any]] = {}
        self._bodies_lang = ""
        #: Kept findings whose rows still show their fix from before the last edit (see _judge_stale).
        self._stale: deque[Any] = deque()
        self._stale_round = 0
        #: True when the last check left out hits waiting for the segmenter's dictionary.
        self._deferred = False
        self._ready = Relay(self)
        self._ready.loaded.connect(self._on_segmenter_loaded)
        self._ready.checked.connect(self._first_done)
        #: The first check while it runs in the background, and the edits made meanwhile.
        self._first: FirstCheck | None = None
        #: True once the segmenter's dictionary was asked to load (after the first findings are painted).
        self._segmenter_asked = False
        #: Checks leave out the hits needing the dictionary until it is in (False once it failed to load).
        self._later = True
        #: (project, script, entities by id, order in the script) as of the last change of structure: an edit
        #: of a field leaves them as they are, so an update does not walk every shot to rebuild them.
        self._index: tuple[Project, Any, dict[str, object], Callable[[Any], int]] | None = None
        #: Bumped by a change that may rename a place findings name (a shot's code, a beat, an alternative's label,
        #: a variant's name, the structure): each finding's place in words is kept until then.
        self._places = 0
        #: id(finding) -> (finding, its place in words) as of ``_wheres_at`` (see _update_list).
        self._wheres: dict[int, tuple[Any, str]] = {}
        self._wheres_at: tuple[int, Any] = (-1, None)
        #: The current stale round's row positions by finding (see _judge_stale).
        self._stale_at: tuple[int, dict[int, int]] | None = None
        #: Reads the words inside the shots' pictures (OCR) in the background, after each shown check.
        self.pictures = PictureReader(doc, self)
        self.pictures.read.connect(self._on_pictures_read)
        self.pictures.progress.connect(self._on_pictures_progress)

        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This variant"), "variant")
        self.scope.addItem(self.tr("Whole script"), "script")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # Every finding in two lines, its message and its fix (the whole of it in the tooltip and under
        # the list): rows of one height, so a resize lays out what is on screen, not thousands of rows.
        self.list.setUniformItemSizes(True)
        self.rows = install_rows(self.list, FindingRole, lambda f: True)
        self.fix_label = QLabel(self)
        self.fix_label.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Apply fix"), self)
        self.fix_button.setEnabled(False)
        #: "Reading the words in pictures: 1 of 4", shown only while pictures are read.
        self.pictures_note = QLabel(self)
        self.pictures_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pictures_note.setWordWrap(True)  # the dock is narrow: "…: 3 of 40" wraps, never cut off
        self.pictures_note.hide()
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(self.summary, 1)
        top.addWidget(self.pictures_note)
        top.addWidget(self.scope)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fix_label, 1)
        bottom.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.rest = QWidget(self)  # takes the list's room while it is hidden, so the summary stays on top
        layout.addWidget(self.rest, 1)
        self.rest.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._recheck)
        doc.changed.connect(self._on_change)
        doc.reset.connect(self._on_reset)
        doc.currentChanged.connect(self.schedule)
        self.scope.currentIndexChanged.connect(self._recheck)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(self.go_to)
        self.list.itemActivated.connect(self.go_to)
        self.fix_button.clicked.connect(self.apply_current_fix)
        self.summary.setText(self.tr("Checking the script…"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if not self._loaded:
                self._first_run()
        elif self._loaded and not self._segmenter_asked:
            # The first findings are painted: the dictionary's load (~0.5 s of the interpreter) may start.
            QTimer.singleShot(0, self._load_segmenter)

    def _first_run(self) -> None:
        """The first (cold) check, in a background thread with the guide's imports: the panel fills when
        it is done, without waiting for the segmenter's dictionary, which loads after it."""
        if not self._loaded and self._first is None:
            self._check_in_background()

    def _load_segmenter(self) -> None:
        """Start loading the segmenter's dictionary; the hits the last checks left out for it follow."""
        if self._segmenter_asked:
            return
        self._segmenter_asked = True
        from studio.guide.text import segment

        if not segment.load_in_background(self._ready.loaded.emit):
            self._on_segmenter_loaded()  # already in (another window loaded it)

    def _check_in_background(self) -> None:
        """Check with a new Checker in a background thread; the list shows the last findings meanwhile."""
        variant = self.doc.variant if self.scope.currentData() == "variant" else None
        project = self.doc.project
        self._first = FirstCheck(
            lambda: _checker_class()(project), self.doc.script, variant, ui_lang(), self._later
        )
        self._first.start(self._ready.checked.emit)

    def _first_done(self) -> None:
        first, self._first = self._first, None
        if first is None:
            return
        if first.error is not None or first.checker is None or first.checker.project is not self.doc.project:
            if self._loaded:  # a re-check: the old checker holds results it was to replace
                self.checker = _checker_class()(self.doc.project)
            self.run()  # it met a half-made edit, or the document was replaced: check here
            return
        self._loaded = True
        self.checker = first.checker
        # Sticky (see _shown_check): a re-check whose words were cached from before the segmenter came in
        # did not wait for it, and must not clear what an earlier check left for it.
        self._deferred = self._deferred or first.deferred
        self._bodies, self._bodies_lang = first.bodies, first.lang
        for change in first.changes:  # what the user did meanwhile, for the checker to redo
            self.checker.on_change(change)
        if first.changes or first.reset or first.asked:
            if first.reset:
                self.checker.invalidate()
            self.run()
            return
        self._shown_check(first.found, first.deferred)

    def _load_checker(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.checker = _checker_class()(self.doc.project)

    # --- checking ------------------------------------------------------------------

    @property
    def checked(self) -> bool:
        """True once the first check has run (it waits for the panel's first paint)."""
        return self._loaded

    @property
    def checking(self) -> bool:
        """True while a whole check runs in the background (the first one, or one after the dictionary
        came in or the structure changed); ``run`` then waits for it and checks again when it is done."""
        return self._first is not None

    def _on_change(self, change: Change) -> None:
        if not (change.op is Op.RESULTS or (change.op is Op.SET and isinstance(change.target, Shot))):
            # Perhaps shots, alternatives, beats or variants came, went, moved, were renamed or chosen.
            self._index = None
            self._places += 1
        elif change.field == "code":
            self._places += 1
        if self._first is not None:
            self._first.changes.append(change)
        if self.checker is not None:
            self.checker.on_change(change)
        self.schedule()

    def _on_reset(self) -> None:
        self._index = None
        self._places += 1
        if self._first is not None:
            self._first.reset = True
        if self.checker is not None:
            self.checker.invalidate()
        self.schedule()

    def schedule(self) -> None:
        """Re-check shortly (edits in a burst are checked once)."""
        self._timer.start()

    def _recheck(self) -> None:
        """Re-check after an edit or a change of scope (the first check, while it runs, sees both)."""
        if self.checker is not None and self._first is None and self.checker.needs_full_pass():
            # The structure changed (an import, an undo of many edits, a new script): the whole script is
            # checked again, which at 5,000 shots took over 100 ms of the window's time with its list. A new
            # checker does it in the background like the first check; the list shows the last findings
            # meanwhile, and their fixes are not judged again against the old checker's stale results.
            self._stale.clear()
            self._stale_round += 1
            self._check_in_background()
            return
        self.run()

    def run(self) -> None:
        """Check now and show the findings."""
        self._timer.stop()
        if self._first is not None:  # the first check is under way; it checks again when done
            self._first.asked = True
            return
        self._load_checker()
        variant = self.doc.variant if self.scope.currentData() == "variant" else None
        from studio.guide.text import segment

        try:
            # Never load the dictionary here (~0.5 s): it loads in the background once the first findings
            # are painted, and its hits follow.
            with segment.no_wait(later=self._later) as waited:
                found = self.checker.check(self.doc.script, variant)
        except Exception:  # a broken rule must not take the editor down
            log.exception("guide check failed")
            self.summary.setText(self.tr("The guide could not check this script."))
            return
        self._shown_check(found, waited.deferred)

    def _shown_check(self, found: list[Any], deferred: bool) -> None:
        """Show a check's findings; ``deferred``: it left out hits waiting for the segmenter."""
        from studio.guide.text import segment

        # Sticky until the checker is replaced: its cached shot results keep what was left out.
        self._deferred = self._deferred or deferred
        if (
            self._segmenter_asked
            and self._deferred
            and not segment.load_in_background(self._ready.loaded.emit)
        ):
            QTimer.singleShot(0, self._on_segmenter_loaded)  # it came in during this check
        if not self._segmenter_asked:
            # Once the findings are painted (paintEvent); and in a moment if the panel is not painted.
            QTimer.singleShot(SEGMENTER_AFTER_MS, self._load_segmenter)
        order = self._indexed()[3]
        ranks = {severity: severity.rank for severity in {f.severity for f in found}}
        found.sort(key=lambda f: (ranks[f.severity], order(f)))
        self.findings = found
        finding_marks(self.doc).set_findings(found)  # underlined in the text fields too
        self._show()
        self.pictures.request()

    def _indexed(self) -> tuple[Project, Any, dict[str, object], Callable[[Any], int]]:
        """The project's entities by id and the order of the current script, kept until its structure changes."""
        project, script = self.doc.project, self.doc.script
        index = self._index
        if index is None or index[0] is not project or index[1] is not script:
            index = self._index = (project, script, _entities(project), _script_order(script))
        return index

    def _on_pictures_progress(self, done: int, total: int) -> None:
        """Show how far the reading of the pictures' words is (hidden when it is over)."""
        if done >= total or not total:
            self.pictures_note.hide()
            return
        text = self.tr("Reading the words in pictures: %1 of %2").replace("%1", str(done + 1))
        self.pictures_note.setText(text.replace("%2", str(total)))
        self.pictures_note.setToolTip(self.tr("Text inside the shots' pictures is checked like captions."))
        self.pictures_note.show()

    def _on_pictures_read(self) -> None:
        """Words of some pictures came in: check again (only the shots showing them are redone)."""
        if self.checker is not None and self._first is None:
            self.checker.invalidate()
            self.schedule()
        else:
            self.pictures.request()

    def _on_segmenter_loaded(self) -> None:
        """Check again with word edges, when the last check left hits out for want of them."""
        from studio.guide.text import segment

        if not segment.loaded():  # it could not load: checks load it where they run, and say why if they fail
            self._later = False
        if self._deferred and self.checker is not None and self._first is None:
            self._deferred = False
            # The checker caches each shot's result, including those judged without the dictionary:
            # a new one checks everything again, in the background like the first check.
            self._check_in_background()

    def _show(self) -> None:
        from studio.guide.text import segment

        keep = self._key(self.current_finding())
        self.list.blockSignals(True)
        # A fix is judged when its words are first asked for: never load the dictionary for it here.
        with segment.no_wait(later=self._later) as waited:
            self._update_list()
        self._deferred = self._deferred or waited.deferred
        if keep is not None:
            restore = next((i for i, row in enumerate(self._rows) if row[0] == keep), None)
            if restore is not None and restore != self.list.currentRow():
                self.list.setCurrentRow(restore)
            elif restore is None:
                self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._on_current()
        counts = dict.fromkeys(("error", "warning", "tip"), 0)
        for severity, n in Counter(f.severity for f in self.findings).items():
            counts[severity.value] += n
        self._set_quiet(not self.findings)
        # Hits waiting for the segmenter's dictionary are not shown yet: say so until they are checked.
        waiting = self._deferred and self._later
        if not self.findings:
            if waiting:
                self.summary.setText(self.tr("No problems found yet (the dictionary is loading)."))
            else:
                self.summary.setText(self.tr("No problems found."))
        else:
            words = {
                "error": (self.tr("%1 error"), self.tr("%1 errors")),
                "warning": (self.tr("%1 warning"), self.tr("%1 warnings")),
                "tip": (self.tr("%1 tip"), self.tr("%1 tips")),
            }
            parts = [words[k][n != 1].replace("%1", str(n)) for k, n in counts.items()]
            if waiting:  # short: the counts and the scope box keep one line in the dock at 125 %
                parts.append(self.tr("dictionary loading…"))
            self.summary.setText(" · ".join(parts))
        self.summary.setToolTip(
            self.tr("More findings may follow once the word dictionary has loaded.") if waiting else ""
        )
        self.findingsShown.emit()

    def _update_list(self) -> None:
        """Make the list show ``self.findings``, touching only the rows that changed.

        A re-check after one edit changes a few findings of hundreds: the rows before and after
        the changed stretch are kept as they are, and rows inside it are rewritten in place before
        any is added or removed (each new item costs far more than a new text).
        """
        from PySide6.QtWidgets import QStyle  # materialising QStyle costs start-up time; only checks need it

        lang = ui_lang()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "tip": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        find = self._indexed()[2].get
        known = self._bodies if self._bodies_lang == lang else {}
        places = (self._places, self.scope.currentData())
        wheres = self._wheres if self._wheres_at == places else {}
        new_wheres: dict[int, tuple[Any, str]] = {}
        bodies: dict[int, tuple[Any, str, tuple[Any, ...], str, Any]] = {}
        rows = []
        # Rows whose fix must be judged again: a kept finding's whose judgement no longer holds, and one made
        # anew by the check for a rule and place the list already shows (a variant's findings are made anew
        # at each check). All are judged now when they are few; else each row shows its last sentence until
        # _judge_stale judges it, the rows on the list's screen first.
        redo: dict[int, tuple[Any, str, tuple[Any, ...], str, Any]] = {}
        shown: dict[tuple[Any, ...], Any] | None = None
        kept: set[int] = set()  # kept findings shown as they were
        for i, finding in enumerate(self.findings):
            hit = known.get(id(finding))
            if hit is not None and hit[0] is finding:
                if not finding.fix_settled:
                    redo[i] = hit
                elif (
                    hit[4] is finding.fix
                ):  # settled, and not judged again elsewhere since its row was written
                    kept.add(i)
                continue
            if shown is None:
                shown = {
                    row[0]: h
                    for row, f in zip(self._rows, self._row_findings, strict=True)
                    if (h := known.get(id(f))) is not None and h[0] is f
                }
            last = shown.get(finding_key(finding))
            if last is not None:
                redo[i] = (finding, last[1], last[2], finding.severity.value, _UNJUDGED)
        later = len(redo) > JUDGE_AT_ONCE
        first = self._on_screen() if later else range(0)
        seen: list[Any] = []
        unseen: list[Any] = []
        for i, finding in enumerate(self.findings):
            if i in kept:
                hit = known[id(finding)]
            elif i in redo:
                hit = redo[i]
                if later:
                    (seen if i in first else unseen).append(finding)
                elif hit[4] is not finding.fix:  # judged now: it offers another fix
                    hit = row_parts(finding, lang)
            else:  # new, or a kept finding offering another fix (judged against the rest of the script)
                hit = row_parts(finding, lang)
            bodies[id(finding)] = hit
            _, text, key, kind, _ = hit
            place = wheres.get(id(finding))
            if place is None or place[0] is not finding:  # shot codes change without their findings changing
                place = (finding, self.where(finding, find))
            new_wheres[id(finding)] = place
            where = place[1]
            rows.append((key, kind, f"{where}: {text}" if where else text))
        self._bodies, self._bodies_lang = bodies, lang
        self._wheres, self._wheres_at = new_wheres, places
        self._apply_rows(rows, icons)
        self._rows = rows
        self._stale = stale = deque(seen + unseen)
        self._stale_round += 1
        if stale:  # after the list's repaint, which shows the rows found now
            QTimer.singleShot(JUDGE_AFTER_MS, self, lambda r=self._stale_round: self._judge_stale(r))

    def _on_screen(self) -> range:
        """The list positions on the list's screen or near it (none while the list is hidden)."""
        lw = self.list
        if lw.count() == 0 or not lw.isVisible():
            return range(0)
        top = lw.indexAt(QPoint(0, 0)).row()
        bottom = lw.indexAt(QPoint(0, lw.viewport().height() - 1)).row()
        bottom = lw.count() - 1 if bottom < 0 else bottom
        return range(max(0, top) - JUDGE_MARGIN, bottom + JUDGE_MARGIN + 1)

    def _judge_stale(self, round_: int) -> None:
        """Judge some of the rows an update left with their last fix, for one slice; then the rest later."""
        if round_ != self._stale_round or not self._stale:
            return
        if self._timer.isActive():
            # An edit waits for its re-check, whose update judges what is left again: judging now would
            # bring the checker up to date for each keystroke of a typing run, against a script about to change.
            return
        from studio.guide.text import segment

        # Never load the dictionary for a fix's words here, as in _show.
        with segment.no_wait(later=self._later) as waited:
            self._judge_slice(round_, time.perf_counter() + JUDGE_SLICE_S)
        self._deferred = self._deferred or waited.deferred

    def _judge_slice(self, round_: int, until: float) -> None:
        lang = self._bodies_lang
        if self._stale_at is None or self._stale_at[0] != round_:  # the rows stay put until the next update
            self._stale_at = (round_, {id(f): i for i, f in enumerate(self._row_findings)})
        at = self._stale_at[1]
        find = self._indexed()[2].get
        first = True
        while self._stale and (first or time.perf_counter() < until):
            first = False  # at least one a slice, however short the slice
            finding = self._stale.popleft()
            i, hit = at.get(id(finding)), self._bodies.get(id(finding))
            if i is None or hit is None or hit[0] is not finding or hit[4] is finding.fix:
                continue
            hit = self._bodies[id(finding)] = row_parts(finding, lang)
            where = self.where(finding, find)
            key, kind, _ = self._rows[i]
            text = f"{where}: {hit[1]}" if where else hit[1]
            if self._rows[i][2] != text:
                self._rows[i] = (key, kind, text)
                self.list.item(i).setText(text)
        if self._stale:
            QTimer.singleShot(0, self, lambda: self._judge_stale(round_))

    @property
    def judging(self) -> bool:
        """True while some rows still show the fix they offered before the last edit."""
        return bool(self._stale)

    def _apply_rows(self, rows: list[tuple[Any, str, str]], icons: dict[str, Any]) -> None:
        """Turn the list's rows from ``self._rows`` into ``rows`` with as few item changes as it takes.

        The unchanged head and tail are skipped at once; the stretch between is matched row by row
        (difflib), so a finding gone near the top and one new near the bottom touch two rows, not
        every row between them. Inside a replaced run, items are rewritten before any is created.
        """
        old, findings, lw = self._rows, self.findings, self.list
        same, limit = 0, min(len(old), len(rows))
        while same < limit and old[same] == rows[same]:
            same += 1
        tail = 0
        while tail < limit - same and old[-1 - tail] == rows[-1 - tail]:
            tail += 1
        shown = list(self._row_findings)  # mirrors the items' FindingRole through the edits below
        matcher = SequenceMatcher(
            None, old[same : len(old) - tail], rows[same : len(rows) - tail], autojunk=False
        )
        # From the end backwards, so each edit leaves the positions of the ones before it valid.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            i1, i2, j1, j2 = i1 + same, i2 + same, j1 + same, j2 + same
            common = min(i2 - i1, j2 - j1)
            for k in range(common):
                item = lw.item(i1 + k)
                _, kind, text = rows[j1 + k]
                if old[i1 + k][1] != kind:
                    item.setIcon(icons.get(kind, icons["tip"]))
                if old[i1 + k][2] != text:
                    item.setText(text)
                item.setData(FindingRole, findings[j1 + k])
            for _ in range(i1 + common, i2):
                lw.takeItem(i1 + common)  # the item is Python's now, and goes with this reference
            for k in range(j1 + common, j2):
                _, kind, text = rows[k]
                item = QListWidgetItem(icons.get(kind, icons["tip"]), text)
                item.setData(FindingRole, findings[k])
                lw.insertItem(i1 + (k - j1), item)
            shown[i1:i2] = findings[j1:j2]
        for i, finding in enumerate(findings):  # the same text can stand for a new finding object
            if shown[i] is not finding:
                lw.item(i).setData(FindingRole, finding)
        self._row_findings = list(findings)

    def _set_quiet(self, quiet: bool) -> None:
        """Show just the summary (and the scope) when there is nothing to list."""
        for widget in (self.list, self.fix_label, self.fix_button):
            widget.setVisible(not quiet)
        self.rest.setVisible(quiet)
        # Quiet, the panel is narrow: the summary on its own line, the scope under it.
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if quiet else QBoxLayout.Direction.LeftToRight)
        if quiet != self.quiet:
            self.quiet = quiet
            self.quietChanged.emit(quiet)

    @staticmethod
    def _key(finding: Any) -> tuple[Any, ...] | None:
        return None if finding is None else finding_key(finding)

    def where(self, finding: Any, find: Callable[[str], object | None] | None = None) -> str:
        """Where a finding applies, in words: a shot code, a beat and alternative, or a variant.

        ``find``: looks an entity up by id (the project's own search when not given).
        """
        loc = finding.location
        find = find or self.doc.project.find
        if loc.shot_id:
            shot = find(loc.shot_id)
            if isinstance(shot, Shot):
                return shot.code
        if loc.alt_id:
            alt = find(loc.alt_id)
            beat = find(loc.beat_id) if loc.beat_id else None
            if isinstance(alt, Alternative) and isinstance(beat, Beat):
                return f"{beat_title(beat)} {alt.label}"
        if loc.beat_id:
            beat = find(loc.beat_id)
            if isinstance(beat, Beat):
                return beat_title(beat)
        if loc.variant_id and self.scope.currentData() == "script":
            variant = find(loc.variant_id)
            name = getattr(variant, "name", "")
            return name or ""
        return ""

    # --- acting on findings -----------------------------------------------------------

    def current_finding(self) -> Any:
        """The finding under the cursor, or None."""
        item = self.list.currentItem()
        return item.data(FindingRole) if item is not None else None

    def _on_current(self, *_args: object) -> None:
        finding = self.current_finding()
        fix = finding.fix if finding is not None else None
        lang = ui_lang()
        self.fix_button.setEnabled(bool(fix is not None and fix.applicable and not self.doc.readonly))
        self.fix_button.setText(self.tr("Apply fix"))
        # Advice to fill in the brief: the button takes the writer there.
        if fix is not None and _brief_field(fix):
            self.fix_button.setText(self.tr("Open the brief"))
            self.fix_button.setEnabled(True)
            self.fix_label.setText(self.tr("Advice: %1").replace("%1", fix.text(lang)))
        elif fix is None:
            self.fix_label.setText("")
        elif fix.applicable:
            self.fix_label.setText(self.tr("Fix: %1").replace("%1", fix.text(lang)))
        else:
            self.fix_label.setText(self.tr("Advice: %1").replace("%1", fix.text(lang)))
        if finding is not None:  # the row shows it in one line: here it is whole
            said = finding.message(lang)
            rest = self.fix_label.text()
            self.fix_label.setText(f"{said}\n{rest}" if rest else said)

    def go_to(self, item: QListWidgetItem | None = None) -> None:
        """Select the finding's shot (and field) in every view."""
        finding = item.data(FindingRole) if item is not None else self.current_finding()
        if finding is None:
            return
        loc = finding.location
        field = _brief_field(finding.fix)
        if field:
            request_brief(self.doc, field)
        elif loc.shot_id:
            request_focus(self.doc, loc.shot_id, loc.field)
        elif loc.alt_id:
            alt = self.doc.project.find(loc.alt_id)
            if isinstance(alt, Alternative) and alt.shots:
                request_focus(self.doc, alt.shots[0].id, None)

    def apply_fix(self, finding: Any) -> bool:
        """Apply a finding's automatic fix as one undo step; False when it is advice only."""
        fix = finding.fix
        if fix is None or not fix.applicable:
            return False
        project = self.doc.project
        targets = [(project.find(entity_id), name, value) for entity_id, name, value in fix.edits]
        if any(entity is None for entity, _, _ in targets):
            log.info("a target of fix %s is gone", fix.text("en"))
            return False
        text = self.tr("Apply fix: %1").replace("%1", fix.text(ui_lang()))
        # A fix with companion edits (the next shot takes the words a hook line gives up) is one undo step.
        self.doc.set_fields(targets, text)
        self.run()
        return True

    def apply_current_fix(self) -> None:
        """Apply the selected finding's fix."""
        finding = self.current_finding()
        field = _brief_field(finding.fix) if finding is not None else None
        if field:
            request_brief(self.doc, field)
        elif finding is not None:
            self.apply_fix(finding)
