"""The command line's grammar: ``build_parser`` and the small argument readers it uses."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from wadesk import __version__
from wadesk.cli.output import INVALID
from wadesk.domain.errors import ValidationError
from wadesk.providers.registry import provider_ids
from wadesk.services.pacing import local_zone, zone


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one clear line, exit 2
        self.exit(INVALID, f"wadesk: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="wadesk", description="One console for WhatsApp gateway APIs.")
    p.add_argument("--version", action="version", version=f"wadesk {__version__}")
    p.add_argument("--demo", action="store_true", help="run on the embedded simulator with demo accounts")
    p.add_argument("--screenshots", metavar="DIR", help="with --demo: render every panel into DIR and exit")
    p.add_argument("--size", metavar="WxH", help="with --screenshots: the window's size in logical pixels (1280x800)")
    p.add_argument("--scale", metavar="N", help="with --screenshots: device pixels per logical pixel, 1 to 4 (1)")
    p.add_argument("--lang", choices=("id", "en"), help="the window's language for this run (id: Indonesian)")
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
    hook = acc.add_parser(
        "hook", help="the delivery-callback URL to give the account's gateway (the receiver: 'wadesk receiver')"
    )
    hook.add_argument("name")
    hook.add_argument("--new", action="store_true", help="make a new URL; the old one stops working")
    hook.add_argument("--json", action="store_true")

    receiver = sub.add_parser("receiver", help="receive delivery callbacks from the gateways until Ctrl+C")
    receiver.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    receiver.add_argument("--port", type=port_number, default=8780, help="the port to listen on (default 8780)")

    send = sub.add_parser("send", help="send a message now")
    send.add_argument(
        "--account", required=True, action="append", help="repeat to rotate a bulk send across several devices"
    )
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--group", action="append", default=[], metavar="GROUP_ID")
    send.add_argument("--tag", action="append", default=[], metavar="NAME", help="the contacts with this tag")
    send.add_argument(
        "--to-csv", action="append", default=[], metavar="FILE", help="recipients from a CSV/XLSX file (a campaign)"
    )
    send.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="schedule for this time instead of sending now")
    send.add_argument("--tz", metavar="AREA/CITY", help="the time zone of --at (default: this computer's)")
    repeat = send.add_argument_group("recurring (with --at: the first time; held by wadesk)")
    repeat.add_argument("--repeat", choices=("daily", "weekly", "monthly"), help="send again every day, week or month")
    repeat.add_argument("--on", metavar="DAYS", help="with --repeat weekly: the days, e.g. mon,thu (default: --at's)")
    repeat.add_argument(
        "--day", metavar="N|last", help="with --repeat monthly: the day of the month, 1-31 or last (default: --at's)"
    )
    ends = repeat.add_mutually_exclusive_group()
    ends.add_argument("--until", metavar="YYYY-MM-DD", help="the last day it may be sent (default: no end)")
    ends.add_argument("--count", type=int, metavar="N", help="send it N times in all")
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
    send.add_argument(
        "--json",
        action="store_true",
        help="one JSON line per message on stdout; warnings as JSON lines on stderr",
    )

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
    slist.add_argument("--all", action="store_true", help="also the finished and cancelled recurring schedules")
    slist.add_argument("--json", action="store_true")
    scancel = sp.add_parser("cancel", help="cancel a scheduled message (on the gateway too)")
    scancel.add_argument("ids", nargs="*", type=int, metavar="MESSAGE_ID")
    scancel.add_argument(
        "--series", type=int, action="append", default=[], metavar="ID", help="cancel a recurring schedule"
    )
    smove = sp.add_parser("move", help="change the time of a scheduled message (on the gateway too)")
    smove.add_argument("id", type=int, metavar="MESSAGE_ID")
    smove.add_argument("--at", required=True, metavar="YYYY-MM-DD HH:MM")
    smove.add_argument("--tz", metavar="AREA/CITY")
    sedit = sp.add_parser(
        "edit", help="change the text (or a media message's caption) of a scheduled message (on the gateway too)"
    )
    sedit.add_argument("id", type=int, metavar="MESSAGE_ID")
    sedit.add_argument("--text", required=True, metavar="TEXT", help="the new text; the time stays")
    snow = sp.add_parser("send-now", help="a missed schedule: send it now")
    snow.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")
    sskip = sp.add_parser("skip", help="a missed schedule: do not send it")
    sskip.add_argument("ids", nargs="+", type=int, metavar="MESSAGE_ID")

    devices = sub.add_parser("devices", help="the account's device: state, number, quota; the pairing QR code")
    devices.add_argument("--account", required=True)
    devices.add_argument("--qr-png", metavar="FILE", help="write the pairing QR code as a PNG a phone can scan")
    devices.add_argument("--json", action="store_true")

    sending = sub.add_parser(
        "sending",
        help="each device's sending: ready, resting until a time, warm-up day N of M, or paused (and why)",
    )
    sending.add_argument("--account", help="only this device")
    sending.add_argument(
        "--resume", action="store_true", help="send again on a paused device (with --account); its messages were kept"
    )
    sending.add_argument("--json", action="store_true")

    contacts = sub.add_parser(
        "contacts", help="the address book: import and export CSV/XLSX/vCard, list, sync from a gateway"
    )
    ct = contacts.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cimport = ct.add_parser("import", help="add or update contacts from a CSV, XLSX or vCard (.vcf) file")
    cimport.add_argument("file")
    cimport.add_argument("--json", action="store_true")
    cimport.add_argument(
        "--keep-existing",
        action="store_true",
        help="leave the contacts you already have as they are (default: update them from the file)",
    )
    cexport = ct.add_parser("export", help="write contacts to a CSV or XLSX file")
    cexport.add_argument("file", help="a .csv or .xlsx file (replaced if it exists)")
    cexport.add_argument("--search", metavar="TEXT", default="", help="only the contacts this name or number finds")
    cexport.add_argument("--tag", metavar="NAME", help="only the contacts with this tag")
    cexport.add_argument("--json", action="store_true")
    clist2 = ct.add_parser("list", help="the address book; with --search, the contacts a name or number finds")
    clist2.add_argument("--search", metavar="TEXT", default="", help="any part of a name, or a number written any way")
    clist2.add_argument("--json", action="store_true")
    add_contact_list_options(clist2)
    csync = ct.add_parser("sync", help="copy the contacts a gateway keeps into the address book")
    csync.add_argument("--account", required=True)
    csync.add_argument("--json", action="store_true")
    add_address_book_commands(ct, csync)

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
    report.add_argument("--limit", type=positive, default=50, help="how many of the newest messages (default 50)")
    report.add_argument(
        "action", nargs="?", choices=["export"], help="export FILE: every message (or those chosen) to .csv or .xlsx"
    )
    report.add_argument("file", nargs="?", metavar="FILE")
    report.add_argument("--status", action="append", metavar="STATUS", help="export: only this status (repeatable)")
    report.add_argument("--campaign", type=positive, metavar="ID", help="export: only this campaign's messages")
    report.add_argument("--search", default="", metavar="WORDS", help="export: only messages with these words")

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


def add_contact_list_options(clist: argparse.ArgumentParser) -> None:
    """``contacts list``'s tag filter and order."""
    clist.add_argument("--tag", metavar="NAME", help="only the contacts with this tag")
    clist.add_argument(
        "--sort",
        choices=("added", "name", "number", "on_whatsapp", "checked", "opted_out"),
        default="added",
        help="the order (default: as they were added)",
    )
    clist.add_argument("--desc", action="store_true", help="in descending order")


def add_address_book_commands(ct: Any, csync: argparse.ArgumentParser) -> None:
    """``contacts optout|optin|tag|check|push`` and ``contacts sync --preview``."""
    csync.add_argument("--preview", action="store_true", help="show what would be added or changed; write nothing")
    for action, what in (
        ("optout", "never message these numbers (added to the address book if new) until opted in again"),
        ("optin", "these numbers may be messaged again"),
    ):
        opt = ct.add_parser(action, help=what)
        opt.add_argument("numbers", nargs="+" if action == "optin" else "*", metavar="NUMBER")
        opt.add_argument("--json", action="store_true")
    ct.choices["optout"].add_argument("--file", metavar="FILE", help="every number of a CSV/XLSX list")
    tag = ct.add_parser("tag", help="local groups of contacts: list, create, rename, delete, add, remove")
    tg = tag.add_subparsers(dest="tag_action", required=True, parser_class=_Parser)
    tg.add_parser("list", help="every tag with how many contacts carry it").add_argument("--json", action="store_true")
    tg.add_parser("create", help="a new, empty tag").add_argument("name", metavar="NAME")
    trename = tg.add_parser("rename", help="rename a tag, its contacts kept")
    trename.add_argument("name", metavar="NAME")
    trename.add_argument("new_name", metavar="NEW_NAME")
    tg.add_parser("delete", help="delete a tag (its contacts stay)").add_argument("name", metavar="NAME")
    for action, what in (("add", "tag contacts"), ("remove", "untag contacts")):
        members = tg.add_parser(action, help=f"{what}: by number, or every contact --search finds")
        members.add_argument("name", metavar="NAME")
        members.add_argument("numbers", nargs="*", metavar="NUMBER")
        if action == "add":
            members.add_argument("--search", metavar="TEXT", help="every contact this name or number finds")
    ccheck = ct.add_parser("check", help="check contacts on WhatsApp through a gateway, gently; answers are kept")
    ccheck.add_argument("--account", required=True)
    ccheck.add_argument("numbers", nargs="*", metavar="NUMBER", help="these contacts (default: all, or --tag's)")
    ccheck.add_argument("--tag", metavar="NAME", help="the contacts with this tag")
    ccheck.add_argument("--unchecked", action="store_true", help="only contacts never checked")
    ccheck.add_argument(
        "--pause", type=float, metavar="SECONDS", help="seconds between requests (default: 3 to 8 at random)"
    )
    ccheck.add_argument("--json", action="store_true")
    cpush = ct.add_parser("push", help="add or update contacts in the gateway's own contact list (Wablas, WACloud)")
    cpush.add_argument("--account", required=True)
    cpush.add_argument("numbers", nargs="*", metavar="NUMBER")
    cpush.add_argument("--tag", metavar="NAME", help="the contacts with this tag")


def port_number(text: str) -> int:
    if not text.strip().isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return int(text)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def parse_when(text: str, tz_name: str | None) -> datetime:
    """``YYYY-MM-DD HH:MM`` in ``tz_name`` (default: this computer's zone), as an aware datetime."""
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(f"--at {text!r} is not YYYY-MM-DD HH:MM") from None
    return naive.replace(tzinfo=zone(tz_name) if tz_name else local_zone())


def join_negative_values(argv: Sequence[str]) -> list[str]:
    """``--location -6.2,106.8`` (south of the equator) would read as an option: make it ``--location=…``."""
    out: list[str] = []
    items = list(argv)
    for item in items:
        if out and out[-1] == "--location" and re.fullmatch(r"-\d[\d.]*,\s*-?\d[\d.]*", item):
            out[-1] = f"--location={item}"
        else:
            out.append(item)
    return out


def parse_sets(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValidationError(f"--set {pair!r} is not KEY=VALUE")
        out[key.strip()] = value.strip()
    return out
