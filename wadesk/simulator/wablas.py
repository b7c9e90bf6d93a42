"""The simulated Wablas gateway, built from the Wablas document (``providers/wablas.md``).

Routes (relative to the provider root; the client's base URL is ``<root>/api``):

- device: ``GET /api/device/info``, ``GET /api/device/scan`` (HTML page with the
  QR code as ``<img src="data:image/png;base64,…">``), ``GET /api/device/disconnect``,
  ``GET /api/device/restart``;
- v1 sends: ``GET|POST /api/send-message``, ``POST /api/send-image|send-video|
  send-audio|send-document`` (media by URL), ``POST /api/send-image-from-local`` and
  ``/api/send-document-from-local`` (``file`` as base64 in a form, or a multipart file
  part), ``POST /api/send-video-from-local`` and ``/api/send-audio-from-local``
  (multipart), ``POST /api/upload/{type}`` (multipart; the answer's URL is served by
  the simulator under ``<root>/{type}/{name}``);
- v2 sends: ``POST /api/v2/send-message|send-image|send-video|send-audio|
  send-document|send-link|send-list|send-location`` (JSON ``{"data": [...]}``, at most
  100 items, one message per item);
- schedules: ``POST /api/schedule``, ``PUT /api/schedule/{id}``,
  ``PUT /api/schedule-cancel/{id}``, ``DELETE /api/schedule/{id}``,
  ``POST /api/v2/schedule``, ``PUT /api/v2/schedule/{id}``,
  ``DELETE /api/v2/delete-schedule`` (and ``/api/delete-schedule``, as the sample calls it);
- message control: ``GET /api/resend-message``, ``/api/cancel-message``,
  ``/api/cancel-all-message``, ``/api/revoke-message``;
- reports: ``GET /api/report/message``, ``GET /api/report-realtime`` (its JSON text
  carries the key ``message`` twice, the string first and the result array second,
  exactly as documented);
- number check: ``GET /check-phone-number`` (the ``https://phone.wablas.com`` host of
  the real service is the provider root here);
- contacts: ``POST /api/v2/contact``, ``POST /api/v2/contact/update``,
  ``GET /api/v2/contact``, ``DELETE /api/contact``;
- not Wablas, for tests and demos: ``POST /__sim/wablas/scan`` (pairs the device; form
  or JSON fields ``device`` and ``payload`` are optional), ``GET /__sim/wablas/qr`` (the
  current QR payload as text), ``GET /__sim/wablas/delivered`` (the delivery log).

Authentication, as the document uses it: ``Authorization: {token}.{secret_key}``
everywhere; ``Authorization: {token}`` alone where a sample sends only the token
(``check-phone-number``, ``send-message``, ``v2/send-message``, ``send-audio``,
``device/info``, ``device/scan``); the query ``token={token}`` or
``token={token}.{secret_key}`` on ``GET /send-message``, ``POST /send-message``,
``device/info`` and ``device/scan``.

Answers the document does not give (it documents no top-level error format and
no HTTP status codes), chosen here:

- bad or missing token: HTTP 401, ``{"status": false, "message": "token invalid"}``;
  the right token with a missing or wrong secret key where one is needed: HTTP 401,
  ``{"status": false, "message": "secret key invalid"}``;
- a request that cannot be processed at all (a required field missing, text over
  1024 characters, bad JSON, more than 100 items, every recipient invalid, quota
  used up): HTTP 400, ``{"status": false, "message": "<why>"}``, plus
  ``data.messages`` with the per-item failures where there are items;
- per-item failures inside a successful answer use the document's own form,
  ``{"phone": "<as sent>", "message": "<why>", "status": false}`` (a bad number is
  ``"format phone invalid"``);
- unknown schedule or contact: HTTP 404 with ``status: false``;
- ``cancel``/``resend``/``revoke`` answer ``status: true`` with a per-id result, the
  failures as ``{"message": "Id Invalid or …", "status": false}`` like the document's
  cancel example;
- ``random=true`` gives the documented multi-device shape: ``data`` is an array with
  one element per message, each ``{"device_id", "quota", "messages"|"message": {…}}``;
  the simulator has one device and alternates the two key spellings as the examples do;
- the v1 ``send-message`` answer is ``data: {"messages": […]}`` only, as its example;
  every other send answer also has ``device_id`` and ``quota``;
- media URLs must be ``http(s)``; when the URL path has an extension it must be one the
  document allows for that kind; files (base64 or multipart) may not exceed 2 MB;
- ``v2/send-link`` does not fetch the page: the item's ``message`` echoes the link's host
  name where the real service shows the page title;
- report lists are newest first; ``perPage``/``limit`` default to 100, ``page`` to 1;
  the item ``type`` is ``"agent"`` as in the examples; link, list and location messages
  report the categories ``link``, ``list`` and ``location``;
- ``"phones list"`` and the v2 schedule update's ``phone`` echo numbers in the local
  ``08…`` form, as the examples do; the schedule items carry the ``62…`` form.

See ``wablas_state`` for statuses, numbers not on WhatsApp, time zones and quota.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import html
import json
import math
import mimetypes
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from wadesk.simulator.base import ProviderState, SharedState
from wadesk.simulator.qr import qr_data_uri
from wadesk.simulator.wablas_state import (
    DEFAULT_EXTENSION,
    DEVICE_TIMEZONE,
    EXTENSIONS,
    MAX_BATCH,
    MAX_FILE_BYTES,
    MAX_REALTIME_LIMIT,
    MAX_TEXT,
    MEDIA_KINDS,
    Contact,
    Message,
    Schedule,
    WablasState,
    compact_json,
    local_date,
    local_text,
    new_id,
    normalise_phone,
    on_whatsapp,
    parse_local,
    url_basename,
    url_extension,
    valid_group_id,
    zone,
)

NAME = "wablas"
PENDING = "Message is pending and waiting to be processed"
SCHEDULE_SAVED = "Scheduled Messages is succesfully saved and waiting to be processed"
_TRUE = frozenset({"true", "1", "yes", "on"})
_SCHEDULE_CATEGORIES = frozenset({"text", "image", "video", "document", "audio", "template", "location", "button"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Auth(enum.Enum):
    """Where the credentials may be; ``token.secret_key`` in the header always works."""

    SECRET = enum.auto()  # token.secret_key in the Authorization header
    HEADER_TOKEN = enum.auto()  # also the token alone in the header
    QUERY_TOKEN = enum.auto()  # also the token (alone or with the secret key) as the token query parameter


class Invalid(Exception):
    """A request the gateway refuses as a whole (HTTP 400 unless told otherwise)."""

    def __init__(self, message: str, status: int = 400, failures: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.failures = failures


# -- small helpers -----------------------------------------------------------


def ok(body: Mapping[str, Any], status: int = 200) -> web.Response:
    return web.json_response(dict(body), status=status)


def refusal(message: str, status: int = 400, failures: list[dict[str, Any]] | None = None) -> web.Response:
    body: dict[str, Any] = {"status": False, "message": message}
    if failures is not None:
        body["data"] = {"messages": failures}
    return web.json_response(body, status=status)


def failure(phone: Any, message: str) -> dict[str, Any]:
    return {"phone": phone, "message": message, "status": False}


def local_phone(phone: str) -> str:
    """``62…`` as ``0…`` (what the schedule answers echo)."""
    return "0" + phone[2:] if phone.startswith("62") else phone


class Params:
    """Request fields from a query, a form, a multipart body or one JSON item."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None or isinstance(value, FileField | dict | list):
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        return str(value)

    def required(self, name: str) -> str:
        value = self.text(name)
        if value is None or not value.strip():
            raise Invalid(f"{name} is required")
        return value

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        text = self.text(name)
        return text is not None and text.strip().lower() in _TRUE

    def integer(self, name: str, default: int) -> int:
        text = self.text(name)
        if text is None or not text.strip():
            return default
        try:
            return int(text.strip())
        except ValueError:
            raise Invalid(f"{name} must be a number") from None


async def form_params(request: web.Request) -> Params:
    """The query merged with the form or multipart body (the body wins)."""
    values: dict[str, Any] = dict(request.query)
    if request.method in ("POST", "PUT", "PATCH") and request.body_exists:
        try:
            posted = await request.post()
        except ValueError as exc:
            raise Invalid(f"invalid request body: {exc}") from None
        for key in posted:
            values[key] = posted[key]
    return Params(values)


async def json_items(request: web.Request) -> list[Any]:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise Invalid('invalid JSON body, expected {"data": [...]}') from None
    items = body.get("data") if isinstance(body, dict) else None
    if not isinstance(items, list) or not items:
        raise Invalid("data is required: a list of messages")
    if len(items) > MAX_BATCH:
        raise Invalid(f"maximum {MAX_BATCH} numbers every sending message")
    return items


def check_text(value: str | None, name: str) -> None:
    if value is not None and len(value) > MAX_TEXT:
        raise Invalid(f"{name} is too long, maximum {MAX_TEXT} characters")


def check_media_url(kind: str, url: str) -> str:
    """Validate a media URL; returns its extension (or the kind's default)."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise Invalid(f"{kind} must be a public http(s) URL")
    ext = url_extension(url)
    if ext is not None and ext not in EXTENSIONS[kind]:
        raise Invalid(f"{kind} extension not supported, use: {', '.join(sorted(EXTENSIONS[kind]))}")
    return ext or DEFAULT_EXTENSION[kind]


def stored_name(kind: str, url: str, ext: str) -> str:
    """The file name Wablas reports for media sent by URL."""
    if kind == "image":
        return f"{hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()}.{ext}"
    return url_basename(url) or f"{hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()}.{ext}"


def resolve_targets(raw: str, is_group: bool) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    """Split a comma list into ``(as sent, normalised)`` recipients and failure items."""
    targets: list[tuple[str, str]] = []
    failures: list[dict[str, Any]] = []
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if is_group:
            if valid_group_id(part):
                targets.append((part, part))
            else:
                failures.append(failure(part, "group id invalid"))
            continue
        phone = normalise_phone(part)
        if phone is None:
            failures.append(failure(part, "format phone invalid"))
        else:
            targets.append((part, phone))
    return targets, failures


# -- the routes --------------------------------------------------------------


class WablasRoutes:
    """The aiohttp handlers of one simulated Wablas account."""

    def __init__(self, state: WablasState, prefix: str) -> None:
        self.state = state
        self.prefix = prefix

    # -- plumbing ------------------------------------------------------------

    def add(self, app: web.Application, method: str, path: str, handler: Handler, auth: Auth | None) -> None:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            if auth is not None:
                denied = self.authorize(request, auth)
                if denied is not None:
                    return denied
            self.state.refresh()
            try:
                return await handler(request)
            except Invalid as exc:
                return refusal(exc.message, exc.status, exc.failures)

        app.router.add_route(method, self.prefix + path, wrapped)

    def authorize(self, request: web.Request, auth: Auth) -> web.Response | None:
        token = self.state.credentials["token"]
        full = f"{token}.{self.state.credentials['secret_key']}"
        offered = [request.headers.get("Authorization", "").strip()]
        if auth is Auth.QUERY_TOKEN:
            offered.append(request.query.get("token", "").strip())
        reason = "token invalid"
        for value in filter(None, offered):
            if value == full or (value == token and auth is not Auth.SECRET):
                return None
            if value == token or value.startswith(token + "."):
                reason = "secret key invalid"
        return auth_failure(reason)

    def root_url(self, request: web.Request) -> str:
        return f"{request.scheme}://{request.host}{self.prefix}"

    def device_part(self) -> dict[str, Any]:
        return {"device_id": self.state.device.serial, "quota": self.state.device.quota_value()}

    def send_answer(
        self,
        results: list[Message | dict[str, Any]],
        *,
        random: bool,
        with_device: bool = True,
        message: str = PENDING,
    ) -> web.Response:
        accepted = [r for r in results if isinstance(r, Message)]
        failures = [r for r in results if not isinstance(r, Message)]
        if not accepted:
            raise Invalid(str(failures[0]["message"]) if failures else "nothing to send", failures=failures)
        if random:
            data: Any = []
            for index, msg in enumerate(accepted):
                key = "messages" if index % 2 == 0 else "message"
                data.append({**self.device_part(), key: msg.send_item()})
            data.extend(failures)
        else:
            items = [r.send_item() if isinstance(r, Message) else r for r in results]
            data = {**self.device_part(), "messages": items} if with_device else {"messages": items}
        return ok({"status": True, "message": message, "data": data})

    def ensure_quota(self, count: int) -> None:
        if count and not self.state.has_quota(count):
            raise Invalid("quota not enough, please renew your device quota")

    # -- device --------------------------------------------------------------

    async def device_info(self, request: web.Request) -> web.StreamResponse:
        dev = self.state.device
        return ok(
            {
                "status": True,
                "data": {
                    "name": dev.name,
                    "serial": dev.serial,
                    "sender": dev.sender,
                    "quota": dev.quota_value(),
                    "expired_date": dev.expired_date,
                    "active": dev.active,
                    "status": dev.status,
                },
            }
        )

    async def device_scan(self, request: web.Request) -> web.StreamResponse:
        dev = self.state.device
        title = f"Scan QR Code – device {html.escape(dev.serial)}"
        if dev.status == "connected":
            body = f"<p>Device {html.escape(dev.serial)} ({html.escape(dev.sender)}) is connected.</p>"
            refresh = ""
        else:
            payload = self.state.qr_payload()
            expires = self.state.qr_expires_at()
            seconds = max(1, math.ceil(expires - self.state.now()))
            body = (
                "<p>Open WhatsApp on your phone, tap Linked devices and scan this code.</p>\n"
                f'<img id="qr" alt="QR code" data-expires="{int(expires)}" src="{qr_data_uri(payload)}">\n'
                f"<p>The code changes every 20 seconds; this page reloads in {seconds} s.</p>"
            )
            refresh = f'<meta http-equiv="refresh" content="{seconds}">\n'
        page = (
            '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"{refresh}<title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n{body}\n</body>\n</html>\n"
        )
        return web.Response(text=page, content_type="text/html")

    async def device_disconnect(self, request: web.Request) -> web.StreamResponse:
        self.state.disconnect()
        return ok({"status": True, "message": f"your device {self.state.device.serial} succesfully disconnected"})

    async def device_restart(self, request: web.Request) -> web.StreamResponse:
        self.state.restart()
        return ok({"status": True, "message": f"restart device {self.state.device.serial} successfully"})

    # -- v1 sends ------------------------------------------------------------

    def accept_targets(self, params: Params, category: str, **fields: Any) -> list[Message | dict[str, Any]]:
        is_group = params.flag("isGroup")
        targets, failures = resolve_targets(params.required("phone"), is_group)
        self.ensure_quota(len(targets))
        results: list[Message | dict[str, Any]] = []
        for _, phone in targets:
            item_fields = dict(fields)
            if params.flag("spintax") and isinstance(item_fields.get("message"), str):
                item_fields["message"] = self.state.spin(phone, item_fields["message"])
            results.append(
                self.state.accept(
                    phone=phone,
                    category=category,
                    is_group=is_group,
                    ref_id=params.text("ref_id"),
                    source=params.text("source"),
                    **item_fields,
                )
            )
        return results + failures

    async def send_message(self, request: web.Request) -> web.StreamResponse:
        params = await form_params(request)
        params.required("phone")
        text = params.required("message")
        check_text(text, "message")
        results = self.accept_targets(params, "text", message=text)
        return self.send_answer(results, random=params.flag("random"), with_device=False)

    def media_by_url(self, kind: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            params = await form_params(request)
            params.required("phone")
            url = params.required(kind).strip()
            ext = check_media_url(kind, url)
            caption = params.text("caption")
            check_text(caption, "caption")
            results = self.accept_targets(params, kind, caption=caption, file=stored_name(kind, url, ext), url=url)
            return self.send_answer(results, random=params.flag("random"))

        return handler

    def read_local_file(self, params: Params, kind: str, *, base64_allowed: bool) -> tuple[bytes, str | None]:
        """The uploaded file's bytes and its original name, from a file part or a base64 field."""
        value = params.raw("file")
        if isinstance(value, FileField):
            return value.file.read(), value.filename
        if not base64_allowed or not isinstance(value, str) or not value.strip():
            raise Invalid("file is required" + ("" if base64_allowed else " as a multipart file part"))
        try:
            content = base64.b64decode("".join(value.split()), validate=True)
        except (binascii.Error, ValueError):
            raise Invalid("file must be base64 encoded") from None
        name: str | None = None
        meta = params.text("data")
        if meta:
            try:
                decoded = json.loads(meta)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict) and isinstance(decoded.get("name"), str):
                name = decoded["name"]
        return content, name

    def local_extension(self, kind: str, *names: str | None) -> str:
        for name in names:
            if name and "." in name:
                ext = name.rsplit(".", 1)[1].lower()
                if ext not in EXTENSIONS[kind]:
                    raise Invalid(f"{kind} extension not supported, use: {', '.join(sorted(EXTENSIONS[kind]))}")
                return ext
        return DEFAULT_EXTENSION[kind]

    def media_from_local(self, kind: str, *, base64_allowed: bool, name_field: str | None) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            params = await form_params(request)
            params.required("phone")
            content, original = self.read_local_file(params, kind, base64_allowed=base64_allowed)
            if len(content) > MAX_FILE_BYTES:
                raise Invalid("max file size is 2 MB")
            custom = params.text(name_field) if name_field else None
            if custom is not None and len(custom) > 60:
                raise Invalid(f"{name_field} is too long, maximum 60 characters")
            ext = self.local_extension(kind, custom, original)
            caption = params.text("caption")
            check_text(caption, "caption")
            if custom and custom.strip():
                file_name = custom.strip() if custom.strip().lower().endswith("." + ext) else f"{custom.strip()}.{ext}"
            elif kind != "image" and original:
                file_name = original
            else:
                file_name = f"{hashlib.md5(content, usedforsecurity=False).hexdigest()}.{ext}"
            url = f"{self.root_url(request)}/{self.state.store_upload(kind, content, ext)}"
            results = self.accept_targets(params, kind, caption=caption, file=file_name, url=url)
            return self.send_answer(results, random=params.flag("random"))

        return handler

    async def upload(self, request: web.Request) -> web.StreamResponse:
        kind = request.match_info["type"]
        if kind not in MEDIA_KINDS:
            raise Invalid("type must be one of: image, video, audio, document")
        params = await form_params(request)
        content, original = self.read_local_file(params, kind, base64_allowed=False)
        if len(content) > MAX_FILE_BYTES:
            raise Invalid("max file size is 2 MB")
        ext = self.local_extension(kind, original)
        path = self.state.store_upload(kind, content, ext)
        return ok(
            {
                "status": True,
                "message": "Upload file successfully",
                "data": {"messages": [{"url": f"{self.root_url(request)}/{path}"}]},
            }
        )

    async def uploaded_file(self, request: web.Request) -> web.StreamResponse:
        path = f"{request.match_info['type']}/{request.match_info['name']}"
        stored = self.state.uploads.get(path)
        if stored is None:
            raise web.HTTPNotFound()
        content, ext = stored
        mime = mimetypes.guess_type(f"x.{ext}")[0] or "application/octet-stream"
        return web.Response(body=content, content_type=mime)

    # -- v2 sends ------------------------------------------------------------

    def v2_item(self, kind: str, item: Params) -> dict[str, Any]:
        """Validate one v2 item; returns the ``accept`` fields (raises ``Invalid`` for a per-item failure)."""
        if kind == "message":
            text = item.required("message")
            check_text(text, "message")
            return {"category": "text", "message": text}
        if kind in MEDIA_KINDS:
            url = item.required(kind).strip()
            ext = check_media_url(kind, url)
            caption = item.required("caption") if kind == "video" else item.text("caption")
            check_text(caption, "caption")
            return {"category": kind, "caption": caption, "file": stored_name(kind, url, ext), "url": url}
        body = item.raw("message")
        if not isinstance(body, dict):
            raise Invalid("message is required and must be an object")
        obj = Params(body)
        if kind == "link":
            link = obj.required("link").strip()
            if not link.lower().startswith(("http://", "https://")):
                raise Invalid("link must be a http(s) URL")
            check_text(obj.text("text"), "text")
            host = link.split("://", 1)[1].split("/", 1)[0]
            return {"category": "link", "message": host, "url": link}
        if kind == "list":
            for name in ("title", "description", "buttonText", "footer"):
                obj.required(name)
            rows = obj.raw("lists")
            if not isinstance(rows, list) or not rows:
                raise Invalid("lists is required: a list of {title, description}")
            for row in rows:
                if not isinstance(row, dict) or not Params(row).text("title"):
                    raise Invalid("every lists item needs a title and a description")
            check_text(obj.text("description"), "description")
            return {"category": "list", "message": obj.text("description")}
        # location
        for name in ("name", "address"):
            obj.required(name)
        for name, limit in (("latitude", 90.0), ("longitude", 180.0)):
            value = obj.raw(name)
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise Invalid(f"{name} is required and must be a number") from None
            if not -limit <= number <= limit:
                raise Invalid(f"{name} must be between -{limit:g} and {limit:g}")
        return {"category": "location", "message": compact_json(body)}

    def v2_send(self, kind: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            raw_items = await json_items(request)
            planned: list[tuple[Params, str, dict[str, Any]] | dict[str, Any]] = []
            for raw in raw_items:
                if not isinstance(raw, dict):
                    planned.append(failure(None, "every data item must be an object"))
                    continue
                item = Params(raw)
                raw_phone = item.text("phone")
                try:
                    if raw_phone is None or not raw_phone.strip():
                        raise Invalid("phone is required")
                    is_group = item.flag("isGroup")
                    if is_group:
                        if not valid_group_id(raw_phone):
                            raise Invalid("group id invalid")
                        phone = raw_phone.strip()
                    else:
                        normalised = normalise_phone(raw_phone)
                        if normalised is None:
                            raise Invalid("format phone invalid")
                        phone = normalised
                    fields = self.v2_item(kind, item)
                except Invalid as exc:
                    planned.append(failure(raw_phone, exc.message))
                    continue
                if item.flag("spintax") and isinstance(fields.get("message"), str) and kind == "message":
                    fields["message"] = self.state.spin(phone, fields["message"])
                planned.append((item, phone, fields))
            self.ensure_quota(sum(1 for p in planned if isinstance(p, tuple)))
            results: list[Message | dict[str, Any]] = []
            random = False
            for entry in planned:
                if isinstance(entry, dict):
                    results.append(entry)
                    continue
                item, phone, fields = entry
                random = random or item.flag("random")
                results.append(
                    self.state.accept(
                        phone=phone,
                        is_group=item.flag("isGroup"),
                        ref_id=item.text("ref_id"),
                        source=item.text("source"),
                        **fields,
                    )
                )
            message = PENDING
            if kind == "link":
                errors = sum(1 for r in results if not isinstance(r, Message))
                message = f"Link Preview Message is pending and waiting to be processed, with error: {errors}"
            return self.send_answer(results, random=random, message=message)

        return handler

    # -- schedules -----------------------------------------------------------

    def schedule_time(self, date: str, time: str, tz_name: str) -> tuple[float, str]:
        tz = zone(tz_name)
        if tz is None:
            raise Invalid(f"timezone {tz_name!r} is invalid, e.g. Asia/Jakarta")
        try:
            datetime.strptime(date.strip(), "%Y-%m-%d")
        except ValueError:
            raise Invalid("date must be yyyy-mm-dd") from None
        at = parse_local(f"{date.strip()} {time.strip()}", tz)
        if at is None:
            raise Invalid("time must be hh:ii:ss")
        return at, local_text(at, tz)

    async def schedule_create(self, request: web.Request) -> web.StreamResponse:
        params = await form_params(request)
        params.required("phone")
        text = params.required("message")
        check_text(text, "message")
        tz_name = params.required("timezone").strip()
        at, at_text = self.schedule_time(params.required("date"), params.required("time"), tz_name)
        is_group = params.flag("isGroup")
        random = params.flag("random")
        targets, failures = resolve_targets(params.required("phone"), is_group)
        if not targets:
            raise Invalid(str(failures[0]["message"]) if failures else "phone is required", failures=failures)
        items: list[dict[str, Any]] = []
        for _, phone in targets:
            schedule = Schedule(
                id=new_id(),
                category="text",
                phones=[phone],
                targets=[phone],
                text=text,
                timezone=tz_name,
                at=at,
                schedule_at=at_text,
                is_group=is_group,
            )
            self.state.schedules[schedule.id] = schedule
            item: dict[str, Any] = self.device_part() if random else {}
            item.update(id=schedule.id, phone=phone, message=text, status=True, timezone=tz_name, schedule_at=at_text)
            items.append(item)
        return ok(
            {
                "status": True,
                "category": "text",
                "message": SCHEDULE_SAVED,
                "phones list": [p if is_group else local_phone(p) for _, p in targets],
                "messages": items + failures,
            }
        )

    def waiting_schedule(self, schedule_id: str) -> Schedule:
        schedule = self.state.schedules.get(schedule_id)
        if schedule is None:
            raise Invalid("schedule not found", 404)
        if schedule.state != "waiting":
            raise Invalid(f"schedule is already {'sent' if schedule.state == 'sent' else 'canceled'}")
        return schedule

    async def schedule_update(self, request: web.Request) -> web.StreamResponse:
        schedule = self.waiting_schedule(request.match_info["id"])
        params = await form_params(request)
        params.required("phone")
        text = params.required("message")
        check_text(text, "message")
        tz_name = params.required("timezone").strip()
        at, at_text = self.schedule_time(params.required("date"), params.required("time"), tz_name)
        is_group = params.flag("isGroup")
        targets, failures = resolve_targets(params.required("phone"), is_group)
        if not targets:
            raise Invalid(str(failures[0]["message"]) if failures else "phone is required", failures=failures)
        schedule.phones = [p for _, p in targets]
        schedule.targets = [p for _, p in targets]
        schedule.text, schedule.timezone, schedule.at, schedule.schedule_at = text, tz_name, at, at_text
        schedule.is_group = is_group
        dev = self.state.device
        return ok(
            {
                "status": True,
                "id": schedule.id,
                "category": schedule.category,
                "message": SCHEDULE_SAVED,
                "timezone": tz_name,
                "schedule_at": at_text,
                "device": {"serial": dev.serial, "name": dev.name},
                "phones list": [p if is_group else local_phone(p) for p in schedule.targets],
                "messages": text,
            }
        )

    async def schedule_cancel(self, request: web.Request) -> web.StreamResponse:
        schedule = self.state.schedules.get(request.match_info["id"])
        if schedule is None:
            raise Invalid("schedule not found", 404)
        if schedule.state != "waiting":
            raise Invalid("schedule can not be canceled, it is not waiting anymore")
        schedule.state = "cancel"
        return ok({"status": True, "message": "schedule canceled successfully"})

    async def schedule_delete(self, request: web.Request) -> web.StreamResponse:
        if self.state.schedules.pop(request.match_info["id"], None) is None:
            raise Invalid("schedule not found", 404)
        return ok({"status": True, "message": "schedule deleted successfully"})

    async def schedules_delete(self, request: web.Request) -> web.StreamResponse:
        ids = [i.strip() for i in Params(request.query).required("id").split(",") if i.strip()]
        removed = [i for i in ids if self.state.schedules.pop(i, None) is not None]
        if not removed:
            raise Invalid("schedule not found", 404)
        return ok({"status": True, "message": "schedules deleted successfully"})

    def v2_schedule_item(self, item: Params) -> tuple[str, Schedule]:
        """Validate one ``/v2/schedule`` item into an unsaved schedule; returns (raw phone, schedule)."""
        raw_phone = item.required("phone")
        category = item.required("category").strip().lower()
        if category == "tamplate":
            category = "template"
        if category not in _SCHEDULE_CATEGORIES:
            raise Invalid(f"category must be one of: {', '.join(sorted(_SCHEDULE_CATEGORIES))}")
        is_group = item.flag("isGroup")
        if is_group:
            if not valid_group_id(raw_phone):
                raise Invalid("group id invalid")
            phone = raw_phone.strip()
        else:
            normalised = normalise_phone(raw_phone)
            if normalised is None:
                raise Invalid("format phone invalid")
            phone = normalised
        tz = zone(DEVICE_TIMEZONE)
        assert tz is not None
        at = parse_local(item.required("scheduled_at"), tz)
        if at is None:
            raise Invalid("scheduled_at must be YYYY-mm-dd H:i:s")
        body = item.raw("text")
        text = compact_json(body) if isinstance(body, dict | list) else item.text("text")
        check_text(text, "text")
        url = item.text("url")
        if category in MEDIA_KINDS:
            if url is None or not url.strip():
                raise Invalid("url is required")
            check_media_url(category, url)
        schedule = Schedule(
            id=new_id(),
            category=category,
            phones=[raw_phone],
            targets=[phone],
            text=text,
            timezone=DEVICE_TIMEZONE,
            at=at,
            schedule_at=local_text(at, tz),
            url=url.strip() if url else None,
            is_group=is_group,
        )
        return raw_phone, schedule

    async def v2_schedule_create(self, request: web.Request) -> web.StreamResponse:
        results: list[dict[str, Any]] = []
        accepted = 0
        for raw in await json_items(request):
            if not isinstance(raw, dict):
                results.append(failure(None, "every data item must be an object"))
                continue
            item = Params(raw)
            try:
                _, schedule = self.v2_schedule_item(item)
            except Invalid as exc:
                results.append(failure(item.text("phone"), exc.message))
                continue
            self.state.schedules[schedule.id] = schedule
            accepted += 1
            results.append(
                {
                    "id": schedule.id,
                    "phone": schedule.targets[0],
                    "messages": schedule.text,
                    "file": item.text("url"),
                    "timezone": schedule.timezone,
                    "schedule_at": schedule.schedule_at,
                }
            )
        if not accepted:
            raise Invalid(str(results[0]["message"]), failures=results)
        return ok({"status": True, "message": PENDING, "data": {"messages": results}})

    async def v2_schedule_update(self, request: web.Request) -> web.StreamResponse:
        schedule = self.waiting_schedule(request.match_info["id"])
        raw = (await json_items(request))[0]
        if not isinstance(raw, dict):
            raise Invalid("every data item must be an object")
        item = Params(raw)
        _, fresh = self.v2_schedule_item(item)
        schedule.category, schedule.phones, schedule.targets = fresh.category, fresh.phones, fresh.targets
        schedule.text, schedule.url, schedule.is_group = fresh.text, fresh.url, fresh.is_group
        schedule.at, schedule.schedule_at, schedule.timezone = fresh.at, fresh.schedule_at, fresh.timezone
        phone = schedule.targets[0]
        return ok(
            {
                "status": True,
                "id": schedule.id,
                "category": schedule.category,
                "message": "Scheduled Messages is succesfully Updated",
                "timezone": schedule.timezone,
                "schedule_at": schedule.schedule_at,
                "phone": phone if schedule.is_group else local_phone(phone),
                "messages": schedule.text,
                "file": item.text("url"),
            }
        )

    # -- message control -----------------------------------------------------

    @staticmethod
    def ids(request: web.Request) -> list[str]:
        return [i.strip() for i in Params(request.query).required("id").split(",") if i.strip()]

    def per_id(
        self, request: web.Request, act: Callable[[str], Message | None], refused: str, word: str
    ) -> list[dict[str, Any]]:
        """Apply ``act`` to each ``id`` of the query; one result item per id, as resend/cancel/revoke answer."""
        items: list[dict[str, Any]] = []
        for message_id in self.ids(request):
            msg = act(message_id)
            if msg is None:
                items.append({"message": refused, "status": False})
            else:
                items.append({"id": msg.id, "phone": msg.phone, "message": msg.text, "status": word})
        return items

    async def resend(self, request: web.Request) -> web.StreamResponse:
        items = self.per_id(request, self.state.resend, "Id Invalid or message not found", "pending")
        return ok(
            {
                "status": True,
                "message": "Resend Message is pending and waiting to be processed",
                "data": {**self.device_part(), "messages": items},
            }
        )

    async def cancel(self, request: web.Request) -> web.StreamResponse:
        items = self.per_id(request, self.state.cancel, "Id Invalid or message is not pending anymore", "cancel")
        return ok(
            {"status": True, "message": "Message is canceled and waiting to be processed", "data": {"messages": items}}
        )

    async def cancel_all(self, request: web.Request) -> web.StreamResponse:
        pending = [m.id for m in self.state.messages.values() if self.state.status(m) == "pending"]
        cancelled = [{"id": i} for i in pending if self.state.cancel(i) is not None]
        return ok(
            {"status": True, "message": f"Cancel {len(cancelled)} pending messages", "data": {"messages": cancelled}}
        )

    async def revoke(self, request: web.Request) -> web.StreamResponse:
        items = self.per_id(request, self.state.revoke, "Id Invalid or message is not sent yet", "revoke")
        return ok(
            {
                "status": True,
                "message": "Message is being deleted and waiting to be processed",
                "data": {"messages": items},
            }
        )

    # -- reports -------------------------------------------------------------

    def newest_first(self) -> list[Message]:
        return sorted(self.state.messages.values(), key=lambda m: m.created_at, reverse=True)

    @staticmethod
    def page_of(items: list[Any], page: int, per_page: int) -> tuple[list[Any], int]:
        if page < 1 or per_page < 1:
            raise Invalid("page and perPage must be positive numbers")
        total_pages = max(1, math.ceil(len(items) / per_page))
        return items[(page - 1) * per_page : page * per_page], total_pages

    async def report(self, request: web.Request) -> web.StreamResponse:
        q = Params(request.query)
        page, per_page = q.integer("page", 1), q.integer("perPage", 100)
        found = self.newest_first()
        device = q.text("device")
        if device and device.strip() not in ("all", self.state.device.serial):
            found = []
        if ids := q.text("message_id"):
            wanted = {i.strip() for i in ids.split(",")}
            found = [m for m in found if m.id in wanted]
        if ref := q.text("ref_id"):
            found = [m for m in found if m.ref_id == ref]
        if phone := q.text("phone"):
            target = normalise_phone(phone) or phone.strip()
            found = [m for m in found if m.phone == target]
        if status := q.text("status"):
            found = [m for m in found if self.state.status(m) == status.strip().lower()]
        if kind := q.text("type"):
            found = [m for m in found if m.category == kind.strip().lower()]
        if date := q.text("date"):
            try:
                day = datetime.strptime(date.strip(), "%Y-%m-%d").strftime("%Y-%m-%d")
            except ValueError:
                raise Invalid("date must be YYYY-MM-DD") from None
            found = [m for m in found if local_date(m.created_at) == day]
        shown, total_pages = self.page_of(found, page, per_page)
        return ok(
            {
                "status": True,
                "totalData": len(found),
                "perPage": str(per_page),
                "page": str(page),
                "totalPage": total_pages,
                "message": [self.state.report_item(m, realtime=False) for m in shown],
            }
        )

    async def report_realtime(self, request: web.Request) -> web.StreamResponse:
        q = Params(request.query)
        page, limit = q.integer("page", 1), q.integer("limit", 100)
        if limit > MAX_REALTIME_LIMIT:
            raise Invalid(f"limit max {MAX_REALTIME_LIMIT}")
        today = local_date(self.state.now())
        found = self.newest_first()
        ids = q.text("message_id") or q.text("Message_id")
        if ids:  # first: the day of only these is looked at
            wanted = {i.strip() for i in ids.split(",")}
            found = [m for m in found if m.id in wanted]
        found = [m for m in found if local_date(m.created_at) == today]
        shown, total_pages = self.page_of(found, page, limit)
        head = {
            "status": True,
            "message": "success, report only today",
            "device_id": self.state.device.serial,
            "page": str(page),
            "totalPage": total_pages,
            "totalData": len(found),
        }
        items = [self.state.report_item(m, realtime=True) for m in shown]
        # The document prints the key "message" twice; json.dumps cannot, so the text is joined by hand.
        text = json.dumps(head)[:-1] + ', "message": ' + json.dumps(items) + "}"
        return web.Response(text=text, content_type="application/json")

    # -- number check --------------------------------------------------------

    async def check_phone_number(self, request: web.Request) -> web.StreamResponse:
        if not request.headers.get("url", "").strip():
            raise Invalid("header url is required, use: https://wablas.com")
        q = Params(request.query)
        phones = q.text("phones") or q.text("phone")
        if not phones or not phones.strip():
            raise Invalid("phones is required")
        data = []
        for part in (p.strip() for p in phones.split(",")):
            if not part:
                continue
            phone = normalise_phone(part)
            online = phone is not None and on_whatsapp(phone)
            data.append({"phone": phone or part, "status": "online" if online else "offline"})
        return ok({"status": "success", "data": data, "message": "Success"})

    # -- contacts ------------------------------------------------------------

    async def contact_add(self, request: web.Request) -> web.StreamResponse:
        return await self.contact_write(request, update=False)

    async def contact_update(self, request: web.Request) -> web.StreamResponse:
        return await self.contact_write(request, update=True)

    async def contact_write(self, request: web.Request, *, update: bool) -> web.StreamResponse:
        results: list[dict[str, Any]] = []
        now = self.state.now()
        for raw in await json_items(request):
            if not isinstance(raw, dict):
                results.append(failure(None, "every data item must be an object"))
                continue
            item = Params(raw)
            raw_phone = item.text("phone")
            phone = normalise_phone(raw_phone) if raw_phone else None
            name = item.text("name")
            if phone is None:
                results.append(failure(raw_phone, "format phone invalid" if raw_phone else "phone is required"))
                continue
            if not name or not name.strip():
                results.append(failure(phone, "name is required"))
                continue
            existing = self.state.contacts.get(phone)
            if update and existing is None:
                results.append(failure(phone, f"contact {phone} not found"))
                continue
            if not update and existing is not None:
                results.append(failure(phone, f"{phone} already add on contact"))
                continue
            contact = existing or Contact(id=new_id(), phone=phone, name=name, created_at=now, updated_at=now)
            contact.name, contact.updated_at = name, now
            for attr in ("email", "address", "birth_day", "nickname", "gender"):
                value = item.text(attr)
                if value is not None:
                    setattr(contact, attr, value)
            self.state.contacts[phone] = contact
            # The document's update example repeats the "add" wording; so does the simulator.
            results.append({"phone": phone, "message": f"successfully add {phone} to contact", "status": True})
        return ok({"status": True, "message": "Successfully Add contact", "data": {"messages": results}})

    async def contact_list(self, request: web.Request) -> web.StreamResponse:
        q = Params(request.query)
        page, limit = q.integer("page", 1), q.integer("limit", 100)
        found = list(self.state.contacts.values())
        if phone := q.text("phone"):
            target = normalise_phone(phone) or phone.strip()
            found = [c for c in found if c.phone == target]
        shown, total_pages = self.page_of(found, page, limit)
        return ok(
            {
                "status": True,
                "totalData": len(found),
                "perPage": limit,
                "page": page,
                "totalPage": total_pages,
                "message": [c.item() for c in shown],
            }
        )

    async def contact_delete(self, request: web.Request) -> web.StreamResponse:
        raw = Params(request.query).required("phone")
        phones = [normalise_phone(p) or p.strip() for p in raw.split(",") if p.strip()]
        deleted = [p for p in phones if self.state.contacts.pop(p, None) is not None]
        if not deleted:
            raise Invalid("contact not found", 404)
        return ok({"status": True, "message": f"Successfully deleted contacts: {', '.join(deleted)}"})

    # -- simulator-only ------------------------------------------------------

    async def sim_scan(self, request: web.Request) -> web.StreamResponse:
        values: dict[str, Any] = dict(request.query)
        if request.body_exists:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    return web.json_response({"error": "invalid JSON body"}, status=400)
                if isinstance(body, dict):
                    values.update(body)
            else:
                values.update(await request.post())
        params = Params(values)
        try:
            self.state.scan(params.text("device"), params.text("payload"))
        except KeyError as exc:
            return web.json_response({"error": str(exc.args[0])}, status=404)
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=409)
        return web.json_response({"device": self.state.device.serial, "status": self.state.device.status})

    async def sim_qr(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=self.state.qr_payload(), content_type="text/plain")

    async def sim_delivered(self, request: web.Request) -> web.StreamResponse:
        return web.json_response([list(entry) for entry in self.state.delivery_log])

    async def sim_quota(self, request: web.Request) -> web.StreamResponse:
        """Set the device's quota: ``?value=N`` or ``?value=unlimited``."""
        value = request.query.get("value", "unlimited")
        try:
            self.state.device.quota = None if value == "unlimited" else int(value)
        except ValueError:
            return web.json_response({"error": f"quota must be a number or 'unlimited', not {value!r}"}, status=400)
        return web.json_response({"quota": self.state.device.quota_value()})

    # -- registration --------------------------------------------------------

    def register(self, app: web.Application) -> None:
        s, h, q = Auth.SECRET, Auth.HEADER_TOKEN, Auth.QUERY_TOKEN
        add = self.add
        add(app, "GET", "/api/device/info", self.device_info, q)
        add(app, "GET", "/api/device/scan", self.device_scan, q)
        add(app, "GET", "/api/device/disconnect", self.device_disconnect, s)
        add(app, "GET", "/api/device/restart", self.device_restart, s)
        add(app, "GET", "/api/send-message", self.send_message, q)
        add(app, "POST", "/api/send-message", self.send_message, q)
        for kind in MEDIA_KINDS:
            add(app, "POST", f"/api/send-{kind}", self.media_by_url(kind), h if kind == "audio" else s)
        # (kind, base64 form allowed, the custom file name field)
        for kind, base64_allowed, name_field in (
            ("image", True, "filename"),
            ("document", True, "name_file"),
            ("video", False, None),
            ("audio", False, None),
        ):
            handler = self.media_from_local(kind, base64_allowed=base64_allowed, name_field=name_field)
            add(app, "POST", f"/api/send-{kind}-from-local", handler, s)
        add(app, "POST", "/api/upload/{type}", self.upload, s)
        for kind in ("message", *MEDIA_KINDS, "link", "list", "location"):
            add(app, "POST", f"/api/v2/send-{kind}", self.v2_send(kind), h if kind == "message" else s)
        add(app, "POST", "/api/schedule", self.schedule_create, s)
        add(app, "PUT", "/api/schedule/{id}", self.schedule_update, s)
        add(app, "PUT", "/api/schedule-cancel/{id}", self.schedule_cancel, s)
        add(app, "DELETE", "/api/schedule/{id}", self.schedule_delete, s)
        add(app, "POST", "/api/v2/schedule", self.v2_schedule_create, s)
        add(app, "PUT", "/api/v2/schedule/{id}", self.v2_schedule_update, s)
        add(app, "DELETE", "/api/v2/delete-schedule", self.schedules_delete, s)
        add(app, "DELETE", "/api/delete-schedule", self.schedules_delete, s)
        add(app, "GET", "/api/resend-message", self.resend, s)
        add(app, "GET", "/api/cancel-message", self.cancel, s)
        add(app, "GET", "/api/cancel-all-message", self.cancel_all, s)
        add(app, "GET", "/api/revoke-message", self.revoke, s)
        add(app, "GET", "/api/report/message", self.report, s)
        add(app, "GET", "/api/report-realtime", self.report_realtime, s)
        add(app, "GET", "/check-phone-number", self.check_phone_number, h)
        add(app, "POST", "/api/v2/contact", self.contact_add, s)
        add(app, "POST", "/api/v2/contact/update", self.contact_update, s)
        add(app, "GET", "/api/v2/contact", self.contact_list, s)
        add(app, "DELETE", "/api/contact", self.contact_delete, s)
        add(app, "GET", "/{type:image|video|audio|document}/{name}", self.uploaded_file, None)
        app.router.add_post(f"/__sim/{NAME}/scan", self.sim_scan)
        app.router.add_get(f"/__sim/{NAME}/qr", self.sim_qr)
        app.router.add_get(f"/__sim/{NAME}/delivered", self.sim_delivered)
        app.router.add_post(f"/__sim/{NAME}/quota", self.sim_quota)


def auth_failure(reason: str = "token invalid") -> web.Response:
    """How the simulator answers bad Wablas credentials (the document gives no error format)."""
    return web.json_response({"status": False, "message": reason}, status=401)


class WablasSim:
    """The Wablas entry of ``registry.PROVIDERS``."""

    name = NAME
    base_path = "/api"

    def make_state(self, sim: SharedState) -> ProviderState:
        return WablasState(sim)

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        state = sim.provider(NAME)
        assert isinstance(state, WablasState)
        WablasRoutes(state, prefix).register(app)

    def auth_failure(self) -> web.StreamResponse:
        return auth_failure()

    def settings(self, root_url: str) -> dict[str, str]:
        """``phone_check_url``: the number-check host (``https://phone.wablas.com`` for the real service)."""
        return {"phone_check_url": root_url}


SIM = WablasSim()
