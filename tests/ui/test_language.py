"""The interface in Chinese and English: translators, live switch from Preferences, error sentences."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.store.errors import FileMissingError
from studio.ui import error_messages
from studio.ui.app import Translators, choose_language


@pytest.fixture
def translators(qapp):
    t = Translators(qapp)
    yield t
    t.install("en")


def test_chinese_translator_translates_the_window(translators, doc, settings, qtbot):
    from studio.ui.mainwindow import MainWindow

    translators.install("zh")
    win = MainWindow(doc, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert titles[:2] == ["写作", "分镜表"]
    assert win.menuBar().actions()[0].text() == "文件(&F)"
    assert os.environ["STUDIO_LANG"] == "zh"
    shotlist = win.show_tab("shotlist")
    assert shotlist.model.headerData(0, Qt.Orientation.Horizontal) == "镜号"
    assert shotlist.proxy.index(0, 5).data() in {"特写", "大特写", "近景", "中景", "全景", "远景", ""}


def test_errors_are_told_in_the_interface_language(translators):
    translators.install("zh")
    assert error_messages.describe(FileMissingError("/tmp/a.studio")) == "文件 /tmp/a.studio 不存在。"
    translators.install("en")
    assert (
        error_messages.describe(FileMissingError("/tmp/a.studio")) == "The file /tmp/a.studio does not exist."
    )


def test_language_choice_order(settings, monkeypatch):
    monkeypatch.setenv("STUDIO_LANG", "zh_CN.UTF-8")
    assert choose_language(settings) == "zh"
    settings.language = "en"
    assert choose_language(settings) == "en"


def test_preferences_switch_rebuilds_the_window_in_the_new_language(
    qapp, settings, sample_path_en, monkeypatch
):
    from studio.ui.dialogs.preferences import PreferencesDialog
    from studio.ui.studioapp import StudioApp

    studio = StudioApp(qapp, settings)
    try:
        assert studio.start(sample_path_en)
        first = studio.window
        assert first.tabs.tabText(0) == "Write"
        dialog = PreferencesDialog(settings, first)
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
        dialog.accept()
        assert dialog.language_changed and settings.language == "zh"
        studio.apply_language()
        assert studio.window is not first
        assert studio.window.tabs.tabText(0) == "写作"
        assert studio.window.doc is first.doc and not first.isVisible()
        assert studio.doc.pf._conn is not None  # the document stayed open
    finally:
        settings.language = "en"
        studio.translators.install("en")
        studio.window.replacing = False
        studio.window.close()
    QApplication.processEvents()
