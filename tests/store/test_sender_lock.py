"""One sender per data folder, across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wadesk.store.lock import SenderLock

HOLDER = """
import sys, time
from pathlib import Path
from wadesk.store.lock import SenderLock
lock = SenderLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()  # hold until told to stop
"""


def test_a_second_process_cannot_send_from_the_same_folder(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    lock = SenderLock(tmp_path)
    try:
        assert not lock.acquire()
    finally:
        holder.communicate("stop\n", timeout=10)
    assert lock.acquire()  # released when the holder ended
    assert lock.acquire()  # re-entrant within one process
    lock.release()
    lock.release()
    assert not lock.held


def test_the_lock_goes_with_a_killed_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.communicate(timeout=10)
    lock = SenderLock(tmp_path)
    assert lock.acquire()
    lock.release()
