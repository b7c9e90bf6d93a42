"""The command line on a hostile disk: read-only or full folders, unwritable logs, damaged files, odd input.

Each case runs ``wadesk`` as a real process.  Read-only and full file systems
are made for real: as root, in a private mount namespace (``unshare --mount``:
a read-only bind mount, a tiny tmpfs) that vanishes with the process; as
another user, with ``chmod`` or a user namespace where the system allows one.
A case the machine cannot stage is skipped, saying why.
"""

from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import Cli
from wadesk.store import FILENAME

pytestmark = pytest.mark.slow

ROOT = os.name == "posix" and os.geteuid() == 0


def clean(done: subprocess.CompletedProcess[str]) -> None:
    """No traceback, no logging error, nothing but wadesk's own lines on stderr."""
    assert "Traceback" not in done.stderr, done.stderr
    assert "Logging error" not in done.stderr, done.stderr
    assert "unexpected error" not in done.stderr, done.stderr
    assert all(line.startswith("wadesk: ") for line in done.stderr.splitlines()), done.stderr


@functools.cache
def namespace_prefix() -> list[str] | None:
    """``unshare`` arguments giving a private mount namespace where mounts are allowed, or ``None``."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return None
    prefix = ["unshare", "--mount", "--propagation", "private"]
    if not ROOT:
        prefix = ["unshare", "--user", "--map-root-user", "--mount"]
    with tempfile.TemporaryDirectory() as where:
        probe = subprocess.run([*prefix, "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", where], capture_output=True)
    return prefix if probe.returncode == 0 else None


def in_namespace(cli: Cli, script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell ``script`` in a private mount namespace; ``$WADESK`` in it is the wadesk command."""
    prefix = namespace_prefix()
    if prefix is None:
        pytest.skip("no private mount namespace here (needs Linux with unshare, as root or with user namespaces)")
    wadesk = f"{shlex.quote(sys.executable)} -m wadesk"
    return subprocess.run(
        [*prefix, "sh", "-c", script],
        capture_output=True,
        text=True,
        env={**cli.env, "WADESK": wadesk},
        timeout=120,
        check=False,
    )


def sections(output: str) -> list[str]:
    """A namespace script's output split at its ``=== rc N`` lines, with each command's exit status last."""
    return output.split("=== ")


@pytest.fixture
def used(cli: Cli) -> Cli:
    """A data folder with its database, as after a first run."""
    done = cli.run("contacts", "list")
    assert done.returncode == 0, done.stderr
    assert (cli.home / FILENAME).is_file()
    return cli


# -- 7. read-only or full data folder ----------------------------------------------------


def test_a_read_only_data_folder_is_one_line_and_exit_1(used: Cli) -> None:
    home = shlex.quote(str(used.home))
    if ROOT or namespace_prefix() is not None:
        done = in_namespace(
            used, f"mount --bind {home} {home} && mount -o remount,bind,ro {home} && exec $WADESK account list"
        )
    else:
        used.home.chmod(0o500)
        try:
            done = used.run("account", "list")
        finally:
            used.home.chmod(0o700)
    assert done.returncode == 1, done.stderr
    clean(done)
    database, folder = used.home / FILENAME, used.home
    assert done.stderr == f"wadesk: cannot write the database {database}: the data folder {folder} is read-only\n"


def test_only_the_log_unwritable_and_the_command_still_runs(used: Cli) -> None:
    log = used.home / "logs" / "wadesk.log"
    log.unlink(missing_ok=True)
    log.mkdir(parents=True)  # a folder where the file should be: unwritable even for root
    done = used.run("--verbose", "account", "list")
    assert done.returncode == 0, done.stderr
    clean(done)
    assert done.stderr.count("cannot write the log") == 1
    assert str(log) in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_full_log_is_one_warning_not_a_traceback_per_line(used: Cli) -> None:
    log = used.home / "logs" / "wadesk.log"
    log.parent.mkdir(exist_ok=True)
    log.unlink(missing_ok=True)
    log.symlink_to("/dev/full")
    done = used.run("--verbose", "account", "list")
    assert done.returncode == 0, done.stderr
    clean(done)
    assert done.stderr == (
        f"wadesk: warning: cannot write the log {log} (No space left on device); going on without it\n"
    )


def test_a_full_disk_while_importing(used: Cli, tmp_path: Path) -> None:
    big = tmp_path / "besar.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write("phone,name,notes\n")
        for n in range(20_000):
            out.write(f"0812{n:08d},Pelanggan {n},{'catatan ' * 12}\n")
    small = tmp_path / "kecil.csv"
    small.write_text("phone,name\n081234567890,Budi\n", encoding="utf-8")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    q = shlex.quote
    script = f"""
        export WADESK_HOME={q(str(fresh / "home"))}
        mount -t tmpfs -o size=1m tmpfs {q(str(fresh))} || exit 99
        $WADESK account list; echo "=== rc $?"
        $WADESK --verbose contacts import {q(str(big))}; echo "=== rc $?"
        $WADESK contacts import {q(str(small))}; echo "=== rc $?"
        $WADESK contacts list; echo "=== rc $?"
    """
    done = in_namespace(used, script)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    full = f"wadesk: the disk holding {fresh / 'home'} is full: wadesk cannot write its database; free some space"
    assert lines == [full]
    statuses = [part.split()[1] for part in sections(done.stdout)[1:]]
    assert statuses == ["0", "1", "0", "0"]  # nothing half-written: the next commands work
    assert "6281234567890    Budi" in done.stdout


# -- 8. the user's own input is never an "unexpected error" ---------------------------------


def test_a_broken_workbook_is_invalid_input(used: Cli, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["nama", "hp"])
    sheet.append(["Budi", "081234567890"])
    good = tmp_path / "good.xlsx"
    workbook.save(good)
    broken = tmp_path / "rusak.xlsx"
    data = bytearray(good.read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + 60
    data[at : at + 40] = b"\xff" * 40
    broken.write_bytes(bytes(data))
    send = ["send", "--account", "x", "--to-csv", str(broken), "--text", "hi"]
    for args in (["contacts", "import", str(broken)], send):
        done = used.run(*args)
        clean(done)
        assert done.returncode == 2, done.stderr
    done = used.run("contacts", "import", str(broken))
    assert done.stderr == "wadesk: rusak.xlsx is not a readable Excel workbook (.xlsx)\n"


def test_a_damaged_database_says_so_and_where_the_backups_are(used: Cli) -> None:
    used.run("contacts", "list")  # a second opening: the day's backup
    path = used.home / FILENAME
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xa5" * size)
    done = used.run("contacts", "list")
    assert done.returncode == 1
    clean(done)
    assert done.stderr.startswith(f"wadesk: the database {path} is damaged (")
    assert f"wadesk keeps daily copies in {used.home / 'backups'}" in done.stderr
    assert done.stderr.count("\n") == 1


def test_an_emptied_database_is_not_started_over(used: Cli) -> None:
    (used.home / FILENAME).write_bytes(b"")
    done = used.run("account", "list")
    assert done.returncode == 1
    clean(done)
    assert "is empty (0 bytes)" in done.stderr
    assert (used.home / FILENAME).stat().st_size == 0


def test_a_recipient_file_over_the_limit(used: Cli, tmp_path: Path) -> None:
    huge = tmp_path / "semua.csv"
    with huge.open("wb") as out:
        out.truncate(60_000_000)
    done = used.run("contacts", "import", str(huge))
    assert done.returncode == 2
    clean(done)
    assert done.stderr == (
        "wadesk: semua.csv is 60 MB; wadesk reads recipient files of up to 50 MB and 100,000 rows: split it\n"
    )


# -- 10. control characters and encodings ---------------------------------------------------


def test_control_characters_in_names_never_reach_the_terminal(used: Cli, tmp_path: Path) -> None:
    names = tmp_path / "nama.csv"
    names.write_text(
        "phone,name\n081234567890,\x1b[2J\x1b]0;pwned\x07Budi\n081311112222,Ani\x9b31m Merah\r\n", encoding="utf-8"
    )
    done = used.run("contacts", "import", str(names))
    assert done.returncode == 0, done.stderr
    listed = used.run("contacts", "list")
    assert "\x1b" not in listed.stdout and "\x9b" not in listed.stdout and "\x07" not in listed.stdout
    assert "[2J]0;pwnedBudi" in listed.stdout
    as_json = used.run("contacts", "list", "--json")
    assert "\x1b" not in as_json.stdout and "\x9b" not in as_json.stdout
    assert "\\u009b" in as_json.stdout  # the data is kept, escaped
    by_phone = {row["number"]: row["name"] for row in map(json.loads, as_json.stdout.splitlines())}
    assert by_phone["6281311112222"] == "Ani\x9b31m Merah"


def test_a_mixed_encoding_file_is_read_right_and_said(used: Cli, tmp_path: Path) -> None:
    mixed = tmp_path / "gabungan.csv"
    mixed.write_bytes(b"phone;name\n081234567890;Jos\xc3\xa9\n081311112222;Ren\xe9\n")
    done = used.run("contacts", "import", str(mixed))
    assert done.returncode == 0, done.stderr
    assert "wadesk: note: gabungan.csv mixes two encodings: 1 row(s) (3) were read as Windows-1252" in done.stderr
    listed = used.run("contacts", "list").stdout
    assert "José" in listed and "René" in listed and "Ã" not in listed


class _HostileGateway(BaseHTTPRequestHandler):
    """Answers like Wablas, with terminal escapes in every text it returns."""

    def do_GET(self) -> None:
        body = {
            "status": True,
            "data": {"serial": "\x1b]0;owned\x07dev\x1b[2J", "status": "connected", "sender": "62812\x9b31m"},
        }
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def hostile_gateway() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostileGateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()


def test_gateway_text_is_printed_without_its_control_characters(used: Cli, hostile_gateway: str) -> None:
    added = used.run(
        "account", "add", "toko", "--provider", "wablas", "--base-url", hostile_gateway, "--secrets-stdin",
        stdin="token=t0ken-123\nsecret_key=s3cret-456\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    done = used.run("account", "test", "toko")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "device ]0;owneddev[2J: connected, number 6281231m\n"
