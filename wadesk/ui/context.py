"""What the window is handed by whoever starts it: the services, and the demo's extras when it is a demo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from wadesk.domain.models import Account
from wadesk.providers.registry import ProviderFactory, build_provider
from wadesk.secrets import SecretStore
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock, SystemClock
from wadesk.services.devices import DeviceMonitor
from wadesk.services.events import EventHub
from wadesk.store import Store

if TYPE_CHECKING:  # loaded with the panels that use them (the Composer's with the Composer), not with the window
    from wadesk.services.campaign_actions import CampaignActions
    from wadesk.services.contacts import ContactService
    from wadesk.services.drafts import DraftService
    from wadesk.services.outbox import Outbox
    from wadesk.services.receiver import CallbackReceiver, HookTokens
    from wadesk.services.reports import StatusPoller
    from wadesk.services.schedules import ScheduleService
    from wadesk.services.sending import SendingService
    from wadesk.services.series import SeriesService


class DemoHooks(Protocol):
    """What only the demo can do: play the phone that scans a pairing code."""

    def can_simulate_scan(self, account: Account) -> bool: ...

    async def simulate_scan(self, account: Account) -> None: ...


@dataclass
class UiContext:
    home: Path
    store: Store
    secrets: SecretStore
    accounts: AccountService
    devices: DeviceMonitor
    events: EventHub  # the change feed; the window hears it through ui.bridge
    contacts: ContactService  # the address book: the panels read and write contacts and tags only through it
    demo: DemoHooks | None = None
    refresh_seconds: float = 30.0
    pairing_poll_seconds: float = 2.0
    provider_factory: ProviderFactory = field(default=build_provider)
    # The Composer's services (None: the window shows the Composer without a way to send).
    sending: SendingService | None = None
    campaigns: CampaignActions | None = None
    drafts: DraftService | None = None
    series: SeriesService | None = None  # recurring schedules (the Composer's Repeat, the Scheduler)
    schedules: ScheduleService | None = None  # the Scheduler's (None: the calendar is shown without actions)
    clock: Clock = field(default_factory=SystemClock)  # the outbox's: what "now" is for a schedule
    reports: StatusPoller | None = (
        None  # the app's delivery checks (the live poller's): Reports' Refresh and "last checked"
    )
    outbox: Outbox | None = None  # the running dispatcher (Reports: retry what failed)
    # The callback receiver the window runs while the setting ``receiver`` is on, and the accounts' hook URLs;
    # made when first wanted (aiohttp's server is not loaded while the receiver is off).
    receiver: Callable[[], CallbackReceiver] | None = None
    hooks: Callable[[], HookTokens] | None = None

    @property
    def settings_path(self) -> Path:
        """Window size, layout and column widths (one file per wadesk home)."""
        return self.home / "ui.ini"
