"""The window in Bahasa Indonesia for a test: the .qm built from the .ts files as they are now, then applied.

The committed ``wadesk_id.qm`` may be older than the ``.ts`` files; a test of
the translation builds its own into a temporary folder.  Use the ``indonesian``
fixture (``tests/ui/conftest.py``); the language is English again afterwards.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from wadesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def translations_tool() -> ModuleType:
    """``packaging/translations.py`` (not a package: loaded from its file)."""
    name = "wadesk_translations_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@contextmanager
def speaking_indonesian(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    built = translations_tool().build(out=folder)
    assert built and built[0].exists()
    monkeypatch.setattr(i18n, "resource", lambda *parts: folder / parts[-1])
    i18n.apply("id")
    try:
        yield
    finally:
        i18n.apply("en")
