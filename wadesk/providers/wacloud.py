"""WACloud (https://app.wacloud.id/api/v1).

A JSON REST API with the key in the ``X-Api-Key`` header.  Every answer is an
envelope ``{"success": true, "data": …}``; a refusal is ``"success": false``
with the reason under ``error`` (or ``message``), and the provider's words are
what the user sees.  One message per request (``POST /messages``), identified
by WACloud's ``message_id``; its ``whatsapp_message_id`` is remembered so that
a callback naming only the WhatsApp id can still be matched.

Choices where the document is silent or unsure:

* Contact routes are written ``/devices/{session}/contacts…`` and every example
  uses the session ``default``.  The configured ``device_id`` is used as the
  session, as on the device routes.
* Phone numbers: ``628…`` (country code, digits only) for messages and the
  number check, ``81…`` (no country code, no leading zero) for device creation
  and OTP, as the examples show.  ``…@c.us``/``…@lid`` suffixes are stripped
  from what comes back.
* The structure of a list ``section`` is not documented; sections are sent in
  the common WhatsApp Web form ``{"title", "rows": [{"title", "rowId",
  "description"}]}`` under ``message`` as the document shows.
* The payload of the ``status`` webhook event is not documented.  It is read
  as the ``message`` event's envelope carrying the send answer's fields:
  ``{"event": "status", "device_id", "data": {"message_id",
  "whatsapp_message_id", "status", "ack", "to", "timestamp"}}``; WAHA-style
  ``message.ack`` events (``payload.id``/``ack``/``ackName``) are read too.
  Status words win over ``ack`` numbers, which follow the WhatsApp Web
  convention (−1 error, 0 pending, 1 server, 2 device, 3 read, 4 played).
* Message listing, message sync, account quota, block/unblock and the LID
  mappings are named in the document without a path, so they are not offered.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import phonenumbers

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import Ambiguous, AuthError, NotSupported, ProviderError, Rejected, ValidationError
from wadesk.domain.models import (
    Account,
    Contact,
    DeviceInfo,
    DeviceState,
    ListContent,
    MessageKind,
    NumberCheck,
    OutgoingMessage,
    PollContent,
    QrChallenge,
    QrKind,
    SendResult,
    StatusUpdate,
    TemplateContent,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import Provider, ProviderInfo, validate_message
from wadesk.providers.http import HttpClient, json_of, parse_json
from wadesk.providers.values import as_datetime, as_flag, as_int, as_opt_text, as_text

NAME = "WACloud"
QR_VALIDITY = timedelta(minutes=2)  # "QR code berlaku selama 2 menit"
OTP_DIGITS = 6
OTP_DEFAULT_EXPIRY_MINUTES = 10
CONTACTS_PAGE = 100  # the documented default ``limit``
DEFAULT_EVENTS = ("message", "status")

INFO = ProviderInfo(
    id="wacloud",
    name=NAME,
    capabilities=(
        Capability.SEND_TEXT
        | Capability.SEND_IMAGE
        | Capability.SEND_VIDEO
        | Capability.SEND_DOCUMENT
        | Capability.LIST
        | Capability.POLL
        | Capability.TEMPLATE
        | Capability.STATUS_CALLBACK
        | Capability.DEVICE_INFO
        | Capability.QR_PAIRING
        | Capability.CHECK_NUMBER
        | Capability.CONTACTS
    ),
    # The document states no text, media or option limits; media go by public URL only.
    limits=Limits(max_batch=1),
    settings=SettingsSchema(
        [
            SettingField(
                "api_key",
                "API key",
                FieldType.SECRET,
                help="Created in the WACloud dashboard; it starts with waha_",
            ),
            SettingField(
                "device_id",
                "Device ID",
                help="The device (session) that sends, e.g. 550e8400-e29b-41d4-a716-446655440000",
            ),
        ]
    ),
    default_base_url="https://app.wacloud.id/api/v1",
    description="Text, image, video, document, poll, list and stored templates; devices, OTP, contacts, webhooks.",
)


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


# -- the provider ----------------------------------------------------------------


class WacloudProvider(Provider):
    info = INFO

    def __init__(self, account: Account, secrets: Mapping[str, str], http: HttpClient) -> None:
        super().__init__(account, secrets, http)
        self._by_whatsapp_id: dict[str, str] = {}  # whatsapp_message_id -> message_id, for callbacks

    # -- plumbing ---------------------------------------------------------------
    @property
    def device_id(self) -> str:
        value = str(self.account.settings.get("device_id", "")).strip()
        if not value:
            raise ValidationError("WACloud needs the device ID (setting device_id) of the device that sends")
        return value

    def _device_path(self, device_id: str | None = None) -> str:
        return f"devices/{_segment(device_id or self.device_id)}"

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
    ) -> Mapping[str, Any]:
        """One request; the parsed envelope, with ``success: false`` raised in WACloud's words."""
        headers = {"X-Api-Key": self.secrets.get("api_key", "")}
        response = await self.http.request(method, path, params=params, json_body=json_body, headers=headers)
        if not response.content.strip():
            return {}  # an empty 200/204 (a delete, an update): nothing to read
        return ensure_success(json_of(self.info.name, response), http_status=response.status_code)

    # -- devices ----------------------------------------------------------------
    async def device_info(self) -> DeviceInfo:
        """``GET /devices/{device_id}``; its status from ``…/status`` when the details leave it out."""
        body = await self._call("GET", self._device_path())
        info = device_from(_data(body), fallback_id=self.device_id)
        if info.state is DeviceState.UNKNOWN:
            info = replace(info, state=await self.device_status())
        return info

    async def device_status(self, device_id: str | None = None) -> DeviceState:
        """``GET /devices/{device_id}/status``: connected, pairing or disconnected."""
        body = await self._call("GET", f"{self._device_path(device_id)}/status")
        return device_state_of(body)

    async def list_devices(self) -> list[DeviceInfo]:
        """``GET /devices``: the connected devices of the account."""
        return device_list(await self._call("GET", "devices"))

    async def get_device(self, device_id: str) -> DeviceInfo:
        body = await self._call("GET", self._device_path(device_id))
        return device_from(_data(body), fallback_id=device_id)

    async def create_device(self, name: str, phone_number: str) -> DeviceInfo:
        """``POST /devices``; the number goes without the country code (``81…``).  The device starts pairing."""
        if not name.strip():
            raise ValidationError("a WACloud device needs a name")
        body = await self._call(
            "POST", "devices", json_body={"name": name.strip(), "phone_number": national_number(phone_number)}
        )
        info = device_from(_data(body), fallback_id="")
        if not info.device_id:
            raise ProviderError(self.info.name, "WACloud created the device but gave no id")
        return info

    async def pairing_qr(self) -> QrChallenge:
        """``GET /devices/{device_id}/pair``: a base64 PNG data URI, valid for two minutes."""
        return qr_challenge(await self._call("GET", f"{self._device_path()}/pair"))

    # -- messages ---------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """One ``POST /messages`` per message (WACloud has no bulk send).

        Every body is built first, so an invalid message stops the batch before
        any request.  A message WACloud refuses is ``failed`` in its words; when
        a later request of the batch breaks, the rest are not attempted.
        """
        bodies = [self.message_body(m) for m in batch]
        results: list[SendResult] = []
        for index, (message, body) in enumerate(zip(batch, bodies, strict=True)):
            try:
                answer = await self._call("POST", "messages", json_body=body)
            except Rejected as exc:
                results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=exc.message))
                continue
            except ProviderError as exc:
                if not results:
                    raise
                maybe = isinstance(exc, Ambiguous) or type(exc) is ProviderError
                status = DeliveryStatus.UNCERTAIN if maybe else DeliveryStatus.FAILED
                results.append(SendResult(message.ref_id, status, error=str(exc)))
                results.extend(
                    SendResult(rest.ref_id, DeliveryStatus.FAILED, error=f"not sent: {exc}")
                    for rest in batch[index + 1 :]
                )
                return results
            results.append(self._result(message, answer))
        return results

    def _result(self, message: OutgoingMessage, answer: Mapping[str, Any]) -> SendResult:
        sent = sent_message(answer)
        if sent.status is DeliveryStatus.FAILED:
            return SendResult(message.ref_id, DeliveryStatus.FAILED, sent.message_id, error=sent.word or "failed")
        if sent.message_id and sent.whatsapp_message_id:
            self._remember(sent.whatsapp_message_id, sent.message_id)
        if sent.message_id or answer.get("success") is True:
            return SendResult(message.ref_id, DeliveryStatus.ACCEPTED, sent.message_id)
        return SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error="WACloud's answer named no message id")

    def _remember(self, whatsapp_id: str, message_id: str) -> None:
        if len(self._by_whatsapp_id) >= 10_000:
            self._by_whatsapp_id.pop(next(iter(self._by_whatsapp_id)))
        self._by_whatsapp_id[whatsapp_id] = message_id

    def message_body(self, message: OutgoingMessage) -> dict[str, Any]:
        return message_body(message, self.device_id)

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """Status events POSTed to a webhook; ``message`` (incoming) events give no updates."""
        payload = parse_json(self.info.name, body.decode("utf-8", "replace"))
        return callback_updates(payload, known=self._by_whatsapp_id.get)

    # -- numbers and contacts -----------------------------------------------------
    async def check_numbers(self, numbers: Sequence[str]) -> list[NumberCheck]:
        """``GET /devices/{session}/contacts/check-exists?phone=…``, one number at a time."""
        path = f"{self._device_path()}/contacts/check-exists"
        out: list[NumberCheck] = []
        for number in numbers:
            phone = chat_number(number)
            if not re.fullmatch(r"\d{6,15}", phone):
                out.append(NumberCheck(number, None))  # not a phone number: nothing to ask
                continue
            body = await self._call("GET", path, params={"phone": phone})
            out.append(number_check(number, body))
        return out

    async def list_contacts(self) -> list[Contact]:
        """Every contact of the device, 100 a page (``limit``/``offset``, sorted by id)."""
        path = f"{self._device_path()}/contacts"
        contacts: dict[str, Contact] = {}
        seen: set[str] = set()
        offset = 0
        while True:
            params = {"limit": str(CONTACTS_PAGE), "offset": str(offset), "sortBy": "id", "sortOrder": "asc"}
            rows = _rows(await self._call("GET", path, params=params))
            keys = {str(r.get("id") or sorted(r.items())) for r in rows}
            for contact in contacts_from(rows):
                contacts.setdefault(contact.phone, contact)
            if len(rows) < CONTACTS_PAGE or keys <= seen:  # the last page, or a server ignoring offset
                return list(contacts.values())
            seen |= keys
            offset += len(rows)

    async def get_contact(self, contact_id: str) -> Contact:
        """One contact by phone number or chat id (``…@c.us``/``…@lid``)."""
        body = await self._call("GET", f"{self._device_path()}/contacts/{_contact_segment(contact_id)}")
        contact = contact_from(_data(body))
        if contact is None:
            raise ProviderError(self.info.name, f"WACloud returned no contact for {contact_id!r}")
        return contact

    async def update_contact(self, chat_id: str, first_name: str, last_name: str = "") -> None:
        """``PUT …/contacts/{chat_id}`` with ``firstName``/``lastName`` (the phone's address book and WhatsApp)."""
        await self._call(
            "PUT",
            f"{self._device_path()}/contacts/{_contact_segment(chat_id)}",
            json_body={"firstName": first_name, "lastName": last_name},
        )

    async def profile_picture(self, contact_id: str, *, refresh: bool = False) -> str | None:
        """The contact's profile-picture URL (cached 24 h by WACloud unless ``refresh``); ``None`` if it has none."""
        body = await self._call(
            "GET",
            f"{self._device_path()}/contacts/{_contact_segment(contact_id)}/profile-picture",
            params={"refresh": "true" if refresh else "false"},
        )
        return picture_url(body)

    # -- templates ----------------------------------------------------------------
    async def list_templates(self) -> list[Template]:
        return [t for t in (template_from(r) for r in _rows(await self._call("GET", "templates"))) if t]

    async def get_template(self, template_id: str) -> Template:
        body = await self._call("GET", f"templates/{_segment(template_id)}")
        return template_from(_data(body)) or Template(template_id)

    async def create_template(
        self,
        name: str,
        content: str,
        *,
        message_type: str = "text",
        variables: Sequence[str] | None = None,
        description: str = "",
    ) -> Template:
        """``POST /templates``; ``variables`` default to the ``@{{name}}`` placeholders found in ``content``."""
        names = list(variables) if variables is not None else template_variables(content)
        sent = {
            "name": name,
            "content": content,
            "message_type": message_type,
            "variables": names,
            "description": description,
        }
        body = await self._call("POST", "templates", json_body=sent)
        made = template_from(_data(body))
        if made is None:
            raise ProviderError(self.info.name, "WACloud created the template but gave no id")
        return _filled(made, sent)

    async def update_template(
        self, template_id: str, *, name: str, content: str, message_type: str = "text"
    ) -> Template:
        sent = {"name": name, "content": content, "message_type": message_type}
        body = await self._call("PUT", f"templates/{_segment(template_id)}", json_body=sent)
        return _filled(template_from(_data(body)) or Template(template_id), sent)

    async def delete_template(self, template_id: str) -> None:
        await self._call("DELETE", f"templates/{_segment(template_id)}")

    async def preview_template(self, template_id: str, variables: Mapping[str, str]) -> str:
        """The template's text with ``variables`` filled in, as WACloud renders it."""
        body = await self._call(
            "POST", f"templates/{_segment(template_id)}/preview", json_body={"variables": dict(variables)}
        )
        text = preview_text(body)
        if text is None:
            raise ProviderError(self.info.name, "WACloud's preview carried no text")
        return text

    # -- webhooks -----------------------------------------------------------------
    async def create_webhook(
        self, url: str, events: Sequence[str] = DEFAULT_EVENTS, *, device_id: str | None = None
    ) -> Webhook:
        target = device_id or self.device_id
        body = await self._call("POST", "webhooks", json_body={"url": url, "events": list(events), "device_id": target})
        made = webhook_from(_data(body))
        if made is None:
            raise ProviderError(self.info.name, "WACloud created the webhook but gave no id")
        return Webhook(made.webhook_id, made.url or url, made.events or tuple(events), made.device_id or target)

    async def list_webhooks(self) -> list[Webhook]:
        return [w for w in (webhook_from(r) for r in _rows(await self._call("GET", "webhooks"))) if w]

    async def delete_webhook(self, webhook_id: str) -> None:
        await self._call("DELETE", f"webhooks/{_segment(webhook_id)}")

    # -- OTP ------------------------------------------------------------------
    async def send_otp(
        self,
        to: str,
        *,
        expiry_minutes: int | None = None,
        template_id: str | None = None,
        device_id: str | None = None,
    ) -> OtpTicket:
        """Send a 6-digit code (``POST /messages/otp``); the number goes without the country code."""
        body: dict[str, Any] = {"device_id": device_id or self.device_id, "to": national_number(to)}
        if template_id:
            body["template_id"] = template_id
        if expiry_minutes is not None:
            if expiry_minutes < 1:
                raise ValidationError("the OTP expiry must be at least one minute")
            body["expiry_minutes"] = expiry_minutes
        return otp_ticket(await self._call("POST", "messages/otp", json_body=body))

    async def verify_otp(self, phone_number: str, code: str) -> str:
        """Check a code (by phone number alone); WACloud's confirmation, or ``Rejected`` in its words."""
        code = code.strip()
        if not re.fullmatch(rf"\d{{{OTP_DIGITS}}}", code):
            raise ValidationError(f"a WACloud OTP code is {OTP_DIGITS} digits, not {code!r}")
        body = await self._call(
            "POST", "messages/verify-otp", json_body={"phone_number": national_number(phone_number), "code": code}
        )
        return as_text(body.get("message")) or "OTP verified"

    async def otp_status(self, otp_id: str) -> str:
        """``pending``, ``verified`` or ``expired``, as WACloud says it."""
        body = await self._call("GET", f"messages/otp/{_segment(otp_id)}/status")
        word = status_word(body)
        if word is None:
            raise ProviderError(self.info.name, "WACloud's OTP status answer carried no status")
        return word


# -- parsing (module level so the document's own examples can be fed to it) -----

_AUTH_WORDS = re.compile(r"api[ _-]?key|unauthori[sz]ed|unauthenticated|forbidden|invalid key|x-api-key", re.I)


def ensure_success(body: Any, *, http_status: int | None = None) -> Mapping[str, Any]:
    """The envelope when WACloud did not refuse; ``success: false`` raised with its words.

    ``success`` is compared exactly (``true``/``false``, also as strings); an
    envelope without it is passed on for the caller's parser to judge.
    """
    if not isinstance(body, Mapping):
        raise ProviderError(NAME, "WACloud's answer is not the expected JSON object", http_status=http_status)
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
    data = _data(body)
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
        number=_canonical(number) if number else None,
        name=as_opt_text(data.get("name"), strip=False),
        quota=as_opt_text(data.get("quota"), strip=False),
    )


def device_list(body: Any) -> list[DeviceInfo]:
    return [device_from(r, fallback_id="") for r in _rows(body, "devices") if r.get("id") or r.get("device_id")]


_DATA_URI = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*),(?P<payload>.*)", re.S)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def qr_challenge(body: Any, *, now: datetime | None = None) -> QrChallenge:
    """The pair answer: a ``data:image/png;base64,…`` URI becomes PNG bytes; ``expires_at`` is kept."""
    data = _data(body)
    code = data.get("qr_code") or data.get("qr") or data.get("qrcode")
    if not isinstance(code, str) or not code.strip():
        if device_state(data.get("status")) is DeviceState.CONNECTED:
            raise Rejected(NAME, "the device is already paired (status connected)")
        raise ProviderError(NAME, "WACloud's pairing answer carried no QR code")
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
        raise ProviderError(NAME, "WACloud's QR code is not a base64 data URI")
    mime = (match.group("mime") or "").lower()
    if mime and not mime.startswith("image/"):
        raise ProviderError(NAME, f"WACloud's QR code is {mime}, not an image")
    payload = re.sub(r"\s", "", match.group("payload"))
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        shown = payload[:24] + ("…" if len(payload) > 24 else "")
        raise ProviderError(NAME, f"WACloud's QR image is damaged (invalid base64: {shown!r})") from None
    if mime in ("", "image/png") and not raw.startswith(_PNG_SIGNATURE):
        raise ProviderError(NAME, "WACloud's QR image is not a PNG picture")
    return raw


def number_check(number: str, body: Any) -> NumberCheck:
    """``check-exists``: ``data.numberExists`` (compared exactly) and ``data.chatId``."""
    return NumberCheck(number, as_flag(_data(body).get("numberExists")))


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
    data = _data(body)
    otp_id = as_opt_text(data.get("otp_id") or data.get("id"), strip=False)
    if otp_id is None:
        raise ProviderError(NAME, "WACloud sent the OTP but gave no otp_id")
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


# -- request pieces -----------------------------------------------------------


def message_body(message: OutgoingMessage, device_id: str) -> dict[str, Any]:
    """The ``POST /messages`` JSON for one message; raises ``ValidationError`` for what cannot be sent."""
    validate_message(INFO, message)
    body: dict[str, Any] = {"device_id": device_id, "to": chat_number(message.to.address)}
    kind, content = message.kind, message.content
    if kind is MessageKind.TEXT:
        body |= {"message_type": "text", "text": message.text}
    elif kind in (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT):
        body |= media_fields(message)
    elif kind is MessageKind.POLL:
        if not isinstance(content, PollContent):
            raise ValidationError("a poll needs a question and options")
        body |= poll_fields(content)
    elif kind is MessageKind.LIST:
        if not isinstance(content, ListContent):
            raise ValidationError("a list message needs its title, button and rows")
        body |= {"message_type": "list", "message": list_message(content)}
    elif kind is MessageKind.TEMPLATE:
        if not isinstance(content, TemplateContent):
            raise ValidationError("a template message needs the template id")
        body |= template_fields(content)  # no message_type, as the document's example
    else:
        raise NotSupported(NAME, f"{kind.value} messages")
    return body


def media_fields(message: OutgoingMessage) -> dict[str, Any]:
    """``{kind}_url`` (a public URL), ``caption``; ``filename`` for documents, ``as_note``/``convert`` for videos."""
    media = message.media
    if media is None or not media.url:
        raise NotSupported(NAME, "sending local files (give a public URL instead)")
    kind = message.kind.value
    fields: dict[str, Any] = {"message_type": kind, f"{kind}_url": media.url}
    if message.kind is MessageKind.DOCUMENT:
        fields["filename"] = str(message.extra.get("filename") or media.filename or "document")
    if message.caption:
        fields["caption"] = message.caption
    if message.kind is MessageKind.VIDEO:
        fields["as_note"] = message.extra.get("as_note") is True
        fields["convert"] = message.extra.get("convert") is True
    return fields


def poll_fields(content: PollContent) -> dict[str, Any]:
    options = [o.strip() for o in content.options if o.strip()]
    if not content.question.strip() or not options:
        raise ValidationError("a poll needs a question and at least one option")
    if content.multiple_answers:
        raise ValidationError("WACloud polls take a single answer (the document has no multiple-answer option)")
    return {"message_type": "poll", "poll_name": content.question, "poll_options": options}


def list_message(content: ListContent) -> dict[str, Any]:
    """``message: {title, description, button, sections}``; the rows become one section titled like the list."""
    sections: list[dict[str, Any]] = []
    if content.rows:
        rows = [
            {"title": row.title, "rowId": f"row-{index}", "description": row.description}
            for index, row in enumerate(content.rows, 1)
        ]
        sections.append({"title": content.title, "rows": rows})
    message: dict[str, Any] = {
        "title": content.title,
        "description": content.description,
        "button": content.button_text,
        "sections": sections,
    }
    if content.footer:
        message["footer"] = content.footer
    return message


def template_fields(content: TemplateContent) -> dict[str, Any]:
    if not content.template_id.strip():
        raise ValidationError("a WACloud template message needs the template id")
    if content.buttons:
        raise ValidationError("WACloud templates are stored text templates; they take no buttons")
    return {"template_id": content.template_id.strip(), "variables": {k: str(v) for k, v in content.variables.items()}}


_SUFFIX = re.compile(r"@(?:c\.us|s\.whatsapp\.net|lid)$")


def chat_number(value: str) -> str:
    """``6281…`` from ``6281…``, ``+62 81…`` or ``6281…@c.us`` (digits only, suffix stripped)."""
    stripped = _SUFFIX.sub("", value.strip())
    return re.sub(r"\D", "", stripped) or stripped


def national_number(value: str) -> str:
    """``81234567890``: the number without the country code or leading zero (device creation, OTP)."""
    canonical = normalize_phone(value)
    parsed = phonenumbers.parse("+" + canonical)
    return str(parsed.national_number)


def _canonical(value: str) -> str:
    try:
        return normalize_phone(value)
    except ValidationError:
        return chat_number(value)


def _segment(value: str) -> str:
    return quote(value.strip(), safe="")


def _contact_segment(value: str) -> str:
    value = value.strip()
    return quote(value if "@" in value else chat_number(value), safe="@")


def _filled(made: Template, sent: Mapping[str, Any]) -> Template:
    """A template from an answer that may leave fields out, completed from what was sent."""
    variables = sent.get("variables")
    return Template(
        template_id=made.template_id,
        name=made.name or str(sent.get("name", "")),
        content=made.content or str(sent.get("content", "")),
        message_type=made.message_type or str(sent.get("message_type", "text")),
        variables=made.variables or (tuple(variables) if isinstance(variables, list) else ()),
        description=made.description or str(sent.get("description", "")),
    )


# -- small tolerant readers -----------------------------------------------------


def _data(body: Any) -> Mapping[str, Any]:
    data = body.get("data") if isinstance(body, Mapping) else None
    return data if isinstance(data, Mapping) else {}


def _rows(body: Any, *keys: str) -> list[Mapping[str, Any]]:
    """The items of a list answer: ``data`` as an array, or an array under ``data.<key>``/``data.items``."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, Mapping):
        for key in (*keys, "items", "data", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    return [r for r in data if isinstance(r, Mapping)] if isinstance(data, list) else []
