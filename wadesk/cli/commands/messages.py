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
    if args.action == "export":
        return await _export(app, args, account.id if account else None)
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


async def _export(app: App, args: argparse.Namespace, account_id: int | None) -> int:
    """``wadesk report export FILE``: what is stored (the gateways are not asked), newest first, as the Reports
    panel's Export… writes it."""
    from pathlib import Path

    from wadesk.domain.errors import ValidationError
    from wadesk.domain.status import DeliveryStatus
    from wadesk.services.history import MessageFilter, MessageHistory
    from wadesk.services.message_export import export_messages

    if not args.file:
        raise ValidationError("give the file to write, e.g. wadesk report export messages.xlsx")
    known = {status.value for status in DeliveryStatus}
    wrong = [s for s in args.status or () if s not in known]
    if wrong:
        raise ValidationError(f"--status {wrong[0]!r}: one of {', '.join(sorted(known))}")
    wanted = MessageFilter(
        text=args.search,
        account_id=account_id,
        campaign_id=args.campaign,
        statuses=frozenset(DeliveryStatus(s) for s in args.status or ()),
    )
    path = Path(args.file)
    count = await export_messages(MessageHistory(app.store), path, wanted)
    if args.json:
        emit({"file": str(path), "messages": count})
    else:
        print(f"{count} message(s) written to {path}")
    return OK
