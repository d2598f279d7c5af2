"""Maintain a bundled translation of the course (``resources/translations/<lang>/``) through the same
round trip a trainer uses: ``python -m trainerkit.build course-translation fr``.

1. A check course (``fr-check``, country Senegal, every session, in ``lang``) is created in a temporary
   data folder, and its units are exported as ``trainerkit translate export fr-check --format po`` does
   (``translate.service.course_units``: the ids and hashes the app looks up).
2. Each unit keeps the translation already bundled for it while its ``source-hash`` matches; a unit whose
   English changed keeps its old translation marked ``fuzzy`` with the old English as ``#| msgid`` (the
   app treats it as outdated and shows English until a translator reviews it and removes the flag); a
   new unit gets an empty ``msgstr``. Units no longer in the course are dropped.
3. The units are written split into one file per part (``slides-sN.po``, ``session-0N.po``,
   ``course.po``, ``handouts/<slug>.po``); a file whose units did not change is left untouched.

Returns counts per file (translated, outdated, missing). Never imports Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHECK_COURSE = "fr-check"
CHECK_COUNTRY = "SN"


def part_file(unit_id: str) -> str:
    """The bundled file (relative path) that holds ``unit_id`` (as ``/work/notes/split_po.py`` splits)."""
    parts = unit_id.split(":")
    if parts[0] == "course":
        return "course.po" if parts[1] in ("agenda", "course") else parts[1] + ".po"
    if parts[0] == "handout":
        return "handouts/" + parts[1] + ".po"
    return "slides-" + parts[0] + ".po"


@dataclass(frozen=True)
class Existing:
    source: str
    source_hash: str
    target: str
    fuzzy: bool
    previous: str = ""  # the ``#| msgid`` of a fuzzy unit: the English its translation was made for


@dataclass
class TranslationReport:
    """What ``update_course_translation`` found and wrote: counts per file and the files written."""

    lang: str
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)

    def total(self, status: str) -> int:
        return sum(c[status] for c in self.counts.values())


def read_existing(folder: Path) -> dict[str, Existing]:
    """Every unit of the bundled files in ``folder`` (fuzzy and empty ones too), by unit id."""
    from translate.storage import pypo

    from trainerkit.translate.bundled import source_hash_of

    out: dict[str, Existing] = {}
    for path in sorted(folder.rglob("*.po")) if folder.is_dir() else []:
        for unit in pypo.pofile.parsestring(path.read_bytes()).units:
            if unit.isheader() or unit.isobsolete() or not unit.getcontext():
                continue
            out[str(unit.getcontext())] = Existing(
                str(unit.source or ""),
                source_hash_of(unit.getnotes("developer")),
                str(unit.target or ""),
                bool(unit.isfuzzy()),
                str(unit.prev_source or ""),
            )
    return out


@contextmanager
def _temporary_home() -> Any:
    old = os.environ.get("TRAINERKIT_HOME")
    with tempfile.TemporaryDirectory(prefix="trainerkit-course-translation-") as home:
        os.environ["TRAINERKIT_HOME"] = home
        try:
            yield Path(home)
        finally:
            if old is None:
                os.environ.pop("TRAINERKIT_HOME", None)
            else:
                os.environ["TRAINERKIT_HOME"] = old


def current_units(lang: str) -> list[Any]:
    """The units of the check course in ``lang`` (``translate.units.Unit``), as the app exports them."""
    from trainerkit.customise import new_course
    from trainerkit.store import open_store
    from trainerkit.translate.service import course_units

    with _temporary_home():
        store = open_store()
        try:
            new_course(store, CHECK_COURSE, CHECK_COUNTRY, language=lang)
            return course_units(store, CHECK_COURSE)[3]
        finally:
            store.close()


def _units_bytes(data: bytes) -> bytes:
    """A PO file's bytes after its header (what decides whether a file changed)."""
    return data.split(b"\n\n", 1)[1] if b"\n\n" in data else data


def update_course_translation(lang: str, folder: Path | None = None, *, write: bool = True) -> TranslationReport:
    """Re-export the course's units into the bundled translation of ``lang`` (default folder
    ``resources/translations/<lang>``), keeping translations whose source hash matches and marking
    changed ones fuzzy. ``write=False`` only counts."""
    from translate.storage import pypo

    from trainerkit.translate.bundled import bundled_dir
    from trainerkit.translate.checks import source_hash
    from trainerkit.translate.language import language_code

    code = language_code(lang)
    folder = folder or bundled_dir(code)
    existing = read_existing(folder)
    report = TranslationReport(code)
    files: dict[str, Any] = {}
    for unit in current_units(code):
        name = part_file(unit.id)
        store = files.get(name)
        if store is None:
            store = files[name] = pypo.pofile()
            store.updateheader(
                add=True,
                Language=code,
                Content_Type="text/plain; charset=UTF-8",
                Content_Transfer_Encoding="8bit",
                X_TrainerKit_Course=CHECK_COURSE,
            )
            store.header().markfuzzy(False)
        counts = report.counts.setdefault(name, Counter())
        tu = store.addsourceunit(unit.text)
        tu.setcontext(unit.id)
        tu.addnote(unit.context, origin="developer")
        new_hash = source_hash(unit.text)
        tu.addnote(f"source-hash: {new_hash}", origin="developer")
        old = existing.get(unit.id)
        if old is None or not old.target.strip():
            counts["missing"] += 1
            continue
        tu.target = old.target
        if old.source_hash == new_hash and not old.fuzzy:
            counts["translated"] += 1
            continue
        tu.markfuzzy(True)
        previous = old.previous or (old.source if old.source != unit.text else "")
        if previous:
            tu.prev_source = previous
        counts["outdated"] += 1
    if write:
        for name, store in sorted(files.items()):
            path = folder / name
            data = bytes(store)
            if path.is_file() and _units_bytes(path.read_bytes()) == _units_bytes(data):
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            from trainerkit.fileio import atomic_write

            with atomic_write(path) as tmp:
                tmp.write_bytes(data)
            report.written.append(path)
    return report
