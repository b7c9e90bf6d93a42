"""The address book from the command line: a gateway's sync never overwrites what the user imported, and a
reader that stops early (``| head -1``) ends wadesk quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.cli import SIM_SECRETS, Cli


def contacts(cli: Cli) -> dict[str, dict[str, object]]:
    done = cli.run("contacts", "list", "--json")
    assert done.returncode == 0, done.stderr
    return {str(c["number"]): c for c in map(json.loads, done.stdout.splitlines())}


def test_sync_adds_and_fills_in_but_keeps_the_users_own_name(cli: Cli, wablas_url: str, tmp_path: Path) -> None:
    added = cli.run(
        "account",
        "add",
        "shop",
        "--provider",
        "wablas",
        "--base-url",
        wablas_url,
        "--secrets-stdin",
        stdin=SIM_SECRETS,
    )
    assert added.returncode == 0, added.stderr
    sheet = tmp_path / "murid.csv"
    sheet.write_text("phone,name,kelas\n0812-3456-7001,Siti,4A\n")  # the gateway knows this number as Budi Santoso
    assert cli.run("contacts", "import", str(sheet)).returncode == 0

    synced = cli.run("contacts", "sync", "--account", "shop")
    assert synced.returncode == 0, synced.stderr
    assert "kept your name 'Siti' (Wablas says 'Budi Santoso')" in synced.stdout
    assert "1 filled in" in synced.stdout
    book = contacts(cli)
    siti = book["6281234567001"]
    assert siti["name"] == "Siti"
    assert siti["fields"] == {"kelas": "4A", "email": "budi@example.com", "address": "Jl. Merdeka 1, Jakarta"}
    assert len(book) > 1  # the gateway's other contacts are new: added

    again = cli.run("contacts", "sync", "--account", "shop", "--json")
    [summary] = [json.loads(line) for line in again.stdout.splitlines()]
    assert summary["new"] == 0 and summary["filled"] == 0
    assert {"phone": "6281234567001", "field": "name", "yours": "Siti", "gateway": "Budi Santoso"} in summary["kept"]

    sent = cli.run("send", "--account", "shop", "--to", "081234567001", "--text", "Halo {name}", "--json")
    assert sent.returncode == 0, sent.stderr
    listed = cli.run("outbox", "list", "--all", "--json")
    assert [json.loads(line)["text"] for line in listed.stdout.splitlines()] == ["Halo Siti"]


def test_a_reader_that_stops_early_ends_wadesk_quietly(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "many.csv"
    # far more than a pipe holds, so wadesk is still writing when the reader goes away
    sheet.write_text("phone,name\n" + "".join(f"0812{n:08d},Pelanggan nomor {n}\n" for n in range(10_001, 13_001)))
    imported = cli.run("contacts", "import", str(sheet))
    assert imported.returncode == 0, imported.stderr

    # wadesk contacts list --json | head -1
    with subprocess.Popen(
        [sys.executable, "-m", "wadesk", "contacts", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli.env,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=60)
    assert json.loads(first)["number"] == "6281200010001"
    assert err == ""
    assert proc.returncode == 141  # as a shell reports a tool ended by SIGPIPE (128 + 13)


def test_list_search_finds_by_part_of_a_name_or_a_number_written_any_way(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "book.csv"
    sheet.write_text("phone,name,kota\n0812-1111-2222,Budi Santoso,Solo\n+62 813 3333 4444,Élodie,\n")
    assert cli.run("contacts", "import", str(sheet)).returncode == 0

    found = cli.run("contacts", "list", "--search", "SANTO", "--json")
    assert found.returncode == 0, found.stderr
    assert [json.loads(line) for line in found.stdout.splitlines()] == [
        {
            "number": "6281211112222",
            "name": "Budi Santoso",
            "tags": [],
            "on_whatsapp": None,
            "opted_out": False,
            "checked_at": None,
            "fields": {"kota": "Solo"},
        }
    ]
    by_number = cli.run("contacts", "list", "--search", "0813-3333-4444")
    assert by_number.stdout.split() == ["6281333334444", "Élodie"]
    assert cli.run("contacts", "list", "--search", "elodie").stdout.split() == ["6281333334444", "Élodie"]
    nobody = cli.run("contacts", "list", "--search", "nobody", "--json")
    assert (nobody.returncode, nobody.stdout, nobody.stderr) == (0, "", "")
