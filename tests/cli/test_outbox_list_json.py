"""``outbox list --json``: one JSON object a line, byte for byte as ``emit`` writes each message, and nothing of
the sending machinery loaded to list."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.test_lazy_imports import loaded, run_wadesk
from tests.support.cli import Cli
from tests.support.store import FakeClock
from wadesk.domain.models import MediaRef, MessageKind, OutgoingMessage, Recipient, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.text import escape_controls_in_json
from wadesk.store import open_store
from wadesk.store.messages import Outcome

TEXTS = [
    'Halo "Budi" \\ pesanan #1',
    "baris satu\nbaris dua\tdengan tab",
    "Élodie 👋 日本",
    "DEL \x7f and C1 \x85\x9b inside",  # escaped as \u007f, \u0085, \u009b
    "",  # neither text nor caption: null
]


def seed(home: Path) -> list[StoredMessage]:
    """Messages with every field filled in some and empty in others; times with and without a fraction."""
    clock = FakeClock()  # 2024-05-01 09:00:00.000000: isoformat() leaves the fraction out
    with open_store(home, now=clock) as store:
        account = store.accounts.add("shop", "wablas", "https://wablas.com/api")
        plain = store.messages.add_many(
            account.id, [OutgoingMessage(f"t{n}", Recipient(f"62811000000{n}"), text=t) for n, t in enumerate(TEXTS)]
        )
        clock.advance(0.25)
        image = OutgoingMessage(
            "img",
            Recipient("120363000000000001@g.us", is_group=True),
            kind=MessageKind.IMAGE,
            media=MediaRef(url="https://example.com/a.jpg"),
            caption="Katalog baru",
        )
        store.messages.add_many(account.id, [image])
        campaign = store.outbox.create_campaign(account.id, "Promo", "Halo", "none")
        later = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
        store.messages.add_many(
            account.id,
            [OutgoingMessage(f"s{n}", Recipient(f"62812000000{n}"), text="Jadwal") for n in range(2)],
            status=DeliveryStatus.SCHEDULED,
            scheduled_at=[later, later + timedelta(microseconds=123_456)],
            campaign_id=campaign,
            hold="gateway",
        )
        clock.advance(1.5)
        store.messages.mark_sending([plain[0].id, plain[1].id])
        store.messages.record_outcomes(
            [
                Outcome(plain[0].id, DeliveryStatus.ACCEPTED, "wa-\u00e9-1"),
                Outcome(plain[1].id, DeliveryStatus.FAILED, error="nomor tidak terdaftar \u2014 \x85"),
            ]
        )
        return store.messages.list(newest_first=False)


def emitted(row: StoredMessage) -> str:
    """The line ``outbox list --json`` has always written for ``row``: ``emit`` of this object."""
    obj = {
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "to": row.to.address,
        "status": row.status.value,
        "updated_at": row.updated_at.isoformat(),
        "error": row.error,
        "campaign_id": row.campaign_id,
        "hold": row.hold,
        "scheduled_at": row.scheduled_at.isoformat() if row.scheduled_at else None,
        "text": row.body.get("text") or row.body.get("caption"),
    }
    return escape_controls_in_json(json.dumps(obj, ensure_ascii=False, default=str)) + "\n"


def test_each_message_is_written_byte_for_byte_as_before(cli: Cli) -> None:
    stored = seed(cli.home)

    done = cli.run("outbox", "list", "--all", "--json")

    assert done.returncode == 0, done.stderr
    assert done.stdout == "".join(emitted(row) for row in stored)
    lines = done.stdout.splitlines()
    assert '"updated_at": "2024-05-01T09:00:00+00:00"' in lines[2]  # a whole second: no fraction
    assert '"updated_at": "2024-05-01T09:00:01.750000+00:00"' in lines[0]
    assert '"scheduled_at": "2030-01-02T03:04:05.123456+00:00"' in lines[-1]
    assert "\\u007f" in lines[3] and "\\u0085" in lines[3] and "\\u009b" in lines[3]
    assert json.loads(lines[4])["text"] is None and json.loads(lines[5])["text"] == "Katalog baru"
    unsettled = cli.run("outbox", "list", "--json")
    assert unsettled.stdout == "".join(emitted(row) for row in stored if row.status is not DeliveryStatus.ACCEPTED)


@pytest.mark.slow
def test_listing_the_outbox_loads_nothing_that_sends(cli: Cli, tmp_path: Path) -> None:
    """The HTTP clients and the dispatcher are most of a command's start-up: a listing never needs them."""
    seed(cli.home)

    code, modules, out = run_wadesk(cli, tmp_path, "outbox", "list", "--all", "--json")

    assert code == 0 and len(out.splitlines()) == len(TEXTS) + 3
    for package in ("aiohttp", "httpx", "wadesk.services.outbox", "wadesk.services.poller", "wadesk.providers.http"):
        assert loaded(modules, package) == [], package
