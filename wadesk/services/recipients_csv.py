"""Reading recipient lists from .csv and .xlsx files.

``read_recipients`` finds the phone column, normalises every number, keeps the
other columns as template variables, and reports broken and duplicate rows
without stopping.  It reads the whole file synchronously: call it from an
executor, not on the event loop.

Row numbers in errors are the ones a spreadsheet shows: the first line of the
file is row 1 (the header, when there is one).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import chain, islice
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.phone import DEFAULT_REGION, normalize_phone

__all__ = [
    "CSV_SUFFIXES",
    "PHONE_HEADERS",
    "XLSX_SUFFIXES",
    "RecipientRow",
    "RecipientTable",
    "RowError",
    "read_recipients",
]

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

# Header names (compared casefolded, with spaces, dots and dashes as "_") that mark the phone column.
PHONE_HEADERS = frozenset(
    {
        "phone",
        "number",
        "nomor",
        "no_hp",
        "hp",
        "whatsapp",
        "wa",
        "phone_number",
        "mobile",
        "nohp",
        "nomor_hp",
        "no_wa",
        "nowa",
        "nomor_wa",
        "no_whatsapp",
        "nomor_whatsapp",
        "whatsapp_number",
        "handphone",
        "telp",
        "no_telp",
        "telepon",
        "no_telepon",
    }
)

_SAMPLE_ROWS = 200  # rows read ahead to find the header and the phone column
_HEADER_SEARCH = 10  # non-empty rows searched for a named phone column
_MOSTLY = 0.5  # share of phone-like values that makes a column the phone column
_DELIMITERS = (",", ";", "\t")
_SNIFF_CHARS = 64 * 1024
_PHONE_LIKE = re.compile(r"\+?[\d\s().\-]{6,}")


@dataclass(frozen=True, slots=True)
class RecipientRow:
    """One usable row: its spreadsheet row number, the normalised phone and the other columns."""

    line: int
    phone: str
    variables: dict[str, str]


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that was skipped, and why (``text`` starts with "row N: ")."""

    line: int
    text: str


@dataclass(slots=True)
class RecipientTable:
    """The result of reading a recipient file.

    ``columns`` are the column names in file order (header names cleaned to
    letters, digits, ``_`` and spaces, so each works as a ``{placeholder}``;
    "column 1", "column 2", … when the file has no header).  ``phone_column``
    is the one holding the numbers; the others are the keys of every row's
    ``variables``.
    """

    columns: list[str]
    phone_column: str
    has_header: bool
    rows: list[RecipientRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def variable_names(self) -> list[str]:
        return [name for name in self.columns if name != self.phone_column]


def read_recipients(path: Path, region: str = DEFAULT_REGION) -> RecipientTable:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx) into a ``RecipientTable``.

    Raises ``ValidationError`` when the file cannot be read, is empty, or has
    no phone column; problems with single rows are in ``errors`` instead.
    """
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, region)
    if suffix in CSV_SUFFIXES:
        return _read_table(path.name, _csv_records(path), region)
    if suffix == ".xls":
        raise ValidationError(f"{path.name}: old Excel .xls files cannot be read; save it as .xlsx or .csv")
    raise ValidationError(f"{path.name}: not a .csv or .xlsx file")


# -- CSV ---------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _sniff_delimiter(sample: str) -> str:
    """The delimiter (, ; or tab) that splits the sample into the most consistent number of fields."""
    lines = sample.splitlines()
    if len(sample) >= _SNIFF_CHARS and len(lines) > 1:
        lines = lines[:-1]  # probably cut in the middle
    lines = [line for line in lines if line.strip()][:100]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter, skipinitialspace=True)]
        except csv.Error:
            continue
        if not counts:
            continue
        width, hits = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    text = _decode(raw)
    delimiter: str | None = None
    hint = re.match(r"sep=(.)\r?\n", text)  # Excel's "sep=;" first line, which Excel itself hides
    if hint:
        delimiter = hint.group(1)
        text = text[hint.end() :]
    if delimiter is None:
        delimiter = _sniff_delimiter(text[:_SNIFF_CHARS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    line = 0
    try:
        for line, record in enumerate(reader, start=1):
            yield line, record
    except csv.Error as exc:
        raise ValidationError(f"{path.name}: row {line + 1} cannot be read as CSV ({exc})") from exc


# -- XLSX --------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return str(value)


def _read_xlsx(path: Path, region: str) -> RecipientTable:
    import zipfile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ValidationError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError(f"{path.name} is not a readable .xlsx file") from exc
    try:
        if not workbook.worksheets:
            raise ValidationError(f"{path.name} is empty")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store wrong dimensions; read every row there is

        def records() -> Iterator[tuple[int, list[str]]]:
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield line, [_cell_text(value) for value in values]

        return _read_table(path.name, records(), region)
    finally:
        workbook.close()


# -- the table -----------------------------------------------------------------------


def _header_key(name: str) -> str:
    return re.sub(r"[\s.\-/]+", "_", name.strip().casefold()).strip("_")


def _clean_names(header: Sequence[str], width: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        raw = header[index] if index < len(header) else ""
        name = " ".join(re.sub(r"[^\w ]+", " ", raw).split()) or f"column {index + 1}"
        unique, counter = name, 2
        while unique.casefold() in seen:
            unique, counter = f"{name} {counter}", counter + 1
        seen.add(unique.casefold())
        names.append(unique)
    return names


def _is_phone(value: str, region: str) -> bool:
    value = value.strip()
    if not _PHONE_LIKE.fullmatch(value):
        return False
    try:
        normalize_phone(value, region)
    except ValidationError:
        return False
    return True


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _read_table(name: str, records: Iterable[tuple[int, list[str]]], region: str) -> RecipientTable:
    iterator = iter(records)
    sample = [(line, cells) for line, cells in islice(iterator, _SAMPLE_ROWS) if any(c.strip() for c in cells)]
    if not sample:
        raise ValidationError(f"{name} is empty")

    header_at, phone_index = _find_header(name, sample, region)
    if header_at is None:
        width = max(len(cells) for _, cells in sample)
        columns = _clean_names((), width)
        data = sample
    else:
        header_cells = [cell.strip() for cell in sample[header_at][1]]
        while header_cells and not header_cells[-1]:
            header_cells.pop()
        columns = _clean_names(header_cells, max(len(header_cells), phone_index + 1))
        data = sample[header_at + 1 :]

    table = RecipientTable(columns=columns, phone_column=columns[phone_index], has_header=header_at is not None)
    others = [(index, column) for index, column in enumerate(columns) if index != phone_index]
    first_seen: dict[str, int] = {}
    rows, errors = table.rows, table.errors
    seen_any = False
    for line, cells in chain(data, iterator):
        if not any(cell.strip() for cell in cells):
            continue
        seen_any = True
        raw = _cell(cells, phone_index)
        if not raw:
            errors.append(RowError(line, f"row {line}: no phone number"))
            continue
        try:
            phone = normalize_phone(raw, region)
        except ValidationError as exc:
            errors.append(RowError(line, f"row {line}: {exc.message}"))
            continue
        first = first_seen.get(phone)
        if first is not None:
            errors.append(RowError(line, f"row {line}: {raw!r} is a duplicate of row {first}"))
            continue
        first_seen[phone] = line
        rows.append(RecipientRow(line, phone, {column: _cell(cells, index) for index, column in others}))
    if not seen_any:
        raise ValidationError(f"{name} has a header row but no recipients")
    return table


def _find_header(name: str, sample: list[tuple[int, list[str]]], region: str) -> tuple[int | None, int]:
    """Return (index of the header row in ``sample`` or None, index of the phone column)."""
    # 1. A column named like a phone column, in a row above the first phone number.
    for at, (_, cells) in enumerate(sample[:_HEADER_SEARCH]):
        if any(_is_phone(cell, region) for cell in cells):
            break
        for index, cell in enumerate(cells):
            if _header_key(cell) in PHONE_HEADERS:
                return at, index

    # 2. The first column whose values are mostly phone numbers.
    body = sample[1:] or sample
    width = max(len(cells) for _, cells in sample)
    for index in range(width):
        values = [_cell(cells, index) for _, cells in body]
        values = [value for value in values if value]
        if values and sum(_is_phone(value, region) for value in values) >= _MOSTLY * len(values):
            header_at = None if _is_phone(_cell(sample[0][1], index), region) else 0
            return header_at, index

    found = [cell.strip() for cell in sample[0][1] if cell.strip()]
    listed = ", ".join(repr(cell) for cell in found[:12]) or "none"
    raise ValidationError(
        f"{name} has no phone number column: name one phone, number, nomor, no_hp, hp, whatsapp or wa "
        f"(the first row holds {listed})"
    )
