"""Words wadesk says outside the window that the window shows too, in the window's language.

The services speak English (the command line's language).  A text the window
may show is marked with ``N_`` so that the translation tools find it, and kept
as a ``Phrase``: the marked template and its values, so that the window can
translate the template first and fill in the values after
(``wadesk.ui.i18n.say``).  ``str(phrase)`` is the English text.

Templates name their values in braces: ``N_("row {row}: {reason}")``; a value
may itself be a ``Phrase``.  A literal brace is written twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

WORDS_CONTEXT = "words"  # the translation context of every N_ text


def N_(text: str) -> str:  # the usual name of the marker, so that it stands out
    """Mark ``text`` for translation (in context ``words``); returns it unchanged."""
    return text


@dataclass(frozen=True)
class Phrase:
    """A marked template and the values it names."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        if not self.values:  # as ``say`` does: a template with no values is shown as it is (braces and all)
            return self.template
        return self.template.format(**{name: str(value) for name, value in self.values.items()})


def phrase(template: str, **values: object) -> Phrase:
    """``phrase(N_("{count} numbers are not on WhatsApp"), count=3)``."""
    return Phrase(template, values)


def commas(items: Sequence[Phrase | str]) -> Phrase | str:
    """``items`` one after the other with a comma between them, each said in the window's language."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return Phrase(N_("{first}, {rest}"), {"first": items[0], "rest": commas(items[1:])})


def lines(items: Sequence[Phrase | str]) -> Phrase | str:
    """``items`` one under the other, each said in the window's language (a plain ``str`` is shown as it is)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return Phrase(N_("{first}\n{rest}"), {"first": items[0], "rest": lines(items[1:])})
