"""Wablas (https://wablas.com/api).

Auth is ``Authorization: {token}.{secret_key}`` on most endpoints, the bare
token in the query string on ``device/info`` and ``device/scan``.  Sends go
through the v2 JSON endpoints (up to 100 messages in one request), each message
carrying wadesk's ``ref_id`` so that a lost answer can be looked up later
through ``report/message?ref_id=``.  Parsing is tolerant of the documented
quirks: ``data`` as an object or an array, ``messages``/``message`` as an object
or an array, ``quota`` as a number or "unlimited", and the duplicate ``message``
key of ``report-realtime`` (the array, which comes last, is what counts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import AuthError, Rejected
from wadesk.domain.models import (
    DeviceInfo,
    DeviceState,
    MessageKind,
    OutgoingMessage,
    SendResult,
    StatusUpdate,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.providers.base import Provider, ProviderInfo
from wadesk.providers.http import json_of

WABLAS_TZ = ZoneInfo("Asia/Jakarta")  # report timestamps carry no zone; the documents' examples are Jakarta time

_IMAGE = frozenset({"jpg", "jpeg", "png", "gif"})
_MB2 = 2 * 1024 * 1024

INFO = ProviderInfo(
    id="wablas",
    name="Wablas",
    capabilities=(
        Capability.SEND_TEXT
        | Capability.GROUP_SEND
        | Capability.BATCH_SEND
        | Capability.STATUS_POLL
        | Capability.STATUS_LOOKUP_BY_REF
        | Capability.DEVICE_INFO
    ),
    limits=Limits(
        max_text=1024,
        max_batch=100,
        max_media_bytes={k: _MB2 for k in (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO, MessageKind.DOCUMENT)},
        extensions={
            MessageKind.IMAGE: _IMAGE,
            MessageKind.VIDEO: frozenset({"mp4", "mpeg"}),
            MessageKind.AUDIO: frozenset({"mp3", "ogg", "mpga"}),
            MessageKind.DOCUMENT: frozenset(
                {"doc", "docx", "pdf", "odt", "csv", "ppt", "pptx", "xls", "xlsx", "txt"}
            ),
        },
    ),
    settings=SettingsSchema(
        [
            SettingField("token", "Token", FieldType.SECRET, help="Device – Settings in the Wablas dashboard"),
            SettingField("secret_key", "Secret key", FieldType.SECRET, help="Sent to the admin's WhatsApp number"),
            SettingField(
                "phone_check_url",
                "Number-check host",
                FieldType.URL,
                required=False,
                default="https://phone.wablas.com",
            ),
        ]
    ),
    default_base_url="https://wablas.com/api",
    description="Indonesian gateway: text, media, groups, schedules, delivery reports.",
)

_STATUS = {
    "pending": DeliveryStatus.ACCEPTED,
    "sent": DeliveryStatus.SENT,
    "received": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.READ,
    "cancel": DeliveryStatus.CANCELLED,
    "reject": DeliveryStatus.FAILED,
}


def map_status(word: object) -> DeliveryStatus | None:
    """Wablas's status word as a delivery status; ``None`` for words that are not one (``revoke``)."""
    if word is True:
        return DeliveryStatus.ACCEPTED  # schedule items carry a boolean
    if isinstance(word, str):
        return _STATUS.get(word.strip().lower())
    return None


class WablasProvider(Provider):
    info = INFO

    # -- auth ---------------------------------------------------------------
    @property
    def _token(self) -> str:
        return self.secrets.get("token", "")

    def _auth(self) -> dict[str, str]:
        secret = self.secrets.get("secret_key", "")
        return {"Authorization": f"{self._token}.{secret}" if secret else self._token}

    async def _call(self, method: str, path: str, **kw: Any) -> Any:
        """One request; the parsed body, with ``status: false`` turned into an error in Wablas's words."""
        headers = {**self._auth(), **kw.pop("headers", {})}
        response = await self.http.request(method, path, headers=headers, **kw)
        body = json_of(self.info.name, response)
        if isinstance(body, Mapping) and body.get("status") is False:
            words = _text(body.get("message")) or "the request was refused"
            kind = AuthError if "token" in words.lower() else Rejected
            raise kind(self.info.name, words, http_status=response.status_code, provider_message=words)
        return body

    # -- device ---------------------------------------------------------------
    async def device_info(self) -> DeviceInfo:
        body = await self._call("GET", "device/info", params={"token": self._token}, headers={})
        data = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(data, Mapping):
            data = {}
        state = str(data.get("status", "")).lower()
        return DeviceInfo(
            device_id=str(data.get("serial") or self.account.name),
            state=DeviceState.CONNECTED if state == "connected" else DeviceState.DISCONNECTED,
            number=_opt_str(data.get("sender")),
            name=_opt_str(data.get("name")),
            quota=_opt_str(data.get("quota")),
            expires=_date(data.get("expired_date")),
        )

    # -- sending --------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        if not batch:
            return []
        kinds = {m.kind for m in batch}
        if kinds != {MessageKind.TEXT}:
            raise self._unsupported(f"{', '.join(sorted(k.value for k in kinds))} messages")
        items = [self._text_item(m) for m in batch]
        body = await self._call("POST", "v2/send-message", json_body={"data": items})
        return match_results(batch, sent_items(body))

    @staticmethod
    def _text_item(message: OutgoingMessage) -> dict[str, str]:
        item = {"phone": message.to.address, "message": message.text, "ref_id": message.ref_id}
        if message.to.is_group:
            item["isGroup"] = "true"  # "its string not boolean"
        return item

    # -- reports --------------------------------------------------------------
    async def fetch_statuses(self, provider_ids: Sequence[str]) -> list[StatusUpdate]:
        """Today's messages through ``report-realtime`` (1,000 ids a request), older ones one by one."""
        updates: list[StatusUpdate] = []
        for chunk in _chunks(list(provider_ids), 1000):
            body = await self._call(
                "GET", "report-realtime", params={"message_id": ",".join(chunk), "limit": str(len(chunk))}
            )
            updates.extend(report_items(body))
        found = {u.provider_message_id for u in updates}
        for missing in (i for i in provider_ids if i not in found):
            body = await self._call("GET", "report/message", params={"message_id": missing})
            updates.extend(report_items(body))
        wanted = set(provider_ids)
        return [u for u in updates if u.provider_message_id in wanted]

    async def lookup_by_ref(self, ref_ids: Sequence[str]) -> list[StatusUpdate]:
        updates: list[StatusUpdate] = []
        for ref in ref_ids:
            body = await self._call("GET", "report/message", params={"ref_id": ref})
            updates.extend(u for u in report_items(body) if u.ref_id in (None, ref))
        return updates


# -- parsing (module level so the document's own examples can be fed to it) ---


def sent_items(body: Any) -> list[Mapping[str, Any]]:
    """Every message item of a send response, whatever its shape (§1.7 and Quirks 4)."""
    data = body.get("data") if isinstance(body, Mapping) else None
    devices: Iterable[Any] = data if isinstance(data, list) else [data]
    items: list[Mapping[str, Any]] = []
    for device in devices:
        if not isinstance(device, Mapping):
            continue
        for key in ("messages", "message"):
            value = device.get(key)
            if isinstance(value, Mapping):
                items.append(value)
            elif isinstance(value, list):
                items.extend(v for v in value if isinstance(v, Mapping))
    return items


def match_results(batch: Sequence[OutgoingMessage], items: Sequence[Mapping[str, Any]]) -> list[SendResult]:
    """Pair response items with the messages sent: by ``ref_id`` when echoed, else by position."""
    by_ref = {str(i["ref_id"]): i for i in items if i.get("ref_id")}
    results = []
    for index, message in enumerate(batch):
        item = by_ref.get(message.ref_id) or (items[index] if index < len(items) and not by_ref else None)
        if item is None:
            results.append(
                SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error="Wablas did not list this message")
            )
            continue
        status = map_status(item.get("status"))
        if item.get("status") is False or status in (None, DeliveryStatus.FAILED):
            words = _text(item.get("message")) or "refused"
            results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=words))
        else:
            results.append(SendResult(message.ref_id, DeliveryStatus.ACCEPTED, _opt_str(item.get("id"))))
    return results


def report_items(body: Any) -> list[StatusUpdate]:
    """Status updates from ``report/message`` or ``report-realtime`` (results under ``message``)."""
    rows = body.get("message") if isinstance(body, Mapping) else None
    if isinstance(rows, Mapping):
        rows = [rows]
    if not isinstance(rows, list):
        return []
    updates = []
    for row in rows:
        if not isinstance(row, Mapping):
            continue
        status = map_status(row.get("status"))
        if status is None:
            continue
        dates = row.get("date")
        at = _datetime(dates.get("updated_at") if isinstance(dates, Mapping) else None)
        updates.append(
            StatusUpdate(
                status=status,
                provider_message_id=_opt_str(row.get("id")),
                ref_id=_opt_str(row.get("ref_id")),
                at=at,
            )
        )
    return updates


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _opt_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=WABLAS_TZ)).astimezone(UTC)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = ["INFO", "WablasProvider", "map_status", "match_results", "normalize_phone", "report_items", "sent_items"]
