"""Saved messages in the Composer: save what is written under a name, and load, rename or delete one later.

- ``SavedMessagesDialog``: the list of saved messages (name, kind, first line,
  when saved; a search box once there are many), with Load, Rename…, Delete…
  (asked first) and "Save current message…".  Loading one emits ``chosen``
  with a ``ComposerDraft`` holding only the message (its ``notes`` say what
  could not be loaded, e.g. a file no longer there) and closes the list.
- ``save_as(draft)`` asks a name; a name already used asks whether to replace
  that saved message.  It works with the list shown or not (the menu's "Save
  as saved message…").
- ``SavedMessagesButton``: a button with a small menu ("Save as saved
  message…", "Saved messages…") for the Composer's toolbar.

The saved messages are a few rows in the local database: read and written on
the GUI thread (well under a millisecond each).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.errors import WadeskError
from wadesk.domain.models import MessageKind
from wadesk.services.drafts import MAX_NAME, ComposerDraft, DraftService, TemplateInfo
from wadesk.ui import format as fmt
from wadesk.ui import icons
from wadesk.ui.i18n import say
from wadesk.ui.widgets.button_row import ButtonRow
from wadesk.ui.widgets.notice import Notice

SEARCH_FROM = 8  # saved messages from which the search box is shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedMessages", text)


def kind_words(kind: MessageKind) -> str:
    """A message kind as people call it."""
    words = {
        MessageKind.TEXT: _tr("Text"),
        MessageKind.IMAGE: _tr("Image"),
        MessageKind.VIDEO: _tr("Video"),
        MessageKind.AUDIO: _tr("Audio"),
        MessageKind.DOCUMENT: _tr("Document"),
        MessageKind.LOCATION: _tr("Location"),
        MessageKind.CONTACT_CARD: _tr("Contact card"),
        MessageKind.LIST: _tr("List"),
        MessageKind.BUTTONS: _tr("Buttons"),
        MessageKind.POLL: _tr("Poll"),
        MessageKind.TEMPLATE: _tr("Template"),
        MessageKind.LINK: _tr("Link"),
    }
    return words.get(kind, kind.value)


class NameDialog(QDialog):
    """Asks a saved message's name; ``named`` carries it (spaces trimmed, never empty)."""

    named = Signal(str)

    def __init__(self, title: str, prompt: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. Weekend promotion"))
        label.setBuddy(self.name_edit)
        self.feedback = Notice(hide_after_ms=60_000)
        self.ok_button = QPushButton(icons.icon("ok"), self.tr("Save"))
        self.ok_button.setDefault(True)
        self.ok_button.setProperty("primary", True)
        self.ok_button.clicked.connect(self._done)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.feedback)
        layout.addStretch()
        layout.addLayout(buttons)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def _done(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.say(self.tr("Give the saved message a name."))
            self.name_edit.setFocus()
            return
        self.named.emit(name)  # the receiver closes the dialog, or says what is wrong with the name

    def say(self, text: str) -> None:
        self.feedback.show_message(text, "error")


class SavedMessagesDialog(QDialog):
    """The saved messages: load, rename, delete, and save the message being written."""

    chosen = Signal(object)  # ComposerDraft: the saved message to load into the Composer
    saved = Signal(object)  # TemplateInfo: a message was saved (or replaced)

    def __init__(
        self,
        drafts: DraftService,
        current: Callable[[], ComposerDraft] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.current = current
        self.name_dialog: NameDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._pending: tuple[str, ComposerDraft] | None = None  # a name and draft waiting for "Replace?"
        self._deleting = ""
        self.setWindowTitle(self.tr("Saved messages"))
        self.setMinimumSize(620, 420)

        title = QLabel(self.tr("Saved messages"))
        title.setObjectName("PanelTitle")
        hint = QLabel(self.tr("Messages you use again and again. Loading one replaces the message being written."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or words"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search saved messages"))
        self.search.textChanged.connect(self._filter)

        self.view = QTreeWidget()
        self.view.setColumnCount(4)
        self.view.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("First line"), self.tr("Saved")])
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Saved messages"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(0, 170)
        widest = max(self.view.fontMetrics().horizontalAdvance(kind_words(kind)) for kind in MessageKind)
        self.view.setColumnWidth(1, widest + 24)
        self.view.itemDoubleClicked.connect(lambda _item, _column: self.load_selected())  # Enter: the Load button
        self.view.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr("No saved messages yet. Write a message, then choose “Save current message” to keep it here.")
        )
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.notice = Notice()
        self.save_button = QPushButton(icons.icon("add"), self.tr("Save current message…"))
        self.save_button.clicked.connect(self._save_current)
        if current is None:  # not setVisible(True): it would show the parentless button as a window of its own
            self.save_button.hide()
        self.save_button.setToolTip(self.tr("Save the message being written under a name"))
        self.rename_button = QPushButton(icons.icon("edit"), self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the saved message (F2)"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(icons.icon("remove"), self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the saved message (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.load_button = QPushButton(icons.icon("open"), self.tr("Load"))
        self.load_button.setProperty("primary", True)
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        saving, editing = ButtonRow(), ButtonRow()  # their words go to tooltips when the dialog is narrow
        saving.add(self.save_button)
        editing.add(self.rename_button)
        editing.add(self.delete_button)
        buttons = QHBoxLayout()
        buttons.addWidget(saving)
        buttons.addStretch()
        buttons.addWidget(editing)
        buttons.addSpacing(12)
        buttons.addWidget(close)
        buttons.addWidget(self.load_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        for key, slot, where in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected, self.view),
            (QKeySequence(Qt.Key.Key_F2), self.rename_selected, self.view),
            (QKeySequence(QKeySequence.StandardKey.Find), self._find_words, self),
        ):
            shortcut = QShortcut(key, where)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    # The list.

    def _find_words(self) -> None:
        self.search.setVisible(True)
        self.search.setFocus()

    def refresh(self, select: str = "") -> None:
        """Read the saved messages again, keeping (or moving to) the selection ``select``."""
        keep = select or self.selected_name()
        try:
            found = self.drafts.templates()
        except WadeskError as exc:
            self.notice.show_message(self.tr("Could not read the saved messages: %1").replace("%1", say(exc)), "error")
            found = []
        self.view.clear()
        for info in found:
            self.view.addTopLevelItem(self._item(info))
        many = len(found) >= SEARCH_FROM
        self.search.setVisible(many or bool(self.search.text()))
        self.view.setVisible(bool(found))
        self.empty.setVisible(not found)
        self._filter(self.search.text(), keep)

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.view.topLevelItem(i) for i in range(self.view.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _item(self, info: TemplateInfo) -> QTreeWidgetItem:
        cells = [info.name, kind_words(info.kind), info.preview, fmt.ago(info.updated_at)]
        item = QTreeWidgetItem(cells)
        for column, text in enumerate(cells):
            item.setToolTip(column, text)
        item.setData(0, Qt.ItemDataRole.UserRole, info.name)
        return item

    def names(self) -> list[str]:
        """The names listed, by name."""
        return [item.text(0) for item in self._items()]

    def shown_names(self) -> list[str]:
        """The names the search leaves shown."""
        return [item.text(0) for item in self._items() if not item.isHidden()]

    def _filter(self, text: str, keep: str = "") -> None:
        """Show the saved messages with every word of ``text``; select ``keep`` (or stay, or the first shown)."""
        words = text.casefold().split()
        for item in self._items():
            haystack = f"{item.text(0)} {item.text(1)} {item.text(2)}".casefold()
            item.setHidden(not all(word in haystack for word in words))
        shown = [item for item in self._items() if not item.isHidden()]
        wanted = keep.casefold() or self.selected_name().casefold()
        chosen = next((item for item in shown if item.text(0).casefold() == wanted), shown[0] if shown else None)
        if chosen is not None:
            self.view.setCurrentItem(chosen)
        self._update_buttons()

    def selected_name(self) -> str:
        item = self.view.currentItem()
        return "" if item is None or item.isHidden() else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_name())
        for button in (self.load_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)

    # Load, rename, delete.

    def load_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        try:
            draft = self.drafts.load_template(name)
        except WadeskError as exc:
            self.notice.show_message(self.tr("Could not load it: %1").replace("%1", say(exc)), "error")
            self.refresh()
            return
        self.chosen.emit(draft)
        self.accept()

    def rename_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        dialog = NameDialog(
            self.tr("Rename saved message"),
            self.tr("New name for “%1”:").replace("%1", name),
            name,
            parent=self,
        )
        dialog.ok_button.setText(self.tr("Rename"))
        dialog.named.connect(lambda new_name: self._rename(dialog, name, new_name))
        self._open_name_dialog(dialog)

    def _taken(self, name: str, but: str = "") -> str | None:
        """The saved message's name that ``name`` clashes with (other than ``but``), if any."""
        names = (t.name for t in self.drafts.templates() if t.name.casefold() != but.casefold())
        return next((n for n in names if n.casefold() == name.casefold()), None)

    def _rename(self, dialog: NameDialog, name: str, new_name: str) -> None:
        taken = self._taken(new_name, but=name)
        if taken is not None:
            dialog.say(self.tr("A saved message named “%1” exists already; choose another name.").replace("%1", taken))
            return
        try:
            info = self.drafts.rename_template(name, new_name)
        except WadeskError as exc:
            dialog.say(self.tr("Could not rename it: %1").replace("%1", say(exc)))
            return
        dialog.accept()
        self.refresh(select=info.name)
        self.notice.show_message(self.tr("Renamed to “%1”.").replace("%1", info.name), "ok")

    def delete_selected(self) -> None:
        name = self.selected_name()
        if not name or self.confirm_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete saved message"),
            self.tr("Delete the saved message “%1”?").replace("%1", name),
            parent=self,
        )
        box.setInformativeText(self.tr("Messages already sent with it are not affected."))
        box.addButton(QMessageBox.StandardButton.Cancel)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._deleting = name
        box.finished.connect(lambda _result: self._delete_answered(box, delete))
        self.confirm_box = box
        box.open()

    def _delete_answered(self, box: QMessageBox, delete: QPushButton) -> None:
        self.confirm_box = None
        name, self._deleting = self._deleting, ""
        box.deleteLater()
        if box.clickedButton() is not delete:
            return
        try:
            self.drafts.delete_template(name)
        except WadeskError as exc:
            self.notice.show_message(self.tr("Could not delete it: %1").replace("%1", say(exc)), "error")
        else:
            self.notice.show_message(self.tr("“%1” deleted.").replace("%1", name), "ok")
        self.refresh()
        self.view.setFocus()

    # Save.

    def _save_current(self) -> None:
        if self.current is not None:
            self.save_as(self.current())

    def save_as(self, draft: ComposerDraft) -> None:
        """Ask a name and save ``draft``'s message under it (a name in use: ask before replacing)."""
        dialog = NameDialog(
            self.tr("Save as saved message"),
            self.tr("Name this message to find it again later:"),
            parent=self if self.isVisible() else self.parentWidget(),
        )
        dialog.named.connect(lambda name: self._save(name, draft, dialog))
        self._open_name_dialog(dialog)

    def _open_name_dialog(self, dialog: NameDialog) -> None:
        if self.name_dialog is not None:
            self.name_dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._name_dialog_closed(dialog))
        self.name_dialog = dialog
        dialog.open()

    def _name_dialog_closed(self, dialog: NameDialog) -> None:
        if self.name_dialog is dialog:
            self.name_dialog = None

    def _save(
        self, name: str, draft: ComposerDraft, dialog: NameDialog | None = None, *, replace: bool = False
    ) -> None:
        taken = None if replace else self._taken(name)
        if taken is not None:
            if dialog is not None:
                dialog.accept()
            self._ask_replace(taken, name, draft)
            return
        try:
            info = self.drafts.save_template(name, draft, replace=replace)
        except WadeskError as exc:
            problem = self.tr("Could not save it: %1").replace("%1", say(exc))
            if dialog is not None:
                dialog.say(problem)
            else:
                self.notice.show_message(problem, "error")
            return
        if dialog is not None:
            dialog.accept()
        self.refresh(select=info.name)
        self.notice.show_message(self.tr("Saved as “%1”.").replace("%1", info.name), "ok")
        self.saved.emit(info)

    def _ask_replace(self, taken: str, name: str, draft: ComposerDraft) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace saved message"),
            self.tr("A saved message named “%1” exists already. Replace it with this message?").replace("%1", taken),
            parent=self if self.isVisible() else self.parentWidget(),
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._pending = (name, draft)
        box.finished.connect(lambda _result: self._replace_answered(box, replace))
        self.confirm_box = box
        box.open()

    def _replace_answered(self, box: QMessageBox, replace: QPushButton) -> None:
        self.confirm_box = None
        pending, self._pending = self._pending, None
        box.deleteLater()
        if pending is None:
            return
        if box.clickedButton() is replace:
            self._save(*pending, replace=True)
        else:  # another name, then
            name, draft = pending
            self.save_as(draft)
            if self.name_dialog is not None:
                self.name_dialog.name_edit.setText(name)
                self.name_dialog.name_edit.selectAll()

    def shutdown(self) -> None:
        """Close what this opened (the window is closing)."""
        for child in (self.name_dialog, self.confirm_box):
            if child is not None:
                child.close()
        self.close()


class SavedMessagesButton(QPushButton):
    """ "Saved messages" with a menu: save the message being written, or open the list to load one."""

    chosen = Signal(object)  # ComposerDraft
    saved = Signal(object)  # TemplateInfo

    def __init__(
        self, drafts: DraftService, current: Callable[[], ComposerDraft], parent: QWidget | None = None
    ) -> None:
        super().__init__(icons.icon("copy"), _tr("Saved messages"), parent)
        self.setToolTip(_tr("Save this message to use again, or load one saved before"))
        self.dialog = SavedMessagesDialog(drafts, current, parent=self)
        self.dialog.chosen.connect(self.chosen)
        self.dialog.saved.connect(self.saved)
        menu = QMenu(self)
        self.save_action = menu.addAction(icons.icon("add"), _tr("Save as saved message…"))
        self.save_action.triggered.connect(lambda: self.dialog.save_as(current()))
        self.open_action = menu.addAction(icons.icon("open"), _tr("Saved messages…"))
        self.open_action.triggered.connect(self.open_list)
        self.setMenu(menu)

    def open_list(self) -> None:
        self.dialog.refresh()
        self.dialog.open()

    def shutdown(self) -> None:
        self.dialog.shutdown()
