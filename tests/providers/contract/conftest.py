"""Fixtures for the provider contract suite: one simulator serving every provider, and how to drive it.

Every test of the suite runs once per provider id (the ``pid`` fixture) and
decides what to expect from ``ProviderInfo.capabilities`` and ``.limits``
alone.  The only per-provider knowledge is the ``SIMULATORS`` table below: how
to make a simulated device show its QR code, where a simulator keeps its
seeded contacts, groups and templates, and how to get the status callbacks it
makes.  That table says how to *drive* a simulator, never what a provider
should answer.

``KNOWN_BUGS`` lists the cases that fail because of a provider bug; they are
marked ``xfail(strict=True)``, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping
from itertools import count
from typing import Any, cast

import httpx
import pytest

from tests.providers.contract.contract_kit import STEP_SECONDS, Callback, ProviderFactory, Scan, SimRecipe
from tests.support.counting import CountingTransport
from wadesk.domain import Account, Capability, TemplateContent
from wadesk.providers.base import Provider, ProviderInfo
from wadesk.providers.registry import build_provider, provider_ids, provider_info
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.base import ProviderState

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

# -- how to drive each simulator ---------------------------------------------------------------


def _wablas_contacts(state: ProviderState) -> dict[str, str]:
    return {c.phone: c.name for c in cast(Any, state).contacts.values()}


def _chatbot_groups(state: ProviderState) -> dict[str, str]:
    return {g.group_id: g.name for g in cast(Any, state).groups.values()}


async def _chatbot_arm(sim: SimulatorServer, http: httpx.AsyncClient) -> dict[str, str]:
    # Sends then carry this notifyurl; nothing listens there, the simulator records what it POSTed.
    return {"notifyurl": f"{sim.url}/__contract/notify"}


async def _chatbot_collect(sim: SimulatorServer, http: httpx.AsyncClient) -> list[Callback]:
    await http.post(f"{sim.url}/__sim/chatbot/notify")  # POST what is due now; its own loop POSTed the rest
    state = (await http.get(f"{sim.url}/__sim/chatbot/state")).json()
    return [(JSON, json.dumps(c["payload"]).encode()) for c in state["callbacks"]]


async def _jsonwa_collect(sim: SimulatorServer, http: httpx.AsyncClient) -> list[Callback]:
    made = (await http.get(f"{sim.url}/__sim/jsonwa/callbacks", params={"kind": "tracking"})).json()
    return [(FORM, str(c["body"]).encode()) for c in made]


def _wasender_show_qr(state: ProviderState, clock: ManualClock) -> None:
    # The first generate-qr answers "processing"; the QR is ready QR_PREPARE_SECONDS of clock time later.
    from wadesk.simulator.wasender import QR_PREPARE_SECONDS

    cast(Any, state).generate_qr()
    clock.advance(QR_PREPARE_SECONDS)


def _wacloud_contacts(state: ProviderState) -> dict[str, str]:
    device = cast(Any, state).device(None)
    return {c["number"]: c["name"] for c in device.contacts.values() if c.get("number")}


def _wacloud_template() -> TemplateContent:
    from wadesk.simulator.wacloud import DEMO_TEMPLATE_ID

    return TemplateContent(
        template_id=DEMO_TEMPLATE_ID, variables={"name": "Budi", "order_id": "1001", "amount": "150.000"}
    )


async def _wacloud_arm(sim: SimulatorServer, http: httpx.AsyncClient) -> dict[str, str]:
    answer = await http.post(
        f"{sim.base_url('wacloud')}/webhooks",
        headers={"X-Api-Key": sim.credentials("wacloud")["api_key"]},
        json={
            "url": f"{sim.url}/__contract/hook",
            "events": ["status"],
            "device_id": sim.settings("wacloud")["device_id"],
        },
    )
    answer.raise_for_status()
    return {}


async def _wacloud_collect(sim: SimulatorServer, http: httpx.AsyncClient) -> list[Callback]:
    await http.post(f"{sim.url}/__sim/wacloud/webhooks/flush")
    events = (await http.get(f"{sim.url}/__sim/wacloud/events")).json()
    return [(JSON, json.dumps(e["payload"]).encode()) for e in events]


SIMULATORS: dict[str, SimRecipe] = {
    "wablas": SimRecipe(
        contacts=_wablas_contacts,
        notes={"callbacks": "the Wablas simulator makes no tracking-URL callbacks to parse"},
    ),
    "chatbot": SimRecipe(groups=_chatbot_groups, arm_callbacks=_chatbot_arm, collect_callbacks=_chatbot_collect),
    "jsonwa": SimRecipe(collect_callbacks=_jsonwa_collect),
    "wasender": SimRecipe(show_qr=_wasender_show_qr),
    "wacloud": SimRecipe(
        contacts=_wacloud_contacts,
        stored_template=_wacloud_template(),
        arm_callbacks=_wacloud_arm,
        collect_callbacks=_wacloud_collect,
    ),
}


# -- known provider bugs: (test name, provider id) -> reason ----------------------------------------

KNOWN_BUGS: dict[tuple[str, str], str] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None:
            continue
        reason = KNOWN_BUGS.get((getattr(item, "originalname", item.name), callspec.params.get("pid")))
        if reason is not None:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))


# -- fixtures ------------------------------------------------------------------------------------------


@pytest.fixture(params=provider_ids())
def pid(request: pytest.FixtureRequest) -> str:
    return cast(str, request.param)


@pytest.fixture
def info(pid: str) -> ProviderInfo:
    return provider_info(pid)


@pytest.fixture
def recipe(pid: str) -> SimRecipe:
    return SIMULATORS[pid]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    """One simulator serving every provider the registry knows."""
    async with SimulatorServer(providers=provider_ids(), clock=clock, step_seconds=STEP_SECONDS) as server:
        yield server


@pytest.fixture
def state(sim: SimulatorServer, pid: str) -> ProviderState:
    return sim.state.provider(pid)


@pytest.fixture
async def http(sim: SimulatorServer) -> AsyncIterator[httpx.AsyncClient]:
    """A plain client for the simulator's control routes."""
    async with httpx.AsyncClient(timeout=5.0) as client:
        yield client


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
async def make_provider(sim: SimulatorServer, pid: str, transport: CountingTransport) -> AsyncIterator[ProviderFactory]:
    """Build a provider for the simulator through the registry; each one is closed after the test.

    ``secrets``/``settings`` replace the simulator's own; ``extra`` settings are added to them.
    """
    built: list[Provider] = []
    ids = count(1)

    def make(
        *,
        secrets: Mapping[str, str] | None = None,
        settings: Mapping[str, str] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Provider:
        account = Account(
            id=next(ids),
            name=f"contract {pid}",
            provider=pid,
            base_url=sim.base_url(pid),
            settings={**(sim.settings(pid) if settings is None else settings), **(extra or {})},
        )
        provider = build_provider(account, sim.credentials(pid) if secrets is None else secrets, transport=transport)
        built.append(provider)
        return provider

    yield make
    for provider in built:
        await provider.aclose()


@pytest.fixture
def provider(make_provider: ProviderFactory) -> Provider:
    return make_provider()


@pytest.fixture
def scan(sim: SimulatorServer, pid: str, recipe: SimRecipe, state: ProviderState, http: httpx.AsyncClient) -> Scan:
    """Pair the simulated device as if a phone scanned its QR code (``payload``: the code the phone read)."""

    async def scan_(payload: str | None = None) -> None:
        if payload is None:
            recipe.show_qr(state, cast(ManualClock, sim.state.clock))
        answer = await http.post(f"{sim.url}/__sim/{pid}/scan", json={} if payload is None else {"payload": payload})
        assert answer.status_code == 200, answer.text

    return scan_


@pytest.fixture
async def paired(info: ProviderInfo, scan: Scan) -> None:
    """A provider that pairs by QR code gets its simulated device paired; the others have no device."""
    if info.supports(Capability.QR_PAIRING):
        await scan()


@pytest.fixture
def refs() -> Iterator[str]:
    """Fresh ``ref_id`` values."""
    return (f"contract-{n:04d}" for n in count(1))
