"""Reading a recipient file as the user mapped it: the number's column, the {variables}, each bad row named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.contact_files import Cancel, open_contact_file
from wadesk.services.recipient_columns import ColumnChoice, proposed_choice, read_mapped

CSV = (
    "Nama,Nomor HP,Kota,Produk,Catatan\n"
    "Siti Rahayu,0812-3456-7890,Bandung,Kerudung,\n"
    "Budi Santoso,+62 813 1111 2222,Surabaya,Batik,langganan\n"
    "Rina,nomor salah,Medan,Batik,\n"
    "Dewi,,Solo,Kain,\n"
    "Siti lagi,081234567890,Bandung,Kerudung,\n"
)


def test_the_chosen_column_and_variables_make_the_table(tmp_path: Path) -> None:
    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8")
    file = open_contact_file(path, "ID")
    assert proposed_choice(file) == ColumnChoice(1, (0, 2, 3, 4))

    table = read_mapped(file, ColumnChoice(1, (0, 2)))

    assert table is not None
    assert table.variable_names == ["Nama", "Kota"]
    assert [(r.line, r.phone, dict(r.variables)) for r in table.rows] == [
        (2, "6281234567890", {"Nama": "Siti Rahayu", "Kota": "Bandung"}),
        (3, "6281311112222", {"Nama": "Budi Santoso", "Kota": "Surabaya"}),
        (6, "6281234567890", {"Nama": "Siti lagi", "Kota": "Bandung"}),  # sending takes it once
    ]
    assert [e.text for e in table.errors] == ["row 4: 'nomor salah' is not a phone number", "row 5: no phone number"]


def test_a_workbook_is_read_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "pelanggan.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in CSV.splitlines():
        sheet.append(line.split(","))
    book.save(path)

    table = read_mapped(open_contact_file(path, "ID"), ColumnChoice(1, (0, 3)))

    assert table is not None and table.variable_names == ["Nama", "Produk"]
    assert [r.line for r in table.rows] == [2, 3, 6] and [e.line for e in table.errors] == [4, 5]


def test_progress_is_told_and_cancel_stops_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    path.write_text("nama,hp\n" + "".join(f"P{i},0812{i:08d}\n" for i in range(2500)), encoding="utf-8")
    file = open_contact_file(path, "ID")
    seen: list[int] = []
    table = read_mapped(file, ColumnChoice(1, (0,)), progress=seen.append)
    assert table is not None and len(table.rows) == 2500 and seen == [1000, 2000, 2500]

    cancel = Cancel()
    cancel.cancel()
    assert read_mapped(file, ColumnChoice(1, (0,)), cancel=cancel) is None


def test_a_column_the_file_does_not_have_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("nama,hp\nSiti,081234567890\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no such column"):
        read_mapped(open_contact_file(path, "ID"), ColumnChoice(5))
