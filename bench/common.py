"""What the bench scripts share: the simulator in its own process, a measured run, the line each script prints.

Every script in ``bench/`` measures one thing wadesk does and a baseline *in the same run* and prints both with
their ratio (``report``), so a figure taken on a busy or slow machine still says something.  Nothing here is
asserted; the figures are for reading.

Run a script from the project's root with the project's interpreter, e.g. ``.venv/bin/python bench/send_wablas.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as ``python bench/x.py`` from anywhere
    sys.path.insert(0, str(ROOT))

# The simulator's fixed credentials (``wadesk simulator`` prints them too).
SIM_SECRETS: dict[str, dict[str, str]] = {
    "wablas": {"token": "sim-wablas-token", "secret_key": "sim-wablas-secret"},
    "chatbot": {"secretkey": "sim-chatbot-secretkey"},
}


@dataclass
class Simulator:
    """A ``wadesk simulator`` process: each provider's base URL, and its ``/__sim`` root."""

    urls: dict[str, str]
    root: str

    def post(self, path: str, content: str = "") -> None:
        """``POST /__sim/<path>`` (e.g. ``faults`` with ``latency_ms=50``)."""
        httpx.post(f"{self.root}/__sim/{path}", content=content).raise_for_status()

    def requests(self) -> int:
        """How many requests the simulator has answered so far (its own count)."""
        answer = httpx.get(f"{self.root}/__sim/requests")
        answer.raise_for_status()
        return int(answer.json()["total"])


@contextmanager
def simulator(*args: str) -> Iterator[Simulator]:
    """``wadesk simulator`` in its own process (so the CPU time a script measures is wadesk's own).

    The Chatbot device is paired and Wablas's quota lifted, so every provider sends at once.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "wadesk", "simulator", "--port", "0", *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    urls = {}
    for line in proc.stdout:
        match = re.match(r"(\w+)\s+base URL (\S+)", line)
        if match:
            urls[match.group(1)] = match.group(2)
        if "Ctrl+C" in line:
            break
    try:
        root = str(httpx.URL(urls["wablas"]).copy_with(path="/")).rstrip("/")
        sim = Simulator(urls, root)
        sim.post("chatbot/scan")
        httpx.post(f"{root}/__sim/wablas/quota?value=unlimited").raise_for_status()
        yield sim
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class Measured:
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU


@contextmanager
def measure() -> Iterator[Measured]:
    """Wall and CPU time of the ``with`` body (filled in when it ends)."""
    measured = Measured(0.0, 0.0)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield measured
    finally:
        measured.wall, measured.cpu = time.perf_counter() - wall, time.process_time() - cpu


Contenders = Callable[[int], Sequence[tuple[str, Awaitable[Measured]]]]


async def best_of(rounds: int, contenders: Contenders) -> dict[str, Measured]:
    """Run round ``n``'s contenders (``contenders(n)``, name and run) in turn, ``rounds`` times; the fastest round
    of each by name (the machine may be shared, so the best round says most about the code)."""
    best: dict[str, Measured] = {}
    for n in range(rounds):
        for name, run in contenders(n):
            measured = await run
            if name not in best or measured.wall < best[name].wall:
                best[name] = measured
    return best


def per_message(best: dict[str, Measured], count: int) -> tuple[dict[str, float], dict[str, float]]:
    """Messages per second and milliseconds of CPU per message, by contender."""
    return (
        {name: count / m.wall for name, m in best.items()},
        {name: m.cpu * 1000 / count for name, m in best.items()},
    )


def peak_rss_mib(command: list[str], *, stdin: str | None = None) -> tuple[float, int, str]:
    """Run ``command`` to its end: its own peak resident memory in MiB, its exit code and its output."""
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(
            command,
            cwd=ROOT,
            text=True,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        )
        if stdin is not None:
            assert proc.stdin is not None
            proc.stdin.write(stdin)
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not the most any child used
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
        return usage.ru_maxrss / scale, proc.returncode, out.read()


def report(what: str, wadesk: float, baseline: float, unit: str, *, target: str = "", higher_is_better: bool) -> None:
    """One result line: wadesk's figure, the baseline's from the same run, their ratio, and the target."""
    ratio = wadesk / baseline if baseline else float("inf")
    better = "higher is better" if higher_is_better else "lower is better"
    print(f"{what}: wadesk {wadesk:,.2f} {unit} · baseline {baseline:,.2f} {unit} · ratio {ratio:.2f}× ({better})")
    if target:
        print(f"  target: {target}")
