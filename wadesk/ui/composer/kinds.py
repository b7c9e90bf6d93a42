"""The Composer's message kinds: which the chosen devices can all send, and the fields each kind has.

The list comes from the providers' capabilities (``ProviderInfo.supports``),
never from a gateway's name.  ``KindFields`` holds one small form per kind
that has fields besides the text and the media (location, contact card, link,
list, buttons, poll, template); the text itself is the Composer's editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from wadesk.domain.capabilities import KIND_CAPABILITY
from wadesk.domain.models import (
    Button,
    ButtonsContent,
    ContactCard,
    Interactive,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MessageKind,
    PollContent,
    TemplateContent,
)
from wadesk.providers.base import ProviderInfo

# The order kinds are offered in: the everyday ones first.
KIND_ORDER = (
    MessageKind.TEXT,
    MessageKind.IMAGE,
    MessageKind.VIDEO,
    MessageKind.AUDIO,
    MessageKind.DOCUMENT,
    MessageKind.LOCATION,
    MessageKind.CONTACT_CARD,
    MessageKind.LINK,
    MessageKind.LIST,
    MessageKind.BUTTONS,
    MessageKind.POLL,
    MessageKind.TEMPLATE,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Composer", text)


def kind_name(kind: MessageKind) -> str:
    """The kind as the Composer names it."""
    names = {
        MessageKind.TEXT: tr("Text"),
        MessageKind.IMAGE: tr("Photo"),
        MessageKind.VIDEO: tr("Video"),
        MessageKind.AUDIO: tr("Audio"),
        MessageKind.DOCUMENT: tr("Document"),
        MessageKind.LOCATION: tr("Location"),
        MessageKind.CONTACT_CARD: tr("Contact card"),
        MessageKind.LINK: tr("Link"),
        MessageKind.LIST: tr("List"),
        MessageKind.BUTTONS: tr("Buttons"),
        MessageKind.POLL: tr("Poll"),
        MessageKind.TEMPLATE: tr("Template"),
    }
    return names[kind]


def kinds_for(infos: Sequence[ProviderInfo]) -> list[MessageKind]:
    """The kinds every one of ``infos`` can send, in ``KIND_ORDER`` (text alone when none is chosen)."""
    if not infos:
        return [MessageKind.TEXT]
    return [kind for kind in KIND_ORDER if all(info.supports(KIND_CAPABILITY[kind]) for info in infos)]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _box(placeholder: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(64)
    return box


class KindFields(QStackedWidget):
    """The fields of the kinds that have more than a text and a file; an empty page for the others."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[MessageKind, QWidget] = {}
        self.addWidget(QWidget())  # text and media: nothing more

        self.latitude = self._number(-90, 90)
        self.longitude = self._number(-180, 180)
        self.place = QLineEdit()
        self.address = QLineEdit()
        self._page(
            MessageKind.LOCATION,
            (tr("Latitude"), self.latitude),
            (tr("Longitude"), self.longitude),
            (tr("Place name"), self.place),
            (tr("Address"), self.address),
        )
        self.card_name = QLineEdit()
        self.card_number = QLineEdit()
        self._page(MessageKind.CONTACT_CARD, (tr("Name"), self.card_name), (tr("Number"), self.card_number))
        self.link = QLineEdit()
        self.link.setPlaceholderText(tr("https://…"))
        self._page(MessageKind.LINK, (tr("Link"), self.link))
        self.list_title = QLineEdit()
        self.list_button = QLineEdit()
        self.list_rows = _box(tr("One choice a line; a description after |"), tr("List choices"))
        self.list_footer = QLineEdit()
        self._page(
            MessageKind.LIST,
            (tr("Title"), self.list_title),
            (tr("Button"), self.list_button),
            (tr("Choices"), self.list_rows),
            (tr("Footer"), self.list_footer),
        )
        self.buttons = _box(tr("One button a line"), tr("Buttons"))
        self.buttons_footer = QLineEdit()
        self._page(MessageKind.BUTTONS, (tr("Buttons"), self.buttons), (tr("Footer"), self.buttons_footer))
        self.question = QLineEdit()
        self.options = _box(tr("One answer a line"), tr("Poll answers"))
        self.multiple = QCheckBox(tr("Several answers allowed"))
        self.multiple.toggled.connect(self.changed)
        self._page(
            MessageKind.POLL, (tr("Question"), self.question), (tr("Answers"), self.options), ("", self.multiple)
        )
        self.template_id = QLineEdit()
        self.template_footer = QLineEdit()
        self._page(MessageKind.TEMPLATE, (tr("Template name"), self.template_id), (tr("Footer"), self.template_footer))
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self.changed)
        for box in self.findChildren(QPlainTextEdit):
            box.textChanged.connect(self.changed)

    def _number(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(6)
        spin.valueChanged.connect(self.changed)
        return spin

    def _page(self, kind: MessageKind, *rows: tuple[str, QWidget]) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            if label:
                form.addRow(label, widget)
                widget.setAccessibleName(label)
            else:
                form.addRow(widget)
        self._pages[kind] = page
        self.addWidget(page)

    def show_kind(self, kind: MessageKind) -> None:
        page = self._pages.get(kind)
        self.setCurrentIndex(self.indexOf(page) if page is not None else 0)
        self.setVisible(page is not None)

    def location(self) -> Location:
        return Location(self.latitude.value(), self.longitude.value(), self.place.text(), self.address.text())

    def content(self, kind: MessageKind, text: str) -> Interactive | None:
        """The interactive content of ``kind`` from its fields (``text``: the editor's text)."""
        if kind is MessageKind.CONTACT_CARD:
            return ContactCard(self.card_name.text().strip(), self.card_number.text().strip())
        if kind is MessageKind.LINK:
            return LinkContent(self.link.text().strip(), text)
        if kind is MessageKind.LIST:
            rows = []
            for line in _lines(self.list_rows.toPlainText()):
                title, _, description = line.partition("|")
                rows.append(ListRow(title.strip(), description.strip()))
            return ListContent(
                self.list_title.text(), text, self.list_button.text(), tuple(rows), self.list_footer.text()
            )
        if kind is MessageKind.BUTTONS:
            buttons = tuple(Button(label) for label in _lines(self.buttons.toPlainText()))
            return ButtonsContent(text, buttons, self.buttons_footer.text())
        if kind is MessageKind.POLL:
            return PollContent(
                self.question.text(), tuple(_lines(self.options.toPlainText())), self.multiple.isChecked()
            )
        if kind is MessageKind.TEMPLATE:
            return TemplateContent(self.template_id.text().strip(), {}, text, (), self.template_footer.text())
        return None

    def fill(self, kind: MessageKind, location: Location | None, content: Interactive | None) -> None:
        """Show a loaded message's location or content in the fields."""
        if location is not None:
            self.latitude.setValue(location.latitude)
            self.longitude.setValue(location.longitude)
            self.place.setText(location.name)
            self.address.setText(location.address)
        if isinstance(content, ContactCard):
            self.card_name.setText(content.name)
            self.card_number.setText(content.phone)
        elif isinstance(content, LinkContent):
            self.link.setText(content.url)
        elif isinstance(content, ListContent):
            self.list_title.setText(content.title)
            self.list_button.setText(content.button_text)
            self.list_rows.setPlainText(
                "\n".join(f"{r.title} | {r.description}" if r.description else r.title for r in content.rows)
            )
            self.list_footer.setText(content.footer)
        elif isinstance(content, ButtonsContent):
            self.buttons.setPlainText("\n".join(b.label for b in content.buttons))
            self.buttons_footer.setText(content.footer)
        elif isinstance(content, PollContent):
            self.question.setText(content.question)
            self.options.setPlainText("\n".join(content.options))
            self.multiple.setChecked(content.multiple_answers)
        elif isinstance(content, TemplateContent):
            self.template_id.setText(content.template_id)
            self.template_footer.setText(content.footer)
