"""Importing contact files into a real address book: names and numbers right from every kind of file, each bad
row named, duplicates merged by policy, progress on the loop, cancel that writes whole chunks only."""

from __future__ import annotations

import asyncio
from pathlib import Path

import openpyxl
import pytest

from tests.services.contact_files.conftest import DATA
from wadesk.app import App
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.services.contact_files import (
    BadRow,
    Cancel,
    ColumnRole,
    DuplicatePolicy,
    ImportProgress,
    importer,
    open_contact_file,
    sources,
)
from wadesk.services.events import ContactsChanged

# What each file holds, as the address book must have it afterwards: number -> name.
EXPECTED = {
    "google_contacts.csv": {
        "6281211112222": "Budi Santoso",
        "622155501234": "Budi Santoso",  # his work number: one contact per number
        "6281333334444": "Siti Nur Aisyah",
        "6285777778888": "Siti Nur Aisyah",  # two numbers in one cell, " ::: "
        "33612345678": "Élodie Martin",
        "6285611112222": "Pak RT",
    },
    "outlook_contacts.csv": {
        "6281120003000": "Hendra Gunawan",
        "622242305555": "Hendra Gunawan",
        "33698765432": "François René Dubois",
        "33142685300": "François René Dubois",
        "6287812345678": "Dewi Lestari",
    },
    "android_v21.vcf": {
        "6281211112222": "Budi Santoso",
        "622155501234": "Budi Santoso",
        "6281133334444": "Budi Santoso",
        "4915123456789": "Jörg Müller",
        "6281322223333": "Jörg Müller",
        "6285612345678": "张伟",
        "6285712349876": "Sri Rahayu Ningsih Kusumawardhani Pratiwi",
    },
    "iphone_v30.vcf": {
        "6281244445555": "Rina Wijaya",
        "6281366667777": "Rina Wijaya",
        "622518321234": "Rina Wijaya",
        "34612345678": "Ana María D’Souza",
        "6282188889999": "Bengkel Jaya Motor",
    },
    "contacts_v40.vcf": {
        "6281277771111": "Dimas Prasetyo",
        "622155509876": "Dimas Prasetyo",
        "6281377772222": "Ayu Kartika",
    },
    "excel_semicolon_bom.csv": {
        "6281234567001": "Ibu Sri Wahyuni",
        "6281345678002": "Agus Salim",
        "6281545678003": "Ni Luh Putu Ayu",
        "6285789018004": "Muhammad Rizky",
    },
    "customers_utf16.txt": {
        "6281270001001": "Nguyễn Văn An",
        "6281370001002": "Zoë Şahin",
        "6285670001003": "李小龙",
    },
    "cashier_windows1252.csv": {
        "6281290001001": "José Müller",
        "6281290001002": "Renée Østergård",
        "6281290001003": "Céline Ñúñez",
        "6281290001004": "Zoë Ångström",
    },
}


def said(rows: list[BadRow]) -> list[tuple[int, str]]:
    """Rows not imported as (row, reason in English): what the command line prints."""
    return [(row.row, row.reason) for row in rows]


ERRORS = {
    "google_contacts.csv": [BadRow(5, "no phone number"), BadRow(6, "'12345' is not a valid phone number")],
    "outlook_contacts.csv": [BadRow(5, "no phone number")],
    "android_v21.vcf": [BadRow(4, "no phone number")],
    "contacts_v40.vcf": [BadRow(2, "'not a number' is not a phone number")],
}


@pytest.mark.parametrize("name", list(EXPECTED))
async def test_names_and_numbers_come_out_right_from_every_kind_of_file(app: App, name: str) -> None:
    file = await app.contacts.open_contact_file(DATA / name, "ID")
    done = await app.contacts.import_contacts(file)

    assert {c.phone: c.name for c in app.contacts.list()} == EXPECTED[name]
    assert (done.imported, done.updated, done.skipped) == (len(EXPECTED[name]), 0, 0)
    assert said(done.errors) == said(ERRORS.get(name, []))


async def test_the_fields_a_file_gives_are_kept_under_plain_names(app: App) -> None:
    await app.contacts.import_contacts(await app.contacts.open_contact_file(DATA / "google_contacts.csv", "ID"))
    await app.contacts.import_contacts(await app.contacts.open_contact_file(DATA / "iphone_v30.vcf", "ID"))

    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and dict(budi.fields) == {
        "organization": "Toko Maju",
        "birthday": "1985-04-12",
        "notes": "Pelanggan tetap, bayar tunai",
        "email": "budi@example.com",
    }
    rina = app.store.contacts.get("6281244445555")
    assert rina is not None and rina.fields["organization"] == "Salon Cantik, Bogor"


async def test_each_bad_row_is_named_and_the_good_ones_are_imported(app: App) -> None:
    file = await app.contacts.open_contact_file(DATA / "broken_rows.csv", "ID")
    done = await app.contacts.import_contacts(file)

    assert said(done.errors) == said(
        [
            BadRow(3, "'12345' is not a valid phone number"),
            BadRow(4, "no phone number"),
            BadRow(5, "'0812-ABCD-0003' is not a phone number"),
            BadRow(8, "'+999 1234 5678' is not a valid phone number"),
        ]
    )
    assert done.imported == 2
    good = app.store.contacts.get("6281250000001")
    assert good is not None  # row 9 repeats row 2's number: merged into it, its empty name not taking over
    assert (good.name, dict(good.fields)) == ("Good One", {"note": "the same number as row 2: merged into it"})


async def test_a_broken_card_is_named_with_its_line_and_the_good_cards_are_imported(app: App, tmp_path: Path) -> None:
    cards = tmp_path / "kontak.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Santoso, Budi\r\nTEL;CELL:0812-1111-2222\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Siti\r\nTEL;CELL:0812-3333-4444\r\n"
        "catatan tanpa titik dua\r\nEND:VCARD\r\n"  # a line of no property: the card is not read
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ani\r\nTEL;TYPE=CELL:0812-5555-6666\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tono\r\nTEL:0812-9999-0000\r\n"  # no END:VCARD
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dewi\r\nTEL:0812-7777-8888\r\n",  # the file is cut short
        encoding="utf-8",
    )

    done = await app.contacts.import_contacts(await app.contacts.open_contact_file(cards, "ID"))

    assert said(done.errors) == said(
        [
            BadRow(2, "line 10 cannot be read as vCard: 'catatan tanpa titik dua'"),
            BadRow(4, "no END:VCARD before line 21"),
            BadRow(5, "the file ends before this card's END:VCARD"),
        ]
    )
    assert {c.phone: c.name for c in app.contacts.list()} == {
        "6281211112222": "Santoso, Budi",  # a 2.1 card does not escape its commas: the whole name
        "6281255556666": "Ani",
    }


async def test_a_workbook_from_a_cashier_program_is_read_with_numbers_stored_as_numbers(
    app: App, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Laporan pelanggan Toko Maju"])  # a title row above the headings
    sheet.append([])
    sheet.append(["Nama", "Telepon", "Poin"])
    sheet.append(["Wulan Sari", 6281299990001, 120])  # a number cell, as Excel keeps a typed number
    sheet.append(["Bayu Aji", 81299990002.0, 80])  # a float, the leading zero lost
    sheet.append(["Citra Dewi", "0812-9999-0003", None])
    path = tmp_path / "pelanggan.xlsx"
    workbook.save(path)

    file = await app.contacts.open_contact_file(path, "ID")
    assert (file.columns, file.heading_row, file.rows_estimate) == (("Nama", "Telepon", "Poin"), 3, None)
    done = await app.contacts.import_contacts(file)

    assert done.errors == []
    assert [(c.phone, c.name, dict(c.fields)) for c in app.contacts.list()] == [
        ("6281299990001", "Wulan Sari", {"Poin": "120"}),
        ("6281299990002", "Bayu Aji", {"Poin": "80"}),
        ("6281299990003", "Citra Dewi", {}),
    ]


async def test_a_number_already_there_is_updated_or_with_keep_existing_left_as_it_was(app: App, tmp_path: Path) -> None:
    first = tmp_path / "lama.csv"
    first.write_text("phone,name,kota\n0812-1111-2222,Budi,Solo\n0813-3333-4444,Ani,Solo\n")
    second = tmp_path / "baru.csv"
    second.write_text("phone,name,kota\n0812-1111-2222,Budi Santoso,\n0857-5555-6666,Rudi,Malang\n")
    await app.contacts.import_contacts(await app.contacts.open_contact_file(first, "ID"))

    kept = await app.contacts.import_contacts(
        await app.contacts.open_contact_file(second, "ID"), policy=DuplicatePolicy.KEEP_EXISTING
    )
    assert (kept.imported, kept.updated, kept.skipped) == (1, 0, 1)
    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and (budi.name, dict(budi.fields)) == ("Budi", {"kota": "Solo"})

    updated = await app.contacts.import_contacts(await app.contacts.open_contact_file(second, "ID"))
    assert (updated.imported, updated.updated, updated.skipped) == (0, 2, 0)
    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and (budi.name, dict(budi.fields)) == ("Budi Santoso", {"kota": "Solo"})  # empty: kept


async def test_a_number_met_again_in_a_later_chunk_counts_once(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "IMPORT_CHUNK", 2)
    sheet = tmp_path / "ulang.csv"
    sheet.write_text("phone,name\n0812-1111-0001,A\n0812-1111-0002,B\n0812-1111-0003,C\n0812-1111-0001,A2\n")

    done = await app.contacts.import_contacts(await app.contacts.open_contact_file(sheet, "ID"))

    assert (done.imported, done.updated, done.skipped) == (3, 0, 0)
    assert [c.name for c in app.contacts.list()] == ["A2", "B", "C"]


async def test_the_mapping_step_decides_what_is_imported(app: App) -> None:
    file = await app.contacts.open_contact_file(DATA / "google_contacts.csv", "ID")
    work = file.columns.index("Phone 2 - Value")
    labels = file.columns.index("Labels")
    mapping = file.proposed.assign(work, ColumnRole.SKIP).assign(labels, ColumnRole.FIELD, "label")

    await app.contacts.import_contacts(file, mapping)

    assert "622155501234" not in {c.phone for c in app.contacts.list()}  # Budi's work number left out
    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and budi.fields["label"] == "* myContacts ::: Pelanggan"


async def test_without_a_phone_column_nothing_is_imported_until_one_is_chosen(app: App, tmp_path: Path) -> None:
    sheet = tmp_path / "kontak.csv"
    sheet.write_text("nama,kontak\nBudi,0812 1111 2222 (wa)\nSiti,0813-3333-4444\nAni,tanya Budi\n")
    file = await app.contacts.open_contact_file(sheet, "ID")
    with pytest.raises(ValidationError, match="has no phone number column"):
        await app.contacts.import_contacts(file)

    done = await app.contacts.import_contacts(file, file.proposed.assign(1, ColumnRole.PHONE))
    assert done.imported == 1 and [error.row for error in done.errors] == [2, 4]


async def test_progress_reaches_the_end_on_the_event_loop_and_one_event_follows(app: App, tmp_path: Path) -> None:
    sheet = tmp_path / "banyak.csv"
    sheet.write_text("phone,name\n" + "".join(f"0812{n:08d},Pelanggan {n}\n" for n in range(2_500)))
    loop_thread = asyncio.get_running_loop()
    seen: list[ImportProgress] = []
    threads: list[bool] = []
    events: list[ContactsChanged] = []
    app.events.subscribe(events.append, ContactsChanged)

    def progress(done: ImportProgress) -> None:
        seen.append(done)
        threads.append(asyncio.get_running_loop() is loop_thread)

    file = await app.contacts.open_contact_file(sheet, "ID")
    done = await app.contacts.import_contacts(file, progress=progress)

    assert done.imported == 2_500
    assert [p.rows_read for p in seen] == [1_000, 2_000, 2_500]
    assert all(p.rows_estimate == 2_500 for p in seen) and seen[-1].written == 2_500
    assert all(threads)
    assert len(events) == 1


def test_cancelling_writes_whole_chunks_only(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "IMPORT_CHUNK", 700)
    sheet = tmp_path / "banyak.csv"
    sheet.write_text("phone,name\n" + "".join(f"0812{n:08d},Pelanggan {n}\n" for n in range(3_000)))
    file = open_contact_file(sheet, "ID")
    cancel = Cancel()

    def progress(done: ImportProgress) -> None:
        if done.rows_read == 1_000:  # one chunk of 700 written, 300 read and waiting
            cancel.cancel()

    done = importer.import_rows(app.store.contacts, file, file.proposed, progress=progress, cancel=cancel)

    assert done.cancelled and done.imported == 700
    assert app.store.contacts.count() == 700


async def test_an_import_cancelled_before_it_starts_writes_nothing(app: App) -> None:
    cancel = Cancel()
    cancel.cancel()
    events: list[ContactsChanged] = []
    app.events.subscribe(events.append, ContactsChanged)

    file = await app.contacts.open_contact_file(DATA / "excel_semicolon_bom.csv", "ID")
    done = await app.contacts.import_contacts(file, cancel=cancel)

    assert done.cancelled and done.written == 0
    assert app.store.contacts.count() == 0 and events == []


async def test_a_file_over_the_row_limit_is_refused_before_anything_is_written(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_ROWS", 5)
    monkeypatch.setattr(importer, "MAX_ROWS", 5)
    sheet = tmp_path / "banyak.csv"
    sheet.write_text("phone,name\n" + "".join(f"0812{n:08d},P{n}\n" for n in range(6)))
    with pytest.raises(ValidationError, match=r"banyak\.csv has more than 5 rows; split it into files of at most 5"):
        await app.contacts.open_contact_file(sheet, "ID")

    workbook = openpyxl.Workbook()  # a workbook does not say how many rows it has: the rows past the limit are named
    book = workbook.active
    assert book is not None
    for row in [["phone", "name"], *[[f"0812{n:08d}", f"P{n}"] for n in range(7)]]:
        book.append(row)
    workbook.save(tmp_path / "banyak.xlsx")
    file = await app.contacts.open_contact_file(tmp_path / "banyak.xlsx", "ID")
    done = await app.contacts.import_contacts(file)
    assert done.imported == 5
    assert said(done.errors) == [(7, "this row and those after it: wadesk imports up to 5 rows of a file; split it")]


async def test_an_import_can_mark_everyone_in_the_file_as_do_not_message(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "IMPORT_CHUNK", 2)  # the marks follow the chunks as they are written
    app.store.contacts.upsert_many([Contact("6281211112222", "Budi (toko)")])
    app.store.opt_outs.opt_out(["6285777778888"])  # already asked
    sheet = tmp_path / "berhenti.csv"
    sheet.write_text("nama,nomor\nBudi,0812-1111-2222\nAni,0813-3333-4444\nSiti,0857-7777-8888\nDodi,12\n")
    events: list[ContactsChanged] = []
    app.events.subscribe(events.append, ContactsChanged)

    file = await app.contacts.open_contact_file(sheet, "ID")
    done = await app.contacts.import_contacts(file, policy=DuplicatePolicy.KEEP_EXISTING, opt_out=True)

    assert (done.imported, done.skipped, done.opted_out) == (1, 2, 2)
    assert app.contacts.opted_out() == {"6281211112222", "6281333334444", "6285777778888"}
    budi = app.store.contacts.get("6281211112222")
    assert budi is not None and budi.name == "Budi (toko)"
    assert [e.row for e in done.errors] == [5]  # a row with no usable number is marked nothing
    assert len(events) == 1

    plain = tmp_path / "biasa.csv"
    plain.write_text("nama,nomor\nEka,0818-1234-5678\n")
    await app.contacts.import_contacts(await app.contacts.open_contact_file(plain, "ID"))
    assert "6281812345678" not in app.contacts.opted_out()  # only when asked
