"""Writing files so that a crash, a full disk or a pulled stick never leaves a half-written file.

``atomic_write(path)`` yields a temporary path in the same folder; when the block ends normally the file
is flushed to disk (fsync) and renamed over ``path`` in one step, so readers see either the old file or
the complete new one. On any error the temporary file is removed and the error becomes a
``StorageError`` with a plain message (disk full, no permission, device gone).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from trainerkit.errors import StorageError

_PLAIN = {
    errno.ENOSPC: "there is no space left on the drive",
    errno.EDQUOT: "the disk quota is full",
    errno.EACCES: "permission was refused",
    errno.EPERM: "permission was refused",
    errno.EROFS: "the drive is read-only",
    errno.EIO: "the drive stopped responding (was it removed?)",
    errno.ENOENT: "the folder no longer exists (was the drive removed?)",
    errno.ENODEV: "the drive is gone (was it removed?)",
    errno.ENAMETOOLONG: "the file name is too long for this drive",
}


def plain_os_error(exc: OSError) -> str:
    return _PLAIN.get(exc.errno or 0, exc.strerror or str(exc))


def writing_refused(exc: BaseException) -> StorageError | None:
    """A plain error for an ``OSError`` whose write was refused (EACCES, EPERM, EROFS), or None: the data
    folder's read-only message (a ``DataFolderError``) when the file is in it, else a ``StorageError`` naming
    the folder the trainer chose (a write-protected stick, a folder of another user's) that refused."""
    if not isinstance(exc, OSError) or exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
        return None
    from trainerkit.errors import DataFolderError
    from trainerkit.paths import data_location, read_only_message

    name = exc.filename if isinstance(exc.filename, str) else ""
    if not name:
        return None
    folder = data_location().path
    if name == str(folder) or name.startswith(str(folder) + os.sep):
        return DataFolderError(read_only_message(folder))
    where = Path(name)
    while not where.exists() and where.parent != where:  # the folder that refused, as the trainer named it
        where = where.parent
    return StorageError(
        f"{where} cannot be written ({exc.strerror or 'permission denied'}): a write-protected stick or a "
        "folder you may not change? Choose another folder, or unlock it."
    )


def _default_mode() -> int:
    """What a plain ``open(..., "w")`` would give: 0o666 less the umask (mkstemp uses 0o600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); harmless where directories cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: Path, *, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` atomically and durably.

    ``durable=False`` skips the flushes to the device (for caches that can be rebuilt, such as slide
    pictures): the file is still either the old one or the complete new one, but a power cut may lose it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"Cannot write {path.name} in {path.parent}: {plain_os_error(exc)}.") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        if durable:
            with open(tmp, "rb+") as handle:
                handle.flush()
                os.fsync(handle.fileno())
        try:
            os.chmod(tmp, _default_mode())
        except OSError:  # FAT sticks have no permissions to set
            pass
        os.replace(tmp, path)
        if durable:
            fsync_dir(path.parent)
    except OSError as exc:
        _discard(tmp)
        raise StorageError(f"Cannot write {path.name} in {path.parent}: {plain_os_error(exc)}.") from exc
    except BaseException:
        _discard(tmp)
        raise


STALE_AFTER_SECONDS = 600


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of ``path`` left by a killed process (older than ten minutes, so a write still
    under way elsewhere is never touched)."""
    import time

    limit = time.time() - STALE_AFTER_SECONDS
    for leftover in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_write(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
