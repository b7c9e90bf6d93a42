"""One sender per data folder.

Recovery treats rows left in ``sending`` as abandoned by a crash; that is only
true when no other wadesk process is sending from the same folder right now.
The dispatcher therefore holds an exclusive lock on ``outbox.lock`` while it
sends; the operating system releases it when the process ends, even by a kill.

The holder writes who it is (process id and command) into the file, after
its first byte (Windows locks that byte against reading too), so that a
second wadesk kept waiting can say which one is busy.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _command() -> str:
    """This process as a user would name it: "wadesk outbox run", or the desktop window."""
    words: list[str] = []
    for word in sys.argv[1:]:
        if word.startswith("-") or len(words) == 2:
            break
        words.append(word)
    return " ".join(["wadesk", *words]) if words else "the wadesk desktop window"


class SenderLock:
    """A non-blocking, re-entrant (within this object) exclusive lock on ``home/outbox.lock``."""

    def __init__(self, home: Path) -> None:
        self.path = home / "outbox.lock"
        self._fd: int | None = None
        self._depth = 0

    def acquire(self) -> bool:
        """Take the lock if nobody else holds it; ``False`` when another process does."""
        if self._fd is not None:
            self._depth += 1
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd, self._depth = fd, 1
        with contextlib.suppress(OSError):  # a full disk: the lock holds all the same, it just cannot say who
            os.ftruncate(fd, 1)
            os.lseek(fd, 1, os.SEEK_SET)
            os.write(fd, f"pid {os.getpid()}: {_command()}\n".encode())
        return True

    def holder(self) -> str | None:
        """Who holds the lock when another process does ("pid 4242: wadesk outbox run"); else ``None``."""
        if self._fd is not None:
            return None
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            return None
        try:
            if _try_lock(fd):
                _unlock(fd)
                return None
            os.lseek(fd, 1, os.SEEK_SET)
            text = os.read(fd, 512).decode("utf-8", "replace").strip()
        except OSError:
            return "another wadesk"
        finally:
            os.close(fd)
        if text.startswith(f"pid {os.getpid()}:"):
            return None  # this very process
        return text if text.startswith("pid ") else "another wadesk"

    def release(self) -> None:
        if self._fd is None:
            return
        self._depth -= 1
        if self._depth == 0:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.release()
