"""``wadesk account``: add, list, test, remove gateway accounts."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import Any

from wadesk.app import App
from wadesk.cli.output import OK, device_json, device_line, emit, fail, quote
from wadesk.cli.parser import parse_sets
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import (
    Account,
)
from wadesk.domain.settings import plain_http_host
from wadesk.providers.registry import provider_info, provider_name
from wadesk.services.accounts import Removal


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


async def cmd_account(app: App, args: argparse.Namespace) -> int:
    if args.action == "add":
        settings = parse_sets(args.set)
        provider_info(args.provider).settings.validate(settings, secret=False)  # before asking for secrets
        await asyncio.to_thread(app.secrets.check)  # no keyring: say so before asking for keys
        account = await app.accounts.add(
            args.name, args.provider, base_url=args.base_url, settings=settings, secrets=_read_secrets(args)
        )
        print(f"added account {account.name!r} ({provider_info(account.provider).name}, {account.base_url})")
        unencrypted = sorted({h for u in (account.base_url, *account.settings.values()) if (h := plain_http_host(u))})
        if unencrypted:  # allowed with allow_http=yes
            fail(f"warning: plain HTTP to {', '.join(unencrypted)}: the key crosses the network unencrypted")
        print(f"try it: wadesk account test {quote(account.name)}")
        return OK
    if args.action == "list":
        for account in app.accounts.list():
            if args.json:
                emit(_account_json(account))
            else:
                print(f"{account.name:<20} {provider_name(account.provider):<10} {account.base_url}")
        return OK
    if args.action == "remove":
        return await _remove_account(app, args)
    if args.action == "hook":
        from wadesk.cli.commands.receiver import account_hook

        return await account_hook(app, args)
    info = await app.accounts.test(args.name)
    if args.json:
        emit(device_json(info))
    else:
        print(device_line(info))
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


def _account_json(account: Account) -> dict[str, Any]:
    return {
        "name": account.name,
        "provider": account.provider,
        "base_url": account.base_url,
        "settings": dict(account.settings),
    }
