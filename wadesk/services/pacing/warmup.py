"""The sending governor's figures, in one table, and the warm-up of a new number.

WhatsApp bans numbers that send like a machine; the gateways leave pacing to
their callers.  These figures are the most careful of the widely published
advice, so that wadesk is at least as careful as any of it:

* WhatsApp's own rules (Business Policy; Help Center, "About account bans"):
  numbers are banned for bulk, automated or unsolicited messages, and a number
  that suddenly sends a lot to people who never wrote to it is the usual case.
* The WhatsApp Business Platform's messaging limits: a new number starts at a
  few hundred conversations a day and moves up a tier only while its quality
  stays high (a tier is held, not raised, after blocks and reports).  Hence a
  warm-up that advances only on good days.
* The bulk-sending advice of unofficial-gateway vendors and their users (the
  "how to avoid a ban" guides of Wablas, Wasender, WAHA/WACloud and the
  WhatsApp-automation trackers): a new number under ~30 new chats an hour and
  at most ~50 a day in its first days, a ramp of 20 → 50 → 120 → 300 a day,
  random gaps with jitter between messages and longer rests after a few dozen.

The gaps and rests themselves are the ``safe`` pace (``policy.PRESETS``): 30–60 s
at random between messages, a 5–10 min rest every 20.  What follows adds the
caps every message counts against, whatever sends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class WarmupStep:
    """``days`` good days at most ``daily_cap`` messages a day."""

    days: int
    daily_cap: int


@dataclass(frozen=True)
class GovernorTable:
    """Every figure of the governor.  ``GOVERNOR`` is the one in force; tests may build their own."""

    # A new number: 20 a day for 3 good days, 50 for 4, 120 for 7, 300 for 7; then only the pace's own cap.
    warmup: tuple[WarmupStep, ...] = (WarmupStep(3, 20), WarmupStep(4, 50), WarmupStep(7, 120), WarmupStep(7, 300))
    # At most this many a clock hour, every day (the advice says under 30 new chats an hour).
    hourly_cap: int = 25
    # A day on which more than this share of the answers were refusals holds the warm-up step (it is not "good").
    max_failed_share: float = 0.2
    # This many trouble answers in a row ("banned", "not connected", …) pause the device.
    trouble_run: int = 3

    @property
    def warmup_days(self) -> int:
        return sum(step.days for step in self.warmup)

    def warmup_cap(self, good_days: int) -> int | None:
        """Today's cap for a device with ``good_days`` good days behind it (None: warmed up)."""
        passed = 0
        for step in self.warmup:
            passed += step.days
            if good_days < passed:
                return step.daily_cap
        return None


GOVERNOR = GovernorTable()


@dataclass(frozen=True)
class DayCount:
    """What a device's gateway accepted and refused on one day (in the device's zone)."""

    day: date
    accepted: int
    failed: int

    def good(self, table: GovernorTable = GOVERNOR) -> bool:
        """Sent something, and refusals were not too many."""
        answered = self.accepted + self.failed
        return self.accepted > 0 and self.failed <= table.max_failed_share * answered


@dataclass(frozen=True)
class Warmup:
    """Where a device stands in its warm-up: day ``day`` of ``of``, at most ``daily_cap`` today (None: done)."""

    day: int
    of: int
    daily_cap: int | None
    held: bool  # the last day it sent on had too many refusals: its step did not advance

    @property
    def done(self) -> bool:
        return self.daily_cap is None


def warmup(days: Iterable[DayCount], today: date, table: GovernorTable = GOVERNOR) -> Warmup:
    """The warm-up of a device from its daily counts (days before ``today`` count; days it sent nothing do not)."""
    past = sorted((d for d in days if d.day < today and d.accepted + d.failed), key=lambda d: d.day)
    good = sum(d.good(table) for d in past)
    held = bool(past) and not past[-1].good(table)
    cap = table.warmup_cap(good)
    return Warmup(min(good + 1, table.warmup_days), table.warmup_days, cap, held)


# Gateway answers that mean the number is in trouble: blocked, banned, logged out or not connected.  From the
# providers' own words (see /providers/*.md): Wablas "whatsapp sender not connected, need scan qr code again",
# WACloud "Device is not connected (status: disconnected). Pair it first.", Wasender and Wablas device status
# "disconnected", and the "banned"/"blocked" of WhatsApp itself that gateways pass on.
TROUBLE = re.compile(
    r"\b(banned|ban|blocked|suspended|not connected|disconnected|logged out|log ?out|scan (the )?qr|"
    r"pair it first|not paired|unpaired|not authenticated|session (closed|expired|not found))\b",
    re.IGNORECASE,
)


def is_trouble(words: str | None) -> bool:
    """Whether a gateway's answer means the number is blocked, banned or not connected."""
    return bool(words) and TROUBLE.search(words or "") is not None


__all__ = ["GOVERNOR", "TROUBLE", "DayCount", "GovernorTable", "Warmup", "WarmupStep", "is_trouble", "warmup"]
