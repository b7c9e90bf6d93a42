"""Pieces the provider contract suite shares: the counting transport, the simulator recipe type, sample messages.

Nothing here knows a provider by name: samples are built from a message kind
(and, for stored templates, from what the simulator recipe says it keeps).
"""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import httpx
import zxingcpp
from PIL import Image

from wadesk.domain import (
    Button,
    ButtonsContent,
    ContactCard,
    DeliveryStatus,
    Interactive,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    PollContent,
    Recipient,
    TemplateContent,
    can_move,
)
from wadesk.providers.base import Provider
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.base import ProviderState

STEP_SECONDS = 1.0  # the simulator's status step; the clock advances by this much per poll
TO = "6281234567001"  # a normal number, on WhatsApp in every simulator
NOT_ON_WHATSAPP = "6281234560000"  # every simulator treats a number ending in 0000 as not on WhatsApp
TEXT = "Hello from the wadesk contract suite"  # within every provider's text limits

MEDIA_KINDS = (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO, MessageKind.DOCUMENT)
MEDIA_FILE = {
    MessageKind.IMAGE: "photo.jpg",
    MessageKind.VIDEO: "clip.mp4",
    MessageKind.AUDIO: "voice.mp3",
    MessageKind.DOCUMENT: "invoice.pdf",
}
MEDIA_CAPTION = {MessageKind.IMAGE: "A photo", MessageKind.VIDEO: "A clip"}
MEDIA_BASE = "https://example.com/media/"


# -- how to drive a simulator -------------------------------------------------------------

Callback = tuple[dict[str, str], bytes]  # the headers and body of one callback POST
CallbackArm = Callable[[SimulatorServer, httpx.AsyncClient], Awaitable[dict[str, str]]]
CallbackCollect = Callable[[SimulatorServer, httpx.AsyncClient], Awaitable[list[Callback]]]


async def _nothing_to_arm(sim: SimulatorServer, http: httpx.AsyncClient) -> dict[str, str]:
    return {}


def _nothing_to_show(state: ProviderState, clock: ManualClock) -> None:
    return None


@dataclass(frozen=True)
class SimRecipe:
    """How to drive one provider's simulator (never what to expect from the provider).

    - ``show_qr``: make the unpaired device show a QR code, so that a scan (or
      ``pairing_qr``) finds one without waiting;
    - ``contacts`` / ``groups``: the seeded entries as ``{phone: name}`` /
      ``{group id: name}``, read from the simulator's state;
    - ``stored_template``: a template the simulator keeps on the gateway side;
    - ``arm_callbacks``: what to set up before sending so that the simulator
      makes status callbacks; returns extra account settings;
    - ``collect_callbacks``: the callbacks the simulator made (or would POST)
      so far; ``None`` when it makes none (``notes["callbacks"]`` says why).
    """

    show_qr: Callable[[ProviderState, ManualClock], None] = _nothing_to_show
    contacts: Callable[[ProviderState], dict[str, str]] | None = None
    groups: Callable[[ProviderState], dict[str, str]] | None = None
    stored_template: TemplateContent | None = None
    arm_callbacks: CallbackArm = _nothing_to_arm
    collect_callbacks: CallbackCollect | None = None
    notes: Mapping[str, str] = field(default_factory=dict)


ProviderFactory = Callable[..., Provider]
Scan = Callable[..., Awaitable[None]]


# -- messages ---------------------------------------------------------------------------------


def text_message(ref_id: str, to: str = TO, text: str = TEXT) -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref_id, to=Recipient(to), text=text)


def media_message(ref_id: str, kind: MessageKind, media: MediaRef) -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref_id, to=Recipient(TO), kind=kind, media=media, caption=MEDIA_CAPTION.get(kind, ""))


def samples(kind: MessageKind, ref_id: str, stored_template: TemplateContent | None) -> list[OutgoingMessage]:
    """Messages of ``kind`` a provider that declares it should send; the first it takes counts.

    Only templates have two forms (a stored template by id, or text with call/URL
    buttons); every other kind has one sample.
    """

    def message(*, location: Location | None = None, content: Interactive | None = None) -> OutgoingMessage:
        return OutgoingMessage(ref_id=ref_id, to=Recipient(TO), kind=kind, location=location, content=content)

    if kind is MessageKind.TEXT:
        return [text_message(ref_id)]
    if kind.is_media:
        return [media_message(ref_id, kind, MediaRef(url=MEDIA_BASE + MEDIA_FILE[kind]))]
    if kind is MessageKind.LOCATION:
        return [message(location=Location(-6.175392, 106.827153, name="Monas", address="Gambir, Jakarta Pusat"))]
    if kind is MessageKind.CONTACT_CARD:
        return [message(content=ContactCard("Siti Rahayu", "6281234567002"))]
    if kind is MessageKind.LIST:
        rows = (ListRow("Coffee"), ListRow("Tea"))
        return [message(content=ListContent("Menu", "What would you like?", "Open the menu", rows, footer="Thanks"))]
    if kind is MessageKind.BUTTONS:
        return [message(content=ButtonsContent("Are you coming?", (Button("Yes"), Button("No"))))]
    if kind is MessageKind.POLL:
        return [message(content=PollContent("Lunch today?", ("Rice", "Noodles")))]
    if kind is MessageKind.TEMPLATE:
        with_buttons = TemplateContent(
            text="Call us or visit our shop",
            buttons=(Button("Call us", "call", "6281234567002"), Button("Our shop", "url", "https://example.com/shop")),
        )
        return [message(content=t) for t in (stored_template, with_buttons) if t is not None]
    if kind is MessageKind.LINK:
        return [message(content=LinkContent("https://example.com/promo", "Our promotion this week"))]
    raise AssertionError(f"no sample for {kind}")


def local_file(directory: Path, name: str, size: int) -> MediaRef:
    """A local file of ``size`` bytes, as a ``MediaRef`` that states its size."""
    path = directory / name
    path.write_bytes(b"\0" * size)
    return MediaRef(path=path, size=size)


# -- checks -----------------------------------------------------------------------------------


def moves_forward(statuses: Sequence[DeliveryStatus]) -> bool:
    """Each status equals the one before or is a move the status rules allow (never backwards)."""
    return all(new == old or can_move(old, new) for old, new in pairwise(statuses))


def decode_qr(png: bytes) -> str:
    barcodes = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(barcodes) == 1, f"{len(barcodes)} QR codes in the image"
    return str(barcodes[0].text)
