"""``wadesk sending``: each device's sending state in plain words (or JSON), and resuming a paused device."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.support.cli import Cli, start_simulator

CHATBOT_SECRETS = "secretkey=sim-chatbot-secretkey\n"


@pytest.fixture
def shop(cli: Cli) -> Iterator[None]:
    """An account "shop" on a Chatbot gateway whose phone is not paired: it answers every send "not connected"."""
    proc, urls = start_simulator(cli, "--provider", "chatbot")
    try:
        done = cli.run(
            "account", "add", "shop", "--provider", "chatbot", "--base-url", urls["chatbot"], "--secrets-stdin",
            stdin=CHATBOT_SECRETS,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        yield
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_a_new_device_is_ready_in_its_first_warm_up_day(cli: Cli, shop: None) -> None:
    done = cli.run("sending")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["shop", "ready", "(warm-up", "day", "1", "of", "21,", "0", "of", "20", "today)"]
    [state] = [json.loads(line) for line in cli.run("sending", "--json").stdout.splitlines()]
    assert state["state"] == "ready" and state["cap_today"] == 20 and state["hourly_cap"] == 25


def test_not_connected_answers_pause_the_device_until_resumed(cli: Cli, shop: None) -> None:
    for number in ("081234567890", "081234567891", "081234567892"):
        cli.run("send", "--account", "shop", "--to", number, "--text", "Halo", "--pace", "none")
    done = cli.run("sending", "--account", "shop")
    assert "paused: " in done.stdout and "belum terhubung" in done.stdout  # the gateway's own words
    kept = cli.run("send", "--account", "shop", "--to", "081234567893", "--text", "Halo", "--pace", "none", "--json")
    assert json.loads(kept.stdout.splitlines()[0])["status"] == "queued"  # nothing lost: kept queued
    assert "sending on this device is paused" in kept.stderr  # and why

    done = cli.run("sending", "--account", "shop", "--resume")
    assert done.returncode == 0 and "sending resumes" in done.stdout
    assert "paused" not in cli.run("sending", "--account", "shop").stdout
    refused = cli.run("sending", "--resume")
    assert refused.returncode != 0 and "--account" in refused.stderr
