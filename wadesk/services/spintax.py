"""Message templates: spintax choices and ``{variable}`` placeholders.

Syntax
------
- ``{Halo|Hai|Selamat pagi}`` — a choice: one option is picked per recipient.
  Options may be empty (``{|kak }``) and may nest (``{Halo|{Hai|Hei}}``).
- ``{nama}`` — a placeholder: a brace group without ``|`` whose content is a
  name (letters, digits, underscore and spaces).  Names match the variables
  case-insensitively, ignoring surrounding spaces (``{ Nama  Lengkap }`` is
  ``nama lengkap``).  Every placeholder must be a known variable, whichever
  option it sits in, so a template that renders for one recipient renders for
  all.
- ``{{`` and ``}}`` outside any group are a literal ``{`` and ``}``.  Inside a
  group every ``{`` opens and every ``}`` closes, so ``{a|{b|c}}`` needs no
  care.
- Everything else is kept as written: WhatsApp formatting (``*bold*``,
  ``_italic_``, ``~strike~``, triple-backtick monospace), emoji, newlines, and
  a ``|`` outside a group.

Choices are made with ``random.Random(seed)``: the same template, variables and
seed always give the same text (the caller seeds with e.g.
``f"{campaign_id}:{phone}"``, so a resend or a preview shows the same words).
Variable values are inserted verbatim, never read as template syntax.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_, Phrase, phrase

__all__ = [
    "TemplateSyntaxError",
    "UnknownVariable",
    "check_template",
    "has_choices",
    "render",
    "variables_in",
]

_NAME = re.compile(r"[\w ]*\w[\w ]*")


class TemplateSyntaxError(ValidationError):
    """A brace that is never closed, or closed without being opened, or a group that is neither choice nor name."""

    def __init__(self, message: str, position: int, /, **values: object) -> None:
        super().__init__(message, **values)
        self.position = position


class UnknownVariable(ValidationError):
    """The template uses placeholders that are not among the available variables."""

    def __init__(self, names: Iterable[str], available: Iterable[str]) -> None:
        self.names = tuple(sorted(set(names), key=str.casefold))
        self.available = tuple(sorted(set(available), key=str.casefold))
        unknown = ", ".join("{" + name + "}" for name in self.names)
        offered: Phrase | str = (
            ", ".join("{" + name + "}" for name in self.available) if self.available else phrase(N_("none"))
        )
        if len(self.names) == 1:
            super().__init__(N_("unknown variable {unknown}; available: {offered}"), unknown=unknown, offered=offered)
        else:
            super().__init__(N_("unknown variables {unknown}; available: {offered}"), unknown=unknown, offered=offered)


# -- the parsed form ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Var:
    name: str  # as written, whitespace collapsed
    key: str  # for matching: casefolded


@dataclass(frozen=True, slots=True)
class _Choice:
    options: tuple[tuple[_Node, ...], ...]


_Node = str | _Var | _Choice


@dataclass(frozen=True, slots=True)
class _Template:
    nodes: tuple[_Node, ...]
    variables: tuple[_Var, ...]  # every placeholder, in every option, in order of appearance


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _where(template: str, position: int) -> Phrase:
    line = template.count("\n", 0, position) + 1
    column = position - (template.rfind("\n", 0, position) + 1) + 1
    return phrase(N_("line {line}, column {column}"), line=line, column=column)


class _Parser:
    def __init__(self, template: str) -> None:
        self.text = template
        self.pos = 0
        self.variables: list[_Var] = []

    def parse(self) -> _Template:
        nodes: list[_Node] = []
        literal: list[str] = []
        text = self.text
        length = len(text)
        while self.pos < length:
            # Copy the longest run without braces in one go.
            next_brace = _next_brace(text, self.pos)
            if next_brace > self.pos:
                literal.append(text[self.pos : next_brace])
                self.pos = next_brace
                continue
            char = text[self.pos]
            doubled = self.pos + 1 < length and text[self.pos + 1] == char
            if doubled:
                literal.append(char)
                self.pos += 2
            elif char == "}":
                where = _where(text, self.pos)
                if "{{" in text[: self.pos]:
                    raise TemplateSyntaxError(
                        N_(
                            "unmatched '}}' at {where} (write '}}}}' for a literal brace; '{{{{' is a literal brace "
                            "too, so start a choice with text, e.g. {{c|{{a|b}}}})"
                        ),
                        self.pos,
                        where=where,
                    )
                raise TemplateSyntaxError(
                    N_("unmatched '}}' at {where} (write '}}}}' for a literal brace)"), self.pos, where=where
                )
            else:
                if literal:
                    nodes.append("".join(literal))
                    literal = []
                nodes.append(self._group())
        if literal:
            nodes.append("".join(literal))
        return _Template(tuple(nodes), tuple(self.variables))

    def _group(self) -> _Node:
        """Parse the group whose ``{`` is at ``self.pos``; leave ``self.pos`` after its ``}``."""
        text = self.text
        start = self.pos
        self.pos += 1
        options: list[tuple[_Node, ...]] = []
        current: list[_Node] = []
        chunk_start = self.pos
        while True:
            if self.pos >= len(text):
                raise TemplateSyntaxError(
                    N_("'{{' at {where} is never closed (write '{{{{' for a literal brace)"),
                    start,
                    where=_where(text, start),
                )
            char = text[self.pos]
            if char not in "{|}":
                self.pos += 1
                continue
            if self.pos > chunk_start:
                current.append(text[chunk_start : self.pos])
            if char == "{":
                current.append(self._group())
            elif char == "|":
                options.append(tuple(current))
                current = []
                self.pos += 1
            else:  # "}"
                self.pos += 1
                options.append(tuple(current))
                return self._finish(options, start)
            chunk_start = self.pos

    def _finish(self, options: list[tuple[_Node, ...]], start: int) -> _Node:
        if len(options) > 1:
            return _Choice(tuple(options))
        (only,) = options
        if len(only) == 1 and isinstance(only[0], str):
            content = only[0]
            if _NAME.fullmatch(content):
                var = _Var(" ".join(content.split()), _key(content))
                self.variables.append(var)
                return var
        if not all(isinstance(node, str) for node in only):
            # A single option holding nested groups (``{{a|b}}`` inside a choice): render it as is.
            return _Choice((only,))
        shown = self.text[start : self.pos]
        raise TemplateSyntaxError(
            N_(
                "'{shown}' at {where} is neither a choice like {{a|b}} nor a variable name "
                "(letters, digits, _ and spaces); write '{{' and '}}' for literal braces"
            ),
            start,
            shown=shown,
            where=_where(self.text, start),
        )


def _next_brace(text: str, start: int) -> int:
    """Index of the next ``{`` or ``}`` at or after ``start`` (``len(text)`` if none)."""
    a = text.find("{", start)
    b = text.find("}", start)
    if a < 0:
        a = len(text)
    if b < 0:
        b = len(text)
    return min(a, b)


@functools.lru_cache(maxsize=64)
def _parse(template: str) -> _Template:
    return _Parser(template).parse()


# -- the public functions ------------------------------------------------------------


def variables_in(template: str) -> set[str]:
    """The placeholder names a template uses (as written, whitespace collapsed), in any option.

    Raises ``TemplateSyntaxError`` (a ``ValidationError``) for malformed templates.
    """
    return {var.name for var in _parse(template).variables}


def has_choices(template: str) -> bool:
    """Whether the template has a choice of two options or more (``{Halo|Hai}``), anywhere.

    Raises ``TemplateSyntaxError`` (a ``ValidationError``) for malformed templates.
    """
    return _any_choice(_parse(template).nodes)


def _any_choice(nodes: tuple[_Node, ...]) -> bool:
    return any(
        isinstance(node, _Choice) and (len(node.options) > 1 or any(_any_choice(o) for o in node.options))
        for node in nodes
    )


def check_template(template: str, available_names: Iterable[str]) -> None:
    """Raise ``ValidationError`` unless ``template`` parses and uses only ``available_names``.

    Call it once for a whole campaign before rendering per recipient; the
    error names every unknown placeholder and lists the available variables.
    """
    available = list(available_names)
    known = {_key(name) for name in available}
    unknown = [var.name for var in _parse(template).variables if var.key not in known]
    if unknown:
        raise UnknownVariable(unknown, available)


def render(template: str, variables: Mapping[str, str], seed: int | str) -> str:
    """Expand choices (seeded by ``seed``) and placeholders (from ``variables``).

    Raises ``ValidationError`` for a malformed template or a placeholder that
    is not in ``variables`` (even in an option not picked this time).
    """
    parsed = _parse(template)
    values = {_key(name): value for name, value in variables.items()}
    unknown = [var.name for var in parsed.variables if var.key not in values]
    if unknown:
        raise UnknownVariable(unknown, variables.keys())
    rng = random.Random(seed)
    out: list[str] = []
    _emit(parsed.nodes, values, rng, out)
    return "".join(out)


def _emit(nodes: tuple[_Node, ...], values: Mapping[str, str], rng: random.Random, out: list[str]) -> None:
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, _Var):
            out.append(values[node.key])
        else:
            options = node.options
            chosen = options[rng.randrange(len(options))] if len(options) > 1 else options[0]
            _emit(chosen, values, rng, out)
