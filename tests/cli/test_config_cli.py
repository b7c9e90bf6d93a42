"""``wadesk config`` as a user runs it, and the settings' defaults where the command line uses them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import SIM_SECRETS, Cli


def test_config_set_get_list_unset(cli: Cli) -> None:
    listed = cli.run("config", "list")
    assert listed.returncode == 0, listed.stderr
    assert "region" in listed.stdout and "ID  (default)" in listed.stdout
    done = cli.run("config", "set", "region", "my")
    assert (done.returncode, done.stdout.strip()) == (0, "region = MY")
    assert cli.run("config", "get", "region").stdout.strip() == "MY"
    rows = {row["key"]: row for row in map(json.loads, cli.run("config", "list", "--json").stdout.splitlines())}
    assert rows["region"]["value"] == "MY" and rows["region"]["set"] is True and rows["region"]["default"] == "ID"
    assert rows["poll_min_seconds"]["value"] == 10 and rows["pace"]["label"]
    assert json.loads((cli.home / "settings.json").read_text()) == {"region": "MY"}
    assert cli.run("config", "unset", "region").returncode == 0
    assert cli.run("config", "get", "region").stdout.strip() == "ID"


def test_an_unknown_key_or_a_wrong_value_exits_2_and_writes_nothing(cli: Cli) -> None:
    assert cli.run("config", "set", "pace", "normal").returncode == 0
    before = (cli.home / "settings.json").read_bytes()
    for argv in (("set", "colour", "blue"), ("get", "colour"), ("set", "pace", "turbo"), ("set", "region", "XX")):
        done = cli.run("config", *argv)
        assert done.returncode == 2, argv
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith(f"wadesk: {argv[1]}: ")
    assert "use safe, normal" in cli.run("config", "set", "pace", "turbo").stderr
    assert (cli.home / "settings.json").read_bytes() == before


def test_a_broken_settings_file_is_said_once_and_the_defaults_are_used(cli: Cli) -> None:
    cli.home.mkdir(parents=True)
    (cli.home / "settings.json").write_text("{region: MY")
    done = cli.run("config", "get", "region")
    assert (done.returncode, done.stdout.strip()) == (0, "ID")
    assert done.stderr.count("\n") == 1 and "settings.json is not valid JSON" in done.stderr
    assert (cli.home / "settings.json").read_text() == "{region: MY"
    done = cli.run("config", "set", "region", "SG")
    assert done.returncode == 0 and "kept as" in done.stderr
    assert (cli.home / "settings.json.broken").read_text() == "{region: MY"
    assert cli.run("config", "get", "region").stderr == ""


def test_contacts_import_reads_local_numbers_in_the_default_region(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "book.csv"
    book.write_text("phone,name\n012-345 6789,Siti\n")
    assert cli.run("config", "set", "region", "MY").returncode == 0
    done = cli.run("contacts", "import", str(book))
    assert done.returncode == 0, done.stderr
    [contact] = map(json.loads, cli.run("contacts", "list", "--json").stdout.splitlines())
    assert contact["number"] == "60123456789"


def test_send_uses_the_default_region_and_pace_when_none_is_given(cli: Cli, wablas_url: str) -> None:
    assert cli.run("account", "add", "shop", "--provider", "wablas", "--base-url", wablas_url, "--secrets-stdin",
                   stdin=SIM_SECRETS).returncode == 0  # fmt: skip
    assert cli.run("config", "set", "pace", "normal").returncode == 0
    assert cli.run("config", "set", "region", "MY").returncode == 0
    done = cli.run(
        "send", "--account", "shop", "--to", "012-345 6789", "--to", "012-345 6780", "--text", "Halo",
        "--at", "2099-01-01 10:00", "--tz", "Asia/Kuala_Lumpur", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {row["to"] for row in map(json.loads, done.stdout.splitlines())} == {"60123456789", "60123456780"}
    [campaign] = map(json.loads, cli.run("campaign", "list", "--json").stdout.splitlines())
    assert campaign["pace"].startswith("min=8,max=15,")  # the normal preset, not safe (min=30)
