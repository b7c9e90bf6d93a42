"""``wadesk outbox list --all --json`` over 100,000 messages: wall time and peak memory, against a raw dump.

The messages are seeded straight through the store (one account, a mix of statuses).  The baseline is a plain
``sqlite3`` loop that reads the same columns of the same rows and writes each as a JSON line, run as its own process
like wadesk; both write to a file.  Peak memory is each process's own (``peak_rss_mib``).

python bench/outbox_list.py [MESSAGES]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, peak_rss_mib, report

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import open_store
from wadesk.store.messages import Outcome

_DUMP = """
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
query = (
    "SELECT id, provider_message_id, recipient, status, updated_at, error, campaign_id, hold, scheduled_at,"
    " coalesce(json_extract(body_json, '$.text'), json_extract(body_json, '$.caption')) FROM messages ORDER BY id"
)
names = ("message_id", "provider_message_id", "to", "status", "updated_at", "error", "campaign_id", "hold",
         "scheduled_at", "text")
write = sys.stdout.write
for row in connection.execute(query):
    write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\\n")
"""


def seed(home: Path, count: int) -> None:
    with open_store(home) as store:
        account = store.accounts.add("shop", "wablas", "https://wablas.example/api")
        for start in range(0, count, 10_000):
            batch = [
                OutgoingMessage(f"bench-{n}", Recipient(f"62812{n:08d}"), text=f"Halo pelanggan {n}, pesanan siap")
                for n in range(start, min(count, start + 10_000))
            ]
            rows = store.messages.add_many(account.id, batch)
            store.messages.mark_sending([r.id for r in rows[: len(rows) // 2]])
            store.messages.record_outcomes(
                [Outcome(r.id, DeliveryStatus.ACCEPTED, f"wa-{r.id}") for r in rows[: len(rows) // 2]]
            )


def timed_peak(command: list[str], out: Path) -> tuple[float, float, int]:
    """Wall time and peak memory of ``command`` writing to ``out``; the lines it wrote.

    The output goes to a file, not through this process: a child's peak counts this process's memory at the
    fork (Linux carries it over), so this one must stay small (which is also why the seeding runs apart).
    """
    started = time.perf_counter()
    peak, code, said = peak_rss_mib(["sh", "-c", 'exec "$@" > "$0"', str(out), *command])
    assert code == 0, said[-2000:]
    wall = time.perf_counter() - started
    with out.open("rb") as lines:
        return wall, peak, sum(1 for _ in lines)


def main(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        home = Path(folder) / "home"
        database = home / "wadesk.sqlite3"
        # Seeded by a process of its own: a child's peak memory counts its parent's at the fork.
        subprocess.run([sys.executable, __file__, str(count), "--seed", str(home)], check=True)
        os.environ.update(WADESK_HOME=str(home), PYTHONPATH=str(ROOT))
        out = Path(folder) / "out.jsonl"
        wall, peak, lines = timed_peak([sys.executable, "-m", "wadesk", "outbox", "list", "--all", "--json"], out)
        assert lines == count, f"{lines} lines for {count} messages"
        raw_wall, raw_peak, lines = timed_peak([sys.executable, "-c", _DUMP, str(database)], out)
        assert lines == count, f"the dump wrote {lines} lines for {count} messages"
    report(
        f"outbox list --all --json, {count:,} messages, wall vs a raw sqlite3 dump",
        wall,
        raw_wall,
        "s",
        target="< 2.5 s",
        higher_is_better=False,
    )
    report("  peak RSS", peak, raw_peak, "MiB", target="< 50 MiB, streamed", higher_is_better=False)


if __name__ == "__main__":
    if "--seed" in sys.argv:
        seed(Path(sys.argv[-1]), int(sys.argv[1]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
