from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.support.store import FakeClock, text_message
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.domain.models import Account, Location, MediaRef, MessageKind, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import Outcome, StatusEventRow, Store, message_body, outgoing_from

TO = Recipient("6281234567890")

EVERY_KIND = [
    OutgoingMessage("k-text", TO, MessageKind.TEXT, text="Halo {name}, pesanan siap 🎉"),
    OutgoingMessage(
        "k-image-url",
        TO,
        MessageKind.IMAGE,
        media=MediaRef(url="https://cdn.test/a.jpg?x=1", mime="image/jpeg", size=2048),
        caption="look",
    ),
    OutgoingMessage("k-image-path", TO, MessageKind.IMAGE, media=MediaRef(path=Path("/tmp/pics/a b.png"))),
    OutgoingMessage("k-video", TO, MessageKind.VIDEO, media=MediaRef(path=Path("clips/v.mp4"), mime="video/mp4")),
    OutgoingMessage("k-audio", TO, MessageKind.AUDIO, media=MediaRef(url="https://cdn.test/v.ogg", size=0)),
    OutgoingMessage(
        "k-document",
        Recipient("120363000000000001@g.us", is_group=True),
        MessageKind.DOCUMENT,
        media=MediaRef(path=Path("/home/u/Invoice 2024.pdf"), mime="application/pdf", size=123456),
        caption="invoice",
    ),
    OutgoingMessage(
        "k-location", TO, MessageKind.LOCATION, location=Location(-6.914744, 107.609810, "Toko", "Jl. Braga 1")
    ),
    OutgoingMessage("k-location-bare", TO, MessageKind.LOCATION, location=Location(0.1, -0.2)),
    OutgoingMessage("k-contact", TO, MessageKind.CONTACT_CARD, extra={"contact": {"name": "Ani", "phone": "628111"}}),
    OutgoingMessage(
        "k-list",
        TO,
        MessageKind.LIST,
        text="choose",
        extra={"title": "Menu", "sections": [{"title": "A", "rows": [{"id": "1", "title": "One"}]}]},
    ),
    OutgoingMessage("k-buttons", TO, MessageKind.BUTTONS, text="ok?", extra={"buttons": ["Yes", "No"]}),
    OutgoingMessage("k-poll", TO, MessageKind.POLL, text="Q", extra={"options": ["a", "b"], "multiple": False}),
    OutgoingMessage("k-template", TO, MessageKind.TEMPLATE, extra={"name": "t1", "params": [1, 2.5, None]}),
    OutgoingMessage("k-link", TO, MessageKind.LINK, text="see https://x.test", extra={"preview": True}),
]


@pytest.mark.parametrize("message", EVERY_KIND, ids=lambda message: message.ref_id)
def test_every_kind_round_trips(store: Store, account: Account, message: OutgoingMessage) -> None:
    [stored] = store.messages.add_many(account.id, [message])
    assert outgoing_from(stored) == message
    loaded = store.messages.get(stored.id)
    assert loaded == stored
    assert outgoing_from(loaded) == message
    if message.media is not None and message.media.path is not None:
        media = outgoing_from(loaded).media
        assert media is not None and isinstance(media.path, Path)


def test_body_leaves_out_empty_parts() -> None:
    assert message_body(text_message("r", text="hi")) == {"text": "hi"}
    assert message_body(OutgoingMessage("r", TO, MessageKind.IMAGE, media=MediaRef(path=Path("a.png")))) == {
        "media": {"path": "a.png"}
    }


def test_extra_that_is_not_json_is_refused(store: Store, account: Account) -> None:
    message = OutgoingMessage("r", TO, extra={"when": datetime.now(UTC)})
    with pytest.raises(ValidationError, match="cannot be stored"):
        store.messages.add_many(account.id, [message])
    assert store.messages.list() == []


def test_add_many_fields_and_first_event(store: Store, account: Account, clock: FakeClock) -> None:
    at = datetime(2024, 6, 1, 17, 0, tzinfo=timezone(timedelta(hours=7)))
    stored = store.messages.add_many(
        account.id,
        [text_message("a"), text_message("b", to="6289999")],
        status=DeliveryStatus.SCHEDULED,
        scheduled_at=at,
        campaign_id=7,
    )
    assert [message.ref_id for message in stored] == ["a", "b"]
    assert stored[1].id == stored[0].id + 1
    first = stored[0]
    assert first.account_id == account.id
    assert first.status is DeliveryStatus.SCHEDULED
    assert first.attempt == 0
    assert first.provider_message_id is None and first.error is None
    assert first.campaign_id == 7
    assert first.scheduled_at == at and first.scheduled_at.tzinfo is UTC
    assert first.created_at == first.updated_at == clock.current
    assert store.messages.get(first.id) == first
    assert store.events.for_message(first.id) == [StatusEventRow(DeliveryStatus.SCHEDULED, clock.current, "wadesk", "")]


def test_add_many_is_all_or_nothing(store: Store, account: Account) -> None:
    store.messages.add_many(account.id, [text_message("taken")])
    with pytest.raises(ValidationError, match="a message with ref_id 'taken' already exists"):
        store.messages.add_many(account.id, [text_message("new-1"), text_message("taken")])
    with pytest.raises(ValidationError, match="'twice' appears more than once"):
        store.messages.add_many(account.id, [text_message("twice"), text_message("twice")])
    with pytest.raises(ValidationError, match="no account with id 999"):
        store.messages.add_many(999, [text_message("orphan")])
    assert [message.ref_id for message in store.messages.list()] == ["taken"]
    assert store.messages.add_many(account.id, []) == []


def test_add_many_ids_stores_as_add_many_keeping_only_the_ids(store: Store, account: Account) -> None:
    """A send of any size: the same rows and first events, one transaction across every chunk, ids in order."""
    at = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
    messages = [text_message(f"ids-{i}", to=f"62812{i:07d}") for i in range(2_500)]  # three chunks
    with pytest.raises(ValidationError, match="'ids-7' appears more than once"):  # in the last chunk: nothing stays
        store.messages.add_many_ids(account.id, [*messages, text_message("ids-7")])
    assert store.messages.list() == []

    ids = store.messages.add_many_ids(account.id, messages, status=DeliveryStatus.SCHEDULED, scheduled_at=at)

    assert [store.messages.get(i).ref_id for i in ids] == [m.ref_id for m in messages]
    row = store.messages.get(ids[-1])
    assert (row.status, row.scheduled_at, row.to, row.body) == (
        DeliveryStatus.SCHEDULED,
        at,
        messages[-1].to,
        {"text": "hello"},
    )
    assert [e.status for e in store.events.for_message(ids[0])] == [DeliveryStatus.SCHEDULED]
    assert store.messages.add_many_ids(account.id, []) == []


def test_naive_datetimes_are_refused(store: Store, account: Account) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.messages.add_many(account.id, [text_message("a")], scheduled_at=datetime(2024, 6, 1, 9, 0))


def test_ten_thousand_in_one_call(store: Store, account: Account) -> None:
    messages = [text_message(f"bulk-{i}", to=f"62812{i:07d}") for i in range(10_000)]
    stored = store.messages.add_many(account.id, messages)
    assert [message.ref_id for message in stored] == [message.ref_id for message in messages]
    assert store.messages.count_by_status()[DeliveryStatus.QUEUED] == 10_000
    assert store.messages.get(stored[-1].id) == stored[-1]
    assert store.messages.get(stored[5000].id).ref_id == "bulk-5000"


def test_lookups(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    assert store.messages.by_ref("r1") == message
    assert store.messages.by_ref("nope") is None
    with pytest.raises(ValidationError, match="no message with id 12345"):
        store.messages.get(12345)
    assert store.messages.by_provider_id(account.id, "p-1") is None
    store.messages.mark_sending([message.id])
    store.messages.record_outcomes([Outcome(message.id, DeliveryStatus.ACCEPTED, provider_message_id="p-1")])
    found = store.messages.by_provider_id(account.id, "p-1")
    assert found is not None and found.id == message.id
    assert store.messages.by_provider_id(account.id + 1, "p-1") is None


def test_list_filters_order_and_paging(store: Store, account: Account) -> None:
    other = store.accounts.add("other", "jsonwa", "", {})
    mine = store.messages.add_many(account.id, [text_message(f"m{i}") for i in range(5)])
    theirs = store.messages.add_many(other.id, [text_message(f"o{i}") for i in range(3)])
    store.messages.apply_update(mine[1].id, DeliveryStatus.CANCELLED, source="user")
    store.messages.apply_update(theirs[0].id, DeliveryStatus.CANCELLED, source="user")

    def refs(**kwargs: object) -> list[str]:
        return [message.ref_id for message in store.messages.list(**kwargs)]  # type: ignore[arg-type]

    assert refs() == ["o2", "o1", "o0", "m4", "m3", "m2", "m1", "m0"]
    assert refs(newest_first=False, limit=3) == ["m0", "m1", "m2"]
    assert refs(limit=2, offset=3) == ["m4", "m3"]
    assert refs(account_id=account.id, newest_first=False) == ["m0", "m1", "m2", "m3", "m4"]
    assert refs(statuses={DeliveryStatus.CANCELLED}) == ["o0", "m1"]
    assert refs(account_id=other.id, statuses=[DeliveryStatus.QUEUED, DeliveryStatus.CANCELLED]) == ["o2", "o1", "o0"]
    assert refs(statuses=[]) == []

    counts = store.messages.count_by_status()
    assert set(counts) == set(DeliveryStatus)
    assert counts[DeliveryStatus.QUEUED] == 6
    assert counts[DeliveryStatus.CANCELLED] == 2
    assert counts[DeliveryStatus.READ] == 0
    assert store.messages.count_by_status(other.id)[DeliveryStatus.QUEUED] == 2


def test_corrupt_body_is_reported(store: Store, account: Account) -> None:
    [message] = store.messages.add_many(account.id, [text_message("r1")])
    with store._db.transaction() as connection:
        connection.execute("UPDATE messages SET body_json = ? WHERE id = ?", (json.dumps({"media": 5}), message.id))
    with pytest.raises(WadeskError, match="unreadable body"):
        outgoing_from(store.messages.get(message.id))


def test_interactive_content_round_trips(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wadesk.domain.models import (
        Button,
        ButtonsContent,
        ContactCard,
        LinkContent,
        ListContent,
        ListRow,
        MessageKind,
        OutgoingMessage,
        PollContent,
        Recipient,
        TemplateContent,
    )
    from wadesk.store import open_store, outgoing_from

    contents = [
        (MessageKind.CONTACT_CARD, ContactCard("Budi", "6281234567890")),
        (MessageKind.LIST, ListContent("Menu", "Pilih", "Buka", (ListRow("1", "promo"), ListRow("2")), "footer")),
        (MessageKind.BUTTONS, ButtonsContent("Halo", (Button("Ya"), Button("Tidak")), "f")),
        (MessageKind.POLL, PollContent("Kapan?", ("Senin", "Selasa"), True)),
        (MessageKind.TEMPLATE, TemplateContent("tpl-1", {"name": "Budi"}, "t", (Button("Web", "url", "https://x"),))),
        (MessageKind.LINK, LinkContent("https://wadesk.example", "lihat")),
    ]
    with open_store(tmp_path) as store:
        account = store.accounts.add("shop", "wablas", "https://x", {})
        messages = [
            OutgoingMessage(ref_id=f"r{i}", to=Recipient("6281234567890"), kind=kind, content=content)
            for i, (kind, content) in enumerate(contents)
        ]
        rows = store.messages.add_many(account.id, messages)
        assert [outgoing_from(store.messages.get(r.id)) for r in rows] == messages


def test_an_echoed_secret_never_reaches_the_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wadesk.domain.models import OutgoingMessage, Recipient
    from wadesk.domain.redaction import register_secret
    from wadesk.domain.status import DeliveryStatus
    from wadesk.store import Outcome, open_store

    register_secret("leaked-key-7788")
    with open_store(tmp_path) as store:
        account = store.accounts.add("shop", "wablas", "https://x", {})
        [row] = store.messages.add_many(account.id, [OutgoingMessage(ref_id="r", to=Recipient("6281234567890"))])
        store.messages.mark_sending([row.id])
        store.messages.record_outcomes([Outcome(row.id, DeliveryStatus.FAILED, error="bad key leaked-key-7788")])
        assert "leaked-key-7788" not in (store.messages.get(row.id).error or "")
    for path in tmp_path.iterdir():
        assert b"leaked-key-7788" not in path.read_bytes()
