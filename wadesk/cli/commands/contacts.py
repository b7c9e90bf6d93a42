"""``wadesk contacts`` and ``wadesk groups``: the address book and the gateway's groups."""

from __future__ import annotations

import argparse
from pathlib import Path

from wadesk.app import App
from wadesk.cli.output import INVALID, OK, emit, fail


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        done = await app.contacts.import_file(Path(args.file), app.settings.region)  # the region: wadesk config
        if done.notice:
            fail(f"note: {done.notice}")
        if args.json:
            emit({"imported": done.count, "skipped": [{"row": e.line, "error": e.text} for e in done.skipped]})
        else:
            print(f"{done.count} contact(s) imported from {args.file}")
        for error in done.skipped:
            fail(f"skipped {error.text}")
        return INVALID if done.skipped else OK
    if args.action == "sync":
        return await _contacts_sync(app, args)
    for contact in app.contacts.list(args.search, region=app.settings.region):
        if args.json:
            emit(
                {
                    "phone": contact.phone,
                    "name": contact.name,
                    "fields": dict(contact.fields),
                    "on_whatsapp": contact.on_whatsapp,
                }
            )
        else:
            print(f"{contact.phone:<16} {contact.name}")
    return OK


async def _contacts_sync(app: App, args: argparse.Namespace) -> int:
    """A gateway's contacts: new ones added, empty values filled in, the user's own values never overwritten."""
    account = app.accounts.get(args.account)
    sync = await app.contacts.sync(account)
    merge, gateway, skipped = sync.merge, sync.gateway, sync.skipped
    if args.json:
        differences = [{"phone": k.phone, "field": k.field, "yours": k.yours, "gateway": k.gateway} for k in merge.kept]
        emit(
            {
                "new": merge.added,
                "filled": merge.filled,
                "unchanged": merge.unchanged,
                "kept": differences,
                "skipped": skipped,
            }
        )
        return OK
    print(
        f"{merge.added} new, {merge.filled} filled in, {merge.unchanged} unchanged from {account.name} ({gateway}); "
        f"{len(merge.kept)} value(s) of yours kept where {gateway} differs"
    )
    for kept in merge.kept:
        print(f"  {kept.phone}: kept your {kept.field} {kept.yours!r} ({gateway} says {kept.gateway!r})")
    if skipped:
        fail(f"{len(skipped)} contact(s) of {gateway} skipped: not a phone number ({', '.join(skipped[:3])})")
    return OK


async def cmd_groups(app: App, args: argparse.Namespace) -> int:
    for group in await app.contacts.fetch_groups(app.accounts.get(args.account)):
        if args.json:
            emit({"group_id": group.group_id, "name": group.name})
        else:
            print(f"{group.group_id:<28} {group.name}")
    return OK
