"""The command line (ARCHITECTURE §8).

Exit status: 0 all good; 1 the provider or the network failed for at least one
message; 2 invalid input, nothing was sent.  A user never sees a traceback:
unexpected errors are logged in full and reported in one line.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any, TextIO

from wadesk import __version__
from wadesk.app import App, configure_logging, data_home, open_app
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.domain.redaction import redact
from wadesk.domain.models import Account, DeviceInfo, StoredMessage
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.compose import recipients, text_messages

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
    send.add_argument("--account", required=True)
    send.add_argument("--to", action="append", default=[], metavar="NUMBER")
    send.add_argument("--group", action="append", default=[], metavar="GROUP_ID")
    send.add_argument("--text", required=True)
    send.add_argument("--json", action="store_true")

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
    return p


# -- output ------------------------------------------------------------------


def _emit(obj: dict[str, Any], out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _fail(message: str) -> None:
    sys.stderr.write(f"wadesk: {message}\n")


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
    account = app.accounts.get(args.account)
    info = app.accounts.info(account)
    messages = text_messages(info, recipients(args.to, args.group), args.text)
    rows = app.dispatcher.enqueue(account, messages)
    rows = await app.dispatcher.dispatch(account, rows)
    failed = 0
    for row in rows:
        ok = row.status not in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN)
        failed += not ok
        if args.json:
            _emit(
                {
                    "to": row.to.address,
                    "status": row.status.value,
                    "message_id": row.id,
                    "provider_message_id": row.provider_message_id,
                    "error": row.error,
                }
            )
        else:
            detail = f"id {row.provider_message_id}" if ok else (row.error or "")
            print(f"{row.to.address:<16} {row.status.value:<9} {detail}")
    if failed:
        first = next(r for r in rows if r.status in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN))
        _fail(f"{failed} of {len(rows)} message(s) not accepted: {first.error}")
        return FAILED
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
COMMANDS: dict[str, Command] = {"account": cmd_account, "send": cmd_send, "report": cmd_report}


async def _run_with_app(command: Command, args: argparse.Namespace) -> int:
    app = open_app()
    try:
        return await command(app, args)
    finally:
        await app.aclose()


def _run_simulator(args: argparse.Namespace) -> int:
    from wadesk.simulator.server import run_simulator

    try:
        run_simulator(args.provider, args.host, args.port, args.faults, args.step)
    except ValueError as exc:  # a bad --faults string
        raise ValidationError(str(exc)) from None
    except OSError as exc:
        raise WadeskError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return OK


def _run_demo(args: argparse.Namespace) -> int:
    print("wadesk demo: serving the gateway simulator; try the command line against it:")
    print("  wadesk account add shop --provider wablas --base-url http://127.0.0.1:8765/api")
    print("  (token sim-wablas-token, secret_key sim-wablas-secret)")
    print('  wadesk send --account shop --to 0812-3456-7890 --text "Halo"')
    print("  wadesk report")
    args.provider, args.host, args.port, args.faults, args.step = "wablas", "127.0.0.1", 8765, None, 1.0
    return _run_simulator(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        configure_logging(data_home(), verbose=args.verbose)
        if args.command == "simulator":
            return _run_simulator(args)
        if args.command is None:
            if args.demo:
                return _run_demo(args)
            parser.print_help()
            return OK
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
        _fail(f"unexpected error: {type(exc).__name__}: {redact(str(exc))} (details in {data_home() / 'logs' / 'wadesk.log'})")
        return FAILED
