"""A declarative settings schema: the account dialog and ``wadesk account add`` are generated from it."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError


class FieldType(enum.StrEnum):
    TEXT = "text"
    URL = "url"
    SECRET = "secret"  # noqa: S105  (a field type, not a password)


@dataclass(frozen=True)
class SettingField:
    name: str  # the provider's own parameter name
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = True
    default: str = ""
    help: str = ""
    pattern: str | None = None  # a regular expression the value must match

    @property
    def secret(self) -> bool:
        return self.type is FieldType.SECRET

    def validate(self, value: str) -> str:
        value = value.strip()
        if not value:
            if self.required and not self.default:
                raise ValidationError(f"{self.label} ({self.name}) is required")
            return value or self.default
        if self.type is FieldType.URL and not re.match(r"https?://[^\s/]+", value):
            raise ValidationError(f"{self.label} ({self.name}) must be an http(s) URL, not {value!r}")
        if self.pattern and not re.fullmatch(self.pattern, value):
            what = "value" if self.secret else repr(value)
            raise ValidationError(f"{self.label} ({self.name}): {what} is not in the expected form")
        return value


@dataclass(frozen=True)
class SettingsSchema:
    fields: Sequence[SettingField]

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
        raise ValidationError(f"unknown setting {name!r} (known: {known})")

    def validate(self, values: Mapping[str, str], *, secret: bool) -> dict[str, str]:
        """Check the plain (``secret=False``) or secret values; unknown names are refused."""
        for name in values:
            if self.field(name).secret != secret:
                kind = "a secret: give it on stdin or at the prompt" if not secret else "not a secret"
                raise ValidationError(f"setting {name!r} is {kind}")
        wanted = self.secret_fields if secret else self.plain_fields
        out: dict[str, str] = {}
        for f in wanted:
            value = f.validate(values.get(f.name, ""))
            if value:
                out[f.name] = value
        return out
