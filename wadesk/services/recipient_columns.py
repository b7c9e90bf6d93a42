"""A recipient list read from a file the way the user mapped it: which column is the number, which are variables.

The Composer's file step opens a file with ``open_contact_file`` (its columns,
first rows and the proposed phone column), lets the user choose, then reads
it here into a ``RecipientTable``: every number normalised in the file's
region, each row that cannot be used named in ``errors`` with its row number.
A number given twice stays in the table: sending takes it once and counts
the second as a duplicate (``services.sending.recipients``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.domain.phone import normalize_phone
from wadesk.domain.words import N_
from wadesk.services.contact_files import Cancel, ContactFile
from wadesk.services.recipients_csv import MAX_ROWS, RecipientRow, RecipientTable, RowError

PROGRESS_EVERY = 1_000  # rows read between two progress calls


@dataclass(frozen=True)
class ColumnChoice:
    """The user's mapping: the column of numbers and the columns kept as ``{variables}`` (indices from 0)."""

    phone: int
    variables: tuple[int, ...] = ()


def proposed_choice(file: ContactFile) -> ColumnChoice | None:
    """The mapping to offer: the phone column the file's reader found, every other column a variable."""
    mapping = file.proposed
    if not mapping.phones:
        return None
    phone = mapping.phones[0]
    return ColumnChoice(phone, tuple(i for i in range(len(file.columns)) if i != phone))


def choice_by_names(file: ContactFile, phone: str, variables: Sequence[str]) -> ColumnChoice | None:
    """The mapping made earlier, by column name (``RecipientTable.phone_column`` and ``variable_names``), for
    the file as it is now; None when it no longer has that phone column.  A variable column gone is left out."""
    names = list(file.field_names)
    if phone not in names:
        return None
    return ColumnChoice(names.index(phone), tuple(names.index(name) for name in variables if name in names))


def read_mapped(
    file: ContactFile,
    choice: ColumnChoice,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: Cancel | None = None,
) -> RecipientTable | None:
    """Read every row of ``file`` as ``choice`` maps it; ``None`` when ``cancel`` was requested.

    ``progress(rows_read)`` is called every ``PROGRESS_EVERY`` rows (from the thread reading).  Synchronous: call
    it from an executor.  Raises ``ValidationError`` for a file that cannot be read or holds over ``MAX_ROWS`` rows.
    """
    width = len(file.columns)
    if not 0 <= choice.phone < width or any(not 0 <= i < width for i in choice.variables):
        raise ValidationError(N_("{name} has no such column"), name=file.name)
    kept = [i for i in dict.fromkeys(choice.variables) if i != choice.phone]
    names = [file.field_names[i] for i in kept]
    phone_name = file.field_names[choice.phone]
    table = RecipientTable(
        columns=[phone_name, *names], phone_column=phone_name, has_header=file.heading_row is not None
    )
    count = 0
    with file.open_rows() as stream:
        for line, cells in stream.rows:
            count += 1
            if count > MAX_ROWS:
                raise ValidationError(
                    N_("{name} has more than {max_rows} rows; split it into files of at most {max_rows}"),
                    name=file.name,
                    max_rows=f"{MAX_ROWS:,}",
                )
            if count % PROGRESS_EVERY == 0:
                if cancel is not None and cancel.requested:
                    return None
                if progress is not None:
                    progress(count)
            raw = _cell(cells, choice.phone)
            if not raw:
                table.errors.append(RowError(line, N_("no phone number")))
                continue
            try:
                phone = normalize_phone(raw, file.region)
            except ValidationError as exc:
                table.errors.append(RowError(line, exc.phrase))
                continue
            table.rows.append(
                RecipientRow(line, phone, {name: _cell(cells, i) for name, i in zip(names, kept, strict=True)})
            )
        table.notice = stream.notice() or file.notice
    if progress is not None:
        progress(count)
    return table


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""
