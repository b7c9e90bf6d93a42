"""The message history as a paged source: what the window's tables ask of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.services.events import AccountsChanged, ContactsChanged, MessagesChanged, SettingsChanged
from wadesk.services.history import MessageFilter, MessageHistory
from wadesk.services.paging import Sort
from wadesk.store import open_store


def test_pages_sorted_and_filtered_by_the_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        account = store.accounts.add("Toko", "wablas")
        store.messages.add_many(
            account.id,
            [OutgoingMessage(f"r{n}", Recipient(f"62811000000{n:02d}"), text=f"pesan {n}") for n in range(30)],
        )
        history = MessageHistory(store)
        assert history.count(MessageFilter()) == 30
        assert history.count(MessageFilter("pesan 2")) == 11  # 2, 20…29
        newest = history.page(0, 5, Sort("created", descending=True), MessageFilter())
        assert [row.text for row in newest] == [f"pesan {n}" for n in (29, 28, 27, 26, 25)]
        by_number = history.page(10, 2, Sort("recipient"), MessageFilter("pesan 2"))
        assert [row.recipient for row in by_number] == ["6281100000029"]
        with pytest.raises(ValidationError, match="cannot be sorted by 'colour'"):
            history.page(0, 5, Sort("colour"), MessageFilter())


def test_it_says_which_changes_touch_the_list(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        history = MessageHistory(store)
        assert history.affected_by([ContactsChanged(), MessagesChanged.of([1])])
        assert history.affected_by([AccountsChanged(frozenset({1}))])  # names are shown
        assert history.affected_by([ContactsChanged()])  # a contact's name is shown beside the number
        assert not history.affected_by([SettingsChanged()])
        assert not history.affected_by([])
