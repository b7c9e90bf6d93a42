"""Opening contact files as they come from phones, Google, Outlook and Excel: the kind recognised, the columns, the
first rows and the mapping proposed — what the import wizard shows before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.contact_files.conftest import DATA
from wadesk.domain.errors import ValidationError
from wadesk.services.contact_files import ColumnMapping, ColumnRole, Layout, open_contact_file


def test_a_google_contacts_export_offers_every_phone_column_and_joins_the_name_parts() -> None:
    file = open_contact_file(DATA / "google_contacts.csv", "ID")

    assert file.layout is Layout.GOOGLE
    mapping = file.proposed
    assert [file.columns[i] for i in mapping.phones] == ["Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value"]
    assert [file.columns[i] for i in mapping.name] == ["First Name", "Middle Name", "Last Name"]
    assert {name: file.columns[i] for i, name in mapping.fields} == {
        "organization": "Organization Name",
        "birthday": "Birthday",
        "notes": "Notes",
        "email": "E-mail 1 - Value",
    }
    assert mapping.role(file.columns.index("Labels")) is ColumnRole.SKIP
    assert file.heading_row == 1
    row, cells = file.preview[0]
    assert row == 2 and cells[file.columns.index("Address 1 - Formatted")] == "Jl. Merdeka 1\nJakarta 10110\nID"
    assert [row for row, _ in file.preview] == [2, 3, 4, 5, 6, 7]  # a quoted address over three lines is one row


def test_an_outlook_export_offers_the_mobile_first_and_leaves_faxes_and_pagers_out() -> None:
    file = open_contact_file(DATA / "outlook_contacts.csv", "ID")

    assert file.layout is Layout.OUTLOOK
    phones = [file.columns[i] for i in file.proposed.phones]
    assert phones[0] == "Mobile Phone"
    assert {"Home Phone", "Business Phone", "Other Phone"} <= set(phones)
    assert not {"Pager", "Home Fax", "Business Fax", "Assistant's Phone"} & set(phones)
    assert [file.columns[i] for i in file.proposed.name] == ["First Name", "Middle Name", "Last Name"]
    assert file.preview[1][1][:3] == ["François", "René", "Dubois"]  # Windows-1252, as Outlook writes it
    assert (
        str(file.notice)
        == "outlook_contacts.csv is not UTF-8: it was read as Windows-1252; check that names look right"
    )


@pytest.mark.parametrize(
    ("name", "columns", "first", "rows"),
    [
        (
            "excel_semicolon_bom.csv",
            ("Nama Pelanggan", "No HP", "Kota", "Total Belanja"),
            ["Ibu Sri Wahyuni", "0812 3456 7001", "Yogyakarta", "1.250.000"],
            4,
        ),
        ("customers_utf16.txt", ("nama", "nomor", "catatan"), ["Nguyễn Văn An", "0812-7000-1001", "grosir"], 3),
        ("cashier_windows1252.csv", ("name", "phone", "city"), ["José Müller", "0812-9000-1001", "Bandung"], 4),
    ],
)
def test_a_plain_table_in_any_encoding_and_separator_offers_its_number_name_and_other_columns(
    name: str, columns: tuple[str, ...], first: list[str], rows: int
) -> None:
    file = open_contact_file(DATA / name, "ID")

    assert file.layout is Layout.TABLE
    assert file.columns == columns
    assert file.preview[0] == (2, first)
    assert file.proposed == ColumnMapping(
        phones=(1,), name=(0,), fields=tuple((i, file.field_names[i]) for i in range(2, len(columns)))
    )
    assert file.rows_estimate == rows  # the length of the wizard's progress bar


def test_a_vcard_21_reads_quoted_printable_names_soft_line_breaks_and_every_number() -> None:
    file = open_contact_file(DATA / "android_v21.vcf", "ID")

    assert file.layout is Layout.VCARD
    assert file.columns == ("Name", "Phone 1", "Phone 2", "Phone 3", "E-mail", "Organization", "Note")
    rows = dict(file.preview)
    assert rows[1][:4] == ["Budi Santoso", "0812-1111-2222", "021-5550-1234", "+62 811 3333 4444"]
    assert rows[2][0] == "Jörg Müller"
    assert rows[2][6] == "Langganan sejak 2019, suka kopi tubruk\ndan roti bakar"
    assert rows[3][0] == "张伟"
    assert rows[4][1] == ""  # a card without a number: named at import
    assert rows[5][0] == "Sri Rahayu Ningsih Kusumawardhani Pratiwi"  # a soft line break inside the name
    assert file.proposed.phones == (1, 2, 3) and file.proposed.name == (0,)
    assert file.rows_estimate == 5


def test_a_vcard_30_unfolds_long_lines_and_reads_grouped_numbers_and_escapes() -> None:
    rows = dict(open_contact_file(DATA / "iphone_v30.vcf", "ID").preview)

    assert rows[1][:4] == ["Rina Wijaya", "+62 812-4444-5555", "0813 6666 7777", "(0251) 832-1234"]
    assert rows[1][5:] == ["Salon Cantik, Bogor", "Pesan biasanya hari Jumat; minta nota\nlewat WA"]
    assert rows[2][0] == "Ana María D’Souza"
    assert rows[2][6].endswith("harus dilipat oleh program yang menulis file vCard ini")


def test_a_vcard_40_reads_tel_uris_without_their_extension() -> None:
    rows = dict(open_contact_file(DATA / "contacts_v40.vcf", "ID").preview)

    assert rows[1][:3] == ["Dimas Prasetyo", "+62-812-7777-1111", "+62-21-5550-9876"]


def test_a_vcard_21_quoted_printable_value_in_any_spelling_or_without_its_charset_is_read(tmp_path: Path) -> None:
    cards = tmp_path / "nokia.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;QUOTED-PRINTABLE:M=FCller;J=F6rg\r\nTEL;CELL:0812-1111-2222\r\n"
        b"NOTE;charset=utf-8;encoding=quoted-printable:Kopi, teh =\r\n& caf=C3=A9\r\nEND:VCARD\r\n"
    )

    [(number, row)] = open_contact_file(cards, "ID").preview

    assert (number, row[0], row[-1]) == (1, "Jörg Müller", "Kopi, teh & café")  # no CHARSET: Windows-1252


def test_a_table_without_a_phone_column_opens_with_the_problem_named(tmp_path: Path) -> None:
    sheet = tmp_path / "kontak.csv"
    sheet.write_text("nama,kontak\nBudi,lihat buku\nSiti,-\n")

    file = open_contact_file(sheet, "ID")

    assert file.proposed.phones == ()
    assert file.problem is not None and "has no phone number column" in str(file.problem)
    assert file.columns == ("nama", "kontak")


def test_the_mapping_step_changes_one_column_at_a_time() -> None:
    file = open_contact_file(DATA / "google_contacts.csv", "ID")
    labels = file.columns.index("Labels")
    phone_2 = file.columns.index("Phone 2 - Value")

    changed = file.proposed.assign(phone_2, ColumnRole.SKIP).assign(labels, ColumnRole.FIELD, file.field_names[labels])

    assert changed.role(phone_2) is ColumnRole.SKIP and phone_2 not in changed.phones
    assert changed.role(labels) is ColumnRole.FIELD and changed.field_name(labels) == "Labels"
    assert changed.name == file.proposed.name
    with pytest.raises(ValueError, match="a field needs a name"):
        changed.assign(labels, ColumnRole.FIELD, " ")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kontak.vcf", b"Nama: Budi\nHP: 0812\n", "holds no contact card"),
        ("kontak.xls", b"\xd0\xcf\x11\xe0", "old Excel .xls files cannot be read"),
        ("kontak.pdf", b"%PDF-1.4", "not a .csv, .xlsx or .vcf file"),
        ("kontak.csv", b"\n\n", "is empty"),
        ("kontak.xlsx", b"PK\x03\x04 not really", "is not a readable Excel workbook"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_words(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        open_contact_file(path, "ID")
