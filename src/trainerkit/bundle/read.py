"""Reading a bundle: every check, in order, before anything is written (``read_bundle``).

First the file's size and the zip's central directory (``zipsafe``: names, sizes per kind of member,
compression ratios, links, encryption), then the manifest, then each member read with a hard cap and
compared with its checksum, then the content (``validate``: the course and its change log, the
examples, every picture and presentation). Never imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit.bundle.format import FILE_KINDS, FILE_RE, bad
from trainerkit.bundle.validate import check_course, check_examples, check_file, check_manifest
from trainerkit.bundle.zipsafe import MAX_BUNDLE_BYTES, MAX_JSON_BYTES, check_directory, member_limit, read_member
from trainerkit.errors import BadFileError
from trainerkit.examples.library import Example
from trainerkit.fileio import plain_os_error
from trainerkit.jobs import CancelToken


@dataclass
class Bundle:
    """A bundle that passed every check, held in memory (its size is capped)."""

    path: Path
    manifest: dict[str, Any]
    course: dict[str, Any]
    examples: list[Example]
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)  # sha -> (suffix, name, data)

    @property
    def name(self) -> str:
        return str(self.course["name"])

    @property
    def changes(self) -> list[dict[str, Any]]:
        return list(self.course["changes"])

    def summary(self) -> dict[str, Any]:
        return {
            "course": self.name,
            "base_version": self.course["base_version"],
            "changes": len(self.course["changes"]),
            "head": self.course["head"],
            "examples": [e.id for e in self.examples],
            "files": len(self.files),
            "format_version": self.manifest["format_version"],
            "made_with": self.manifest.get("made_with", ""),
        }


def _json(path: Path, name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(path, f"{name} is not valid ({exc}).") from exc


def read_bundle(path: Path, *, token: CancelToken | None = None) -> Bundle:
    """Open and check a bundle completely; a ``BadFileError`` saying what is wrong if anything is."""
    path = Path(path)
    token = token or CancelToken()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadFileError(f"Cannot open {path}: {plain_os_error(exc)}.") from exc
    if size > MAX_BUNDLE_BYTES:
        raise bad(path, f"it is {size / 1e6:.0f} MB, larger than a course bundle can be.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            check_directory(path, infos)  # every size is checked here, before any member is read
            by_name = {info.filename: info for info in infos}
            manifest = check_manifest(
                path,
                _json(path, "manifest.json", read_member(path, zf, by_name["manifest.json"], MAX_JSON_BYTES)),
                set(by_name),
            )
            for name, meta in manifest["members"].items():
                if meta["size"] != by_name[name].file_size:
                    raise bad(path, f"{name} does not match its checksum; the file was altered or damaged.")
            contents: dict[str, bytes] = {}
            for name, meta in sorted(manifest["members"].items()):
                token.check()
                data = read_member(path, zf, by_name[name], min(member_limit(name), int(meta["size"])))
                if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                    raise bad(path, f"{name} does not match its checksum; the file was altered or damaged.")
                contents[name] = data
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise bad(path, f"it is not a course bundle, or it is damaged or incomplete ({exc}).") from exc
    except (OSError, EOFError) as exc:
        raise bad(path, f"it cannot be read ({exc}).") from exc
    files: dict[str, tuple[str, str, bytes]] = {}
    for name, data in contents.items():
        match = FILE_RE.match(name)
        if match:
            token.check()
            sha, suffix = match.group(1), match.group(2)
            check_file(path, sha, suffix, data)
            files[sha] = (suffix, "", data)
    kinds = {sha: FILE_KINDS[suffix] for sha, (suffix, _n, _d) in files.items()}
    course = check_course(path, _json(path, "course.json", contents["course.json"]), kinds)
    for sha, (suffix, _name, data) in list(files.items()):
        meta = course.get("files", {}).get(sha, {})
        files[sha] = (suffix, str(meta.get("name") or f"{sha[:12]}{suffix}"), data)
    examples = check_examples(path, _json(path, "examples.json", contents["examples.json"]), set(files))
    return Bundle(path, manifest, course, examples, files)
