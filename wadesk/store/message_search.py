"""The message search index (migration V11): where a search of the message history finds its candidates.

``messages_search`` holds, under each message's id, what a word search looks in: the message's text and caption
(as ``json_extract`` reads them from ``body_json``) and its recipient.  With FTS5 it is a trigram index
(without positions: see ``match_query``), so the messages holding every part of three characters of a search are
found at once; where SQLite lacks FTS5 it is a plain table (scanned with
``LIKE``, which at least parses no JSON).

Nothing writes the index row by row: FTS5 flushes at every statement savepoint, so a trigger's insert costs ~50-90
µs a row, and even a trigger that only notes an id costs ~10-15 µs a row, a third of storing a send and more than a
status update.  Instead:

- New messages need no note: ``messages.id`` is AUTOINCREMENT, so a message the index lacks because it is new has
  an id above the highest the index holds.
- Triggers note the (few) messages deleted, or whose body or recipient changed, in ``messages_search_pending``.
- The error, which every status update sets, is not in it: the messages with one are few, and ``messages_error``
  (V11) holds them with their error, so a search reads that index whole.

``catch_up`` indexes both in three statements before every write transaction commits (``Database.transaction``).
A search takes both as candidates too, so it is right even when catching up was skipped (the file written by
another program, or opened where SQLite lacks FTS5) or failed.

The index only narrows: ``message_list`` keeps its ``LIKE`` test on every candidate, so a search finds exactly what
the scan finds (the trigram tokenizer folds case for every alphabet, ``LIKE`` only for ASCII letters: it may find
more, never less).
"""

from __future__ import annotations

import enum
import sqlite3

from wadesk.store.search_text import has_fts5

SHORTEST = 3  # the shortest search the trigram index can answer
TRIGRAMS = 8  # the most parts of a search looked up in the index


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


# The highest id the index holds: from FTS5's own content table (a rowid table), or the plain table.
_LAST = {
    IndexKind.FTS: "SELECT coalesce(max(id), 0) FROM messages_search_content",
    IndexKind.TABLE: "SELECT coalesce(max(rowid), 0) FROM messages_search",
}
_DELETE = "DELETE FROM messages_search WHERE rowid IN (SELECT id FROM messages_search_pending WHERE id <= :last)"
_INSERT = (
    "INSERT INTO messages_search (rowid, text, caption, recipient)"
    " SELECT m.id, json_extract(m.body_json, '$.text'), json_extract(m.body_json, '$.caption'), m.recipient"
    " FROM messages m WHERE m.id IN (SELECT id FROM messages_search_pending WHERE id <= :last) OR m.id > :last"
    " ORDER BY m.id"
)


def catch_up(connection: sqlite3.Connection, kind: IndexKind) -> None:
    """Index the new messages and re-index the noted ones, inside the caller's transaction.

    On an error the index is left as it was (and the notes kept): searches stay right, only slower.
    """
    if kind is IndexKind.NONE:
        return
    last = int(connection.execute(_LAST[kind]).fetchone()[0])
    newest = connection.execute("SELECT max(id) FROM messages").fetchone()[0]
    if (newest is None or newest <= last) and connection.execute(
        "SELECT 1 FROM messages_search_pending LIMIT 1"
    ).fetchone() is None:
        return
    connection.execute("SAVEPOINT messages_search")
    try:
        connection.execute(_DELETE, {"last": last})
        connection.execute(_INSERT, {"last": last})
        connection.execute("DELETE FROM messages_search_pending")
    except sqlite3.Error:
        connection.execute("ROLLBACK TO messages_search")
    finally:
        connection.execute("RELEASE messages_search")


def match_query(needle: str) -> str:
    """An FTS5 query for the messages that may hold ``needle``: each holds all of (up to ``TRIGRAMS`` of) its parts
    of three characters, anywhere.

    The index keeps no positions (``detail = none``: a third of the size, and quicker to write), so it cannot match
    ``needle`` as a phrase; what holds ``needle`` holds every part of it, and the ``LIKE`` test sorts out the rest.
    """
    parts = list(dict.fromkeys(needle[start : start + SHORTEST] for start in range(len(needle) - SHORTEST + 1)))
    if len(parts) > TRIGRAMS:  # a few, spread over the whole needle, narrow as well as all of them
        parts = [parts[round(n * (len(parts) - 1) / (TRIGRAMS - 1))] for n in range(TRIGRAMS)]
    return " AND ".join('"' + part.replace('"', '""') + '"' for part in parts)


def usable(kind: IndexKind, needle: str) -> bool:
    """Whether a search for ``needle`` can take its candidates from the index (else it tests every message)."""
    return kind is not IndexKind.NONE and len(needle) >= SHORTEST and "\x00" not in needle


_FOUND = {
    IndexKind.FTS: "SELECT rowid FROM messages_search WHERE messages_search MATCH :q",
    IndexKind.TABLE: (
        "SELECT rowid FROM messages_search"
        " WHERE text LIKE :p ESCAPE '\\' OR caption LIKE :p ESCAPE '\\' OR recipient LIKE :p ESCAPE '\\'"
    ),
}
_UNINDEXED = {
    IndexKind.FTS: " UNION SELECT id FROM messages"
    " WHERE id > (SELECT coalesce(max(id), 0) FROM messages_search_content)"
    " UNION SELECT id FROM messages_search_pending",
    IndexKind.TABLE: " UNION SELECT id FROM messages"
    " WHERE id > (SELECT coalesce(max(rowid), 0) FROM messages_search)"
    " UNION SELECT id FROM messages_search_pending",
}
_OTHERS = (
    " UNION SELECT id FROM messages WHERE error IS NOT NULL AND error LIKE :p ESCAPE '\\'"
    " UNION SELECT id FROM messages WHERE account_id IN (SELECT id FROM accounts WHERE name LIKE :p ESCAPE '\\')"
    " UNION SELECT id FROM messages WHERE recipient IN (SELECT phone FROM contacts WHERE name LIKE :p ESCAPE '\\')"
)


def candidates(kind: IndexKind) -> str:
    """SQL for the ids of every message a search may find: ``:q`` its ``match_query``, ``:p`` the ``LIKE`` pattern.

    Those the index finds, those it lacks (new, or noted as pending), those whose error matches (``messages_error``)
    and those whose account or contact name matches (small tables, looked up by id and number).  ``kind`` must not
    be ``NONE``.
    """
    return _FOUND[kind] + _UNINDEXED[kind] + _OTHERS
