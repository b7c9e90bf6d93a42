"""Each command: parse (done by the parser), call a service, print.

A command's module is imported when the command runs, so that each command
loads only the services (and gateways) it uses.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wadesk.app import App

Command = Callable[["App", argparse.Namespace], Awaitable[int]]


def _lazy(module: str, function: str) -> Command:
    """``wadesk.cli.commands.<module>.<function>``, imported at its first call."""

    async def run(app: App, args: argparse.Namespace) -> int:
        command: Command = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return await command(app, args)

    return run


COMMANDS: dict[str, Command] = {
    "account": _lazy("account", "cmd_account"),
    "send": _lazy("send", "cmd_send"),
    "report": _lazy("messages", "cmd_report"),
    "devices": _lazy("devices", "cmd_devices"),
    "sending": _lazy("sending", "cmd_sending"),
    "outbox": _lazy("outbox", "cmd_outbox"),
    "campaign": _lazy("outbox", "cmd_campaign"),
    "schedule": _lazy("outbox", "cmd_schedule"),
    "check": _lazy("devices", "cmd_check"),
    "contacts": _lazy("contacts", "cmd_contacts"),
    "groups": _lazy("contacts", "cmd_groups"),
    "message": _lazy("messages", "cmd_message"),
    "config": _lazy("config", "cmd_config"),
    "receiver": _lazy("receiver", "cmd_receiver"),
}
