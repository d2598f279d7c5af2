"""The translation round trip for a course: export the file, import it (checked), report coverage,
and the export hook that builds a deck in the course's language."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainerkit.errors import InvalidInputError
from trainerkit.fileio import atomic_write
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.store import Store
from trainerkit.translate.checks import check_target, source_hash
from trainerkit.translate.language import SOURCE_LANGUAGE, course_language, language_code
from trainerkit.translate.memory import OUTDATED, UNTRANSLATED, Lookup, Stored, save_translations
from trainerkit.translate.units import Unit, course_file_units, deck_units, handout_units

log = logging.getLogger(__name__)
FORMATS = ("xliff", "po")
MAX_LISTED = 5


def course_units(
    store: Store, name: str, *, progress: Progress = no_progress, token: CancelToken | None = None
) -> tuple[int, str, dict[str, str], list[Unit]]:
    """(course id, course name, profile, units): every translatable text of the course, decks first
    (the course's decks with its slide changes, tokens kept), then plans and agenda, then handouts."""
    from trainerkit.export.decks import build_session_deck
    from trainerkit.paths import resources_dir
    from trainerkit.recipe import state_of

    token = token or CancelToken()
    record, state, course = state_of(store, name)
    numbers = [s for s in state.sessions if any(cs.number == s for cs in course.sessions)]
    units: list[Unit] = []
    for done, number in enumerate(numbers):
        token.check()
        progress(done, len(numbers) + 1, f"Session {number}")
        prs, _problems, _missing = build_session_deck(store, state, course, number, fill_tokens=False)
        units.extend(deck_units(prs, number))
    progress(len(numbers), len(numbers) + 1, "Plans and handouts")
    units.extend(u for u in course_file_units(resources_dir()) if u.session is None or u.session in numbers)
    units.extend(handout_units(resources_dir()))
    progress(len(numbers) + 1, len(numbers) + 1, "Done")
    return record.id, record.name, state.profile, units


def target_language(profile: dict[str, str], lang: str | None) -> str:
    code = language_code(lang) if lang else course_language(profile)
    if code == SOURCE_LANGUAGE:
        raise InvalidInputError(
            "Choose the language to translate into: --lang CODE (e.g. fr), or set the course's language "
            "with `trainerkit course set NAME language=fr`."
        )
    return code


@dataclass(frozen=True)
class ExportResult:
    path: Path
    lang: str
    units: int
    prefilled: int


def export_translation(
    store: Store,
    name: str,
    out: Path,
    *,
    lang: str | None = None,
    fmt: str = "xliff",
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> ExportResult:
    """Write the course's texts to ``out`` as XLIFF 2.0 or PO for translation into ``lang`` (default:
    the course's language). Texts already translated (the course's or the memory's) are pre-filled."""
    from trainerkit.translate.formats import write_po, write_xliff

    if fmt not in FORMATS:
        raise InvalidInputError(f"'{fmt}' is not a translation file format: use xliff or po.")
    course_id, course_name, profile, units = course_units(store, name, progress=progress, token=token)
    code = target_language(profile, lang)
    lookup = Lookup(store, course_id, code)
    targets: dict[str, str] = {}
    for unit in units:
        _status, target = lookup.find(unit.id, source_hash(unit.text))
        if target is not None:
            targets[unit.id] = target
    data = (write_xliff if fmt == "xliff" else write_po)(units, course_name, code, targets)
    with atomic_write(out) as tmp:
        tmp.write_bytes(data)
    return ExportResult(out, code, len(units), len(targets))


@dataclass(frozen=True)
class ImportResult:
    lang: str
    stored: int
    empty: int
    #: Translated units whose text is no longer in the course (skipped, not stored).
    gone: int = 0


def import_translation(store: Store, name: str, path: Path) -> ImportResult:
    """Check ``path`` against the course and store its translated units. ``InvalidInputError`` (one
    line naming up to five problems) when it is for another course, a source hash does not match its
    text or the course's current text, a ``{{placeholder}}`` is dropped or added, or markup is left
    open. Nothing is stored unless every unit passes."""
    from trainerkit.translate.formats import read_file

    if not path.is_file():
        raise InvalidInputError(f"There is no file {path}.")
    data = read_file(path)
    course_id, course_name, _profile, units = course_units(store, name)
    if data.course.casefold() != course_name.casefold():
        raise InvalidInputError(
            f"{path.name} was exported for the course '{data.course}', not '{course_name}'; "
            f"import it into that course or export a file for this one."
        )
    code = language_code(data.target_language)
    if not code or code == SOURCE_LANGUAGE:
        raise InvalidInputError(f"{path.name} names no target language other than English.")
    current = {u.id: u for u in units}
    problems: list[str] = []
    rows: list[Stored] = []
    empty = gone = 0
    for unit in data.units:
        if not unit.target.strip():
            empty += 1
            continue
        if unit.source_hash != source_hash(unit.source):
            problems.append(f"{unit.id}: the source hash does not match the source text (the file was altered)")
            continue
        now_unit = current.get(unit.id)
        if now_unit is None:  # a text no longer in the course (a slide deleted, a new edition): skipped
            gone += 1
            continue
        if source_hash(now_unit.text) != unit.source_hash:
            problems.append(f"{unit.id}: the course's text changed since the file was exported; export it again")
            continue
        problems.extend(f"{unit.id}: {p}" for p in check_target(unit.source, unit.target))
        rows.append(Stored(unit.id, unit.source_hash, unit.source, unit.target))
    if problems:
        shown = "; ".join(problems[:MAX_LISTED])
        more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
        raise InvalidInputError(f"{path.name} was not imported: {len(problems)} problems: {shown}{more}.")
    stored = save_translations(store, course_id, code, rows)
    return ImportResult(code, stored, empty, gone)


@dataclass(frozen=True)
class Coverage:
    """How much of a part of the course (a session, the plans, the handouts) is translated."""

    part: str
    total: int
    translated: int
    outdated: int

    def line(self, lang: str) -> str:
        """ "Session 3: 212 of 240 texts in French (3 outdated)", in the user's language (``trainerkit.messages``)."""
        from trainerkit.messages import _, language_display

        if self.part.startswith("Session "):
            part = _("Session {number}").format(number=self.part.split()[1])
        else:
            part = _(self.part)
        stale = " " + _("({count} outdated)").format(count=self.outdated) if self.outdated else ""
        texts = _("{done} of {total} texts in {language}").format(
            done=self.translated, total=self.total, language=language_display(lang)
        )
        return f"{part}: {texts}{stale}"

    def as_dict(self) -> dict[str, Any]:
        return {"part": self.part, "total": self.total, "translated": self.translated, "outdated": self.outdated}


def translation_status(store: Store, name: str, lang: str | None = None) -> tuple[str, list[Coverage]]:
    """The course's language (or ``lang``) and its coverage per session, plans and handouts."""
    course_id, _name, profile, units = course_units(store, name)
    code = target_language(profile, lang)
    lookup = Lookup(store, course_id, code)
    parts: dict[str, Counter[str]] = {}
    for unit in units:
        part = (
            f"Session {unit.session}"
            if unit.kind in ("slide", "notes")
            else ("Handouts" if unit.kind == "handout" else "Plans and agenda")
        )
        status, _target = lookup.find(unit.id, source_hash(unit.text))
        parts.setdefault(part, Counter())[status] += 1
    rows = [
        Coverage(part, sum(c.values()), sum(c.values()) - c[OUTDATED] - c[UNTRANSLATED], c[OUTDATED])
        for part, c in parts.items()
    ]
    return code, rows
