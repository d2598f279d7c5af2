"""MANIFEST.sha256: the list of every file in a package and its SHA-256, and checking a package against it.

The manifest is in the format ``sha256sum`` writes and reads (``<64 hex>  <relative/path>``, forward
slashes, one line per file, UTF-8), so at the venue ``cd <package> && sha256sum -c MANIFEST.sha256`` works
as well as ``trainerkit usb verify``. It lists every file of the package except itself and the packing
journal. Names never contain a backslash or a newline (they are made safe when the package is laid out),
so no line needs sha256sum's escaping.

It must never change a package, and never import Qt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit.errors import NotFoundError, StorageError
from trainerkit.fileio import plain_os_error
from trainerkit.jobs import CancelToken, Progress, no_progress

MANIFEST_NAME = "MANIFEST.sha256"
JOURNAL_NAME = ".trainerkit-pack.json"
JOURNAL_FORMAT = 1
TEMP_SUFFIX = ".tkpart"
#: Files that belong to the packing itself, not to the package's content.
BOOKKEEPING = frozenset({MANIFEST_NAME, JOURNAL_NAME})
#: The data of a portable app run from the stick (trainerkit.package.portable): expected, never listed.
PORTABLE_APP_DATA = "App/TrainerKit-data/"
CHUNK = 1 << 20
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


def sha256_file(path: Path, token: CancelToken | None = None, opener: Callable[..., Any] = open) -> str:
    digest = hashlib.sha256()
    with opener(path, "rb") as handle:
        while block := handle.read(CHUNK):
            if token is not None:
                token.check()
            digest.update(block)
    return digest.hexdigest()


def manifest_text(entries: dict[str, str]) -> str:
    """``{relative path: sha256}`` -> the manifest's text, sorted by path."""
    return "".join(f"{sha}  {rel}\n" for rel, sha in sorted(entries.items()))


def parse_manifest(text: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if not match:
            raise StorageError(f"{MANIFEST_NAME}, line {number}, is not a sha256sum line: {line[:60]!r}.")
        entries[match.group(2)] = match.group(1).lower()
    return entries


def package_files(root: Path) -> list[str]:
    """Every content file under ``root`` as a relative POSIX path (bookkeeping, temporary files and the
    portable app's own data left out)."""
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            rel = Path(folder, name).relative_to(root).as_posix()
            if rel in BOOKKEEPING or name.endswith(TEMP_SUFFIX) or rel.startswith(PORTABLE_APP_DATA):
                continue
            found.append(rel)
    return sorted(found)


@dataclass
class VerifyReport:
    """What ``verify_package`` found: an empty ``missing`` and ``changed`` mean the package is intact."""

    path: Path
    complete: bool
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.complete and not self.missing and not self.changed

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "complete": self.complete,
            "checked": self.checked,
            "missing": self.missing,
            "changed": self.changed,
            "extra": self.extra,
            "note": self.note,
        }


def read_journal(root: Path) -> dict[str, Any] | None:
    """The copy journal of an unfinished package (which files are verified on the target), or None."""
    try:
        data = json.loads((root / JOURNAL_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT or not isinstance(data.get("files"), dict):
        return None
    return data


def verify_package(root: Path, *, progress: Progress = no_progress, token: CancelToken | None = None) -> VerifyReport:
    """Check every file listed in the package's manifest: present, and with the same SHA-256."""
    token = token or CancelToken()
    root = Path(root)
    if not root.is_dir():
        raise NotFoundError(f"There is no folder {root}.")
    manifest = root / MANIFEST_NAME
    if not manifest.is_file():
        journal = read_journal(root)
        if journal is None:
            raise NotFoundError(f"{root} is not a TrainerKit package: it has no {MANIFEST_NAME}.")
        done = len(journal.get("files", {}))
        return VerifyReport(
            root,
            complete=False,
            note=(
                f"This package is not complete: packing stopped after {done} verified "
                f"file{'s' if done != 1 else ''}, and {MANIFEST_NAME} is written only at the end. "
                f"Run `{journal.get('retry') or 'trainerkit usb pack NAME ' + shlex.quote(str(root.parent))}` "
                "again to finish it."
            ),
        )
    try:
        entries = parse_manifest(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = plain_os_error(exc) if isinstance(exc, OSError) else "it is not text"
        raise StorageError(f"Cannot read {manifest}: {reason}.") from exc
    report = VerifyReport(root, complete=True)
    total = len(entries)
    for done, (rel, expected) in enumerate(sorted(entries.items())):
        token.check()
        progress(done, total, rel)
        path = root / rel
        if not path.is_file():
            report.missing.append(rel)
            continue
        try:
            actual = sha256_file(path, token)
        except OSError:
            report.missing.append(rel)
            continue
        report.checked += 1
        if actual != expected:
            report.changed.append(rel)
    progress(total, total, "Done")
    listed = set(entries)
    report.extra = [rel for rel in package_files(root) if rel not in listed]
    return report


def find_packages(path: Path) -> list[Path]:
    """``path`` itself when it is a package, else the packages directly inside it (a stick's root)."""
    path = Path(path)
    if (path / MANIFEST_NAME).is_file() or (path / JOURNAL_NAME).is_file():
        return [path]
    try:
        children = sorted(p for p in path.iterdir() if p.is_dir())
    except OSError:
        return []
    return [p for p in children if (p / MANIFEST_NAME).is_file() or (p / JOURNAL_NAME).is_file()]
