"""The Contacts panel at 100,000 contacts: import from CSV, opening the panel, searching as you type, memory.

- **Import**: ``wadesk contacts import`` of a 100,000-row CSV as its own process, against the naive loop of
  ``contacts_import.py`` (csv + phonenumbers + one ``executemany``), on the same file (``contacts_import.write_sheet``).
- **Open**: ``ContactsPanel`` constructed and shown (offscreen) on the imported address book until its model says
  the first page is ready (the count and a page sorted by name); against the same panel on 100 contacts.  Median of
  a few openings, each a new panel.
- **Search**: the search box's text applied (``apply_search``, the typing pause left out) until the model's first
  page of the matches is ready, for what a person types: a name a letter at a time, a whole name, numbers in the
  ways people write them, a word that matches nobody.  Against plain SQL on the same file: ``LIKE '%text%'`` on the
  name and the number over every row, a page sorted by name and the count.
- **Memory**: the peak resident memory of the process that opened the panel and searched, at 100,000 contacts
  against 100 (``peak_rss_mib``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/contacts_panel.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from common import peak_rss_mib, report
from contacts_import import write_sheet

QUERIES = ("p", "pe", "pel", "pela", "Pelanggan 4", "Pelanggan 4242", "4242", "0812 0004 2", "+62 821", "Kota 7", "xyz")
OPENINGS = 3
PAGE = 100


def import_sheet(sheet: Path, home: Path) -> tuple[float, float, dict[str, object]]:
    """``wadesk contacts import`` into ``home``: seconds, peak MiB and its --json summary."""
    os.environ["WADESK_HOME"] = str(home)  # peak_rss_mib passes the environment on
    started = time.perf_counter()
    mib, code, out = peak_rss_mib([sys.executable, "-m", "wadesk", "contacts", "import", str(sheet), "--json"])
    seconds = time.perf_counter() - started
    assert code in (0, 2), out  # 2: some rows were not imported (the sheet has broken ones on purpose)
    return seconds, mib, json.loads(out.splitlines()[0])


def import_naively(sheet: Path, database: Path) -> tuple[float, float]:
    started = time.perf_counter()
    mib, code, out = peak_rss_mib(
        [sys.executable, str(Path(__file__).with_name("contacts_import.py")), "--baseline", str(sheet), str(database)]
    )
    assert code == 0, out
    return time.perf_counter() - started, mib


def open_panel(home: Path) -> tuple[float, float, dict[str, float]]:
    """The panel opened and searched in its own process: median open ms, peak MiB, ms per query."""
    mib, code, out = peak_rss_mib([sys.executable, __file__, "--panel", str(home)])
    assert code == 0, out
    measured = json.loads(out.strip().splitlines()[-1])
    return float(measured["open_ms"]), mib, dict(measured["search_ms"])


def like(database: Path, query: str) -> float:
    """Milliseconds for a page by name and the count of ``LIKE '%query%'`` over the name and number of every row."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("SELECT count(*) FROM contacts").fetchone()  # the file read once, as the panel had it
        pattern = f"%{query}%"
        started = time.perf_counter()
        connection.execute(
            "SELECT id, phone, name FROM contacts WHERE name LIKE ?1 OR phone LIKE ?1"
            " ORDER BY name = '', name COLLATE NOCASE, id LIMIT ?2",
            (pattern, PAGE),
        ).fetchall()
        connection.execute("SELECT count(*) FROM contacts WHERE name LIKE ?1 OR phone LIKE ?1", (pattern,)).fetchone()
        return (time.perf_counter() - started) * 1000


def panel_process(home: Path) -> None:
    """Open the Contacts panel on ``home`` a few times, then search in it; print the figures as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qasync import QEventLoop

    from wadesk.app import open_app
    from wadesk.launch import make_application, window_context
    from wadesk.secrets import MemoryKeyring, SecretStore
    from wadesk.ui.bridge import EventBridge
    from wadesk.ui.panels.contacts import ContactsPanel

    async def ready(panel: ContactsPanel) -> None:
        while panel.model.busy:
            done = asyncio.Event()
            panel.model.ready.connect(done.set)
            try:
                if panel.model.busy:
                    await done.wait()
            finally:
                panel.model.ready.disconnect(done.set)

    async def run() -> dict[str, object]:
        app = open_app(home, secrets=SecretStore(MemoryKeyring()))
        ctx = window_context(app, refresh_seconds=3600)
        bridge = EventBridge(ctx.events)
        opened: list[float] = []
        searched: dict[str, float] = {}
        try:
            for _ in range(OPENINGS):
                started = time.perf_counter()
                panel = ContactsPanel(ctx, bridge)
                panel.resize(1000, 640)
                panel.show()
                await ready(panel)
                opened.append((time.perf_counter() - started) * 1000)
                assert panel.model.rowCount() > 0
                if len(opened) < OPENINGS:
                    panel.shutdown()
                    panel.close()
                    panel.deleteLater()
            for query in QUERIES:
                started = time.perf_counter()
                panel.search.setText(query)
                panel.apply_search()
                await ready(panel)
                searched[query] = (time.perf_counter() - started) * 1000
            panel.shutdown()
            panel.close()
        finally:
            await ctx.devices.aclose()
            await app.aclose()
        return {"open_ms": statistics.median(opened), "search_ms": searched}

    qt_app = make_application()
    loop = QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        print(json.dumps(loop.run_until_complete(run())))


def main(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        root = Path(folder)
        sheet, small_sheet = root / "customers.csv", root / "few.csv"
        write_sheet(sheet, count)
        write_sheet(small_sheet, 100)
        home, small_home = root / "home", root / "small"

        naive_s, naive_mib = import_naively(sheet, root / "naive.sqlite3")
        import_s, import_mib, summary = import_sheet(sheet, home)
        import_sheet(small_sheet, small_home)
        open_ms, panel_mib, search_ms = open_panel(home)
        small_open_ms, small_mib, _ = open_panel(small_home)
        like_ms = {query: like(home / "wadesk.sqlite3", query) for query in QUERIES}

    errors = summary.get("errors")
    bad = len(errors) if isinstance(errors, list) else 0
    print(f"{count:,} rows: {summary.get('imported')} imported, {bad} not (bad numbers on purpose)")
    print(f"import peak memory {import_mib:.1f} MiB (the naive loop {naive_mib:.1f} MiB)")
    print("search, ms until the first page is ready (plain SQL LIKE on the same file):")
    for query in QUERIES:
        print(f"  {query!r:<18} {search_ms[query]:8.1f}   ({like_ms[query]:.1f})")
    worst = max(search_ms, key=search_ms.__getitem__)
    print(f"  slowest: {worst!r} {search_ms[worst]:.1f} ms")
    report(f"contacts import {count:,} rows from CSV, vs csv + phonenumbers + executemany", import_s, naive_s, "s",
           target="< 5 s", higher_is_better=False)  # fmt: skip
    report(f"Contacts panel open at {count:,} (first page ready), vs the same panel at 100", open_ms, small_open_ms,
           "ms", higher_is_better=False)  # fmt: skip
    report(f"search as typed at {count:,}, median of {len(QUERIES)} texts, vs SQL LIKE over every row",
           statistics.median(search_ms.values()), statistics.median(like_ms.values()), "ms", target="< 100 ms",
           higher_is_better=False)  # fmt: skip
    report(f"search as typed at {count:,}, the slowest text, vs SQL LIKE's slowest", max(search_ms.values()),
           max(like_ms.values()), "ms", target="< 100 ms", higher_is_better=False)  # fmt: skip
    report(f"peak memory with the panel open and searched at {count:,}, vs at 100", panel_mib, small_mib, "MiB",
           higher_is_better=False)  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--panel", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.panel:
        panel_process(Path(args.panel))
    else:
        main(args.contacts)
