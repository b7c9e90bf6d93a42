"""Preferences: a form generated from the app-wide settings' declarations (``wadesk.services.settings``).

A setting with choices is a drop-down, every other one a text field; its help is the tooltip (and the
accessible description), and when the value is not allowed the reason in plain words shows below it.
OK checks every field and writes the settings file only when all are right; a value equal to the default
is not pinned in the file (it follows the default).  An unreadable settings file is said at the top;
saving keeps it aside, as the service does.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.services.events import EventHub
from wadesk.services.settings import (
    POLL_LIMIT,
    SETTINGS,
    Setting,
    SettingError,
    Settings,
    SettingsFile,
    Value,
    validate,
)
from wadesk.ui.format import number
from wadesk.ui.i18n import say
from wadesk.ui.widgets.notice import Notice


class PreferencesDialog(QDialog):
    saved = Signal(object)  # the Settings now in force

    def __init__(self, home: Path, parent: QWidget | None = None, *, events: EventHub | None = None) -> None:
        super().__init__(parent)
        self.file = SettingsFile(home, events)
        self.current = self.file.load()
        self._inputs: dict[str, QLineEdit | QComboBox] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(700)

        title = QLabel(self.tr("Preferences"))
        title.setObjectName("PanelTitle")
        intro = QLabel(self.tr("These apply to all of wadesk, in the window and on the command line."))
        intro.setObjectName("PanelSubtitle")
        intro.setWordWrap(True)
        self.feedback = Notice(hide_after_ms=60_000)
        if self.current.problem is not None:  # the service's words (in the log too) name the fault in English
            self.feedback.show_message(
                self.tr(
                    "The settings file %1 could not be read, so the defaults are used. Saving keeps that file "
                    "aside and writes a new one."
                ).replace("%1", str(self.file.path)),
                "error",
            )

        # A grid, not a QFormLayout in nested boxes: it gives the wrapped help its full height.
        self.form = QGridLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(2)
        self.form.setColumnStretch(1, 1)
        for spec in SETTINGS:
            self._add_row(spec)

        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.feedback)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch()
        layout.addSpacing(8)
        layout.addLayout(buttons)

        chain: list[QWidget] = [*self._inputs.values(), self.cancel_button, self.ok_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        chain[0].setFocus()

    # -- the generated form ------------------------------------------------------

    def field(self, key: str) -> QLineEdit | QComboBox:
        return self._inputs[key]

    def error(self, key: str) -> str:
        """The message shown next to ``key``'s field ('' when none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def _add_row(self, spec: Setting) -> None:
        value = self.current.get(spec.key)
        widget: QLineEdit | QComboBox
        if spec.choices:
            widget = QComboBox()
            for choice in spec.choices:
                widget.addItem(self._choice_words(choice), choice)
            widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.currentIndexChanged.connect(lambda _i, key=spec.key: self._clear(key))
        else:
            widget = QLineEdit(spec.text(value))
            widget.setPlaceholderText(spec.text(spec.default) or self.tr("none"))
            widget.textEdited.connect(lambda _t, key=spec.key: self._clear(key))
        widget.setObjectName(f"setting_{spec.key}")
        widget.setAccessibleName(say(spec.label))
        widget.setAccessibleDescription(say(spec.help))
        widget.setToolTip(say(spec.help))  # on a 1024×640 screen the form has no room for six lines of help
        error = QLabel()
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        label = QLabel(say(spec.label))
        label.setToolTip(say(spec.help))
        label.setBuddy(widget)
        row = self.form.rowCount()
        if row:
            self.form.setRowMinimumHeight(row, 10)  # a gap between settings
            row += 1
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.form.addWidget(label, row, 0, right)
        self.form.addWidget(widget, row, 1)
        self.form.addWidget(error, row + 1, 1)
        self._inputs[spec.key] = widget
        self._errors[spec.key] = error

    def _choice_words(self, choice: str) -> str:
        words = {
            "auto": self.tr("Automatic (this computer's language)"),
            "id": "Bahasa Indonesia",
            "en": "English",
            "safe": self.tr("Safe: 30–60 s apart, with rests"),
            "normal": self.tr("Normal: 8–15 s apart"),
            "off": self.tr("Off"),
            "on": self.tr("On, while the window is open"),
        }
        return words.get(choice, choice)

    def _text(self, key: str) -> str:
        widget = self._inputs[key]
        return str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()

    def _reason(self, key: str, together: bool = False) -> str:
        """What setting ``key`` allows, in the window's language (the service's reason speaks the command line's,
        and names the value that was typed, which is in the field anyway)."""
        if together:  # the one rule between settings: the longest wait is at least the shortest
            return self.tr("Give at least the shortest wait (%1 s)").replace(
                "%1", self._text("poll_min_seconds").strip()
            )
        choose = self.tr("Choose one of the list")
        seconds = self.tr("Give a whole number of seconds from 1 to %1").replace("%1", number(POLL_LIMIT))
        words = {
            "region": self.tr("Give a two-letter country code such as ID, MY, SG or US"),
            "pace": choose,
            "quiet_hours": self.tr("Give a window like 21:00-07:00, or leave it empty for none"),
            "poll_min_seconds": seconds,
            "poll_max_seconds": seconds,
            "receiver": choose,
            "receiver_port": self.tr("Give a port number from 1 to 65535"),
            "receiver_public_url": self.tr("Give an address like https://example.trycloudflare.com, or leave it empty"),
            "language": choose,
        }
        return words.get(key, choose)

    def _show_error(self, key: str, reason: str) -> None:
        label = self._errors[key]
        label.setText(reason)
        label.show()
        widget = self._inputs[key]
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _clear(self, key: str) -> None:
        self._errors[key].hide()
        widget = self._inputs[key]
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # -- OK ----------------------------------------------------------------------

    def _checked(self) -> dict[str, Value] | None:
        """Every field's value, or ``None`` after showing each wrong one next to its field."""
        values: dict[str, Value] = {}
        wrong: list[str] = []
        for spec in SETTINGS:
            self._clear(spec.key)
            try:
                values[spec.key] = spec.validate(self._text(spec.key))
            except SettingError:
                self._show_error(spec.key, self._reason(spec.key))
                wrong.append(spec.key)
        if not wrong:
            try:
                validate(values)
            except SettingError as exc:
                self._show_error(exc.key, self._reason(exc.key, together=True))
                wrong.append(exc.key)
        if wrong:
            self._inputs[wrong[0]].setFocus()
            return None
        return values

    def save(self) -> None:
        values = self._checked()
        if values is None:
            return
        changes = {s.key: values[s.key] for s in SETTINGS if values[s.key] != s.default}
        back_to_default = tuple(s.key for s in SETTINGS if values[s.key] == s.default)
        try:
            settings, _kept = self.file.update(changes, remove=back_to_default)
        except SettingError as exc:
            self._show_error(exc.key, self._reason(exc.key, together=True))
            return
        except OSError as exc:
            self.feedback.show_message(
                self.tr("Not saved: the settings file could not be written (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__
                ),
                "error",
            )
            return
        self.current = settings
        self.saved.emit(settings)
        self.accept()

    @property
    def settings(self) -> Settings:
        return self.current
