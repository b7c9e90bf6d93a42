"""WACloud (https://app.wacloud.id/api/v1).

A JSON REST API with the key in the ``X-Api-Key`` header.  Every answer is an
envelope ``{"success": true, "data": …}``; a refusal is ``"success": false``
with the reason under ``error`` (or ``message``), and the provider's words are
what the user sees.  One message per request (``POST /messages``), identified
by WACloud's ``message_id``; its ``whatsapp_message_id`` is remembered so that
a callback naming only the WhatsApp id can still be matched.

Choices where the document is silent or unsure:

* Contact routes are written ``/devices/{session}/contacts…`` and every example
  uses the session ``default``.  The configured ``device_id`` is used as the
  session, as on the device routes.
* Phone numbers: ``628…`` (country code, digits only) for messages and the
  number check, ``81…`` (no country code, no leading zero) for device creation
  and OTP, as the examples show.  ``…@c.us``/``…@lid`` suffixes are stripped
  from what comes back.
* The structure of a list ``section`` is not documented; sections are sent in
  the common WhatsApp Web form ``{"title", "rows": [{"title", "rowId",
  "description"}]}`` under ``message`` as the document shows.
* The payload of the ``status`` webhook event is not documented.  It is read
  as the ``message`` event's envelope carrying the send answer's fields:
  ``{"event": "status", "device_id", "data": {"message_id",
  "whatsapp_message_id", "status", "ack", "to", "timestamp"}}``; WAHA-style
  ``message.ack`` events (``payload.id``/``ack``/``ackName``) are read too.
  Status words win over ``ack`` numbers, which follow the WhatsApp Web
  convention (−1 error, 0 pending, 1 server, 2 device, 3 read, 4 played).
* Message listing, message sync, account quota, block/unblock and the LID
  mappings are named in the document without a path, so they are not offered.
"""

from __future__ import annotations

from wadesk.providers.wacloud.adapter import WacloudProvider
from wadesk.providers.wacloud.info import (
    CONTACTS_PAGE,
    DEFAULT_EVENTS,
    INFO,
    NAME,
    OTP_DEFAULT_EXPIRY_MINUTES,
    OTP_DIGITS,
    QR_VALIDITY,
)
from wadesk.providers.wacloud.numbers import chat_number, national_number
from wadesk.providers.wacloud.parsing import (
    OtpTicket,
    SentMessage,
    Template,
    Webhook,
    callback_updates,
    contact_from,
    contacts_from,
    decode_data_uri,
    device_from,
    device_list,
    device_state,
    device_state_of,
    ensure_success,
    error_words,
    map_status,
    number_check,
    otp_ticket,
    picture_url,
    preview_text,
    qr_challenge,
    sent_message,
    status_word,
    template_from,
    template_variables,
    webhook_from,
)
from wadesk.providers.wacloud.requests import (
    list_message,
    media_fields,
    message_body,
    poll_fields,
    template_fields,
)

__all__ = [
    "CONTACTS_PAGE",
    "DEFAULT_EVENTS",
    "INFO",
    "NAME",
    "OTP_DEFAULT_EXPIRY_MINUTES",
    "OTP_DIGITS",
    "QR_VALIDITY",
    "OtpTicket",
    "SentMessage",
    "Template",
    "WacloudProvider",
    "Webhook",
    "callback_updates",
    "chat_number",
    "contact_from",
    "contacts_from",
    "decode_data_uri",
    "device_from",
    "device_list",
    "device_state",
    "device_state_of",
    "ensure_success",
    "error_words",
    "list_message",
    "map_status",
    "media_fields",
    "message_body",
    "national_number",
    "number_check",
    "otp_ticket",
    "picture_url",
    "poll_fields",
    "preview_text",
    "qr_challenge",
    "sent_message",
    "status_word",
    "template_fields",
    "template_from",
    "template_variables",
    "webhook_from",
]
