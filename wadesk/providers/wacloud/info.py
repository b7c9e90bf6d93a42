"""What WACloud offers: its name, capabilities, limits and account settings."""

from __future__ import annotations

from datetime import timedelta

from wadesk.domain.capabilities import Capability, Limits
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.words import N_
from wadesk.providers.base import ProviderInfo

NAME = "WACloud"
QR_VALIDITY = timedelta(minutes=2)  # "QR code berlaku selama 2 menit"
OTP_DIGITS = 6
OTP_DEFAULT_EXPIRY_MINUTES = 10
CONTACTS_PAGE = 100  # the documented default ``limit``
DEFAULT_EVENTS = ("message", "status")

INFO = ProviderInfo(
    id="wacloud",
    name=NAME,
    capabilities=(
        Capability.SEND_TEXT
        | Capability.SEND_IMAGE
        | Capability.SEND_VIDEO
        | Capability.SEND_DOCUMENT
        | Capability.LIST
        | Capability.POLL
        | Capability.TEMPLATE
        | Capability.STATUS_CALLBACK
        | Capability.DEVICE_INFO
        | Capability.QR_PAIRING
        | Capability.CHECK_NUMBER
        | Capability.CONTACTS
    ),
    # The document states no text, media or option limits; media go by public URL only.
    limits=Limits(max_batch=1),
    settings=SettingsSchema(
        [
            SettingField(
                "api_key",
                N_("API key"),
                FieldType.SECRET,
                help=N_("Created in the WACloud dashboard; it starts with waha_"),
            ),
            SettingField(
                "device_id",
                N_("Device ID"),
                help=N_("The device (session) that sends, e.g. 550e8400-e29b-41d4-a716-446655440000"),
            ),
        ]
    ),
    default_base_url="https://app.wacloud.id/api/v1",
    description=N_("Text, image, video, document, poll, list and stored templates; devices, OTP, contacts, webhooks."),
)
