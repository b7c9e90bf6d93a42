"""The Contacts panel's questions at 100,000 contacts: a page filtered by tag, and a page sorted by name.

wadesk: ``ContactService.rows`` + ``count_rows`` (one page of 100 with its tags and last message, and the count;
SQL on the V7 indexes ``contacts_name`` and ``contact_tags``).  Baselines in the same run, on the same database:
every contact with its tags loaded and filtered/sorted in Python (what a proxy model over a full list does), and
the same SQL page sorted by ``lower(name)``, which no index serves (the cost of a sort over the whole table).
Each figure is the median of a few pages (the first, the middle, the last; ascending and descending), in
milliseconds per page + count.  Tags: "VIP" on 10 % of the contacts, "Grosir" on 30 %.

    .venv/bin/python bench/contacts_tags.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from common import report

from wadesk.app import open_app
from wadesk.domain.models import Contact
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.store.contact_list import ContactFilter, ContactSort

FIRST = ["Siti", "Budi", "Agus", "Dewi", "Rina", "Joko", "Putri", "Ahmad", "Nur", "Wayan", "Made", "Élodie", "Öztürk"]
LAST = ["Rahma", "Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nugroho", "Setiawan"]
PAGE = 100
ROUNDS = 3


def timed(cases: list[tuple[int, bool]], page: Callable[[int, bool], object]) -> float:
    """Median milliseconds of ``page(offset, descending)`` over the cases, each run ``ROUNDS`` times."""
    times = []
    for offset, descending in cases:
        for _ in range(ROUNDS):
            started = time.perf_counter()
            page(offset, descending)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def main(count: int) -> None:
    rng = random.Random(13)
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        home = Path(folder) / "home"
        app = open_app(home, secrets=SecretStore(MemoryKeyring()))
        try:
            for start in range(0, count, 5000):
                app.store.contacts.upsert_many(
                    [
                        Contact(f"62812{n:08d}", f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}")
                        for n in range(start, min(count, start + 5000))
                    ]
                )
            await app.contacts.create_tag("VIP")
            await app.contacts.create_tag("Grosir")
            ids = list(range(1, count + 1))
            vip = rng.sample(ids, count // 10)
            await app.contacts.tag_contacts("VIP", vip)
            await app.contacts.tag_contacts("Grosir", rng.sample(ids, count * 3 // 10))
            everyone = ContactFilter()
            by_tag = app.contacts.query(tag="VIP")

            def ours(filter: ContactFilter) -> Callable[[int, bool], object]:
                def page(offset: int, descending: bool) -> object:
                    rows = app.contacts.rows(
                        filter, sort=ContactSort.NAME, descending=descending, offset=offset, limit=PAGE
                    )
                    return rows, app.contacts.count_rows(filter)

                return page

            with closing(sqlite3.connect(home / "wadesk.sqlite3")) as connection:

                def load_all(tag: str | None) -> Callable[[int, bool], object]:
                    def page(offset: int, descending: bool) -> object:
                        tags: dict[int, list[str]] = {}
                        for contact_id, name in connection.execute(
                            "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                        ):
                            tags.setdefault(contact_id, []).append(name)
                        rows = [
                            (row, tags.get(row[0], []))
                            for row in connection.execute("SELECT id, phone, name, on_whatsapp FROM contacts")
                        ]
                        if tag is not None:
                            rows = [r for r in rows if tag in r[1]]
                        rows.sort(key=lambda r: (r[0][2].casefold(), r[0][0]), reverse=descending)
                        return rows[offset : offset + PAGE], len(rows)

                    return page

                def unindexed(tag: str | None) -> Callable[[int, bool], object]:
                    where = "WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = 1)" if tag else ""

                    def page(offset: int, descending: bool) -> object:
                        order = "DESC" if descending else "ASC"
                        rows = connection.execute(
                            f"SELECT id, phone, name FROM contacts {where} ORDER BY lower(name) {order}, id {order}"
                            " LIMIT ? OFFSET ?",
                            (PAGE, offset),
                        ).fetchall()
                        return rows, connection.execute(f"SELECT count(*) FROM contacts {where}").fetchone()

                    return page

                everyone_cases = [(0, False), (count // 2, False), (count - PAGE, False), (0, True)]
                tag_cases = [(0, False), (count // 20, False), (0, True)]
                sorted_ms = timed(everyone_cases, ours(everyone))
                sorted_python = timed(everyone_cases, load_all(None))
                sorted_sql = timed(everyone_cases, unindexed(None))
                tag_ms = timed(tag_cases, ours(by_tag))
                tag_python = timed(tag_cases, load_all("VIP"))
                tag_sql = timed(tag_cases, unindexed("VIP"))
        finally:
            await app.aclose()
    print(f"{count:,} contacts, a page of {PAGE} with its tags and the count, median over pages × {ROUNDS}")
    report("page sorted by name, vs load all and sort in Python", sorted_ms, sorted_python, "ms",
           target="< 100 ms", higher_is_better=False)  # fmt: skip
    report("page sorted by name, vs SQL sorting without the index", sorted_ms, sorted_sql, "ms",
           higher_is_better=False)  # fmt: skip
    report("page of a tag (10 %) sorted by name, vs load all and filter in Python", tag_ms, tag_python, "ms",
           target="< 100 ms", higher_is_better=False)  # fmt: skip
    report("page of a tag (10 %) sorted by name, vs SQL sorting without the index", tag_ms, tag_sql, "ms",
           higher_is_better=False)  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    asyncio.run(main(parser.parse_args().contacts))
