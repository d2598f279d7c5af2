"""Stored translations: a course's, by unit id, and the translation memory over all courses.

A translation is stored with the hash of the source text it translates. At export a unit's text is
looked up: the course's own translation when its source hash still matches; otherwise any course's
translation of the same source hash in that language (the memory: another course, or the same text
at a new place after a new edition); a course translation whose source changed is *outdated* and is
not used. Table ``translations`` (migration ``m_translations`` in ``store.migrations``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trainerkit.store import Store
from trainerkit.store.courses import now

TRANSLATED, MEMORY, OUTDATED, UNTRANSLATED = "translated", "memory", "outdated", "untranslated"


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
    """Translations into ``lang`` for course ``course_id``, loaded once (a deck asks thousands)."""

    def __init__(self, store: Store, course_id: int, lang: str) -> None:
        self.own: dict[str, tuple[str, str]] = {}
        self.memory: dict[str, str] = {}
        for unit_id, source_hash, target, owner in store.db.execute(
            "SELECT unit_id, source_hash, target, course_id FROM translations WHERE lang = ? ORDER BY imported",
            [lang],
        ):
            if owner == course_id:
                self.own[unit_id] = (source_hash, target)
            if owner == course_id or source_hash not in self.memory:  # the course's own wording wins
                self.memory[source_hash] = target

    def find(self, unit_id: str, source_hash: str) -> tuple[str, str | None]:
        """(status, target): status one of translated, memory, outdated, untranslated."""
        own = self.own.get(unit_id)
        if own is not None and own[0] == source_hash:
            return TRANSLATED, own[1]
        if source_hash in self.memory:
            return MEMORY, self.memory[source_hash]
        if own is not None:
            return OUTDATED, None
        return UNTRANSLATED, None
