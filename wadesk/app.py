"""The composition root: where the store, the keyring, providers and services are wired together."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from wadesk.domain.errors import WadeskError
from wadesk.domain.redaction import RedactingFilter
from wadesk.domain.text import printable
from wadesk.providers.registry import ProviderFactory, build_provider
from wadesk.secrets import SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.events import EventHub, SettingsChanged
from wadesk.services.settings import Settings, SettingsFile
from wadesk.store import Store, open_store
from wadesk.store.private import make_private_folder, open_private

if TYPE_CHECKING:
    from wadesk.services.campaign_actions import CampaignActions
    from wadesk.services.contacts import ContactService
    from wadesk.services.device_lookup import DeviceLookup
    from wadesk.services.drafts import DraftService
    from wadesk.services.messages import MessageService
    from wadesk.services.outbox import Outbox
    from wadesk.services.poller import LivePoller
    from wadesk.services.receiver import CallbackReceiver, HookTokens
    from wadesk.services.reports import StatusPoller
    from wadesk.services.schedules import ScheduleService
    from wadesk.services.sending import SendingService
    from wadesk.services.series import SeriesService

HOME_ENV = "WADESK_HOME"


def data_home() -> Path:
    """``WADESK_HOME`` if set, else the platform's per-user data folder."""
    override = os.environ.get(HOME_ENV)
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir("wadesk", appauthor=False))


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotated log file, which never stops wadesk.

    The folder and the file are made private and opened at the first record.
    When they cannot be written (a read-only or full disk), one warning goes to
    stderr and the log is dropped for the rest of the run, instead of a
    "--- Logging error ---" traceback per record.  Control characters from
    gateways and files are taken out of every line.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True)
        self.broken = False

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        make_private_folder(path.parent)
        fd = open_private(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))

    def handleError(self, record: logging.LogRecord) -> None:
        if self.broken:
            return
        self.broken = True
        error = sys.exc_info()[1]
        reason = (error.strerror if isinstance(error, OSError) else None) or error or "unknown error"
        with contextlib.suppress(OSError, ValueError):  # stderr itself may be gone
            sys.stderr.write(
                f"wadesk: warning: cannot write the log {self.baseFilename} ({reason}); going on without it\n"
            )
        stream, self.stream = self.stream, None
        if stream is not None:
            # What could not be written cannot be flushed either; the file is closed all the same.
            with contextlib.suppress(OSError):
                stream.close()


def configure_logging(home: Path, *, verbose: bool = False) -> Path:
    """Log to ``home/logs/wadesk.log`` (rotated), every line passed through the secret redactor.

    Touches nothing on disk until the first record (see ``LogFile``).
    """
    path = home / "logs" / "wadesk.log"
    root = logging.getLogger()
    if any(getattr(h, "wadesk", False) for h in root.handlers):
        return path
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.wadesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


@dataclass
class App:
    """The wired services of one data folder.

    The services most commands do not need are built (and their modules
    imported) at their first use, so that ``wadesk account list`` does not
    load the outbox, the pollers or the sending pipeline.  Each is built once.
    """

    home: Path
    store: Store
    secrets: SecretStore
    accounts: AccountService
    settings: Settings  # app-wide settings (settings.json), defaults where unset or unreadable
    events: EventHub  # the change feed every service publishes to after a commit

    def __post_init__(self) -> None:
        self.events.subscribe(self._settings_saved, SettingsChanged)

    @cached_property
    def outbox(self) -> Outbox:
        from wadesk.services.outbox import Outbox

        outbox = Outbox(self.store, self.accounts, events=self.events)
        outbox.before_release = self._materialise_series
        return outbox

    @cached_property
    def poller(self) -> StatusPoller:
        from wadesk.services.reports import StatusPoller

        return StatusPoller(self.store, self.accounts, self.events)

    @cached_property
    def live_poller(self) -> LivePoller:
        """Delivery status while sending (``services.poller.serve_sending`` runs it)."""
        from wadesk.services.poller import LivePoller

        return LivePoller(
            self.store,
            self.accounts,
            self.events,
            reports=self.poller,
            min_seconds=self.settings.poll_min_seconds,
            max_seconds=self.settings.poll_max_seconds,
        )

    @cached_property
    def contacts(self) -> ContactService:
        from wadesk.services.contacts import ContactService

        return ContactService(self.store, self.accounts, self.events)

    @cached_property
    def messages(self) -> MessageService:
        from wadesk.services.messages import MessageService

        return MessageService(self.store, self.accounts, self.events)

    @cached_property
    def schedules(self) -> ScheduleService:
        from wadesk.services.schedules import ScheduleService

        return ScheduleService(self.store, self.accounts, self.outbox, self.events)

    @cached_property
    def series(self) -> SeriesService:
        """Recurring schedules; their occurrences are made at every pass of the outbox."""
        from wadesk.services.series import SeriesService

        return SeriesService(self.store, self.accounts, self.outbox, self.events, local_groups=self.store.tags)

    async def _materialise_series(self) -> None:
        """The outbox's ``before_release``: the occurrences due soon become messages (nothing loaded without series).

        An internal error here is logged and sending goes on: a broken series must not stop every other message.
        """
        if not self.store.series.has_active():
            return
        try:
            await self.series.materialise()
        except WadeskError:
            raise  # the store or a gateway: the outbox's own handling says it
        except Exception:
            logging.getLogger(__name__).exception("recurring schedules could not be made into messages")

    @cached_property
    def campaigns(self) -> CampaignActions:
        from wadesk.services.campaign_actions import CampaignActions

        return CampaignActions(self.store, self.events)

    @cached_property
    def drafts(self) -> DraftService:
        """The Composer's draft and saved messages."""
        from wadesk.services.drafts import DraftService

        return DraftService(self.store, self.events)

    @cached_property
    def device_lookup(self) -> DeviceLookup:
        from wadesk.services.device_lookup import DeviceLookup

        return DeviceLookup(self.accounts)

    @cached_property
    def sending(self) -> SendingService:
        from wadesk.services.sending import SendingService

        return SendingService(self.store, self.accounts, self.outbox, events=self.events, local_groups=self.store.tags)

    @cached_property
    def hooks(self) -> HookTokens:
        """The accounts' callback tokens (``wadesk account hook``)."""
        from wadesk.services.receiver import HookTokens

        return HookTokens(self.accounts, self.secrets)

    @cached_property
    def receiver(self) -> CallbackReceiver:
        """The callback receiver on this computer's port from the settings; the owner starts and stops it."""
        from wadesk.services.receiver import CallbackReceiver

        return CallbackReceiver(self.accounts, self.poller, self.hooks, port=self.settings.receiver_port)

    @property
    def hook_address(self) -> str:
        """Where the gateways reach the receiver: the public address set, else this computer's."""
        return self.settings.receiver_public_url or f"http://127.0.0.1:{self.settings.receiver_port}"

    def _settings_saved(self, event: SettingsChanged) -> None:
        """Settings saved in this process (the Preferences dialog) are the ones in force from now on."""
        self.settings = SettingsFile(self.home).load()
        self.live_poller.bound(self.settings.poll_min_seconds, self.settings.poll_max_seconds)

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
    events = EventHub()
    store = open_store(home)
    secret_store = secrets or SecretStore()
    accounts = AccountService(store, secret_store, factory, events)
    settings = SettingsFile(home).load()
    if settings.problem is not None:  # said once (the load logged it too); wadesk goes on with the defaults
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"wadesk: warning: {printable(settings.problem)}\n")
    return App(home=home, store=store, secrets=secret_store, accounts=accounts, settings=settings, events=events)
