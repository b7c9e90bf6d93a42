"""SIGKILL a real ``wadesk send --to-csv`` mid-campaign, recover with ``wadesk outbox run``, and check the
simulator's own record: nothing lost, nothing sent twice, possible doubles flagged ``uncertain``.

The kills happen while the gateway holds requests it has already accepted (the simulator's hold hook), which
is the hardest case: the gateway has the messages, wadesk never heard back.
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.cli import Cli, start_simulator

pytestmark = pytest.mark.slow

RECIPIENTS = [f"0812{n:08d}" for n in range(10_001, 10_301)]  # 300 valid numbers, none ending in 0000


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    path.write_text("phone,name\n" + "".join(f"{p},Pelanggan {i}\n" for i, p in enumerate(RECIPIENTS)))
    return path


def simulator(cli: Cli, provider: str) -> Iterator[tuple[str, str]]:
    proc, urls = start_simulator(cli, "--provider", provider)
    base = urls[provider]
    root = str(httpx.URL(base).copy_with(path="/")).rstrip("/")
    try:
        yield base, root
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def control(root: str, path: str) -> dict[str, int]:
    response = httpx.post(root + path, timeout=10)
    response.raise_for_status()
    return dict(response.json())


def kill_while_held(cli: Cli, root: str, held: int, *args: str) -> None:
    """Start ``wadesk ARGS``, let the gateway accept and hold ``held`` requests, then SIGKILL it."""
    control(root, f"/__sim/hold?n={held}")
    proc = cli.popen(*args)
    try:
        # wait for the event (requests held by the gateway), not for time
        while control(root, "/__sim/hold?n=0")["held"] < held:
            if proc.poll() is not None:
                raise AssertionError(f"wadesk ended before the kill point: {proc.communicate()}")
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=10)
        control(root, "/__sim/release")
    assert proc.returncode == -signal.SIGKILL


def delivered(root: str, provider: str) -> Counter[str]:
    response = httpx.get(f"{root}/__sim/{provider}/delivered", timeout=10)
    response.raise_for_status()
    body = response.json()
    items = body if isinstance(body, list) else body.get("delivered", body.get("messages", []))
    phones = [item["phone"] if isinstance(item, dict) else item[0] for item in items]
    return Counter("62" + p[1:] if p.startswith("0") else p for p in phones)


def outbox(cli: Cli) -> list[dict[str, object]]:
    done = cli.run("outbox", "list", "--all", "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def add_account(cli: Cli, provider: str, base: str, secrets: str) -> None:
    done = cli.run(
        "account", "add", "shop", "--provider", provider, "--base-url", base, "--secrets-stdin", stdin=secrets
    )
    assert done.returncode == 0, done.stderr


def expected() -> set[str]:
    return {"62" + p[1:] for p in RECIPIENTS}


def test_wablas_campaign_survives_kills_exactly_once(cli: Cli, csv_file: Path) -> None:
    for base, root in simulator(cli, "wablas"):
        add_account(cli, "wablas", base, "token=sim-wablas-token\nsecret_key=sim-wablas-secret\n")
        send = ("send", "--account", "shop", "--to-csv", str(csv_file), "--text", "{Halo|Hai} {name}", "--pace", "none")
        kill_while_held(cli, root, 1, *send)  # one batch accepted by the gateway, unanswered
        kill_while_held(cli, root, 1, "outbox", "run")  # killed again during recovery / the next batch
        kill_while_held(cli, root, 1, "outbox", "run")
        done = cli.run("outbox", "run", "--json")
        assert done.returncode == 0, done.stderr

        counts = delivered(root, "wablas")
        assert set(counts) == expected()
        assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
        rows = outbox(cli)
        assert len(rows) == 300
        statuses = Counter(str(r["status"]) for r in rows)
        assert not {"failed", "uncertain", "sending", "queued"} & set(statuses), statuses
        texts = {str(r["text"]).split()[0] for r in rows}
        assert texts == {"Halo", "Hai"}  # spintax rendered per recipient and shown in the outbox


def test_provider_without_lookup_flags_possible_doubles(cli: Cli, csv_file: Path) -> None:
    for base, root in simulator(cli, "chatbot"):
        control(root, "/__sim/chatbot/scan")  # pair the simulated phone
        add_account(cli, "chatbot", base, "secretkey=sim-chatbot-secretkey\n")
        send = ("send", "--account", "shop", "--to-csv", str(csv_file), "--text", "Halo {name}", "--pace", "none")
        kill_while_held(cli, root, 3, *send)
        done = cli.run("outbox", "run", "--json")
        assert done.returncode == 0, done.stderr

        counts = delivered(root, "chatbot")
        rows = outbox(cli)
        assert len(rows) == 300
        by_status = Counter(str(r["status"]) for r in rows)
        assert not {"failed", "sending", "queued"} & set(by_status), by_status
        assert by_status["uncertain"] >= 3  # the held requests, at least
        for row in rows:
            phone = str(row["to"])
            if row["status"] == "uncertain":
                assert counts[phone] <= 1  # maybe arrived; the user decides, wadesk did not resend it
            else:
                assert counts[phone] == 1, (phone, row)
