from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.errors import UnknownAccount, ValidationError
from wadesk.domain.models import Account, Group
from wadesk.domain.status import DeliveryStatus
from wadesk.store import Outcome, Store


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
    ghost = Account(id=42, name="ghost", provider="wablas", base_url="")
    with pytest.raises(UnknownAccount, match="ghost"):
        store.accounts.update(ghost)


def test_update_base_url_and_settings(store: Store, account: Account) -> None:
    changed = dataclasses.replace(account, base_url="https://example.test/api", settings={"a": "1", "b": "2"})
    store.accounts.update(changed)
    assert store.accounts.get("shop") == changed


def test_every_account_gets_its_own_random_key_id(store: Store) -> None:
    a = store.accounts.add("a", "wablas")
    b = store.accounts.add("b", "wablas")
    assert re.fullmatch(r"[0-9a-f]{32}", a.key_id) and a.key_id != b.key_id
    assert store.accounts.add("c", "wablas", key_id="given").key_id == "given"


def test_remove_keeps_the_history_and_the_account_never_sends(store: Store, account: Account) -> None:
    store.groups.upsert_many(account.id, [Group("120363000000000001@g.us", "Team")])
    sent, *_ = store.messages.add_many(account.id, [text_message("r1"), text_message("r2"), text_message("r3")])
    store.messages.mark_sending([sent.id])
    store.messages.record_outcomes([Outcome(sent.id, DeliveryStatus.ACCEPTED, "p1")])
    at = datetime(2030, 1, 1, tzinfo=UTC)
    store.messages.add_many(account.id, [text_message("r4")], status=DeliveryStatus.SCHEDULED, scheduled_at=at)
    campaign = store.outbox.create_campaign(account.id, "promo", "hi", "safe")

    history = store.accounts.remove(account)

    assert (history.messages, history.campaigns, len(history.pending)) == (4, 1, 3)
    assert store.accounts.list() == []
    with pytest.raises(UnknownAccount):
        store.accounts.get("shop")
    removed = store.accounts.get_by_id(account.id)
    assert removed.removed_at is not None and store.accounts.list(removed=True) == [removed]
    statuses = {m.ref_id: m.status for m in store.messages.list(account_id=account.id)}
    assert statuses == {
        "r1": DeliveryStatus.ACCEPTED,
        "r2": DeliveryStatus.CANCELLED,
        "r3": DeliveryStatus.CANCELLED,
        "r4": DeliveryStatus.CANCELLED,
    }
    assert store.outbox.accounts_with_work() == []
    assert store.outbox.campaign(campaign).state == "cancelled"
    assert store.groups.list(account.id) != []  # history, groups included, stays
    with pytest.raises(UnknownAccount):
        store.accounts.remove(removed)  # only once


def test_a_removed_accounts_name_can_be_used_again(store: Store, account: Account) -> None:
    store.accounts.remove(account)
    again = store.accounts.add("Shop", "wacloud")
    assert again.id != account.id and store.accounts.get("shop") == again
    with pytest.raises(ValidationError, match="already exists"):
        store.accounts.add("SHOP", "wablas")  # still unique among the accounts in use


def test_a_message_of_a_removed_account_is_not_sent_again(store: Store, account: Account) -> None:
    [row] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([row.id])
    store.accounts.remove(account)
    assert store.messages.get(row.id).status is DeliveryStatus.UNCERTAIN  # it may have arrived
    with pytest.raises(ValidationError, match="removed account 'shop'"):
        store.outbox.resolve_uncertain(row.id, send_again=True)
    assert store.outbox.resolve_uncertain(row.id, send_again=False).status is DeliveryStatus.SENT


def test_purge_deletes_the_account_with_its_history(store: Store, account: Account) -> None:
    store.groups.upsert_many(account.id, [Group("120363000000000001@g.us", "Team")])
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.outbox.create_campaign(account.id, "promo", "hi", "safe")
    store.accounts.remove(account, purge=True)
    with pytest.raises(ValidationError):
        store.accounts.get_by_id(account.id)
    assert store.groups.list() == []
    assert store.messages.by_ref("r1") is None
    assert store.events.for_message(message.id) == []
    assert store.outbox.campaigns() == []
