"""The Composer's draft and saved messages in the store: one current row, names unique without case."""

from __future__ import annotations

import pytest

from tests.support.store import FakeClock
from wadesk.domain.errors import ValidationError
from wadesk.store import Store
from wadesk.store.drafts import MAX_NAME


def test_the_current_draft_is_one_row_replaced_and_cleared(store: Store, clock: FakeClock) -> None:
    assert store.drafts.current() is None
    store.drafts.save_current('{"a":1}')
    clock.advance(5)
    store.drafts.save_current('{"a":2}')
    current = store.drafts.current()
    assert current is not None and current.draft_json == '{"a":2}' and current.updated_at == clock.current
    assert store.drafts.clear_current() is True
    assert store.drafts.current() is None
    assert store.drafts.clear_current() is False


def test_saved_messages_by_name_without_case(store: Store, clock: FakeClock) -> None:
    store.drafts.save("  Promo   Lebaran ", "image", "Diskon 20%", '{"x":1}')
    store.drafts.save("arisan", "text", "Halo ibu-ibu", '{"x":2}')
    assert [(r.name, r.kind, r.preview) for r in store.drafts.list()] == [
        ("arisan", "text", "Halo ibu-ibu"),
        ("Promo Lebaran", "image", "Diskon 20%"),
    ]
    assert store.drafts.list()[0].draft_json == ""  # the list does not carry the drafts
    assert store.drafts.get("promo lebaran").draft_json == '{"x":1}'

    with pytest.raises(ValidationError, match="a saved message named 'Promo Lebaran' exists already"):
        store.drafts.save("PROMO LEBARAN", "text", "", "{}")
    clock.advance(60)
    replaced = store.drafts.save("PROMO LEBARAN", "text", "Baru", '{"x":3}', replace=True)
    assert (replaced.name, replaced.kind, replaced.preview, replaced.draft_json) == (
        "PROMO LEBARAN",
        "text",
        "Baru",
        '{"x":3}',
    )
    assert replaced.updated_at == clock.current
    assert len(store.drafts.list()) == 2


def test_rename_and_delete(store: Store) -> None:
    store.drafts.save("Promo", "text", "", "{}")
    store.drafts.save("Arisan", "text", "", "{}")
    assert store.drafts.rename("promo", "PROMO").name == "PROMO"  # a change of case only
    with pytest.raises(ValidationError, match="a saved message named 'Arisan' exists already"):
        store.drafts.rename("PROMO", "arisan")
    assert store.drafts.rename("PROMO", "Promo Desember").name == "Promo Desember"
    assert store.drafts.delete("promo desember").name == "Promo Desember"
    assert [r.name for r in store.drafts.list()] == ["Arisan"]
    with pytest.raises(ValidationError, match="no saved message named 'Promo Desember'"):
        store.drafts.get("Promo Desember")


@pytest.mark.parametrize(
    ("name", "problem"),
    [("   ", "a saved message needs a name"), ("x" * (MAX_NAME + 1), f"at most {MAX_NAME} characters")],
)
def test_a_name_must_be_short_and_not_empty(store: Store, name: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        store.drafts.save(name, "text", "", "{}")
