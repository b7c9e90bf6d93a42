"""Hostile answers over real loopback HTTP: odd Retry-After values, deep JSON, odd charsets, null bodies, huge bodies.

Each test here failed on the code before the fix: a ``ValueError``/``OverflowError``
from ``Retry-After``, a ``RecursionError``, a ``UnicodeError``, an
``AttributeError``, or a body read whole and called "not valid data".
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.providers.hostile_gateway import HostileGateway
from wadesk.app import App, open_app
from wadesk.domain import (
    Account,
    Ambiguous,
    DeliveryStatus,
    DeviceState,
    OutgoingMessage,
    RateLimited,
    Recipient,
    WadeskError,
)
from wadesk.providers.base import Provider
from wadesk.providers.http import MAX_BODY_BYTES, MAX_RETRY_AFTER, MIN_RETRY_AFTER, parse_retry_after
from wadesk.providers.registry import build_provider
from wadesk.providers.wablas import WablasProvider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock

TO = "6281234567891"
START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
SECRETS = {
    "wablas": {"token": "hostile-token-1", "secret_key": "hostile-secret-1"},
    "chatbot": {"secretkey": "hostile-chatbot-key"},
    "jsonwa": {"apikey": "hostile-jsonwa-key"},
    "wasender": {"api_key": "hostile-wasender-key"},
    "wacloud": {"api_key": "waha_hostile-key"},
}
SETTINGS = {
    "wablas": {},
    "chatbot": {},
    "jsonwa": {"waid": "6281200000001"},
    "wasender": {"sender": "6281200000002"},
    "wacloud": {"device_id": "550e8400-e29b-41d4-a716-446655440000"},
}
BASE = {"wablas": "/api", "wacloud": "/api/v1"}


@pytest.fixture
async def gateway() -> AsyncIterator[HostileGateway]:
    async with HostileGateway() as server:
        yield server


def provider_for(gateway: HostileGateway, provider_id: str) -> Provider:
    base = gateway.url + BASE.get(provider_id, "")
    account = Account(1, "shop", provider_id, base, dict(SETTINGS[provider_id]))
    return build_provider(account, SECRETS[provider_id])


def text(ref: str = "r1") -> OutgoingMessage:
    return OutgoingMessage(ref, Recipient(TO), text="Halo, apa kabar hari ini?")


# -- 1. Retry-After ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("soon", None),  # unreadable: the caller's default
        ("inf", MAX_RETRY_AFTER),
        ("1e12", MAX_RETRY_AFTER),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
        ("0", MIN_RETRY_AFTER),
        ("-5", MIN_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:00 GMT", MIN_RETRY_AFTER),  # a date in the past
        ("nan", None),
        ("120", 120.0),
    ],
)
async def test_a_429_with_any_retry_after_is_a_sane_wait(
    gateway: HostileGateway, header: str, wait: float | None
) -> None:
    gateway.answer(429, '{"message": "Too Many Attempts."}', Retry_After=header)
    wablas = provider_for(gateway, "wablas")
    try:
        with pytest.raises(RateLimited) as limited:
            await wablas.send([text()])
    finally:
        await wablas.aclose()
    assert limited.value.retry_after == wait


def test_retry_after_as_a_date_counts_from_now() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("Mon, 30 Nov 2026 12:01:30 GMT", now=now) == 90.0
    assert parse_retry_after("Mon, 30 Nov 2026 12:00:01 GMT", now=now) == MIN_RETRY_AFTER
    assert parse_retry_after("Mon, 30 Nov 2026 12:00:00 -0000", now=now) == MIN_RETRY_AFTER  # zone unknown: UTC
    assert parse_retry_after("   ", now=now) is None
    assert parse_retry_after(None) is None


@pytest.fixture
async def app(tmp_path: Path, gateway: HostileGateway) -> AsyncIterator[App]:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    app.outbox.clock = ManualClock(START)
    await app.accounts.add("shop", "wablas", base_url=gateway.url + "/api", settings={}, secrets=SECRETS["wablas"])
    try:
        yield app
    finally:
        await app.aclose()


@pytest.mark.parametrize(("header", "seconds"), [("inf", MAX_RETRY_AFTER), ("0", MIN_RETRY_AFTER), ("soon", 30.0)])
async def test_the_outbox_waits_a_sane_time_after_an_odd_retry_after(
    app: App, gateway: HostileGateway, header: str, seconds: float
) -> None:
    gateway.answer(429, '{"message": "slow down"}', Retry_After=header)
    [row] = app.outbox.enqueue(app.accounts.get("shop"), [text()])
    await app.outbox.run()
    stored = app.store.messages.get(row.id)
    assert stored.status is DeliveryStatus.QUEUED
    assert stored.next_attempt_at == START + timedelta(seconds=seconds)


# -- 2. answers that used to escape the error hierarchy ---------------------------


@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, '{"data":' * 5_000 + "1" + "}" * 5_000])
async def test_deeply_nested_json_is_an_unreadable_answer(gateway: HostileGateway, body: str) -> None:
    gateway.answer(200, body)
    wablas = provider_for(gateway, "wablas")
    try:
        with pytest.raises(Ambiguous, match="nested more than"):
            await wablas.send([text()])
        with pytest.raises(Ambiguous, match="nested more than"):
            await wablas.device_info()
    finally:
        await wablas.aclose()


@pytest.mark.parametrize("charset", ["utf-16", "utf-32"])
async def test_utf16_without_a_byte_order_mark_is_read(gateway: HostileGateway, charset: str) -> None:
    answer = {"status": True, "data": {"status": "connected", "sender": "6281200000009", "quota": 91}}
    encoding = "utf-16-le" if charset == "utf-16" else "utf-32-be"
    gateway.answer(200, json.dumps(answer).encode(encoding), Content_Type=f"application/json; charset={charset}")
    wablas = provider_for(gateway, "wablas")
    try:
        device = await wablas.device_info()
    finally:
        await wablas.aclose()
    assert device.state is DeviceState.CONNECTED and device.number == "6281200000009"


@pytest.mark.parametrize("charset", ["base64", "rot13", "idna", "undefined", "unicode_escape", "no-such-charset"])
async def test_a_charset_that_is_no_text_encoding_falls_back(gateway: HostileGateway, charset: str) -> None:
    gateway.answer(200, '{"status": true, "message": "restarted"}', Content_Type=f"application/json; charset={charset}")
    wablas = provider_for(gateway, "wablas")
    try:
        assert await wablas.restart() == "restarted"
    finally:
        await wablas.aclose()


@pytest.mark.parametrize("body", ["null", "[]", '["x", 1]', "42"])
async def test_wablas_answers_that_are_not_objects(gateway: HostileGateway, body: str) -> None:
    gateway.answer(200, body)
    wablas = provider_for(gateway, "wablas")
    assert isinstance(wablas, WablasProvider)
    at = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
    try:
        assert await wablas.list_contacts() == []
        assert await wablas.disconnect() == ""
        assert await wablas.restart() == ""
        moved = await wablas.update_schedule("s-1", text(), at)
    finally:
        await wablas.aclose()
    assert (moved.schedule_id, moved.at) == ("s-1", at)


async def test_a_gateway_repeating_a_contacts_page_does_not_keep_wadesk_paging(gateway: HostileGateway) -> None:
    page = {"status": True, "totalPage": 10**9, "message": [{"phone": TO, "name": "Budi"}]}
    gateway.answer(200, json.dumps(page))
    wablas = provider_for(gateway, "wablas")
    try:
        contacts = await wablas.list_contacts()
    finally:
        await wablas.aclose()
    assert [c.phone for c in contacts] == [TO]
    assert len(gateway.seen) == 2  # the second page brought nothing new


@pytest.mark.parametrize("provider_id", ["wablas", "chatbot", "jsonwa", "wasender", "wacloud"])
async def test_a_garbled_answer_to_a_send_is_ambiguous(gateway: HostileGateway, provider_id: str) -> None:
    gateway.answer(200, b"<!garbage \x00\xff{", Content_Type="text/html")
    provider = provider_for(gateway, provider_id)
    try:
        with pytest.raises(Ambiguous):
            await provider.send([text()])
    finally:
        await provider.aclose()
    assert gateway.seen, "the request did reach the gateway"


@pytest.mark.parametrize("declare", [False, True])
async def test_an_oversized_answer_is_not_read_and_a_send_stays_uncertain(
    gateway: HostileGateway, declare: bool
) -> None:
    total = 64 * 1024 * 1024
    gateway.stream(total, declare=declare)
    wablas = provider_for(gateway, "wablas")
    try:
        with pytest.raises(Ambiguous, match="larger than 4 MB") as error:
            await wablas.send([text()])
    finally:
        await wablas.aclose()
    assert "may have taken" in str(error.value)
    assert gateway.written < total // 2  # wadesk stopped reading at its cap
    assert MAX_BODY_BYTES == 4 * 1024 * 1024


async def test_an_oversized_answer_to_a_send_leaves_the_message_uncertain(app: App, gateway: HostileGateway) -> None:
    gateway.stream(32 * 1024 * 1024)
    [row] = app.outbox.enqueue(app.accounts.get("shop"), [text()])
    report = await app.outbox.run()
    stored = app.store.messages.get(row.id)
    assert stored.status is DeliveryStatus.UNCERTAIN, stored
    assert "larger than" in (stored.error or "") and report.errors


@pytest.mark.parametrize("status", [200, 400, 429, 500])
async def test_an_error_page_with_a_huge_body_keeps_its_meaning(gateway: HostileGateway, status: int) -> None:
    body = b"<html><head><title>Down for maintenance</title></head>" + b"<p>" * 2_000_000
    gateway.answer(status, body, Content_Type="text/html")
    chatbot = provider_for(gateway, "chatbot")
    try:
        with pytest.raises(WadeskError) as error:
            await chatbot.device_info()
    finally:
        await chatbot.aclose()
    assert status == 200 or f"HTTP {status}" in str(error.value)
    if status != 200:
        assert "Down for maintenance" in str(error.value)
    assert len(str(error.value)) < 500
