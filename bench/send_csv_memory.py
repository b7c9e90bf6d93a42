"""Peak memory of ``wadesk send --to-csv`` with 100,000 recipients, against ``wadesk account list`` in the same run.

Both run as their own process (``peak_rss_mib``: the child's own peak resident memory) in a throwaway data folder
with one Chatbot account on the simulator.  So that nothing is sent, the send is a schedule a year ahead, which
wadesk holds (``--at``; the Chatbot gateway has no scheduler of its own, so nothing is handed over either): the
whole plan is made (every row read, rendered, checked, the finish estimated) and every message stored, then the
command returns.  ``now`` sends them to the simulator instead
(``--pace none``), which measures the dispatch as well and takes longer.

python bench/send_csv_memory.py [ROWS] [now]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import ROOT, SIM_SECRETS, peak_rss_mib, report, simulator


def main(rows: int, now: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder, simulator() as sim:
        home = Path(folder)
        os.environ.update(
            WADESK_HOME=str(home / "home"),
            PYTHON_KEYRING_BACKEND="tests.support.wadesk_test_keyring.FileKeyring",  # a keyring in a file
            WADESK_TEST_KEYRING=str(home / "keyring.json"),
            PYTHONPATH=str(ROOT),
        )
        wadesk = [sys.executable, "-m", "wadesk"]
        secrets = "".join(f"{key}={value}\n" for key, value in SIM_SECRETS["chatbot"].items())
        add = [*wadesk, "account", "add", "shop", "--provider", "chatbot", "--base-url", sim.urls["chatbot"]]
        _, code, out = peak_rss_mib([*add, "--secrets-stdin"], stdin=secrets)
        assert code == 0, out
        csv = home / "customers.csv"
        with csv.open("w", encoding="utf-8") as out:  # line by line: this process stays small (see outbox_list.py)
            out.write("nama;nomor;kota\n")
            out.writelines(f"Pelanggan {n};0812{n:08d};Kota {n % 50}\n" for n in range(rows))

        baseline, code, out = peak_rss_mib([*wadesk, "account", "list"])
        assert code == 0, out
        send = [*wadesk, "send", "--account", "shop", "--to-csv", str(csv), "--text", "Halo {nama} di {kota}"]
        if now:
            send += ["--pace", "none"]
        else:
            at = datetime.now(UTC) + timedelta(days=365)
            send += ["--at", f"{at:%Y-%m-%d %H:%M}", "--tz", "UTC", "--pace", "none"]
        peak, code, out = peak_rss_mib(send)
        assert code == 0, out[-2000:]
    how = "sent to the simulator" if now else "scheduled a year ahead, held by wadesk"
    report(
        f"send --to-csv {rows:,} rows ({how}), peak RSS vs account list",
        peak,
        baseline,
        "MiB",
        target="< 150 MiB, streaming",
        higher_is_better=False,
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(int(args[0]) if args and args[0].isdigit() else 100_000, "now" in args)
