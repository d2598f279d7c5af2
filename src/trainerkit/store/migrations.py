"""Numbered schema migrations, applied in order, each exactly once, each in one transaction.

The database's ``PRAGMA user_version`` is the number of the last migration applied. Add a migration
by appending a function to ``MIGRATIONS``; never edit or reorder one that has shipped: trainers' data
files were made by it. Every table says in its migration's docstring why it exists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def m001_settings(db: sqlite_utils.Database) -> None:
    """``settings``: small app-wide values (window layout, recent courses, last export folder),
    kept in the store rather than in Qt's settings so the CLI and a portable copy see them too."""
    db.table("settings").create({"key": str, "value": str}, pk="key")


def m002_courses_and_changes(db: sqlite_utils.Database) -> None:
    """``courses``: a trainer's course: a name, the bundled course and version it is based on, and the
    profile it was created with. ``changes``: every edit as one row, in order (an event log), so the
    originals stay pristine, export replays the log on them, and undo/redo is a pointer (``head``)
    into it that survives restarts. ``files``: files a trainer brought in (decks to import slides
    from, pictures), copied into the data dir by content hash so the originals may move or vanish."""
    db.execute(
        """CREATE TABLE courses (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            base_course TEXT NOT NULL,
            base_version TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '{}',
            head INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            session INTEGER,
            slide_key TEXT,
            payload TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL,
            UNIQUE (course_id, seq)
        )"""
    )
    db.execute(
        """CREATE TABLE files (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL,
            added TEXT NOT NULL
        )"""
    )


def m003_examples(db: sqlite_utils.Database) -> None:
    """``examples``: the examples library: the bundled facts and examples (``origin = 'bundled'``, seeded
    from ``resources/examples`` and refreshed when those files change) and a trainer's own (``'trainer'``,
    ids ``my-...``, never touched by seeding). ``num`` is a stable integer key for the full-text index.
    ``example_facets``: one row per country, region, theme and session of an example, so filters are
    indexed lookups rather than string matching. ``examples_fts``: an FTS5 index over the text a trainer
    searches (title, summary, place, keywords, source), kept in step with ``examples`` by triggers."""
    db.execute(
        """CREATE TABLE examples (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('example', 'fact')),
            origin TEXT NOT NULL CHECK (origin IN ('bundled', 'trainer')),
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            figure TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            keywords TEXT NOT NULL DEFAULT '',
            year TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            source_ref TEXT NOT NULL DEFAULT '',
            picture TEXT REFERENCES files(sha256),
            picture_alt TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE example_facets (
            example_num INTEGER NOT NULL REFERENCES examples(num) ON DELETE CASCADE,
            facet TEXT NOT NULL CHECK (facet IN ('country', 'region', 'theme', 'session')),
            value TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (example_num, facet, value)
        )"""
    )
    db.execute("CREATE INDEX example_facets_lookup ON example_facets (facet, value)")
    db.execute(
        """CREATE VIRTUAL TABLE examples_fts USING fts5 (
            title, summary, place, keywords, source,
            content = 'examples', content_rowid = 'num',
            tokenize = 'porter unicode61 remove_diacritics 2'
        )"""
    )
    columns = "title, summary, place, keywords, source"
    new_values = "new.title, new.summary, new.place, new.keywords, new.source"
    old_values = "old.title, old.summary, old.place, old.keywords, old.source"
    db.execute(
        f"""CREATE TRIGGER examples_ai AFTER INSERT ON examples BEGIN
            INSERT INTO examples_fts (rowid, {columns}) VALUES (new.num, {new_values});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER examples_ad AFTER DELETE ON examples BEGIN
            INSERT INTO examples_fts (examples_fts, rowid, {columns}) VALUES ('delete', old.num, {old_values});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER examples_au AFTER UPDATE ON examples BEGIN
            INSERT INTO examples_fts (examples_fts, rowid, {columns}) VALUES ('delete', old.num, {old_values});
            INSERT INTO examples_fts (rowid, {columns}) VALUES (new.num, {new_values});
        END"""
    )


def m004_translations(db: sqlite_utils.Database) -> None:
    """``translations``: a course's imported translation of its content (slide texts and notes, plans,
    handouts), one row per unit (``trainerkit.translate.units``) and language, with the hash of the
    English source it translates. Indexed by (lang, source_hash) so any course reuses a translation of
    the same text (the translation memory, ``trainerkit.translate.memory``)."""
    db.execute(
        """CREATE TABLE translations (
            course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
            lang TEXT NOT NULL,
            unit_id TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            imported TEXT NOT NULL,
            PRIMARY KEY (course_id, lang, unit_id)
        )"""
    )
    db.execute("CREATE INDEX translations_memory ON translations (lang, source_hash)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_settings,
    m002_courses_and_changes,
    m003_examples,
    m004_translations,  # renumber freely on merge: the function only creates its own table
]


def schema_version(db: sqlite_utils.Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database | sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version reached. A plain connection is enough when
    there is nothing to do (or the data is too new: ``StorageError``)."""
    from trainerkit.errors import StorageError

    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StorageError(
            f"This data was written by a newer TrainerKit (schema {current}); "
            f"this version knows schema {len(MIGRATIONS)}. Update TrainerKit to open it."
        )
    if current < len(MIGRATIONS) and isinstance(db, sqlite3.Connection):
        import sqlite_utils

        db = sqlite_utils.Database(db)
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        assert not isinstance(db, sqlite3.Connection)
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(db)
