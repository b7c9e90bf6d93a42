"""Tags, opt-out, the bulk number check and the sync preview from the command line, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import SIM_SECRETS, Cli


def listed(cli: Cli, *args: str) -> list[dict[str, Any]]:
    done = cli.run("contacts", "list", "--json", *args)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def import_book(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "book.csv"
    sheet.write_text(
        "phone,name\n0812-1111-2222,Budi Santoso\n081333334444,Siti\n085677778888,budiman\n081900000000,Ani\n"
    )
    assert cli.run("contacts", "import", str(sheet)).returncode == 0


def add_wablas(cli: Cli, url: str) -> None:
    check = "phone_check_url=" + url.removesuffix("/api")  # the simulator's check-phone-number, on its own path
    added = cli.run(
        "account",
        "add",
        "shop",
        "--provider",
        "wablas",
        "--base-url",
        url,
        "--set",
        check,
        "--secrets-stdin",
        stdin=SIM_SECRETS,
    )
    assert added.returncode == 0, added.stderr


def test_tags_are_created_filled_listed_with_counts_renamed_and_deleted(cli: Cli, tmp_path: Path) -> None:
    import_book(cli, tmp_path)
    assert cli.run("contacts", "tag", "create", "VIP").returncode == 0
    added = cli.run("contacts", "tag", "add", "vip", "0812 1111 2222", "+6281333334444")
    assert added.returncode == 0, added.stderr
    assert "2 contact(s) tagged; 'VIP' has 2 contact(s)" in added.stdout
    assert "1 contact(s) tagged" in cli.run("contacts", "tag", "add", "VIP", "--search", "budi").stdout  # budiman

    assert listed(cli, "--tag", "VIP", "--sort", "name") == [
        {
            "number": "6281211112222",
            "name": "Budi Santoso",
            "tags": ["VIP"],
            "on_whatsapp": None,
            "opted_out": False,
            "checked_at": None,
            "fields": {},
        },
        {
            "number": "6285677778888",
            "name": "budiman",
            "tags": ["VIP"],
            "on_whatsapp": None,
            "opted_out": False,
            "checked_at": None,
            "fields": {},
        },
        {
            "number": "6281333334444",
            "name": "Siti",
            "tags": ["VIP"],
            "on_whatsapp": None,
            "opted_out": False,
            "checked_at": None,
            "fields": {},
        },
    ]
    assert [c["name"] for c in listed(cli, "--tag", "VIP", "--search", "BUDI")] == ["Budi Santoso", "budiman"]
    assert cli.run("contacts", "tag", "remove", "VIP", "085677778888").returncode == 0
    assert cli.run("contacts", "tag", "rename", "VIP", "Langganan").returncode == 0
    tags = cli.run("contacts", "tag", "list", "--json")
    assert [json.loads(line) for line in tags.stdout.splitlines()] == [
        {"name": "Langganan", "members": 2, "opted_out": 0}
    ]

    unknown = cli.run("contacts", "list", "--tag", "VIP")
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert "no tag named 'VIP'" in unknown.stderr and "Traceback" not in unknown.stderr
    taken = cli.run("contacts", "tag", "create", "langganan")
    assert taken.returncode == 2 and "a tag named 'Langganan' exists already" in taken.stderr
    stranger = cli.run("contacts", "tag", "add", "Langganan", "0899-1234-5678")
    assert stranger.returncode == 2 and "not in the address book: 0899-1234-5678" in stranger.stderr
    deleted = cli.run("contacts", "tag", "delete", "Langganan")
    assert "its 2 contact(s) stay" in deleted.stdout
    assert len(listed(cli)) == 4


def test_opt_out_and_opt_in_by_number_written_any_way(cli: Cli, tmp_path: Path) -> None:
    import_book(cli, tmp_path)
    out = cli.run("contacts", "optout", "0812-1111-2222", "0877 1234 5678")  # the second is not in the book yet
    assert out.returncode == 0, out.stderr
    assert "2 number(s) will not be messaged" in out.stdout
    opted = {c["number"]: c["opted_out"] for c in listed(cli)}
    assert opted["6281211112222"] and opted["6287712345678"] and not opted["6281333334444"]
    assert "opted out" in cli.run("contacts", "list", "--search", "Budi Santoso").stdout

    bad = cli.run("contacts", "optout", "12-34")
    assert bad.returncode == 2 and "12-34" in bad.stderr and "Traceback" not in bad.stderr
    back = cli.run("contacts", "optin", "+62 812 1111 2222", "--json")
    assert json.loads(back.stdout) == {"opted_in": ["6281211112222"], "already": []}
    assert [c["number"] for c in listed(cli) if c["opted_out"]] == ["6287712345678"]

    stop_list = tmp_path / "berhenti.csv"
    stop_list.write_text("nomor;nama\n0856-7777-8888;budiman\n12-34;salah\n081900000000;Ani\n")
    from_file = cli.run("contacts", "optout", "--file", str(stop_list))
    assert from_file.returncode == 2  # a row without a usable number is named; the good ones are opted out
    assert "row 3" in from_file.stderr and "2 number(s) will not be messaged" in from_file.stdout
    opted_now = [c["number"] for c in listed(cli) if c["opted_out"]]
    assert sorted(opted_now) == ["6281900000000", "6285677778888", "6287712345678"]


def test_contacts_check_through_wablas_stores_each_answer_with_its_date(
    cli: Cli, wablas_url: str, tmp_path: Path
) -> None:
    import_book(cli, tmp_path)
    add_wablas(cli, wablas_url)

    done = cli.run("contacts", "check", "--account", "shop", "--pause", "0", "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "checked": 4,
        "total": 4,
        "on_whatsapp": 3,
        "not_on_whatsapp": 1,
        "unknown": 0,
        "error": None,
    }
    assert "checked 4 of 4" in done.stderr  # progress, one line a batch: Wablas takes 100 numbers a request
    book = {c["number"]: c for c in listed(cli)}
    assert book["6281900000000"]["on_whatsapp"] is False and book["6281333334444"]["on_whatsapp"] is True
    assert all(c["checked_at"] for c in book.values())
    again = cli.run("contacts", "check", "--account", "shop", "--unchecked")
    assert again.returncode == 2 and "no contact to check" in again.stderr


def test_sync_preview_shows_what_would_change_and_writes_nothing(cli: Cli, wablas_url: str, tmp_path: Path) -> None:
    add_wablas(cli, wablas_url)
    sheet = tmp_path / "murid.csv"
    sheet.write_text("phone,name\n0812-3456-7001,Siti\n")  # the gateway knows this number as Budi Santoso
    assert cli.run("contacts", "import", str(sheet)).returncode == 0

    preview = cli.run("contacts", "sync", "--account", "shop", "--preview", "--json")

    assert preview.returncode == 0, preview.stderr
    shown = json.loads(preview.stdout)
    assert {"number": "6281234567001", "field": "name", "yours": "Siti", "gateway": "Budi Santoso"} in shown["differ"]
    assert shown["new"] and len(listed(cli)) == 1  # nothing written
    assert cli.run("contacts", "sync", "--account", "shop").returncode == 0
    assert len(listed(cli)) == 1 + len(shown["new"])


def test_an_opted_out_number_is_never_messaged_by_any_send_until_opted_in(
    cli: Cli, wablas_url: str, tmp_path: Path
) -> None:
    add_wablas(cli, wablas_url)
    import_book(cli, tmp_path)
    assert cli.run("contacts", "optout", "081333334444").returncode == 0

    single = cli.run("send", "--account", "shop", "--to", "+62 813-3333-4444", "--text", "Promo")
    assert single.returncode == 2
    assert "6281333334444 asked not to be messaged" in single.stderr and "Traceback" not in single.stderr

    sheet = tmp_path / "promo.csv"
    sheet.write_text("phone,name\n081211112222,Budi\n081333334444,Siti\n085677778888,Budiman\n")
    bulk = cli.run("send", "--account", "shop", "--to-csv", str(sheet), "--text", "Halo {name}", "--pace", "none")
    assert bulk.returncode == 0, bulk.stderr
    assert "1 left out: asked not to be messaged" in bulk.stderr

    assert cli.run("contacts", "tag", "create", "VIP").returncode == 0
    assert cli.run("contacts", "tag", "add", "VIP", "081211112222", "081333334444").returncode == 0
    assert cli.run("contacts", "tag", "create", "Grosir").returncode == 0
    assert cli.run("contacts", "tag", "add", "Grosir", "081333334444").returncode == 0  # in two tags: one person
    tagged = cli.run(
        "send", "--account", "shop", "--tag", "vip", "--tag", "Grosir", "--text", "Halo {name}", "--pace", "none"
    )
    assert tagged.returncode == 0, tagged.stderr
    assert "1 left out: asked not to be messaged" in tagged.stderr
    sent_to = [json.loads(line)["to"] for line in cli.run("outbox", "list", "--all", "--json").stdout.splitlines()]
    assert "6281333334444" not in sent_to
    assert sorted(sent_to) == ["6281211112222", "6281211112222", "6285677778888"]

    unknown = cli.run("send", "--account", "shop", "--tag", "Nope", "--text", "Halo")
    assert unknown.returncode == 2 and "no tag named 'Nope'" in unknown.stderr

    assert cli.run("contacts", "optin", "081333334444").returncode == 0
    again = cli.run("send", "--account", "shop", "--to", "081333334444", "--text", "Promo")
    assert again.returncode == 0, again.stderr
