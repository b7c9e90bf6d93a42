"""The registry names every provider without loading it, and loads one when it is asked for."""

from __future__ import annotations

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.providers.registry import provider_class, provider_ids, provider_info, provider_name


def test_every_provider_is_offered_in_order() -> None:
    assert provider_ids() == ["wablas", "chatbot", "jsonwa", "wasender", "wacloud"]


@pytest.mark.parametrize("provider_id", provider_ids())
def test_the_registry_agrees_with_each_provider(provider_id: str) -> None:
    cls = provider_class(provider_id)
    assert cls.info.id == provider_id
    assert provider_info(provider_id) is cls.info
    assert provider_name(provider_id) == cls.info.name


@pytest.mark.parametrize("lookup", [provider_class, provider_info, provider_name])
def test_an_unknown_provider_is_named_with_the_known_ones(lookup: object) -> None:
    assert callable(lookup)
    with pytest.raises(ValidationError) as caught:
        lookup("whatsapp-business")
    assert str(caught.value) == (
        "unknown provider 'whatsapp-business' (known: wablas, chatbot, jsonwa, wasender, wacloud)"
    )
