"""Property: whatever bytes a recipient file holds, reading it gives rows or one clear ``WadeskError``, nothing else.

Bounded for CI (a few seconds, the same examples every run).  For a longer,
randomised search: ``WADESK_FUZZ_EXAMPLES=20000 python3 dev.py test tests/services/test_import_fuzz.py``.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wadesk.domain.errors import WadeskError
from wadesk.services.recipients_csv import RecipientTable, read_recipients

EXAMPLES = int(os.environ.get("WADESK_FUZZ_EXAMPLES", "0")) or None
fuzz = settings(
    max_examples=EXAMPLES or 60,
    derandomize=EXAMPLES is None,  # CI sees the same examples every run
    deadline=None,  # no test depends on the machine's speed
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _read(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        table = read_recipients(path)
    except WadeskError as exc:
        assert str(exc).strip(), "an error says what is wrong"
        assert "\n" not in str(exc)
        return
    assert isinstance(table, RecipientTable)
    assert table.rows or table.errors
    for row in table.rows:
        assert "\x00" not in row.phone and all("\x00" not in value for value in row.variables.values())


def _workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["nama", "hp", "kota"], ["Budi", "081234567890", "Jakarta"], ["Ani", 81311112222, "Medan"]):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


WORKBOOK = _workbook()
with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as _archive:
    PARTS = {name: _archive.read(name) for name in _archive.namelist()}

text_rows = st.lists(
    st.lists(st.one_of(st.text(max_size=12), st.from_regex(r"\+?[0-9 ()\-]{6,16}", fullmatch=True)), max_size=5),
    max_size=8,
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"])
separators = st.sampled_from([",", ";", "\t", "|"])


@fuzz
@given(content=st.binary(max_size=3000))
def test_any_bytes_as_csv(tmp_path: Path, content: bytes) -> None:
    _read(tmp_path / "fuzz.csv", content)


@fuzz
@given(rows=text_rows, encoding=encodings, separator=separators, line_end=st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_table_as_csv_in_any_encoding(
    tmp_path: Path, rows: list[list[str]], encoding: str, separator: str, line_end: str
) -> None:
    text = line_end.join(separator.join(cells) for cells in rows)
    _read(tmp_path / "fuzz.csv", text.encode(encoding, errors="replace"))


@fuzz
@given(content=st.binary(max_size=3000))
def test_any_bytes_as_xlsx(tmp_path: Path, content: bytes) -> None:
    _read(tmp_path / "fuzz.xlsx", content)


@fuzz
@given(changes=st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_workbook_with_bytes_changed(tmp_path: Path, changes: list[tuple[int, int]]) -> None:
    data = bytearray(WORKBOOK)
    for at, value in changes:
        data[at] = value
    _read(tmp_path / "fuzz.xlsx", bytes(data))


@fuzz
@given(part=st.sampled_from(sorted(PARTS)), content=st.one_of(st.binary(max_size=600), st.text(max_size=600)))
def test_a_workbook_with_one_part_replaced(tmp_path: Path, part: str, content: bytes | str) -> None:
    """Valid zip, damaged XML: reaches openpyxl's parsers rather than the zip checks."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, original in PARTS.items():
            archive.writestr(name, content if name == part else original)
    _read(tmp_path / "fuzz.xlsx", out.getvalue())


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_a_workbook_with_an_xml_entity_bomb(tmp_path: Path, part: str) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lololololololololol">'
        + b"".join(
            f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'.encode() for n in range(1, 10)
        )
        + b"]><worksheet><sheetData><row><c t='inlineStr'><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, original in PARTS.items():
            archive.writestr(name, bomb if name == part else original)
    _read(tmp_path / "bomb.xlsx", out.getvalue())
