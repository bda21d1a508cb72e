"""Small pieces the views share: language, beat colours, settings, debounced refresh."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QWidget

from studio.models.entities import Beat, Project
from studio.models.enums import BeatKind
from studio.models.palette import BEAT_COLOURS
from studio.models.vocab import beat_label
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher as Refresher

#: Beat hues, "#RRGGBB": the same palette the exports print (studio.models.palette).
BEAT_COLORS: dict[BeatKind, str] = {kind: f"#{c.strong}" for kind, c in BEAT_COLOURS.items()}

#: Colour of an over-budget gauge and of warnings: an orange-red readable on both palettes.
WARNING_COLOR = "#e4572e"

#: Defaults of the guide thresholds the views draw.
DEFAULT_HOOK_LIMIT_S = 3.0
DEFAULT_CTA_LIMIT_S = 5.0


def bare_scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it (charts and words under a results table)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def words_label(parent: QWidget) -> QLabel:
    """A wrapped, selectable, top-aligned label for verdicts in words."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A wrapped label in the muted placeholder colour: what a view says while it has nothing to show."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def search_field(placeholder: str, parent: QWidget) -> QLineEdit:
    """A one-line field that filters or searches: the placeholder says what it finds, a button clears it."""
    field = QLineEdit(parent)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def ui_lang() -> str:
    """The language of the interface: 'zh' or 'en'.

    :meth:`studio.ui.app.Translators.install` (Preferences, else STUDIO_LANG, else the system)
    writes its choice to STUDIO_LANG, so that wins; the default QLocale (also set there) is the
    fallback for tools that install no translators. Never the system locale directly: the user
    may have chosen another language in Preferences.
    """
    env = os.environ.get("STUDIO_LANG", "")
    if env:
        return "zh" if env.lower().startswith("zh") else "en"
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def beat_color(beat: Beat) -> QColor:
    """The fixed hue of a beat's kind."""
    return QColor(BEAT_COLORS.get(beat.kind, BEAT_COLORS[BeatKind.CUSTOM]))


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())
    # Contrast with white is 1.05 / (lum + 0.05); with black (lum + 0.05) / 0.05: pick the larger.
    return QColor("white") if 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.05 else QColor("black")


def beat_title(beat: Beat, lang: str | None = None) -> str:
    """A beat's display name in the interface language."""
    return beat_label(beat.kind, beat.name, lang or ui_lang())


def setting_s(project: Project, key: str, default: float) -> float:
    """A numeric guide setting of the project, in seconds."""
    value = project.settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return default
    return float(value)


def tinted(widget: QWidget, color: QColor, alpha: float = 0.18) -> QColor:
    """A colour blended over the widget's base background: a tint that suits both palettes."""
    return blend(widget.palette().color(QPalette.ColorRole.Base), color, alpha)


def track_color(palette: QPalette) -> QColor:
    """The empty part of a gauge: window text faintly over the window, dark on a dark palette.

    Not ``Mid``: desktop dark themes often leave it a light grey that glares on dark cards.
    """
    return blend(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.2)


def blend(base: QColor, over: QColor, alpha: float) -> QColor:
    """``over`` laid over ``base`` at opacity ``alpha``."""
    return QColor(
        round(base.red() * (1 - alpha) + over.red() * alpha),
        round(base.green() * (1 - alpha) + over.green() * alpha),
        round(base.blue() * (1 - alpha) + over.blue() * alpha),
    )


def seconds(ds: int) -> str:
    """Tenths of a second as '2.6'."""
    return f"{ds / 10:.1f}"


class FocusHub(QObject):
    """Asks views to bring one field of one shot into view and give it the keyboard.

    One hub lives on each document (see :func:`focus_hub`); the guide panel asks, the
    Write view (and any other view that edits shot fields) answers.
    """

    fieldRequested = Signal(str, str)
    #: A brief field to show on the Brief tab ("pains", "offer.price" ...).
    briefRequested = Signal(str)


def focus_hub(doc: DocumentController) -> FocusHub:
    """The document's focus hub, made on first use."""
    hub = doc.findChild(FocusHub)
    if hub is None:
        hub = FocusHub(doc)
    return hub


def request_brief(doc: DocumentController, field: str) -> None:
    """Ask the window to show a field of the brief on the Brief tab."""
    focus_hub(doc).briefRequested.emit(field)


def request_focus(doc: DocumentController, shot_id: str, field: str | None) -> None:
    """Select a shot and ask the views to focus one of its fields."""
    doc.select([shot_id])
    focus_hub(doc).fieldRequested.emit(shot_id, field or "")


class _WheelToPage(QObject):
    """Sends the wheel to the page when it turns over a list box or number box the user has not clicked:
    scrolling a form must never change the value under the pointer on its way down."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            from PySide6.QtGui import QWheelEvent
            from PySide6.QtWidgets import QAbstractScrollArea, QApplication

            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None and isinstance(event, QWheelEvent):
                turn = QWheelEvent(event.position(), event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                   event.buttons(), event.modifiers(), event.phase(), event.inverted())  # fmt: skip
                QApplication.sendEvent(area.viewport(), turn)
            return True
        return super().eventFilter(watched, event)


_WHEEL_TO_PAGE: list[_WheelToPage] = []


def wheel_scrolls_page(*widgets: QWidget) -> None:
    """Let the wheel over these boxes scroll their page unless the box has the keyboard (a click gives it)."""
    if not _WHEEL_TO_PAGE:
        _WHEEL_TO_PAGE.append(_WheelToPage())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by wheel: a turn does not select it
        widget.installEventFilter(_WHEEL_TO_PAGE[0])
