"""The zip side of a bundle: checking the central directory before anything is read, reading a member
with a hard cap, and writing a zip whose bytes depend only on its members.

Every limit is checked from the central directory (names, sizes, compression ratio, links, encryption)
before a single member is expanded, so a small file claiming a huge member is refused without
allocating for it; ``read_member`` then stops at the size the directory claimed, since a hostile
directory may lie. Never imports Qt.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from pathlib import Path

from trainerkit.bundle.format import FILE_KINDS, FILE_RE, JSON_MEMBERS, bad
from trainerkit.deck.zipnorm import write_members
from trainerkit.errors import BadFileError
from trainerkit.examples.pictures import MAX_BYTES as MAX_PICTURE_BYTES
from trainerkit.fileio import atomic_write

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 16 * 1024 * 1024
#: A presentation a trainer imports slides from; larger ones are refused before reading.
MAX_DECK_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
#: Pictures and presentations are compressed already: deflate cannot shrink them much.
MAX_FILE_RATIO = 20
RATIO_FLOOR_BYTES = 1024 * 1024


def member_limit(name: str) -> int:
    """The most bytes member ``name`` may expand to (JSON, picture or presentation)."""
    if name in JSON_MEMBERS:
        return MAX_JSON_BYTES
    match = FILE_RE.match(name)
    if match and FILE_KINDS[match.group(2)] == "picture":
        return MAX_PICTURE_BYTES
    if match:
        return MAX_DECK_BYTES
    return 0


def unsafe_member_name(name: str) -> str | None:
    """Why ``name`` may not be a member of a bundle, or None when it may."""
    if not name or "\x00" in name:
        return "an empty name"
    if "\\" in name:
        return "a backslash"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if any(part in ("..", ".", "") for part in name.split("/")):
        return "a '..' or empty path part"
    if name not in JSON_MEMBERS and not FILE_RE.match(name):
        return "an unexpected name"
    return None


def check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse the bundle from its central directory alone; nothing is expanded here."""
    if len(infos) > MAX_MEMBERS:
        raise bad(path, f"it holds {len(infos)} files, more than a course bundle can ({MAX_MEMBERS}).")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = unsafe_member_name(name)
        if problem:
            raise bad(path, f"it contains a file named {name!r} ({problem}); it may be hostile.")
        if name in seen:
            raise bad(path, f"it contains {name} twice; it may be hostile.")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise bad(path, "it is encrypted.")
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if info.create_system == 3 and file_type and file_type != stat.S_IFREG:
            raise bad(path, f"{name} is a link or special file; it may be hostile.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise bad(path, f"{name} uses a compression TrainerKit does not read.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise bad(path, f"{name} would be {info.file_size / 1e6:.0f} MB, too large.")
        ratio = MAX_RATIO if name in JSON_MEMBERS else MAX_FILE_RATIO
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > ratio * max(info.compress_size, 1):
            raise bad(
                path, f"{name} expands {info.file_size // max(info.compress_size, 1)} times; it may be a zip bomb."
            )
        limit = member_limit(name)
        if info.file_size > limit:
            raise bad(
                path,
                f"{name} would be {info.file_size / 1e6:.0f} MB; at most {limit // 2**20} MB are allowed "
                "for a file of its kind.",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise bad(path, f"its contents would be more than {MAX_TOTAL_BYTES // 2**20} MB, too large.")
    if "manifest.json" not in seen:
        raise bad(path, "it has no manifest; it is not a TrainerKit course bundle.")


def read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, never more than ``limit`` (the directory's sizes are not trusted)."""
    out = io.BytesIO()
    try:
        with zf.open(info) as handle:
            while chunk := handle.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise bad(path, f"{info.filename} is larger than it claims; it may be hostile.")
    except BadFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise bad(path, f"it is damaged or incomplete ({info.filename}: {exc}).") from exc
    return out.getvalue()


def write_deterministic_zip(target: Path, members: dict[str, bytes]) -> None:
    """Write ``members`` as a zip whose bytes depend only on the members (sorted, fixed metadata)."""
    with atomic_write(target) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        write_members(zf, ((name, members[name]) for name in sorted(members)), unix=True)
