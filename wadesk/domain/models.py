"""Plain data that crosses the layers: accounts, devices, messages, results."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from wadesk.domain.status import DeliveryStatus


class MessageKind(enum.StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    LOCATION = "location"
    CONTACT_CARD = "contact_card"
    LIST = "list"
    BUTTONS = "buttons"
    POLL = "poll"
    TEMPLATE = "template"
    LINK = "link"

    @property
    def is_media(self) -> bool:
        return self in (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO, MessageKind.DOCUMENT)


class DeviceState(enum.StrEnum):
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    PAIRING = "pairing"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Account:
    """A configured gateway account.  Secrets are not here: they live in the keyring."""

    id: int
    name: str
    provider: str
    base_url: str
    settings: Mapping[str, str] = field(default_factory=dict)
    created_at: datetime | None = None
    key_id: str = ""  # names its entries in the keyring (random, made with the account)
    removed_at: datetime | None = None  # removed: it never sends; its history stays


@dataclass(frozen=True)
class MediaRef:
    """Media to send: a public URL or a local file (never both)."""

    url: str | None = None
    path: Path | None = None
    mime: str | None = None
    size: int | None = None

    @property
    def filename(self) -> str:
        if self.path is not None:
            return self.path.name
        assert self.url is not None
        return self.url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    name: str = ""
    address: str = ""


@dataclass(frozen=True)
class ContactCard:
    name: str
    phone: str


@dataclass(frozen=True)
class ListRow:
    title: str
    description: str = ""


@dataclass(frozen=True)
class ListContent:
    """A list (menu) message: a button that opens rows to pick from."""

    title: str
    description: str
    button_text: str
    rows: tuple[ListRow, ...]
    footer: str = ""


@dataclass(frozen=True)
class Button:
    """A quick reply (``kind="reply"``), a link (``"url"``, value = URL) or a call (``"call"``, value = number)."""

    label: str
    kind: str = "reply"
    value: str = ""


@dataclass(frozen=True)
class ButtonsContent:
    text: str
    buttons: tuple[Button, ...]
    footer: str = ""
    image_url: str = ""


@dataclass(frozen=True)
class PollContent:
    question: str
    options: tuple[str, ...]
    multiple_answers: bool = False


@dataclass(frozen=True)
class TemplateContent:
    """A provider-side stored template (WACloud), or a Wasender call/url template when ``buttons`` are given."""

    template_id: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    buttons: tuple[Button, ...] = ()
    footer: str = ""


@dataclass(frozen=True)
class LinkContent:
    url: str
    text: str = ""


Interactive = ContactCard | ListContent | ButtonsContent | PollContent | TemplateContent | LinkContent


@dataclass(frozen=True, slots=True)  # a campaign holds 100,000 of them
class Recipient:
    """A normalised phone number (digits only, country code first) or a WhatsApp group id."""

    address: str
    is_group: bool = False


@dataclass(frozen=True, slots=True)  # a campaign holds 100,000 of them
class OutgoingMessage:
    """One message to one recipient.

    ``ref_id`` is wadesk's own id for the message; providers that accept a
    client reference (Wablas ``ref_id``) receive it, so a lost answer can be
    looked up later.
    """

    ref_id: str
    to: Recipient
    kind: MessageKind = MessageKind.TEXT
    text: str = ""
    media: MediaRef | None = None
    caption: str = ""
    location: Location | None = None
    content: Interactive | None = None  # for contact card, list, buttons, poll, template, link
    extra: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SendResult:
    """What the provider said about one message of a send request."""

    ref_id: str
    status: DeliveryStatus
    provider_message_id: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class StatusUpdate:
    """A delivery report for one message, from polling or a callback."""

    status: DeliveryStatus
    provider_message_id: str | None = None
    ref_id: str | None = None
    at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    state: DeviceState
    number: str | None = None
    name: str | None = None
    quota: str | None = None  # a number, or "unlimited", as the provider says it
    expires: date | None = None


class QrKind(enum.StrEnum):
    TEXT = "text"  # a raw QR payload we must render
    PNG = "png"  # an image to show as-is
    URL = "url"  # a page to open in a browser


@dataclass(frozen=True)
class QrChallenge:
    kind: QrKind
    payload: str | bytes
    expires_at: datetime | None = None


@dataclass(frozen=True)
class NumberCheck:
    number: str
    on_whatsapp: bool | None


@dataclass(frozen=True)
class Contact:
    phone: str
    name: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    on_whatsapp: bool | None = None
    id: int | None = None


@dataclass(frozen=True)
class Group:
    group_id: str
    name: str
    account_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ScheduledRemote:
    """A schedule held by the provider (native scheduling)."""

    schedule_id: str
    to: str
    at: datetime
    text: str = ""
    status: str = ""


@dataclass(frozen=True, slots=True)  # a campaign holds 100,000 of them
class StoredMessage:
    """A message as the outbox/history table holds it."""

    id: int
    account_id: int
    ref_id: str
    to: Recipient
    kind: MessageKind
    body: Mapping[str, object]
    status: DeliveryStatus
    attempt: int
    provider_message_id: str | None
    error: str | None
    created_at: datetime
    updated_at: datetime
    scheduled_at: datetime | None = None
    campaign_id: int | None = None
    next_attempt_at: datetime | None = None
    remote_schedule_id: str | None = None
    # "missed": a schedule passed while wadesk was closed (the user decides); "gateway": for the gateway's scheduler
    hold: str | None = None
