"""``wadesk send`` prints the plan's warnings (what may get the number banned) on stderr and sends anyway."""

from __future__ import annotations

import json

from tests.cli.test_wablas_end_to_end import add_shop
from tests.support.cli import Cli


def test_the_same_text_to_everyone_and_a_link_in_a_first_message_are_warned_about_and_sent(
    cli: Cli, wablas_url: str
) -> None:
    add_shop(cli, wablas_url)
    to = ["--to", "081234567890", "--to", "+62 813 1111 2222"]
    sent = cli.run("send", "--account", "shop", *to, "--text", "Promo di toko.id/promo", "--pace", "none")
    assert sent.returncode == 0, sent.stderr
    warnings = [line for line in sent.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: Everyone gets the very same text: WhatsApp may take it for spam. "
        "Add a variable such as {name}, or choices such as {Hello|Hi}, to vary it.",
        "warning: 2 people get a link in their first message from this device: WhatsApp often reports those as "
        "spam. Send a first message without a link.",
    ]
    assert "accepted" in sent.stdout and "Traceback" not in sent.stderr

    # Both have had a message from this device now: the link is no first message. --json: warnings on stderr,
    # one JSON line each; stdout keeps one line per message.
    again = cli.run("send", "--account", "shop", *to, "--text", "Promo di toko.id/promo", "--pace", "none", "--json")
    assert again.returncode == 0, again.stderr
    [warning] = [json.loads(line) for line in again.stderr.splitlines() if line.startswith("{")]
    assert warning["warning"] == "same_text" and warning["count"] == 2
    assert str(warning["text"]).startswith("Everyone gets the very same text")
    rows = [json.loads(line) for line in again.stdout.splitlines()]
    assert [r["to"] for r in rows] == ["6281234567890", "6281311112222"]
    assert {r["status"] for r in rows} == {"accepted"}
