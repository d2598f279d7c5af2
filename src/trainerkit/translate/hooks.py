"""The export's side of translation: hooks that put a course's stored translations into the decks,
handouts and trainer pack as they are exported, and the export cache's signature of what is stored.
Imports nothing of ``trainerkit.export`` (the export imports this). Never imports Qt.
"""

from __future__ import annotations

import logging
from typing import Any

from trainerkit.store import Store
from trainerkit.translate.checks import source_hash
from trainerkit.translate.language import SOURCE_LANGUAGE, course_language, is_rtl, language_name
from trainerkit.translate.memory import OUTDATED, UNTRANSLATED, Lookup

log = logging.getLogger(__name__)


def translate_session_deck(
    store: Store, course_name: str, profile: dict[str, str], prs: Any, session: int
) -> list[str]:
    """Export hook: translate ``prs`` into the course's language; lines for the export report (empty
    for an English course)."""
    from trainerkit.store.courses import get_course
    from trainerkit.translate.apply import translate_deck

    code = course_language(profile)
    if code == SOURCE_LANGUAGE:
        return []
    record = get_course(store, course_name)
    result = translate_deck(prs, session, Lookup(store, record.id, code), rtl=is_rtl(code))
    line = f"{result.done} of {result.total} texts in {language_name(code)}"
    left = result.counts[UNTRANSLATED] + result.counts[OUTDATED]
    if left:
        outdated = result.counts[OUTDATED]
        why = f", {outdated} of them outdated (their English source changed)" if outdated else ""
        line += f"; {left} left in English, untranslated{why}"
    return [line]


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
