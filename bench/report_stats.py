"""The Reports charts' counts over 100,000 messages: messages per day (by status, by device) and the campaigns.

The messages are seeded straight through the store: three accounts, twenty campaigns, spread over 40 days, a mix of
statuses.  The baseline for the daily counts is a plain ``sqlite3`` ``GROUP BY`` of the same rows by UTC day
(``substr(created_at, 1, 10)``), which gets the days wrong for any zone but UTC; wadesk counts the user's days.  The
Reports panel reads these off the event loop, at most every two seconds while messages change.

python bench/report_stats.py [MESSAGES]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import report

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.services.report_stats import ReportStats
from wadesk.store import Store, open_store
from wadesk.store.timestamps import to_text

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JAKARTA = ZoneInfo("Asia/Jakarta")
STATUSES = ("read", "read", "read", "delivered", "sent", "accepted", "failed", "uncertain", "queued")


def seed(store: Store, count: int) -> None:
    draw = random.Random(1)
    accounts = [store.accounts.add(name, "wablas") for name in ("Toko Berkah", "Klinik Sehat", "Warung Bu Sri")]
    campaigns = [store.outbox.create_campaign(accounts[i % 3].id, f"Promo {i}", "Halo", "none") for i in range(20)]
    for start in range(0, count, 10_000):
        account = accounts[start // 10_000 % 3]
        batch = [
            OutgoingMessage(f"bench-{n}", Recipient(f"62812{n:08d}"), text="Halo")
            for n in range(start, min(count, start + 10_000))
        ]
        rows = store.messages.add_many(account.id, batch, campaign_id=campaigns[start // 10_000 % 20])
        with store._db.transaction() as connection:  # any day, any status: a month of history
            connection.executemany(
                "UPDATE messages SET created_at = ?, status = ? WHERE id = ?",
                [
                    (to_text(NOW - timedelta(seconds=draw.uniform(0, 40 * 86400))), draw.choice(STATUSES), r.id)
                    for r in rows
                ],
            )


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``work``, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        home = Path(folder) / "home"
        with open_store(home) as store:
            seed(store, count)
            stats = ReportStats(store)
            path = store.path
            connection = sqlite3.connect(path)
            since = to_text(NOW - timedelta(days=30))

            def raw() -> object:
                return connection.execute(
                    "SELECT substr(created_at, 1, 10) AS day, status, count(*) FROM messages"
                    " WHERE created_at >= ? GROUP BY day, status",
                    (since,),
                ).fetchall()

            baseline = best_of(5, raw)
            by_status = best_of(5, lambda: stats.per_day(NOW, JAKARTA, days=30))
            by_device = best_of(5, lambda: stats.per_day(NOW, JAKARTA, days=30, by_device=True))
            campaigns = best_of(5, stats.campaigns)
            first = stats.campaigns()[-1].campaign.id  # the oldest: it has messages
            funnel = best_of(5, lambda: stats.funnel(first))
            connection.close()
        print(f"{count:,} messages, 20 campaigns, 3 devices")
        report("messages per day by status, 30 days", by_status, baseline, "ms", higher_is_better=False)
        report("messages per day by device, 30 days", by_device, baseline, "ms", higher_is_better=False)
        print(
            f"every campaign with its stages and devices: {campaigns:,.1f} ms; one campaign's funnel: {funnel:,.1f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
