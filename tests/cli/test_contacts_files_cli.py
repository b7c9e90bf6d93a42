"""``wadesk contacts import`` and ``export`` as a user runs them: real files of every kind, a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.support.cli import Cli

DATA = Path(__file__).resolve().parents[1] / "data"


def book(cli: Cli) -> dict[str, str]:
    done = cli.run("contacts", "list", "--json")
    assert done.returncode == 0, done.stderr
    return {str(c["number"]): str(c["name"]) for c in map(json.loads, done.stdout.splitlines())}


def test_import_json_counts_and_names_each_bad_row_and_exits_2(cli: Cli) -> None:
    done = cli.run("contacts", "import", str(DATA / "google_contacts.csv"), "--json")

    assert done.returncode == 2, done.stderr
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {
            "imported": 6,
            "updated": 0,
            "skipped": 0,
            "errors": [
                {"row": 5, "reason": "no phone number"},
                {"row": 6, "reason": "'12345' is not a valid phone number"},
            ],
        }
    ]
    assert done.stderr.splitlines() == [
        "wadesk: row 5 not imported: no phone number",
        "wadesk: row 6 not imported: '12345' is not a valid phone number",
    ]
    assert book(cli)["6285777778888"] == "Siti Nur Aisyah"


def test_import_again_updates_or_with_keep_existing_leaves_what_is_there(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("contacts", "import", str(DATA / "cashier_windows1252.csv")).returncode == 0
    newer = tmp_path / "baru.csv"
    newer.write_text("phone,name\n0812-9000-1001,Pak José\n0899-1234-5678,Baru\n", encoding="utf-8")

    kept = cli.run("contacts", "import", str(newer), "--keep-existing")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.strip() == f"1 contact(s) imported, 0 updated, 1 you already had left as they were from {newer}"
    assert book(cli)["6281290001001"] == "José Müller"

    updated = cli.run("contacts", "import", str(newer), "--json")
    assert json.loads(updated.stdout) == {"imported": 0, "updated": 2, "skipped": 0, "errors": []}
    assert book(cli)["6281290001001"] == "Pak José"


def test_import_of_a_vcard_and_a_legacy_encoding_says_what_it_did(cli: Cli) -> None:
    vcard = cli.run("contacts", "import", str(DATA / "android_v21.vcf"))
    assert vcard.returncode == 2
    assert vcard.stdout.strip() == f"7 contact(s) imported, 0 updated from {DATA / 'android_v21.vcf'}"
    assert vcard.stderr.strip() == "wadesk: card 4 not imported: no phone number"

    legacy = cli.run("contacts", "import", str(DATA / "outlook_contacts.csv"))
    assert legacy.stderr.splitlines()[0] == (
        "wadesk: note: outlook_contacts.csv is not UTF-8: it was read as Windows-1252; check that names look right"
    )
    names = book(cli)
    assert (names["4915123456789"], names["33698765432"]) == ("Jörg Müller", "François René Dubois")


def test_a_file_wadesk_cannot_read_is_one_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    notes = tmp_path / "catatan.csv"
    notes.write_text("nama,catatan\nBudi,suka kopi\nSiti,pesan Jumat\n")

    done = cli.run("contacts", "import", str(notes))

    assert done.returncode == 2
    assert done.stderr.startswith("wadesk: catatan.csv has no phone number column") and done.stderr.count("\n") == 1
    missing = cli.run("contacts", "import", str(tmp_path / "tidak-ada.vcf"))
    assert (missing.returncode, missing.stderr.count("\n")) == (2, 1)
    assert "Traceback" not in done.stderr + missing.stderr


def test_export_writes_a_filter_to_csv_or_xlsx_and_refuses_another_kind(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("contacts", "import", str(DATA / "excel_semicolon_bom.csv")).returncode == 0

    csv_file = tmp_path / "semua.csv"
    done = cli.run("contacts", "export", str(csv_file))
    assert (done.returncode, done.stdout.strip()) == (0, f"4 contact(s) written to {csv_file}")
    assert csv_file.read_text(encoding="utf-8-sig").splitlines()[:2] == [
        "phone,name,Kota,Total Belanja",
        "0812-3456-7001,Ibu Sri Wahyuni,Yogyakarta,1.250.000",
    ]

    xlsx_file = tmp_path / "medan.xlsx"
    done = cli.run("contacts", "export", str(xlsx_file), "--search", "rizky", "--json")
    assert json.loads(done.stdout) == {"exported": 1, "file": str(xlsx_file)}
    sheet = openpyxl.load_workbook(xlsx_file, read_only=True).worksheets[0]
    assert [list(row) for row in sheet.iter_rows(values_only=True)][1] == [
        "+62 857-8901-8004",
        "Muhammad Rizky",
        "Medan",
        "90.000",
    ]

    wrong = cli.run("contacts", "export", str(tmp_path / "semua.pdf"))
    assert (wrong.returncode, wrong.stderr) == (2, "wadesk: semua.pdf: export to a .csv or .xlsx file\n")


def test_export_with_a_tag_writes_its_members_and_refuses_an_unknown_tag(cli: Cli, tmp_path: Path) -> None:
    assert cli.run("contacts", "import", str(DATA / "excel_semicolon_bom.csv")).returncode == 0
    assert cli.run("contacts", "tag", "create", "Grosir").returncode == 0
    assert cli.run("contacts", "tag", "add", "Grosir", "0812 3456 7001", "081545678003").returncode == 0

    tagged = tmp_path / "grosir.csv"
    done = cli.run("contacts", "export", str(tagged), "--tag", "Grosir")
    assert (done.returncode, done.stdout.strip()) == (0, f"2 contact(s) written to {tagged}")
    assert [line.split(",")[1] for line in tagged.read_text(encoding="utf-8-sig").splitlines()] == [
        "name",
        "Ibu Sri Wahyuni",
        "Ni Luh Putu Ayu",
    ]
    both = tmp_path / "grosir-bali.csv"
    assert cli.run("contacts", "export", str(both), "--tag", "grosir", "--search", "luh").returncode == 0
    assert len(both.read_text(encoding="utf-8-sig").splitlines()) == 2

    unknown = cli.run("contacts", "export", str(tmp_path / "x.csv"), "--tag", "Tidak Ada")
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1 and "Tidak Ada" in unknown.stderr
    assert not (tmp_path / "x.csv").exists()
