"""The export's side of translation: hooks that put a course's stored translations into the decks,
handouts and trainer pack as they are exported, and the export cache's signature of what is stored.
Imports nothing of ``trainerkit.export`` (the export imports this). Never imports Qt.
"""

from __future__ import annotations

import logging
from typing import Any

from trainerkit.store import Store
from trainerkit.translate.checks import source_hash
from trainerkit.translate.language import SOURCE_LANGUAGE, course_language, is_rtl
from trainerkit.translate.memory import OUTDATED, UNTRANSLATED, Lookup

log = logging.getLogger(__name__)


def translate_session_deck(
    store: Store, course_name: str, profile: dict[str, str], prs: Any, session: int, *, done: set[str] | None = None
) -> list[tuple[str, bool]]:
    """Export hook: translate ``prs`` into the course's language; lines for the export report (empty
    for an English course), each with whether texts were left in English. Paragraphs whose text is in
    ``done`` were written in the course's language (the country facts): left alone, counted as translated."""
    from trainerkit.store.courses import get_course
    from trainerkit.translate.apply import translate_deck

    code = course_language(profile)
    if code == SOURCE_LANGUAGE:
        return []
    record = get_course(store, course_name)
    result = translate_deck(prs, session, Lookup(store, record.id, code), rtl=is_rtl(code), done=done, lang=code)
    from trainerkit.messages import _, language_display

    line = _("{done} of {total} texts in {language}").format(
        done=result.done, total=result.total, language=language_display(code)
    )
    left = result.counts[UNTRANSLATED] + result.counts[OUTDATED]
    if left:
        outdated = result.counts[OUTDATED]
        line += _("; {count} left in English, untranslated").format(count=left)
        if outdated:
            line += _(", {count} of them outdated (their English source changed)").format(count=outdated)
    return [(line, bool(left))]


def translated_handouts(store: Store, state: Any, sources: dict[str, Any]) -> dict[str, Any]:
    """Export hook: the handout sources in the course's language (``state``: a ``CourseState`` of a
    course in ``store``); ``sources`` unchanged for an English course or one not in ``store``."""
    from trainerkit.errors import NotFoundError
    from trainerkit.store.courses import get_course
    from trainerkit.translate.handouts import translate_handout_sources

    code = course_language(state.profile)
    if code == SOURCE_LANGUAGE:
        return sources
    try:
        lookup = Lookup(store, get_course(store, state.name).id, code)
    except NotFoundError:
        return sources
    translated, counts = translate_handout_sources(sources, lookup)
    log.info("handouts of %r in %s: %s", state.name, code, dict(counts))
    return translated


def handouts_translation_line(store: Store, state: Any, sources: dict[str, Any]) -> tuple[str, bool] | None:
    """Export hook: the export report's line for the handout ``sources`` (id -> source, as
    ``export.handouts.load_handouts`` gives them) in the course's language, "Handouts: 1470 of 1473 texts in French;
    3 left in English, untranslated", and whether texts were left in English; None for an English course
    or one not in ``store``. Counts their blocks and form labels (the units of ``translate.units``)."""
    from trainerkit.errors import NotFoundError
    from trainerkit.messages import _, language_display
    from trainerkit.store.courses import get_course
    from trainerkit.translate.handouts import translate_handout_sources

    code = course_language(state.profile)
    if code == SOURCE_LANGUAGE:
        return None
    try:
        lookup = Lookup(store, get_course(store, state.name).id, code)
    except NotFoundError:
        return None
    _translated, counts = translate_handout_sources(sources, lookup)
    total = sum(counts.values())
    left = counts[UNTRANSLATED] + counts[OUTDATED]
    texts = _("{done} of {total} texts in {language}").format(
        done=total - left, total=total, language=language_display(code)
    )
    line = _("Handouts") + ": " + texts
    if left:
        line += _("; {count} left in English, untranslated").format(count=left)
        if counts[OUTDATED]:
            line += _(", {count} of them outdated (their English source changed)").format(count=counts[OUTDATED])
    return line, bool(left)


def text_translator(store: Store, state: Any) -> Any:
    """Export hook: a function giving a text (an agenda slot's title, a handout's title) in the course's
    language when the course's translation (its own, the bundled one, the memory) has it by source
    hash, else the text itself. The identity for an English course."""
    from trainerkit.errors import NotFoundError
    from trainerkit.store.courses import get_course
    from trainerkit.translate.units import translatable

    code = course_language(state.profile)
    if code == SOURCE_LANGUAGE:
        return lambda text: text
    try:
        table = Lookup(store, get_course(store, state.name).id, code).memory
    except NotFoundError:
        return lambda text: text
    return lambda text: table.get(source_hash(text), text) if translatable(text) else text


def title_translations(store: Store, name: str, profile: dict[str, str]) -> tuple[str, dict[str, str]]:
    """For the app's slide sorter: the course's content language and its translations by source hash
    (the course's own, the bundled ones, the memory); ``("en", {})`` for an English course."""
    from trainerkit.errors import NotFoundError
    from trainerkit.store.courses import get_course

    code = course_language(profile)
    if code == SOURCE_LANGUAGE:
        return code, {}
    try:
        return code, Lookup(store, get_course(store, name).id, code).memory
    except NotFoundError:
        return code, {}


def translations_signature(store: Store) -> str:
    """Changes whenever a translation is imported or a bundled translation file changes (for the
    export cache's key)."""
    from trainerkit.translate.bundled import signature

    rows = store.db.execute("SELECT lang, COUNT(*), MAX(imported) FROM translations GROUP BY lang").fetchall()
    return repr((rows, signature()))


def _swap(obj: Any, table: dict[str, str]) -> Any:
    import dataclasses

    from trainerkit.translate.units import translatable

    if isinstance(obj, str):
        return table.get(source_hash(obj), obj) if translatable(obj) else obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: _swap(getattr(obj, f.name), table) for f in dataclasses.fields(obj) if f.init}
        return dataclasses.replace(obj, **changes)
    if type(obj) is tuple:
        return tuple(_swap(item, table) for item in obj)
    if type(obj) is list:
        return [_swap(item, table) for item in obj]
    if type(obj) is dict:
        return {key: _swap(value, table) for key, value in obj.items()}
    return obj


def translated_course(store: Store, state: Any, course: Any) -> Any:
    """Export hook: the course model (``course.model.Course``) with its overviews, plans and agenda
    labels in the course's language. Only texts exported as units and translated are replaced (looked
    up by source hash: identifiers, times and references are never units); others stay English."""
    from trainerkit.errors import NotFoundError
    from trainerkit.store.courses import get_course

    code = course_language(state.profile)
    if code == SOURCE_LANGUAGE:
        return course
    try:
        lookup = Lookup(store, get_course(store, state.name).id, code)
    except NotFoundError:
        return course
    return _swap(course, lookup.memory)
