"""Reading recipient lists from .csv and .xlsx files.

``read_recipients`` finds the phone column, normalises every number, keeps the
other columns as template variables, and reports broken and duplicate rows
without stopping.  It reads synchronously: call it from an executor, not on
the event loop.

Row numbers in errors are the ones a spreadsheet shows: the first line of the
file is row 1 (the header, when there is one).

Files come from anywhere, so they are read as a stream with stated limits
(``MAX_FILE_BYTES``, ``MAX_ROWS``, ``MAX_COLUMNS``, ``MAX_LINE_CHARS``), and
whatever is wrong with one is a ``ValidationError`` saying what: too big, not
a workbook, a NUL byte in row N, …  A CSV file may be UTF-8 (with or without
a BOM), UTF-16/32, or a legacy encoding found by charset-normalizer; the table
says which (``notice``) when it was not UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from wadesk.domain.errors import ValidationError, words_of
from wadesk.domain.phone import DEFAULT_REGION, normalize_phone
from wadesk.domain.words import N_, Phrase, phrase

__all__ = [
    "CSV_SUFFIXES",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
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

MAX_FILE_BYTES = 50_000_000  # a recipient file (CSV or XLSX) of at most 50 MB
MAX_ROWS = 100_000  # recipients in one file
MAX_COLUMNS = 100
MAX_LINE_CHARS = 1_000_000  # one line of a CSV file
_MAX_XLSX_UNPACKED = 500_000_000  # what the parts of a workbook may unpack to

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
    variables: Mapping[str, str]


class _Cells(Mapping[str, str]):
    """A row's other columns by name: the table's one tuple of names and the row's tuple of values.

    Equal to the plain ``dict``; a table of 100,000 rows keeps no dict per row.
    """

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values: tuple[str, ...]) -> None:
        self._names, self._values = names, values

    def __getitem__(self, key: str) -> str:
        try:
            return self._values[self._names.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, key: object) -> bool:
        return key in self._names

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that was skipped, and why (``words``: "row N: " and the ``reason``; ``text``: them in English)."""

    line: int
    reason: Phrase | str

    @property
    def words(self) -> Phrase:
        return phrase(N_("row {line}: {reason}"), line=self.line, reason=self.reason)

    @property
    def text(self) -> str:
        return str(self.words)


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
    notice: Phrase | None = None  # for the user: how the file was decoded, when it was not plain UTF-8

    @property
    def variable_names(self) -> list[str]:
        return [name for name in self.columns if name != self.phone_column]


def read_recipients(path: Path, region: str = DEFAULT_REGION, *, max_rows: int = MAX_ROWS) -> RecipientTable:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx) into a ``RecipientTable``.

    Raises ``ValidationError`` when the file cannot be read, is empty, too
    big, damaged, or has no phone column; problems with single rows are in
    ``errors`` instead.
    """
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        _check_size(path)
        return _read_xlsx(path, region, max_rows)
    if suffix in CSV_SUFFIXES:
        _check_size(path)
        text = _Text(path)
        table = _read_table(path.name, _csv_records(path.name, text), region, max_rows)
        table.notice = text.notice()
        return table
    if suffix == ".xls":
        raise ValidationError(
            N_("{name}: old Excel .xls files cannot be read; save it as .xlsx or .csv"), name=path.name
        )
    raise ValidationError(N_("{name}: not a .csv or .xlsx file"), name=path.name)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(N_("cannot read {name}: {value}"), name=path.name, value=exc.strerror or exc) from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            N_("{name} is {value} MB; wadesk reads recipient files of up to {other} MB and {max_rows} rows: split it"),
            name=path.name,
            value=f"{size / 1000000.0:.0f}",
            other=f"{MAX_FILE_BYTES / 1000000.0:.0f}",
            max_rows=f"{MAX_ROWS:,}",
        )


# -- CSV: the text ---------------------------------------------------------------------

# Legacy encodings worth considering for a spreadsheet saved as CSV (DOS code pages and the like are left out:
# on short text they read as well as the right one).
_LEGACY = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "cp932",
    "gb18030",
    "big5",
    "cp949",
    "mac_roman",
]
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_BOMS = [  # longest first: a UTF-32 LE BOM starts like a UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_HEAD_BYTES = 64 * 1024  # what encoding detection looks at


def _encoding_name(codec: str) -> str:
    """A codec as people know it: Windows-1252, UTF-16, Shift_JIS, …"""
    name = codecs.lookup(codec).name
    known = {"cp932": "Shift_JIS (Windows)", "cp949": "EUC-KR (Windows)", "mac-roman": "Mac Roman"}
    if name in known:
        return known[name]
    if name.startswith("cp125"):
        return f"Windows-{name[2:]}"
    if name.startswith(("utf-16", "utf-32")):
        return name[:6].upper()
    return name.upper()


def _detect(sample: bytes, candidates: list[str]) -> str | None:
    """charset-normalizer's reading of ``sample``, Windows-1252 when that decodes it the same way."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=candidates).best()
    if best is None:
        return None
    return "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding


class _Text:
    """The lines of a CSV file, decoded, as a stream.

    UTF-8, UTF-16 and UTF-32 with a BOM are taken at their word.  Otherwise a
    head full of zero bytes is tried as BOM-less UTF-16/32, and anything else
    is read line by line: a line that is valid UTF-8 as UTF-8, any other in
    the legacy encoding charset-normalizer finds for those lines (a file put
    together from two programs may hold both).  ``notice`` then says so.
    """

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._path = path
        self._wide: str | None = None  # a codec for the whole file (UTF-16/32)
        self._legacy: str | None = None  # the codec of the lines that are not UTF-8
        self.legacy_rows: list[int] = []  # rows decoded with it (filled in by the reader)
        self._utf8_seen = False  # a line with non-ASCII UTF-8
        with self._open() as stream:
            head = stream.read(_HEAD_BYTES)
        self._wide = next((codec for bom, codec in _BOMS if head.startswith(bom) and codec != "utf-8-sig"), None)
        if self._wide is None and head.count(0) > len(head) // 8:
            found = _detect(head, _WIDE)
            self._wide = found if found in _WIDE else None
        if self._wide is None:
            self._legacy = self._find_legacy()

    def _open(self) -> BinaryIO:
        try:
            return self._path.open("rb")
        except OSError as exc:
            raise ValidationError(N_("cannot read {name}: {value}"), name=self.name, value=exc.strerror or exc) from exc

    def _physical_lines(self, stream: io.TextIOWrapper) -> Iterator[str]:
        number = 0
        while True:
            try:
                line = stream.readline(MAX_LINE_CHARS + 1)
            except UnicodeDecodeError as exc:
                raise ValidationError(
                    N_("{name}: line {value} cannot be read as {other} ({reason})"),
                    name=self.name,
                    value=number + 1,
                    other=_encoding_name(stream.encoding),
                    reason=exc.reason,
                ) from exc
            except OSError as exc:
                raise ValidationError(
                    N_("cannot read {name}: {value}"), name=self.name, value=exc.strerror or exc
                ) from exc
            if not line:
                return
            number += 1
            if len(line) > MAX_LINE_CHARS:
                raise ValidationError(
                    N_("{name}: line {number} is longer than {max_line_chars} characters; is it a CSV file?"),
                    name=self.name,
                    number=number,
                    max_line_chars=f"{MAX_LINE_CHARS:,}",
                )
            yield line

    def _raw_lines(self) -> Iterator[bytes]:
        """Each line's bytes, split at \\n, \\r\\n or \\r (Latin-1 maps bytes to characters one to one)."""
        with self._open() as stream, io.TextIOWrapper(stream, encoding="latin-1", newline="") as text:
            for line in self._physical_lines(text):
                yield line.encode("latin-1")

    def _find_legacy(self) -> str | None:
        """The encoding of the lines that are not UTF-8 (``None`` when every line is)."""
        utf8 = codecs.getincrementaldecoder("utf-8")()
        try:
            with self._open() as stream:
                while chunk := stream.read(_HEAD_BYTES):
                    utf8.decode(chunk)
                utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            pass
        else:
            return None  # the common case, found quickly
        sample = bytearray()
        for raw in self._raw_lines():
            if len(sample) < _HEAD_BYTES and not _is_utf8(raw):
                sample += raw
        if not sample:
            return None
        found = _detect(bytes(sample), _LEGACY)
        if found is None:
            raise ValidationError(N_("{name} is not a text file wadesk can read; save it as CSV UTF-8"), name=self.name)
        return found

    def lines(self) -> Iterator[tuple[str, bool]]:
        """Each line, and whether it was read in the legacy encoding."""
        if self._wide is not None:
            with self._open() as stream, io.TextIOWrapper(stream, encoding=self._wide, newline="") as text:
                for line in self._physical_lines(text):
                    yield line, False
            return
        for number, raw in enumerate(self._raw_lines(), start=1):
            try:
                line, legacy = raw.decode("utf-8"), False
            except UnicodeDecodeError:
                try:
                    line, legacy = raw.decode(self._legacy or "cp1252"), True
                except UnicodeDecodeError as exc:
                    raise ValidationError(
                        N_(
                            "{name}: line {number} cannot be read as {value}, the encoding of the rest; save "
                            "the file as CSV UTF-8"
                        ),
                        name=self.name,
                        number=number,
                        value=_encoding_name(self._legacy or "cp1252"),
                    ) from exc
            else:
                self._utf8_seen = self._utf8_seen or not raw.isascii()
            yield (line.removeprefix("\ufeff") if number == 1 else line), legacy

    def notice(self) -> Phrase | None:
        if self._wide is not None:
            return phrase(N_("{name} was read as {encoding}"), name=self.name, encoding=_encoding_name(self._wide))
        if not self.legacy_rows or self._legacy is None:
            return None
        legacy = _encoding_name(self._legacy)
        if not self._utf8_seen:
            return phrase(
                N_("{name} is not UTF-8: it was read as {encoding}; check that names look right"),
                name=self.name,
                encoding=legacy,
            )
        listed = ", ".join(map(str, self.legacy_rows[:5])) + (" …" if len(self.legacy_rows) > 5 else "")
        return phrase(
            N_(
                "{name} mixes two encodings: {count} row(s) ({rows}) were read as {encoding}, "
                "the others as UTF-8; check that names look right in those rows"
            ),
            name=self.name,
            count=len(self.legacy_rows),
            rows=listed,
            encoding=legacy,
        )


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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


def _csv_records(name: str, text: _Text) -> Iterator[tuple[int, list[str]]]:
    lines = text.lines()
    first = next(lines, None)
    hint = re.fullmatch(r"sep=(.)\r?\n?", first[0]) if first else None  # Excel's "sep=;" line, hidden by Excel
    head = [first] if first and not hint else []
    size = sum(len(line) for line, _ in head)
    while size < _SNIFF_CHARS and (more := next(lines, None)) is not None:
        head.append(more)
        size += len(more[0])
    delimiter = hint.group(1) if hint else _sniff_delimiter("".join(line for line, _ in head)[:_SNIFF_CHARS])

    legacy = False  # whether a line of the record being read was not UTF-8

    def feed() -> Iterator[str]:
        nonlocal legacy
        for line, not_utf8 in chain(head, lines):
            legacy = legacy or not_utf8
            yield line

    row = 0
    try:
        for row, record in enumerate(csv.reader(feed(), delimiter=delimiter, skipinitialspace=True), start=1):
            if legacy:  # the reader reads no further than the record it returns
                text.legacy_rows.append(row)
                legacy = False
            yield row, record
    except csv.Error as exc:
        raise ValidationError(
            N_("{name}: row {value} cannot be read as CSV ({error})"), name=name, value=row + 1, error=words_of(exc)
        ) from exc


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


def _read_xlsx(path: Path, region: str, max_rows: int) -> RecipientTable:
    with xlsx_records(path) as records:
        return _read_table(path.name, records, region, max_rows)


@contextmanager
def xlsx_records(path: Path) -> Iterator[Iterator[tuple[int, list[str]]]]:
    """The rows of the first sheet of the workbook ``path`` as (row number, cell texts), read as a stream.

    Raises ``ValidationError`` for a workbook that is damaged, empty or unpacks to too much.
    """
    import openpyxl

    unreadable = f"{path.name} is not a readable Excel workbook (.xlsx)"
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except OSError as exc:
        raise ValidationError(N_("cannot read {name}: {value}"), name=path.name, value=exc.strerror or exc) from exc
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ValidationError(unreadable) from exc
    if unpacked > _MAX_XLSX_UNPACKED:
        raise ValidationError(
            N_("{name} unpacks to {value} MB, more than wadesk reads ({other} MB); split it or save it as CSV"),
            name=path.name,
            value=f"{unpacked / 1000000.0:.0f}",
            other=f"{_MAX_XLSX_UNPACKED / 1000000.0:.0f}",
        )
    try:
        handle = path.open("rb")  # ours to close, even when openpyxl gives up half way through its opening
    except OSError as exc:
        raise ValidationError(N_("cannot read {name}: {value}"), name=path.name, value=exc.strerror or exc) from exc
    with warnings.catch_warnings(), handle:
        warnings.simplefilter("ignore")  # openpyxl's notes about styles and extensions it skips
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # whatever its zip and XML parsers raise on a damaged file
            raise ValidationError(unreadable) from exc
        try:
            if not workbook.worksheets:
                raise ValidationError(N_("{name} is empty"), name=path.name)
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some writers store wrong dimensions; read every row there is

            def records() -> Iterator[tuple[int, list[str]]]:
                rows = sheet.iter_rows(values_only=True)
                line = 0
                while True:
                    try:
                        values = next(rows, None)
                    except Exception as exc:  # a damaged sheet
                        raise ValidationError(
                            N_("{unreadable}: row {value} is damaged"), unreadable=unreadable, value=line + 1
                        ) from exc
                    if values is None:
                        return
                    line += 1
                    yield line, [_cell_text(value) for value in values]

            yield records()
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


def _read_table(name: str, records: Iterable[tuple[int, list[str]]], region: str, max_rows: int) -> RecipientTable:
    iterator = iter(records)
    sample = [(line, cells) for line, cells in islice(iterator, _SAMPLE_ROWS) if any(c.strip() for c in cells)]
    if not sample:
        raise ValidationError(N_("{name} is empty"), name=name)

    width = max(len(cells) for _, cells in sample)
    if width > MAX_COLUMNS:
        raise ValidationError(
            N_("{name} has more than {max_columns} columns; keep the phone column and those you use"),
            name=name,
            max_columns=MAX_COLUMNS,
        )
    header_at, phone_index = _find_header(name, sample, region)
    if header_at is None:
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
    names = tuple(column for _, column in others)
    first_seen: dict[str, int] = {}
    rows, errors = table.rows, table.errors
    count = 0
    for line, cells in chain(data, iterator):
        if not any(cell.strip() for cell in cells):
            continue
        count += 1
        if count > max_rows:
            raise ValidationError(
                N_("{name} has more than {max_rows} rows; split it into files of at most {max_rows}"),
                name=name,
                max_rows=f"{max_rows:,}",
            )
        if any("\x00" in cell for cell in cells):
            raise ValidationError(
                N_("{name}: row {line} holds a NUL character (a zero byte): the file is damaged or not a text file"),
                name=name,
                line=line,
            )
        raw = _cell(cells, phone_index)
        if not raw:
            errors.append(RowError(line, N_("no phone number")))
            continue
        try:
            phone = normalize_phone(raw, region)
        except ValidationError as exc:
            errors.append(RowError(line, exc.phrase))
            continue
        first = first_seen.get(phone)
        if first is not None:
            errors.append(
                RowError(
                    line,
                    phrase(N_("'{number}' is a duplicate of row {first}"), number=raw, first=first),
                )
            )
            continue
        first_seen[phone] = line
        rows.append(RecipientRow(line, phone, _Cells(names, tuple(_cell(cells, index) for index, _ in others))))
    if not count:
        raise ValidationError(N_("{name} has a header row but no recipients"), name=name)
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
        N_(
            "{name} has no phone number column: name one phone, number, nomor, no_hp, hp, whatsapp or wa (the "
            "first row holds {listed})"
        ),
        name=name,
        listed=listed,
    )


# -- shared with the address book's file reader (services/contact_files) ------------


def csv_records(path: Path) -> tuple[Iterator[tuple[int, list[str]]], Callable[[], Phrase | None]]:
    """The records of the CSV file ``path`` as (row number, cells), read as a stream, and a function that tells,
    once they are read, how the file was decoded (as ``RecipientTable.notice``).  Too big a file is refused."""
    _check_size(path)
    text = _Text(path)
    return _csv_records(path.name, text), text.notice


def detect_legacy_encoding(sample: bytes) -> str | None:
    """The legacy encoding (Windows-1252, …) charset-normalizer reads ``sample`` in, or ``None``."""
    return _detect(sample, _LEGACY)


check_file_size = _check_size
clean_column_names = _clean_names
find_header = _find_header
header_key = _header_key
