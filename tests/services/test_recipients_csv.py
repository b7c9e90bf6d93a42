from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.campaigns import targets_from_table
from wadesk.services.recipients_csv import RecipientRow, read_recipients


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def xlsx(path: Path, rows: list[list[object]], *, extra_sheet: bool = False) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        workbook.create_sheet("Lain").append(["phone", "nama"])
    workbook.save(path)
    return path


def test_semicolon_csv_with_bom(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pelanggan.csv",
        "\ufeffNama;Nomor HP;Kota\r\nBudi;0812-3456-7890;Jakarta, Selatan\r\nSari;+62 813 1111 2222;Medan\r\n",
    )
    table = read_recipients(path)
    assert table.columns == ["Nama", "Nomor HP", "Kota"]
    assert table.phone_column == "Nomor HP"
    assert table.variable_names == ["Nama", "Kota"]
    assert table.has_header
    assert table.errors == []
    assert table.rows == [
        RecipientRow(2, "6281234567890", {"Nama": "Budi", "Kota": "Jakarta, Selatan"}),
        RecipientRow(3, "6281311112222", {"Nama": "Sari", "Kota": "Medan"}),
    ]


@pytest.mark.parametrize("header", ["phone", "Number", "NOMOR", "no_hp", "No. HP", "hp", "WhatsApp", "wa"])
def test_named_phone_columns(tmp_path: Path, header: str) -> None:
    path = write(tmp_path / "list.csv", f"id,nama,{header}\n1,Budi,081234567890\n2,Ani,081311112222\n")
    table = read_recipients(path)
    assert table.columns[2] == " ".join(header.replace(".", " ").split())
    assert table.phone_column == table.columns[2]
    assert [row.phone for row in table.rows] == ["6281234567890", "6281311112222"]
    assert table.rows[0].variables == {"id": "1", "nama": "Budi"}


def test_tab_separated_and_comma_separated(tmp_path: Path) -> None:
    tab = read_recipients(write(tmp_path / "a.tsv", "nama\twa\nBudi\t081234567890\n"))
    comma = read_recipients(write(tmp_path / "b.csv", 'nama,wa,alamat\n"Budi, S.E.",081234567890,"Jl. A; No 1"\n'))
    assert tab.rows == [RecipientRow(2, "6281234567890", {"nama": "Budi"})]
    assert comma.rows == [RecipientRow(2, "6281234567890", {"nama": "Budi, S.E.", "alamat": "Jl. A; No 1"})]


def test_cp1252_fallback(tmp_path: Path) -> None:
    path = write(tmp_path / "lama.csv", "nama;hp\nJosé – Café;081234567890\n", encoding="cp1252")
    table = read_recipients(path)
    assert table.rows[0].variables == {"nama": "José – Café"}


def test_latin1_fallback_and_utf16(tmp_path: Path) -> None:
    raw = "nama;hp\nAndré;081234567890\n".encode("latin-1") + b"\x81\n"  # 0x81 is undefined in cp1252
    (tmp_path / "x.csv").write_bytes(raw)
    assert read_recipients(tmp_path / "x.csv").rows[0].variables == {"nama": "André"}
    utf16 = write(tmp_path / "unicode.txt", "nama\thp\nÄni\t081234567890\n", encoding="utf-16")
    assert read_recipients(utf16).rows[0].variables == {"nama": "Äni"}


def test_excel_sep_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "excel.csv", "sep=;\nnama;hp\nBudi;081234567890\n")
    table = read_recipients(path)
    assert table.rows == [RecipientRow(2, "6281234567890", {"nama": "Budi"})]


def test_broken_rows_do_not_stop_the_import(tmp_path: Path) -> None:
    path = write(
        tmp_path / "campur.csv",
        "nama,phone\n"
        "Budi,081234567890\n"  # row 2
        "Ani,0812-34\n"  # row 3: too short
        "Cici,\n"  # row 4: no number
        "\n"  # row 5: blank, skipped silently
        "Dodi,bukan nomor\n"  # row 6
        "Eka,081311112222\n",  # row 7
    )
    table = read_recipients(path)
    assert [(row.line, row.phone) for row in table.rows] == [(2, "6281234567890"), (7, "6281311112222")]
    assert [(e.line, e.text) for e in table.errors] == [
        (3, "row 3: '0812-34' is not a valid phone number"),
        (4, "row 4: no phone number"),
        (6, "row 6: 'bukan nomor' is not a phone number"),
    ]


def test_duplicates_point_at_the_duplicate_row(tmp_path: Path) -> None:
    path = write(
        tmp_path / "dup.csv",
        "nama,hp\nBudi,081234567890\nAni,081311112222\nBudi lagi,+62 812-3456-7890\nAni lagi,6281311112222\n",
    )
    table = read_recipients(path)
    assert [row.line for row in table.rows] == [2, 3]
    assert [(e.line, e.text) for e in table.errors] == [
        (4, "row 4: '+62 812-3456-7890' is a duplicate of row 2"),
        (5, "row 5: '6281311112222' is a duplicate of row 3"),
    ]


def test_no_header_numbers_only(tmp_path: Path) -> None:
    path = write(tmp_path / "nomor.txt", "081234567890\n081311112222\n0812-34\n")
    table = read_recipients(path)
    assert not table.has_header
    assert table.columns == ["column 1"]
    assert [(row.line, row.phone, row.variables) for row in table.rows] == [
        (1, "6281234567890", {}),
        (2, "6281311112222", {}),
    ]
    assert [(e.line, e.text) for e in table.errors] == [(3, "row 3: '0812-34' is not a valid phone number")]


def test_no_header_phone_column_found_by_its_values(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "Budi,Jakarta,081234567890\nAni,Medan,081311112222\n")
    table = read_recipients(path)
    assert not table.has_header
    assert table.phone_column == "column 3"
    assert table.rows[1] == RecipientRow(2, "6281311112222", {"column 1": "Ani", "column 2": "Medan"})


def test_unnamed_header_phone_column_found_by_its_values(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "Pelanggan,Kontak,Tgl. Lahir\nBudi,081234567890,1990-01-01\nAni,,1991-02-02\n")
    table = read_recipients(path)
    assert table.has_header
    assert table.columns == ["Pelanggan", "Kontak", "Tgl Lahir"]  # names usable as {placeholders}
    assert table.phone_column == "Kontak"
    assert table.rows == [RecipientRow(2, "6281234567890", {"Pelanggan": "Budi", "Tgl Lahir": "1990-01-01"})]
    assert [(e.line, e.text) for e in table.errors] == [(3, "row 3: no phone number")]


def test_duplicate_and_missing_header_names(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "nama,Nama,,hp\nBudi,B,x,081234567890\nAni\n")
    table = read_recipients(path)
    assert table.columns == ["nama", "Nama 2", "column 3", "hp"]
    assert table.rows[0].variables == {"nama": "Budi", "Nama 2": "B", "column 3": "x"}
    assert [(e.line, e.text) for e in table.errors] == [(3, "row 3: no phone number")]


def test_xlsx_first_sheet_numbers_and_dates(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "data.xlsx",
        [
            ["Nama", "WA", "Tagihan", "Jatuh tempo"],
            ["Budi", 6281234567890, 150000, datetime(2024, 5, 31)],
            ["Ani", 81311112222, 12.5, datetime(2024, 6, 1, 14, 30)],  # Excel dropped the leading zero
            [None, None, None, None],
            ["Cici", "0812-34", None, None],
            ["Dodi", 1234.5, None, None],  # a number that is no phone number
            ["Budi 2", "081234567890", None, None],
        ],
        extra_sheet=True,
    )
    table = read_recipients(path)
    assert table.columns == ["Nama", "WA", "Tagihan", "Jatuh tempo"]
    assert table.rows == [
        RecipientRow(2, "6281234567890", {"Nama": "Budi", "Tagihan": "150000", "Jatuh tempo": "2024-05-31"}),
        RecipientRow(3, "6281311112222", {"Nama": "Ani", "Tagihan": "12.5", "Jatuh tempo": "2024-06-01 14:30"}),
    ]
    assert [error.line for error in table.errors] == [5, 6, 7]
    assert table.errors[0].text == "row 5: '0812-34' is not a valid phone number"
    assert table.errors[2].text == "row 7: '081234567890' is a duplicate of row 2"


def test_xlsx_without_header_and_title_rows(tmp_path: Path) -> None:
    plain = xlsx(tmp_path / "plain.xlsx", [["081234567890", "Budi"], ["081311112222", "Ani"]])
    table = read_recipients(plain)
    assert not table.has_header
    assert [(row.line, row.phone) for row in table.rows] == [(1, "6281234567890"), (2, "6281311112222")]

    titled = xlsx(
        tmp_path / "titled.xlsx",
        [["Daftar pelanggan Mei"], [], ["Nama", "No HP"], ["Budi", "081234567890"]],
    )
    table = read_recipients(titled)
    assert table.columns == ["Nama", "No HP"]
    assert table.rows == [RecipientRow(4, "6281234567890", {"Nama": "Budi"})]


def test_region_is_used_for_local_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "my.csv", "phone\n012-345 6789\n")
    assert read_recipients(path, region="MY").rows[0].phone == "60123456789"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "empty.csv is empty"),
        ("blank.csv", "\n\n ; \n", "blank.csv is empty"),
        ("header.csv", "nama,phone\n", "has a header row but no recipients"),
        ("nophone.csv", "nama,kota\nBudi,Jakarta\nAni,Medan\n", "no phone number column"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, content: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_recipients(write(tmp_path / name, content))


def test_no_phone_column_message_lists_the_first_row(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        read_recipients(write(tmp_path / "x.csv", "nama,kota\nBudi,Jakarta\n"))
    assert "'nama', 'kota'" in str(info.value)
    assert "phone, number, nomor, no_hp, hp, whatsapp or wa" in str(info.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read"):
        read_recipients(tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="not a readable Excel workbook"):
        read_recipients(write(tmp_path / "broken.xlsx", "not a zip"))
    with pytest.raises(ValidationError, match=r"\.xls files cannot be read"):
        read_recipients(write(tmp_path / "old.xls", "x"))
    with pytest.raises(ValidationError, match=r"not a \.csv or \.xlsx"):
        read_recipients(write(tmp_path / "a.pdf", "x"))


def test_empty_xlsx(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is empty"):
        read_recipients(xlsx(tmp_path / "kosong.xlsx", []))


def test_large_csv_is_read_whole(tmp_path: Path) -> None:
    """Every one of 100,000 rows is read (how fast is bench/recipients_csv.py's to say, not a test's)."""
    lines = ["nama;nomor;kota"] + [f"Pelanggan {n};0812{n:08d};Kota {n % 50}" for n in range(100_000)]
    path = write(tmp_path / "besar.csv", "\n".join(lines) + "\n")
    table = read_recipients(path)
    assert len(table.rows) + len(table.errors) == 100_000
    assert table.rows[0] == RecipientRow(2, "6281200000000", {"nama": "Pelanggan 0", "kota": "Kota 0"})


def test_rows_and_their_targets_read_the_table_values_without_copying_them(tmp_path: Path) -> None:
    """A row's columns, and a campaign target's variables, behave as the plain dicts they replace."""
    path = tmp_path / "pelanggan.csv"
    path.write_text("nomor,nama,phone\n081234567890,Budi,lama\n081311112222,Sari,\n", encoding="utf-8")
    table = read_recipients(path)
    row = table.rows[0]
    assert row.variables == {"nama": "Budi", "phone": "lama"} and dict(row.variables) == {
        "nama": "Budi",
        "phone": "lama",
    }
    assert "nama" in row.variables and "kota" not in row.variables and row.variables.get("kota") is None
    with pytest.raises(KeyError):
        row.variables["kota"]
    targets = targets_from_table(table)
    # As {"phone": row.phone, **row.variables}: a column named "phone" that is not the phone column wins.
    assert targets[0].variables == {"phone": "lama", "nama": "Budi"}
    assert list(targets[0].variables) == ["phone", "nama"]
    assert targets[0].variables["nama"] is row.variables["nama"]
    plain = tmp_path / "plain.csv"
    plain.write_text("nomor,nama\n081234567890,Budi\n", encoding="utf-8")
    [target] = targets_from_table(read_recipients(plain))
    assert dict(target.variables) == {"phone": "6281234567890", "nama": "Budi"} and len(target.variables) == 2
