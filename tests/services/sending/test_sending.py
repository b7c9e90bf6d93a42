"""The sending service against the simulator over loopback, a real SQLite file and a clock the test moves.

A request becomes a plan (messages, problems with their rows, skips, the devices' shares, when it finishes),
and nothing is stored until the plan is committed; the estimate is the dispatcher's own pacing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from tests.support.clocks import GatewayTime
from wadesk.app import App, open_app
from wadesk.domain import DeliveryStatus
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact, LinkContent, MessageKind, StoredMessage
from wadesk.providers.base import validate_message
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.campaigns import personalise, targets_from_table
from wadesk.services.clock import ManualClock
from wadesk.services.compose import Draft
from wadesk.services.events import CampaignsChanged, MessagesChanged
from wadesk.services.outbox import Outbox
from wadesk.services.recipients_csv import RecipientTable, read_recipients
from wadesk.services.sending import (
    Draw,
    HeldBy,
    Plan,
    ProblemKind,
    SendingService,
    SendRequest,
)
from wadesk.services.sending.estimate import LONGEST, TYPICAL
from wadesk.simulator.server import SimulatorServer

T = TypeVar("T")
START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta; wadesk and the gateway both read this clock
TEXT = Draft(MessageKind.TEXT, text="Halo {name}, promo minggu ini")
PLAIN = Draft(MessageKind.TEXT, text="Halo, promo minggu ini")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas", "chatbot", "jsonwa"], clock=GatewayTime(clock), step_seconds=60) as server:
        server.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # pair the simulated phone
        yield server


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer, clock: ManualClock) -> AsyncIterator[App]:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    app.outbox.clock = clock
    for provider in ("wablas", "chatbot", "jsonwa"):
        await app.accounts.add(
            provider, provider, base_url=sim.base_url(provider), settings=sim.settings(provider),
            secrets=sim.credentials(provider),
        )  # fmt: skip
    try:
        yield app
    finally:
        await app.aclose()


def service(app: App, outbox: Outbox | None = None) -> SendingService:
    return SendingService(app.store, app.accounts, outbox or app.outbox, events=app.events)


def table(tmp_path: Path, text: str, name: str = "list.csv") -> RecipientTable:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_recipients(path, "ID")


def request(app: App, *devices: str, draft: Draft = TEXT, **given: object) -> SendRequest:
    accounts = [app.accounts.get(name) for name in devices or ("wablas",)]
    return SendRequest(draft, accounts, **given)  # type: ignore[arg-type]


async def drive(clock: ManualClock, work: Coroutine[object, object, T]) -> T:
    """Run ``work``, which waits on the network (really) and on the clock (jumped over at once)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        await asyncio.wait([task], timeout=0.05)
        wakeup = clock.next_wakeup
        if not task.done() and wakeup is not None:
            clock.set(wakeup)
    return task.result()


def people(count: int, first: int = 1) -> str:
    return "phone,name\n" + "".join(f"0812777700{i:02d},Kak {i}\n" for i in range(first, first + count))


# -- the plan: messages, problems, skips ------------------------------------------------------------------


async def test_the_plan_renders_one_message_per_recipient_from_every_source(app: App, tmp_path: Path) -> None:
    app.store.contacts.upsert_many([Contact("6281234567001", "Siti"), Contact("6281234567002", "Budi")])
    budi = app.store.contacts.get("6281234567002")
    assert budi is not None
    plan = await service(app).plan(
        request(
            app,
            numbers=["0812-3456-7001"],
            contacts=[budi],
            tables=[table(tmp_path, people(2))],
            pace="none",
        )
    )
    assert plan.ok, plan.error()
    assert [(m.to, m.text, m.row, m.table) for m in plan.messages] == [
        ("6281234567001", "Halo Siti, promo minggu ini", None, None),
        ("6281234567002", "Halo Budi, promo minggu ini", None, None),
        ("6281277770001", "Halo Kak 1, promo minggu ini", 2, 0),
        ("6281277770002", "Halo Kak 2, promo minggu ini", 3, 0),
    ]
    assert plan.is_campaign and plan.campaign_name == "text to 4 recipients"
    assert app.store.messages.list() == [] and app.store.outbox.campaigns() == []  # planning stores nothing


async def test_every_problem_is_found_with_its_row_or_recipient(app: App, tmp_path: Path) -> None:
    app.store.contacts.upsert_many([Contact("6281234567001", "Siti")])
    long = "x" * 1100  # Wablas takes at most 1,024 characters
    rows = table(tmp_path, f"phone,name\n081277770001,Ani\n12-34,Rusak\n081277770003,{long}\n,Kosong\n")
    plan = await service(app).plan(
        request(app, numbers=["0812-3456-7001", "bukan nomor"], tables=[rows], at=START - timedelta(hours=1))
    )
    assert not plan.ok
    found = {(p.kind, p.row, p.recipient) for p in plan.problems}
    assert found == {
        (ProblemKind.RECIPIENT, None, "bukan nomor"),
        (ProblemKind.ROW, 3, None),
        (ProblemKind.ROW, 5, None),
        (ProblemKind.MESSAGE, 4, "6281277770003"),
        (ProblemKind.TIME_PASSED, None, None),
    }
    [too_long] = [p for p in plan.problems if p.kind is ProblemKind.MESSAGE]
    assert too_long.line == "row 4: the text is 1,123 characters; Wablas allows at most 1,024"
    # the messages that can go are still planned, for the preview
    assert [m.to for m in plan.messages] == ["6281234567001", "6281277770001"]
    lines = plan.error().splitlines()
    assert lines[0] == "'bukan nomor' is not a phone number"
    assert lines[1].startswith("2 row(s) of the recipient file cannot be used")
    assert lines[4] == too_long.line and "has already passed" in lines[5]
    with pytest.raises(ValidationError):
        await service(app).commit(plan)
    assert app.store.messages.list() == [] and app.store.outbox.campaigns() == []


async def test_a_single_kind_of_problem_reads_as_it_always_has(app: App, tmp_path: Path) -> None:
    broken = table(tmp_path, "phone,name\n081277770001,A\n12-34,B\n,C\n")
    with pytest.raises(ValidationError) as before:
        targets_from_table(broken)
    plan = await service(app).plan(request(app, tables=[broken]))
    assert plan.error() == str(before.value)

    long = table(tmp_path, f"phone,name\n081277770001,{'x' * 1100}\n081277770002,{'y' * 1200}\n", "long.csv")
    with pytest.raises(ValidationError) as before:
        personalise(app.accounts.info(app.accounts.get("wablas")), TEXT, targets_from_table(long))
    plan = await service(app).plan(request(app, tables=[long]))
    assert plan.error() == str(before.value)

    link = Draft(MessageKind.LINK, text="Lihat", content=LinkContent("https://example.com/promo", "Lihat"))
    plan = await service(app).plan(request(app, "wablas", "chatbot", draft=link, tables=[table(tmp_path, people(4))]))
    chatbot = app.accounts.get("chatbot")
    with pytest.raises(ValidationError) as before:
        validate_message(app.accounts.info(chatbot), plan.shares[1].messages[0])
    assert plan.error() == str(before.value)  # the device whose turn it is cannot send links: said once
    assert {p.row for p in plan.problems} == {3, 5} and {p.device for p in plan.problems} == {"chatbot"}


async def test_recipients_given_twice_and_contacts_not_on_whatsapp_are_skipped(app: App, tmp_path: Path) -> None:
    gone = Contact("6281234567009", "Lama", on_whatsapp=False)
    plan = await service(app).plan(
        request(
            app,
            numbers=["081277770002", "+62 812 7777 0002"],
            contacts=[gone],
            tables=[table(tmp_path, people(2)), table(tmp_path, people(2, 2), "more.csv")],
            draft=PLAIN,
        )
    )
    assert plan.ok, plan.error()
    assert [m.to for m in plan.messages] == ["6281277770002", "6281277770001", "6281277770003"]
    assert [(s.recipient, s.reason, s.row, s.table) for s in plan.skipped] == [
        ("6281277770002", "already a recipient", None, None),
        ("6281234567009", "not on WhatsApp (a number check said so)", None, None),
        ("6281277770002", "already a recipient", 3, 0),
        ("6281277770002", "already a recipient", 2, 1),
    ]


async def test_local_groups_are_an_extension_point(app: App) -> None:
    plan = await service(app).plan(request(app, tags=["pelanggan"]))
    assert [(p.kind, p.recipient) for p in plan.problems] == [(ProblemKind.RECIPIENT, "pelanggan")]

    class Tags:
        def members(self, tag: str) -> Sequence[Contact]:
            return [Contact("6281277770001", "Ani")] if tag == "pelanggan" else []

    tagged = SendingService(app.store, app.accounts, app.outbox, local_groups=Tags())
    plan = await tagged.plan(request(app, tags=["pelanggan"]))
    assert plan.ok and [m.text for m in plan.messages] == ["Halo Ani, promo minggu ini"]
    empty = await tagged.plan(request(app, tags=["kosong"]))
    assert [p.kind for p in empty.problems] == [ProblemKind.RECIPIENT]


async def test_nothing_to_send_and_a_gateway_wish_without_a_time_are_problems(app: App) -> None:
    plan = await service(app).plan(request(app, on_gateway=True, pace="fast-ish"))
    assert {p.kind for p in plan.problems} == {
        ProblemKind.NO_RECIPIENT,
        ProblemKind.GATEWAY_NEEDS_TIME,
        ProblemKind.PACE,
    }
    later = START + timedelta(hours=2)
    plan = await service(app).plan(
        request(app, "chatbot", draft=PLAIN, numbers=["081277770001"], at=later, on_gateway=True)
    )
    [problem] = plan.problems
    assert problem.kind is ProblemKind.NO_GATEWAY_SCHEDULER and problem.device == "chatbot"


# -- the devices' shares, and where each is held ------------------------------------------------------------


async def test_devices_take_their_turn_and_each_share_says_where_it_is_held(app: App, tmp_path: Path) -> None:
    later = START + timedelta(hours=2)
    plan = await service(app).plan(
        request(app, "wablas", "jsonwa", tables=[table(tmp_path, people(5))], at=later, pace="none")
    )
    assert plan.ok, plan.error()
    assert [m.device for m in plan.messages] == ["wablas", "jsonwa", "wablas", "jsonwa", "wablas"]
    wablas, jsonwa = plan.shares
    assert [m.to.address for m in wablas.messages] == ["6281277770001", "6281277770003", "6281277770005"]
    assert (wablas.held_by, jsonwa.held_by) == (HeldBy.GATEWAY, HeldBy.WADESK)  # jsonwa cannot cancel its own
    asked = await service(app).plan(
        request(app, "jsonwa", draft=PLAIN, numbers=["081277770001"], at=later, on_gateway=True, pace="none")
    )
    assert asked.shares[0].held_by is HeldBy.GATEWAY


# -- the estimate is the dispatcher's pacing --------------------------------------------------------------


@pytest.mark.parametrize("point", [TYPICAL, LONGEST])
async def test_the_finish_estimate_is_when_the_dispatcher_sends_the_last_message(
    app: App, clock: ManualClock, tmp_path: Path, point: float
) -> None:
    pace = "min=40,max=80,rest_every=3,rest=300-500,tz=Asia/Jakarta"
    outbox = Outbox(app.store, app.accounts, clock=clock, rng=Draw(point))
    sending = service(app, outbox)
    plan = await sending.plan(request(app, "chatbot", tables=[table(tmp_path, people(7))], pace=pace))
    assert plan.ok, plan.error()
    [share] = plan.shares
    assert share.estimate is not None and share.estimate.start == START
    # typical: 60 s between messages, a 400 s rest after every third; longest: 80 s and 500 s
    gap, rest = (60, 400) if point == TYPICAL else (80, 500)
    expected = START + timedelta(seconds=4 * gap + 2 * rest)
    assert (plan.finish if point == TYPICAL else plan.latest) == expected

    sent_at: list[datetime] = []

    def progress(row: StoredMessage) -> None:
        sent_at.append(clock.now())

    outcome = await drive(clock, sending.commit(plan, on_progress=progress))
    assert {r.status for r in outcome.rows} == {DeliveryStatus.ACCEPTED}
    assert sent_at[0] == START and sent_at[-1] == expected and len(sent_at) == 7


async def test_a_campaign_without_a_delay_goes_at_once(app: App, tmp_path: Path) -> None:
    plan = await service(app).plan(request(app, tables=[table(tmp_path, people(3))], pace="none"))
    assert plan.finish == plan.latest == START


@pytest.mark.parametrize("point", [TYPICAL, LONGEST])
async def test_a_campaign_held_by_the_gateway_gets_the_estimated_times(
    app: App, clock: ManualClock, tmp_path: Path, point: float
) -> None:
    at = START + timedelta(days=1)
    outbox = Outbox(app.store, app.accounts, clock=clock, rng=Draw(point))
    sending = service(app, outbox)
    plan = await sending.plan(request(app, tables=[table(tmp_path, people(3))], at=at, pace="min=30,max=60"))
    [share] = plan.shares
    assert share.held_by is HeldBy.GATEWAY and share.estimate is not None
    outcome = await sending.commit(plan)
    times = sorted(r.scheduled_at for r in outcome.rows if r.scheduled_at)
    assert times[0] == share.estimate.start == at
    assert times[-1] == (share.estimate.finish if point == TYPICAL else share.estimate.latest)


# -- committing ------------------------------------------------------------------------------------------------


async def test_commit_sends_a_campaign_now_and_says_it_was_created(app: App, clock: ManualClock) -> None:
    changed: list[CampaignsChanged] = []
    app.events.subscribe(changed.append, CampaignsChanged)
    sending = service(app)
    plan = await sending.plan(
        request(
            app, "wablas", "chatbot", draft=PLAIN, numbers=["081277770001", "081277770002", "081277770003"], pace="none"
        )
    )
    stored: list[int | None] = []
    outcome = await drive(clock, sending.commit(plan, on_stored=stored.append))
    [campaign] = app.store.outbox.campaigns()
    assert stored == [campaign.id] == [outcome.campaign_id]
    assert changed == [CampaignsChanged(frozenset({campaign.id}))] * 2  # created, then finished (once)
    assert campaign.name == "text to 3 recipients" and campaign.pace == plan.pace.spec()  # type: ignore[union-attr]
    assert [(r.to.address, r.status) for r in outcome.rows] == [
        ("6281277770001", DeliveryStatus.ACCEPTED),  # in the order stored: the first device's share first
        ("6281277770003", DeliveryStatus.ACCEPTED),
        ("6281277770002", DeliveryStatus.ACCEPTED),
    ]
    assert [len(s.rows) for s in outcome.shares] == [2, 1]
    with pytest.raises(ValidationError, match="sent already"):
        await sending.commit(plan)  # never twice
    assert len(app.store.messages.list()) == 3


async def test_commit_schedules_in_wadesk_or_on_the_gateway(app: App, sim: SimulatorServer) -> None:
    at = START + timedelta(hours=3)
    sending = service(app)
    plan: Plan = await sending.plan(
        request(app, "wablas", "jsonwa", draft=PLAIN, numbers=["081277770001", "081277770002"], at=at)
    )
    outcome = await sending.commit(plan)
    on_wablas, in_wadesk = outcome.shares
    [held] = on_wablas.with_status(DeliveryStatus.SCHEDULED)
    assert held.hold == "gateway" and held.remote_schedule_id in sim.state.wablas.schedules
    [local] = in_wadesk.rows
    assert local.status is DeliveryStatus.SCHEDULED and local.hold is None and local.scheduled_at == at
    assert sim.state.delivered("jsonwa") == []


async def test_a_plan_whose_time_passed_meanwhile_is_not_committed(app: App, clock: ManualClock) -> None:
    sending = service(app)
    plan = await sending.plan(request(app, draft=PLAIN, numbers=["081277770001"], at=START + timedelta(minutes=5)))
    assert plan.ok
    clock.advance(600)  # the preview stayed open
    with pytest.raises(ValidationError, match="has already passed"):
        await sending.commit(plan)
    assert app.store.messages.list() == []


# -- at scale: nothing kept twice -------------------------------------------------------------------------


async def test_a_plan_keeps_its_messages_not_the_recipient_file(app: App, tmp_path: Path) -> None:
    """The file's rows become the messages (with their row numbers); the plan keeps no second copy of them."""
    asked = request(app, tables=[table(tmp_path, people(3))])

    plan = await service(app).plan(asked)

    assert plan.ok and asked.tables and plan.request.tables == ()
    assert plan.request.draft == asked.draft and plan.request.accounts == asked.accounts
    assert [(m.to, m.row, m.table, m.device) for m in plan.messages] == [
        (f"62812777700{i:02d}", i + 1, 0, "wablas") for i in range(1, 4)
    ]
    first, second = (m.message for m in plan.messages[:2])
    assert first.extra == {} and first.extra is second.extra  # one empty mapping for all, not a dict each


async def test_a_schedule_held_by_wadesk_keeps_the_ids_and_reads_each_row_when_used(app: App) -> None:
    """All or nothing as before; the outcome reads the stored rows from the store, never holding them all."""
    at = START + timedelta(hours=3)
    sending = service(app)
    plan = await sending.plan(request(app, "chatbot", draft=PLAIN, numbers=["081277770001", "081277770002"], at=at))
    seen: list[object] = []
    app.events.subscribe(seen.append)

    outcome = await sending.commit(plan)

    [share] = outcome.shares
    stored = app.store.messages.list(newest_first=False)
    assert list(share.rows) == stored and len(share.rows) == 2 and share.rows[-1] == stored[-1]
    assert share.rows[:1] == stored[:1]
    assert [(r.to.address, r.status, r.scheduled_at) for r in stored] == [
        ("6281277770001", DeliveryStatus.SCHEDULED, at),
        ("6281277770002", DeliveryStatus.SCHEDULED, at),
    ]
    assert MessagesChanged.of([r.id for r in stored], [outcome.campaign_id], [stored[0].account_id]) in seen
    app.store.messages.apply_update(stored[0].id, DeliveryStatus.CANCELLED, note="cancelled on request")
    assert share.rows[0].status is DeliveryStatus.CANCELLED  # read when used, not a copy made at the commit
