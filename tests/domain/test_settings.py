import pytest

from wadesk.domain import FieldType, SettingField, SettingsSchema, ValidationError

SCHEMA = SettingsSchema(
    [
        SettingField("token", "Token", FieldType.SECRET),
        SettingField("phone_check_url", "Check host", FieldType.URL, required=False, default="https://x.example"),
    ]
)


def test_secret_given_as_plain_setting_is_refused() -> None:
    with pytest.raises(ValidationError, match="secret"):
        SCHEMA.validate({"token": "t"}, secret=False)


def test_unknown_setting_names_known_ones() -> None:
    with pytest.raises(ValidationError, match="phone_check_url"):
        SCHEMA.validate({"nope": "1"}, secret=False)


def test_required_secret_missing() -> None:
    with pytest.raises(ValidationError, match="token"):
        SCHEMA.validate({}, secret=True)


def test_defaults_and_url_check() -> None:
    assert SCHEMA.validate({}, secret=False) == {"phone_check_url": "https://x.example"}
    with pytest.raises(ValidationError, match="http"):
        SCHEMA.validate({"phone_check_url": "ftp://x"}, secret=False)
