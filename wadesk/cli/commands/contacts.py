"""``wadesk contacts`` and ``wadesk groups``: the address book and the gateway's groups."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import replace

from wadesk.app import App
from wadesk.cli.commands.send import read_recipient_file
from wadesk.cli.output import INVALID, OK, emit, fail
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import (
    Contact,
)
from wadesk.domain.phone import normalize_phone


async def cmd_contacts(app: App, args: argparse.Namespace) -> int:
    if args.action == "import":
        table = await read_recipient_file(args.file, app.settings.region)  # the region: wadesk config
        contacts = [
            Contact(
                row.phone,
                _first(row.variables, ("name", "nama")),
                {k: v for k, v in row.variables.items() if k.lower() not in ("name", "nama") and v},
            )
            for row in table.rows
        ]
        count = await asyncio.to_thread(app.store.contacts.upsert_many, contacts)
        if args.json:
            emit({"imported": count, "skipped": [{"row": e.line, "error": e.text} for e in table.errors]})
        else:
            print(f"{count} contact(s) imported from {args.file}")
        for error in table.errors:
            fail(f"skipped {error.text}")
        return INVALID if table.errors else OK
    if args.action == "sync":
        return await _contacts_sync(app, args)
    for contact in app.store.contacts.list():
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
    provider = await app.accounts.provider(account)
    fetched: list[Contact] = []
    skipped: list[str] = []
    for contact in await provider.list_contacts():
        try:
            fetched.append(replace(contact, phone=normalize_phone(contact.phone)))
        except ValidationError:
            skipped.append(contact.phone)
    merge = await asyncio.to_thread(app.store.contacts.merge_from_gateway, fetched)
    gateway = provider.info.name
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


def _first(values: Mapping[str, str], keys: Sequence[str]) -> str:
    lowered = {k.lower(): v for k, v in values.items()}
    return next((lowered[k] for k in keys if lowered.get(k)), "")


async def cmd_groups(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    provider = await app.accounts.provider(account)
    found = await provider.list_groups()
    app.store.groups.upsert_many(account.id, found)
    for group in found:
        if args.json:
            emit({"group_id": group.group_id, "name": group.name})
        else:
            print(f"{group.group_id:<28} {group.name}")
    return OK
