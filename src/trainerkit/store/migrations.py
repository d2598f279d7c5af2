"""Numbered schema migrations, applied in order, each exactly once, each in one transaction.

The database's ``PRAGMA user_version`` is the number of the last migration applied. Add a migration
by appending a function to ``MIGRATIONS``; never edit or reorder one that has shipped: trainers' data
files were made by it. Every table says in its migration's docstring why it exists.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def m001_settings(db: sqlite_utils.Database) -> None:
    """``settings``: small app-wide values (window layout, recent courses, last export folder),
    kept in the store rather than in Qt's settings so the CLI and a portable copy see them too."""
    db.table("settings").create({"key": str, "value": str}, pk="key")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_settings,
]


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the schema up to date; returns the version reached."""
    from trainerkit.errors import StorageError

    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StorageError(
            f"This data was written by a newer TrainerKit (schema {current}); "
            f"this version knows schema {len(MIGRATIONS)}. Update TrainerKit to open it."
        )
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
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
