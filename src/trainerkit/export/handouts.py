"""Handouts of a trainer's course: read the sources, fill them from the profile, write DOCX and PDF.

``load_handouts`` parses every ``resources/handouts/src/<id>.md``; ``course_handouts`` picks those of the
selected sessions in course order; ``handout_values`` turns a profile into token values;
``export_handouts`` writes one .docx and one .pdf per handout, atomically, with progress and cancel.
The small helpers here (agenda of the course, copies to print, paper size) are shared by the packs.

Never imports Qt and never runs LibreOffice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from trainerkit.course import Course
from trainerkit.course.model import AgendaSlot
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import safe_filename
from trainerkit.export.footer import course_line as course_line  # re-exported
from trainerkit.export.markdown import (
    AgendaBlock,
    AgendaTable,
    Block,
    HandoutSource,
    PageBreak,
    Span,
    Spans,
    parse_handout_file,
    plain_text,
    resolve_block,
    resolve_spans,
    unfilled_tokens,
)
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.paths import resources_dir
from trainerkit.recipe import CourseState
from trainerkit.store import Store

DEFAULT_PARTICIPANTS = 24  # the guide's upper group size (001 L246)
DEFAULT_TABLES = 5  # tables of 5-6 (001 L256)
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"}


def handouts_dir() -> Path:
    return resources_dir() / "handouts" / "src"


@lru_cache(maxsize=4)
def _load_cached(folder: Path, stamp: tuple[tuple[str, float], ...]) -> dict[str, HandoutSource]:
    return {path.stem: parse_handout_file(path) for path in sorted(folder.glob("*.md"))}


def load_handouts(folder: Path | None = None) -> dict[str, HandoutSource]:
    """Every handout source, by id; a malformed file raises ``HandoutFormatError`` naming file and line."""
    folder = folder or handouts_dir()
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(folder.glob("*.md")))
    return _load_cached(folder, stamp)


@dataclass(frozen=True)
class CourseHandout:
    """A handout as this course uses it: its source and the first selected session it belongs to."""

    source: HandoutSource
    session: int

    @property
    def id(self) -> str:
        return self.source.meta.id


def course_handouts(
    course: Course,
    state: CourseState,
    sources: dict[str, HandoutSource] | None = None,
    store: Store | None = None,
) -> list[CourseHandout]:
    """The handouts of the selected sessions, in session order then catalogue order (each once); in
    the course's content language when ``store`` (the course's store) is given."""
    sources = sources if sources is not None else load_handouts()
    if store is not None:
        from trainerkit.translate.hooks import translated_handouts  # the course's content language

        sources = translated_handouts(store, state, sources)
    selected = sorted(set(state.sessions))
    catalogue = [h.id for h in course.handouts] + sorted(set(sources) - {h.id for h in course.handouts})
    result: list[CourseHandout] = []
    seen: set[str] = set()
    for number in selected:
        for handout_id in catalogue:
            source = sources.get(handout_id)
            if source is None or handout_id in seen or number not in source.meta.sessions:
                continue
            seen.add(handout_id)
            result.append(CourseHandout(source, number))
    return result


# --- profile values ----------------------------------------------------------------------------------


def split_names(text: str) -> list[str]:
    """Names written one per line or separated by ';'."""
    return [n.strip() for n in text.replace("\n", ";").split(";") if n.strip()]


def participant_names(state: CourseState) -> list[str]:
    """The participants' names: the course's participants list, else the profile's participant_names."""
    if state.participants:
        return [row["name"] for row in state.participants]
    return split_names(state.profile.get("participant_names", ""))


def handout_values(state: CourseState, course: Course) -> dict[str, str]:
    values = state.token_values(course)
    if values.get("facilitators"):
        values["facilitators"] = ", ".join(split_names(values["facilitators"]))
    return values


def participant_count(profile: dict[str, str]) -> int:
    text = profile.get("participants", "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_PARTICIPANTS


def counted_profile(state: CourseState) -> dict[str, str]:
    """The profile for print counts: with no number of participants set, the length of the participants
    list (when there is one) stands in for it."""
    profile = dict(state.profile)
    if not profile.get("participants", "").strip() and state.participants:
        profile["participants"] = str(len(state.participants))
    return profile


def copies_for(copies: str, profile: dict[str, str]) -> int:
    """How many copies to print (format 1.2)."""
    participants = participant_count(profile)
    if copies == "per-participant":
        return participants
    if copies == "per-group":
        groups = profile.get("groups", "").strip()
        return int(groups) if groups.isdigit() else math.ceil(participants / 6)
    if copies == "per-table":
        tables = profile.get("tables", "").strip()
        return int(tables) if tables.isdigit() else DEFAULT_TABLES
    return 1


def paper_of(profile: dict[str, str]) -> str:
    """'A4' or 'Letter': the profile's ``paper`` if set, else Letter where it is the national size."""
    paper = profile.get("paper", "").strip().lower()
    if paper in ("a4", ""):
        return "Letter" if not paper and profile.get("country_code") in LETTER_COUNTRIES else "A4"
    if paper in ("letter", "us letter", "us-letter"):
        return "Letter"
    raise InvalidInputError(f"Paper '{profile['paper']}' is not A4 or Letter.")


# --- agenda ------------------------------------------------------------------------------------------


def agenda_days(course: Course, state: CourseState) -> list[tuple[int, list[AgendaSlot]]]:
    """The course's agenda, day by day: the trainer's edited agenda when there is one."""
    edited = (state.agenda or {}).get("days") if state.agenda else None
    if not edited:
        return [(day.day, list(day.slots)) for day in course.agenda.days]
    days: list[tuple[int, list[AgendaSlot]]] = []
    for index, day in enumerate(edited, start=1):
        slots = []
        for slot in day.get("slots", []):
            session = slot.get("session")
            slots.append(
                AgendaSlot(
                    start=str(slot.get("start", "")),
                    end=str(slot.get("end", "")),
                    kind=str(slot.get("kind", "session")),
                    title=str(slot.get("title", "")),
                    source=str(slot.get("source", "")),
                    session=int(session) if session not in (None, "") else None,
                    part=str(slot.get("part", "")),
                )
            )
        days.append((int(day.get("day", index)), slots))
    return days


def agenda_tables(
    course: Course, state: CourseState, lang: str = "en", translate: Callable[[str], str] | None = None
) -> list[AgendaTable]:
    """The agenda's days as tables, their labels ("Day 2 (Thursday 4 March 2027)") in ``lang`` and each
    slot's title passed through ``translate`` (the course's translation) when given."""
    from trainerkit.course.plan_fit import day_label, training_dates
    from trainerkit.messages import _

    selected = set(state.sessions)
    tables = []
    days = agenda_days(course, state)
    dates = training_dates(state.profile.get("dates", ""), len(days))
    for day, slots in days:
        rows = []
        for slot in slots:
            if slot.session is not None and slot.session not in selected:
                continue
            title = translate(slot.title) if translate is not None else slot.title
            if slot.session is not None and not slot.title.lower().startswith("session"):
                title = _("Session {number}: {title}", lang).format(number=slot.session, title=title)
            if slot.session is not None and state.facilitators.get(slot.session):
                title += " " + _("(led by {name})", lang).format(name=state.facilitators[slot.session])
            rows.append((f"{slot.start}–{slot.end}", title))
        if rows:
            header = (_("Time", lang), _("Session or activity", lang))
            tables.append(AgendaTable(day, tuple(rows), day_label(day, dates, lang), header))
    return tables


# --- filling a handout -------------------------------------------------------------------------------


@dataclass
class FilledHandout:
    """A handout with every token replaced, ready for a writer."""

    source: HandoutSource
    title: Spans
    trainer_part: list[Block] | None
    participant_part: list[Block] | None  # None: nothing for participants
    whole: list[Block] = field(default_factory=list)  # the whole file, for the handout's own DOCX/PDF
    lang: str = "en"  # the course's content language: the words the writers add ("Page 1 of 2")

    @property
    def title_text(self) -> str:
        return plain_text(self.title) or self.source.meta.title

    @property
    def orientation(self) -> str:
        return self.source.meta.orientation

    @property
    def cards(self) -> bool:
        return self.source.meta.cards


def fill_handout(
    source: HandoutSource, values: dict[str, str], agenda: list[AgendaTable], participant_names: list[str] | None = None
) -> FilledHandout:
    """Replace value tokens and ``{{agenda}}``; repeat the participant part once per named participant."""

    def fill(blocks: tuple[Block, ...] | None, names: list[str] | None = None) -> list[Block] | None:
        if blocks is None:
            return None
        out: list[Block] = []
        for index, name in enumerate(names or [""]):
            local = dict(values)
            if name:
                local["participant_name"] = name
            if index:
                out.append(PageBreak())
            for block in blocks:
                if isinstance(block, AgendaBlock):
                    out.extend(agenda)
                else:
                    out.append(resolve_block(block, local))
        return out

    uses_names = "participant_name" in source.tokens()
    names = participant_names if uses_names and participant_names else None
    # Trainers get their part of a split file, or the whole of a file that is for trainers only
    # (activity instructions, answer sheets): the trainer pack prints it.
    trainer = fill(source.for_trainers)
    participant = fill(source.for_participants, names)
    whole: list[Block] = []
    if source.trainer_part is not None:
        whole.extend(fill(source.trainer_part) or [])
        whole.append(PageBreak())
    whole.extend(fill(source.participant_part, names) or [])
    return FilledHandout(source, resolve_spans(source.title_spans, values), trainer, participant, whole)


def fill_course_handouts(
    course: Course, state: CourseState, store: Store | None = None
) -> list[tuple[CourseHandout, FilledHandout]]:
    """The course's handouts filled with its values (in its content language when ``store`` is given)."""
    from trainerkit.export.facts_fill import fill_fact_handout
    from trainerkit.translate.language import course_language

    lang = course_language(state.profile) if store is not None else "en"
    translate = None
    if store is not None and lang != "en":
        from trainerkit.translate.hooks import text_translator, translated_course

        course = translated_course(store, state, course)
        translate = text_translator(store, state)
    values = handout_values(state, course)
    agenda = agenda_tables(course, state, lang, translate)
    names = participant_names(state)
    handouts = course_handouts(course, state, store=store)
    return [
        (h, replace(fill_handout(fill_fact_handout(h.source, state, lang), values, agenda, names), lang=lang))
        for h in handouts
    ]


# --- export ------------------------------------------------------------------------------------------


@dataclass
class HandoutReport:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"files": [str(f) for f in self.files], "warnings": self.warnings}


def handout_filename(handout: CourseHandout, title: str, used: set[str]) -> str:
    name = safe_filename(f"S{handout.session} - {title}", limit=90)
    if name.lower() in used:
        name = safe_filename(f"S{handout.session} - {title} ({handout.id})", limit=110)
    used.add(name.lower())
    return name


def handout_pdf(filled: FilledHandout, values: dict[str, str], paper: str, blocks: list[Block] | None = None) -> Any:
    """The handout as a ``PdfDocument`` (Typst): the whole file, or ``blocks``, with the course footer."""
    from trainerkit.export.typst_writer import PdfDocument, blocks_data

    document = PdfDocument(
        paper,
        title=filled.title_text,
        author=values.get("organisation", ""),
        course_line=course_line_spans(values),
        lang=filled.lang,
    )
    document.section(filled.orientation, filled.title_text).blocks = blocks_data(
        blocks if blocks is not None else filled.whole
    )
    return document


def course_line_spans(values: dict[str, str]) -> Spans:
    """The footer's course line as spans, each value marked as the token it fills (for right-to-left)."""
    parts = [(name, values.get(name, "")) for name in ("course_title", "country", "venue", "dates")]
    spans: list[Span] = []
    for name, value in parts:
        if not value:
            continue
        if spans:
            spans.append(Span(" · "))
        spans.append(Span(value, token=name))
    return tuple(spans)


def unfilled_warnings(title: str, blocks: list[Block]) -> list[str]:
    """One warning per profile field a printed text needed and did not have (printed as a blank line)."""
    from trainerkit.messages import _

    return [
        _("{title}: {token} has no value in the profile; a blank line is printed to write on.").format(
            title=title, token=f"'{{{{{name}}}}}'"
        )
        for name in sorted(unfilled_tokens(blocks))
        if name != "participant_name"  # a certificate's name line is meant to be written by hand
    ]


def export_handouts(
    store: Store,
    name: str,
    out_dir: Path,
    *,
    formats: tuple[str, ...] = ("docx", "pdf"),
    only: set[str] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> HandoutReport:
    """Write every handout of the selected sessions (or only the ids in ``only``) as DOCX and PDF into ``out_dir``.

    The whole set is kept in the export cache: the same course state exports (or packs) again by copying.
    ``snapshot``: the course as already read (``export_cache.Snapshot``), else read here."""
    if only is not None:
        return _export_handouts(store, name, out_dir, formats, only, progress, token, snapshot)
    from trainerkit.export.export_cache import cached_export

    def restore(fields: dict[str, Any], files: list[Path]) -> HandoutReport:
        return HandoutReport(files=files, warnings=list(fields.get("warnings", [])))

    return cached_export(
        store,
        name,
        "handouts",
        out_dir,
        lambda out: _export_handouts(store, name, out, formats, None, progress, token, snapshot),
        options=sorted(formats),
        restore=restore,
        snapshot=snapshot,
    )


def _export_handouts(
    store: Store,
    name: str,
    out_dir: Path,
    formats: tuple[str, ...],
    only: set[str] | None,
    progress: Progress,
    token: CancelToken | None,
    snapshot: Any = None,
) -> HandoutReport:
    from trainerkit.export.docx_writer import handout_docx, save_document
    from trainerkit.export.export_cache import snapshot_of

    token = token or CancelToken()
    from trainerkit.translate.hooks import translated_course

    _record, state, course = snapshot_of(store, name, snapshot)
    values = handout_values(state, translated_course(store, state, course))  # the footer's course title
    paper = paper_of(state.profile)
    report = HandoutReport()
    items = [(h, f) for h, f in fill_course_handouts(course, state, store) if only is None or h.id in only]
    used: set[str] = set()
    for done, (handout, filled) in enumerate(items):
        token.check()
        progress(done, len(items), f"Handout: {filled.title_text}")
        report.warnings.extend(handout.source.warnings)
        report.warnings.extend(unfilled_warnings(filled.title_text, filled.whole))
        stem = handout_filename(handout, filled.title_text, used)
        if "docx" in formats:
            token.check()
            target = out_dir / f"{stem}.docx"
            save_document(handout_docx(filled, values, paper), target)
            report.files.append(target)
        if "pdf" in formats:
            token.check()
            target = out_dir / f"{stem}.pdf"
            handout_pdf(filled, values, paper).save(target)
            report.files.append(target)
    from trainerkit.translate.hooks import handouts_translation_line  # how many texts stayed English

    stems = {h.id for h, _f in items}
    counted = handouts_translation_line(store, state, {k: v for k, v in load_handouts().items() if k in stems})
    if counted is not None and items:
        report.warnings.append(counted[0])
    progress(len(items), len(items), "Handouts done")
    return report
