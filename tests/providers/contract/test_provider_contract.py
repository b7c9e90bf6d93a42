"""The provider contract: the same behaviours for every provider, through the generic interface only.

Each test runs once per provider id and reads what to expect from the
provider's declared capabilities and limits; a behaviour a provider does not
declare must be refused with ``NotSupported`` naming the provider.  The
providers talk to one simulator (every provider's API on one loopback port)
whose clock only moves when a test moves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.providers.contract.contract_kit import (
    MEDIA_BASE,
    MEDIA_FILE,
    MEDIA_KINDS,
    NOT_ON_WHATSAPP,
    STEP_SECONDS,
    TO,
    ProviderFactory,
    Scan,
    SimRecipe,
    decode_qr,
    local_file,
    media_message,
    moves_forward,
    samples,
    text_message,
)
from tests.support.counting import CountingTransport
from wadesk.domain import (
    KIND_CAPABILITY,
    Ambiguous,
    AuthError,
    Capability,
    DeliveryStatus,
    DeviceState,
    FieldType,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    ProviderError,
    QrKind,
    RateLimited,
    Rejected,
    TransportError,
    ValidationError,
)
from wadesk.providers.base import Provider, ProviderInfo, validate_message
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.base import ProviderState


def assert_names(info: ProviderInfo, exc: NotSupported) -> None:
    assert exc.provider == info.name
    assert info.name in str(exc)


def media_kinds(info: ProviderInfo) -> list[MessageKind]:
    return [k for k in MEDIA_KINDS if info.supports(KIND_CAPABILITY[k])]


def file_name(info: ProviderInfo, kind: MessageKind) -> str:
    """A file name of ``kind`` with an extension the provider allows."""
    allowed = info.limits.extensions.get(kind)
    name = MEDIA_FILE[kind]
    return name if not allowed or name.rsplit(".", 1)[1] in allowed else f"file.{min(allowed)}"


# -- settings and credentials ----------------------------------------------------------------------


async def test_settings_schema_and_keyring_path(
    pid: str,
    info: ProviderInfo,
    sim: SimulatorServer,
    make_provider: ProviderFactory,
    paired: None,
    refs: Iterator[str],
) -> None:
    schema = info.settings
    names = [f.name for f in schema.fields]
    assert len(names) == len(set(names)), "setting names are unique"
    assert schema.secret_fields, "every provider needs a credential"
    assert all(f.type is FieldType.SECRET and f.label for f in schema.secret_fields)

    credentials = sim.credentials(pid)
    secret_names = {f.name for f in schema.secret_fields}
    assert set(credentials) <= secret_names
    assert {f.name for f in schema.secret_fields if f.required} <= set(credentials)
    secrets = schema.validate(credentials, secret=True)
    plain = schema.validate(sim.settings(pid), secret=False)
    with pytest.raises(ValidationError):
        schema.validate(credentials, secret=False)  # a secret is never taken as a plain setting

    keyring = SecretStore(MemoryKeyring())
    for name, value in secrets.items():
        keyring.set(42, name, value)
    stored = keyring.get_all(42, [f.name for f in schema.secret_fields])
    assert stored == secrets

    provider = make_provider(secrets=stored, settings=plain)
    [result] = await provider.send([text_message(next(refs))])
    assert result.status is DeliveryStatus.ACCEPTED, result.error


# -- sending -----------------------------------------------------------------------------------------


async def test_send_text_and_follow_its_status(
    info: ProviderInfo,
    provider: Provider,
    paired: None,
    clock: ManualClock,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    message = text_message(next(refs))
    results = await provider.send([message])
    assert transport.count == 1
    assert [r.ref_id for r in results] == [message.ref_id]
    [result] = results
    assert result.status is DeliveryStatus.ACCEPTED, result.error
    assert result.error is None

    if not info.supports(Capability.STATUS_POLL):
        transport.reset()
        with pytest.raises(NotSupported) as refused:
            await provider.fetch_statuses([result.provider_message_id or message.ref_id])
        assert_names(info, refused.value)
        assert transport.count == 0
        return

    message_id = result.provider_message_id
    assert message_id, "a provider that polls statuses names its messages"
    seen: list[DeliveryStatus] = []
    for _ in range(6):
        for _ in range(2):  # the same moment twice: the answer must not change
            updates = await provider.fetch_statuses([message_id])
            assert [u.provider_message_id for u in updates] == [message_id]
            seen.append(updates[0].status)
        clock.advance(STEP_SECONDS)
    assert moves_forward(seen), seen
    assert seen[-1] in (DeliveryStatus.READ, DeliveryStatus.DELIVERED), seen
    assert DeliveryStatus.FAILED not in seen


async def test_batch_send(
    info: ProviderInfo, provider: Provider, paired: None, transport: CountingTransport, refs: Iterator[str]
) -> None:
    size = info.limits.max_batch if info.supports(Capability.BATCH_SEND) else 2
    batch = [text_message(next(refs), to=f"628123456{7000 + n:04d}") for n in range(1, size + 1)]

    if info.supports(Capability.BATCH_SEND):
        assert size > 1, "a batch sender takes more than one message a request"
        results = await provider.send(batch)
        assert transport.count == 1, "a full batch of text goes in one request"
    else:
        assert info.limits.max_batch == 1
        try:
            results = await provider.send(batch)
        except ValidationError:
            assert transport.count == 0, "a refused batch costs no request"
            return
        assert transport.count == len(batch), "without BATCH_SEND, one request per message"

    assert [r.ref_id for r in results] == [m.ref_id for m in batch]
    assert all(r.status is DeliveryStatus.ACCEPTED for r in results), [r.error for r in results]
    ids = [r.provider_message_id for r in results]
    if info.supports(Capability.STATUS_POLL):
        assert all(ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize("kind", list(MessageKind), ids=str)
async def test_message_kind(
    kind: MessageKind,
    info: ProviderInfo,
    recipe: SimRecipe,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    candidates = samples(kind, next(refs), recipe.stored_template)
    if not info.supports(KIND_CAPABILITY[kind]):
        message = candidates[0]
        with pytest.raises(NotSupported) as refused:
            validate_message(info, message)
        assert_names(info, refused.value)
        with pytest.raises(NotSupported) as refused:
            await provider.send([message])
        assert_names(info, refused.value)
        assert transport.count == 0, "a refused kind costs no request"
        return

    refusals: list[str] = []
    for message in candidates:  # a template has two forms; a provider takes at least one
        transport.reset()
        try:
            results = await provider.send([message])
        except ValidationError as exc:
            assert transport.count == 0
            refusals.append(str(exc))
            continue
        validate_message(info, message)
        assert [r.ref_id for r in results] == [message.ref_id]
        assert results[0].status is DeliveryStatus.ACCEPTED, results[0].error
        return
    pytest.fail(f"{info.name} declares {kind.value} messages but refused every sample: {refusals}")


async def test_local_files(
    info: ProviderInfo,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    tmp_path: Path,
    refs: Iterator[str],
) -> None:
    kinds = media_kinds(info)
    if not kinds:
        pytest.skip("declares no media kinds")
    for kind in kinds:
        message = media_message(next(refs), kind, local_file(tmp_path, file_name(info, kind), 2048))
        transport.reset()
        if info.supports(Capability.LOCAL_UPLOAD):
            [result] = await provider.send([message])
            assert result.status is DeliveryStatus.ACCEPTED, (kind, result.error)
        else:
            with pytest.raises(NotSupported) as refused:
                validate_message(info, message)
            assert_names(info, refused.value)
            with pytest.raises(NotSupported):
                await provider.send([message])
            assert transport.count == 0


# -- limits -----------------------------------------------------------------------------------------------


def text_limit_cases(info: ProviderInfo, refs: Iterator[str]) -> list[OutgoingMessage]:
    limits = info.limits
    texts = []
    if limits.max_text is not None:
        texts.append("x" * (limits.max_text + 1))
    if limits.min_text is not None:
        texts.append("x" * (limits.min_text - 1))
    if not texts:
        pytest.skip("declares no text limits")
    return [text_message(next(refs), text=t) for t in texts]


async def test_text_limits_in_validate_message(info: ProviderInfo, refs: Iterator[str]) -> None:
    for message in text_limit_cases(info, refs):
        with pytest.raises(ValidationError) as refused:
            validate_message(info, message)
        assert not isinstance(refused.value, NotSupported)
    for edge in (info.limits.max_text, info.limits.min_text):
        if edge is not None:
            validate_message(info, text_message(next(refs), text="x" * edge))  # the limits themselves are fine


async def test_text_limits_refused_before_any_request(
    info: ProviderInfo, provider: Provider, paired: None, transport: CountingTransport, refs: Iterator[str]
) -> None:
    for message in text_limit_cases(info, refs):
        with pytest.raises(ValidationError):
            await provider.send([message])
    assert transport.count == 0


def media_limit_cases(info: ProviderInfo, tmp_path: Path, refs: Iterator[str]) -> list[OutgoingMessage]:
    """Media a provider's limits refuse: a wrong extension, a file over the size limit."""
    cases = []
    for kind in media_kinds(info):
        allowed = info.limits.extensions.get(kind)
        if allowed:
            assert "exe" not in allowed
            cases.append(media_message(next(refs), kind, MediaRef(url=MEDIA_BASE + "setup.exe")))
        cap = info.limits.max_media_bytes.get(kind)
        if cap is not None:
            name = file_name(info, kind)
            if info.supports(Capability.LOCAL_UPLOAD):
                media = local_file(tmp_path, name, cap + 1)
            else:
                media = MediaRef(url=MEDIA_BASE + name, size=cap + 1)
            cases.append(media_message(next(refs), kind, media))
    if not cases:
        pytest.skip("declares no media extensions or sizes")
    return cases


async def test_media_limits_in_validate_message(info: ProviderInfo, tmp_path: Path, refs: Iterator[str]) -> None:
    for message in media_limit_cases(info, tmp_path, refs):
        with pytest.raises(ValidationError) as refused:
            validate_message(info, message)
        assert not isinstance(refused.value, NotSupported)


async def test_media_limits_refused_before_any_request(
    info: ProviderInfo,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    tmp_path: Path,
    refs: Iterator[str],
) -> None:
    for message in media_limit_cases(info, tmp_path, refs):
        with pytest.raises(ValidationError):
            await provider.send([message])
    assert transport.count == 0


# -- device, numbers, contacts, groups ---------------------------------------------------------------------


async def test_pairing_qr(
    pid: str,
    info: ProviderInfo,
    sim: SimulatorServer,
    provider: Provider,
    recipe: SimRecipe,
    state: ProviderState,
    clock: ManualClock,
    http: httpx.AsyncClient,
    scan: Scan,
) -> None:
    if not info.supports(Capability.QR_PAIRING):
        with pytest.raises(NotSupported) as refused:
            await provider.pairing_qr()
        assert_names(info, refused.value)
        return

    recipe.show_qr(state, clock)
    challenge = await provider.pairing_qr()
    current = (await http.get(f"{sim.url}/__sim/{pid}/qr")).text
    read: str | None
    if challenge.kind is QrKind.TEXT:
        read = challenge.payload if isinstance(challenge.payload, str) else None
        assert read == current
    elif challenge.kind is QrKind.PNG:
        assert isinstance(challenge.payload, bytes)
        read = decode_qr(challenge.payload)
        assert read == current
    else:
        assert challenge.kind is QrKind.URL
        assert isinstance(challenge.payload, str) and challenge.payload.startswith(("http://", "https://"))
        read = None
    await scan(read)  # the phone scans what the provider showed


async def test_device_info_follows_the_scan(info: ProviderInfo, provider: Provider, scan: Scan) -> None:
    if not info.supports(Capability.DEVICE_INFO):
        with pytest.raises(NotSupported) as refused:
            await provider.device_info()
        assert_names(info, refused.value)
        return
    before = await provider.device_info()
    assert before.state is not DeviceState.CONNECTED
    await scan()
    after = await provider.device_info()
    assert after.state is DeviceState.CONNECTED
    assert after.device_id


async def test_check_number(info: ProviderInfo, provider: Provider, paired: None) -> None:
    if not info.supports(Capability.CHECK_NUMBER):
        with pytest.raises(NotSupported) as refused:
            await provider.check_numbers([TO])
        assert_names(info, refused.value)
        return
    checks = await provider.check_numbers([NOT_ON_WHATSAPP, TO])
    assert [(c.number, c.on_whatsapp) for c in checks] == [(NOT_ON_WHATSAPP, False), (TO, True)]


async def test_groups(
    info: ProviderInfo, recipe: SimRecipe, state: ProviderState, provider: Provider, paired: None
) -> None:
    if not info.supports(Capability.GROUPS):
        with pytest.raises(NotSupported) as refused:
            await provider.list_groups()
        assert_names(info, refused.value)
        return
    assert recipe.groups is not None, "the simulator table says where the seeded groups are"
    groups = await provider.list_groups()
    assert {g.group_id: g.name for g in groups} == recipe.groups(state)


async def test_contacts(
    info: ProviderInfo, recipe: SimRecipe, state: ProviderState, provider: Provider, paired: None
) -> None:
    if not info.supports(Capability.CONTACTS):
        with pytest.raises(NotSupported) as refused:
            await provider.list_contacts()
        assert_names(info, refused.value)
        return
    assert recipe.contacts is not None, "the simulator table says where the seeded contacts are"
    contacts = await provider.list_contacts()
    assert {c.phone: c.name for c in contacts} == recipe.contacts(state)


# -- credentials and faults ----------------------------------------------------------------------------------


def assert_in_provider_words(info: ProviderInfo, exc: ProviderError) -> None:
    assert exc.provider == info.name
    assert exc.provider_message and exc.provider_message.strip(), "the provider's own words reach the user"


async def test_credentials_refused_by_the_gateway(
    info: ProviderInfo, sim: SimulatorServer, provider: Provider, paired: None, refs: Iterator[str]
) -> None:
    sim.state.faults = "invalid_credentials=1"
    with pytest.raises((AuthError, Rejected)) as refused:
        await provider.send([text_message(next(refs))])
    assert_in_provider_words(info, refused.value)


async def test_wrong_secrets(
    pid: str,
    info: ProviderInfo,
    sim: SimulatorServer,
    make_provider: ProviderFactory,
    paired: None,
    refs: Iterator[str],
) -> None:
    wrong = {name: f"wrong-{value}" for name, value in sim.credentials(pid).items()}
    provider = make_provider(secrets=wrong)
    with pytest.raises((AuthError, Rejected)) as refused:
        await provider.send([text_message(next(refs))])
    assert_in_provider_words(info, refused.value)


async def send_under_fault(
    sim: SimulatorServer, faults: str, provider: Provider, transport: CountingTransport, ref: str
) -> None:
    """Send one text while the gateway misbehaves; the provider makes one request and does not retry it."""
    sim.state.faults = faults
    try:
        await provider.send([text_message(ref)])
    finally:
        assert transport.count == 1, "a failed send is never retried blindly by the provider"


async def test_gateway_error_page_is_ambiguous(
    info: ProviderInfo,
    sim: SimulatorServer,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    with pytest.raises(Ambiguous) as failed:
        await send_under_fault(sim, "html_5xx_rate=1", provider, transport, next(refs))
    assert failed.value.provider == info.name
    assert failed.value.http_status == 502


async def test_rate_limit_carries_retry_after(
    info: ProviderInfo,
    sim: SimulatorServer,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    with pytest.raises(RateLimited) as limited:
        await send_under_fault(sim, "rate_limit_rate=1,retry_after=7", provider, transport, next(refs))
    assert limited.value.provider == info.name
    assert limited.value.retry_after == 7


async def test_dropped_connection(
    info: ProviderInfo,
    sim: SimulatorServer,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    with pytest.raises((Ambiguous, TransportError)) as failed:
        await send_under_fault(sim, "drop_rate=1", provider, transport, next(refs))
    assert failed.value.provider == info.name


async def test_malformed_answer_is_a_provider_error(
    info: ProviderInfo,
    sim: SimulatorServer,
    provider: Provider,
    paired: None,
    transport: CountingTransport,
    refs: Iterator[str],
) -> None:
    # The gateway takes the message, then its answer is cut in half.
    with pytest.raises(ProviderError) as failed:
        await send_under_fault(sim, "malformed_rate=1", provider, transport, next(refs))
    assert failed.value.provider == info.name
    assert not isinstance(failed.value, AuthError | Rejected), "the message may have been taken: not a refusal"


# -- status callbacks -------------------------------------------------------------------------------------------


async def test_status_callbacks(
    info: ProviderInfo,
    recipe: SimRecipe,
    sim: SimulatorServer,
    make_provider: ProviderFactory,
    paired: None,
    clock: ManualClock,
    http: httpx.AsyncClient,
    refs: Iterator[str],
) -> None:
    if not info.supports(Capability.STATUS_CALLBACK):
        with pytest.raises(NotSupported) as refused:
            make_provider().parse_callback({"Content-Type": "application/json"}, b"{}")
        assert_names(info, refused.value)
        return
    if recipe.collect_callbacks is None:
        pytest.skip(recipe.notes.get("callbacks", "the simulator makes no status callbacks"))

    provider = make_provider(extra=await recipe.arm_callbacks(sim, http))
    [result] = await provider.send([text_message(next(refs))])
    assert result.status is DeliveryStatus.ACCEPTED, result.error
    assert result.provider_message_id, "callbacks name the message: the send must give its id"
    for _ in range(4):
        clock.advance(STEP_SECONDS)

    callbacks = await recipe.collect_callbacks(sim, http)
    updates = [u for headers, body in callbacks for u in provider.parse_callback(headers, body)]
    mine = [u.status for u in updates if u.provider_message_id == result.provider_message_id]
    assert mine, f"no update for the message among {len(callbacks)} callbacks"
    assert moves_forward(mine), mine
    assert mine[-1] is DeliveryStatus.READ, mine
