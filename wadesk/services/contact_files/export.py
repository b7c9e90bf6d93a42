"""Writing contacts to a CSV or XLSX file that Excel opens as it should and that ``contacts import`` reads back.

Columns: ``phone``, ``name``, then every field the contacts have (in the order first met).  CSV is UTF-8 with a
BOM (Excel then shows accented names right), comma-separated.  The number is written for people and for Excel:
``+62 812-3456-7890`` in a workbook (a text cell); in a CSV file a number of the export's region as people there
write it (``0812-3456-7890``, which Excel keeps as text — ``6281234567890`` it would show as 6.28E+12) and any
other in international form (``+33 6 12 34 56 78``), so that an import in the same region reads every one back.
A CSV name or field that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so that Excel shows it
instead of running it as a formula.

Synchronous: the contacts service runs it in an executor.  Written to a temporary file beside the target and moved
into place, so a failed export never leaves half a file under the user's name.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import phonenumbers

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.domain.phone import DEFAULT_REGION
from wadesk.domain.words import N_

__all__ = ["EXPORT_SUFFIXES", "write_contacts"]

EXPORT_SUFFIXES = frozenset({".csv", ".xlsx"})
_FORMULA = ("=", "+", "-", "@")


def write_contacts(path: Path, contacts: Callable[[], Iterable[Contact]], region: str = DEFAULT_REGION) -> int:
    """Write the contacts ``contacts()`` gives (called twice: the fields first, then the rows) to ``path``.

    Returns how many were written.  Raises ``ValidationError`` for another suffix or a folder that cannot be
    written to.
    """
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError(N_("{name}: export to a .csv or .xlsx file"), name=path.name)
    fields: dict[str, None] = {}
    for contact in contacts():
        fields.update(dict.fromkeys(contact.fields))
    header = ["phone", "name", *fields]
    try:
        handle, temporary = tempfile.mkstemp(prefix=".wadesk-export-", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise ValidationError(N_("cannot write {path}: {value}"), path=path, value=exc.strerror or exc) from exc
    os.close(handle)
    try:
        rows = _rows(contacts(), list(fields), region if suffix == ".csv" else None)
        count = (
            _write_csv(Path(temporary), header, rows)
            if suffix == ".csv"
            else _write_xlsx(Path(temporary), header, rows)
        )
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError(N_("cannot write {path}: {value}"), path=path, value=exc.strerror or exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _rows(contacts: Iterable[Contact], fields: Sequence[str], csv_region: str | None) -> Iterator[list[str]]:
    """The cells of each contact; ``csv_region``: for a CSV file, the region whose numbers are written nationally."""
    for contact in contacts:
        row = [contact.name, *(contact.fields.get(key, "") for key in fields)]
        if csv_region is None:
            yield [_display(contact.phone, None), *row]
        else:
            yield [_display(contact.phone, csv_region), *(_no_formula(value) for value in row)]


def _display(phone: str, national_in: str | None) -> str:
    """``6281234567890`` as ``+62 812-3456-7890`` (``0812-3456-7890`` when ``national_in`` is ``"ID"``)."""
    try:
        parsed = phonenumbers.parse("+" + phone.lstrip("+"), None)
    except phonenumbers.NumberParseException:
        return phone
    if not phonenumbers.is_possible_number(parsed):
        return phone
    form = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    if national_in is not None and phonenumbers.region_code_for_number(parsed) == national_in:
        form = phonenumbers.PhoneNumberFormat.NATIONAL
    return str(phonenumbers.format_number(parsed, form))


def _no_formula(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_xlsx(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    sheet.append(header)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # always text: a number stays as written, "=…" is not a formula
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count
