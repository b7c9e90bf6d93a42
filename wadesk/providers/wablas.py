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

import asyncio
import base64
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.errors import AuthError, Rejected
from wadesk.domain.models import (
    Contact,
    DeviceInfo,
    DeviceState,
    LinkContent,
    ListContent,
    MediaRef,
    MessageKind,
    NumberCheck,
    OutgoingMessage,
    QrChallenge,
    QrKind,
    ScheduledRemote,
    SendResult,
    StatusUpdate,
)
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_, phrase
from wadesk.providers.base import Provider, ProviderInfo, gather_bounded, guess_mime, validate_batch
from wadesk.providers.http import body_text, json_of, parse_json
from wadesk.providers.values import as_date, as_datetime, as_int, as_opt_text, as_text

WABLAS_TZ = ZoneInfo("Asia/Jakarta")  # report timestamps carry no zone; the documents' examples are Jakarta time
# The longest request line ("GET <url> HTTP/1.1") sent: nginx's default buffer, and about aiohttp's default limit.
MAX_REQUEST_LINE = 8 * 1024
MAX_REPORT_IDS = 1000  # report-realtime's largest "limit"
# check-phone-number takes a comma list of ``phones`` and states no maximum: wadesk's choice, about 1.5 KiB of query.
CHECK_BATCH = 100

_IMAGE = frozenset({"jpg", "jpeg", "png", "gif"})
_MB2 = 2 * 1024 * 1024

INFO = ProviderInfo(
    id="wablas",
    name="Wablas",
    capabilities=(
        Capability.SEND_TEXT
        | Capability.SEND_IMAGE
        | Capability.SEND_VIDEO
        | Capability.SEND_AUDIO
        | Capability.SEND_DOCUMENT
        | Capability.LOCAL_UPLOAD
        | Capability.LOCATION
        | Capability.LIST
        | Capability.LINK
        | Capability.GROUP_SEND
        | Capability.BATCH_SEND
        | Capability.NATIVE_SCHEDULE
        | Capability.SCHEDULE_CANCEL
        | Capability.SCHEDULE_EDIT
        | Capability.CANCEL
        | Capability.RESEND
        | Capability.REVOKE
        | Capability.STATUS_POLL
        | Capability.STATUS_LOOKUP_BY_REF
        | Capability.STATUS_CALLBACK
        | Capability.DEVICE_INFO
        | Capability.DEVICE_CONTROL
        | Capability.QR_PAIRING
        | Capability.CHECK_NUMBER
        | Capability.CONTACTS
        | Capability.BALANCE
    ),
    limits=Limits(
        max_text=1024,
        max_batch=100,
        max_check_batch=CHECK_BATCH,
        max_media_bytes=dict.fromkeys(
            (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO, MessageKind.DOCUMENT), _MB2
        ),
        extensions={
            MessageKind.IMAGE: _IMAGE,
            MessageKind.VIDEO: frozenset({"mp4", "mpeg"}),
            MessageKind.AUDIO: frozenset({"mp3", "ogg", "mpga"}),
            MessageKind.DOCUMENT: frozenset({"doc", "docx", "pdf", "odt", "csv", "ppt", "pptx", "xls", "xlsx", "txt"}),
        },
        location_needs=frozenset({"name", "address"}),  # send-location: message {name, address, …} is required
    ),
    settings=SettingsSchema(
        [
            SettingField("token", N_("Token"), FieldType.SECRET, help=N_("Device – Settings in the Wablas dashboard")),
            SettingField(
                "secret_key", N_("Secret key"), FieldType.SECRET, help=N_("Sent to the admin's WhatsApp number")
            ),
            SettingField(
                "phone_check_url",
                N_("Number-check host"),
                FieldType.URL,
                required=False,
                default="https://phone.wablas.com",
            ),
        ]
    ),
    default_base_url="https://wablas.com/api",
    description=N_("Indonesian gateway: text, media, groups, schedules, delivery reports."),
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
            words = as_text(body.get("message")) or "the request was refused"
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
            number=as_opt_text(data.get("sender"), strip=False, bools=True),
            name=as_opt_text(data.get("name"), strip=False, bools=True),
            quota=as_opt_text(data.get("quota"), strip=False, bools=True),
            expires=as_date(data.get("expired_date")),
        )

    async def pairing_qr(self) -> QrChallenge:
        """The scan page (``device/scan``): its QR image when the page carries one, else its URL to open."""
        response = await self.http.request("GET", "device/scan", params={"token": self._token})
        png = qr_image_from_page(body_text(response))
        if png is not None:
            return QrChallenge(QrKind.PNG, png)
        return QrChallenge(QrKind.URL, str(response.request.url))

    async def disconnect(self) -> str:
        return as_text(_get(await self._call("GET", "device/disconnect"), "message"))

    async def restart(self) -> str:
        return as_text(_get(await self._call("GET", "device/restart"), "message"))

    async def balance(self) -> str:
        return (await self.device_info()).quota or "unknown"

    # -- sending --------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """One v2 request per kind of message in the batch (``{"data": [item, …]}``, ≤100 items)."""
        validate_batch(self.info, batch)  # before any upload or request
        by_ref: dict[str, SendResult] = {}
        groups: dict[MessageKind, list[OutgoingMessage]] = {}
        for message in batch:
            groups.setdefault(message.kind, []).append(message)
        uploaded: dict[str, str] = {}
        for kind, messages in groups.items():
            items = [await self._item(m, uploaded) for m in messages]
            body = await self._call("POST", f"v2/{_ENDPOINT[kind]}", json_body={"data": items})
            by_ref.update((r.ref_id, r) for r in match_results(messages, sent_items(body)))
        return [by_ref[m.ref_id] for m in batch]

    async def _item(self, message: OutgoingMessage, uploaded: dict[str, str]) -> dict[str, Any]:
        item: dict[str, Any] = {"phone": message.to.address, "ref_id": message.ref_id}
        if message.to.is_group:
            item["isGroup"] = "true"  # "its string not boolean"
        kind = message.kind
        if kind is MessageKind.TEXT:
            item["message"] = message.text
        elif kind.is_media:
            item[kind.value] = await self._media_url(message, uploaded)
            if message.caption or kind is MessageKind.VIDEO:  # v2 video requires a caption
                item["caption"] = message.caption
        elif kind is MessageKind.LOCATION and message.location is not None:
            loc = message.location
            item["message"] = {
                "name": loc.name,
                "address": loc.address,
                "latitude": loc.latitude,
                "longitude": loc.longitude,
            }
        elif kind is MessageKind.LIST and isinstance(message.content, ListContent):
            content = message.content
            item["message"] = {
                "title": content.title,
                "description": content.description,
                "buttonText": content.button_text,
                "lists": [{"title": r.title, "description": r.description} for r in content.rows],
                "footer": content.footer,
            }
        elif kind is MessageKind.LINK and isinstance(message.content, LinkContent):
            item["message"] = {"text": message.content.text or message.text, "link": message.content.url}
        else:
            raise self._unsupported(phrase(N_("{kind} messages without their content"), kind=kind.value))
        return item

    async def _media_url(self, message: OutgoingMessage, uploaded: dict[str, str]) -> str:
        media = message.media
        if media is None:
            raise self._unsupported(N_("media messages without a file or URL"))
        if media.url:
            return media.url
        key = str(media.path)
        if key not in uploaded:
            uploaded[key] = await self.upload(media)
        return uploaded[key]

    async def upload(self, media: MediaRef) -> str:
        """``upload/{type}`` (multipart, field ``file``); the returned URL is then sent like any other."""
        if media.path is None:
            raise self._unsupported(N_("uploading without a local file"))
        kind = _kind_of(media)
        content = await asyncio.to_thread(media.path.read_bytes)
        files = {"file": (media.filename, content, guess_mime(media))}
        body = await self._call("POST", f"upload/{kind.value}", files=files)
        urls = [str(i["url"]) for i in sent_items(body) if i.get("url")]
        if not urls:
            raise Rejected(
                self.info.name, N_("the upload gave no URL"), provider_message=as_text(_get(body, "message"))
            )
        return urls[0]

    # -- scheduling, cancel, resend, revoke --------------------------------
    async def schedule(self, batch: Sequence[OutgoingMessage], at: datetime) -> list[ScheduledRemote]:
        """Text through ``/schedule`` (date, time and time zone explicit); other kinds through ``/v2/schedule``."""
        local = at.astimezone(WABLAS_TZ)
        out: list[ScheduledRemote] = []
        for message in batch:
            if message.kind is MessageKind.TEXT:
                body = await self._call("POST", "schedule", data=self._schedule_form(message, local))
            else:
                item = {
                    "category": message.kind.value,
                    "phone": message.to.address,
                    "scheduled_at": local.strftime("%Y-%m-%d %H:%M:%S"),
                    "text": message.caption,
                }
                if message.kind.is_media:
                    item["url"] = await self._media_url(message, {})
                body = await self._call("POST", "v2/schedule", json_body={"data": [item]})
            items = schedule_items(body)
            if not items:
                raise Rejected(self.info.name, N_("the gateway gave no schedule id"))
            out.extend(items)
        return out

    @staticmethod
    def _schedule_form(message: OutgoingMessage, local: datetime) -> dict[str, str]:
        form = {
            "phone": message.to.address,
            "message": message.text,
            "date": local.strftime("%Y-%m-%d"),
            "time": local.strftime("%H:%M:%S"),
            "timezone": str(WABLAS_TZ),
        }
        if message.to.is_group:
            form["isGroup"] = "true"
        return form

    async def update_schedule(self, schedule_id: str, message: OutgoingMessage, at: datetime) -> ScheduledRemote:
        if message.kind is not MessageKind.TEXT:
            raise self._unsupported(N_("editing scheduled media (cancel it and schedule again)"))
        local = at.astimezone(WABLAS_TZ)
        body = await self._call("PUT", f"schedule/{schedule_id}", data=self._schedule_form(message, local))
        when = as_datetime(_get(body, "schedule_at"), naive=WABLAS_TZ) or at
        return ScheduledRemote(str(_get(body, "id") or schedule_id), message.to.address, when, message.text)

    async def cancel_schedule(self, schedule_id: str) -> None:
        await self._call("PUT", f"schedule-cancel/{schedule_id}")

    async def delete_schedule(self, schedule_id: str) -> None:
        """Remove a schedule from Wablas altogether (``cancel_schedule`` keeps it, cancelled)."""
        await self._call("DELETE", f"schedule/{schedule_id}")

    async def cancel(self, provider_ids: Sequence[str]) -> list[StatusUpdate]:
        updates: list[StatusUpdate] = []
        for body in await self._by_id_list("cancel-message", provider_ids):
            updates.extend(
                StatusUpdate(DeliveryStatus.CANCELLED, provider_message_id=str(i["id"]))
                for i in sent_items(body)
                if i.get("id") and map_status(i.get("status")) is DeliveryStatus.CANCELLED
            )
        return updates

    async def resend(self, provider_ids: Sequence[str]) -> list[SendResult]:
        results: list[SendResult] = []
        for body in await self._by_id_list("resend-message", provider_ids):
            results.extend(
                SendResult(
                    ref_id=str(i.get("ref_id") or i["id"]),
                    status=DeliveryStatus.ACCEPTED,
                    provider_message_id=str(i["id"]),
                )
                for i in sent_items(body)
                if i.get("id")
            )
        return results

    async def revoke(self, provider_ids: Sequence[str]) -> None:
        await self._by_id_list("revoke-message", provider_ids)

    async def _by_id_list(self, path: str, provider_ids: Sequence[str]) -> list[Any]:
        """``GET path?id=a,b,…`` in as few requests as fit in a request line (``fitting_chunks``); their bodies."""
        chunks = fitting_chunks(self.http.url(path), "id", list(dict.fromkeys(provider_ids)), {})
        return [await self._call("GET", path, params={"id": ",".join(chunk)}) for chunk in chunks]

    # -- numbers and contacts ------------------------------------------------
    async def check_numbers(self, numbers: Sequence[str]) -> list[NumberCheck]:
        """``check-phone-number`` on its own host, token-only auth plus the ``url`` header."""
        host = (self.account.settings.get("phone_check_url") or "https://phone.wablas.com").rstrip("/")
        out: list[NumberCheck] = []
        for chunk in _chunks(list(numbers), CHECK_BATCH):
            response = await self.http.request(
                "GET",
                f"{host}/check-phone-number",
                params={"phones": ",".join(chunk)},
                headers={"Authorization": self._token, "url": "https://wablas.com"},
            )
            out.extend(number_checks(json_of(self.info.name, response), chunk))
        return out

    async def list_contacts(self) -> list[Contact]:
        contacts: dict[str, Contact] = {}
        page = 1
        while True:
            body = await self._call("GET", "v2/contact", params={"page": str(page), "limit": "100"})
            found = contact_rows(_get(body, "message"))
            fresh = [c for c in found if c.phone not in contacts]
            contacts.update((c.phone, c) for c in fresh)
            total_pages = as_int(_get(body, "totalPage")) or 1
            if page >= total_pages or not fresh:  # the last page, or a gateway repeating itself
                return list(contacts.values())
            page += 1

    async def save_contacts(self, contacts: Sequence[Contact]) -> list[str]:
        """Add contacts; those Wablas already has are updated instead."""
        items = [_contact_item(c) for c in contacts]
        body = await self._call("POST", "v2/contact", json_body={"data": items})
        problems, existing = [], []
        for item in sent_items(body):
            if item.get("status") is False:
                words = as_text(item.get("message"))
                if "already" in words.lower():
                    existing.append(str(item.get("phone")))
                else:
                    problems.append(words)
        if existing:
            again = [i for i in items if i["phone"] in existing]
            body = await self._call("POST", "v2/contact/update", json_body={"data": again})
            problems.extend(as_text(i.get("message")) for i in sent_items(body) if i.get("status") is False)
        return problems

    async def delete_contacts(self, phones: Sequence[str]) -> None:
        """``DELETE /contact?phone=…`` (the path has no ``/v2``)."""
        await self._call("DELETE", "contact", params={"phone": ",".join(phones)})

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """The tracking callback: JSON with ``id``, ``phone``, ``status``, ``note``, ``deviceId``."""
        data = parse_json(self.info.name, body.decode("utf-8", "replace"))
        rows = data if isinstance(data, list) else [data]
        updates = []
        for row in rows:
            status = map_status(row.get("status")) if isinstance(row, Mapping) else None
            if status is not None and isinstance(row, Mapping):
                updates.append(
                    StatusUpdate(
                        status, as_opt_text(row.get("id"), strip=False, bools=True), note=as_text(row.get("note"))
                    )
                )
        return updates

    # -- reports --------------------------------------------------------------
    async def fetch_statuses(
        self,
        provider_ids: Sequence[str],
        *,
        sent_by: Mapping[str, datetime] | None = None,
        now: datetime | None = None,
    ) -> list[StatusUpdate]:
        """Today's messages through ``report-realtime``, older ones through ``report/message``.

        The ids go comma-separated in the query string, as many in one request as
        fit in its request line (``fitting_chunks``) and at most 1,000
        (``report-realtime``'s largest ``limit``), ``LOOKUPS_IN_FLIGHT`` requests
        at a time.  An id that ``sent_by`` says was sent before today (in
        Jakarta, by ``now``) goes to ``report/message`` at once:
        ``report-realtime`` lists only today's messages.  What ``report-realtime``
        does not list is asked there too.
        """
        wanted = list(dict.fromkeys(provider_ids))
        today = (now or datetime.now(UTC)).astimezone(WABLAS_TZ).date()
        hints = sent_by or {}
        earlier = {i for i in wanted if (at := hints.get(i)) is not None and at.astimezone(WABLAS_TZ).date() < today}
        updates = await self._lists("report-realtime", "limit", [i for i in wanted if i not in earlier])
        found = {u.provider_message_id for u in updates}
        updates.extend(await self._older_reports([i for i in wanted if i not in found]))
        return updates

    async def _older_reports(self, ids: list[str]) -> list[StatusUpdate]:
        """``report/message`` for ``ids``, several to a request while the server reads them so.

        The document gives ``message_id`` a single id.  When the first request
        for several lists none of them, they are asked one by one: if that finds
        some, the server reads one id only and every other id is asked alone
        too; if not, the gateway does not know them and no other request is
        split.  When a request for several lists some, the others are unknown to
        the gateway and asking again would not help.
        """
        page = {"perPage": str(MAX_REPORT_IDS)}
        first, *rest = fitting_chunks(self.http.url("report/message"), "message_id", ids, page) or [[]]
        if not first:
            return []
        listed = await self._report("report/message", "perPage", first)
        if not listed and len(first) > 1:
            listed = await self._one_by_one(first)
            if listed:  # a server that reads one id per request
                return listed + await self._one_by_one([i for chunk in rest for i in chunk])
        return listed + await self._lists("report/message", "perPage", [i for chunk in rest for i in chunk])

    async def _lists(self, path: str, size_param: str, ids: list[str]) -> list[StatusUpdate]:
        """The reports of ``ids`` in as few requests as fit (``fitting_chunks``), ``LOOKUPS_IN_FLIGHT`` at a time."""
        chunks = fitting_chunks(self.http.url(path), "message_id", ids, {size_param: str(MAX_REPORT_IDS)})
        found = await gather_bounded(lambda chunk: self._report(path, size_param, chunk), chunks)
        return [u for updates in found for u in updates]

    async def _one_by_one(self, ids: list[str]) -> list[StatusUpdate]:
        """``report/message`` for each id alone, ``LOOKUPS_IN_FLIGHT`` requests at a time."""
        found = await gather_bounded(lambda one: self._report("report/message", "perPage", [one]), ids)
        return [u for updates in found for u in updates]

    async def _report(self, path: str, size_param: str, ids: list[str]) -> list[StatusUpdate]:
        """The reports of ``ids`` (one page: the page size is the number of ids)."""
        body = await self._call("GET", path, params={"message_id": ",".join(ids), size_param: str(len(ids))})
        asked = set(ids)
        return [u for u in report_items(body) if u.provider_message_id in asked]

    async def lookup_by_ref(self, ref_ids: Sequence[str]) -> list[StatusUpdate]:
        """One ``report/message?ref_id=`` per reference (the document filters by one), a few at a time."""

        async def one(ref: str) -> list[StatusUpdate]:
            body = await self._call("GET", "report/message", params={"ref_id": ref})
            return [u for u in report_items(body) if u.ref_id in (None, ref)]

        return [u for found in await gather_bounded(one, list(dict.fromkeys(ref_ids))) for u in found]


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
            words = as_text(item.get("message")) or "refused"
            results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=words))
        else:
            results.append(
                SendResult(
                    message.ref_id, DeliveryStatus.ACCEPTED, as_opt_text(item.get("id"), strip=False, bools=True)
                )
            )
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
        at = as_datetime(dates.get("updated_at") if isinstance(dates, Mapping) else None, naive=WABLAS_TZ)
        updates.append(
            StatusUpdate(
                status=status,
                provider_message_id=as_opt_text(row.get("id"), strip=False, bools=True),
                ref_id=as_opt_text(row.get("ref_id"), strip=False, bools=True),
                at=at,
            )
        )
    return updates


_ENDPOINT = {
    MessageKind.TEXT: "send-message",
    MessageKind.IMAGE: "send-image",
    MessageKind.VIDEO: "send-video",
    MessageKind.AUDIO: "send-audio",
    MessageKind.DOCUMENT: "send-document",
    MessageKind.LOCATION: "send-location",
    MessageKind.LIST: "send-list",
    MessageKind.LINK: "send-link",
}

_QR_IMG = re.compile(r"""<img[^>]+src=["']data:image/png;base64,([A-Za-z0-9+/=\s]+)["']""", re.I)


def qr_image_from_page(page: str) -> bytes | None:
    """The PNG of the QR code embedded in Wablas's scan page, if it carries one."""
    match = _QR_IMG.search(page)
    if not match:
        return None
    try:
        return base64.b64decode(re.sub(r"\s", "", match.group(1)), validate=True)
    except ValueError:
        return None


def schedule_items(body: Any) -> list[ScheduledRemote]:
    """Schedule ids from ``/schedule`` (``messages`` at the top) or ``/v2/schedule`` (under ``data``)."""
    if not isinstance(body, Mapping):
        return []
    rows = body.get("messages")
    if not isinstance(rows, list):
        rows = sent_items(body)
    out = []
    for row in rows:
        if isinstance(row, Mapping) and row.get("id"):
            at = as_datetime(row.get("schedule_at"), naive=WABLAS_TZ) or datetime.now(UTC)
            text = row.get("message") if isinstance(row.get("message"), str) else row.get("messages")
            out.append(ScheduledRemote(str(row["id"]), str(row.get("phone", "")), at, as_text(text), "scheduled"))
    return out


def number_checks(body: Any, asked: Sequence[str]) -> list[NumberCheck]:
    """``check-phone-number``: top-level ``"status": "success"`` (a string), items ``online``/``offline``."""
    rows = body.get("data") if isinstance(body, Mapping) else None
    found: dict[str, bool | None] = {}
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, Mapping) and row.get("phone"):
            word = str(row.get("status", "")).lower()
            found[str(row["phone"])] = True if word == "online" else False if word == "offline" else None
    return [NumberCheck(n, found.get(n)) for n in asked]


def contact_rows(rows: object) -> list[Contact]:
    out = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, Mapping) or not row.get("phone"):
            continue
        fields = {k: str(row[k]) for k in ("email", "nickname", "address", "gender", "birth_day") if row.get(k)}
        out.append(Contact(phone=str(row["phone"]), name=as_text(row.get("name")), fields=fields))
    return out


def _contact_item(contact: Contact) -> dict[str, str]:
    item = {"phone": contact.phone, "name": contact.name or contact.phone}
    for key in ("email", "address"):
        if contact.fields.get(key):
            item[key] = contact.fields[key]
    return item


def _kind_of(media: MediaRef) -> MessageKind:
    ext = media.filename.rsplit(".", 1)[-1].lower()
    for kind, allowed in INFO.limits.extensions.items():
        if ext in allowed:
            return kind
    return MessageKind.DOCUMENT


def _get(body: object, key: str) -> object:
    """``body[key]`` when the answer is an object; ``None`` for ``null``, a list, a number…"""
    return body.get(key) if isinstance(body, Mapping) else None


def fitting_chunks(
    url: str, key: str, values: Sequence[str], params: Mapping[str, str], *, max_items: int = MAX_REPORT_IDS
) -> list[list[str]]:
    """``values`` in as few GET requests as fit, each carrying its share comma-separated in ``key``.

    A request fits when ``GET <url with every query parameter> HTTP/1.1`` is at most
    ``MAX_REQUEST_LINE`` bytes, measured as httpx encodes it (commas as ``%2C``) on
    the absolute URL (base URL and any token in ``params`` included), which is longer
    than the line actually sent: so it fits whatever part of it a server counts.
    ``params`` are the other query parameters, at their longest values.  At most
    ``max_items`` values a request; a value too long to share a request goes alone.
    """

    def encoded(text: str) -> int:
        return len(str(httpx.QueryParams({key: text}))) - len(str(httpx.QueryParams({key: ""})))

    empty = len(f"GET {httpx.URL(url, params={**params, key: ''})} HTTP/1.1")
    comma = encoded(",")
    chunks: list[list[str]] = []
    chunk: list[str] = []
    size = empty
    for value in values:
        cost = encoded(value)
        if chunk and (size + comma + cost > MAX_REQUEST_LINE or len(chunk) >= max_items):
            chunks.append(chunk)
            chunk, size = [], empty
        size += cost + (comma if chunk else 0)
        chunk.append(value)
    if chunk:
        chunks.append(chunk)
    return chunks


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
