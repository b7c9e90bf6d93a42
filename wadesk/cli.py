"""The command line (ARCHITECTURE §8).

Exit status: 0 all good; 1 the provider or the network failed for at least one
message; 2 invalid input, nothing was sent; 141 the reader of the output went
away (``| head``).  A user never sees a traceback: unexpected errors are logged
in full and reported in one line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import importlib
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO, cast

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
from wadesk.domain.redaction import carries_secret, redact
from wadesk.domain.settings import plain_http_host
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.text import escape_controls_in_json, printable
from wadesk.providers.base import ProviderInfo, validate_message
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.accounts import Removal
from wadesk.services.campaigns import Target, contact_variables, personalise, targets_from_table
from wadesk.services.compose import Draft, media_ref, recipients
from wadesk.services.outbox import SenderBusy, schedules_on_gateway, where_held
from wadesk.services.pacing import local_zone, policy_from, zone
from wadesk.services.pairing import qr_png
from wadesk.services.recipients_csv import RecipientTable, read_recipients
from wadesk.services.settings import SETTINGS, SettingsFile, setting
from wadesk.store import GATEWAY, MISSED

log = logging.getLogger("wadesk.cli")

OK, FAILED, INVALID = 0, 1, 2
READER_GONE = 141  # the reader of the output went away (128 + SIGPIPE)


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
    add.add_argument(
        "--base-url", help="the provider's API base (default: its public one; chatbot and jsonwa have none)"
    )
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a non-secret setting")
    add.add_argument("--secrets-stdin", action="store_true", help="read secrets as KEY=VALUE lines from stdin")
    lst = acc.add_parser("list", help="list accounts")
    lst.add_argument("--json", action="store_true")
    rm = acc.add_parser(
        "remove", help="remove an account (exact name) and its keyring entries; its history stays unless --purge"
    )
    rm.add_argument("name")
    rm.add_argument("--purge", action="store_true", help="also delete its messages and campaigns")
    rm.add_argument("--yes", action="store_true", help="do not ask (needed when stdin is not a terminal)")
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
        "--on-gateway",
        action="store_true",
        help="with --at: let the gateway hold the schedule even where it cannot cancel or move it",
    )
    send.add_argument(
        "--pace", help="pacing of a bulk send: safe, normal, none, or custom values (default: 'wadesk config get pace')"
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
    retry = ob.add_parser("retry", help="failed messages (refused by the gateway): queue them again, send them once")
    retry.add_argument("ids", nargs="*", type=int, metavar="MESSAGE_ID")
    retry.add_argument("--campaign", type=int, metavar="ID", help="every failed message of this campaign")
    retry.add_argument("--json", action="store_true")

    campaign = sub.add_parser("campaign", help="bulk sends: list, pause, resume, cancel")
    cp = campaign.add_subparsers(dest="action", required=True, parser_class=_Parser)
    clist = cp.add_parser("list")
    clist.add_argument("--json", action="store_true")
    for action in ("pause", "resume", "cancel"):
        cp.add_parser(action).add_argument("id", type=int, metavar="ID")

    schedule = sub.add_parser("schedule", help="scheduled messages (local and on the gateway)")
    sp = schedule.add_subparsers(dest="action", required=True, parser_class=_Parser)
    slist = sp.add_parser("list", help="what is scheduled, where it is held, in your time zone")
    slist.add_argument("--tz", metavar="AREA/CITY", help="show times in this zone (default: this computer's)")
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
    report.add_argument("--limit", type=_positive, default=50, help="how many of the newest messages (default 50)")

    config = sub.add_parser("config", help="app-wide settings: default phone region, pace, quiet hours, language")
    cf = config.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cf.add_parser("list", help="every setting, its value and what it is for").add_argument(
        "--json", action="store_true"
    )
    cf.add_parser("get", help="the value of one setting").add_argument("key", metavar="KEY")
    cset = cf.add_parser("set", help="change a setting (checked first: nothing is written when it is wrong)")
    cset.add_argument("key", metavar="KEY")
    cset.add_argument("value", metavar="VALUE")
    cf.add_parser("unset", help="a setting back to its default").add_argument("key", metavar="KEY")

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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


# -- output ------------------------------------------------------------------


def _emit(obj: dict[str, Any], out: TextIO | None = None) -> None:
    text = escape_controls_in_json(json.dumps(obj, ensure_ascii=False, default=str))
    (out or sys.stdout).write(text + "\n")  # stdout as it is now


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _fail(message: str) -> None:
    """One line on stderr; a gateway that echoes a key back never gets it printed, nor its control characters."""
    sys.stderr.write(f"wadesk: {printable(redact(message))}\n")


class _Printable:
    """A terminal stream that drops control characters from what it is given (see ``domain.text``).

    While a command runs, stdout and stderr are wrapped in it, so that no name
    from a file and no gateway's answer can drive the terminal, whichever
    ``print`` shows it.
    """

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextmanager
def _printable_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, _Printable(sys.stdout)), cast(TextIO, _Printable(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


async def _read_recipient_file(path: str, region: str) -> RecipientTable:
    """``read_recipients`` off the event loop; how the file was decoded is said on stderr when it was not UTF-8."""
    table = await asyncio.to_thread(read_recipients, Path(path).expanduser(), region)
    if table.notice:
        _fail(f"note: {table.notice}")
    return table


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
        await asyncio.to_thread(app.secrets.check)  # no keyring: say so before asking for keys
        account = await app.accounts.add(
            args.name, args.provider, base_url=args.base_url, settings=settings, secrets=_read_secrets(args)
        )
        print(f"added account {account.name!r} ({provider_info(account.provider).name}, {account.base_url})")
        unencrypted = sorted({h for u in (account.base_url, *account.settings.values()) if (h := plain_http_host(u))})
        if unencrypted:  # allowed with allow_http=yes
            _fail(f"warning: plain HTTP to {', '.join(unencrypted)}: the key crosses the network unencrypted")
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
        return await _remove_account(app, args)
    info = await app.accounts.test(args.name)
    if args.json:
        _emit(_device_json(info))
    else:
        print(_device_line(info))
    return OK


async def _remove_account(app: App, args: argparse.Namespace) -> int:
    """Say what will happen, get a yes (a terminal, or --yes), then do it."""
    plan = app.accounts.removal(args.name, purge=args.purge)
    print("\n".join(_removal_lines(plan)))
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("nothing removed: add --yes to remove without being asked")
        try:
            answer = input(f"Remove {plan.account.name!r}? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing removed")
            return OK
    done = await app.accounts.remove(args.name, purge=args.purge)
    kept = "deleted" if done.purge else "kept"
    print(f"removed account {done.account.name!r} and its keyring entries; its history is {kept}")
    return OK


def _removal_lines(plan: Removal) -> list[str]:
    account, history = plan.account, plan.history
    info = provider_info(account.provider)
    lines = [
        f"removing account {account.name!r} ({info.name}, {account.base_url}):",
        "  its keys are deleted from the keyring (the account at the gateway is not touched)",
    ]
    if history.pending:
        there = f", {len(history.at_gateway)} of them on {info.name}'s own scheduler" if history.at_gateway else ""
        lines.append(f"  {len(history.pending)} queued or scheduled message(s) are cancelled{there}")
    if history.sending:
        lines.append(f"  {len(history.sending)} message(s) being sent become uncertain")
    what = f"{history.messages} message(s) and {history.campaigns} campaign(s)"
    if plan.purge:
        lines.append(f"  its history is deleted: {what}")
    else:
        lines.append(f"  its history is kept: {what}, shown in reports as from a removed account (--purge deletes it)")
    return lines


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
    # the default phone region and pace: app-wide settings (wadesk config)
    targets = [
        Target(r, contact_variables(app.store.contacts.get(r.address), r.address))
        for r in (
            recipients(args.to, args.group, app.settings.region) if args.to or args.group or not args.to_csv else []
        )
    ]
    pace_name = args.pace or app.settings.pace
    for path in args.to_csv:
        table = await _read_recipient_file(path, app.settings.region)
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
        app.outbox.on_progress = _progress_printer(len(messages))
    try:
        results = await asyncio.gather(*(app.outbox.dispatch(a, rows) for a, rows in queued))
    except SenderBusy:
        for _, rows in queued:
            for row in rows:
                if args.json:
                    _emit(_send_json(row))
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
        _fail(f"messages another wadesk queued are still waiting ('wadesk outbox run' sends them): {error}")
    return _print_send_results(ordered, args.json)


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
        return _print_scheduled(rows, f"for {_when(at, tz)} {where}", args.json)
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
            _emit(_send_json(row))
    elif held:
        span = _span([r.scheduled_at for r in held if r.scheduled_at], tz)
        print(f"{len(held)} message(s) scheduled on {info.name} {span}; it sends them even while this computer is off")
    if held and not info.supports(Capability.SCHEDULE_CANCEL | Capability.SCHEDULE_EDIT):
        print(f"note: {info.name} cannot cancel or move a schedule it holds: they go out as planned", file=sys.stderr)
    if failed:
        ids = " ".join(str(r.id) for r in failed)
        _fail(
            f"{len(failed)} of {len(rows)} message(s) {failed[0].error}; nothing will send them "
            f"(message ids {ids}): fix the cause and schedule them again"
        )
    if uncertain:
        ids = " ".join(str(r.id) for r in uncertain)
        _fail(
            f"{len(uncertain)} of {len(rows)} message(s) may or may not be scheduled on {info.name} "
            f"({uncertain[0].error}): check there, then 'wadesk outbox mark-sent {ids}' if they are, "
            f"or 'wadesk outbox send-again {ids}' to have wadesk send them at their time"
        )
    return FAILED if failed or uncertain else OK


def _print_scheduled(rows: Sequence[StoredMessage], where: str, as_json: bool) -> int:
    if as_json:
        for row in rows:
            _emit(_send_json(row))
    elif rows:
        print(f"{len(rows)} message(s) scheduled {where}")
    return OK


def _when(moment: datetime, tz: tzinfo) -> str:
    """``2027-01-01 10:00 WIB``: a time in ``tz``, the zone named."""
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def _span(times: Sequence[datetime], tz: tzinfo) -> str:
    """``for 2027-01-01 10:00 WIB``, or ``from 2027-01-01 10:00:00 to 10:02:30 WIB, paced`` (a timetable)."""
    if not times:
        return ""
    first, last = min(times).astimezone(tz), max(times).astimezone(tz)
    if first == last:
        return f"for {_when(first, tz)}"
    end = f"{last:%H:%M:%S}" if first.date() == last.date() else f"{last:%Y-%m-%d %H:%M:%S}"
    return f"from {first:%Y-%m-%d %H:%M:%S} to {end} {last.tzname()}, paced"


def _zone_name(tz: tzinfo) -> str:
    return str(getattr(tz, "key", None) or tz.tzname(None) or tz)


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
        return await _outbox_run(app, args)
    if args.action == "retry":
        return await _outbox_retry(app, args)
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
                hold = " (missed)" if row.hold == MISSED else ""
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


async def _outbox_run(app: App, args: argparse.Namespace) -> int:
    """Everything due; ``--follow`` shows each outcome as it comes and a line whenever it runs out of work."""
    if args.follow:  # until Ctrl+C; a failed pass is told and sending starts again, as in the window
        app.outbox.on_progress = _outcome_printer(args.json)
        app.outbox.on_idle = _idle_printer
        app.outbox.on_trouble = _fail
        await app.outbox.serve(busy_is_error=True)
        return OK
    if not args.json:
        app.outbox.on_progress = _outcome_printer(False)
    report = await app.outbox.run(follow=args.follow)
    counts = app.store.messages.count_by_status()
    summary = {
        "recovered": report.recovered,
        "uncertain": counts[DeliveryStatus.UNCERTAIN],  # all of them, not only those this run found
        "became_uncertain": report.uncertain,
        "failed": counts[DeliveryStatus.FAILED],
        "released": report.released,
        "missed": report.missed,
        "sent": report.sent,
        "errors": report.errors,
    }
    if args.json:
        _emit(summary)
    else:
        newly = f", {report.uncertain} more now uncertain" if report.uncertain else ""
        retry = " ('wadesk outbox retry ID' once the cause is fixed)" if summary["failed"] else ""
        print(
            f"sent {report.sent}; recovered {report.recovered} unfinished sends{newly}; "
            f"{report.released} schedules due; {report.missed} missed; "
            f"{summary['uncertain']} uncertain and {summary['failed']} failed in the outbox{retry}"
        )
    for held in app.store.outbox.held():
        _fail(
            f"message {held.id} to {held.to.address} was due {_iso(held.scheduled_at)} while wadesk was closed: "
            f"'wadesk schedule send-now {held.id}' or 'wadesk schedule skip {held.id}'"
        )
    if counts[DeliveryStatus.UNCERTAIN]:
        _fail(
            f"{counts[DeliveryStatus.UNCERTAIN]} message(s) may or may not have arrived: check with the recipient, "
            "then 'wadesk outbox send-again ID' or 'wadesk outbox mark-sent ID' (see 'wadesk outbox list')"
        )
    for error in report.errors:
        _fail(error)
    return FAILED if report.errors else OK


def _outcome_printer(as_json: bool) -> Callable[[StoredMessage], None]:
    """Each message's outcome as it comes: a JSON object on stdout, or a line on stderr."""

    def show(row: StoredMessage) -> None:
        if as_json:
            _emit(_send_json(row))
            sys.stdout.flush()
            return
        why = f": {redact(row.error)}" if row.error and row.status is not DeliveryStatus.ACCEPTED else ""
        print(f"  message {row.id} to {row.to.address}: {row.status.value}{why}", file=sys.stderr, flush=True)

    return show


def _idle_printer(wake: datetime | None) -> None:
    when = "nothing queued or scheduled" if wake is None else f"next due {_iso(wake)}"
    print(f"waiting: {when} (Ctrl+C to stop)", file=sys.stderr, flush=True)


async def _outbox_retry(app: App, args: argparse.Namespace) -> int:
    if args.ids and args.campaign is not None:
        raise ValidationError("give message ids or --campaign ID, not both")
    if not args.ids and args.campaign is None:
        raise ValidationError("give the ids of failed messages, or --campaign ID (see 'wadesk outbox list')")
    plan = app.outbox.retry_plan(args.ids, campaign_id=args.campaign)
    if plan.refused:
        for message_id, why in plan.refused:
            _fail(f"message {message_id} cannot be retried: {why}")
        _fail(
            "nothing was retried: only failed messages are (uncertain ones: 'wadesk outbox send-again ID' "
            "or 'wadesk outbox mark-sent ID')"
        )
        return INVALID
    if not plan.ids:
        print(f"campaign {args.campaign} has no failed messages: nothing to retry")
        return OK
    if len(plan.ids) > 1 and not args.json:
        print(f"retrying {len(plan.ids)} failed messages", file=sys.stderr)
        app.outbox.on_progress = _progress_printer(len(plan.ids))
    try:
        rows = await app.outbox.retry(plan)
    except SenderBusy:
        print(f"{len(plan.ids)} message(s) queued again: the wadesk already running from this data folder sends them")
        return OK
    return _print_send_results(rows, args.json)


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
    campaign = app.campaigns.act(args.id, args.action)
    print(f"campaign {campaign.id} {campaign.state}")
    if campaign.state == "active":
        print("run 'wadesk outbox run' (or keep the desktop app open) to continue sending")
    return OK


async def cmd_schedule(app: App, args: argparse.Namespace) -> int:
    if args.action == "list":
        tz = zone(args.tz) if args.tz else local_zone()
        statuses = [DeliveryStatus.SCHEDULED, DeliveryStatus.UNCERTAIN, DeliveryStatus.SENDING]
        rows = [
            r
            for r in app.store.messages.list(statuses=statuses, newest_first=False)
            if r.status is DeliveryStatus.SCHEDULED or r.hold == GATEWAY  # a hand-over under way or in doubt
        ]
        for row in sorted(rows, key=lambda r: (r.scheduled_at or r.created_at, r.id)):
            holder = where_held(row, app.accounts.info(app.store.accounts.get_by_id(row.account_id)))
            if args.json:
                _emit(
                    {
                        **_report_json(row),
                        "scheduled_at": _iso(row.scheduled_at.astimezone(tz) if row.scheduled_at else None),
                        "zone": _zone_name(tz),
                        "where": "gateway" if holder.on_gateway else "local",
                        "held": holder.text,
                        "can_cancel": holder.can_cancel,
                        "can_move": holder.can_move,
                        "schedule_id": row.remote_schedule_id,
                        "missed": row.hold == MISSED,
                    }
                )
            else:
                when = _when(row.scheduled_at, tz) if row.scheduled_at else "-"
                print(f"{row.id:>6}  {when}  {row.to.address:<16} {holder.text}")
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
    print(f"message {row.id}: scheduled for {_when(row.scheduled_at or at, at.tzinfo or local_zone())}")
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
        if png is None:  # a page to open, whose address may carry the key (Wablas's ?token=…): never printed
            page = challenge.payload if isinstance(challenge.payload, str) else ""
            if page and not carries_secret(page):
                print(f"{info.name} shows its QR code on a web page; open it in a browser: {page}")
            else:
                print(
                    f"{info.name} shows its QR code on a web page: open the scan page from your {info.name} dashboard"
                )
            return OK
        path = Path(args.qr_png).expanduser()
        await asyncio.to_thread(path.write_bytes, png)
        expiry = f", valid until {challenge.expires_at:%H:%M:%S}" if challenge.expires_at else ""
        print(f"QR code written to {path}{expiry}: scan it in WhatsApp > Linked devices", file=sys.stderr)
    return OK


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        table = await _read_recipient_file(args.file, app.settings.region)  # the region: wadesk config
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
        return await _contacts_sync(app, args)
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


async def _contacts_sync(app: App, args: argparse.Namespace) -> int:
    """A gateway's contacts: new ones added, empty values filled in, the user's own values never overwritten."""
    account = app.accounts.get(args.account)
    provider = await app.accounts.provider(account)
    fetched: list[Contact] = []
    skipped: list[str] = []
    for contact in await provider.list_contacts():
        try:
            fetched.append(replace(contact, phone=normalize_phone(contact.phone)))
        except ValidationError:
            skipped.append(contact.phone)
    merge = await asyncio.to_thread(app.store.contacts.merge_from_gateway, fetched)
    gateway = provider.info.name
    if args.json:
        differences = [{"phone": k.phone, "field": k.field, "yours": k.yours, "gateway": k.gateway} for k in merge.kept]
        _emit(
            {
                "new": merge.added,
                "filled": merge.filled,
                "unchanged": merge.unchanged,
                "kept": differences,
                "skipped": skipped,
            }
        )
        return OK
    print(
        f"{merge.added} new, {merge.filled} filled in, {merge.unchanged} unchanged from {account.name} ({gateway}); "
        f"{len(merge.kept)} value(s) of yours kept where {gateway} differs"
    )
    for kept in merge.kept:
        print(f"  {kept.phone}: kept your {kept.field} {kept.yours!r} ({gateway} says {kept.gateway!r})")
    if skipped:
        _fail(f"{len(skipped)} contact(s) of {gateway} skipped: not a phone number ({', '.join(skipped[:3])})")
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
    removed = {a.id: a.name for a in app.store.accounts.list(removed=True)}  # their history stays, marked
    for row in rows:
        if args.json:
            _emit({**_report_json(row), "account_removed": row.account_id in removed})
        else:
            mark = f"  (removed account {removed[row.account_id]!r})" if row.account_id in removed else ""
            print(f"{row.id:>6} {row.to.address:<16} {row.status.value:<9} {_iso(row.updated_at)}{mark}")
    return code


def _report_json(row: StoredMessage) -> dict[str, Any]:
    return {
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "to": row.to.address,
        "status": row.status.value,
        "updated_at": _iso(row.updated_at),
    }


async def cmd_config(app: App, args: argparse.Namespace) -> int:
    """App-wide settings (``services.settings``); a wrong key or value is refused before anything is written."""
    store = SettingsFile(app.home, app.events)
    if args.action == "list":
        for spec in SETTINGS:
            value = app.settings.get(spec.key)
            if args.json:
                _emit(
                    {
                        "key": spec.key,
                        "value": value,
                        "default": spec.default,
                        "set": app.settings.is_set(spec.key),
                        "label": spec.label,
                        "help": spec.help,
                    }
                )
            else:
                mark = "" if app.settings.is_set(spec.key) else "  (default)"
                print(f"{spec.key:<18} {spec.text(value) or '(none)'}{mark}")
        return OK
    spec = setting(args.key)
    if args.action == "get":
        print(spec.text(app.settings.get(spec.key)))
        return OK
    if args.action == "set":
        settings, kept = store.set(spec.key, args.value)
    else:
        settings, kept = store.unset(spec.key)
    if kept:
        _fail(f"note: {kept}")
    print(f"{spec.key} = {spec.text(settings.get(spec.key)) or '(none)'}")
    return OK


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
    "config": cmd_config,
}


async def _run_with_app(command: Command, args: argparse.Namespace) -> int:
    with _printable_output():
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
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that went away shows here at the latest, not as a warning at exit
    except BrokenPipeError:
        return _reader_gone()
    return code


def _reader_gone() -> int:
    """The reader of our output stopped early (``wadesk … | head -1``): end quietly, as Unix tools do.

    Python ignores SIGPIPE, so the write fails instead; the exit status is the
    one a shell shows for a tool ended by SIGPIPE (128 + 13).  Standard output
    is pointed at the null device so that Python's own flush at exit stays quiet.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return READER_GONE


def _main(argv: Sequence[str] | None) -> int:
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
    except BrokenPipeError:
        raise
    except Exception as exc:
        log.exception("unexpected error")
        where = data_home() / "logs" / "wadesk.log"
        _fail(f"unexpected error: {type(exc).__name__}: {redact(str(exc))} (details in {where})")
        return FAILED
