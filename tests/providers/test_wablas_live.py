"""The Wablas client's other endpoints against the simulator over loopback HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from tests.support.counting import CountingTransport
from wadesk.domain import (
    Account,
    AuthError,
    Contact,
    DeliveryStatus,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    QrKind,
    Recipient,
)
from wadesk.providers.registry import build_provider
from wadesk.providers.wablas import WablasProvider
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.wablas import WablasRoutes

TO = "6281234567891"


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wablas"], clock=ManualClock()) as server:
        yield server


@pytest.fixture
async def wablas(sim: SimulatorServer) -> AsyncIterator[WablasProvider]:
    account = Account(1, "shop", "wablas", sim.base_url("wablas"), dict(sim.settings("wablas")))
    provider = build_provider(account, sim.credentials("wablas"))
    assert isinstance(provider, WablasProvider)
    yield provider
    await provider.aclose()


def text(ref: str, to: str = TO, *, group: bool = False) -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref, to=Recipient(to, group), text="Halo")


async def test_cancel_resend_revoke(sim: SimulatorServer, wablas: WablasProvider) -> None:
    first, second = await wablas.send([text("a"), text("b", "6281234567892")])
    assert first.provider_message_id and second.provider_message_id
    cancelled = await wablas.cancel([first.provider_message_id])
    assert [u.status for u in cancelled] == [DeliveryStatus.CANCELLED]
    assert sim.state.wablas.status_of(first.provider_message_id) == "cancel"

    resent = await wablas.resend([first.provider_message_id])
    assert resent and resent[0].status is DeliveryStatus.ACCEPTED

    clock = sim.state.clock
    assert isinstance(clock, ManualClock)
    clock.advance(2 * sim.state.step_seconds)  # only a message already sent can be deleted on WhatsApp
    await wablas.revoke([second.provider_message_id])
    assert sim.state.wablas.messages[second.provider_message_id].revoked  # type: ignore[attr-defined]


async def test_lookup_by_ref_finds_what_the_gateway_accepted(wablas: WablasProvider) -> None:
    [sent] = await wablas.send([text("wd-lookup-1")])
    [found] = await wablas.lookup_by_ref(["wd-lookup-1"])
    assert found.provider_message_id == sent.provider_message_id
    assert await wablas.lookup_by_ref(["wd-never-sent"]) == []


async def test_group_send_sets_is_group(sim: SimulatorServer, wablas: WablasProvider) -> None:
    [result] = await wablas.send([text("g", "120363064449269123", group=True)])
    assert result.status is DeliveryStatus.ACCEPTED
    message = sim.state.wablas.messages[result.provider_message_id or ""]
    assert message.is_group  # type: ignore[attr-defined]


async def test_local_file_is_uploaded_once_then_sent_by_url(sim: SimulatorServer, tmp_path: Path) -> None:
    transport = CountingTransport()
    account = Account(1, "shop", "wablas", sim.base_url("wablas"), dict(sim.settings("wablas")))
    provider = build_provider(account, sim.credentials("wablas"), transport=transport)
    photo = tmp_path / "promo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    media = MediaRef(path=photo, mime="image/png", size=photo.stat().st_size)
    batch = [
        OutgoingMessage(ref_id=f"i{n}", to=Recipient(f"62812345678{n}1"), kind=MessageKind.IMAGE, media=media)
        for n in range(3)
    ]
    results = await provider.send(batch)
    await provider.aclose()
    assert {r.status for r in results} == {DeliveryStatus.ACCEPTED}
    paths = [r.url.path for r in transport.requests]
    assert paths.count("/api/upload/image") == 1 and paths.count("/api/v2/send-image") == 1


async def test_schedule_update_cancel_delete(sim: SimulatorServer, wablas: WablasProvider) -> None:
    tomorrow = datetime.fromtimestamp(sim.state.now(), UTC) + timedelta(days=1)  # on the gateway's clock
    at = tomorrow.replace(hour=2, minute=0, second=0, microsecond=0)  # 09:00 in Jakarta
    [entry] = await wablas.schedule([text("s")], at)
    stored = sim.state.wablas.schedules[entry.schedule_id]
    assert stored.schedule_at.endswith("09:00:00") and stored.timezone == "Asia/Jakarta"
    moved = await wablas.update_schedule(entry.schedule_id, text("s"), at + timedelta(hours=1))
    assert sim.state.wablas.schedules[moved.schedule_id].schedule_at.endswith("10:00:00")
    await wablas.cancel_schedule(entry.schedule_id)
    assert sim.state.wablas.schedules[entry.schedule_id].state == "cancel"
    await wablas.delete_schedule(entry.schedule_id)
    assert entry.schedule_id not in sim.state.wablas.schedules


async def test_contacts_add_update_list_delete(wablas: WablasProvider) -> None:
    budi = Contact("6281234567893", "Budi", {"email": "budi@example.com"})
    assert await wablas.save_contacts([budi]) == []
    assert await wablas.save_contacts([Contact("6281234567893", "Budi Santoso")]) == []  # already there: updated
    listed = {c.phone: c for c in await wablas.list_contacts()}
    assert listed["6281234567893"].name.strip() == "Budi Santoso"
    await wablas.delete_contacts(["6281234567893"])
    assert "6281234567893" not in {c.phone for c in await wablas.list_contacts()}


async def test_device_control_and_qr(sim: SimulatorServer, wablas: WablasProvider) -> None:
    qr = await wablas.pairing_qr()
    assert qr.kind is QrKind.PNG and isinstance(qr.payload, bytes) and qr.payload.startswith(b"\x89PNG")
    sim.state.wablas.scan()
    assert (await wablas.device_info()).state.value == "connected"
    assert "restart" in (await wablas.restart()).lower()
    assert "disconnected" in (await wablas.disconnect()).lower()
    assert (await wablas.device_info()).state.value == "disconnected"


async def test_statuses_older_than_today_come_from_report_message(sim: SimulatorServer, wablas: WablasProvider) -> None:
    [sent] = await wablas.send([text("old")])
    clock = sim.state.clock
    assert isinstance(clock, ManualClock)
    clock.advance(2 * 24 * 3600)  # no longer "today" for report-realtime
    [update] = await wablas.fetch_statuses([sent.provider_message_id or ""])
    assert update.status is DeliveryStatus.READ


async def test_a_gateway_that_reads_one_report_id_is_asked_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """``report/message`` documents a single ``message_id``: a server that reads only that still answers."""
    original = WablasRoutes.report

    async def one_id_only(self: WablasRoutes, request: web.Request) -> web.StreamResponse:
        if "," in request.query.get("message_id", ""):
            return web.json_response({"status": True, "totalData": 0, "totalPage": 1, "message": []})
        return await original(self, request)

    monkeypatch.setattr(WablasRoutes, "report", one_id_only)
    clock = ManualClock()
    transport = CountingTransport()
    async with SimulatorServer(providers=["wablas"], clock=clock) as sim:
        account = Account(1, "shop", "wablas", sim.base_url("wablas"), {})
        provider = build_provider(account, sim.credentials("wablas"), transport=transport)
        sent = await provider.send([text("a"), text("b", "6281234567892"), text("c", "6281234567893")])
        clock.advance(2 * 24 * 3600)  # no longer "today" for report-realtime
        transport.reset()
        updates = await provider.fetch_statuses([r.provider_message_id or "" for r in sent])
        await provider.aclose()
    assert sorted(u.provider_message_id or "" for u in updates) == sorted(r.provider_message_id or "" for r in sent)
    paths = [r.url.path.rsplit("/api/", 1)[-1] for r in transport.requests]
    assert paths == ["report-realtime", "report/message", "report/message", "report/message", "report/message"]


async def test_wrong_secret_is_an_auth_error_in_wablas_words(sim: SimulatorServer) -> None:
    account = Account(1, "shop", "wablas", sim.base_url("wablas"), {})
    provider = build_provider(account, {"token": "sim-wablas-token", "secret_key": "nope"})
    with pytest.raises(AuthError, match="secret key invalid"):
        await provider.send([text("x")])
    await provider.aclose()


async def test_hundreds_of_ids_are_cancelled_and_revoked_within_the_request_line_limit(
    sim: SimulatorServer, wablas: WablasProvider
) -> None:
    """cancel / resend / revoke put their ids in the URL: 600 of them must not make one request the server refuses."""
    batch = [text(f"many-{n}", f"62812{n:08d}") for n in range(600)]
    ids = [
        r.provider_message_id or ""
        for start in range(0, 600, 100)
        for r in await wablas.send(batch[start : start + 100])
    ]
    assert all(ids) and len(set(ids)) == 600
    cancelled = await wablas.cancel(ids[:300])
    assert {u.provider_message_id for u in cancelled} == set(ids[:300])
    resent = await wablas.resend(ids[:300])
    assert len(resent) == 300
    clock = sim.state.clock
    assert isinstance(clock, ManualClock)
    clock.advance(2 * sim.state.step_seconds)
    await wablas.revoke(ids[300:])
    assert all(sim.state.wablas.messages[i].revoked for i in ids[300:])  # type: ignore[attr-defined]
