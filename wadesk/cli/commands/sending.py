"""``wadesk sending``: each device's sending state (ready, resting, warm-up, paused), and resuming a paused one."""

from __future__ import annotations

import argparse

from wadesk.app import App
from wadesk.cli.output import OK, emit
from wadesk.domain.errors import ValidationError


async def cmd_sending(app: App, args: argparse.Namespace) -> int:
    if args.resume and not args.account:
        raise ValidationError("say which device to resume: wadesk sending --account NAME --resume")
    accounts = [app.accounts.get(args.account)] if args.account else app.accounts.list()
    if args.resume:
        [account] = accounts
        if app.outbox.resume_sending(account.id):
            print(f"{account.name}: sending resumes; what was kept queued goes out at its pace")
        else:
            print(f"{account.name}: sending was not paused")
        return OK
    for account in accounts:
        state = app.outbox.sending_state(account)
        if args.json:
            emit({"account": account.name, **state.as_dict()})
        else:
            print(f"{account.name:<20} {state.text}")
    return OK
