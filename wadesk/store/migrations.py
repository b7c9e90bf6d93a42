"""The schema, as an append-only list of SQL scripts.

``PRAGMA user_version`` = N means the first N scripts have been applied.  Never
edit a script that has shipped; add a new one.
"""

from __future__ import annotations

import sqlite3

from wadesk.store.search_text import has_fts5

V1 = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    provider TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    settings_json TEXT NOT NULL DEFAULT '{}',  -- non-secret settings only, secrets live in the keyring
    created_at TEXT NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    phone TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    fields_json TEXT NOT NULL DEFAULT '{}',
    on_whatsapp INTEGER NULL CHECK (on_whatsapp IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE "groups" (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, group_id)
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    campaign_id INTEGER NULL,
    ref_id TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    is_group INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    body_json TEXT NOT NULL,
    status TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    provider_message_id TEXT NULL,
    error TEXT NULL,
    scheduled_at TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX messages_status ON messages (status);
CREATE INDEX messages_account_provider_id ON messages (account_id, provider_message_id);
CREATE INDEX messages_account_status ON messages (account_id, status);
CREATE INDEX messages_campaign ON messages (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX messages_scheduled ON messages (scheduled_at) WHERE scheduled_at IS NOT NULL;

CREATE TABLE status_events (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
-- Also what keeps the cascade from messages cheap.
CREATE INDEX status_events_message ON status_events (message_id);
"""

V2 = """
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    pace TEXT NOT NULL DEFAULT 'safe',
    state TEXT NOT NULL DEFAULT 'active',  -- active, paused, cancelled
    created_at TEXT NOT NULL
);
ALTER TABLE messages ADD COLUMN next_attempt_at TEXT NULL;  -- a retry waits until then
ALTER TABLE messages ADD COLUMN remote_schedule_id TEXT NULL;  -- held by the provider's own scheduler
ALTER TABLE messages ADD COLUMN hold TEXT NULL;  -- waiting for the user: 'missed' schedule
CREATE INDEX messages_due ON messages (status, scheduled_at, next_attempt_at);
"""

# Accounts get a keyring id of their own and can be removed while their history stays.
# * key_id: random, created with the account; its keyring entries are '<key_id>/<field>', so two data folders
#   never share one (before, '<id>/<field>' with ids starting at 1 in every folder).  legacy_keys = 1 marks the
#   accounts whose secrets may still wait under the old '<id>/<field>': they are copied at the first keyring use
#   (AccountService), then the mark is cleared; while the keyring is unavailable it stays, and is tried again.
# * removed_at: a removed account never sends and is not listed, its messages and campaigns stay for the
#   reports; its name is free again, so names are unique among the accounts not removed only.  That needs the
#   table rebuilt (SQLite cannot drop a UNIQUE constraint); ``migrate`` runs with foreign keys off for it.
V3 = """
CREATE TABLE accounts_v3 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE,
    provider TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    settings_json TEXT NOT NULL DEFAULT '{}',  -- non-secret settings only, secrets live in the keyring
    created_at TEXT NOT NULL,
    key_id TEXT NOT NULL UNIQUE,
    legacy_keys INTEGER NOT NULL DEFAULT 0 CHECK (legacy_keys IN (0, 1)),
    removed_at TEXT NULL
);
INSERT INTO accounts_v3 (id, name, provider, base_url, settings_json, created_at, key_id, legacy_keys)
    SELECT id, name, provider, base_url, settings_json, created_at, lower(hex(randomblob(16))), 1 FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_v3 RENAME TO accounts;
CREATE UNIQUE INDEX accounts_name ON accounts (name) WHERE removed_at IS NULL;
"""

# Indexes for the paged message list (``store.message_list``): each sort key is read in index order, the id
# breaking ties (an index holds the rowid after its columns), so a page is found without sorting the table.
# Sorting by status uses ``messages_status`` from V1.
V4 = """
CREATE INDEX messages_updated ON messages (updated_at);
CREATE INDEX messages_recipient ON messages (recipient);
"""

# Contact search by name (``store.contacts``): each contact's name as ``search_key`` makes it (no case, no accents),
# under the contact's id.  With FTS5, a trigram index finds any part of three characters or more at once; shorter
# ones, and every search where SQLite lacks FTS5 (then this is a plain table), scan this small table.  Numbers are
# searched in ``contacts.phone`` itself.  ``ContactRepository`` (the only writer of contacts) keeps this table, not
# triggers: FTS5 flushes at every statement savepoint, so a trigger's insert costs ~45 µs a row, too much for an
# import of 100,000.  No column sizes (``columnsize = 0``): they serve ranking, which the search does not do.
_V5_INDEX = """
CREATE VIRTUAL TABLE contacts_search USING fts5(name, tokenize = 'trigram', columnsize = 0);
INSERT INTO contacts_search (rowid, name) SELECT id, wadesk_search_key(name) FROM contacts ORDER BY id;
"""
_V5_TABLE = """
CREATE TABLE contacts_search (rowid INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO contacts_search (rowid, name) SELECT id, wadesk_search_key(name) FROM contacts ORDER BY id;
"""
V5 = _V5_INDEX if has_fts5() else _V5_TABLE


# ``messages_due`` (V2) is narrowed to what reads it: the local schedules whose time has come and the schedules of a
# day (``release_schedules``, ``planned_between``; the due queue is read through ``messages_account_status``).  It
# held every message, so each step of a send (queued, sending, accepted) rewrote its entry; now only a message that
# is or was ``scheduled`` touches it.
V6 = """
DROP INDEX messages_due;
CREATE INDEX messages_schedule_due ON messages (status, scheduled_at) WHERE status = 'scheduled';
"""

# The address book's local groups (tags), opt-outs and number-check dates (``store.contacts``, ``store.tags``).
# - ``opted_out_at``: when the contact asked not to be messaged; NULL while they may be.  The partial index keeps the
#   (few) opted-out numbers together, so a send reads them at once.
# - ``checked_at``: when a number check last said yes or no (``on_whatsapp``); NULL when never.
# - ``contacts_name``: a page sorted by name is read in index order (no sort of the whole table); the id, which an
#   index holds after its columns, breaks ties.  A page by number reads the UNIQUE index on ``phone``.
# - Tag names are unique without case; members go with their contact or tag (foreign keys are on).
V7 = """
ALTER TABLE contacts ADD COLUMN opted_out_at TEXT NULL;
ALTER TABLE contacts ADD COLUMN checked_at TEXT NULL;
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_opted_out ON contacts (phone) WHERE opted_out_at IS NOT NULL;
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE contact_tags (
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_contact ON contact_tags (contact_id, tag_id);
"""

# A page sorted by name puts the nameless last in either direction (``store.contact_list``: ``c.name = ''`` first in
# the ORDER BY), which ``contacts_name`` (V7) cannot serve: SQLite sorted the whole table for every page (~75 ms at
# 100,000 contacts).  An index is read forwards or backwards, and only one of the two keeps the nameless last, so
# there is one per direction, each holding the ORDER BY's own expressions (the id, after the columns, breaks ties):
# - ``contacts_name_asc`` read forwards: named A→Z, then the nameless, each by id ascending;
# - ``contacts_name_desc`` (its first key descending) read backwards: named Z→A, then the nameless, by id descending.
# ``contacts_name`` served only that order and goes.
V8 = """
DROP INDEX contacts_name;
CREATE INDEX contacts_name_asc ON contacts (name = '', name COLLATE NOCASE);
CREATE INDEX contacts_name_desc ON contacts (name = '' DESC, name COLLATE NOCASE);
"""

# The Composer's drafts (``store.drafts``): the one message being written (a single row, so that saving it is one
# small upsert) and the saved messages, named without regard to case.  Each holds the services' JSON of the draft;
# a saved message also keeps its kind and first line, so the list of them is read without parsing every draft.
V9 = """
CREATE TABLE composer_draft (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    draft_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE saved_messages (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL,
    preview TEXT NOT NULL DEFAULT '',
    draft_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# Recurring schedules (``store.series``).  Self-contained (it touches nothing an earlier script made but the messages
# table's new columns), so it can take any place in the list.
# - ``series``: one recurring schedule — the devices, the message (the services' draft JSON, as drafts keep it), the
#   recipients (JSON: numbers, gateway groups, contacts' numbers, local groups, a recipient file's rows), the pace,
#   the rule (frequency, first day, wall-clock time, zone name, weekdays, day of the month, end date or count),
#   ``active_from``: occurrences before it are not made (an edit starts the new definition at the time of the edit),
#   and ``made_until``: every occurrence up to it is made (so a pass looks only at what comes after).
# - ``series_occurrences``: each occurrence made into messages, once: ``key`` = '<series id>:<local date-time>' is the
#   primary key, inserted (ON CONFLICT DO NOTHING) in the transaction that stores its messages.  ``problem``: why an
#   occurrence could not be made (then it has no messages).
# - ``messages.occurrence``: the occurrence a message belongs to; ``messages.zone``: the zone a schedule was made in.
V10 = """
CREATE TABLE series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL DEFAULT '',
    account_ids TEXT NOT NULL,
    draft_json TEXT NOT NULL,
    recipients_json TEXT NOT NULL,
    pace TEXT NOT NULL,
    region TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    start_date TEXT NOT NULL,
    at_time TEXT NOT NULL,
    zone TEXT NOT NULL,
    weekdays TEXT NOT NULL DEFAULT '',
    month_day INTEGER NULL,
    until_date TEXT NULL,
    times INTEGER NULL,
    active_from TEXT NOT NULL,
    made_until TEXT NULL,  -- every occurrence from active_from to this has been made: later passes start here
    revision INTEGER NOT NULL DEFAULT 0,  -- one more at each edit: what was planned from an older one is not stored
    state TEXT NOT NULL DEFAULT 'active',  -- active, finished, cancelled
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE series_occurrences (
    key TEXT PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    campaign_id INTEGER NULL,
    problem TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX series_occurrences_series ON series_occurrences (series_id, at);
ALTER TABLE messages ADD COLUMN occurrence TEXT NULL;
ALTER TABLE messages ADD COLUMN zone TEXT NULL;
CREATE INDEX messages_occurrence ON messages (occurrence) WHERE occurrence IS NOT NULL;
"""


# The message search index (``store.message_search``, read by ``store.message_list``): each message's text,
# caption and recipient under its id, in a trigram FTS5 index without positions (a search tests what it finds with
# LIKE anyway), or a plain table where SQLite lacks FTS5; filled from the messages already stored.  New messages are
# found by id (AUTOINCREMENT: above the highest indexed); triggers only note the ids of messages deleted or whose body
# or recipient changed, in ``messages_search_pending``; ``Database.transaction`` indexes both before it commits.  No
# trigger on insert, nor on the error, which every status update sets: even a trigger that does nothing costs ~10-15
# µs a row, a third of storing a send and more than a status update; one writing FTS5 itself ~50-90 µs.  Errors are
# searched in ``messages_error`` instead: the (few) messages with one, the error in the index.  Self-contained: it
# reads only the columns of ``messages`` that V1 made.
_V11_KEPT = """
CREATE TABLE messages_search_pending (id INTEGER PRIMARY KEY);
INSERT INTO messages_search (rowid, text, caption, recipient)
    SELECT id, json_extract(body_json, '$.text'), json_extract(body_json, '$.caption'), recipient
    FROM messages ORDER BY id;
CREATE TRIGGER messages_search_update AFTER UPDATE OF body_json, recipient ON messages
WHEN old.body_json IS NOT new.body_json OR old.recipient IS NOT new.recipient BEGIN
    INSERT OR IGNORE INTO messages_search_pending (id) VALUES (new.id);
END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT OR IGNORE INTO messages_search_pending (id) VALUES (old.id);
END;
CREATE INDEX messages_error ON messages (error) WHERE error IS NOT NULL;
"""
_V11_INDEX = """
CREATE VIRTUAL TABLE messages_search USING fts5(
    text, caption, recipient, tokenize = 'trigram', detail = none, columnsize = 0
);
"""
_V11_TABLE = """
CREATE TABLE messages_search (rowid INTEGER PRIMARY KEY, text TEXT, caption TEXT, recipient TEXT);
"""


def v11(fts: bool) -> str:
    """V11 as it runs where SQLite has FTS5 (``fts``) or lacks it."""
    return (_V11_INDEX if fts else _V11_TABLE) + _V11_KEPT


V11 = v11(has_fts5())

# The sending governor (``store.sending``; ``services.pacing.governor``).  Self-contained (it touches no earlier
# table), so it can take any place in the list.
# - ``sending_pauses``: a device whose sending is paused (by trouble the gateway reported, a rate limit, or the device
#   dropping), with the gateway's own words; ``until``: it resumes by itself then (a stated wait), NULL: only when the
#   user says so.  A row survives a restart: that is the point.
# - ``sending_troubles``: how many "banned / not connected" answers in a row a device has had (each ``wadesk send``
#   is a process of its own: the run is counted across them).
# - ``sending_hours``: per device and clock hour (UTC, ``2026-11-23T03``), how many messages the gateway accepted and
#   refused, counted on the sender's clock: the hourly cap after a restart and the warm-up of a new number (its good
#   days) are read from it.
V12 = """
CREATE TABLE sending_pauses (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    since TEXT NOT NULL,
    until TEXT NULL
);
CREATE TABLE sending_troubles (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    run INTEGER NOT NULL
);
CREATE TABLE sending_hours (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    hour TEXT NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, hour)
);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12)


def split_statements(script: str) -> list[str]:
    """Cut a script into single statements (``sqlite3`` executes one at a time).

    ``executescript`` is not used because it commits on its own, and a
    migration must share one transaction with its ``user_version`` bump.
    """
    statements: list[str] = []
    current = ""
    pieces = script.split(";")
    for piece in pieces[:-1]:
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if _has_code(current):
                statements.append(current.strip())
            current = ""
    if _has_code(current + pieces[-1]):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {(current + pieces[-1]).strip()!r}")
    return statements


def _has_code(text: str) -> bool:
    lines = (line.split("--", 1)[0].strip() for line in text.splitlines())
    return any(line and line != ";" for line in lines)
