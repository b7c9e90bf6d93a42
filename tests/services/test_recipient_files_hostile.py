"""Recipient files as they arrive in real life: odd encodings, NUL bytes, damaged workbooks, far too many rows."""

from __future__ import annotations

import gc
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.recipients_csv import MAX_COLUMNS, MAX_FILE_BYTES, MAX_LINE_CHARS, read_recipients


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def rezip(source: Path, target: Path, parts: dict[str, bytes | None]) -> Path:
    """A copy of the workbook ``source`` with some of its parts replaced (or left out, for ``None``)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            content = parts.get(item.filename, old.read(item.filename))
            if content is not None:
                new.writestr(item, content)
    return target


# -- encodings ------------------------------------------------------------------------


def test_a_file_put_together_from_utf8_and_windows_1252_keeps_every_name(tmp_path: Path) -> None:
    path = tmp_path / "gabungan.csv"
    path.write_bytes(b"nama;hp\nJos\xc3\xa9;081234567890\nRen\xe9 M\xfcller;081311112222\nAni;081322223333\n")
    table = read_recipients(path)
    assert [row.variables["nama"] for row in table.rows] == ["José", "René Müller", "Ani"]
    assert table.notice is not None
    assert "mixes two encodings" in str(table.notice)
    assert "(3)" in str(table.notice) and "Windows-1252" in str(table.notice)


def test_a_windows_1252_file_says_how_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "lama.csv"
    path.write_bytes("nama;hp\nJosé – Café;081234567890\n".encode("cp1252"))
    table = read_recipients(path)
    assert table.rows[0].variables == {"nama": "José – Café"}
    assert str(table.notice) == "lama.csv is not UTF-8: it was read as Windows-1252; check that names look right"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_needs_no_notice(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "baru.csv"
    path.write_bytes("nama;hp\nJosé;081234567890\n".encode(encoding))
    table = read_recipients(path)
    assert table.rows[0].variables == {"nama": "José"}
    assert table.notice is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_or_without_a_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("nama,hp\nÄni Ñoño,081234567890\nBudi,081311112222\n".encode(encoding))
    table = read_recipients(path)
    assert [row.variables["nama"] for row in table.rows] == ["Äni Ñoño", "Budi"]
    assert table.notice is not None and "UTF-" in str(table.notice)


def test_old_mac_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"nama,hp\rBudi,081234567890\rAni,081311112222\r")
    assert [row.line for row in read_recipients(path).rows] == [2, 3]


def test_a_nul_byte_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"nama,hp\nBudi,081234567890\nAn\x00i,081311112222\n")
    with pytest.raises(ValidationError, match=r"nul\.csv: row 3 holds a NUL character"):
        read_recipients(path)


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ValidationError):
        read_recipients(path)


# -- limits ---------------------------------------------------------------------------


def test_more_rows_than_allowed_is_refused_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("nama;nomor\n")
        for n in range(150_000):
            out.write(f"Pelanggan {n};0812{n:08d}\n")
    size = path.stat().st_size
    warm = tmp_path / "kecil.csv"  # loads what is loaded once (phone metadata, the csv module's state)
    warm.write_text("nama;nomor\nBudi;081234567890\n", encoding="utf-8")
    read_recipients(warm)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match=r"besar\.csv has more than 1,000 rows; split it"):
            read_recipients(path, max_rows=1_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size / 5, (peak, size)  # the file is streamed, not read whole


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    for name in ("huge.csv", "huge.xlsx"):
        path = tmp_path / name
        with path.open("wb") as out:
            out.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
        with pytest.raises(ValidationError, match=rf"{name} is 50 MB; wadesk reads recipient files of up to 50 MB"):
            read_recipients(path)


def test_an_endless_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    path.write_bytes(b"nama,hp\n" + b"x" * (MAX_LINE_CHARS + 10) + b"\n")
    with pytest.raises(ValidationError, match="line 2 is longer than"):
        read_recipients(path)


def test_too_many_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lebar.csv"
    header = ",".join(["hp", *(f"c{n}" for n in range(MAX_COLUMNS))])
    path.write_text(header + "\n081234567890" + "," * MAX_COLUMNS + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=f"more than {MAX_COLUMNS} columns"):
        read_recipients(path)


def test_the_row_limit_holds_for_workbooks(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "besar.xlsx", [["nama", "hp"], *([f"P{n}", f"0812{n:08d}"] for n in range(30))])
    with pytest.raises(ValidationError, match="has more than 20 rows"):
        read_recipients(path, max_rows=20)
    assert len(read_recipients(path, max_rows=30).rows) == 30


# -- damaged workbooks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("sheet-cut.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row><c r='A1'><v>1</v></c></row>"}),
        ("sheet-garbage.xlsx", {"xl/worksheets/sheet1.xml": b"\x00\x01 not xml"}),
        ("workbook-cut.xlsx", {"xl/workbook.xml": b"<workbook>"}),
        ("types-garbage.xlsx", {"[Content_Types].xml": b"nonsense"}),
        ("no-workbook.xlsx", {"xl/workbook.xml": None}),
    ],
)
def test_a_damaged_workbook_is_invalid_input(tmp_path: Path, name: str, parts: dict[str, bytes | None]) -> None:
    good = xlsx(tmp_path / "good.xlsx", [["nama", "hp"], ["Budi", "081234567890"]])
    with pytest.raises(ValidationError, match=f"{name} is not a readable Excel workbook"):
        read_recipients(rezip(good, tmp_path / name, parts))
    gc.collect()  # a file left open by the failed read would warn here, in this test (not in a later one)


def test_a_workbook_with_corrupted_compressed_data(tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", [["nama", "hp"], *([f"P{n}", f"0812{n:08d}"] for n in range(200))])
    data = bytearray(good.read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + 60
    data[at : at + 40] = b"\xff" * 40
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match=r"rusak\.xlsx is not a readable Excel workbook"):
        read_recipients(broken)


def test_a_truncated_workbook(tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", [["nama", "hp"], ["Budi", "081234567890"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:700])
    with pytest.raises(ValidationError, match=r"cut\.xlsx is not a readable Excel workbook"):
        read_recipients(cut)
