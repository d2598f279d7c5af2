"""Export a trainer's course as customised PowerPoint decks: one per session, optionally one per day.

Each deck starts from the pristine bundled file, gets the course's slide operations applied by key,
then the profile's values in place of ``{{tokens}}`` (slides and notes). Hidden slides stay in the file,
hidden (the default), or are left out. Every file is written to a temporary name, flushed and renamed,
so a crash or a killed process leaves either the previous file or the complete new one.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.presentation import Presentation as PresentationObj

from trainerkit.course import Course, load_course
from trainerkit.course.decks import deck_path
from trainerkit.deck.slides import delete_slide, is_hidden
from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.tokens import replace_tokens
from trainerkit.deck.zipnorm import normalise_zip
from trainerkit.errors import NotFoundError
from trainerkit.export.apply import (
    Problem,
    apply_slide_ops,
    describe_removed_link,
    remove_adapt_labels,
    settle_adapt_labels,
)
from trainerkit.fileio import atomic_write
from trainerkit.filenames import safe_filename
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.recipe import CourseState, course_state, worked_on_keys
from trainerkit.store import Store
from trainerkit.store.courses import get_course
from trainerkit.store.files import file_path

log = logging.getLogger(__name__)


@dataclass
class ExportReport:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing_tokens: dict[int, list[str]] = field(default_factory=dict)
    slides: int = 0
    hidden: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": [str(f) for f in self.files],
            "problems": [str(p) for p in self.problems],
            "missing_tokens": {str(k): v for k, v in self.missing_tokens.items()},
            "slides": self.slides,
            "hidden": self.hidden,
        }


def session_filename(course: Course, number: int) -> str:
    return safe_filename(f"Session {number:02d} - {course.session(number).title}") + ".pptx"


def _renderer(course: Course, session: int) -> Any:
    """Render an inserted slide (a local example, a fact) in our layouts, as the bundled decks are.

    Pictures of a trainer's examples are named by their stored file (``<sha256>.<ext>``), so the
    images folder is the store's files folder and the names stay valid in any data folder."""
    from trainerkit.deck.render import RenderContext, add_slide
    from trainerkit.store.files import files_dir

    context = RenderContext(
        session=session,
        images_dir=files_dir(),
        handout_titles={h.id: h.title for h in course.handouts},
    )
    return lambda prs, spec: add_slide(prs, spec, context)


def build_session_deck(
    store: Store,
    state: CourseState,
    course: Course,
    session: int,
    *,
    drop_hidden: bool = False,
    fill_tokens: bool = True,
    adapt_labels: bool = True,
) -> tuple[PresentationObj, list[Problem], list[str]]:
    """The session's customised deck in memory, the problems met, and tokens left without a value.

    ``fill_tokens=False`` keeps ``{{tokens}}`` as they are, for listings that show where they are;
    ``adapt_labels=False`` leaves every orange "To adapt" label out (a deck for the room)."""
    path = deck_path(session)
    if not path.is_file():
        raise NotFoundError(f"The bundled deck for session {session} is missing ({path}).")
    prs = Presentation(str(path))
    problems = apply_slide_ops(
        prs,
        session,
        state.slide_ops.get(session, []),
        load_file=lambda sha: file_path(store, sha),
        render_slide=_renderer(course, session),
    )
    from trainerkit.export.facts_fill import fact_texts, fill_fact_slides
    from trainerkit.translate.language import course_language

    # country facts into the ratification slides (settled below), written in the course's language at
    # export; the translation units (fill_tokens=False) keep the English
    lang = course_language(state.profile) if fill_tokens else "en"
    filled = fill_fact_slides(prs, state, lang)
    if fill_tokens:  # the course's content language (trainerkit.translate); listings keep the source text
        from trainerkit.translate.hooks import translate_session_deck

        done = fact_texts(state, lang) if filled and lang != "en" else set()
        for line, left in translate_session_deck(store, state.name, state.profile, prs, session, done=done):
            problems.append(Problem(session, "translation-left" if left else "translation", line, left_out=True))
    missing = replace_tokens(prs, state.token_values(course)) if fill_tokens else []
    if fill_tokens:
        settle_adapt_labels(prs, worked_on_keys(state.slide_ops.get(session, [])) | set(filled))
    if not adapt_labels:
        remove_adapt_labels(prs)
    if drop_hidden:
        for slide in [s for s in prs.slides if is_hidden(s)]:
            key = get_slide_key(slide) or "?"
            for removed in delete_slide(prs, slide).removed_links:
                problems.append(Problem(session, key, describe_removed_link(removed, "hidden (left out)")))
    return prs, problems, sorted(set(missing))


def save_presentation(prs: PresentationObj, target: Path) -> None:
    """Save reproducibly (same course, same bytes) under a temporary name, then rename."""
    buffer = io.BytesIO()
    prs.save(buffer)
    data = normalise_zip(buffer.getvalue())
    with atomic_write(target) as tmp:
        tmp.write_bytes(data)


def export_decks(
    store: Store,
    name: str,
    out_dir: Path,
    *,
    combined: bool = False,
    drop_hidden: bool = False,
    adapt_labels: bool = True,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> ExportReport:
    """Write one customised deck per selected session (and one per training day when ``combined``);
    ``adapt_labels=False`` leaves the orange "To adapt" labels out (decks meant for the room).

    ``snapshot``: the course as already read (``export_cache.Snapshot``), else read here. The set is kept
    in the export cache: the same course state exports (or packs) again by copying the files."""
    from trainerkit.export.export_cache import cached_export

    def restore(fields: dict[str, Any], files: list[Path]) -> ExportReport:
        return ExportReport(
            files=files,
            problems=[Problem(**p) for p in fields.get("problems", [])],
            missing_tokens={int(k): list(v) for k, v in fields.get("missing_tokens", {}).items()},
            slides=int(fields.get("slides", 0)),
            hidden=int(fields.get("hidden", 0)),
        )

    return cached_export(
        store,
        name,
        "decks",
        out_dir,
        lambda out: _export_decks(store, name, out, combined, drop_hidden, adapt_labels, progress, token, snapshot),
        options=[combined, drop_hidden, adapt_labels],
        restore=restore,
        snapshot=snapshot,
    )


def _export_decks(
    store: Store,
    name: str,
    out_dir: Path,
    combined: bool,
    drop_hidden: bool,
    adapt_labels: bool,
    progress: Progress,
    token: CancelToken | None,
    snapshot: Any,
) -> ExportReport:
    """Write one customised deck per selected session (and one per training day when ``combined``);
    ``adapt_labels=False`` leaves the orange "To adapt" labels out (decks meant for the room)."""
    token = token or CancelToken()
    if snapshot is not None:
        _record, state, course = snapshot
    else:
        course = load_course()
        state = course_state(get_course(store, name), course)
    report = ExportReport()
    sessions = [s for s in state.sessions if any(cs.number == s for cs in course.sessions)]
    days = _sessions_by_day(course, state, sessions) if combined else []
    total = len(sessions) + len(days)
    built: dict[int, bytes] = {}
    for done, number in enumerate(sessions):
        token.check()
        progress(done, total, f"Session {number}")
        prs, problems, missing = build_session_deck(
            store, state, course, number, drop_hidden=drop_hidden, adapt_labels=adapt_labels
        )
        report.problems.extend(problems)
        if missing:
            report.missing_tokens[number] = missing
        report.slides += len(prs.slides)
        report.hidden += sum(1 for s in prs.slides if is_hidden(s))
        target = out_dir / session_filename(course, number)
        token.check()
        save_presentation(prs, target)
        report.files.append(target)
        if combined:
            buffer = io.BytesIO()
            prs.save(buffer)
            built[number] = buffer.getvalue()
    for offset, (day, numbers) in enumerate(days):
        token.check()
        progress(len(sessions) + offset, total, f"Day {day}")
        decks = [Presentation(io.BytesIO(built[n])) for n in numbers if n in built]
        if not decks:
            continue
        combined_prs = combine_decks(decks)
        day_target = out_dir / (safe_filename(f"Day {day} - {course.short_title}") + ".pptx")
        save_presentation(combined_prs, day_target)
        report.files.append(day_target)
    progress(total, total, "Done")
    log.info("course %r: exported %d decks (%d slides) to %s", name, len(report.files), report.slides, out_dir)
    return report


def _sessions_by_day(course: Course, state: CourseState, sessions: list[int]) -> list[tuple[int, list[int]]]:
    """Which selected sessions each training day holds, in agenda order (edited agenda first)."""
    days: list[tuple[int, list[int]]] = []
    agenda_days = (state.agenda or {}).get("days") if state.agenda else None
    if agenda_days:
        source = [(int(d["day"]), [slot.get("session") for slot in d.get("slots", [])]) for d in agenda_days]
    else:
        source = [(d.day, [slot.session for slot in d.slots]) for d in course.agenda.days]
    seen: set[int] = set()
    for day, slot_sessions in source:
        numbers = []
        for number in slot_sessions:
            if number in sessions and number not in seen:
                numbers.append(number)
                seen.add(number)
        if numbers:
            days.append((day, numbers))
    return days


def combine_decks(decks: list[PresentationObj]) -> PresentationObj:
    """One deck made of the slides of several (ours share one master, so layouts map by name)."""
    from trainerkit.deck.copy import copy_slide

    first = decks[0]
    for other in decks[1:]:
        for slide in list(other.slides):
            copy_slide(other, slide, first)
    return first
