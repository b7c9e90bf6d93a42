"""“Edit text…”: new words for a scheduled send, at the same time.

The dialog only gathers the text: the panel saves it (through ``ScheduleService``)
while the dialog stays open, and a refusal — a text too long for the gateway, a
gateway that says no — is shown here in plain words with the text kept, to fix
and save again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wadesk.ui.widgets.notice import Notice

WIDTH = 440


class EditTextDialog(QDialog):
    save_requested = Signal()

    def __init__(self, what: str, text: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit text"))
        lead = QLabel(what)
        lead.setWordWrap(True)
        lead.setFixedWidth(WIDTH)
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName(self.tr("Message text"))
        self.editor.setTabChangesFocus(True)  # Tab leaves it (never a trap)
        self.editor.setFixedSize(WIDTH, 150)
        self.note = QLabel(note)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.note.setFixedWidth(WIDTH)
        self.error = Notice()
        self.error.setFixedWidth(WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # wrapped lines keep their height
        layout.addWidget(lead)
        layout.addWidget(self.editor)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def _save(self) -> None:
        self.error.dismiss()
        self.save_requested.emit()

    def set_busy(self, busy: bool) -> None:
        """While saving: the text cannot change and Save cannot be pressed twice."""
        self.editor.setReadOnly(busy)
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

    def show_error(self, words: str) -> None:
        self.error.show_message(words, "error")
