"""``wadesk message`` and ``wadesk report``: one message at the gateway, and delivery reports."""

from __future__ import annotations

import argparse

from wadesk.app import App
from wadesk.cli.output import FAILED, OK, emit, fail, iso, report_json


async def cmd_message(app: App, args: argparse.Namespace) -> int:
    if args.action == "cancel":
        answer = await app.messages.cancel(args.ids)
        for row in answer.rows:
            word = "cancelled" if row.id in answer.done else "not cancelled (already sent?)"
            print(f"message {row.id}: {word}")
        return OK if len(answer.done) == len(answer.rows) else FAILED
    if args.action == "resend":
        answer = await app.messages.resend(args.ids)
        print(f"{answer.count} message(s) queued again at {answer.gateway}")
        return OK
    answer = await app.messages.revoke(args.ids)
    print(f"{answer.count} message(s) being deleted on WhatsApp by {answer.gateway}")
    return OK


async def cmd_report(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account) if args.account else None
    code = OK
    if not args.no_refresh:
        for result in await app.poller.refresh([account] if account else None):
            if result.error:
                fail(f"could not refresh {result.account!r}: {result.error}")
                code = FAILED
    rows = app.messages.latest(account, limit=args.limit)
    removed = app.messages.removed_accounts()  # their history stays, marked
    for row in rows:
        if args.json:
            emit({**report_json(row), "account_removed": row.account_id in removed})
        else:
            mark = f"  (removed account {removed[row.account_id]!r})" if row.account_id in removed else ""
            print(f"{row.id:>6} {row.to.address:<16} {row.status.value:<9} {iso(row.updated_at)}{mark}")
    return code
