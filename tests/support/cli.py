"""Run wadesk as a user would: a real process, its own WADESK_HOME and keyring."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

REPO = Path(__file__).resolve().parents[2]  # the checkout: its tests package holds the test keyring
SIM_SECRETS = "token=sim-wablas-token\nsecret_key=sim-wablas-secret\n"  # the Wablas simulator's keys


@dataclass
class Cli:
    home: Path
    keyring_file: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "WADESK_HOME": str(self.home),
            "PYTHON_KEYRING_BACKEND": "tests.support.wadesk_test_keyring.FileKeyring",
            "WADESK_TEST_KEYRING": str(self.keyring_file),
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
            "PYTHONUNBUFFERED": "1",
            **self.extra_env,
        }

    def run(self, *args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wadesk", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
            check=False,
        )

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "wadesk", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            preexec_fn=_ctrl_c_as_in_a_terminal if os.name == "posix" else None,
        )


def _ctrl_c_as_in_a_terminal() -> None:
    """A test run started as a background job ('cmd &', some CI runners) hands its children SIGINT ignored;
    the tests that press Ctrl+C (send SIGINT) need it as a terminal would deliver it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_simulator(cli: Cli, *args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Start ``wadesk simulator`` on a free port; return the process and each provider's base URL.

    Pass ``--manual-clock`` for a gateway whose time stands still until ``advance_clock`` moves it.
    """
    proc = cli.popen("simulator", "--port", "0", *args)
    assert proc.stdout is not None
    urls: dict[str, str] = {}
    for line in proc.stdout:
        match = re.match(r"\s*(\w+)\s+base URL (\S+)", line)
        if match:
            urls[match.group(1)] = match.group(2)
        if "serving" in line.lower() or "ctrl+c" in line.lower():
            break
    if not urls:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise RuntimeError(f"the simulator did not start: {err}")
    return proc, urls


def sim_root(base_url: str) -> str:
    """``http://HOST:PORT`` of a simulator, from any of its base URLs (where ``/__sim/…`` lives)."""
    return str(httpx.URL(base_url).copy_with(path="/", query=None)).rstrip("/")


def sim_clock(root: str) -> dict[str, Any]:
    """The simulator's ``GET /__sim/clock``: ``now`` (Unix seconds), ``manual``, ``step_seconds``."""
    response = httpx.get(f"{root}/__sim/clock", timeout=10)
    response.raise_for_status()
    return dict(response.json())


def advance_clock(root: str, seconds: float) -> float:
    """Move a ``--manual-clock`` simulator's time forward; its new time (Unix seconds)."""
    response = httpx.post(f"{root}/__sim/clock", params={"advance": str(seconds)}, timeout=10)
    response.raise_for_status()
    return float(response.json()["now"])


def lines_of(stream: IO[str]) -> queue.Queue[str | None]:
    """The stream's lines as they come, then ``None``; read on a thread, so that a test can wait with a deadline."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def wait_for(lines: queue.Queue[str | None], text: str | None, seen: list[str], timeout: float = 60.0) -> None:
    """Collect lines into ``seen`` until one contains ``text`` (``None``: until the stream ends)."""
    deadline = time.monotonic() + timeout
    while text is None or not any(text in line for line in seen):
        line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        if line is None:
            assert text is None, f"the stream ended without {text!r}: {seen}"
            return
        seen.append(line)


def interrupt(process: subprocess.Popen[str], lines: queue.Queue[str | None], seen: list[str]) -> None:
    """Ctrl+C, as a terminal delivers it; collect what it still says into ``seen`` and let it end."""
    process.send_signal(signal.SIGINT)
    wait_for(lines, None, seen)
    process.wait(timeout=30)


def reap(process: subprocess.Popen[str]) -> None:
    """Make sure ``process`` has ended (killed if a failed test left it running) and its pipes are closed."""
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=10)
