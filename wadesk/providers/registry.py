"""Which providers exist, and how to build one for an account.

A provider's module (and with it httpx and its parsing code) is imported the
first time that provider is asked for, so that a command touching one gateway,
or none (``wadesk account list`` on an empty folder), loads only what it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account
from wadesk.domain.settings import allows_http
from wadesk.domain.words import N_

if TYPE_CHECKING:
    import httpx

    from wadesk.providers.base import Provider, ProviderInfo

ProviderFactory = Callable[[Account, Mapping[str, str]], "Provider"]

# Provider id -> (display name, module, class), in the order they are offered.  The display name is
# ``ProviderInfo.name`` (a test checks they agree), here so that listing accounts loads no gateway's code.
_PROVIDERS: dict[str, tuple[str, str, str]] = {
    "wablas": ("Wablas", "wadesk.providers.wablas", "WablasProvider"),
    "chatbot": ("Chatbot", "wadesk.providers.chatbot", "ChatbotProvider"),
    "jsonwa": ("JSON WA", "wadesk.providers.jsonwa", "JsonWaProvider"),
    "wasender": ("Wasender", "wadesk.providers.wasender", "WasenderProvider"),
    "wacloud": ("WACloud", "wadesk.providers.wacloud", "WacloudProvider"),
}


def provider_ids() -> list[str]:
    return list(_PROVIDERS)


def provider_name(provider_id: str) -> str:
    """The provider's display name (``provider_info(provider_id).name``), without loading its module."""
    return _entry(provider_id)[0]


def provider_info(provider_id: str) -> ProviderInfo:
    return provider_class(provider_id).info


def provider_class(provider_id: str) -> type[Provider]:
    _, module, name = _entry(provider_id)
    cls: type[Provider] = getattr(importlib.import_module(module), name)
    return cls


def _entry(provider_id: str) -> tuple[str, str, str]:
    try:
        return _PROVIDERS[provider_id]
    except KeyError:
        known = ", ".join(_PROVIDERS)
        raise ValidationError(
            N_("unknown provider '{provider_id}' (known: {known})"), provider_id=provider_id, known=known
        ) from None


def build_provider(
    account: Account,
    secrets: Mapping[str, str],
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Provider:
    """A provider instance with its own HTTP client for ``account``."""
    from wadesk.providers.http import HttpClient

    cls = provider_class(account.provider)
    http = HttpClient(cls.info.name, account.base_url, transport=transport, allow_http=allows_http(account.settings))
    return cls(account, secrets, http)
