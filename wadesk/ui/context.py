"""What the window is handed by whoever starts it: the services, and the demo's extras when it is a demo."""

from __future__ import annotations

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

if TYPE_CHECKING:  # loaded with the Composer, not with the window
    from wadesk.services.campaign_actions import CampaignActions
    from wadesk.services.drafts import DraftService
    from wadesk.services.schedules import ScheduleService
    from wadesk.services.sending import SendingService


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
    demo: DemoHooks | None = None
    refresh_seconds: float = 30.0
    pairing_poll_seconds: float = 2.0
    provider_factory: ProviderFactory = field(default=build_provider)
    # The Composer's services (None: the window shows the Composer without a way to send).
    sending: SendingService | None = None
    campaigns: CampaignActions | None = None
    drafts: DraftService | None = None
    schedules: ScheduleService | None = None  # the Scheduler's (None: the calendar is shown without actions)
    clock: Clock = field(default_factory=SystemClock)  # the outbox's: what "now" is for a schedule

    @property
    def settings_path(self) -> Path:
        """Window size, layout and column widths (one file per wadesk home)."""
        return self.home / "ui.ini"
