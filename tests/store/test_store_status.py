from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from tests.support.store import FakeClock, text_message
from wadesk.domain.models import Account
from wadesk.domain.status import DeliveryStatus
from wadesk.store import Outcome, StatusEventRow, Store, open_store

S = DeliveryStatus


def _statuses(store: Store, message_id: int) -> list[DeliveryStatus]:
    return [event.status for event in store.events.for_message(message_id)]


def test_mark_sending_counts_attempts(store: Store, account: Account, clock: FakeClock) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    clock.advance(5)
    assert store.messages.mark_sending([message.id]) == [message.id]
    sending = store.messages.get(message.id)
    assert sending.status is S.SENDING
    assert sending.attempt == 1
    assert sending.updated_at == clock.current
    assert sending.created_at < sending.updated_at
    # a retry of what certainly did not reach the provider goes back to queued, then sends again
    store.messages.record_outcomes([Outcome(message.id, S.QUEUED, error="connection refused")])
    assert store.messages.get(message.id).error == "connection refused"
    assert store.messages.mark_sending([message.id]) == [message.id]
    assert store.messages.get(message.id).attempt == 2
    assert store.events.for_message(message.id)[-1].note == "attempt 2"
    assert _statuses(store, message.id) == [S.QUEUED, S.SENDING, S.QUEUED, S.SENDING]


def test_mark_sending_skips_what_can_no_longer_be_sent(store: Store, account: Account) -> None:
    a, b, c = store.messages.add_many(account.id, [text_message("a"), text_message("b"), text_message("c")])
    store.messages.apply_update(b.id, S.CANCELLED, source="user")
    assert store.messages.mark_sending([a.id, b.id, c.id, 999]) == [a.id, c.id]
    assert store.messages.mark_sending([a.id]) == []  # already sending
    assert store.messages.get(a.id).attempt == 1
    assert store.messages.get(b.id).status is S.CANCELLED
    assert store.messages.get(b.id).attempt == 0


def test_mark_sending_is_committed_when_it_returns(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([message.id])
    with open_store(store.path.parent) as second:  # another connection sees it at once
        assert second.messages.get(message.id).status is S.SENDING
        assert [stuck.id for stuck in second.messages.stuck_sending()] == [message.id]


def test_outcomes(store: Store, account: Account) -> None:
    a, b, c = store.messages.add_many(account.id, [text_message("a"), text_message("b"), text_message("c")])
    store.messages.mark_sending([a.id, b.id, c.id])
    applied = store.messages.record_outcomes(
        [
            Outcome(a.id, S.ACCEPTED, provider_message_id="pa"),
            Outcome(b.id, S.FAILED, error="invalid number"),
            Outcome(c.id, S.UNCERTAIN, error="timeout after sending"),
        ]
    )
    assert applied == 3
    got_a, got_b, got_c = (store.messages.get(m.id) for m in (a, b, c))
    assert (got_a.status, got_a.provider_message_id, got_a.error) == (S.ACCEPTED, "pa", None)
    assert (got_b.status, got_b.error) == (S.FAILED, "invalid number")
    assert (got_c.status, got_c.error) == (S.UNCERTAIN, "timeout after sending")
    assert store.events.for_message(b.id)[-1] == StatusEventRow(S.FAILED, got_b.updated_at, "wadesk", "invalid number")
    assert store.messages.stuck_sending() == []


def test_outcome_after_a_faster_callback_keeps_the_status_but_takes_the_id(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([message.id])
    assert store.messages.apply_update(message.id, S.DELIVERED, source="callback")
    assert store.messages.record_outcomes([Outcome(message.id, S.ACCEPTED, provider_message_id="p1")]) == 0
    got = store.messages.get(message.id)
    assert (got.status, got.provider_message_id) == (S.DELIVERED, "p1")


def test_updates_only_move_forward(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([message.id])
    store.messages.record_outcomes([Outcome(message.id, S.ACCEPTED, provider_message_id="p1")])
    read_at = datetime(2024, 5, 1, 9, 5, tzinfo=UTC)
    assert store.messages.apply_update(message.id, S.READ, at=read_at, note="read by recipient")
    assert not store.messages.apply_update(message.id, S.SENT)  # late
    assert not store.messages.apply_update(message.id, S.DELIVERED)  # late
    assert not store.messages.apply_update(message.id, S.FAILED, note="too late to fail")
    got = store.messages.get(message.id)
    assert got.status is S.READ
    assert got.error is None
    assert _statuses(store, message.id) == [S.QUEUED, S.SENDING, S.ACCEPTED, S.READ]
    event = store.events.for_message(message.id)[-1]
    assert (event.at, event.source, event.note) == (read_at, "provider", "read by recipient")


def test_failed_is_terminal(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([message.id])
    store.messages.record_outcomes([Outcome(message.id, S.ACCEPTED, provider_message_id="p1")])
    assert store.messages.apply_update(message.id, S.FAILED, note="number not on WhatsApp")
    for later in (S.SENT, S.DELIVERED, S.READ, S.QUEUED, S.CANCELLED):
        assert not store.messages.apply_update(message.id, later)
    got = store.messages.get(message.id)
    assert (got.status, got.error) == (S.FAILED, "number not on WhatsApp")
    assert store.messages.mark_sending([message.id]) == []


def test_apply_update_records_the_provider_id_and_ignores_unknown_ids(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    store.messages.mark_sending([message.id])
    assert store.messages.apply_update(message.id, S.SENT, provider_message_id="p9", source="poll")
    assert store.messages.get(message.id).provider_message_id == "p9"
    assert not store.messages.apply_update(424242, S.SENT)


def test_apply_updates_in_one_batch(store: Store, account: Account) -> None:
    messages = store.messages.add_many(account.id, [text_message(f"r{i}") for i in range(3)])
    ids = [message.id for message in messages]
    store.messages.mark_sending(ids)
    store.messages.record_outcomes([Outcome(i, S.ACCEPTED, provider_message_id=f"p{i}") for i in ids])
    applied = store.messages.apply_updates(
        [
            (ids[0], S.SENT, None, ""),
            (ids[0], S.DELIVERED, None, ""),
            (ids[1], S.READ, None, ""),
            (ids[1], S.SENT, None, "late"),  # ignored
            (ids[2], S.FAILED, None, "blocked"),
            (999, S.SENT, None, ""),  # unknown
        ],
        source="poll",
    )
    assert applied == 4
    assert [store.messages.get(i).status for i in ids] == [S.DELIVERED, S.READ, S.FAILED]
    assert store.messages.get(ids[2]).error == "blocked"
    assert {event.source for event in store.events.for_message(ids[1])[-1:]} == {"poll"}


def test_in_flight_and_stuck(store: Store, account: Account) -> None:
    other = store.accounts.add("other", "wacloud", "", {})
    a, b, c, d, e = store.messages.add_many(account.id, [text_message(f"r{i}") for i in range(5)])
    [x] = store.messages.add_many(other.id, [text_message("x")])
    store.messages.mark_sending([a.id, b.id, c.id, d.id, x.id])
    store.messages.record_outcomes(
        [
            Outcome(a.id, S.ACCEPTED, provider_message_id="pa"),
            Outcome(b.id, S.ACCEPTED, provider_message_id="pb"),
            Outcome(c.id, S.ACCEPTED, provider_message_id="pc"),
            Outcome(x.id, S.ACCEPTED, provider_message_id="px"),
        ]
    )
    store.messages.apply_update(b.id, S.DELIVERED)
    store.messages.apply_update(c.id, S.READ)
    assert [m.id for m in store.messages.in_flight(account.id)] == [a.id, b.id]
    assert [m.id for m in store.messages.in_flight(other.id)] == [x.id]
    assert [m.id for m in store.messages.stuck_sending()] == [d.id]
    assert [m.id for m in store.messages.stuck_sending(other.id)] == []
    assert store.messages.get(e.id).status is S.QUEUED


async def test_usable_from_executor_threads(store: Store, account: Account) -> None:
    loop = asyncio.get_running_loop()

    def add(batch: int) -> int:
        messages = [text_message(f"t{batch}-{i}") for i in range(200)]
        return len(store.messages.add_many(account.id, messages))

    counts = await asyncio.gather(*(loop.run_in_executor(None, add, batch) for batch in range(8)))
    assert sum(counts) == 1600
    assert store.messages.count_by_status()[S.QUEUED] == 1600
    every = store.messages.list()
    assert len({message.id for message in every}) == 1600
    assert all(_statuses(store, message.id) == [S.QUEUED] for message in every[:50])
