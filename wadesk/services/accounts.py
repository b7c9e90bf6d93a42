"""Accounts: non-secret settings in the store, secrets in the keyring, one provider instance each."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import replace

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.domain.settings import allows_http, check_url
from wadesk.providers.base import Provider, ProviderInfo
from wadesk.providers.registry import ProviderFactory, build_provider, provider_info
from wadesk.secrets import SecretStore
from wadesk.store import Store


def _base_url(info: ProviderInfo, given: str | None, settings: Mapping[str, str]) -> str:
    url = (given or info.default_base_url).strip().rstrip("/")
    return check_url("the base URL", url, allow_http=allows_http(settings))


_NAME = re.compile(r"[\w][\w .@-]{0,63}")


class AccountService:
    """Adds, removes and tests accounts; hands out one provider (one HTTP client) per account."""

    def __init__(self, store: Store, secrets: SecretStore, factory: ProviderFactory = build_provider) -> None:
        self._store = store
        self._secrets = secrets
        self._factory = factory
        self._providers: dict[int, Provider] = {}

    def list(self) -> list[Account]:
        return self._store.accounts.list()

    def get(self, name: str) -> Account:
        return self._store.accounts.get(name)

    def info(self, account: Account) -> ProviderInfo:
        return provider_info(account.provider)

    async def add(
        self,
        name: str,
        provider_id: str,
        *,
        base_url: str | None,
        settings: Mapping[str, str],
        secrets: Mapping[str, str],
    ) -> Account:
        """Validate everything first, then write the account and its secrets (or neither)."""
        name = name.strip()
        if not _NAME.fullmatch(name):
            raise ValidationError(f"{name!r} is not a usable account name (letters, digits, spaces, . @ - _)")
        info = provider_info(provider_id)
        plain = info.settings.validate(settings, secret=False)
        secret = info.settings.validate(secrets, secret=True)
        account = self._store.accounts.add(name, provider_id, _base_url(info, base_url, plain), plain)
        try:
            await asyncio.to_thread(self._store_secrets, account.id, secret)
        except BaseException:
            self._store.accounts.remove(account.name)
            raise
        return account

    def _store_secrets(self, account_id: int, values: Mapping[str, str]) -> None:
        for field, value in values.items():
            self._secrets.set(account_id, field, value)

    async def update(
        self, account: Account, *, base_url: str | None, settings: Mapping[str, str], secrets: Mapping[str, str]
    ) -> Account:
        """Save new settings; a secret left empty keeps the one in the keyring (no retyping an API key).

        Everything is validated before anything is written.
        """
        info = provider_info(account.provider)
        plain = info.settings.validate(settings, secret=False)
        url = _base_url(info, base_url, plain)
        names = [f.name for f in info.settings.secret_fields]
        kept = await asyncio.to_thread(self._secrets.get_all, account.id, names)
        merged = {**kept, **{name: value for name, value in secrets.items() if value.strip()}}
        info.settings.validate(merged, secret=True)
        updated = replace(account, base_url=url, settings=plain)
        self._store.accounts.update(updated)
        await self.update_secrets(updated, merged)  # also drops the provider built with the old values
        return updated

    async def update_secrets(self, account: Account, secrets: Mapping[str, str]) -> None:
        values = provider_info(account.provider).settings.validate(secrets, secret=True)
        await asyncio.to_thread(self._store_secrets, account.id, values)
        await self._drop_provider(account.id)

    async def remove(self, name: str) -> Account:
        """Remove the account and its keyring entries."""
        account = self._store.accounts.get(name)
        fields = [f.name for f in provider_info(account.provider).settings.secret_fields]
        await asyncio.to_thread(self._secrets.delete, account.id, fields)
        await self._drop_provider(account.id)
        return self._store.accounts.remove(name)

    async def provider(self, account: Account) -> Provider:
        """The account's provider, built once with its secrets from the keyring."""
        cached = self._providers.get(account.id)
        if cached is not None:
            return cached
        info = provider_info(account.provider)
        fields = info.settings.secret_fields
        values = await asyncio.to_thread(self._secrets.get_all, account.id, [f.name for f in fields])
        missing = [f.name for f in fields if f.required and f.name not in values]
        if missing:
            raise ValidationError(
                f"the keyring holds no {', '.join(missing)} for account {account.name!r}; "
                "remove the account and add it again"
            )
        provider = self._factory(account, values)
        self._providers[account.id] = provider
        return provider

    async def test(self, name: str) -> DeviceInfo:
        """Ask the gateway something harmless: the device's state, else the balance."""
        account = self._store.accounts.get(name)
        provider = await self.provider(account)
        if provider.info.supports(Capability.DEVICE_INFO):
            return await provider.device_info()
        if provider.info.supports(Capability.BALANCE):
            return DeviceInfo(device_id=account.name, state=DeviceState.UNKNOWN, quota=await provider.balance())
        raise NotSupported(provider.info.name, "a connection test (it has no read-only endpoint); send a message")

    async def _drop_provider(self, account_id: int) -> None:
        provider = self._providers.pop(account_id, None)
        if provider is not None:
            await provider.aclose()

    async def aclose(self) -> None:
        for account_id in list(self._providers):
            await self._drop_provider(account_id)
