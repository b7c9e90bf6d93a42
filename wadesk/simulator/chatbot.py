"""The simulated "Chatbot" gateway, built from its document (``providers/chatbot.md``).

Routes, all ``POST`` with the header ``secretkey`` (the client's base URL is the
provider root, the routes sit under ``/api``):

- personal sends: ``/api/sendwa`` (``nohp``, ``pesan``), ``/api/sendmedia``
  (``nohp``, ``pesan``, ``mediaurl``), ``/api/sendlocation`` (``nohp``,
  ``latitude``, ``longitude``, ``pesan``), ``/api/sendcontact`` (``nohp``,
  ``contact: {name, numbers[]}``);
- group sends: ``/api/sendwatogroup``, ``/api/sendmediatogroup``,
  ``/api/sendlocationtogroup``, ``/api/sendcontacttogroup``, the same with
  ``groupid`` instead of ``nohp``.  ``/api/sendcontact`` also takes a
  ``groupid``, since the document's PHP and cURL samples for the group contact
  send post there;
- ``/api/groups`` and ``/api/getqr`` (also ``/api/getqr/``, as the samples call
  it), which read no body; ``/api/checknumber`` (``nohp``).

Every send takes an optional ``notifyurl``.  Answers are the document's:
HTTP 200 ``{"success": true, "message": …}`` (an object for sends and
``getqr``, an array for ``groups``, a boolean for ``checknumber``) or HTTP 400
``{"success": false, "errorMessage": "…"}``.  The documented quirks are kept:
``message.status`` is always ``0``; ``message.type`` is ``text`` for
``sendwa`` but ``chat`` for ``sendwatogroup`` and the location sends,
``image`` for every media send (a PDF too) and ``vcard`` for contacts;
``getqr``'s QR is the raw ``2@…`` string, with ``number``, ``name`` and an
empty ``qrcode`` once paired.

Rules the simulator follows where the document is silent:

- **Credentials**: one key, ``sim-chatbot-secretkey``, in the ``secretkey``
  header (any casing; surrounding spaces and a trailing ``;``, as the samples
  send it, are ignored).  A missing or wrong key is HTTP 400
  ``{"success": false, "errorMessage": "SecretKey tidak valid"}``: the
  document gives HTTP 400 and ``errorMessage`` for every failure.
- **Errors** are in Indonesian, like the document: a missing field
  (``"nohp wajib diisi"``), invalid JSON, a bad number, an unknown group, a
  media URL that is not http(s) or is a video (the document lists image, audio
  and document only), a device that is not paired.
- **Pairing**: the device starts unpaired; its QR payload rotates every
  ``QR_ROTATION_SECONDS`` (20 s) of clock time; ``POST /__sim/chatbot/scan``
  pairs it, ``POST /__sim/chatbot/logout`` unpairs it.  Sends, ``groups`` and
  ``checknumber`` need a paired device (they go through its WhatsApp session).
- **Numbers** are digits with the country code (``628…``); a leading ``+`` is
  dropped and a leading ``0`` becomes ``62``.  A number ending in ``0000`` is
  not on WhatsApp: ``checknumber`` says ``false`` and a send to it is refused.
- **Acks follow the clock**: an accepted message is ack ``0``; one step
  (``SimState.step_seconds``) later ``1``, then ``2``, then ``3``.  The
  document's ack list is missing; these are the WhatsApp Web codes (1 sent to
  the server, 2 delivered, 3 read) its examples fit.  Each change is POSTed as
  JSON ``{"msgid", "ack"}`` to the message's ``notifyurl``, by a background
  task that looks every ``NOTIFY_INTERVAL`` seconds of real time, or at once by
  ``POST /__sim/chatbot/notify``.
- **Groups** ``120363025246125486`` "Toko Maju Pelanggan" and
  ``120363041234567890`` "Reseller Jakarta" exist; ``grouplastchat`` moves when
  a message is sent to one.  **Contacts** (seeded) give the sender's name in
  keyword webhooks.
- **Keyword webhooks** (set in the dashboard, per the document):
  ``POST /__sim/chatbot/keywords`` ``{"keyword", "url"}`` sets one;
  ``POST /__sim/chatbot/incoming`` ``{"from", "text"}`` makes the bot POST the
  document's payload (``data`` an array after ``#``, else ``{nama, nohp}``,
  with ``webhookkey``) and send back the ``message.reply`` items the webhook
  answers (a bare array under ``message``, as the document's PHP sample
  answers, is taken too).

Debug routes besides those (never touched by faults): ``GET /__sim/chatbot/qr``
(the current QR payload), ``GET /__sim/chatbot/state`` (device, messages with
their acks, callbacks sent, groups), ``GET /__sim/chatbot/delivered`` (the
delivery log).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import aiohttp
from aiohttp import web

from wadesk.simulator.base import ProviderState, SharedState

NAME = "chatbot"
DEFAULT_SECRET_KEY = "sim-chatbot-secretkey"  # noqa: S105  (the simulator's published demo key)
WEBHOOK_KEY = "sim-chatbot-webhookkey"
DEVICE_NUMBER = "6281600000001"
QR_ROTATION_SECONDS = 20.0
NOT_ON_WHATSAPP_SUFFIX = "0000"
MAX_ACK = 3
NOTIFY_INTERVAL = 0.05

AUTH_FAILED = "SecretKey tidak valid"
NOT_PAIRED = "WhatsApp belum terhubung, silakan scan QR code terlebih dahulu"
VIDEO_EXTENSIONS = frozenset({"mp4", "mov", "avi", "mkv", "3gp", "webm", "mpeg", "mpg", "m4v"})

_SEED_CONTACTS = (
    ("6281234567001", "Budi Santoso"),
    ("6281234567002", "Siti Rahayu"),
    ("6281234567003", "Agus Wijaya"),
)
_SEED_GROUPS = (
    ("120363025246125486", "Toko Maju Pelanggan", ("6281234567001", "6281234567002")),
    ("120363041234567890", "Reseller Jakarta", ("6281234567003",)),
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Invalid(Exception):
    """A request the gateway refuses: HTTP 400 with ``errorMessage``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def failure(message: str) -> web.Response:
    return web.json_response({"success": False, "errorMessage": message}, status=400)


def success(message: Any) -> web.Response:
    return web.json_response({"success": True, "message": message})


# -- records -------------------------------------------------------------------


@dataclass
class Device:
    number: str
    authenticated: bool = False
    connected_at: float | None = None


@dataclass
class Message:
    """One accepted message; its ack follows the clock."""

    id: str
    to: str  # phone number or group id
    is_group: bool
    route: str
    type: str  # the documented message.type of the answer
    text: str
    fields: dict[str, Any]
    created_at: float
    notifyurl: str | None = None
    notified: int = 0  # the last ack POSTed to notifyurl

    def ack(self, now: float, step: float) -> int:
        if step <= 0:
            return MAX_ACK
        return max(0, min(int((now - self.created_at) // step), MAX_ACK))

    def jid(self) -> str:
        return f"{self.to}@g.us" if self.is_group else f"{self.to}@c.us"


@dataclass
class GroupRecord:
    group_id: str
    name: str
    members: tuple[str, ...]
    last_chat: int


@dataclass
class Callback:
    """A ``notifyurl`` POST: what was sent and what came back."""

    url: str
    payload: dict[str, Any]
    at: float
    status: int | None = None
    error: str | None = None


@dataclass
class Keyword:
    keyword: str  # as set in the dashboard, "penawaran#" or "penawaran"
    url: str


@dataclass
class Notifier:
    """The background task that POSTs ack changes."""

    task: asyncio.Task[None] | None = None
    session: aiohttp.ClientSession | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class ChatbotState(ProviderState):
    """The simulated Chatbot tenant: one key, one WhatsApp session, its messages, groups and keyword webhooks."""

    def __init__(self, sim: SharedState) -> None:
        super().__init__(sim, {"secretkey": DEFAULT_SECRET_KEY})
        now = int(sim.now())
        self.device = Device(DEVICE_NUMBER)
        self.messages: dict[str, Message] = {}
        self.contacts: dict[str, str] = dict(_SEED_CONTACTS)
        self.groups = {
            gid: GroupRecord(gid, name, members, now - 3600 * (index + 1))
            for index, (gid, name, members) in enumerate(_SEED_GROUPS)
        }
        self.keywords: list[Keyword] = []
        self.webhook_key = WEBHOOK_KEY
        self.callbacks: list[Callback] = []
        self.webhook_log: list[dict[str, Any]] = []
        self._seq = 0

    def now(self) -> float:
        return self.sim.now()

    @property
    def step(self) -> float:
        return self.sim.step_seconds

    # -- pairing -----------------------------------------------------------------

    def qr_payload(self) -> str:
        """The raw QR string (``2@…``) right now; it changes every ``QR_ROTATION_SECONDS`` of clock time."""
        window = int(self.now() // QR_ROTATION_SECONDS)
        digest = hashlib.sha256(f"{self.device.number}:{self.credentials['secretkey']}:{window}".encode()).digest()
        parts = [base64.b64encode(digest[a:b]).decode("ascii") for a, b in ((0, 6), (6, 18), (18, 32))]
        return "2@" + ",".join(parts)

    def scan(self, payload: str | None = None) -> None:
        """Pair the device as if a phone scanned the QR (``payload``, if given, must be the current one)."""
        if self.device.authenticated:
            return
        if payload is not None and payload != self.qr_payload():
            raise ValueError("QR code expired, request getqr again and scan")
        self.device.authenticated = True
        self.device.connected_at = self.now()

    def logout(self) -> None:
        self.device.authenticated = False
        self.device.connected_at = None

    def getqr(self) -> dict[str, Any]:
        if self.device.authenticated:
            number = self.device.number
            return {"isAuthenticated": True, "number": number, "name": number, "qrcode": ""}
        return {"isAuthenticated": False, "qrcode": self.qr_payload()}

    # -- messages ----------------------------------------------------------------

    def new_id(self) -> str:
        """A WhatsApp Web style id, ``3EB0`` and 16 hex digits, as in the document."""
        self._seq += 1
        digest = hashlib.sha1(f"{self._seq}:{self.now()}".encode(), usedforsecurity=False).hexdigest()
        return "3EB0" + digest[:16].upper()

    def accept(
        self,
        *,
        route: str,
        to: str,
        is_group: bool,
        type_: str,
        text: str,
        fields: dict[str, Any],
        notifyurl: str | None,
    ) -> Message:
        message = Message(
            id=self.new_id(),
            to=to,
            is_group=is_group,
            route=route,
            type=type_,
            text=text,
            fields=fields,
            created_at=self.now(),
            notifyurl=notifyurl,
        )
        self.messages[message.id] = message
        if is_group and to in self.groups:
            self.groups[to].last_chat = int(self.now())
        self.record_delivery(to, text)
        return message

    def ack_of(self, message_id: str) -> int:
        """The current ack of a message (``KeyError`` if unknown)."""
        return self.messages[message_id].ack(self.now(), self.step)

    def answer(self, message: Message) -> dict[str, Any]:
        """The send answer's ``message`` object."""
        return {
            "id": message.id,
            "status": 0,
            "type": message.type,
            "timestamp": int(message.created_at),
            "from": f"{self.device.number}@c.us",
            "to": message.jid(),
        }

    # -- callbacks -----------------------------------------------------------------

    def due_callbacks(self) -> list[Callback]:
        """The ack changes not yet POSTed, oldest message first, each ack in order."""
        now, step = self.now(), self.step
        due = []
        for message in self.messages.values():
            if not message.notifyurl:
                continue
            ack = message.ack(now, step)
            for code in range(message.notified + 1, ack + 1):
                due.append(Callback(message.notifyurl, {"msgid": message.id, "ack": code}, now))
            message.notified = max(message.notified, ack)
        return due

    async def deliver_callbacks(self, notifier: Notifier) -> list[Callback]:
        """POST every due ack change to its ``notifyurl`` (JSON); returns what was sent."""
        async with notifier.lock:
            due = self.due_callbacks()
            if not due:
                return []
            if notifier.session is None or notifier.session.closed:
                notifier.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
            for callback in due:
                try:
                    async with notifier.session.post(callback.url, json=callback.payload) as answer:
                        callback.status = answer.status
                        await answer.read()
                except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
                    callback.error = str(exc) or type(exc).__name__
                self.callbacks.append(callback)
            return due

    # -- keyword webhooks ------------------------------------------------------------

    def keyword_request(self, sender: str, text: str) -> tuple[Keyword, dict[str, Any]] | None:
        """The webhook and payload for an incoming chat, or ``None`` when no keyword matches."""
        lowered = text.strip().lower()
        for keyword in self.keywords:
            word = keyword.keyword.strip().lower()
            if word.endswith("#") and lowered.startswith(word):
                data: Any = [part.strip() for part in text.strip()[len(word) :].split("#")]
            elif not word.endswith("#") and lowered == word:
                data = {"nama": self.contacts.get(sender, sender), "nohp": sender}
            else:
                continue
            payload = {"keyword": keyword.keyword, "data": data, "webhookkey": self.webhook_key, "from": sender}
            return keyword, payload
        return None

    def snapshot(self) -> dict[str, Any]:
        now, step = self.now(), self.step
        return {
            "device": {
                "number": self.device.number,
                "isAuthenticated": self.device.authenticated,
                "qrcode": "" if self.device.authenticated else self.qr_payload(),
            },
            "messages": [
                {
                    "id": m.id,
                    "route": m.route,
                    "to": m.to,
                    "is_group": m.is_group,
                    "text": m.text,
                    "fields": m.fields,
                    "ack": m.ack(now, step),
                    "notifyurl": m.notifyurl,
                }
                for m in self.messages.values()
            ],
            "callbacks": [
                {"url": c.url, "payload": c.payload, "status": c.status, "error": c.error} for c in self.callbacks
            ],
            "groups": [
                {"groupid": g.group_id, "groupname": g.name, "members": list(g.members), "grouplastchat": g.last_chat}
                for g in self.groups.values()
            ],
            "contacts": [{"nohp": number, "nama": name} for number, name in self.contacts.items()],
            "keywords": [{"keyword": k.keyword, "url": k.url} for k in self.keywords],
            "webhookkey": self.webhook_key,
        }


# -- request fields ----------------------------------------------------------------


def normalise_number(raw: object) -> str | None:
    """``nohp`` as digits with the country code, or ``None`` when it is no phone number."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    text = re.sub(r"[\s\-().]", "", raw.strip()).removeprefix("+")
    if text.startswith("0"):
        text = "62" + text[1:]
    return text if re.fullmatch(r"\d{10,15}", text) else None


def text_field(fields: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = fields.get(name)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if value is not None and not isinstance(value, str):
        raise Invalid(f"{name} harus berupa teks")
    text = value or ""
    if required and not text.strip():
        raise Invalid(f"{name} wajib diisi")
    return text


def coordinate(fields: Mapping[str, Any], name: str, limit: float) -> str:
    value = fields.get(name)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"{name} wajib diisi")
    try:
        number = float(value)
    except ValueError:
        raise Invalid(f"{name} tidak valid") from None
    if not -limit <= number <= limit:
        raise Invalid(f"{name} tidak valid")
    return value.strip()


def media_url(fields: Mapping[str, Any]) -> str:
    url = text_field(fields, "mediaurl").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid("mediaurl tidak valid")
    name = unquote(parts.path).rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in VIDEO_EXTENSIONS:
        raise Invalid("Tipe media tidak didukung, hanya gambar, audio atau dokumen")
    return url


def contact_field(fields: Mapping[str, Any]) -> dict[str, Any]:
    contact = fields.get("contact", fields.get("Contact"))
    if not isinstance(contact, Mapping):
        raise Invalid("contact wajib diisi")
    name = contact.get("name")
    numbers = contact.get("numbers")
    if not isinstance(name, str) or not name.strip():
        raise Invalid("contact.name wajib diisi")
    if not isinstance(numbers, list) or not numbers:
        raise Invalid("contact.numbers wajib diisi")
    cleaned = []
    for raw in numbers:
        number = normalise_number(raw)
        if number is None:
            raise Invalid(f"Nomor kontak {raw} tidak valid")
        cleaned.append(number)
    return {"name": name.strip(), "numbers": cleaned}


async def json_fields(request: web.Request) -> dict[str, Any]:
    """The JSON body; a request without ``Content-Type: application/json`` has no fields."""
    if request.content_type != "application/json" or not request.body_exists:
        return {}
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise Invalid("Format JSON tidak valid") from None
    if not isinstance(body, dict):
        raise Invalid("Format JSON tidak valid")
    return body


async def debug_fields(request: web.Request) -> dict[str, Any]:
    values: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return values
    if request.content_type == "application/json":
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            body = await request.json()
            if isinstance(body, dict):
                values.update(body)
    else:
        values.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
    return values


# -- the routes ----------------------------------------------------------------------

# route -> (what it sends, whether it takes groupid, the documented message.type)
_SENDS: dict[str, tuple[str, bool, str]] = {
    "sendwa": ("text", False, "text"),
    "sendmedia": ("media", False, "image"),
    "sendlocation": ("location", False, "chat"),
    "sendcontact": ("contact", False, "vcard"),
    "sendwatogroup": ("text", True, "chat"),
    "sendmediatogroup": ("media", True, "image"),
    "sendlocationtogroup": ("location", True, "chat"),
    "sendcontacttogroup": ("contact", True, "vcard"),
}


class ChatbotRoutes:
    """The aiohttp handlers of one simulated Chatbot tenant."""

    def __init__(self, state: ChatbotState, prefix: str) -> None:
        self.state = state
        self.prefix = prefix
        self.notifier = Notifier()

    # -- plumbing ------------------------------------------------------------------

    def add(self, app: web.Application, path: str, handler: Handler) -> None:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            if not self.authorized(request):
                return failure(AUTH_FAILED)
            self.state.refresh()
            try:
                return await handler(request)
            except Invalid as exc:
                return failure(exc.message)

        app.router.add_post(self.prefix + path, wrapped)

    def authorized(self, request: web.Request) -> bool:
        offered = request.headers.get("secretkey", "").strip().rstrip(";").strip()
        return bool(offered) and offered == self.state.credentials["secretkey"]

    def paired(self) -> None:
        if not self.state.device.authenticated:
            raise Invalid(NOT_PAIRED)

    def recipient(self, fields: Mapping[str, Any], group: bool) -> str:
        if group:
            raw = fields.get("groupid")
            if isinstance(raw, int) and not isinstance(raw, bool):
                raw = str(raw)
            if not isinstance(raw, str) or not raw.strip():
                raise Invalid("groupid wajib diisi")
            gid = raw.strip().removesuffix("@g.us")
            if gid not in self.state.groups:
                raise Invalid(f"Group {gid} tidak ditemukan")
            return gid
        raw = fields.get("nohp")
        if raw is None or raw == "":
            raise Invalid("nohp wajib diisi")
        number = normalise_number(raw)
        if number is None:
            raise Invalid(f"Nomor {raw} tidak valid")
        return number

    # -- sends -------------------------------------------------------------------------

    def send(self, route: str) -> Handler:
        what, group_route, type_ = _SENDS[route]

        async def handler(request: web.Request) -> web.StreamResponse:
            fields = await json_fields(request)
            # The document's samples for the group contact send post to /api/sendcontact with a groupid.
            group = group_route or (route == "sendcontact" and "groupid" in fields and "nohp" not in fields)
            to = self.recipient(fields, group)
            kept: dict[str, Any] = {}
            if what == "text":
                text = kept["pesan"] = text_field(fields, "pesan")
            elif what == "media":
                kept["mediaurl"] = media_url(fields)
                text = kept["pesan"] = text_field(fields, "pesan", required=False)
            elif what == "location":
                kept["latitude"] = coordinate(fields, "latitude", 90)
                kept["longitude"] = coordinate(fields, "longitude", 180)
                text = kept["pesan"] = text_field(fields, "pesan", required=False)
            else:
                kept["contact"] = contact_field(fields)
                text = kept["contact"]["name"]
            notify = text_field(fields, "notifyurl", required=False).strip() or None
            if notify is not None and not re.match(r"https?://\S+$", notify):
                raise Invalid("notifyurl tidak valid")
            self.paired()
            if not group and to.endswith(NOT_ON_WHATSAPP_SUFFIX):
                raise Invalid(f"Nomor {to} tidak terdaftar di WhatsApp")
            message = self.state.accept(
                route=route,
                to=to,
                is_group=group,
                type_=type_,
                text=text,
                fields=kept,
                notifyurl=notify,
            )
            return success(self.state.answer(message))

        return handler

    # -- reads -------------------------------------------------------------------------

    async def groups(self, request: web.Request) -> web.StreamResponse:
        self.paired()
        return success(
            [
                {"groupid": g.group_id, "groupname": g.name, "grouplastchat": g.last_chat}
                for g in self.state.groups.values()
            ]
        )

    async def getqr(self, request: web.Request) -> web.StreamResponse:
        return success(self.state.getqr())

    async def checknumber(self, request: web.Request) -> web.StreamResponse:
        fields = await json_fields(request)
        raw = fields.get("nohp")
        if raw is None or raw == "":
            raise Invalid("nohp wajib diisi")
        number = normalise_number(raw)
        if number is None:
            raise Invalid(f"Nomor {raw} tidak valid")
        self.paired()
        return success(not number.endswith(NOT_ON_WHATSAPP_SUFFIX))

    # -- simulator-only ------------------------------------------------------------------

    async def sim_scan(self, request: web.Request) -> web.StreamResponse:
        values = await debug_fields(request)
        payload = values.get("payload")
        try:
            self.state.scan(payload if isinstance(payload, str) and payload else None)
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=409)
        return web.json_response({"isAuthenticated": True, "number": self.state.device.number})

    async def sim_logout(self, request: web.Request) -> web.StreamResponse:
        self.state.logout()
        return web.json_response({"isAuthenticated": False})

    async def sim_qr(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=self.state.qr_payload(), content_type="text/plain")

    async def sim_state(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.state.snapshot())

    async def sim_delivered(self, request: web.Request) -> web.StreamResponse:
        return web.json_response([list(entry) for entry in self.state.delivery_log])

    async def sim_notify(self, request: web.Request) -> web.StreamResponse:
        sent = await self.state.deliver_callbacks(self.notifier)
        return web.json_response(
            [{"url": c.url, "payload": c.payload, "status": c.status, "error": c.error} for c in sent]
        )

    async def sim_keywords(self, request: web.Request) -> web.StreamResponse:
        values = await debug_fields(request)
        keyword, url = values.get("keyword"), values.get("url")
        if not isinstance(keyword, str) or not keyword.strip() or not isinstance(url, str) or not url.strip():
            return web.json_response({"error": "keyword and url are required"}, status=400)
        self.state.keywords = [k for k in self.state.keywords if k.keyword.lower() != keyword.strip().lower()]
        self.state.keywords.append(Keyword(keyword.strip(), url.strip()))
        return web.json_response({"keywords": [{"keyword": k.keyword, "url": k.url} for k in self.state.keywords]})

    async def sim_incoming(self, request: web.Request) -> web.StreamResponse:
        st = self.state
        values = await debug_fields(request)
        sender = normalise_number(values.get("from") or next(iter(st.contacts)))
        text = values.get("text")
        if sender is None or not isinstance(text, str):
            return web.json_response({"error": "from (a number) and text are required"}, status=400)
        found = st.keyword_request(sender, text)
        if found is None:
            return web.json_response({"matched": False, "payload": None, "replies": []})
        keyword, payload = found
        st.webhook_log.append(payload)
        if self.notifier.session is None or self.notifier.session.closed:
            self.notifier.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        try:
            async with self.notifier.session.post(keyword.url, json=payload) as answer:
                status = answer.status
                body_text = await answer.text()
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            return web.json_response(
                {"matched": True, "payload": payload, "error": f"webhook failed: {exc}"}, status=502
            )
        replies = webhook_replies(body_text)
        for reply in replies:
            st.record_delivery(sender, reply_text(reply))
        return web.json_response({"matched": True, "payload": payload, "webhook_status": status, "replies": replies})

    # -- registration ----------------------------------------------------------------------

    def register(self, app: web.Application) -> None:
        for route in _SENDS:
            self.add(app, f"/api/{route}", self.send(route))
        self.add(app, "/api/groups", self.groups)
        self.add(app, "/api/getqr", self.getqr)
        self.add(app, "/api/getqr/", self.getqr)
        self.add(app, "/api/checknumber", self.checknumber)
        debug = f"/__sim/{NAME}"
        app.router.add_post(f"{debug}/scan", self.sim_scan)
        app.router.add_post(f"{debug}/logout", self.sim_logout)
        app.router.add_get(f"{debug}/qr", self.sim_qr)
        app.router.add_get(f"{debug}/state", self.sim_state)
        app.router.add_get(f"{debug}/delivered", self.sim_delivered)
        app.router.add_post(f"{debug}/notify", self.sim_notify)
        app.router.add_post(f"{debug}/keywords", self.sim_keywords)
        app.router.add_post(f"{debug}/incoming", self.sim_incoming)
        app.on_startup.append(self._start)
        app.on_cleanup.append(self._stop)

    async def _start(self, app: web.Application) -> None:
        self.notifier.task = asyncio.create_task(self._notify_loop())

    async def _stop(self, app: web.Application) -> None:
        task, self.notifier.task = self.notifier.task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        session, self.notifier.session = self.notifier.session, None
        if session is not None:
            await session.close()

    async def _notify_loop(self) -> None:
        while True:
            await asyncio.sleep(NOTIFY_INTERVAL)
            await self.state.deliver_callbacks(self.notifier)


def webhook_replies(text: str) -> list[dict[str, Any]]:
    """The ``reply`` items of a keyword webhook's answer (``message.reply``, or a bare array under ``message``)."""
    try:
        body = json.loads(text)
    except ValueError:
        return []
    if not isinstance(body, dict) or body.get("success") is not True:
        return []
    message = body.get("message")
    items = message.get("reply") if isinstance(message, dict) else message
    if not isinstance(items, list):
        return []
    return [i for i in items if isinstance(i, dict) and i.get("type") in _REPLY_TYPES]


_REPLY_TYPES = frozenset({"message", "location", "audio", "image", "document"})


def reply_text(reply: Mapping[str, Any]) -> str:
    content = reply.get("content")
    if reply.get("type") == "location" and isinstance(content, list):
        return ";".join(str(c.get("coordinate", "")) for c in content if isinstance(c, dict))
    return str(content or "")


def auth_failure() -> web.Response:
    """How the Chatbot answers a wrong key: HTTP 400 with ``errorMessage``, its only documented failure."""
    return failure(AUTH_FAILED)


class ChatbotSim:
    """The Chatbot entry of ``registry.PROVIDERS``."""

    name = NAME
    base_path = ""

    def make_state(self, sim: SharedState) -> ProviderState:
        return ChatbotState(sim)

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        state = sim.provider(NAME)
        assert isinstance(state, ChatbotState)
        ChatbotRoutes(state, prefix).register(app)

    def auth_failure(self) -> web.StreamResponse:
        return auth_failure()

    def settings(self, root_url: str) -> dict[str, str]:
        """None: the client needs only the base URL (the tenant host) and ``secretkey``."""
        return {}


SIM = ChatbotSim()

__all__ = ["DEFAULT_SECRET_KEY", "DEVICE_NUMBER", "SIM", "WEBHOOK_KEY", "ChatbotSim", "ChatbotState"]
