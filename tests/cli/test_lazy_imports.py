"""A command loads only what it uses: ``account list`` no gateway's code, no Qt, no simulator, no HTTP client,
no phone-number library.

Each check runs wadesk's entry point in a fresh interpreter (as the ``wadesk`` command does) and looks at
what it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import Cli

# Runs ``wadesk ARGS…`` through the entry point, then writes the names of the imported modules to a file.
DRIVER = """
import json, sys
from wadesk.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""

ACCOUNTS = {  # provider -> (name, base URL, --set options, secrets)
    "wablas": ("Toko", "http://127.0.0.1:9/api", [], "token=t\nsecret_key=s\n"),
    "chatbot": ("Klinik", "http://127.0.0.1:9/chatbot", [], "secretkey=k\n"),
    "jsonwa": ("Kurir", "http://127.0.0.1:9/jsonwa", ["waid=6281300000001"], "apikey=k\n"),
    "wasender": ("Sekolah", "http://127.0.0.1:9/wasender", ["sender=6281300000001"], "api_key=k\n"),
    "wacloud": ("Warung", "http://127.0.0.1:9/wacloud", ["device_id=d1"], "api_key=k\n"),
}

# What listing accounts never needs.
NOT_FOR_LISTING = (
    "httpx",
    "aiohttp",
    "PySide6",
    "qasync",
    "segno",
    "openpyxl",
    "phonenumbers",
    "wadesk.simulator",
    "wadesk.ui",
    "wadesk.launch",
    "wadesk.demo",
    "wadesk.services.outbox",
    "wadesk.services.sending",
    "wadesk.services.poller",
    "wadesk.services.reports",
    "wadesk.services.contacts",
)


def run_wadesk(cli: Cli, tmp_path: Path, *args: str, stdin: str | None = None) -> tuple[int, list[str], str]:
    """Exit code, imported module names and standard output of ``wadesk ARGS…`` in a fresh interpreter."""
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(report), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli.env,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    seen = json.loads(report.read_text())
    return seen["code"], seen["modules"], done.stdout


def loaded(modules: list[str], package: str) -> list[str]:
    return [m for m in modules if m == package or m.startswith(package + ".")]


@pytest.mark.slow
def test_account_list_loads_no_gateway_code(cli: Cli, tmp_path: Path) -> None:
    for provider, (name, url, sets, secrets) in ACCOUNTS.items():
        options = [option for value in sets for option in ("--set", value)]
        added = cli.run(
            "account",
            "add",
            name,
            "--provider",
            provider,
            "--base-url",
            url,
            *options,
            "--secrets-stdin",
            stdin=secrets,
        )
        assert added.returncode == 0, added.stderr
    code, modules, out = run_wadesk(cli, tmp_path, "account", "list")
    assert code == 0
    assert [line.split()[:2] for line in out.splitlines()] == [
        ["Klinik", "Chatbot"],
        ["Kurir", "JSON"],
        ["Sekolah", "Wasender"],
        ["Toko", "Wablas"],
        ["Warung", "WACloud"],
    ]
    assert [m for m in loaded(modules, "wadesk.providers") if m != "wadesk.providers"] == ["wadesk.providers.registry"]
    for package in NOT_FOR_LISTING:
        assert loaded(modules, package) == [], package


@pytest.mark.slow
def test_adding_an_account_loads_only_its_gateway(cli: Cli, tmp_path: Path) -> None:
    code, modules, out = run_wadesk(
        cli,
        tmp_path,
        "account",
        "add",
        "Toko",
        "--provider",
        "wablas",
        "--base-url",
        "http://127.0.0.1:9/api",
        "--secrets-stdin",
        stdin="token=t\nsecret_key=s\n",
    )
    assert code == 0
    assert out.startswith("added account 'Toko' (Wablas, http://127.0.0.1:9/api)")
    gateways = {m.split(".")[2] for m in loaded(modules, "wadesk.providers") if m.count(".") >= 2}
    assert gateways - {"registry", "base", "http", "aio_transport", "values"} == {"wablas"}
    for package in ("PySide6", "aiohttp", "wadesk.simulator", "wadesk.ui"):
        assert loaded(modules, package) == [], package
