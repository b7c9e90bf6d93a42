"""``wadesk send``: a message to one or many recipients, now or at a time."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from datetime import datetime
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
)
from wadesk.cli.parser import parse_sets, parse_when
from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import (
    Account,
    Button,
    ButtonsContent,
    ContactCard,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MessageKind,
    OutgoingMessage,
    PollContent,
    StoredMessage,
    TemplateContent,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import ProviderInfo, validate_message
from wadesk.services.campaigns import Target, contact_variables, personalise, targets_from_table
from wadesk.services.compose import Draft, media_ref, recipients
from wadesk.services.outbox import SenderBusy, schedules_on_gateway
from wadesk.services.pacing import local_zone, policy_from
from wadesk.services.recipients_csv import RecipientTable, read_recipients


async def cmd_send(app: App, args: argparse.Namespace) -> int:
    accounts = list({a.id: a for a in (app.accounts.get(name) for name in args.account)}.values())
    draft = draft_from_args(args)
    # the default phone region and pace: app-wide settings (wadesk config)
    targets = [
        Target(r, contact_variables(app.store.contacts.get(r.address), r.address))
        for r in (
            recipients(args.to, args.group, app.settings.region) if args.to or args.group or not args.to_csv else []
        )
    ]
    pace_name = args.pace or app.settings.pace
    for path in args.to_csv:
        table = await read_recipient_file(path, app.settings.region)
        targets.extend(targets_from_table(table))
    messages = personalise(app.accounts.info(accounts[0]), draft, targets)
    shares = rotate(messages, accounts)  # several devices: each takes its turn
    for account, share in shares:
        info = app.accounts.info(account)
        for message in share:
            validate_message(info, message)  # every device must be able to send its share
    at = parse_when(args.at, args.tz) if args.at else None
    if at is not None and at <= app.outbox.clock.now():
        raise ValidationError(f"{args.at} ({at.tzinfo}) has already passed")
    if args.on_gateway and at is None:
        raise ValidationError("--on-gateway is for a schedule: give --at too")
    on_gateway = {a.id: _on_gateway(app.accounts.info(a), args.on_gateway) for a, _ in shares} if at else {}
    pace = policy_from(pace_name).spec()  # checks a custom pace before anything is stored
    campaign_id = None
    if len(messages) > 1:
        name = args.name or f"{draft.kind.value} to {len(messages)} recipients"
        campaign_id = app.store.outbox.create_campaign(accounts[0].id, name, draft.text or draft.caption, pace)
    if at is not None:
        codes = [await _schedule(app, a, share, at, campaign_id, pace, on_gateway[a.id], args) for a, share in shares]
        return max(codes)
    queued = [(a, app.outbox.enqueue(a, share, campaign_id=campaign_id)) for a, share in shares]
    if campaign_id is not None and not args.json:
        devices = f" on {len(accounts)} devices" if len(accounts) > 1 else ""
        print(f"campaign {campaign_id}: {len(messages)} messages{devices}, pace {pace_name}", file=sys.stderr)
        app.outbox.on_progress = progress_printer(len(messages))
    try:
        results = await asyncio.gather(*(app.outbox.dispatch(a, rows) for a, rows in queued))
    except SenderBusy:
        for _, rows in queued:
            for row in rows:
                if args.json:
                    emit(send_json(row))
        print(
            f"{len(messages)} message(s) queued: the wadesk already running from this data folder sends them "
            "(a running 'wadesk send' once its own messages are out)"
        )
        return OK
    by_id = {row.id: row for rows in results for row in rows}
    ordered = sorted(by_id.values(), key=lambda row: row.id)
    others = app.outbox.picked_up
    if others.sent:
        print(f"also sent {others.sent} message(s) that another wadesk queued meanwhile", file=sys.stderr)
    for error in others.errors:
        fail(f"messages another wadesk queued are still waiting ('wadesk outbox run' sends them): {error}")
    return print_send_results(ordered, args.json)


def rotate(
    messages: Sequence[OutgoingMessage], accounts: Sequence[Account]
) -> list[tuple[Account, list[OutgoingMessage]]]:
    """Share messages among devices in turn: message 1 to the first, 2 to the second, …"""
    shares: list[tuple[Account, list[OutgoingMessage]]] = [(a, []) for a in accounts]
    for index, message in enumerate(messages):
        shares[index % len(accounts)][1].append(message)
    return [(a, share) for a, share in shares if share]


def _on_gateway(info: ProviderInfo, asked: bool) -> bool:
    try:
        return schedules_on_gateway(info, asked)
    except ValidationError as exc:
        raise ValidationError(f"{exc}: leave out --on-gateway") from None


async def _schedule(
    app: App,
    account: Account,
    share: list[OutgoingMessage],
    at: datetime,
    campaign_id: int | None,
    pace: str,
    on_gateway: bool,
    args: argparse.Namespace,
) -> int:
    """Schedule one device's share, held by wadesk or by the gateway; say where, and what went wrong."""
    info = app.accounts.info(account)
    tz = at.tzinfo or local_zone()
    if not on_gateway:
        rows = app.outbox.enqueue(account, share, campaign_id=campaign_id, at=at)
        where = "in wadesk; it sends them when due while it runs ('wadesk outbox run --follow' or the desktop app)"
        if info.supports(Capability.NATIVE_SCHEDULE):
            where += f"; {info.name} could hold them itself with --on-gateway, but could not cancel or move them"
        return _print_scheduled(rows, f"for {local_time(at, tz)} {where}", args.json)
    rows = await app.outbox.enqueue_for_gateway(account, share, at, campaign_id=campaign_id, pace=pace)
    try:
        rows = await app.outbox.schedule_native(account, rows)
    except SenderBusy:
        where = f"for {info.name}: the wadesk already running from this data folder hands them over"
        return _print_scheduled(rows, where, args.json)
    held = [r for r in rows if r.status is DeliveryStatus.SCHEDULED]
    failed = [r for r in rows if r.status is DeliveryStatus.FAILED]
    uncertain = [r for r in rows if r.status is DeliveryStatus.UNCERTAIN]
    if args.json:
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
