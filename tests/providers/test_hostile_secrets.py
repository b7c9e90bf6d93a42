"""Keys that cannot travel, keys that must not be shown, keys that must not cross a network in clear text.

Each test here failed on the code before the fix: a pasted zero-width space was
stored and then wedged the outbox (``UnicodeEncodeError``), a line break in a key
made a request that never left count as "may have arrived", ``devices
--qr-png`` printed Wablas's scan URL with its token, and ``http://`` to a
remote host was accepted silently.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from tests.providers.hostile_gateway import HostileGateway
from tests.support.cli import Cli
from tests.support.counting import CountingTransport
from wadesk.app import App, open_app
from wadesk.domain import (
    Account,
    DeliveryStatus,
    NotSent,
    OutgoingMessage,
    Recipient,
    ValidationError,
)
from wadesk.domain.settings import check_url
from wadesk.providers.registry import build_provider, provider_info
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.simulator.server import SimulatorServer
from wadesk.ui.widgets.qr_view import QrView

TO = "6281234567891"


def text(ref: str = "r1") -> OutgoingMessage:
    return OutgoingMessage(ref, Recipient(TO), text="Halo, apa kabar hari ini?")


# -- 3. keys with characters HTTP cannot carry --------------------------------------


def test_invisible_characters_pasted_with_a_key_are_removed() -> None:
    schema = provider_info("wablas").settings
    pasted = {"token": "\u200bAbC123\u200bdef\ufeff ", "secret_key": "\u00a0s3cr3t\u2060\u00ad\u00a0"}
    assert schema.validate(pasted, secret=True) == {"token": "AbC123def", "secret_key": "s3cr3t"}


@pytest.mark.parametrize(("key", "code"), [("tokén-123", "U+00E9"), ("tok\nen-123", "U+000A"), ("tok\x00en", "U+0000")])
def test_a_key_no_http_header_can_carry_is_refused_in_plain_words(key: str, code: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(code)) as refused:
        provider_info("wacloud").settings.validate({"api_key": key}, secret=True)
    assert key not in str(refused.value) and "copy the key again" in str(refused.value)


async def test_account_add_keeps_the_cleaned_key(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    app = open_app(tmp_path / "home", secrets=SecretStore(keyring))
    try:
        account = await app.accounts.add(
            "shop", "wacloud", base_url=None, settings={"device_id": "d1"}, secrets={"api_key": "waha_k3y\u200b"}
        )
        assert app.secrets.get(account.key_id, "api_key") == "waha_k3y"
    finally:
        await app.aclose()


HEADER_KEYS = {"wablas": "token", "chatbot": "secretkey", "wacloud": "api_key"}  # sent in an HTTP header


@pytest.mark.parametrize("provider_id", sorted(HEADER_KEYS))
@pytest.mark.parametrize("bad", ["\u200b", "é", "\n"])
async def test_a_request_that_cannot_be_built_is_not_sent(provider_id: str, bad: str) -> None:
    """An account stored before keys were checked: the request never leaves, and says so."""
    async with SimulatorServer(providers=[provider_id]) as sim:
        transport = CountingTransport()
        secrets = dict(sim.credentials(provider_id))
        key = secrets[HEADER_KEYS[provider_id]]
        secrets[HEADER_KEYS[provider_id]] = key[:3] + bad + key[3:]
        account = Account(1, "shop", provider_id, sim.base_url(provider_id), dict(sim.settings(provider_id)))
        provider = build_provider(account, secrets, transport=transport)
        try:
            with pytest.raises(NotSent, match=f"U\\+{ord(bad):04X}") as refused:
                await provider.send([text()])
        finally:
            await provider.aclose()
    assert transport.count == 0
    assert secrets[HEADER_KEYS[provider_id]] not in str(refused.value)


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wablas", "wacloud"], step_seconds=0.01) as server:
        yield server


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer) -> AsyncIterator[App]:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    for provider in ("wablas", "wacloud"):
        await app.accounts.add(
            provider,
            provider,
            base_url=sim.base_url(provider),
            settings=dict(sim.settings(provider)),
            secrets=sim.credentials(provider),
        )
    try:
        yield app
    finally:
        await app.aclose()


@pytest.mark.parametrize(("name", "field"), [("wablas", "token"), ("wacloud", "api_key")])
async def test_the_outbox_fails_a_message_that_cannot_be_sent_and_moves_on(
    app: App, sim: SimulatorServer, name: str, field: str
) -> None:
    account = app.accounts.get(name)
    app.secrets.set(account.key_id, field, sim.credentials(name)[field] + "\u200b")  # as stored by an older wadesk
    [row] = app.outbox.enqueue(account, [text()])
    first = await app.outbox.run()
    stored = app.store.messages.get(row.id)
    assert stored.status is DeliveryStatus.FAILED  # certain: it never left; not "uncertain", not retried
    assert "U+200B" in (stored.error or "") and "enter the key again" in (stored.error or "")
    assert first.errors
    again = await app.outbox.run()
    assert again.errors == [] and again.uncertain == 0
    assert sim.state.delivered(name) == []


# -- 5. no URL carrying a key is printed or shown -----------------------------------

SCAN_PAGE = "<html><body><p>Scan the code in the dashboard</p></body></html>"
TOKEN = "LeakyToken0123456789"


async def test_devices_qr_png_never_prints_the_scan_url_with_the_token(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    async with HostileGateway() as gateway:
        gateway.answer(200, '{"status": true, "data": {"status": "disconnected", "quota": 5}}', path="/device/info")
        gateway.answer(200, SCAN_PAGE, path="/device/scan", Content_Type="text/html")
        added = await asyncio.to_thread(
            cli.run,
            "account", "add", "shop", "--provider", "wablas", "--base-url", gateway.url + "/api", "--secrets-stdin",
            stdin=f"token={TOKEN}\nsecret_key=s3cr3t-key\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        shown = await asyncio.to_thread(cli.run, "devices", "--account", "shop", "--qr-png", str(tmp_path / "qr.png"))
    assert shown.returncode == 0, shown.stderr
    assert TOKEN not in shown.stdout + shown.stderr
    assert "device/scan" not in shown.stdout + shown.stderr
    assert "open the scan page from your Wablas dashboard" in shown.stdout
    assert any(line.endswith("/device/scan") for line in gateway.seen)


def test_the_pairing_view_never_shows_or_opens_a_url_with_the_token(qtbot: QtBot) -> None:
    view = QrView()
    qtbot.addWidget(view)
    view.show_page(f"https://wablas.com/api/device/scan?token={TOKEN}")
    assert view.url == ""
    assert not view.open_button.isVisibleTo(view)
    assert "dashboard" in view._page_text.text()
    view.show_page("https://gateway.example/pair/abc")  # a page that carries no key can still be opened
    assert view.url == "https://gateway.example/pair/abc"
    assert view.open_button.isVisibleTo(view)


# -- 6. plain HTTP only to this computer, unless the account allows it ----------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765/api",
        "http://127.8.9.10/api",
        "http://[::1]:8000",
        "http://localhost:8765",
        "https://a.example",
    ],
)
def test_plain_http_to_this_computer_or_https_anywhere_is_fine(url: str) -> None:
    assert check_url("the base URL", url) == url


@pytest.mark.parametrize("url", ["http://wablas.com/api", "http://10.0.0.5/api", "http://[2001:db8::1]/api"])
def test_plain_http_to_another_computer_needs_the_account_to_allow_it(url: str) -> None:
    with pytest.raises(ValidationError, match="unencrypted") as refused:
        check_url("the base URL", url)
    assert "allow_http=yes" in str(refused.value)
    assert check_url("the base URL", url, allow_http=True) == url


@pytest.mark.parametrize(
    ("provider", "base_url", "settings"),
    [
        ("wablas", "http://wablas.example/api", {}),
        ("wablas", None, {"phone_check_url": "http://phone.wablas.example"}),
        ("chatbot", "https://bot.example", {"notifyurl": "http://hooks.example/notify"}),
        ("jsonwa", "http://json.example", {"waid": "62812"}),
    ],
)
async def test_account_add_refuses_plain_http_to_a_remote_host(
    tmp_path: Path, provider: str, base_url: str | None, settings: dict[str, str]
) -> None:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    secrets = {f.name: "k3y-value" for f in provider_info(provider).settings.secret_fields}
    try:
        with pytest.raises(ValidationError, match="unencrypted"):
            await app.accounts.add("shop", provider, base_url=base_url, settings=settings, secrets=secrets)
        assert app.accounts.list() == []
        allowed = {**settings, "allow_http": "yes"}
        account = await app.accounts.add("shop", provider, base_url=base_url, settings=allowed, secrets=secrets)
        assert account.settings["allow_http"] == "yes"
    finally:
        await app.aclose()


async def test_an_account_stored_with_plain_http_sends_nothing_until_allowed(caplog: pytest.LogCaptureFixture) -> None:
    """An account saved before the rule: the key never leaves over plain HTTP to a remote host."""
    account = Account(1, "shop", "wablas", "http://wablas.example/api", {})
    counting = CountingTransport()
    provider = build_provider(account, {"token": "t0ken", "secret_key": "s3cret"}, transport=counting)
    try:
        with pytest.raises(NotSent, match="unencrypted"):
            await provider.device_info()
    finally:
        await provider.aclose()
    assert counting.count == 0

    answered: list[str] = []

    def gateway(request: httpx.Request) -> httpx.Response:
        answered.append(str(request.url.host))
        return httpx.Response(200, json={"status": True, "data": {"status": "connected"}})

    allowed = Account(1, "shop", "wablas", "http://wablas.example/api", {"allow_http": "yes"})
    provider = build_provider(
        allowed, {"token": "t0ken", "secret_key": "s3cret"}, transport=httpx.MockTransport(gateway)
    )
    try:
        with caplog.at_level(logging.WARNING, logger="wadesk.http"):
            await provider.device_info()
            await provider.device_info()
    finally:
        await provider.aclose()
    assert answered == ["wablas.example", "wablas.example"]
    warnings = [r.getMessage() for r in caplog.records if "plain HTTP" in r.getMessage()]
    assert len(warnings) == 1 and "wablas.example" in warnings[0]


def test_account_add_over_plain_http_is_refused_or_warned(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    secrets = "token=t0ken-value\nsecret_key=s3cret-value\n"
    args = ["account", "add", "shop", "--provider", "wablas", "--base-url", "http://10.1.2.3/api", "--secrets-stdin"]
    refused = cli.run(*args, stdin=secrets)
    assert refused.returncode == 2
    assert "unencrypted" in refused.stderr and "Traceback" not in refused.stderr
    allowed = cli.run(*args, "--set", "allow_http=yes", stdin=secrets)
    assert allowed.returncode == 0, allowed.stderr
    assert "warning: plain HTTP to 10.1.2.3" in allowed.stderr
