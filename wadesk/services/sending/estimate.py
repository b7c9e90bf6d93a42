"""When a device's share goes, laid out in advance by the pacing code that spaces it when it is sent."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from datetime import date, datetime

from wadesk.services.pacing import PacePolicy, lay_out, policy_from
from wadesk.services.pacing.governor import Limits
from wadesk.services.pacing.pacer import governed
from wadesk.services.sending.plan import Estimate, HeldBy

TYPICAL = 0.5  # each gap at the middle of its range
LONGEST = 1.0  # each gap at its longest


class Draw(random.Random):
    """A "random" source that always draws the same point of a range: ``TYPICAL``, ``LONGEST``, …

    Pacing draws every gap with ``uniform``; this makes a timetable tell the
    typical or the longest case.  A dispatcher given one paces exactly so.
    """

    def __init__(self, point: float) -> None:
        super().__init__(0)
        self.point = point

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.point


async def estimate(
    policy: PacePolicy,
    start: datetime,
    count: int,
    *,
    held_by: HeldBy,
    paced: bool,
    day_count: Callable[[date], int],
    limits: Limits | None = None,
) -> Estimate:
    """When ``count`` messages from ``start`` go, as the outbox will send (or hand over) them.

    ``paced``: they form a campaign (one person's message goes at once).
    ``day_count(day)`` is what the daily cap already counts on ``day``: what
    the device sent that day for a send by wadesk, and what it sent or has
    scheduled for one the gateway holds.  ``limits(day)``: the device's caps
    from the sending governor (a new number's warm-up cap for the day, the cap
    per hour), as its pacer applies them.
    """
    if held_by is HeldBy.GATEWAY:  # Outbox.enqueue_for_gateway: one time per message, in whole seconds
        pace = policy if paced else policy_from("none")
        first, last, latest = await _lay_out(pace, start, count, day_count, limits)
        return Estimate(first.replace(microsecond=0), last.replace(microsecond=0), latest.replace(microsecond=0))
    capped = limits is not None and governed(policy)
    if not paced or (policy.batch_ok and not capped):  # Outbox._drain: sent at once, in as few requests as fit
        return Estimate(start, start, start)
    return Estimate(*await _lay_out(policy, start, count, day_count, limits))


async def _lay_out(
    policy: PacePolicy, start: datetime, count: int, day_count: Callable[[date], int], limits: Limits | None
) -> tuple[datetime, datetime, datetime]:
    """The first and the last time with typical gaps, and the last with the longest (off the event loop)."""

    def both() -> tuple[datetime, datetime, datetime]:
        typical = lay_out(policy, start, count, rng=Draw(TYPICAL), planned_on=day_count, limits=limits)
        longest = lay_out(policy, start, count, rng=Draw(LONGEST), planned_on=day_count, limits=limits)
        return typical[0], typical[-1], longest[-1]

    return await asyncio.to_thread(both)
