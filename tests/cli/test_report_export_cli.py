"""``wadesk report export FILE``: the stored history (or what --status, --campaign, --search choose) to a file."""

from __future__ import annotations

import csv
import json

import pytest

from tests.support.cli import Cli
from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import open_store

pytestmark = pytest.mark.slow


def test_report_export_writes_the_chosen_messages(cli: Cli) -> None:
    with open_store(cli.home) as store:
        account = store.accounts.add("shop", "wablas")
        [_, b, _] = store.messages.add_many(
            account.id,
            [OutgoingMessage(f"m{n}", Recipient(f"6281234567{n:03d}"), text=f"promo {n}") for n in range(3)],
        )
        store.messages.apply_update(b.id, DeliveryStatus.FAILED, note="number not on WhatsApp")

    target = cli.home.parent / "failed.csv"
    done = cli.run("report", "export", str(target), "--status", "failed", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"file": str(target), "messages": 1}
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["Time", "Number"]
    assert [(row[1], row[7]) for row in rows[1:]] == [(b.to.address, "Failed")]

    everything = cli.run("report", "export", str(cli.home.parent / "all.xlsx"))
    assert everything.returncode == 0 and "3 message(s) written to" in everything.stdout

    wrong = cli.run("report", "export", str(target), "--status", "lost")
    assert wrong.returncode == 2 and "--status 'lost'" in wrong.stderr
    missing = cli.run("report", "export")
    assert missing.returncode == 2 and "give the file to write" in missing.stderr
