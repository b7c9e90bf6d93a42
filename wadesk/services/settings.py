"""App-wide settings: one typed declaration per setting, read by services, the CLI and the Preferences dialog.

Not to be confused with ``wadesk.domain.settings``, the schema of a gateway *account*'s settings.

The values live in ``settings.json`` in the data folder: a small JSON object holding only what the user
set (a missing key means its default).  Never a secret.  It is written atomically (a private temporary file
in the same folder, then a rename), so a crash leaves the old file or the new one, never half of one.

A file that cannot be read (not JSON, not an object, a value out of range) never stops wadesk: the defaults
are used for what is wrong, and ``Settings.problem`` says so in one line.  It is never overwritten
silently: saving over it first keeps it as ``settings.json.broken`` and says so.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.services.events import EventHub, SettingsChanged
from wadesk.services.pacing import policy_from
from wadesk.store.private import make_private_folder, tighten

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
BROKEN_SUFFIX = ".broken"
PACE_CHOICES = ("safe", "normal")  # "none" stays a per-send choice (--pace none): never a default for real sends
LANGUAGES = ("auto", "id", "en")
POLL_LIMIT = 24 * 3600


class SettingError(ValidationError):
    """A value a setting does not allow; ``reason`` says what is allowed, in plain words."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(N_("{key}: {reason}"), key=key, reason=reason)
        self.key = key
        self.reason = reason


Value = str | int


@dataclass(frozen=True)
class Setting:
    """One app-wide setting: what the user sees (label, help) and what it allows."""

    key: str
    label: str  # marked with N_: the window shows them in its language (``wadesk.ui.i18n.say``)
    help: str
    default: Value
    parse: Callable[[str], Value]  # text -> value; raises ValueError saying what is allowed
    choices: tuple[str, ...] = ()

    @property
    def type(self) -> type:
        return type(self.default)

    def validate(self, raw: object) -> Value:
        """The typed value of ``raw`` (text, or a value read from the file); ``SettingError`` otherwise."""
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise SettingError(self.key, f"{_plain(self)} (not {raw!r})")
        try:
            return self.parse(str(raw))
        except ValueError as exc:
            raise SettingError(self.key, f"{exc} (not {str(raw)!r})") from None

    def text(self, value: Value) -> str:
        return str(value)


def _plain(setting: Setting) -> str:
    if setting.choices:
        return "use " + ", ".join(setting.choices)
    return "expected " + ("a whole number" if setting.type is int else "text")


# The same as ``wadesk.domain.phone.DEFAULT_REGION`` (a test checks), written here so that reading the
# settings does not load ``phonenumbers`` (``wadesk account list`` needs neither).
DEFAULT_REGION = "ID"


def _region(text: str) -> str:
    import phonenumbers  # only when a region is given

    code = text.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError("expected a two-letter country code such as ID, MY, SG or US")
    return code


def _choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in choices:
            raise ValueError("use " + ", ".join(choices))
        return value

    return parse


def _seconds(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= POLL_LIMIT:
        raise ValueError(f"expected a whole number of seconds from 1 to {POLL_LIMIT}")
    return int(value)


def _quiet_hours(text: str) -> str:
    """``HH:MM-HH:MM`` as the pacing code reads quiet hours, or empty for none."""
    value = text.strip()
    if value.lower() in ("", "off", "none", "no"):
        return ""
    try:
        policy = policy_from(f"none,quiet={value}")
    except ValidationError:
        raise ValueError("expected a window like 21:00-07:00, or empty for none") from None
    start, end = policy.quiet_start, policy.quiet_end
    if start is None or end is None:  # "quiet=0" and the like
        return ""
    return f"{start:%H:%M}-{end:%H:%M}"


RECEIVER_CHOICES = ("off", "on")
DEFAULT_RECEIVER_PORT = 8780


def _port(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise ValueError("expected a port number from 1 to 65535")
    return int(value)


def _public_url(text: str) -> str:
    """The address the gateways reach the receiver at (a tunnel's), without a path; empty for this computer's."""
    value = text.strip().rstrip("/")
    if not value:
        return ""
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or any(c in rest for c in "?# "):
        raise ValueError("expected an address like https://example.trycloudflare.com, or empty")
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "region",
        N_("Phone region"),
        N_("The country of numbers written without a country code, like 0812… (two letters: ID, MY, SG, …)"),
        DEFAULT_REGION,
        _region,
    ),
    Setting(
        "pace",
        N_("Sending pace"),
        N_("How fast a bulk send goes when no pace is given: safe (30–60 s apart, rests) or normal (8–15 s apart)"),
        "safe",
        _choice(PACE_CHOICES),
        PACE_CHOICES,
    ),
    Setting(
        "quiet_hours",
        N_("Quiet hours"),
        N_("A daily window without sending, like 21:00-07:00; empty for none"),
        "",
        _quiet_hours,
    ),
    Setting(
        "poll_min_seconds",
        N_("Status check, shortest wait"),
        N_("Seconds between delivery-status checks while messages are on their way"),
        10,
        _seconds,
    ),
    Setting(
        "poll_max_seconds",
        N_("Status check, longest wait"),
        N_("The longest wait between checks when nothing changes (at least the shortest wait)"),
        300,
        _seconds,
    ),
    Setting(
        "receiver",
        N_("Delivery callbacks"),
        N_(
            "Receive delivery reports from gateways that call back (Chatbot, JSON WA, WACloud) while the window is open"
        ),
        "off",
        _choice(RECEIVER_CHOICES),
        RECEIVER_CHOICES,
    ),
    Setting(
        "receiver_port",
        N_("Callback port"),
        N_("The port on this computer the delivery-callback receiver listens on"),
        DEFAULT_RECEIVER_PORT,
        _port,
    ),
    Setting(
        "receiver_public_url",
        N_("Callback address"),
        N_(
            "The public address your tunnel gives the receiver (like https://….trycloudflare.com); "
            "empty for this computer"
        ),
        "",
        _public_url,
    ),
    Setting(
        "language",
        N_("Language"),
        N_("The window's language: auto follows this computer"),
        "auto",
        _choice(LANGUAGES),
        LANGUAGES,
    ),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of ``key``; ``ValidationError`` naming the known keys otherwise."""
    found = _BY_KEY.get(key.strip().lower())
    if found is None:
        raise SettingError(key, "no such setting (known: " + ", ".join(_BY_KEY) + ")")
    return found


def _check_together(values: Mapping[str, Value]) -> None:
    """Rules between settings, on the values in force (a missing one is its default)."""
    low = values.get("poll_min_seconds", _BY_KEY["poll_min_seconds"].default)
    high = values.get("poll_max_seconds", _BY_KEY["poll_max_seconds"].default)
    if isinstance(low, int) and isinstance(high, int) and low > high:
        raise SettingError(
            "poll_max_seconds", f"must be at least the shortest wait, poll_min_seconds ({low}) (not {high})"
        )


@dataclass(frozen=True)
class Settings:
    """The values in force: the user's where set and valid, the defaults otherwise."""

    values: Mapping[str, Value] = field(default_factory=dict)  # only what the user set
    problem: str | None = None  # why the file could not be read (fully), in one line

    def get(self, key: str) -> Value:
        return self.values.get(key, setting(key).default)

    def is_set(self, key: str) -> bool:
        return key in self.values

    @property
    def region(self) -> str:
        return str(self.get("region"))

    @property
    def pace(self) -> str:
        return str(self.get("pace"))

    @property
    def quiet_hours(self) -> str:
        return str(self.get("quiet_hours"))

    @property
    def poll_min_seconds(self) -> int:
        return int(self.get("poll_min_seconds"))

    @property
    def poll_max_seconds(self) -> int:
        return int(self.get("poll_max_seconds"))

    @property
    def receiver(self) -> bool:
        """Whether the window runs the callback receiver (off by default)."""
        return self.get("receiver") == "on"

    @property
    def receiver_port(self) -> int:
        return int(self.get("receiver_port"))

    @property
    def receiver_public_url(self) -> str:
        return str(self.get("receiver_public_url"))

    @property
    def language(self) -> str:
        return str(self.get("language"))


def validate(texts: Mapping[str, object], *, together: bool = True) -> dict[str, Value]:
    """Every value of ``texts`` checked and typed, and (``together``) the rules between them, the others
    at their defaults; the first wrong one raises ``SettingError``."""
    out = {setting(key).key: setting(key).validate(raw) for key, raw in texts.items()}
    if together:
        _check_together(out)
    return out


class SettingsFile:
    """``settings.json`` in a data folder; a save that changes something is published as ``SettingsChanged``."""

    def __init__(self, home: Path, events: EventHub | None = None) -> None:
        self.path = home / FILE_NAME
        self._events = events

    def load(self) -> Settings:
        """What the file says; never raises: a problem is logged and returned in ``Settings.problem``."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError) as exc:
            return self._broken(f"cannot be read ({getattr(exc, 'strerror', None) or exc})")
        try:
            data: Any = json.loads(text)
        except ValueError as exc:
            return self._broken(f"is not valid JSON ({exc})")
        if not isinstance(data, dict):
            return self._broken("does not hold a JSON object")
        values: dict[str, Value] = {}
        wrong: list[str] = []
        for key, raw in data.items():
            if key not in _BY_KEY:
                continue  # a setting of a later version: kept in the file, ignored here
            try:
                values[key] = _BY_KEY[key].validate(raw)
            except SettingError as exc:
                wrong.append(exc.message)
        try:
            _check_together(values)
        except SettingError as exc:
            wrong.append(exc.message)
            values.pop("poll_min_seconds", None)
            values.pop("poll_max_seconds", None)
        if wrong:
            return self._broken("has values wadesk cannot use: " + "; ".join(wrong), values)
        return Settings(values)

    def _broken(self, why: str, values: Mapping[str, Value] | None = None) -> Settings:
        problem = f"the settings file {self.path} {why}; using the defaults" + (" for those" if values else "")
        log.warning("%s", problem)
        return Settings(dict(values or {}), problem)

    def set(self, key: str, raw: object) -> tuple[Settings, str | None]:
        """Store one value (checked first: nothing is written when it is wrong).

        Returns the settings now in force, and where an unreadable file was kept, if it was.
        """
        spec = setting(key)
        return self.update({spec.key: spec.validate(raw)})

    def unset(self, key: str) -> tuple[Settings, str | None]:
        """Back to the default."""
        return self.update({}, remove=(setting(key).key,))

    def update(self, changes: Mapping[str, object], *, remove: tuple[str, ...] = ()) -> tuple[Settings, str | None]:
        """Store several values at once, checked together; nothing is written when one is wrong."""
        current = self.load()
        typed = validate(changes, together=False)  # checked together with what is kept, below
        merged = {k: v for k, v in {**current.values, **typed}.items() if k not in remove}
        _check_together(merged)
        kept = None
        raw: dict[str, Any] = {}
        if current.problem is not None and self.path.exists():
            kept_path = self.path.with_name(FILE_NAME + BROKEN_SUFFIX)
            self.path.replace(kept_path)  # never overwritten silently: kept, and said
            kept = f"the settings file that could not be read was kept as {kept_path}"
            log.warning("%s", kept)
        elif self.path.exists():
            raw = json.loads(self.path.read_text(encoding="utf-8"))  # keeps a later version's keys
        raw = {k: v for k, v in raw.items() if k not in _BY_KEY}
        raw.update({s.key: merged[s.key] for s in SETTINGS if s.key in merged})
        self._write(json.dumps(raw, indent=2, ensure_ascii=False) + "\n")
        changed = frozenset(k for k in _BY_KEY if current.values.get(k) != merged.get(k))
        if changed and self._events is not None:
            self._events.publish(SettingsChanged(changed))
        return Settings(merged), kept

    def _write(self, text: str) -> None:
        make_private_folder(self.path.parent)
        fd, temp = tempfile.mkstemp(prefix=".settings.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            Path(temp).replace(self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        tighten(self.path)
