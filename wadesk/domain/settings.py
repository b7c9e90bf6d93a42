"""A declarative settings schema: the account dialog and ``wadesk account add`` are generated from it.

Every schema also carries ``allow_http``: plain ``http://`` is refused for the base URL and every URL
setting unless it points at this computer (127.0.0.0/8, ::1, ``localhost``) or the account allows it,
since the key would otherwise cross the network unencrypted.  And ``time_zone``: where the phone is (its
clock is the one customers live by), used for the times the Composer and the Scheduler show; empty means
this computer's.
"""

from __future__ import annotations

import enum
import ipaddress
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError, words_of
from wadesk.domain.redaction import redact
from wadesk.domain.words import N_
from wadesk.domain.zones import INDONESIAN_ZONES, zone


class FieldType(enum.StrEnum):
    TEXT = "text"
    URL = "url"
    SECRET = "secret"  # noqa: S105  (a field type, not a password)
    FLAG = "flag"  # yes or no: a check box in the window, ``yes``/``no`` on the command line


ALLOW_HTTP = "allow_http"
_YES = frozenset({"yes", "true", "on", "1"})


@dataclass(frozen=True)
class SettingField:
    name: str  # the provider's own parameter name
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = True
    default: str = ""
    help: str = ""
    pattern: str | None = None  # a regular expression the value must match
    check: Callable[[str], object] | None = None  # raises ValidationError for a value it refuses
    suggestions: Sequence[str] = ()  # offered as the user types (the value may be another)

    @property
    def secret(self) -> bool:
        return self.type is FieldType.SECRET

    def validate(self, value: str) -> str:
        value = clean_secret(value) if self.secret else value.strip()
        if not value:
            if self.required and not self.default:
                raise ValidationError(N_("{label} ({name}) is required"), label=self.label, name=self.name)
            return value or self.default
        if self.secret:
            check_secret(f"{self.label} ({self.name})", value)
        if self.type is FieldType.URL:
            check_url(f"{self.label} ({self.name})", value, allow_http=True)  # the form; plain HTTP: the schema
        if self.pattern and not re.fullmatch(self.pattern, value):
            what = "value" if self.secret else repr(value)
            raise ValidationError(
                N_("{label} ({name}): {what} is not in the expected form"), label=self.label, name=self.name, what=what
            )
        if self.check is not None:
            try:
                self.check(value)
            except ValidationError as exc:
                raise ValidationError(
                    N_("{label} ({name}): {error}"), label=self.label, name=self.name, error=words_of(exc)
                ) from None
        return value


ALLOW_HTTP_FIELD = SettingField(
    ALLOW_HTTP,
    N_("Allow plain HTTP"),
    FieldType.FLAG,
    required=False,
    help=N_("Sends this account's key unencrypted over http:// to another computer: only on a network you trust"),
    pattern=r"(?i)yes|no|true|false|on|off|1|0",
)


TIME_ZONE = "time_zone"
TIME_ZONE_FIELD = SettingField(
    TIME_ZONE,
    N_("Time zone"),
    required=False,
    help=N_(
        "Where the phone is: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)… "
        "Empty: this computer's time zone"
    ),
    check=zone,
    suggestions=INDONESIAN_ZONES,
)
_COMMON = (TIME_ZONE_FIELD, ALLOW_HTTP_FIELD)  # every schema has these, after the gateway's own


@dataclass(frozen=True)
class SettingsSchema:
    fields: Sequence[SettingField]

    def __post_init__(self) -> None:
        names = {f.name for f in self.fields}
        missing = tuple(f for f in _COMMON if f.name not in names)
        if missing:
            object.__setattr__(self, "fields", (*self.fields, *missing))

    @property
    def secret_fields(self) -> list[SettingField]:
        return [f for f in self.fields if f.secret]

    @property
    def plain_fields(self) -> list[SettingField]:
        return [f for f in self.fields if not f.secret]

    def field(self, name: str) -> SettingField:
        for f in self.fields:
            if f.name == name:
                return f
        known = ", ".join(f.name for f in self.fields) or "none"
        raise ValidationError(N_("unknown setting '{name}' (known: {known})"), name=name, known=known)

    def validate(self, values: Mapping[str, str], *, secret: bool) -> dict[str, str]:
        """Check the plain (``secret=False``) or secret values; unknown names are refused."""
        for name in values:
            if self.field(name).secret != secret:
                kind = "a secret: give it on stdin or at the prompt" if not secret else "not a secret"
                raise ValidationError(N_("setting '{name}' is {kind}"), name=name, kind=kind)
        wanted = self.secret_fields if secret else self.plain_fields
        out: dict[str, str] = {}
        for f in wanted:
            value = f.validate(values.get(f.name, ""))
            if value:
                out[f.name] = value
        for f in wanted:
            if f.type is FieldType.URL and f.name in out:
                check_url(f"{f.label} ({f.name})", out[f.name], allow_http=allows_http(out))
        return out


# -- secrets ---------------------------------------------------------------------


def _invisible(ch: str) -> bool:
    """Zero-width spaces and joiners, the byte-order mark, soft hyphens, no-break and other odd spaces."""
    category = unicodedata.category(ch)
    return category == "Cf" or (category == "Zs" and ch != " ")


def clean_secret(value: str) -> str:
    """A pasted key without the invisible characters a web page or a chat brings along, wherever they are."""
    return "".join(ch for ch in value if not _invisible(ch)).strip()


def check_secret(what: str, value: str) -> None:
    """Refuse a key an HTTP header cannot carry (keys are printable ASCII), naming the character, not the key."""
    for position, ch in enumerate(value, start=1):
        if not " " <= ch <= "~":
            name = unicodedata.name(ch, "a control character")
            raise ValidationError(
                N_(
                    "{what} has U+{value} ({name}) at position {position}, which cannot be sent to a gateway; "
                    "copy the key again from the gateway's dashboard"
                ),
                what=what,
                value=f"{ord(ch):04X}",
                name=name,
                position=position,
            )


# -- URLs ------------------------------------------------------------------------


def allows_http(settings: Mapping[str, str]) -> bool:
    """Whether an account allows plain HTTP to another computer (``allow_http=yes``)."""
    return str(settings.get(ALLOW_HTTP, "")).strip().lower() in _YES


def is_loopback(host: str) -> bool:
    """This computer: 127.0.0.0/8, ::1 or ``localhost``, where nothing crosses a network."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http_host(url: str) -> str | None:
    """The host ``url`` would reach over plain HTTP across a network; ``None`` for https or this computer."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or not host or is_loopback(host):
        return None
    return host


def check_url(what: str, url: str, *, allow_http: bool = False) -> str:
    """``url`` if it is an http(s) URL a key may be sent to; a ``ValidationError`` in plain words otherwise."""
    shown = redact(url)
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        host = None
    if not re.match(r"https?://[^\s/]+", url) or not host or re.search(r"[\s\x00-\x1f\x7f]", url):
        raise ValidationError(N_("{what} must be an http(s) URL, not '{shown}'"), what=what, shown=shown)
    remote = plain_http_host(url)
    if remote is not None and not allow_http:
        raise ValidationError(
            N_(
                "{what} '{shown}' is plain HTTP: the key would cross the network to {remote} unencrypted. Use "
                "https://, or allow plain HTTP for this account on a network you trust"
            ),
            what=what,
            shown=shown,
            remote=remote,
        ).hint(f" (--set {ALLOW_HTTP}=yes)")
    return url


# Keyring fields of an account beside its provider's secrets: the callback receiver's token for the account, and
# the URL carrying it (a gateway told the URL per message, as the Chatbot's ``notifyurl``, reads it from there).
HOOK_TOKEN = "hook_token"  # noqa: S105 (a keyring field name, not a secret)
HOOK_URL = "hook_url"
HOOK_FIELDS = (HOOK_TOKEN, HOOK_URL)
