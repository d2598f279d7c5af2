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
from trainerkit.course.model import clock_text as _clock
from trainerkit.course.plan_fit import day_label, describe_fit, fit_plan, training_dates
from trainerkit.durations import format_duration, session_durations
from trainerkit.export.handouts import (
    FilledHandout,
    agenda_days,
    copies_for,
    counted_profile,
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
from trainerkit.messages import _
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


def _plan_table(
    course: Course,
    state: CourseState,
    session: Session,
    lang: str = "en",
    filled: dict[str, FilledHandout] | None = None,
) -> Table:
    def handout_title(handout_id: str) -> str:
        if lang != "en" and filled and handout_id in filled:  # the handout's own title, in the course's language
            return filled[handout_id].title_text
        try:
            return course.handout(handout_id).title
        except KeyError:
            return handout_id

    rows: list[tuple[tuple[Span, ...], ...]] = []
    day: int | None = None
    for timed in timed_plan(course, state, session):
        step = timed.step
        when = timed.start + (" " + _("(over time)", lang) if timed.overrun else "") if timed.start else ""
        if timed.day is not None and day is not None and timed.day != day:
            when = _("Day {day}, {time}", lang).format(day=timed.day, time=when)
        day = timed.day if timed.day is not None else day
        if timed.dropped:
            dropped = (
                Span(_("Dropped (your choice): {step}", lang).format(step=f"{step.number}. {step.title}"), italic=True),
            )
            rows.append(
                ((Span(""),), dropped, (Span(_("0 (plan {minutes})", lang).format(minutes=step.minutes_text)),))
            )
            continue
        what: list[Span] = [Span(f"{step.number}. {step.title}", bold=True)]
        if step.method:
            what.append(Span(f" ({step.method})", italic=True))
        if step.activity:
            what.append(Span(f" {step.activity}"))
        for part in step.parts:
            what.append(Span(f" · {part.title} ({part.minutes_text})"))
        if step.handouts:
            what.append(Span(" " + _("Handouts:", lang) + " ", bold=True))
            what.append(Span("; ".join(handout_title(h) for h in step.handouts) + "."))
        duration = step.minutes_text
        if timed.minutes is not None:
            duration = _("{duration} (plan {minutes})", lang).format(
                duration=format_duration(timed.minutes), minutes=step.minutes_text
            )
        rows.append(((Span(when),), tuple(what), (Span(duration),)))
    header = ((Span(_("Time", lang)),), (Span(_("Step", lang)),), (Span(_("Duration", lang)),))
    return Table(header, tuple(rows))


def _printing_rows(
    course: Course, state: CourseState, session: Session, filled: dict[str, FilledHandout], lang: str = "en"
) -> Table:
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
        copies = copies_for(rule, counted_profile(state))
        first = min((s for s in entry.sessions if s in state.sessions), default=session.number)
        note = "" if first == session.number else _("printed for session {number}", lang).format(number=first)
        if entry.kind == "external":
            note = _("OHCHR publication: print or order copies", lang)
        rule_text = _(rule.replace("-", " "), lang)
        rows.append(((Span(title),), (Span(str(copies)),), (Span(rule_text),), (Span(note),)))
    header = (
        (Span(_("Handout", lang)),),
        (Span(_("Copies", lang)),),
        (Span(_("Rule", lang)),),
        (Span(_("Note", lang)),),
    )
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


def notes_block(slides: list[SlidePage], lang: str = "en") -> dict[str, Any]:
    """Speaker notes: each slide's picture on the left, its notes on the right."""
    out = []
    for slide in slides:
        label = _("Slide {number}", lang).format(number=slide.number) + (
            " " + _("(hidden)", lang) if slide.hidden else ""
        )
        spans = slide.notes_spans if slide.notes.strip() else (Span(_("(no speaker notes)", lang)),)
        out.append(
            {
                "label": label,
                "img": image_ref(slide.image),
                "alt": f"{label}: " + (slide.title or _("picture of the slide", lang)),
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
    lang = document.lang
    pack = _("Trainer pack", lang)
    document.heavy = True
    report = PackReport()
    filled_list = fill_course_handouts(course, state, store)
    filled = {h.id: f for h, f in filled_list}
    sessions = [course.session(n) for n in sorted(state.sessions)]
    count = _("{count} (print counts in this pack use this number)", lang).format(
        count=participant_count(counted_profile(state))
    )
    cover(document, values, pack, extra=[(_("Participants", lang), count)])
    contents(document, pack + " · " + _("Contents", lang))
    for done, session in enumerate(sessions):
        token.check()
        progress(done, len(sessions), f"Trainer pack: session {session.number}")
        title = _("Session {number}: {title}", lang).format(number=session.number, title=session.title)
        blocks = document.section("portrait", f"{pack} · {title}").blocks
        blocks.append(entry(title, 0))
        blocks.extend(blocks_data([_heading(1, title)]))
        slots = session_slots(course, state, session.number)
        durations = session_durations(session, sum(slot.minutes for _day, slot in slots))
        dates = training_dates(state.profile.get("dates", ""), len(agenda_days(course, state)))
        when = "; ".join(f"{day_label(day, dates, lang)} {slot.start}–{slot.end}" for day, slot in slots)
        when = when or _("not on the agenda", lang)
        blocks.append(text_block((Span(_("Duration:", lang) + " ", bold=True), Span(durations.line())), 10))
        blocks.append(text_block((Span(_("When:", lang) + " ", bold=True), Span(when)), 10))
        if state.facilitators.get(session.number):
            lead = state.facilitators[session.number]
            facilitator = Span(_("Facilitator:", lang) + " ", bold=True)
            blocks.append(text_block((facilitator, Span(lead, token="facilitators")), 10))
        blocks.append(text_block((Span(_("Aim:", lang) + " ", bold=True), Span(session.aim.text)), 10, below=3))
        blocks.append(entry(_("Plan", lang), 1))
        blocks.extend(blocks_data([_heading(2, _("Plan", lang))]))
        given = sum(slot.minutes for _day, slot in slots) if slots else None
        fit_line = describe_fit(session, given, state.plan_fits.get(session.number), name)
        if fit_line:
            fitting = _("Fitting the agenda:", lang) + " "
            blocks.append(text_block((Span(fitting, bold=True), Span(fit_line)), 10, below=3))
        blocks.extend(blocks_data([_plan_table(course, state, session, lang, filled)]))
        blocks.append(entry(_("Preparation, equipment and printing", lang), 1))
        blocks.extend(_checklist(_("Preparation", lang), session.preparation.texts()))
        blocks.extend(_checklist(_("Equipment", lang), session.equipment.texts()))
        printing = _printing_rows(course, state, session, filled, lang)
        if printing.rows:
            blocks.extend(blocks_data([_heading(2, _("Printing list", lang)), printing]))
        notes = [(h, f) for h, f in filled_list if h.session == session.number and f.trainer_part]
        for index, (_handout, handout) in enumerate(notes):
            token.check()
            part = document.section(handout.orientation, f"{pack} · {title} · {handout.title_text}").blocks
            if index == 0:
                part.append(entry(_("Activity instructions", lang), 1))
            part.extend(blocks_data(handout.trainer_part or []))
            report.warnings.extend(unfilled_warnings(handout.title_text, handout.trainer_part or []))
        token.check()
        pages = slides.get(session.number) if slides is not None else None
        if pages is None:
            pages, problems = session_slides(store, state, course, session.number)
            report.problems.extend(problems)
        if pages:
            part = document.section("portrait", f"{pack} · {title} · " + _("speaker notes", lang)).blocks
            part.append(entry(_("Speaker notes", lang), 1))
            notes_title = _("Speaker notes: session {number}", lang).format(number=session.number)
            part.extend(blocks_data([_heading(2, notes_title)]))
            part.append(notes_block(pages, lang))
            missing = sorted({s.token for p in pages for s in p.notes_spans if s.blank})
            for token_name in missing:
                report.warnings.append(
                    _(
                        "Session {number} speaker notes use {token} with no value in the profile; a blank line "
                        "is printed to write on."
                    ).format(number=session.number, token=f"'{{{{{token_name}}}}}'")
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
