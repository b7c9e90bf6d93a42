"""Searching 100,000 contacts by name: a page of 100 and the count, as the Contacts panel and ``contacts list --search``
ask for them.

wadesk: ``ContactService.search`` (SQL on the V5 search index).  In the same run, on the same database: the old way
(every contact loaded, filtered in Python) and plain SQL (``name LIKE '%text%'``, the same page and count).  Each
figure is the median over a few queries (a common first name, a surname, a part across words, a rare one, a short
one), milliseconds per search.

    .venv/bin/python bench/contacts_search.py [--contacts 100000]
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

FIRST = ["Siti", "Budi", "Agus", "Dewi", "Rina", "Joko", "Putri", "Ahmad", "Nur", "Wayan", "Made", "Élodie", "Öztürk"]
LAST = ["Rahma", "Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nugroho", "Setiawan"]
QUERIES = ["siti", "santoso", "ti ra", "pratama 12", "wayan nugroho 99", "jo"]
PAGE = 100
ROUNDS = 5


def timed(search: Callable[[str], object]) -> float:
    """Median milliseconds of ``search`` over the queries, each run ``ROUNDS`` times."""
    times = []
    for query in QUERIES:
        for _ in range(ROUNDS):
            started = time.perf_counter()
            search(query)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def main(count: int) -> None:
    rng = random.Random(11)
    book = [
        Contact(f"62812{n:08d}", f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}", {"kota": f"Kota {n % 50}"})
        for n in range(count)
    ]
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        home = Path(folder) / "home"
        app = open_app(home, secrets=SecretStore(MemoryKeyring()))
        try:
            for start in range(0, count, 5000):
                app.store.contacts.upsert_many(book[start : start + 5000])
            del book

            def ours(query: str) -> object:
                return app.contacts.search(query, limit=PAGE)

            def load_all(query: str) -> object:
                key = query.casefold()
                found = [c for c in app.store.contacts.list() if key in c.name.casefold()]
                return found[:PAGE], len(found)

            with closing(sqlite3.connect(home / "wadesk.sqlite3")) as connection:

                def like(query: str) -> object:
                    page = connection.execute(
                        "SELECT id, phone, name, fields_json, on_whatsapp FROM contacts WHERE name LIKE ?"
                        " ORDER BY id LIMIT ?",
                        (f"%{query}%", PAGE),
                    ).fetchall()
                    total = connection.execute("SELECT count(*) FROM contacts WHERE name LIKE ?", (f"%{query}%",))
                    return page, total.fetchone()

                wadesk_ms = timed(ours)
                old_ms = timed(load_all)
                like_ms = timed(like)
        finally:
            await app.aclose()
    print(f"{count:,} contacts, a page of {PAGE} and the count, median of {len(QUERIES)} queries × {ROUNDS}")
    report("search by name, vs plain SQL LIKE", wadesk_ms, like_ms, "ms", target="< 50 ms", higher_is_better=False)
    report("search by name, vs the old load-all-and-filter", wadesk_ms, old_ms, "ms", higher_is_better=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    asyncio.run(main(parser.parse_args().contacts))
