"""The WACloud provider: each operation as the HTTP calls the document gives."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from wadesk.domain.errors import Ambiguous, ProviderError, Rejected, ValidationError
from wadesk.domain.models import (
    Account,
    Contact,
    DeviceInfo,
    DeviceState,
    NumberCheck,
    OutgoingMessage,
    QrChallenge,
    SendResult,
    StatusUpdate,
)
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.words import N_
from wadesk.providers.base import Provider
from wadesk.providers.http import HttpClient, json_of, parse_json
from wadesk.providers.values import as_text
from wadesk.providers.wacloud.info import CONTACTS_PAGE, DEFAULT_EVENTS, INFO, OTP_DIGITS
from wadesk.providers.wacloud.numbers import chat_number, national_number
from wadesk.providers.wacloud.parsing import (
    OtpTicket,
    Template,
    Webhook,
    callback_updates,
    contact_from,
    contacts_from,
    data_of,
    device_from,
    device_list,
    device_state_of,
    ensure_success,
    number_check,
    otp_ticket,
    picture_url,
    preview_text,
    qr_challenge,
    rows_of,
    sent_message,
    status_word,
    template_from,
    template_variables,
    webhook_from,
)
from wadesk.providers.wacloud.requests import contact_segment, message_body, path_segment

# -- the provider ----------------------------------------------------------------


class WacloudProvider(Provider):
    info = INFO

    def __init__(self, account: Account, secrets: Mapping[str, str], http: HttpClient) -> None:
        super().__init__(account, secrets, http)
        self._by_whatsapp_id: dict[str, str] = {}  # whatsapp_message_id -> message_id, for callbacks

    # -- plumbing ---------------------------------------------------------------
    @property
    def device_id(self) -> str:
        value = str(self.account.settings.get("device_id", "")).strip()
        if not value:
            raise ValidationError(N_("WACloud needs the device ID (setting device_id) of the device that sends"))
        return value

    def _device_path(self, device_id: str | None = None) -> str:
        return f"devices/{path_segment(device_id or self.device_id)}"

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
    ) -> Mapping[str, Any]:
        """One request; the parsed envelope, with ``success: false`` raised in WACloud's words."""
        headers = {"X-Api-Key": self.secrets.get("api_key", "")}
        response = await self.http.request(method, path, params=params, json_body=json_body, headers=headers)
        if not response.content.strip():
            return {}  # an empty 200/204 (a delete, an update): nothing to read
        return ensure_success(json_of(self.info.name, response), http_status=response.status_code)

    # -- devices ----------------------------------------------------------------
    async def device_info(self) -> DeviceInfo:
        """``GET /devices/{device_id}``; its status from ``…/status`` when the details leave it out."""
        body = await self._call("GET", self._device_path())
        info = device_from(data_of(body), fallback_id=self.device_id)
        if info.state is DeviceState.UNKNOWN:
            info = replace(info, state=await self.device_status())
        return info

    async def device_status(self, device_id: str | None = None) -> DeviceState:
        """``GET /devices/{device_id}/status``: connected, pairing or disconnected."""
        body = await self._call("GET", f"{self._device_path(device_id)}/status")
        return device_state_of(body)

    async def list_devices(self) -> list[DeviceInfo]:
        """``GET /devices``: the connected devices of the account."""
        return device_list(await self._call("GET", "devices"))

    async def get_device(self, device_id: str) -> DeviceInfo:
        body = await self._call("GET", self._device_path(device_id))
        return device_from(data_of(body), fallback_id=device_id)

    async def create_device(self, name: str, phone_number: str) -> DeviceInfo:
        """``POST /devices``; the number goes without the country code (``81…``).  The device starts pairing."""
        if not name.strip():
            raise ValidationError(N_("a WACloud device needs a name"))
        body = await self._call(
            "POST", "devices", json_body={"name": name.strip(), "phone_number": national_number(phone_number)}
        )
        info = device_from(data_of(body), fallback_id="")
        if not info.device_id:
            raise ProviderError(self.info.name, N_("WACloud created the device but gave no id"))
        return info

    async def pairing_qr(self) -> QrChallenge:
        """``GET /devices/{device_id}/pair``: a base64 PNG data URI, valid for two minutes."""
        return qr_challenge(await self._call("GET", f"{self._device_path()}/pair"))

    # -- messages ---------------------------------------------------------------
    async def send(self, batch: Sequence[OutgoingMessage]) -> list[SendResult]:
        """One ``POST /messages`` per message (WACloud has no bulk send).

        Every body is built first, so an invalid message stops the batch before
        any request.  A message WACloud refuses is ``failed`` in its words; when
        a later request of the batch breaks, the rest are not attempted.
        """
        bodies = [self.message_body(m) for m in batch]
        results: list[SendResult] = []
        for index, (message, body) in enumerate(zip(batch, bodies, strict=True)):
            try:
                answer = await self._call("POST", "messages", json_body=body)
            except Rejected as exc:
                results.append(SendResult(message.ref_id, DeliveryStatus.FAILED, error=exc.message))
                continue
            except ProviderError as exc:
                if not results:
                    raise
                maybe = isinstance(exc, Ambiguous) or type(exc) is ProviderError
                status = DeliveryStatus.UNCERTAIN if maybe else DeliveryStatus.FAILED
                results.append(SendResult(message.ref_id, status, error=str(exc)))
                results.extend(
                    SendResult(rest.ref_id, DeliveryStatus.FAILED, error=f"not sent: {exc}")
                    for rest in batch[index + 1 :]
                )
                return results
            results.append(self._result(message, answer))
        return results

    def _result(self, message: OutgoingMessage, answer: Mapping[str, Any]) -> SendResult:
        sent = sent_message(answer)
        if sent.status is DeliveryStatus.FAILED:
            return SendResult(message.ref_id, DeliveryStatus.FAILED, sent.message_id, error=sent.word or "failed")
        if sent.message_id and sent.whatsapp_message_id:
            self._remember(sent.whatsapp_message_id, sent.message_id)
        if sent.message_id or answer.get("success") is True:
            return SendResult(message.ref_id, DeliveryStatus.ACCEPTED, sent.message_id)
        return SendResult(message.ref_id, DeliveryStatus.UNCERTAIN, error="WACloud's answer named no message id")

    def _remember(self, whatsapp_id: str, message_id: str) -> None:
        if len(self._by_whatsapp_id) >= 10_000:
            self._by_whatsapp_id.pop(next(iter(self._by_whatsapp_id)))
        self._by_whatsapp_id[whatsapp_id] = message_id

    def message_body(self, message: OutgoingMessage) -> dict[str, Any]:
        return message_body(message, self.device_id)

    def parse_callback(self, headers: Mapping[str, str], body: bytes) -> list[StatusUpdate]:
        """Status events POSTed to a webhook; ``message`` (incoming) events give no updates."""
        payload = parse_json(self.info.name, body.decode("utf-8", "replace"))
        return callback_updates(payload, known=self._by_whatsapp_id.get)

    # -- numbers and contacts -----------------------------------------------------
    async def check_numbers(self, numbers: Sequence[str]) -> list[NumberCheck]:
        """``GET /devices/{session}/contacts/check-exists?phone=…``, one number at a time."""
        path = f"{self._device_path()}/contacts/check-exists"
        out: list[NumberCheck] = []
        for number in numbers:
            phone = chat_number(number)
            if not re.fullmatch(r"\d{6,15}", phone):
                out.append(NumberCheck(number, None))  # not a phone number: nothing to ask
                continue
            body = await self._call("GET", path, params={"phone": phone})
            out.append(number_check(number, body))
        return out

    async def list_contacts(self) -> list[Contact]:
        """Every contact of the device, 100 a page (``limit``/``offset``, sorted by id)."""
        path = f"{self._device_path()}/contacts"
        contacts: dict[str, Contact] = {}
        seen: set[str] = set()
        offset = 0
        while True:
            params = {"limit": str(CONTACTS_PAGE), "offset": str(offset), "sortBy": "id", "sortOrder": "asc"}
            rows = rows_of(await self._call("GET", path, params=params))
            keys = {str(r.get("id") or sorted(r.items())) for r in rows}
            for contact in contacts_from(rows):
                contacts.setdefault(contact.phone, contact)
            if len(rows) < CONTACTS_PAGE or keys <= seen:  # the last page, or a server ignoring offset
                return list(contacts.values())
            seen |= keys
            offset += len(rows)

    async def get_contact(self, contact_id: str) -> Contact:
        """One contact by phone number or chat id (``…@c.us``/``…@lid``)."""
        body = await self._call("GET", f"{self._device_path()}/contacts/{contact_segment(contact_id)}")
        contact = contact_from(data_of(body))
        if contact is None:
            raise ProviderError(
                self.info.name, N_("WACloud returned no contact for '{contact_id}'"), contact_id=contact_id
            )
        return contact

    async def save_contacts(self, contacts: Sequence[Contact]) -> list[str]:
        """Each contact through ``update_contact`` (the document's only contact write: it "updates the contact in
        the phone's address book and in WhatsApp"), its whole name as ``firstName``; refusals in WACloud's words."""
        problems: list[str] = []
        for contact in contacts:
            if not contact.name.strip():
                problems.append(f"{contact.phone}: no name to save")
                continue
            try:
                await self.update_contact(f"{chat_number(contact.phone)}@c.us", contact.name.strip())
            except Rejected as exc:
                problems.append(f"{contact.phone}: {exc.provider_message or exc}")
        return problems

    async def update_contact(self, chat_id: str, first_name: str, last_name: str = "") -> None:
        """``PUT …/contacts/{chat_id}`` with ``firstName``/``lastName`` (the phone's address book and WhatsApp)."""
        await self._call(
            "PUT",
            f"{self._device_path()}/contacts/{contact_segment(chat_id)}",
            json_body={"firstName": first_name, "lastName": last_name},
        )

    async def profile_picture(self, contact_id: str, *, refresh: bool = False) -> str | None:
        """The contact's profile-picture URL (cached 24 h by WACloud unless ``refresh``); ``None`` if it has none."""
        body = await self._call(
            "GET",
            f"{self._device_path()}/contacts/{contact_segment(contact_id)}/profile-picture",
            params={"refresh": "true" if refresh else "false"},
        )
        return picture_url(body)

    # -- templates ----------------------------------------------------------------
    async def list_templates(self) -> list[Template]:
        return [t for t in (template_from(r) for r in rows_of(await self._call("GET", "templates"))) if t]

    async def get_template(self, template_id: str) -> Template:
        body = await self._call("GET", f"templates/{path_segment(template_id)}")
        return template_from(data_of(body)) or Template(template_id)

    async def create_template(
        self,
        name: str,
        content: str,
        *,
        message_type: str = "text",
        variables: Sequence[str] | None = None,
        description: str = "",
    ) -> Template:
        """``POST /templates``; ``variables`` default to the ``@{{name}}`` placeholders found in ``content``."""
        names = list(variables) if variables is not None else template_variables(content)
        sent = {
            "name": name,
            "content": content,
            "message_type": message_type,
            "variables": names,
            "description": description,
        }
        body = await self._call("POST", "templates", json_body=sent)
        made = template_from(data_of(body))
        if made is None:
            raise ProviderError(self.info.name, N_("WACloud created the template but gave no id"))
        return _filled(made, sent)

    async def update_template(
        self, template_id: str, *, name: str, content: str, message_type: str = "text"
    ) -> Template:
        sent = {"name": name, "content": content, "message_type": message_type}
        body = await self._call("PUT", f"templates/{path_segment(template_id)}", json_body=sent)
        return _filled(template_from(data_of(body)) or Template(template_id), sent)

    async def delete_template(self, template_id: str) -> None:
        await self._call("DELETE", f"templates/{path_segment(template_id)}")

    async def preview_template(self, template_id: str, variables: Mapping[str, str]) -> str:
        """The template's text with ``variables`` filled in, as WACloud renders it."""
        body = await self._call(
            "POST", f"templates/{path_segment(template_id)}/preview", json_body={"variables": dict(variables)}
        )
        text = preview_text(body)
        if text is None:
            raise ProviderError(self.info.name, N_("WACloud's preview carried no text"))
        return text

    # -- webhooks -----------------------------------------------------------------
    async def create_webhook(
        self, url: str, events: Sequence[str] = DEFAULT_EVENTS, *, device_id: str | None = None
    ) -> Webhook:
        target = device_id or self.device_id
        body = await self._call("POST", "webhooks", json_body={"url": url, "events": list(events), "device_id": target})
        made = webhook_from(data_of(body))
        if made is None:
            raise ProviderError(self.info.name, N_("WACloud created the webhook but gave no id"))
        return Webhook(made.webhook_id, made.url or url, made.events or tuple(events), made.device_id or target)

    async def list_webhooks(self) -> list[Webhook]:
        return [w for w in (webhook_from(r) for r in rows_of(await self._call("GET", "webhooks"))) if w]

    async def delete_webhook(self, webhook_id: str) -> None:
        await self._call("DELETE", f"webhooks/{path_segment(webhook_id)}")

    # -- OTP ------------------------------------------------------------------
    async def send_otp(
        self,
        to: str,
        *,
        expiry_minutes: int | None = None,
        template_id: str | None = None,
        device_id: str | None = None,
    ) -> OtpTicket:
        """Send a 6-digit code (``POST /messages/otp``); the number goes without the country code."""
        body: dict[str, Any] = {"device_id": device_id or self.device_id, "to": national_number(to)}
        if template_id:
            body["template_id"] = template_id
        if expiry_minutes is not None:
            if expiry_minutes < 1:
                raise ValidationError(N_("the OTP expiry must be at least one minute"))
            body["expiry_minutes"] = expiry_minutes
        return otp_ticket(await self._call("POST", "messages/otp", json_body=body))

    async def verify_otp(self, phone_number: str, code: str) -> str:
        """Check a code (by phone number alone); WACloud's confirmation, or ``Rejected`` in its words."""
        code = code.strip()
        if not re.fullmatch(rf"\d{{{OTP_DIGITS}}}", code):
            raise ValidationError(
                N_("a WACloud OTP code is {otp_digits} digits, not '{code}'"), otp_digits=OTP_DIGITS, code=code
            )
        body = await self._call(
            "POST", "messages/verify-otp", json_body={"phone_number": national_number(phone_number), "code": code}
        )
        return as_text(body.get("message")) or "OTP verified"

    async def otp_status(self, otp_id: str) -> str:
        """``pending``, ``verified`` or ``expired``, as WACloud says it."""
        body = await self._call("GET", f"messages/otp/{path_segment(otp_id)}/status")
        word = status_word(body)
        if word is None:
            raise ProviderError(self.info.name, N_("WACloud's OTP status answer carried no status"))
        return word


def _filled(made: Template, sent: Mapping[str, Any]) -> Template:
    """A template from an answer that may leave fields out, completed from what was sent."""
    variables = sent.get("variables")
    return Template(
        template_id=made.template_id,
        name=made.name or str(sent.get("name", "")),
        content=made.content or str(sent.get("content", "")),
        message_type=made.message_type or str(sent.get("message_type", "text")),
        variables=made.variables or (tuple(variables) if isinstance(variables, list) else ()),
        description=made.description or str(sent.get("description", "")),
    )
