"""Exporting the message history (what a filter finds, in a list's order) to a CSV or XLSX file, off the loop.

One row per message: when it was made, the number, the contact's name, the device (account), the campaign, the
kind, the text, the status, its last change and the gateway's own words for a failure.  Times are written in the
time zone ``zone`` gives (the user's), as ``2026-11-30 14:05``.  The rows are read a page at a time, in the order
the list shows them, so an export of 100,000 messages never holds them all.

``export_messages`` runs the writing in an executor; cancelling the awaiting task stops it at the next page and
leaves no file (``services.table_files``).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import datetime, tzinfo
from pathlib import Path

from wadesk.domain.status import DeliveryStatus
from wadesk.services.history import MessageFilter, MessageHistory, MessageListRow, MessageSort
from wadesk.services.paging import Sort
from wadesk.services.table_files import TABLE_SUFFIXES, write_table

__all__ = ["EXPORT_PAGE", "TABLE_SUFFIXES", "export_messages", "message_rows"]

EXPORT_PAGE = 2_000  # rows read (and progress told) at a time

HEADER = (
    "Time",
    "Number",
    "Contact",
    "Device",
    "Campaign",
    "Kind",
    "Message",
    "Status",
    "Last update",
    "Gateway's words",
)

_STATUS_WORDS = {
    DeliveryStatus.QUEUED: "Waiting",
    DeliveryStatus.SCHEDULED: "Scheduled",
    DeliveryStatus.SENDING: "Sending",
    DeliveryStatus.ACCEPTED: "Accepted by the gateway",
    DeliveryStatus.SENT: "Sent",
    DeliveryStatus.DELIVERED: "Delivered",
    DeliveryStatus.READ: "Read",
    DeliveryStatus.FAILED: "Failed",
    DeliveryStatus.CANCELLED: "Cancelled",
    DeliveryStatus.UNCERTAIN: "To check",
}


class _Stopped(Exception):
    """The export's task was cancelled: its worker stops at the next page."""


def _when(moment: datetime, zone: tzinfo | None) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def message_rows(
    rows: Iterator[MessageListRow],
    *,
    zone: tzinfo | None = None,
    status_words: Callable[[DeliveryStatus], str] | None = None,
) -> Iterator[list[str]]:
    """The cells of each message, in ``HEADER``'s order."""
    words = status_words or _STATUS_WORDS.__getitem__
    for row in rows:
        yield [
            _when(row.created_at, zone),
            row.recipient,
            row.contact,
            row.account,
            row.campaign,
            row.kind,
            row.text,
            words(row.status),
            _when(row.updated_at, zone),
            row.error or "",
        ]


async def export_messages(
    history: MessageHistory,
    path: Path,
    filter: MessageFilter,
    sort: Sort = Sort(MessageSort.CREATED, descending=True),  # noqa: B008  # frozen: never changed
    *,
    zone: tzinfo | None = None,
    header: tuple[str, ...] = HEADER,
    status_words: Callable[[DeliveryStatus], str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write every message ``filter`` finds, in the order ``sort``, to ``path`` (.csv or .xlsx).

    Returns how many were written.  ``progress(done, total)`` is called on the event loop after each page.
    ``header`` names the columns (the window passes them in the user's language).
    """
    loop = asyncio.get_running_loop()
    stop = threading.Event()

    def pages(total: int) -> Iterator[MessageListRow]:
        offset = 0
        while offset < total:
            if stop.is_set():
                raise _Stopped
            page = history.page(offset, min(EXPORT_PAGE, total - offset), sort, filter)
            if not page:
                return
            yield from page
            offset += len(page)
            if progress is not None:
                loop.call_soon_threadsafe(progress, offset, total)
        if stop.is_set():
            raise _Stopped

    def export() -> int:
        total = history.count(filter)
        rows = message_rows(pages(total), zone=zone, status_words=status_words)
        return write_table(path.expanduser(), header, rows, sheet="Messages")

    work = asyncio.ensure_future(asyncio.to_thread(export))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        stop.set()
        with suppress(_Stopped):
            await work  # the temporary file is removed before the task ends
        raise
