"""The plan's warnings (``sending.risk``): one text for everyone, a link in a first message, many numbers not on
WhatsApp — against the simulator over loopback and a real SQLite file; they warn, they never block."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from tests.support.clocks import GatewayTime
from wadesk.app import App, open_app
from wadesk.domain import DeliveryStatus
from wadesk.domain.models import Contact, LinkContent, MessageKind, OutgoingMessage, Recipient
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.compose import Draft
from wadesk.services.sending import Plan, SendingService, SendRequest, WarningKind
from wadesk.services.sending.risk import has_link
from wadesk.simulator.server import SimulatorServer

T = TypeVar("T")
START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta
A, B, C = "6281277770001", "6281277770002", "6281277770003"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sim(clock: ManualClock) -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(["wablas", "chatbot"], clock=GatewayTime(clock), step_seconds=60) as server:
        server.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # pair the simulated phone
        yield server


@pytest.fixture
async def app(tmp_path: Path, sim: SimulatorServer, clock: ManualClock) -> AsyncIterator[App]:
    app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
    app.outbox.clock = clock
    for provider in ("wablas", "chatbot"):
        await app.accounts.add(
            provider, provider, base_url=sim.base_url(provider), settings=sim.settings(provider),
            secrets=sim.credentials(provider),
        )  # fmt: skip
    try:
        yield app
    finally:
        await app.aclose()


async def plan_of(app: App, text: str, *numbers: str, devices: tuple[str, ...] = ("wablas",), **given: object) -> Plan:
    accounts = [app.accounts.get(name) for name in devices]
    draft = Draft(MessageKind.TEXT, text=text)
    request = SendRequest(draft, accounts, numbers=numbers, pace="none", **given)  # type: ignore[arg-type]
    plan = await SendingService(app.store, app.accounts, app.outbox, events=app.events).plan(request)
    assert plan.ok, plan.error()  # a warning never blocks
    return plan


def kinds(plan: Plan) -> list[WarningKind]:
    return [w.kind for w in plan.warnings]


async def drive(clock: ManualClock, work: Coroutine[object, object, T]) -> T:
    """Run ``work``, which waits on the network (really) and on the clock (jumped over at once)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        await asyncio.wait([task], timeout=0.05)
        wakeup = clock.next_wakeup
        if not task.done() and wakeup is not None:
            clock.set(wakeup)
    return task.result()


# -- one text for everyone ---------------------------------------------------------------------------------------


async def test_the_very_same_text_to_everyone_is_a_warning_a_variable_or_a_choice_is_not(app: App) -> None:
    same = await plan_of(app, "Toko buka jam 9 besok.", A, B, C)
    [warning] = same.warnings
    assert warning.kind is WarningKind.SAME_TEXT and warning.count == 3
    assert warning.text.startswith("Everyone gets the very same text: WhatsApp may take it for spam.")

    app.store.contacts.upsert_many([Contact(A, "Siti"), Contact(B, "Budi")])
    assert kinds(await plan_of(app, "Halo {name}, toko buka jam 9.", A, B)) == []  # each gets their own name
    assert kinds(await plan_of(app, "{Halo|Hai}, toko buka jam 9.", A, B, C)) == []  # a choice varies it
    assert kinds(await plan_of(app, "Toko buka jam 9 besok.", A)) == []  # one message is no bulk send
    # A variable that comes out the same for everyone still gives everyone the very same text.
    app.store.contacts.upsert_many([Contact(C, "Kak"), Contact("6281277770004", "Kak")])
    assert kinds(await plan_of(app, "Halo {name}!", C, "6281277770004")) == [WarningKind.SAME_TEXT]


# -- a link in a first message -----------------------------------------------------------------------------------


def test_links_are_found_written_out_or_as_a_bare_domain_and_ordinary_text_is_not_one() -> None:
    for text in (
        "https://toko.id",
        "lihat www.tokoku.com",
        "cek toko.id/promo",
        "bit.ly/abc",
        "shopee.co.id",
        "wa.me/62",
    ):
        assert has_link(text), text
    for text in ("Rp.50.000", "jam 9.30", "dll.Terima kasih", "Jl.Merdeka No.5", "budi@toko.id", "Halo kak"):
        assert not has_link(text), text


async def test_a_link_to_people_this_device_never_reached_is_a_warning(app: App, clock: ManualClock) -> None:
    sending = SendingService(app.store, app.accounts, app.outbox, events=app.events)
    first = await plan_of(app, "Halo kak, pesanan sudah siap.", A)
    await drive(clock, sending.commit(first))
    [row] = app.store.messages.list()
    assert row.status is DeliveryStatus.ACCEPTED  # the gateway took it: the device has reached A
    # A message to B that failed did not reach B.
    wablas = app.accounts.get("wablas")
    [failed] = app.store.messages.add_many(wablas.id, [OutgoingMessage("r-b", Recipient(B), MessageKind.TEXT, "Hai")])
    assert app.store.messages.apply_update(failed.id, DeliveryStatus.FAILED, note="number not on WhatsApp")

    plan = await plan_of(app, "Promo {Halo|Hai}: cek toko.id/promo", A, B, C)
    [warning] = plan.warnings
    assert warning.kind is WarningKind.LINK_IN_FIRST_MESSAGE and warning.count == 2  # B and C, not A
    assert warning.text == (
        "2 people get a link in their first message from this device: WhatsApp often reports those as spam. "
        "Send a first message without a link."
    )
    assert kinds(await plan_of(app, "{Halo|Hai}, promo minggu ini", A, B, C)) == []  # no link, no warning

    # Another device never reached A: in turn, A goes from chatbot and C from wablas — both first messages.
    shared = await plan_of(app, "{Halo|Hai}: https://toko.id/promo", B, A, C, devices=("wablas", "chatbot"))
    assert [(w.kind, w.count) for w in shared.warnings] == [(WarningKind.LINK_IN_FIRST_MESSAGE, 3)]
    only_a = await plan_of(app, "{Halo|Hai}: https://toko.id/promo", A)
    assert only_a.warnings == ()  # A has had a message from wablas


async def test_a_link_message_is_a_link_and_a_group_is_not_a_first_chat(app: App) -> None:
    accounts = [app.accounts.get("wablas")]
    draft = Draft(MessageKind.LINK, text="Katalog baru", content=LinkContent("https://toko.id", "Katalog baru"))
    sending = SendingService(app.store, app.accounts, app.outbox, events=app.events)
    linked = await sending.plan(SendRequest(draft, accounts, numbers=[A], pace="none"))
    assert [(w.kind, w.count) for w in linked.warnings] == [(WarningKind.LINK_IN_FIRST_MESSAGE, 1)]
    assert linked.warnings[0].text.startswith("1 person gets a link in their first message")
    group = await plan_of(app, "Cek toko.id/promo", groups=["120363025555555555@g.us"])
    assert group.warnings == ()


# -- many numbers not on WhatsApp --------------------------------------------------------------------------------


def contacts(count: int, *, first: int, on_whatsapp: bool | None) -> list[Contact]:
    return [Contact(f"62813{n:08d}", f"Kak {n}", on_whatsapp=on_whatsapp) for n in range(first, first + count)]


async def test_many_numbers_not_on_whatsapp_are_a_warning_a_few_are_not(app: App) -> None:
    def mixed(gone: int, kept: int) -> list[Contact]:
        return contacts(gone, first=1, on_whatsapp=False) + contacts(kept, first=1000, on_whatsapp=True)

    plan = await plan_of(app, "{Halo|Hai} {name}", contacts=mixed(3, 17))  # 3 of 20: 15 %
    [warning] = plan.warnings
    assert warning.kind is WarningKind.NOT_ON_WHATSAPP and warning.count == 3
    assert warning.text.startswith("3 of 20 numbers are not on WhatsApp (they are left out): many such numbers")
    assert len(plan.messages) == 17  # left out, as before
    assert kinds(await plan_of(app, "{Halo|Hai} {name}", contacts=mixed(2, 8))) == []  # 2 people: no pattern
    assert kinds(await plan_of(app, "{Halo|Hai} {name}", contacts=mixed(3, 40))) == []  # 3 of 43: under 10 %
    many = await plan_of(app, "{Halo|Hai} {name}", contacts=mixed(20, 300))  # 20 people, however long the list
    assert [(w.kind, w.count) for w in many.warnings] == [(WarningKind.NOT_ON_WHATSAPP, 20)]
