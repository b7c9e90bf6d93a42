"""The outbox from the command line: retrying failed messages, what ``outbox run`` tells, ``report --limit``,
and a location Wablas cannot send refused before anything goes out."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.support.cli import SIM_SECRETS, Cli, interrupt, lines_of, reap, start_simulator, wait_for
from wadesk.domain.models import OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.store import open_store
from wadesk.store.messages import Outcome

CHATBOT_SECRETS = "secretkey=sim-chatbot-secretkey\n"


@pytest.fixture
def chatbot(cli: Cli) -> Iterator[str]:
    """A Chatbot gateway whose phone is not paired (it refuses every send) and an account "shop" on it; its root."""
    proc, urls = start_simulator(cli, "--provider", "chatbot")
    try:
        done = cli.run(
            "account",
            "add",
            "shop",
            "--provider",
            "chatbot",
            "--base-url",
            urls["chatbot"],
            "--secrets-stdin",
            stdin=CHATBOT_SECRETS,
        )
        assert done.returncode == 0, done.stderr
        yield str(httpx.URL(urls["chatbot"]).copy_with(path="/")).rstrip("/")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def sim(root: str, path: str, body: str | None = None) -> None:
    httpx.post(root + path, content=body, timeout=10).raise_for_status()


def delivered(root: str) -> int:
    body = httpx.get(f"{root}/__sim/chatbot/delivered", timeout=10).json()
    return len(body if isinstance(body, list) else body.get("delivered", body.get("messages", [])))


def send(cli: Cli, *numbers: str) -> tuple[int, list[dict[str, object]]]:
    to = [arg for number in numbers for arg in ("--to", number)]
    done = cli.run("send", "--account", "shop", *to, "--text", "Halo", "--pace", "none", "--json")
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def test_a_refused_message_is_retried_once_the_cause_is_fixed(cli: Cli, chatbot: str) -> None:
    code, [row] = send(cli, "081234567890")
    assert code == 1 and row["status"] == "failed"  # the gateway refused it: the phone is not paired
    message_id = str(row["message_id"])
    again = cli.run("outbox", "send-again", message_id)
    assert again.returncode == 2 and "not uncertain" in again.stderr  # that is for uncertain messages

    still = cli.run("outbox", "retry", message_id)
    assert still.returncode == 1 and "failed" in still.stdout  # not fixed yet: refused again, still failed

    sim(chatbot, "/__sim/chatbot/scan")
    retried = cli.run("outbox", "retry", message_id, "--json")
    assert retried.returncode == 0, retried.stderr
    [result] = [json.loads(line) for line in retried.stdout.splitlines()]
    assert result["status"] == "accepted" and result["message_id"] == row["message_id"]
    assert delivered(chatbot) == 1

    twice = cli.run("outbox", "retry", message_id)
    assert twice.returncode == 2
    assert f"message {message_id} cannot be retried: the gateway has it (accepted)" in twice.stderr
    assert "nothing was retried" in twice.stderr and "Traceback" not in twice.stderr
    assert delivered(chatbot) == 1


def test_retry_names_what_it_will_not_retry_and_sends_nothing(cli: Cli, chatbot: str) -> None:
    sim(chatbot, "/__sim/faults", "drop_rate=1")  # the connection breaks after sending: uncertain
    _, [maybe] = send(cli, "081234567890")
    sim(chatbot, "/__sim/faults", "")
    _, [refused] = send(cli, "081234567891")  # not paired: failed
    assert (maybe["status"], refused["status"]) == ("uncertain", "failed")
    sim(chatbot, "/__sim/chatbot/scan")

    done = cli.run("outbox", "retry", str(refused["message_id"]), str(maybe["message_id"]), "999")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert f"message {maybe['message_id']} cannot be retried: it is uncertain" in lines[0]
    assert "message 999 cannot be retried: there is no such message" in lines[1]
    assert "nothing was retried" in lines[2] and "send-again" in lines[2]
    assert delivered(chatbot) == 0  # the refused one was not sent either: the command was refused as a whole

    neither = cli.run("outbox", "retry")
    assert neither.returncode == 2 and "--campaign" in neither.stderr
    unknown = cli.run("outbox", "retry", "--campaign", "42")
    assert unknown.returncode == 2 and "no campaign with id 42" in unknown.stderr


def test_a_campaign_is_retried_as_a_whole(cli: Cli, chatbot: str) -> None:
    code, rows = send(cli, "081234567890", "081234567891", "081234567892")
    assert code == 1 and {r["status"] for r in rows} == {"failed"}
    sim(chatbot, "/__sim/chatbot/scan")
    # Three "not connected" answers in a row paused the device's sending (tests/cli/test_sending_cli.py): resume it.
    assert cli.run("sending", "--account", "shop", "--resume").returncode == 0
    done = cli.run("outbox", "retry", "--campaign", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("accepted") == 3
    assert delivered(chatbot) == 3
    nothing = cli.run("outbox", "retry", "--campaign", "1")
    assert nothing.returncode == 0 and "no failed messages" in nothing.stdout


def test_campaign_pause_resume_and_cancel_say_what_they_did(cli: Cli, chatbot: str) -> None:
    code, _ = send(cli, "081234567890", "081234567891")
    assert code == 1  # refused: the phone is not paired; the campaign is there all the same
    paused = cli.run("campaign", "pause", "1")
    assert (paused.returncode, paused.stdout) == (0, "campaign 1 paused\n")
    resumed = cli.run("campaign", "resume", "1")
    assert resumed.returncode == 0
    assert resumed.stdout == (
        "campaign 1 active\nrun 'wadesk outbox run' (or keep the desktop app open) to continue sending\n"
    )
    cancelled = cli.run("campaign", "cancel", "1")
    assert (cancelled.returncode, cancelled.stdout) == (0, "campaign 1 cancelled\n")
    again = cli.run("campaign", "resume", "1")
    assert again.returncode == 2 and "campaign 1 was cancelled" in again.stderr and "Traceback" not in again.stderr


def test_outbox_run_counts_every_uncertain_message(cli: Cli, chatbot: str) -> None:
    sim(chatbot, "/__sim/chatbot/scan")
    sim(chatbot, "/__sim/faults", "drop_rate=1")
    code, rows = send(cli, "081234567890", "081234567891")
    assert code == 1 and {r["status"] for r in rows} == {"uncertain"}
    sim(chatbot, "/__sim/faults", "")

    done = cli.run("outbox", "run", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["uncertain"] == 2  # all that are uncertain now, not only those this run found
    assert summary["became_uncertain"] == 0
    human = cli.run("outbox", "run")
    assert "2 uncertain and 0 failed in the outbox" in human.stdout
    assert "2 message(s) may or may not have arrived" in human.stderr


def test_outbox_run_follow_tells_each_outcome_and_when_it_waits(cli: Cli, chatbot: str) -> None:
    sim(chatbot, "/__sim/chatbot/scan")
    sim(chatbot, "/__sim/faults", "rate_limit_rate=1,retry_after=1")  # 429: certainly not sent, stays queued
    code, [row] = send(cli, "081234567890")
    assert code == 1 and row["status"] == "queued"
    sim(chatbot, "/__sim/faults", "")

    follow = cli.popen("outbox", "run", "--follow")
    seen: list[str] = []
    try:
        assert follow.stderr is not None
        stderr = lines_of(follow.stderr)
        wait_for(stderr, f"message {row['message_id']} to 6281234567890: accepted", seen)
        wait_for(stderr, "waiting: nothing queued or scheduled", seen)
        interrupt(follow, stderr, seen)
    finally:
        reap(follow)
    assert follow.returncode == 130
    waits = [line for line in seen if line.startswith("waiting:")]
    assert waits[-1].startswith("waiting: nothing queued or scheduled")
    assert len(waits) <= 2  # at most once for the retry time, once when done: not a line per poll
    assert "Traceback" not in "".join(seen)


@pytest.mark.parametrize("limit", ["-5", "0", "many"])
def test_report_limit_must_be_a_positive_number(cli: Cli, limit: str) -> None:
    done = cli.run("report", "--no-refresh", "--limit", limit)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "--limit" in line and limit in line


def test_a_wablas_location_without_an_address_is_refused_before_sending(cli: Cli, wablas_url: str) -> None:
    done = cli.run(
        "account",
        "add",
        "shop",
        "--provider",
        "wablas",
        "--base-url",
        wablas_url,
        "--secrets-stdin",
        stdin=SIM_SECRETS,
    )
    assert done.returncode == 0, done.stderr
    bare = cli.run("send", "--account", "shop", "--to", "081234567890", "--location", "-6.2,106.8")
    assert bare.returncode == 2
    [line] = bare.stderr.splitlines()
    assert "Wablas" in line and "name and address" in line
    named = cli.run(
        "send", "--account", "shop", "--to", "081234567890", "--location", "-6.2,106.8", "--location-name", "Toko"
    )
    assert named.returncode == 2 and "Wablas needs the location's address" in named.stderr
    assert cli.run("report", "--no-refresh", "--json").stdout == ""  # nothing stored, nothing sent
    full = cli.run(
        "send",
        "--account",
        "shop",
        "--to",
        "081234567890",
        "--location",
        "-6.2,106.8",
        "--location-name",
        "Toko",
        "--location-address",
        "Jl. Sudirman 1",
    )
    assert full.returncode == 0, full.stderr


def test_a_long_outbox_listing_is_every_message_one_json_object_a_line(cli: Cli) -> None:
    """More messages than one page of the store: each listed once, in order, as stored; the text form too."""
    with open_store(cli.home) as store:
        account = store.accounts.add("shop", "wablas", "https://wablas.com/api")
        messages = [
            OutgoingMessage(f"m{n}", Recipient(f"62811{n:08d}"), text=f"Halo {n}\u0085")
            for n in range(1_234)  # more than a page of the store (1,000)
        ]
        rows = store.messages.add_many(account.id, messages)
        store.messages.mark_sending([rows[1].id])
        store.messages.record_outcomes([Outcome(rows[1].id, DeliveryStatus.FAILED, error="nomor tidak terdaftar")])
        stored = store.messages.list(newest_first=False)

    done = cli.run("outbox", "list", "--all", "--json")
    assert done.returncode == 0, done.stderr
    listed = [json.loads(line) for line in done.stdout.splitlines()]
    assert listed == [
        {
            "message_id": row.id,
            "provider_message_id": row.provider_message_id,
            "to": row.to.address,
            "status": row.status.value,
            "updated_at": row.updated_at.isoformat(),
            "error": row.error,
            "campaign_id": None,
            "hold": None,
            "scheduled_at": None,
            "text": row.body["text"],
        }
        for row in stored
    ]
    assert "\\u0085" in done.stdout.splitlines()[0]  # a C1 control character escaped, as every JSON line has it

    text = cli.run("outbox", "list")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) == len(stored)
    assert lines[1] == f"{rows[1].id:>6} {rows[1].to.address:<16} failed    nomor tidak terdaftar"
    assert lines[0] == f"{rows[0].id:>6} {rows[0].to.address:<16} queued    "
