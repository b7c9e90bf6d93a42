"""Running async work from the interface without losing errors or blocking the window.

A ``Tasks`` belongs to one widget: it keeps its tasks alive, hands their
result or their error (in plain words, never a traceback) to callbacks, and
cancels what is still running when the widget is destroyed or closed.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from wadesk.domain.errors import WadeskError
from wadesk.ui.i18n import say

log = logging.getLogger(__name__)

T = TypeVar("T")

_ALL: weakref.WeakSet[Tasks] = weakref.WeakSet()


def running() -> list[asyncio.Task[Any]]:
    """The tasks every widget started whose result it has not handled yet, lasting ones aside
    (the screenshots wait for them)."""
    return [task for tasks in list(_ALL) for task in tasks._tasks - tasks._lasting]


class Tasks:
    def __init__(self, owner: QObject) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._lasting: set[asyncio.Task[Any]] = set()  # run while the widget is open (a pairing flow)
        self._alive = True
        owner.destroyed.connect(self._owner_gone)
        _ALL.add(self)

    def _owner_gone(self) -> None:
        self._alive = False
        self.cancel_all()

    def start(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[str], None] | None = None,
        lasting: bool = False,
    ) -> asyncio.Task[T]:
        """Run ``coro``; then ``done(result)`` or ``failed(words)``, unless it was cancelled.

        ``lasting``: the task runs as long as the widget wants (not a piece of work to wait for).
        """
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if lasting:
            self._lasting.add(task)

        def finished(t: asyncio.Task[T]) -> None:
            self._tasks.discard(t)
            self._lasting.discard(t)
            if t.cancelled():
                return
            exc = t.exception()
            if exc is not None and not isinstance(exc, WadeskError):
                log.error("a background task failed", exc_info=exc)
            if not self._alive:
                return
            if exc is None:
                if done is not None:
                    done(t.result())
            elif failed is not None:
                failed(say(exc))  # in the window's language

        task.add_done_callback(finished)
        return task

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
