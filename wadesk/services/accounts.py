"""Accounts: non-secret settings in the store, secrets in the keyring, one provider instance each."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo
from typing import TYPE_CHECKING

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import NotSupported, SecretsUnavailable, UnknownAccount, ValidationError
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.domain.settings import HOOK_FIELDS, HOOK_URL, TIME_ZONE, allows_http, check_url
from wadesk.domain.words import N_, Phrase, phrase
from wadesk.domain.zones import local_zone, zone
from wadesk.providers.registry import ProviderFactory, build_provider, provider_info
from wadesk.secrets import SecretStore
from wadesk.services.events import AccountsChanged, CampaignsChanged, EventHub, MessagesChanged
from wadesk.store import Store
from wadesk.store.accounts import History, new_key_id

if TYPE_CHECKING:
    from wadesk.providers.base import Provider, ProviderInfo

log = logging.getLogger(__name__)


def base_url_for(info: ProviderInfo, given: str | None, settings: Mapping[str, str] | None = None) -> str:
    """The account's API base: the one given, else the provider's public one; some providers have none.

    Plain HTTP only to this computer, unless the account's settings allow it.
    """
    url = (given or "").strip() or info.default_base_url
    if not url:
        raise ValidationError(N_("{name} has no public address: give the base URL of your gateway"), name=info.name)
    return check_url("the base URL", url.rstrip("/"), allow_http=allows_http(settings or {}))


def _labels(info: ProviderInfo) -> dict[str, str]:
    """How an error names each secret of ``info``'s accounts: ``Token (token)``, as the settings' own errors do."""
    return {f.name: f"{f.label} ({f.name})" for f in info.settings.secret_fields}


NAME_MAX = 64  # characters in an account name
NAME_SIGNS = ". @ & ' - _"  # what a name may hold besides letters, digits and spaces ("Toko Maju & Jaya")
_NAME_CHAR = re.compile(r"[\w .@&'-]")


def name_problem(name: str) -> Phrase | None:
    """Why ``name`` (stripped) cannot name an account, in plain words; ``None`` when it can.

    The window checks each name as it is typed with this, and ``add`` refuses the same names.
    """
    name = name.strip()
    if not name:
        return phrase(N_("give the account a name"))
    if len(name) > NAME_MAX:
        return phrase(N_("a name has at most {most} characters; this one has {count}"), most=NAME_MAX, count=len(name))
    bad = unusable_name_character(name)
    if bad is not None:
        return phrase(
            N_("'{sign}' cannot be in a name (letters, digits, spaces and {signs})"), sign=bad, signs=NAME_SIGNS
        )
    return None


def unusable_name_character(name: str) -> str | None:
    """The first character of ``name`` (stripped) an account name cannot hold; it must begin with a letter or digit."""
    name = name.strip()
    if name and not re.match(r"\w", name[0]):
        return name[0]
    return next((ch for ch in name if not _NAME_CHAR.fullmatch(ch)), None)


@dataclass(frozen=True)
class Removal:
    """What removing an account will do (``removal``), or did (``remove``)."""

    account: Account
    history: History
    purge: bool

    @property
    def cancelled(self) -> int:
        return len(self.history.pending)


class AccountService:
    """Adds, removes and tests accounts; hands out one provider (one HTTP client) per account.

    Every add, edit and removal is published as ``AccountsChanged`` once it is
    stored; a removal also as ``MessagesChanged`` and ``CampaignsChanged`` for
    what it cancelled.
    """

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        factory: ProviderFactory = build_provider,
        events: EventHub | None = None,
    ) -> None:
        self._store = store
        self._secrets = secrets
        self._factory = factory
        self.events = events if events is not None else EventHub()
        self._providers: dict[int, Provider] = {}
        self._legacy_checked = False

    def list(self) -> list[Account]:
        return self._store.accounts.list()

    def get(self, name: str) -> Account:
        return self._store.accounts.get(name)

    def info(self, account: Account) -> ProviderInfo:
        return provider_info(account.provider)

    @staticmethod
    def time_zone(account: Account) -> tzinfo:
        """Where the account's phone is (its ``time_zone`` setting), or this computer's zone when not given."""
        name = account.settings.get(TIME_ZONE, "")
        if name:
            try:
                return zone(name)
            except ValidationError:
                pass  # checked when saved; a tz database gone since falls back to this computer's
        return local_zone()

    async def add(
        self,
        name: str,
        provider_id: str,
        *,
        base_url: str | None,
        settings: Mapping[str, str],
        secrets: Mapping[str, str],
    ) -> Account:
        """Validate everything, store the secrets, then the account: both or neither.

        The secrets go first, under a fresh key id: without a working keyring
        nothing at all is stored.
        """
        name = name.strip()
        problem = name_problem(name)
        if problem is not None:
            raise ValidationError(N_("'{name}' is not a usable account name: {problem}"), name=name, problem=problem)
        info = provider_info(provider_id)
        plain = info.settings.validate(settings, secret=False)
        secret = info.settings.validate(secrets, secret=True)
        url = base_url_for(info, base_url, plain)
        try:
            self._store.accounts.get(name)
        except UnknownAccount:
            pass
        else:
            raise ValidationError(N_("an account named '{name}' already exists"), name=name)
        key_id = new_key_id()
        try:
            await asyncio.to_thread(self._store_secrets, info, key_id, secret)
            account = self._store.accounts.add(name, provider_id, url, plain, key_id=key_id)
        except BaseException:
            await asyncio.to_thread(self._forget_secrets, key_id, list(secret))
            raise
        self.events.publish(AccountsChanged(frozenset({account.id})))
        return account

    def _store_secrets(self, info: ProviderInfo, key_id: str, values: Mapping[str, str]) -> None:
        """All of them or none (``SecretStore.set_all``): a usable keyring and every size are checked first."""
        self._secrets.set_all(key_id, values, _labels(info))

    def _forget_secrets(self, key_id: str, fields: Sequence[str]) -> None:
        with contextlib.suppress(SecretsUnavailable):  # then nothing was stored
            self._secrets.delete(key_id, fields)

    async def update(
        self, account: Account, *, base_url: str | None, settings: Mapping[str, str], secrets: Mapping[str, str]
    ) -> Account:
        """Save new settings; a secret left empty keeps the one in the keyring (no retyping an API key).

        Everything is validated before anything is written, the keys' sizes
        too (``SecretStore.check_sizes``).  The settings are stored first and
        the keys after, all or none; when the keyring refuses them, the
        settings are put back, so the account is left as it was.
        """
        info = provider_info(account.provider)
        plain = info.settings.validate(settings, secret=False)
        url = base_url_for(info, base_url, plain)
        names = [f.name for f in info.settings.secret_fields]
        kept = await self.stored_secrets(account, names)
        merged = {**kept, **{name: value for name, value in secrets.items() if value.strip()}}
        merged = info.settings.validate(merged, secret=True)
        await asyncio.to_thread(self._secrets.check_sizes, merged, _labels(info))
        updated = replace(account, base_url=url, settings=plain)
        self._store.accounts.update(updated)
        try:
            await self.update_secrets(updated, merged)  # also drops the provider built with the old values
        except Exception:  # not on cancelling: the keyring's thread goes on, and its keys belong with the new settings
            self._store.accounts.update(account)
            raise
        finally:  # said once the new provider is the one used (or the account is back as it was)
            self.events.publish(AccountsChanged(frozenset({account.id})))
        return updated

    async def update_secrets(self, account: Account, secrets: Mapping[str, str]) -> None:
        """Store the account's keys, all or none (see ``SecretStore.set_all``); its provider is built anew."""
        info = provider_info(account.provider)
        values = info.settings.validate(secrets, secret=True)
        await asyncio.to_thread(self._store_secrets, info, account.key_id, values)
        await self._drop_provider(account.id)

    async def stored_secrets(self, account: Account, names: Sequence[str]) -> dict[str, str]:
        """The account's secrets as the keyring holds them (for a test of edited settings)."""
        await asyncio.to_thread(self._copy_legacy_keys)
        return await asyncio.to_thread(self._secrets.get_all, account.key_id, names)

    def removal(self, name: str, *, purge: bool = False) -> Removal:
        """What removing the account called exactly ``name`` would do (nothing is changed)."""
        account = self._store.accounts.get(name)
        if account.name != name:
            raise ValidationError(
                N_("no account named '{name}'; did you mean '{account_name}'? (names must match)"),
                name=name,
                account_name=account.name,
            )
        return Removal(account, self._store.accounts.history(account.id), purge)

    async def remove(self, name: str, *, purge: bool = False) -> Removal:
        """Remove the account called exactly ``name``: it never sends again, and its keys leave the keyring.

        Its queued and scheduled messages are cancelled — those the gateway
        holds on its own scheduler are cancelled there first, and if that fails
        nothing is removed.  Its history stays (reports mark it as from a
        removed account) unless ``purge``.
        """
        removal = self.removal(name, purge=purge)
        account = removal.account
        if removal.history.at_gateway:
            provider = await self.provider(account)
            for message_id, schedule_id in removal.history.at_gateway.items():
                await provider.cancel_schedule(schedule_id)
                self._store.outbox.cancel([message_id], "schedule cancelled: account removed")
                self.events.publish(MessagesChanged.of([message_id], account_ids=[account.id]))
        await self._drop_provider(account.id)
        campaigns = [c.id for c in self._store.outbox.campaigns() if c.account_id == account.id]
        history = self._store.accounts.remove(account, purge=purge)
        self.events.publish(AccountsChanged(frozenset({account.id}), removed=True))
        changed = [i for i in history.pending if i not in removal.history.at_gateway] + history.sending
        self.events.publish(MessagesChanged.of(changed, account_ids=[account.id]))
        if campaigns:
            self.events.publish(CampaignsChanged(frozenset(campaigns)))
        fields = [f.name for f in provider_info(account.provider).settings.secret_fields] + list(HOOK_FIELDS)
        try:
            await asyncio.to_thread(self._secrets.delete, account.key_id, fields)
        except SecretsUnavailable as exc:
            left = f"{account.name!r} was removed, but its keys are still in the keyring: {exc}"
            raise SecretsUnavailable(left) from None
        return removal

    async def provider(self, account: Account) -> Provider:
        """The account's provider, built once with its secrets from the keyring."""
        cached = self._providers.get(account.id)
        if cached is not None:
            return cached
        if self._store.accounts.get_by_id(account.id).removed_at is not None:
            raise ValidationError(N_("the account '{name}' was removed: it sends nothing"), name=account.name)
        info = provider_info(account.provider)
        fields = info.settings.secret_fields
        values = await self.stored_secrets(account, [f.name for f in fields])
        missing = [f.name for f in fields if f.required and f.name not in values]
        if missing:
            raise ValidationError(
                N_("the keyring holds no {value} for account '{name}'; remove the account and add it again"),
                value=", ".join(missing),
                name=account.name,
            )
        if info.supports(Capability.STATUS_CALLBACK):  # the receiver's URL, for a gateway told it per message
            values.update(await asyncio.to_thread(self._secrets.get_all, account.key_id, [HOOK_URL]))
        cached = self._providers.get(account.id)
        if cached is not None:  # another caller built it while the keyring was read: one client per account
            return cached
        provider = self._factory(account, values)
        self._providers[account.id] = provider
        return provider

    def _copy_legacy_keys(self) -> None:
        """Copy the keyring entries of accounts made before schema 3 to their key ids (see ``copy_legacy``).

        Runs once per process, at the first use of the keyring; while the
        keyring cannot be reached the accounts keep their mark and the copy is
        tried again next time.
        """
        if self._legacy_checked:
            return
        for account in self._store.accounts.with_legacy_keys():
            fields = [f.name for f in provider_info(account.provider).settings.secret_fields]
            try:
                copied = self._secrets.copy_legacy(account.id, account.key_id, fields)
            except SecretsUnavailable as exc:
                log.warning("keyring entries of %r not moved yet (tried again later): %s", account.name, exc)
                return
            self._store.accounts.legacy_keys_copied(account.id)
            log.info("keyring entries of %r now under its own key id: %s", account.name, ", ".join(copied) or "none")
        self._legacy_checked = True

    async def test(self, name: str) -> DeviceInfo:
        """Ask the gateway something harmless: the device's state, else the balance."""
        account = self._store.accounts.get(name)
        provider = await self.provider(account)
        if provider.info.supports(Capability.DEVICE_INFO):
            return await provider.device_info()
        if provider.info.supports(Capability.BALANCE):
            return DeviceInfo(device_id=account.name, state=DeviceState.UNKNOWN, quota=await provider.balance())
        raise NotSupported(provider.info.name, N_("a connection test (it has no read-only endpoint); send a message"))

    async def forget_provider(self, account: Account) -> None:
        """Close the account's provider; the next use builds it anew (with what the keyring holds then)."""
        await self._drop_provider(account.id)

    async def _drop_provider(self, account_id: int) -> None:
        provider = self._providers.pop(account_id, None)
        if provider is not None:
            await provider.aclose()

    async def aclose(self) -> None:
        for account_id in list(self._providers):
            await self._drop_provider(account_id)
