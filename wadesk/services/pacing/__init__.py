"""Human-like pacing, one ``Pacer`` per device.

A ``PacePolicy`` says how fast a device may send: a random delay between
messages, a longer rest after every N messages, a daily cap, and quiet hours
(in the device's time zone).  A ``Pacer`` applies one policy to one device,
shared by every campaign sending through it::

    n = await pacer.acquire(len(batch))   # waits, then allows n >= 1 messages
    try:
        await provider.send(batch[:n])
    except RateLimited as exc:
        pacer.release(n)
        pacer.pause_for(exc.retry_after or 60)
    else:
        pacer.record_sent(n)

The gap before the next message is drawn when ``acquire`` grants the current
one.  Granted messages count towards the daily cap at once (so concurrent
campaigns cannot overshoot it); ``record_sent`` confirms them and ``release``
gives back those that certainly did not go out.
"""

from __future__ import annotations

from wadesk.domain.zones import DEFAULT_ZONE, local_zone, zone
from wadesk.services.pacing.pacer import Pacer, lay_out, timetable
from wadesk.services.pacing.policy import PRESETS, PacePolicy, policy_from

__all__ = [
    "DEFAULT_ZONE",
    "PRESETS",
    "PacePolicy",
    "Pacer",
    "lay_out",
    "local_zone",
    "policy_from",
    "timetable",
    "zone",
]
