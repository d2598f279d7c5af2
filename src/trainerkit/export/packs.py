"""Packs of a trainer's course as PDF: participant pack, trainer pack, slide handouts; and one call for all.

- Participant pack: a cover (course, country, venue, dates, organiser, facilitators), contents, then the
  participant part of every handout of the selected sessions in order, numbered pages.
- Trainer pack: a cover and contents, then per session the plan with clock times taken from the course's
  agenda (the trainer's edited agenda when there is one), preparation and equipment checklists, the
  printing list (copies from the profile's number of participants), the trainer notes of the session's
  activities, and speaker-notes pages (each slide of the customised deck beside its notes).
- Slide handouts: the customised decks' visible slides, 1, 2, 3 (with lines for notes) or 6 to a page.

``export_course_materials`` runs any of these plus the decks and handouts with one progress bar and one
cancel token; it is what ``trainerkit export --what`` and the app's export dialog call. Every file is
written atomically. Never imports Qt and never needs LibreOffice or a network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from trainerkit.course import Course
from trainerkit.course.model import AgendaSlot, PlanStep, Session, to_minutes
from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import build_session_deck, export_decks, safe_filename
from trainerkit.export.handouts import (
    FilledHandout,
    agenda_days,
    copies_for,
    course_line,
    export_handouts,
    fill_course_handouts,
    handout_values,
    paper_of,
    participant_count,
    split_names,
)
from trainerkit.export.markdown import Span, Table
from trainerkit.export.pdf_writer import ACCENT, GREY, PdfBuilder, is_rtl_text
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.recipe import CourseState
from trainerkit.store import Store

WHAT = ("decks", "handouts", "participant-pack", "trainer-pack", "slide-handouts")
PER_PAGE = (1, 2, 3, 6)
SLIDE_IMAGE_WIDTH = 1024


# --- clock times -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimedStep:
    step: PlanStep
    day: int | None
    start: str  # "HH:MM", or "" when the session is not on the agenda or the step is optional
    overrun: bool = False  # starts after the session's last agenda slot has ended


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def session_slots(course: Course, state: CourseState, number: int) -> list[tuple[int, AgendaSlot]]:
    return [(day, slot) for day, slots in agenda_days(course, state) for slot in slots if slot.session == number]


def timed_plan(course: Course, state: CourseState, session: Session) -> list[TimedStep]:
    """Each plan step with its clock time: minutes accumulated from the session's first agenda slot,
    flowing into the session's next slot (after a break, lunch or the next day) when one is full."""
    slots = session_slots(course, state, session.number)
    spans = [(day, to_minutes(slot.start), to_minutes(slot.end)) for day, slot in slots]
    elapsed = 0
    result = []
    for step in session.plan:
        if step.optional or not spans:
            result.append(TimedStep(step, None, ""))
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
        result.append(TimedStep(step, placed[0], _clock(placed[1]), placed[2]))
        elapsed += step.minutes
    return result


# --- shared pieces -----------------------------------------------------------------------------------


@dataclass
class PackReport:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": [str(f) for f in self.files],
            "problems": self.problems,
            "warnings": self.warnings,
            "pages": self.pages,
        }


def _builder(state: CourseState, course: Course, title: str) -> tuple[PdfBuilder, dict[str, str]]:
    values = handout_values(state, course)
    builder = PdfBuilder(paper_of(state.profile), "portrait", title=title, author=values.get("organisation", ""))
    return builder, values


def _cover(
    builder: PdfBuilder, values: dict[str, str], pack: str, footer: str, extra: Sequence[tuple[str, str]] = ()
) -> None:
    pdf = builder.pdf
    builder.new_page("portrait")
    builder.set_footer(footer, pack)
    pdf.set_fill_color(*ACCENT)
    pdf.rect(0, 0, pdf.w, 55, style="F")
    pdf.set_xy(pdf.l_margin, 22)
    builder.text(pack, 26, bold=True, color=(255, 255, 255), align="L")
    pdf.set_y(75)
    builder.text(values.get("course_title", ""), 22, bold=True, color=ACCENT, align="C", after=12, line_height=10)
    rows = [
        ("Country", values.get("country", "")),
        ("Venue", values.get("venue", "")),
        ("Dates", values.get("dates", "")),
        ("Organised by", values.get("organisation", "")),
        ("Facilitators", values.get("facilitators", "")),
        *extra,
    ]
    for label, value in rows:
        if not value:
            continue
        builder.text(label, 10, color=GREY, align="C", after=0.5)
        builder.text(value, 15, align="C", after=6, line_height=7.5)
    pdf.set_y(pdf.h - pdf.b_margin - 30)
    builder.text(
        f"{course_short(values)} · prepared with TrainerKit. The course follows the OHCHR training guide "
        "'Towards a Human Rights-Based Approach to Migration'.",
        8,
        color=GREY,
        align="C",
    )


def course_short(values: dict[str, str]) -> str:
    return values.get("course_short_title") or values.get("course_title", "")


TOC_ROW = 6.2


def _render_toc(builder: PdfBuilder, footer: tuple[str, str]) -> Any:
    def render(pdf: Any, outline: list[Any]) -> None:
        saved = pdf.footer_info
        builder.set_footer(*footer)
        builder.heading(1, "Contents")
        width = builder.width
        for section in outline:
            indent = 8.0 * section.level
            pdf.set_font("dejavu", "B" if section.level == 0 else "", 11 if section.level == 0 else 10)
            pdf.set_x(pdf.l_margin + indent)
            name = section.name
            number = str(section.page_number)
            name_width = width - indent - 14
            pdf.cell(
                name_width,
                TOC_ROW,
                name,
                align="R" if is_rtl_text(name) else "L",
                link=pdf.add_link(page=section.page_number),
            )
            pdf.cell(14, TOC_ROW, number, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.footer_info = saved

    return render


# --- participant pack --------------------------------------------------------------------------------


def build_participant_pack(
    store: Store, name: str, *, progress: Progress = no_progress, token: CancelToken | None = None
) -> tuple[PdfBuilder, PackReport]:
    from trainerkit.recipe import state_of

    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    builder, values = _builder(state, course, f"Participant pack - {course.title}")
    line = course_line(values)
    report = PackReport()
    items = [(h, f) for h, f in fill_course_handouts(course, state) if f.participant_part]
    _cover(builder, values, "Participant pack", line)
    builder.new_page("portrait")
    builder.set_footer(line, "Participant pack · Contents")
    entries = len(items) + len({h.session for h, _f in items})
    builder.toc_placeholder(_render_toc(builder, (line, "Participant pack · Contents")), entries, TOC_ROW)
    current_session = None
    for done, (handout, filled) in enumerate(items):
        token.check()
        progress(done, len(items), f"Participant pack: {filled.title_text}")
        builder.new_page(filled.orientation)
        builder.set_footer(line, f"Participant pack · {filled.title_text}")
        if handout.session != current_session:
            current_session = handout.session
            builder.outline(f"Session {handout.session}: {course.session(handout.session).title}", 0)
        builder.outline(filled.title_text, 1)
        builder.blocks(filled.participant_part or [], cards=filled.cards)
        report.warnings.extend(handout.source.warnings)
    progress(len(items), len(items), "Participant pack done")
    return builder, report


# --- trainer pack ------------------------------------------------------------------------------------


@dataclass
class SlidePage:
    """One slide of a customised deck: its picture, title, notes, and whether it is hidden."""

    image: Image.Image
    title: str
    notes: str
    hidden: bool
    number: int


def session_slides(
    store: Store, state: CourseState, course: Course, number: int, width: int = SLIDE_IMAGE_WIDTH
) -> tuple[list[SlidePage], list[str]]:
    """The customised deck of a session as pictures with notes (hidden slides included, marked)."""
    from trainerkit.deck.drawing import slide_images
    from trainerkit.deck.slides import is_hidden

    prs, problems, _missing = build_session_deck(store, state, course, number)
    images = slide_images(prs, width)
    pages = []
    for index, (slide, image) in enumerate(zip(prs.slides, images, strict=True), start=1):
        title = ""
        if slide.shapes.title is not None and slide.shapes.title.has_text_frame:
            title = slide.shapes.title.text_frame.text.replace("\n", " ").strip()
        notes = (
            slide.notes_slide.notes_text_frame.text
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None
            else ""
        )
        pages.append(SlidePage(image, title, unwrap_lines(notes), is_hidden(slide), index))
    return pages, [str(p) for p in problems]


def unwrap_lines(text: str) -> str:
    """Join lines that were wrapped by hand (a line not ending a sentence continues on the next)."""
    out: list[str] = []
    for line in (raw.strip() for raw in text.replace("\v", "\n").split("\n")):
        if not line:
            continue
        if out and not out[-1].endswith((".", "!", "?", ":", ";", ")")) and not line.startswith(("-", "•")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _plan_table(course: Course, state: CourseState, session: Session) -> Table:
    def handout_title(handout_id: str) -> str:
        try:
            return course.handout(handout_id).title
        except KeyError:
            return handout_id

    rows = []
    day: int | None = None
    for timed in timed_plan(course, state, session):
        step = timed.step
        when = timed.start + (" (over time)" if timed.overrun else "") if timed.start else ""
        if timed.day is not None and day is not None and timed.day != day:
            when = f"Day {timed.day}, {when}"
        day = timed.day if timed.day is not None else day
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
        rows.append(((Span(when),), tuple(what), (Span(step.minutes_text),)))
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


def _checklist(builder: PdfBuilder, title: str, items: Sequence[str]) -> None:
    from trainerkit.export.markdown import ListBlock, ListItem

    if not items:
        return
    builder.heading(2, title)
    builder.list_block(ListBlock(tuple(ListItem(1, (Span(i),), checkbox=True) for i in items), ordered=False))


def _notes_pages(builder: PdfBuilder, slides: list[SlidePage], session: Session) -> None:
    """Speaker notes: each slide's picture on the left, its notes on the right, three to a page."""
    pdf = builder.pdf
    image_w = builder.width * 0.46
    image_h = image_w * slides[0].image.height / slides[0].image.width if slides else 0
    gap = 5.0
    for slide in slides:
        notes_height = _notes_height(builder, slide, builder.width - image_w - gap)
        block = max(image_h + 9, notes_height + 9)
        if builder.space_left < min(block, pdf.h * 0.7):
            builder.new_page("portrait")
        top = pdf.get_y()
        pdf.set_font("dejavu", "B", 9)
        pdf.set_text_color(*GREY)
        label = f"Slide {slide.number}" + (" (hidden)" if slide.hidden else "")
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(image_w, 4.5, label)
        pdf.set_text_color(0, 0, 0)
        builder.image(slide.image, pdf.l_margin, top + 5, image_w, image_h)
        pdf.set_xy(pdf.l_margin + image_w + gap, top + 5)
        notes = slide.notes or "(no speaker notes)"
        builder.text(
            notes, 9.5, indent=image_w + gap, line_height=4.6, after=0, color=(0, 0, 0) if slide.notes else GREY
        )
        bottom = max(pdf.get_y(), top + 5 + image_h) + 5
        pdf.set_draw_color(215, 215, 215)
        pdf.line(pdf.l_margin, bottom - 2.5, pdf.l_margin + builder.width, bottom - 2.5)
        pdf.set_y(bottom)


def _notes_height(builder: PdfBuilder, slide: SlidePage, width: float) -> float:
    from trainerkit.export.pdf_writer import FONT, spans_markdown

    builder.pdf.set_font(FONT, "", 9.5)
    text = spans_markdown((Span(slide.notes or "(no speaker notes)"),))
    return float(
        builder.pdf.multi_cell(
            width,
            4.6,
            text,
            markdown=True,
            dry_run=True,  # type: ignore[arg-type]
            output="HEIGHT",
        )
    )


def build_trainer_pack(
    store: Store,
    name: str,
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> tuple[PdfBuilder, PackReport]:
    """The trainer pack; ``slides`` may hold pictures already drawn for the slide handouts."""
    from trainerkit.recipe import state_of

    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    builder, values = _builder(state, course, f"Trainer pack - {course.title}")
    line = course_line(values)
    report = PackReport()
    filled_list = fill_course_handouts(course, state)
    filled = {h.id: f for h, f in filled_list}
    sessions = [course.session(n) for n in sorted(state.sessions)]
    _cover(
        builder,
        values,
        "Trainer pack",
        line,
        extra=[("Participants", f"{participant_count(state.profile)} (print counts in this pack use this number)")],
    )
    builder.new_page("portrait")
    builder.set_footer(line, "Trainer pack · Contents")
    with_notes = {h.session for h, f in filled_list if f.trainer_part}
    entries = len(sessions) * 4 + sum(1 for s in sessions if s.number in with_notes)
    builder.toc_placeholder(_render_toc(builder, (line, "Trainer pack · Contents")), entries, TOC_ROW)
    for done, session in enumerate(sessions):
        token.check()
        progress(done, len(sessions), f"Trainer pack: session {session.number}")
        title = f"Session {session.number}: {session.title}"
        builder.new_page("portrait")
        builder.set_footer(line, f"Trainer pack · {title}")
        builder.outline(title, 0)
        builder.heading(1, title)
        slots = session_slots(course, state, session.number)
        when = "; ".join(f"Day {day} {slot.start}–{slot.end}" for day, slot in slots) or "not on the agenda"
        builder.text(
            (Span("Duration: ", bold=True), Span(session.duration_text), Span("   When: ", bold=True), Span(when)), 10
        )
        builder.text((Span("Aim: ", bold=True), Span(session.aim.text)), 10)
        builder.outline("Plan", 1)
        builder.heading(2, "Plan")
        builder.table(_plan_table(course, state, session))
        builder.outline("Preparation, equipment and printing", 1)
        _checklist(builder, "Preparation", session.preparation.texts())
        _checklist(builder, "Equipment", session.equipment.texts())
        printing = _printing_rows(course, state, session, filled)
        if printing.rows:
            builder.heading(2, "Printing list")
            builder.table(printing)
        notes = [(h, f) for h, f in filled_list if h.session == session.number and f.trainer_part]
        if notes:
            builder.outline("Activity instructions", 1)
        for _handout, handout in notes:
            token.check()
            builder.new_page(handout.orientation)
            builder.set_footer(line, f"Trainer pack · {title} · {handout.title_text}")
            builder.blocks(handout.trainer_part or [])
        token.check()
        pages = slides.get(session.number) if slides is not None else None
        if pages is None:
            pages, problems = session_slides(store, state, course, session.number)
            report.problems.extend(problems)
        if pages:
            builder.new_page("portrait")
            builder.set_footer(line, f"Trainer pack · {title} · speaker notes")
            builder.outline("Speaker notes", 1)
            builder.heading(2, f"Speaker notes: session {session.number}")
            _notes_pages(builder, pages, session)
    progress(len(sessions), len(sessions), "Trainer pack done")
    return builder, report


# --- slide handouts ----------------------------------------------------------------------------------


def build_slide_handout(
    state: CourseState, course: Course, session: Session, slides: list[SlidePage], per_page: int
) -> PdfBuilder:
    """Visible slides of one session, ``per_page`` to a page (3: with lines for notes beside each)."""
    if per_page not in PER_PAGE:
        raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")
    values = handout_values(state, course)
    orientation = "landscape" if per_page == 1 else "portrait"
    builder = PdfBuilder(paper_of(state.profile), orientation, title=f"Slides: session {session.number}")
    pdf = builder.pdf
    visible = [s for s in slides if not s.hidden]
    title = f"Session {session.number}: {session.title}"
    ratio = visible[0].image.height / visible[0].image.width if visible else 9 / 16
    top_gap = 12.0
    for start in range(0, len(visible), per_page):
        builder.new_page(orientation)
        builder.set_footer(course_line(values), f"Slides · {title}")
        pdf.set_font("dejavu", "B", 11)
        pdf.set_text_color(*ACCENT)
        pdf.set_xy(pdf.l_margin, pdf.t_margin)
        pdf.cell(builder.width, 6, title)
        pdf.set_text_color(0, 0, 0)
        page = visible[start : start + per_page]
        area_h = pdf.page_break_trigger - pdf.t_margin - top_gap
        y0 = pdf.t_margin + top_gap
        if per_page == 1:
            h = min(area_h, builder.width * ratio)
            w = h / ratio
            builder.image(page[0].image, pdf.l_margin + (builder.width - w) / 2, y0, w, h)
        elif per_page == 2:
            h = min((area_h - 10) / 2, builder.width * ratio)
            w = h / ratio
            for i, slide in enumerate(page):
                builder.image(slide.image, pdf.l_margin + (builder.width - w) / 2, y0 + i * (h + 10), w, h)
        elif per_page == 3:
            w = builder.width * 0.52
            h = w * ratio
            row = area_h / 3
            for i, slide in enumerate(page):
                y = y0 + i * row
                builder.image(slide.image, pdf.l_margin, y, w, h)
                lines_x = pdf.l_margin + w + 6
                for k in range(int(h // 8) + 1):
                    ly = y + 6 + k * 8
                    if ly > y + h:
                        break
                    pdf.line(lines_x, ly, pdf.l_margin + builder.width, ly)
        else:  # 6: two columns, three rows
            gap = 6.0
            w = (builder.width - gap) / 2
            h = w * ratio
            row = min(area_h / 3, h + 10)
            for i, slide in enumerate(page):
                x = pdf.l_margin + (i % 2) * (w + gap)
                y = y0 + (i // 2) * row
                builder.image(slide.image, x, y, w, h)
    if not visible:
        builder.new_page(orientation)
        builder.text(f"{title}: no visible slides.")
    return builder


def export_slide_handouts(
    store: Store,
    name: str,
    out_dir: Path,
    per_page: Sequence[int] = (3,),
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PackReport:
    from trainerkit.recipe import state_of

    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    report = PackReport()
    numbers = sorted(state.sessions)
    for done, number in enumerate(numbers):
        token.check()
        progress(done, len(numbers), f"Slide handouts: session {number}")
        session = course.session(number)
        pages = slides.get(number) if slides is not None else None
        if pages is None:
            pages, problems = session_slides(store, state, course, number)
            report.problems.extend(problems)
            if slides is not None:
                slides[number] = pages
        for count in per_page:
            token.check()
            builder = build_slide_handout(state, course, session, pages, count)
            target = out_dir / (safe_filename(f"Slides S{number} - {session.title} - {count} per page") + ".pdf")
            builder.save(target)
            report.files.append(target)
            report.pages[target.name] = builder.page_count()
    progress(len(numbers), len(numbers), "Slide handouts done")
    return report


# --- everything --------------------------------------------------------------------------------------


def pack_filename(kind: str, name: str) -> str:
    return safe_filename(f"{kind} - {name}") + ".pdf"


def export_participant_pack(
    store: Store, name: str, out_dir: Path, *, progress: Progress = no_progress, token: CancelToken | None = None
) -> PackReport:
    builder, report = build_participant_pack(store, name, progress=progress, token=token)
    target = out_dir / pack_filename("Participant pack", name)
    builder.save(target)
    report.files.append(target)
    report.pages[target.name] = builder.page_count()
    return report


def export_trainer_pack(
    store: Store,
    name: str,
    out_dir: Path,
    *,
    slides: dict[int, list[SlidePage]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PackReport:
    builder, report = build_trainer_pack(store, name, slides=slides, progress=progress, token=token)
    target = out_dir / pack_filename("Trainer pack", name)
    builder.save(target)
    report.files.append(target)
    report.pages[target.name] = builder.page_count()
    return report


def parse_what(text: str | Sequence[str]) -> tuple[str, ...]:
    """'handouts,trainer-pack' (or a list) -> checked names; 'all' means everything."""
    items = [t.strip() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    if not items or items == ["all"]:
        return WHAT
    unknown = [t for t in items if t not in WHAT]
    if unknown:
        raise InvalidInputError(f"Cannot export '{', '.join(unknown)}': choose from {', '.join(WHAT)} or all.")
    return tuple(t for t in WHAT if t in items)


class _Phases:
    """One progress bar over several exports: each phase reports its own done/total, scaled to its share."""

    def __init__(self, progress: Progress, weights: dict[str, int]) -> None:
        self.progress = progress
        self.weights = weights
        self.total = sum(weights.values()) or 1
        self.offset = 0

    def phase(self, name: str) -> Progress:
        offset, weight = self.offset, self.weights[name]
        self.offset += weight

        def report(done: int, total: int, label: str) -> None:
            share = weight * min(done, total) // max(total, 1)
            self.progress(offset + share, self.total, label)

        return report


def export_course_materials(
    store: Store,
    name: str,
    out_dir: Path,
    what: str | Sequence[str] = WHAT,
    *,
    per_page: Sequence[int] = (3,),
    combined: bool = False,
    drop_hidden: bool = False,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PackReport:
    """Export the chosen materials of course ``name`` into ``out_dir``:

    ``decks`` (customised .pptx, at the top of ``out_dir``), ``handouts`` (``handouts/`` .docx and .pdf),
    ``participant-pack`` and ``trainer-pack`` (PDF at the top), ``slide-handouts`` (``slide-handouts/``,
    ``per_page`` among 1, 2, 3, 6). Slide pictures are drawn once and shared by the trainer pack and the
    slide handouts. Raises ``Cancelled`` when ``token`` is cancelled; files already written stay complete.
    """
    from trainerkit.recipe import state_of

    chosen = parse_what(what)
    for count in per_page:
        if count not in PER_PAGE:
            raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")
    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    sessions = len(state.sessions)
    handouts = len(fill_course_handouts(course, state))
    weights = {
        "decks": sessions * 2,
        "handouts": handouts * 2,
        "participant-pack": handouts,
        "slide-handouts": sessions * 3,
        "trainer-pack": sessions * 4,
    }
    phases = _Phases(progress, {k: v for k, v in weights.items() if k in chosen})
    report = PackReport()
    slides: dict[int, list[SlidePage]] = {}
    if "decks" in chosen:
        decks = export_decks(
            store,
            name,
            out_dir,
            combined=combined,
            drop_hidden=drop_hidden,
            progress=phases.phase("decks"),
            token=token,
        )
        report.files.extend(decks.files)
        report.problems.extend(str(p) for p in decks.problems)
        for number, tokens in decks.missing_tokens.items():
            report.warnings.append(f"Session {number} uses {', '.join(tokens)} with no value in the profile.")
    if "handouts" in chosen:
        result = export_handouts(store, name, out_dir / "handouts", progress=phases.phase("handouts"), token=token)
        report.files.extend(result.files)
        report.warnings.extend(result.warnings)
    if "participant-pack" in chosen:
        _merge(
            report,
            export_participant_pack(store, name, out_dir, progress=phases.phase("participant-pack"), token=token),
        )
    if "slide-handouts" in chosen:
        _merge(
            report,
            export_slide_handouts(
                store,
                name,
                out_dir / "slide-handouts",
                per_page,
                slides=slides,
                progress=phases.phase("slide-handouts"),
                token=token,
            ),
        )
    if "trainer-pack" in chosen:
        _merge(
            report,
            export_trainer_pack(
                store, name, out_dir, slides=slides or None, progress=phases.phase("trainer-pack"), token=token
            ),
        )
    progress(phases.total, phases.total, "Done")
    report.warnings = sorted(set(report.warnings))
    return report


def _merge(report: PackReport, other: PackReport) -> None:
    report.files.extend(other.files)
    report.problems.extend(other.problems)
    report.warnings.extend(other.warnings)
    report.pages.update(other.pages)


__all__ = [
    "PER_PAGE",
    "WHAT",
    "PackReport",
    "SlidePage",
    "TimedStep",
    "build_participant_pack",
    "build_slide_handout",
    "build_trainer_pack",
    "export_course_materials",
    "export_participant_pack",
    "export_slide_handouts",
    "export_trainer_pack",
    "parse_what",
    "session_slides",
    "split_names",
    "timed_plan",
]
