"""What the simulated Wablas gateway remembers: its device, messages, schedules, contacts and uploads.

Rules the simulator follows where the Wablas document is silent:

- **One device per token.**  It starts *disconnected* (unpaired).  Its pairing
  QR payload rotates every ``QR_ROTATION_SECONDS`` (20 s) of clock time;
  ``scan()`` (or ``POST /__sim/wablas/scan``) pairs it, ``GET /device/disconnect``
  unpairs it.  Messages move on whether or not the device is paired.
- **Message statuses follow the clock.**  An accepted message is ``pending``; one
  step (``SimState.step_seconds``) later it is ``sent``, after two ``received``,
  after three ``read``.  ``cancel-message`` stops a message that is still
  ``pending`` (status ``cancel`` from then on).
- **Numbers not on WhatsApp**: a phone number whose normalised form ends in
  ``0000`` (e.g. ``6281200000000``) is treated as not on WhatsApp: the number
  check says ``offline``, and a message to it is accepted as ``pending`` and is
  ``reject``-ed one step later.  Group ids are never rejected.
- **Phone numbers** are normalised the Wablas way: spaces, dashes, dots,
  brackets and a leading ``+`` are dropped, a leading ``0`` becomes ``62``, a
  leading ``8`` gets ``62`` in front; the result must be 10–15 digits.
- **Times** in responses are local to the device's time zone, ``Asia/Jakarta``,
  formatted ``YYYY-MM-DD HH:MM:SS``; ``report-realtime``'s "today" is the
  device's local day.  ``/v2/schedule`` times, which carry no time zone, are
  read in that zone too.
- **Quota**: the device starts with 1000 messages; each accepted message uses
  one; a request needing more than is left is refused.  Set
  ``device.quota = None`` to answer ``"unlimited"`` everywhere.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wadesk.simulator.base import ProviderState, SharedState

DEFAULT_TOKEN = "sim-wablas-token"  # noqa: S105 - the simulator's published test token
DEFAULT_SECRET_KEY = "sim-wablas-secret"  # noqa: S105
DEVICE_SERIAL = "WBSIM1"
DEVICE_TIMEZONE = "Asia/Jakarta"
QR_ROTATION_SECONDS = 20.0
NOT_ON_WHATSAPP_SUFFIX = "0000"
MAX_TEXT = 1024
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_BATCH = 100
MAX_REALTIME_LIMIT = 1000
DEFAULT_QUOTA = 1000

MEDIA_KINDS = ("image", "video", "audio", "document")
EXTENSIONS: dict[str, frozenset[str]] = {
    "image": frozenset({"jpg", "jpeg", "png", "gif"}),
    "video": frozenset({"mp4", "mpeg"}),
    "audio": frozenset({"mp3", "ogg", "mpga"}),
    "document": frozenset({"doc", "docx", "pdf", "odt", "csv", "ppt", "pptx", "xls", "xlsx", "txt"}),
}
DEFAULT_EXTENSION = {"image": "jpeg", "video": "mp4", "audio": "mp3", "document": "pdf"}
STATUS_FLOW = ("pending", "sent", "received", "read")

_PHONE_JUNK = re.compile(r"[\s\-().]")
_GROUP_ID = re.compile(r"[A-Za-z0-9@._-]{5,100}")
# Used where the system has no time-zone database (e.g. Windows without tzdata).
_FIXED_ZONES = {
    "Asia/Jakarta": 7,
    "Asia/Pontianak": 7,
    "Asia/Makassar": 8,
    "Asia/Jayapura": 9,
    "UTC": 0,
    "Etc/UTC": 0,
}


# -- small helpers -----------------------------------------------------------


def normalise_phone(raw: str) -> str | None:
    """``raw`` as Wablas echoes it (``62…`` digits), or ``None`` when it is no phone number."""
    text = _PHONE_JUNK.sub("", raw.strip()).removeprefix("+")
    if not text.isdigit():
        return None
    if text.startswith("0"):
        text = "62" + text[1:]
    elif text.startswith("8"):
        text = "62" + text
    if not 10 <= len(text) <= 15:
        return None
    return text


def valid_group_id(raw: str) -> bool:
    return _GROUP_ID.fullmatch(raw.strip()) is not None


def on_whatsapp(phone: str) -> bool:
    """The simulator's rule: numbers ending in ``0000`` are not on WhatsApp."""
    return not phone.endswith(NOT_ON_WHATSAPP_SUFFIX)


def zone(name: str) -> tzinfo | None:
    """The time zone called ``name``, or ``None`` if there is none by that name."""
    name = name.strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        hours = _FIXED_ZONES.get(name)
        return None if hours is None else timezone(timedelta(hours=hours), name)


def device_zone() -> tzinfo:
    tz = zone(DEVICE_TIMEZONE)
    assert tz is not None
    return tz


def local_text(ts: float, tz: tzinfo | None = None) -> str:
    """``YYYY-MM-DD HH:MM:SS`` in ``tz`` (the device's zone by default)."""
    return datetime.fromtimestamp(ts, tz or device_zone()).strftime("%Y-%m-%d %H:%M:%S")


def local_date(ts: float) -> str:
    return datetime.fromtimestamp(ts, device_zone()).strftime("%Y-%m-%d")


def parse_local(text: str, tz: tzinfo) -> float | None:
    """``YYYY-MM-DD HH:MM[:SS]`` in ``tz`` as epoch seconds, or ``None``."""
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=tz).timestamp()
        except ValueError:
            continue
    return None


def url_extension(url: str) -> str | None:
    suffix = PurePosixPath(unquote(urlsplit(url.strip()).path)).suffix
    return suffix[1:].lower() if suffix else None


def url_basename(url: str) -> str:
    return PurePosixPath(unquote(urlsplit(url.strip()).path)).name


def new_id() -> str:
    return str(uuid.uuid4())


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- records -----------------------------------------------------------------


@dataclass
class Device:
    serial: str
    name: str
    sender: str
    expired_date: str
    status: str = "disconnected"
    quota: int | None = DEFAULT_QUOTA
    active: bool = True
    connected_at: float | None = None
    restarts: int = 0

    def quota_value(self) -> int | str:
        return "unlimited" if self.quota is None else self.quota


@dataclass
class Message:
    """One accepted message to one recipient."""

    id: str
    phone: str
    category: str  # text, image, video, audio, document, link, list, location, button, template
    created_at: float
    message: str | None = None  # the "message" field of the send response
    caption: str | None = None
    file: str | None = None  # the stored file name (media)
    url: str | None = None  # the media URL, reported as URL_file / file
    is_group: bool = False
    ref_id: str | None = None
    source: str | None = None
    cancelled_at: float | None = None
    revoked: bool = False

    @property
    def rejected(self) -> bool:
        return not self.is_group and not on_whatsapp(self.phone)

    @property
    def text(self) -> str:
        return self.message if self.message is not None else (self.caption or "")

    def stage(self, now: float, step: float) -> int:
        if step <= 0:
            return len(STATUS_FLOW) - 1
        return max(0, min(int((now - self.created_at) // step), len(STATUS_FLOW) - 1))

    def status(self, now: float, step: float) -> str:
        if self.cancelled_at is not None:
            return "cancel"
        stage = self.stage(now, step)
        if self.rejected:
            return "pending" if stage == 0 else "reject"
        return STATUS_FLOW[stage]

    def updated_at(self, now: float, step: float) -> float:
        if self.cancelled_at is not None:
            return self.cancelled_at
        stage = min(self.stage(now, step), 1) if self.rejected else self.stage(now, step)
        return self.created_at + stage * step

    def send_item(self) -> dict[str, Any]:
        """The message as a send response lists it (``data.messages[]``)."""
        item: dict[str, Any] = {"id": self.id, "phone": self.phone, "message": self.message}
        if self.category in MEDIA_KINDS:
            item["caption"] = self.caption
            item[self.category] = self.file
        item["status"] = "pending"
        item["ref_id"] = self.ref_id
        return item


@dataclass
class Schedule:
    """A server-side scheduled message (``/schedule`` or ``/v2/schedule``)."""

    id: str
    category: str
    phones: list[str]  # as the client wrote them ("phones list")
    targets: list[str]  # normalised
    text: str | None
    timezone: str
    at: float
    schedule_at: str  # local time text in ``timezone``
    url: str | None = None
    is_group: bool = False
    state: str = "waiting"  # waiting, cancel, sent
    message_ids: list[str] = field(default_factory=list)


@dataclass
class Contact:
    id: str
    phone: str
    name: str
    created_at: float
    updated_at: float
    email: str | None = None
    address: str | None = None
    birth_day: str | None = None  # YYYY-MM-DD as sent
    nickname: str | None = None
    gender: str | None = None
    status: str = "active"

    def item(self) -> dict[str, Any]:
        birth = None
        if self.birth_day:
            try:
                birth = datetime.strptime(self.birth_day, "%Y-%m-%d").strftime("%d-%m-%Y")
            except ValueError:
                birth = self.birth_day
        return {
            "id": self.id,
            "phone": self.phone,
            "email": self.email,
            "name": self.name,
            "nickname": self.nickname,
            "status": self.status,
            "address": self.address,
            "gender": self.gender,
            "birth_day": birth,
            "photo": None,
            "date": {"created_at": local_text(self.created_at), "updated_at": local_text(self.updated_at)},
        }


_SEED_CONTACTS = (
    ("6281234567001", "Budi Santoso", "budi@example.com", "Jl. Merdeka 1, Jakarta"),
    ("6281234567002", "Siti Rahayu", None, "Jl. Sudirman 20, Bandung"),
    ("6281234567003", "Agus Wijaya", "agus@example.com", None),
)


# -- the provider state ------------------------------------------------------


class WablasState(ProviderState):
    """The simulated Wablas account: one device, its messages, schedules, contacts and uploads."""

    def __init__(self, sim: SharedState) -> None:
        super().__init__(sim, {"token": DEFAULT_TOKEN, "secret_key": DEFAULT_SECRET_KEY})
        now = sim.now()
        self.device = Device(
            serial=DEVICE_SERIAL,
            name="wadesk simulator",
            sender="6281200000001",
            expired_date=local_date(now + 365 * 86400),
        )
        self.messages: dict[str, Message] = {}
        self.schedules: dict[str, Schedule] = {}
        self.contacts: dict[str, Contact] = {}
        self.uploads: dict[str, tuple[bytes, str]] = {}  # "image/name.jpeg" -> (content, extension)
        self._upload_seq = 0
        for phone, name, email, address in _SEED_CONTACTS:
            self.contacts[phone] = Contact(
                id=new_id(), phone=phone, name=name, email=email, address=address, created_at=now, updated_at=now
            )

    # -- time ----------------------------------------------------------------

    def now(self) -> float:
        return self.sim.now()

    @property
    def step(self) -> float:
        return self.sim.step_seconds

    def status(self, message: Message) -> str:
        return message.status(self.now(), self.step)

    def status_of(self, message_id: str) -> str:
        """The current Wablas status word of a message (``KeyError`` if unknown)."""
        self.refresh()
        return self.status(self.messages[message_id])

    def refresh(self) -> None:
        """Fire the schedules that are due; their messages start at the scheduled time."""
        now = self.now()
        due = sorted((s for s in self.schedules.values() if s.state == "waiting" and s.at <= now), key=lambda s: s.at)
        for schedule in due:
            schedule.state = "sent"
            for index, phone in enumerate(schedule.targets):
                message = self.accept(
                    phone=phone,
                    category=schedule.category,
                    message=schedule.text if schedule.category not in MEDIA_KINDS else None,
                    caption=schedule.text if schedule.category in MEDIA_KINDS else None,
                    url=schedule.url,
                    file=url_basename(schedule.url) if schedule.url else None,
                    is_group=schedule.is_group,
                    created_at=schedule.at,
                    message_id=schedule.id if index == 0 else None,
                    use_quota=False,
                )
                schedule.message_ids.append(message.id)

    # -- device and pairing --------------------------------------------------

    def _device(self, device: str | None) -> Device:
        if device not in (None, "", self.device.serial):
            raise KeyError(f"unknown Wablas device {device!r} (the simulator has {self.device.serial!r})")
        return self.device

    def qr_payload(self, device: str | None = None) -> str:
        """The text the pairing QR code holds right now; it changes every 20 s of clock time."""
        dev = self._device(device)
        window = int(self.now() // QR_ROTATION_SECONDS)
        digest = hashlib.sha256(f"{dev.serial}:{self.credentials['token']}:{window}".encode()).hexdigest()
        return f"2@{digest[:32]},{digest[32:48]},{digest[48:]},{dev.serial}"

    def qr_expires_at(self, device: str | None = None) -> float:
        """When the current payload stops being valid (clock time)."""
        self._device(device)
        return (int(self.now() // QR_ROTATION_SECONDS) + 1) * QR_ROTATION_SECONDS

    def scan(self, device: str | None = None, payload: str | None = None) -> None:
        """Pair ``device`` as if a phone scanned its QR code (``payload``, if given, must be current)."""
        dev = self._device(device)
        if payload is not None and payload != self.qr_payload(device):
            raise ValueError("QR code expired, reload the page and scan again")
        dev.status = "connected"
        dev.connected_at = self.now()

    def disconnect(self) -> None:
        self.device.status = "disconnected"
        self.device.connected_at = None

    def restart(self) -> None:
        self.device.restarts += 1

    # -- messages ------------------------------------------------------------

    def has_quota(self, count: int) -> bool:
        return self.device.quota is None or self.device.quota >= count

    def spin(self, phone: str, text: str) -> str:
        """Fill ``{name}``, ``{email}``, ``{address}``, ``{nickname}`` from the contact ``phone``."""
        contact = self.contacts.get(phone)
        values = {
            "name": contact.name if contact else "",
            "email": (contact.email or "") if contact else "",
            "address": (contact.address or "") if contact else "",
            "nickname": (contact.nickname or "") if contact else "",
        }
        return re.sub(r"\{(name|email|address|nickname)\}", lambda m: values[m.group(1)], text)

    def accept(
        self,
        *,
        phone: str,
        category: str,
        message: str | None = None,
        caption: str | None = None,
        file: str | None = None,
        url: str | None = None,
        is_group: bool = False,
        ref_id: str | None = None,
        source: str | None = None,
        created_at: float | None = None,
        message_id: str | None = None,
        use_quota: bool = True,
    ) -> Message:
        """Record an accepted message (status ``pending``) and add it to the delivery log."""
        msg = Message(
            id=message_id or new_id(),
            phone=phone,
            category=category,
            created_at=self.now() if created_at is None else created_at,
            message=message,
            caption=caption,
            file=file,
            url=url,
            is_group=is_group,
            ref_id=ref_id,
            source=source,
        )
        self.messages[msg.id] = msg
        if use_quota and self.device.quota is not None:
            self.device.quota = max(0, self.device.quota - 1)
        self.record_delivery(msg.phone, msg.text)
        return msg

    def cancel(self, message_id: str) -> Message | None:
        """Cancel a message that is still pending; ``None`` if unknown or too late."""
        self.refresh()
        msg = self.messages.get(message_id)
        if msg is None or self.status(msg) != "pending":
            return None
        msg.cancelled_at = self.now()
        return msg

    def revoke(self, message_id: str) -> Message | None:
        """Delete a sent message on WhatsApp; ``None`` if unknown or not sent."""
        self.refresh()
        msg = self.messages.get(message_id)
        if msg is None or self.status(msg) not in ("sent", "received", "read"):
            return None
        msg.revoked = True
        return msg

    def resend(self, message_id: str) -> Message | None:
        """Queue a known message again (pending from now); ``None`` if unknown."""
        self.refresh()
        msg = self.messages.get(message_id)
        if msg is None:
            return None
        msg.created_at = self.now()
        msg.cancelled_at = None
        msg.revoked = False
        if self.device.quota is not None:
            self.device.quota = max(0, self.device.quota - 1)
        self.record_delivery(msg.phone, msg.text)
        return msg

    def report_item(self, msg: Message, *, realtime: bool) -> dict[str, Any]:
        now = self.now()
        item: dict[str, Any] = {
            "id": msg.id,
            "phone": {"from": self.device.sender, "to": msg.phone},
        }
        if realtime:
            item.update(message=msg.text, file=msg.url, status=self.status(msg), category=msg.category)
        else:
            item.update(category=msg.category, text=msg.text, URL_file=msg.url, status=self.status(msg))
        item["type"] = "agent"
        if not realtime:
            item["ref_id"] = msg.ref_id
        item["date"] = {
            "created_at": local_text(msg.created_at),
            "updated_at": local_text(msg.updated_at(now, self.step)),
        }
        return item

    # -- uploads -------------------------------------------------------------

    def store_upload(self, kind: str, content: bytes, extension: str) -> str:
        """Keep an uploaded file; returns its path below the provider root (``image/2024….jpeg``)."""
        self._upload_seq += 1
        stamp = datetime.fromtimestamp(self.now(), UTC).strftime("%Y%m%d%H%M%S")
        path = f"{kind}/{stamp}{self._upload_seq:03d}.{extension}"
        self.uploads[path] = (content, extension)
        return path
