"""``wadesk account hook`` and ``wadesk receiver`` as a user runs them: real processes, a real data folder."""

from __future__ import annotations

import json
import re
import signal
import sys

import httpx
import pytest

from tests.support.cli import Cli, lines_of

API_KEY = "chatbot-SECRET-key-4711"


def add_chatbot(cli: Cli, name: str = "shop") -> None:
    done = cli.run(
        "account", "add", name, "--provider", "chatbot", "--base-url", "https://bot.example.test",
        "--secrets-stdin", stdin=f"secretkey={API_KEY}\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def database_bytes(cli: Cli) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(cli.home.rglob("*")) if p.is_file())


def test_account_hook_prints_a_url_and_keeps_its_token_out_of_the_database(cli: Cli) -> None:
    add_chatbot(cli)
    done = cli.run("account", "hook", "shop")
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    match = re.fullmatch(r"http://127\.0\.0\.1:8780/hook/([A-Za-z0-9_-]{43})", url)
    assert match, url
    assert "notifyurl" in done.stderr and "private" in done.stderr
    assert API_KEY not in done.stdout + done.stderr
    token = match.group(1).encode()
    assert token not in database_bytes(cli)
    assert token not in b"".join(p.read_bytes() for p in (cli.home / "logs").rglob("*") if p.is_file())
    again = cli.run("account", "hook", "shop", "--json")
    assert json.loads(again.stdout) == {
        "account": "shop",
        "provider": "chatbot",
        "url": url,
        "where": "wadesk sends it with every message as the Chatbot's notifyurl; nothing to paste",
    }
    renewed = cli.run("account", "hook", "shop", "--new")
    assert renewed.returncode == 0 and renewed.stdout.strip() != url
    assert API_KEY not in renewed.stdout + renewed.stderr


def test_account_hook_uses_the_public_address_set(cli: Cli) -> None:
    add_chatbot(cli)
    assert cli.run("config", "set", "receiver_public_url", "https://shop.trycloudflare.com/").returncode == 0
    done = cli.run("account", "hook", "shop")
    assert done.stdout.startswith("https://shop.trycloudflare.com/hook/"), done.stdout


def test_account_hook_refuses_what_cannot_call_back(cli: Cli) -> None:
    missing = cli.run("account", "hook", "nobody")
    assert missing.returncode == 2 and "no account named 'nobody'" in missing.stderr
    done = cli.run(
        "account", "add", "blast", "--provider", "wasender", "--set", "sender=6281200000002",
        "--secrets-stdin", stdin="api_key=k-1\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    refused = cli.run("account", "hook", "blast")
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith("does not report delivery by calling back: no URL to give it")
    assert "Traceback" not in refused.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_the_receiver_runs_until_ctrl_c(cli: Cli) -> None:
    add_chatbot(cli)
    url = cli.run("account", "hook", "shop").stdout.strip()
    proc = cli.popen("receiver", "--port", "0")
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = lines_of(proc.stdout).get(timeout=30)
        assert first is not None and "off by default in the window" in first, first
        address = re.search(r"(http://127\.0\.0\.1:\d+)/hook/", first)
        assert address, first
        hook = address.group(1) + "/hook/" + url.rsplit("/", 1)[-1]
        assert httpx.post(address.group(1) + "/hook/" + "x" * 43, json={}, timeout=10).status_code == 404
        assert httpx.post(hook, content=b"not json", timeout=10).status_code == 400
        assert httpx.post(hook, json={"msgid": "3EB0UNKNOWN", "ack": 3}, timeout=10).status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "receiver stopped" in err and "Traceback" not in err


def test_the_receiver_refuses_a_bad_port(cli: Cli) -> None:
    done = cli.run("receiver", "--port", "70000")
    assert done.returncode == 2 and "not a port number" in done.stderr
