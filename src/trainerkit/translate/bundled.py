"""The bundled translations of the course: ``resources/translations/<lang>/**/*.po``.

They are PO files in the format of ``trainerkit translate export NAME --lang LANG --format po``, split
into one file per part (``slides-sN.po``, ``session-0N.po``, ``course.po``, ``handouts/<slug>.po``):
``msgctxt`` is the unit id (``translate.units``), an automatic comment ``source-hash: HASH`` names the
English text translated. A course in that language uses them at export without importing anything
(precedence in ``memory.Lookup``: the course's own imported translation, then the bundled one, then the
memory of other courses). A unit is used only while its source hash matches the current text: a bundled
slide changed since it was translated is *outdated*, never reused silently. Units marked ``fuzzy`` (by
``python -m trainerkit.build course-translation``, when their English changed) or with an empty
``msgstr`` are not translations.

Read with translate-toolkit (``translate.storage.pypo``), cached per language until a file changes.
Never imports Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER = "translations"


@dataclass(frozen=True)
class BundledUnit:
    """One translated unit of a bundled file: the English text's hash and the translation; ``fuzzy``
    when marked so (its English changed since: outdated, not used)."""

    source_hash: str
    target: str
    fuzzy: bool = False


def bundled_dir(lang: str | None = None) -> Path:
    """``resources/translations`` (or its ``lang`` folder)."""
    from trainerkit.paths import resources_dir

    folder = resources_dir() / FOLDER
    return folder / lang if lang else folder


def bundled_files(lang: str) -> list[Path]:
    """The bundled PO files of ``lang``, sorted by their path (empty when there are none)."""
    folder = bundled_dir(lang)
    return sorted(folder.rglob("*.po")) if folder.is_dir() else []


def bundled_languages() -> list[str]:
    """Languages with at least one bundled PO file."""
    folder = bundled_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and bundled_files(p.name))


def signature(lang: str | None = None) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime in ns) of every bundled file (of ``lang``, or of all languages): changes when one does."""
    folder = bundled_dir(lang)
    if not folder.is_dir():
        return ()
    out = []
    for path in sorted(folder.rglob("*.po")):
        stat = path.stat()
        out.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(out)


def source_hash_of(notes: str) -> str:
    """The ``source-hash: HASH`` line of a unit's automatic comments ("" without one)."""
    for line in notes.splitlines():
        if line.strip().startswith("source-hash:"):
            return line.split(":", 1)[1].strip()
    return ""


def read_bundled_file(path: Path) -> dict[str, BundledUnit]:
    """Unit id -> translation of one bundled PO file (empty units left out; fuzzy ones flagged).
    ``InvalidInputError`` when the file is not a PO file."""
    from translate.storage import pypo

    from trainerkit.errors import InvalidInputError

    try:
        store = pypo.pofile.parsestring(path.read_bytes())
    except Exception as exc:  # the toolkit's parse errors
        raise InvalidInputError(f"The bundled translation {path} is not a PO file ({exc}).") from exc
    out: dict[str, BundledUnit] = {}
    for unit in store.units:
        if unit.isheader() or unit.isobsolete():
            continue
        target = str(unit.target or "")
        context = str(unit.getcontext() or "")
        if not target.strip() or not context:
            continue
        out[context] = BundledUnit(source_hash_of(unit.getnotes("developer")), target, bool(unit.isfuzzy()))
    return out


@lru_cache(maxsize=8)
def _load(lang: str, _signature: tuple[tuple[str, int, int], ...]) -> dict[str, BundledUnit]:
    units: dict[str, BundledUnit] = {}
    for path in bundled_files(lang):
        try:
            units.update(read_bundled_file(path))
        except Exception:  # a broken bundled file must not stop an export: its texts stay untranslated
            log.exception("bundled translation %s could not be read; left out", path)
    return units


def bundled_translation(lang: str) -> dict[str, BundledUnit]:
    """Unit id -> bundled translation into ``lang`` (empty when none is bundled). Read once, again
    after a file changed. The dictionary is shared: do not modify it."""
    return _load(lang, signature(lang))
