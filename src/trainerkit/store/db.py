"""Opening the store: one SQLite file in the data dir, migrated on open.

SQLite gives us what a trainer needs of storage: a killed process or a pulled power cord leaves the
last committed state (journal + ``synchronous=FULL``), and every change is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerkit.errors import DamagedDataError, DataFolderError, StorageError
from trainerkit.paths import data_dir_writable, database_path, read_only_message
from trainerkit.store.backup import backup_if_due, list_backups, make_backup
from trainerkit.store.migrations import MIGRATIONS, migrate, schema_version

if TYPE_CHECKING:
    import sqlite_utils

_DAMAGED = ("malformed", "not a database", "disk image", "corrupt")


def database_error(exc: sqlite3.Error, path: Path) -> StorageError:
    """The one-line error a trainer sees for an SQLite error on the database at ``path``: read-only
    folder, damaged file (with how to recover) or any other storage problem."""
    text = str(exc)
    if "readonly" in text.replace(" ", "") or "read-only" in text:
        return DataFolderError(read_only_message(path.parent))
    if any(word in text.lower() for word in _DAMAGED):
        backups = list_backups(path)
        if backups:
            how = (
                f"restore the latest backup ({backups[0].made:%Y-%m-%d %H:%M}) with `trainerkit restore-backup`"
                " (the damaged file is kept beside it)"
            )
        else:
            how = f"there is no backup; move {path.name} aside to start afresh, or ask support to rescue it"
        return DamagedDataError(f"Your TrainerKit database {path} cannot be opened: it is damaged ({text}); {how}.")
    return StorageError(f"The TrainerKit data file {path} cannot be used: {text}.")


class Store:
    """The trainer's database. Methods for each kind of data live in modules next to this one.

    ``read_only`` is True when the data folder cannot be written (a locked SD card, a read-only copy):
    the database is then opened with SQLite's ``mode=ro`` so courses can still be read, and a change
    fails with ``DataFolderError`` (see ``database_error``).

    ``conn`` is the plain ``sqlite3`` connection (autocommit; a change that needs a transaction says
    ``BEGIN IMMEDIATE``); ``db`` wraps the same connection in ``sqlite_utils.Database`` for code that
    wants its table helpers. sqlite-utils is imported only when ``db`` is first used: opening the store
    and recording a change (what `trainerkit slide hide` does) need only ``conn``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.parent.exists() and not path.parent.is_dir():
            raise DataFolderError(f"The TrainerKit data folder {path.parent} is a file, not a folder.")
        self.read_only = path.parent.is_dir() and not data_dir_writable(path.parent)
        try:
            if self.read_only:
                if not path.is_file():
                    raise DataFolderError(read_only_message(path.parent))
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite_utils.Database sets it (see db)
            self.conn = conn
            version = schema_version(conn)
            if self.read_only:
                if version != len(MIGRATIONS):
                    raise DataFolderError(read_only_message(path.parent) + " (This version must update the data.)")
                return
            if 0 < version < len(MIGRATIONS):
                make_backup(conn, path, f"before-migration-{version + 1}")
            migrate(conn)
            if version:
                backup_if_due(conn, path)
        except sqlite3.DatabaseError as exc:
            raise database_error(exc, path) from exc
        except OSError as exc:
            raise StorageError(
                f"The TrainerKit data folder {path.parent} cannot be used: {exc.strerror}."
            ) from exc

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by sqlite-utils (imported on first use)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a preference (recent courses, last folder, window size); skipped on a read-only data
        folder, where courses can still be opened and exported (a preference is not the trainer's data)."""
        if self.read_only:
            return
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )

    def close(self) -> None:
        self.conn.close()


def open_store(path: Path | None = None) -> Store:
    return Store(path or database_path())
