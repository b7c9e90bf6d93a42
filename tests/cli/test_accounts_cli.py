"""Accounts on the command line: keys per data folder, no silent loss without a keyring, removal keeps history."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from tests.support.cli import SIM_SECRETS, Cli

pytestmark = pytest.mark.slow


def add(cli: Cli, name: str, url: str, secrets: str = SIM_SECRETS) -> subprocess.CompletedProcess[str]:
    return cli.run("account", "add", name, "--provider", "wablas", "--base-url", url, "--secrets-stdin", stdin=secrets)


def lines(done: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


# -- 1. one data folder's key never goes out with another's account ---------------------------------


def test_two_data_folders_keep_their_own_keys(cli: Cli, wablas_url: str, tmp_path: Path) -> None:
    """``shop`` in folder a, ``clinic`` in folder b, one keyring: each account is number 1 of its folder."""
    clinic_cli = Cli(home=tmp_path / "b", keyring_file=cli.keyring_file)
    assert add(cli, "shop", wablas_url).returncode == 0
    done = add(clinic_cli, "clinic", wablas_url, "token=clinic-token-B\nsecret_key=clinic-secret-B\n")
    assert done.returncode == 0, done.stderr
    sent = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo", "--json")
    assert sent.returncode == 0, sent.stderr  # with clinic's token the gateway would refuse it
    assert [row["status"] for row in lines(sent)] == ["accepted"]
    assert len(json.loads(cli.keyring_file.read_text())) == 4  # two accounts, two secrets each, none shared


# -- 2. without a keyring, nothing is stored and the command fails --------------------------------------


def no_keyring_env(cli: Cli, tmp_path: Path, backend: str | None) -> dict[str, str]:
    env = {k: v for k, v in cli.env.items() if k != "PYTHON_KEYRING_BACKEND"}
    if backend is not None:
        env["PYTHON_KEYRING_BACKEND"] = backend
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no keyringrc.cfg choosing a backend
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"  # no Secret Service, even on a desktop
    return env


@pytest.mark.skipif(sys.platform != "linux", reason="macOS and Windows always have a keyring")
@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", None], ids=["fail-backend", "discovery"])
def test_without_a_keyring_account_add_refuses_and_stores_nothing(
    cli: Cli, tmp_path: Path, backend: str | None
) -> None:
    env = no_keyring_env(cli, tmp_path, backend)
    done = subprocess.run(
        [sys.executable, "-m", "wadesk", "account", "add", "shop", "--provider", "wablas", "--secrets-stdin"],
        input=SIM_SECRETS,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "added" not in done.stdout
    [line] = done.stderr.splitlines()
    assert "no working keyring" in line and "Linux without a keyring service" in line
    assert "sim-wablas-token" not in done.stdout + done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "wadesk", "account", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0 and listed.stdout == ""
    assert not cli.keyring_file.exists()


def test_the_in_memory_keyring_cannot_be_chosen(cli: Cli, tmp_path: Path) -> None:
    env = no_keyring_env(cli, tmp_path, "wadesk.secrets.MemoryKeyring")
    done = subprocess.run(
        [sys.executable, "-m", "wadesk", "account", "add", "shop", "--provider", "wablas", "--secrets-stdin"],
        input=SIM_SECRETS,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "tests and the demo" in done.stderr and "Traceback" not in done.stderr


# -- 6. removing an account keeps its history and stops its sending -------------------------------------


def schedule_tomorrow(cli: Cli, name: str) -> dict[str, object]:
    tomorrow = datetime.now(ZoneInfo("Asia/Jakarta")) + timedelta(days=1)
    done = cli.run(
        "send", "--account", name, "--to", "081234567891", "--text", "Besok", "--json",
        "--at", tomorrow.strftime("%Y-%m-%d %H:%M"), "--tz", "Asia/Jakarta",
    )  # fmt: skip
    [row] = lines(done)
    assert row["status"] == "scheduled"
    [entry] = lines(cli.run("schedule", "list", "--json"))
    return entry


def test_remove_says_what_happens_keeps_history_and_cancels_what_waits(cli: Cli, wablas_url: str) -> None:
    assert add(cli, "shop", wablas_url).returncode == 0
    [sent] = lines(cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo", "--json"))
    scheduled = schedule_tomorrow(cli, "shop")
    assert scheduled["where"] == "gateway"

    asked = cli.run("account", "remove", "shop")  # stdin is not a terminal: it says what it would do, and stops
    assert asked.returncode == 2
    assert "1 queued or scheduled message(s) are cancelled, 1 of them on Wablas's own scheduler" in asked.stdout
    assert "its history is kept: 2 message(s)" in asked.stdout
    assert "--yes" in asked.stderr
    assert [a["name"] for a in lines(cli.run("account", "list", "--json"))] == ["shop"]

    wrong_case = cli.run("account", "remove", "SHOP", "--yes")
    assert wrong_case.returncode == 2 and "did you mean 'shop'" in wrong_case.stderr

    removed = cli.run("account", "remove", "shop", "--yes")
    assert removed.returncode == 0, removed.stderr
    assert "its history is kept" in removed.stdout
    assert lines(cli.run("account", "list", "--json")) == []
    assert "sim-wablas-token" not in cli.keyring_file.read_text()

    report = {row["message_id"]: row for row in lines(cli.run("report", "--json", "--no-refresh"))}
    assert set(report) == {sent["message_id"], scheduled["message_id"]}
    assert all(row["account_removed"] is True for row in report.values())
    assert report[scheduled["message_id"]]["status"] == "cancelled"
    text = cli.run("report", "--no-refresh").stdout
    assert "(removed account 'shop')" in text

    # the gateway no longer holds the schedule: cancelling it there again is refused
    again = httpx.put(
        f"{wablas_url}/schedule-cancel/{scheduled['schedule_id']}",
        headers={"Authorization": "sim-wablas-token.sim-wablas-secret"},
        timeout=10,
    )
    assert "not waiting" in again.text

    refused = cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo")
    assert refused.returncode == 2 and "no account named 'shop'" in refused.stderr
    again_shop = add(cli, "shop", wablas_url)  # the name is free again
    assert again_shop.returncode == 0, again_shop.stderr
    assert len(lines(cli.run("report", "--json", "--no-refresh"))) == 2  # the old history, still marked


def test_purge_deletes_the_history_too(cli: Cli, wablas_url: str) -> None:
    assert add(cli, "shop", wablas_url).returncode == 0
    lines(cli.run("send", "--account", "shop", "--to", "081234567890", "--text", "Halo", "--json"))
    done = cli.run("account", "remove", "shop", "--purge", "--yes")
    assert done.returncode == 0, done.stderr
    assert "its history is deleted: 1 message(s)" in done.stdout
    assert lines(cli.run("report", "--json", "--no-refresh")) == []


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is a POSIX thing")
@pytest.mark.parametrize(("answer", "kept"), [("n", True), ("y", False)])
def test_on_a_terminal_remove_asks_first(cli: Cli, answer: str, kept: bool) -> None:
    assert add(cli, "shop", "http://127.0.0.1:9/api").returncode == 0
    leader, follower = os.openpty()  # stdin is a terminal: the answer is typed there
    os.write(leader, f"{answer}\n".encode())
    try:
        done = subprocess.run(
            [sys.executable, "-m", "wadesk", "account", "remove", "shop"],
            stdin=follower,
            capture_output=True,
            text=True,
            env=cli.env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0, done.stderr
    assert "Remove 'shop'? [y/N]" in done.stdout
    names = [a["name"] for a in lines(cli.run("account", "list", "--json"))]
    assert names == (["shop"] if kept else [])


# -- 9d. a gateway without a public host needs its address ----------------------------------------------------


@pytest.mark.parametrize(("provider", "secrets"), [("chatbot", "secretkey=k-123\n"), ("jsonwa", "apikey=k-123\n")])
def test_a_gateway_without_a_public_host_needs_base_url(cli: Cli, provider: str, secrets: str) -> None:
    args = ["--set", "waid=123"] if provider == "jsonwa" else []
    done = cli.run("account", "add", "shop", "--provider", provider, *args, "--secrets-stdin", stdin=secrets)
    assert done.returncode == 2, done.stdout
    assert "has no public address" in done.stderr
    assert lines(cli.run("account", "list", "--json")) == []


# -- a shop's name as it is written: "&" allowed, a name too long refused in plain words ----------------


def test_a_shop_name_with_an_ampersand_works_end_to_end(cli: Cli, wablas_url: str) -> None:
    assert add(cli, "Toko Maju & Jaya", wablas_url).returncode == 0
    listed = cli.run("account", "list", "--json")
    assert [row["name"] for row in lines(listed)] == ["Toko Maju & Jaya"]
    sent = cli.run("send", "--account", "Toko Maju & Jaya", "--to", "081234567890", "--text", "Halo", "--json")
    assert [row["status"] for row in lines(sent)] == ["accepted"]


def test_a_name_longer_than_the_limit_is_refused_not_cut(cli: Cli, wablas_url: str) -> None:
    done = add(cli, "Toko " + "Berkah " * 12 + "Jaya", wablas_url)
    assert done.returncode == 2
    assert "a name has at most 64 characters; this one has 93" in done.stderr
    assert "Traceback" not in done.stderr
    assert lines(cli.run("account", "list", "--json")) == []


# -- Windows Credential Manager holds at most 2,560 bytes of a key: one clear line, no half-made account ----------


def test_a_key_too_long_for_windows_credential_manager_is_refused_and_nothing_is_stored(
    cli: Cli, wablas_url: str
) -> None:
    windows = Cli(
        home=cli.home,
        keyring_file=cli.keyring_file,
        extra_env={"PYTHON_KEYRING_BACKEND": "tests.support.wadesk_test_keyring.WindowsVaultFileKeyring"},
    )
    long_token = "t" * 1300  # 2,600 bytes as Windows stores it
    done = add(windows, "shop", wablas_url, f"token={long_token}\nsecret_key=sim-wablas-secret\n")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "added" not in done.stdout
    [line] = done.stderr.splitlines()
    assert line == (
        "wadesk: Token (token) is too long for Windows Credential Manager: it has 1300 characters and at most "
        "1280 fit. Check that only the key was copied; nothing was saved"
    )
    assert lines(windows.run("account", "list", "--json")) == []
    assert not cli.keyring_file.exists() or json.loads(cli.keyring_file.read_text()) == {}
    assert add(windows, "shop", wablas_url).returncode == 0  # the right keys are taken at once, under the same name
    assert [row["name"] for row in lines(windows.run("account", "list", "--json"))] == ["shop"]
