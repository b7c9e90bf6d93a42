"""``wadesk outbox run --follow`` follows delivery as the window does: a Wablas message it sent reaches ``read``
in ``wadesk report --no-refresh`` without anyone asking, and once nothing is in flight the gateway hears nothing
more (counted by the simulator itself)."""

from __future__ import annotations

import json
import time

import httpx

from tests.support.cli import SIM_SECRETS, Cli, advance_clock, interrupt, lines_of, reap, sim_clock, sim_root, wait_for

QUIET_SECONDS = 3.0  # three times the longest wait between checks set below: time enough to catch one more


def gateway_requests(root: str) -> int:
    return int(httpx.get(f"{root}/__sim/requests", timeout=10).json()["total"])


def status_in_report(cli: Cli, message_id: object) -> str:
    done = cli.run("report", "--json", "--no-refresh")  # only what wadesk already knows: it asks nobody
    assert done.returncode == 0, done.stderr
    [row] = [json.loads(line) for line in done.stdout.splitlines() if json.loads(line)["message_id"] == message_id]
    return str(row["status"])


def test_outbox_run_follow_brings_a_message_to_read_then_asks_nothing(cli: Cli, wablas_url: str) -> None:
    added = cli.run(
        "account", "add", "shop", "--provider", "wablas", "--base-url", wablas_url, "--secrets-stdin", stdin=SIM_SECRETS
    )
    assert added.returncode == 0, added.stderr
    for key in ("poll_min_seconds", "poll_max_seconds"):
        assert cli.run("config", "set", key, "1").returncode == 0
    root = sim_root(wablas_url)
    httpx.post(f"{root}/__sim/faults", content="rate_limit_rate=1,retry_after=1", timeout=10).raise_for_status()
    queued = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo", "--json")
    [row] = [json.loads(line) for line in queued.stdout.splitlines()]
    assert row["status"] == "queued"  # "later", said the gateway: 'outbox run --follow' sends it
    httpx.post(f"{root}/__sim/faults", content="", timeout=10).raise_for_status()

    follow = cli.popen("outbox", "run", "--follow")
    seen: list[str] = []
    log = cli.home / "logs" / "wadesk.log"
    try:
        assert follow.stderr is not None
        stderr = lines_of(follow.stderr)
        wait_for(stderr, f"message {row['message_id']} to 6281234567890: accepted", seen)
        assert status_in_report(cli, row["message_id"]) == "accepted"
        advance_clock(root, 3 * sim_clock(root)["step_seconds"])  # at the gateway: sent, received, read

        deadline = time.monotonic() + 60
        while status_in_report(cli, row["message_id"]) != "read":
            assert time.monotonic() < deadline, "the report never reached read"
        while "nothing in flight any more" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the poller never said it stopped asking"
        asked = gateway_requests(root)
        time.sleep(QUIET_SECONDS)  # room for a request that should not come
        assert gateway_requests(root) == asked

        interrupt(follow, stderr, seen)
    finally:
        reap(follow)
    assert follow.returncode == 130
    assert "Traceback" not in "".join(seen)
    assert gateway_requests(root) == asked
