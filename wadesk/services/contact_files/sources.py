"""Opening a contact file: its kind, columns, first rows and proposed mapping — and its rows, read as a stream.

Row numbers are the ones a spreadsheet shows (the heading is row 1); in a vCard file a row is a card, numbered
from 1 in file order.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_, Phrase
from wadesk.services.contact_files.mapping import ColumnMapping, Layout, detect_layout, propose_mapping
from wadesk.services.contact_files.vcard import Card, decode_vcard_bytes, parse_vcards
from wadesk.services.recipients_csv import (
    CSV_SUFFIXES,
    MAX_COLUMNS,
    MAX_ROWS,
    XLSX_SUFFIXES,
    check_file_size,
    clean_column_names,
    csv_records,
    find_header,
    xlsx_records,
)

__all__ = ["VCARD_SUFFIXES", "ContactFile", "RowStream", "open_contact_file"]

VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})
PREVIEW_ROWS = 20  # the first rows shown in the mapping step
_SAMPLE_ROWS = 200  # rows read to find the heading and the phone column

Record = tuple[int, list[str]]


@dataclass
class RowStream:
    """The data rows of a file, (row number, cells), and once they are read, how the file was decoded."""

    rows: Iterator[Record]
    notice: Callable[[], Phrase | None] = lambda: None
    unreadable: Mapping[int, str] = field(default_factory=dict)  # rows (empty among ``rows``) that could not be read


@dataclass(frozen=True)
class ContactFile:
    """A contact file opened for import (see the package docstring for the wizard's use of it)."""

    path: Path
    region: str  # the phone region numbers without a country code are read in
    layout: Layout
    columns: tuple[str, ...]  # the headings as the file writes them ("column 1", … when it has none)
    field_names: tuple[str, ...]  # the same, usable as {variables}: the name a column gets as a field
    preview: tuple[Record, ...]  # the first data rows
    proposed: ColumnMapping
    rows_estimate: int | None  # about how many data rows there are (None: unknown until read, a workbook)
    heading_row: int | None = None  # the row number of the headings, None when the file has none
    problem: Phrase | None = None  # why no phone column was proposed, for the user (``say`` it)
    notice: Phrase | None = None  # how the file was decoded, when it was not plain UTF-8 (from its first rows)
    _cards: tuple[Card, ...] = field(default=(), repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    @contextmanager
    def open_rows(self) -> Iterator[RowStream]:
        """The file's data rows from the start, as a stream (blank rows and those above the headings left out)."""
        if self.layout is Layout.VCARD:
            broken = {card.number: card.problem for card in self._cards if card.problem is not None}
            yield RowStream(iter(_card_rows(self._cards, len(self.columns))), unreadable=broken)
            return
        with _records(self.path) as (records, notice):
            yield RowStream(_data_rows(records, self.heading_row or 0), notice)


def open_contact_file(path: Path, region: str) -> ContactFile:
    """Open ``path`` (.csv/.txt/.tsv, .xlsx/.xlsm, .vcf): what it holds and the mapping to propose.

    Reads the whole file only for a vCard (small) or when a CSV file may be over ``MAX_ROWS``; otherwise its first
    rows.  Raises ``ValidationError`` for a file that cannot be read, is empty, damaged, too big or of another kind.
    Synchronous: call it from an executor.
    """
    path = path.expanduser()
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        return _open_vcard(path, region)
    if suffix == ".xls":
        raise ValidationError(
            N_("{name}: old Excel .xls files cannot be read; save it as .xlsx or .csv"), name=path.name
        )
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise ValidationError(N_("{name}: not a .csv, .xlsx or .vcf file"), name=path.name)
    with _records(path) as (records, notice):
        sample = [(line, cells) for line, cells in islice(records, _SAMPLE_ROWS) if any(c.strip() for c in cells)]
        if not sample:
            raise ValidationError(N_("{name} is empty"), name=path.name)
        width = max(len(cells) for _, cells in sample)
        if width > MAX_COLUMNS:
            raise ValidationError(
                N_("{name} has more than {max_columns} columns"), name=path.name, max_columns=MAX_COLUMNS
            )
        first = [cell.strip() for cell in sample[0][1]]
        layout = detect_layout(first)
        problem: Phrase | None = None
        phone: int | None = None
        heading_at: int | None = 0
        if layout is Layout.TABLE:
            try:
                heading_at, phone = find_header(path.name, sample, region)
            except ValidationError as exc:
                problem = exc.phrase
        heading = [] if heading_at is None else [cell.strip() for cell in sample[heading_at][1]]
        while heading and not heading[-1]:
            heading.pop()
        width = max(width, len(heading))
        columns = tuple(heading[i] if i < len(heading) and heading[i] else f"column {i + 1}" for i in range(width))
        field_names = tuple(clean_column_names(heading, width))
        data = sample if heading_at is None else sample[heading_at + 1 :]
        heading_row = None if heading_at is None else sample[heading_at][0]
        estimate = _estimate(path, suffix, heading_row)
        file = ContactFile(
            path=path,
            region=region,
            layout=layout,
            columns=columns,
            field_names=field_names,
            preview=tuple(data[:PREVIEW_ROWS]),
            proposed=propose_mapping(layout, columns, field_names, phone),
            rows_estimate=estimate,
            heading_row=heading_row,
            problem=problem,
            notice=notice(),
        )
    if estimate is not None and estimate > MAX_ROWS:
        _check_row_count(file)
    return file


@contextmanager
def _records(path: Path) -> Iterator[tuple[Iterator[Record], Callable[[], Phrase | None]]]:
    if path.suffix.lower() in XLSX_SUFFIXES:
        check_file_size(path)
        with xlsx_records(path) as records:
            yield records, lambda: None
        return
    records, notice = csv_records(path)
    try:
        yield records, notice
    finally:
        if isinstance(records, Generator):
            records.close()  # the file with it, when not all was read


def _data_rows(records: Iterator[Record], heading_row: int) -> Iterator[Record]:
    for line, cells in records:
        if line > heading_row and "".join(cells).strip():
            yield line, cells


def _estimate(path: Path, suffix: str, heading_row: int | None) -> int | None:
    """The number of lines after the headings (a row may span lines: about the number of rows)."""
    if suffix in XLSX_SUFFIXES:
        return None
    with path.open("rb") as stream:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    return max(lines - (heading_row or 0), 0)


def _check_row_count(file: ContactFile) -> None:
    with file.open_rows() as stream:
        count = sum(1 for _ in islice(stream.rows, MAX_ROWS + 1))
    if count > MAX_ROWS:
        raise ValidationError(
            N_("{name} has more than {max_rows} rows; split it into files of at most {max_rows}"),
            name=file.name,
            max_rows=f"{MAX_ROWS:,}",
        )


def _open_vcard(path: Path, region: str) -> ContactFile:
    check_file_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(N_("cannot read {name}: {value}"), name=path.name, value=exc.strerror or exc) from exc
    cards = parse_vcards(decode_vcard_bytes(data, path.name), path.name)
    if len(cards) > MAX_ROWS:
        raise ValidationError(
            N_("{name} holds more than {max_rows} contacts; split it"), name=path.name, max_rows=f"{MAX_ROWS:,}"
        )
    most = max((len(card.phones) for card in cards), default=0)
    columns = ("Name", *(f"Phone {n}" for n in range(1, max(most, 1) + 1)), "E-mail", "Organization", "Note")
    field_names = tuple(clean_column_names(columns, len(columns)))
    return ContactFile(
        path=path,
        region=region,
        layout=Layout.VCARD,
        columns=columns,
        field_names=field_names,
        preview=tuple(islice(_card_rows(cards, len(columns)), PREVIEW_ROWS)),
        proposed=propose_mapping(Layout.VCARD, columns, field_names, None),
        rows_estimate=len(cards),
        _cards=tuple(cards),
    )


def _card_rows(cards: tuple[Card, ...] | list[Card], width: int) -> Iterator[Record]:
    for card in cards:
        phones = card.phones + [""] * (width - 4 - len(card.phones))
        yield card.number, [card.name, *phones, card.email, card.organization, card.note]
