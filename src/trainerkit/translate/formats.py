"""Write and read the translator's file: XLIFF 2.0 (default) or PO, through translate-toolkit.

translate-toolkit (``translate.storage.xliff2``, ``translate.storage.pypo``) is the maintained
library for both: polib does PO only, and no other maintained Python library writes XLIFF 2.0.
Each unit carries, for the translator and for the import checks:

- XLIFF: ``<unit id>`` = the unit id; ``<notes>`` at unit level with ``category="context"`` (where the
  text is), ``"location"`` and ``"source-hash"``. The ``<file>``'s ``original`` names the course as
  ``trainerkit:COURSE``.
- PO: ``msgctxt`` = the unit id; automatic comments with the context and ``source-hash: HASH``;
  header ``X-TrainerKit-Course``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainerkit.errors import InvalidInputError
from trainerkit.translate.checks import source_hash
from trainerkit.translate.units import Unit

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
COURSE_PREFIX = "trainerkit:"


@dataclass(frozen=True)
class FileUnit:
    """A unit read back from a translator's file."""

    id: str
    source: str
    target: str
    source_hash: str


@dataclass(frozen=True)
class TranslationFile:
    course: str
    target_language: str
    units: list[FileUnit]


def write_xliff(units: list[Unit], course: str, lang: str, targets: dict[str, str]) -> bytes:
    """XLIFF 2.0 bytes for ``units``; ``targets`` pre-fills known translations (from the memory)."""
    from lxml import etree
    from translate.storage import xliff2

    store = xliff2.Xliff2File()
    store.setsourcelanguage("en")
    store.settargetlanguage(lang)
    store.body.set("original", COURSE_PREFIX + course)
    for unit in units:
        tu = store.addsourceunit(unit.text)
        tu.setid(unit.id)
        if unit.id in targets:
            tu.target = targets[unit.id]
        tu.addnote(unit.context, origin="context")
        tu.addnote(source_hash(unit.text), origin="source-hash")
        # XLIFF 2.0 puts <notes> in <unit> before its <segment>s; the toolkit writes it in <segment>.
        segment = tu.xmlelement
        notes = segment.find(f"{{{XLIFF2_NS}}}notes")
        if notes is not None:
            segment.remove(notes)
            tu.getunitelement().insert(0, notes)
    data = bytes(store)
    etree.fromstring(data)  # well-formed, or fail here rather than in the translator's tool
    return data


def write_po(units: list[Unit], course: str, lang: str, targets: dict[str, str]) -> bytes:
    from translate.storage import pypo

    store = pypo.pofile()
    store.updateheader(add=True, Language=lang, X_TrainerKit_Course=course)
    for unit in units:
        tu = store.addsourceunit(unit.text)
        tu.setcontext(unit.id)
        if unit.id in targets:
            tu.target = targets[unit.id]
        tu.addnote(unit.context, origin="developer")
        tu.addnote(f"source-hash: {source_hash(unit.text)}", origin="developer")
    return bytes(store)


def read_file(path: Path) -> TranslationFile:
    """Read a translator's XLIFF 2.0 or PO file; ``InvalidInputError`` when it is neither or is not
    a TrainerKit course file."""
    data = path.read_bytes()
    head = data[:2000].lstrip()
    if head.startswith(b"<"):
        return _read_xliff(data, path)
    return _read_po(data, path)


def _read_xliff(data: bytes, path: Path) -> TranslationFile:
    from translate.storage import xliff2

    try:
        store = xliff2.Xliff2File.parsestring(data)
    except Exception as exc:  # lxml or toolkit parse errors: the file is not usable XLIFF 2.0
        raise InvalidInputError(f"{path.name} is not an XLIFF 2.0 file TrainerKit can read ({exc}).") from exc
    original = str(store.body.get("original", ""))
    if not original.startswith(COURSE_PREFIX):
        raise InvalidInputError(f"{path.name} was not made by TrainerKit's translate export (no course named in it).")
    units = []
    for tu in store.units:
        unit_el = tu.getunitelement()
        hash_value = ""
        for note in unit_el.iter(f"{{{XLIFF2_NS}}}note"):
            if note.get("category") == "source-hash":
                hash_value = (note.text or "").strip()
        units.append(FileUnit(str(tu.getid()), str(tu.source or ""), str(tu.target or ""), hash_value))
    return TranslationFile(original[len(COURSE_PREFIX) :], str(store.gettargetlanguage() or ""), units)


def _read_po(data: bytes, path: Path) -> TranslationFile:
    from translate.storage import pypo

    try:
        store = pypo.pofile.parsestring(data)
    except Exception as exc:  # the toolkit's parse errors
        raise InvalidInputError(f"{path.name} is neither an XLIFF 2.0 nor a PO file ({exc}).") from exc
    header = store.parseheader()
    course = str(header.get("X-TrainerKit-Course", ""))
    if not course:
        raise InvalidInputError(f"{path.name} was not made by TrainerKit's translate export (no course named in it).")
    units = []
    for tu in store.units:
        if tu.isheader():
            continue
        hash_value = ""
        for line in tu.getnotes("developer").splitlines():
            if line.startswith("source-hash:"):
                hash_value = line.split(":", 1)[1].strip()
        units.append(FileUnit(str(tu.getcontext()), str(tu.source or ""), str(tu.target or ""), hash_value))
    return TranslationFile(course, str(header.get("Language", "")), units)
