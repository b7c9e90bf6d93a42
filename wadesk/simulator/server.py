"""Serve the simulated gateways over HTTP (aiohttp), for tests, the demo and ``wadesk simulator``.

With one provider its routes sit at the root (Wablas base URL
``http://HOST:PORT/api``); with several, each sits under ``/<provider>``
(``http://HOST:PORT/wablas/api``).  Whatever the layout, these routes (never
subject to faults) help tests and demos drive the simulator from outside:

- ``GET /__sim/``: the providers, their base URLs' paths and the current faults;
- ``GET /__sim/faults`` / ``POST /__sim/faults`` (body: a faults string, e.g.
  ``error_rate=0.1``; empty for none): read or change the faults;
- ``POST /__sim/hold?n=1`` / ``POST /__sim/release``: process the next ``n``
  provider requests but keep their answers back until released;
- ``GET /__sim/requests``: how many requests the gateways got so far (faulted ones
  included), ``{"total": N, "paths": {"/api/report-realtime": n, …}}``;
- ``GET /__sim/clock``: the simulator's time, ``{"now": <Unix seconds>, "time":
  "<ISO 8601, UTC>", "manual": true|false, "step_seconds": <seconds per status step>}``;
  ``POST /__sim/clock?advance=SECONDS`` or ``POST /__sim/clock?set=UNIX_SECONDS``:
  move a manual clock forward (``wadesk simulator --manual-clock``, or a ``ManualClock``
  given to ``SimulatorServer``) and answer as the GET does; messages move on
  through their statuses, QR codes rotate and schedules fire as that time says.
  Never backwards (HTTP 400); on the system clock HTTP 409;
- the provider's own, e.g. ``POST /__sim/wablas/scan``.

A request whose URL (path and query) is longer than ``MAX_REQUEST_LINE_BYTES``
(8 KiB, about what nginx's and aiohttp's defaults take) is refused with HTTP 400
("Got more than 8192 bytes …") before any route sees it, as a real gateway's
front server refuses it.

To add a provider, write its module (a ``ProviderSim``) and add one line to ``registry.PROVIDERS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from types import TracebackType

from aiohttp import web
from aiohttp.typedefs import Handler

from wadesk.simulator.clock import Clock, ManualClock
from wadesk.simulator.faults import AuthFailure, Faults, faults_middleware
from wadesk.simulator.registry import PROVIDERS
from wadesk.simulator.state import SimState

STATE_KEY = web.AppKey("wadesk_sim_state", SimState)
PREFIXES_KEY = web.AppKey("wadesk_sim_prefixes", dict[str, str])
REQUESTS_KEY = web.AppKey("wadesk_sim_requests", Counter[str])
MAX_REQUEST_BYTES = 16 * 1024 * 1024  # above Wablas's 2 MB media limit (base64 included), so it can say no itself
# The longest request URL (path and query) taken: nginx's 8k header buffer and aiohttp's own default (8190) are
# about this; set here on purpose so that it never depends on aiohttp's default.
MAX_REQUEST_LINE_BYTES = 8 * 1024


def provider_names(providers: Sequence[str] | str | None) -> list[str]:
    """The providers to serve (all when ``None``); ``ValueError`` for an unknown one."""
    if providers is None:
        return list(PROVIDERS)
    names = [providers] if isinstance(providers, str) else list(dict.fromkeys(providers))
    if not names:
        raise ValueError("no provider to simulate")
    for name in names:
        if name not in PROVIDERS:
            raise ValueError(f"unknown provider {name!r} (the simulator knows: {', '.join(PROVIDERS)})")
    return names


def provider_prefixes(names: Sequence[str]) -> dict[str, str]:
    return {name: "" if len(names) == 1 else f"/{name}" for name in names}


def build_app(state: SimState, providers: Sequence[str] | None = None) -> web.Application:
    """An aiohttp application serving ``providers`` (default: all) from ``state``."""
    names = provider_names(providers)
    prefixes = provider_prefixes(names)

    def provider_of(request: web.Request) -> AuthFailure | None:
        path = request.path
        if path.startswith("/__sim/") or request.match_info.http_exception is not None:
            return None
        for name, prefix in prefixes.items():
            if not prefix or path == prefix or path.startswith(prefix + "/"):
                return PROVIDERS[name].auth_failure
        return None

    requests: Counter[str] = Counter()

    @web.middleware
    async def count(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith("/__sim/"):
            requests[request.path] += 1
        return await handler(request)

    app = web.Application(
        middlewares=[count, faults_middleware(state, provider_of)],
        client_max_size=MAX_REQUEST_BYTES,
        handler_args={"max_line_size": MAX_REQUEST_LINE_BYTES},
    )
    app[STATE_KEY] = state
    app[PREFIXES_KEY] = prefixes
    app[REQUESTS_KEY] = requests
    for name in names:
        state.provider(name)
        PROVIDERS[name].add_routes(app, state, prefixes[name])
    _add_control_routes(app, state, prefixes)
    return app


def _add_control_routes(app: web.Application, state: SimState, prefixes: dict[str, str]) -> None:
    async def index(request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {
                "providers": {
                    name: {"base_path": prefix + PROVIDERS[name].base_path} for name, prefix in prefixes.items()
                },
                "faults": str(state.faults),
                "step_seconds": state.step_seconds,
            }
        )

    async def get_faults(request: web.Request) -> web.StreamResponse:
        return web.Response(text=str(state.faults))

    async def set_faults(request: web.Request) -> web.StreamResponse:
        text = await request.text()
        if request.content_type == "application/x-www-form-urlencoded":
            text = str((await request.post()).get("faults", ""))
        try:
            state.faults = Faults.parse(text)
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.Response(text=str(state.faults))

    async def hold(request: web.Request) -> web.StreamResponse:
        try:
            count = int(request.query.get("n", "1"))
            state.hold_next(count)
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"armed": state.holds.armed, "held": state.held})

    async def release(request: web.Request) -> web.StreamResponse:
        state.release_held()
        return web.json_response({"armed": state.holds.armed, "held": state.held})

    def clock_view() -> dict[str, object]:
        now = state.now()
        return {
            "now": now,
            "time": datetime.fromtimestamp(now, UTC).isoformat(),
            "manual": isinstance(state.clock, ManualClock),
            "step_seconds": state.step_seconds,
        }

    async def get_requests(request: web.Request) -> web.StreamResponse:
        counted = request.app[REQUESTS_KEY]
        return web.json_response({"total": counted.total(), "paths": dict(sorted(counted.items()))})

    async def get_clock(request: web.Request) -> web.StreamResponse:
        return web.json_response(clock_view())

    async def move_clock(request: web.Request) -> web.StreamResponse:
        clock = state.clock
        if not isinstance(clock, ManualClock):
            return web.json_response(
                {"error": "the simulator runs on the system clock; start it with --manual-clock to move it"},
                status=409,
            )
        advance, when = request.query.get("advance"), request.query.get("set")
        try:
            if (advance is None) == (when is None):
                raise ValueError("give either advance=SECONDS or set=UNIX_SECONDS")
            if advance is not None:
                clock.advance(_finite(advance, "advance"))
            else:
                clock.set(_finite(when or "", "set"))
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response(clock_view())

    app.router.add_get("/__sim/", index)
    app.router.add_get("/__sim/faults", get_faults)
    app.router.add_post("/__sim/faults", set_faults)
    app.router.add_post("/__sim/hold", hold)
    app.router.add_post("/__sim/release", release)
    app.router.add_get("/__sim/requests", get_requests)
    app.router.add_get("/__sim/clock", get_clock)
    app.router.add_post("/__sim/clock", move_clock)


def _finite(text: str, name: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {text!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number of seconds, not {text!r}")
    return value


class SimulatorServer:
    """The simulator on a real TCP port, as an async context manager.

    ``async with SimulatorServer(["wablas"], clock=ManualClock()) as sim:`` then
    ``sim.base_url("wablas")`` and ``sim.credentials("wablas")`` are what a
    client is configured with; ``sim.state`` is the live state.
    """

    def __init__(
        self,
        providers: Sequence[str] | str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        step_seconds: float = 1.0,
        faults: Faults | str | None = None,
    ) -> None:
        self.providers = provider_names(providers)
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        parsed = faults if isinstance(faults, Faults) else Faults.parse(faults)
        self.state = SimState(clock=clock, faults=parsed, step_seconds=step_seconds)
        self._prefixes = provider_prefixes(self.providers)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("the simulator is already running")
        runner = web.AppRunner(build_app(self.state, self.providers), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self._requested_port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        address = runner.addresses[0]
        self._port = int(address[1])

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self.state.release_held()
        await runner.cleanup()

    async def __aenter__(self) -> SimulatorServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the simulator is not running")
        return self._port

    @property
    def url(self) -> str:
        """``http://HOST:PORT`` (a wildcard host is shown as the loopback address)."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)  # noqa: S104
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def _check(self, provider: str) -> str:
        if provider not in self._prefixes:
            raise KeyError(f"this simulator does not serve {provider!r} (it serves: {', '.join(self.providers)})")
        return self._prefixes[provider]

    def root_url(self, provider: str) -> str:
        """Where the provider's routes start (``http://HOST:PORT`` or ``http://HOST:PORT/wablas``)."""
        return self.url + self._check(provider)

    def base_url(self, provider: str) -> str:
        """The base URL a client configures, e.g. ``http://127.0.0.1:PORT/api`` for Wablas alone."""
        return self.root_url(provider) + PROVIDERS[provider].base_path

    def credentials(self, provider: str) -> dict[str, str]:
        """The secret settings, named as the provider names them (Wablas: ``token``, ``secret_key``)."""
        self._check(provider)
        return self.state.credentials(provider)

    def settings(self, provider: str) -> dict[str, str]:
        """Other client settings, e.g. Wablas's ``phone_check_url``."""
        return PROVIDERS[provider].settings(self.root_url(provider))

    def banner(self) -> list[str]:
        """One line per provider: base URL, credentials and other settings."""
        width = max(len(name) for name in self.providers)
        lines = []
        for name in self.providers:
            pairs = {**self.credentials(name), **self.settings(name)}
            values = " ".join(f"{key}={value}" for key, value in pairs.items())
            lines.append(f"{name:<{width}}  base URL {self.base_url(name)}  {values}")
        return lines


async def _serve(server: SimulatorServer) -> None:
    async with server:
        for line in server.banner():
            print(line, flush=True)
        if isinstance(server.state.clock, ManualClock):
            print(
                f"The clock stands still at {datetime.fromtimestamp(server.state.now(), UTC).isoformat()}; "
                f"move it with POST {server.url}/__sim/clock?advance=SECONDS",
                flush=True,
            )
        print("Press Ctrl+C to stop.", flush=True)
        await asyncio.Event().wait()


def run_simulator(
    provider: str | None,
    host: str = "127.0.0.1",
    port: int = 8765,
    faults: str | None = None,
    step_seconds: float = 1.0,
    manual_clock: bool = False,
) -> None:
    """Serve ``provider`` (or all) until Ctrl+C; ``ValueError`` for a bad provider or faults string.

    With ``manual_clock`` the simulator's time starts at the current time and then
    stands still until ``POST /__sim/clock`` moves it.
    """
    server = SimulatorServer(
        providers=None if provider is None else [provider],
        host=host,
        port=port,
        clock=ManualClock(time.time()) if manual_clock else None,
        faults=Faults.parse(faults),
        step_seconds=step_seconds,
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(server))
