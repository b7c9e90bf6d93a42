"""The simulated WACloud gateway (https://app.wacloud.id/api/v1), as its document describes it.

Routes, relative to the provider root (the client's base URL is ``<root>/api/v1``),
every one authenticated by the ``X-Api-Key`` header and answering JSON envelopes
``{"success": true, "data": …}``:

- devices: ``POST /devices`` (``name``, ``phone_number`` without the country code;
  HTTP 201, the document's answer), ``GET /devices`` (the connected devices),
  ``GET /devices/{device_id}``, ``GET /devices/{device_id}/status``,
  ``GET /devices/{device_id}/pair`` (``qr_code`` as ``data:image/png;base64,…`` and
  ``expires_at``);
- messages: ``POST /messages`` with ``message_type`` ``text``, ``image``
  (``image_url``), ``video`` (``video_url``, ``as_note``, ``convert``), ``document``
  (``document_url``, ``filename``), ``poll`` (``poll_name``, ``poll_options``), ``list``
  (``message: {title, description, button, sections}``), or a template
  (``template_id`` + ``variables``, no ``message_type``); HTTP 201 with
  ``message_id``, ``whatsapp_message_id``, ``status: "sent"``, ``ack: 1``, ``to``;
- templates: ``POST|GET /templates``, ``GET|PUT|DELETE /templates/{id}``,
  ``POST /templates/{id}/preview``; variables are written ``@{{name}}`` as in the
  document (``{{name}}`` is filled too);
- OTP: ``POST /messages/otp`` (``to`` without the country code), ``POST
  /messages/verify-otp`` (``phone_number``, ``code``), ``GET /messages/otp/{id}/status``;
- contacts: ``GET /devices/{session}/contacts`` (``limit``, ``offset``, ``sortBy``,
  ``sortOrder``), ``GET …/contacts/check-exists?phone=``, ``GET …/contacts/{id}``,
  ``PUT …/contacts/{chat_id}`` (``firstName``, ``lastName``), ``GET
  …/contacts/{id}/profile-picture?refresh=``; ``{session}`` is a device id or
  ``default`` (the account's first device), as the document's examples use;
- webhooks: ``POST|GET /webhooks``, ``DELETE /webhooks/{id}``; events ``message``
  and ``status``.

Not WACloud, for tests and demos (never touched by fault injection), under
``/__sim/wacloud/``: ``POST scan`` (pairs a device: JSON/form/query ``device`` and
``payload``, both optional), ``POST disconnect`` (``device``), ``GET qr`` (the current
QR payload as text), ``POST incoming`` (``from``, ``body``: an incoming message,
POSTed to the ``message`` webhooks), ``POST webhooks/flush`` (POST every due
webhook event now), ``GET events`` (the webhook POSTs made so far), ``GET otps``
(the codes sent), ``GET state`` and ``GET delivered``.

Rules the simulator follows where the document is silent:

- **Credentials**: one API key, ``sim-wacloud-api-key``, owning the device
  ``DEMO_DEVICE_ID``.  A missing or wrong key: HTTP 401
  ``{"success": false, "error": "Invalid API key"}``.
- **Errors** use the envelope the samples imply, ``{"success": false, "error":
  "<why>"}``: HTTP 400 for a bad request, 404 for an unknown device, session,
  template, webhook, contact or OTP.  A wrong or expired OTP code is answered with
  HTTP 200 and ``success: false``, as the samples' ``status_code == 200`` then
  ``else: print(error)`` imply.
- **Pairing**: devices start in ``pairing``.  ``pair`` issues a QR payload valid
  for two minutes of clock time (``expires_at``); asking again within that time
  gives the same code, after it a new one.  A scan pairs the device
  (``connected``); ``pair`` on a connected device is a 400 ``Device is already
  connected``.  Sending, OTP and the contact routes need a connected device.
- **Numbers**: ``to`` of a message is digits with the country code (``628…``);
  device and OTP numbers are without it (``81…``; a leading ``0``, ``+`` or ``62`` is
  refused).  A number ending in ``0000`` is not on WhatsApp: ``check-exists``
  says ``numberExists: false`` and a message to it is refused (400).
- **Statuses follow the clock**: a message is ``sent`` (ack 1) when accepted,
  ``delivered`` (ack 2) one step (``SimState.step_seconds``) later and ``read``
  (ack 3) after two.  The API has no route to ask (the document gives none);
  each change is a ``status`` webhook event.  The document does not print that
  event, so it mirrors the ``message`` event: ``{"event": "status", "device_id",
  "data": {"message_id", "whatsapp_message_id", "status", "ack", "from", "to",
  "timestamp"}}`` (chat ids with ``@c.us``, Unix seconds).
- **Webhook delivery**: events queue up as the clock moves; they are POSTed
  (JSON, no retries) about once a second, or at once by ``POST
  /__sim/wacloud/webhooks/flush``.
- **OTP**: a 6-digit code; the message text is the OTP template filled with
  ``otp``/``code``/``expiry_minutes`` when ``template_id`` is given, else
  ``Kode OTP Anda: 123456 …``.  Verification is by phone number: the newest
  unverified code of that number counts.
- **Polls** need at least two options; list ``sections`` may be empty, as in the
  document's example.
- **Contacts** are per device, in WAHA's shape (``id``, ``number``, ``name``,
  ``pushname``, …); one contact is known only by a ``…@lid`` id.  Updating an
  unknown phone contact adds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import random
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import aiohttp
from aiohttp import web

from wadesk.simulator.base import ProviderState, SharedState
from wadesk.simulator.qr import qr_data_uri

log = logging.getLogger(__name__)

NAME = "wacloud"
DEFAULT_API_KEY = "sim-wacloud-api-key"
DEMO_DEVICE_ID = "5a1e0c3d-8f7b-4c2a-9e6d-0b1c2d3e4f50"
DEMO_DEVICE_PHONE = "81200000002"  # as the device routes write numbers: no country code
COUNTRY_CODE = "62"
QR_VALID_SECONDS = 120.0
OTP_DEFAULT_EXPIRY_MINUTES = 10
NOT_ON_WHATSAPP_SUFFIX = "0000"
PUMP_SECONDS = 1.0
WEBHOOK_TIMEOUT_SECONDS = 10.0
DEVICE_STATUSES = ("connected", "pairing", "disconnected")
WEBHOOK_EVENTS = ("message", "status")
STATUS_FLOW = (("sent", 1), ("delivered", 2), ("read", 3))
MESSAGE_TYPES = ("text", "image", "video", "document", "poll", "list")

DEMO_TEMPLATE_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
DEMO_TEMPLATE = (
    "Order Confirmation",
    "Halo @{{name}}, pesanan Anda #@{{order_id}} telah dikonfirmasi. Total: Rp @{{amount}}",
    "Template untuk konfirmasi pesanan",
)

_SEED_CONTACTS = (
    ("6281234567001", "Budi Santoso", "Budi"),
    ("6281234567002", "Siti Rahayu", "Siti"),
    ("6281234567003", "Agus Wijaya", "Agus"),
)
_SEED_LID = ("120000000000001@lid", "Anggota Grup")
_VARIABLE = re.compile(r"@?\{\{\s*([A-Za-z_][\w-]*)\s*\}\}")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Refused(Exception):
    """A request WACloud refuses: ``{"success": false, "error": …}`` with an HTTP status."""

    def __init__(self, error: str, status: int = 400) -> None:
        super().__init__(error)
        self.error = error
        self.status = status


# -- records -------------------------------------------------------------------


def new_id() -> str:
    return str(uuid.uuid4())


def iso(ts: float) -> str:
    """``2025-11-30T10:02:00Z``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Device:
    id: str
    name: str
    phone_number: str  # without the country code
    created_at: float
    status: str = "pairing"
    connected_at: float | None = None
    qr_seq: int = 0
    qr_issued_at: float | None = None
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)  # chat id -> contact

    def item(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "phone_number": self.phone_number,
            "status": self.status,
            "created_at": iso(self.created_at),
        }

    @property
    def chat_id(self) -> str:
        return f"{COUNTRY_CODE}{self.phone_number}@c.us"


@dataclass
class Message:
    id: str
    whatsapp_id: str
    device_id: str
    to: str
    message_type: str
    fields: dict[str, Any]
    text: str
    created_at: float
    notified: int = 0  # the last stage a status event was queued for

    def stage(self, now: float, step: float) -> int:
        last = len(STATUS_FLOW) - 1
        if step <= 0:
            return last
        return max(0, min(int((now - self.created_at) // step), last))


@dataclass
class Template:
    id: str
    name: str
    content: str
    message_type: str
    variables: list[str]
    description: str
    created_at: float
    updated_at: float

    def item(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "content": self.content,
            "message_type": self.message_type,
            "variables": list(self.variables),
            "description": self.description,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
        }


@dataclass
class Webhook:
    id: str
    url: str
    events: list[str]
    device_id: str
    created_at: float

    def item(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "events": list(self.events),
            "device_id": self.device_id,
            "created_at": iso(self.created_at),
        }


@dataclass
class Otp:
    id: str
    device_id: str
    phone: str  # without the country code
    code: str
    created_at: float
    expires_at: float
    verified_at: float | None = None

    def status(self, now: float) -> str:
        if self.verified_at is not None:
            return "verified"
        return "expired" if now >= self.expires_at else "pending"


def variable_names(content: str) -> list[str]:
    return list(dict.fromkeys(_VARIABLE.findall(content)))


def render(content: str, variables: Mapping[str, Any]) -> str:
    """Fill ``@{{name}}`` (and ``{{name}}``) from ``variables``; unknown names stay as written."""

    def fill(match: re.Match[str]) -> str:
        value = variables.get(match.group(1))
        return match.group(0) if value is None else str(value)

    return _VARIABLE.sub(fill, content)


def contact_item(chat_id: str, number: str | None, name: str, pushname: str) -> dict[str, Any]:
    return {
        "id": chat_id,
        "number": number,
        "name": name,
        "pushname": pushname,
        "shortName": name.split(" ")[0] if name else None,
        "isMe": False,
        "isUser": True,
        "isGroup": False,
        "isWAContact": True,
        "isMyContact": number is not None,
        "isBlocked": False,
    }


def on_whatsapp(phone: str) -> bool:
    return not phone.endswith(NOT_ON_WHATSAPP_SUFFIX)


# -- the provider state --------------------------------------------------------------


class WacloudState(ProviderState):
    """The simulated WACloud account: devices, messages, templates, webhooks, OTPs, contacts."""

    def __init__(self, sim: SharedState) -> None:
        super().__init__(sim, {"api_key": DEFAULT_API_KEY})
        now = sim.now()
        self.devices: dict[str, Device] = {}
        self.messages: dict[str, Message] = {}
        self.templates: dict[str, Template] = {}
        self.webhooks: dict[str, Webhook] = {}
        self.otps: dict[str, Otp] = {}
        self.outbox: list[tuple[str, dict[str, Any]]] = []  # (url, payload) webhook POSTs due
        self.events: list[dict[str, Any]] = []  # webhook POSTs made: url, payload, status or error
        self._rng = random.Random(20251130)
        self._delivering = asyncio.Lock()  # one delivery at a time, so a flush waits for the pump's
        demo = self.add_device("wadesk simulator", DEMO_DEVICE_PHONE, device_id=DEMO_DEVICE_ID)
        for number, name, push in _SEED_CONTACTS:
            demo.contacts[f"{number}@c.us"] = contact_item(f"{number}@c.us", number, name, push)
        demo.contacts[_SEED_LID[0]] = contact_item(_SEED_LID[0], None, _SEED_LID[1], _SEED_LID[1])
        name, content, description = DEMO_TEMPLATE
        self.templates[DEMO_TEMPLATE_ID] = Template(
            DEMO_TEMPLATE_ID, name, content, "text", variable_names(content), description, now, now
        )

    def now(self) -> float:
        return self.sim.now()

    # -- devices and pairing ------------------------------------------------------

    def add_device(self, name: str, phone_number: str, *, device_id: str | None = None) -> Device:
        device = Device(device_id or new_id(), name, phone_number, self.now())
        self.devices[device.id] = device
        return device

    def device(self, device_id: str | None) -> Device:
        """A device by id; ``None``, ``""`` or ``default`` is the account's first device."""
        if device_id in (None, "", "default"):
            return next(iter(self.devices.values()))
        found = self.devices.get(str(device_id))
        if found is None:
            raise Refused("Device not found", 404)
        return found

    def qr(self, device: Device) -> tuple[str, float]:
        """The device's current QR payload and when it expires; a new one once the last has expired."""
        now = self.now()
        if device.qr_issued_at is None or now >= device.qr_issued_at + QR_VALID_SECONDS:
            device.qr_seq += 1
            device.qr_issued_at = now
        digest = hashlib.sha256(f"{device.id}:{self.credentials['api_key']}:{device.qr_seq}".encode()).hexdigest()
        payload = f"2@{digest[:32]},{digest[32:48]},{digest[48:]},{device.id}"
        return payload, device.qr_issued_at + QR_VALID_SECONDS

    def scan(self, device_id: str | None = None, payload: str | None = None) -> Device:
        """Pair a device as if its phone scanned the QR code (``payload``, if given, must be current)."""
        device = self.device(device_id)
        if device.status == "connected":
            return device
        if payload is not None:
            if device.qr_issued_at is None:
                raise ValueError("no QR code was issued: call the pair endpoint first")
            current, expires = self.qr(device)
            if payload != current or self.now() >= expires:
                raise ValueError("QR code expired, get a new one from the pair endpoint")
        device.status = "connected"
        device.connected_at = self.now()
        device.qr_issued_at = None
        return device

    def disconnect(self, device_id: str | None = None) -> Device:
        device = self.device(device_id)
        device.status = "disconnected"
        device.connected_at = None
        device.qr_issued_at = None
        return device

    # -- messages -------------------------------------------------------------

    def accept(self, device: Device, to: str, message_type: str, fields: dict[str, Any], text: str) -> Message:
        whatsapp_id = "3EB0" + uuid.uuid4().hex[:16].upper()
        msg = Message(new_id(), whatsapp_id, device.id, to, message_type, fields, text, self.now())
        self.messages[msg.id] = msg
        self.record_delivery(to, text)
        return msg

    def message_status(self, msg: Message) -> tuple[str, int]:
        return STATUS_FLOW[msg.stage(self.now(), self.sim.step_seconds)]

    def refresh(self) -> None:
        """Queue a ``status`` webhook event for every status change the clock has reached."""
        now, step = self.now(), self.sim.step_seconds
        for msg in self.messages.values():
            stage = msg.stage(now, step)
            while msg.notified < stage:
                msg.notified += 1
                hooks = [h for h in self.webhooks.values() if h.device_id == msg.device_id and "status" in h.events]
                if not hooks:
                    continue
                word, ack = STATUS_FLOW[msg.notified]
                at = msg.created_at + msg.notified * step if step > 0 else now
                device = self.devices.get(msg.device_id)
                payload = {
                    "event": "status",
                    "device_id": msg.device_id,
                    "data": {
                        "message_id": msg.id,
                        "whatsapp_message_id": msg.whatsapp_id,
                        "status": word,
                        "ack": ack,
                        "from": device.chat_id if device else None,
                        "to": f"{msg.to}@c.us",
                        "timestamp": int(at),
                    },
                }
                self.outbox.extend((hook.url, payload) for hook in hooks)

    def incoming(self, device: Device, sender: str, body: str) -> dict[str, Any]:
        """The document's ``message`` event for an incoming text; queued for the ``message`` webhooks."""
        payload = {
            "event": "message",
            "device_id": device.id,
            "data": {
                "from": f"{sender}@c.us",
                "to": device.chat_id,
                "body": body,
                "message_type": "text",
                "timestamp": int(self.now()),
            },
        }
        hooks = [h for h in self.webhooks.values() if h.device_id == device.id and "message" in h.events]
        self.outbox.extend((hook.url, payload) for hook in hooks)
        return payload

    async def deliver(self) -> tuple[int, int]:
        """POST every queued webhook event; ``(delivered, failed)``.  No retries."""
        async with self._delivering:
            self.refresh()
            due, self.outbox = self.outbox, []
            if not due:
                return 0, 0
            return await self._post(due)

    async def _post(self, due: list[tuple[str, dict[str, Any]]]) -> tuple[int, int]:
        delivered = failed = 0
        timeout = aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for url, payload in due:
                entry: dict[str, Any] = {"url": url, "payload": payload}
                try:
                    async with session.post(url, json=payload) as answer:
                        await answer.read()
                        entry["status"] = answer.status
                    delivered += 1
                except (aiohttp.ClientError, TimeoutError) as exc:
                    entry["error"] = str(exc) or type(exc).__name__
                    failed += 1
                self.events.append(entry)
        return delivered, failed

    # -- OTP ------------------------------------------------------------------

    def new_otp(self, device: Device, phone: str, minutes: int) -> Otp:
        code = f"{self._rng.randrange(10**6):06d}"
        now = self.now()
        otp = Otp(new_id(), device.id, phone, code, now, now + minutes * 60)
        self.otps[otp.id] = otp
        return otp

    def snapshot(self) -> dict[str, Any]:
        self.refresh()
        return {
            "devices": [d.item() for d in self.devices.values()],
            "messages": [
                {
                    "message_id": m.id,
                    "whatsapp_message_id": m.whatsapp_id,
                    "device_id": m.device_id,
                    "to": m.to,
                    "message_type": m.message_type,
                    "text": m.text,
                    "status": self.message_status(m)[0],
                }
                for m in self.messages.values()
            ],
            "templates": [t.item() for t in self.templates.values()],
            "webhooks": [w.item() for w in self.webhooks.values()],
            "otps": self.otp_items(),
            "webhook_events_due": len(self.outbox),
        }

    def otp_items(self) -> list[dict[str, Any]]:
        now = self.now()
        return [
            {"otp_id": o.id, "phone_number": o.phone, "code": o.code, "status": o.status(now)}
            for o in self.otps.values()
        ]


# -- request helpers -------------------------------------------------------------


def ok(data: Any = None, *, status: int = 200, message: str | None = None) -> web.Response:
    body: dict[str, Any] = {"success": True}
    if message is not None:
        body["message"] = message
    if data is not None:
        body["data"] = data
    return web.json_response(body, status=status)


def refusal(error: str, status: int = 400) -> web.Response:
    return web.json_response({"success": False, "error": error}, status=status)


async def json_body(request: web.Request) -> dict[str, Any]:
    if not request.body_exists:
        return {}
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise Refused("Invalid JSON body") from None
    if not isinstance(body, dict):
        raise Refused("The request body must be a JSON object")
    return body


def text_field(body: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Refused(f"{name} is required")
        return ""
    if not isinstance(value, str):
        raise Refused(f"{name} must be a string")
    return value


def url_field(body: Mapping[str, Any], name: str) -> str:
    url = text_field(body, name).strip()
    if not url.lower().startswith(("http://", "https://")):
        raise Refused(f"{name} must be a public http(s) URL")
    return url


def bool_field(body: Mapping[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise Refused(f"{name} must be a boolean")
    return value


def international(raw: str, name: str) -> str:
    """A message recipient: digits with the country code (``6281234567890``)."""
    value = raw.strip()
    if not re.fullmatch(r"\d{8,15}", value):
        raise Refused(f"{name} must be a phone number with the country code, digits only (e.g. 6281234567890)")
    if value.startswith("0"):
        raise Refused(f"{name} must start with the country code, not 0 (e.g. 6281234567890)")
    return value


def national(raw: str, name: str) -> str:
    """A device or OTP number: without the country code or leading zero (``81234567890``)."""
    value = raw.strip()
    if not re.fullmatch(r"\d{7,13}", value) or value.startswith(("0", COUNTRY_CODE)):
        raise Refused(f"{name} must be without the country code and without a leading 0 (e.g. 81234567890)")
    return value


def url_filename(url: str) -> str:
    return unquote(urlsplit(url).path).rstrip("/").rsplit("/", 1)[-1] or "document"


def positive(query: Mapping[str, str], name: str, default: int, *, minimum: int) -> int:
    raw = query.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise Refused(f"{name} must be a number") from None
    if value < minimum:
        raise Refused(f"{name} must be at least {minimum}")
    return value


# -- the routes -------------------------------------------------------------------


class WacloudRoutes:
    """The aiohttp handlers of the simulated WACloud account."""

    def __init__(self, sim: SharedState, prefix: str) -> None:
        self.sim = sim
        self.prefix = prefix

    @property
    def state(self) -> WacloudState:
        provider = self.sim.provider(NAME)
        assert isinstance(provider, WacloudState)
        return provider

    def add(self, app: web.Application, method: str, path: str, handler: Handler) -> None:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            if request.headers.get("X-Api-Key", "").strip() != self.state.credentials["api_key"]:
                return auth_failure()
            self.state.refresh()
            try:
                return await handler(request)
            except Refused as exc:
                return refusal(exc.error, exc.status)

        app.router.add_route(method, f"{self.prefix}/api/v1{path}", wrapped)

    def connected(self, device: Device) -> Device:
        if device.status != "connected":
            raise Refused(f"Device is not connected (status: {device.status}). Pair it first.")
        return device

    # -- devices ----------------------------------------------------------------

    async def create_device(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        name = text_field(body, "name").strip()
        phone = national(text_field(body, "phone_number"), "phone_number")
        device = self.state.add_device(name, phone)
        item = device.item()
        del item["phone_number"]  # the document's answer: id, name, status, created_at
        return web.json_response(
            {
                "success": True,
                "message": "Device created successfully. Use the pair endpoint to get QR code.",
                "data": item,
            },
            status=201,
        )

    async def list_devices(self, request: web.Request) -> web.StreamResponse:
        return ok([d.item() for d in self.state.devices.values() if d.status == "connected"])

    async def get_device(self, request: web.Request) -> web.StreamResponse:
        return ok(self.state.device(request.match_info["device_id"]).item())

    async def device_status(self, request: web.Request) -> web.StreamResponse:
        device = self.state.device(request.match_info["device_id"])
        return ok({"device_id": device.id, "status": device.status})

    async def pair(self, request: web.Request) -> web.StreamResponse:
        device = self.state.device(request.match_info["device_id"])
        if device.status == "connected":
            raise Refused("Device is already connected")
        if device.status == "disconnected":
            device.status = "pairing"
        payload, expires = self.state.qr(device)
        return ok(
            {"qr_code": qr_data_uri(payload), "expires_at": iso(expires), "device_id": device.id, "status": "pairing"}
        )

    # -- messages ---------------------------------------------------------------

    async def send_message(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        device = self.state.device(text_field(body, "device_id"))
        to = international(text_field(body, "to"), "to")
        message_type, fields, text = self.message_content(body)
        self.connected(device)
        if not on_whatsapp(to):
            raise Refused(f"The number {to} is not registered on WhatsApp")
        msg = self.state.accept(device, to, message_type, fields, text)
        data = {
            "message_id": msg.id,
            "whatsapp_message_id": msg.whatsapp_id,
            "status": "sent",
            "ack": 1,
            "to": to,
        }
        return ok(data, status=201)

    def message_content(self, body: Mapping[str, Any]) -> tuple[str, dict[str, Any], str]:
        """``(message_type, the type's fields, the text for the delivery log)``; ``Refused`` when incomplete."""
        if body.get("template_id") not in (None, "") and "message_type" not in body:
            template = self.template(text_field(body, "template_id"))
            variables = body.get("variables", {})
            if not isinstance(variables, dict):
                raise Refused("variables must be an object")
            return "template", {"template_id": template.id, "variables": variables}, render(template.content, variables)
        message_type = text_field(body, "message_type").strip().lower()
        if message_type == "text":
            text = text_field(body, "text")
            return message_type, {"text": text}, text
        if message_type in ("image", "video", "document"):
            url = url_field(body, f"{message_type}_url")
            caption = text_field(body, "caption", required=False)
            fields: dict[str, Any] = {f"{message_type}_url": url, "caption": caption}
            if message_type == "video":
                fields["as_note"] = bool_field(body, "as_note")
                fields["convert"] = bool_field(body, "convert")
            if message_type == "document":
                given = text_field(body, "filename", required=False).strip()
                fields["filename"] = given or url_filename(url)
            return message_type, fields, caption
        if message_type == "poll":
            name = text_field(body, "poll_name")
            options = body.get("poll_options")
            if not isinstance(options, list) or not all(isinstance(o, str) and o.strip() for o in options):
                raise Refused("poll_options must be an array of strings")
            if len(options) < 2:
                raise Refused("poll_options needs at least 2 options")
            return message_type, {"poll_name": name, "poll_options": options}, name
        if message_type == "list":
            message = body.get("message")
            if not isinstance(message, dict):
                raise Refused("message is required: an object with title, description, button and sections")
            title = text_field(message, "title")
            text_field(message, "button")
            description = text_field(message, "description", required=False)
            if not isinstance(message.get("sections", []), list):
                raise Refused("message.sections must be an array")
            return message_type, {"message": message}, f"{title}\n{description}".strip()
        raise Refused(f"Unsupported message_type {message_type!r} (supported: {', '.join(MESSAGE_TYPES)})")

    # -- templates --------------------------------------------------------------

    def template(self, template_id: str) -> Template:
        found = self.state.templates.get(template_id)
        if found is None:
            raise Refused("Template not found", 404)
        return found

    async def create_template(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        name = text_field(body, "name").strip()
        content = text_field(body, "content")
        message_type = text_field(body, "message_type", required=False).strip() or "text"
        variables = body.get("variables")
        if variables is None:
            names = variable_names(content)
        elif isinstance(variables, list) and all(isinstance(v, str) for v in variables):
            names = list(variables)
        else:
            raise Refused("variables must be an array of names")
        now = self.state.now()
        description = text_field(body, "description", required=False)
        template = Template(new_id(), name, content, message_type, names, description, now, now)
        self.state.templates[template.id] = template
        return ok(template.item(), status=201, message="Template created successfully")

    async def list_templates(self, request: web.Request) -> web.StreamResponse:
        return ok([t.item() for t in self.state.templates.values()])

    async def get_template(self, request: web.Request) -> web.StreamResponse:
        return ok(self.template(request.match_info["template_id"]).item())

    async def update_template(self, request: web.Request) -> web.StreamResponse:
        template = self.template(request.match_info["template_id"])
        body = await json_body(request)
        if not any(key in body for key in ("name", "content", "message_type", "description", "variables")):
            raise Refused("nothing to update: give name, content or message_type")
        if "name" in body:
            template.name = text_field(body, "name").strip()
        if "content" in body:
            template.content = text_field(body, "content")
            template.variables = variable_names(template.content)
        if "message_type" in body:
            template.message_type = text_field(body, "message_type").strip()
        if "description" in body:
            template.description = text_field(body, "description", required=False)
        template.updated_at = self.state.now()
        return ok(template.item(), message="Template updated successfully")

    async def delete_template(self, request: web.Request) -> web.StreamResponse:
        template = self.template(request.match_info["template_id"])
        del self.state.templates[template.id]
        return ok(message="Template deleted successfully")

    async def preview_template(self, request: web.Request) -> web.StreamResponse:
        template = self.template(request.match_info["template_id"])
        body = await json_body(request)
        variables = body.get("variables", {})
        if not isinstance(variables, dict):
            raise Refused("variables must be an object")
        missing = [name for name in variable_names(template.content) if name not in variables]
        data = {
            "template_id": template.id,
            "name": template.name,
            "preview": render(template.content, variables),
            "missing_variables": missing,
        }
        return ok(data)

    # -- OTP ----------------------------------------------------------------------

    async def send_otp(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        device = self.state.device(text_field(body, "device_id"))
        phone = national(text_field(body, "to"), "to")
        minutes = body.get("expiry_minutes", OTP_DEFAULT_EXPIRY_MINUTES)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
            raise Refused("expiry_minutes must be a whole number of minutes, at least 1")
        template_id = body.get("template_id")
        template = self.template(str(template_id)) if template_id else None
        self.connected(device)
        if not on_whatsapp(COUNTRY_CODE + phone):
            raise Refused(f"The number {phone} is not registered on WhatsApp")
        otp = self.state.new_otp(device, phone, minutes)
        values = {"otp": otp.code, "code": otp.code, "expiry_minutes": str(minutes)}
        text = (
            render(template.content, values)
            if template
            else f"Kode OTP Anda: {otp.code}. Berlaku {minutes} menit. Jangan berikan kode ini kepada siapa pun."
        )
        self.state.record_delivery(COUNTRY_CODE + phone, text)
        return ok({"otp_id": otp.id, "expires_at": iso(otp.expires_at), "expires_in_minutes": minutes})

    async def verify_otp(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        phone = national(text_field(body, "phone_number"), "phone_number")
        code = text_field(body, "code").strip()
        candidates = [o for o in self.state.otps.values() if o.phone == phone and o.verified_at is None]
        if not candidates:
            return web.json_response({"success": False, "error": "No OTP was sent to this number"})
        otp = max(candidates, key=lambda o: o.created_at)
        now = self.state.now()
        if otp.status(now) == "expired":
            return web.json_response({"success": False, "error": "OTP has expired"})
        if code != otp.code:
            return web.json_response({"success": False, "error": "Invalid OTP code"})
        otp.verified_at = now
        return ok(message="OTP verified successfully")

    async def otp_status(self, request: web.Request) -> web.StreamResponse:
        otp = self.state.otps.get(request.match_info["otp_id"])
        if otp is None:
            raise Refused("OTP not found", 404)
        return ok({"otp_id": otp.id, "status": otp.status(self.state.now()), "expires_at": iso(otp.expires_at)})

    # -- contacts -------------------------------------------------------------

    def session(self, request: web.Request) -> Device:
        try:
            device = self.state.device(request.match_info["session"])
        except Refused:
            raise Refused("Session not found", 404) from None
        return self.connected(device)

    @staticmethod
    def chat_id(raw: str) -> str:
        value = raw.strip()
        if "@" in value:
            return value
        digits = re.sub(r"\D", "", value)
        if not digits:
            raise Refused("contact id must be a phone number or a chat id (…@c.us, …@lid)")
        return f"{digits}@c.us"

    async def list_contacts(self, request: web.Request) -> web.StreamResponse:
        device = self.session(request)
        q = request.query
        limit = positive(q, "limit", 100, minimum=1)
        offset = positive(q, "offset", 0, minimum=0)
        sort_by = q.get("sortBy", "id").strip() or "id"
        order = q.get("sortOrder", "asc").strip().lower() or "asc"
        if sort_by not in ("id", "name"):
            raise Refused("sortBy must be 'id' or 'name'")
        if order not in ("asc", "desc"):
            raise Refused("sortOrder must be 'asc' or 'desc'")
        rows = sorted(device.contacts.values(), key=lambda c: str(c.get(sort_by) or "").lower())
        if order == "desc":
            rows.reverse()
        return ok(rows[offset : offset + limit])

    async def check_exists(self, request: web.Request) -> web.StreamResponse:
        self.session(request)
        raw = request.query.get("phone", "").strip()
        if not raw:
            raise Refused("phone is required")
        phone = re.sub(r"[\s\-+()]", "", raw)
        if not re.fullmatch(r"\d{6,15}", phone):
            raise Refused("phone must be a phone number, digits with the country code (e.g. 11231231231)")
        exists = on_whatsapp(phone)
        return ok({"numberExists": exists, "chatId": f"{phone}@c.us" if exists else None})

    async def get_contact(self, request: web.Request) -> web.StreamResponse:
        device = self.session(request)
        contact = device.contacts.get(self.chat_id(request.match_info["contact_id"]))
        if contact is None:
            raise Refused("Contact not found", 404)
        return ok(contact)

    async def update_contact(self, request: web.Request) -> web.StreamResponse:
        device = self.session(request)
        chat_id = self.chat_id(request.match_info["chat_id"])
        body = await json_body(request)
        first = text_field(body, "firstName").strip()
        last = text_field(body, "lastName", required=False).strip()
        name = f"{first} {last}".strip()
        contact = device.contacts.get(chat_id)
        if contact is None:
            if not chat_id.endswith("@c.us"):
                raise Refused("Contact not found", 404)
            number = chat_id.removesuffix("@c.us")
            contact = device.contacts[chat_id] = contact_item(chat_id, number, name, first)
        contact["name"] = name
        contact["shortName"] = first
        contact["isMyContact"] = True
        return ok(contact, message="Contact updated successfully")

    async def profile_picture(self, request: web.Request) -> web.StreamResponse:
        device = self.session(request)
        refresh = request.query.get("refresh", "false").strip().lower()
        if refresh not in ("true", "false"):
            raise Refused("refresh must be true or false")
        chat_id = self.chat_id(request.match_info["contact_id"])
        contact = device.contacts.get(chat_id)
        number = contact.get("number") if contact else chat_id.removesuffix("@c.us")
        if not number or chat_id.endswith("@lid") or not on_whatsapp(str(number)):
            return ok({"profilePictureURL": None})
        return ok({"profilePictureURL": f"https://pps.whatsapp.net/v/sim/{number}.jpg"})

    # -- webhooks -------------------------------------------------------------

    async def create_webhook(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        url = url_field(body, "url")
        events = body.get("events")
        if not isinstance(events, list) or not events or not all(isinstance(e, str) for e in events):
            raise Refused(f"events is required: an array of event names ({', '.join(WEBHOOK_EVENTS)})")
        unknown = [e for e in events if e not in WEBHOOK_EVENTS]
        if unknown:
            raise Refused(f"Unsupported events: {', '.join(unknown)} (supported: {', '.join(WEBHOOK_EVENTS)})")
        device = self.state.device(text_field(body, "device_id"))
        hook = Webhook(new_id(), url, list(dict.fromkeys(events)), device.id, self.state.now())
        self.state.webhooks[hook.id] = hook
        return ok(hook.item(), status=201, message="Webhook created successfully")

    async def list_webhooks(self, request: web.Request) -> web.StreamResponse:
        return ok([w.item() for w in self.state.webhooks.values()])

    async def delete_webhook(self, request: web.Request) -> web.StreamResponse:
        if self.state.webhooks.pop(request.match_info["webhook_id"], None) is None:
            raise Refused("Webhook not found", 404)
        return ok(message="Webhook deleted successfully")

    # -- simulator-only ---------------------------------------------------------

    async def sim_scan(self, request: web.Request) -> web.StreamResponse:
        values = await debug_values(request)
        try:
            device = self.state.scan(values.get("device"), values.get("payload"))
        except Refused as exc:
            return web.json_response({"error": exc.error}, status=exc.status)
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=409)
        return web.json_response({"device_id": device.id, "status": device.status})

    async def sim_disconnect(self, request: web.Request) -> web.StreamResponse:
        values = await debug_values(request)
        try:
            device = self.state.disconnect(values.get("device"))
        except Refused as exc:
            return web.json_response({"error": exc.error}, status=exc.status)
        return web.json_response({"device_id": device.id, "status": device.status})

    async def sim_qr(self, request: web.Request) -> web.StreamResponse:
        try:
            device = self.state.device(request.query.get("device"))
        except Refused as exc:
            return web.json_response({"error": exc.error}, status=exc.status)
        return web.Response(text=self.state.qr(device)[0], content_type="text/plain")

    async def sim_incoming(self, request: web.Request) -> web.StreamResponse:
        values = await debug_values(request)
        try:
            device = self.state.device(values.get("device"))
        except Refused as exc:
            return web.json_response({"error": exc.error}, status=exc.status)
        sender = re.sub(r"\D", "", values.get("from", "")) or _SEED_CONTACTS[0][0]
        payload = self.state.incoming(device, sender, values.get("body", ""))
        delivered, failed = await self.state.deliver()
        return web.json_response({"payload": payload, "delivered": delivered, "failed": failed})

    async def sim_flush(self, request: web.Request) -> web.StreamResponse:
        delivered, failed = await self.state.deliver()
        return web.json_response({"delivered": delivered, "failed": failed})

    async def sim_events(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.state.events)

    async def sim_otps(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.state.otp_items())

    async def sim_state(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self.state.snapshot())

    async def sim_delivered(self, request: web.Request) -> web.StreamResponse:
        self.state.refresh()
        return web.json_response([list(entry) for entry in self.state.delivery_log])

    # -- registration -------------------------------------------------------------

    def register(self, app: web.Application) -> None:
        add = self.add
        add(app, "POST", "/devices", self.create_device)
        add(app, "GET", "/devices", self.list_devices)
        add(app, "GET", "/devices/{session}/contacts", self.list_contacts)
        add(app, "GET", "/devices/{session}/contacts/check-exists", self.check_exists)
        add(app, "GET", "/devices/{session}/contacts/{contact_id}/profile-picture", self.profile_picture)
        add(app, "GET", "/devices/{session}/contacts/{contact_id}", self.get_contact)
        add(app, "PUT", "/devices/{session}/contacts/{chat_id}", self.update_contact)
        add(app, "GET", "/devices/{device_id}", self.get_device)
        add(app, "GET", "/devices/{device_id}/status", self.device_status)
        add(app, "GET", "/devices/{device_id}/pair", self.pair)
        add(app, "POST", "/messages", self.send_message)
        add(app, "POST", "/messages/otp", self.send_otp)
        add(app, "POST", "/messages/verify-otp", self.verify_otp)
        add(app, "GET", "/messages/otp/{otp_id}/status", self.otp_status)
        add(app, "POST", "/templates", self.create_template)
        add(app, "GET", "/templates", self.list_templates)
        add(app, "GET", "/templates/{template_id}", self.get_template)
        add(app, "PUT", "/templates/{template_id}", self.update_template)
        add(app, "DELETE", "/templates/{template_id}", self.delete_template)
        add(app, "POST", "/templates/{template_id}/preview", self.preview_template)
        add(app, "POST", "/webhooks", self.create_webhook)
        add(app, "GET", "/webhooks", self.list_webhooks)
        add(app, "DELETE", "/webhooks/{webhook_id}", self.delete_webhook)
        debug = f"/__sim/{NAME}"
        app.router.add_post(f"{debug}/scan", self.sim_scan)
        app.router.add_post(f"{debug}/disconnect", self.sim_disconnect)
        app.router.add_get(f"{debug}/qr", self.sim_qr)
        app.router.add_post(f"{debug}/incoming", self.sim_incoming)
        app.router.add_post(f"{debug}/webhooks/flush", self.sim_flush)
        app.router.add_get(f"{debug}/events", self.sim_events)
        app.router.add_get(f"{debug}/otps", self.sim_otps)
        app.router.add_get(f"{debug}/state", self.sim_state)
        app.router.add_get(f"{debug}/delivered", self.sim_delivered)
        app.cleanup_ctx.append(self.webhook_pump)

    async def webhook_pump(self, app: web.Application) -> AsyncIterator[None]:
        """POST due webhook events about once a second while the server runs."""

        async def pump() -> None:
            while True:
                await asyncio.sleep(PUMP_SECONDS)
                try:
                    self.state.refresh()
                    if self.state.outbox:
                        await self.state.deliver()
                except Exception:  # keep pumping whatever one delivery did
                    log.exception("WACloud simulator: webhook delivery failed")

        task = asyncio.create_task(pump())
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def debug_values(request: web.Request) -> dict[str, str]:
    """Query, JSON or form fields of a ``/__sim`` request, as strings."""
    values: dict[str, Any] = dict(request.query)
    if request.body_exists:
        if request.content_type == "application/json":
            with contextlib.suppress(ValueError, UnicodeDecodeError):
                body = await request.json()
                if isinstance(body, dict):
                    values.update(body)
        else:
            values.update(await request.post())
    return {k: str(v) for k, v in values.items() if isinstance(v, str | int | float) and str(v) != ""}


def auth_failure() -> web.Response:
    """How the simulator answers a missing or wrong ``X-Api-Key`` (the document prints no error)."""
    return refusal("Invalid API key", 401)


class WacloudSim:
    """The WACloud entry of ``registry.PROVIDERS``."""

    name = NAME
    base_path = "/api/v1"

    def make_state(self, sim: SharedState) -> ProviderState:
        return WacloudState(sim)

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        WacloudRoutes(sim, prefix).register(app)

    def auth_failure(self) -> web.StreamResponse:
        return auth_failure()

    def settings(self, root_url: str) -> dict[str, str]:
        """``device_id``: the account's demo device."""
        return {"device_id": DEMO_DEVICE_ID}


SIM = WacloudSim()
