"""The trainer pack: a cover and contents, then per session the plan with clock times taken from the
course's agenda (the trainer's edited agenda when there is one), preparation and equipment checklists,
the printing list (copies from the profile's number of participants), the trainer notes of the session's
activities, and speaker-notes pages (each slide of the customised deck beside its notes). Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainerkit.course import Course
from trainerkit.course.model import AgendaSlot, PlanStep, Session, to_minutes
from trainerkit.course.plan_fit import day_label, describe_fit, fit_plan, training_dates
from trainerkit.durations import format_duration, session_durations
from trainerkit.export.handouts import (
    FilledHandout,
    agenda_days,
    copies_for,
    fill_course_handouts,
    participant_count,
    unfilled_warnings,
)
from trainerkit.export.markdown import ListBlock, ListItem, Span, Table
from trainerkit.export.pack_common import contents, cover, entry, new_document, pack_filename
from trainerkit.export.reports import PackReport
from trainerkit.export.slide_handouts import SlidePage, session_slides
from trainerkit.export.typst_writer import PdfDocument, blocks_data, image_ref, spans_data, text_block
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.recipe import CourseState
from trainerkit.store import Store

# --- clock times -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimedStep:
    step: PlanStep
    day: int | None
    start: str  # "HH:MM", or "" when the session is not on the agenda or the step is optional
    overrun: bool = False  # starts after the session's last agenda slot has ended
    minutes: int | None = None  # minutes after the trainer's fit (rescaled); None: the plan's own
    dropped: bool = False  # the trainer dropped the step to fit the agenda


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def session_slots(course: Course, state: CourseState, number: int) -> list[tuple[int, AgendaSlot]]:
    return [(day, slot) for day, slots in agenda_days(course, state) for slot in slots if slot.session == number]


def timed_plan(course: Course, state: CourseState, session: Session) -> list[TimedStep]:
    """Each plan step with its clock time: minutes accumulated from the session's first agenda slot,
    flowing into the session's next slot (after a break, lunch or the next day) when one is full."""
    slots = session_slots(course, state, session.number)
    spans = [(day, to_minutes(slot.start), to_minutes(slot.end)) for day, slot in slots]
    given = sum(end - start for _day, start, end in spans) if spans else None
    elapsed = 0
    result = []
    for fitted in fit_plan(session, given, state.plan_fits.get(session.number)):
        step = fitted.step
        if fitted.dropped:
            result.append(TimedStep(step, None, "", minutes=0, dropped=True))
            continue
        minutes = fitted.minutes if fitted.rescaled else None
        if step.optional or not spans:
            result.append(TimedStep(step, None, "", minutes=minutes))
            continue
        remaining = elapsed
        placed: tuple[int, int, bool] | None = None
        for day, start, end in spans:
            length = end - start
            if remaining < length:
                placed = (day, start + remaining, False)
                break
            remaining -= length
        if placed is None:
            day, _start, end = spans[-1]
            placed = (day, end + remaining, True)
        result.append(TimedStep(step, placed[0], _clock(placed[1]), placed[2], minutes=minutes))
        elapsed += fitted.minutes
    return result


def _plan_table(course: Course, state: CourseState, session: Session) -> Table:
    def handout_title(handout_id: str) -> str:
        try:
            return course.handout(handout_id).title
        except KeyError:
            return handout_id

    rows: list[tuple[tuple[Span, ...], ...]] = []
    day: int | None = None
    for timed in timed_plan(course, state, session):
        step = timed.step
        when = timed.start + (" (over time)" if timed.overrun else "") if timed.start else ""
        if timed.day is not None and day is not None and timed.day != day:
            when = f"Day {timed.day}, {when}"
        day = timed.day if timed.day is not None else day
        if timed.dropped:
            dropped = (Span(f"Dropped (your choice): {step.number}. {step.title}", italic=True),)
            rows.append(((Span(""),), dropped, (Span(f"0 (plan {step.minutes_text})"),)))
            continue
        what: list[Span] = [Span(f"{step.number}. {step.title}", bold=True)]
        if step.method:
            what.append(Span(f" ({step.method})", italic=True))
        if step.activity:
            what.append(Span(f" {step.activity}"))
        for part in step.parts:
            what.append(Span(f" · {part.title} ({part.minutes_text})"))
        if step.handouts:
            what.append(Span(" Handouts: ", bold=True))
            what.append(Span("; ".join(handout_title(h) for h in step.handouts) + "."))
        duration = step.minutes_text
        if timed.minutes is not None:
            duration = f"{format_duration(timed.minutes)} (plan {step.minutes_text})"
        rows.append(((Span(when),), tuple(what), (Span(duration),)))
    header = ((Span("Time"),), (Span("Step"),), (Span("Duration"),))
    return Table(header, tuple(rows))


def _printing_rows(course: Course, state: CourseState, session: Session, filled: dict[str, FilledHandout]) -> Table:
    rows = []
    for handout_id in session.handouts:
        try:
            entry = course.handout(handout_id)
        except KeyError:
            continue
        source = filled.get(handout_id)
        if source is not None:
            rule = source.source.meta.copies
            title = source.title_text
        elif entry.kind == "external":
            rule, title = "per-table", entry.title
        else:
            continue
        copies = copies_for(rule, state.profile)
        first = min((s for s in entry.sessions if s in state.sessions), default=session.number)
        note = "" if first == session.number else f"printed for session {first}"
        if entry.kind == "external":
            note = "OHCHR publication: print or order copies"
        rows.append(((Span(title),), (Span(str(copies)),), (Span(rule.replace("-", " ")),), (Span(note),)))
    header = ((Span("Handout"),), (Span("Copies"),), (Span("Rule"),), (Span("Note"),))
    return Table(header, tuple(rows))


def _checklist(title: str, items: Sequence[str]) -> list[dict[str, Any]]:
    if not items:
        return []
    return blocks_data(
        [
            _heading(2, title),
            ListBlock(tuple(ListItem(1, (Span(i),), checkbox=True) for i in items), ordered=False),
        ]
    )


def _heading(level: int, text: str) -> Any:
    from trainerkit.export.markdown import Heading

    return Heading(level, (Span(text),))


def notes_block(slides: list[SlidePage]) -> dict[str, Any]:
    """Speaker notes: each slide's picture on the left, its notes on the right."""
    out = []
    for slide in slides:
        label = f"Slide {slide.number}" + (" (hidden)" if slide.hidden else "")
        spans = slide.notes_spans if slide.notes.strip() else (Span("(no speaker notes)"),)
        out.append(
            {
                "label": label,
                "img": image_ref(slide.image),
                "alt": f"{label}: {slide.title or 'picture of the slide'}",
                "notes": spans_data(spans),
                "grey": not slide.notes.strip(),
                "long": len(slide.notes) > 1400,
            }
        )
    return {"k": "notes", "slides": out}


def build_trainer_pack(
    store: Store,
    name: str,
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> tuple[PdfDocument, PackReport]:
    """The trainer pack; ``slides`` may hold pictures already drawn for the slide handouts; ``snapshot``
    the course as already read (``export_cache.Snapshot``), else read here."""
    from trainerkit.export.export_cache import snapshot_of

    token = token or CancelToken()
    _record, state, course = snapshot_of(store, name, snapshot)
    from trainerkit.translate.hooks import translated_course  # plans in the course's language

    course = translated_course(store, state, course)
    document, values = new_document(state, course, f"Trainer pack - {course.title}")
    document.heavy = True
    report = PackReport()
    filled_list = fill_course_handouts(course, state)
    filled = {h.id: f for h, f in filled_list}
    sessions = [course.session(n) for n in sorted(state.sessions)]
    cover(
        document,
        values,
        "Trainer pack",
        extra=[("Participants", f"{participant_count(state.profile)} (print counts in this pack use this number)")],
    )
    contents(document, "Trainer pack · Contents")
    for done, session in enumerate(sessions):
        token.check()
        progress(done, len(sessions), f"Trainer pack: session {session.number}")
        title = f"Session {session.number}: {session.title}"
        blocks = document.section("portrait", f"Trainer pack · {title}").blocks
        blocks.append(entry(title, 0))
        blocks.extend(blocks_data([_heading(1, title)]))
        slots = session_slots(course, state, session.number)
        durations = session_durations(session, sum(slot.minutes for _day, slot in slots))
        dates = training_dates(state.profile.get("dates", ""), len(agenda_days(course, state)))
        when = "; ".join(f"{day_label(day, dates)} {slot.start}–{slot.end}" for day, slot in slots)
        when = when or "not on the agenda"
        blocks.append(text_block((Span("Duration: ", bold=True), Span(durations.line())), 10))
        blocks.append(text_block((Span("When: ", bold=True), Span(when)), 10))
        blocks.append(text_block((Span("Aim: ", bold=True), Span(session.aim.text)), 10, below=3))
        blocks.append(entry("Plan", 1))
        blocks.extend(blocks_data([_heading(2, "Plan")]))
        given = sum(slot.minutes for _day, slot in slots) if slots else None
        fit_line = describe_fit(session, given, state.plan_fits.get(session.number), name)
        if fit_line:
            blocks.append(text_block((Span("Fitting the agenda: ", bold=True), Span(fit_line)), 10, below=3))
        blocks.extend(blocks_data([_plan_table(course, state, session)]))
        blocks.append(entry("Preparation, equipment and printing", 1))
        blocks.extend(_checklist("Preparation", session.preparation.texts()))
        blocks.extend(_checklist("Equipment", session.equipment.texts()))
        printing = _printing_rows(course, state, session, filled)
        if printing.rows:
            blocks.extend(blocks_data([_heading(2, "Printing list"), printing]))
        notes = [(h, f) for h, f in filled_list if h.session == session.number and f.trainer_part]
        for index, (_handout, handout) in enumerate(notes):
            token.check()
            part = document.section(handout.orientation, f"Trainer pack · {title} · {handout.title_text}").blocks
            if index == 0:
                part.append(entry("Activity instructions", 1))
            part.extend(blocks_data(handout.trainer_part or []))
            report.warnings.extend(unfilled_warnings(handout.title_text, handout.trainer_part or []))
        token.check()
        pages = slides.get(session.number) if slides is not None else None
        if pages is None:
            pages, problems = session_slides(store, state, course, session.number)
            report.problems.extend(problems)
        if pages:
            part = document.section("portrait", f"Trainer pack · {title} · speaker notes").blocks
            part.append(entry("Speaker notes", 1))
            part.extend(blocks_data([_heading(2, f"Speaker notes: session {session.number}")]))
            part.append(notes_block(pages))
            missing = sorted({s.token for p in pages for s in p.notes_spans if s.blank})
            for token_name in missing:
                report.warnings.append(
                    f"Session {session.number} speaker notes use '{{{{{token_name}}}}}' with no value in the "
                    "profile; a blank line is printed to write on."
                )
    progress(len(sessions), len(sessions), "Trainer pack done")
    return document, report


def export_trainer_pack(
    store: Store,
    name: str,
    out_dir: Path,
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> PackReport:
    from trainerkit.export.export_cache import cached_export

    def make(out: Path) -> PackReport:
        document, report = build_trainer_pack(
            store, name, slides=slides, progress=progress, token=token, snapshot=snapshot
        )
        target = out / pack_filename("Trainer pack", name)
        document.save(target)
        report.files.append(target)
        report.pages[target.name] = document.page_count()
        return report

    return cached_export(store, name, "trainer-pack", out_dir, make, snapshot=snapshot)
