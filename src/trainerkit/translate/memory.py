"""Stored translations: a course's, by unit id, and the translation memory over all courses.

A translation is stored with the hash of the source text it translates. At export a unit's text is
looked up: the course's own translation when its source hash still matches; else the bundled
translation of that unit (``translate.bundled``) when its source hash matches; otherwise a translation
of the same source hash in that language (the memory: the course's own, the bundled one, then other
courses', e.g. the same text at a new place after a new edition); a course or bundled translation
whose source changed is *outdated* and is not used. Table ``translations`` (migration
``m_translations`` in ``store.migrations``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trainerkit.store import Store
from trainerkit.store.courses import now

TRANSLATED, BUNDLED, MEMORY, OUTDATED, UNTRANSLATED = "translated", "bundled", "memory", "outdated", "untranslated"


@dataclass(frozen=True)
class Stored:
    unit_id: str
    source_hash: str
    source: str
    target: str


def save_translations(store: Store, course_id: int, lang: str, rows: Iterable[Stored]) -> int:
    """Store (replace) the course's translations of the given units in ``lang``; returns how many."""
    stamp = now()
    count = 0
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in rows:
            conn.execute(
                "INSERT OR REPLACE INTO translations (course_id, lang, unit_id, source_hash, source, target, "
                "imported) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [course_id, lang, row.unit_id, row.source_hash, row.source, row.target, stamp],
            )
            count += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count


class Lookup:
    """Translations into ``lang`` for course ``course_id``, loaded once (a deck asks thousands).

    ``bundled``: also use the bundled translation of the course (``translate.bundled``)."""

    def __init__(self, store: Store, course_id: int, lang: str, *, bundled: bool = True) -> None:
        from trainerkit.translate.bundled import BundledUnit, bundled_translation

        self.own: dict[str, tuple[str, str]] = {}
        self.bundled: dict[str, BundledUnit] = bundled_translation(lang) if bundled else {}
        own_memory: dict[str, str] = {}
        others: dict[str, str] = {}
        for unit_id, source_hash, target, owner in store.db.execute(
            "SELECT unit_id, source_hash, target, course_id FROM translations WHERE lang = ? ORDER BY imported",
            [lang],
        ):
            if owner == course_id:
                self.own[unit_id] = (source_hash, target)
                own_memory[source_hash] = target
            elif source_hash not in others:
                others[source_hash] = target
        bundled_memory = {unit.source_hash: unit.target for unit in self.bundled.values() if not unit.fuzzy}
        #: source hash -> translation: the course's own wording wins, then the bundled one, then others'
        self.memory: dict[str, str] = {**others, **bundled_memory, **own_memory}

    def find(self, unit_id: str, source_hash: str) -> tuple[str, str | None]:
        """(status, target): status one of translated, bundled, memory, outdated, untranslated."""
        own = self.own.get(unit_id)
        if own is not None and own[0] == source_hash:
            return TRANSLATED, own[1]
        bundled = self.bundled.get(unit_id)
        if bundled is not None and bundled.source_hash == source_hash and not bundled.fuzzy:
            return BUNDLED, bundled.target
        if source_hash in self.memory:
            return MEMORY, self.memory[source_hash]
        if own is not None or bundled is not None:
            return OUTDATED, None
        return UNTRANSLATED, None
