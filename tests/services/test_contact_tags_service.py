"""Tags, opt-out, the bulk number check, sync preview/apply and push: the contacts service against the simulator
over loopback, on a real SQLite file and the test's manual clock."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from tests.support.gateways import Gateways
from tests.support.store import text_message
from wadesk.app import open_app
from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import Contact, MessageKind
from wadesk.domain.status import DeliveryStatus
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.clock import ManualClock
from wadesk.services.compose import Draft
from wadesk.services.events import ContactsChanged, MessagesChanged
from wadesk.services.number_check import CheckPace, CheckProgress
from wadesk.services.paging import Sort
from wadesk.services.sending import SendRequest
from wadesk.simulator import SimulatorServer
from wadesk.simulator.wacloud import DEMO_DEVICE_ID
from wadesk.store.contact_list import ContactFilter

T = TypeVar("T")


async def sim_requests(gateways: Gateways, path: str) -> int:
    """How many requests the simulator took on a path ending in ``path``."""
    root = httpx.URL(gateways.sim.base_url("wablas")).copy_with(path="/__sim/requests")
    async with httpx.AsyncClient() as client:
        paths: dict[str, int] = (await client.get(root)).json()["paths"]
    return sum(n for p, n in paths.items() if p.endswith(path))


async def on_clock(clock: ManualClock, work: Awaitable[T]) -> T:
    """Run ``work``, which also waits on the network, moving ``clock`` to each of its wake-ups as they come."""
    task = asyncio.ensure_future(work)
    while not task.done():
        due = clock.next_wakeup
        if due is not None:
            clock.set(max(due, clock.now()))
        await asyncio.wait({task}, timeout=0.01)
    return task.result()


def numbers(count: int, start: int = 1) -> list[str]:
    """``count`` numbers; every tenth ends in 0000 (the simulators' "not on WhatsApp")."""
    return [f"62812{n:04d}{'0000' if n % 10 == 0 else f'{n:04d}'}" for n in range(start, start + count)]


async def test_tags_with_member_counts_publish_a_change_for_each_write(gateways: Gateways) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact(n, f"Pelanggan {i}") for i, n in enumerate(numbers(5))])
    gateways.events.clear()

    await app.contacts.create_tag("VIP")
    ids = app.contacts.contact_ids(["0812" + numbers(5)[0][5:], numbers(5)[1]], "ID")  # written any way
    assert await app.contacts.tag_contacts("vip", ids) == 2
    assert await app.contacts.tag_contacts("VIP", ids) == 0  # nothing new: no event
    assert await app.contacts.tag_matching("VIP", app.contacts.query("Pelanggan 4", region="ID")) == 1
    assert [(t.name, t.members) for t in app.contacts.tags()] == [("VIP", 3)]
    await app.contacts.rename_tag("VIP", "Langganan")
    assert await app.contacts.untag_contacts("Langganan", ids[:1]) == 1
    assert (await app.contacts.delete_tag("langganan")).members == 2
    assert [type(e) for e in gateways.events] == [ContactsChanged] * 6
    with pytest.raises(ValidationError, match="not in the address book: 0899-1234-5678"):
        app.contacts.contact_ids(["0899-1234-5678"], "ID")


async def test_opt_out_by_number_written_any_way_and_opt_in_lifts_it(gateways: Gateways) -> None:
    app = gateways.app
    done = await app.contacts.opt_out(["0812-1111-2222", "+62 812 1111 2222", "081233334444"], "ID")
    assert done.changed == ["6281211112222", "6281233334444"] and done.already == []
    assert (await app.contacts.opt_out(["081211112222"], "ID")).already == ["6281211112222"]
    assert app.contacts.opted_out() == {"6281211112222", "6281233334444"}
    with pytest.raises(ValidationError):
        await app.contacts.opt_out(["081255556666", "12-34"], "ID")  # one bad number: nothing written
    assert "6281255556666" not in app.contacts.opted_out()
    back = await app.contacts.opt_in(["081211112222", "081299990000"], "ID")
    assert back.changed == ["6281211112222"] and back.already == ["6281299990000"]
    assert app.contacts.opted_out() == {"6281233334444"}


async def test_wablas_checks_a_hundred_numbers_a_request_pausing_between_and_stores_the_date(
    gateways: Gateways,
) -> None:
    app = gateways.app
    book = numbers(250)
    app.store.contacts.upsert_many([Contact(n) for n in book])
    seen: list[CheckProgress] = []
    started = gateways.clock.now()

    done = await on_clock(
        gateways.clock,
        app.contacts.check_contacts(
            app.accounts.get("wablas"),
            book,
            clock=gateways.clock,
            pace=CheckPace(3, 8),
            on_progress=seen.append,
            rng=random.Random(7),
        ),
    )

    assert done.finished
    assert [p.done for p in seen] == [100, 200, 250]
    assert (done.progress.on_whatsapp, done.progress.not_on_whatsapp, done.progress.unknown) == (225, 25, 0)
    assert await sim_requests(gateways, "/check-phone-number") == 3
    waited = (gateways.clock.now() - started).total_seconds()
    assert 2 * 3 <= waited <= 2 * 8  # two pauses, none after the last request
    rows = {r.number: r for r in app.contacts.rows(ContactFilter(), limit=300)}
    assert rows[book[9]].on_whatsapp is False and rows[book[0]].on_whatsapp is True
    assert len({r.checked_at for r in rows.values()}) == 3  # each batch stored when it came back, with its time
    assert rows[book[0]].checked_at == started and rows[book[-1]].checked_at == gateways.clock.now()


async def test_cancelling_a_check_keeps_the_answers_already_received(gateways: Gateways) -> None:
    app = gateways.app
    book = numbers(5)
    app.store.contacts.upsert_many([Contact(n) for n in book])
    cancel = asyncio.Event()
    gateways.sim.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # the phone is paired

    def after_two(progress: CheckProgress) -> None:
        if progress.done == 2:
            cancel.set()

    done = await on_clock(
        gateways.clock,
        app.contacts.check_contacts(
            app.accounts.get("chatbot"),
            book,
            clock=gateways.clock,
            pace=CheckPace(1, 1),
            on_progress=after_two,
            cancel=cancel,
        ),
    )

    assert done.cancelled and done.progress.done == 2
    assert await sim_requests(gateways, "/api/checknumber") == 2  # one number a request
    checked = [r.number for r in app.contacts.rows(ContactFilter()) if r.checked_at is not None]
    assert sorted(checked) == sorted(book[:2])


async def test_a_gateway_that_cannot_check_numbers_is_refused_before_any_request(gateways: Gateways) -> None:
    with pytest.raises(NotSupported, match="checking numbers"):
        await gateways.app.contacts.check_contacts(gateways.app.accounts.get("jsonwa"), numbers(1))


async def test_sync_preview_writes_nothing_and_apply_writes_what_it_showed(gateways: Gateways) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281234567001", "Siti")])  # the gateway calls this one Budi Santoso
    gateways.events.clear()

    preview = await app.contacts.sync_preview(app.accounts.get("wablas"))

    assert app.store.contacts.count() == 1 and gateways.events == []
    assert preview.changes.new and all(c.phone != "6281234567001" for c in preview.changes.new)
    [name] = [k for k in preview.changes.kept if k.field == "name"]
    assert (name.phone, name.yours, name.gateway) == ("6281234567001", "Siti", "Budi Santoso")

    merge = await app.contacts.sync_apply(preview, take=[name])

    assert merge.added == len(preview.changes.new)
    assert app.store.contacts.count() == 1 + len(preview.changes.new)
    taken = app.store.contacts.get("6281234567001")
    assert taken is not None and taken.name == "Budi Santoso"  # the user chose the gateway's name
    assert [type(e) for e in gateways.events] == [ContactsChanged]


async def test_push_adds_contacts_to_wablas_and_a_gateway_without_a_contact_list_says_so(gateways: Gateways) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281377778888", "Rina Toko"), Contact("6281377779999", "Joko")])

    pushed = await app.contacts.push(app.accounts.get("wablas"), ["081377778888", "6281377779999"], "ID")

    assert (pushed.sent, pushed.problems) == (2, [])
    theirs = await (await app.accounts.provider(app.accounts.get("wablas"))).list_contacts()
    assert {"6281377778888": "Rina Toko", "6281377779999": "Joko"}.items() <= {c.phone: c.name for c in theirs}.items()
    with pytest.raises(NotSupported):
        await app.contacts.push(app.accounts.get("chatbot"), ["081377778888"], "ID")


async def test_the_panels_source_pages_sorted_and_filtered_and_follows_changes(
    gateways: Gateways, tmp_path: Path
) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact(n, name) for n, name in zip(numbers(4), ["d", "B", "a", "C"], strict=True)])
    await app.contacts.create_tag("VIP")
    await app.contacts.tag_contacts("VIP", app.contacts.contact_ids(numbers(4)[:2]))
    source = app.contacts.source()

    assert source.count(ContactFilter()) == 4
    assert [r.name for r in source.page(0, 3, Sort("name"), ContactFilter())] == ["a", "B", "C"]
    assert [r.name for r in source.page(1, 10, Sort("number", descending=True), ContactFilter())] == ["a", "B", "d"]
    assert [r.name for r in source.page(0, 10, Sort("name"), app.contacts.query(tag="vip"))] == ["B", "d"]
    assert source.affected_by([ContactsChanged()])


async def test_opting_out_cancels_the_messages_to_them_still_waiting_in_wadesk(gateways: Gateways) -> None:
    app = gateways.app
    account = app.accounts.get("wablas")
    waiting, other = app.store.messages.add_many(
        account.id,
        [text_message("opt-1", "6281244445555"), text_message("opt-2", "6281266667777")],
    )
    gateways.events.clear()

    done = await app.contacts.opt_out(["0812-4444-5555"], "ID")

    assert (done.cancelled, done.on_gateway) == (1, [])
    assert app.store.messages.get(waiting.id).status is DeliveryStatus.CANCELLED
    assert app.store.messages.get(other.id).status is DeliveryStatus.QUEUED
    assert {type(e) for e in gateways.events} == {ContactsChanged, MessagesChanged}


async def test_a_number_that_opts_out_after_the_plan_is_made_is_not_messaged(gateways: Gateways) -> None:
    app = gateways.app
    draft = Draft(MessageKind.TEXT, text="Promo")
    request = SendRequest(draft, [app.accounts.get("wablas")], numbers=["081211112222", "081233334444"], pace="none")
    plan = await app.sending.plan(request)
    assert plan.ok and len(plan.messages) == 2

    await app.contacts.opt_out(["081233334444"], "ID")

    with pytest.raises(ValidationError, match="6281233334444 asked not to be messaged since this plan was made"):
        await app.sending.commit(plan)
    assert app.store.messages.list() == []
    again = await app.sending.plan(request)
    assert [m.message.to.address for m in again.messages] == ["6281211112222"]
    assert [(s.recipient, s.reason) for s in again.skipped] == [("6281233334444", "asked not to be messaged")]


async def test_push_to_wacloud_saves_each_contact_on_the_phone_by_its_documented_update(tmp_path: Path) -> None:
    async with SimulatorServer(["wacloud"]) as sim:
        sim.state.provider("wacloud").scan(DEMO_DEVICE_ID)  # type: ignore[attr-defined]
        app = open_app(tmp_path / "home", secrets=SecretStore(MemoryKeyring()))
        try:
            account = await app.accounts.add(
                "cloud",
                "wacloud",
                base_url=sim.base_url("wacloud"),
                settings=sim.settings("wacloud"),
                secrets=sim.credentials("wacloud"),
            )
            app.store.contacts.upsert_many([Contact("6281377778888", "Rina Toko"), Contact("6281377779999")])

            pushed = await app.contacts.push(account, ["081377778888", "081377779999"], "ID")

            assert (pushed.gateway, pushed.sent, pushed.problems) == ("WACloud", 2, ["6281377779999: no name to save"])
            theirs = await (await app.accounts.provider(account)).list_contacts()
            assert ("6281377778888", "Rina Toko") in {(c.phone, c.name) for c in theirs}
        finally:
            await app.aclose()


async def test_a_single_check_stores_its_answers_for_the_contacts_in_the_book(gateways: Gateways) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281234560000", "Ani")])
    gateways.events.clear()

    await app.contacts.check_numbers(app.accounts.get("wablas"), ["0812-3456-0000", "081234567891"])

    [ani] = app.contacts.rows(ContactFilter())
    assert (ani.on_whatsapp, ani.checked_at is not None) == (False, True)
    assert app.store.contacts.count() == 1  # a number outside the book is answered, not added
    assert [type(e) for e in gateways.events] == [ContactsChanged]
