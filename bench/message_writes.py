"""Storing a send of 10,000 messages (``store.messages.add_many``) with the message search index (migration V11)
kept up to date, vs the same store without it.

wadesk: a store as ``open_store`` makes it.  Baseline, in the same run: a second store whose search index is not
kept (what V11 made dropped), so the ratio is what the index adds to every send.  The stores take ``--rounds`` sends
in turns (the tables grow as they do in use); the figure is the median milliseconds of one send.

    .venv/bin/python bench/message_writes.py [--messages 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from pathlib import Path

from common import report

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.store import Store, open_store

WORDS = ("promo", "diskon", "pesanan", "jadwal", "kontrol", "paket", "pembayaran", "katalog", "kupon", "ongkir", "Ünal")


_INDEX = (
    "messages_search",
    "messages_search_pending",
    "messages_search_update",
    "messages_search_delete",
    "messages_error",
)


def messages(rng: random.Random, count: int, round_: int, prefix: str) -> list[OutgoingMessage]:
    return [
        OutgoingMessage(
            f"{prefix}{round_}-{n}",
            Recipient(f"628{rng.randrange(10**9, 10**10)}"),
            text=" ".join(rng.choices(WORDS, k=8)),
        )
        for n in range(count)
    ]


def send(store: Store, account_id: int, batch: list[OutgoingMessage]) -> float:
    """ms of one ``add_many`` of ``batch``."""
    started = time.perf_counter()
    store.messages.add_many(account_id, batch)
    return (time.perf_counter() - started) * 1000


def unindexed(database: Path) -> None:
    """Drop what V11 made: the message search index, its notes, its triggers and the index of errors."""
    with closing(sqlite3.connect(database)) as connection, connection:
        for kind in ("trigger", "table", "index"):
            query = "SELECT name FROM sqlite_master WHERE type = ? AND name IN (?, ?, ?, ?, ?)"
            names = [row[0] for row in connection.execute(query, (kind, *_INDEX))]
            for name in names:
                connection.execute(f'DROP {kind.upper()} "{name}"')


def main(count: int, rounds: int) -> None:
    with (
        tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder,
        open_store(Path(folder) / "indexed") as indexed,
        open_store(Path(folder) / "plain") as plain,
    ):
        unindexed(Path(folder) / "plain" / "wadesk.sqlite3")
        rng = random.Random(11)
        stores = {"indexed": indexed, "plain": plain}
        accounts = {name: store.accounts.add("Toko Cahaya", "wablas").id for name, store in stores.items()}
        send(plain, accounts["plain"], messages(rng, count // 10, 0, "warm-up"))
        times: dict[str, list[float]] = {name: [] for name in stores}
        for round_ in range(rounds):  # the two stores take turns, so that a busy spell weighs on both
            batch = messages(rng, count, round_, "r")
            for name in sorted(stores, reverse=round_ % 2 == 1):
                times[name].append(send(stores[name], accounts[name], batch))
        indexed_ms, plain_ms = statistics.median(times["indexed"]), statistics.median(times["plain"])
    report(f"add_many of {count:,} messages with the search index kept, vs without", indexed_ms, plain_ms, "ms",
           target="ratio < 1.3", higher_is_better=False)  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    main(arguments.messages, arguments.rounds)
