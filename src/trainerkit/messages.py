"""The core's messages in the user's language: gettext catalogues read with Babel, no Qt.

What the core says to a trainer — preflight findings, export report lines, the labels of course changes
(the app's undo and redo), the country facts written on slides and handouts, the words the packs and
handouts print around the course's content ("Page 3 of 12", "Day 2") — goes through :func:`_`. The
catalogues are ``resources/locale/<lang>/LC_MESSAGES/trainerkit.po`` (French, Spanish, Arabic), read
with ``babel.messages.pofile.read_po`` when first needed (no compile step); ``pybabel extract -k _ -k N_
src/trainerkit`` collects the messages. A message has ``str.format`` placeholders
(``_("Hide slide {slide}").format(slide=...)``) so a translator can move them.

Two languages are in play: the **user's** (the app's or the CLI's: ``--lang``/``TRAINERKIT_LANG``, set
with :func:`set_language`), for findings, reports and labels; and a **course's** content language, for
what is printed in its materials, passed explicitly (``_(text, lang=code)``). English is the source:
a message without a translation stays English. Dates are formatted by Babel (CLDR) in
:func:`format_day` and :func:`format_date_range`.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "es", "ar")
DOMAIN = "trainerkit"
ENV_VAR = "TRAINERKIT_LANG"

_language: str | None = None


def normalise(code: str | None) -> str:
    """``"fr_FR.UTF-8"``, ``"fr-CA"`` -> ``"fr"``; ``"en"`` for English, empty or unknown codes."""
    base = (code or "").strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def unknown_language(code: str | None) -> str | None:
    """``code`` as given when it names no language TrainerKit has ("xx", "de"), else None (English,
    one of ``LANGUAGES``, a locale such as "fr_FR.UTF-8", or nothing asked); ``normalise`` falls back to
    English for it, and the CLI says so."""
    base = (code or "").strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if not base or base in ("en", "c", "posix") or base in LANGUAGES:
        return None
    return (code or "").strip()


def set_language(code: str | None) -> str:
    """Make ``code`` the user's language for :func:`_` (``None``: back to ``TRAINERKIT_LANG``); returns it."""
    global _language
    _language = normalise(code) if code else None
    return language()


def language() -> str:
    """The user's language: the one set with :func:`set_language`, else ``TRAINERKIT_LANG``, else English."""
    return _language if _language is not None else normalise(os.environ.get(ENV_VAR))


def locale_dir() -> Path:
    from trainerkit.paths import resources_dir

    return resources_dir() / "locale"


def po_path(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=8)
def _read(path: Path, _stamp: float) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.id, str) and isinstance(m.string, str) and m.string and not m.fuzzy
    }


def catalogue(code: str) -> dict[str, str]:
    """Source message -> translation for ``code`` (empty for English or a missing catalogue)."""
    if code not in LANGUAGES:
        return {}
    path = po_path(code)
    try:
        return _read(path, path.stat().st_mtime)
    except OSError:
        return {}
    except Exception:  # a broken catalogue must not stop the app: its messages stay English
        log.exception("message catalogue %s could not be read", path)
        return {}


def _(message: str, lang: str | None = None) -> str:
    """``message`` in ``lang`` (default: the user's language); itself when untranslated."""
    code = normalise(lang) if lang is not None else language()
    if code == "en":
        return message
    return catalogue(code).get(message, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction where it is defined (a table); translate it where it is shown."""
    return message


def language_display(code: str, lang: str | None = None) -> str:
    """The name of language ``code`` in ``lang`` (default: the user's language): "French", "français",
    "francés", "الفرنسية" (Babel/CLDR); the code itself when unknown. Works for any ``code`` although the
    frozen build carries CLDR data only for English and :data:`LANGUAGES` (``installer/qt_prune.py``): the
    name then comes from the display language's tables of language, script and territory names."""
    from babel import Locale, UnknownLocaleError
    from babel.core import parse_locale

    shown = babel_locale(lang if lang is not None else language())
    try:
        display = Locale.parse(shown)
        try:
            name = Locale.parse(code).get_display_name(display)
        except UnknownLocaleError:  # no CLDR data for ``code`` here: the display language's name tables
            parts = parse_locale(code.strip().replace("-", "_"))
            name = display.languages.get(parts[0])
            details = [n for n in (display.scripts.get(parts[2] or ""), display.territories.get(parts[1] or "")) if n]
            if name and details:
                name = f"{name} ({', '.join(details)})"
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        return code
    if not name:
        return code
    return str(name[:1].upper() + name[1:]) if shown == "en" else str(name)


def babel_locale(code: str | None) -> str:
    """The Babel locale dates and numbers are formatted in for ``code``: a language of :data:`LANGUAGES`
    (regions dropped: ``"fr_CA"`` -> ``"fr"``), else English; English too when that language's CLDR data is
    missing (a build that left it out), so formatting never fails on a course's language."""
    locale = normalise(code) if code else "en"
    if locale != "en":
        from babel import localedata

        if not localedata.exists(locale):
            log.warning("no CLDR data for %s: dates and numbers in English", locale)
            return "en"
    return locale


def format_day(when: date, lang: str | None = None) -> str:
    """ "Thursday 4 March 2027", "jeudi 4 mars 2027", "jueves, 4 de marzo de 2027" (Babel: CLDR's full
    date format, names and order; English keeps the course's "Thursday 4 March 2027")."""
    from babel.dates import format_date

    locale = babel_locale(lang)
    return str(format_date(when, "EEEE d MMMM y" if locale == "en" else "full", locale=locale))


def format_date_range(first: date, last: date | None, lang: str | None = None) -> str:
    """ "14–16 June 2026", "14–16 juin 2026", "14–16 يونيو 2026" (Babel's interval formats, CLDR)."""
    from babel.dates import format_date, format_interval

    locale = babel_locale(lang)
    if last is None or last == first:
        return str(format_date(first, "d MMMM y" if locale == "en" else "long", locale=locale))
    return str(format_interval(first, last, "yMMMMd", locale=locale))


def format_number(value: float, lang: str | None = None) -> str:
    """``value`` with the language's digits grouping and decimal sign ("1 234,5" in French)."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(lang)))


#: English count nouns whose singular is the plural without its "s" ("1 error", not "1 errors").
_ENGLISH_COUNT_NOUNS = ("errors", "warnings", "notes", "slides", "files", "overflows", "decks", "changes")


def count_noun(count: int, noun: str) -> str:
    """``"1 error"``, ``"3 errors"``: ``count`` and the English ``noun`` (given in the singular) in the
    right number, for lines that are English only (a developer's build report, an untranslated line)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def singular_for_one(text: str, **counts: int) -> str:
    """``text`` (a ``str.format`` template, translated or not) with ``"{key} errors"`` made
    ``"{key} error"`` for each ``key`` counted 1, for the English count nouns above only: a translation
    keeps its own words (its plurals are the translator's). Format the result as before."""
    for key, count in counts.items():
        if count == 1:
            nouns = "|".join(n[:-1] for n in _ENGLISH_COUNT_NOUNS)
            text = re.sub(r"(\{" + re.escape(key) + r"\} (?:" + nouns + r"))s\b", r"\1", text)
    return text
