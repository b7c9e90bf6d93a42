"""Which providers exist, and how to build one for an account."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account
from wadesk.domain.settings import allows_http
from wadesk.providers.base import Provider, ProviderInfo
from wadesk.providers.chatbot import ChatbotProvider
from wadesk.providers.http import HttpClient
from wadesk.providers.jsonwa import JsonWaProvider
from wadesk.providers.wablas import WablasProvider
from wadesk.providers.wacloud import WacloudProvider
from wadesk.providers.wasender import WasenderProvider

ProviderFactory = Callable[[Account, Mapping[str, str]], Provider]

_PROVIDERS: dict[str, type[Provider]] = {
    cls.info.id: cls
    for cls in (
        WablasProvider,
        ChatbotProvider,
        JsonWaProvider,
        WasenderProvider,
        WacloudProvider,
    )
}


def provider_ids() -> list[str]:
    return list(_PROVIDERS)


def provider_info(provider_id: str) -> ProviderInfo:
    return provider_class(provider_id).info


def provider_class(provider_id: str) -> type[Provider]:
    try:
        return _PROVIDERS[provider_id]
    except KeyError:
        known = ", ".join(_PROVIDERS)
        raise ValidationError(f"unknown provider {provider_id!r} (known: {known})") from None


def build_provider(
    account: Account,
    secrets: Mapping[str, str],
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Provider:
    """A provider instance with its own HTTP client for ``account``."""
    cls = provider_class(account.provider)
    http = HttpClient(cls.info.name, account.base_url, transport=transport, allow_http=allows_http(account.settings))
    return cls(account, secrets, http)
