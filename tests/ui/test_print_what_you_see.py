"""Ctrl+P prints what the view shows: the Shot list's union list with every variant's shots, its
filters, and the choices in the preview (a variant, the union list, paper, layout)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from studio.ui.dialogs import printing


def _pdf_text(data: bytes) -> str:
    # PDFium is not thread-safe: the preview may still be drawing its page pictures in a thread.
    with printing.PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        finally:
            document.close()


def _codes_on_screen(view) -> list[str]:
    proxy = view.proxy
    return [
        view.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].shot.code for r in range(proxy.rowCount())
    ]


def _all_codes(script) -> set[str]:
    return {s.code for b in script.beats for a in b.alternatives for s in a.shots}


def _press_ctrl_p(window, qtbot, monkeypatch) -> list[printing.PrintPreview]:
    """Press Ctrl+P and wait for the preview's pages, laid out in the background."""
    shown: list[printing.PrintPreview] = []
    real = printing.PrintPreview.show

    def show(self) -> None:
        shown.append(self)
        real(self)
        qtbot.addWidget(self.dialog)

    monkeypatch.setattr(printing.PrintPreview, "show", show)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown, "Ctrl+P opened the preview"
    assert QApplication.activeModalWidget() is None  # the window stays usable while the pages are laid out
    qtbot.waitUntil(lambda: bool(shown[0].data) and not shown[0].busy, timeout=120_000)
    return shown


def _relaid(preview: printing.PrintPreview, qtbot, change) -> None:
    """Make a choice in the preview's bar and wait for the pages laid out for it."""
    before = preview.layouts
    change()
    assert preview.layouts == before + 1 and preview.busy
    qtbot.waitUntil(lambda: preview.shown == before + 1, timeout=120_000)


def test_the_union_shoot_list_prints_every_shot_it_shows(window, doc, qtbot, monkeypatch):
    view = window.show_tab("shotlist")
    qtbot.waitExposed(window)
    box = view.union_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    on_screen = _codes_on_screen(view)
    current_cut = {s.code for b in doc.script.beats for a in b.alternatives for s in a.shots
                   if doc.variant.choices.get(b.id, b.alternatives[0].id) == a.id}  # fmt: skip
    assert len(on_screen) > len(current_cut)  # the union has shots the current variant does not
    shown = _press_ctrl_p(window, qtbot, monkeypatch)
    assert shown, "Ctrl+P opened the preview"
    text = _pdf_text(shown[0].data)
    printed = {c for c in _all_codes(doc.script) if c in text}
    assert printed == set(on_screen)
    assert shown[0].scope.label.startswith("Shot list as shown: all variants")


def test_a_filtered_shot_list_prints_only_its_rows(window, doc, qtbot, monkeypatch):
    view = window.show_tab("shotlist")
    qtbot.waitExposed(window)
    beat = doc.script.beats[0]
    view.beat_filter.setCurrentIndex(view.beat_filter.findData(beat.id))
    on_screen = _codes_on_screen(view)
    assert 0 < len(on_screen) < len(_all_codes(doc.script))
    shown = _press_ctrl_p(window, qtbot, monkeypatch)
    text = _pdf_text(shown[0].data)
    assert {c for c in _all_codes(doc.script) if c in text} == set(on_screen)


def test_the_preview_offers_each_variant_and_the_union_list(window, doc, qtbot, monkeypatch):
    window.show_tab("write")
    shown = _press_ctrl_p(window, qtbot, monkeypatch)
    preview = shown[0]
    labels = [preview.scope_box.itemText(i) for i in range(preview.scope_box.count())]
    assert len(labels) == len(doc.script.variants) + 1 and labels[-1] == "Shoot list of all variants"
    _relaid(
        preview, qtbot, lambda: preview.scope_box.setCurrentIndex(len(labels) - 1)
    )  # as the user picks it
    assert {c for c in _all_codes(doc.script) if c in _pdf_text(preview.data)} == _all_codes(doc.script)
    letter_before = preview.data
    _relaid(preview, qtbot, lambda: preview.paper_box.setCurrentIndex(preview.paper_box.findData("letter")))
    with printing.PDFIUM:
        width, _height = pdfium.PdfDocument(preview.data)[0].get_size()
    assert preview.data != letter_before and round(width) == 792  # US Letter landscape, in points
    assert isinstance(preview.dialog, QPrintPreviewDialog)


def test_the_preview_choices_are_in_view_at_its_size(doc, qtbot):
    """Studio's choices sit on a bar of their own: at the end of Qt's bar they hid behind its overflow arrow."""
    from PySide6.QtCore import QPoint, QRect

    preview = printing.PrintPreview(doc, printing.print_scopes(doc, None))
    qtbot.addWidget(preview.dialog)
    preview.dialog.resize(1000, 700)
    preview.show()
    qtbot.waitExposed(preview.dialog)
    qtbot.waitUntil(lambda: bool(preview.data), timeout=120_000)
    area = preview.dialog.rect()
    for box in (preview.scope_box, preview.paper_box, preview.layout_box):
        assert box.isVisible(), box
        assert area.contains(QRect(box.mapTo(preview.dialog, QPoint(0, 0)), box.size())), box
