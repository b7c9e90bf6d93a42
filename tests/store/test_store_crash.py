"""A process killed in the middle of writing leaves a sound database with every committed transaction."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path
from typing import IO

import pytest

import wadesk
from wadesk.domain.models import MessageKind
from wadesk.store import open_store, outgoing_from

BATCH = 3
KILL_AFTER = 150

# The child writes batches of BATCH messages forever, one transaction each,
# printing "started N" before and "committed N" after transaction N.
CHILD = """
import sys
from pathlib import Path
from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.store import open_store

batch = int(sys.argv[2])
store = open_store(Path(sys.argv[1]))
account = store.accounts.add("crash", "wablas", "https://wablas.com/api", {})
n = 0
while True:
    n += 1
    print("started", n, flush=True)
    messages = [
        OutgoingMessage(f"c{n}-{i}", Recipient(f"6281{n:06d}{i}"), text=f"message {i} of batch {n} " + "x" * 200)
        for i in range(batch)
    ]
    stored = store.messages.add_many(account.id, messages)
    if n % 2 == 0:
        store.messages.mark_sending([m.id for m in stored])
    print("committed", n, flush=True)
"""


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


@pytest.mark.slow
def test_sigkill_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(Path(wadesk.__file__).parent.parent)}
    lines: queue.Queue[str | None] = queue.Queue()
    committed = 0
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), str(BATCH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
        reader.start()
        started = 0
        while started < KILL_AFTER:
            line = lines.get(timeout=60)
            assert line is not None, f"the child stopped early: {child.stderr.read() if child.stderr else ''}"
            word, number = line.split()
            if word == "started":
                started = int(number)
            else:
                committed = int(number)
        child.kill()  # SIGKILL on POSIX (TerminateProcess on Windows): no chance to clean up
        child.wait(timeout=60)
        reader.join(timeout=60)
        # What the child printed before it died was committed too.
        while (line := lines.get_nowait()) is not None:
            word, number = line.split()
            if word == "committed":
                committed = int(number)
    assert child.returncode == (-signal.SIGKILL if os.name == "posix" else 1)
    assert committed >= KILL_AFTER - 1

    with open_store(home) as store:
        with closing(sqlite3.connect(store.path)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        messages = store.messages.list(newest_first=False)
        batches = len(messages) // BATCH
        assert len(messages) % BATCH == 0, "a batch was stored in part"
        assert committed <= batches <= committed + 1
        for index, message in enumerate(messages):
            n, i = divmod(index, BATCH)
            assert message.ref_id == f"c{n + 1}-{i}"
            body = outgoing_from(message)
            assert body.kind is MessageKind.TEXT
            assert body.text.startswith(f"message {i} of batch {n + 1} ")
            assert len(body.text) == len(f"message {i} of batch {n + 1} ") + 200
            events = store.events.for_message(message.id)
            assert events, "a message without its first status event"
            assert len(events) == (1 if message.attempt == 0 else 2)
        counts = store.messages.count_by_status()
        assert sum(counts.values()) == len(messages)
