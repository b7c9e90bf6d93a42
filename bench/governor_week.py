"""The sending governor over a simulated week: a 2,000-recipient campaign on a new number.

The real dispatcher (``Outbox.run``, the same in the window and in ``wadesk outbox run --follow``) sends a
campaign at the ``safe`` pace through the Chatbot simulator (over loopback HTTP, in this process) to a SQLite
file, on a controlled clock that leaps over every wait: a week takes seconds, not a week.  Printed: per day, the
new number's warm-up cap and what went, and per clock hour the busiest hour against the hourly cap.  The
baseline, in the same run: the ``safe`` pace alone, without the governor (its timetable laid out by the same
pacing code), i.e. what wadesk sent before.

    .venv/bin/python bench/governor_week.py [--count 2000] [--days 7]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections import Counter
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import SIM_SECRETS

from wadesk.app import open_app
from wadesk.domain import OutgoingMessage, Recipient
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.pacing import lay_out, policy_from
from wadesk.services.pacing.warmup import GOVERNOR
from wadesk.simulator.server import SimulatorServer

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # a Monday, 08:00
PACE = "safe,tz=UTC"


def messages(count: int) -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"w{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo pelanggan {i}")
        for i in range(count)
    ]


async def a_week(count: int, days: int) -> list[datetime]:
    """When each accepted message went, over ``days`` days of the controlled clock."""
    clock = ManualClock(START)
    end = START + timedelta(days=days)
    times: list[datetime] = []
    with tempfile.TemporaryDirectory() as home:
        async with SimulatorServer(providers=["chatbot"], step_seconds=0.01) as sim:
            sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]
            app = open_app(Path(home), secrets=SecretStore(MemoryKeyring()))
            try:
                app.outbox.clock = clock
                app.outbox.governor.tz = UTC
                account = await app.accounts.add(
                    "chatbot", "chatbot", base_url=sim.base_url("chatbot"), settings={}, secrets=SIM_SECRETS["chatbot"]
                )
                campaign = app.store.outbox.create_campaign(account.id, "week", "Halo", PACE)
                app.outbox.enqueue(account, messages(count), campaign_id=campaign)
                app.outbox.on_progress = lambda row: (
                    times.append(clock.now()) if row.status.value == "accepted" else None
                )
                run = asyncio.ensure_future(app.outbox.run())
                while not run.done() and clock.now() < end:
                    await asyncio.wait([run], timeout=0.005)  # the requests under way (real loopback I/O)
                    wakeup = clock.next_wakeup
                    if not run.done() and wakeup is not None:
                        clock.set(min(max(wakeup, clock.now()), end))
                run.cancel()
                with suppress(asyncio.CancelledError):
                    await run
            finally:
                await app.aclose()
    return [t for t in times if t < end]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()

    times = asyncio.run(a_week(args.count, args.days))
    baseline = [t for t in lay_out(policy_from(PACE), START, args.count) if t < START + timedelta(days=args.days)]

    per_day = Counter(t.date() for t in times)
    per_hour = Counter(t.replace(minute=0, second=0, microsecond=0) for t in times)
    base_day = Counter(t.date() for t in baseline)
    base_hour = Counter(t.replace(minute=0, second=0, microsecond=0) for t in baseline)
    print(f"{args.count:,} recipients, pace 'safe', a new number, from {START:%a %d %b %H:%M} UTC for {args.days} days")
    print()
    print(
        "| day | warm-up cap | sent | hours sending | busiest hour | hourly cap "
        "| without the governor: sent, busiest hour |"
    )
    print("|---|---|---|---|---|---|---|")
    good = 0
    over_days = 0
    for n in range(args.days):
        day: date = (START + timedelta(days=n)).date()
        cap = GOVERNOR.warmup_cap(good)
        hours = [count for hour, count in per_hour.items() if hour.date() == day]
        base = [count for hour, count in base_hour.items() if hour.date() == day]
        print(
            f"| {day:%a %d %b} | {cap if cap is not None else 'none'} | {per_day[day]} | {len(hours)} | "
            f"{max(hours, default=0)} | {GOVERNOR.hourly_cap} | {base_day[day]}, {max(base, default=0)} |"
        )
        good += per_day[day] > 0  # every answer in the simulator is a success: each day that sent is a good one
        over_days += cap is not None and per_day[day] > cap
    print()
    print(
        f"sent in {args.days} days: {len(times):,} of {args.count:,} (the rest stays queued for the days after); "
        f"without the governor: {len(baseline):,}"
    )
    over_hours = sum(1 for c in per_hour.values() if c > GOVERNOR.hourly_cap)
    print(f"days over their warm-up cap: {over_days}; hours over the hourly cap: {over_hours}")


if __name__ == "__main__":
    main()
