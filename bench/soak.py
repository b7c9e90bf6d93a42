"""Fault soak: a campaign against a hostile gateway, the sender killed and restarted at random moments.

``wadesk simulator`` runs in its own process with every fault mixed in (500 errors, 502 HTML pages, 429s with
an odd ``Retry-After`` — 0, 1, 2 by turns —, answers cut in half, dropped connections, latency).  A campaign
(``wadesk send --to-csv``, ``--pace none``) starts it; then ``wadesk outbox run --follow`` (recovery + send) is
SIGKILLed and started again, round after round, at a random moment or while the gateway holds a request it
has already taken.  A last ``outbox run --follow`` runs until nothing is queued or sending.  Nothing is
resolved by hand.  Then the simulator's own delivery log is compared with the outbox and it prints:

- sent: messages the gateway got (by its delivery log);
- uncertain: messages wadesk could not know about (the gateway may or may not have them), left to the user;
- failed: messages wadesk failed, with the gateway's reason;
- lost: neither delivered nor uncertain nor failed with a reason (e.g. "accepted" but never received);
- doubled: messages the gateway got more than once;
- unsettled: messages still queued or sending when the last sender gave up (it waits up to 15 minutes);
- crashes: wadesk processes that ended with a traceback or an "unexpected error".

Gateways that cannot be asked about unfinished sends (all but Wablas) leave those ``uncertain`` after a kill,
and every gateway leaves ``uncertain`` what a 5xx page or a cut answer hid; ``uncertain > 0`` is expected.
The exit status is 1 when anything was lost, doubled or left unsettled, or a process crashed.

    python bench/soak.py [--count 1000] [--rounds 10] [--provider wablas] [--seed 1] [--faults "..."]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from wadesk.domain.status import DeliveryStatus
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.store import open_store

ROOT = Path(__file__).resolve().parents[1]
# tests.support.wadesk_test_keyring: a file keyring shared by the processes (never used by wadesk itself)
TEST_KEYRING = ROOT
FAULTS = "error_rate=0.02,html_5xx_rate=0.02,malformed_rate=0.02,drop_rate=0.02,rate_limit_rate=0.04,latency_ms=15"
ODD_RETRY_AFTER = (0, 1, 2)
CRASH_SIGNS = ("Traceback", "unexpected error")
MID_REQUEST_WAIT = 15.0  # seconds to wait for the gateway to hold a request before killing anyway
SETTLE_TIMEOUT = 900.0  # seconds the last sender may take once the kills are over


@dataclass
class Soak:
    home: Path
    env: dict[str, str]
    root: str = ""
    crashes: list[str] = field(default_factory=list)

    def wadesk(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "wadesk", *args], input=stdin, capture_output=True, text=True, env=self.env
        )
        self.check(f"wadesk {' '.join(args)}", done.stderr)
        return done

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "wadesk", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
        )

    def check(self, what: str, stderr: str) -> None:
        if any(sign in stderr for sign in CRASH_SIGNS):
            self.crashes.append(f"{what}: {stderr.strip()[-600:]}")

    def control(self, path: str, body: str | None = None) -> httpx.Response:
        response = httpx.post(self.root + path, content=body, timeout=10)
        response.raise_for_status()
        return response

    def held(self) -> int:
        return int(self.control("/__sim/hold?n=0").json()["held"])

    def delivered(self, provider: str) -> Counter[tuple[str, str]]:
        response = httpx.get(f"{self.root}/__sim/{provider}/delivered", timeout=30)
        response.raise_for_status()
        return Counter((str(to), str(text)) for to, text in response.json())


@contextmanager
def simulator(soak: Soak, provider: str) -> Iterator[dict[str, str]]:
    """``wadesk simulator --provider P`` in its own process; the client settings its banner prints."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "wadesk", "simulator", "--provider", provider, "--port", "0", "--step", "0.5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=soak.env,
    )
    assert proc.stdout is not None
    settings: dict[str, str] = {}
    for line in proc.stdout:
        match = re.match(rf"{provider}\s+base URL (\S+)\s*(.*)", line)
        if match:
            settings = {"base_url": match.group(1), **dict(p.split("=", 1) for p in match.group(2).split())}
            break
    if not settings:
        proc.kill()
        raise SystemExit(f"the simulator did not start: {proc.communicate()[1]}")
    soak.root = str(httpx.URL(settings["base_url"]).copy_with(path="/")).rstrip("/")
    try:
        yield settings
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
        soak.check("wadesk simulator", err)


def add_account(soak: Soak, provider: str, settings: dict[str, str]) -> None:
    secret_names = {f.name for f in provider_info(provider).settings.secret_fields}
    plain = [f"--set={k}={v}" for k, v in settings.items() if k != "base_url" and k not in secret_names]
    secrets = "".join(f"{k}={v}\n" for k, v in settings.items() if k in secret_names)
    done = soak.wadesk(
        "account", "add", "soak", "--provider", provider, "--base-url", settings["base_url"], *plain,
        "--secrets-stdin", stdin=secrets,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"could not add the account: {done.stderr.strip()}")
    # a paired phone, and no quota in the way (where the simulated gateway has these)
    for path in (f"/__sim/{provider}/scan", f"/__sim/{provider}/quota?value=unlimited"):
        with suppress(httpx.HTTPStatusError):
            soak.control(path)


def write_recipients(path: Path, count: int) -> None:
    numbers = (n for n in range(10_001, 10**8) if n % 10_000)  # a number ending in 0000 is not on WhatsApp
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["phone", "name"])
        for index, number in zip(range(count), numbers, strict=False):
            writer.writerow([f"0812{number:08d}", f"Pelanggan {index}"])


def kill_round(soak: Soak, rng: random.Random, args: tuple[str, ...], mid_request: bool) -> str:
    """Start ``wadesk ARGS`` and SIGKILL it mid-request (the gateway holds one it took) or at a random moment."""
    if mid_request:
        soak.control("/__sim/hold?n=1")
    proc = soak.start(*args)
    started = time.monotonic()
    deadline = started + (MID_REQUEST_WAIT if mid_request else rng.uniform(0.3, 4.0))
    caught = False
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if mid_request and soak.held() > 0:
                caught = True
                break
            time.sleep(0.05)
        ended_itself = proc.poll() is not None
        if not ended_itself:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
        soak.control("/__sim/release")
    soak.check(f"wadesk {' '.join(args)}", err)
    how = "ended by itself" if ended_itself else ("killed mid-request" if caught else "killed")
    return f"{how} after {time.monotonic() - started:.1f} s"


def settle(soak: Soak) -> float:
    """Run ``outbox run --follow`` until nothing is queued or sending, then stop it politely."""
    store = open_store(soak.home)
    proc = soak.start("outbox", "run", "--follow")
    started = time.monotonic()
    try:
        calm = 0
        while time.monotonic() < started + SETTLE_TIMEOUT and proc.poll() is None:
            counts = store.messages.count_by_status()
            busy = counts[DeliveryStatus.QUEUED] + counts[DeliveryStatus.SENDING] + counts[DeliveryStatus.SCHEDULED]
            calm = calm + 1 if busy == 0 else 0
            if calm >= 3:
                break
            time.sleep(0.5)
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
        store.close()
    soak.check("wadesk outbox run --follow (last)", err)
    return time.monotonic() - started


def tally(soak: Soak, provider: str) -> dict[str, int]:
    store = open_store(soak.home)
    try:
        rows = store.messages.list(newest_first=False)
    finally:
        store.close()
    got = soak.delivered(provider)
    counts = Counter[str]()
    for row in rows:
        key = (row.to.address, str(row.body.get("text")))
        if got[key] > 1:
            counts["doubled"] += 1
        if row.status is DeliveryStatus.UNCERTAIN:
            counts["uncertain"] += 1
        elif row.status is DeliveryStatus.FAILED and row.error:
            counts["failed"] += 1
        elif got[key] == 0:
            counts["lost"] += 1  # neither received, nor left to the user, nor failed with a reason
        if row.status in (DeliveryStatus.QUEUED, DeliveryStatus.SENDING, DeliveryStatus.SCHEDULED):
            counts["unsettled"] += 1  # the last sender stopped before it had an answer for it
    counts["sent"] = sum(1 for row in rows if got[(row.to.address, str(row.body.get("text")))] > 0)
    counts["messages"] = len(rows)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="recipients in the campaign (default 1000)")
    parser.add_argument("--rounds", type=int, default=10, help="kill/restart rounds after the first send (default 10)")
    parser.add_argument("--provider", default="wablas", choices=provider_ids())
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--faults", default=FAULTS, help=f"the simulator's faults (default {FAULTS})")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="wadesk-soak-") as folder:
        base = Path(folder)
        env = {
            **os.environ,
            "WADESK_HOME": str(base / "home"),
            "PYTHON_KEYRING_BACKEND": "tests.support.wadesk_test_keyring.FileKeyring",
            "WADESK_TEST_KEYRING": str(base / "keyring.json"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(TEST_KEYRING), os.environ.get("PYTHONPATH", "")) if p),
        }
        soak = Soak(base / "home", env)
        csv_file = base / "recipients.csv"
        write_recipients(csv_file, args.count)
        began = time.monotonic()
        with simulator(soak, args.provider) as settings:
            add_account(soak, args.provider, settings)
            print(f"soak: {args.provider}, {args.count:,} recipients, faults {args.faults}, seed {args.seed}")
            send = ("send", "--account", "soak", "--to-csv", str(csv_file), "--text", "Halo {name}", "--pace", "none")
            for number in range(args.rounds + 1):
                retry_after = ODD_RETRY_AFTER[number % len(ODD_RETRY_AFTER)]
                soak.control("/__sim/faults", f"{args.faults},retry_after={retry_after},seed={args.seed + number}")
                command = send if number == 0 else ("outbox", "run", "--follow")
                how = kill_round(soak, rng, command, mid_request=number == 0 or rng.random() < 0.5)
                so_far = sum(soak.delivered(args.provider).values())
                print(f"  round {number:>2}: wadesk {' '.join(command[:2])} {how}; the gateway has {so_far:,}")
            took = settle(soak)
            print(f"  last sender: done in {took:.1f} s")
            figures = tally(soak, args.provider)
        took = time.monotonic() - began
        print(f"{args.provider}: {figures['messages']:,} messages, {args.rounds + 1} kill/restart rounds, {took:.0f} s")
        for name in ("sent", "uncertain", "failed", "lost", "doubled", "unsettled"):
            print(f"  {name:<10} {figures[name]:>6,}")
        print(f"  {'crashes':<10} {len(soak.crashes):>6,}")
        for crash in soak.crashes:
            print(f"    {crash}")
    bad = figures["lost"] or figures["doubled"] or figures["unsettled"] or soak.crashes
    bad = bad or figures["messages"] != args.count
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
