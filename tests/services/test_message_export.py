"""Exporting the message history: exactly the rows a filter finds, in the list's order, to CSV and XLSX; a
stopped export leaves no file.  And the spans of days people pick, in their own time zone."""

from __future__ import annotations

import asyncio
import csv
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest

from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.services.history import MessageFilter, MessageHistory, MessageListRow, Period, period_bounds
from wadesk.services.message_export import EXPORT_PAGE, HEADER, export_messages
from wadesk.services.paging import Sort
from wadesk.store import Store, open_store

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
JAKARTA = timezone(timedelta(hours=7))


def fill(store: Store, count: int) -> None:
    account = store.accounts.add("Toko Cahaya", "wablas")
    messages = [OutgoingMessage(f"m{n}", Recipient(f"6281200{n:06d}"), text=f"=pesan {n}") for n in range(count)]
    ids = store.messages.add_many_ids(account.id, messages)
    store.messages.set_history(
        (
            message_id,
            DeliveryStatus.FAILED if n % 3 == 0 else DeliveryStatus.READ,
            NOW - timedelta(minutes=count - n),
            NOW,
            None,
            "number not on WhatsApp" if n % 3 == 0 else None,
        )
        for n, message_id in enumerate(ids)
    )


def test_an_export_writes_exactly_the_filtered_rows_to_csv_and_xlsx(tmp_path: Path) -> None:
    with open_store(tmp_path / "home", now=lambda: NOW) as store:
        fill(store, 30)
        history = MessageHistory(store)
        failed = MessageFilter(statuses=frozenset({DeliveryStatus.FAILED}))
        newest = Sort("created", descending=True)
        expected = [r.recipient for r in history.page(0, 100, newest, failed)]
        assert len(expected) == 10

        written = asyncio.run(export_messages(history, tmp_path / "failed.csv", failed, newest, zone=JAKARTA))
        assert written == 10
        with (tmp_path / "failed.csv").open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
        assert rows[0] == list(HEADER)
        assert [row[1] for row in rows[1:]] == expected
        assert {row[7] for row in rows[1:]} == {"Failed"}
        assert {row[9] for row in rows[1:]} == {"number not on WhatsApp"}  # the gateway's words
        assert rows[1][6].startswith("'=")  # not a formula in Excel
        assert rows[1][0] == (NOW - timedelta(minutes=3)).astimezone(JAKARTA).strftime("%Y-%m-%d %H:%M")

        asyncio.run(export_messages(history, tmp_path / "failed.xlsx", failed, newest))
        sheet = openpyxl.load_workbook(tmp_path / "failed.xlsx", read_only=True).active
        assert sheet is not None
        cells = [[str(c) if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
        assert cells[0] == list(HEADER)
        assert [row[1] for row in cells[1:]] == expected
        assert cells[1][6].startswith("=pesan")  # a text cell, as written


class HeldHistory(MessageHistory):
    """Holds every page after the first until released: the export is stopped while it is under way."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.released = threading.Event()

    def page(self, offset: int, limit: int, sort: Sort, filter: MessageFilter) -> list[MessageListRow]:
        if offset:
            self.released.wait(10)
        return super().page(offset, limit, sort, filter)


def test_a_stopped_export_leaves_no_file(tmp_path: Path) -> None:
    with open_store(tmp_path / "home", now=lambda: NOW) as store:
        fill(store, 3 * EXPORT_PAGE)
        history = HeldHistory(store)
        target = tmp_path / "out" / "all.csv"
        target.parent.mkdir()

        async def stop_after_first_page() -> None:
            first = asyncio.Event()
            task = asyncio.ensure_future(
                export_messages(history, target, MessageFilter(), progress=lambda done, total: first.set())
            )
            await first.wait()
            assert len(list(target.parent.iterdir())) == 1  # the temporary file, being written
            task.cancel()  # Stop
            for _ in range(5):
                await asyncio.sleep(0)  # the export hears it before its worker goes on
            history.released.set()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(stop_after_first_page())
        assert list(target.parent.iterdir()) == []  # neither the file nor its temporary


def test_the_spans_of_days_start_at_midnight_where_the_user_is() -> None:
    evening = datetime(2026, 11, 30, 21, 30, tzinfo=JAKARTA)
    assert period_bounds(Period.ALL, evening) == (None, None)
    today = period_bounds(Period.TODAY, evening)
    assert today == (datetime(2026, 11, 30, tzinfo=JAKARTA), datetime(2026, 12, 1, tzinfo=JAKARTA))
    week_start, week_end = period_bounds(Period.WEEK, evening)
    assert week_start == datetime(2026, 11, 24, tzinfo=JAKARTA) and week_end == today[1]
    month_start, _ = period_bounds(Period.MONTH, evening)
    assert month_start == datetime(2026, 11, 1, tzinfo=JAKARTA)
    with pytest.raises(ValueError, match="aware"):
        period_bounds(Period.TODAY, datetime(2026, 11, 30, 21, 30))
