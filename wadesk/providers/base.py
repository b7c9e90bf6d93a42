"""The provider interface: what every gateway adapter declares and implements.

A provider declares a ``ProviderInfo`` (capabilities, limits, settings schema)
and implements the async methods its capabilities promise.  The defaults raise
``NotSupported``; callers ask ``info.capabilities`` first and never check which
vendor class they hold.
"""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from wadesk.domain.capabilities import KIND_CAPABILITY, Capability, Limits
from wadesk.domain.errors import CallbackRejected, NotSupported, ValidationError, WadeskError, words_of
from wadesk.domain.models import (
    Account,
    ButtonsContent,
    Contact,
    ContactCard,
    DeviceInfo,
    Group,
    LinkContent,
    ListContent,
    MediaRef,
    MessageKind,
    NumberCheck,
    OutgoingMessage,
    PollContent,
    QrChallenge,
    ScheduledRemote,
    SendResult,
    StatusUpdate,
    TemplateContent,
)
from wadesk.domain.settings import SettingsSchema
from wadesk.domain.text import counted_length
from wadesk.domain.words import N_, Phrase, phrase

if TYPE_CHECKING:
    from wadesk.providers.http import HttpClient

LOOKUPS_IN_FLIGHT = 8  # requests at once where a gateway takes one id or reference per request

_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True)
class ProviderInfo:
    id: str
    name: str
    capabilities: Capability
    limits: Limits
    settings: SettingsSchema
    default_base_url: str  # "" when there is none: the user must give the gateway's address
    description: str = ""

    def supports(self, capability: Capability) -> bool:
        return capability in self.capabilities


class Provider:
    """Base of every adapter.  One instance per account, holding that account's HTTP client."""

    info: ClassVar[ProviderInfo]

    def __init__(self, account: Account, secrets: Mapping[str, str], http: HttpClient) -> None:
        self.account = account
        self.secrets = dict(secrets)
        self.http = http

    @property
    def id(self) -> str:
        return self.info.id

    def _unsupported(self, what: str | Phrase) -> NotSupported:
        return NotSupported(self.info.name, what)

    # -- device ---------------------------------------------------------------
    async def device_info(self) -> DeviceInfo:
        raise self._unsupported(N_("device information"))

    async def pairing_qr(self) -> QrChallenge:
        raise self._unsupported(N_("QR pairing"))

    async def disconnect(self) -> str:
        raise self._unsupported(N_("disconnecting the device"))

    async def restart(self) -> str:
        raise self._unsupported(N_("restarting the device"))

    # -- messages -------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """Send up to ``limits.max_batch`` messages; one result per message, in order.

        Raises a ``ProviderError`` subclass when the request as a whole failed.
        """
        raise self._unsupported(N_("sending messages"))

    async def upload(self, media: MediaRef) -> str:
        """Upload a local file to the provider; return the URL to send it by."""
        raise self._unsupported(N_("uploading local files"))

    async def schedule(self, batch: Sequence[OutgoingMessage], at: datetime) -> list[ScheduledRemote]:
        """Hand messages to the provider's own scheduler (``NATIVE_SCHEDULE``)."""
        raise self._unsupported(N_("scheduling on the gateway"))

    async def update_schedule(self, schedule_id: str, message: OutgoingMessage, at: datetime) -> ScheduledRemote:
        raise self._unsupported(N_("editing schedules on the gateway"))

    async def cancel_schedule(self, schedule_id: str) -> None:
        raise self._unsupported(N_("cancelling schedules on the gateway"))

    async def list_schedules(self) -> list[ScheduledRemote]:
        raise self._unsupported(N_("listing schedules on the gateway"))

    async def cancel(self, provider_ids: Sequence[str]) -> list[StatusUpdate]:
        raise self._unsupported(N_("cancelling messages"))

    async def resend(self, provider_ids: Sequence[str]) -> list[SendResult]:
        raise self._unsupported(N_("resending messages"))

    async def revoke(self, provider_ids: Sequence[str]) -> None:
        raise self._unsupported(N_("deleting sent messages"))

    async def balance(self) -> str:
        raise self._unsupported(N_("showing the balance"))

    async def fetch_statuses(
        self,
        provider_ids: Sequence[str],
        *,
        sent_by: Mapping[str, datetime] | None = None,
        now: datetime | None = None,
    ) -> list[StatusUpdate]:
        """The delivery reports of these messages (those the gateway knows), in as few requests as it allows.

        ``sent_by`` is a hint: for some ids, a time by which the gateway had the
        message (wadesk's last record of it), and ``now`` wadesk's time.  A
        gateway whose reports depend on the day may ask the right place first
        with it; the hint never changes what is found, only how many requests.
        """
        raise self._unsupported(N_("delivery reports"))

    async def lookup_by_ref(self, ref_ids: Sequence[str]) -> list[StatusUpdate]:
        """Find messages by wadesk's own reference (to reconcile after a crash)."""
        raise self._unsupported(N_("looking messages up by reference"))

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """The delivery reports in a status callback the gateway POSTed (``STATUS_CALLBACK``), tolerantly."""
        raise self._unsupported(N_("status callbacks"))

    def read_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """``parse_callback`` for the receiver: at least one report, or ``CallbackRejected`` and nothing else.

        A body the parser cannot read, or one in which it finds no delivery
        report of the documented shape, is refused as a whole.
        """
        if not self.info.supports(Capability.STATUS_CALLBACK):
            raise CallbackRejected(N_("{name} does not report delivery by calling back"), name=self.info.name)
        try:
            updates = self.parse_callback(headers, body)
        except (WadeskError, ValueError, TypeError) as exc:  # ValueError covers UnicodeError and JSON errors
            raise CallbackRejected(
                N_("not a {name} delivery report: {error}"), name=self.info.name, error=words_of(exc)
            ) from None
        if not updates:
            raise CallbackRejected(N_("not a {name} delivery report"), name=self.info.name)
        return updates

    # -- numbers, contacts, groups -------------------------------------------
    async def check_numbers(self, numbers: Sequence[str]) -> list[NumberCheck]:
        raise self._unsupported(N_("checking numbers"))

    async def list_contacts(self) -> list[Contact]:
        raise self._unsupported(N_("contacts"))

    async def save_contacts(self, contacts: Sequence[Contact]) -> list[str]:
        """Add or update contacts on the provider; return per-contact problems in the provider's words."""
        raise self._unsupported(N_("saving contacts"))

    async def list_groups(self) -> list[Group]:
        raise self._unsupported(N_("listing groups"))

    async def aclose(self) -> None:
        await self.http.aclose()


async def gather_bounded(
    ask: Callable[[_T], Awaitable[_R]], items: Sequence[_T], limit: int = LOOKUPS_IN_FLIGHT
) -> list[_R]:
    """``ask`` about every item, at most ``limit`` at a time; the answers in order.

    The first error stops the asking (what is under way is cancelled) and is raised.
    """
    answers: list[_R | None] = [None] * len(items)
    todo = iter(enumerate(items))

    async def worker() -> None:
        for index, item in todo:
            answers[index] = await ask(item)

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(items)))]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return cast(list[_R], answers)


def guess_mime(media: MediaRef) -> str:
    if media.mime:
        return media.mime
    guessed, _ = mimetypes.guess_type(media.filename)
    return guessed or "application/octet-stream"


def _extension(media: MediaRef) -> str:
    name = media.filename
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def validate_batch(info: ProviderInfo, batch: Sequence[OutgoingMessage]) -> None:
    """``validate_message`` for each message, and the batch no larger than one request may carry."""
    if len(batch) > info.limits.max_batch:
        raise ValidationError(
            N_("{name} takes at most {max_batch} message(s) per request"),
            name=info.name,
            max_batch=info.limits.max_batch,
        )
    for message in batch:
        validate_message(info, message)


def validate_message(info: ProviderInfo, message: OutgoingMessage) -> None:
    """Check a message against the provider's capabilities and limits; raise ``ValidationError``.

    Runs before anything is sent, so a refused message costs no request.
    """
    needed = KIND_CAPABILITY[message.kind]
    if not info.supports(needed):
        raise NotSupported(info.name, phrase(N_("{kind} messages"), kind=message.kind.value))
    if message.to.is_group and not info.supports(Capability.GROUP_SEND):
        raise NotSupported(info.name, N_("sending to WhatsApp groups"))
    limits = info.limits
    text = message.caption if message.kind.is_media else message.text
    what = phrase(N_("caption")) if message.kind.is_media else phrase(N_("text"))
    if message.kind is MessageKind.TEXT and not text.strip():
        raise ValidationError(N_("the message text is empty"))
    length = counted_length(text)
    if limits.max_text is not None and length > limits.max_text:
        raise ValidationError(
            N_("the {what} is {length} characters; {name} allows at most {max_text}"),
            what=what,
            length=f"{length:,}",
            name=info.name,
            max_text=f"{limits.max_text:,}",
        )
    if message.kind is MessageKind.TEXT and limits.min_text is not None and length < limits.min_text:
        raise ValidationError(
            N_("the text is {length} characters; {name} needs at least {min_text}"),
            length=length,
            name=info.name,
            min_text=limits.min_text,
        )
    if message.kind.is_media:
        _validate_media(info, message.kind, message.media)
    _validate_content(info, message)


_CONTENT = {
    MessageKind.CONTACT_CARD: ContactCard,
    MessageKind.LIST: ListContent,
    MessageKind.BUTTONS: ButtonsContent,
    MessageKind.POLL: PollContent,
    MessageKind.TEMPLATE: TemplateContent,
    MessageKind.LINK: LinkContent,
}


def _validate_content(info: ProviderInfo, message: OutgoingMessage) -> None:
    kind, content, limits = message.kind, message.content, info.limits
    if kind is MessageKind.LOCATION:
        loc = message.location
        if loc is None or not (-90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180):
            raise ValidationError(N_("a location needs a latitude (-90…90) and a longitude (-180…180)"))
        missing = [
            part for part in ("name", "address") if part in limits.location_needs and not getattr(loc, part).strip()
        ]
        if missing:
            raise ValidationError(
                N_("{name} needs the location's {value}, not only its coordinates"),
                name=info.name,
                value=phrase(N_("name and address"))
                if len(missing) == 2
                else phrase(N_("name"))
                if missing == ["name"]
                else phrase(N_("address")),
            )
        return
    wanted = _CONTENT.get(kind)
    if wanted is None:
        return
    if not isinstance(content, wanted):
        raise ValidationError(N_("a {value} message needs its content"), value=kind.value)
    checks: list[tuple[int, int | None, Phrase]] = []
    if isinstance(content, ListContent):
        checks.append((len(content.rows), limits.max_list_rows, phrase(N_("list rows"))))
        if not content.rows:
            raise ValidationError(N_("a list needs at least one row"))
    if isinstance(content, ButtonsContent):
        checks.append((len(content.buttons), limits.max_buttons, phrase(N_("buttons"))))
        if not content.buttons:
            raise ValidationError(N_("a buttons message needs at least one button"))
    if isinstance(content, TemplateContent):
        checks.append((len(content.buttons), limits.max_template_buttons, phrase(N_("template buttons"))))
    if isinstance(content, PollContent) and len(content.options) < 2:
        raise ValidationError(N_("a poll needs at least two options"))
    for count, cap, what in checks:
        if cap is not None and count > cap:
            raise ValidationError(
                N_("{count} {what} given; {name} allows at most {cap}"), count=count, what=what, name=info.name, cap=cap
            )


def _validate_media(info: ProviderInfo, kind: MessageKind, media: MediaRef | None) -> None:
    if media is None:
        raise ValidationError(N_("a {value} message needs a file or a URL"), value=kind.value)
    if media.path is not None and not info.supports(Capability.LOCAL_UPLOAD):
        raise NotSupported(info.name, N_("sending local files (give a public URL instead)"))
    allowed = info.limits.extensions.get(kind)
    ext = _extension(media)
    if allowed and ext not in allowed:
        raise ValidationError(
            N_("'{filename}' is not a {value} file {name} accepts (allowed: {other})"),
            filename=media.filename,
            value=kind.value,
            name=info.name,
            other=", ".join(sorted(allowed)),
        )
    cap = info.limits.max_media_bytes.get(kind)
    if cap is not None and media.size is not None and media.size > cap:
        raise ValidationError(
            N_("'{filename}' is {value}; {name} allows {kind_value} files up to {other}"),
            filename=media.filename,
            value=_size(media.size),
            name=info.name,
            kind_value=kind.value,
            other=_size(cap),
        )


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.0f} KB"
