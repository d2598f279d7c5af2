"""Opening the store: one SQLite file in the data dir, migrated on open.

SQLite gives us what a trainer needs of storage: a killed process or a pulled power cord leaves the
last committed state (journal + ``synchronous=FULL``), and every change is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from trainerkit.errors import StorageError
from trainerkit.paths import database_path
from trainerkit.store.migrations import migrate, schema_version


class Store:
    """The trainer's database. Methods for each kind of data live in modules next to this one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            self.db = sqlite_utils.Database(conn)
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"The TrainerKit data file {path} cannot be opened: {exc}.") from exc
        except OSError as exc:
            raise StorageError(
                f"The TrainerKit data folder {path.parent} cannot be used: {exc.strerror}."
            ) from exc

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self.db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def close(self) -> None:
        self.db.conn.close()


def open_store(path: Path | None = None) -> Store:
    return Store(path or database_path())
