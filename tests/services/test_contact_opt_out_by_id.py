"""The Contacts panel's Do not message: its selection opted out and back in by contact id."""

from __future__ import annotations

from tests.support.gateways import Gateways
from tests.support.store import text_message
from wadesk.domain.models import Contact
from wadesk.domain.status import DeliveryStatus
from wadesk.services.events import ContactsChanged, MessagesChanged


async def test_a_selection_opted_out_by_id_has_its_waiting_messages_cancelled_and_opts_back_in(
    gateways: Gateways,
) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281244445555", "Siti"), Contact("6281266667777", "Budi")])
    siti, budi = app.contacts.contact_ids(["6281244445555", "6281266667777"])
    account = app.accounts.get("wablas")
    waiting, other = app.store.messages.add_many(
        account.id, [text_message("sel-1", "6281244445555"), text_message("sel-2", "6281266667777")]
    )
    gateways.events.clear()

    done = await app.contacts.opt_out_contacts([siti])

    assert (done.changed, done.unchanged, done.cancelled, done.on_gateway) == (["6281244445555"], 0, 1, [])
    assert app.store.messages.get(waiting.id).status is DeliveryStatus.CANCELLED
    assert app.store.messages.get(other.id).status is DeliveryStatus.QUEUED
    assert app.contacts.opted_out() == {"6281244445555"}
    assert {type(e) for e in gateways.events} == {ContactsChanged, MessagesChanged}

    gateways.events.clear()
    again = await app.contacts.opt_out_contacts([siti, budi])
    assert (again.changed, again.unchanged, again.cancelled) == (["6281266667777"], 1, 1)

    back = await app.contacts.opt_in_contacts([siti, budi, 999_999])
    assert (sorted(back.changed), back.unchanged) == (["6281244445555", "6281266667777"], 0)
    assert app.contacts.opted_out() == frozenset()
    gateways.events.clear()
    nothing = await app.contacts.opt_in_contacts([siti])
    assert (nothing.changed, nothing.unchanged, gateways.events) == ([], 1, [])  # nothing written, nothing said
