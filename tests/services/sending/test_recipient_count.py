"""The Composer's running count: a request's recipients gathered as a plan gathers them, without its messages."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from wadesk.app import App, open_app
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.compose import Draft
from wadesk.services.recipients_csv import read_recipients
from wadesk.services.sending import SendRequest, count_recipients, recipient_count
from wadesk.services.sending.recipients import gather


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    opened = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    try:
        yield opened
    finally:
        asyncio.run(opened.aclose())


def test_the_count_names_who_is_left_out_and_why(app: App, tmp_path: Path) -> None:
    store = app.store
    store.contacts.upsert_many(
        [
            Contact("6281111111111", "Siti"),
            Contact("6282222222222", "Budi"),
            Contact("6283333333333", "Ani"),
            Contact("6284444444444", "Dewi", on_whatsapp=False),
        ]
    )
    store.tags.create("Pelanggan VIP")
    ids = [c.id for c in (store.contacts.get(n) for n in ("6281111111111", "6282222222222")) if c and c.id]
    store.tags.add("Pelanggan VIP", ids)
    store.opt_outs.opt_out(["6282222222222"])  # Budi asked not to be messaged
    path = tmp_path / "list.csv"
    path.write_text("nama,hp\nRina,0815-5555-5555\nSiti lagi,081111111111\nX,bukan nomor\n", encoding="utf-8")
    dewi = store.contacts.get("6284444444444")
    assert dewi is not None
    request = SendRequest(
        Draft(),
        (),
        numbers=("0813-3333-3333", "+62 813 3333 3333", "abc"),
        contacts=(dewi,),
        tags=("Pelanggan VIP",),
        tables=(read_recipients(path),),
    )

    count = recipient_count(request, store, store.tags)

    # Ani (typed), Siti (the tag), Rina (the file); Budi opted out; Ani typed twice and Siti in the file: duplicates.
    assert (count.reached, count.opted_out, count.duplicates) == (3, 1, 2)
    assert (count.not_on_whatsapp, count.unreadable, count.bad_rows) == (1, 1, 1)
    found = gather(request, store.contacts.get, store.tags, store.opt_outs.numbers())
    assert count.reached == len(found.targets) and count.skipped == tuple(found.skipped)
    assert asyncio.run(count_recipients(request, store, store.tags)) == count
