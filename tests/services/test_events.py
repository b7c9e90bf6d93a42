"""The change feed: kinds, order, unsubscribe, a failing listener."""

from __future__ import annotations

import logging
import threading

import pytest

from wadesk.services.events import AccountsChanged, EventHub, MessagesChanged, SettingsChanged


def test_listeners_get_the_kinds_they_asked_for_in_order() -> None:
    hub = EventHub()
    everything: list[object] = []
    messages: list[MessagesChanged] = []
    hub.subscribe(everything.append)
    hub.subscribe(messages.append, MessagesChanged)

    first = MessagesChanged.of([1, 2], campaign_ids=[7, None], account_ids=[3])
    hub.publish(first)
    hub.publish(AccountsChanged(frozenset({3})))

    assert everything == [first, AccountsChanged(frozenset({3}))]
    assert messages == [first]
    assert first.campaign_ids == frozenset({7}) and first.account_ids == frozenset({3})


def test_unsubscribe_stops_delivery_and_is_harmless_twice() -> None:
    hub = EventHub()
    seen: list[object] = []
    stop = hub.subscribe(seen.append)
    hub.publish(SettingsChanged(frozenset({"region"})))
    stop()
    stop()
    hub.publish(SettingsChanged(frozenset({"pace"})))
    assert seen == [SettingsChanged(frozenset({"region"}))]
    assert hub.listener_count == 0


def test_a_failing_listener_is_logged_and_the_others_still_hear(caplog: pytest.LogCaptureFixture) -> None:
    hub = EventHub()
    seen: list[object] = []

    def broken(event: object) -> None:
        raise RuntimeError("listener bug")

    hub.subscribe(broken)
    hub.subscribe(seen.append)
    with caplog.at_level(logging.ERROR, logger="wadesk.services.events"):
        hub.publish(AccountsChanged())
    assert seen == [AccountsChanged()]
    assert "AccountsChanged" in caplog.text


def test_a_listener_may_unsubscribe_itself_while_being_called() -> None:
    hub = EventHub()
    seen: list[str] = []

    def once(event: object) -> None:
        seen.append("once")
        stop_once()

    stop_once = hub.subscribe(once)
    hub.subscribe(lambda event: seen.append("always"))
    hub.publish(AccountsChanged())
    hub.publish(AccountsChanged())
    assert seen == ["once", "always", "always"]


def test_publishing_from_threads_reaches_every_listener() -> None:
    hub = EventHub()
    seen: list[int] = []
    lock = threading.Lock()

    def record(event: MessagesChanged) -> None:
        with lock:
            seen.extend(event.message_ids)

    hub.subscribe(record, MessagesChanged)
    threads = [threading.Thread(target=hub.publish, args=(MessagesChanged.of([n]),)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == list(range(20))
