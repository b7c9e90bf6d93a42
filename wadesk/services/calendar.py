"""What the Scheduler's calendar shows, read in one go: the scheduled messages as calendar entries, each device's
daily cap and quiet hours, and each campaign's projected sending window.

Qt-free and synchronous (the panel reads it off the event loop).  Entries come
from *sources*: ``scheduled_entries`` turns ``ScheduleService.list()`` into
entries; recurring series add their upcoming occurrences as one more source
(an ``EntrySource`` passed to ``read_calendar``), with ``message_ids`` empty
until an occurrence becomes a message.

Messages scheduled together (one campaign's, or one send's, at the same minute,
held in the same place) are one entry with several recipients: the calendar
speaks of sends, not of rows.  A device's pace is the tightest daily cap (and
quiet hours) among the paces of its scheduled campaigns, or the app's default
pace when it has none; single messages are not paced.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, StoredMessage
from wadesk.domain.recurrence import repeats_words
from wadesk.domain.words import N_, Phrase, phrase
from wadesk.services.accounts import AccountService
from wadesk.services.pacing import PacePolicy, lay_out, policy_from
from wadesk.services.schedules import ScheduledMessage, ScheduleService, is_missed
from wadesk.services.series import SeriesService
from wadesk.store import Store

PREVIEW_CHARS = 120


@dataclass(frozen=True)
class CalendarEntry:
    """One send on the calendar: a scheduled message, or several scheduled together."""

    key: str  # stable across reloads: "message:<first id>" (an occurrence of a series: "series:<id>:<day>")
    at: datetime  # aware
    account_id: int
    recipients: str  # a name or a number for one, a count for several
    count: int
    preview: str
    where: Phrase | str  # who holds it, in words ("on Wablas", "in wadesk — sent while wadesk runs"): ``say`` it
    on_gateway: bool
    message_ids: tuple[int, ...]  # empty: not a message yet, nothing to move or cancel here
    can_cancel: bool
    can_move: bool
    missed: bool = False
    campaign_id: int | None = None
    zone: tzinfo | None = None  # the zone it was made in (its device's)
    campaign: str = ""  # the campaign's name, for one that belongs to a campaign
    # Its words can change ("Edit text…"): not a campaign's, every message's can (see ``where_held``), all the same.
    can_edit: bool = False
    text: str = ""  # the whole text (a media message's caption) of an entry whose words can change


@dataclass(frozen=True)
class DeviceLoad:
    """A device on the calendar: its name, its gateway, and the pace its schedules go out at."""

    account_id: int
    name: str
    gateway: str
    zone: tzinfo
    daily_cap: int | None
    policy: PacePolicy | None  # quiet hours and the day the cap counts in
    own_pace: bool = False  # from its campaigns' paces (otherwise the app's default pace)

    def in_quiet_hours(self, when: datetime) -> bool:
        return self.policy is not None and self.policy.in_quiet_hours(when)

    @property
    def quiet(self) -> str | None:
        """ "21:00–07:00" in the pace's zone, or None."""
        policy = self.policy
        if policy is None or policy.quiet_start is None or policy.quiet_end is None:
            return None
        return f"{policy.quiet_start:%H:%M}–{policy.quiet_end:%H:%M}"


@dataclass(frozen=True)
class CampaignWindow:
    """When a scheduled campaign is expected to send: its first and last planned times, from its pace."""

    campaign_id: int
    account_id: int
    name: str
    first: datetime
    last: datetime
    count: int


@dataclass(frozen=True)
class CalendarSnapshot:
    entries: list[CalendarEntry]  # by time, missed ones included
    devices: list[DeviceLoad]  # in the order their colours are given
    windows: list[CampaignWindow]
    now: datetime
    over_cap: dict[tuple[int, date], int] = field(default_factory=dict)  # (device, day in its pace's zone) -> count

    @property
    def missed(self) -> list[CalendarEntry]:
        return [e for e in self.entries if e.missed]

    def device(self, account_id: int) -> DeviceLoad | None:
        return next((d for d in self.devices if d.account_id == account_id), None)

    def per_day(self, tz: tzinfo) -> dict[date, dict[int, int]]:
        """How many messages each device has on each day (in ``tz``), missed ones aside."""
        days: dict[date, dict[int, int]] = {}
        for entry in self.entries:
            if entry.missed:
                continue
            day = days.setdefault(entry.at.astimezone(tz).date(), {})
            day[entry.account_id] = day.get(entry.account_id, 0) + entry.count
        return days


EntrySource = Callable[[], Sequence[CalendarEntry]]


def _shorten(value: str) -> str:
    text = " ".join(value.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _preview(row: StoredMessage) -> str:
    body = row.body
    for key in ("text", "caption"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return _shorten(value)
    return f"({row.kind.value})"


def _who(store: Store, rows: Sequence[StoredMessage]) -> str:
    if len(rows) > 1:
        return f"{len(rows)} recipients"
    to = rows[0].to
    if to.is_group:
        names = {g.group_id: g.name for g in store.groups.list(rows[0].account_id)}
        name = names.get(to.address, "")
        return f"group {name}" if name else "a group"
    contact = store.contacts.get(to.address)
    if contact is not None and contact.name:
        return contact.name
    return f"+{to.address}"


def scheduled_entries(
    store: Store, scheduled: Sequence[ScheduledMessage], accounts: AccountService
) -> list[CalendarEntry]:
    """The scheduled messages as entries, those sent together as one."""
    groups: dict[tuple[object, ...], list[ScheduledMessage]] = {}
    for item in scheduled:
        row = item.row
        at = (row.scheduled_at or row.created_at).replace(second=0, microsecond=0)
        if row.campaign_id is not None:  # one campaign's messages: personalised texts, one send
            key: tuple[object, ...] = (row.account_id, row.campaign_id, at, item.holder.text)
        elif row.hold is None:  # one send of wadesk's to several people
            key = (row.account_id, None, at, item.holder.text, row.kind, _preview(row))
        else:
            key = (row.id,)
        groups.setdefault(key, []).append(item)
    campaigns = {c.id: c for c in store.outbox.campaigns()} if any(i.row.campaign_id for i in scheduled) else {}
    zones: dict[int, tzinfo] = {}
    entries = []
    for items in groups.values():
        rows = [i.row for i in items]
        first, holder = rows[0], items[0].holder
        if first.account_id not in zones:
            zones[first.account_id] = accounts.time_zone(store.accounts.get_by_id(first.account_id))
        campaign = campaigns.get(first.campaign_id) if first.campaign_id is not None else None
        # A campaign's messages are personalised: their words are not changed together here.
        texts = {_words(r) for r in rows}
        editable = first.campaign_id is None and len(texts) == 1 and all(i.holder.can_edit for i in items)
        entries.append(
            CalendarEntry(
                key=f"message:{first.id}",
                at=first.scheduled_at or first.created_at,
                account_id=first.account_id,
                recipients=_who(store, rows),
                count=len(rows),
                preview=_shorten(campaign.template) if campaign is not None and len(rows) > 1 else _preview(first),
                where=holder.words,
                on_gateway=holder.on_gateway,
                message_ids=tuple(r.id for r in rows),
                can_cancel=all(i.holder.can_cancel for i in items),
                can_move=all(i.holder.can_move for i in items),
                missed=is_missed(first),
                campaign_id=first.campaign_id,
                zone=zones[first.account_id],
                campaign=campaign.name if campaign is not None else "",
                can_edit=editable,
                text=texts.pop() if editable else "",
            )
        )
    return entries


def _words(row: StoredMessage) -> str:
    value = row.body.get("caption" if row.kind.is_media else "text")
    return value if isinstance(value, str) else ""


SERIES_AHEAD = timedelta(days=400)  # how far the calendar shows a recurring schedule's occurrences


def series_entries(series: SeriesService, now: datetime, ahead: timedelta = SERIES_AHEAD) -> list[CalendarEntry]:
    """The recurring schedules' occurrences to come that are not messages yet (those made are scheduled messages,
    listed with them): one entry each, to show — moved or cancelled through their series, not here."""
    listed = {s.id: s for s in series.list()}
    entries = []
    for upcoming in series.upcoming(now, now + ahead):
        found = listed.get(upcoming.series_id)
        if upcoming.made or found is None or not found.accounts:
            continue
        count = found.recipient_count
        entries.append(
            CalendarEntry(
                key=f"series:{upcoming.key}",
                at=upcoming.occurrence.at,
                account_id=found.accounts[0].id,
                recipients=f"{count} recipients" if count != 1 else "1 recipient",
                count=max(count, 1),
                preview=_shorten(found.text),
                where=phrase(N_("in wadesk — repeats {rule}"), rule=repeats_words(found.rule)),
                on_gateway=False,
                message_ids=(),
                can_cancel=False,
                can_move=False,
                zone=found.rule.zone,
            )
        )
    return entries


def _policy(pace: str, tz: tzinfo) -> PacePolicy | None:
    try:
        return policy_from(pace, tz=tz)
    except ValidationError:
        return None


def _tighter(a: PacePolicy | None, b: PacePolicy | None) -> PacePolicy | None:
    """The pace whose daily cap is lower (a cap beats none); quiet hours kept from either."""
    if a is None or b is None:
        return a or b
    if b.daily_cap is not None and (a.daily_cap is None or b.daily_cap < a.daily_cap):
        a, b = b, a
    if not a.has_quiet_hours and b.has_quiet_hours:
        return PacePolicy(
            a.min_delay,
            a.max_delay,
            a.rest_every,
            a.rest_min,
            a.rest_max,
            a.daily_cap,
            b.quiet_start,
            b.quiet_end,
            a.tz,
            a.name,
        )
    return a


def read_calendar(
    store: Store,
    accounts: AccountService,
    schedules: ScheduleService,
    now: datetime,
    *,
    default_pace: str = "safe",
    sources: Sequence[EntrySource] = (),
) -> CalendarSnapshot:
    """Everything the calendar shows, as of ``now``."""
    entries = scheduled_entries(store, schedules.list(), accounts)
    for source in sources:
        entries.extend(source())
    entries.sort(key=lambda e: (e.at, e.key))

    campaigns = {c.id: c for c in store.outbox.campaigns()}
    listed: list[Account] = accounts.list()
    default = {a.id: _policy(default_pace, accounts.time_zone(a)) for a in listed}
    paces: dict[int, PacePolicy | None] = {}
    planned: dict[int, list[datetime]] = {}
    for entry in entries:
        if entry.campaign_id is None or entry.missed or entry.campaign_id not in campaigns:
            continue
        campaign = campaigns[entry.campaign_id]
        policy = _policy(campaign.pace, entry.zone or UTC)
        if entry.account_id in paces:
            paces[entry.account_id] = _tighter(paces[entry.account_id], policy)
        else:
            paces[entry.account_id] = policy
        planned.setdefault(entry.campaign_id, []).extend([entry.at] * entry.count)

    devices = []
    for account in listed:
        policy = paces.get(account.id, default.get(account.id))
        devices.append(
            DeviceLoad(
                account.id,
                account.name,
                accounts.info(account).name,
                accounts.time_zone(account),
                policy.daily_cap if policy is not None else None,
                policy,
                account.id in paces,
            )
        )

    windows = []
    for campaign_id, times in planned.items():
        campaign = campaigns[campaign_id]
        policy = _policy(campaign.pace, accounts.time_zone(store.accounts.get_by_id(campaign.account_id)))
        times.sort()
        first, last = times[0], times[-1]
        if policy is not None and len(set(times)) < len(times):
            # Held by wadesk: its messages share one time and the pace spaces them when they are sent.
            laid = lay_out(policy, first, len(times), rng=random.Random(campaign_id))
            last = max(last, laid[-1])
        windows.append(CampaignWindow(campaign_id, campaign.account_id, campaign.name, first, last, len(times)))

    over_cap: dict[tuple[int, date], int] = {}
    counts: dict[tuple[int, date], int] = {}
    by_id = {d.account_id: d for d in devices}
    for entry in entries:
        device = by_id.get(entry.account_id)
        if entry.missed or device is None or device.policy is None:
            continue
        day = device.policy.local_date(entry.at)
        counts[(entry.account_id, day)] = counts.get((entry.account_id, day), 0) + entry.count
    for (account_id, day), count in counts.items():
        cap = by_id[account_id].daily_cap
        if cap is not None and count > cap:
            over_cap[(account_id, day)] = count
    return CalendarSnapshot(entries, devices, windows, now, over_cap)
