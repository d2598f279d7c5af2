"""Pack a course onto a stick (or into any folder), verified: the one call the CLI and the app make.

``pack_course`` stages the package on the local disk (``layout``), runs the preflight with the target's
free space and file system limits (and refuses before writing anything when the package cannot fit or a
name cannot be written), then copies with verification (``copy``). Interrupted packings are resumed into
the same folder: files already verified are skipped. Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainerkit.errors import NotFoundError, StorageError
from trainerkit.fileio import plain_os_error
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.package import portable
from trainerkit.package.copy import CopyHooks, CopyResult, copy_package, read_journal
from trainerkit.package.layout import StagedPackage, stage_package
from trainerkit.package.manifest import JOURNAL_NAME
from trainerkit.package.preflight import PreflightReport, preflight
from trainerkit.package.targets import Target, describe_target
from trainerkit.store import Store

#: Room kept for the journal, the manifest and folder entries, on top of the files themselves.
BOOKKEEPING_BYTES = 256 * 1024
_STAGE_SHARE = 100
_TOTAL = 1000


@dataclass
class PackReport:
    package: Path
    staged: StagedPackage
    copy: CopyResult
    preflight: PreflightReport
    target: Target

    def as_dict(self) -> dict[str, Any]:
        return {
            "package": str(self.package),
            "complete": True,
            "files": len(self.staged.files),
            "size": self.staged.size,
            "copied": len(self.copy.copied),
            "skipped": len(self.copy.skipped),
            "removed": self.copy.removed,
            "notes": self.staged.notes,
            "preflight": self.preflight.as_dict(),
        }


def allocated_size(sizes: list[int], block: int) -> int:
    """Bytes the files take on a drive that allocates in ``block``-sized clusters."""
    return sum(-(-size // block) * block for size in sizes) + BOOKKEEPING_BYTES


def block_size(path: Path) -> int:
    try:
        return max(512, os.statvfs(path).f_frsize)
    except (AttributeError, OSError):
        return 32 * 1024  # a common FAT32/exFAT cluster size


def package_folder(target: Path, staged: StagedPackage) -> Path:
    """Where the package goes: its own folder, or an unfinished packing of the same course to resume."""
    wanted = target / staged.folder_name
    if wanted.exists():
        return wanted
    try:
        children = [p for p in target.iterdir() if p.is_dir() and (p / JOURNAL_NAME).is_file()]
    except OSError:
        return wanted
    for child in sorted(children):
        journal = read_journal(child)
        if journal and journal.get("course") == staged.course and not journal.get("complete"):
            try:
                child.rename(wanted)
                return wanted
            except OSError:
                return child
    return wanted


def _already_verified(folder: Path, staged: StagedPackage) -> int:
    journal = read_journal(folder) if folder.is_dir() else None
    if not journal:
        return 0
    done = journal["files"]
    return sum(f.size for f in staged.files if done.get(f.rel, {}).get("sha256") == f.sha256)


def pack_course(
    store: Store,
    name: str,
    target: Path,
    *,
    app: Path | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    hooks: CopyHooks | None = None,
    today: dt.date | None = None,
) -> PackReport:
    """Write course ``name``'s package into the folder ``target`` (a stick's root or any folder on it)."""
    token = token or CancelToken()
    target = Path(target)
    if not target.is_dir():
        raise NotFoundError(f"There is no folder {target} to write to (is the stick plugged in?).")

    def stage_progress(done: int, total: int, label: str) -> None:
        progress(done * _STAGE_SHARE // max(total, 1), _TOTAL, f"Preparing: {label}")

    staged = stage_package(store, name, app=app, progress=stage_progress, token=token, today=today)
    token.check()
    try:
        drive = describe_target(target)
    except OSError as exc:
        raise StorageError(f"Cannot use {target}: {plain_os_error(exc)}.") from exc
    folder = package_folder(target, staged)
    block = block_size(target)
    needed = allocated_size([f.size for f in staged.files], block)
    report = preflight(
        store,
        name,
        target=drive,
        package=(needed, [(f"{staged.folder_name}/{f.rel}", f.size) for f in staged.files]),
        already_there=_already_verified(folder, staged),
        token=token,
    )
    if report.errors:
        lines = "; ".join(f"{f.where}: {f.message}" for f in report.errors[:5])
        raise StorageError(f"Nothing was written to {target}. {lines}")

    def copy_progress(done: int, total: int, label: str) -> None:
        share = _TOTAL - _STAGE_SHARE
        progress(_STAGE_SHARE + done * share // max(total, 1), _TOTAL, label)

    result = copy_package(
        staged.files,
        folder,
        meta=staged.meta(),
        progress=copy_progress,
        token=token,
        hooks=hooks,
        retry_command=f"trainerkit usb pack {shlex.quote(name)} {shlex.quote(str(target))}",
    )
    portable.restore_modes([(f.rel, f.source) for f in staged.files if f.rel.startswith("App/")], folder)
    progress(_TOTAL, _TOTAL, "Verified")
    return PackReport(folder, staged, result, report, drive)
