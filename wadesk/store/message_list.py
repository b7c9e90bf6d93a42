"""The message history as a list to page through: counted, sorted and filtered in SQL, one page at a time.

A table of 100,000 messages is never read whole: ``count`` says how many rows
match, ``page`` reads ``limit`` of them from ``offset`` in the chosen order.
Every order is an index's (see migration V4) with the message id breaking
ties, so a page is read without sorting the table, and the order is total:
the same offset always gives the same row while nothing changes.

A ``MessageQuery`` narrows the list: to one account (device), one campaign,
some statuses, a span of creation times, and words.  The words are looked for,
case-insensitively (ASCII letters; SQLite's ``LIKE``), as typed in the
recipient, the recipient's contact name, the message's text or caption, its
error and its account's name.  The body column is searched as stored (JSON)
first and parsed only where that matched.  The account, campaign and status
narrow through their indexes (V1); a time span is the creation time compared
as stored text (fixed width, so text order is time order).  ``count_by_status``
counts what a query finds per status in one ``GROUP BY``.

A row carries the recipient's contact name and the campaign's name, joined in
the same read as the page's rows (no lookup per row).

``outbox`` streams the outbox (or every message) oldest first as compact
``OutboxRow``s, one page by key at a time, for a listing of any length.
"""

from __future__ import annotations

import builtins
import enum
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from wadesk.domain.status import DeliveryStatus
from wadesk.store import message_search
from wadesk.store.db import Database
from wadesk.store.outbox import MISSED
from wadesk.store.timestamps import from_text, from_text_or_none, isoformat_of, to_text


class MessageSort(enum.StrEnum):
    """What the list can be sorted by."""

    CREATED = "created"
    UPDATED = "updated"
    ACCOUNT = "account"
    RECIPIENT = "recipient"
    STATUS = "status"


class MessageListRow(NamedTuple):
    """One message as a list shows it: compact, no body beyond its text."""

    id: int
    account_id: int
    account: str
    campaign_id: int | None
    recipient: str
    is_group: bool
    kind: str
    text: str
    status: DeliveryStatus
    error: str | None
    created_at: datetime
    updated_at: datetime
    contact: str = ""  # the recipient's name in the address book ("" when none)
    campaign: str = ""  # the campaign's name ("" when the message is not part of one)
    provider_message_id: str | None = None  # the gateway's id: None when it never reached the gateway


@dataclass(frozen=True)
class MessageQuery:
    """Which messages a list shows: every condition given must hold (the defaults hold for every message)."""

    text: str = ""
    account_id: int | None = None
    campaign_id: int | None = None
    statuses: frozenset[DeliveryStatus] = frozenset()  # empty: any status
    since: datetime | None = None  # created at or after
    until: datetime | None = None  # created before


class OutboxRow(NamedTuple):
    """One message as the outbox listing shows it: what it is, where it stands, and its text (or caption).

    Its times are kept as stored (ISO 8601 text in UTC, see ``store.timestamps``) and made datetimes only when
    asked for: a listing of 100,000 messages that prints them as text parses none.
    """

    id: int
    account_id: int
    campaign_id: int | None
    recipient: str
    is_group: bool
    status: DeliveryStatus
    provider_message_id: str | None
    error: str | None
    hold: str | None
    scheduled_text: str | None  # as stored
    updated_text: str  # as stored
    text: str | None  # None when the message has neither text nor caption

    @property
    def scheduled_at(self) -> datetime | None:
        return from_text_or_none(self.scheduled_text)

    @property
    def updated_at(self) -> datetime:
        return from_text(self.updated_text)

    @property
    def scheduled_iso(self) -> str | None:
        """``scheduled_at.isoformat()``, without making the datetime (see ``isoformat_of``)."""
        return None if self.scheduled_text is None else isoformat_of(self.scheduled_text)

    @property
    def updated_iso(self) -> str:
        """``updated_at.isoformat()``, without making the datetime."""
        return isoformat_of(self.updated_text)

    @property
    def missed(self) -> bool:
        """A schedule wadesk holds whose time passed while it was closed (see ``services.schedules.is_missed``)."""
        return self.hold == MISSED


PAGE = 1_000  # rows ``outbox`` reads at a time

_OUTBOX = (
    "SELECT id, account_id, campaign_id, recipient, is_group, status, provider_message_id, error, hold, scheduled_at,"
    " updated_at, coalesce(nullif(json_extract(body_json, '$.text'), ''), json_extract(body_json, '$.caption'))"
    " FROM messages WHERE id > ? {statuses} ORDER BY id LIMIT ?"
)


# Only these fixed texts and "?"/":name" placeholders are ever put into a query's text.
_ORDER = {
    MessageSort.CREATED: ("m.id",),
    MessageSort.UPDATED: ("m.updated_at", "m.id"),
    MessageSort.ACCOUNT: ("{accounts}", "m.id"),  # the accounts' rank by name, filled in per query
    MessageSort.RECIPIENT: ("m.recipient", "m.id"),
    MessageSort.STATUS: ("m.status", "m.id"),
}
_SELECT = (
    "SELECT m.id, m.account_id, coalesce(a.name, ''), m.campaign_id, m.recipient, m.is_group, m.kind,"
    " coalesce(json_extract(m.body_json, '$.text'), json_extract(m.body_json, '$.caption'), ''),"
    " m.status, m.error, m.created_at, m.updated_at, coalesce(c.name, ''), coalesce(k.name, ''),"
    " m.provider_message_id"
    " FROM messages m LEFT JOIN accounts a ON a.id = m.account_id"
    " LEFT JOIN contacts c ON c.phone = m.recipient AND m.is_group = 0"
    " LEFT JOIN campaigns k ON k.id = m.campaign_id WHERE m.id IN "
)
_BODY_MATCHES = (
    "(json_extract(m.body_json, '$.text') LIKE :p ESCAPE '\\'"
    " OR json_extract(m.body_json, '$.caption') LIKE :p ESCAPE '\\')"
)
_MATCHES = (
    "(m.recipient LIKE :p ESCAPE '\\' OR m.error LIKE :p ESCAPE '\\'"
    " OR m.account_id IN (SELECT id FROM accounts WHERE name LIKE :p ESCAPE '\\')"
    " OR m.recipient IN (SELECT phone FROM contacts WHERE name LIKE :p ESCAPE '\\')"
    " OR ({body}))"
)
_Row = tuple[int, int, str, int | None, str, int, str, str, str, str | None, str, str, str, str, str | None]
_OutboxSql = tuple[int, int, int | None, str, int, str, str | None, str | None, str | None, str | None, str, object]


class MessageList:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._index: message_search.IndexKind | None = None  # the search index V11 made, once looked at

    def _where(self, query: str | MessageQuery) -> tuple[str, dict[str, object]]:
        if self._index is None:
            with self._db.read() as connection:
                self._index = message_search.index_kind(connection)
        return _where(query, self._index)

    def count(self, query: str | MessageQuery = "") -> int:
        """How many messages match ``query`` (words, or a whole query; all of them when it is empty)."""
        where, params = self._where(query)
        with self._db.read() as connection:
            row = connection.execute("SELECT count(*) FROM messages m " + where, params).fetchone()  # noqa: S608
        return int(row[0])

    def count_by_status(self, query: str | MessageQuery = "") -> dict[DeliveryStatus, int]:
        """How many messages match ``query`` per status (every status present, 0 for none), in one ``GROUP BY``."""
        where, params = self._where(query)
        counts = dict.fromkeys(DeliveryStatus, 0)
        with self._db.read() as connection:
            query_text = "SELECT m.status, count(*) FROM messages m " + where + " GROUP BY m.status"  # noqa: S608
            for status, count in connection.execute(query_text, params):
                if status in _STATUSES:
                    counts[_STATUSES[status]] = int(count)
        return counts

    def page(
        self,
        offset: int,
        limit: int,
        sort: MessageSort = MessageSort.CREATED,
        *,
        descending: bool = False,
        text: str | MessageQuery = "",
    ) -> builtins.list[MessageListRow]:
        """Up to ``limit`` matching messages from position ``offset`` in the order of ``sort``.

        ``text``: words, or a whole ``MessageQuery``.  Two steps: the page's ids
        from an index alone (skipping ``offset`` rows costs no reads of the
        table), then those rows.
        """
        if limit <= 0 or offset < 0:
            return []
        where, params = self._where(text)
        direction = " DESC" if descending else ""
        with self._db.read() as connection:
            columns = _ORDER[MessageSort(sort)]
            if sort is MessageSort.ACCOUNT:
                ranked = connection.execute("SELECT id FROM accounts ORDER BY name COLLATE NOCASE, id").fetchall()
                params |= {f"a{rank}": account_id for rank, (account_id,) in enumerate(ranked)}
                when = " ".join(f"WHEN :a{rank} THEN {rank}" for rank in range(len(ranked)))
                columns = (f"CASE m.account_id {when} END" if ranked else "0", *columns[1:])
            order = ", ".join(column + direction for column in columns)
            query = f"SELECT m.id FROM messages m {where} ORDER BY {order} LIMIT :limit OFFSET :offset"  # noqa: S608
            ids = [row[0] for row in connection.execute(query, {**params, "limit": limit, "offset": offset})]
            marks = "(" + ", ".join("?" * len(ids)) + ")"
            found = {row[0]: row for row in connection.execute(_SELECT + marks, ids)}
        # A message deleted between the two steps is left out.
        return [_list_row(found[message_id]) for message_id in ids if message_id in found]

    def outbox(self, statuses: Collection[DeliveryStatus] | None = None, *, page: int = PAGE) -> Iterator[OutboxRow]:
        """Every message (with one of ``statuses``), oldest first, read ``page`` rows at a time as it is iterated.

        Each page is a short read of its own, found by key (the ids after the
        last one read, the table's own order), so a listing of any length
        neither holds every row at once nor the database while its reader works.
        """
        if statuses is not None and not statuses:
            return
        chosen = [str(status) for status in statuses or ()]
        query = _OUTBOX.format(statuses=f"AND status IN ({', '.join('?' * len(chosen))})" if chosen else "")
        last = 0
        while True:
            with self._db.read() as connection:
                rows = connection.execute(query, (last, *chosen, page)).fetchall()
            for row in rows:
                yield _outbox_row(row)
            if len(rows) < page:
                return
            last = rows[-1][0]


_STATUSES = {str(status): status for status in DeliveryStatus}  # a dict lookup: no enum call per row


def _outbox_row(row: _OutboxSql) -> OutboxRow:
    message_id, account_id, campaign_id, recipient, is_group, status, provider_id, error, hold, at, updated, text = row
    # tuple.__new__: the named tuple without its generated ``__new__``, which would cost as much again per row.
    return tuple.__new__(
        OutboxRow,
        (
            message_id,
            account_id,
            campaign_id,
            recipient,
            bool(is_group),
            _STATUSES[status],
            provider_id,
            error,
            hold,
            at,
            updated,
            None if text is None else str(text),
        ),
    )


def _where(
    query: str | MessageQuery, index: message_search.IndexKind = message_search.IndexKind.NONE
) -> tuple[str, dict[str, object]]:
    """The ``WHERE`` clause (or "") and its parameters: only fixed texts and placeholders go into the query.

    Words of ``message_search.SHORTEST`` characters or more are looked for among the candidates of the search
    ``index`` (V11) first, and tested on those alone; shorter ones, and every search without an index, test each
    message the other conditions leave.
    """
    if isinstance(query, str):
        query = MessageQuery(text=query)
    clauses: list[str] = []
    params: dict[str, object] = {}
    if query.account_id is not None:
        clauses.append("m.account_id = :account")
        params["account"] = query.account_id
    if query.campaign_id is not None:
        clauses.append("m.campaign_id = :campaign")
        params["campaign"] = query.campaign_id
    if query.statuses:
        chosen = sorted(str(status) for status in query.statuses)
        clauses.append("m.status IN (" + ", ".join(f":s{i}" for i in range(len(chosen))) + ")")
        params |= {f"s{i}": status for i, status in enumerate(chosen)}
    if query.since is not None:
        clauses.append("m.created_at >= :since")
        params["since"] = to_text(query.since)
    if query.until is not None:
        clauses.append("m.created_at < :until")
        params["until"] = to_text(query.until)
    needle = query.text.strip()
    if needle:
        params["p"] = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        body = _BODY_MATCHES
        if json.dumps(needle, ensure_ascii=False)[1:-1] == needle:
            # The words appear in the stored JSON as typed: a cheap test on the raw column first.
            body = "m.body_json LIKE :p ESCAPE '\\' AND " + _BODY_MATCHES
        if message_search.usable(index, needle):
            clauses.append(f"m.id IN ({message_search.candidates(index)})")
            params["q"] = message_search.match_query(needle)
        clauses.append(_MATCHES.format(body=body))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _list_row(row: _Row) -> MessageListRow:
    (
        message_id,
        account_id,
        account,
        campaign_id,
        recipient,
        is_group,
        kind,
        text,
        status,
        error,
        created,
        updated,
        contact,
        campaign,
        provider_id,
    ) = row
    return MessageListRow(
        message_id,
        account_id,
        account,
        campaign_id,
        recipient,
        bool(is_group),
        kind,
        str(text),
        DeliveryStatus(status),
        error,
        from_text(created),
        from_text(updated),
        str(contact),
        str(campaign),
        provider_id,
    )
