"""``wadesk --demo``: the real application on the embedded gateway simulator, with sample data.

Everything lives in a temporary wadesk home that is deleted on exit, and the
demo accounts' keys in an in-memory keyring: the demo never touches a person's
own data or keyring.  The simulator serves every provider that both it and
wadesk know, on a free loopback port, in the same event loop as the window.

The demo creates one account per provider (some phones already paired, others
waiting for a scan), fills the address book, lists each gateway's groups, and
sends a few messages through the simulator so the history is real.  Since no
phone can scan the simulator's codes, ``DemoPhone`` plays the phone.

The simulator runs on ``DemoClock``: the real time, moved ahead when the demo
would otherwise wait for a gateway (Wasender prepares a pairing code for two
seconds and asks to be called again), so that the demo opens at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wadesk.app import App, open_app
from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError, words_of
from wadesk.domain.models import Account, Contact, Group, OutgoingMessage, Recipient
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.registry import provider_ids
from wadesk.providers.wasender import WasenderProvider
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.compose import Draft, messages_for, recipients
from wadesk.simulator import PROVIDERS as SIMULATED
from wadesk.simulator import SimulatorServer

log = logging.getLogger("wadesk.demo")

# One account per provider; names as a shop owner would write them (one long on purpose).
ACCOUNT_NAMES = {
    "wablas": "Toko Berkah Jaya",
    "chatbot": "Klinik Sehat Sentosa - Cabang Surabaya Timur",
    "jsonwa": "Kurir Kilat Express",
    "wasender": "Sekolah Harapan Bangsa",
    "wacloud": "Warung Bu Sri",
}
# Providers whose phone is already paired when the demo opens; the others wait for a scan.
PAIRED_AT_START = ("wablas", "wacloud", "wasender")

# The address book of a small shop, written the way people save numbers on their phone: a name (sometimes with
# "Bu", "Pak" or the customer's shop), a city, a note here and there; a few numbers still without a name.
# (name, city, note, on WhatsApp as a number check said: True / False / None for not checked yet)
CONTACTS: list[tuple[str, str, str, bool | None]] = [
    ("Budi Santoso", "Jakarta Selatan", "Langganan sejak 2019", True),
    ("Siti Rahmawati", "Bandung", "", True),
    ("Agus Setiawan", "Surabaya", "Grosir, bayar tempo 14 hari", True),
    ("Dewi Lestari", "Yogyakarta", "", True),
    ("Rudi Hartono", "Semarang", "", None),
    ("Bu Ani Wijaya (Warung Makan)", "Medan", "Pesan tiap Senin", True),
    ("Joko Susilo", "Solo", "", True),
    ("Rina Marlina", "Bogor", "", False),
    ("Pak Hendra Gunawan", "Makassar", "Reseller", True),
    ("Putri Ayu Maharani", "Denpasar", "", True),
    ("Bambang Supriyadi", "Malang", "", None),
    ("Fitri Handayani", "Palembang", "", True),
    ("Eko Prasetyo", "Depok", "", True),
    ("Nur Aini", "Bekasi", "", True),
    ("Yusuf Maulana", "Tangerang", "", True),
    ("Sri Wahyuni", "Padang", "", False),
    ("Andi Saputra", "Balikpapan", "", True),
    ("Lina Kusuma", "Pontianak", "", None),
    ("Teguh Wibowo", "Cirebon", "", True),
    ("Maya Sari", "Manado", "", True),
    ("Dedi Kurniawan", "Pekanbaru", "Minta kirim katalog baru", True),
    ("Wulan Purnamasari", "Jember", "", True),
    ("Irfan Hakim", "Banjarmasin", "", True),
    ("Ratna Dewi", "Kediri", "", True),
    ("Koh Ahong Toko Besi Sinar Jaya", "Jakarta Barat", "Grosir", True),
    ("Mbak Yuni Salon Cantik", "Sidoarjo", "", True),
    ("dr. Ratih Puspitasari", "Bandung", "Klinik gigi", None),
    ("Haji Ahmad Fauzi", "Banda Aceh", "", True),
    ("Ibu Kartini Catering", "Semarang", "Pesanan besar akhir bulan", True),
    ("Om Markus Lumban Tobing", "Medan", "", True),
    ("Ketut Sudarsana", "Gianyar", "", True),
    ("Made Ayu Lestari", "Badung", "", False),
    ("Ustadz Abdul Somad Kurnia", "Pekanbaru", "", True),
    ("Cici Lim Apotek Sehat", "Pontianak", "", True),
    ("Rizky Ramadhan", "Bekasi", "", None),
    ("", "Jakarta Timur", "Dari pameran Juni", None),
    ("", "", "", True),
    ("", "Surabaya", "", None),
]

# Prefixes of the mobile operators (Telkomsel, Indosat, XL, Tri, Smartfren, Axis), so the numbers look like a real list.
_PREFIXES = ("62812", "62813", "62821", "62852", "62857", "62856", "62817", "62878", "62896", "62881", "62838", "62811")

MESSAGES = [
    "Halo Kak, pesanan Anda sudah kami kirim hari ini. Terima kasih sudah berbelanja!",
    "Pengingat: jadwal kontrol Anda besok pukul 09.00. Balas YA untuk konfirmasi.",
    "Paket Anda sedang dalam perjalanan dan tiba hari ini antara pukul 13.00-17.00.",
    "Promo akhir pekan: diskon 20% untuk semua menu. Berlaku Sabtu dan Minggu.",
    "Terima kasih, pembayaran Anda sudah kami terima.",
]


def contact_phone(index: int) -> str:
    """A valid-looking Indonesian mobile number, different for each contact."""
    prefix = _PREFIXES[index % len(_PREFIXES)]
    return f"{prefix}{(31_000_000 + index * 7_919_113) % 100_000_000:08d}"


class DemoClock:
    """The simulator's time in the demo: the real time, plus every wait the demo skipped."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def now(self) -> float:
        return time.time() + self.ahead

    async def skip(self, seconds: float) -> None:
        """Let ``seconds`` pass for the simulator at once (where a gateway asks to be called again later)."""
        self.ahead += seconds
        await asyncio.sleep(0)


@dataclass
class DemoPhone:
    """Plays the phone that scans a pairing code, by telling the simulator it was scanned."""

    server: SimulatorServer

    def _scanner(self, account: Account) -> Callable[..., object] | None:
        if account.provider not in self.server.providers:
            return None
        scan = getattr(self.server.state.provider(account.provider), "scan", None)
        return scan if callable(scan) else None

    def can_simulate_scan(self, account: Account) -> bool:
        return self._scanner(account) is not None

    async def simulate_scan(self, account: Account) -> None:
        scan = self._scanner(account)
        if scan is None:
            raise WadeskError(N_("the simulator cannot pair this account's phone"))
        try:
            scan()
        except (KeyError, ValueError) as exc:
            raise WadeskError(N_("the simulator did not pair the phone: {error}"), error=words_of(exc)) from None


@dataclass
class Demo:
    home: Path
    server: SimulatorServer
    app: App
    phone: DemoPhone
    accounts: list[Account]
    clock: DemoClock


@asynccontextmanager
async def demo_environment(*, step_seconds: float = 3.0, history: bool = True) -> AsyncIterator[Demo]:
    """The simulator, a throwaway wadesk home with demo accounts and sample data; all gone on exit."""
    providers = [p for p in provider_ids() if p in SIMULATED]
    with tempfile.TemporaryDirectory(prefix="wadesk-demo-") as folder:
        home = Path(folder)
        clock = DemoClock()
        async with SimulatorServer(providers, port=0, step_seconds=step_seconds, clock=clock) as server:
            app = open_app(home, secrets=SecretStore(MemoryKeyring()))
            try:
                accounts = await create_accounts(app, server)
                phone = DemoPhone(server)
                for account in accounts:
                    if account.provider in PAIRED_AT_START:
                        await pair(app, phone, account, clock)
                await asyncio.to_thread(seed_address_book, app)
                await list_groups(app, accounts)
                if history:
                    ready = [a for a in accounts if a.provider in PAIRED_AT_START or not _pairs(app, a)]
                    await send_history(app, ready)
                    await asyncio.to_thread(seed_busy_history, app, accounts)
                    await schedule_ahead(app, accounts)
                yield Demo(home, server, app, phone, accounts, clock)
            finally:
                await app.aclose()


async def pair(app: App, phone: DemoPhone, account: Account, clock: DemoClock) -> None:
    """Pair as a person would: the gateway shows a code, the phone scans it.

    A gateway still preparing its code (Wasender) is asked again on the simulator's
    time, moved on by ``clock``, instead of after a real wait.
    """
    provider = await app.accounts.provider(account)
    if isinstance(provider, WasenderProvider):
        waits, provider.sleep = provider.sleep, clock.skip
        try:
            await provider.pairing_qr()
        finally:
            provider.sleep = waits
    else:
        await provider.pairing_qr()
    await phone.simulate_scan(account)


def _pairs(app: App, account: Account) -> bool:
    return app.accounts.info(account).supports(Capability.QR_PAIRING)


async def create_accounts(app: App, server: SimulatorServer) -> list[Account]:
    accounts = []
    for provider in server.providers:
        name = ACCOUNT_NAMES.get(provider, f"Demo {provider}")
        account = await app.accounts.add(
            name,
            provider,
            base_url=server.base_url(provider),
            settings=server.settings(provider),
            secrets=server.credentials(provider),
        )
        accounts.append(account)
    return accounts


DEMO_TAGS = {"Pelanggan": (0, 1, 3, 5, 9, 11, 20), "Grosir": (2, 8, 20), "Reseller": (8,)}  # by index in CONTACTS
DEMO_OPTED_OUT = 6  # Joko Susilo asked not to be messaged


def seed_address_book(app: App) -> None:
    contacts = []
    for index, (name, city, note, on_whatsapp) in enumerate(CONTACTS):
        fields = {key: value for key, value in (("Kota", city), ("Catatan", note)) if value}
        contacts.append(Contact(contact_phone(index), name, fields, on_whatsapp))
    app.store.contacts.upsert_many(contacts)
    app.store.opt_outs.record_checks([(c.phone, c.on_whatsapp) for c in contacts if c.on_whatsapp is not None])
    ids = app.contacts.contact_ids([c.phone for c in contacts])
    for tag, members in DEMO_TAGS.items():
        app.store.tags.create(tag)
        app.store.tags.add(tag, [ids[index] for index in members])
    app.store.opt_outs.opt_out([contact_phone(DEMO_OPTED_OUT)])


async def list_groups(app: App, accounts: list[Account]) -> None:
    """The gateways' own groups where they list them; two sample groups for the others."""
    for account in accounts:
        groups: list[Group] = []
        if app.accounts.info(account).supports(Capability.GROUPS):
            try:
                provider = await app.accounts.provider(account)
                groups = await provider.list_groups()
            except WadeskError as exc:
                log.info("demo: no groups from %s: %s", account.name, exc)
        if not groups:
            groups = [
                Group(f"1203630{account.id:02d}00000001@g.us", "Pelanggan Setia"),
                Group(f"1203630{account.id:02d}00000002@g.us", "Info Promo"),
            ]
        app.store.groups.upsert_many(account.id, groups)


async def send_history(app: App, accounts: list[Account]) -> None:
    """A few real messages through the simulator (from phones that can send), so the history is real."""
    for offset, account in enumerate(accounts):
        info = app.accounts.info(account)
        if not info.supports(Capability.SEND_TEXT):
            continue
        numbers = [contact_phone((offset * 3 + i) % len(CONTACTS)) for i in range(3)]
        text = MESSAGES[offset % len(MESSAGES)]
        try:
            messages = messages_for(info, recipients(numbers, []), Draft(text=text))
            rows = app.outbox.enqueue(account, messages)
            await app.outbox.dispatch(account, rows)
        except WadeskError as exc:
            log.info("demo: history for %s not sent: %s", account.name, exc)


# What a month of sending looks like (status, weight): mostly read or delivered, some failing in the gateway's words.
_OUTCOMES = (
    (DeliveryStatus.READ, 52),
    (DeliveryStatus.DELIVERED, 20),
    (DeliveryStatus.SENT, 8),
    (DeliveryStatus.FAILED, 9),
    (DeliveryStatus.CANCELLED, 3),
    (DeliveryStatus.UNCERTAIN, 2),
)
_FAILURES = (
    "phone number is not registered on WhatsApp",
    "Nomor tidak terdaftar di WhatsApp",
    "device disconnected, please scan the QR code again",
    "quota exceeded for today",
)
_UNCERTAIN = "wadesk stopped while sending it; the gateway did not say whether it got it"
CAMPAIGN_NAME = "Promo Akhir Tahun"
CAMPAIGN_TEXT = "Promo akhir tahun: diskon 30% untuk semua produk sampai Minggu. Tunjukkan pesan ini di kasir!"


def seed_busy_history(app: App, accounts: list[Account], *, now: datetime | None = None, size: int = 360) -> int:
    """A month of history in the store: ``size`` messages over the last 30 days across the accounts, with the
    statuses a month of sending ends in, and a campaign started an hour ago that is still sending.

    Written straight into the store as an earlier history left it (no gateway is asked); the campaign's waiting
    messages are sent by the window's outbox at the campaign's pace, so the demo shows it moving.  Returns the
    campaign's id.
    """
    rng = random.Random(2026)
    moment = now or datetime.now(UTC)
    statuses = [status for status, _ in _OUTCOMES]
    weights = [weight for _, weight in _OUTCOMES]
    for account in accounts:
        share = [n for n in range(size) if accounts[n % len(accounts)] is account]
        if not share:
            continue
        messages = [
            OutgoingMessage(
                ref_id=f"demo-history-{account.id}-{n}",
                to=Recipient(contact_phone(rng.randrange(len(CONTACTS)))),
                text=MESSAGES[rng.randrange(len(MESSAGES))],
            )
            for n in share
        ]
        ids = app.store.messages.add_many_ids(account.id, messages, status=DeliveryStatus.SENDING)
        entries = []
        for n, message_id in zip(share, ids, strict=True):
            # More messages lately than a month ago; none in the future.
            age = timedelta(days=min(29.9, rng.expovariate(1 / 9)), minutes=rng.randrange(60 * 9))
            created = moment - age - timedelta(hours=1)
            status = rng.choices(statuses, weights)[0]
            updated = created + timedelta(minutes=rng.randrange(1, 240))
            error = rng.choice(_FAILURES) if status is DeliveryStatus.FAILED else None
            error = _UNCERTAIN if status is DeliveryStatus.UNCERTAIN else error
            reached = status not in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN)
            entries.append((message_id, status, created, min(updated, moment), f"demo-{n}" if reached else None, error))
        app.store.messages.set_history(entries)
    return _campaign_in_progress(app, accounts, moment, rng)


def _campaign_in_progress(app: App, accounts: list[Account], moment: datetime, rng: random.Random) -> int:
    """A campaign from the first account, started an hour ago: half arrived, some on their way, the rest waiting."""
    account = accounts[0]
    campaign_id = app.store.outbox.create_campaign(account.id, CAMPAIGN_NAME, CAMPAIGN_TEXT, "safe")
    phones = [contact_phone(i) for i in range(len(CONTACTS)) if i != DEMO_OPTED_OUT]
    messages = [
        OutgoingMessage(ref_id=f"demo-campaign-{n}", to=Recipient(phone), text=CAMPAIGN_TEXT)
        for n, phone in enumerate(phones)
    ]
    ids = app.store.messages.add_many_ids(account.id, messages, campaign_id=campaign_id)
    plan = [DeliveryStatus.READ] * 12 + [DeliveryStatus.DELIVERED] * 6 + [DeliveryStatus.SENT] * 4
    plan += [DeliveryStatus.FAILED]
    entries = []
    for n, (message_id, status) in enumerate(zip(ids, plan, strict=False)):
        created = moment - timedelta(minutes=60 - n * 2)
        updated = created + timedelta(minutes=rng.randrange(1, 20))
        error = _FAILURES[0] if status is DeliveryStatus.FAILED else None
        provider_id = None if status is DeliveryStatus.FAILED else f"demo-campaign-{n}"
        entries.append((message_id, status, created, min(updated, moment), provider_id, error))
    app.store.messages.set_history(entries)  # the rest wait in the outbox, sent at the campaign's pace
    return campaign_id


# What the shops have planned, by provider: (days from today, hour, minute, text, how many recipients).
PLANNED: dict[str, list[tuple[int, int, int, str, int]]] = {
    "wablas": [
        (
            0,
            20,
            0,
            "Terima kasih sudah berbelanja hari ini! Ada voucher 10% untuk belanja berikutnya.",
            1,
        ),  # if still ahead
        (1, 10, 0, "Promo akhir pekan: diskon 20% untuk semua menu. Berlaku Sabtu dan Minggu.", 1),
        (3, 9, 0, "Stok baru sudah datang! Mampir ke toko hari ini.", 1),
        (3, 16, 30, "Pengingat: pesanan Anda siap diambil sore ini.", 1),
        (8, 8, 0, "Selamat pagi! Katalog minggu ini sudah bisa dilihat.", 1),
    ],
    "chatbot": [
        (2, 9, 0, "Pengingat: jadwal kontrol Anda besok pukul 09.00. Balas YA untuk konfirmasi.", 1),
        (3, 11, 0, "Pengingat: jadwal kontrol Anda hari ini pukul 13.00.", 1),
        (9, 9, 0, "Pengingat: vaksinasi anak Anda minggu depan.", 2),
    ],
    "jsonwa": [
        (3, 13, 0, "Paket Anda tiba hari ini antara pukul 13.00-17.00.", 3),
        (5, 13, 0, "Paket Anda tiba besok; pastikan ada yang menerima.", 1),
    ],
    "wasender": [
        (1, 7, 0, "Besok libur sekolah. Kegiatan belajar mulai lagi hari Senin.", 1),
        (3, 7, 15, "Pengingat: pembayaran SPP bulan ini paling lambat tanggal 10.", 2),
        (12, 7, 0, "Undangan rapat orang tua murid, Sabtu pukul 09.00.", 1),
    ],
}
# A campaign of Warung Bu Sri (WACloud, held by wadesk) paced to 20 a day with quiet evenings: over its cap on day 4.
FRIDAY_PACE = "min=30,max=60,daily_cap=20,quiet=21:00-07:00"
FRIDAY_TEXT = "Halo {name}, menu spesial Jumat: nasi liwet komplit Rp25.000. Pesan lewat WA ini ya!"


async def schedule_ahead(app: App, accounts: list[Account]) -> None:
    """Schedules over the coming weeks on several devices (Wablas's held on Wablas), a paced campaign, and one
    schedule missed while wadesk was closed (yesterday's, waiting for the user's decision)."""
    from datetime import datetime, timedelta

    from wadesk.domain.status import DeliveryStatus
    from wadesk.services.outbox import MISSED_GRACE
    from wadesk.services.pacing import local_zone

    tz = local_zone()
    now = app.outbox.clock.now()
    today = now.astimezone(tz).date()
    by_provider = {a.provider: a for a in accounts}
    people = [contact_phone(i) for i in range(len(CONTACTS)) if CONTACTS[i][3] is not False]

    def at(days: int, hour: int, minute: int) -> datetime:
        return datetime.combine(today + timedelta(days=days), datetime.min.time(), tz).replace(hour=hour, minute=minute)

    turn = 0
    for provider, plans in PLANNED.items():
        account = by_provider.get(provider)
        if account is None:
            continue
        info = app.accounts.info(account)
        for days, hour, minute, text, count in plans:
            numbers = [people[(turn + i) % len(people)] for i in range(count)]
            turn += count
            try:
                messages = messages_for(info, recipients(numbers, []), Draft(text=text))
                if info.supports(Capability.NATIVE_SCHEDULE | Capability.SCHEDULE_EDIT):
                    rows = await app.outbox.enqueue_for_gateway(account, messages, at(days, hour, minute))
                    await app.outbox.schedule_native(account, rows)
                else:
                    app.outbox.enqueue(account, messages, at=at(days, hour, minute))
            except WadeskError as exc:
                log.info("demo: schedule for %s not made: %s", account.name, exc)

    shop = by_provider.get("wacloud")
    if shop is None:
        return
    info = app.accounts.info(shop)
    try:
        campaign = app.store.outbox.create_campaign(shop.id, "Menu spesial Jumat", FRIDAY_TEXT, FRIDAY_PACE)
        names = [CONTACTS[i][0] or "Kak" for i in range(len(CONTACTS))]
        messages = [
            messages_for(
                info,
                recipients([people[i % len(people)]], []),
                Draft(text=FRIDAY_TEXT.replace("{name}", names[i % len(names)])),
            )[0]
            for i in range(24)
        ]
        app.outbox.enqueue(shop, messages, campaign_id=campaign, at=at(4, 10, 0))
        app.outbox.enqueue(
            shop, messages_for(info, recipients([people[5]], []), Draft(text=MESSAGES[0])), at=at(3, 14, 0)
        )
        # Yesterday's reminder, due while wadesk was closed: held as missed until the user decides.
        missed = messages_for(
            info, recipients([people[2]], []), Draft(text="Pengingat: pesanan katering Anda diantar pukul 11.00.")
        )
        due = at(-1, 11, 0)
        app.store.messages.add_many(shop.id, missed, status=DeliveryStatus.SCHEDULED, scheduled_at=due)
        app.store.outbox.release_schedules(now, now - MISSED_GRACE)
    except WadeskError as exc:
        log.info("demo: schedules for %s not made: %s", shop.name, exc)

    # A school's monthly reminder, a recurring schedule: the 10th of every month at 07:00.
    school = by_provider.get("wasender")
    if school is not None:
        from wadesk.domain.recurrence import Frequency, Rule
        from wadesk.services.sending import SendRequest

        first = today.replace(day=10) if today.day < 10 else (today.replace(day=1) + timedelta(days=32)).replace(day=10)
        rule = Rule(Frequency.MONTHLY, first, datetime.min.time().replace(hour=7), tz, day=10)
        text = "Pengingat: pembayaran SPP bulan ini paling lambat tanggal 15. Terima kasih, Bapak/Ibu."
        request = SendRequest(Draft(text=text), [school], numbers=tuple("+" + p for p in people[:6]))
        try:
            await app.series.create(request, rule)
        except WadeskError as exc:
            log.info("demo: no recurring schedule: %s", exc)
