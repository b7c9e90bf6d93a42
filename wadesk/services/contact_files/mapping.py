"""Which column of a contact file is what: the numbers, the name, the fields — proposed, and changed by the user.

A file's columns are numbered from 0.  A ``ColumnMapping`` names the phone columns (every number of a row becomes
a contact, all with the row's name and fields), the name columns (joined with spaces: first, middle, last) and the
columns kept as fields (each under a field name, usable as a ``{variable}`` in a message).  Every other column is
left out.

``propose_mapping`` recognises two exports by their headings:

- **Google Contacts** (``Phone 1 - Value``, ``Phone 2 - Value``, …; ``Name`` or ``First/Given Name`` +
  ``Middle/Additional Name`` + ``Last/Family Name``; a value may hold several numbers joined by `` ::: ``);
- **Outlook** (``Mobile Phone``, ``Primary Phone``, ``Home Phone``, ``Business Phone``, …; ``First Name`` +
  ``Middle Name`` + ``Last Name``), faxes and pagers left out;

and for any other table takes the column of numbers ``read_recipients`` would (named phone/nomor/hp/wa/…, or the
first one holding mostly numbers), a ``name``/``nama`` column (or first + last name columns) and keeps every other
column as a field named after its heading — the way ``wadesk contacts import`` always read a file.

Several phone columns give **one contact per number** (not only the first mobile): a person's business and private
WhatsApp are two chats, and a number that turns out not to be on WhatsApp is what the number check is for.  The user
drops a column in the mapping step to import fewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from wadesk.services.recipients_csv import header_key

__all__ = ["ColumnMapping", "ColumnRole", "Layout", "propose_mapping"]


class ColumnRole(StrEnum):
    PHONE = "phone"
    NAME = "name"
    FIELD = "field"
    SKIP = "skip"


class Layout(StrEnum):
    """Whose export a file is, as recognised by its headings."""

    TABLE = "table"  # any table with a heading row (or none)
    GOOGLE = "google"  # a Google Contacts CSV export
    OUTLOOK = "outlook"  # an Outlook CSV export
    VCARD = "vcard"  # a .vcf file, read into the columns Name, Phone 1…N, E-mail, Organization, Note


@dataclass(frozen=True)
class ColumnMapping:
    """What the columns of a file are (by index); see the module docstring."""

    phones: tuple[int, ...] = ()
    name: tuple[int, ...] = ()
    fields: tuple[tuple[int, str], ...] = ()  # (column, field name)

    def role(self, column: int) -> ColumnRole:
        if column in self.phones:
            return ColumnRole.PHONE
        if column in self.name:
            return ColumnRole.NAME
        if any(index == column for index, _ in self.fields):
            return ColumnRole.FIELD
        return ColumnRole.SKIP

    def field_name(self, column: int) -> str | None:
        return next((name for index, name in self.fields if index == column), None)

    def assign(self, column: int, role: ColumnRole, field_name: str = "") -> ColumnMapping:
        """This mapping with ``column`` given ``role`` (a field needs its ``field_name``); other columns keep theirs.

        A column added to the phones or the name comes after those already there (the order the parts of a name
        are joined in).
        """
        phones = tuple(i for i in self.phones if i != column)
        name = tuple(i for i in self.name if i != column)
        fields = tuple((i, n) for i, n in self.fields if i != column)
        if role is ColumnRole.PHONE:
            phones += (column,)
        elif role is ColumnRole.NAME:
            name += (column,)
        elif role is ColumnRole.FIELD:
            if not field_name.strip():
                raise ValueError("a field needs a name")
            fields = tuple(sorted((*fields, (column, field_name.strip()))))
        return replace(self, phones=phones, name=name, fields=fields)


# Headings compared by ``header_key`` (casefolded, spaces/dots/dashes as "_").
_NAME_KEYS = ("name", "nama", "full_name", "nama_lengkap", "display_name", "contact_name", "nama_pelanggan")
_FIRST_KEYS = ("first_name", "given_name", "nama_depan")
_MIDDLE_KEYS = ("middle_name", "additional_name")
_LAST_KEYS = ("last_name", "family_name", "surname", "nama_belakang")
_GOOGLE_PHONE = re.compile(r"phone_\d+_value")
_GOOGLE_FIELDS = {
    "e_mail_1_value": "email",
    "organization_1_name": "organization",
    "organization_name": "organization",
    "notes": "notes",
    "birthday": "birthday",
}
_OUTLOOK_PHONES = (
    "mobile_phone",
    "primary_phone",
    "home_phone",
    "home_phone_2",
    "business_phone",
    "business_phone_2",
    "other_phone",
    "car_phone",
    "company_main_phone",
)
_OUTLOOK_FIELDS = {"e_mail_address": "email", "company": "organization", "notes": "notes"}


def detect_layout(headings: Sequence[str]) -> Layout:
    keys = {header_key(heading) for heading in headings}
    if any(_GOOGLE_PHONE.fullmatch(key) for key in keys):
        return Layout.GOOGLE
    if "mobile_phone" in keys and keys & {"e_mail_address", "business_phone", "home_phone"}:
        return Layout.OUTLOOK
    return Layout.TABLE


def propose_mapping(
    layout: Layout, headings: Sequence[str], field_names: Sequence[str], phone_column: int | None
) -> ColumnMapping:
    """The mapping to offer for a file of ``layout`` with these ``headings`` (``field_names``: the same made
    usable as ``{variables}``); ``phone_column``: the column of numbers found in a plain table, if any."""
    keys = [header_key(heading) for heading in headings]
    at = {key: index for index, key in reversed(list(enumerate(keys)))}  # the first column of each heading
    if layout is Layout.VCARD:
        phones = tuple(i for i, key in enumerate(keys) if key.startswith("phone_"))
        fields = tuple((i, key.replace("e_mail", "email")) for i, key in enumerate(keys) if i and i not in phones)
        return ColumnMapping(phones, (0,), fields)
    if layout is Layout.GOOGLE:
        phones = tuple(i for i, key in enumerate(keys) if _GOOGLE_PHONE.fullmatch(key))
        return ColumnMapping(phones, _name_columns(at), _named_fields(at, _GOOGLE_FIELDS))
    if layout is Layout.OUTLOOK:
        phones = _pick(at, _OUTLOOK_PHONES)
        return ColumnMapping(phones, _name_columns(at), _named_fields(at, _OUTLOOK_FIELDS))
    phones = () if phone_column is None else (phone_column,)
    name = _name_columns(at, exclude=phones)
    fields = tuple((i, field_names[i]) for i in range(len(headings)) if i not in phones and i not in name)
    return ColumnMapping(phones, name, fields)


def _named_fields(at: dict[str, int], names: dict[str, str]) -> tuple[tuple[int, str], ...]:
    """The columns of the headings in ``names`` the file has, each as its field name (the first one per name)."""
    found: dict[str, int] = {}
    for key, name in names.items():
        if key in at:
            found.setdefault(name, at[key])
    return tuple(sorted((index, name) for name, index in found.items()))


def _pick(at: dict[str, int], keys: Sequence[str]) -> tuple[int, ...]:
    """The columns of those ``keys`` the file has, in the order of ``keys``, one per field."""
    return tuple(at[key] for key in keys if key in at)


def _name_columns(at: dict[str, int], exclude: Sequence[int] = ()) -> tuple[int, ...]:
    """The one full-name column, or else the first, middle and last name columns there are."""
    for key in _NAME_KEYS:
        if key in at and at[key] not in exclude:
            return (at[key],)
    parts = []
    for keys in (_FIRST_KEYS, _MIDDLE_KEYS, _LAST_KEYS):
        found = next((at[key] for key in keys if key in at and at[key] not in exclude), None)
        if found is not None:
            parts.append(found)
    return tuple(parts)
