"""Exporting the address book (a filter or a selection) to CSV and XLSX files that Excel opens right and that an
import reads back to the same contacts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.services.contact_files.conftest import DATA
from wadesk.app import App, open_app
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services import contacts as contacts_service
from wadesk.services.contact_source import ContactSort


async def _import(app: App, path: Path) -> None:
    await app.contacts.import_contacts(await app.contacts.open_contact_file(path, "ID"))


def _book(app: App) -> list[tuple[str, str, dict[str, str]]]:
    return [(c.phone, c.name, dict(c.fields)) for c in app.contacts.list()]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
async def test_an_export_imports_back_to_the_same_contacts(app: App, tmp_path: Path, suffix: str) -> None:
    await _import(app, DATA / "google_contacts.csv")
    await _import(app, DATA / "cashier_windows1252.csv")
    path = tmp_path / f"kontak{suffix}"

    assert await app.contacts.export_contacts(path) == 10

    again = open_app(tmp_path / "other", secrets=SecretStore(MemoryKeyring()))
    try:
        await _import(again, path)
        assert _book(again) == _book(app)
    finally:
        await again.aclose()


async def test_a_csv_export_is_utf8_with_a_bom_and_numbers_excel_keeps_as_text(app: App, tmp_path: Path) -> None:
    await _import(app, DATA / "cashier_windows1252.csv")
    path = tmp_path / "kontak.csv"

    await app.contacts.export_contacts(path)

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[:2] == ["phone,name,city", "0812-9000-1001,José Müller,Bandung"]


async def test_a_workbook_export_keeps_every_value_as_text(app: App, tmp_path: Path) -> None:
    app.store.contacts.upsert_many(
        [Contact("6281211112222", '=HYPERLINK("http://example.com","klik")', {"kode": "007"})]
    )
    path = tmp_path / "kontak.xlsx"

    await app.contacts.export_contacts(path)

    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows == [["phone", "name", "kode"], ["+62 812-1111-2222", '=HYPERLINK("http://example.com","klik")', "007"]]


async def test_a_csv_cell_that_excel_would_run_as_a_formula_is_shown_instead(app: App, tmp_path: Path) -> None:
    app.store.contacts.upsert_many([Contact("6281211112222", "@SUM(1+1)", {"catatan": "-5 poin"})])
    path = tmp_path / "kontak.csv"

    await app.contacts.export_contacts(path)

    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "0812-1111-2222,'@SUM(1+1),'-5 poin"


async def test_an_export_of_a_search_or_a_selection_writes_only_those(app: App, tmp_path: Path) -> None:
    await _import(app, DATA / "google_contacts.csv")

    found = tmp_path / "budi.csv"
    assert await app.contacts.export_contacts(found, search="santoso") == 2
    assert [line.split(",")[1] for line in found.read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        "Budi Santoso",
        "Budi Santoso",
    ]
    picked = tmp_path / "pilihan.csv"
    assert await app.contacts.export_contacts(picked, phones=["33612345678", "6285611112222", "620000"]) == 2
    assert [line.split(",")[1] for line in picked.read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        "Élodie Martin",
        "Pak RT",
    ]


@pytest.mark.parametrize(
    ("name", "message"), [("kontak.pdf", "export to a .csv or .xlsx file"), ("missing/kontak.csv", "cannot write")]
)
async def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(
    app: App, tmp_path: Path, name: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        await app.contacts.export_contacts(tmp_path / name)
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


async def test_an_export_of_a_filter_in_an_order_reports_its_progress_on_the_loop(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_service, "EXPORT_PAGE", 2)
    app.store.contacts.upsert_many([Contact(f"62812000000{n:02d}", f"Pelanggan {n}") for n in (5, 3, 1, 4, 2)])
    seen: list[tuple[int, int]] = []
    path = tmp_path / "urut.csv"

    count = await app.contacts.export_contacts(
        path,
        filter=app.contacts.query("pelanggan"),
        sort=ContactSort.NAME,
        descending=True,
        progress=lambda *p: seen.append(p),
    )

    assert count == 5
    assert [line.split(",")[1] for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        f"Pelanggan {n}" for n in (5, 4, 3, 2, 1)
    ]
    assert seen == [(2, 10), (4, 10), (5, 10), (7, 10), (9, 10), (10, 10)]  # two passes: the fields, then the rows
