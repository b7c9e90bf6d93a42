"""WACloud's answers and callbacks read into domain objects (at module level, so the examples can be fed in)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wadesk.domain.errors import AuthError, ProviderError, Rejected
from wadesk.domain.models import (
    Contact,
    DeviceInfo,
    DeviceState,
    NumberCheck,
    QrChallenge,
    QrKind,
    StatusUpdate,
)
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.values import as_datetime, as_flag, as_int, as_opt_text, as_text
from wadesk.providers.wacloud.info import NAME, QR_VALIDITY
from wadesk.providers.wacloud.numbers import canonical_number, chat_number

# -- provider-specific records -------------------------------------------------


@dataclass(frozen=True)
class SentMessage:
    """The ``data`` of a ``POST /messages`` answer."""

    message_id: str | None
    whatsapp_message_id: str | None = None
    status: DeliveryStatus | None = None
    word: str = ""
    ack: int | None = None
    to: str | None = None


@dataclass(frozen=True)
class Template:
    """A stored message template; variables are written ``@{{name}}`` in ``content``."""

    template_id: str
    name: str = ""
    content: str = ""
    message_type: str = "text"
    variables: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Webhook:
    webhook_id: str
    url: str = ""
    events: tuple[str, ...] = ()
    device_id: str | None = None


@dataclass(frozen=True)
class OtpTicket:
    """What ``POST /messages/otp`` answers: the id to ask the status by, and the expiry."""

    otp_id: str
    expires_at: datetime | None = None
    expires_in_minutes: int | None = None


# -- parsing (module level so the document's own examples can be fed to it) -----

_AUTH_WORDS = re.compile(r"api[ _-]?key|unauthori[sz]ed|unauthenticated|forbidden|invalid key|x-api-key", re.I)


def ensure_success(body: Any, *, http_status: int | None = None) -> Mapping[str, Any]:
    """The envelope when WACloud did not refuse; ``success: false`` raised with its words.

    ``success`` is compared exactly (``true``/``false``, also as strings); an
    envelope without it is passed on for the caller's parser to judge.
    """
    if not isinstance(body, Mapping):
        raise ProviderError(NAME, N_("WACloud's answer is not the expected JSON object"), http_status=http_status)
    if as_flag(body.get("success")) is False:
        words = error_words(body) or "the request was refused"
        kind: type[ProviderError] = AuthError if _AUTH_WORDS.search(words) else Rejected
        raise kind(NAME, words, http_status=http_status, provider_message=words)
    return body


def error_words(body: Mapping[str, Any]) -> str | None:
    """The reason of a refusal: ``error`` (a string or an object), else ``message``, ``errors``, ``detail``."""
    for key in ("error", "message", "errors", "detail"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, Mapping):
            inner = error_words(value)
            code = value.get("code")
            if inner:
                return f"{inner} ({code})" if isinstance(code, str) and code and code not in inner else inner
        if isinstance(value, list):
            texts = [v.strip() for v in value if isinstance(v, str) and v.strip()]
            if texts:
                return "; ".join(texts)
    return None


_STATUS_WORDS = {
    "pending": DeliveryStatus.ACCEPTED,
    "queued": DeliveryStatus.ACCEPTED,
    "server": DeliveryStatus.SENT,
    "sent": DeliveryStatus.SENT,
    "device": DeliveryStatus.DELIVERED,
    "delivered": DeliveryStatus.DELIVERED,
    "received": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.READ,
    "played": DeliveryStatus.READ,
    "failed": DeliveryStatus.FAILED,
    "error": DeliveryStatus.FAILED,
}
_ACKS = {
    -1: DeliveryStatus.FAILED,
    0: DeliveryStatus.ACCEPTED,
    1: DeliveryStatus.SENT,
    2: DeliveryStatus.DELIVERED,
    3: DeliveryStatus.READ,
    4: DeliveryStatus.READ,
}


def map_status(word: object, ack: object = None) -> DeliveryStatus | None:
    """WACloud's message ``status`` word, else its ``ack`` number, as a delivery status."""
    if isinstance(word, str):
        found = _STATUS_WORDS.get(word.strip().lower())
        if found is not None:
            return found
    number = as_int(ack)
    return _ACKS.get(number) if number is not None else None


def sent_message(body: Any) -> SentMessage:
    """``{"success": true, "data": {"message_id", "whatsapp_message_id", "status", "ack", "to"}}``."""
    data = data_of(body)
    word = as_text(data.get("status"))
    ack = as_int(data.get("ack"))
    return SentMessage(
        message_id=as_opt_text(data.get("message_id") or data.get("id"), strip=False),
        whatsapp_message_id=as_opt_text(data.get("whatsapp_message_id"), strip=False),
        status=map_status(word, ack),
        word=word or as_text(data.get("error")),
        ack=ack,
        to=as_opt_text(data.get("to"), strip=False),
    )


_DEVICE_STATES = {
    "connected": DeviceState.CONNECTED,
    "working": DeviceState.CONNECTED,
    "pairing": DeviceState.PAIRING,
    "scan_qr_code": DeviceState.PAIRING,
    "starting": DeviceState.PAIRING,
    "disconnected": DeviceState.DISCONNECTED,
    "stopped": DeviceState.DISCONNECTED,
    "failed": DeviceState.DISCONNECTED,
}


def device_state(word: object) -> DeviceState:
    if isinstance(word, str):
        return _DEVICE_STATES.get(word.strip().lower(), DeviceState.UNKNOWN)
    return DeviceState.UNKNOWN


def device_state_of(body: Any) -> DeviceState:
    """``…/status``: the shape is not printed, so ``data`` as the word, ``data.status`` or a top-level ``status``."""
    word = status_word(body)
    return device_state(word)


def device_from(data: Mapping[str, Any], *, fallback_id: str) -> DeviceInfo:
    """A device object (the create answer's ``id``, ``name``, ``status``, …; a nested ``device`` is unwrapped)."""
    nested = data.get("device")
    if isinstance(nested, Mapping):
        data = {**data, **nested}
    number = as_opt_text(data.get("phone_number") or data.get("phone") or data.get("number"), strip=False)
    return DeviceInfo(
        device_id=str(data.get("id") or data.get("device_id") or fallback_id),
        state=device_state(data.get("status")),
        number=canonical_number(number) if number else None,
        name=as_opt_text(data.get("name"), strip=False),
        quota=as_opt_text(data.get("quota"), strip=False),
    )


def device_list(body: Any) -> list[DeviceInfo]:
    return [device_from(r, fallback_id="") for r in rows_of(body, "devices") if r.get("id") or r.get("device_id")]


_DATA_URI = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*),(?P<payload>.*)", re.S)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def qr_challenge(body: Any, *, now: datetime | None = None) -> QrChallenge:
    """The pair answer: a ``data:image/png;base64,…`` URI becomes PNG bytes; ``expires_at`` is kept."""
    data = data_of(body)
    code = data.get("qr_code") or data.get("qr") or data.get("qrcode")
    if not isinstance(code, str) or not code.strip():
        if device_state(data.get("status")) is DeviceState.CONNECTED:
            raise Rejected(NAME, N_("the device is already paired (status connected)"))
        raise ProviderError(NAME, N_("WACloud's pairing answer carried no QR code"))
    code = code.strip()
    expires = (
        as_datetime(data.get("expires_at"), unix=True, z_any_case=True) or (now or datetime.now(UTC)) + QR_VALIDITY
    )
    if code.startswith("data:"):
        return QrChallenge(QrKind.PNG, decode_data_uri(code), expires)
    if code.startswith(("http://", "https://")):
        return QrChallenge(QrKind.URL, code, expires)
    return QrChallenge(QrKind.TEXT, code, expires)


def decode_data_uri(uri: str) -> bytes:
    """The bytes of a base64 image data URI; a clear ``ProviderError`` when it is damaged or not an image."""
    match = _DATA_URI.fullmatch(uri.strip())
    if match is None or ";base64" not in match.group("params").lower():
        raise ProviderError(NAME, N_("WACloud's QR code is not a base64 data URI"))
    mime = (match.group("mime") or "").lower()
    if mime and not mime.startswith("image/"):
        raise ProviderError(NAME, N_("WACloud's QR code is {mime}, not an image"), mime=mime)
    payload = re.sub(r"\s", "", match.group("payload"))
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        shown = payload[:24] + ("…" if len(payload) > 24 else "")
        raise ProviderError(
            NAME, N_("WACloud's QR image is damaged (invalid base64: '{shown}')"), shown=shown
        ) from None
    if mime in ("", "image/png") and not raw.startswith(_PNG_SIGNATURE):
        raise ProviderError(NAME, N_("WACloud's QR image is not a PNG picture"))
    return raw


def number_check(number: str, body: Any) -> NumberCheck:
    """``check-exists``: ``data.numberExists`` (compared exactly) and ``data.chatId``."""
    return NumberCheck(number, as_flag(data_of(body).get("numberExists")))


_NOT_PEOPLE = ("@g.us", "@broadcast", "@newsletter")


def contact_from(row: Mapping[str, Any]) -> Contact | None:
    """A contact; the phone from ``number``, else the chat id without ``@c.us``.  Groups and bare LIDs are skipped.

    Only ``name`` is documented; WAHA's ``id``/``number``/``pushname`` are read when present.
    """
    chat_id = as_text(row.get("id") or row.get("chatId") or row.get("chat_id"))
    if chat_id.endswith(_NOT_PEOPLE):
        return None
    phone = as_text(str(row.get("number") or row.get("phone") or row.get("phone_number") or ""))
    if not phone and chat_id and not chat_id.endswith("@lid"):
        phone = chat_number(chat_id)
    if not phone:
        return None  # a LID alone hides the phone number
    name = as_text(row.get("name")) or as_text(row.get("pushname")) or as_text(row.get("shortName"))
    fields = {"chat_id": chat_id} if chat_id else {}
    if as_text(row.get("pushname")) and as_text(row.get("pushname")) != name:
        fields["pushname"] = as_text(row.get("pushname"))
    return Contact(phone=chat_number(phone), name=name, fields=fields)


def contacts_from(rows: Iterable[Mapping[str, Any]]) -> list[Contact]:
    return [c for c in (contact_from(r) for r in rows) if c is not None]


def picture_url(body: Any) -> str | None:
    """The profile picture's URL: ``data`` as a string, or a ``…url``-like key of ``data``."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, str):
        return data.strip() or None
    if isinstance(data, Mapping):
        for key in ("profilePictureURL", "profile_picture_url", "url", "profilePicture", "picture"):
            if isinstance(data.get(key), str) and data[key].strip():
                return str(data[key]).strip()
    return None


_VARIABLE = re.compile(r"@?\{\{\s*([A-Za-z_][\w-]*)\s*\}\}")


def template_variables(content: str) -> list[str]:
    """The placeholder names of a template, in order: ``@{{name}}`` (as the document writes them) or ``{{name}}``."""
    return list(dict.fromkeys(_VARIABLE.findall(content)))


def template_from(row: Mapping[str, Any]) -> Template | None:
    template_id = as_opt_text(row.get("id") or row.get("template_id"), strip=False)
    if template_id is None:
        return None
    raw_vars = row.get("variables")
    if isinstance(raw_vars, list):
        names = tuple(str(v) for v in raw_vars if isinstance(v, str | int))
    elif isinstance(raw_vars, Mapping):
        names = tuple(str(k) for k in raw_vars)
    else:
        names = tuple(template_variables(as_text(row.get("content"))))
    return Template(
        template_id=template_id,
        name=as_text(row.get("name")),
        content=as_text(row.get("content")),
        message_type=as_text(row.get("message_type")) or "text",
        variables=names,
        description=as_text(row.get("description")),
    )


def preview_text(body: Any) -> str | None:
    """The preview (shape not printed): ``data`` as a string, or its ``content``/``preview``/``text``/``message``."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, str):
        return data
    if isinstance(data, Mapping):
        for key in ("content", "preview", "text", "message", "rendered"):
            if isinstance(data.get(key), str):
                return str(data[key])
    return None


def webhook_from(row: Mapping[str, Any]) -> Webhook | None:
    webhook_id = as_opt_text(row.get("id") or row.get("webhook_id"), strip=False)
    if webhook_id is None:
        return None
    events = row.get("events")
    return Webhook(
        webhook_id=webhook_id,
        url=as_text(row.get("url")),
        events=tuple(str(e) for e in events) if isinstance(events, list) else (),
        device_id=as_opt_text(row.get("device_id"), strip=False),
    )


def otp_ticket(body: Any) -> OtpTicket:
    """``{"success": true, "data": {"otp_id", "expires_at", "expires_in_minutes"}}``."""
    data = data_of(body)
    otp_id = as_opt_text(data.get("otp_id") or data.get("id"), strip=False)
    if otp_id is None:
        raise ProviderError(NAME, N_("WACloud sent the OTP but gave no otp_id"))
    return OtpTicket(
        otp_id, as_datetime(data.get("expires_at"), unix=True, z_any_case=True), as_int(data.get("expires_in_minutes"))
    )


def status_word(body: Any) -> str | None:
    """A status word from ``data`` (a string), ``data.status`` or a top-level ``status``, lower-cased."""
    if not isinstance(body, Mapping):
        return None
    data = body.get("data")
    for value in (data, data.get("status") if isinstance(data, Mapping) else None, body.get("status")):
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    return None


_STATUS_EVENTS = {"status", "message.ack", "message.status", "message_status", "ack"}


def callback_updates(payload: Any, *, known: Callable[[str], str | None] | None = None) -> list[StatusUpdate]:
    """Delivery updates from a webhook POST (one event or a list of them); other events give none.

    ``known`` maps a ``whatsapp_message_id`` back to WACloud's ``message_id``
    when the event names only the former.
    """
    events = payload if isinstance(payload, list) else [payload]
    updates: list[StatusUpdate] = []
    for event in events:
        if not isinstance(event, Mapping) or as_text(event.get("event")).lower() not in _STATUS_EVENTS:
            continue
        data = event.get("data", event.get("payload"))
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, Mapping):
                update = _status_update(item, known)
                if update is not None:
                    updates.append(update)
    return updates


def _status_update(item: Mapping[str, Any], known: Callable[[str], str | None] | None) -> StatusUpdate | None:
    word = as_text(item.get("status")) or as_text(item.get("ackName"))
    status = map_status(word, item.get("ack"))
    if status is None:
        return None
    whatsapp_id = as_opt_text(item.get("whatsapp_message_id"), strip=False) or _whatsapp_id(as_text(item.get("id")))
    message_id = as_opt_text(item.get("message_id"), strip=False)
    if message_id is None and whatsapp_id is not None:
        message_id = (known(whatsapp_id) if known else None) or whatsapp_id
    note = word or (f"ack {item.get('ack')}" if item.get("ack") is not None else "")
    reason = as_text(item.get("error"))
    return StatusUpdate(
        status=status,
        provider_message_id=message_id,
        at=as_datetime(item.get("timestamp") or item.get("updated_at"), unix=True, z_any_case=True),
        note=f"{note}: {reason}" if reason else note,
    )


def _whatsapp_id(serialized: str) -> str | None:
    """``true_6281…@c.us_3EB0…`` (WAHA's serialized id) -> ``3EB0…``."""
    if not serialized:
        return None
    if "@" in serialized and "_" in serialized:
        return serialized.rsplit("_", 1)[-1] or None
    return serialized


# -- small tolerant readers -----------------------------------------------------


def data_of(body: Any) -> Mapping[str, Any]:
    data = body.get("data") if isinstance(body, Mapping) else None
    return data if isinstance(data, Mapping) else {}


def rows_of(body: Any, *keys: str) -> list[Mapping[str, Any]]:
    """The items of a list answer: ``data`` as an array, or an array under ``data.<key>``/``data.items``."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, Mapping):
        for key in (*keys, "items", "data", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    return [r for r in data if isinstance(r, Mapping)] if isinstance(data, list) else []
