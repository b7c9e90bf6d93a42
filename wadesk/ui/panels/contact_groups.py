"""Tags and Do not message in the Contacts panel: the filter of who is shown, the Tags menu, opting out.

What is done to the selection reads its contacts off the event loop by
position (``ContactsPanel._read_ranges``, as deleting does) and writes them by
id in one transaction through ``ContactService``, so 100,000 selected rows
are tagged or opted out like ten; tagging the whole table is one statement
(``tag_matching``).  The counts the filter shows are read off the loop too,
again after every change to the address book.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from wadesk.domain.models import Contact
from wadesk.services.contact_source import ContactFilter
from wadesk.services.contacts import OptOutChange
from wadesk.services.events import ContactsChanged, Event
from wadesk.store.tags import Tag
from wadesk.ui import format as fmt
from wadesk.ui.dialogs.tags import TagNamePrompt, TagsDialog, tag_called
from wadesk.ui.i18n import say
from wadesk.ui.panels.devices import ActionButton
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.button_row import ButtonRow
from wadesk.ui.widgets.group_filter import EVERYONE, Group, GroupFilter, Show
from wadesk.ui.widgets.notice import EmptyState

if TYPE_CHECKING:
    from wadesk.ui.panels.contacts import ContactsPanel

T = TypeVar("T")


@dataclass(frozen=True)
class Selection:
    """The panel's selection as read: its contacts, or (``contacts`` None) every contact ``filter`` finds."""

    count: int
    filter: ContactFilter
    contacts: list[Contact] | None = None

    @property
    def ids(self) -> list[int]:
        return [c.id for c in self.contacts or [] if c.id is not None]

    @property
    def one(self) -> Contact | None:
        return self.contacts[0] if self.contacts is not None and len(self.contacts) == 1 else None


class ContactGroups(QObject):
    def __init__(self, panel: ContactsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.contacts = panel.contacts
        self._tasks = Tasks(self)  # work on the selection, one at a time
        self._counts = Tasks(self)
        self._counting = self._recount = False
        self.tags: list[Tag] = []
        self.dialog: TagsDialog | None = None
        self.name_prompt = TagNamePrompt(panel, self._new_tag_named)
        self.confirm_box: QMessageBox | None = None
        self._confirm_button: QPushButton | None = None
        self._to_opt_out: Selection | None = None

        self.filter = GroupFilter()
        self.filter.chosen.connect(panel.apply_search)
        self.filter.manage.connect(self.manage_tags)

        self.tags_action = panel._action("tag", self.tr("Tags"), None, self.show_tags_menu)
        self.opt_out_action = panel._action("block", self.tr("Do not message…"), None, self.opt_out_selected)
        self.opt_in_action = panel._action("ok", self.tr("Allow messages again"), None, self.opt_in_selected)
        self.tags_menu = QMenu(self.tr("Tags"), panel)
        self.tags_menu.setIcon(self.tags_action.icon())
        self.add_menu = self.tags_menu.addMenu(self.tr("Add to tag"))
        self.remove_menu = self.tags_menu.addMenu(self.tr("Remove from tag"))
        self.tags_menu.addSeparator()
        self.new_tag_action = self.tags_menu.addAction(self.tr("New tag from selection…"))
        self.new_tag_action.triggered.connect(self.new_tag_from_selection)
        self.manage_action = self.tags_menu.addAction(self.tr("Manage tags…"))
        self.manage_action.triggered.connect(self.manage_tags)
        self.tags_menu.addSeparator()
        self.tags_menu.addAction(self.opt_out_action)
        self.tags_menu.addAction(self.opt_in_action)
        self.tags_menu.aboutToShow.connect(self.fill_tag_menus)
        self.tags_button: QPushButton | None = None

        self._nothing_found: str | None = None  # the empty table's own title, when nothing is found
        panel.model.dataChanged.connect(self.update_actions)  # a row opted out or back in
        self._gone: str | None = None  # the tag shown when it was renamed or deleted elsewhere
        self.refresh_counts()

    # -- what the panel places -----------------------------------------------------

    def add_buttons(self, row: ButtonRow) -> None:
        """The Tags button: its menu tags the selection and holds Do not message (one button: the row is full
        at 720 pixels wide)."""
        self.tags_button = row.add(ActionButton(self.tags_action))

    def add_to_menu(self, menu: QMenu) -> None:
        """The selection's tags and Do not message entries, in the table's context menu."""
        menu.addSeparator()
        menu.addMenu(self.tags_menu)
        menu.addAction(self.opt_out_action)
        menu.addAction(self.opt_in_action)

    # -- the filter ----------------------------------------------------------------

    @property
    def filtering(self) -> bool:
        return self.filter.current != EVERYONE

    def narrow(self, query: ContactFilter) -> ContactFilter:
        """``query`` (the search) narrowed to the group chosen in the filter."""
        group = self.filter.current
        return replace(
            query,
            tag=group.tag if group.show is Show.TAG else None,
            opted_out=True if group.show is Show.OPTED_OUT else None,
        )

    def show_all(self) -> None:
        """Everyone again (the panel then applies the search)."""
        self.filter.select(EVERYONE)

    def explain_not_found(self, state: EmptyState) -> None:
        """Words for an empty table when a tag or Do not message is chosen (the search's own otherwise)."""
        if self._nothing_found is None:
            self._nothing_found = state.title.text()
        title = self._nothing_found
        search = self.panel.query.search.strip()
        group = self.filter.current
        if state.button is not None:
            state.button.setText(self.tr("Show all contacts") if self.filtering else self.tr("Clear the search"))
        if not self.filtering:
            state.title.setText(title)
        elif search:
            state.title.setText(title)
            state.body.setText(
                self.tr("No contact with the tag “%1” has “%2” in their name or number.")
                .replace("%1", group.tag or "")
                .replace("%2", search)
                if group.show is Show.TAG
                else self.tr("No one on the Do not message list has “%1” in their name or number.").replace(
                    "%1", search
                )
            )
        elif group.show is Show.TAG:
            state.title.setText(self.tr("No contact has this tag yet"))
            state.body.setText(
                self.tr("Show all contacts, select the ones to tag, then choose Tags, Add to tag, “%1”.").replace(
                    "%1", group.tag or ""
                )
            )
        else:
            state.title.setText(self.tr("Everyone can be messaged"))
            state.body.setText(self.tr("No contact has asked not to be messaged."))

    def refresh_counts(self) -> None:
        """Read how many contacts there are, per tag and not to be messaged, off the loop."""
        if self._counting:
            self._recount = True
            return
        self._counting = True
        self._counts.start(asyncio.to_thread(self._read_counts), done=self._counted, failed=self._count_failed)

    def _read_counts(self) -> tuple[int, int, list[Tag]]:
        return (
            self.contacts.count_rows(ContactFilter()),
            self.contacts.count_rows(ContactFilter(opted_out=True)),
            self.contacts.tags(),
        )

    def _counted(self, counts: tuple[int, int, list[Tag]]) -> None:
        self._counting = False
        total, opted_out, self.tags = counts
        shown = self.filter.current
        if not self.filter.set_counts(total, opted_out, self.tags):
            self._gone = shown.tag  # deleted or renamed elsewhere (the command line): everyone, then
            self._say_gone()
            self.panel.apply_search()
        if self.dialog is not None:
            self.dialog.set_tags(self.tags)
        if self._recount:
            self._recount = False
            self.refresh_counts()

    def read_failed(self, words: str) -> None:
        """The table could not be read (the panel has said so): when the tag it showed is gone, say that instead."""
        if self.filter.current.show is Show.TAG:
            self.refresh_counts()  # when the counts show the tag gone, everyone is shown
        elif self._gone is not None and self._gone in words:
            self._say_gone()  # a read begun before everyone was shown, failing late

    def _say_gone(self) -> None:
        self.panel.notice.show_message(
            self.tr("The tag “%1” was renamed or deleted elsewhere: all contacts are shown.").replace(
                "%1", self._gone or ""
            ),
            "info",
        )

    def _count_failed(self, _words: str) -> None:
        self._counting = False  # the table says what went wrong reading the address book

    def on_changes(self, events: Sequence[Event]) -> None:
        if any(isinstance(event, ContactsChanged) for event in events):
            self.refresh_counts()

    # -- what the selection allows ------------------------------------------------------

    def update_actions(self) -> None:
        selected = self.panel.selected_count()
        some = selected > 0
        every_out, any_out = self._opted_out_in_selection()
        for action in (self.tags_action, self.opt_out_action, self.opt_in_action):
            action.setEnabled(some)
        self.opt_out_action.setVisible(not every_out)
        self.opt_in_action.setVisible(any_out)

    def _opted_out_in_selection(self) -> tuple[bool, bool]:
        """Whether every selected contact asked not to be messaged, and whether any did, as far as the rows on
        screen tell (nothing is read for this: a selection larger than the screen counts as not all)."""
        if self.filter.current.show is Show.OPTED_OUT and self.panel.selected_count():
            return True, True
        view = self.panel.view
        first = view.rowAt(0)
        last = view.rowAt(view.viewport().height() - 1)
        if first < 0:
            return False, False
        last = last if last >= 0 else self.panel.model.rowCount() - 1
        states: list[bool] = []
        for top, bottom in self.panel.selected_ranges():
            for row in range(max(top, first), min(bottom, last) + 1):
                found = self.panel.model.contact_at(row)
                if found is not None:
                    states.append(found.opted_out)
        every = bool(states) and all(states) and len(states) == self.panel.selected_count()
        return every, any(states)

    def _read_selection(self, then: Callable[[Selection], None], *, whole: bool = False) -> None:
        """The selection's contacts, read off the loop, handed to ``then``; ``whole``: the whole table may be
        handed on as its filter, unread."""
        ranges = self.panel.selected_ranges()
        if not ranges or self._tasks.busy:
            return
        model, query = self.panel.model, self.panel.query
        if whole and model.rowCount() > 1 and ranges == [(0, model.rowCount() - 1)]:
            then(Selection(model.rowCount(), query))
            return
        self._tasks.start(
            asyncio.to_thread(self.panel._read_ranges, ranges, model.current_sort, query),
            done=lambda contacts: then(Selection(len(contacts), query, contacts)) if contacts else None,
            failed=self._failed,
        )

    def _run(self, call: Coroutine[Any, Any, T], done: Callable[[T], None]) -> None:
        self._tasks.start(call, done=done, failed=self._failed)

    def _failed(self, words: str) -> None:
        self.panel.notice.show_message(self.tr("Could not do that: %1").replace("%1", say(words)), "error")

    def _say(self, words: str) -> None:
        self.panel.notice.show_message(words, "ok")

    def _who(self, chosen: Selection) -> str:
        """The selection as a sentence names it: “Budi Santoso”, or “12 contacts”."""
        from wadesk.ui.panels.contacts import _who  # the panel's own way of naming one contact

        one = chosen.one
        if one is not None:
            return _who(one)
        return (
            self.tr("1 contact")
            if chosen.count == 1
            else self.tr("%1 contacts").replace("%1", fmt.number(chosen.count))
        )

    # -- tags ----------------------------------------------------------------------

    def show_tags_menu(self) -> None:
        button = self.tags_button
        if button is not None and button.isVisible():
            self.tags_menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        else:
            self.tags_menu.popup(self.panel.view.viewport().mapToGlobal(QPoint(0, 0)))

    def fill_tag_menus(self) -> None:
        """One entry per tag under "Add to tag" and "Remove from tag"."""
        for menu, slot in ((self.add_menu, self.add_to_tag), (self.remove_menu, self.remove_from_tag)):
            menu.clear()
            for tag in self.tags:
                action = menu.addAction(tag.name.replace("&", "&&"))
                action.triggered.connect(lambda _checked=False, name=tag.name, slot=slot: slot(name))
            menu.setEnabled(bool(self.tags))

    def add_to_tag(self, name: str) -> None:
        def tag(chosen: Selection) -> None:
            call = (
                self.contacts.tag_matching(name, chosen.filter)
                if chosen.contacts is None
                else self.contacts.tag_contacts(name, chosen.ids)
            )
            self._run(call, lambda added: self._say(self._tagged_words(chosen, name, added)))

        self._read_selection(tag, whole=True)

    def _tagged_words(self, chosen: Selection, name: str, added: int) -> str:
        if chosen.one is not None or chosen.count == 1:
            if not added:
                return self.tr("%1 already has the tag “%2”.").replace("%1", self._who(chosen)).replace("%2", name)
            return self.tr("%1 added to “%2”.").replace("%1", self._who(chosen)).replace("%2", name)
        words = (
            self.tr("1 contact added to “%2”.").replace("%2", name)
            if added == 1
            else self.tr("%1 contacts added to “%2”.").replace("%1", fmt.number(added)).replace("%2", name)
        )
        if added < chosen.count:
            words += " " + self.tr("%1 had it already.").replace("%1", fmt.number(chosen.count - added))
        return words

    def remove_from_tag(self, name: str) -> None:
        def untag(chosen: Selection) -> None:
            self._run(
                self.contacts.untag_contacts(name, chosen.ids),
                lambda removed: self._say(self._untagged_words(chosen, name, removed)),
            )

        self._read_selection(untag)

    def _untagged_words(self, chosen: Selection, name: str, removed: int) -> str:
        if not removed:
            return (
                self.tr("%1 does not have the tag “%2”.").replace("%1", self._who(chosen)).replace("%2", name)
                if chosen.count == 1
                else self.tr("None of them has the tag “%1”.").replace("%1", name)
            )
        if chosen.count == 1:
            return self.tr("%1 taken out of “%2”.").replace("%1", self._who(chosen)).replace("%2", name)
        if removed == 1:
            return self.tr("1 contact taken out of “%1”.").replace("%1", name)
        return self.tr("%1 contacts taken out of “%2”.").replace("%1", fmt.number(removed)).replace("%2", name)

    def new_tag_from_selection(self) -> None:
        if not self.panel.selected_count():
            return
        self.name_prompt.ask(
            self.tr("New tag"),
            self.tr("Name of the new tag for the %1 selected:").replace("%1", fmt.number(self.panel.selected_count()))
            if self.panel.selected_count() > 1
            else self.tr("Name of the new tag for the contact selected:"),
            "",
            self.tr("Create tag"),
        )

    def _new_tag_named(self, clean: str) -> None:
        if not clean:
            return
        taken = tag_called(self.tags, clean)
        if taken is not None:
            self.panel.notice.show_message(
                self.tr("There is already a tag called “%1”: choose Tags, Add to tag, “%1”.").replace("%1", taken.name),
                "error",
            )
            return

        def create(chosen: Selection) -> None:
            async def create_and_tag() -> tuple[Tag, int]:
                made = await self.contacts.create_tag(clean)
                if chosen.contacts is None:
                    return made, await self.contacts.tag_matching(made.name, chosen.filter)
                return made, await self.contacts.tag_contacts(made.name, chosen.ids)

            self._run(create_and_tag(), lambda done: self._created(chosen, *done))

        self._read_selection(create, whole=True)

    def _created(self, chosen: Selection, tag: Tag, added: int) -> None:
        if chosen.one is not None:
            words = self.tr("Tag “%1” created for %2.").replace("%1", tag.name).replace("%2", self._who(chosen))
        elif added == 1:
            words = self.tr("Tag “%1” created with 1 contact.").replace("%1", tag.name)
        else:
            words = (
                self.tr("Tag “%1” created with %2 contacts.").replace("%1", tag.name).replace("%2", fmt.number(added))
            )
        self._say(words)

    def manage_tags(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = TagsDialog(self.contacts, self.tags, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.renamed.connect(self._tag_renamed)
        dialog.deleted.connect(self._tag_deleted)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        self.refresh_counts()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _tag_renamed(self, old: str, new: str) -> None:
        if self.filter.current == Group(Show.TAG, old):
            self.filter.rename(old, new)
            self.panel.apply_search()

    def _tag_deleted(self, name: str) -> None:
        if self.filter.current == Group(Show.TAG, name):
            self.filter.select(EVERYONE)
            self.panel.apply_search()

    # -- Do not message ------------------------------------------------------------

    def opt_out_selected(self) -> None:
        """Ask once, then leave the selection out of every send (the service cancels what waits for them)."""
        self._read_selection(self._confirm_opt_out)

    def _confirm_opt_out(self, chosen: Selection) -> None:
        self._to_opt_out = chosen
        question = self.tr("Do not message %1?").replace("%1", self._who(chosen))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Do not message"), question, parent=self.panel)
        box.setInformativeText(
            self.tr(
                "wadesk will leave them out of every send, and cancel the messages still waiting to go to them. "
                "You can allow messages again at any time."
            )
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._confirm_button = box.addButton(self.tr("Do not message"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._confirm_finished)
        self.confirm_box = box
        box.open()

    def _confirm_finished(self) -> None:
        box, button, chosen = self.confirm_box, self._confirm_button, self._to_opt_out
        self.confirm_box, self._confirm_button, self._to_opt_out = None, None, None
        if box is None or button is None or chosen is None or box.clickedButton() is not button:
            return
        self._run(self.contacts.opt_out_contacts(chosen.ids), lambda done: self._opted_out(chosen, done))

    def _opted_out(self, chosen: Selection, done: OptOutChange) -> None:
        if not done.changed:
            self._say(
                self.tr("%1 had already asked not to be messaged.").replace("%1", self._who(chosen))
                if chosen.count == 1
                else self.tr("They had all asked not to be messaged already.")
            )
            return
        count = len(done.changed)
        words = (
            self.tr("%1 will not be messaged.").replace("%1", self._who(chosen))
            if chosen.count == 1
            else self.tr("%1 contacts will not be messaged.").replace("%1", fmt.number(count))
        )
        if done.cancelled == 1:
            words += " " + self.tr("1 message waiting for them was cancelled.")
        elif done.cancelled:
            words += " " + self.tr("%1 messages waiting for them were cancelled.").replace(
                "%1", fmt.number(done.cancelled)
            )
        if done.on_gateway:
            words += " " + self.tr("%1 messages a gateway holds for later were not cancelled.").replace(
                "%1", fmt.number(len(done.on_gateway))
            )
        self._say(words)

    def opt_in_selected(self) -> None:
        def opt_in(chosen: Selection) -> None:
            self._run(self.contacts.opt_in_contacts(chosen.ids), lambda done: self._opted_in(chosen, done))

        self._read_selection(opt_in)

    def _opted_in(self, chosen: Selection, done: OptOutChange) -> None:
        count = len(done.changed)
        if not count:
            words = self.tr("%1 could be messaged already.").replace("%1", self._who(chosen))
        elif chosen.count == 1:
            words = self.tr("%1 can be messaged again.").replace("%1", self._who(chosen))
        else:
            words = self.tr("%1 contacts can be messaged again.").replace("%1", fmt.number(count))
        self._say(words)

    # -- closing -------------------------------------------------------------------

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self._counts.cancel_all()
        self.name_prompt.close()
        for window in (self.dialog, self.confirm_box):
            if window is not None:
                window.close()
