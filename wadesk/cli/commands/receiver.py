"""``wadesk receiver`` (the callback receiver on its own) and ``wadesk account hook NAME`` (the URL to give)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from wadesk.app import App
from wadesk.cli.output import OK, emit
from wadesk.providers.registry import provider_name
from wadesk.services.receiver import CallbackReceiver


async def account_hook(app: App, args: argparse.Namespace) -> int:
    """Print the account's callback URL (only the URL on stdout, where it goes on stderr)."""
    hook = await app.hooks.hook(args.name, app.hook_address, new=args.new)
    if args.json:
        emit({"account": hook.account.name, "provider": hook.account.provider, "url": hook.url, "where": hook.where})
        return OK
    print(hook.url)
    print(f"{provider_name(hook.account.provider)}: {hook.where}.", file=sys.stderr)
    print(
        "Keep this URL private: its token is the only lock. "
        "'wadesk receiver' (or the window, with 'wadesk config set receiver on') must be running and reachable there.",
        file=sys.stderr,
    )
    if not app.settings.receiver_public_url:
        print(
            "This address works on this computer only: for a gateway on the internet, make the receiver reachable "
            "(a tunnel, see the README) and 'wadesk config set receiver_public_url https://…', then run this again.",
            file=sys.stderr,
        )
    return OK


async def cmd_receiver(app: App, args: argparse.Namespace) -> int:
    """Receive delivery callbacks until Ctrl+C."""
    receiver = CallbackReceiver(app.accounts, app.poller, app.hooks, host=args.host, port=args.port)
    address = await receiver.start()
    accounts = app.hooks.reporting()
    print(
        f"receiving delivery callbacks on {address}/hook/… for {len(accounts)} account(s) "
        "(off by default in the window: 'wadesk config set receiver on'); Ctrl+C stops",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:  # Ctrl+C: asyncio.run cancels the command; a clean stop is a normal end
        pass
    finally:
        await receiver.stop()
    print("receiver stopped", file=sys.stderr)
    return OK
