"""The contacts service: import, list and search, sync from a gateway, number check, groups — and its events."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.gateways import Gateways
from wadesk.app import App
from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import Contact
from wadesk.services.contact_files import ImportResult, importer
from wadesk.services.events import ContactsChanged


async def import_file(app: App, path: Path) -> ImportResult:
    """A contact file imported as its proposed mapping reads it (``wadesk contacts import``)."""
    return await app.contacts.import_contacts(await app.contacts.open_contact_file(path, "ID"))


async def test_import_writes_names_and_fields_and_names_the_rows_it_skips(gateways: Gateways, tmp_path: Path) -> None:
    app = gateways.app
    sheet = tmp_path / "pelanggan.csv"
    sheet.write_text("nama;telepon;kota\nBudi;0812-1111-2222;Surabaya\nSiti;12-34;Malang\nAni;+62 813 3333 4444;\n")
    seen: list[int] = []
    app.events.subscribe(lambda event: seen.append(app.store.contacts.count()), ContactsChanged)

    done = await import_file(app, sheet)

    assert done.imported == 2
    assert [e.row for e in done.errors] == [3] and "12-34" in done.errors[0].reason
    assert app.contacts.list() == [
        Contact("6281211112222", "Budi", {"kota": "Surabaya"}, id=1),
        Contact("6281333334444", "Ani", {}, id=2),
    ]
    assert seen == [2]  # one event, published once both were committed


async def test_a_file_of_only_bad_rows_writes_nothing_and_says_nothing(gateways: Gateways, tmp_path: Path) -> None:
    sheet = tmp_path / "salah.csv"
    sheet.write_text("phone,name\n12-34,Siti\n")
    done = await import_file(gateways.app, sheet)
    assert done.written == 0 and len(done.errors) == 1
    assert gateways.events == []


async def test_search_finds_by_name_in_any_case_and_by_number_in_local_form(gateways: Gateways, tmp_path: Path) -> None:
    sheet = tmp_path / "book.csv"
    sheet.write_text("phone,name\n081211112222,Budi Santoso\n081333334444,Ani\n085677778888,budiman\n")
    app = gateways.app
    await import_file(app, sheet)

    assert [c.name for c in app.contacts.list("BUDI")] == ["Budi Santoso", "budiman"]
    assert [c.name for c in app.contacts.list("0813-3333")] == ["Ani"]
    assert [c.name for c in app.contacts.list("ani", limit=1)] == ["Ani"]
    assert app.contacts.list("nobody") == []
    assert len(app.contacts.list("  ")) == 3  # no search: everyone


async def test_a_page_of_search_results_with_the_count_and_numbers_written_any_way(
    gateways: Gateways, tmp_path: Path
) -> None:
    sheet = tmp_path / "book.csv"
    rows = [f"0812{n:08d},Pelanggan {n}" for n in range(1, 31)] + ["+62 813-3333-4444,Siti Rahma"]
    sheet.write_text("phone,name\n" + "\n".join(rows) + "\n")
    contacts = gateways.app.contacts
    await import_file(gateways.app, sheet)

    page = contacts.search("PELANGGAN", limit=10, offset=10)
    assert [c.name for c in page.contacts] == [f"Pelanggan {n}" for n in range(11, 21)]
    assert page.total == 30
    for written in ("0813 3333 4444", "+6281333334444", "(0813) 3333.4444", "81333334444", "3333-44"):
        assert [c.name for c in contacts.search(written).contacts] == ["Siti Rahma"], written
    everyone = contacts.search("", limit=5)
    assert len(everyone.contacts) == 5 and everyone.total == 31


async def test_an_import_larger_than_a_chunk_keeps_the_files_order(
    gateways: Gateways, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "IMPORT_CHUNK", 7)
    sheet = tmp_path / "book.csv"
    sheet.write_text("nama,nomor\n" + "".join(f"Pelanggan {n},0812{n:08d}\n" for n in range(1, 24)))
    app = gateways.app
    done = await import_file(app, sheet)
    assert done.imported == 23
    assert [c.name for c in app.contacts.list()] == [f"Pelanggan {n}" for n in range(1, 24)]
    assert app.contacts.search("pelanggan 2").total == 5  # 2, 20, 21, 22, 23
    assert len([e for e in gateways.events if isinstance(e, ContactsChanged)]) == 1


async def test_sync_adds_fills_in_and_keeps_the_users_own_values(gateways: Gateways, tmp_path: Path) -> None:
    app = gateways.app
    sheet = tmp_path / "murid.csv"
    sheet.write_text("phone,name,kelas\n0812-3456-7001,Siti,4A\n")  # the gateway knows this number as Budi Santoso
    await import_file(app, sheet)
    gateways.events.clear()
    seen: list[int] = []
    app.events.subscribe(lambda event: seen.append(app.store.contacts.count()), ContactsChanged)

    sync = await app.contacts.sync(app.accounts.get("wablas"))

    assert sync.gateway == "Wablas" and sync.skipped == []
    assert (sync.merge.added, sync.merge.filled) == (2, 1)
    assert [(k.phone, k.field, k.yours, k.gateway) for k in sync.merge.kept] == [
        ("6281234567001", "name", "Siti", "Budi Santoso")
    ]
    siti = app.store.contacts.get("6281234567001")
    assert siti is not None and siti.name == "Siti" and siti.fields["kelas"] == "4A"
    assert siti.fields["email"] == "budi@example.com"
    assert seen == [3]  # the listener reads the merged book

    again = await app.contacts.sync(app.accounts.get("wablas"))
    assert (again.merge.added, again.merge.filled) == (0, 0)
    assert len(gateways.events) == 1  # nothing changed the second time: no event


async def test_check_numbers_asks_the_gateway_and_refuses_a_wrong_number_first(gateways: Gateways) -> None:
    app = gateways.app
    wablas = app.accounts.get("wablas")
    results = await app.contacts.check_numbers(wablas, ["0812-3456-7891", "+62 812 3456 0000"])
    assert [(r.number, r.on_whatsapp) for r in results] == [("6281234567891", True), ("6281234560000", False)]
    with pytest.raises(ValidationError):
        await app.contacts.check_numbers(wablas, ["0812-3456-7891", "12-34"])
    [malaysian] = await app.contacts.check_numbers(wablas, ["012-345 6789"], region="MY")
    assert malaysian.number == "60123456789"
    with pytest.raises(NotSupported, match="JSON WA does not support checking numbers"):
        await app.contacts.check_numbers(app.accounts.get("jsonwa"), ["081234567891"])


async def test_groups_are_fetched_kept_and_announced_where_the_gateway_lists_them(gateways: Gateways) -> None:
    app = gateways.app
    chatbot = app.accounts.get("chatbot")
    gateways.sim.state.provider("chatbot").scan()  # type: ignore[attr-defined]
    seen: list[int] = []
    app.events.subscribe(lambda event: seen.append(len(app.store.groups.list())), ContactsChanged)

    found = await app.contacts.fetch_groups(chatbot)

    assert found and all(g.group_id and g.name for g in found)
    assert {g.group_id for g in app.contacts.groups(chatbot)} == {g.group_id for g in found}
    assert seen == [len(found)]

    with pytest.raises(NotSupported, match="Wablas does not support listing groups"):
        await app.contacts.fetch_groups(app.accounts.get("wablas"))
    assert app.contacts.groups(app.accounts.get("wablas")) == []
    assert seen == [len(found)]
