"""Copy a staged package onto a stick so that what is on it can be trusted.

Each file is written under a temporary name (``.<name>.tkpart``), flushed to the device (fsync), renamed
into place, and then read back from the device (on Linux the page cache is dropped first with
``posix_fadvise(DONTNEED)``, so the bytes come from the stick, not from memory) and compared with the
hash the file had when it was staged. A journal in the package folder (``.trainerkit-pack.json``) records
every verified file with its hash; a re-run after an interruption skips files the journal lists with the
same hash and size. ``MANIFEST.sha256`` is written, and the journal marked complete, only after every
file is verified, so a package with a manifest is a complete one.

A full stick (ENOSPC) or a stick pulled out (EIO, ENODEV, the folder gone) becomes ``PackInterrupted``,
whose message says what is on the stick and what is missing. Opening files for writing and reading back
goes through ``CopyHooks``, so tests can inject a failing device.

A stick pulled out while a desktop keeps its mount point (an empty folder on the computer's own disk)
must not be mistaken for the stick: ``TargetIdentity`` records the device id (``st_dev``) and inode of
the chosen target folder, and the mount point holding it, before anything is written; the copy compares
them before every file, after every file and before the manifest, and stops with "not complete: the
stick was removed or changed" when they differ. Folders are made one level at a time inside the package
folder, which is itself made once, at the start, after checking it sits on the recorded device: a
folder above the package is never created, so nothing can land on the computer's disk instead.

It must never leave a file under its final name that is not complete and verified, and never import Qt.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from trainerkit.errors import StorageError
from trainerkit.fileio import fsync_dir, plain_os_error
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.package.manifest import (
    CHUNK,
    JOURNAL_FORMAT,
    JOURNAL_NAME,
    MANIFEST_NAME,
    TEMP_SUFFIX,
    manifest_text,
    read_journal,
    sha256_file,
)
from trainerkit.package.targets import human_size

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)  # a write-protected stick, another user's folder
_GONE = (errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO, errno.ESTALE if hasattr(errno, "ESTALE") else errno.EIO)


@dataclass
class CopyHooks:
    """How files are opened; replaced in tests to simulate a stick that fails or disappears."""

    open_write: Callable[[Path], BinaryIO] = field(default=lambda p: open(p, "wb"))  # noqa: SIM115
    open_read: Callable[..., Any] = open
    replace: Callable[[Path, Path], None] = os.replace


@dataclass(frozen=True)
class SourceFile:
    """One file to put in the package: where it comes from, where it goes, and its size and hash."""

    rel: str
    source: Path
    size: int
    sha256: str


class PackInterrupted(StorageError):
    """The copy stopped (stick full, stick removed, device error); the package is not marked complete."""

    def __init__(self, message: str, reason: str, verified: list[str], missing: list[str]) -> None:
        super().__init__(message)
        self.reason = reason
        self.verified = verified
        self.missing = missing


class VerifyMismatch(StorageError):
    """A file read back from the stick differs from what was written: the stick may be failing."""


@dataclass
class CopyResult:
    copied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    bytes_copied: int = 0


# ---- where the package goes ----------------------------------------------------------------------
def _mount_point(folder: Path) -> Path:
    """The mount point holding ``folder`` (``/`` at worst)."""
    current = folder
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return current


@dataclass(frozen=True)
class TargetIdentity:
    """The target folder as it was before the copy: its device id and inode, and its mount point's.

    Raises ``OSError`` from ``capture`` when the folder cannot be examined."""

    folder: Path
    device: int
    inode: int
    mount: Path
    mount_device: int

    @classmethod
    def capture(cls, folder: Path) -> TargetIdentity:
        folder = Path(os.path.abspath(folder))
        info = os.stat(folder)
        mount = _mount_point(folder)
        return cls(folder, info.st_dev, info.st_ino, mount, os.stat(mount).st_dev)

    def problem(self) -> str | None:
        """Why the target is not the one recorded any more, or None when it still is."""
        try:
            info = os.stat(self.folder)
        except OSError as exc:
            return f"{self.folder} cannot be reached any more ({plain_os_error(exc)})"
        if (info.st_dev, info.st_ino) != (self.device, self.inode):
            return f"{self.folder} is now on another device"
        if self.mount != Path("/") and not os.path.ismount(self.mount):
            return f"{self.mount} is no longer mounted"
        try:
            if os.stat(self.mount).st_dev != self.mount_device:
                return f"{self.mount} is now another device"
        except OSError as exc:
            return f"{self.mount} cannot be reached any more ({plain_os_error(exc)})"
        return None

    def check_package_folder(self, root: Path) -> str | None:
        """``problem``, or why ``root`` is not a folder directly in the target on its device."""
        problem = self.problem()
        if problem:
            return problem
        if Path(os.path.abspath(root)).parent != self.folder:
            return f"{root} is not in {self.folder}"
        try:
            if os.stat(root).st_dev != self.device:
                return f"{root} is on another device than {self.folder}"
        except OSError as exc:
            return f"{root} cannot be reached any more ({plain_os_error(exc)})"
        return None


class TargetChanged(OSError):
    """The target folder is not on the device it was on when the copy began."""


def make_folders(root: Path, rel_folder: str) -> None:
    """Create ``rel_folder`` inside the existing package folder ``root``, one level at a time.

    Never creates ``root`` or anything above it: if ``root`` is gone (the stick was pulled and its
    mount point is an empty folder), this raises ``FileNotFoundError`` instead of recreating it on
    whatever disk now sits at that path."""
    current = root
    for part in Path(rel_folder).parts:
        current = current / part
        try:
            current.mkdir()
        except FileExistsError:
            if not current.is_dir():
                raise
    if not root.is_dir():
        raise FileNotFoundError(errno.ENOENT, "The package folder is gone", str(root))


# ---- journal -------------------------------------------------------------------------------------
def _write_journal(root: Path, journal: dict[str, Any]) -> None:
    write_in_folder(root / JOURNAL_NAME, json.dumps(journal, indent=1, sort_keys=True, ensure_ascii=False))


def write_in_folder(path: Path, text: str) -> None:
    """Write ``path`` atomically (temporary name, fsync, rename) in its folder, which must exist:
    unlike ``fileio.atomic_write`` this never creates a folder, so a package folder that vanished with
    its stick is not recreated on the computer's disk. Raises ``OSError``."""
    tmp = temp_name(path)
    try:
        with open(tmp, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise
    fsync_dir(path.parent)


# ---- one file ------------------------------------------------------------------------------------
def _drop_cache(path: Path) -> None:
    """Ask the OS to forget its cached copy of ``path``, so the next read comes from the device."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{TEMP_SUFFIX}")


def copy_file_verified(
    item: SourceFile, target: Path, *, hooks: CopyHooks | None = None, token: CancelToken | None = None
) -> None:
    """Write ``item`` to ``target`` (temporary name, fsync, rename), then read it back and check its hash."""
    hooks = hooks or CopyHooks()
    token = token or CancelToken()
    tmp = temp_name(target)
    if not target.parent.is_dir():  # folders are made by the caller, inside the package folder only
        raise FileNotFoundError(errno.ENOENT, "The folder to write into is gone", str(target.parent))
    digest = hashlib.sha256()
    try:
        src = open(item.source, "rb")  # noqa: SIM115 (closed below; a failure here is not the stick's)
    except OSError as exc:
        raise StorageError(
            f"The prepared file {item.rel} cannot be read from {item.source.parent} ({exc.strerror}); "
            "pack again to prepare it anew."
        ) from None
    try:
        with src, hooks.open_write(tmp) as out:
            while block := src.read(CHUNK):
                token.check()
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != item.sha256:
            raise StorageError(f"{item.source} changed while the package was being written; pack again.")
        hooks.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        _discard(tmp)
        raise
    _drop_cache(target)
    if sha256_file(target, token, hooks.open_read) != item.sha256:
        raise VerifyMismatch(
            f"{item.rel} reads back different from what was written: the stick may be failing. "
            "Try again, or use another stick."
        )


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# ---- the whole package ---------------------------------------------------------------------------
def _names(rels: list[str], limit: int = 5) -> str:
    shown = ", ".join(rels[:limit])
    return shown + (f" and {len(rels) - limit} more" if len(rels) > limit else "")


def _interrupted(
    exc: OSError, root: Path, items: list[SourceFile], verified: dict[str, dict[str, Any]], retry: str
) -> PackInterrupted:
    changed = isinstance(exc, TargetChanged)
    # a stick that refuses writing is there: its package folder may not exist only because it could not be made
    refused = exc.errno in _REFUSED and not changed
    gone = (changed or not root.exists() or exc.errno in _GONE) and not refused
    full = exc.errno in _FULL and not changed
    reason = "full" if full else "removed" if gone else "error"
    done = [i.rel for i in items if i.rel in verified]
    missing = [i.rel for i in items if i.rel not in verified]
    done_size = sum(i.size for i in items if i.rel in verified)
    missing_size = sum(i.size for i in items if i.rel not in verified)
    if changed:
        head = f"Not complete: the stick was removed or changed ({exc.strerror}); nothing more was written."
        advice = "Plug it back in and"
    elif full:
        head = "The stick is full."
        advice = "Free some space on it (or use a bigger stick) and"
    elif refused:
        head = f"The stick is write-protected, or the folder may not be changed ({plain_os_error(exc)})."
        advice = "Slide the stick's lock switch off (or choose a folder you may change) and"
    elif gone:
        head = "The stick stopped responding or was removed."
        advice = "Plug it back in and"
    else:
        head = f"Writing to the stick failed: {plain_os_error(exc)}."
        advice = "Check the stick and"
    on_stick = f"On the stick and verified: {len(done)} of {len(items)} files ({human_size(done_size)})" + (
        f": {_names(done)}." if done else "."
    )
    message = (
        f"{head} {on_stick} Missing: {len(missing)} files ({human_size(missing_size)}): {_names(missing)}. "
        f"The package is not complete. {advice} run `{retry}` again: the verified files are kept."
    )
    return PackInterrupted(message, reason, done, missing)


def copy_package(
    items: list[SourceFile],
    root: Path,
    *,
    meta: dict[str, Any],
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    hooks: CopyHooks | None = None,
    retry_command: str = "trainerkit usb pack NAME TARGET",
    identity: TargetIdentity | None = None,
) -> CopyResult:
    """Copy ``items`` into the package folder ``root`` with verification, resuming from its journal.

    ``meta`` (course name, staging fingerprint, date) is stored in the journal. On success the folder
    holds exactly ``items`` (files a previous packing wrote and that are no longer wanted are removed),
    ``MANIFEST.sha256`` and a journal marked complete. ``identity`` is the folder ``root`` goes in as
    recorded before the copy (default: recorded now); the copy stops with ``PackInterrupted`` (reason
    ``removed``) as soon as that folder is on another device. ``root``'s parent must exist.
    """
    token = token or CancelToken()
    hooks = hooks or CopyHooks()
    result = CopyResult()
    wanted = {i.rel: i for i in items}
    verified: dict[str, dict[str, Any]] = {}

    def same_target() -> None:
        assert identity is not None
        problem = identity.check_package_folder(root)
        if problem:
            raise TargetChanged(errno.ENODEV, problem, str(root))

    try:
        if identity is None:
            identity = TargetIdentity.capture(root.parent)
        problem = identity.problem()
        if problem:
            raise TargetChanged(errno.ENODEV, problem, str(root))
        try:
            root.mkdir()  # once, in the target only: never its parents
        except FileExistsError:
            if not root.is_dir():
                raise
        same_target()
        old = read_journal(root) or {"files": {}}
        for rel, entry in old["files"].items():
            item = wanted.get(rel)
            path = root / rel
            if item and entry.get("sha256") == item.sha256 and path.is_file() and path.stat().st_size == item.size:
                verified[rel] = {"sha256": item.sha256, "size": item.size}
        previous = set(old["files"])
        journal: dict[str, Any] = {
            "format": JOURNAL_FORMAT,
            **meta,
            "retry": retry_command,
            "complete": False,
            "files": verified,
        }
        manifest = root / MANIFEST_NAME
        if manifest.exists():
            manifest.unlink()  # the package is about to change: it is not complete until the end
        _write_journal(root, journal)
        for leftover in root.rglob(f"*{TEMP_SUFFIX}"):
            _discard(leftover)
        for rel in sorted(previous - set(wanted)):
            stale = root / rel
            if stale.is_file():
                stale.unlink()
                result.removed.append(rel)
        total_bytes = sum(i.size for i in items)
        done_bytes = 0
        for item in items:
            token.check()
            progress(done_bytes, total_bytes, item.rel)
            if item.rel in verified:
                result.skipped.append(item.rel)
                done_bytes += item.size
                continue
            same_target()
            make_folders(root, str(Path(item.rel).parent))
            try:
                copy_file_verified(item, root / item.rel, hooks=hooks, token=token)
            except VerifyMismatch:
                copy_file_verified(item, root / item.rel, hooks=hooks, token=token)  # one retry
            same_target()
            verified[item.rel] = {"sha256": item.sha256, "size": item.size}
            _write_journal(root, journal)
            result.copied.append(item.rel)
            result.bytes_copied += item.size
            done_bytes += item.size
        token.check()
        same_target()
        progress(total_bytes, total_bytes, MANIFEST_NAME)
        manifest_item_text = manifest_text({rel: i.sha256 for rel, i in wanted.items()})
        write_in_folder(manifest, manifest_item_text)
        _drop_cache(manifest)
        if manifest.read_text(encoding="utf-8") != manifest_item_text:
            raise VerifyMismatch(
                f"{MANIFEST_NAME} reads back different from what was written: the stick may be failing."
            )
        same_target()
        journal["complete"] = True
        _write_journal(root, journal)
    except StorageError as exc:
        cause = exc.__cause__
        if isinstance(exc, PackInterrupted) or not isinstance(cause, OSError):
            raise
        raise _interrupted(cause, root, items, verified, retry_command) from exc
    except OSError as exc:
        raise _interrupted(exc, root, items, verified, retry_command) from exc
    return result
