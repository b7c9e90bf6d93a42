"""The "WhatsApp Unofficial API (JSON Version)" gateway ("JSON WA").

The vendor is unnamed and its host is a placeholder in its document
(``https://xxxx.xyz``): the user gives the real host as the base URL.  Two
endpoints exist, both ``POST`` with a JSON body that carries the credentials
(``apikey`` and ``waid``); no header is used, and the caller's IP address must
be registered with the vendor (global status 40 otherwise):

* ``/sms/api_whatsapp_send_json.php`` sends text only, up to 5 "packets" per
  request, each with an optional ``sendingdatetime`` that schedules it on the
  gateway.  The answer has a request-level ``globalstatus`` and a per-packet
  ``sendingstatus``; the packet's ``sendingid`` is the message id.
* ``/sms/api_whatsapp_balance_json.php`` returns the balance, and may be asked
  at most once every 15 minutes (status 35).  This client remembers the last
  answer with its time and hands it back inside that window.

Delivery reports arrive only through the tracking callback, a form POST with
``id``, ``waid``, ``number`` and ``status`` (the same six words as Wablas);
incoming messages through the inbox callback (``waid``, ``message``,
``number``).  There is no status query, no edit or cancel of a scheduled
packet, no media, groups, QR pairing, number check or contacts.

Choices where the document is silent or contradicts itself:

* the vendor's PHP sample URL-encodes each ``message`` inside the JSON
  (``urlencode``), so this client does the same (``ENCODE_MESSAGE``); the 10–480
  character rule is checked on the text as written;
* ``sendingdatetime`` is written ``yyyy-mm-dd hh:mm:ss`` as in every example (the
  table's ``hh-mm-ss`` contradicts them), in Jakarta time (the document names
  no zone; every example is Indonesian);
* global status 30 ("ApiKey not register") and 40 ("Ip address not register")
  raise ``AuthError``: the account must be fixed before anything can be sent.
  Every other global status fails each packet of the request with its text;
* packets are paired with the messages by number (the gateway may echo ``081…``
  or ``+62…``), falling back to their order.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, quote_plus
from zoneinfo import ZoneInfo

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import AuthError, ProviderError, RateLimited, Rejected, ValidationError
from wadesk.domain.models import Account, OutgoingMessage, ScheduledRemote, SendResult, StatusUpdate
from wadesk.domain.phone import normalize_phone
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.base import Provider, ProviderInfo, validate_message
from wadesk.providers.http import HttpClient, json_of, load_json
from wadesk.providers.values import as_int, as_opt_text

log = logging.getLogger(__name__)

NAME = "JSON WA"
SEND_PATH = "sms/api_whatsapp_send_json.php"
BALANCE_PATH = "sms/api_whatsapp_balance_json.php"

JSONWA_TZ = ZoneInfo("Asia/Jakarta")
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
BALANCE_INTERVAL = timedelta(minutes=15)
ENCODE_MESSAGE = True  # as the vendor's PHP sample: urlencode(message) inside the JSON

SUCCESS = 10

# Global status codes of the send endpoint, with the document's texts.
SEND_GLOBAL_TEXT: Mapping[int, str] = {
    10: "Success",
    20: "Json Post Error",
    30: "ApiKey not register",
    40: "Ip address not register",
    50: "Expired Balance",
    55: "Maximum Data",
}

# Global status codes of the balance endpoint.
BALANCE_GLOBAL_TEXT: Mapping[int, str] = {
    10: "Success",
    20: "Json Post Error",
    25: "Error Check Balance",
    30: "ApiKey not register",
    35: "Check Balance Limit (15 minute)",
    40: "Ip address not register",
}

# Per-packet ``sendingstatus`` codes.
PACKET_TEXT: Mapping[int, str] = {
    10: "Success",
    60: "Invalid Number",
    70: "Invalid Message",
    80: "Minimum Balance",
    90: "System Error",
}

CREDENTIAL_CODES = frozenset({30, 40})
BALANCE_LIMIT_CODE = 35

INFO = ProviderInfo(
    id="jsonwa",
    name=NAME,
    capabilities=(
        Capability.SEND_TEXT
        | Capability.BATCH_SEND
        | Capability.NATIVE_SCHEDULE
        | Capability.STATUS_CALLBACK
        | Capability.BALANCE
    ),
    limits=Limits(max_text=480, min_text=10, max_batch=5),
    settings=SettingsSchema(
        [
            SettingField(
                "apikey", N_("API key"), FieldType.SECRET, help=N_("Unique key for the user, from the dashboard")
            ),
            SettingField(
                "waid", N_("WhatsApp ID"), FieldType.TEXT, help=N_("The sender's WhatsApp ID, from the dashboard")
            ),
        ]
    ),
    default_base_url="",  # the vendor gives each customer a host: no default
    description=(
        N_(
            "Text-only bulk gateway (up to 5 messages a request, optional gateway-side schedule, balance, "
            "tracking callbacks). Its host is given by the vendor; the caller's IP address must be registered."
        )
    ),
)

_TRACKING = {
    "pending": DeliveryStatus.ACCEPTED,
    "sent": DeliveryStatus.SENT,
    "received": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.READ,
    "cancel": DeliveryStatus.CANCELLED,
    "reject": DeliveryStatus.FAILED,
}


def map_status(word: object) -> DeliveryStatus | None:
    """A tracking-callback status word as a delivery status; ``None`` for anything else."""
    if isinstance(word, str):
        return _TRACKING.get(word.strip().lower())
    return None


@dataclass(frozen=True)
class JsonWaBalance:
    """The balance endpoint's answer, and when it was fetched.

    The amounts and dates are kept as the gateway wrote them (numeric strings,
    ``YYYY-MM-DD``).  ``cached`` is true when this is a remembered answer,
    returned because the gateway allows one check every 15 minutes.
    """

    balance: str | None
    expired: str | None
    whatsapp_id: str | None
    whatsapp_balance: str | None
    whatsapp_expired: str | None
    fetched_at: datetime
    cached: bool = False

    @property
    def next_check_at(self) -> datetime:
        return self.fetched_at + BALANCE_INTERVAL

    def describe(self) -> str:
        parts = []
        if self.balance is not None:
            parts.append(f"balance {self.balance}" + (f" (expires {self.expired})" if self.expired else ""))
        if self.whatsapp_balance is not None or self.whatsapp_id:
            who = f"WhatsApp {self.whatsapp_id}" if self.whatsapp_id else "WhatsApp"
            amount = self.whatsapp_balance if self.whatsapp_balance is not None else "?"
            parts.append(
                f"{who} balance {amount}" + (f" (expires {self.whatsapp_expired})" if self.whatsapp_expired else "")
            )
        text = "; ".join(parts) or "no balance figures in the answer"
        when = _clock(self.fetched_at)
        if self.cached:
            return (
                f"{text} — as fetched at {when}; {NAME} allows one balance check every 15 minutes, "
                f"the next after {_clock(self.next_check_at)}"
            )
        return f"{text} — fetched at {when}"


def _utcnow() -> datetime:
    return datetime.now(UTC)


class JsonWaProvider(Provider):
    info = INFO

    def __init__(self, account: Account, secrets: Mapping[str, str], http: HttpClient) -> None:
        super().__init__(account, secrets, http)
        self.now: Callable[[], datetime] = _utcnow  # replaced in tests to move time without sleeping
        self._last_balance: JsonWaBalance | None = None

    # -- auth: both credentials go into every JSON body ---------------------------
    def _credentials(self) -> dict[str, Any]:
        return {"apikey": self.secrets.get("apikey", ""), "waid": self.account.settings.get("waid", "")}

    async def _post(self, path: str, body: Mapping[str, Any]) -> Any:
        response = await self.http.request(
            "POST", path, json_body={**self._credentials(), **body}, headers={"Accept": "application/json"}
        )
        return json_of(self.info.name, response)

    # -- sending --------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """Send up to 5 text messages in one request, each to be sent now."""
        if not batch:
            return []
        self._validate(batch)
        body = await self._post(SEND_PATH, {"datapacket": [packet_of(m) for m in batch]})
        code, text, packets = read_send_response(self.info.name, body)
        self._raise_for_credentials(code, text)
        return send_results(batch, code, text, packets)

    async def schedule(self, batch: Sequence[OutgoingMessage], at: datetime) -> list[ScheduledRemote]:
        """Hand up to 5 text messages to the gateway's scheduler (``sendingdatetime``).

        One entry per message, in order.  The schedule id is the packet's
        ``sendingid`` (which is also its message id for tracking callbacks); a
        refused packet has an empty id and ``status`` "failed: <the gateway's words>".
        """
        if not batch:
            return []
        self._validate(batch)
        when = format_datetime(at)
        body = await self._post(SEND_PATH, {"datapacket": [packet_of(m, when) for m in batch]})
        code, text, packets = read_send_response(self.info.name, body)
        self._raise_for_credentials(code, text)
        results = send_results(batch, code, text, packets)
        return [
            ScheduledRemote(
                schedule_id=r.provider_message_id or "",
                to=m.to.address,
                at=at,
                text=m.text,
                status="scheduled" if r.status is DeliveryStatus.ACCEPTED else f"{r.status.value}: {r.error}",
            )
            for m, r in zip(batch, results, strict=True)
        ]

    async def update_schedule(self, schedule_id: str, message: OutgoingMessage, at: datetime) -> ScheduledRemote:
        raise self._unsupported(N_("editing schedules on the gateway (its document has no endpoint for it)"))

    async def cancel_schedule(self, schedule_id: str) -> None:
        raise self._unsupported(N_("cancelling schedules on the gateway (its document has no endpoint for it)"))

    def _validate(self, batch: Sequence[OutgoingMessage]) -> None:
        limit = self.info.limits.max_batch
        if len(batch) > limit:
            raise ValidationError(
                N_("{name} takes at most {limit} messages per request, not {count}"),
                name=self.info.name,
                limit=limit,
                count=len(batch),
            )
        for message in batch:
            validate_message(self.info, message)

    def _raise_for_credentials(self, code: int | None, text: str) -> None:
        if code in CREDENTIAL_CODES:
            raise AuthError(self.info.name, N_("{text} (status {code})"), text=text, code=code, provider_message=text)

    # -- balance --------------------------------------------------------------
    async def balance(self) -> str:
        return (await self.balance_details()).describe()

    async def balance_details(self) -> JsonWaBalance:
        """The balance, asked at most once every 15 minutes; inside that window the last answer, marked ``cached``."""
        now = self.now()
        last = self._last_balance
        if last is not None and now - last.fetched_at < BALANCE_INTERVAL:
            return replace(last, cached=True)
        body = await self._post(BALANCE_PATH, {})
        try:
            fresh = read_balance_response(self.info.name, body, fetched_at=now)
        except RateLimited:
            if last is not None:  # checked from elsewhere meanwhile: the last answer is still the best we have
                return replace(last, cached=True)
            raise
        self._last_balance = fresh
        return fresh

    # -- callbacks ------------------------------------------------------------
    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """A tracking callback as one status update; the inbox callback (and anything else) as none."""
        return parse_tracking(body)

    def parse_inbox_callback(self, headers: Mapping[str, str], body: bytes) -> dict[str, str] | None:
        """An inbox callback (incoming message) as ``{"from", "number", "text", "waid", "kind"}``."""
        return parse_inbox(body)


# -- requests and parsing (module level so the document's examples can be fed to it) --


def encode_message(text: str) -> str:
    """The message as the vendor's sample writes it: PHP ``urlencode`` (spaces as ``+``)."""
    return quote_plus(text, safe="") if ENCODE_MESSAGE else text


def format_datetime(at: datetime) -> str:
    """``sendingdatetime`` in the gateway's zone; a naive datetime is taken as already in that zone."""
    local = at.astimezone(JSONWA_TZ) if at.tzinfo is not None else at
    return local.strftime(DATETIME_FORMAT)


def packet_of(message: OutgoingMessage, sending_datetime: str = "") -> dict[str, str]:
    return {
        "number": message.to.address,
        "message": encode_message(message.text),
        "sendingdatetime": sending_datetime,
    }


def code_of(value: object) -> int | None:
    """A numeric status code written as a number or a numeric string; ``None`` otherwise."""
    return as_int(value, whole_floats=True, digits_only=True)


def _first_mapping(value: object) -> Mapping[str, Any] | None:
    if isinstance(value, Mapping):
        return value
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Mapping):
                return item
    return None


def _root(body: Any, key: str) -> Mapping[str, Any] | None:
    """The status object under ``sending_respon``/``balance_respon`` (an array or an object), or the body itself."""
    if not isinstance(body, Mapping):
        return _first_mapping(body)
    root = _first_mapping(body.get(key))
    if root is not None:
        return root
    return body if "globalstatus" in body else None


def _unreadable(provider: str, body: Any, what: str) -> ProviderError:
    snippet = re.sub(r"\s+", " ", json.dumps(body, default=str))[:120]
    return ProviderError(provider, N_("the gateway's answer has no {what}: '{snippet}'"), what=what, snippet=snippet)


def read_send_response(provider: str, body: Any) -> tuple[int | None, str, list[Mapping[str, Any]]]:
    """``(globalstatus, its text, the packets)`` of a send answer.

    Raises ``ProviderError`` when the answer has no global status at all (the
    gateway may or may not have taken the messages).
    """
    root = _root(body, "sending_respon")
    code = code_of(root.get("globalstatus")) if root is not None else None
    if root is None or code is None:
        raise _unreadable(provider, body, "global status")
    return code, status_text(code, root.get("globalstatustext"), SEND_GLOBAL_TEXT), packets_of(root)


def packets_of(root: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Each ``packet`` of ``datapacket``: ``[{"packet": {…}}, …]``, bare packets, or one object."""
    value = root.get("datapacket")
    items: list[Any] = value if isinstance(value, list) else [value]
    packets: list[Mapping[str, Any]] = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        inner = item.get("packet")
        if isinstance(inner, Mapping):
            packets.append(inner)
        elif isinstance(inner, list):
            packets.extend(p for p in inner if isinstance(p, Mapping))
        elif "sendingstatus" in item or "sendingid" in item:
            packets.append(item)
    return packets


def status_text(code: int | None, given: object, table: Mapping[int, str]) -> str:
    """The gateway's own text for a code, else the document's, else the bare code."""
    if isinstance(given, str) and given.strip():
        return given.strip()
    if code is not None and code in table:
        return table[code]
    return f"status {code}" if code is not None else "no status"


def send_results(
    batch: Sequence[OutgoingMessage],
    global_code: int | None,
    global_text: str,
    packets: Sequence[Mapping[str, Any]],
) -> list[SendResult]:
    """One result per message, in order.

    A global status other than 10 fails every message with its text; otherwise
    each packet's ``sendingstatus`` decides: 10 accepted (with its
    ``sendingid``), anything else failed with its text.
    """
    if global_code != SUCCESS:
        words = _with_code(global_text, global_code)
        return [SendResult(m.ref_id, DeliveryStatus.FAILED, error=words) for m in batch]
    results = []
    for message, packet in zip(batch, pair_packets(batch, packets), strict=True):
        if packet is None:
            results.append(
                SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error=f"{NAME} did not list this message")
            )
            continue
        code = code_of(packet.get("sendingstatus"))
        words = status_text(code, packet.get("sendingstatustext"), PACKET_TEXT)
        if code == SUCCESS:
            results.append(
                SendResult(
                    message.ref_id, DeliveryStatus.ACCEPTED, as_opt_text(packet.get("sendingid"), whole_floats=True)
                )
            )
        elif code is None:
            results.append(
                SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error=f"{NAME} gave no status for this message")
            )
        else:
            results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=_with_code(words, code)))
    return results


def pair_packets(
    batch: Sequence[OutgoingMessage], packets: Sequence[Mapping[str, Any]]
) -> list[Mapping[str, Any] | None]:
    """The packet answering each message: same number first, then the same position."""
    paired: list[Mapping[str, Any] | None] = [None] * len(batch)
    used: set[int] = set()
    keys = [number_key(p.get("number")) for p in packets]
    for i, message in enumerate(batch):
        want = number_key(message.to.address)
        for j, key in enumerate(keys):
            if j not in used and key is not None and key == want:
                paired[i] = packets[j]
                used.add(j)
                break
    for i in range(len(batch)):
        if paired[i] is None and i < len(packets) and i not in used and keys[i] is None:
            paired[i] = packets[i]  # a packet without a readable number: trust the order
            used.add(i)
    if len(packets) == len(batch):
        for i in range(len(batch)):
            if paired[i] is None and i not in used:
                paired[i] = packets[i]
                used.add(i)
    return paired


def number_key(value: object) -> str | None:
    """A phone number in one form (``62…``) for comparison: the gateway may echo ``081…`` or ``+62…``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return normalize_phone(value)
    except ValidationError:
        digits = re.sub(r"\D", "", value)
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        return digits or None


def read_balance_response(provider: str, body: Any, *, fetched_at: datetime) -> JsonWaBalance:
    """The balance answer; a global status other than 10 raised in the gateway's words.

    30/40 raise ``AuthError``, 35 ``RateLimited`` (retry after 15 minutes), the
    rest ``Rejected``.
    """
    root = _root(body, "balance_respon")
    code = code_of(root.get("globalstatus")) if root is not None else None
    if root is None or code is None:
        raise _unreadable(provider, body, "global status")
    text = status_text(code, root.get("globalstatustext"), BALANCE_GLOBAL_TEXT)
    if code != SUCCESS:
        message = _with_code(text, code)
        if code in CREDENTIAL_CODES:
            raise AuthError(provider, message, provider_message=text)
        if code == BALANCE_LIMIT_CODE:
            raise RateLimited(provider, message, retry_after=BALANCE_INTERVAL.total_seconds(), provider_message=text)
        raise Rejected(provider, message, provider_message=text)
    fields = {_key(k): v for k, v in root.items()}
    return JsonWaBalance(
        balance=as_opt_text(fields.get("balance"), whole_floats=True),
        expired=as_opt_text(fields.get("expired"), whole_floats=True),
        whatsapp_id=as_opt_text(fields.get("whatsappid"), whole_floats=True),
        whatsapp_balance=as_opt_text(fields.get("whatsappbalance"), whole_floats=True),
        whatsapp_expired=as_opt_text(fields.get("whatsappexpired"), whole_floats=True),
        fetched_at=fetched_at,
    )


def _key(name: object) -> str:
    """``"WhatsApp Balance"`` -> ``"whatsappbalance"``: the keys have spaces and capitals."""
    return re.sub(r"[\s_\-]+", "", str(name)).lower()


# -- callbacks (form POSTs) ------------------------------------------------------


def form_fields(body: bytes | str | Mapping[str, Any]) -> dict[str, str]:
    """A callback body as fields: form-encoded as documented, tolerating JSON and an already-parsed mapping."""
    if isinstance(body, Mapping):
        return {str(k): _field(v) for k, v in body.items()}
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text.strip().lstrip("\ufeff")
    if text.startswith("{"):
        try:
            data = load_json(text)
        except ValueError:
            data = None
        if isinstance(data, Mapping):
            return {str(k): _field(v) for k, v in data.items()}
    return dict(parse_qsl(text, keep_blank_values=True))


def _field(value: object) -> str:
    return "" if value is None else str(value)


def parse_tracking(body: bytes | str | Mapping[str, Any]) -> list[StatusUpdate]:
    """The tracking callback (``id``, ``waid``, ``number``, ``status``) as one update; anything else as none."""
    fields = form_fields(body)
    word = fields.get("status", "").strip()
    if not word:
        return []  # the inbox callback, or an empty/unknown body
    status = map_status(word)
    message_id = fields.get("id", "").strip()
    if status is None or not message_id:
        log.warning("ignored a %s tracking callback: status %r, id %r", NAME, word, message_id)
        return []
    note = word.lower()
    number = fields.get("number", "").strip()
    if number:
        note = f"{note} ({number})"
    return [StatusUpdate(status=status, provider_message_id=message_id, note=note)]


def parse_inbox(body: bytes | str | Mapping[str, Any]) -> dict[str, str] | None:
    """The inbox callback (``waid``, ``message``, ``number``) as an incoming message; ``None`` if it is not one.

    ``from`` is the sender in wadesk's form (``62…``) when the number can be
    read, ``number`` as the gateway sent it.
    """
    fields = form_fields(body)
    if fields.get("status", "").strip() or "message" not in fields:
        return None
    number = fields.get("number", "").strip()
    return {
        "kind": "text",
        "from": number_key(number) or number,
        "number": number,
        "text": fields.get("message", ""),
        "waid": fields.get("waid", "").strip(),
    }


# -- small helpers -----------------------------------------------------------------


def _with_code(text: str, code: int | None) -> str:
    return f"{text} (status {code})" if code is not None else text


def _clock(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


__all__ = [
    "BALANCE_GLOBAL_TEXT",
    "INFO",
    "PACKET_TEXT",
    "SEND_GLOBAL_TEXT",
    "JsonWaBalance",
    "JsonWaProvider",
    "code_of",
    "format_datetime",
    "map_status",
    "packet_of",
    "packets_of",
    "pair_packets",
    "parse_inbox",
    "parse_tracking",
    "read_balance_response",
    "read_send_response",
    "send_results",
]
