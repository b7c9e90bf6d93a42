"""The command line (ARCHITECTURE §8).

Exit status: 0 all good; 1 the provider or the network failed for at least one
message; 2 invalid input, nothing was sent.  A user never sees a traceback:
unexpected errors are logged in full and reported in one line.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import importlib
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from wadesk import __version__
from wadesk.app import HOME_ENV, App, configure_logging, data_home, open_app
from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.domain.models import (
    Account,
    Button,
    ButtonsContent,
    Contact,
    ContactCard,
    DeviceInfo,
    DeviceState,
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
from wadesk.domain.redaction import redact
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import validate_message
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.campaigns import Target, contact_variables, personalise, targets_from_table
from wadesk.services.compose import Draft, media_ref, recipients
from wadesk.services.outbox import SenderBusy
from wadesk.services.pacing import local_zone, policy_from, zone
from wadesk.services.pairing import qr_png
from wadesk.services.recipients_csv import read_recipients

log = logging.getLogger("wadesk.cli")

OK, FAILED, INVALID = 0, 1, 2


class Exit(Exception):
    """Leave with a status code after the message was printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


# -- parsing ---------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one clear line, exit 2
        self.exit(INVALID, f"wadesk: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="wadesk", description="One console for WhatsApp gateway APIs.")
    p.add_argument("--version", action="version", version=f"wadesk {__version__}")
    p.add_argument("--demo", action="store_true", help="run on the embedded simulator with demo accounts")
    p.add_argument("--screenshots", metavar="DIR", help="with --demo: render every panel into DIR and exit")
    p.add_argument("--verbose", action="store_true", help="log debug details to the log file")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    account = sub.add_parser("account", help="add, list, remove and test gateway accounts")
    acc = account.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = acc.add_parser("add", help="add an account; secrets go to the OS keyring")
    add.add_argument("name")
    add.add_argument("--provider", required=True, choices=provider_ids())
    add.add_argument("--base-url", help="the provider's API base (default: the provider's public one)")
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a non-secret setting")
    add.add_argument("--secrets-stdin", action="store_true", help="read secrets as KEY=VALUE lines from stdin")
    lst = acc.add_parser("list", help="list accounts")
    lst.add_argument("--json", action="store_true")
    rm = acc.add_parser("remove", help="remove an account and its keyring entries")
    rm.add_argument("name")
    test = acc.add_parser("test", help="ask the gateway about the account's device")
    test.add_argument("name")
    test.add_argument("--json", action="store_true")

    send = sub.add_parser("send", help="send a message now")
    send.add_argument(
        "--account", required=True, action="append", help="repeat to rotate a bulk send across several devices"
    )
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--group", action="append", default=[], metavar="GROUP_ID")
    send.add_argument(
        "--to-csv", action="append", default=[], metavar="FILE", help="recipients from a CSV/XLSX file (a campaign)"
    )
    send.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="schedule for this time instead of sending now")
    send.add_argument("--tz", metavar="AREA/CITY", help="the time zone of --at (default: this computer's)")
    send.add_argument(
        "--pace", default="safe", help="pacing of a bulk send: safe (default), normal, none, or custom values"
    )
    send.add_argument("--name", help="a name for the campaign (bulk sends)")
    send.add_argument("--text", default="", help="the text (or the body of buttons, list, template)")
    media = send.add_argument_group("media (a local file or a public URL)")
    for kind in ("image", "video", "audio", "document"):
        media.add_argument(f"--{kind}", metavar="PATH_OR_URL")
    media.add_argument("--caption", default="")
    rich = send.add_argument_group("other kinds, where the provider supports them")
    rich.add_argument("--location", metavar="LAT,LNG")
    rich.add_argument("--location-name", default="")
    rich.add_argument("--location-address", default="")
    rich.add_argument("--contact", metavar="NAME=NUMBER", help="a contact card")
    rich.add_argument("--link", metavar="URL", help="a link with a preview")
    rich.add_argument("--poll", metavar="QUESTION")
    rich.add_argument("--option", action="append", default=[], help="a poll option (repeat)")
    rich.add_argument("--multiple", action="store_true", help="a poll allowing several answers")
    rich.add_argument("--button", action="append", default=[], metavar="LABEL", help="a quick-reply button (repeat)")
    rich.add_argument("--list-title", metavar="TITLE", help="a list message; rows with --row")
    rich.add_argument("--list-button", default="Menu", metavar="LABEL")
    rich.add_argument("--row", action="append", default=[], metavar="TITLE[|DESCRIPTION]")
    rich.add_argument("--template", metavar="TEMPLATE_ID", help="a template stored on the gateway")
    rich.add_argument("--var", action="append", default=[], metavar="KEY=VALUE", help="a template variable")
    rich.add_argument("--template-button", action="append", default=[], metavar="url|LABEL|URL or call|LABEL|NUMBER")
    rich.add_argument("--footer", default="")
    send.add_argument("--json", action="store_true")

    outbox = sub.add_parser("outbox", help="what is waiting to be sent, and sending it")
    ob = outbox.add_subparsers(dest="action", required=True, parser_class=_Parser)
    run = ob.add_parser("run", help="recover after a crash, then send everything due")
    run.add_argument("--follow", action="store_true", help="keep running and send scheduled messages when due")
    run.add_argument("--json", action="store_true")
    olist = ob.add_parser("list", help="messages not yet settled: queued, scheduled, sending, uncertain, failed")
    olist.add_argument("--all", action="store_true", help="every message, settled ones too")
    olist.add_argument("--json", action="store_true")
    again = ob.add_parser("send-again", help="an uncertain message: send it again")
    again.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")
    mark = ob.add_parser("mark-sent", help="an uncertain message: it did arrive, do not send it again")
    mark.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")

    campaign = sub.add_parser("campaign", help="bulk sends: list, pause, resume, cancel")
    cp = campaign.add_subparsers(dest="action", required=True, parser_class=_Parser)
    clist = cp.add_parser("list")
    clist.add_argument("--json", action="store_true")
    for action in ("pause", "resume", "cancel"):
        cp.add_parser(action).add_argument("id", type=int, metavar="ID")

    schedule = sub.add_parser("schedule", help="scheduled messages (local and on the gateway)")
    sp = schedule.add_subparsers(dest="action", required=True, parser_class=_Parser)
    slist = sp.add_parser("list")
    slist.add_argument("--json", action="store_true")
    scancel = sp.add_parser("cancel", help="cancel a scheduled message (on the gateway too)")
    scancel.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")
    smove = sp.add_parser("move", help="change the time of a scheduled message (on the gateway too)")
    smove.add_argument("id", type=int, metavar="MESSAGE_ID")
    smove.add_argument("--at", required=True, metavar="YYYY-MM-DD HH:MM")
    smove.add_argument("--tz", metavar="AREA/CITY")
    snow = sp.add_parser("send-now", help="a missed schedule: send it now")
    snow.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")
    sskip = sp.add_parser("skip", help="a missed schedule: do not send it")
    sskip.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")

    devices = sub.add_parser("devices", help="the account's device: state, number, quota; the pairing QR code")
    devices.add_argument("--account", required=True)
    devices.add_argument("--qr-png", metavar="FILE", help="write the pairing QR code as a PNG a phone can scan")
    devices.add_argument("--json", action="store_true")

    contacts = sub.add_parser("contacts", help="the address book: import a CSV/XLSX, list, sync from a gateway")
    ct = contacts.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cimport = ct.add_parser("import", help="add or update contacts from a CSV or XLSX file")
    cimport.add_argument("file")
    cimport.add_argument("--json", action="store_true")
    clist2 = ct.add_parser("list")
    clist2.add_argument("--json", action="store_true")
    csync = ct.add_parser("sync", help="copy the contacts a gateway keeps into the address book")
    csync.add_argument("--account", required=True)
    csync.add_argument("--json", action="store_true")

    groups = sub.add_parser("groups", help="the WhatsApp groups a gateway's phone is in")
    groups.add_argument("--account", required=True)
    groups.add_argument("--json", action="store_true")

    message = sub.add_parser("message", help="act on sent messages at the gateway: cancel, resend, revoke")
    mp = message.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for action, what in (
        ("cancel", "cancel messages the gateway has not sent yet"),
        ("resend", "ask the gateway to send messages again"),
        ("revoke", "delete sent messages on WhatsApp"),
    ):
        mp.add_parser(action, help=what).add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")

    check = sub.add_parser("check", help="which numbers are on WhatsApp")
    check.add_argument("--account", required=True)
    check.add_argument("numbers", nargs="+", metavar="NUMBER")
    check.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="delivery status of sent messages (asks the gateways first)")
    report.add_argument("--account")
    report.add_argument("--json", action="store_true")
    report.add_argument("--no-refresh", action="store_true", help="show what is stored without asking")
    report.add_argument("--limit", type=int, default=50, help="how many of the newest messages (default 50)")

    sim = sub.add_parser("simulator", help="serve the gateway simulator for trying wadesk and for tests")
    sim.add_argument("--provider", choices=provider_ids())
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=8765)
    sim.add_argument("--faults", help='e.g. "error_rate=0.1,latency_ms=200"')
    sim.add_argument("--step", type=float, default=1.0, help="seconds between status changes (default 1)")
    sim.add_argument(
        "--manual-clock",
        action="store_true",
        help="start the clock at the current time and move it only by POST /__sim/clock?advance=SECONDS",
    )
    return p


# -- output ------------------------------------------------------------------


def _emit(obj: dict[str, Any], out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _fail(message: str) -> None:
    """One line on stderr; a gateway that echoes a key back never gets it printed."""
    sys.stderr.write(f"wadesk: {redact(message)}\n")


# -- commands ------------------------------------------------------------------


def _read_secrets(args: argparse.Namespace) -> dict[str, str]:
    fields = provider_info(args.provider).settings.secret_fields
    values: dict[str, str] = {}
    if args.secrets_stdin:
        for number, line in enumerate(sys.stdin.read().splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise ValidationError(f"stdin line {number} is not KEY=VALUE")
            values[key.strip()] = value.strip()
        return values
    if not sys.stdin.isatty():
        raise ValidationError("secrets are needed: pass --secrets-stdin or run in a terminal to be asked")
    for field in fields:
        hint = "" if field.required else " (optional, Enter to skip)"
        values[field.name] = getpass.getpass(f"{field.label} ({field.name}){hint}: ")
    return values


def _parse_sets(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValidationError(f"--set {pair!r} is not KEY=VALUE")
        out[key.strip()] = value.strip()
    return out


async def cmd_account(app: App, args: argparse.Namespace) -> int:
    if args.action == "add":
        settings = _parse_sets(args.set)
        provider_info(args.provider).settings.validate(settings, secret=False)  # before asking for secrets
        account = await app.accounts.add(
            args.name, args.provider, base_url=args.base_url, settings=settings, secrets=_read_secrets(args)
        )
        print(f"added account {account.name!r} ({provider_info(account.provider).name}, {account.base_url})")
        print(f"try it: wadesk account test {_quote(account.name)}")
        return OK
    if args.action == "list":
        for account in app.accounts.list():
            if args.json:
                _emit(_account_json(account))
            else:
                print(f"{account.name:<20} {provider_info(account.provider).name:<10} {account.base_url}")
        return OK
    if args.action == "remove":
        account = await app.accounts.remove(args.name)
        print(f"removed account {account.name!r} and its keyring entries")
        return OK
    info = await app.accounts.test(args.name)
    if args.json:
        _emit(_device_json(info))
    else:
        print(_device_line(info))
    return OK


def _quote(name: str) -> str:
    return f'"{name}"' if " " in name else name


def _account_json(account: Account) -> dict[str, Any]:
    return {
        "name": account.name,
        "provider": account.provider,
        "base_url": account.base_url,
        "settings": dict(account.settings),
    }


def _device_json(info: DeviceInfo) -> dict[str, Any]:
    return {
        "device_id": info.device_id,
        "status": info.state.value,
        "number": info.number,
        "quota": info.quota,
        "expires": info.expires.isoformat() if info.expires else None,
    }


def _device_line(info: DeviceInfo) -> str:
    parts = [f"device {info.device_id}: {info.state.value}"]
    if info.number:
        parts.append(f"number {info.number}")
    if info.quota is not None:
        parts.append(f"quota {info.quota}")
    if info.expires:
        parts.append(f"expires {info.expires.isoformat()}")
    return ", ".join(parts)


async def cmd_send(app: App, args: argparse.Namespace) -> int:
    accounts = list({a.id: a for a in (app.accounts.get(name) for name in args.account)}.values())
    draft = draft_from_args(args)
    targets = [
        Target(r, contact_variables(app.store.contacts.get(r.address), r.address))
        for r in (recipients(args.to, args.group) if args.to or args.group or not args.to_csv else [])
    ]
    for path in args.to_csv:
        table = await asyncio.to_thread(read_recipients, Path(path).expanduser())
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
    pace = policy_from(args.pace).spec()  # checks a custom pace before anything is stored
    campaign_id = None
    if len(messages) > 1:
        name = args.name or f"{draft.kind.value} to {len(messages)} recipients"
        campaign_id = app.store.outbox.create_campaign(accounts[0].id, name, draft.text or draft.caption, pace)
    queued = [(a, app.outbox.enqueue(a, share, campaign_id=campaign_id, at=at)) for a, share in shares]
    if at is not None:
        codes = [await _schedule(app, a, rows, at, args) for a, rows in queued]
        return max(codes)
    if campaign_id is not None and not args.json:
        devices = f" on {len(accounts)} devices" if len(accounts) > 1 else ""
        print(f"campaign {campaign_id}: {len(messages)} messages{devices}, pace {args.pace}", file=sys.stderr)
        app.outbox.on_progress = _progress_printer(len(messages))
    try:
        results = await asyncio.gather(*(app.outbox.dispatch(a, rows) for a, rows in queued))
    except SenderBusy:
        for _, rows in queued:
            for row in rows:
                if args.json:
                    _emit(_send_json(row))
        print(f"{len(messages)} message(s) queued: the wadesk already running from this data folder sends them")
        return OK
    by_id = {row.id: row for rows in results for row in rows}
    ordered = sorted(by_id.values(), key=lambda row: row.id)
    return _print_send_results(ordered, args.json)


def rotate(
    messages: Sequence[OutgoingMessage], accounts: Sequence[Account]
) -> list[tuple[Account, list[OutgoingMessage]]]:
    """Share messages among devices in turn: message 1 to the first, 2 to the second, …"""
    shares: list[tuple[Account, list[OutgoingMessage]]] = [(a, []) for a in accounts]
    for index, message in enumerate(messages):
        shares[index % len(accounts)][1].append(message)
    return [(a, share) for a, share in shares if share]


async def _schedule(
    app: App, account: Account, rows: list[StoredMessage], at: datetime, args: argparse.Namespace
) -> int:
    info = app.accounts.info(account)
    where = "locally; wadesk sends it when due while it runs ('wadesk outbox run --follow' or the desktop app)"
    if info.supports(Capability.NATIVE_SCHEDULE):
        await app.outbox.schedule_native(account, rows, at)
        where = f"on {info.name}, which sends it even while this computer is off"
    for row in app.store.outbox.get_many([r.id for r in rows]):
        if args.json:
            _emit(_send_json(row))
    if not args.json:
        print(f"{len(rows)} message(s) scheduled for {at:%Y-%m-%d %H:%M %Z} {where}")
    return OK


def _progress_printer(total: int) -> Callable[[StoredMessage], None]:
    done = 0

    def show(row: StoredMessage) -> None:
        nonlocal done
        done += 1
        print(f"  [{done}/{total}] {row.to.address} {row.status.value}", file=sys.stderr, flush=True)

    return show


def _send_json(row: StoredMessage) -> dict[str, Any]:
    return {
        "to": row.to.address,
        "status": row.status.value,
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "error": row.error,
    }


def _print_send_results(rows: Sequence[StoredMessage], as_json: bool) -> int:
    bad = [r for r in rows if r.status in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN, DeliveryStatus.QUEUED)]
    for row in rows:
        if as_json:
            _emit(_send_json(row))
        else:
            ok = row not in bad
            detail = (f"id {row.provider_message_id}" if row.provider_message_id else "") if ok else row.error
            print(f"{row.to.address:<16} {row.status.value:<9} {detail or ''}")
    if bad:
        first = bad[0]
        hint = (
            " (it stays in the outbox: 'wadesk outbox run' retries it)" if first.status is DeliveryStatus.QUEUED else ""
        )
        _fail(f"{len(bad)} of {len(rows)} message(s) not accepted: {first.error}{hint}")
        return FAILED
    return OK


def parse_when(text: str, tz_name: str | None) -> datetime:
    """``YYYY-MM-DD HH:MM`` in ``tz_name`` (default: this computer's zone), as an aware datetime."""
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(f"--at {text!r} is not YYYY-MM-DD HH:MM") from None
    return naive.replace(tzinfo=zone(tz_name) if tz_name else local_zone())


async def cmd_outbox(app: App, args: argparse.Namespace) -> int:
    if args.action == "run":
        report = await app.outbox.run(follow=args.follow)
        summary = {
            "recovered": report.recovered,
            "uncertain": report.uncertain,
            "released": report.released,
            "missed": report.missed,
            "sent": report.sent,
            "errors": report.errors,
        }
        if args.json:
            _emit(summary)
        else:
            print(
                f"sent {report.sent}; recovered {report.recovered} unfinished sends; "
                f"{report.uncertain} uncertain; {report.released} schedules due; {report.missed} missed"
            )
        for held in app.store.outbox.held():
            _fail(
                f"message {held.id} to {held.to.address} was due {_iso(held.scheduled_at)} while wadesk was closed: "
                f"'wadesk schedule send-now {held.id}' or 'wadesk schedule skip {held.id}'"
            )
        uncertain = app.store.messages.list(statuses=[DeliveryStatus.UNCERTAIN])
        if uncertain:
            _fail(
                f"{len(uncertain)} message(s) may or may not have arrived: check with the recipient, then "
                "'wadesk outbox send-again ID' or 'wadesk outbox mark-sent ID' (see 'wadesk outbox list')"
            )
        for error in report.errors:
            _fail(error)
        return FAILED if report.errors else OK
    if args.action == "list":
        unsettled = [
            DeliveryStatus.QUEUED,
            DeliveryStatus.SCHEDULED,
            DeliveryStatus.SENDING,
            DeliveryStatus.UNCERTAIN,
            DeliveryStatus.FAILED,
        ]
        rows = app.store.messages.list(statuses=None if args.all else unsettled, newest_first=False)
        for row in rows:
            if args.json:
                _emit(
                    {
                        **_report_json(row),
                        "error": row.error,
                        "campaign_id": row.campaign_id,
                        "hold": row.hold,
                        "scheduled_at": _iso(row.scheduled_at),
                        "text": row.body.get("text") or row.body.get("caption"),
                    }
                )
            else:
                hold = " (missed)" if row.hold else ""
                print(f"{row.id:>6} {row.to.address:<16} {row.status.value:<9}{hold} {row.error or ''}")
        return OK
    send_again = args.action == "send-again"
    for message_id in args.ids:
        row = app.store.outbox.resolve_uncertain(message_id, send_again=send_again)
        print(f"message {row.id}: {row.status.value}")
    if send_again:
        report = await app.outbox.run()
        print(f"sent {report.sent}")
    return OK


async def cmd_campaign(app: App, args: argparse.Namespace) -> int:
    if args.action == "list":
        for c in app.store.outbox.campaigns():
            counts = {k.value: v for k, v in c.counts.items() if v}
            if args.json:
                _emit(
                    {"id": c.id, "name": c.name, "state": c.state, "pace": c.pace, "total": c.total, "statuses": counts}
                )
            else:
                summary = ", ".join(f"{v} {k}" for k, v in counts.items())
                print(f"{c.id:>4} {c.state:<9} {c.name}  ({summary})")
        return OK
    state = {"pause": "paused", "resume": "active", "cancel": "cancelled"}[args.action]
    campaign = app.store.outbox.set_campaign_state(args.id, state)
    print(f"campaign {campaign.id} {campaign.state}")
    if state == "active":
        print("run 'wadesk outbox run' (or keep the desktop app open) to continue sending")
    return OK


async def cmd_schedule(app: App, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = app.store.messages.list(statuses=[DeliveryStatus.SCHEDULED], newest_first=False)
        rows += [r for r in app.store.outbox.held() if r.status is not DeliveryStatus.SCHEDULED]
        for row in rows:
            where = "gateway" if row.remote_schedule_id else "local"
            if args.json:
                _emit(
                    {
                        **_report_json(row),
                        "scheduled_at": _iso(row.scheduled_at),
                        "where": where,
                        "schedule_id": row.remote_schedule_id,
                        "missed": row.hold == "missed",
                    }
                )
            else:
                missed = " MISSED" if row.hold else ""
                print(f"{row.id:>6} {_iso(row.scheduled_at)} {row.to.address:<16} {where}{missed}")
        return OK
    if args.action in ("send-now", "skip"):
        for message_id in args.ids:
            row = app.store.outbox.decide_missed(message_id, send_now=args.action == "send-now")
            print(f"message {row.id}: {row.status.value}")
        if args.action == "send-now":
            print(f"sent {(await app.outbox.run()).sent}")
        return OK
    if args.action == "cancel":
        for message_id in args.ids:
            await app.outbox.cancel_scheduled(app.store.messages.get(message_id))
            print(f"message {message_id}: cancelled")
        return OK
    at = parse_when(args.at, args.tz)
    row = await app.outbox.move_scheduled(app.store.messages.get(args.id), at)
    print(f"message {row.id}: scheduled for {_iso(row.scheduled_at)}")
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
        variables = _parse_sets(args.var)
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


async def cmd_devices(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    info = app.accounts.info(account)
    provider = await app.accounts.provider(account)
    if info.supports(Capability.DEVICE_INFO):
        device = await provider.device_info()
    else:
        device = DeviceInfo(device_id=account.name, state=DeviceState.UNKNOWN)
    if args.json:
        _emit(_device_json(device))
    else:
        print(_device_line(device))
    if args.qr_png:
        challenge = await provider.pairing_qr()
        png = qr_png(challenge)
        if png is None:
            print(f"{info.name} shows its QR code on a web page; open it in a browser: {challenge.payload!r}")
            return OK
        path = Path(args.qr_png).expanduser()
        await asyncio.to_thread(path.write_bytes, png)
        expiry = f", valid until {challenge.expires_at:%H:%M:%S}" if challenge.expires_at else ""
        print(f"QR code written to {path}{expiry}: scan it in WhatsApp > Linked devices", file=sys.stderr)
    return OK


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        table = await asyncio.to_thread(read_recipients, Path(args.file).expanduser())
        contacts = [
            Contact(
                row.phone,
                _first(row.variables, ("name", "nama")),
                {k: v for k, v in row.variables.items() if k.lower() not in ("name", "nama") and v},
            )
            for row in table.rows
        ]
        count = await asyncio.to_thread(app.store.contacts.upsert_many, contacts)
        if args.json:
            _emit({"imported": count, "skipped": [{"row": e.line, "error": e.text} for e in table.errors]})
        else:
            print(f"{count} contact(s) imported from {args.file}")
        for error in table.errors:
            _fail(f"skipped {error.text}")
        return INVALID if table.errors else OK
    if args.action == "sync":
        account = app.accounts.get(args.account)
        provider = await app.accounts.provider(account)
        fetched = await provider.list_contacts()
        count = await asyncio.to_thread(app.store.contacts.upsert_many, fetched)
        print(f"{count} contact(s) copied from {account.name}")
        return OK
    for contact in app.store.contacts.list():
        if args.json:
            _emit(
                {
                    "phone": contact.phone,
                    "name": contact.name,
                    "fields": dict(contact.fields),
                    "on_whatsapp": contact.on_whatsapp,
                }
            )
        else:
            print(f"{contact.phone:<16} {contact.name}")
    return OK


def _first(values: Mapping[str, str], keys: Sequence[str]) -> str:
    lowered = {k.lower(): v for k, v in values.items()}
    return next((lowered[k] for k in keys if lowered.get(k)), "")


async def cmd_groups(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    provider = await app.accounts.provider(account)
    found = await provider.list_groups()
    app.store.groups.upsert_many(account.id, found)
    for group in found:
        if args.json:
            _emit({"group_id": group.group_id, "name": group.name})
        else:
            print(f"{group.group_id:<28} {group.name}")
    return OK


async def cmd_message(app: App, args: argparse.Namespace) -> int:
    rows = [app.store.messages.get(i) for i in args.ids]
    accounts = {r.account_id for r in rows}
    if len(accounts) != 1:
        raise ValidationError("give messages of one account at a time")
    missing = [r.id for r in rows if not r.provider_message_id]
    if missing:
        raise ValidationError(f"message(s) {', '.join(map(str, missing))} never reached the gateway")
    account = app.store.accounts.get_by_id(accounts.pop())
    provider = await app.accounts.provider(account)
    by_provider_id = {r.provider_message_id: r for r in rows}
    ids = [r.provider_message_id or "" for r in rows]
    if args.action == "cancel":
        updates = await provider.cancel(ids)
        for update in updates:
            row = by_provider_id.get(update.provider_message_id)
            if row is not None:
                app.store.messages.apply_update(row.id, update.status, source=provider.id, note="cancelled on request")
        done = {u.provider_message_id for u in updates}
        for row in rows:
            word = "cancelled" if row.provider_message_id in done else "not cancelled (already sent?)"
            print(f"message {row.id}: {word}")
        return OK if len(done) == len(rows) else FAILED
    if args.action == "resend":
        results = await provider.resend(ids)
        print(f"{len(results)} message(s) queued again at {provider.info.name}")
        return OK
    await provider.revoke(ids)
    print(f"{len(ids)} message(s) being deleted on WhatsApp by {provider.info.name}")
    return OK


async def cmd_check(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    numbers = [normalize_phone(n) for n in args.numbers]
    provider = await app.accounts.provider(account)
    for result in await provider.check_numbers(numbers):
        if args.json:
            _emit({"number": result.number, "on_whatsapp": result.on_whatsapp})
        else:
            word = {True: "on WhatsApp", False: "not on WhatsApp", None: "unknown"}[result.on_whatsapp]
            print(f"{result.number:<16} {word}")
    return OK


async def cmd_report(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account) if args.account else None
    code = OK
    if not args.no_refresh:
        for result in await app.poller.refresh([account] if account else None):
            if result.error:
                _fail(f"could not refresh {result.account!r}: {result.error}")
                code = FAILED
    rows = app.store.messages.list(account_id=account.id if account else None, limit=args.limit)
    for row in rows:
        if args.json:
            _emit(_report_json(row))
        else:
            print(f"{row.id:>6} {row.to.address:<16} {row.status.value:<9} {_iso(row.updated_at)}")
    return code


def _report_json(row: StoredMessage) -> dict[str, Any]:
    return {
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "to": row.to.address,
        "status": row.status.value,
        "updated_at": _iso(row.updated_at),
    }


Command = Callable[[App, argparse.Namespace], Awaitable[int]]
COMMANDS: dict[str, Command] = {
    "account": cmd_account,
    "send": cmd_send,
    "report": cmd_report,
    "devices": cmd_devices,
    "outbox": cmd_outbox,
    "campaign": cmd_campaign,
    "schedule": cmd_schedule,
    "check": cmd_check,
    "contacts": cmd_contacts,
    "groups": cmd_groups,
    "message": cmd_message,
}


async def _run_with_app(command: Command, args: argparse.Namespace) -> int:
    app = open_app()
    try:
        return await command(app, args)
    finally:
        await app.aclose()


def _run_simulator(args: argparse.Namespace) -> int:
    from wadesk.simulator.server import run_simulator

    try:
        run_simulator(args.provider, args.host, args.port, args.faults, args.step, getattr(args, "manual_clock", False))
    except ValueError as exc:  # a bad --faults string
        raise ValidationError(str(exc)) from None
    except OSError as exc:
        raise WadeskError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return OK


def _run_gui(args: argparse.Namespace) -> int:
    """The desktop window (``wadesk``, ``wadesk --demo``, ``wadesk --demo --screenshots DIR``)."""
    if args.screenshots and not args.demo:
        raise ValidationError("--screenshots works with --demo")
    try:
        run_gui = importlib.import_module("wadesk.launch").run_gui
    except ImportError:  # a build without the desktop window
        if args.demo:
            return _run_demo(args)
        build_parser().print_help()
        return OK
    shots = Path(args.screenshots) if args.screenshots else None
    if not args.demo:
        configure_logging(data_home(), verbose=args.verbose)
        return int(run_gui(demo=False, screenshots=shots, verbose=args.verbose))
    with tempfile.TemporaryDirectory(prefix="wadesk-demo-") as folder:
        os.environ[HOME_ENV] = folder  # the demo never touches the real data folder, logs included
        configure_logging(Path(folder), verbose=args.verbose)
        return int(run_gui(demo=True, screenshots=shots, verbose=args.verbose))


def _run_demo(args: argparse.Namespace) -> int:
    print("wadesk demo: serving the gateway simulator; try the command line against it:")
    print("  wadesk account add shop --provider wablas --base-url http://127.0.0.1:8765/api")
    print("  (token sim-wablas-token, secret_key sim-wablas-secret)")
    print('  wadesk send --account shop --to 0812-3456-7890 --text "Halo"')
    print("  wadesk report")
    args.provider, args.host, args.port, args.faults, args.step = "wablas", "127.0.0.1", 8765, None, 1.0
    return _run_simulator(args)


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    """``--location -6.2,106.8`` (south of the equator) would read as an option: make it ``--location=…``."""
    out: list[str] = []
    items = list(argv)
    for item in items:
        if out and out[-1] == "--location" and re.fullmatch(r"-\d[\d.]*,\s*-?\d[\d.]*", item):
            out[-1] = f"--location={item}"
        else:
            out.append(item)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_join_negative_values(sys.argv[1:] if argv is None else argv))
    try:
        if args.command is not None:
            configure_logging(data_home(), verbose=args.verbose)
        if args.command == "simulator":
            return _run_simulator(args)
        if args.command is None:
            return _run_gui(args)
        return asyncio.run(_run_with_app(COMMANDS[args.command], args))
    except ValidationError as exc:
        _fail(str(exc))
        return INVALID
    except WadeskError as exc:
        _fail(str(exc))
        return FAILED
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        where = data_home() / "logs" / "wadesk.log"
        _fail(f"unexpected error: {type(exc).__name__}: {redact(str(exc))} (details in {where})")
        return FAILED
