"""``wadesk contacts`` and ``wadesk groups``: the address book and the gateway's groups."""

from __future__ import annotations

import argparse
from pathlib import Path

from wadesk.app import App
from wadesk.cli.output import INVALID, OK, emit, fail
from wadesk.services.contact_files import DuplicatePolicy, Layout


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        return await _contacts_import(app, args)
    if args.action == "export":
        return await _contacts_export(app, args)
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


async def _contacts_import(app: App, args: argparse.Namespace) -> int:
    """A CSV, XLSX or vCard file as its proposed mapping reads it; each row not imported named (exit 2 if any)."""
    file = await app.contacts.open_contact_file(Path(args.file), app.settings.region)  # the region: wadesk config
    policy = DuplicatePolicy.KEEP_EXISTING if args.keep_existing else DuplicatePolicy.UPDATE
    done = await app.contacts.import_contacts(file, policy=policy)
    if done.notice:
        fail(f"note: {done.notice}")
    if args.json:
        errors = [{"row": error.row, "reason": error.reason} for error in done.errors]
        emit({"imported": done.imported, "updated": done.updated, "skipped": done.skipped, "errors": errors})
    else:
        kept = f", {done.skipped} you already had left as they were" if args.keep_existing else ""
        print(f"{done.imported} contact(s) imported, {done.updated} updated{kept} from {args.file}")
    what = "card" if file.layout is Layout.VCARD else "row"
    for error in done.errors:
        fail(f"{what} {error.row} not imported: {error.reason}")
    return INVALID if done.errors else OK


async def _contacts_export(app: App, args: argparse.Namespace) -> int:
    """The address book, or what ``--search`` finds, written to a .csv or .xlsx file."""
    count = await app.contacts.export_contacts(Path(args.file), search=args.search, region=app.settings.region)
    if args.json:
        emit({"exported": count, "file": args.file})
    else:
        print(f"{count} contact(s) written to {args.file}")
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
