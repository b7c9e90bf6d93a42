"""The simulated "WhatsApp Unofficial API (JSON Version)" gateway ("JSON WA"), as its document describes it.

Routes (relative to the provider root, which is the client's base URL; the real
host is a placeholder in the document):

- ``POST /sms/api_whatsapp_send_json.php``: JSON ``{"apikey", "waid",
  "datapacket": [{"number", "message", "sendingdatetime"}, …]}``, at most 5
  packets; answers ``{"sending_respon": [{"globalstatus", "globalstatustext",
  "datapacket": [{"packet": {"number", "sendingid", "sendingstatus",
  "sendingstatustext", "price"}}, …]}]}``;
- ``POST /sms/api_whatsapp_balance_json.php``: JSON ``{"apikey", "waid"}``;
  answers ``{"balance_respon": [{"globalstatus", "globalstatustext", "Balance",
  "Expired", "WhatsApp Id", "WhatsApp Balance", "WhatsApp Expired"}]}``.

Every answer is HTTP 200 with the document's codes and texts:

- global (send): 10 Success, 20 Json Post Error (the body is not a JSON object,
  or ``datapacket`` is not a non-empty array), 30 ApiKey not register (wrong or
  missing ``apikey``/``waid``), 40 Ip address not register, 50 Expired Balance
  (the WhatsApp ID's expiry date has passed), 55 Maximum Data (more than 5
  packets);
- per packet: 10 Success, 60 Invalid Number (not a phone number: 10–15 digits
  once ``+``, spaces, dashes, dots and brackets are dropped and a leading ``0``
  or ``8`` is read as ``62…``), 70 Invalid Message (not 10–480 characters),
  80 Minimum Balance (the WhatsApp balance is below the price of 70), 90 System
  Error (a ``sendingdatetime`` that is neither empty nor a date and time);
- global (balance): 10, 20, 25 Error Check Balance (only when switched on with
  ``POST /__sim/jsonwa/account {"balance_error": true}``), 30, 35 Check Balance
  Limit (15 minute) (a second check within 15 minutes of clock time), 40.

The IP allow-list is not modelled: every caller is registered, except under the
``invalid_credentials`` fault, which answers global status 40 ("Ip address not
register") in the shape of the endpoint asked.

Rules the simulator follows where the document is silent:

- **Credentials**: one account, ``apikey`` ``sim-jsonwa-apikey`` and ``waid``
  ``sim-jsonwa-waid``.
- **Messages** are URL-decoded (``+`` and ``%XX``), as the vendor's PHP sample
  URL-encodes them; the length rule applies to the decoded text.
- **Numbers** are echoed in the ``62…`` form; ``sendingid`` values are large
  integers (from 9775454546 on), as in the document's example.
- **Scheduling**: ``sendingdatetime`` is read in ``Asia/Jakarta`` as
  ``yyyy-mm-dd hh:mm:ss`` (the examples) or ``yyyy-mm-dd hh-mm-ss`` (the table);
  a past time means now.  A scheduled packet is charged when accepted and goes
  out at its time.  Nothing edits or cancels it (the document has no route).
- **Statuses** follow the clock: ``pending`` from acceptance, then one step
  (``SimState.step_seconds``) after the packet goes out ``sent``, after two
  ``received``, after three ``read``.  A number ending in ``0000`` is not on
  WhatsApp: ``pending``, then ``reject`` one step after it goes out.
- **Callbacks** are form POSTs, as documented.  The tracking callback
  (``id`` = the ``sendingid``, ``waid``, ``number`` = the recipient, ``status``)
  is made for every status a packet reaches, ``pending`` included.  The URLs
  are set with ``POST /__sim/jsonwa/webhooks`` (``tracking_url``,
  ``inbox_url``; the document leaves that to the vendor's dashboard).  While a
  URL is set, due callbacks are POSTed every ``CALLBACK_POLL_SECONDS`` of wall
  time; ``POST /__sim/jsonwa/flush`` POSTs them at once.
- **Incoming messages**: ``POST /__sim/jsonwa/incoming`` ``{"number",
  "message"}`` makes the gateway POST the inbox callback (``waid``, ``message``,
  ``number``); ``number`` defaults to the first of the seeded contacts.
- **Balance**: ``Balance`` and ``WhatsApp Balance`` are numeric strings; each
  accepted packet costs ``price`` 70 of the WhatsApp balance.

Not in the document, hence not served: QR pairing or any device management,
groups, contacts, number checks, status queries.  The seeded contacts only
serve as senders of incoming messages.

Debug routes (never touched by fault injection): ``GET /__sim/jsonwa/state``,
``GET /__sim/jsonwa/delivered`` (the delivery log), ``GET
/__sim/jsonwa/callbacks`` (every callback made so far, with the form body and
whether it was POSTed), ``POST /__sim/jsonwa/flush``, ``POST
/__sim/jsonwa/webhooks``, ``POST /__sim/jsonwa/incoming``, ``POST
/__sim/jsonwa/account`` (``balance``, ``whatsapp_balance``, ``expired``,
``whatsapp_expired``, ``balance_error``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import unquote_plus, urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import aiohttp
from aiohttp import web

from wadesk.simulator.base import ProviderState, SharedState

NAME = "jsonwa"
DEFAULT_APIKEY = "sim-jsonwa-apikey"
DEFAULT_WAID = "sim-jsonwa-waid"
SEND_PATH = "/sms/api_whatsapp_send_json.php"
BALANCE_PATH = "/sms/api_whatsapp_balance_json.php"
GATEWAY_TIMEZONE = "Asia/Jakarta"

MAX_PACKETS = 5
MIN_TEXT = 10
MAX_TEXT = 480
PRICE = 70
BALANCE_CHECK_SECONDS = 15 * 60
FIRST_SENDING_ID = 9_775_454_546
NOT_ON_WHATSAPP_SUFFIX = "0000"
CALLBACK_POLL_SECONDS = 0.2
DEFAULT_BALANCE = 1_000_000
DEFAULT_WHATSAPP_BALANCE = 7_000_000
STATUS_FLOW = ("pending", "sent", "received", "read")

SEND_GLOBAL = {
    10: "Success",
    20: "Json Post Error",
    30: "ApiKey not register",
    40: "Ip address not register",
    50: "Expired Balance",
    55: "Maximum Data",
}
BALANCE_GLOBAL = {
    10: "Success",
    20: "Json Post Error",
    25: "Error Check Balance",
    30: "ApiKey not register",
    35: "Check Balance Limit (15 minute)",
    40: "Ip address not register",
}
PACKET_STATUS = {
    10: "success",  # the document's example answers in lower case
    60: "Invalid Number",
    70: "Invalid Message",
    80: "Minimum Balance",
    90: "System Error",
}

_PHONE_JUNK = re.compile(r"[\s\-().]")
_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H-%M-%S", "%Y-%m-%d %H:%M")
_SEED_CONTACTS = (
    ("6281234567001", "Budi Santoso"),
    ("6281234567002", "Siti Rahayu"),
    ("6281234567003", "Agus Wijaya"),
)

# The path of the request being answered, so that a credentials fault answers in that endpoint's shape.
_REQUEST_PATH: contextvars.ContextVar[str] = contextvars.ContextVar("jsonwa_request_path", default="")


# -- small helpers -----------------------------------------------------------------


def gateway_zone() -> tzinfo:
    try:
        return ZoneInfo(GATEWAY_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):  # no time-zone database (e.g. Windows without tzdata)
        return timezone(timedelta(hours=7), GATEWAY_TIMEZONE)


def local_date(ts: float) -> str:
    return datetime.fromtimestamp(ts, gateway_zone()).strftime("%Y-%m-%d")


def normalise_number(raw: object) -> str | None:
    """``raw`` as the gateway stores it (``62…`` digits), or ``None`` when it is no phone number."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    text = _PHONE_JUNK.sub("", raw.strip()).removeprefix("+")
    if not text.isdigit():
        return None
    if text.startswith("0"):
        text = "62" + text[1:]
    elif text.startswith("8"):
        text = "62" + text
    return text if 10 <= len(text) <= 15 else None


def parse_sending_datetime(value: object) -> tuple[bool, float | None]:
    """``(valid, epoch seconds or None for now)`` of a ``sendingdatetime``."""
    if value is None:
        return True, None
    if not isinstance(value, str):
        return False, None
    text = value.strip()
    if not text:
        return True, None
    for fmt in _DATETIME_FORMATS:
        try:
            return True, datetime.strptime(text, fmt).replace(tzinfo=gateway_zone()).timestamp()
        except ValueError:
            continue
    return False, None


def send_answer(code: int, packets: list[dict[str, Any]] | None = None) -> web.Response:
    return web.json_response(
        {"sending_respon": [{"globalstatus": code, "globalstatustext": SEND_GLOBAL[code], "datapacket": packets or []}]}
    )


def balance_answer(code: int, figures: Mapping[str, str] | None = None) -> web.Response:
    return web.json_response(
        {"balance_respon": [{"globalstatus": code, "globalstatustext": BALANCE_GLOBAL[code], **(figures or {})}]}
    )


# -- records -------------------------------------------------------------------------


@dataclass
class Packet:
    """One accepted message."""

    sendingid: int
    number: str
    text: str
    price: int
    accepted_at: float
    due_at: float  # when it goes out: the acceptance, or its sendingdatetime
    sendingdatetime: str
    went_out: bool = False
    reported: int = 0  # how many entries of its timeline became callbacks

    @property
    def on_whatsapp(self) -> bool:
        return not self.number.endswith(NOT_ON_WHATSAPP_SUFFIX)

    def timeline(self, step: float) -> list[tuple[str, float]]:
        """Each status the packet reaches, with when."""
        if not self.on_whatsapp:
            return [("pending", self.accepted_at), ("reject", self.due_at + step)]
        return [("pending", self.accepted_at)] + [
            (word, self.due_at + n * step) for n, word in enumerate(STATUS_FLOW[1:], start=1)
        ]

    def status(self, now: float, step: float) -> str:
        reached = [word for word, at in self.timeline(step) if at <= now]
        return reached[-1] if reached else "pending"


@dataclass
class Callback:
    """A form POST the gateway makes (or would make) to the tracking or inbox URL."""

    kind: str  # "tracking" or "inbox"
    at: float
    form: dict[str, str]
    posted: bool = False
    http_status: int | None = None
    error: str | None = None

    def item(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "at": self.at,
            "form": self.form,
            "body": urlencode(self.form),
            "posted": self.posted,
            "http_status": self.http_status,
            "error": self.error,
        }


@dataclass
class Account:
    waid: str
    balance: int = DEFAULT_BALANCE
    expired: str = ""
    whatsapp_balance: int = DEFAULT_WHATSAPP_BALANCE
    whatsapp_expired: str = ""
    balance_error: bool = False
    last_balance_check: float | None = None
    contacts: dict[str, str] = field(default_factory=dict)


# -- the provider state -----------------------------------------------------------------


class JsonWaState(ProviderState):
    """The simulated JSON WA account: its balance, packets and callbacks."""

    def __init__(self, sim: SharedState) -> None:
        super().__init__(sim, {"apikey": DEFAULT_APIKEY})
        in_a_year = local_date(sim.now() + 365 * 86400)
        self.account = Account(
            waid=DEFAULT_WAID, expired=in_a_year, whatsapp_expired=in_a_year, contacts=dict(_SEED_CONTACTS)
        )
        self.packets: dict[int, Packet] = {}
        self._live: dict[int, Packet] = {}  # packets whose status can still change
        self._next_id = FIRST_SENDING_ID
        self.callbacks: list[Callback] = []
        self.tracking_url: str | None = None
        self.inbox_url: str | None = None
        self.deliver_lock = asyncio.Lock()

    def now(self) -> float:
        return self.sim.now()

    @property
    def step(self) -> float:
        return self.sim.step_seconds

    # -- credentials and balance --------------------------------------------------

    def authorised(self, body: Mapping[str, Any]) -> bool:
        return body.get("apikey") == self.credentials["apikey"] and body.get("waid") == self.account.waid

    def expired(self) -> bool:
        today = local_date(self.now())
        return any(day and day < today for day in (self.account.whatsapp_expired, self.account.expired))

    def check_balance(self) -> tuple[int, dict[str, str]]:
        """The balance endpoint's code and figures, counting the check against the 15-minute limit."""
        account = self.account
        now = self.now()
        if account.last_balance_check is not None and now - account.last_balance_check < BALANCE_CHECK_SECONDS:
            return 35, {}
        if account.balance_error:
            return 25, {}
        account.last_balance_check = now
        return 10, {
            "Balance": str(account.balance),
            "Expired": account.expired,
            "WhatsApp Id": account.waid,
            "WhatsApp Balance": str(account.whatsapp_balance),
            "WhatsApp Expired": account.whatsapp_expired,
        }

    # -- packets ------------------------------------------------------------------

    def take_packet(self, item: object) -> dict[str, Any]:
        """Check and (when valid) accept one ``datapacket`` item; the answer's ``packet`` object."""
        fields: Mapping[str, Any] = item if isinstance(item, Mapping) else {}
        raw_number = fields.get("number")
        number = normalise_number(raw_number)
        echo = number or (str(raw_number) if raw_number is not None else "")
        raw_text = fields.get("message")
        text = unquote_plus(raw_text) if isinstance(raw_text, str) else None
        valid_time, at = parse_sending_datetime(fields.get("sendingdatetime"))
        if number is None:
            code = 60
        elif text is None or not MIN_TEXT <= len(text) <= MAX_TEXT:
            code = 70
        elif not valid_time:
            code = 90
        elif self.account.whatsapp_balance < PRICE:
            code = 80
        else:
            code = 10
        sendingid = price = 0
        if code == 10:
            assert number is not None and text is not None
            accepted = self.accept(number, text, at, str(fields.get("sendingdatetime") or ""))
            sendingid, price = accepted.sendingid, accepted.price
        return {
            "number": echo,
            "sendingid": sendingid,
            "sendingstatus": code,
            "sendingstatustext": PACKET_STATUS[code],
            "price": price,
        }

    def accept(self, number: str, text: str, at: float | None, sendingdatetime: str = "") -> Packet:
        now = self.now()
        packet = Packet(
            sendingid=self._next_id,
            number=number,
            text=text,
            price=PRICE,
            accepted_at=now,
            due_at=max(now, at) if at is not None else now,
            sendingdatetime=sendingdatetime,
        )
        self._next_id += 1
        self.account.whatsapp_balance -= PRICE
        self.packets[packet.sendingid] = packet
        self._live[packet.sendingid] = packet
        self.refresh()
        return packet

    def status_of(self, sendingid: int | str) -> str:
        """The current tracking word of a packet (``KeyError`` if unknown)."""
        self.refresh()
        return self.packets[int(sendingid)].status(self.now(), self.step)

    def refresh(self) -> None:
        """Send what is due and make the tracking callbacks for every status reached since the last refresh."""
        now, step = self.now(), self.step
        for sendingid, packet in list(self._live.items()):
            if not packet.went_out and packet.due_at <= now:
                packet.went_out = True
                self.record_delivery(packet.number, packet.text)
            timeline = packet.timeline(step)
            while packet.reported < len(timeline) and timeline[packet.reported][1] <= now:
                word, at = timeline[packet.reported]
                self.callbacks.append(
                    Callback(
                        "tracking",
                        at,
                        {
                            "id": str(packet.sendingid),
                            "waid": self.account.waid,
                            "number": packet.number,
                            "status": word,
                        },
                    )
                )
                packet.reported += 1
            if packet.reported >= len(timeline) and packet.went_out:
                del self._live[sendingid]

    # -- callbacks --------------------------------------------------------------------

    def incoming(self, number: str, message: str) -> Callback:
        callback = Callback("inbox", self.now(), {"waid": self.account.waid, "message": message, "number": number})
        self.callbacks.append(callback)
        return callback

    def due_callbacks(self) -> list[Callback]:
        """Callbacks not POSTed yet whose URL is set."""
        self.refresh()
        urls = {"tracking": self.tracking_url, "inbox": self.inbox_url}
        return [c for c in self.callbacks if not c.posted and urls.get(c.kind)]

    async def deliver(self, session: aiohttp.ClientSession) -> list[Callback]:
        """POST every due callback (form-encoded), oldest first; return them."""
        async with self.deliver_lock:
            due = self.due_callbacks()
            for callback in due:
                url = self.tracking_url if callback.kind == "tracking" else self.inbox_url
                if not url:
                    continue
                callback.posted = True
                try:
                    async with session.post(url, data=callback.form, timeout=aiohttp.ClientTimeout(total=10)) as answer:
                        callback.http_status = answer.status
                except (aiohttp.ClientError, TimeoutError) as exc:
                    callback.error = str(exc) or type(exc).__name__
            return due

    def snapshot(self) -> dict[str, Any]:
        self.refresh()
        now, step = self.now(), self.step
        account = self.account
        return {
            "account": {
                "apikey": self.credentials["apikey"],
                "waid": account.waid,
                "balance": account.balance,
                "expired": account.expired,
                "whatsapp_balance": account.whatsapp_balance,
                "whatsapp_expired": account.whatsapp_expired,
                "balance_error": account.balance_error,
                "last_balance_check": account.last_balance_check,
            },
            "packets": [
                {
                    "sendingid": p.sendingid,
                    "number": p.number,
                    "message": p.text,
                    "sendingdatetime": p.sendingdatetime,
                    "price": p.price,
                    "status": p.status(now, step),
                }
                for p in self.packets.values()
            ],
            "contacts": [{"number": n, "name": name} for n, name in account.contacts.items()],
            "tracking_url": self.tracking_url,
            "inbox_url": self.inbox_url,
        }


# -- request bodies -----------------------------------------------------------------------


async def read_json(request: web.Request) -> dict[str, Any] | None:
    """The body as a JSON object (whatever the Content-Type says), or ``None``."""
    try:
        data = json.loads(await request.read())
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


async def _debug_body(request: web.Request) -> dict[str, Any]:
    values: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return values
    if request.content_type == "application/json":
        data = await read_json(request)
        if data is not None:
            values.update(data)
    else:
        values.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
    return values


def _flag(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on"))


# -- the simulator ---------------------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def _remember_path(request: web.Request, handler: Handler) -> web.StreamResponse:
    token = _REQUEST_PATH.set(request.path)
    try:
        return await handler(request)
    finally:
        _REQUEST_PATH.reset(token)


class JsonWaSim:
    """The JSON WA gateway for ``wadesk.simulator.server``."""

    name = NAME
    base_path = ""

    def make_state(self, sim: SharedState) -> JsonWaState:
        return JsonWaState(sim)

    def settings(self, root_url: str) -> dict[str, str]:
        return {"waid": DEFAULT_WAID}

    def auth_failure(self) -> web.StreamResponse:
        """Global status 40, "Ip address not register", in the shape of the endpoint asked."""
        if _REQUEST_PATH.get().endswith(BALANCE_PATH):
            return balance_answer(40)
        return send_answer(40)

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        def state() -> JsonWaState:
            provider = sim.provider(NAME)
            assert isinstance(provider, JsonWaState)
            return provider

        if _remember_path not in app.middlewares:
            app.middlewares.insert(0, _remember_path)

        async def send(request: web.Request) -> web.StreamResponse:
            st = state()
            body = await read_json(request)
            if body is None:
                return send_answer(20)
            if not st.authorised(body):
                return send_answer(30)
            if st.expired():
                return send_answer(50)
            items = body.get("datapacket")
            if not isinstance(items, list) or not items:
                return send_answer(20)
            if len(items) > MAX_PACKETS:
                return send_answer(55)
            return send_answer(10, [{"packet": st.take_packet(item)} for item in items])

        async def balance(request: web.Request) -> web.StreamResponse:
            st = state()
            body = await read_json(request)
            if body is None:
                return balance_answer(20)
            if not st.authorised(body):
                return balance_answer(30)
            code, figures = st.check_balance()
            return balance_answer(code, figures)

        app.router.add_post(prefix + SEND_PATH, send)
        app.router.add_post(prefix + BALANCE_PATH, balance)

        # -- callback delivery while a URL is set ------------------------------------------
        async def deliver_in_background(app: web.Application) -> AsyncIterator[None]:
            session = aiohttp.ClientSession()

            async def loop() -> None:
                while True:
                    await asyncio.sleep(CALLBACK_POLL_SECONDS)
                    st = state()
                    if st.tracking_url or st.inbox_url:
                        await st.deliver(session)

            task = asyncio.create_task(loop())
            try:
                yield
            finally:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                await session.close()

        app.cleanup_ctx.append(deliver_in_background)

        # -- debug routes (never touched by faults) ----------------------------------------
        debug = f"/__sim/{NAME}"

        async def sim_state(request: web.Request) -> web.StreamResponse:
            return web.json_response(state().snapshot())

        async def sim_delivered(request: web.Request) -> web.StreamResponse:
            return web.json_response([list(entry) for entry in state().delivery_log])

        async def sim_callbacks(request: web.Request) -> web.StreamResponse:
            st = state()
            st.refresh()
            kind = request.query.get("kind")
            return web.json_response([c.item() for c in st.callbacks if kind in (None, "", c.kind)])

        async def sim_flush(request: web.Request) -> web.StreamResponse:
            async with aiohttp.ClientSession() as session:
                posted = await state().deliver(session)
            return web.json_response([c.item() for c in posted])

        async def sim_webhooks(request: web.Request) -> web.StreamResponse:
            st = state()
            values = await _debug_body(request)
            for key in ("tracking_url", "inbox_url"):
                if key in values:
                    url = values[key]
                    setattr(st, key, url if isinstance(url, str) and url else None)
            return web.json_response({"tracking_url": st.tracking_url, "inbox_url": st.inbox_url})

        async def sim_incoming(request: web.Request) -> web.StreamResponse:
            st = state()
            values = await _debug_body(request)
            number = str(values.get("number") or next(iter(st.account.contacts)))
            callback = st.incoming(number, str(values.get("message", "")))
            if st.inbox_url:
                async with aiohttp.ClientSession() as session:
                    await st.deliver(session)
            return web.json_response(callback.item())

        async def sim_account(request: web.Request) -> web.StreamResponse:
            st = state()
            values = await _debug_body(request)
            account = st.account
            try:
                for key in ("balance", "whatsapp_balance"):
                    if key in values:
                        setattr(account, key, int(values[key]))
            except (TypeError, ValueError):
                return web.json_response({"error": "balances must be whole numbers"}, status=400)
            for key in ("expired", "whatsapp_expired"):
                if key in values:
                    setattr(account, key, str(values[key]))
            if "balance_error" in values:
                account.balance_error = _flag(values["balance_error"])
            if _flag(values.get("reset_balance_check")):
                account.last_balance_check = None
            return web.json_response(st.snapshot()["account"])

        app.router.add_get(f"{debug}/state", sim_state)
        app.router.add_get(f"{debug}/delivered", sim_delivered)
        app.router.add_get(f"{debug}/callbacks", sim_callbacks)
        app.router.add_post(f"{debug}/flush", sim_flush)
        app.router.add_post(f"{debug}/webhooks", sim_webhooks)
        app.router.add_post(f"{debug}/incoming", sim_incoming)
        app.router.add_post(f"{debug}/account", sim_account)


SIM = JsonWaSim()
