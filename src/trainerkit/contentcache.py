"""Values worked out from bundled files, kept as JSON in the data folder's cache and keyed by the files'
content: made again only when a file's bytes change.

``cached_json(folder, name, paths, make)`` returns ``make()`` (anything JSON can hold), kept in
``<data dir>/cache/<folder>/<name>`` with the SHA-256 of ``paths``' names and bytes. As git does, the
files' sizes and modification times are kept too: while they are unchanged the files are not read and
hashed again. A cache that cannot be written (a read-only data folder) only costs the work next time.
Used by the slide index (``courseops.index``: decks, session numbers) and the course loader
(``course.loader``). Never imports Qt.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainerkit import __version__

log = logging.getLogger(__name__)

#: What made a cached file: it is made again by another version of TrainerKit.
FORMAT = f"2:{__version__}"


def cached_json(folder: str, name: str, paths: list[Path], make: Callable[[], Any]) -> Any:
    """``make()``, or what it returned last time if ``paths`` hold the same bytes."""
    from trainerkit.paths import cache_dir

    cached = cache_dir(folder) / name
    stats = file_stats(paths)
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            data = {}
    except (OSError, ValueError):
        data = {}
    if "value" in data and data.get("stats") == stats:
        return data["value"]
    stamp = content_hash(paths)
    value = data["value"] if "value" in data and data.get("stamp") == stamp else make()
    try:
        from trainerkit.fileio import write_text_atomic

        text = json.dumps({"format": FORMAT, "stamp": stamp, "stats": stats, "value": value}, ensure_ascii=False)
        write_text_atomic(cached, text)
    except OSError as exc:  # a read-only data folder: made again next time
        log.info("could not keep %s in the cache: %s", name, exc)
    return value


def file_stats(paths: list[Path]) -> list[list[Any]]:
    """Path, size and modification time (ns) of each of ``paths`` (-1, -1 for a missing file)."""
    found: list[list[Any]] = []
    for path in paths:
        try:
            stat = path.stat()
            found.append([str(path), stat.st_size, stat.st_mtime_ns])
        except OSError:
            found.append([str(path), -1, -1])
    return found


def content_hash(paths: list[Path]) -> str:
    """SHA-256 over the names and bytes of ``paths`` (a missing file counts as such)."""
    import hashlib

    digest = hashlib.sha256()
    for path in paths:
        digest.update(f"\0{path.name}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
    return digest.hexdigest()
