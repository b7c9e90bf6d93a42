"""The "Chatbot" gateway (``https://{bot_url}/api/…``, a host of its own for every customer).

Every endpoint is ``POST`` with a JSON body (``groups`` and ``getqr`` send none)
and the header ``secretkey: {key}``; the key is sent bare, without the stray
spaces and ``;`` the document's samples carry.  Success is HTTP 200 with
``"success": true`` and the payload under ``message``, whose type changes with
the endpoint (an object for sends and ``getqr``, an array for ``groups``, a
boolean for ``checknumber``).  Failure is HTTP 400 with
``{"success": false, "errorMessage": "…"}``: those words reach the user.

One message per request, personal (``nohp``) or group (``groupid``):
``sendwa``/``sendwatogroup`` (text), ``sendmedia``/``sendmediatogroup`` (image,
audio or document by URL; no video, no local files), ``sendlocation``/
``sendlocationtogroup`` (coordinates as decimal strings) and ``sendcontact``/
``sendcontacttogroup`` (``contact: {name, numbers}``).  Where the document's
samples disagree on a path (the contact-to-group samples post to
``sendlocation`` or ``sendcontact``), the endpoint's own method line is used.

Delivery reports come only through the per-message ``notifyurl`` callback
(``{"msgid", "ack"}``).  The document announces its list of ack codes but the
list is missing, so the mapping below is an assumption taken from the usual
WhatsApp Web convention: -1 error, 0 pending, 1 sent to the server, 2
delivered, 3 read, 4 played.  ``message.status`` of a send answer (always 0 in
the document) is not interpreted: an answered send is ``accepted``.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import Ambiguous, AuthError, ProviderError, Rejected, ValidationError
from wadesk.domain.models import (
    ContactCard,
    DeviceInfo,
    DeviceState,
    Group,
    MessageKind,
    NumberCheck,
    OutgoingMessage,
    QrChallenge,
    QrKind,
    SendResult,
    StatusUpdate,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.settings import HOOK_URL, FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_, phrase
from wadesk.providers.base import Provider, ProviderInfo, validate_message
from wadesk.providers.http import json_of, parse_json
from wadesk.providers.values import as_flag, as_int, as_opt_text

NAME = "Chatbot"

INFO = ProviderInfo(
    id="chatbot",
    name=NAME,
    capabilities=(
        Capability.SEND_TEXT
        | Capability.SEND_IMAGE
        | Capability.SEND_AUDIO
        | Capability.SEND_DOCUMENT
        | Capability.LOCATION
        | Capability.CONTACT_CARD
        | Capability.GROUP_SEND
        | Capability.STATUS_CALLBACK
        | Capability.DEVICE_INFO
        | Capability.QR_PAIRING
        | Capability.CHECK_NUMBER
        | Capability.GROUPS
    ),
    # The document states no limit for API sends (its 16 MB applies to webhook replies) and one message per request;
    # with one message a request, more requests in flight hide its latency.
    limits=Limits(max_batch=1, max_in_flight=8),
    settings=SettingsSchema(
        [
            SettingField(
                "secretkey",
                N_("Secret key"),
                FieldType.SECRET,
                help=N_("The SecretKey of your Chatbot (sent as the 'secretkey' header)"),
            ),
            SettingField(
                "notifyurl",
                N_("Status callback URL"),
                FieldType.URL,
                required=False,
                help=N_("Sent with every message: the Chatbot tells this address each time a message's status changes"),
            ),
        ]
    ),
    default_base_url="",  # every customer has a host of their own: no default
    description=(
        N_(
            "Chatbot gateway: text, image/audio/document by URL, location, contact cards, to numbers and groups; "
            "QR pairing, number check, group list, delivery callbacks. Each customer has a host of their own "
            "(https://your-bot-address): give it as the account's API address."
        )
    ),
)

# -- status words ---------------------------------------------------------------

# Assumed (the document's ack list is missing): the WhatsApp Web convention.
_ACK = {
    -1: DeliveryStatus.FAILED,
    0: DeliveryStatus.ACCEPTED,
    1: DeliveryStatus.SENT,
    2: DeliveryStatus.DELIVERED,
    3: DeliveryStatus.READ,
    4: DeliveryStatus.READ,  # played (voice notes)
}

_ACK_NOTE = {-1: "error", 4: "played"}


def map_ack(ack: object) -> DeliveryStatus | None:
    """A ``notifyurl`` ack code as a delivery status; ``None`` for a code that is not one we know."""
    code = as_int(ack, whole_floats=True)
    return None if code is None else _ACK.get(code)


# -- the endpoints ----------------------------------------------------------------

_PERSONAL = {
    MessageKind.TEXT: "sendwa",
    MessageKind.IMAGE: "sendmedia",
    MessageKind.AUDIO: "sendmedia",
    MessageKind.DOCUMENT: "sendmedia",
    MessageKind.LOCATION: "sendlocation",
    MessageKind.CONTACT_CARD: "sendcontact",
}
_GROUP = {kind: f"{path}togroup" for kind, path in _PERSONAL.items()}
_GROUP[MessageKind.TEXT] = "sendwatogroup"

# A 400 whose words are about the key, not about the message.
_AUTH_WORDS = re.compile(r"secret\s*-?_?key|unauthori[sz]ed|forbidden|invalid\s+(?:api\s+)?key|wrong\s+key", re.I)


def clean_secret(value: str) -> str:
    """The key as the header needs it: without the spaces and ``;`` the document's samples add."""
    return value.strip().strip(";").strip()


@dataclass(frozen=True)
class QrState:
    """What ``getqr`` says: paired or not, the paired number and name, or the raw QR payload."""

    authenticated: bool | None
    number: str | None = None
    name: str | None = None
    qrcode: str = ""


@dataclass(frozen=True)
class KeywordRequest:
    """A chat the Chatbot forwards to a keyword webhook.

    ``args`` holds the text after each ``#`` (``penawaran#Jhon Doe#…``); without
    a ``#`` the Chatbot sends the sender's name and number instead (``nama``, ``nohp``).
    """

    keyword: str  # as sent, with its trailing "#" when the keyword uses one
    sender: str
    webhookkey: str
    args: tuple[str, ...] = ()
    contact: Mapping[str, str] = field(default_factory=dict)

    @property
    def command(self) -> str:
        """The keyword to match on: lower case, without the ``#``."""
        return self.keyword.strip().rstrip("#").strip().lower()


class ChatbotProvider(Provider):
    info = INFO

    # -- plumbing -------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"secretkey": clean_secret(self.secrets.get("secretkey", ""))}

    def _path(self, endpoint: str) -> str:
        """``api/{endpoint}``; a base URL that already ends in ``/api`` is accepted too."""
        return endpoint if self.http.base_url.endswith("/api") else f"api/{endpoint}"

    async def _post(self, endpoint: str, body: Mapping[str, Any] | None = None) -> Any:
        """One call; the parsed answer, with a refusal raised in the Chatbot's own words."""
        try:
            if body is None:
                response = await self.http.request("POST", self._path(endpoint), headers=self._headers(), content=b"")
            else:
                response = await self.http.request(
                    "POST", self._path(endpoint), headers=self._headers(), json_body=dict(body)
                )
        except Rejected as exc:
            raise _auth_or(exc) from None
        parsed = json_of(self.info.name, response)
        words = failure_words(parsed)
        if words is not None:
            kind = AuthError if _AUTH_WORDS.search(words) else Rejected
            raise kind(self.info.name, words, http_status=response.status_code, provider_message=words)
        return parsed

    # -- device ---------------------------------------------------------------
    async def qr_state(self) -> QrState:
        """``getqr`` as it answers: paired (number, name) or the QR payload to scan."""
        return parse_qr(await self._post("getqr"))

    async def device_info(self) -> DeviceInfo:
        """The only device check the Chatbot has: ``getqr``'s ``isAuthenticated``, ``number`` and ``name``."""
        state = await self.qr_state()
        if state.authenticated is True:
            device_state = DeviceState.CONNECTED
        elif state.authenticated is False:
            device_state = DeviceState.DISCONNECTED
        else:
            device_state = DeviceState.UNKNOWN
        return DeviceInfo(
            device_id=self.account.name,
            state=device_state,
            number=state.number,
            name=state.name,
        )

    async def pairing_qr(self) -> QrChallenge:
        """The raw QR payload (``2@…``) to render; its lifetime is not documented, so ask again to refresh it."""
        state = await self.qr_state()
        if state.qrcode:
            return QrChallenge(QrKind.TEXT, state.qrcode)
        if state.authenticated is True:
            who = f" ({state.number})" if state.number else ""
            raise Rejected(self.info.name, N_("the device is already paired with WhatsApp{who}"), who=who)
        raise Rejected(self.info.name, N_("the gateway gave no QR code"))

    # -- sending --------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """One request per message (the Chatbot has no bulk send).

        A refusal of the message (HTTP 400 ``errorMessage``) is a ``failed``
        result in the Chatbot's words; a refused key, rate limit or transport
        failure is raised, since nothing of the request was taken.
        """
        if len(batch) > self.info.limits.max_batch:
            raise ValidationError(
                N_("{name} takes one message per request, not {count}"), name=self.info.name, count=len(batch)
            )
        results = []
        for message in batch:
            validate_message(self.info, message)
            endpoint, body = self.request_for(message)
            try:
                answer = await self._post(endpoint, body)
            except AuthError:
                raise
            except Rejected as exc:
                results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=_said(exc)))
                continue
            except ProviderError as exc:
                if exc.http_status is not None and exc.http_status < 300:
                    # Answered, but not with anything readable: it may have been taken.
                    raise Ambiguous(self.info.name, exc.message, http_status=exc.http_status) from None
                raise
            results.append(send_result(message.ref_id, answer))
        return results

    def request_for(self, message: OutgoingMessage) -> tuple[str, dict[str, Any]]:
        """The endpoint and JSON body for one message."""
        group = message.to.is_group
        endpoint = (_GROUP if group else _PERSONAL).get(message.kind)
        if endpoint is None:
            raise self._unsupported(phrase(N_("{kind} messages"), kind=message.kind.value))
        body: dict[str, Any] = {}
        if group:
            body["groupid"] = group_id(message.to.address)
        else:
            body["nohp"] = message.to.address
        kind = message.kind
        if kind is MessageKind.TEXT:
            body["pesan"] = message.text
        elif kind.is_media:
            media = message.media
            if media is None or not media.url:
                raise ValidationError(N_("{name} sends media by URL only (give a public URL)"), name=self.info.name)
            body["pesan"] = message.caption
            body["mediaurl"] = media.url
        elif kind is MessageKind.LOCATION:
            loc = message.location
            if loc is None:
                raise ValidationError(N_("a location message needs its coordinates"))
            body["latitude"] = coordinate(loc.latitude)
            body["longitude"] = coordinate(loc.longitude)
            body["pesan"] = loc.name or loc.address or message.caption or message.text
        elif kind is MessageKind.CONTACT_CARD:
            card = message.content
            if not isinstance(card, ContactCard):
                raise ValidationError(N_("a contact card message needs its contact"))
            body["contact"] = {"name": card.name, "numbers": [contact_number(card.phone)]}
        notify = self._notify_url(message)
        if notify:
            body["notifyurl"] = notify
        return endpoint, body

    def _notify_url(self, message: OutgoingMessage) -> str:
        own = message.extra.get("notifyurl")
        if isinstance(own, str) and own.strip():
            return own.strip()
        return self.account.settings.get("notifyurl", "").strip() or self.secrets.get(HOOK_URL, "").strip()

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """The ``notifyurl`` callback, ``{"msgid": "…", "ack": n}``; keyword-webhook chats are not status updates."""
        return notify_updates(body)

    # -- numbers and groups -------------------------------------------------------
    async def check_numbers(self, numbers: Sequence[str]) -> list[NumberCheck]:
        """``checknumber``, one number a request; ``message`` is ``true`` when the number is on WhatsApp."""
        out = []
        for number in numbers:
            answer = await self._post("checknumber", {"nohp": contact_number(number)})
            out.append(NumberCheck(number, number_check(answer)))
        return out

    async def list_groups(self) -> list[Group]:
        groups = parse_groups(await self._post("groups"))
        return [Group(g.group_id, g.name, account_id=self.account.id) for g in groups]

    # -- keyword webhook (inbound chats) -------------------------------------------
    @staticmethod
    def parse_keyword_webhook(body: bytes, webhookkey: str | None = None) -> KeywordRequest:
        """A keyword-webhook request; with ``webhookkey`` given, one carrying another key is refused."""
        return parse_keyword_request(body, webhookkey)

    @staticmethod
    def keyword_reply(replies: Sequence[tuple[str, Any]]) -> bytes:
        """The answer a keyword webhook must give: ``{"success": true, "message": {"reply": [...]}}``."""
        return keyword_reply(replies)


# -- parsing (module level so the document's own examples can be fed to it) -------


def failure_words(body: Any) -> str | None:
    """The Chatbot's words when an answer says ``"success": false``; ``None`` otherwise."""
    if not isinstance(body, Mapping) or as_flag(body.get("success"), numbers=True, digits=True) is not False:
        return None
    for key in ("errorMessage", "message", "error"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return "the request was refused"


def send_result(ref_id: str, body: Any) -> SendResult:
    """A send answer (``{"success": true, "message": {"id": "3EB0…", "status": 0, …}}``) for one message."""
    words = failure_words(body)
    if words is not None:
        return SendResult(ref_id, DeliveryStatus.FAILED, error=words)
    if not isinstance(body, Mapping) or as_flag(body.get("success"), numbers=True, digits=True) is not True:
        return SendResult(
            ref_id, DeliveryStatus.UNCERTAIN, error="the gateway's answer did not say whether it was sent"
        )
    message = body.get("message")
    msgid = as_opt_text(message.get("id")) if isinstance(message, Mapping) else None
    return SendResult(ref_id, DeliveryStatus.ACCEPTED, provider_message_id=msgid)


def parse_qr(body: Any) -> QrState:
    """``getqr``: ``isAuthenticated`` with ``number``/``name`` when paired, else ``qrcode`` (a raw ``2@…`` string)."""
    message = body.get("message") if isinstance(body, Mapping) else None
    if not isinstance(message, Mapping):
        return QrState(authenticated=None)
    auth = message.get("isAuthenticated")
    authenticated = as_flag(auth, numbers=True, digits=True)
    qrcode = message.get("qrcode")
    return QrState(
        authenticated=authenticated,
        number=as_opt_text(message.get("number")),
        name=as_opt_text(message.get("name")),
        qrcode=qrcode.strip() if isinstance(qrcode, str) else "",
    )


def number_check(body: Any) -> bool | None:
    """``checknumber``: ``message`` is a boolean (``true`` = on WhatsApp); anything else is unknown."""
    value = body.get("message") if isinstance(body, Mapping) else None
    return as_flag(value, numbers=True, digits=True)


def parse_groups(body: Any) -> list[Group]:
    """``groups``: ``message`` is an array of ``{groupid, groupname, grouplastchat}``."""
    rows = body.get("message") if isinstance(body, Mapping) else None
    if isinstance(rows, Mapping):
        rows = [rows]
    groups = []
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, Mapping) and as_opt_text(row.get("groupid")):
            gid = str(row["groupid"]).strip()
            groups.append(Group(gid, as_opt_text(row.get("groupname")) or gid))
    return groups


def notify_updates(body: bytes) -> list[StatusUpdate]:
    """``notifyurl`` payloads: ``{"msgid", "ack"}``, a list of them, or the same as a form.

    Codes outside the (assumed) ack table and payloads without ``msgid`` are
    left out; invalid JSON raises a clear ``ProviderError``.
    """
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return []
    if text[0] not in "{[" and "msgid=" in text:
        form = urllib.parse.parse_qs(text)
        data: Any = {k: v[-1] for k, v in form.items()}
    else:
        data = parse_json(NAME, text)
    rows = data if isinstance(data, list) else [data]
    updates = []
    for row in rows:
        if not isinstance(row, Mapping):
            continue
        msgid = as_opt_text(row.get("msgid"))
        status = map_ack(row.get("ack"))
        if msgid is None or status is None:
            continue
        code = as_int(row.get("ack"), whole_floats=True)
        note = _ACK_NOTE.get(code, "") if code is not None else ""
        updates.append(StatusUpdate(status, provider_message_id=msgid, note=note))
    return updates


def parse_keyword_request(body: bytes, webhookkey: str | None = None) -> KeywordRequest:
    """A keyword-webhook request; ``data`` is an array (keyword with ``#``) or ``{nama, nohp}`` (without)."""
    data = parse_json(NAME, body.decode("utf-8", "replace"))
    if not isinstance(data, Mapping) or not isinstance(data.get("keyword"), str):
        raise ProviderError(NAME, N_("the webhook request carries no keyword"))
    key = as_opt_text(data.get("webhookkey")) or ""
    if webhookkey is not None and key != webhookkey:
        raise AuthError(NAME, N_("the webhook request carries a wrong webhook key"), provider_message="Unauthorized")
    raw = data.get("data")
    args: tuple[str, ...] = ()
    contact: dict[str, str] = {}
    if isinstance(raw, list):
        args = tuple(str(a) for a in raw)
    elif isinstance(raw, Mapping):
        contact = {str(k): str(v) for k, v in raw.items() if v is not None}
    return KeywordRequest(
        keyword=str(data["keyword"]),
        sender=as_opt_text(data.get("from")) or contact.get("nohp", ""),
        webhookkey=key,
        args=args,
        contact=contact,
    )


def keyword_reply(replies: Sequence[tuple[str, Any]]) -> bytes:
    """``(type, content)`` pairs as the answer the Chatbot expects: ``message.reply`` is the array.

    Types: ``message`` (text), ``location`` (``(lat, lng)``, sent as ``[{"coordinate": "lat-lng"}]``),
    ``audio``, ``image``, ``document`` (a URL; the Chatbot sends media up to 16 MB).
    """
    items = []
    for kind, content in replies:
        if kind == "location" and isinstance(content, tuple) and len(content) == 2:
            content = [{"coordinate": f"{coordinate(content[0])}-{coordinate(content[1])}"}]
        items.append({"type": kind, "content": content})
    return json.dumps({"success": True, "message": {"reply": items}}).encode()


# -- small helpers ----------------------------------------------------------------


def group_id(address: str) -> str:
    """A group id as the document writes it (``120363…``), without an ``@g.us`` suffix."""
    value = address.strip()
    return value[: -len("@g.us")] if value.endswith("@g.us") else value


def contact_number(raw: str) -> str:
    """A number as ``nohp`` takes it: international digits without ``+`` (``628…``)."""
    try:
        return normalize_phone(raw)
    except ValidationError:
        return re.sub(r"\D", "", raw) or raw.strip()


def coordinate(value: float) -> str:
    """A coordinate as the document sends it: a decimal string (``"0.525960"``)."""
    text = f"{float(value):.7f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(6, '0')}"


def _said(exc: ProviderError) -> str:
    return exc.provider_message or exc.message


def _auth_or(exc: Rejected) -> ProviderError:
    """A 400 about the key is an ``AuthError``; any other stays ``Rejected``."""
    words = exc.provider_message or ""
    if _AUTH_WORDS.search(words):
        return AuthError(exc.provider, exc.message, http_status=exc.http_status, provider_message=words)
    return exc


__all__ = [
    "INFO",
    "ChatbotProvider",
    "KeywordRequest",
    "QrState",
    "clean_secret",
    "failure_words",
    "keyword_reply",
    "map_ack",
    "notify_updates",
    "number_check",
    "parse_groups",
    "parse_keyword_request",
    "parse_qr",
    "send_result",
]
