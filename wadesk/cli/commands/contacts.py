"""``wadesk contacts`` and ``wadesk groups``: the address book and the gateway's groups."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from wadesk.app import App
from wadesk.cli.output import FAILED, INVALID, OK, emit, emit_each, fail, iso
from wadesk.domain.errors import ValidationError
from wadesk.services.contact_files import DuplicatePolicy, Layout
from wadesk.services.contact_source import ContactFilter, ContactRow, ContactSort
from wadesk.services.contacts import ContactService
from wadesk.services.number_check import CheckPace, CheckProgress
from wadesk.services.recipients_csv import RowError


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        return await _contacts_import(app, args)
    if args.action == "export":
        return await _contacts_export(app, args)
    if args.action == "sync":
        return await _contacts_sync(app, args)
    return await ADDRESS_BOOK[args.action](app, args)


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
    """The address book, or what ``--search`` and/or ``--tag`` find, written to a .csv or .xlsx file."""
    count = await app.contacts.export_contacts(
        Path(args.file), search=args.search, tag=args.tag, region=app.settings.region
    )
    if args.json:
        emit({"exported": count, "file": args.file})
    else:
        print(f"{count} contact(s) written to {args.file}")
    return OK


async def _contacts_sync(app: App, args: argparse.Namespace) -> int:
    """A gateway's contacts: new ones added, empty values filled in, the user's own values never overwritten."""
    account = app.accounts.get(args.account)
    if args.preview:
        return await _contacts_sync_preview(app, args)
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


# -- the address book: list, opt-out, tags, bulk check, sync preview, push ---------------------------------------
LIST_PAGE = 1_000  # contacts read at once by ``contacts list``: it streams, whatever the address book's size
MAX_PAUSE = 3_600  # seconds: ``contacts check --pause``


async def _contacts_list(app: App, args: argparse.Namespace) -> int:
    """``contacts list [--search Q] [--tag T] [--sort KEY [--desc]] [--json]``, read page by page."""
    query = app.contacts.query(args.search, args.tag, region=app.settings.region)
    sort = ContactSort(args.sort)
    if args.json:
        emit_each(_row_json(row) for row in _all_rows(app.contacts, query, sort, args.desc))
        return OK
    for row in _all_rows(app.contacts, query, sort, args.desc):
        print(f"{row.number:<16} {row.name}{_row_notes(row)}")
    return OK


def _all_rows(contacts: ContactService, query: ContactFilter, sort: ContactSort, desc: bool) -> Iterator[ContactRow]:
    offset = 0
    while page := contacts.rows(query, sort=sort, descending=desc, offset=offset, limit=LIST_PAGE):
        yield from page
        offset += len(page)


def _row_json(row: ContactRow) -> dict[str, Any]:
    return {
        "number": row.number,
        "name": row.name,
        "tags": list(row.tags),
        "on_whatsapp": row.on_whatsapp,
        "opted_out": row.opted_out,
        "checked_at": iso(row.checked_at),
        "fields": dict(row.fields),
    }


def _row_notes(row: ContactRow) -> str:
    notes = [f"[{', '.join(row.tags)}]"] if row.tags else []
    if row.on_whatsapp is not None:
        notes.append("on WhatsApp" if row.on_whatsapp else "not on WhatsApp")
    if row.opted_out:
        notes.append("opted out")
    return ("  " + "  ".join(notes)) if notes else ""


async def _contacts_optout(app: App, args: argparse.Namespace) -> int:
    if not args.numbers and not args.file:
        raise ValidationError("contacts optout: give numbers or --file")
    numbers: list[str] = list(args.numbers)
    skipped: list[RowError] = []
    if args.file:
        listed, skipped = await app.contacts.numbers_in_file(Path(args.file), app.settings.region)
        numbers += listed
    done = await app.contacts.opt_out(numbers, app.settings.region)
    for error in skipped:
        fail(f"skipped {error.text}")
    if args.json:
        emit(
            {
                "opted_out": done.changed,
                "already": done.already,
                "cancelled": done.cancelled,
                "on_gateway": done.on_gateway,
            }
        )
    else:
        print(f"{len(done.changed)} number(s) will not be messaged" + _already(done.already, "opted out"))
    if done.cancelled:
        fail(f"note: {done.cancelled} message(s) to them that were waiting to be sent are cancelled")
    if done.on_gateway:
        held = " ".join(map(str, done.on_gateway))
        fail(f"note: the gateway holds message(s) {held} to them for later: wadesk schedule cancel {held}")
    return INVALID if skipped else OK


async def _contacts_optin(app: App, args: argparse.Namespace) -> int:
    done = await app.contacts.opt_in(args.numbers, app.settings.region)
    if args.json:
        emit({"opted_in": done.changed, "already": done.already})
    else:
        print(f"{len(done.changed)} number(s) may be messaged again" + _already(done.already, "not opted out"))
    return OK


def _already(numbers: list[str], what: str) -> str:
    return f"; {len(numbers)} {what} already: {', '.join(numbers[:5])}" if numbers else ""


async def _contacts_tag(app: App, args: argparse.Namespace) -> int:
    contacts, action = app.contacts, args.tag_action
    if action == "list":
        for tag in contacts.tags():
            if args.json:
                emit({"name": tag.name, "members": tag.members, "opted_out": tag.opted_out})
            else:
                print(
                    f"{tag.name:<24} {tag.members} contact(s)"
                    + (f", {tag.opted_out} opted out" if tag.opted_out else "")
                )
        return OK
    if action == "create":
        print(f"tag {(await contacts.create_tag(args.name)).name!r} created")
    elif action == "rename":
        print(f"tag {args.name!r} is now {(await contacts.rename_tag(args.name, args.new_name)).name!r}")
    elif action == "delete":
        gone = await contacts.delete_tag(args.name)
        print(f"tag {gone.name!r} deleted; its {gone.members} contact(s) stay in the address book")
    else:
        return await _contacts_tag_members(app, args)
    return OK


async def _contacts_tag_members(app: App, args: argparse.Namespace) -> int:
    contacts, region = app.contacts, app.settings.region
    search = getattr(args, "search", None)
    if not args.numbers and not search:
        alternative = " or --search" if args.tag_action == "add" else ""
        raise ValidationError(f"contacts tag {args.tag_action}: give numbers{alternative}")
    changed = 0
    if args.numbers:
        ids = contacts.contact_ids(args.numbers, region)
        if args.tag_action == "add":
            changed += await contacts.tag_contacts(args.name, ids)
        else:
            changed += await contacts.untag_contacts(args.name, ids)
    if search:
        changed += await contacts.tag_matching(args.name, contacts.query(search, region=region))
    tag = contacts.tag(args.name)
    verb = "tagged" if args.tag_action == "add" else "untagged"
    print(f"{changed} contact(s) {verb}; {tag.name!r} has {tag.members} contact(s)")
    return OK


async def _contacts_check(app: App, args: argparse.Namespace) -> int:
    """Check contacts through a gateway, gently; progress on stderr; Ctrl-C stops, keeping the answers so far."""
    account = app.accounts.get(args.account)
    numbers = args.numbers or [
        row.number
        for row in _all_rows(app.contacts, app.contacts.query(tag=args.tag), ContactSort.ADDED, False)
        if not (args.unchecked and row.checked_at is not None)
    ]
    if not numbers:
        raise ValidationError("no contact to check")
    if args.pause is not None and not 0 <= args.pause <= MAX_PAUSE:
        raise ValidationError(f"--pause must be between 0 and {MAX_PAUSE} seconds")
    pace = CheckPace(args.pause, args.pause) if args.pause is not None else None

    def progress(step: CheckProgress) -> None:
        fail(f"checked {step.done} of {step.total}")

    done = await app.contacts.check_contacts(
        account, numbers, region=app.settings.region, pace=pace, on_progress=progress
    )
    p = done.progress
    if args.json:
        emit(
            {
                "checked": p.done,
                "total": p.total,
                "on_whatsapp": p.on_whatsapp,
                "not_on_whatsapp": p.not_on_whatsapp,
                "unknown": p.unknown,
                "error": done.error,
            }
        )
    else:
        print(
            f"{p.done} of {p.total} checked: {p.on_whatsapp} on WhatsApp, {p.not_on_whatsapp} not, {p.unknown} unknown"
        )
    if done.error:
        fail(f"the check stopped: {done.error} (the answers before it are kept)")
        return FAILED
    return OK


async def _contacts_sync_preview(app: App, args: argparse.Namespace) -> int:
    """What ``contacts sync`` would add and change; nothing is written."""
    preview = await app.contacts.sync_preview(app.accounts.get(args.account))
    changes, gateway = preview.changes, preview.gateway
    if args.json:
        emit(
            {
                "new": [{"number": c.phone, "name": c.name} for c in changes.new],
                "filled": [{"number": c.phone, "name": c.name, "fields": dict(c.fields)} for c in changes.filled],
                "unchanged": changes.unchanged,
                "differ": [
                    {"number": k.phone, "field": k.field, "yours": k.yours, "gateway": k.gateway} for k in changes.kept
                ],
                "skipped": preview.skipped,
            }
        )
        return OK
    print(
        f"{gateway} would add {len(changes.new)}, fill in {len(changes.filled)}, leave {changes.unchanged} unchanged; "
        f"{len(changes.kept)} value(s) of yours differ and would be kept (nothing written: run without --preview)"
    )
    for contact in changes.new:
        print(f"  new     {contact.phone:<16} {contact.name}")
    for contact in changes.filled:
        print(f"  fill in {contact.phone:<16} {contact.name}")
    for kept in changes.kept:
        print(f"  differ  {kept.phone:<16} your {kept.field} {kept.yours!r}, {gateway} says {kept.gateway!r}")
    return OK


async def _contacts_push(app: App, args: argparse.Namespace) -> int:
    numbers = list(args.numbers)
    if args.tag:
        numbers += [
            row.number for row in _all_rows(app.contacts, app.contacts.query(tag=args.tag), ContactSort.ADDED, False)
        ]
    if not numbers:
        raise ValidationError("contacts push: give numbers or --tag")
    pushed = await app.contacts.push(app.accounts.get(args.account), numbers, app.settings.region)
    print(f"{pushed.sent - len(pushed.problems)} of {pushed.sent} contact(s) saved on {pushed.gateway}")
    for problem in pushed.problems:
        fail(f"{pushed.gateway}: {problem}")
    return FAILED if pushed.problems else OK


ADDRESS_BOOK: dict[str, Callable[[App, argparse.Namespace], Awaitable[int]]] = {
    "list": _contacts_list,
    "optout": _contacts_optout,
    "optin": _contacts_optin,
    "tag": _contacts_tag,
    "check": _contacts_check,
    "push": _contacts_push,
}
