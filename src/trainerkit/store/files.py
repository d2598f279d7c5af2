"""Files a trainer brings in (decks to import slides from, pictures), kept by content hash.

The file is copied into ``<data dir>/files/`` under its SHA-256, so the course keeps working when the
original is moved, edited or deleted, and the same file imported twice is stored once.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from trainerkit.errors import NotFoundError, StorageError
from trainerkit.fileio import atomic_write, plain_os_error
from trainerkit.paths import data_dir
from trainerkit.store.courses import now
from trainerkit.store.db import Store


def files_dir() -> Path:
    folder = data_dir() / "files"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def stored_path(sha256: str, suffix: str = "") -> Path:
    return files_dir() / f"{sha256}{suffix}"


def add_file(store: Store, source: Path, kind: str) -> str:
    """Copy ``source`` into the store (atomically) and return its SHA-256."""
    try:
        sha = sha256_of(source)
    except OSError as exc:
        raise StorageError(f"Cannot read {source}: {plain_os_error(exc)}.") from exc
    target = stored_path(sha, source.suffix.lower())
    if not target.is_file():
        with atomic_write(target) as tmp:
            shutil.copyfile(source, tmp)
    store.db.table("files").upsert(
        {"sha256": sha, "name": source.name, "size": target.stat().st_size, "kind": kind, "added": now()},
        pk="sha256",
    )
    return sha


def file_path(store: Store, sha256: str) -> Path:
    row = store.conn.execute("SELECT name FROM files WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise NotFoundError(f"A file this course uses ({sha256[:12]}) is not in the data folder any more.")
    path = stored_path(sha256, Path(row[0]).suffix.lower())
    if not path.is_file():
        raise NotFoundError(f"The file {row[0]} this course uses is missing from {files_dir()}.")
    return path
