"""Each command: parse (done by the parser), call a service, print."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from wadesk.app import App
from wadesk.cli.commands.account import cmd_account
from wadesk.cli.commands.config import cmd_config
from wadesk.cli.commands.contacts import cmd_contacts, cmd_groups
from wadesk.cli.commands.devices import cmd_check, cmd_devices
from wadesk.cli.commands.messages import cmd_message, cmd_report
from wadesk.cli.commands.outbox import cmd_campaign, cmd_outbox, cmd_schedule
from wadesk.cli.commands.send import cmd_send

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
