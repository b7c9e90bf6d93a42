"""The first slice, end to end: the CLI as a subprocess against ``wadesk simulator``."""

from __future__ import annotations

import json

from tests.support.cli import SIM_SECRETS, Cli, advance_clock, sim_clock, sim_root, start_simulator


def add_shop(cli: Cli, url: str, secrets: str = SIM_SECRETS) -> None:
    done = cli.run(
        "account", "add", "shop", "--provider", "wablas", "--base-url", url, "--secrets-stdin", stdin=secrets
    )
    assert done.returncode == 0, done.stderr
    assert "shop" in done.stdout


def report(cli: Cli, *args: str) -> list[dict[str, object]]:
    done = cli.run("report", "--json", *args)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_send_then_report_reaches_read(cli: Cli, wablas_url: str) -> None:
    add_shop(cli, wablas_url)
    listed = cli.run("account", "list", "--json")
    assert json.loads(listed.stdout) == {
        "name": "shop",
        "provider": "wablas",
        "base_url": wablas_url,
        "settings": {"phone_check_url": "https://phone.wablas.com"},
    }

    tested = cli.run("account", "test", "shop", "--json")
    assert tested.returncode == 0, tested.stderr
    assert json.loads(tested.stdout)["status"] in ("connected", "disconnected")

    sent = cli.run("send", "--account", "shop", "--to", "0812-3456-7890", "--text", "Halo", "--json")
    assert sent.returncode == 0, sent.stderr
    [result] = [json.loads(line) for line in sent.stdout.splitlines()]
    assert result["to"] == "6281234567890"
    assert result["status"] == "accepted"
    assert result["provider_message_id"] and result["error"] is None

    root = sim_root(wablas_url)
    assert report(cli)[0]["status"] == "accepted"  # the gateway's clock stands still: still pending there
    advance_clock(root, 3 * sim_clock(root)["step_seconds"])  # pending -> sent -> received -> read
    rows = report(cli)
    assert rows[0]["status"] == "read"
    assert rows[0]["message_id"] == result["message_id"]
    assert rows[0]["provider_message_id"] == result["provider_message_id"]

    # nothing secret anywhere under WADESK_HOME: database, WAL, logs
    files = [p for p in cli.home.rglob("*") if p.is_file()]
    assert any(p.name == "wadesk.log" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (b"sim-wablas-token", b"sim-wablas-secret"):
            assert secret not in data, f"{secret!r} found in {path}"


def test_several_numbers_in_one_send(cli: Cli, wablas_url: str) -> None:
    add_shop(cli, wablas_url)
    sent = cli.run(
        "send",
        "--account",
        "shop",
        "--to",
        "081234567890",
        "--to",
        "+62 813 1111 2222",
        "--text",
        "Promo",
        "--json",
        "--pace",
        "none",
    )
    assert sent.returncode == 0, sent.stderr
    results = [json.loads(line) for line in sent.stdout.splitlines()]
    assert [r["to"] for r in results] == ["6281234567890", "6281311112222"]
    assert {r["status"] for r in results} == {"accepted"}
    assert len({r["provider_message_id"] for r in results}) == 2


def test_bad_input_exits_2_with_one_line_and_sends_nothing(cli: Cli, wablas_url: str) -> None:
    add_shop(cli, wablas_url)
    bad_number = cli.run("send", "--account", "shop", "--to", "12-34", "--text", "Halo")
    assert bad_number.returncode == 2
    assert "12-34" in one_line(bad_number.stderr)

    too_long = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "x" * 1025)
    assert too_long.returncode == 2
    assert "1,025" in one_line(too_long.stderr) and "1,024" in too_long.stderr

    unknown = cli.run("send", "--account", "nobody", "--to", "081234567890", "--text", "Halo")
    assert unknown.returncode == 2
    assert "nobody" in one_line(unknown.stderr)

    assert report(cli, "--no-refresh") == []


def test_wrong_token_exits_1_with_the_gateways_words(cli: Cli, wablas_url: str) -> None:
    add_shop(cli, wablas_url, secrets="token=wrong-token-value\nsecret_key=wrong-secret-value\n")
    sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo")
    assert sent.returncode == 1
    line = one_line(sent.stderr)
    assert "Wablas" in line and "token invalid" in line
    assert "wrong-token-value" not in sent.stderr + sent.stdout

    tested = cli.run("account", "test", "shop")
    assert tested.returncode == 1
    assert "token invalid" in one_line(tested.stderr)


def test_gateway_502_html_page_exits_1_without_traceback(cli: Cli) -> None:
    proc, urls = start_simulator(cli, "--provider", "wablas", "--faults", "html_5xx_rate=1")
    try:
        add_shop(cli, urls["wablas"])
        sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo", "--json")
        assert sent.returncode == 1
        line = one_line(sent.stderr)
        assert "502" in line and "Bad Gateway" in line
        [result] = [json.loads(x) for x in sent.stdout.splitlines()]
        assert result["status"] == "uncertain"  # the gateway may have taken it: never resent blindly
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_unreachable_gateway_exits_1(cli: Cli) -> None:
    add_shop(cli, "http://127.0.0.1:9/api")
    sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo")
    assert sent.returncode == 1
    assert "could not reach" in one_line(sent.stderr)


def test_account_remove_deletes_keyring_entries(cli: Cli) -> None:
    add_shop(cli, "http://127.0.0.1:9/api")
    assert "sim-wablas-token" in cli.keyring_file.read_text()
    removed = cli.run("account", "remove", "shop", "--yes")
    assert removed.returncode == 0, removed.stderr
    assert "sim-wablas-token" not in cli.keyring_file.read_text()
    assert cli.run("account", "list", "--json").stdout == ""


def test_secrets_are_refused_as_plain_settings(cli: Cli) -> None:
    done = cli.run("account", "add", "shop", "--provider", "wablas", "--set", "token=abc", "--secrets-stdin", stdin="")
    assert done.returncode == 2
    assert "secret" in one_line(done.stderr)


HOLD_SENDER_LOCK = """
import sys
from pathlib import Path
from wadesk.store.lock import SenderLock
assert SenderLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_while_another_wadesk_sends_a_send_is_queued_for_it(cli: Cli, wablas_url: str) -> None:
    import subprocess
    import sys

    add_shop(cli, wablas_url)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_SENDER_LOCK, str(cli.home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo")
        assert sent.returncode == 0, sent.stderr
        assert "already running" in sent.stdout
        busy = cli.run("outbox", "run")
        assert busy.returncode == 1 and "another wadesk" in one_line(busy.stderr)
    finally:
        holder.communicate("stop\n", timeout=10)
    assert [r["status"] for r in report(cli, "--no-refresh")] == ["queued"]
    done = cli.run("outbox", "run", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sent"] == 1
