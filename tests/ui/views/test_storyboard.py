"""The storyboard: cards in the platform's aspect, images dropped or pasted onto cards."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from studio.store.document import ProjectFile
from studio.ui.views.storyboard import StoryboardView
from tests.ui.views.conftest import png


def _drop(view: StoryboardView, row: int, mime: QMimeData) -> None:
    """Drag data in over a card and let go, as the window system would deliver it."""
    point = view.list.visualRect(view.model.index(row)).center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = view.list.viewport()
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), *args))


def _board(qtbot, doc) -> StoryboardView:
    view = StoryboardView(doc)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_cards_follow_the_variant_cut_in_the_platform_aspect(qtbot, zh_doc):
    view = _board(qtbot, zh_doc)
    codes = [c.shot.code for c in view.model.cards]
    assert codes[:2] == ["H-A-01", "H-A-02"]
    size = view.delegate.frame_size()
    assert abs(size.height() / size.width() - 16 / 9) < 0.02
    view.scope.setCurrentIndex(1)
    assert len(view.model.cards) == sum(1 for _ in zh_doc.script.iter_shots())


def test_dropping_an_image_sets_the_frame_and_is_saved(qtbot, zh_doc, sample_path, reopen):
    view = _board(qtbot, zh_doc)
    card = view.model.cards[2]
    old = card.shot.frame
    data = png((200, 40, 40))
    mime = QMimeData()
    mime.setData("image/png", data)
    _drop(view, 2, mime)
    assert card.shot.frame not in (None, old)
    digest = card.shot.frame
    zh_doc.undo_stack.undo()
    assert card.shot.frame == old
    zh_doc.undo_stack.redo()
    assert card.shot.frame == digest
    view.loader.wait()
    qtbot.waitUntil(lambda: view.loader.pixmap(digest, "thumb", 0) is not None, timeout=3000)
    saved = reopen(zh_doc)
    shot = next(s for _, _, s in saved.scripts[0].iter_shots() if s.id == card.shot.id)
    assert shot.frame == digest
    pf = ProjectFile.open(sample_path, readonly=True)
    try:
        assert pf.frame_bytes(digest, "original") == data
        assert pf.frame_bytes(digest, "thumb")
    finally:
        pf.close()


def test_broken_image_shows_a_message_and_changes_nothing(qtbot, zh_doc, reopen):
    view = _board(qtbot, zh_doc)
    card = view.model.cards[0]
    old = card.shot.frame
    mime = QMimeData()
    mime.setData("image/png", b"\x89PNG\r\n\x1a\n this is not really a picture")
    _drop(view, 0, mime)
    assert card.shot.frame == old
    assert view.message.isVisible() and "pasted.png" in view.message.text()
    assert zh_doc.undo_stack.count() == 0
    saved = reopen(zh_doc)
    assert next(s for _, _, s in saved.scripts[0].iter_shots() if s.id == card.shot.id).frame == old


def test_paste_from_clipboard_onto_the_selected_card(qtbot, zh_doc, reopen):
    view = _board(qtbot, zh_doc)
    card = view.model.cards[1]
    zh_doc.select([card.shot.id])
    image = QImage(40, 70, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    QGuiApplication.clipboard().setImage(image)
    assert view.paste()
    digest = card.shot.frame
    assert digest in zh_doc.project.frames
    assert reopen(zh_doc).frames[digest].width == 40


def test_selection_is_shared_and_thumbnails_load_off_thread(qtbot, zh_doc):
    view = _board(qtbot, zh_doc)
    view.list.setCurrentIndex(view.model.index(3))
    assert zh_doc.selection == [view.model.cards[3].shot.id]
    zh_doc.select([view.model.cards[5].shot.id])
    assert [i.row() for i in view.list.selectionModel().selectedIndexes()] == [5]
    view.set_show_covered(True)
    digest = view.model.cards[0].shot.frame
    edge = 0
    view.loader.pixmap(digest, "thumb", edge)
    qtbot.waitUntil(lambda: view.loader.pixmap(digest, "thumb", edge) is not None, timeout=3000)
    assert not view.grab().isNull()


def test_dropping_image_files_by_url(qtbot, zh_doc, tmp_path, reopen):
    from PySide6.QtCore import QUrl

    view = _board(qtbot, zh_doc)
    good = tmp_path / "新镜头.png"
    good.write_bytes(png((1, 2, 3)))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a picture", "utf-8")
    card = view.model.cards[4]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    _drop(view, 4, mime)
    assert view.message.isVisible() and "notes.txt" in view.message.text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    _drop(view, 4, mime)
    assert not view.message.isVisible()
    digest = card.shot.frame
    assert reopen(zh_doc).frames[digest].filename == "新镜头.png"
