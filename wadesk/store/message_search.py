"""The message search index (migration V11): where a search of the message history finds its candidates.

``messages_search`` holds, under each message's id, what a word search looks in: the message's text and caption
(as ``json_extract`` reads them from ``body_json``), its recipient and its error.  With FTS5 it is a trigram index,
so any part of three characters or more is found at once; where SQLite lacks FTS5 it is a plain table (scanned with
``LIKE``, which at least parses no JSON).

Triggers do not write the index itself: FTS5 flushes at every statement savepoint, so a trigger's insert costs
~50-90 µs a row, several times the cost of storing a send.  A trigger only notes the id of every message inserted,
deleted or changed where the index looks (``messages_search_pending``, a plain rowid table: ~1 µs), and
``catch_up`` brings the index up to date for all of them in three statements, before every write transaction
commits (``Database.transaction``).  A search takes the noted ids as candidates too, so it is right even when
catching up was skipped (a file opened where SQLite lacks FTS5) or failed.

The index only narrows: ``message_list`` keeps its ``LIKE`` test on every candidate, so a search finds exactly what
the scan finds (the trigram tokenizer folds case for every alphabet, ``LIKE`` only for ASCII letters: it may find
more, never less).
"""

from __future__ import annotations

import enum
import sqlite3

from wadesk.store.search_text import has_fts5

SHORTEST = 3  # the shortest search the trigram index can answer


class IndexKind(enum.Enum):
    FTS = "fts"  # an FTS5 trigram index
    TABLE = "table"  # a plain table (V11 ran where SQLite lacked FTS5)
    NONE = "none"  # no index this SQLite can read (an older schema, or FTS5 made elsewhere and missing here)


def index_kind(connection: sqlite3.Connection) -> IndexKind:
    row = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'messages_search'").fetchone()
    if row is None:
        return IndexKind.NONE
    if str(row[0]).upper().startswith("CREATE VIRTUAL"):
        return IndexKind.FTS if has_fts5() else IndexKind.NONE
    return IndexKind.TABLE


# Only ids the index may hold need deleting: a new message's id is above every indexed one (the highest is read
# from FTS5's own content table, a rowid table, or from the plain table).
_DELETE = (
    "DELETE FROM messages_search WHERE rowid IN"
    " (SELECT id FROM messages_search_pending WHERE id <= coalesce(({last}), 0))"
)
_LAST = {
    IndexKind.FTS: "SELECT max(id) FROM messages_search_content",
    IndexKind.TABLE: "SELECT max(rowid) FROM messages_search",
}
_INSERT = (
    "INSERT INTO messages_search (rowid, text, caption, recipient, error)"
    " SELECT m.id, json_extract(m.body_json, '$.text'), json_extract(m.body_json, '$.caption'), m.recipient, m.error"
    " FROM messages_search_pending p JOIN messages m ON m.id = p.id ORDER BY p.id"
)


def catch_up(connection: sqlite3.Connection, kind: IndexKind) -> None:
    """Re-index every message noted as pending, inside the caller's transaction; on an error leave them noted."""
    if kind is IndexKind.NONE:
        return
    if connection.execute("SELECT 1 FROM messages_search_pending LIMIT 1").fetchone() is None:
        return
    connection.execute("SAVEPOINT messages_search")
    try:
        connection.execute(_DELETE.format(last=_LAST[kind]))
        connection.execute(_INSERT)
        connection.execute("DELETE FROM messages_search_pending")
    except sqlite3.Error:
        connection.execute("ROLLBACK TO messages_search")
    finally:
        connection.execute("RELEASE messages_search")


def phrase(needle: str) -> str:
    """``needle`` as one FTS5 phrase: the trigram tokenizer finds it anywhere, as a whole."""
    return '"' + needle.replace('"', '""') + '"'


def usable(kind: IndexKind, needle: str) -> bool:
    """Whether a search for ``needle`` can take its candidates from the index (else it tests every message)."""
    return kind is not IndexKind.NONE and len(needle) >= SHORTEST and "\x00" not in needle


_FOUND = {
    IndexKind.FTS: "SELECT rowid FROM messages_search WHERE messages_search MATCH :q",
    IndexKind.TABLE: (
        "SELECT rowid FROM messages_search WHERE text LIKE :p ESCAPE '\\' OR caption LIKE :p ESCAPE '\\'"
        " OR recipient LIKE :p ESCAPE '\\' OR error LIKE :p ESCAPE '\\'"
    ),
}
_OTHERS = (
    " UNION SELECT id FROM messages_search_pending"
    " UNION SELECT id FROM messages WHERE account_id IN (SELECT id FROM accounts WHERE name LIKE :p ESCAPE '\\')"
    " UNION SELECT id FROM messages WHERE recipient IN (SELECT phone FROM contacts WHERE name LIKE :p ESCAPE '\\')"
)


def candidates(kind: IndexKind) -> str:
    """SQL for the ids of every message a search may find: ``:q`` the phrase, ``:p`` the ``LIKE`` pattern.

    Those the index finds, those noted as pending, and those whose account or contact name matches (small tables,
    looked up by id and number).  ``kind`` must not be ``NONE``.
    """
    return _FOUND[kind] + _OTHERS
