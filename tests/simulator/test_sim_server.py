"""The server: layouts, URLs, credentials, the control routes and the command-line entry."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from aiohttp import web

from wadesk.simulator import PROVIDERS, ManualClock, SimState, SimulatorServer, build_app
from wadesk.simulator.base import ProviderState
from wadesk.simulator.server import MAX_REQUEST_LINE_BYTES, provider_names


async def test_single_provider_sits_at_the_root(sim: SimulatorServer) -> None:
    assert sim.port > 0
    assert sim.base_url("wablas") == f"http://127.0.0.1:{sim.port}/api"
    assert sim.credentials("wablas") == {"token": "sim-wablas-token", "secret_key": "sim-wablas-secret"}
    assert sim.settings("wablas") == {"phone_check_url": f"http://127.0.0.1:{sim.port}"}
    assert sim.banner() == [
        f"wablas  base URL http://127.0.0.1:{sim.port}/api  token=sim-wablas-token secret_key=sim-wablas-secret "
        f"phone_check_url=http://127.0.0.1:{sim.port}"
    ]
    with pytest.raises(KeyError):
        sim.base_url("chatbot")
    async with httpx.AsyncClient(base_url=sim.url) as http:
        index = (await http.get("/__sim/")).json()
    assert index["providers"] == {"wablas": {"base_path": "/api"}}


def test_unknown_providers_are_refused() -> None:
    with pytest.raises(ValueError, match="nosuch"):
        build_app(SimState(), ["nosuch"])
    with pytest.raises(ValueError, match="nosuch"):
        SimulatorServer(["nosuch"])
    with pytest.raises(ValueError):
        provider_names([])
    assert provider_names(None) == list(PROVIDERS)
    with pytest.raises(KeyError):
        SimState().provider("nosuch")


class _EchoState(ProviderState):
    pass


class _EchoSim:
    """A stand-in second provider, to see the several-provider layout."""

    name = "echo"
    base_path = "/v1"

    def make_state(self, sim: SimState) -> ProviderState:
        return _EchoState(sim, {"api_key": "sim-echo-key"})

    def add_routes(self, app: web.Application, sim: SimState, prefix: str) -> None:
        async def ping(request: web.Request) -> web.StreamResponse:
            return web.json_response({"ok": True, "path": request.path})

        app.router.add_get(prefix + "/v1/ping", ping)

    def auth_failure(self) -> web.StreamResponse:
        return web.json_response({"error": "bad key"}, status=403)

    def settings(self, root_url: str) -> dict[str, str]:
        return {}


@pytest.fixture
def echo_provider(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(PROVIDERS, "echo", _EchoSim())
    yield


@pytest.mark.usefixtures("echo_provider")
async def test_several_providers_sit_under_their_names() -> None:
    assert provider_names(None)[-1] == "echo"
    async with SimulatorServer(["wablas", "echo"], clock=ManualClock()) as sim:
        assert sim.providers == ["wablas", "echo"]
        assert sim.base_url("wablas") == f"http://127.0.0.1:{sim.port}/wablas/api"
        assert sim.base_url("echo") == f"http://127.0.0.1:{sim.port}/echo/v1"
        assert sim.settings("wablas") == {"phone_check_url": f"http://127.0.0.1:{sim.port}/wablas"}
        assert sim.credentials("echo") == {"api_key": "sim-echo-key"}
        banner = sim.banner()
        assert banner[0].startswith(f"wablas  base URL http://127.0.0.1:{sim.port}/wablas/api  token=")
        assert banner[1] == f"echo    base URL http://127.0.0.1:{sim.port}/echo/v1  api_key=sim-echo-key"
        creds = sim.credentials("wablas")
        async with httpx.AsyncClient() as http:
            info = await http.get(sim.base_url("wablas") + "/device/info", params={"token": creds["token"]})
            assert info.json()["data"]["serial"] == "WBSIM1"
            check = await http.get(
                sim.settings("wablas")["phone_check_url"] + "/check-phone-number",
                params={"phones": "081234567890"},
                headers={"Authorization": creds["token"], "url": "https://wablas.com"},
            )
            assert check.json()["status"] == "success"
            assert (await http.get(sim.url + "/api/device/info")).status_code == 404
            assert (await http.get(sim.base_url("echo") + "/ping")).json() == {"ok": True, "path": "/echo/v1/ping"}
            # Bad credentials are answered in each provider's own way.
            sim.state.faults = "invalid_credentials=1"
            assert (await http.get(sim.base_url("echo") + "/ping")).status_code == 403
            denied = await http.get(sim.base_url("wablas") + "/device/info", params={"token": creds["token"]})
            assert denied.status_code == 401
            assert denied.json() == {"status": False, "message": "token invalid"}


async def test_control_routes_change_faults_and_holds(sim: SimulatorServer, root_client: httpx.AsyncClient) -> None:
    assert (await root_client.get("/__sim/faults")).text == ""
    changed = await root_client.post("/__sim/faults", content="error_rate=1,seed=4")
    assert changed.status_code == 200
    assert sim.state.faults.error_rate == 1.0
    assert (await root_client.get("/__sim/faults")).text == "error_rate=1.0,seed=4"
    refused = await root_client.post("/__sim/faults", content="nonsense=1")
    assert refused.status_code == 400
    assert "nonsense" in refused.json()["error"]
    await root_client.post("/__sim/faults", data={"faults": ""})
    assert str(sim.state.faults) == ""
    assert (await root_client.post("/__sim/hold", params={"n": "2"})).json() == {"armed": 2, "held": 0}
    assert (await root_client.post("/__sim/hold", params={"n": "x"})).status_code == 400
    assert (await root_client.post("/__sim/release")).json() == {"armed": 0, "held": 0}


async def test_requests_route_counts_what_the_gateway_got(
    sim: SimulatorServer, client: httpx.AsyncClient, root_client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    assert (await root_client.get("/__sim/requests")).json() == {"total": 0, "paths": {}}
    await client.get("/report-realtime", headers=auth)
    await client.get("/report-realtime", headers=auth)
    await root_client.post("/__sim/faults", content="rate_limit_rate=1")
    assert (await client.get("/device/info", headers=auth)).status_code == 429  # counted too: it came
    assert (await root_client.get("/__sim/requests")).json() == {
        "total": 3,
        "paths": {"/api/device/info": 1, "/api/report-realtime": 2},
    }


async def test_clock_route_moves_a_manual_clock(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    start = clock.now()
    assert (await root_client.get("/__sim/clock")).json() == {
        "now": start,
        "time": datetime.fromtimestamp(start, UTC).isoformat(),
        "manual": True,
        "step_seconds": sim.state.step_seconds,
    }
    creds = sim.credentials("wablas")
    sent = await client.post(
        "/send-message", data={"phone": "081234567890", "message": "Halo"}, headers={"Authorization": creds["token"]}
    )
    [message] = sent.json()["data"]["messages"]
    moved = await root_client.post("/__sim/clock", params={"advance": "1.5"})
    assert moved.status_code == 200 and moved.json()["now"] == start + 1.5 == clock.now()
    assert sim.state.wablas.status_of(message["id"]) == "sent"  # one step (1 s) later
    assert (await root_client.post("/__sim/clock", params={"set": str(start + 10)})).json()["now"] == start + 10
    assert sim.state.wablas.status_of(message["id"]) == "read"
    for bad in ({"advance": "-1"}, {"set": str(start)}, {"advance": "soon"}, {"advance": "nan"}, {}):
        refused = await root_client.post("/__sim/clock", params=bad)
        assert refused.status_code == 400 and refused.json()["error"], bad
    assert clock.now() == start + 10


async def test_the_system_clock_cannot_be_moved() -> None:
    async with SimulatorServer("wablas") as sim, httpx.AsyncClient(base_url=sim.url) as http:
        assert (await http.get("/__sim/clock")).json()["manual"] is False
        refused = await http.post("/__sim/clock", params={"advance": "60"})
        assert refused.status_code == 409 and "--manual-clock" in refused.json()["error"]


async def test_a_url_over_8_kib_is_refused(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    path = httpx.URL(sim.base_url("wablas") + "/report/message").raw_path + b"?message_id="
    filler = "x" * (MAX_REQUEST_LINE_BYTES - len(path))
    fits = await client.get("/report/message", params={"message_id": filler}, headers=auth)
    assert fits.status_code == 200
    assert len(fits.request.url.raw_path) == MAX_REQUEST_LINE_BYTES == 8 * 1024
    too_long = await client.get("/report/message", params={"message_id": filler + "x"}, headers=auth)
    assert too_long.status_code == 400
    assert "Got more than 8192 bytes" in too_long.text


async def test_server_start_stop_and_port_errors() -> None:
    server = SimulatorServer("wablas")
    with pytest.raises(RuntimeError):
        _ = server.port
    await server.start()
    try:
        with pytest.raises(RuntimeError):
            await server.start()
        busy = SimulatorServer("wablas", port=server.port)
        with pytest.raises(OSError):
            await busy.start()
    finally:
        await server.stop()
    await server.stop()  # twice is fine


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_run_simulator_prints_its_settings_and_stops_cleanly_on_ctrl_c() -> None:
    # Ctrl+C in a terminal: a process started from a background job inherits SIGINT ignored, so restore it.
    code = (
        "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "from wadesk.simulator.server import run_simulator; "
        "run_simulator('wablas', '127.0.0.1', 0, 'latency_ms=1', 1.0)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.fullmatch(
            r"wablas  base URL (http://127\.0\.0\.1:(\d+)/api)  token=sim-wablas-token "
            r"secret_key=sim-wablas-secret phone_check_url=\S+\n",
            line,
        )
        assert match, line
        info = httpx.get(match.group(1) + "/device/info", params={"token": "sim-wablas-token"}, timeout=5)
        assert info.json()["status"] is True
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert "Traceback" not in err


def test_run_simulator_rejects_bad_faults_before_serving() -> None:
    from wadesk.simulator import run_simulator

    with pytest.raises(ValueError, match="bogus"):
        run_simulator("wablas", "127.0.0.1", 0, "bogus=1", 1.0)
    with pytest.raises(ValueError, match="nosuch"):
        run_simulator("nosuch", "127.0.0.1", 0, None, 1.0)
