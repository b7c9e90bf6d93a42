"""Every gateway through the command line against one ``wadesk simulator`` process serving all five."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
import zxingcpp
from PIL import Image

from tests.support.cli import Cli, advance_clock, sim_clock
from wadesk.providers.registry import provider_info
from wadesk.simulator.wasender import QR_PREPARE_SECONDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gateways(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cli, str, dict[str, str]]]:
    """The simulator (all providers, its clock standing still until a test moves it) and a wadesk home with one
    account per provider, named after it."""
    base = tmp_path_factory.mktemp("gateways")
    cli = Cli(home=base / "home", keyring_file=base / "keyring.json")
    proc = cli.popen("simulator", "--port", "0", "--manual-clock")
    assert proc.stdout is not None
    lines: dict[str, str] = {}
    for line in proc.stdout:
        match = re.match(r"(\w+)\s+base URL (\S+)\s*(.*)", line)
        if match:
            lines[match.group(1)] = line
            provider, url, pairs = match.groups()
            values = dict(p.split("=", 1) for p in pairs.split())
            schema = provider_info(provider).settings
            secrets = "".join(f"{k}={v}\n" for k, v in values.items() if schema.field(k).secret)
            sets = [a for k, v in values.items() if not schema.field(k).secret for a in ("--set", f"{k}={v}")]
            done = cli.run(
                "account",
                "add",
                provider,
                "--provider",
                provider,
                "--base-url",
                url,
                *sets,
                "--secrets-stdin",
                stdin=secrets,
            )
            assert done.returncode == 0, done.stderr
        if "Ctrl+C" in line:
            break
    root = str(httpx.URL(re.search(r"base URL (\S+)", lines["wablas"]).group(1)).copy_with(path="/")).rstrip("/")  # type: ignore[union-attr]
    try:
        yield cli, root, dict(lines.items())
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def current_qr(root: str, provider: str) -> str:
    return httpx.get(f"{root}/__sim/{provider}/qr", timeout=10).text.strip()


def prepare_wasender_qr(root: str, lines: dict[str, str]) -> None:
    """Wasender answers "processing" for a while after the first ``generate-qr``: ask once, then let that time pass
    on the gateway's clock, so that its QR is ready (and can be scanned) whatever the order of the tests."""
    match = re.match(r"wasender\s+base URL (\S+)\s*(.*)", lines["wasender"])
    assert match, lines["wasender"]
    values = dict(p.split("=", 1) for p in match.group(2).split())
    httpx.post(
        f"{match.group(1)}/generate-qr", data={"api_key": values["api_key"], "device": values["sender"]}, timeout=10
    ).raise_for_status()
    advance_clock(root, QR_PREPARE_SECONDS)


@pytest.mark.parametrize("provider", ["wablas", "chatbot", "wasender", "wacloud"])
def test_devices_qr_png_decodes_to_the_simulators_payload(
    gateways: tuple[Cli, str, dict[str, str]], provider: str, tmp_path: Path
) -> None:
    cli, root, lines = gateways
    if provider == "wasender":
        prepare_wasender_qr(root, lines)
    before = current_qr(root, provider)
    png = tmp_path / f"{provider}.png"
    done = cli.run("devices", "--account", provider, "--qr-png", str(png), "--json", timeout=90)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0])["device_id"]
    [code] = zxingcpp.read_barcodes(Image.open(png))
    assert code.text in {before, current_qr(root, provider)}


def test_jsonwa_has_no_qr_and_says_so(gateways: tuple[Cli, str, dict[str, str]], tmp_path: Path) -> None:
    cli, _, _ = gateways
    done = cli.run("devices", "--account", "jsonwa", "--qr-png", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "JSON WA does not support QR pairing" in done.stderr and "Traceback" not in done.stderr


def send(cli: Cli, account: str, *args: str) -> dict[str, object]:
    done = cli.run("send", "--account", account, "--to", "081234567891", "--json", *args)
    assert done.returncode == 0, (account, args, done.stderr)
    [row] = [json.loads(line) for line in done.stdout.splitlines()]
    assert row["status"] == "accepted", row
    return row


def test_every_kind_each_provider_offers(gateways: tuple[Cli, str, dict[str, str]], tmp_path: Path) -> None:
    cli, root, lines = gateways
    prepare_wasender_qr(root, lines)
    for provider in ("chatbot", "wacloud", "wasender"):  # these need a paired phone before sending
        httpx.post(f"{root}/__sim/{provider}/scan", timeout=10).raise_for_status()
    photo = tmp_path / "promo.png"
    Image.new("RGB", (32, 32), "green").save(photo)
    image_url = "https://example.com/promo.jpg"
    cases = {
        "wablas": [
            ("--text", "Halo"),
            ("--image", str(photo), "--caption", "Promo"),  # a local file: uploaded first
            ("--video", "https://example.com/v.mp4", "--caption", "Video"),
            ("--audio", "https://example.com/a.mp3"),
            ("--document", "https://example.com/menu.pdf"),
            ("--location", "-6.2,106.8", "--location-name", "Toko", "--location-address", "Jl. Sudirman 1"),
            ("--list-title", "Menu", "--text", "Pilih", "--row", "1|Nasi", "--row", "2|Mie", "--footer", "Toko"),
            ("--link", "https://wadesk.example", "--text", "Lihat"),
        ],
        "chatbot": [
            ("--text", "Halo"),
            ("--image", image_url, "--caption", "Promo"),
            ("--audio", "https://example.com/a.mp3"),
            ("--document", "https://example.com/menu.pdf"),
            ("--location", "-6.2,106.8"),
            ("--contact", "Budi=081234567892"),
        ],
        "wasender": [
            ("--text", "Halo"),
            ("--image", image_url, "--caption", "Promo"),
            ("--video", "https://example.com/v.mp4"),
            ("--audio", "https://example.com/a.mp3"),
            ("--document", "https://example.com/menu.pdf"),
            ("--button", "Ya", "--button", "Tidak", "--text", "Datang?"),
            ("--template-button", "url|Web|https://wadesk.example", "--text", "Kunjungi"),
            ("--list-title", "Menu", "--text", "Pilih", "--row", "Nasi", "--row", "Mie"),
        ],
        "wacloud": [
            ("--text", "Halo"),
            ("--image", image_url, "--caption", "Promo"),
            ("--video", "https://example.com/v.mp4"),
            ("--document", "https://example.com/menu.pdf"),
            ("--poll", "Kapan?", "--option", "Senin", "--option", "Selasa"),
            ("--list-title", "Menu", "--text", "Pilih", "--row", "1|Nasi"),
        ],
        "jsonwa": [("--text", "Halo, pesanan Anda sudah dikirim.")],
    }
    for provider, kinds in cases.items():
        for args in kinds:
            send(cli, provider, *args)


def test_a_kind_the_provider_lacks_exits_2_naming_both(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    cli, _, _ = gateways
    done = cli.run("send", "--account", "jsonwa", "--to", "081234567891", "--image", "https://example.com/a.jpg")
    assert done.returncode == 2
    assert "JSON WA does not support image messages" in done.stderr
    done = cli.run("send", "--account", "wacloud", "--to", "081234567891", "--location", "1,2")
    assert done.returncode == 2
    assert "WACloud does not support location messages" in done.stderr


def test_oversize_or_wrong_type_file_exits_2_naming_the_limit(
    gateways: tuple[Cli, str, dict[str, str]], tmp_path: Path
) -> None:
    cli, _, _ = gateways
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff" * (2 * 1024 * 1024 + 1))
    done = cli.run("send", "--account", "wablas", "--to", "081234567891", "--image", str(big))
    assert done.returncode == 2
    assert "2.0 MB" in done.stderr and "big.jpg" in done.stderr
    odd = tmp_path / "tool.exe"
    odd.write_bytes(b"MZ")
    done = cli.run("send", "--account", "wablas", "--to", "081234567891", "--document", str(odd))
    assert done.returncode == 2
    assert "tool.exe" in done.stderr and "pdf" in done.stderr
    done = cli.run("send", "--account", "chatbot", "--to", "081234567891", "--image", str(tmp_path / "x.jpg"))
    assert done.returncode == 2  # a missing file, or a provider that only takes URLs: refused before sending


def test_check_numbers(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    cli, _, _ = gateways
    for provider in ("wablas", "chatbot", "wacloud"):
        done = cli.run("check", "--account", provider, "081234567891", "081234560000", "--json")
        assert done.returncode == 0, (provider, done.stderr)
        results = [json.loads(line) for line in done.stdout.splitlines()]
        assert results == [
            {"number": "6281234567891", "on_whatsapp": True},
            {"number": "6281234560000", "on_whatsapp": False},
        ], provider
    # A local number is read in the default phone region of the settings (Malaysia here, not Indonesia).
    assert cli.run("config", "set", "region", "MY").returncode == 0
    try:
        done = cli.run("check", "--account", "wablas", "012-345 6789", "--json")
    finally:
        assert cli.run("config", "unset", "region").returncode == 0  # the data folder is shared by this module
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["number"] == "60123456789"


def test_native_schedule_on_wablas_is_listed(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    cli, root, _ = gateways
    now = datetime.fromtimestamp(sim_clock(root)["now"], UTC)
    at = (now + timedelta(days=30)).astimezone(ZoneInfo("Asia/Jakarta")).replace(second=0, microsecond=0)
    done = cli.run(
        "send",
        "--account",
        "wablas",
        "--to",
        "081234567891",
        "--text",
        "Pengingat",
        "--at",
        at.strftime("%Y-%m-%d %H:%M"),
        "--tz",
        "Asia/Jakarta",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    [row] = [json.loads(line) for line in done.stdout.splitlines()]
    listed = [json.loads(line) for line in cli.run("schedule", "list", "--json").stdout.splitlines()]
    [entry] = [e for e in listed if e["message_id"] == row["message_id"]]
    assert entry["where"] == "gateway" and entry["schedule_id"] and entry["held"] == "on Wablas"
    assert datetime.fromisoformat(entry["scheduled_at"]) == at  # the same instant, in this computer's zone


def test_a_campaign_rotates_across_devices(gateways: tuple[Cli, str, dict[str, str]], tmp_path: Path) -> None:
    cli, root, _ = gateways
    httpx.post(f"{root}/__sim/chatbot/scan", timeout=10).raise_for_status()
    csv = tmp_path / "four.csv"
    csv.write_text("phone,name\n081277770001,A\n081277770002,B\n081277770003,C\n081277770004,D\n")
    done = cli.run(
        "send",
        "--account",
        "wablas",
        "--account",
        "chatbot",
        "--to-csv",
        str(csv),
        "--text",
        "Halo {name}",
        "--pace",
        "none",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 4

    def sent_to(provider: str) -> set[str]:
        items = httpx.get(f"{root}/__sim/{provider}/delivered", timeout=10).json()
        items = items if isinstance(items, list) else items.get("delivered", items.get("messages", []))
        phones = {str(i["phone"] if isinstance(i, dict) else i[0]) for i in items}
        return {p for p in phones if p.endswith(("77770001", "77770002", "77770003", "77770004"))}

    assert len(sent_to("wablas")) == 2 and len(sent_to("chatbot")) == 2
    assert not sent_to("wablas") & sent_to("chatbot")


def test_contacts_import_list_and_sync(gateways: tuple[Cli, str, dict[str, str]], tmp_path: Path) -> None:
    cli, _, _ = gateways
    sheet = tmp_path / "pelanggan.csv"
    sheet.write_text("nama;telepon;kota\nBudi;0812-1111-2222;Surabaya\nSiti;12-34;Malang\nAni;+62 813 3333 4444;Bali\n")
    done = cli.run("contacts", "import", str(sheet))
    assert done.returncode == 2  # a broken row: named, the good rows still imported
    assert "row 3" in done.stderr and "12-34" in done.stderr and "Traceback" not in done.stderr
    assert "2 contact(s) imported" in done.stdout
    listed = {c["number"]: c for c in map(json.loads, cli.run("contacts", "list", "--json").stdout.splitlines())}
    assert listed["6281211112222"]["name"] == "Budi" and listed["6281211112222"]["fields"] == {"kota": "Surabaya"}
    assert "6281333334444" in listed

    synced = cli.run("contacts", "sync", "--account", "wablas")
    assert synced.returncode == 0, synced.stderr
    after = list(map(json.loads, cli.run("contacts", "list", "--json").stdout.splitlines()))
    assert len(after) > len(listed)


def test_groups_of_the_gateway_phone(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    cli, root, _ = gateways
    httpx.post(f"{root}/__sim/chatbot/scan", timeout=10).raise_for_status()
    done = cli.run("groups", "--account", "chatbot", "--json")
    assert done.returncode == 0, done.stderr
    groups = [json.loads(line) for line in done.stdout.splitlines()]
    assert groups and all(g["group_id"] and g["name"] for g in groups)
    refused = cli.run("groups", "--account", "wablas")
    assert refused.returncode == 2 and "Wablas does not support listing groups" in refused.stderr


def test_a_group_id_from_the_list_is_a_recipient_of_send_to(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    """What the README promises: an id ``wadesk groups`` lists (the window's WhatsApp groups too) goes to ``--to``."""
    cli, root, _ = gateways
    httpx.post(f"{root}/__sim/chatbot/scan", timeout=10).raise_for_status()
    listed = cli.run("groups", "--account", "chatbot", "--json")
    assert listed.returncode == 0, listed.stderr
    group = json.loads(listed.stdout.splitlines()[-1])["group_id"]
    done = cli.run("send", "--account", "chatbot", "--to", group, "--text", "Promo hari ini", "--json")
    assert done.returncode == 0, done.stderr
    [row] = [json.loads(line) for line in done.stdout.splitlines()]
    assert row["status"] == "accepted", row
    sent = httpx.get(f"{root}/__sim/chatbot/state", timeout=10).json()["messages"]
    assert [(m["route"], m["is_group"], m["text"]) for m in sent if m["to"] == group] == [
        ("sendwatogroup", True, "Promo hari ini")
    ]


def test_cancel_and_revoke_at_the_gateway(gateways: tuple[Cli, str, dict[str, str]]) -> None:
    cli, root, _ = gateways
    row = send(cli, "wablas", "--text", "Salah kirim")
    cancelled = cli.run("message", "cancel", str(row["message_id"]))  # still pending: the gateway's clock stands
    assert cancelled.returncode == 0, cancelled.stderr
    assert "cancelled" in cancelled.stdout
    report = [json.loads(line) for line in cli.run("report", "--json", "--no-refresh").stdout.splitlines()]
    assert next(r for r in report if r["message_id"] == row["message_id"])["status"] == "cancelled"
    other = send(cli, "wablas", "--text", "Halo")
    advance_clock(root, sim_clock(root)["step_seconds"])  # one status step: sent, so it can be deleted
    revoked = cli.run("message", "revoke", str(other["message_id"]))
    assert revoked.returncode == 0, revoked.stderr
