"""What a course bundle is made of: its format name and version, member names, kinds of file, limits.

Never imports Qt.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainerkit.errors import BadFileError

FORMAT = "trainerkit-course"
FORMAT_VERSION = 1
SUFFIX = ".tkcourse"

FILE_KINDS = {".png": "picture", ".jpg": "picture", ".jpeg": "picture", ".gif": "picture", ".pptx": "deck"}
FILE_RE = re.compile(r"^files/([0-9a-f]{64})(\.(?:png|jpg|jpeg|gif|pptx))$")
#: How an inserted picture slide names its image: a stored file, by content hash, and nothing else.
IMAGE_NAME_RE = re.compile(r"^([0-9a-f]{64})(\.(?:png|jpg|jpeg|gif))$")
JSON_MEMBERS = ("manifest.json", "course.json", "examples.json")


def bad(path: Path, problem: str) -> BadFileError:
    """The one error a refused bundle raises: ``<file> cannot be imported: <problem>``."""
    return BadFileError(f"{path.name} cannot be imported: {problem}")


def image_sha(name: object) -> str | None:
    """The SHA-256 an inserted slide's ``image`` names (``<sha256>.<ext>``), or None for anything else
    (absolute paths, ``..``, folders, other names)."""
    match = IMAGE_NAME_RE.fullmatch(name) if isinstance(name, str) else None
    return match.group(1) if match else None
