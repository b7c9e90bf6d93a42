from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from storetools import FakeClock, text_message

from wadesk.domain.errors import UnknownAccount, ValidationError
from wadesk.domain.models import Account, Group
from wadesk.store import Store


def test_add_get_list(store: Store, clock: FakeClock) -> None:
    added = store.accounts.add("shop", "wablas", "https://wablas.com/api", {"phone_check_url": "https://x.test"})
    assert added.id > 0
    assert added.created_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert added.settings == {"phone_check_url": "https://x.test"}
    assert store.accounts.get("shop") == added
    assert store.accounts.get("SHOP") == added  # names ignore case
    assert store.accounts.get_by_id(added.id) == added
    clock.advance(60)
    other = store.accounts.add("Another", "wacloud", "https://app.wacloud.id/api/v1", {"device_id": "d1"})
    assert [account.name for account in store.accounts.list()] == ["Another", "shop"]
    assert other.created_at is not None and other.created_at.tzinfo is UTC


def test_duplicate_name_is_a_validation_error(store: Store, account: Account) -> None:
    with pytest.raises(ValidationError, match="an account named 'Shop' already exists"):
        store.accounts.add("Shop", "chatbot", "", {})
    assert len(store.accounts.list()) == 1


def test_empty_name_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        store.accounts.add("  ", "wablas", "", {})


def test_missing_accounts(store: Store) -> None:
    with pytest.raises(UnknownAccount, match="no account named 'nope'"):
        store.accounts.get("nope")
    with pytest.raises(ValidationError, match="no account with id 42"):
        store.accounts.get_by_id(42)
    with pytest.raises(UnknownAccount):
        store.accounts.remove("nope")
    ghost = Account(id=42, name="ghost", provider="wablas", base_url="")
    with pytest.raises(UnknownAccount, match="ghost"):
        store.accounts.update(ghost)


def test_update_base_url_and_settings(store: Store, account: Account) -> None:
    changed = dataclasses.replace(account, base_url="https://example.test/api", settings={"a": "1", "b": "2"})
    store.accounts.update(changed)
    assert store.accounts.get("shop") == changed


def test_remove_cascades_to_groups_and_messages(store: Store, account: Account) -> None:
    store.groups.upsert_many(account.id, [Group("120363000000000001@g.us", "Team")])
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    assert store.accounts.remove("SHOP") == account
    assert store.accounts.list() == []
    assert store.groups.list() == []
    assert store.messages.by_ref("r1") is None
    assert store.events.for_message(message.id) == []
