"""Editing an existing account: its base URL, settings and (optionally) secrets.

Everything is validated before anything is written.  A secret left empty keeps
the one in the keyring, so a person editing the base URL never has to retype
an API key.  The account's provider is rebuilt on next use with the new values.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import replace

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account
from wadesk.providers.registry import provider_info
from wadesk.secrets import SecretStore
from wadesk.services.accounts import AccountService
from wadesk.store import Store


async def update_account(
    accounts: AccountService,
    store: Store,
    secret_store: SecretStore,
    account: Account,
    *,
    base_url: str,
    settings: Mapping[str, str],
    secrets: Mapping[str, str],
) -> Account:
    """Save new settings for ``account``; returns the updated account.  Raises ``WadeskError``."""
    info = provider_info(account.provider)
    plain = info.settings.validate(settings, secret=False)
    url = (base_url or info.default_base_url).strip().rstrip("/")
    if not re.match(r"https?://[^\s/]+", url):
        raise ValidationError(f"the base URL must be an http(s) URL, not {url!r}")
    names = [f.name for f in info.settings.secret_fields]
    kept = await asyncio.to_thread(secret_store.get_all, account.id, names)
    merged = {**kept, **{name: value for name, value in secrets.items() if value.strip()}}
    info.settings.validate(merged, secret=True)
    updated = replace(account, base_url=url, settings=plain)
    store.accounts.update(updated)
    await accounts.update_secrets(updated, merged)  # also drops the provider built with the old values
    return updated
