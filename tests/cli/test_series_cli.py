"""Recurring schedules through the command line, in-process, on clocks the test moves.

``wadesk send --repeat`` and ``wadesk schedule list|cancel --series`` run through the CLI's own parser and
commands against an app whose outbox runs on a ``ManualClock`` at 2026-11-23 03:00 UTC (10:00 in Jakarta) and a
simulator on a clock that moves with it; the computer's zone is Asia/Jakarta.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.gateways import START
from wadesk.app import App, open_app
from wadesk.cli import COMMANDS, build_parser
from wadesk.domain import DeliveryStatus
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.pacing import local_zone
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator.server import SimulatorServer

PHONE = "6281234567891"


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

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        sim_clock = self.sim.state.clock
        assert isinstance(sim_clock, SimClock)
        sim_clock.advance(seconds)


@pytest.fixture
def computer_in_jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    local_zone.cache_clear()
    yield
    local_zone.cache_clear()


@pytest.fixture
async def world(tmp_path: Path, capsys: pytest.CaptureFixture[str], computer_in_jakarta: None) -> AsyncIterator[World]:
    clock = ManualClock(START)
    async with SimulatorServer(["wablas"], clock=SimClock(clock.now().timestamp()), step_seconds=1) as sim:
        app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
        app.outbox.clock = clock
        await app.accounts.add(
            "wablas",
            "wablas",
            base_url=sim.base_url("wablas"),
            settings=sim.settings("wablas"),
            secrets=sim.credentials("wablas"),
        )
        try:
            yield World(app, sim, clock, capsys)
        finally:
            await app.aclose()


def send(*extra: str) -> list[str]:
    return ["send", "--account", "wablas", "--to", PHONE, "--text", "Tagihan sekolah", "--pace", "none", *extra]


async def test_a_monthly_series_is_listed_with_its_next_times_and_zone(world: World) -> None:
    done = await world.wadesk(
        *send("--at", "2027-01-31 09:00", "--tz", "Asia/Makassar", "--repeat", "monthly", "--count", "6")
    )
    assert done.code == 0, done.err
    assert "recurring schedule 1: every month on the 31st" in done.out
    assert "next: 2027-01-31 09:00, 2027-02-28 09:00, 2027-03-31 09:00 (Asia/Makassar)" in done.out

    listed = await world.wadesk("schedule", "list", "--json")
    [series] = [line for line in listed.lines() if "series_id" in line and "rule" in line]
    assert series["series_zone"] == "Asia/Makassar"
    assert series["zone"] == "Asia/Jakarta"  # shown in this computer's zone, and said so
    assert series["next"][:2] == ["2027-01-31T08:00:00+07:00", "2027-02-28T08:00:00+07:00"]
    assert series["next_local"][:2] == ["2027-01-31T09:00", "2027-02-28T09:00"]
    assert series["state"] == "active" and series["occurrences"] == []

    in_jayapura = await world.wadesk("schedule", "list", "--json", "--tz", "Asia/Jayapura")
    [series] = [line for line in in_jayapura.lines() if "rule" in line]
    assert series["zone"] == "Asia/Jayapura" and series["next"][0] == "2027-01-31T10:00:00+09:00"

    text = await world.wadesk("schedule", "list")
    assert "times in Asia/Jakarta" in text.out
    assert "series   1" in text.out and "next: 2027-01-31 08:00 WIB" in text.out


async def test_occurrences_become_messages_the_outbox_sends_and_the_list_shows(world: World) -> None:
    done = await world.wadesk(*send("--at", "2026-11-24 09:00", "--repeat", "weekly", "--on", "tue,fri", "--json"))
    assert done.code == 0, done.err
    [made] = done.lines()
    assert made["series_id"] == 1 and made["series_zone"] == "Asia/Jakarta"

    listed = await world.wadesk("schedule", "list", "--json")
    [message] = [line for line in listed.lines() if "message_id" in line]
    assert message["occurrence"] == "1:2026-11-24T09:00" and message["series_id"] == 1
    assert message["scheduled_at"] == "2026-11-24T09:00:00+07:00" and message["schedule_zone"] == "Asia/Jakarta"

    world.advance(23 * 3600 + 60)  # 2026-11-24 09:01 in Jakarta
    ran = await world.wadesk("outbox", "run")
    assert ran.code == 0, ran.err
    assert len(world.sim.state.delivered("wablas", PHONE)) == 1
    world.advance(3 * 24 * 3600)  # Friday the 27th, 09:01
    await world.wadesk("outbox", "run")
    assert len(world.sim.state.delivered("wablas", PHONE)) == 2
    listed = await world.wadesk("schedule", "list", "--json")
    [series] = [line for line in listed.lines() if "rule" in line]
    assert [o["occurrence"] for o in series["occurrences"]] == [  # type: ignore[union-attr]
        "1:2026-11-24T09:00",
        "1:2026-11-27T09:00",
    ]  # Tuesday the 1st is more than a day ahead: not made yet
    assert series["next_local"][0] == "2026-12-01T09:00"


async def test_cancelling_a_series_from_the_command_line(world: World) -> None:
    await world.wadesk(*send("--at", "2026-11-24 09:00", "--repeat", "daily", "--until", "2026-12-31"))
    [waiting] = world.app.store.messages.list()
    done = await world.wadesk("schedule", "cancel", "--series", "1")
    assert done.code == 0 and "recurring schedule 1: cancelled" in done.out
    assert world.app.store.messages.get(waiting.id).status is DeliveryStatus.CANCELLED
    listed = await world.wadesk("schedule", "list", "--json")
    assert [line for line in listed.lines() if "rule" in line] == []
    everything = await world.wadesk("schedule", "list", "--json", "--all")
    [series] = [line for line in everything.lines() if "rule" in line]
    assert series["state"] == "cancelled" and series["next"] == []
    missing = await world.wadesk("schedule", "cancel", "--series", "7")
    assert missing.code == 2 and "no recurring schedule 7" in missing.err


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--at", "2026-12-01 09:00", "--repeat", "daily", "--on", "mon"], "--on (days of the week) is for"),
        (["--at", "2026-12-01 09:00", "--repeat", "monthly", "--count", "0"], "--count 0"),
        (["--at", "2026-12-01 09:00", "--repeat", "daily", "--until", "2026-11-30"], "before the first time"),
        (["--at", "2026-12-01 09:00", "--repeat", "monthly", "--day", "32"], "not a day of the month"),
        (["--at", "2026-12-01 09:00", "--repeat", "weekly", "--on", "mon,funday"], "not a day of the week"),
        (["--at", "2026-12-01 09:00", "--repeat", "weekly", "--day", "3"], "--day (a day of the month)"),
        (["--repeat", "daily"], "--repeat needs --at"),
        (["--at", "2026-11-23 09:00", "--repeat", "daily"], "2026-11-23 09:00 (Asia/Jakarta) has already passed"),
        (["--at", "2026-12-01 09:00", "--count", "3"], "give --repeat too"),
        (["--at", "2026-12-01 09:00", "--repeat", "daily", "--until", "1 Jan"], "not YYYY-MM-DD"),
        (["--at", "2026-12-01 09:00", "--repeat", "daily", "--on-gateway"], "held by wadesk"),
    ],
)
async def test_a_bad_rule_is_refused_with_exit_2_and_nothing_stored(world: World, extra: list[str], words: str) -> None:
    done = await world.wadesk(*send(*extra))
    assert done.code == 2
    assert words in done.err and "Traceback" not in done.err
    assert world.app.series.list(everything=True) == [] and world.app.store.messages.list() == []


async def test_a_bad_recipient_is_said_in_the_command_lines_words(world: World) -> None:
    done = await world.wadesk(
        "send", "--account", "wablas", "--text", "x", "--at", "2026-12-01 09:00", "--repeat", "daily"
    )
    assert done.code == 2 and "no recipient: give --to NUMBER" in done.err
    assert world.app.series.list(everything=True) == []
