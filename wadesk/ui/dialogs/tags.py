"""Managing tags (local groups of contacts): each with how many contacts carry it; create, rename, delete.

Deleting a tag asks first and says how many contacts lose it; the contacts
stay.  A name another tag has (in any case) is said plainly and nothing
changes.  The list follows the change feed through ``set_tags`` (the Contacts
panel reads the counts off the event loop).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.services.contacts import ContactService
from wadesk.store.tags import MAX_TAG_NAME, Tag
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.i18n import say
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import Notice

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagsDialog", text)


def members_words(tag: Tag) -> str:
    """How many contacts carry ``tag``: "1 contact", "1,204 contacts"."""
    if tag.members == 1:
        return _tr("1 contact")
    return _tr("%1 contacts").replace("%1", fmt.number(tag.members))


class TagsDialog(QDialog):
    renamed = Signal(str, str)  # old name, new name
    deleted = Signal(str)  # the name of the tag deleted

    def __init__(self, contacts: ContactService, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.tags: list[Tag] = list(tags)
        self._tasks = Tasks(self)
        self.name_prompt = TagNamePrompt(self, self._name_given)
        self.confirm_box: QMessageBox | None = None
        self._renaming: Tag | None = None
        self._deleting: Tag | None = None
        self._delete_button: QPushButton | None = None
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Tags"))
        title.setObjectName("PanelTitle")
        about = QLabel(
            self.tr(
                "A tag groups contacts, such as your wholesale buyers, to find them and send them a message together."
            )
        )
        about.setObjectName("Muted")
        about.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.setMinimumHeight(180)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")  # rows as roomy as the table's
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_current())  # Enter is the dialog's Close
        self.empty = QLabel(self.tr("No tags yet. Create one, then tag contacts from the table."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)

        self.new_button = QPushButton(icons.icon("add"), self.tr("New tag…"))
        self.new_button.clicked.connect(self.new_tag)
        self.rename_button = QPushButton(icons.icon("edit"), self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QPushButton(icons.icon("remove"), self.tr("Delete…"))
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete_current)
        for key, slot in (("F2", self.rename_current), (QKeySequence.StandardKey.Delete, self.delete_current)):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.rename_button.setToolTip(self.tr("Rename the tag (F2)"))
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        actions.addStretch()

        self.feedback = Notice(hide_after_ms=60_000)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        closing = QHBoxLayout()
        closing.addStretch()
        closing.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.feedback)
        layout.addLayout(closing)
        self.set_tags(self.tags)
        self.list.setFocus()

    # -- the list ----------------------------------------------------------------

    def set_tags(self, tags: Sequence[Tag]) -> None:
        """Show these tags and their counts, keeping the one chosen (or its place, when it was renamed)."""
        if list(tags) == self.tags and self.list.count() == len(self.tags):
            return  # unchanged: the focus and the choice stay as they are
        chosen, row = self.current_tag(), self.list.currentRow()
        self.tags = list(tags)
        self.list.blockSignals(True)  # the buttons are not disabled on the way (the focus would leave them)
        self.list.clear()
        for tag in self.tags:
            item = QListWidgetItem(f"{tag.name} · {members_words(tag)}")
            item.setData(Qt.ItemDataRole.UserRole, tag.name)
            item.setToolTip(tag.name)
            self.list.addItem(item)
        names = [tag.name.casefold() for tag in self.tags]
        if chosen is not None and chosen.name.casefold() in names:
            self.list.setCurrentRow(names.index(chosen.name.casefold()))
        elif self.tags:
            self.list.setCurrentRow(min(max(row, 0), len(self.tags) - 1))
        self.list.blockSignals(False)
        self.list.setVisible(bool(self.tags))
        self.empty.setVisible(not self.tags)
        self._update_buttons()

    def current_tag(self) -> Tag | None:
        row = self.list.currentRow()
        return self.tags[row] if 0 <= row < len(self.tags) else None

    def _update_buttons(self) -> None:
        chosen = self.current_tag() is not None and not self._tasks.busy
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- create and rename -------------------------------------------------------

    def new_tag(self) -> None:
        self._renaming = None
        self.name_prompt.ask(self.tr("New tag"), self.tr("Name of the new tag:"), "", self.tr("Create tag"))

    def rename_current(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        self._renaming = tag
        self.name_prompt.ask(
            self.tr("Rename tag"),
            self.tr("New name for “%1”:").replace("%1", tag.name),
            tag.name,
            self.tr("Rename"),
        )

    def _name_given(self, clean: str) -> None:
        tag = self._renaming
        if not clean:
            self._say(self.tr("A tag needs a name."), "error")
            return
        if tag is not None and clean == tag.name:
            return
        other = tag_called(self.tags, clean, but=tag)
        if other is not None:
            self._say(
                self.tr("There is already a tag called “%1”. Choose another name.").replace("%1", other.name), "error"
            )
            return
        if tag is None:
            self._run(
                self.contacts.create_tag(clean),
                lambda made: self._say(self.tr("Tag “%1” created.").replace("%1", made.name), "ok"),
            )
        else:
            self._run(self.contacts.rename_tag(tag.name, clean), lambda made: self._renamed(tag, made))

    def _renamed(self, old: Tag, new: Tag) -> None:
        self.renamed.emit(old.name, new.name)
        self._say(self.tr("“%1” is now called “%2”.").replace("%1", old.name).replace("%2", new.name), "ok")

    # -- delete ------------------------------------------------------------------

    def delete_current(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        self._deleting = tag
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete tag"),
            self.tr("Delete the tag “%1”?").replace("%1", tag.name),
            parent=self,
        )
        if tag.members == 0:
            box.setInformativeText(self.tr("No contact has this tag."))
        elif tag.members == 1:
            box.setInformativeText(self.tr("1 contact loses this tag. The contact stays in the address book."))
        else:
            box.setInformativeText(
                self.tr("%1 contacts lose this tag. The contacts stay in the address book.").replace(
                    "%1", fmt.number(tag.members)
                )
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._delete_button = box.addButton(self.tr("Delete tag"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._confirm_finished)
        self.confirm_box = box
        box.open()

    def _confirm_finished(self) -> None:
        box, button, tag = self.confirm_box, self._delete_button, self._deleting
        self.confirm_box, self._delete_button, self._deleting = None, None, None
        if box is None or button is None or tag is None or box.clickedButton() is not button:
            return
        self._run(self.contacts.delete_tag(tag.name), self._deleted)

    def _deleted(self, tag: Tag) -> None:
        self.deleted.emit(tag.name)
        self._say(self.tr("Tag “%1” deleted; its contacts are kept.").replace("%1", tag.name), "ok")

    # -- doing it ----------------------------------------------------------------

    def _run(self, call: Coroutine[Any, Any, T], done: Callable[[T], None]) -> None:
        self._tasks.start(
            call,
            done=done,
            failed=lambda words: self._say(_sentence(say(words)), "error"),
        )
        self._update_buttons()

    def _say(self, words: str, tone: str) -> None:
        self.feedback.show_message(words, tone)
        self._update_buttons()

    def done(self, result: int) -> None:
        self.name_prompt.close()
        if self.confirm_box is not None:
            self.confirm_box.close()
        super().done(result)


def _sentence(words: str) -> str:
    return words[:1].upper() + words[1:] + ("" if words.endswith(".") else ".")


def tag_called(tags: Sequence[Tag], name: str, but: Tag | None = None) -> Tag | None:
    """The tag among ``tags``, other than ``but``, already called ``name`` (in any case, spaces tidied), if any."""
    wanted = " ".join(name.split()).casefold()
    return next((t for t in tags if t.name.casefold() == wanted and t != but), None)


class TagNamePrompt:
    """The small window asking for a tag's name, one at a time, for the Tags dialog and the Contacts panel.

    ``named`` gets the name typed with its spaces tidied ("" when only spaces were typed); ``box`` is the window
    while it is open, and ``close`` closes it (when its owner goes).
    """

    def __init__(self, parent: QWidget, named: Callable[[str], None]) -> None:
        self._parent = parent
        self._named = named
        self.box: QInputDialog | None = None

    def ask(self, title: str, label: str, text: str, ok: str) -> None:
        """Open the window titled ``title`` with ``label`` above the name (``text`` at first) and ``ok`` to give it."""
        box = QInputDialog(self._parent)
        box.setWindowTitle(title)
        box.setLabelText(label)
        box.setTextValue(text)
        box.setOkButtonText(ok)
        box.setCancelButtonText(_tr("Cancel"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = box.findChild(QLineEdit)
        if edit is not None:
            edit.setMaxLength(MAX_TAG_NAME)
            edit.setAccessibleName(title)
        box.textValueSelected.connect(lambda name: self._named(" ".join(name.split())))
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        self.box = None

    def close(self) -> None:
        if self.box is not None:
            self.box.close()
