"""Pack a course onto a stick (or into any folder), verified: the one call the CLI and the app make.

``pack_course`` stages the package on the local disk (``layout``), runs the preflight with the target's
free space and file system limits (and refuses before writing anything when the package cannot fit or a
name cannot be written), then copies with verification (``copy``). Interrupted packings are resumed into
the same folder: files already verified are skipped. Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainerkit.errors import NotFoundError, StorageError
from trainerkit.fileio import plain_os_error
from trainerkit.filenames import PORTABLE, NameRules, name_key, same_name, unique_name
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.package import portable
from trainerkit.package.copy import CopyHooks, CopyResult, TargetIdentity, copy_package, read_journal
from trainerkit.package.layout import StagedPackage, stage_package
from trainerkit.package.preflight import PreflightReport, preflight
from trainerkit.package.targets import Target, describe_target
from trainerkit.store import Store

log = logging.getLogger(__name__)

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


def package_folder(target: Path, staged: StagedPackage, rules: NameRules = PORTABLE) -> Path:
    """Where ``staged`` goes in ``target``: its own package folder (to update or resume), an unfinished
    packing of the same course under an older name (renamed), or a new folder whose name, compared as
    the target compares names (``rules``: case, trailing dots), is not already used by another course's
    package or any other folder: "Course" and "course" on a FAT32 stick get two folders."""
    wanted = staged.folder_name
    try:
        children = sorted(p for p in target.iterdir() if p.is_dir())
    except OSError:
        return target / wanted

    def ours(folder: Path) -> bool | None:  # None: not a TrainerKit package
        journal = read_journal(folder)
        if journal is None:
            return None
        if journal.get("course_id") and staged.course_id:
            return bool(journal["course_id"] == staged.course_id)
        return bool(journal.get("course") == staged.course)

    taken = set()
    for child in children:
        if same_name(child.name, wanted, rules):
            verdict = ours(child)
            if verdict or (verdict is None and not any(child.iterdir())):
                return child
            log.info("course %r: %s belongs to another course or is not a package", staged.course, child)
        taken.add(name_key(child.name, rules))
    free = unique_name(wanted, taken, rules)
    for child in children:
        journal = read_journal(child)
        if journal and ours(child) and not journal.get("complete"):
            try:
                child.rename(target / free)
                return target / free
            except OSError:
                return child
    return target / free


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
    try:
        identity = TargetIdentity.capture(target)  # the device the package must end up on
    except OSError as exc:
        raise StorageError(f"Cannot use {target}: {plain_os_error(exc)}.") from exc

    def stage_progress(done: int, total: int, label: str) -> None:
        progress(done * _STAGE_SHARE // max(total, 1), _TOTAL, f"Preparing: {label}")

    staged = stage_package(store, name, app=app, progress=stage_progress, token=token, today=today)
    token.check()
    try:
        drive = describe_target(target)
    except OSError as exc:
        raise StorageError(f"Cannot use {target}: {plain_os_error(exc)}.") from exc
    folder = package_folder(target, staged, drive.limits.rules)
    renamed = [list(r) for r in staged.export.get("renamed", [])]
    if folder.name != staged.folder_name:
        renamed.append(["", staged.folder_name, folder.name])
    block = block_size(target)
    needed = allocated_size([f.size for f in staged.files], block)
    report = preflight(
        store,
        name,
        target=drive,
        package=(needed, [(f"{staged.folder_name}/{f.rel}", f.size) for f in staged.files]),
        already_there=_already_verified(folder, staged),
        token=token,
        renamed=renamed,
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
        identity=identity,
    )
    portable.restore_modes([(f.rel, f.source) for f in staged.files if f.rel.startswith("App/")], folder)
    progress(_TOTAL, _TOTAL, "Verified")
    log.info("course %r: packed and verified in %s (%d files)", name, folder, len(staged.files))
    return PackReport(folder, staged, result, report, drive)
