"""Checking many numbers on WhatsApp through a gateway: gently, in its largest batches, with progress and cancel.

Gateways watch number checks (many of them in a row look like a spammer
harvesting numbers and can get the device banned), so requests are spaced
by a random pause (``CheckPace``, 3–8 s by default) and sent one at a time,
each asking about as many numbers as the gateway takes at once
(``Limits.max_check_batch``: 100 on Wablas, 1 elsewhere).  Each batch's
answers are stored with their date before the next request, so cancelling —
by ``cancel`` between requests, or by cancelling the task — keeps every
answer received so far.  A 429 waits as long as the gateway asks (or a
minute) and asks again; any other error stops the check and is reported with
what was done.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from wadesk.domain.errors import RateLimited, WadeskError
from wadesk.domain.models import NumberCheck
from wadesk.providers.base import Provider
from wadesk.services.clock import Clock, sleep_or_wake

RATE_LIMIT_WAIT = 60.0  # seconds to wait after a 429 that gives no Retry-After
MAX_RATE_LIMITED = 5  # 429s in a row before the check stops


@dataclass(frozen=True)
class CheckPace:
    """The pause between two check requests, drawn between ``min_seconds`` and ``max_seconds``."""

    min_seconds: float = 3.0
    max_seconds: float = 8.0

    def __post_init__(self) -> None:
        if not 0 <= self.min_seconds <= self.max_seconds:
            raise ValueError("a check pause needs 0 <= min_seconds <= max_seconds")


@dataclass(frozen=True)
class CheckProgress:
    """How far a check has come: ``done`` of ``total`` numbers, and what the gateway said of them."""

    done: int
    total: int
    on_whatsapp: int = 0
    not_on_whatsapp: int = 0
    unknown: int = 0  # the gateway could not tell


@dataclass(frozen=True)
class BulkCheck:
    """The end of a check: its last progress, whether it was cancelled, the error that stopped it (if any)."""

    progress: CheckProgress
    cancelled: bool = False
    error: str | None = None
    failure: WadeskError | None = None  # the error itself, for a window to put in plain words

    @property
    def finished(self) -> bool:
        return not self.cancelled and self.error is None


ProgressFn = Callable[[CheckProgress], None]
RecordFn = Callable[[Sequence[NumberCheck]], Awaitable[None]]


async def check_in_bulk(
    provider: Provider,
    numbers: Sequence[str],
    record: RecordFn,
    *,
    clock: Clock,
    pace: CheckPace | None = None,
    on_progress: ProgressFn | None = None,
    cancel: asyncio.Event | None = None,
    rng: random.Random | None = None,
) -> BulkCheck:
    """Ask ``provider`` about ``numbers`` (normalised, each once) batch by batch; ``record`` stores each batch."""
    pace = pace or CheckPace()
    draw = rng or random.Random()
    stop = cancel or asyncio.Event()
    size = max(1, provider.info.limits.max_check_batch)
    todo = list(dict.fromkeys(numbers))
    progress = CheckProgress(0, len(todo))
    limited = 0
    start = 0
    while start < len(todo):
        if stop.is_set():
            return BulkCheck(progress, cancelled=True)
        batch = todo[start : start + size]
        try:
            answers = await provider.check_numbers(batch)
        except RateLimited as exc:
            limited += 1
            if limited > MAX_RATE_LIMITED:
                return BulkCheck(progress, error=str(exc), failure=exc)
            await sleep_or_wake(clock, exc.retry_after or RATE_LIMIT_WAIT, stop)
            continue
        except WadeskError as exc:
            return BulkCheck(progress, error=str(exc), failure=exc)
        limited = 0
        await record(answers)
        progress = _counted(progress, batch, answers)
        if on_progress is not None:
            on_progress(progress)
        start += size
        if start < len(todo):
            await sleep_or_wake(clock, draw.uniform(pace.min_seconds, pace.max_seconds), stop)
    return BulkCheck(progress)


def _counted(progress: CheckProgress, batch: Sequence[str], answers: Sequence[NumberCheck]) -> CheckProgress:
    said = {a.number: a.on_whatsapp for a in answers}
    yes = sum(1 for n in batch if said.get(n) is True)
    no = sum(1 for n in batch if said.get(n) is False)
    return CheckProgress(
        progress.done + len(batch),
        progress.total,
        progress.on_whatsapp + yes,
        progress.not_on_whatsapp + no,
        progress.unknown + len(batch) - yes - no,
    )


REQUEST_SECONDS = 1.0  # what one check request is reckoned to take, for ``check_seconds``


def check_seconds(count: int, batch: int, pace: CheckPace | None = None) -> float:
    """About how long checking ``count`` numbers takes, ``batch`` a request: the pauses between requests
    (the pace's average) and ``REQUEST_SECONDS`` for each request."""
    pace = pace or CheckPace()
    requests = -(-max(0, count) // max(1, batch))
    return max(0, requests - 1) * (pace.min_seconds + pace.max_seconds) / 2 + requests * REQUEST_SECONDS
