"""The composition root: where the store, the keyring, providers and services are wired together."""

from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from wadesk.domain.redaction import RedactingFilter
from wadesk.providers.registry import ProviderFactory, build_provider
from wadesk.secrets import SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.outbox import Outbox
from wadesk.services.reports import StatusPoller
from wadesk.store import Store, open_store

HOME_ENV = "WADESK_HOME"


def data_home() -> Path:
    """``WADESK_HOME`` if set, else the platform's per-user data folder."""
    override = os.environ.get(HOME_ENV)
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir("wadesk", appauthor=False))


def configure_logging(home: Path, *, verbose: bool = False) -> Path:
    """Log to ``home/logs/wadesk.log`` (rotated), every line passed through the secret redactor."""
    log_dir = home / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "wadesk.log"
    root = logging.getLogger()
    if any(getattr(h, "wadesk", False) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.wadesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


@dataclass
class App:
    home: Path
    store: Store
    secrets: SecretStore
    accounts: AccountService
    outbox: Outbox
    poller: StatusPoller

    async def aclose(self) -> None:
        await self.accounts.aclose()
        self.store.close()


def open_app(
    home: Path | None = None,
    *,
    secrets: SecretStore | None = None,
    factory: ProviderFactory = build_provider,
) -> App:
    home = home or data_home()
    store = open_store(home)
    secret_store = secrets or SecretStore()
    accounts = AccountService(store, secret_store, factory)
    return App(
        home=home,
        store=store,
        secrets=secret_store,
        accounts=accounts,
        outbox=Outbox(store, accounts),
        poller=StatusPoller(store, accounts),
    )
