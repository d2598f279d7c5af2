"""Export once, pack many: each exported part of a course (handouts, packs, slide handouts, decks) is
kept in the data dir's cache, keyed by a hash of everything it is made from (the course's state, the
bundled resources, TrainerKit's version and the export's options). Exporting the same course state
again, or packing it onto a stick right after an export, copies the kept files instead of making them.

The exporter always writes into the folder it was given first (so a cancelled export leaves the files
it finished, as before); the finished set is then copied into the cache with its report. Only the last
set per course and part is kept. Never imports Qt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from trainerkit import __version__
from trainerkit.course import Course
from trainerkit.fileio import atomic_write
from trainerkit.filenames import safe_filename
from trainerkit.paths import cache_dir, resources_dir
from trainerkit.recipe import CourseState
from trainerkit.store import Store
from trainerkit.store.courses import CourseRecord

log = logging.getLogger(__name__)
#: ``made``: parts this process exported; ``copied``: parts copied from the cache (read by the tests).
COUNTS: Counter[str] = Counter()
REPORT = "report.json"
DISABLE_ENV = "TRAINERKIT_NO_EXPORT_CACHE"


class Report(Protocol):
    files: list[Path]


R = TypeVar("R", bound=Report)

_resource_signature: tuple[float, str] | None = None


def resources_signature() -> str:
    """A hash of the bundled resources' names, sizes and modification times (checked once a minute)."""
    import time

    global _resource_signature
    now = time.monotonic()
    if _resource_signature is not None and now - _resource_signature[0] < 60:
        return _resource_signature[1]
    digest = hashlib.sha256()
    root = resources_dir()
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder, name)
            stat = path.stat()
            digest.update(f"{path.relative_to(root).as_posix()}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    _resource_signature = (now, digest.hexdigest())
    return _resource_signature[1]


_code: str | None = None


def code_signature() -> str:
    """Sizes and times of TrainerKit's own source files (the exporters and what they call: decks, slide
    drawing, translations), so a changed exporter never reuses old output (the version number alone does
    not change between builds of a checkout). Read once per process."""
    global _code
    if _code is None:
        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent.parent
        for path in sorted(package.rglob("*.py")):
            stat = path.stat()
            digest.update(f"{path.relative_to(package).as_posix()}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
        _code = digest.hexdigest()
    return _code


#: A course read once: ``recipe.state_of``'s (record, state, bundled course). One export of several parts
#: reads it once and hands it to every part, so a change landing meanwhile never mixes two states.
Snapshot = tuple[CourseRecord, CourseState, Course]


def snapshot_of(store: Store, name: str, snapshot: Snapshot | None = None) -> Snapshot:
    """``snapshot`` when given, else the course read now (``recipe.state_of``)."""
    if snapshot is not None:
        return snapshot
    from trainerkit.recipe import state_of

    return state_of(store, name)


def state_key(store: Store, name: str, part: str, options: Any = None, snapshot: Snapshot | None = None) -> str:
    """The hash a part's export is kept under: course state + resources + app version + options."""
    _record, state, _course = snapshot_of(store, name, snapshot)
    data = {
        "version": __version__,
        "code": code_signature(),
        "state": repr(state),
        "resources": resources_signature(),
        "part": part,
        "options": options,
    }
    from trainerkit.translate.hooks import translations_signature

    data["translations"] = translations_signature(store)  # an import changes translated exports
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _folder(name: str, part: str) -> Path:
    return cache_dir("exports") / safe_filename(name, limit=60) / part


def _plain(value: Any) -> Any:
    """A report field for JSON: dataclasses (``Problem``) as dicts, anything else unknown as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _report_to_json(report: Any, out_dir: Path, files: list[Path]) -> dict[str, Any]:
    data = {k: v for k, v in vars(report).items() if k != "files"}
    return {
        "files": [f.relative_to(out_dir).as_posix() for f in files],
        "sizes": [f.stat().st_size for f in files],
        "fields": json.loads(json.dumps(data, default=_plain)),
    }


def cached_export(
    store: Store,
    name: str,
    part: str,
    out_dir: Path,
    make: Callable[[Path], R],
    options: Any = None,
    restore: Callable[[dict[str, Any], list[Path]], R] | None = None,
    snapshot: Snapshot | None = None,
) -> R:
    """``make(out_dir)``'s report, or the same files copied from the cache when the state is unchanged.

    ``restore(fields, files)`` rebuilds the report from what was kept (default: a ``PackReport``);
    ``snapshot`` is the course as read by the caller (read here when None)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if os.environ.get(DISABLE_ENV):
        COUNTS["made"] += 1
        return make(out_dir)
    key = state_key(store, name, part, options, snapshot)
    folder = _folder(name, part)
    kept = folder / key[:24]
    try:
        saved = json.loads((kept / REPORT).read_text(encoding="utf-8"))
        rels = [str(r) for r in saved["files"]]
        sizes = [int(n) for n in saved["sizes"]]
        # each kept file whole (a file cut short by a crash after the rename, or emptied, is made again)
        if len(sizes) == len(rels) and all(
            (kept / "files" / rel).is_file() and (kept / "files" / rel).stat().st_size == size
            for rel, size in zip(rels, sizes, strict=True)
        ):
            files = []
            for rel in rels:
                target = out_dir / rel
                with atomic_write(target) as tmp:
                    shutil.copyfile(kept / "files" / rel, tmp)
                files.append(target)
            COUNTS["copied"] += 1
            return (restore or _pack_report)(saved["fields"], files)  # type: ignore[return-value]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    COUNTS["made"] += 1
    report = make(out_dir)
    try:
        _keep(folder, kept, report, out_dir)
    except (OSError, ValueError) as exc:  # a full disk must not fail the export itself
        log.warning("Could not keep the export of %s/%s in the cache: %s", name, part, exc)
    return report


def _keep(folder: Path, kept: Path, report: Any, out_dir: Path) -> None:
    files = [f for f in report.files if f.is_file() and f.resolve().is_relative_to(out_dir.resolve())]
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
    staging = folder / f".{kept.name}.partial"
    (staging / "files").mkdir(parents=True, exist_ok=True)
    for path in files:
        target = staging / "files" / path.relative_to(out_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (staging / REPORT).write_text(
        json.dumps(_report_to_json(report, out_dir, files), ensure_ascii=False), encoding="utf-8"
    )
    os.replace(staging, kept)


def _pack_report(fields: dict[str, Any], files: list[Path]) -> Any:
    from trainerkit.export.reports import PackReport

    return PackReport(
        files=files,
        problems=list(fields.get("problems", [])),
        warnings=list(fields.get("warnings", [])),
        pages=dict(fields.get("pages", {})),
    )
