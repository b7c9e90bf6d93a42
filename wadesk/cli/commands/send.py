"""``wadesk send``: a message to one or many recipients, now or at a time."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path

from wadesk.app import App
from wadesk.cli.output import (
    FAILED,
    OK,
    emit,
    fail,
    local_time,
    print_send_results,
    progress_printer,
    send_json,
    time_span,
    zone_name,
)
from wadesk.cli.parser import parse_sets, parse_when
from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import (
    Button,
    ButtonsContent,
    ContactCard,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MessageKind,
    PollContent,
    StoredMessage,
    TemplateContent,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.recurrence import LAST_DAY, Frequency, Rule, parse_weekdays
from wadesk.domain.status import DeliveryStatus
from wadesk.services.compose import Draft, media_ref
from wadesk.services.recipients_csv import RecipientTable, read_recipients
from wadesk.services.sending import HeldBy, PlanWarning, Problem, ProblemKind, SendRequest, ShareOutcome, Skip
from wadesk.services.sending.recipients import OPTED_OUT
from wadesk.services.series import Series


async def cmd_send(app: App, args: argparse.Namespace) -> int:
    rule = rule_from_args(args)
    if rule is not None:
        return await _send_repeating(app, args, rule)
    sending = app.sending
    # Not kept: the plan has what it needs of the request, and a recipient file's rows are its messages now.
    plan = await sending.plan(await request_from_args(app, args))
    request = plan.request
    if not plan.ok:
        raise ValidationError(plan.error(lambda problem: _in_cli_words(problem, args, request)))
    if plan.skipped:
        _note_skipped(plan.skipped)
    _warn(plan.warnings, args.json)
    if plan.at is not None:
        outcome = await sending.commit(plan)
        return max(_print_scheduled_share(share, plan.at, plan.tz, args.json) for share in outcome.shares)

    count, pace_name = len(plan.messages), args.pace or app.settings.pace

    def said_stored(campaign_id: int | None) -> None:
        devices = f" on {len(request.accounts)} devices" if len(request.accounts) > 1 else ""
        print(f"campaign {campaign_id}: {count} messages{devices}, pace {pace_name}", file=sys.stderr)

    chatty = plan.is_campaign and not args.json
    outcome = await sending.commit(
        plan, on_stored=said_stored if chatty else None, on_progress=progress_printer(count) if chatty else None
    )
    if outcome.busy:
        for share in outcome.shares:
            for row in share.rows:
                if args.json:
                    emit(send_json(row))
        print(
            f"{count} message(s) queued: the wadesk already running from this data folder sends them "
            "(a running 'wadesk send' once its own messages are out)"
        )
        return OK
    if outcome.also_sent:
        print(f"also sent {outcome.also_sent} message(s) that another wadesk queued meanwhile", file=sys.stderr)
    for error in outcome.still_waiting:
        fail(f"messages another wadesk queued are still waiting ('wadesk outbox run' sends them): {error}")
    return print_send_results(outcome.rows, args.json)


def rule_from_args(args: argparse.Namespace) -> Rule | None:
    """The recurrence ``--repeat`` (with ``--on``, ``--day``, ``--until``, ``--count``) asks for; None without it."""
    if args.repeat is None:
        extra = [f"--{name}" for name in ("on", "day", "until", "count") if getattr(args, name) is not None]
        if extra:
            raise ValidationError(f"{', '.join(extra)} is for a recurring schedule: give --repeat too")
        return None
    if not args.at:
        raise ValidationError('--repeat needs --at: the first time, e.g. --at "2026-12-01 09:00"')
    if args.on_gateway:
        raise ValidationError("a recurring schedule is held by wadesk: leave out --on-gateway")
    frequency = Frequency(args.repeat)
    if args.on is not None and frequency is not Frequency.WEEKLY:
        raise ValidationError("--on (days of the week) is for --repeat weekly")
    if args.day is not None and frequency is not Frequency.MONTHLY:
        raise ValidationError("--day (a day of the month) is for --repeat monthly")
    if args.count is not None and args.count < 1:
        raise ValidationError(f"--count {args.count}: it must be sent at least once (1 or more)")
    first = parse_when(args.at, args.tz)
    until = None
    if args.until is not None:
        try:
            until = date.fromisoformat(args.until.strip())
        except ValueError:
            raise ValidationError(f"--until {args.until!r} is not YYYY-MM-DD") from None
        if until < first.date():
            raise ValidationError(f"--until {until:%Y-%m-%d} is before the first time, {first:%Y-%m-%d}")
    day = None
    if args.day is not None:
        text = args.day.strip().lower()
        if text == "last":
            day = LAST_DAY
        elif text.isdigit() and 1 <= int(text) <= 31:
            day = int(text)
        else:
            raise ValidationError(f"--day {args.day!r} is not a day of the month: give 1 to 31, or last")
    weekdays = parse_weekdays(args.on) if args.on is not None else frozenset()
    assert first.tzinfo is not None
    return Rule(
        frequency,
        first.date(),
        first.time().replace(tzinfo=None),
        first.tzinfo,
        weekdays=weekdays,
        day=day,
        until=until,
        count=args.count,
    )


async def _send_repeating(app: App, args: argparse.Namespace, rule: Rule) -> int:
    """A recurring schedule: checked like a send (its first occurrence planned), stored, then made as it comes."""
    request = dataclasses.replace(await request_from_args(app, args), at=None)
    plan = await app.series.preview(request, rule)
    if not plan.ok:
        raise ValidationError(plan.error(lambda problem: _in_cli_words(problem, args, plan.request)))
    if plan.skipped:
        _note_skipped(plan.skipped)
    _warn(plan.warnings, args.json)
    series = await app.series.create(request, rule)
    if args.json:
        emit(series_json(series, rule.zone))
        return OK
    print(f"recurring schedule {series.id}: {series.description}")
    if series.next:
        shown = ", ".join(f"{o.local:%Y-%m-%d %H:%M}" for o in series.next[:3])
        print(f"next: {shown} ({series.zone_name})")
    print(
        "held in wadesk: each time is sent while wadesk runs ('wadesk outbox run --follow' or the desktop app); "
        f"'wadesk schedule cancel --series {series.id}' stops it"
    )
    return OK


def series_json(series: Series, tz: tzinfo) -> dict[str, object]:
    """A recurring schedule as ``--json`` prints it: times in ``tz`` (and the series' own zone named)."""
    return {
        "series_id": series.id,
        "name": series.name,
        "rule": series.description,
        "repeat": series.rule.frequency.value,
        "state": series.state,
        "series_zone": series.zone_name,
        "zone": zone_name(tz),
        "accounts": [a.name for a in series.accounts],
        "text": series.text,
        "next": [o.at.astimezone(tz).isoformat() for o in series.next],
        "next_local": [f"{o.local:%Y-%m-%dT%H:%M}" for o in series.next],
        "occurrences": [
            {
                "occurrence": o.key,
                "at": o.at.astimezone(tz).isoformat(),
                "message_ids": list(o.message_ids),
                "statuses": {k.value: v for k, v in o.statuses.items()},
                "problem": o.problem,
            }
            for o in series.made
        ],
    }


async def request_from_args(app: App, args: argparse.Namespace) -> SendRequest:
    """The send the options ask for; the region and the pace not given are the app-wide settings."""
    accounts = list({a.id: a for a in (app.accounts.get(name) for name in args.account)}.values())
    draft = draft_from_args(args)
    tables = [await read_recipient_file(path, app.settings.region) for path in args.to_csv]
    return SendRequest(
        draft,
        accounts,
        numbers=args.to,
        groups=args.group,
        tags=args.tag,
        tables=tables,
        at=parse_when(args.at, args.tz) if args.at else None,
        pace=args.pace or app.settings.pace,
        name=args.name or "",
        on_gateway=args.on_gateway,
        region=app.settings.region,
    )


def _in_cli_words(problem: Problem, args: argparse.Namespace, request: SendRequest) -> str | None:
    """A problem the command line says with its own options; None: in the plan's words."""
    kind = problem.kind
    if kind is ProblemKind.NO_RECIPIENT:
        return "no recipient: give --to NUMBER, --group GROUP_ID, --tag NAME or --to-csv FILE"
    if kind is ProblemKind.TIME_PASSED and request.at is not None:
        return f"{args.at} ({request.at.tzinfo}) has already passed"
    if kind is ProblemKind.GATEWAY_NEEDS_TIME:
        return "--on-gateway is for a schedule: give --at too"
    if kind is ProblemKind.NO_GATEWAY_SCHEDULER:
        return f"{problem.text}: leave out --on-gateway"
    return None


def _note_skipped(skipped: Sequence[Skip]) -> None:
    opted = len({s.recipient for s in skipped if s.reason == OPTED_OUT})  # a number given twice is one person
    if opted:
        fail(f"note: {opted} left out: {OPTED_OUT}")
        skipped = [s for s in skipped if s.reason != OPTED_OUT]
        if not skipped:
            return
    shown = "; ".join(f"{s.recipient} {s.reason}" for s in skipped[:5])
    more = f"; … and {len(skipped) - 5} more" if len(skipped) > 5 else ""
    fail(f"note: {len(skipped)} recipient(s) left out: {shown}{more}")


def _warn(warnings: Sequence[PlanWarning], as_json: bool) -> None:
    """What may get the number banned (the plan's warnings), on stderr: ``warning: …``, or one JSON line each.

    They do not stop the send: the person asked for it, and the words say what to change next time.
    """
    for warning in warnings:
        if as_json:
            emit({"warning": warning.kind.name.lower(), "count": warning.count, "text": warning.text}, sys.stderr)
        else:
            print(f"warning: {warning.text}", file=sys.stderr)


def _print_scheduled_share(outcome: ShareOutcome, at: datetime, tz: tzinfo, as_json: bool) -> int:
    """Where one device's share is held, and what went wrong handing it to the gateway."""
    info, rows = outcome.share.info, outcome.rows
    if outcome.share.held_by is HeldBy.WADESK:
        where = "in wadesk; it sends them when due while it runs ('wadesk outbox run --follow' or the desktop app)"
        if info.supports(Capability.NATIVE_SCHEDULE):
            where += f"; {info.name} could hold them itself with --on-gateway, but could not cancel or move them"
        return _print_scheduled(rows, f"for {local_time(at, tz)} {where}", as_json)
    if outcome.busy:
        where = f"for {info.name}: the wadesk already running from this data folder hands them over"
        return _print_scheduled(rows, where, as_json)
    held = outcome.with_status(DeliveryStatus.SCHEDULED)
    failed = outcome.with_status(DeliveryStatus.FAILED)
    uncertain = outcome.with_status(DeliveryStatus.UNCERTAIN)
    if as_json:
        for row in rows:
            emit(send_json(row))
    elif held:
        span = time_span([r.scheduled_at for r in held if r.scheduled_at], tz)
        print(f"{len(held)} message(s) scheduled on {info.name} {span}; it sends them even while this computer is off")
    if held and not info.supports(Capability.SCHEDULE_CANCEL | Capability.SCHEDULE_EDIT):
        print(f"note: {info.name} cannot cancel or move a schedule it holds: they go out as planned", file=sys.stderr)
    if failed:
        ids = " ".join(str(r.id) for r in failed)
        fail(
            f"{len(failed)} of {len(rows)} message(s) {failed[0].error}; nothing will send them "
            f"(message ids {ids}): fix the cause and schedule them again"
        )
    if uncertain:
        ids = " ".join(str(r.id) for r in uncertain)
        fail(
            f"{len(uncertain)} of {len(rows)} message(s) may or may not be scheduled on {info.name} "
            f"({uncertain[0].error}): check there, then 'wadesk outbox mark-sent {ids}' if they are, "
            f"or 'wadesk outbox send-again {ids}' to have wadesk send them at their time"
        )
    return FAILED if failed or uncertain else OK


def _print_scheduled(rows: Sequence[StoredMessage], where: str, as_json: bool) -> int:
    if as_json:
        for row in rows:
            emit(send_json(row))
    elif rows:
        print(f"{len(rows)} message(s) scheduled {where}")
    return OK


def draft_from_args(args: argparse.Namespace) -> Draft:
    """The message kind follows from the one kind option given; plain text otherwise."""
    chosen = [
        name
        for name in ("image", "video", "audio", "document", "location", "contact", "link", "poll", "list_title")
        if getattr(args, name)
    ]
    if args.template or args.template_button:
        chosen.append("template")
    if args.button:
        chosen.append("buttons")
    if len(chosen) > 1:
        names = ", ".join("--" + c.replace("_", "-") for c in chosen)
        raise ValidationError(f"choose one kind of message, not {names}")
    kind = chosen[0] if chosen else "text"
    text, footer = args.text, args.footer
    if kind in ("image", "video", "audio", "document"):
        return Draft(MessageKind(kind), media=media_ref(getattr(args, kind)), caption=args.caption or text)
    if kind == "location":
        return Draft(MessageKind.LOCATION, location=_location(args))
    if kind == "contact":
        name, sep, number = args.contact.partition("=")
        if not sep or not name.strip():
            raise ValidationError(f"--contact {args.contact!r} is not NAME=NUMBER")
        return Draft(MessageKind.CONTACT_CARD, content=ContactCard(name.strip(), normalize_phone(number)))
    if kind == "link":
        return Draft(MessageKind.LINK, text=text, content=LinkContent(args.link, text))
    if kind == "poll":
        return Draft(MessageKind.POLL, content=PollContent(args.poll, tuple(args.option), args.multiple))
    if kind == "list_title":
        rows = tuple(ListRow(*_split(row, 2)) for row in args.row)
        content = ListContent(args.list_title, text, args.list_button, rows, footer)
        return Draft(MessageKind.LIST, text=text, content=content)
    if kind == "buttons":
        buttons = tuple(Button(label) for label in args.button)
        return Draft(MessageKind.BUTTONS, text=text, content=ButtonsContent(text, buttons, footer))
    if kind == "template":
        buttons = tuple(_template_button(b) for b in args.template_button)
        variables = parse_sets(args.var)
        template = TemplateContent(args.template or "", variables, text, buttons, footer)
        return Draft(MessageKind.TEMPLATE, text=text, content=template)
    return Draft(MessageKind.TEXT, text=text)


def _split(value: str, parts: int) -> list[str]:
    pieces = [p.strip() for p in value.split("|", parts - 1)]
    return pieces + [""] * (parts - len(pieces))


def _location(args: argparse.Namespace) -> Location:
    try:
        lat, lng = (float(x) for x in args.location.split(","))
    except ValueError:
        raise ValidationError(f"--location {args.location!r} is not LAT,LNG (e.g. -6.2,106.8)") from None
    return Location(lat, lng, args.location_name, args.location_address)


def _template_button(value: str) -> Button:
    kind, label, target = _split(value, 3)
    if kind not in ("url", "call") or not label or not target:
        raise ValidationError(f"--template-button {value!r} is not url|LABEL|URL or call|LABEL|NUMBER")
    return Button(label, kind, target)


async def read_recipient_file(path: str, region: str) -> RecipientTable:
    """``read_recipients`` off the event loop; how the file was decoded is said on stderr when it was not UTF-8."""
    table = await asyncio.to_thread(read_recipients, Path(path).expanduser(), region)
    if table.notice:
        fail(f"note: {table.notice}")
    return table
