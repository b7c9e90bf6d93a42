"""Adding or editing one contact: a name, a number written any way, and other details one per line.

The number is read in the user's phone region (Preferences) as the command
line reads it; a number that cannot be read, or that another contact has, is
said in the dialog and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.models import Contact
from wadesk.services.contacts import ContactService
from wadesk.ui import format as fmt
from wadesk.ui.i18n import say
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import Notice


class ContactDialog(QDialog):
    saved = Signal(object)  # the Contact as saved

    def __init__(
        self, contacts: ContactService, region: str, contact: Contact | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.region = region
        self.contact = contact
        self._tasks = Tasks(self)
        editing = contact is not None
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("Add contact"))
        self.setMinimumWidth(440)

        title = QLabel(
            self.tr("Edit %1").replace("%1", contact.name or fmt.phone(contact.phone))
            if contact is not None
            else self.tr("Add a contact")
        )
        title.setObjectName("PanelTitle")
        title.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Siti Rahmawati"))
        self.name_edit.setMaxLength(120)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.number_edit.setMaxLength(40)
        self.details_edit = QPlainTextEdit()
        self.details_edit.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every other field
        self.details_edit.setPlaceholderText(self.tr("One per line, e.g.\nCity: Bandung\nBirthday: 12 May"))
        self.details_edit.setFixedHeight(self.details_edit.fontMetrics().lineSpacing() * 5 + 16)
        hint = QLabel(self.tr("A local number is read as one from your region, set in Preferences."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("WhatsApp number"), self.number_edit)
        form.addRow("", hint)
        form.addRow(self.tr("Other details"), self.details_edit)

        self.feedback = Notice(hide_after_ms=60_000)
        self.save_button = QPushButton(self.tr("Save") if editing else self.tr("Add contact"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addSpacing(14)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self.feedback)
        layout.addStretch()
        layout.addSpacing(8)
        layout.addLayout(buttons)

        if contact is not None:
            self.name_edit.setText(contact.name)
            self.number_edit.setText(fmt.phone(contact.phone))
            self.details_edit.setPlainText("\n".join(f"{key}: {value}" for key, value in contact.fields.items()))
        self.name_edit.setFocus()

    def details(self) -> dict[str, str] | None:
        """The details typed, or ``None`` after saying which line has no name or no value."""
        found: dict[str, str] = {}
        for number, line in enumerate(self.details_edit.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            key, colon, value = line.partition(":")
            if not colon or not key.strip() or not value.strip():
                self._say(
                    self.tr("Line %1 of the other details needs a name and a value, like “City: Bandung”.").replace(
                        "%1", str(number)
                    )
                )
                self.details_edit.setFocus()
                return None
            found[key.strip()] = value.strip()
        return found

    def save(self) -> None:
        if self._tasks.busy:
            return
        number = self.number_edit.text().strip()
        if not number:
            self._say(self.tr("Type the contact's WhatsApp number."))
            self.number_edit.setFocus()
            return
        fields = self.details()
        if fields is None:
            return
        name = self.name_edit.text()
        if self.contact is not None and self.contact.id is not None:
            call = self.contacts.update_contact(self.contact.id, number, name, fields, region=self.region)
        else:
            call = self.contacts.add_contact(number, name, fields, region=self.region)
        self.save_button.setEnabled(False)
        self._tasks.start(call, done=self._saved, failed=self._failed)

    def _saved(self, contact: Contact) -> None:
        self.saved.emit(contact)
        self.accept()

    def _failed(self, words: str) -> None:
        self.save_button.setEnabled(True)
        words = say(words)
        self._say(words[:1].upper() + words[1:])
        self.number_edit.setFocus()

    def _say(self, words: str) -> None:
        """Show what is wrong above the buttons, the dialog growing to make room for it."""
        self.feedback.show_message(words, "error")
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
