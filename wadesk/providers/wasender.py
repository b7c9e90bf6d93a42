"""Wasender (https://wasenderdha.my.id).

Every call is a POST to a path right under the base URL (``send-message``,
``send-media``, ``send-button``, ``send-template``, ``send-list``,
``generate-qr``).  The credential is the ``api_key`` body field; sends name the
connected device in ``sender`` and the QR call names it in ``device``.

Encoding.  The document never says which body encoding the gateway expects: its
PHP (``http_build_query``) and Python (``requests.post(data=…)``) samples send a
form, its Node sample sends JSON.  wadesk sends a form, as two of the three
samples do, and writes arrays (``button``, ``template``, ``list``) the way the
PHP sample's ``http_build_query`` does, with indexed keys (``button[0]=…``).
The validation errors the document prints (``"The number field is required."``)
read like a PHP form validator, which parses indexed keys as an array but keeps
only the last of repeated plain keys (the Python sample's form), so the indexed
form is the one most likely to arrive whole.  Booleans (``ppt``) are sent as
``true``, the word the document uses.

Answers.  ``status`` is compared exactly: ``true`` means the gateway took the
message, ``false`` carries its words in ``msg`` (``message`` on the QR call)
and ``errors`` (an object of field -> messages, or a plain string).  The
gateway returns no message id, offers no report endpoint and documents no
status-callback payload, so a message it took stays ``accepted``: that is the
last thing wadesk can honestly know about it.  HTTP status codes are not
documented; ``HttpClient.request`` maps the usual ones.

Pairing.  ``generate-qr`` may answer ``{"status": "processing"}``; the document
says to call again after 2–3 seconds, so ``pairing_qr`` polls every
``qr_poll_interval`` seconds for at most ``qr_timeout`` seconds (through the
``sleep`` attribute, replaceable in tests).  The QR arrives as a base64 PNG data
URI and is returned as PNG bytes.  What the call answers for a device that is
already connected is not documented; any other ``status`` is reported with the
gateway's own words.

Extras beyond the ``Provider`` interface: ``request_qr`` (one ``generate-qr``
call, no waiting), ``connection_state`` (what ``generate-qr`` says about the
device), ``send_voice_note`` (audio with ``ppt``; also reachable through
``OutgoingMessage.extra["ppt"]``) and ``parse_incoming`` for the inbound-message
webhook.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import math
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import (
    Ambiguous,
    AuthError,
    ProviderError,
    RateLimited,
    Rejected,
    TransportError,
    ValidationError,
)
from wadesk.domain.models import (
    Account,
    ButtonsContent,
    DeviceState,
    ListContent,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    QrChallenge,
    QrKind,
    Recipient,
    SendResult,
    TemplateContent,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.base import Provider, ProviderInfo, guess_mime, validate_message
from wadesk.providers.http import HttpClient, json_of, parse_json
from wadesk.providers.values import as_flag, as_text

NAME = "Wasender"

# ``media_type`` mixes kinds and file extensions: documents go by their extension.
DOCUMENT_TYPES = frozenset({"pdf", "xls", "xlsx", "doc", "docx", "zip"})
_DOCUMENT_MIMES = {
    "application/pdf": "pdf",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
}

INFO = ProviderInfo(
    id="wasender",
    name=NAME,
    capabilities=(
        Capability.SEND_TEXT
        | Capability.SEND_IMAGE
        | Capability.SEND_VIDEO
        | Capability.SEND_AUDIO
        | Capability.SEND_DOCUMENT
        | Capability.BUTTONS
        | Capability.TEMPLATE
        | Capability.LIST
        | Capability.QR_PAIRING
    ),
    limits=Limits(
        max_batch=1,
        extensions={MessageKind.DOCUMENT: DOCUMENT_TYPES},
        max_buttons=5,
        max_template_buttons=3,
        max_list_rows=10,
    ),
    settings=SettingsSchema(
        [
            SettingField(
                "api_key", N_("API key"), FieldType.SECRET, help=N_("Your API key from the Wasender dashboard")
            ),
            SettingField(
                "sender",
                N_("Sender number"),
                help=N_("The connected WhatsApp number, international format without + (e.g. 62888…)"),
                pattern=r"\+?[\d\s\-]{8,20}",
            ),
        ]
    ),
    default_base_url="https://wasenderdha.my.id",
    description=N_("Indonesian gateway: text, media by URL, quick-reply and call/URL buttons, lists, QR pairing."),
)

SleepFn = Callable[[float], Awaitable[None]]


# -- status words -------------------------------------------------------------


def map_status(value: object) -> DeliveryStatus | None:
    """A send answer's ``status`` as a delivery status, compared exactly.

    ``true`` -> ``accepted`` (no id, no report, no callback: it stays there),
    ``false`` -> ``failed``; anything else (the QR call's ``"processing"``, a
    string ``"true"``) is not a verdict and gives ``None``.
    """
    if value is True:
        return DeliveryStatus.ACCEPTED
    if value is False:
        return DeliveryStatus.FAILED
    return None


def words_of(body: object) -> str:
    """The gateway's explanation: ``msg`` (or ``message``) plus ``errors`` in either of its shapes."""
    if not isinstance(body, Mapping):
        return ""
    head = as_text(body.get("msg"), numbers=True) or as_text(body.get("message"), numbers=True)
    detail = errors_text(body.get("errors"))
    if head and detail:
        return f"{head} ({detail})"
    return head or detail


def errors_text(errors: object) -> str:
    """``errors`` as one line: ``{"number": ["…"]}`` -> ``number: …``; a plain string as it is."""
    if isinstance(errors, str):
        return errors.strip()
    if isinstance(errors, Mapping):
        parts = []
        for field, value in errors.items():
            said = "; ".join(_flatten(value))
            parts.append(f"{field}: {said}" if said else str(field))
        return "; ".join(parts)
    if isinstance(errors, list):
        return "; ".join(_flatten(errors))
    return ""


def error_fields(body: object) -> set[str]:
    """The field names ``errors`` blames, when it is the object form."""
    errors = body.get("errors") if isinstance(body, Mapping) else None
    return {str(k).lower() for k in errors} if isinstance(errors, Mapping) else set()


def _flatten(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [w for v in value for w in _flatten(v)]
    if value is None:
        return []
    return [str(value)]


_AUTH_WORDS = re.compile(r"api[\s_-]?key|unauthori[sz]ed|invalid key|forbidden", re.I)


def refusal(body: object, *, http_status: int | None = None) -> ProviderError | None:
    """The error for a ``status: false`` that concerns the account rather than the message, else ``None``.

    A complaint about ``api_key`` is an ``AuthError``; one about ``sender`` or
    ``device`` (the account's own number) is ``Rejected``: every message of the
    account would fail the same way.
    """
    fields = error_fields(body)
    words = words_of(body) or "the request was refused"
    if "api_key" in fields or (not fields and _AUTH_WORDS.search(words)):
        return AuthError(NAME, words, http_status=http_status, provider_message=words)
    if fields & {"sender", "device"}:
        return Rejected(NAME, words, http_status=http_status, provider_message=words)
    return None


def send_result(message: OutgoingMessage, body: object, *, http_status: int | None = None) -> SendResult:
    """One send answer as a result, or an error when the answer is about the account."""
    if not isinstance(body, Mapping):
        return SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error="Wasender answered without a status")
    status = map_status(body.get("status"))
    if status is DeliveryStatus.ACCEPTED:
        return SendResult(message.ref_id, DeliveryStatus.ACCEPTED, None)
    if status is DeliveryStatus.FAILED:
        error = refusal(body, http_status=http_status)
        if error is not None:
            raise error
        return SendResult(message.ref_id, DeliveryStatus.FAILED, error=words_of(body) or "refused")
    said = words_of(body)
    note = f"Wasender answered status {body.get('status')!r}" + (f": {said}" if said else "")
    return SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error=note)


# -- requests -----------------------------------------------------------------


def media_type(kind: MessageKind, media: MediaRef) -> str:
    """The ``media_type`` value: ``image``/``video``/``audio``, or a document's extension."""
    if kind is MessageKind.IMAGE:
        return "image"
    if kind is MessageKind.VIDEO:
        return "video"
    if kind is MessageKind.AUDIO:
        return "audio"
    name = media.filename
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in DOCUMENT_TYPES:
        return ext
    by_mime = _DOCUMENT_MIMES.get(guess_mime(media).split(";", 1)[0].strip().lower())
    if by_mime:
        return by_mime
    raise ValidationError(
        N_("'{name}': Wasender sends documents of these types only: {value}"),
        name=name,
        value=", ".join(sorted(DOCUMENT_TYPES)),
    )


def check_message(message: OutgoingMessage) -> None:
    """What ``validate_message`` cannot know about Wasender's forms; raises ``ValidationError``."""
    kind, content = message.kind, message.content
    if kind.is_media:
        assert message.media is not None  # validate_message checked it
        if not message.media.url:
            raise ValidationError(N_("Wasender sends media by a direct public URL only"))
        media_type(kind, message.media)
        if message.caption and kind not in (MessageKind.IMAGE, MessageKind.VIDEO):
            raise ValidationError(N_("Wasender sends a caption with images and videos only"))
    elif kind is MessageKind.BUTTONS and isinstance(content, ButtonsContent):
        if not (content.text or message.text).strip():
            raise ValidationError(N_("a buttons message needs its text"))
        for button in content.buttons:
            if button.kind != "reply":
                raise ValidationError(
                    N_("button '{label}': Wasender buttons are quick replies; send call/URL buttons as a template"),
                    label=button.label,
                )
            if not button.label.strip():
                raise ValidationError(N_("a button needs a label"))
    elif kind is MessageKind.TEMPLATE and isinstance(content, TemplateContent):
        if content.template_id:
            raise ValidationError(N_("Wasender has no stored templates: a template is text with call/URL buttons"))
        if not (content.text or message.text).strip():
            raise ValidationError(N_("a template message needs its text"))
        if not content.buttons:
            raise ValidationError(N_("a Wasender template needs at least one call or URL button"))
        for button in content.buttons:
            if button.kind not in ("call", "url"):
                raise ValidationError(
                    N_("template button '{label}': Wasender templates take call and URL buttons"), label=button.label
                )
            if not button.label.strip() or not button.value.strip():
                raise ValidationError(
                    N_("template button '{label}' needs a label and a number or link"), label=button.label
                )
            if "|" in button.label or "|" in button.value:
                raise ValidationError(
                    N_("template button '{label}': '|' cannot appear in a label or value"), label=button.label
                )
    elif kind is MessageKind.LIST and isinstance(content, ListContent):
        if not content.title.strip():
            raise ValidationError(N_("a list needs a title"))
        if not content.button_text.strip():
            raise ValidationError(N_("a list needs the text of its button"))
        if not (content.description or message.text).strip():
            raise ValidationError(N_("a list needs its text"))
        for row in content.rows:
            if not row.title.strip():
                raise ValidationError(N_("a list option needs a title"))
            if row.description:
                raise ValidationError(
                    N_("list option '{title}': Wasender list options are plain text, no descriptions"), title=row.title
                )


def _indexed(name: str, values: Sequence[str]) -> dict[str, str]:
    return {f"{name}[{i}]": v for i, v in enumerate(values)}


def build_request(message: OutgoingMessage) -> tuple[str, dict[str, str]]:
    """The path and the form fields (without ``api_key`` and ``sender``) that send ``message``."""
    kind, content = message.kind, message.content
    form: dict[str, str] = {"number": message.to.address}
    if kind is MessageKind.TEXT:
        form["message"] = message.text
        return "send-message", form
    if kind.is_media:
        assert message.media is not None and message.media.url
        form["media_type"] = media_type(kind, message.media)
        form["url"] = message.media.url
        if message.caption and kind in (MessageKind.IMAGE, MessageKind.VIDEO):
            form["caption"] = message.caption
        if kind is MessageKind.AUDIO and as_flag(message.extra.get("ppt"), digits=True, yes=True) is True:
            form["ppt"] = "true"
        return "send-media", form
    if kind is MessageKind.BUTTONS and isinstance(content, ButtonsContent):
        form["message"] = content.text or message.text
        form.update(_indexed("button", [b.label for b in content.buttons]))
        if content.footer:
            form["footer"] = content.footer
        header = content.image_url or (message.media.url if message.media and message.media.url else "")
        if header:
            form["url"] = header
        return "send-button", form
    if kind is MessageKind.TEMPLATE and isinstance(content, TemplateContent):
        form["message"] = content.text or message.text
        form.update(_indexed("template", [f"{b.kind}|{b.label}|{b.value}" for b in content.buttons]))
        if content.footer:
            form["footer"] = content.footer
        if message.media is not None and message.media.url:
            form["url"] = message.media.url
        return "send-template", form
    if kind is MessageKind.LIST and isinstance(content, ListContent):
        name = message.extra.get("name")
        form["title"] = content.title
        form["name"] = name if isinstance(name, str) and name.strip() else content.title
        form["message"] = content.description or message.text
        form["buttontext"] = content.button_text
        form.update(_indexed("list", [row.title for row in content.rows]))
        if content.footer:
            form["footer"] = content.footer
        return "send-list", form
    raise ValidationError(N_("Wasender cannot send {value} messages"), value=kind.value)


# -- QR -----------------------------------------------------------------------

_DATA_URI = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^;,]*)*?);base64,(?P<data>.*)", re.S | re.I)


def decode_qr(value: str) -> QrChallenge:
    """A ``qrcode`` value as a challenge: a base64 data URI (or bare base64 PNG) -> PNG bytes."""
    text = value.strip()
    match = _DATA_URI.fullmatch(text)
    if match is not None or text.startswith("iVBOR"):
        data = match.group("data") if match is not None else text
        return QrChallenge(QrKind.PNG, _b64decode(data))
    if text.startswith(("http://", "https://")):
        return QrChallenge(QrKind.URL, text)
    return QrChallenge(QrKind.TEXT, text)


def _b64decode(data: str) -> bytes:
    cleaned = re.sub(r"\s+", "", data)
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        decoded = base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    if not decoded:
        raise ProviderError(NAME, N_("the QR code image in the gateway's answer could not be decoded"))
    return decoded


def parse_qr(body: object) -> QrChallenge | None:
    """A ``generate-qr`` answer: the challenge, ``None`` while ``processing``, or an error in the gateway's words."""
    if not isinstance(body, Mapping):
        raise ProviderError(NAME, N_("the gateway's QR answer is not an object"))
    status = body.get("status")
    qrcode = body.get("qrcode")
    if status is True and isinstance(qrcode, str) and qrcode.strip():
        return decode_qr(qrcode)
    if isinstance(status, str) and status.strip().lower() == "processing":
        return None
    words = words_of(body) or f"no QR code (status {status!r})"
    error = refusal(body)
    if error is not None:
        raise error
    raise Rejected(NAME, words, provider_message=words)


_CONNECTED = re.compile(r"already\s+connected|\bconnected\b|terhubung|sudah\s+scan", re.I)


def qr_state(body: object) -> DeviceState:
    """What a ``generate-qr`` answer says about the device (the document names only processing and ready)."""
    if not isinstance(body, Mapping):
        return DeviceState.UNKNOWN
    status = body.get("status")
    if status is True and body.get("qrcode"):
        return DeviceState.PAIRING
    if isinstance(status, str) and status.strip().lower() == "processing":
        return DeviceState.PAIRING
    words = words_of(body)
    if _CONNECTED.search(words) and not re.search(r"\bnot\b|\bbelum\b|\bdis", words, re.I):
        return DeviceState.CONNECTED
    return DeviceState.UNKNOWN


# -- webhook ------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingMessage:
    """A message Wasender's webhook reports: ``{message, from, bufferImage, participant}``."""

    chat: str
    text: str
    participant: str | None = None
    image: bytes | None = None


def parse_incoming(body: bytes | str) -> list[IncomingMessage]:
    """The webhook body (JSON) as incoming messages; an unreadable body raises a clear ``ProviderError``."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    data = parse_json(NAME, text)
    items = data if isinstance(data, list) else [data]
    out: list[IncomingMessage] = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        chat = as_text(item.get("from"), numbers=True)
        if not chat:
            continue
        out.append(
            IncomingMessage(
                chat=chat,
                text=as_text(item.get("message"), numbers=True),
                participant=as_text(item.get("participant"), numbers=True) or None,
                image=_buffer(item.get("bufferImage")),
            )
        )
    return out


def _buffer(value: object) -> bytes | None:
    """``bufferImage``: ``null`` in the document; tolerated as base64 (or a data URI) or a Node Buffer object."""
    if isinstance(value, Mapping) and isinstance(value.get("data"), list):
        try:
            return bytes(int(b) for b in value["data"])
        except (TypeError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        match = _DATA_URI.fullmatch(value.strip())
        try:
            return base64.b64decode(match.group("data") if match else value.strip(), validate=False) or None
        except (binascii.Error, ValueError):
            return None
    return None


# -- the provider -------------------------------------------------------------


class WasenderProvider(Provider):
    info = INFO

    def __init__(self, account: Account, secrets: Mapping[str, str], http: HttpClient) -> None:
        super().__init__(account, secrets, http)
        self.qr_poll_interval = 2.5  # "call again after 2–3 seconds"
        self.qr_timeout = 45.0  # the document gives no maximum; a phone is usually ready well before
        self.sleep: SleepFn = asyncio.sleep

    @property
    def _api_key(self) -> str:
        return self.secrets.get("api_key", "")

    @property
    def _sender(self) -> str:
        raw = str(self.account.settings.get("sender", "")).strip()
        if not raw:
            raise ValidationError(N_("the Wasender account has no sender number (setting 'sender')"))
        try:
            return normalize_phone(raw)
        except ValidationError:
            return re.sub(r"\D", "", raw)

    async def _post(self, path: str, form: Mapping[str, str]) -> tuple[Any, int]:
        """POST a form; the parsed answer and its HTTP status.

        An unreadable answer to a send may hide an accepted message, so it is
        ``Ambiguous`` there (never resent blindly); elsewhere it is a plain
        ``ProviderError``.
        """
        response = await self.http.request("POST", path, data={"api_key": self._api_key, **form})
        try:
            return json_of(NAME, response), response.status_code
        except ProviderError as exc:
            if path.startswith("send-"):
                raise Ambiguous(NAME, exc.message, http_status=exc.http_status) from None
            raise

    # -- sending --------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """One request per message (Wasender has no bulk send); every message is checked before the first."""
        for message in batch:
            validate_message(self.info, message)
            check_message(message)
        sender = self._sender if batch else ""
        results: list[SendResult] = []
        for index, message in enumerate(batch):
            path, form = build_request(message)
            try:
                body, status = await self._post(path, {"sender": sender, **form})
                results.append(send_result(message, body, http_status=status))
            except ProviderError as exc:
                if index == 0:
                    raise
                results.extend(_after_failure(batch[index:], exc))
                break
        return results

    async def send_voice_note(self, to: str, url: str, *, ref_id: str = "voice-note") -> SendResult:
        """Send an audio file by URL as a voice note (``ppt``)."""
        message = OutgoingMessage(
            ref_id=ref_id,
            to=Recipient(normalize_phone(to)),
            kind=MessageKind.AUDIO,
            media=MediaRef(url=url),
            extra={"ppt": True},
        )
        [result] = await self.send([message])
        return result

    # -- pairing --------------------------------------------------------------
    async def request_qr(self) -> QrChallenge | None:
        """One ``generate-qr`` call: the QR, or ``None`` while the gateway is still ``processing``."""
        body, _ = await self._post("generate-qr", {"device": self._sender})
        return parse_qr(body)

    async def pairing_qr(self) -> QrChallenge:
        """The pairing QR, asking again every ``qr_poll_interval`` s while the gateway is ``processing``."""
        attempts = 1 + max(0, math.ceil(self.qr_timeout / self.qr_poll_interval))
        for attempt in range(attempts):
            challenge = await self.request_qr()
            if challenge is not None:
                return challenge
            if attempt + 1 < attempts:
                await self.sleep(self.qr_poll_interval)
        raise ProviderError(
            NAME,
            N_("the gateway was still preparing the QR code after {qr_timeout} s; try again later"),
            qr_timeout=f"{self.qr_timeout:.0f}",
        )

    async def connection_state(self) -> DeviceState:
        """What ``generate-qr`` says about the device: ``pairing`` while it offers a QR, ``connected`` when it says so.

        The document defines no device-status call and no "already connected"
        answer; this reads the gateway's words, and is ``unknown`` otherwise.
        """
        body, _ = await self._post("generate-qr", {"device": self._sender})
        state = qr_state(body)
        if state is DeviceState.UNKNOWN:
            error = refusal(body)
            if error is not None:
                raise error
        return state

    # -- webhook --------------------------------------------------------------
    def parse_incoming(self, headers: Mapping[str, str], body: bytes) -> list[IncomingMessage]:
        """Incoming messages from the webhook (JSON POST); answer the gateway with HTTP 200."""
        return parse_incoming(body)


def _after_failure(rest: Sequence[OutgoingMessage], exc: ProviderError) -> list[SendResult]:
    """Results for the message whose request failed and for the ones not tried after it."""
    first, *others = rest
    words = exc.provider_message or exc.message
    if isinstance(exc, Ambiguous):
        head = SendResult(first.ref_id, DeliveryStatus.UNCERTAIN, error=words)
    elif isinstance(exc, TransportError | RateLimited):
        head = SendResult(first.ref_id, DeliveryStatus.QUEUED, error=f"not sent: {words}")
    else:
        head = SendResult(first.ref_id, DeliveryStatus.FAILED, error=words)
    tail = [SendResult(m.ref_id, DeliveryStatus.QUEUED, error=f"not sent: {words}") for m in others]
    return [head, *tail]


__all__ = [
    "INFO",
    "IncomingMessage",
    "WasenderProvider",
    "build_request",
    "check_message",
    "decode_qr",
    "error_fields",
    "errors_text",
    "map_status",
    "media_type",
    "parse_incoming",
    "parse_qr",
    "qr_state",
    "refusal",
    "send_result",
    "words_of",
]
