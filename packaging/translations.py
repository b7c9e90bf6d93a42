#!/usr/bin/env python3
"""wadesk's translations: find every string the window shows, keep the ``.ts`` sources, build the ``.qm`` files.

    python3 dev.py translations          update resources/translations/id/*.ts from the code, then build the .qm
    python packaging/translations.py check   what is missing (the tests run this)
    python packaging/translations.py todo AREA > rows.json   what is left to translate in an area
    python packaging/translations.py fill rows.json          take the translations in rows.json back

Strings are found in the code itself (Python's ``ast``), with the same context
PySide6 looks them up in at run time:

- ``self.tr("…")`` in a class: the class's name (PySide6 uses the *object's*
  class, so a class whose methods call ``self.tr`` must not be subclassed —
  checked here);
- ``QCoreApplication.translate("Context", "…")``;
- a module's own ``tr`` / ``_tr`` helper whose body is
  ``return QCoreApplication.translate("Context", text)``: calls to it;
- ``marked("Context", "…")`` (``wadesk.i18n``): a text kept in a table and
  translated later with ``translate_marked``.

Texts shown by the window but made outside it (errors and words of the
services, which speak English to the command line) are marked with
``wadesk.domain.words.N_("…")`` and translated in context ``words``.

A ``tr`` call whose text is not a literal cannot be found here: it is an error
(the text would be shown untranslated), unless it is ``translate_marked``.
So is an error of wadesk's (a class deriving from ``WadeskError``, however
far down) made with an f-string or an unmarked literal as its message: the
window shows errors with ``say``, which can only translate a marked template
(``ValidationError(N_("row {row}: {reason}"), row=n, reason=why)``).  The
command line's own errors (``wadesk/cli/``) never reach the window and are
not checked.

The ``.ts`` files are split by area of the window (``AREAS``) so that several
people can translate at once; ``lrelease`` joins them into one ``.qm`` per
language.  Only the standard library is used, except ``pyside6-lrelease``.
"""

from __future__ import annotations

import ast
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wadesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)  # English is the language of the code
HAND_MADE = ("qt",)  # Qt's own words (standard buttons, text menus): not found in wadesk's code

# Area of the window -> the source paths (relative to wadesk/) whose strings its .ts file holds; first match wins.
AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("composer", ("ui/panels/composer.py", "ui/composer/")),
    ("reports", ("ui/panels/reports/", "ui/widgets/charts.py", "ui/live.py", "ui/models/messages.py")),
    ("scheduler", ("ui/panels/scheduler/",)),
    (
        "contacts",
        (
            "ui/panels/contact",
            "ui/dialogs/contact",
            "ui/dialogs/tags.py",
            "ui/dialogs/whatsapp_groups.py",
            "ui/dialogs/number_check.py",
            "ui/models/contacts.py",
            "ui/widgets/group_filter.py",
        ),
    ),
    (
        "devices",
        (
            "ui/panels/devices.py",
            "ui/dialogs/accounts.py",
            "ui/dialogs/pairing.py",
            "ui/dialogs/gateway_words.py",
            "ui/models/devices.py",
            "ui/widgets/qr_view.py",
            "ui/widgets/status_summary.py",
            "ui/widgets/device_choice.py",
        ),
    ),
    ("window", ("ui/", "launch.py")),
    ("words", ("",)),  # everything else: the services' words
)

TR_NAMES = {"tr", "_tr"}
WORDS_CONTEXT = "words"


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    files: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


# -- finding the strings ------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" split over lines is one Constant
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None or right is None else left + right
    return None


def _call_name(call: ast.Call) -> tuple[str | None, str]:
    """(the object's name or None, the function's name) of ``obj.name(...)`` / ``name(...)``."""
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value
        return (owner.id if isinstance(owner, ast.Name) else ast.unparse(owner)), func.attr
    if isinstance(func, ast.Name):
        return None, func.id
    return None, ""


def _module_helpers(tree: ast.Module) -> dict[str, str]:
    """A module's ``def tr(text): return QCoreApplication.translate("Ctx", text)`` helpers: name -> context."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name not in TR_NAMES:
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _call_name(inner)[1] == "translate" and inner.args:
                context = _literal(inner.args[0])
                if context is not None:
                    helpers[node.name] = context
    return helpers


def _class_bases(tree: ast.Module, positions: dict[str, int | None] | None = None) -> dict[str, list[str]]:
    """Each class's bases (by name); ``positions`` gets where each ``__init__`` takes its message."""
    bases: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases[node.name] = [ast.unparse(base).split(".")[-1] for base in node.bases]
            if positions is not None:
                _message_position(node, positions)
    return bases


ERROR_BASE = "WadeskError"
NOT_CHECKED_FOR_ERRORS = ("wadesk/cli/",)  # the command line's errors are printed in English, never in the window


def _message_position(node: ast.ClassDef, positions: dict[str, int | None]) -> None:
    """A class's own ``__init__``: the position of its ``message`` parameter (None: it makes its own message)."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            names = [arg.arg for arg in item.args.posonlyargs + item.args.args][1:]
            positions[node.name] = names.index("message") if "message" in names else None


@dataclass
class _Errors:
    """wadesk's error classes (by name) and where each takes its message (position; None: not a parameter)."""

    message_at: dict[str, int | None] = field(default_factory=dict)

    @classmethod
    def of(cls, bases: dict[str, list[str]], positions: dict[str, int | None]) -> _Errors:
        errors = cls()
        for name in bases:
            if name != ERROR_BASE and ERROR_BASE not in _ancestors(name, bases):
                continue
            chain = [name, *_mro(name, bases)]
            owner = next((klass for klass in chain if klass in positions), ERROR_BASE)
            errors.message_at[name] = positions.get(owner, 0) if owner != ERROR_BASE else 0
        errors.message_at.setdefault(ERROR_BASE, 0)
        return errors


def _mro(name: str, bases: dict[str, list[str]]) -> list[str]:
    """The ancestors of ``name``, nearest first (first base first, as Python looks ``__init__`` up)."""
    order: list[str] = []
    todo = list(bases.get(name, []))
    while todo:
        parent = todo.pop(0)
        if parent not in order:
            order.append(parent)
            todo += bases.get(parent, [])
    return order


def _unmarked(node: ast.expr) -> bool:
    """An f-string, a literal, or text made from one (``+``, ``%``, ``.format``): not marked with ``N_``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _unmarked(node.left) or _unmarked(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _unmarked(node.func.value)
    return False


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, str], errors: _Errors | None = None) -> None:
        self.path = path
        self.helpers = helpers
        self.errors = errors if errors is not None and not path.startswith(NOT_CHECKED_FOR_ERRORS) else _Errors()
        self.classes: list[str] = []
        self.found: list[tuple[Key, int]] = []
        self.problems: list[Problem] = []
        self.self_tr_classes: dict[str, int] = {}
        self.functions: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _take(self, context: str, node: ast.Call, text_arg: int) -> None:
        text = _literal(node.args[text_arg]) if len(node.args) > text_arg else None
        if text is None:
            what = ast.unparse(node)[:80]
            self.problems.append(Problem(f"{self.path}:{node.lineno}", f"the text is not a literal: {what}"))
            return
        comment = _literal(node.args[text_arg + 1]) if len(node.args) > text_arg + 1 else ""
        self.found.append((Key(context, text, comment or ""), node.lineno))

    def _check_error(self, node: ast.Call, name: str, position: int | None) -> None:
        message = next((k.value for k in node.keywords if k.arg == "message"), None)
        if message is None and position is not None and len(node.args) > position:
            message = node.args[position]
        if message is not None and _unmarked(message):
            what = ast.unparse(node)[:80]
            self.problems.append(Problem(f"{self.path}:{node.lineno}", f"{name}: not marked for translation: {what}"))

    def visit_Call(self, node: ast.Call) -> None:
        owner, name = _call_name(node)
        if name in self.errors.message_at:
            self._check_error(node, name, self.errors.message_at[name])
        elif name == "__init__" and owner == "super()" and self.classes and self.classes[-1] in self.errors.message_at:
            parent = self.errors.message_at.get(self.classes[-1])
            self._check_error(node, f"{self.classes[-1]} (super)", 0 if parent is None else parent)
        if name == "tr" and owner == "self":
            if not self.classes:
                self.problems.append(Problem(f"{self.path}:{node.lineno}", "self.tr outside a class"))
            else:
                self.self_tr_classes.setdefault(self.classes[-1], node.lineno)
                self._take(self.classes[-1], node, 0)
        elif name == "translate" and owner in {"QCoreApplication", "QApplication"}:
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self.problems.append(Problem(f"{self.path}:{node.lineno}", "translate() without a literal context"))
            elif not (self.functions[:1] and self.functions[0] in self.helpers and not self.classes):
                self._take(context, node, 1)
        elif owner is None and name in self.helpers:
            self._take(self.helpers[name], node, 0)
        elif owner is None and name == "marked":
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self.problems.append(Problem(f"{self.path}:{node.lineno}", "marked() without a literal context"))
            else:
                self._take(context, node, 1)
        elif owner is None and name == "N_":
            self._take(WORDS_CONTEXT, node, 0)
        elif name == "tr" and owner is not None and owner != "self":
            self.problems.append(Problem(f"{self.path}:{node.lineno}", f"{owner}.tr: use self.tr in the class"))
        elif owner is None and name in TR_NAMES:
            self.problems.append(Problem(f"{self.path}:{node.lineno}", f"{name}() is not this module's helper"))
        self.generic_visit(node)


def python_files(root: Path = SOURCE) -> Iterator[Path]:
    for path in sorted(root.rglob("*.py")):
        inside = path.relative_to(root)
        # The simulator plays the gateways, in their words; i18n.py is the translating itself.
        if "simulator" not in inside.parts and inside.as_posix() != "ui/i18n.py":
            yield path


def find(root: Path = SOURCE) -> tuple[dict[Key, Message], list[Problem]]:
    """Every translatable string in the code, and the calls whose strings cannot be found."""
    # Every file's tree is kept for the second pass (which errors are wadesk's is known only after the first):
    # hundreds of thousands of live nodes that the cyclic collector would walk again and again, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _find(root)
    finally:
        if collecting:
            gc.enable()


def _find(root: Path) -> tuple[dict[Key, Message], list[Problem]]:
    messages: dict[Key, Message] = {}
    problems: list[Problem] = []
    bases: dict[str, list[str]] = {}
    positions: dict[str, int | None] = {}
    self_tr: dict[str, str] = {}
    trees: list[tuple[str, ast.Module]] = []
    for path in python_files(root):
        relative = path.relative_to(root.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        trees.append((relative, tree))
        for name, names in _class_bases(tree, positions).items():
            bases.setdefault(name, []).extend(names)
    errors = _Errors.of(bases, positions)
    for relative, tree in trees:
        finder = _Finder(relative, _module_helpers(tree), errors)
        finder.visit(tree)
        problems += finder.problems
        for key, _line in finder.found:
            messages.setdefault(key, Message(key)).files.add(relative)
        for name, line in finder.self_tr_classes.items():
            self_tr[name] = f"{relative}:{line}"
    for name in sorted(bases):
        for parent in sorted(_ancestors(name, bases)):
            if parent in self_tr:
                problems.append(
                    Problem(
                        self_tr[parent],
                        f"{parent} calls self.tr and {name} inherits from it: its strings would be looked up "
                        f"as {name}'s (use a module helper with a fixed context)",
                    )
                )
    return messages, problems


def _ancestors(name: str, bases: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(bases.get(name, []))
    while todo:
        parent = todo.pop()
        if parent not in seen:
            seen.add(parent)
            todo += bases.get(parent, [])
    return seen


def area_of(relative: str) -> str:
    """``wadesk/ui/panels/composer.py`` -> ``composer``."""
    inside = relative.removeprefix("wadesk/")
    return next(area for area, prefixes in AREAS if any(inside.startswith(prefix) for prefix in prefixes))


def area_of_message(message: Message) -> str:
    """The area whose ``.ts`` holds ``message``: every ``N_`` text (context ``words``) in ``words.ts``, wherever it
    is marked (one translator says the services' words one way); any other by the file it is in."""
    return "words" if message.key.context == WORDS_CONTEXT else area_of(min(message.files))


# -- the .ts files ------------------------------------------------------------------


@dataclass
class Entry:
    translation: str
    finished: bool


def read_ts(path: Path) -> dict[Key, Entry]:
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            entries[Key(name, source, comment)] = Entry(text, kind == "" and bool(text))
    return entries


def write_ts(path: Path, language: str, messages: list[Message], known: dict[Key, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in sorted(messages, key=lambda m: m.key):
        by_context.setdefault(message.key.context, []).append(message)
    for name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in items:
            node = ET.SubElement(context, "message")
            for file in sorted(message.files):
                ET.SubElement(node, "location", filename=os.path.relpath(ROOT / file, path.parent))
            ET.SubElement(node, "source").text = message.key.source
            if message.key.comment:
                ET.SubElement(node, "comment").text = message.key.comment
            entry = known.get(message.key)
            translation = ET.SubElement(node, "translation")
            translation.text = entry.translation if entry else ""
            if entry is None or not entry.finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def ts_path(language: str, area: str) -> Path:
    return TRANSLATIONS / language / f"{area}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"wadesk_{language}.qm"


def area_files(language: str) -> list[Path]:
    names = [area for area, _ in AREAS] + list(HAND_MADE)
    return [ts_path(language, name) for name in names]


def update() -> None:
    """Rewrite each area's ``.ts`` with the strings the code has now, keeping every translation already made."""
    messages, _ = find()
    for language in LANGUAGES:
        known: dict[Key, Entry] = {}
        for path in area_files(language):
            known |= read_ts(path)
        split: dict[str, list[Message]] = {area: [] for area, _ in AREAS}
        for message in messages.values():
            split[area_of_message(message)].append(message)
        for area, items in split.items():
            write_ts(ts_path(language, area), language, items, known)
        dropped = [key for key in known if key not in messages and not _hand_made(language, key)]
        for key in sorted(dropped):
            print(f"dropped (no longer in the code): [{key.context}] {key.source[:70]!r}")


def _hand_made(language: str, key: Key) -> bool:
    return any(key in read_ts(ts_path(language, name)) for name in HAND_MADE)


# -- checking -----------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]*\}")


def check(root: Path = SOURCE) -> list[Problem]:
    """Everything that would show English in another language's window (empty when all is well)."""
    messages, problems = find(root)
    for language in LANGUAGES:
        known: dict[Key, Entry] = {}
        for path in area_files(language):
            known |= read_ts(path)
        for key, message in sorted(messages.items()):
            where = f"{language}/{area_of_message(message)}.ts [{key.context}]"
            entry = known.get(key)
            if entry is None:
                problems.append(Problem(where, f"not in the .ts (run: python3 dev.py translations): {key.source!r}"))
            elif not entry.finished:
                problems.append(Problem(where, f"no {language} translation: {key.source!r}"))
            elif sorted(_PLACEHOLDER.findall(entry.translation)) != sorted(_PLACEHOLDER.findall(key.source)):
                problems.append(Problem(where, f"placeholders differ: {key.source!r} -> {entry.translation!r}"))
    return problems


# -- translating in bulk -------------------------------------------------------------


def todo(area: str, language: str = "id") -> list[dict[str, str]]:
    """The messages of ``area`` with no finished translation, as JSON-ready rows (``fill`` takes them back)."""
    return [
        {"context": key.context, "source": key.source, "comment": key.comment, "translation": entry.translation}
        for key, entry in sorted(read_ts(ts_path(language, area)).items())
        if not entry.finished
    ]


def fill(rows: list[dict[str, str]], language: str = "id") -> int:
    """Set the translations of ``rows`` (``context``, ``source``, ``comment``, ``translation``) where they are;
    a row with an empty translation is left as it is.  The number set."""
    wanted = {Key(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in rows if r["translation"]}
    done = 0
    for path in area_files(language):
        if not path.exists():
            continue
        tree = ET.parse(path)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
                node = message.find("translation")
                if key in wanted and node is not None:
                    node.text = wanted[key]
                    node.attrib.pop("type", None)
                    changed = True
                    done += 1
        if changed:
            ET.indent(tree.getroot(), space="    ")
            body = ET.tostring(tree.getroot(), encoding="unicode")
            path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done


# -- building -----------------------------------------------------------------------


def lrelease() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        sys.exit("pyside6-lrelease not found: run this with the Python of wadesk's environment (.venv)")
    return found


def build(out: Path | None = None) -> list[Path]:
    """Join each language's ``.ts`` files into its ``.qm`` (into ``out`` instead of resources/ when given)."""
    built = []
    for language in LANGUAGES:
        target = (out / qm_path(language).name) if out else qm_path(language)
        sources = [str(path) for path in area_files(language) if path.exists()]
        subprocess.run([lrelease(), "-silent", "-nounfinished", *sources, "-qm", str(target)], check=True)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command == "todo":  # todo AREA: what is left to translate there, as JSON on stdout
        json.dump(todo(argv[1]), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if command == "fill":  # fill FILE.json: take translations back (rows as ``todo`` gives them)
        rows = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{fill(rows)} translations set")
        return 0
    if command in {"update", "all"}:
        update()
    if command in {"build", "all"}:
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    if command in {"check", "all"}:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problems")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
