"""The callback receiver: delivery reports that gateways POST to wadesk, applied as polled ones are.

Off by default.  ``wadesk receiver`` runs it on its own; the window runs it
while the setting ``receiver`` is ``on`` (``CallbackReceiver.start``/``stop``).

Each account whose gateway reports by calling back (``STATUS_CALLBACK``: the
Chatbot's ``notifyurl``, JSON WA's tracking URL, WACloud's ``status`` webhook,
Wablas's tracking URL) has its own URL, ``<address>/hook/<token>``, with a
random token (``secrets.token_urlsafe(32)``) kept in the keyring beside the
account's keys, never in the database, the settings or the logs.  The token is
the only lock, so:

* a path without a known token: 404, nothing read, nothing changed;
* a body over ``MAX_BODY``: 413; one that is not the gateway's documented
  delivery report (the provider's ``read_callback``): 400, nothing changed;
* a valid report goes through ``StatusPoller.apply_callback``, the same
  forward-only path as polling: a message moves forward, never back, and an id
  wadesk does not know changes nothing; the answer is 200 either way, so that
  the gateway does not retry it for ever (none of the documents says what it
  does with other answers).

Tokens are compared with ``hmac.compare_digest``.  The access log is off (the
path carries the token).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
import secrets
import time
from dataclasses import dataclass

from aiohttp import web

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import CallbackRejected, ValidationError, WadeskError
from wadesk.domain.models import Account
from wadesk.domain.settings import HOOK_TOKEN, HOOK_URL
from wadesk.domain.words import N_
from wadesk.secrets import SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.reports import StatusPoller

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8780
HOOK_PATH = "/hook/"
MAX_BODY = 64 * 1024  # the documented reports are a few hundred bytes
RELOAD_SECONDS = 1.0  # an unknown token re-reads the keyring at most this often (a flood of guesses costs nothing)
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,128}")


@dataclass(frozen=True)
class Hook:
    """An account's callback URL and where to give it."""

    account: Account
    url: str
    where: str  # in plain words: where the URL goes at the gateway


def _where(account: Account) -> str:
    return {
        "chatbot": "wadesk sends it with every message as the Chatbot's notifyurl; nothing to paste",
        "jsonwa": "paste it as the tracking (status) callback URL in the JSON WA dashboard",
        "wablas": "paste it as the device's tracking URL in the Wablas dashboard",
        "wacloud": "add it as a webhook for the 'status' event in the WACloud dashboard",
    }.get(account.provider, "paste it as the delivery-status callback URL in the gateway's dashboard")


class HookTokens:
    """The accounts' callback tokens in the keyring: issued, found by a URL's token, replaced."""

    def __init__(self, accounts: AccountService, secrets_: SecretStore) -> None:
        self._accounts = accounts
        self._secrets = secrets_
        self._known: dict[str, int] = {}  # token -> account id, as last read
        self._read_at = float("-inf")

    def reporting(self) -> list[Account]:
        """The accounts whose gateway reports delivery by calling back."""
        return [a for a in self._accounts.list() if self._accounts.info(a).supports(Capability.STATUS_CALLBACK)]

    async def hook(self, name: str, address: str, *, new: bool = False) -> Hook:
        """The account's URL under ``address``; a token is made on first use, and a new one (the old one stops
        working) with ``new``.  The URL is kept in the keyring too, for a gateway told it with each message."""
        account = self._accounts.get(name)
        info = self._accounts.info(account)
        if not info.supports(Capability.STATUS_CALLBACK):
            raise ValidationError(
                N_("{name} does not report delivery by calling back: no URL to give it"), name=info.name
            )
        url = await asyncio.to_thread(self._issue, account, address.rstrip("/"), new)
        await self._accounts.forget_provider(account)  # a provider built with the old URL is rebuilt
        return Hook(account, url, _where(account))

    def _issue(self, account: Account, address: str, new: bool) -> str:
        token = None if new else self._secrets.get(account.key_id, HOOK_TOKEN)
        if not token:
            token = secrets.token_urlsafe(32)
            self._secrets.set(account.key_id, HOOK_TOKEN, token)
        url = f"{address}{HOOK_PATH}{token}"
        self._secrets.set(account.key_id, HOOK_URL, url)
        self._read_at = float("-inf")
        return url

    def find(self, token: str) -> Account | None:
        """The account whose token this is, checked against the keyring now (a replaced token no longer works)."""
        if not _TOKEN.fullmatch(token):
            return None
        account_id = self._match(token)
        if account_id is None and time.monotonic() - self._read_at >= RELOAD_SECONDS:
            self._reload()
            account_id = self._match(token)
        if account_id is None:
            return None
        account = next((a for a in self.reporting() if a.id == account_id), None)
        if account is None:  # removed meanwhile
            return None
        current = self._secrets.get(account.key_id, HOOK_TOKEN) or ""
        if not hmac.compare_digest(current.encode(), token.encode()):
            self._read_at = float("-inf")  # replaced by another process: read again next time
            return None
        return account

    def _match(self, token: str) -> int | None:
        found = None
        for known, account_id in self._known.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                found = account_id
        return found

    def _reload(self) -> None:
        known = {}
        for account in self.reporting():
            token = self._secrets.get(account.key_id, HOOK_TOKEN)
            if token:
                known[token] = account.id
        self._known, self._read_at = known, time.monotonic()


class CallbackReceiver:
    """The aiohttp server; ``start`` and ``stop`` may be called by whoever owns it (the window, the CLI)."""

    def __init__(
        self,
        accounts: AccountService,
        reports: StatusPoller,
        tokens: HookTokens,
        *,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        max_body: int = MAX_BODY,
    ) -> None:
        self._accounts = accounts
        self._reports = reports
        self._tokens = tokens
        self.host, self.port, self.max_body = host, port, max_body
        self._runner: web.AppRunner | None = None
        self.received = 0  # reports applied or ignored since start (for a status line)

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def address(self) -> str:
        """``http://HOST:PORT`` it listens on (the real port once started with port 0)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> str:
        """Listen; returns ``address``.  ``WadeskError`` when the port cannot be had."""
        if self._runner is not None:
            return self.address
        app = web.Application(client_max_size=self.max_body)
        app.router.add_post(HOOK_PATH + "{token}", self._hook)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise WadeskError(
                N_("cannot receive callbacks on {host}:{port}: {value}"),
                host=self.host,
                port=self.port,
                value=exc.strerror or exc,
            ) from None
        self._runner = runner
        for address in runner.addresses:
            if isinstance(address, tuple) and len(address) >= 2:
                self.port = int(address[1])
                break
        log.info("receiving delivery callbacks on %s", self.address)
        return self.address

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
            log.info("callback receiver stopped")

    async def _hook(self, request: web.Request) -> web.StreamResponse:
        account = await asyncio.to_thread(self._tokens.find, request.match_info["token"])
        if account is None:
            raise web.HTTPNotFound(text="not found")
        body = await request.read()  # over client_max_size: aiohttp answers 413
        try:
            provider = await self._accounts.provider(account)
        except WadeskError as exc:  # the account's keys are not readable now: the gateway may try again
            log.warning("a callback for %s could not be read: %s", account.name, exc)
            raise web.HTTPServiceUnavailable(text="not ready") from None
        try:
            updates = provider.read_callback(dict(request.headers), body)
        except CallbackRejected as exc:
            log.warning("refused a callback for %s: %s", account.name, exc)
            raise web.HTTPBadRequest(text="not a delivery report") from None
        changed = await self._reports.apply_callback(account, updates, source=f"{provider.id} callback")
        self.received += len(updates)
        log.info("callback for %s: %d report(s), %d message(s) moved", account.name, len(updates), len(changed))
        return web.Response(text="OK")
