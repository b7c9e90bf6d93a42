"""Scheduling through the command line, in-process: the simulator and the outbox on clocks the test moves.

``wadesk send --at`` and ``wadesk schedule`` are run through the CLI's own
parser and commands against an app whose outbox runs on a ``ManualClock`` and a
simulator on the simulator's ``ManualClock``, both starting at the same instant,
so every date here follows from that clock and never from the calendar.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from wadesk.app import App, open_app
from wadesk.cli import COMMANDS, build_parser
from wadesk.domain import DeliveryStatus, OutgoingMessage, Recipient
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.pacing import local_zone
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator.server import SimulatorServer
from wadesk.store.lock import SenderLock

JAKARTA = ZoneInfo("Asia/Jakarta")
PHONE = "6281234567891"
TEXT = "Pengingat: besok jam 10"


@dataclass
class Done:
    code: int
    out: str
    err: str

    def lines(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@dataclass
class World:
    app: App
    sim: SimulatorServer
    clock: ManualClock
    capsys: pytest.CaptureFixture[str]

    async def wadesk(self, *argv: str) -> Done:
        """One command as ``wadesk`` runs it: exit 2 for invalid input, 1 for a gateway failure."""
        self.capsys.readouterr()
        try:
            args = build_parser().parse_args(list(argv))
            code = await COMMANDS[args.command](self.app, args)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        except ValidationError as exc:
            sys.stderr.write(f"wadesk: {exc}\n")
            code = 2
        except WadeskError as exc:
            sys.stderr.write(f"wadesk: {exc}\n")
            code = 1
        captured = self.capsys.readouterr()
        return Done(code, captured.out, captured.err)

    def at(self, minutes: float) -> str:
        """``--at`` text for ``minutes`` from now on the clock, in Jakarta time."""
        return (self.clock.now() + timedelta(minutes=minutes)).astimezone(JAKARTA).strftime("%Y-%m-%d %H:%M")

    def when(self, minutes: float) -> datetime:
        moment = self.clock.now() + timedelta(minutes=minutes)
        return moment.replace(second=0, microsecond=0)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        sim_clock = self.sim.state.clock
        assert isinstance(sim_clock, SimClock)
        sim_clock.advance(seconds)

    def delivered(self, provider: str, phone: str = PHONE) -> list[tuple[str, str]]:
        return self.sim.state.delivered(provider, phone)


@pytest.fixture
def computer_in_jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is Asia/Jakarta (read from ``TZ`` by ``local_zone``)."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    local_zone.cache_clear()
    yield
    local_zone.cache_clear()


@pytest.fixture
async def world(tmp_path: Path, capsys: pytest.CaptureFixture[str], computer_in_jakarta: None) -> AsyncIterator[World]:
    clock = ManualClock()
    async with SimulatorServer(
        ["wablas", "jsonwa", "chatbot"], clock=SimClock(clock.now().timestamp()), step_seconds=1
    ) as sim:
        app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
        app.outbox.clock = clock
        for provider in ("wablas", "jsonwa", "chatbot"):
            await app.accounts.add(
                provider,
                provider,
                base_url=sim.base_url(provider),
                settings=sim.settings(provider),
                secrets=sim.credentials(provider),
            )
        try:
            yield World(app, sim, clock, capsys)
        finally:
            await app.aclose()


def only_row(world: World) -> int:
    [row] = world.app.store.messages.list()
    return row.id


# -- 3. an unreadable answer is "uncertain", never a second, local send ------------------------------


async def test_unreadable_answer_to_a_gateway_schedule_is_uncertain_not_sent_again(world: World) -> None:
    world.sim.state.faults = "malformed_rate=1"  # the gateway takes the schedule, its answer is cut in half
    done = await world.wadesk(
        "send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(2), "--tz", "Asia/Jakarta"
    )
    assert done.code == 1
    assert len(world.sim.state.wablas.schedules) == 1  # it did reach Wablas

    world.sim.state.faults = None
    world.advance(3 * 60)  # the time comes; wadesk runs
    await world.wadesk("outbox", "run")
    assert len(world.delivered("wablas")) == 1  # the gateway's copy only
    assert world.app.store.messages.get(only_row(world)).status is DeliveryStatus.UNCERTAIN
    assert "Traceback" not in done.err and "may" in done.err and "outbox mark-sent" in done.err


async def test_a_crash_during_the_gateway_request_leaves_it_uncertain(world: World) -> None:
    world.sim.state.hold_next(1)  # Wablas takes the request and has not answered when wadesk dies
    task = asyncio.ensure_future(
        world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(2))
    )
    async with asyncio.timeout(10):
        while world.sim.state.held == 0:
            await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    world.sim.state.release_held()

    world.advance(3 * 60)
    done = await world.wadesk("outbox", "run")
    assert "uncertain" in done.out
    row = world.app.store.messages.get(only_row(world))
    assert row.status is DeliveryStatus.UNCERTAIN
    assert "Wablas" in (row.error or "")
    assert len(world.delivered("wablas")) == 1  # only what the gateway itself sent


async def test_a_refused_gateway_schedule_is_told_and_never_sent_later(world: World) -> None:
    world.sim.state.faults = "invalid_credentials=1"
    done = await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(2))
    assert done.code == 1

    world.sim.state.faults = None
    world.advance(3 * 60)
    await world.wadesk("outbox", "run")
    assert world.delivered("wablas") == []  # nothing sends it later behind the user's back
    assert world.app.store.messages.get(only_row(world)).status is DeliveryStatus.FAILED
    assert "not scheduled" in done.err and "token invalid" in done.err


async def test_a_packet_the_gateway_refuses_is_failed_the_others_scheduled(world: World) -> None:
    world.sim.state.provider("jsonwa").account.whatsapp_balance = 70  # type: ignore[attr-defined]  # one message
    other = "6281234567892"
    done = await world.wadesk(
        "send",
        "--account",
        "jsonwa",
        "--on-gateway",
        "--to",
        PHONE,
        "--to",
        other,
        "--text",
        TEXT,
        "--at",
        world.at(5),
        "--pace",
        "none",
        "--json",
    )
    assert done.code == 1
    results = {r["to"]: r for r in done.lines()}
    assert results[PHONE]["status"] == "scheduled"
    assert results[other]["status"] == "failed"
    assert "Minimum Balance" in str(results[other]["error"])
    assert "not scheduled" in done.err

    world.advance(10 * 60)
    await world.wadesk("outbox", "run")
    assert len(world.delivered("jsonwa")) == 1
    assert world.delivered("jsonwa", other) == []


async def test_schedule_list_shows_an_uncertain_gateway_schedule(world: World) -> None:
    world.sim.state.faults = "malformed_rate=1"
    await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(2))
    world.sim.state.faults = None
    [entry] = (await world.wadesk("schedule", "list", "--json")).lines()
    assert entry["status"] == "uncertain" and entry["where"] == "gateway"
    text = (await world.wadesk("schedule", "list")).out
    assert "uncertain" in text and "Wablas" in text


# -- 4. a paced campaign scheduled on the gateway keeps its pace ---------------------------------------


def three_csv(tmp_path: Path, count: int = 3) -> Path:
    path = tmp_path / "three.csv"
    path.write_text("phone,name\n" + "".join(f"0812777700{i:02d},Kak {i}\n" for i in range(1, count + 1)))
    return path


def wablas_times(world: World) -> list[float]:
    return sorted(s.at for s in world.sim.state.wablas.schedules.values())


async def test_a_paced_campaign_on_wablas_is_spread_by_its_pace(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "wablas",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--pace",
        "safe",
    )
    assert done.code == 0, done.err
    times = wablas_times(world)
    assert len(times) == 3
    assert times[0] == world.when(60).timestamp()
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(30 <= gap <= 60 for gap in gaps), gaps
    stored = sorted(r.scheduled_at for r in world.app.store.messages.list() if r.scheduled_at)
    assert [t.timestamp() for t in stored] == times  # wadesk shows the times the gateway holds


async def test_a_recipient_given_twice_gets_one_message_and_is_named(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "jsonwa",
        "--to",
        "081277770002",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo, promo minggu ini",
        "--at",
        world.at(60),
        "--json",
    )
    assert done.code == 0, done.err
    assert sorted(str(r["to"]) for r in done.lines()) == ["6281277770001", "6281277770002", "6281277770003"]
    assert "note: 1 recipient(s) left out: 6281277770002 already a recipient" in done.err


async def test_rests_and_quiet_hours_move_later_messages(world: World, tmp_path: Path) -> None:
    start = world.when(60)
    quiet_from = (start + timedelta(minutes=3)).astimezone(JAKARTA)
    quiet_to = (start + timedelta(hours=2)).astimezone(JAKARTA)
    pace = f"min=60,max=60,rest_every=2,rest=600,quiet={quiet_from:%H:%M}-{quiet_to:%H:%M},tz=Asia/Jakarta"
    done = await world.wadesk(
        "send",
        "--account",
        "wablas",
        "--to-csv",
        str(three_csv(tmp_path, 4)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--pace",
        pace,
    )
    assert done.code == 0, done.err
    expected = [start, start + timedelta(minutes=1), quiet_to, quiet_to + timedelta(minutes=1)]
    assert wablas_times(world) == [t.timestamp() for t in expected]


async def test_a_daily_cap_moves_the_rest_to_the_next_day(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "wablas",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--pace",
        "min=0,max=0,daily_cap=2,tz=Asia/Jakarta",
    )
    assert done.code == 0, done.err
    start = world.when(60)
    midnight = datetime.combine(start.astimezone(JAKARTA).date() + timedelta(days=1), datetime.min.time(), JAKARTA)
    assert wablas_times(world) == [start.timestamp(), start.timestamp(), midnight.timestamp()]


async def test_pace_none_schedules_everyone_at_the_one_time(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "wablas",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--pace",
        "none",
    )
    assert done.code == 0, done.err
    assert wablas_times(world) == [world.when(60).timestamp()] * 3


async def test_a_paced_campaign_on_jsonwa_gets_one_time_per_packet(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "jsonwa",
        "--on-gateway",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--pace",
        "min=45,max=45",
    )
    assert done.code == 0, done.err
    state = world.sim.state.provider("jsonwa")
    due = sorted(p.due_at for p in state.packets.values())  # type: ignore[attr-defined]
    start = world.when(60).timestamp()
    assert due == [start, start + 45, start + 90]


async def test_a_paced_local_schedule_is_paced_when_wadesk_sends_it(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "jsonwa",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(2),
        "--pace",
        "min=45,max=45",
    )
    assert done.code == 0, done.err
    state = world.sim.state.provider("jsonwa")
    assert state.packets == {}  # type: ignore[attr-defined]  # held in wadesk
    world.advance(2 * 60)
    sim_clock = world.sim.state.clock
    assert isinstance(sim_clock, SimClock)

    async def send_when_due() -> None:
        task = asyncio.ensure_future(world.app.outbox.run())
        while not task.done():
            await asyncio.wait([task], timeout=0.05)
            wakeup = world.clock.next_wakeup
            if not task.done() and wakeup is not None:
                sim_clock.set(wakeup.timestamp())
                world.clock.set(wakeup)
        assert task.result().sent == 3

    await send_when_due()
    accepted = sorted(p.accepted_at for p in state.packets.values())  # type: ignore[attr-defined]
    assert [b - a for a, b in itertools.pairwise(accepted)] == [45, 45]


# -- 9b. where a schedule is held, decided from what the gateway can do ----------------------------------


async def test_jsonwa_keeps_a_schedule_in_wadesk_unless_asked(world: World) -> None:
    done = await world.wadesk("send", "--account", "jsonwa", "--to", PHONE, "--text", TEXT, "--at", world.at(2))
    assert done.code == 0, done.err
    assert "in wadesk" in done.out and "--on-gateway" in done.out
    assert world.sim.state.provider("jsonwa").packets == {}  # type: ignore[attr-defined]
    [entry] = (await world.wadesk("schedule", "list", "--json")).lines()
    assert entry["where"] == "local"
    assert "in wadesk" in (await world.wadesk("schedule", "list")).out

    world.advance(2 * 60)
    await world.wadesk("outbox", "run")
    assert len(world.delivered("jsonwa")) == 1


async def test_on_gateway_jsonwa_warns_it_cannot_be_cancelled_and_refuses_to_cancel(world: World) -> None:
    done = await world.wadesk(
        "send", "--account", "jsonwa", "--on-gateway", "--to", PHONE, "--text", TEXT, "--at", world.at(30)
    )
    assert done.code == 0, done.err
    assert "cannot" in done.out + done.err and "cancel" in done.out + done.err
    message_id = only_row(world)
    listed = (await world.wadesk("schedule", "list")).out
    assert "on JSON WA" in listed
    refused = await world.wadesk("schedule", "cancel", str(message_id))
    assert refused.code == 2
    assert "JSON WA" in refused.err and "cancel" in refused.err
    assert world.app.store.messages.get(message_id).status is DeliveryStatus.SCHEDULED
    moved = await world.wadesk("schedule", "move", str(message_id), "--at", world.at(40), "--tz", "Asia/Jakarta")
    assert moved.code == 2 and "move" in moved.err


async def test_wablas_schedules_on_the_gateway_and_says_so(world: World) -> None:
    done = await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(30))
    assert done.code == 0, done.err
    assert "on Wablas" in done.out
    listed = (await world.wadesk("schedule", "list")).out
    assert "on Wablas" in listed


async def test_on_gateway_where_the_gateway_has_no_scheduler_is_invalid(world: World) -> None:
    world.sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]
    done = await world.wadesk(
        "send", "--account", "chatbot", "--on-gateway", "--to", PHONE, "--text", TEXT, "--at", world.at(30)
    )
    assert done.code == 2
    assert "schedul" in done.err
    assert world.app.store.messages.list() == []


# -- 9e. times in the zone of the person scheduling -------------------------------------------------------


async def test_schedule_list_prints_local_time_with_the_zone_named(world: World) -> None:
    done = await world.wadesk("send", "--account", "jsonwa", "--to", PHONE, "--text", TEXT, "--at", world.at(90))
    assert done.code == 0, done.err
    local = world.when(90).astimezone(JAKARTA)
    listed = (await world.wadesk("schedule", "list")).out
    assert f"{local:%Y-%m-%d %H:%M} WIB" in listed
    [entry] = (await world.wadesk("schedule", "list", "--json")).lines()
    assert entry["scheduled_at"] == local.isoformat()
    assert entry["zone"] == "Asia/Jakarta"
    utc = (await world.wadesk("schedule", "list", "--tz", "UTC")).out
    assert f"{world.when(90):%Y-%m-%d %H:%M} UTC" in utc


# -- hand-overs made later: a busy data folder, a crash before the request ----------------------------


async def test_while_another_wadesk_sends_it_hands_the_schedule_over(world: World) -> None:
    other = SenderLock(world.app.home)  # the desktop app, say, holds the folder
    assert other.acquire()
    try:
        done = await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(30))
    finally:
        other.release()
    assert done.code == 0, done.err
    assert "already running" in done.out
    assert world.sim.state.wablas.schedules == {}
    row = world.app.store.messages.get(only_row(world))
    assert row.status is DeliveryStatus.SCHEDULED and row.hold == "gateway" and not row.remote_schedule_id

    await world.wadesk("outbox", "run")  # what the running wadesk does on its next round
    [schedule] = world.sim.state.wablas.schedules.values()
    assert schedule.at == world.when(30).timestamp()
    assert world.app.store.messages.get(row.id).remote_schedule_id == schedule.id


async def test_a_hand_over_that_never_started_and_whose_time_passed_is_missed(world: World) -> None:
    account = world.app.accounts.get("wablas")
    message = OutgoingMessage(ref_id="r1", to=Recipient(PHONE), text=TEXT)
    [row] = await world.app.outbox.enqueue_for_gateway(account, [message], world.when(2))  # then wadesk died
    world.advance(10 * 60)
    done = await world.wadesk("outbox", "run")
    assert f"schedule send-now {row.id}" in done.err
    assert world.app.store.messages.get(row.id).hold == "missed"
    assert world.sim.state.wablas.schedules == {} and world.delivered("wablas") == []


async def test_send_again_of_an_uncertain_schedule_has_wadesk_send_it_at_its_time(world: World) -> None:
    world.sim.state.faults = "malformed_rate=1"
    await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(10))
    world.sim.state.faults = None
    world.sim.state.wablas.schedules.clear()  # the user looked: Wablas does not have it after all
    message_id = only_row(world)
    done = await world.wadesk("outbox", "send-again", str(message_id))
    assert done.code == 0, done.err
    assert world.delivered("wablas") == []  # not before its time
    world.advance(10 * 60)
    await world.wadesk("outbox", "run")
    assert len(world.delivered("wablas")) == 1
    assert world.app.store.messages.get(message_id).status is DeliveryStatus.ACCEPTED


async def test_the_daily_cap_counts_what_is_already_scheduled_that_day(world: World, tmp_path: Path) -> None:
    pace = "min=0,max=0,daily_cap=3,tz=Asia/Jakarta"
    args = ["--account", "wablas", "--text", "Halo {name}, promo minggu ini", "--pace", pace]
    first = await world.wadesk("send", "--to-csv", str(three_csv(tmp_path, 2)), "--at", world.at(60), *args)
    assert first.code == 0, first.err
    second = await world.wadesk("send", "--to-csv", str(three_csv(tmp_path, 2)), "--at", world.at(120), *args)
    assert second.code == 0, second.err
    start = world.when(120)
    midnight = datetime.combine(start.astimezone(JAKARTA).date() + timedelta(days=1), datetime.min.time(), JAKARTA)
    assert wablas_times(world)[2:] == [start.timestamp(), midnight.timestamp()]


async def test_cancelling_a_paced_gateway_campaign_message_cancels_it_on_wablas(world: World, tmp_path: Path) -> None:
    done = await world.wadesk(
        "send",
        "--account",
        "wablas",
        "--to-csv",
        str(three_csv(tmp_path)),
        "--text",
        "Halo {name}, promo minggu ini",
        "--at",
        world.at(60),
        "--json",
    )
    last = done.lines()[-1]
    cancelled = await world.wadesk("schedule", "cancel", str(last["message_id"]))
    assert cancelled.code == 0, cancelled.err
    row = world.app.store.messages.get(int(str(last["message_id"])))
    assert world.sim.state.wablas.schedules[row.remote_schedule_id or ""].state == "cancel"
    world.advance(2 * 3600)
    await world.wadesk("outbox", "run")
    assert world.delivered("wablas", str(last["to"])) == []
    assert len(world.sim.state.delivered("wablas")) == 2


# -- schedule edit: new words at the same time ------------------------------------------------------------


async def requests(world: World) -> int:
    async with httpx.AsyncClient() as client:
        return int((await client.get(f"{world.sim.url}/__sim/requests")).json()["total"])


async def test_schedule_edit_changes_the_text_on_wablas_and_says_what_went_wrong(world: World) -> None:
    done = await world.wadesk("send", "--account", "wablas", "--to", PHONE, "--text", TEXT, "--at", world.at(30))
    assert done.code == 0, done.err
    message_id = only_row(world)
    remote = world.app.store.messages.get(message_id).remote_schedule_id or ""
    [entry] = (await world.wadesk("schedule", "list", "--json")).lines()
    assert entry["can_edit"] is True

    edited = await world.wadesk("schedule", "edit", str(message_id), "--text", "Pengingat: besok jam 11")
    assert edited.code == 0, edited.err
    local = world.when(30).astimezone(JAKARTA)
    assert f"message {message_id}: new text, still scheduled for {local:%Y-%m-%d %H:%M} WIB" in edited.out
    held = world.sim.state.wablas.schedules[remote]
    assert held.text == "Pengingat: besok jam 11" and held.at == world.when(30).timestamp()
    assert world.app.store.messages.get(message_id).body == {"text": "Pengingat: besok jam 11"}

    before = await requests(world)
    too_long = await world.wadesk("schedule", "edit", str(message_id), "--text", "x" * 1025)
    assert too_long.code == 2 and "1,024" in too_long.err and "Traceback" not in too_long.err
    assert await requests(world) == before  # refused before any request

    held.state = "cancel"  # cancelled in Wablas's own dashboard meanwhile
    refused = await world.wadesk("schedule", "edit", str(message_id), "--text", "Pengingat: besok jam 12")
    assert refused.code == 1 and "Wablas" in refused.err and "canceled" in refused.err
    assert world.app.store.messages.get(message_id).body == {"text": "Pengingat: besok jam 11"}


async def test_schedule_edit_where_the_gateway_cannot_edit_is_invalid_input(world: World) -> None:
    done = await world.wadesk(
        "send", "--account", "jsonwa", "--on-gateway", "--to", PHONE, "--text", TEXT, "--at", world.at(30)
    )
    assert done.code == 0, done.err
    message_id = only_row(world)
    [entry] = (await world.wadesk("schedule", "list", "--json")).lines()
    assert entry["can_edit"] is False
    refused = await world.wadesk("schedule", "edit", str(message_id), "--text", "Pengingat: besok jam 11 pagi")
    assert refused.code == 2 and "JSON WA" in refused.err and "goes out as planned" in refused.err
    assert world.app.store.messages.get(message_id).body == {"text": TEXT}
    missing = await world.wadesk("schedule", "edit", "999", "--text", "Halo semua")
    assert missing.code == 2 and "999" in missing.err
