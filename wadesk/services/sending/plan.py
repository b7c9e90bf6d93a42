"""A send plan: what would go to whom, from which device, when, and what stands in the way.

A plan is a plain value (no Qt, no I/O): the Composer previews it, the command
line prints it, its problems (which block) and its warnings (which do not),
and committing it stores exactly these messages.  Nothing is sent or stored
while planning.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from itertools import groupby

from wadesk.domain.models import Account, OutgoingMessage
from wadesk.domain.words import N_, Phrase, lines, phrase
from wadesk.providers.base import ProviderInfo
from wadesk.services.campaigns import MAX_LISTED_ERRORS
from wadesk.services.pacing import PacePolicy
from wadesk.services.sending.request import SendRequest


class ProblemKind(enum.Enum):
    """What a problem is about; problems are told in this order."""

    NO_DEVICE = "no device"  # no account to send from
    RECIPIENT = "recipient"  # a number, group id or local group that cannot be used
    NO_RECIPIENT = "no recipient"  # none was given at all
    ROW = "row"  # a row of a recipient table that cannot be used
    NONE_LEFT = "none left"  # every recipient given was left out
    TEMPLATE = "template"  # the text's {variables} or {spin|tax}
    MESSAGE = "message"  # a message the first device cannot send
    DEVICE = "device"  # a message the device whose turn it is cannot send
    TIME_PASSED = "time passed"
    GATEWAY_NEEDS_TIME = "gateway needs a time"  # holding on the gateway was asked for a send now
    NO_GATEWAY_SCHEDULER = "no gateway scheduler"  # holding on the gateway was asked of one that cannot
    PACE = "pace"


_ORDER = {kind: index for index, kind in enumerate(ProblemKind)}


@dataclass(frozen=True)
class Problem:
    """Something that keeps the plan from being sent, in plain words, and where it is."""

    kind: ProblemKind
    words: Phrase | str  # ``text`` is them in English
    recipient: str | None = None  # the number or group id (as typed when it could not be read)
    row: int | None = None  # the row of a recipient table, as a spreadsheet numbers it
    table: int | None = None  # which of the request's tables (0 = the first)
    device: str | None = None  # the account's name

    @property
    def text(self) -> str:
        return str(self.words)

    @property
    def where(self) -> str | None:
        return str(self.place) if self.place is not None else None

    @property
    def place(self) -> Phrase | str | None:
        return phrase(N_("row {row}"), row=self.row) if self.row is not None else self.recipient

    @property
    def line(self) -> str:
        """The problem on one line: a row's or a message's is preceded by where it is; the others name it."""
        return str(self.said)

    @property
    def said(self) -> Phrase | str:
        """``line`` for the window (``wadesk.ui.i18n.say``)."""
        located = self.kind in (ProblemKind.ROW, ProblemKind.MESSAGE, ProblemKind.DEVICE)
        place = self.place
        return phrase(N_("{where}: {problem}"), where=place, problem=self.words) if located and place else self.words


class WarningKind(enum.Enum):
    """What a warning is about (see ``sending.risk``): things that raise the risk of a ban, in this order."""

    SAME_TEXT = "same text"  # everyone gets the very same text
    LINK_IN_FIRST_MESSAGE = "link in first message"  # a link to people this device never reached
    NOT_ON_WHATSAPP = "not on WhatsApp"  # many numbers of the list are not on WhatsApp


@dataclass(frozen=True)
class PlanWarning:
    """Something that does not block the send but may get the number banned, in plain words, and how many it
    concerns (messages for ``SAME_TEXT``, people for the others)."""

    kind: WarningKind
    words: Phrase | str  # ``text`` is them in English
    count: int

    @property
    def text(self) -> str:
        return str(self.words)


@dataclass(frozen=True)
class Skip:
    """A recipient left out, and why (given twice, not on WhatsApp, …)."""

    recipient: str
    reason: str
    row: int | None = None
    table: int | None = None
    first_row: int | None = None  # given twice: the row it came first, when it came from a table

    @property
    def words(self) -> Phrase | str:
        """``reason`` for the window (``wadesk.ui.i18n.say``)."""
        if self.first_row is not None:
            return phrase(N_("already a recipient (row {row})"), row=self.first_row)
        return self.reason


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    """One rendered message, the device that sends it, and where its recipient came from."""

    message: OutgoingMessage
    device: str  # the account's name
    row: int | None = None
    table: int | None = None

    @property
    def to(self) -> str:
        return self.message.to.address

    @property
    def text(self) -> str:
        """What the recipient reads: the text, or a media message's caption."""
        return self.message.caption if self.message.kind.is_media else self.message.text


class HeldBy(enum.Enum):
    """Who holds a device's share until it goes: wadesk's outbox, or the gateway's own scheduler."""

    WADESK = "wadesk"
    GATEWAY = "gateway"


@dataclass(frozen=True)
class Estimate:
    """When a share's messages go under its pace (UTC).

    ``finish`` lays the gaps out at the middle of each of the pace's ranges,
    ``latest`` at their longest.  Laid out by the dispatcher's own ``Pacer``,
    from this device's count for the day; other campaigns sending through the
    same device at the same time are not counted.
    """

    start: datetime
    finish: datetime
    latest: datetime


@dataclass(frozen=True)
class Share:
    """The messages one device sends, in the order it sends them."""

    account: Account
    info: ProviderInfo
    messages: tuple[OutgoingMessage, ...]
    held_by: HeldBy
    estimate: Estimate | None  # None while the pace itself is a problem


@dataclass(frozen=True)
class Plan:
    request: SendRequest  # without its recipient tables: their rows became ``messages``
    messages: tuple[PlannedMessage, ...]  # in the order the recipients were given
    shares: tuple[Share, ...]  # one per device that has messages, in the order the devices were given
    problems: tuple[Problem, ...]
    skipped: tuple[Skip, ...]
    campaign_name: str  # used when there is more than one message
    pace: PacePolicy | None  # None when the pace given cannot be read (a PACE problem says why)
    tz: tzinfo  # the zone to show times in
    planned_at: datetime
    warnings: tuple[PlanWarning, ...] = ()  # what may get the number banned; they do not block (``risk``)

    @property
    def ok(self) -> bool:
        """Whether it can be committed: no problem at all."""
        return not self.problems

    @property
    def at(self) -> datetime | None:
        return self.request.at

    @property
    def is_campaign(self) -> bool:
        """More than one message: a campaign, paced and listed as one."""
        return len(self.messages) > 1

    @property
    def finish(self) -> datetime | None:
        """When the last message goes, with typical gaps (None when it cannot be told)."""
        return max((s.estimate.finish for s in self.shares if s.estimate), default=None)

    @property
    def latest(self) -> datetime | None:
        """When the last message goes at the latest under the pace."""
        return max((s.estimate.latest for s in self.shares if s.estimate), default=None)

    def error(self, words: Callable[[Problem], str | None] | None = None) -> str:
        """Every problem in plain words, as one message; see ``problems_text``."""
        return str(problems_text(self.problems, words))

    def error_words(self) -> Phrase | str:
        """``error()`` for the window (``wadesk.ui.i18n.say``), or to raise: ``ValidationError(plan.error_words())``."""
        return problems_text(self.problems)


def time_passed(at: datetime) -> Phrase:
    """``2027-01-01 09:00 (Asia/Jakarta) has already passed``: the time as it was asked for."""
    return phrase(N_("{time} ({zone}) has already passed"), time=f"{at:%Y-%m-%d %H:%M}", zone=at.tzinfo)


def problems_text(problems: Sequence[Problem], words: Callable[[Problem], str | None] | None = None) -> Phrase | str:
    """The problems as one message, grouped by kind, in the order of ``ProblemKind``.

    ``words`` may say a problem in a front end's own terms (the command line
    names its options); ``None`` keeps the plan's words.  Rows of a recipient
    table are listed under a heading per table, messages that cannot be sent
    under one heading; at most ``MAX_LISTED_ERRORS`` lines are listed of each.
    """

    def say(problem: Problem) -> Phrase | str:
        return (words(problem) if words else None) or problem.said

    sections: list[Phrase | str] = []
    ordered = sorted(problems, key=lambda p: _ORDER[p.kind])
    for kind, group in groupby(ordered, key=lambda p: p.kind):
        these = list(group)
        if kind is ProblemKind.ROW:
            for _, rows in groupby(sorted(these, key=lambda p: p.table or 0), key=lambda p: p.table or 0):
                listed = list(rows)
                sections.append(
                    phrase(
                        N_("{count} row(s) of the recipient file cannot be used; fix them and try again:\n{rows}"),
                        count=len(listed),
                        rows=_listed([say(p) for p in listed]),
                    )
                )
        elif kind is ProblemKind.MESSAGE or (kind is ProblemKind.DEVICE and len({p.text for p in these}) > 1):
            said = [say(p) for p in these]
            sections.append(
                said[0]
                if len(said) == 1
                else phrase(N_("{count} message(s) cannot be sent:\n{rows}"), count=len(said), rows=_listed(said))
            )
        elif kind is ProblemKind.DEVICE:  # one reason for every message of a device: said once, as it is
            sections.append(these[0].words)
        else:
            once: dict[str, Phrase | str] = {}
            for p in these:
                told = say(p)
                once.setdefault(str(told), told)
            sections.extend(once.values())
    return lines(sections)


def _listed(said: Sequence[Phrase | str]) -> Phrase | str:
    shown = list(said[:MAX_LISTED_ERRORS])
    more = len(said) - len(shown)
    if more > 0:
        shown.append(phrase(N_("… and {count} more"), count=more))
    return lines(shown)
