"""``wadesk message`` and ``wadesk report``: one message at the gateway, and delivery reports."""

from __future__ import annotations

import argparse

from wadesk.app import App
from wadesk.cli.output import FAILED, OK, emit, fail, iso, report_json
from wadesk.domain.errors import ValidationError


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


async def cmd_report(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account) if args.account else None
    code = OK
    if not args.no_refresh:
        for result in await app.poller.refresh([account] if account else None):
            if result.error:
                fail(f"could not refresh {result.account!r}: {result.error}")
                code = FAILED
    rows = app.store.messages.list(account_id=account.id if account else None, limit=args.limit)
    removed = {a.id: a.name for a in app.store.accounts.list(removed=True)}  # their history stays, marked
    for row in rows:
        if args.json:
            emit({**report_json(row), "account_removed": row.account_id in removed})
        else:
            mark = f"  (removed account {removed[row.account_id]!r})" if row.account_id in removed else ""
            print(f"{row.id:>6} {row.to.address:<16} {row.status.value:<9} {iso(row.updated_at)}{mark}")
    return code
