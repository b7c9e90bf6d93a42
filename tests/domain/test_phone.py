import pytest

from wadesk.domain import ValidationError, is_group_id, normalize_phone, normalize_recipient


@pytest.mark.parametrize("raw", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890"])
def test_indonesian_forms_become_one(raw: str) -> None:
    assert normalize_phone(raw) == "6281234567890"


def test_whatsapp_suffix_is_stripped() -> None:
    assert normalize_phone("6281234567890@c.us") == "6281234567890"


def test_other_country_with_plus_or_without() -> None:
    assert normalize_phone("+44 7911 123456") == "447911123456"
    assert normalize_phone("447911123456") == "447911123456"


@pytest.mark.parametrize("raw", ["12345", "0812", "abc", "", "  ", "0812-3456-78901234", "62812x3456"])
def test_invalid_numbers_name_the_input(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw)
    assert repr(raw) in str(info.value)


@pytest.mark.parametrize(
    "group", ["120363064449269123", "120363064449269123@g.us", "872468237asd-6281218123456", "6281218444-1587687324"]
)
def test_group_ids_pass_through(group: str) -> None:
    assert is_group_id(group)
    assert normalize_recipient(group) == (group, True)


def test_hyphenated_phone_is_not_a_group() -> None:
    assert normalize_recipient("0812-3456-7890") == ("6281234567890", False)
