"""What a person asks to send: a draft, its recipients, the devices, when and how fast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from wadesk.domain.models import Account, Contact
from wadesk.domain.phone import DEFAULT_REGION
from wadesk.services.compose import Draft
from wadesk.services.pacing import PacePolicy
from wadesk.services.recipients_csv import RecipientTable


@dataclass(frozen=True)
class SendRequest:
    """One send, as the command line or the Composer gathered it; nothing is checked yet.

    Recipients come from any mix of sources, in this order: ``numbers`` as
    typed (a WhatsApp group id typed there counts as a group), the gateway's
    ``groups`` by id, ``contacts`` from the address book, local groups by
    ``tags``, and the rows of recipient ``tables``.  Several ``accounts`` share
    the messages in turn.  ``at`` (timezone-aware) schedules instead of sending
    now; ``tz`` is the zone times are shown in (``at``'s own zone by default).
    """

    draft: Draft
    accounts: Sequence[Account]
    numbers: Sequence[str] = ()
    groups: Sequence[str] = ()
    contacts: Sequence[Contact] = ()
    tags: Sequence[str] = ()
    tables: Sequence[RecipientTable] = ()
    at: datetime | None = None
    tz: tzinfo | None = None
    pace: str | PacePolicy = "safe"  # a preset name, custom values, or a policy
    name: str = ""  # the campaign's name; one is made up when empty
    on_gateway: bool = False  # with ``at``: let the gateway hold it even where it cannot cancel or move it
    region: str = DEFAULT_REGION  # for numbers written without a country code

    @property
    def has_recipients(self) -> bool:
        """Whether any recipient source was given at all."""
        return bool(self.numbers or self.groups or self.contacts or self.tags or self.tables)
