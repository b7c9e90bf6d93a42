"""The simulated Wasender gateway (https://wasenderdha.my.id), as its document describes it.

Routes, all ``POST`` right under the root (no ``/api``): ``/send-message``,
``/send-media``, ``/send-button``, ``/send-template``, ``/send-list`` and
``/generate-qr``.  The credential is the ``api_key`` body field.  Bodies are
read as a form or as JSON: the document's samples send both (PHP and Python a
form, Node JSON), and all three array spellings of its samples are accepted
(``button[0]=…`` from PHP, repeated ``button=…`` from Python, a JSON array from
Node).  Every answer is HTTP 200 with the document's shapes:

- success ``{"status": true, "msg": "Message sent successfully!"}``;
- failure ``{"status": false, "msg": "Message failed to send!"}``;
- validation ``{"status": false, "msg": "Invalid data!", "errors": {field: [...]}}``;
- connection ``{"status": false, "msg": "Failed to send message!", "errors": "Failed to access whatsapp server"}``;
- ``generate-qr``: ``{"status": "processing", "message": "Processing"}`` or
  ``{"status": true, "qrcode": "data:image/png;base64,…", "message": "Please scan qrcode"}``
  (``message``, not ``msg``, on this route).

Rules the simulator follows where the document is silent:

- **Credentials**: one API key (``sim-wasender-api-key``) owning one device,
  ``6281300000001``.  A wrong or missing key is a validation error on
  ``api_key`` (``"The selected api key is invalid."``); a ``sender``/``device``
  that is not the account's device is one on that field.
- **Pairing**: the device starts disconnected.  The first ``generate-qr`` starts
  a session and answers ``processing``; from ``QR_PREPARE_SECONDS`` of clock
  time later it answers the QR, whose payload rotates every
  ``QR_ROTATION_SECONDS``.  ``POST /__sim/wasender/scan`` pairs the device; from
  then on ``generate-qr`` answers ``{"status": false, "message": "Device already
  connected!"}``.  ``POST /__sim/wasender/disconnect`` unpairs it.
- **Sending** needs a connected device (else the connection-error shape).  A
  number ending in ``0000`` is not on WhatsApp: the failed shape.  Accepted
  messages move ``pending`` -> ``sent`` -> ``delivered`` -> ``read``, one step
  (``SimState.step_seconds``) each; the API never reports this (no message id,
  no report route), ``GET /__sim/wasender/state`` shows it.
- **Limits** the document states are enforced: at most 5 buttons, 3 template
  buttons and 10 list options; ``media_type`` is one of the document's nine
  values; template buttons must read ``call|Label|Number`` or ``url|Label|Link``.
- **Webhook**: ``POST /__sim/wasender/webhook`` ``{"url": …}`` sets the URL (the
  document leaves that to the dashboard); ``POST /__sim/wasender/incoming``
  ``{"from", "message", "participant"?}`` makes the gateway POST the document's
  JSON payload there and returns that payload.
- **Contacts and groups** exist for incoming messages (``GET /__sim/wasender/state``);
  the document gives no route for them.

Debug routes besides those (never touched by fault injection): ``GET
/__sim/wasender/qr`` (the current QR payload as text) and ``GET
/__sim/wasender/delivered`` (the delivery log).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from wadesk.simulator.base import ProviderState, SharedState
from wadesk.simulator.qr import qr_data_uri

NAME = "wasender"
DEFAULT_API_KEY = "sim-wasender-api-key"
DEVICE_NUMBER = "6281300000001"
QR_PREPARE_SECONDS = 2.0
QR_ROTATION_SECONDS = 20.0
NOT_ON_WHATSAPP_SUFFIX = "0000"
MAX_BUTTONS = 5
MAX_TEMPLATE_BUTTONS = 3
MAX_LIST_OPTIONS = 10
MEDIA_TYPES = ("image", "video", "audio", "pdf", "xls", "xlsx", "doc", "docx", "zip")
STATUS_FLOW = ("pending", "sent", "delivered", "read")

SENT = {"status": True, "msg": "Message sent successfully!"}
FAILED = {"status": False, "msg": "Message failed to send!"}
CONNECTION_ERROR = {"status": False, "msg": "Failed to send message!", "errors": "Failed to access whatsapp server"}
PROCESSING = {"status": "processing", "message": "Processing"}
ALREADY_CONNECTED = {"status": False, "message": "Device already connected!"}

_TEMPLATE_ITEM = re.compile(r"(call|url)\|([^|]+)\|([^|]+)")
_INDEXED = re.compile(r"^(?P<name>[^\[\]]+)\[(?P<index>\d*)\]$")

_SEED_CONTACTS = (
    ("6281234567001", "Budi Santoso"),
    ("6281234567002", "Siti Rahayu"),
    ("6281234567003", "Agus Wijaya"),
)
_SEED_GROUPS = (("120363025246125486@g.us", "Toko Maju Pelanggan", ("6281234567001", "6281234567002")),)


# -- records -------------------------------------------------------------------


@dataclass
class Device:
    number: str
    status: str = "disconnected"  # disconnected, connected
    qr_started_at: float | None = None
    connected_at: float | None = None


@dataclass
class Message:
    """One accepted message; its status follows the clock."""

    seq: int
    sender: str
    number: str
    route: str
    fields: dict[str, Any]
    created_at: float

    @property
    def text(self) -> str:
        for key in ("message", "caption"):
            value = self.fields.get(key)
            if isinstance(value, str) and value:
                return value
        return ""

    def status(self, now: float, step: float) -> str:
        if step <= 0:
            return STATUS_FLOW[-1]
        stage = int((now - self.created_at) // step)
        return STATUS_FLOW[max(0, min(stage, len(STATUS_FLOW) - 1))]


@dataclass(frozen=True)
class Contact:
    number: str
    name: str


@dataclass(frozen=True)
class Group:
    group_id: str
    name: str
    members: tuple[str, ...]


class WasenderState(ProviderState):
    """The simulated Wasender account: one API key, one device, its messages, contacts, groups, webhook."""

    def __init__(self, sim: SharedState) -> None:
        super().__init__(sim, {"api_key": DEFAULT_API_KEY})
        self.device = Device(DEVICE_NUMBER)
        self.messages: list[Message] = []
        self.contacts = {number: Contact(number, name) for number, name in _SEED_CONTACTS}
        self.groups = {gid: Group(gid, name, members) for gid, name, members in _SEED_GROUPS}
        self.webhook_url: str | None = None
        self.webhook_log: list[dict[str, Any]] = []

    def now(self) -> float:
        return self.sim.now()

    # -- pairing -----------------------------------------------------------------

    def qr_payload(self) -> str:
        """The text the QR holds right now; it changes every ``QR_ROTATION_SECONDS`` of clock time."""
        window = int(self.now() // QR_ROTATION_SECONDS)
        digest = hashlib.sha256(f"{self.device.number}:{self.credentials['api_key']}:{window}".encode()).hexdigest()
        return f"2@{digest[:32]},{digest[32:48]},{digest[48:]},{self.device.number}"

    def generate_qr(self) -> dict[str, Any]:
        """The answer of ``generate-qr`` for the account's device."""
        device = self.device
        if device.status == "connected":
            return dict(ALREADY_CONNECTED)
        now = self.now()
        if device.qr_started_at is None:
            device.qr_started_at = now
        if now - device.qr_started_at < QR_PREPARE_SECONDS:
            return dict(PROCESSING)
        return {"status": True, "qrcode": qr_data_uri(self.qr_payload()), "message": "Please scan qrcode"}

    def scan(self, payload: str | None = None) -> None:
        """Pair the device as if a phone scanned its QR (``payload``, if given, must be the current one)."""
        device = self.device
        if device.status == "connected":
            return
        if device.qr_started_at is None or self.now() - device.qr_started_at < QR_PREPARE_SECONDS:
            raise ValueError("no QR code is shown yet: call generate-qr first")
        if payload is not None and payload != self.qr_payload():
            raise ValueError("QR code expired, generate it again and scan")
        device.status = "connected"
        device.connected_at = self.now()
        device.qr_started_at = None

    def disconnect(self) -> None:
        self.device.status = "disconnected"
        self.device.connected_at = None
        self.device.qr_started_at = None

    # -- messages ----------------------------------------------------------------

    def accept(self, route: str, sender: str, number: str, fields: dict[str, Any]) -> Message:
        message = Message(len(self.messages) + 1, sender, number, route, fields, self.now())
        self.messages.append(message)
        self.record_delivery(number, message.text)
        return message

    def message_status(self, message: Message) -> str:
        return message.status(self.now(), self.sim.step_seconds)

    def snapshot(self) -> dict[str, Any]:
        return {
            "device": {
                "number": self.device.number,
                "status": self.device.status,
                "qr_payload": self.qr_payload() if self.device.status != "connected" else None,
            },
            "messages": [
                {
                    "seq": m.seq,
                    "route": m.route,
                    "sender": m.sender,
                    "number": m.number,
                    "fields": m.fields,
                    "status": self.message_status(m),
                }
                for m in self.messages
            ],
            "contacts": [{"number": c.number, "name": c.name} for c in self.contacts.values()],
            "groups": [{"id": g.group_id, "name": g.name, "members": list(g.members)} for g in self.groups.values()],
            "webhook_url": self.webhook_url,
        }

    def incoming_payload(self, chat: str, text: str, participant: str | None = None) -> dict[str, Any]:
        """The document's webhook payload for an incoming message."""
        if participant is None:
            group = self.groups.get(chat)
            participant = group.members[0] if group and group.members else chat
        return {"message": text, "from": chat, "bufferImage": None, "participant": participant}


# -- request bodies --------------------------------------------------------------


async def read_body(request: web.Request) -> dict[str, Any]:
    """The request's fields, from JSON or a form (``a[0]=``/``a[]=`` and repeated keys become lists)."""
    if request.content_type == "application/json":
        try:
            data = await request.json()
        except ValueError:
            return {}
        return dict(data) if isinstance(data, Mapping) else {}
    posted = await request.post()
    fields: dict[str, Any] = {}
    indexed: dict[str, list[tuple[int, str]]] = {}
    for key, value in posted.items():
        if not isinstance(value, str):
            continue
        match = _INDEXED.match(key)
        if match is not None:
            slot = indexed.setdefault(match["name"], [])
            slot.append((int(match["index"]) if match["index"] else len(slot), value))
            continue
        if key in fields:
            previous = fields[key]
            fields[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[key] = value
    for name, items in indexed.items():
        fields[name] = [value for _, value in sorted(items, key=lambda item: item[0])]
    return fields


def _label(field: str) -> str:
    return field.replace("_", " ")


def _string(fields: Mapping[str, Any], name: str, errors: dict[str, list[str]], *, required: bool = True) -> str:
    value = fields.get(name)
    if isinstance(value, bool):
        value = "true" if value else "false"
    if isinstance(value, int | float):
        value = str(value)
    if isinstance(value, list):
        errors.setdefault(name, []).append(f"The {_label(name)} must be a string.")
        return ""
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        errors.setdefault(name, []).append(f"The {_label(name)} field is required.")
    return text


def _array(fields: Mapping[str, Any], name: str, errors: dict[str, list[str]], limit: int) -> list[str]:
    value = fields.get(name)
    items: list[str]
    if isinstance(value, list):
        items = [str(v).strip() for v in value if str(v).strip()]
    elif isinstance(value, str) and value.strip():
        items = [value.strip()]  # a one-item array sent as a form by the Python sample
    else:
        items = []
    if not items:
        errors.setdefault(name, []).append(f"The {_label(name)} field is required.")
    elif len(items) > limit:
        errors.setdefault(name, []).append(f"The {_label(name)} may not have more than {limit} items.")
    return items


def _number(raw: str) -> str | None:
    digits = re.sub(r"[\s\-().+]", "", raw)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits if re.fullmatch(r"\d{8,15}", digits) else None


def _bool(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "1", "on", "yes"))


# -- the simulator ---------------------------------------------------------------


class WasenderSim:
    """The Wasender gateway for ``wadesk.simulator.server``."""

    name = NAME
    base_path = ""

    def make_state(self, sim: SharedState) -> WasenderState:
        return WasenderState(sim)

    def settings(self, root_url: str) -> dict[str, str]:
        return {"sender": DEVICE_NUMBER}

    def auth_failure(self) -> web.StreamResponse:
        return web.json_response(
            {"status": False, "msg": "Invalid data!", "errors": {"api_key": ["The selected api key is invalid."]}}
        )

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        def state() -> WasenderState:
            provider = sim.provider(NAME)
            assert isinstance(provider, WasenderState)
            return provider

        async def send(request: web.Request, route: str) -> web.StreamResponse:
            st = state()
            fields = await read_body(request)
            errors: dict[str, list[str]] = {}
            api_key = _string(fields, "api_key", errors)
            if api_key and api_key != st.credentials["api_key"]:
                errors.setdefault("api_key", []).append("The selected api key is invalid.")
            sender = _string(fields, "sender", errors)
            if sender and _number(sender) != st.device.number:
                errors.setdefault("sender", []).append("The selected sender is invalid.")
            raw_number = _string(fields, "number", errors)
            number = _number(raw_number) if raw_number else None
            if raw_number and number is None:
                errors.setdefault("number", []).append("The number format is invalid.")
            kept = _route_fields(route, fields, errors)
            if errors:
                return web.json_response({"status": False, "msg": "Invalid data!", "errors": errors})
            assert number is not None
            if st.device.status != "connected":
                return web.json_response(CONNECTION_ERROR)
            if number.endswith(NOT_ON_WHATSAPP_SUFFIX):
                return web.json_response(FAILED)
            st.accept(route, st.device.number, number, kept)
            return web.json_response(SENT)

        def sender_route(route: str) -> Any:
            async def handler(request: web.Request) -> web.StreamResponse:
                return await send(request, route)

            return handler

        for route in ("send-message", "send-media", "send-button", "send-template", "send-list"):
            app.router.add_post(f"{prefix}/{route}", sender_route(route))

        async def generate_qr(request: web.Request) -> web.StreamResponse:
            st = state()
            fields = await read_body(request)
            errors: dict[str, list[str]] = {}
            api_key = _string(fields, "api_key", errors)
            if api_key and api_key != st.credentials["api_key"]:
                errors.setdefault("api_key", []).append("The selected api key is invalid.")
            device = _string(fields, "device", errors)
            if device and _number(device) != st.device.number:
                errors.setdefault("device", []).append("The selected device is invalid.")
            if errors:
                return web.json_response({"status": False, "message": "Invalid data!", "errors": errors})
            return web.json_response(st.generate_qr())

        app.router.add_post(f"{prefix}/generate-qr", generate_qr)

        # -- debug routes (never touched by faults) ----------------------------------
        debug = f"/__sim/{NAME}"

        async def sim_state(request: web.Request) -> web.StreamResponse:
            return web.json_response(state().snapshot())

        async def sim_scan(request: web.Request) -> web.StreamResponse:
            payload = await _debug_body(request)
            value = payload.get("payload")
            try:
                state().scan(value if isinstance(value, str) and value else None)
            except ValueError as exc:
                return web.json_response({"status": False, "message": str(exc)}, status=409)
            return web.json_response({"status": True, "message": "Device connected", "device": DEVICE_NUMBER})

        async def sim_disconnect(request: web.Request) -> web.StreamResponse:
            state().disconnect()
            return web.json_response({"status": True, "message": "Device disconnected"})

        async def sim_webhook(request: web.Request) -> web.StreamResponse:
            payload = await _debug_body(request)
            url = payload.get("url")
            state().webhook_url = url if isinstance(url, str) and url else None
            return web.json_response({"status": True, "webhook_url": state().webhook_url})

        async def sim_incoming(request: web.Request) -> web.StreamResponse:
            st = state()
            payload = await _debug_body(request)
            chat = str(payload.get("from") or next(iter(st.contacts)))
            participant = payload.get("participant")
            body = st.incoming_payload(
                chat, str(payload.get("message", "")), participant if isinstance(participant, str) else None
            )
            delivered: int | None = None
            if st.webhook_url:
                try:
                    async with (
                        aiohttp.ClientSession() as session,
                        session.post(st.webhook_url, json=body, timeout=aiohttp.ClientTimeout(total=10)) as answer,
                    ):
                        delivered = answer.status
                except (aiohttp.ClientError, TimeoutError) as exc:
                    return web.json_response({"status": False, "message": f"webhook failed: {exc}"}, status=502)
            st.webhook_log.append(body)
            return web.json_response({"status": True, "payload": body, "webhook_status": delivered})

        async def sim_qr(request: web.Request) -> web.StreamResponse:
            return web.Response(text=state().qr_payload(), content_type="text/plain")

        async def sim_delivered(request: web.Request) -> web.StreamResponse:
            return web.json_response([list(entry) for entry in state().delivery_log])

        app.router.add_get(f"{debug}/state", sim_state)
        app.router.add_get(f"{debug}/qr", sim_qr)
        app.router.add_get(f"{debug}/delivered", sim_delivered)
        app.router.add_post(f"{debug}/scan", sim_scan)
        app.router.add_post(f"{debug}/disconnect", sim_disconnect)
        app.router.add_post(f"{debug}/webhook", sim_webhook)
        app.router.add_post(f"{debug}/incoming", sim_incoming)


async def _debug_body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return dict(request.query)
    try:
        return {**request.query, **await read_body(request)}
    except (ValueError, json.JSONDecodeError):
        return dict(request.query)


def _route_fields(route: str, fields: Mapping[str, Any], errors: dict[str, list[str]]) -> dict[str, Any]:
    """Check the route's own fields as the document lists them; return what was sent."""
    kept: dict[str, Any] = {}
    if route == "send-message":
        kept["message"] = _string(fields, "message", errors)
    elif route == "send-media":
        media_type = _string(fields, "media_type", errors)
        if media_type and media_type not in MEDIA_TYPES:
            errors.setdefault("media_type", []).append("The selected media type is invalid.")
        url = _string(fields, "url", errors)
        if url and not re.match(r"https?://\S+$", url):
            errors.setdefault("url", []).append("The url format is invalid.")
        kept.update(media_type=media_type, url=url, caption=_string(fields, "caption", errors, required=False))
        kept["ppt"] = _bool(fields.get("ppt"))
    elif route == "send-button":
        kept["message"] = _string(fields, "message", errors)
        kept["button"] = _array(fields, "button", errors, MAX_BUTTONS)
        kept["footer"] = _string(fields, "footer", errors, required=False)
        kept["url"] = _string(fields, "url", errors, required=False)
    elif route == "send-template":
        kept["message"] = _string(fields, "message", errors)
        template = _array(fields, "template", errors, MAX_TEMPLATE_BUTTONS)
        if any(_TEMPLATE_ITEM.fullmatch(item) is None for item in template):
            errors.setdefault("template", []).append("The template format is invalid.")
        kept["template"] = template
        kept["footer"] = _string(fields, "footer", errors, required=False)
        kept["url"] = _string(fields, "url", errors, required=False)
    elif route == "send-list":
        for name in ("title", "name", "message", "buttontext"):
            kept[name] = _string(fields, name, errors)
        kept["list"] = _array(fields, "list", errors, MAX_LIST_OPTIONS)
        kept["footer"] = _string(fields, "footer", errors, required=False)
    return kept


SIM = WasenderSim()

__all__ = ["DEFAULT_API_KEY", "DEVICE_NUMBER", "SIM", "WasenderSim", "WasenderState", "read_body"]
