"""Reading a recipients sheet: rows per second for a CSV of 100,000 customers (phone validation included).

python bench/recipients_csv.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from wadesk.services.recipients_csv import read_recipients


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory(prefix="wadesk-bench-") as folder:
        path = Path(folder) / "customers.csv"
        lines = ["nama;nomor;kota"] + [f"Pelanggan {n};0812{n:08d};Kota {n % 50}" for n in range(rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started, cpu = time.perf_counter(), time.process_time()
        table = read_recipients(path)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{len(table.rows) + len(table.errors):,} rows in {elapsed:.2f} s ({rows / elapsed:,.0f} rows/s)")
    print(f"CPU {cpu * 1e6 / rows:.1f} µs a row")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
