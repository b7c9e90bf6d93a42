"""What the Contacts panel's gateway side needs of the services: how long a check takes, the error that stopped
one (for plain words in the window), and the contacts a sync would change (to show them as old → new)."""

from __future__ import annotations

from tests.support.gateways import Gateways
from wadesk.domain.errors import ProviderError
from wadesk.domain.models import Contact
from wadesk.services.number_check import REQUEST_SECONDS, CheckPace, check_seconds


def test_a_checks_time_is_its_pauses_at_the_paces_average_and_its_requests() -> None:
    pace = CheckPace(3, 8)
    assert check_seconds(300, 100, pace) == 2 * 5.5 + 3 * REQUEST_SECONDS  # three requests, two pauses
    assert check_seconds(300, 1, pace) == 299 * 5.5 + 300 * REQUEST_SECONDS  # one number a request
    assert check_seconds(1, 100, pace) == REQUEST_SECONDS  # one request: no pause
    assert check_seconds(0, 100, pace) == 0
    assert check_seconds(250, 100) == check_seconds(250, 100, CheckPace())  # the service's own pace by default


async def test_a_check_the_gateway_refuses_carries_the_error_itself(gateways: Gateways) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281211110001"), Contact("6281211110002")])
    # The Chatbot's phone is not paired: the gateway refuses the first request.
    done = await app.contacts.check_contacts(
        app.accounts.get("chatbot"), ["6281211110001", "6281211110002"], clock=gateways.clock
    )
    assert isinstance(done.failure, ProviderError)
    assert done.error == str(done.failure) and done.progress.done == 0 and not done.finished


async def test_by_number_gives_the_contacts_of_the_address_book_and_leaves_out_the_others(
    gateways: Gateways,
) -> None:
    app = gateways.app
    app.store.contacts.upsert_many([Contact("6281211110001", "Siti"), Contact("6281211110002")])
    found = app.contacts.by_number(["6281211110001", "6281299990000", "6281211110002"])
    assert {number: c.name for number, c in found.items()} == {"6281211110001": "Siti", "6281211110002": ""}
