"""Fault injection: what a flaky gateway does to its clients.

A ``Faults`` value is parsed from a short string, e.g.
``"error_rate=0.1,latency_ms=200,rate_limit_rate=0.05,retry_after=3,html_5xx_rate=0.05,"``
``"malformed_rate=0.05,drop_rate=0.02,invalid_credentials=1,seed=7"``.

Per request to a provider route (the ``/__sim/...`` debug routes are never
touched), in this order:

1. ``latency_ms``: the answer is delayed by that many milliseconds.
2. ``invalid_credentials``: every request is answered as the provider answers a
   bad token, whatever credentials it carried.
3. One draw from a ``random.Random(seed)`` picks at most one of the following;
   the rates are exclusive slices of [0, 1), so their sum may not exceed 1.
   The first four leave the gateway's state untouched (the request is not
   processed):

   - ``drop_rate``: the connection is closed without an answer.
   - ``html_5xx_rate``: HTTP 502 with nginx's "502 Bad Gateway" HTML page.
   - ``rate_limit_rate``: HTTP 429 with ``Retry-After: <retry_after>`` and the
     JSON body ``{"message": "Too Many Attempts."}``.
   - ``error_rate``: HTTP 500 with the JSON body ``{"message": "Server Error"}``.
   - ``malformed_rate``: the request **is processed** (a message is accepted),
     then its JSON answer is cut in half, so the client cannot read it.
   - ``banned_rate``: HTTP 403 with ``{"status": false, "message": BANNED}``:
     WhatsApp banned the number (the gateway refuses every send; nothing is
     processed).

Besides the random faults there is a one-shot hook, ``Holds``: after
``hold_next(n)`` the next ``n`` provider requests are processed (a send is
recorded) and then not answered until ``release()``, so a client times out
although the gateway accepted its request.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Protocol

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

BAD_GATEWAY_HTML = """<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""

_RATES = ("drop_rate", "html_5xx_rate", "rate_limit_rate", "error_rate", "malformed_rate", "banned_rate")
BANNED = "This number is banned from using WhatsApp"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


@dataclass(frozen=True)
class Faults:
    """How badly the simulated gateways behave; the default is not at all."""

    error_rate: float = 0.0
    latency_ms: float = 0.0
    rate_limit_rate: float = 0.0
    retry_after: int = 1
    html_5xx_rate: float = 0.0
    malformed_rate: float = 0.0
    banned_rate: float = 0.0
    drop_rate: float = 0.0
    invalid_credentials: bool = False
    seed: int = 0

    def __post_init__(self) -> None:
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"fault {name} must be between 0 and 1, not {value}")
        if sum(getattr(self, name) for name in _RATES) > 1.0 + 1e-9:
            raise ValueError("the fault rates together must not exceed 1")
        if self.latency_ms < 0:
            raise ValueError("fault latency_ms must not be negative")
        if self.retry_after < 0:
            raise ValueError("fault retry_after must not be negative")

    @classmethod
    def parse(cls, text: str | None) -> Faults:
        """Parse ``"key=value,key=value"``; an unknown key or a bad value raises ``ValueError``."""
        if text is None or not text.strip():
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, object] = {}
        for part in text.split(","):
            part = part.strip()
            if not part:
                continue
            key, sep, raw = part.partition("=")
            key, raw = key.strip(), raw.strip()
            if key not in known:
                raise ValueError(f"unknown fault {key!r} (known: {', '.join(known)})")
            if not sep:
                raise ValueError(f"fault {key!r} needs a value, e.g. {key}=1")
            values[key] = _convert(key, raw)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def any_random(self) -> bool:
        return any(getattr(self, name) > 0 for name in _RATES)

    def pick(self, rng: random.Random) -> str | None:
        """The random fault for one request (``"drop"``, ``"html_5xx"``, …) or ``None``."""
        if not self.any_random:
            return None
        draw = rng.random()
        edge = 0.0
        for name in _RATES:
            edge += getattr(self, name)
            if draw < edge:
                return name.removesuffix("_rate")
        return None

    def __str__(self) -> str:
        default = Faults()
        parts = []
        for key, value in asdict(self).items():
            if value != getattr(default, key):
                parts.append(f"{key}={int(value) if isinstance(value, bool) else value}")
        return ",".join(parts)


def _convert(key: str, raw: str) -> object:
    try:
        if key == "invalid_credentials":
            word = raw.lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
            raise ValueError(raw)
        if key in ("retry_after", "seed"):
            return int(raw)
        return float(raw)
    except ValueError:
        raise ValueError(f"fault {key!r} has an invalid value {raw!r}") from None


class Holds:
    """Answer nothing to the next ``n`` requests until released (they are still processed)."""

    def __init__(self) -> None:
        self._armed = 0
        self._event: asyncio.Event | None = None
        self.held = 0
        """How many requests are waiting right now."""
        self.total = 0
        """How many requests were held so far."""

    def hold_next(self, n: int = 1) -> None:
        if n < 0:
            raise ValueError("n must not be negative")
        self._armed += n

    @property
    def armed(self) -> int:
        return self._armed

    def release(self) -> None:
        """Let every held request answer now, and disarm the hook."""
        self._armed = 0
        if self._event is not None:
            self._event.set()
            self._event = None

    async def maybe_hold(self) -> None:
        if self._armed <= 0:
            return
        self._armed -= 1
        if self._event is None:
            self._event = asyncio.Event()
        event = self._event
        self.held += 1
        self.total += 1
        try:
            await event.wait()
        finally:
            self.held -= 1


class FaultHost(Protocol):
    """What the middleware needs from the simulator state."""

    @property
    def faults(self) -> Faults: ...

    @property
    def rng(self) -> random.Random: ...

    @property
    def holds(self) -> Holds: ...


AuthFailure = Callable[[], web.StreamResponse]


def faults_middleware(host: FaultHost, provider_of: Callable[[web.Request], AuthFailure | None]) -> Middleware:
    """The aiohttp middleware that applies ``host.faults`` to provider requests.

    ``provider_of(request)`` returns how the provider that owns the request
    answers bad credentials, or ``None`` for requests no fault applies to.
    """

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        auth_failure = provider_of(request)
        if auth_failure is None:
            return await handler(request)
        faults = host.faults
        if faults.latency_ms > 0:
            await asyncio.sleep(faults.latency_ms / 1000.0)
        if faults.invalid_credentials:
            return auth_failure()
        kind = faults.pick(host.rng)
        if kind == "drop":
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)  # never reaches the client
        if kind == "html_5xx":
            return web.Response(status=502, text=BAD_GATEWAY_HTML, content_type="text/html")
        if kind == "banned":
            return web.json_response({"status": False, "message": BANNED}, status=403)
        if kind == "rate_limit":
            return web.json_response(
                {"message": "Too Many Attempts."}, status=429, headers={"Retry-After": str(faults.retry_after)}
            )
        if kind == "error":
            return web.json_response({"message": "Server Error"}, status=500)
        response = await handler(request)
        if kind == "malformed":
            response = _malformed(response)
        await host.holds.maybe_hold()
        return response

    return middleware


def _malformed(response: web.StreamResponse) -> web.StreamResponse:
    if not isinstance(response, web.Response) or response.content_type != "application/json":
        return response
    body = response.body
    if not isinstance(body, bytes | bytearray) or len(body) < 2:
        return response
    return web.Response(
        status=response.status,
        body=bytes(body[: len(body) // 2]),
        content_type="application/json",
    )
