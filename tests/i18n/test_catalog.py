"""Every string the window shows has its Indonesian translation, and the built .qm matches the .ts sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.indonesian import translations_tool

ROOT = Path(__file__).resolve().parents[2]


translations = translations_tool()


def test_every_string_of_the_window_has_an_indonesian_translation() -> None:
    problems = [str(problem) for problem in translations.check()]
    assert problems == [], f"{len(problems)} problems; the first:\n" + "\n".join(problems[:40])


def test_a_new_untranslated_string_and_a_variable_text_fail_the_check(tmp_path: Path) -> None:
    source = tmp_path / "wadesk"
    shutil.copytree(ROOT / "wadesk", source, ignore=shutil.ignore_patterns("__pycache__"))
    (source / "ui" / "widgets" / "fresh.py").write_text(
        "from PySide6.QtWidgets import QLabel\n\n\n"
        "class Fresh(QLabel):\n"
        "    def __init__(self, words: str) -> None:\n"
        "        super().__init__(self.tr('Freshly baked bread today'))\n"
        "        self.setToolTip(self.tr(words))\n",
        encoding="utf-8",
    )
    problems = [str(problem) for problem in translations.check(source)]
    assert any("Freshly baked bread today" in problem for problem in problems), problems
    assert any("fresh.py:7" in problem and "not a literal" in problem for problem in problems), problems


def test_a_subclassed_class_that_calls_self_tr_fails_the_check(tmp_path: Path) -> None:
    source = tmp_path / "wadesk"
    (source / "ui").mkdir(parents=True)
    (source / "ui" / "base.py").write_text(
        "class Base:\n    def title(self) -> str:\n        return self.tr('Hello')\n\n\nclass Child(Base):\n    pass\n",
        encoding="utf-8",
    )
    _, problems = translations.find(source)
    assert [str(problem) for problem in problems] == [
        "wadesk/ui/base.py:3: Base calls self.tr and Child inherits from it: its strings would be looked up "
        "as Child's (use a module helper with a fixed context)"
    ]


def test_placeholders_must_survive_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = translations.Key("Ctx", "%1 of %2 sent")
    message = translations.Message(key, {"wadesk/ui/x.py"})
    path = tmp_path / "id" / "window.ts"
    translations.write_ts(path, "id", [message], {key: translations.Entry("%1 terkirim", True)})
    assert translations.read_ts(path) == {key: translations.Entry("%1 terkirim", True)}
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    monkeypatch.setattr(translations, "find", lambda root=None: ({key: message}, []))
    assert [problem.what for problem in translations.check()] == [
        "placeholders differ: '%1 of %2 sent' -> '%1 terkirim'"
    ]


def test_the_built_translations_match_their_sources(tmp_path: Path) -> None:
    """The committed .qm is what ``python3 dev.py translations`` builds from the committed .ts files."""
    built = translations.build(tmp_path)
    for path in built:
        committed = translations.qm_path(path.stem.removeprefix("wadesk_"))
        stale = f"{committed.name} is stale: run python3 dev.py translations"
        assert committed.read_bytes() == path.read_bytes(), stale
