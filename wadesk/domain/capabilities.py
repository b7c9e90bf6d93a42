"""What a provider can do (``Capability``) and the limits it enforces (``Limits``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from wadesk.domain.models import MessageKind


class Capability(enum.Flag):
    NONE = 0
    SEND_TEXT = enum.auto()
    SEND_IMAGE = enum.auto()
    SEND_VIDEO = enum.auto()
    SEND_AUDIO = enum.auto()
    SEND_DOCUMENT = enum.auto()
    LOCAL_UPLOAD = enum.auto()
    LOCATION = enum.auto()
    CONTACT_CARD = enum.auto()
    BUTTONS = enum.auto()
    LIST = enum.auto()
    POLL = enum.auto()
    TEMPLATE = enum.auto()
    LINK = enum.auto()
    GROUP_SEND = enum.auto()
    BATCH_SEND = enum.auto()
    NATIVE_SCHEDULE = enum.auto()
    SCHEDULE_CANCEL = enum.auto()  # a schedule the gateway holds can be cancelled there
    SCHEDULE_EDIT = enum.auto()  # ... and given another time there
    CANCEL = enum.auto()
    RESEND = enum.auto()
    REVOKE = enum.auto()
    STATUS_POLL = enum.auto()
    STATUS_LOOKUP_BY_REF = enum.auto()
    STATUS_CALLBACK = enum.auto()
    DEVICE_INFO = enum.auto()
    DEVICE_CONTROL = enum.auto()
    QR_PAIRING = enum.auto()
    CHECK_NUMBER = enum.auto()
    CONTACTS = enum.auto()
    GROUPS = enum.auto()
    BALANCE = enum.auto()


# The capability a message kind needs.
KIND_CAPABILITY: Mapping[MessageKind, Capability] = {
    MessageKind.TEXT: Capability.SEND_TEXT,
    MessageKind.IMAGE: Capability.SEND_IMAGE,
    MessageKind.VIDEO: Capability.SEND_VIDEO,
    MessageKind.AUDIO: Capability.SEND_AUDIO,
    MessageKind.DOCUMENT: Capability.SEND_DOCUMENT,
    MessageKind.LOCATION: Capability.LOCATION,
    MessageKind.CONTACT_CARD: Capability.CONTACT_CARD,
    MessageKind.BUTTONS: Capability.BUTTONS,
    MessageKind.LIST: Capability.LIST,
    MessageKind.POLL: Capability.POLL,
    MessageKind.TEMPLATE: Capability.TEMPLATE,
    MessageKind.LINK: Capability.LINK,
}


@dataclass(frozen=True)
class Limits:
    """Limits stated by the provider's document; ``None`` means the document states none."""

    max_text: int | None = None
    min_text: int | None = None
    max_media_bytes: Mapping[MessageKind, int] = field(default_factory=dict)
    extensions: Mapping[MessageKind, frozenset[str]] = field(default_factory=dict)
    max_batch: int = 1
    # Numbers asked about in one number-check request (Wablas takes a comma list; the others one number each).
    max_check_batch: int = 1
    # Requests wadesk keeps in flight at once when pacing allows (no document states one: wadesk's own choice,
    # enough to hide the gateway's latency without piling up work it would answer late).
    max_in_flight: int = 4
    max_buttons: int | None = None
    max_template_buttons: int | None = None
    max_list_rows: int | None = None
    # Parts of a location besides its coordinates that the provider requires ("name", "address").
    location_needs: frozenset[str] = frozenset()
