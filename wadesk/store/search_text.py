"""How the contact search compares text: a key without case or accents, and whether SQLite has FTS5.

``search_key`` is registered on every connection as the SQL function ``wadesk_search_key``, so a
migration and the repository make the same keys as the query does.
"""

from __future__ import annotations

import functools
import sqlite3
import unicodedata
from contextlib import closing

SQL_FUNCTION = "wadesk_search_key"


def search_key(text: str) -> str:
    """``text`` without case or accents: ``"Élodie"`` and ``"ELODIE"`` both give ``"elodie"``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def register(connection: sqlite3.Connection) -> None:
    connection.create_function(SQL_FUNCTION, 1, search_key, deterministic=True)


@functools.cache
def has_fts5() -> bool:
    """Whether this Python's SQLite has FTS5 with the trigram tokenizer (SQLite 3.34 or later)."""
    with closing(sqlite3.connect(":memory:")) as connection:
        try:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = 'trigram')")
        except sqlite3.Error:
            return False
    return True
