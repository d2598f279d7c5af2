"""Backups of the trainer's database, made with SQLite's online backup API, and restoring one.

A backup is a complete, consistent copy of ``trainerkit.sqlite3`` in ``<data dir>/backups/``, named
``trainerkit-YYYYMMDD-HHMMSS-<why>.sqlite3``. One is made before each schema migration and once a day
the store is opened for writing; the newest ``KEEP`` are kept. ``restore_backup`` checks a backup with
``PRAGMA integrity_check``, moves the current (damaged) database aside as
``trainerkit.sqlite3.damaged-<stamp>`` and puts the backup in its place; ``trainerkit restore-backup``
runs it. SQLite backup API: https://www.sqlite.org/backup.html. Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from trainerkit.errors import NotFoundError, StorageError

log = logging.getLogger(__name__)

KEEP = 5
PREFIX = "trainerkit-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    why: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def list_backups(database: Path) -> list[Backup]:
    """Backups of ``database``, newest first."""
    folder = backups_dir(database)
    found = []
    try:
        names = sorted(p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX))
    except OSError:
        return []
    for path in names:
        stem = path.name[len(PREFIX) : -len(SUFFIX)]
        date, _, rest = stem.partition("-")
        clock, _, why = rest.partition("-")
        if not (len(date) == 8 and len(clock) == 6 and (date + clock).isdigit()):
            continue
        try:  # YYYYMMDD HHMMSS; not strptime, whose import costs the CLI a millisecond on every start
            made = dt.datetime.fromisoformat(f"{date}T{clock}")
        except ValueError:
            continue
        found.append(Backup(path, made, why))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(conn: sqlite3.Connection, database: Path, why: str, keep: int = KEEP) -> Path:
    """Copy the open database ``conn`` into the backups folder (atomically) and keep the newest ``keep``."""
    from trainerkit.fileio import atomic_write  # not at the top: opening the store needs no backup most days

    folder = backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{stamp}-{why}{SUFFIX}"
    n = 1
    while target.exists():
        target, n = folder / f"{PREFIX}{stamp}-{why}{n}{SUFFIX}", n + 1
    with atomic_write(target) as tmp:
        _copy_database(conn, tmp)
        problem = check_database(tmp)
        if problem:  # never keep (and never prune good backups for) a copy of a damaged database
            raise sqlite3.DatabaseError(f"database disk image is malformed ({problem})")
    for old in list_backups(database)[keep:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    log.info("database backed up to %s (%s)", target, why)
    return target


def backup_if_due(conn: sqlite3.Connection, database: Path) -> Path | None:
    """Make the day's backup unless one was made today; never raises (a backup must not stop work)."""
    try:
        newest = list_backups(database)
        if newest and newest[0].made.date() == dt.date.today():
            return None
        return make_backup(conn, database, "daily")
    except (OSError, sqlite3.Error, StorageError):
        log.warning("could not back up the database", exc_info=True)
        return None


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy the open database ``source`` into the (empty) file ``target`` with SQLite's backup API."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()


def check_database(path: Path) -> str | None:
    """None when ``path`` is an intact SQLite database, else what is wrong (one line)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


def restore_backup(database: Path, backup: Path | None = None) -> tuple[Backup, Path | None]:
    """Put ``backup`` (default: the newest intact one) in place of ``database``. The current database, if
    any, is kept beside it as ``<name>.damaged-<stamp>``. Returns the backup used and where the old
    database went. Raises ``NotFoundError`` when there is no usable backup."""
    from trainerkit.fileio import atomic_write, plain_os_error

    backups = list_backups(database)
    if backup is not None:
        chosen = [b for b in backups if b.path.resolve() == backup.resolve()] or [Backup(backup, dt.datetime.now(), "")]
    else:
        chosen = backups
    if not chosen:
        raise NotFoundError(f"There is no backup of your data in {backups_dir(database)}.")
    usable = None
    for candidate in chosen:
        if candidate.path.is_file() and check_database(candidate.path) is None:
            usable = candidate
            break
    if usable is None:
        raise NotFoundError(f"No intact backup found in {backups_dir(database)}.")
    moved = None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        if database.exists():
            moved = database.with_name(f"{database.name}.damaged-{stamp}")
            os.replace(database, moved)
        for extra in ("-journal", "-wal", "-shm"):
            side = database.with_name(database.name + extra)
            if side.exists():
                os.replace(side, side.with_name(f"{side.name}.damaged-{stamp}"))
        source = sqlite3.connect(f"file:{usable.path}?mode=ro", uri=True)
        try:
            with atomic_write(database) as tmp:
                _copy_database(source, tmp)
        finally:
            source.close()
    except OSError as exc:
        raise StorageError(f"Could not restore the backup into {database.parent}: {plain_os_error(exc)}.") from exc
    except StorageError as exc:  # from atomic_write, naming the file and what went wrong
        raise StorageError(f"Could not restore the backup: {exc}") from exc
    log.info("database restored from backup %s (old database kept as %s)", usable.path, moved)
    return usable, moved
