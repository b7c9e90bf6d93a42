"""The devices table model: qtmodeltester, and updates that are incremental and coalesced."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.support.window_checks import developer_words
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.services.devices import DeviceSnapshot, Trouble
from wadesk.ui.models.devices import SNAPSHOT_ROLE, Column, DeviceTableModel, gateway_words
from wadesk.ui.widgets.two_line import SUBTITLE_ROLE

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def snapshot(account_id: int, state: DeviceState = DeviceState.CONNECTED, **changes: object) -> DeviceSnapshot:
    account = Account(id=account_id, name=f"Toko {account_id}", provider="wablas", base_url="https://wablas.com/api")
    device = DeviceInfo(
        device_id=f"D{account_id}",
        state=state,
        number="6281234567890",
        quota="100",
        expires=date(2027, 1, 31),
    )
    values: dict[str, object] = {"state": state, "device": device, "checked_at": NOW, **changes}
    return DeviceSnapshot(account, **values)  # type: ignore[arg-type]


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = DeviceTableModel(now=lambda: NOW)
    model.reset_to([snapshot(1), snapshot(2, DeviceState.DISCONNECTED), snapshot(3, error="Wablas: HTTP 401: bad")])
    qtmodeltester.check(model, force_py=True)
    model.upsert(snapshot(4, DeviceState.PAIRING))
    model.remove(2)
    model.flush()
    qtmodeltester.check(model, force_py=True)


def test_cells_say_what_a_person_needs(qtbot: QtBot) -> None:
    model = DeviceTableModel(now=lambda: NOW)
    model.reset_to(
        [snapshot(1), snapshot(2, error="Wablas: could not reach the gateway (refused)", trouble=Trouble.UNREACHABLE)]
    )
    first = model.index(0, Column.STATUS)
    assert first.data() == "Connected"
    assert model.index(0, Column.NUMBER).data() == "+62 812-3456-7890"
    assert model.index(0, Column.QUOTA).data() == "100"
    assert model.index(0, Column.ACCOUNT).data(SUBTITLE_ROLE) == "Wablas"
    trouble = model.index(1, Column.STATUS)
    assert trouble.data() == "Needs attention"
    assert trouble.data(SUBTITLE_ROLE) == "Could not reach the gateway; check the internet connection"
    assert "Could not reach the gateway" in trouble.data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(first.data(SNAPSHOT_ROLE), DeviceSnapshot)


def test_the_gateways_own_words_are_a_detail_not_the_cell(qtbot: QtBot) -> None:
    refused = snapshot(1, error="Wablas: HTTP 401: token invalid", trouble=Trouble.KEY)
    balance = "balance 1000000 (expires 2027-12-01); last top-up 2026-11-20 02:16 UTC"
    silent = snapshot(2, reported=False, balance=balance)
    model = DeviceTableModel(now=lambda: NOW)
    model.reset_to([refused, silent])
    shown = [
        str(model.index(row, column).data(role) or "")
        for row in range(2)
        for column in Column
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SUBTITLE_ROLE)
    ]
    assert [words for text in shown if (words := developer_words(text))] == []
    assert model.index(0, Column.STATUS).data(SUBTITLE_ROLE) == (
        "The gateway did not accept the account's key; check it with Edit account"
    )
    assert "What the gateway said" in model.index(0, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert gateway_words(refused) == "Wablas: HTTP 401: token invalid"
    assert gateway_words(silent) == balance
    checked = model.index(0, Column.CHECKED).data(Qt.ItemDataRole.ToolTipRole)
    assert "UTC" not in checked and "2026-" not in checked  # the local time, written for people


def test_updates_are_incremental_and_coalesced(qtbot: QtBot) -> None:
    model = DeviceTableModel(coalesce_ms=30, now=lambda: NOW)
    model.reset_to([snapshot(i) for i in range(1, 6)])
    resets: list[bool] = []
    changed: list[tuple[int, int, int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append((top.row(), top.column(), bottom.row(), bottom.column()))
    )
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    # A burst: the same device changes five times, a new one arrives.
    for _ in range(5):
        model.upsert(snapshot(3, DeviceState.DISCONNECTED))
    model.upsert(snapshot(9))
    assert changed == [] and inserted == []  # nothing yet: coalesced
    qtbot.waitUntil(lambda: bool(inserted), timeout=2000)

    assert resets == []
    assert inserted == [(5, 5)]
    assert len(changed) == 1
    row, first_column, last_row, last_column = changed[0]
    assert row == last_row == 2  # only the row that changed
    assert first_column <= Column.STATUS <= last_column
    assert model.index(2, Column.STATUS).data() == "Not connected"


def test_removal_keeps_the_other_rows(qtbot: QtBot) -> None:
    model = DeviceTableModel(now=lambda: NOW)
    model.reset_to([snapshot(i) for i in (1, 2, 3)])
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.remove(2)
    model.flush()
    assert removed == [(1, 1)]
    assert [model.index(r, Column.ACCOUNT).data() for r in range(model.rowCount())] == ["Toko 1", "Toko 3"]
    model.upsert(snapshot(3, DeviceState.DISCONNECTED))
    model.flush()
    assert model.row_of(3) == 1
    assert model.index(1, Column.STATUS).data() == "Not connected"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
