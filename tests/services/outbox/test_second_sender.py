"""A ``wadesk send`` that finds another one sending from the same folder leaves its messages to it — and the
running one really sends them before it stops.  Two real CLI processes against a ``wadesk simulator`` process;
the gateway holds the first one's request (its hold hook) so that the second starts while the first is busy."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.cli import Cli, start_simulator

pytestmark = pytest.mark.slow

SECRETS = "token=sim-wablas-token\nsecret_key=sim-wablas-secret\n"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def gateway(cli: Cli) -> Iterator[tuple[str, str]]:
    """A ``wadesk simulator --provider wablas`` process: its base URL and its root (for ``/__sim/``)."""
    proc, urls = start_simulator(cli, "--provider", "wablas")
    base = urls["wablas"]
    try:
        yield base, str(httpx.URL(base).copy_with(path="/")).rstrip("/")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def control(root: str, path: str) -> dict[str, int]:
    response = httpx.post(root + path, timeout=10)
    response.raise_for_status()
    return dict(response.json())


def delivered(root: str) -> Counter[str]:
    response = httpx.get(f"{root}/__sim/wablas/delivered", timeout=10)
    response.raise_for_status()
    return Counter(str(text) for _, text in response.json())


def test_a_second_send_is_sent_by_the_running_one(cli: Cli, gateway: tuple[str, str]) -> None:
    base, root = gateway
    added = cli.run(
        "account", "add", "shop", "--provider", "wablas", "--base-url", base, "--secrets-stdin", stdin=SECRETS
    )
    assert added.returncode == 0, added.stderr

    control(root, "/__sim/hold?n=1")  # the gateway takes the first request and keeps its answer back
    first = cli.popen("send", "--account", "shop", "--to", "0812-1111-2222", "--text", "first", "--pace", "none")
    try:
        while control(root, "/__sim/hold?n=0")["held"] < 1:  # wait for the event, not for time
            assert first.poll() is None, first.communicate()
        second = cli.run("send", "--account", "shop", "--to", "0812-3333-4444", "--text", "second", "--pace", "none")
        assert second.returncode == 0, second.stderr
        assert "queued" in second.stdout and "sends them" in second.stdout, second.stdout
        assert "Traceback" not in second.stderr
    finally:
        control(root, "/__sim/release")
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "6281211112222" in out and "accepted" in out
    assert delivered(root) == Counter({"first": 1, "second": 1})  # the second message went out, once
    assert "also sent 1 message" in err, err  # and the running send said so
    listed = cli.run("outbox", "list", "--all", "--json")
    statuses = {row["text"]: row["status"] for row in map(json.loads, listed.stdout.splitlines())}
    assert statuses["second"] not in ("queued", "sending", "failed", "uncertain"), statuses
