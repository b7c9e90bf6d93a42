"""Writing rows of text to a CSV or XLSX file that Excel opens as it should, all or nothing.

CSV is UTF-8 with a BOM (Excel then shows accented words right), comma-separated, CRLF lines; a cell that starts
with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so that Excel shows it instead of running it as a formula.
In a workbook every cell is a text cell (a number stays as written, ``=…`` is not a formula).

Synchronous (a service runs it in an executor).  Written to a temporary file beside the target and moved into
place: a failed or stopped export never leaves half a file under the user's name, and one already there stays as
it was.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_

__all__ = ["TABLE_SUFFIXES", "write_table"]

TABLE_SUFFIXES = frozenset({".csv", ".xlsx"})
_FORMULA = ("=", "+", "-", "@")


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *, sheet: str = "Sheet") -> int:
    """Write ``header`` then ``rows`` to ``path`` (.csv or .xlsx); returns how many rows were written.

    Raises ``ValidationError`` for another suffix or a folder that cannot be written to.  Whatever ``rows`` raises
    while it is iterated (a stop) removes the temporary file and goes on up.
    """
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ValidationError(N_("{name}: export to a .csv or .xlsx file"), name=path.name)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".wadesk-export-", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise ValidationError(N_("cannot write {path}: {value}"), path=path, value=exc.strerror or exc) from exc
    os.close(handle)
    try:
        if suffix == ".csv":
            count = _write_csv(Path(temporary), header, rows)
        else:
            count = _write_xlsx(Path(temporary), header, rows, sheet)
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError(N_("cannot write {path}: {value}"), path=path, value=exc.strerror or exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _no_formula(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_no_formula(value) for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], title: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.append(list(header))
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count
