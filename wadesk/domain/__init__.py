"""Plain data, the status vocabulary, capabilities, errors and phone numbers.  No I/O, no Qt, no httpx.

The phone-number functions are loaded at their first use (``phonenumbers`` is large): importing a
``wadesk.domain`` module does not load them.
"""

from typing import TYPE_CHECKING, Any

from wadesk.domain.capabilities import KIND_CAPABILITY, Capability, Limits
from wadesk.domain.errors import (
    Ambiguous,
    AuthError,
    NotSent,
    NotSupported,
    ProviderError,
    RateLimited,
    Rejected,
    SecretsUnavailable,
    TransportError,
    UnknownAccount,
    ValidationError,
    WadeskError,
)
from wadesk.domain.models import (
    Account,
    Button,
    ButtonsContent,
    Contact,
    ContactCard,
    DeviceInfo,
    DeviceState,
    Group,
    Interactive,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MediaRef,
    MessageKind,
    NumberCheck,
    OutgoingMessage,
    PollContent,
    QrChallenge,
    QrKind,
    Recipient,
    ScheduledRemote,
    SendResult,
    StatusUpdate,
    StoredMessage,
    TemplateContent,
)
from wadesk.domain.settings import FieldType, SettingField, SettingsSchema
from wadesk.domain.status import DeliveryStatus, can_move

if TYPE_CHECKING:
    from wadesk.domain.phone import is_group_id, normalize_phone, normalize_recipient

_PHONE = ("is_group_id", "normalize_phone", "normalize_recipient")


def __getattr__(name: str) -> Any:
    if name in _PHONE:
        from wadesk.domain import phone

        return getattr(phone, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KIND_CAPABILITY",
    "Account",
    "Ambiguous",
    "AuthError",
    "Button",
    "ButtonsContent",
    "Capability",
    "Contact",
    "ContactCard",
    "DeliveryStatus",
    "DeviceInfo",
    "DeviceState",
    "FieldType",
    "Group",
    "Interactive",
    "Limits",
    "LinkContent",
    "ListContent",
    "ListRow",
    "Location",
    "MediaRef",
    "MessageKind",
    "NotSent",
    "NotSupported",
    "NumberCheck",
    "OutgoingMessage",
    "PollContent",
    "ProviderError",
    "QrChallenge",
    "QrKind",
    "RateLimited",
    "Recipient",
    "Rejected",
    "ScheduledRemote",
    "SecretsUnavailable",
    "SendResult",
    "SettingField",
    "SettingsSchema",
    "StatusUpdate",
    "StoredMessage",
    "TemplateContent",
    "TransportError",
    "UnknownAccount",
    "ValidationError",
    "WadeskError",
    "can_move",
    "is_group_id",
    "normalize_phone",
    "normalize_recipient",
]
