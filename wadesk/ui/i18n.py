"""The window's language: Bahasa Indonesia or English, the translators that say it, and ``say``.

The language follows the computer's (on Linux ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``) unless Preferences choose one; ``--lang`` chooses it
for one run.  Dates and numbers follow it too (``QLocale``'s default).

Strings are translated where they are shown, with ``self.tr`` or a module's
``tr`` helper; ``packaging/translations.py`` finds them, and fails for a text
it cannot find (a variable).  A text kept in a table is written
``marked("Context", "…")`` and shown with ``translate_marked``.  Words of the
services (``wadesk.domain.words``) are shown with ``say``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from wadesk.domain.errors import ProviderError, WadeskError
from wadesk.domain.words import WORDS_CONTEXT, Phrase
from wadesk.ui.resources import resource

log = logging.getLogger("wadesk.ui")

LANGUAGES = ("id", "en")
_translators: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``id`` when the computer speaks Indonesian, ``en`` otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in {"id", "in"}:  # "in" is Indonesian's old code, still used by some systems
            return "id"
        if code == "en":
            return "en"
    return "en"


def choose(setting: str, override: str | None = None) -> str:
    """The language to show: ``--lang`` if given, else the setting (``auto``: the computer's)."""
    wanted = override or setting
    return wanted if wanted in LANGUAGES else system_language()


def current() -> str:
    return _current


def apply(language: str) -> None:
    """Speak ``language`` from now on: its translations installed, its formats for dates and numbers."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        translator = QTranslator()
        path = resource("translations", "wadesk_id.qm")
        if translator.load(str(path)):
            _translators.append(translator)
            if app is not None:
                app.installTranslator(translator)
        else:
            log.warning("the Indonesian translation is missing (%s): the window speaks English", path)
    else:
        system = QLocale.system()
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _current = language


def marked(context: str, text: str) -> str:
    """Mark ``text`` (kept in a table) for translation in ``context``; returns it unchanged."""
    return text


def translate_marked(context: str, text: str) -> str:
    """A text that was ``marked`` in ``context``, in the window's language."""
    return QCoreApplication.translate(context, text)


def _words(text: str) -> str:
    return QCoreApplication.translate(WORDS_CONTEXT, text)


def say(what: BaseException | Phrase | str) -> str:
    """The services' words in the window's language: an error, a ``Phrase``, or a text marked with ``N_``.

    A gateway's own words are kept as they are; an error that is not wadesk's
    is never shown (it is logged where it was caught).
    """
    if isinstance(what, ProviderError):
        return f"{what.provider}: {say(what.phrase)}"
    if isinstance(what, WadeskError):
        return say(what.phrase)
    if isinstance(what, BaseException):
        return _words("an unexpected error happened; the details are in the log file")
    if isinstance(what, Phrase):
        template = _words(what.template)
        return template.format(**_values(what.values)) if what.values else template
    return _words(what)


def _values(values: Mapping[str, object]) -> dict[str, str]:
    return {name: say(value) if isinstance(value, Phrase) else str(value) for name, value in values.items()}
