"""Light and dark appearance, following the operating system.

The Fusion style with a palette of our own gives the same look on Windows,
macOS and Linux; the style sheet only adds what a palette cannot say (the
sidebar, headings, banners, cards).  When the OS switches between light and
dark, the palette and style sheet follow at once.  ``WADESK_THEME=light|dark``
overrides the OS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_ENV = "WADESK_THEME"


@dataclass(frozen=True)
class Colors:
    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    sidebar: str
    sidebar_selected: str
    accent: str
    accent_text: str
    accent_soft: str
    ok: str
    warn: str
    bad: str
    info: str
    idle: str
    banner_bg: str
    banner_text: str
    banner_border: str
    error_bg: str
    error_border: str


LIGHT = Colors(
    dark=False,
    window="#f4f6f5",
    base="#ffffff",
    alt_base="#f7f9f8",
    text="#1c2421",
    muted="#5f6b66",
    border="#d9dfdc",
    sidebar="#e9eeeb",
    sidebar_selected="#d3e8df",
    accent="#0b7a5e",
    accent_text="#ffffff",
    accent_soft="#e3f3ec",
    ok="#12805c",
    warn="#b25e00",
    bad="#c0362c",
    info="#1f6fb2",
    idle="#7b8682",
    banner_bg="#fff4d6",
    banner_text="#5c4100",
    banner_border="#f0d48a",
    error_bg="#fdecea",
    error_border="#f3b8b2",
)

DARK = Colors(
    dark=True,
    window="#1b1f1e",
    base="#232827",
    alt_base="#262c2a",
    text="#e6ebe9",
    muted="#9aa6a1",
    border="#3a4240",
    sidebar="#161a19",
    sidebar_selected="#24433a",
    accent="#2fbf8f",
    accent_text="#0d1f19",
    accent_soft="#1f3a31",
    ok="#3ccf95",
    warn="#f0a541",
    bad="#ff7b6e",
    info="#6cb4f5",
    idle="#8d9893",
    banner_bg="#3b3218",
    banner_text="#f7e3a6",
    banner_border="#6b5a25",
    error_bg="#3d2422",
    error_border="#6e3a35",
)


class ThemeWatcher(QObject):
    """Applies the theme and re-applies it when the OS changes between light and dark."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.colors = LIGHT
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def apply(self) -> None:
        self.colors = DARK if _wants_dark() else LIGHT
        set_current(self.colors)
        self._app.setPalette(palette(self.colors))
        self._app.setStyleSheet(style_sheet(self.colors))
        self.changed.emit()


_current: list[Colors] = [LIGHT]


def current() -> Colors:
    """The colours in use (for the few places that paint by hand: status dots, icons)."""
    return _current[0]


def set_current(colors: Colors) -> None:
    _current[0] = colors


def _wants_dark() -> bool:
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(c: Colors) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Light: c.base,
        QPalette.ColorRole.BrightText: c.bad,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


def style_sheet(c: Colors) -> str:
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; padding: 4px; }}

#Sidebar {{ background: {c.sidebar}; border: none; border-right: 1px solid {c.border}; }}
#SidebarTitle {{ font-size: 15pt; font-weight: 600; color: {c.text}; padding: 0 4px; }}
#SidebarList {{ background: transparent; border: none; outline: none; }}
#SidebarList::item {{ padding: 8px 10px; margin: 1px 8px; border-radius: 8px; color: {c.text}; }}
#SidebarList::item:hover {{ background: {c.border}; }}
#SidebarList::item:selected {{ background: {c.sidebar_selected}; color: {c.text}; font-weight: 600; }}
#SidebarList::item:focus {{ border: 2px solid {c.accent}; padding: 6px 8px; }}
#SidebarFooter {{ color: {c.muted}; font-size: 8pt; padding: 8px 14px; }}

#PanelTitle {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
#PanelSubtitle {{ color: {c.muted}; }}
#SectionTitle {{ font-size: 11pt; font-weight: 600; color: {c.text}; }}
#Muted {{ color: {c.muted}; }}

#DemoBanner {{ background: {c.banner_bg}; border-bottom: 1px solid {c.banner_border}; }}
#DemoBanner QLabel {{ color: {c.banner_text}; }}
#DemoBanner #DemoBannerTag {{ background: {c.banner_text}; color: {c.banner_bg}; border-radius: 4px;
    padding: 1px 7px; font-weight: 700; }}

#Notice {{ border-radius: 8px; border: 1px solid {c.border}; background: {c.base}; }}
#Notice[tone="error"] {{ background: {c.error_bg}; border-color: {c.error_border}; }}
#Notice[tone="ok"] {{ background: {c.accent_soft}; border-color: {c.accent_soft}; }}

#Card {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 10px; }}
#EmptyTitle {{ font-size: 14pt; font-weight: 600; color: {c.text}; }}
#EmptyText {{ color: {c.muted}; }}
#Soon {{ background: {c.accent_soft}; color: {c.accent}; border-radius: 9px; padding: 2px 9px; font-weight: 600; }}

QTableView {{ outline: 0; background: {c.base}; alternate-background-color: {c.alt_base}; border: 1px solid {c.border};
    padding: 1px; border-radius: 8px; gridline-color: transparent; selection-background-color: {c.accent_soft};
    selection-color: {c.text}; }}
QTableView:focus {{ border: 2px solid {c.accent}; padding: 0; }}
#Agenda {{ outline: 0; background: {c.base}; border: 1px solid {c.border}; border-radius: 8px; padding: 1px; }}
#Agenda:focus {{ border: 2px solid {c.accent}; padding: 0; }}
QTableView::item {{ padding: 0 8px; border: none; }}
QTableView::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
QHeaderView {{ background: transparent; }}
QHeaderView::section {{ background: {c.base}; color: {c.muted}; border: none;
    border-bottom: 1px solid {c.border}; padding: 6px 8px; font-weight: 600; }}
QHeaderView::section:first {{ border-top-left-radius: 8px; }}

QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid {c.border}; background: {c.base};
    color: {c.text}; min-height: 18px; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:pressed {{ background: {c.accent_soft}; }}
QPushButton:disabled {{ color: {c.muted}; background: {c.window}; border-color: {c.border}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; padding: 5px 13px; }}
QPushButton[primary="true"] {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
    font-weight: 600; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[primary="true"]:disabled {{ background: {c.border}; color: {c.muted}; border-color: {c.border}; }}
QPushButton[danger="true"] {{ color: {c.bad}; }}
QPushButton[danger="true"]:disabled {{ color: {c.muted}; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {c.accent}; padding: 4px 6px; }}
QPushButton[flat="true"]:focus {{ border: 2px solid {c.accent}; padding: 2px 4px; }}

QLineEdit {{ padding: 5px 8px; border: 1px solid {c.border}; border-radius: 6px;
    background: {c.base}; color: {c.text}; min-height: 18px; }}
QLineEdit:focus {{ border-color: {c.accent}; }}
QLineEdit[invalid="true"] {{ border-color: {c.bad}; }}
QPlainTextEdit {{ padding: 3px 4px; border: 1px solid {c.border}; border-radius: 6px;
    background: {c.base}; color: {c.text}; }}
QPlainTextEdit:focus {{ border-color: {c.accent}; }}
QComboBox QAbstractItemView {{ background: {c.base}; border: 1px solid {c.border};
    selection-background-color: {c.accent_soft}; selection-color: {c.text}; }}
#FieldHelp {{ color: {c.muted}; font-size: 8pt; }}
#FieldError {{ color: {c.bad}; }}
#ProviderBlurb {{ color: {c.muted}; }}
QComboBox {{ padding: 5px 8px; border: 1px solid {c.border}; border-radius: 6px; background: {c.base};
    color: {c.text}; min-height: 18px; }}
QComboBox:focus {{ border: 2px solid {c.accent}; padding: 4px 7px; }}
QComboBox:disabled {{ color: {c.muted}; background: {c.window}; }}
QCheckBox {{ padding: 2px 4px; border: 1px solid transparent; border-radius: 4px; }}
QCheckBox:focus {{ border: 2px solid {c.accent}; padding: 1px 3px; }}
QRadioButton {{ padding: 2px 4px; border: 1px solid transparent; border-radius: 4px; }}
QRadioButton:focus {{ border: 2px solid {c.accent}; padding: 1px 3px; }}
QLineEdit[invalid="true"]:focus {{ border: 2px solid {c.bad}; padding: 4px 7px; }}

QStatusBar {{ background: {c.sidebar}; border-top: 1px solid {c.border}; color: {c.muted}; }}
QStatusBar QLabel {{ color: {c.muted}; padding: 0 6px; }}
QStatusBar::item {{ border: none; }}

QMenuBar {{ background: {c.window}; }}
QMenu {{ background: {c.base}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 20px; border-radius: 4px; }}
QMenu::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}

QProgressBar {{ border: none; background: {c.border}; border-radius: 2px; max-height: 4px; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 2px; }}

#FormatButton {{ border: 1px solid transparent; border-radius: 6px; padding: 3px; background: transparent; }}
#FormatButton:hover {{ background: {c.accent_soft}; }}
#FormatButton:pressed {{ background: {c.border}; }}
#FormatButton:focus {{ border: 2px solid {c.accent}; padding: 2px; }}

#QrFrame {{ background: #ffffff; border: 1px solid {c.border}; border-radius: 12px; }}
#StateTitle {{ font-size: 15pt; font-weight: 600; }}
#StateTitle[tone="ok"] {{ color: {c.ok}; }}
#StateTitle[tone="error"] {{ color: {c.bad}; }}
#Countdown {{ color: {c.muted}; }}
#Step {{ color: {c.text}; }}
#StepNumber {{ background: {c.accent_soft}; color: {c.accent}; border-radius: 11px; font-weight: 700;
    min-width: 22px; max-width: 22px; min-height: 22px; max-height: 22px; }}
"""
