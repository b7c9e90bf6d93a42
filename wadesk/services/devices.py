"""The state of every account's device, refreshed on demand: what the Devices panel shows.

``DeviceMonitor`` keeps one ``DeviceSnapshot`` per account and publishes every
change on the change feed as it happens (a ``DeviceChanged`` per account, as
each answer arrives), so a front end can update one row instead of redrawing a
table.  It follows the accounts itself: when one is added, edited or removed
(``AccountsChanged``) its snapshot follows, and an added or edited one is asked
about at once.  Refreshes run concurrently with a bound on simultaneous
requests; a refresh asked for while one is under way joins it.  A failing
gateway never stops the others: its snapshot carries the error in the gateway's
own words and keeps what was known before.

Everything runs on the event loop's thread; nothing here knows about Qt.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import (
    AuthError,
    NotSupported,
    ProviderError,
    RateLimited,
    TransportError,
    WadeskError,
    describe,
)
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.domain.words import N_
from wadesk.providers.base import ProviderInfo
from wadesk.providers.registry import ProviderFactory, build_provider, provider_info
from wadesk.services.accounts import AccountService, base_url_for
from wadesk.services.clock import Clock, SystemClock
from wadesk.services.events import AccountsChanged, DeviceChanged, DevicesRefreshing, EventHub

log = logging.getLogger(__name__)


class Trouble(enum.Enum):
    """What kind of problem stopped the last check, for the plain words a window shows."""

    KEY = "key"  # the gateway refused the account's key
    UNREACHABLE = "unreachable"  # no answer from the gateway
    BUSY = "busy"  # the gateway asked to slow down
    GATEWAY = "gateway"  # any other error the gateway answered with
    OTHER = "other"  # on this computer (the keyring, an unexpected error)


def trouble_of(exc: BaseException) -> Trouble:
    if isinstance(exc, AuthError):
        return Trouble.KEY
    if isinstance(exc, RateLimited):
        return Trouble.BUSY
    if isinstance(exc, TransportError):
        return Trouble.UNREACHABLE
    if isinstance(exc, ProviderError):
        return Trouble.GATEWAY
    return Trouble.OTHER


@dataclass(frozen=True)
class DeviceSnapshot:
    """What wadesk knows about one account's device."""

    account: Account
    state: DeviceState = DeviceState.UNKNOWN
    device: DeviceInfo | None = None  # the gateway's last answer
    checked_at: datetime | None = None  # when the gateway last answered
    error: str | None = None  # why the last check failed, in the gateway's words
    trouble: Trouble | None = None  # the kind of that failure
    reported: bool = True  # False when the gateway offers no device status at all
    balance: str | None = None  # the gateway's balance, where it reports one instead of a device
    checking: bool = False

    @property
    def account_id(self) -> int:
        return self.account.id

    @property
    def info(self) -> ProviderInfo:
        return provider_info(self.account.provider)

    @property
    def number(self) -> str | None:
        return self.device.number if self.device else None

    @property
    def quota(self) -> str | None:
        return self.device.quota if self.device else None

    @property
    def expires(self) -> date | None:
        return self.device.expires if self.device else None


@dataclass(frozen=True)
class _Answer:
    device: DeviceInfo | None = None
    balance: str | None = None
    error: str | None = None
    trouble: Trouble | None = None


def went_offline(previous: DeviceSnapshot | None, snapshot: DeviceSnapshot) -> bool:
    """True when the gateway reports that a device that was connected is no longer."""
    return (
        previous is not None and previous.state is DeviceState.CONNECTED and snapshot.state is DeviceState.DISCONNECTED
    )


class DeviceMonitor:
    """Keeps a snapshot per account, follows the accounts, and refreshes the snapshots from the gateways.

    Publishes on ``events`` (by default the hub the account service publishes to).
    """

    def __init__(
        self,
        accounts: AccountService,
        events: EventHub | None = None,
        *,
        concurrency: int = 8,
        clock: Clock | None = None,
    ) -> None:
        self._accounts = accounts
        self._events = events if events is not None else accounts.events
        self._limit = asyncio.Semaphore(max(1, concurrency))
        # Building a provider loads the system's TLS certificates (tens of milliseconds, on the loop):
        # one at a time, so that a refresh of many new accounts never blocks the loop for long.
        self._building = asyncio.Lock()
        self._now = (clock or SystemClock()).now
        self._snapshots: dict[int, DeviceSnapshot] = {}
        self._refresh: asyncio.Task[None] | None = None
        self._asking: set[asyncio.Task[DeviceSnapshot | None]] = set()  # refreshes of accounts just added or edited
        # Per account: the number of the last check asked, and of the last one whose answer was applied, so
        # that an answer overtaken by a later one (a slow check started before a refresh) is dropped.
        self._asked: dict[int, int] = {}
        self._applied: dict[int, int] = {}
        self._unfollow = self._events.subscribe(self._accounts_changed, AccountsChanged)

    # -- reading --------------------------------------------------------------

    def snapshots(self) -> list[DeviceSnapshot]:
        return list(self._snapshots.values())

    def snapshot(self, account_id: int) -> DeviceSnapshot | None:
        return self._snapshots.get(account_id)

    @property
    def refreshing(self) -> bool:
        return self._refresh is not None and not self._refresh.done()

    @property
    def asking(self) -> bool:
        """Whether any gateway is being asked about its device (a refresh, or an account just added or edited)."""
        return self.refreshing or bool(self._asking)

    # -- accounts -------------------------------------------------------------

    def sync_accounts(self) -> list[Account]:
        """Match the snapshots to the accounts in the store: add new ones, drop removed ones.

        Done by itself on every ``AccountsChanged``; called once at the start.
        """
        accounts = self._accounts.list()
        return self.set_accounts(accounts)

    def set_accounts(self, accounts: Iterable[Account]) -> list[Account]:
        wanted = {account.id: account for account in accounts}
        for account_id in [known for known in self._snapshots if known not in wanted]:
            del self._snapshots[account_id]
            self._events.publish(DeviceChanged(account_id, None))
        for account in wanted.values():
            old = self._snapshots.get(account.id)
            if old is None:
                self._set(DeviceSnapshot(account, reported=_reports_status(account)))
            elif old.account != account:
                self._set(replace(old, account=account))
        return list(wanted.values())

    def _accounts_changed(self, event: AccountsChanged) -> None:
        """Follow the accounts; ask at once about those added or edited (when an event loop is running)."""
        known = set(self._snapshots)
        present = {account.id for account in self.sync_accounts()}
        asked = (event.account_ids or present - known) & present
        if not asked or event.removed:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # published where no event loop runs: the snapshots follow, the next refresh asks
            return
        for account_id in sorted(asked):
            task = asyncio.ensure_future(self.refresh_one(account_id))
            self._asking.add(task)
            task.add_done_callback(self._asking.discard)

    def _set(self, snapshot: DeviceSnapshot) -> None:
        previous = self._snapshots.get(snapshot.account_id)
        if previous == snapshot:
            return
        self._snapshots[snapshot.account_id] = snapshot
        self._events.publish(DeviceChanged(snapshot.account_id, snapshot, went_offline(previous, snapshot)))

    # -- refreshing -----------------------------------------------------------

    def refresh_all(self) -> asyncio.Task[None]:
        """Refresh every account; while a refresh is running, the same task is returned."""
        if self._refresh is None or self._refresh.done():
            self._refresh = asyncio.ensure_future(self._refresh_all())
        return self._refresh

    def stop(self) -> None:
        """Stop following the accounts and cancel the refreshes under way (before the services they use close)."""
        self._unfollow()
        if self._refresh is not None and not self._refresh.done():
            self._refresh.cancel()
        for task in list(self._asking):
            task.cancel()

    async def aclose(self) -> None:
        """``stop``, then wait until the cancelled refreshes have let go of their connections."""
        self.stop()
        pending = [task for task in (self._refresh, *self._asking) if task is not None]
        await asyncio.gather(*pending, return_exceptions=True)

    async def _refresh_all(self) -> None:
        self._events.publish(DevicesRefreshing(running=True))
        try:
            accounts = self.sync_accounts()
            await asyncio.gather(*(self.refresh_one(account.id) for account in accounts))
        finally:
            self._events.publish(DevicesRefreshing(running=False))

    async def refresh_one(self, account_id: int) -> DeviceSnapshot | None:
        """Ask the account's gateway about its device; returns the new snapshot (``None`` if the account is gone)."""
        current = self._snapshots.get(account_id)
        if current is None:
            return None
        if not _askable(current.account):
            self._set(replace(current, checked_at=self._now(), error=None, trouble=None))
            return self._snapshots[account_id]
        self._set(replace(current, checking=True))
        ticket = self._asked[account_id] = self._asked.get(account_id, 0) + 1
        async with self._limit:
            answer = await self._ask(current.account)
        latest = self._snapshots.get(account_id)
        if latest is None:  # removed while we were asking
            return None
        if ticket < self._applied.get(account_id, 0):  # a later check has answered already
            return latest
        self._applied[account_id] = ticket
        if answer.error is not None:
            updated = replace(
                latest, state=DeviceState.UNKNOWN, error=answer.error, trouble=answer.trouble, checking=False
            )
        else:
            updated = replace(
                latest,
                state=answer.device.state if answer.device else DeviceState.UNKNOWN,
                device=answer.device,
                balance=answer.balance,
                checked_at=self._now(),
                error=None,
                trouble=None,
                checking=False,
            )
        self._set(updated)
        return updated

    async def _ask(self, account: Account) -> _Answer:
        try:
            async with self._building:
                provider = await self._accounts.provider(account)
            if provider.info.supports(Capability.DEVICE_INFO):
                return _Answer(device=await provider.device_info())
            return _Answer(balance=await provider.balance())
        except WadeskError as exc:
            log.info("device check for %s failed: %s", account.name, exc)
            return _Answer(error=describe(exc), trouble=trouble_of(exc))
        except Exception as exc:
            log.exception("device check for %s failed unexpectedly", account.name)
            return _Answer(error=describe(exc), trouble=trouble_of(exc))

    # -- device control -------------------------------------------------------

    async def disconnect(self, account_id: int) -> str:
        """Log the device out of WhatsApp; returns the gateway's words.  Raises ``WadeskError``."""
        return await self._control(account_id, "disconnect")

    async def restart(self, account_id: int) -> str:
        """Restart the device on the gateway; returns the gateway's words.  Raises ``WadeskError``."""
        return await self._control(account_id, "restart")

    async def _control(self, account_id: int, action: str) -> str:
        snapshot = self._snapshots.get(account_id)
        if snapshot is None:
            raise WadeskError(N_("that account no longer exists"))
        provider = await self._accounts.provider(snapshot.account)
        words = await (provider.disconnect() if action == "disconnect" else provider.restart())
        await self.refresh_one(account_id)
        return words


def _reports_status(account: Account) -> bool:
    return _supports(account, Capability.DEVICE_INFO)


def _askable(account: Account) -> bool:
    return _supports(account, Capability.DEVICE_INFO) or _supports(account, Capability.BALANCE)


def _supports(account: Account, capability: Capability) -> bool:
    try:
        return provider_info(account.provider).supports(capability)
    except WadeskError:  # a provider this version does not know
        return False


@dataclass(frozen=True)
class ProbeResult:
    """What the gateway said when unsaved settings were tried: its device, or its balance."""

    device: DeviceInfo | None = None
    balance: str | None = None


async def probe(
    provider_id: str,
    base_url: str,
    settings: Mapping[str, str],
    secrets: Mapping[str, str],
    *,
    factory: ProviderFactory = build_provider,
) -> ProbeResult:
    """Try unsaved account settings against the gateway.

    Asks for the device status where the gateway offers it, else the balance.
    Raises ``WadeskError``: ``ValidationError`` for settings that cannot work,
    the gateway's own words for what it refused, ``NotSupported`` when it
    offers no way to check without sending a message.
    """
    info = provider_info(provider_id)
    plain = info.settings.validate(settings, secret=False)
    secret = info.settings.validate(secrets, secret=True)
    url = base_url_for(info, base_url, plain)
    if not info.supports(Capability.DEVICE_INFO) and not info.supports(Capability.BALANCE):
        raise NotSupported(info.name, N_("checking the connection without sending a message"))
    account = Account(id=0, name="connection test", provider=provider_id, base_url=url, settings=plain)
    provider = factory(account, secret)
    try:
        if info.supports(Capability.DEVICE_INFO):
            return ProbeResult(device=await provider.device_info())
        return ProbeResult(balance=await provider.balance())
    finally:
        await provider.aclose()
