"""The settings' default phone region is the one phone numbers are read with when none is given."""

from __future__ import annotations

from wadesk.domain import phone
from wadesk.services import settings


def test_the_default_region_is_the_phone_modules() -> None:
    assert settings.DEFAULT_REGION == phone.DEFAULT_REGION
    assert settings.setting("region").default == phone.DEFAULT_REGION
