"""A course's content language: an ISO 639-1 code (``fr``, ``es``, ``ar``), and which are right to left.

Sources: ISO 639-1 codes and English names from pycountry's ISO 639-3 table; right-to-left scripts per
Unicode CLDR's ``characterOrder`` (``right-to-left`` for ar, he, fa, ur, ps, yi, dv, ug, sd, ku-Arab).
"""

from __future__ import annotations

from trainerkit.errors import InvalidInputError

SOURCE_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ug", "sd"})


def language_code(value: object) -> str:
    """The ISO 639-1 code ``value`` names: a code (``fr``, ``FR``, ``fr-SN`` keeps ``fr``) or an
    English name (``French``). "" for an empty value. ``InvalidInputError`` otherwise."""
    import pycountry

    text = str(value or "").strip()
    if not text:
        return ""
    base = text.replace("_", "-").split("-")[0].lower()
    found = None
    if len(base) == 2:
        found = pycountry.languages.get(alpha_2=base)
    elif len(base) == 3:
        found = pycountry.languages.get(alpha_3=base)
    if found is None:
        try:
            found = pycountry.languages.lookup(text)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None) if found is not None else None
    if not code:
        raise InvalidInputError(
            f"'{text}' is not a language code: use a two-letter ISO 639-1 code such as en, fr, es or ar."
        )
    return str(code)


def course_language(profile: dict[str, str]) -> str:
    """The course's content language code from its profile; English when unset or not a language
    (profiles made before the field was checked may hold free text)."""
    try:
        return language_code(profile.get("language", "")) or SOURCE_LANGUAGE
    except InvalidInputError:
        return SOURCE_LANGUAGE


def language_name(code: str) -> str:
    """The English name of language ``code`` ("French"), or the code itself when unknown."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


def is_rtl(code: str) -> bool:
    return code in RTL_LANGUAGES


def country_display(name: str, code: str, lang: str) -> str:
    """The country's name as ``lang`` writes it ("Sénégal" for ``SN`` in French), from Unicode CLDR's
    territory names (Babel). ``name`` unchanged for English, for a name the trainer typed (not the
    English name TrainerKit gives ``code``), or when CLDR has no name for ``code`` or ``lang``."""
    if lang == SOURCE_LANGUAGE or not code:
        return name
    from babel import Locale, UnknownLocaleError

    from trainerkit.countries import country_from_code

    try:
        if country_from_code(code)[1] != name:
            return name
        return str(Locale.parse(lang).territories.get(code.upper(), name))
    except (InvalidInputError, UnknownLocaleError, ValueError):
        return name
