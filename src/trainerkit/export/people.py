"""What the participants list gives: a sheet of name tags, one certificate per name, an attendance
sheet per training day. Each is written as DOCX and PDF into ``participants/`` of the export folder,
and kept in the export cache like the other parts.

Name tags are cards to cut (two per row, the name large, the organisation below, the course and
country at the foot). Certificates fill the bundled certificate handout (resources/handouts/src/
certificate.md) once per name, each on its own page. Attendance sheets list every participant with
a signature column for the morning and the afternoon; their days come from the course's agenda and,
when the profile's dates parse, carry the calendar date. Right-to-left names (Arabic, Hebrew) are set
right to left by the writers (``docx_writer``, ``typst_writer``). Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerkit.course import Course
from trainerkit.export.docx_writer import DocxBuilder, save_document
from trainerkit.export.footer import course_line
from trainerkit.export.handouts import (
    agenda_days,
    agenda_tables,
    fill_handout,
    handout_values,
    load_handouts,
    paper_of,
    participant_names,
)
from trainerkit.export.markdown import Block, Heading, PageBreak, Paragraph, Span, Table
from trainerkit.export.reports import PackReport
from trainerkit.export.typst_writer import PdfDocument, blocks_data
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.messages import N_
from trainerkit.recipe import CourseState
from trainerkit.store import Store

if TYPE_CHECKING:
    from trainerkit.export.export_cache import Snapshot

#: The export parts this module makes (``trainerkit export --what``), in order.
PARTS = ("name-tags", "certificates", "attendance")
FOLDER = "participants"
#: Empty lines at the end of an attendance sheet, for people who join on the day.
SPARE_LINES = 5
#: The size of the name on a name tag, in points (read from two metres).
NAME_SIZE = 24
TITLES = {"name-tags": N_("Name tags"), "certificates": N_("Certificates"), "attendance": N_("Attendance sheets")}


def name_tag_blocks(state: CourseState, course: Course, values: dict[str, str]) -> list[Block]:
    """Cards to cut, two per row: name (bold), organisation, then the course and country."""
    foot = " · ".join(v for v in (values.get("course_short_title", ""), values.get("country", "")) if v)
    cards = []
    for row in state.participants or [{"name": n, "organisation": ""} for n in participant_names(state)]:
        spans = [Span(row["name"], bold=True, token="participant_name", size=NAME_SIZE)]
        if row.get("organisation"):
            spans += [Span("\n"), Span(row["organisation"], token="organisation")]
        if foot:
            spans += [Span("\n\n"), Span(foot, italic=True)]
        cards.append(tuple(spans))
    if len(cards) % 2:
        cards.append(())
    rows = tuple((cards[i], cards[i + 1]) for i in range(0, len(cards), 2))
    return [Table(((), ()), rows, cards=True)]


def attendance_blocks(state: CourseState, course: Course, values: dict[str, str]) -> list[Block]:
    """One page per agenda day: the day (with its date), then No., name, organisation and two signatures."""
    from trainerkit.course.plan_fit import day_label, training_dates
    from trainerkit.messages import _
    from trainerkit.translate.language import course_language

    lang = course_language(state.profile)  # the words of the sheet in the course's language
    days = agenda_days(course, state)
    dates = training_dates(state.profile.get("dates", ""), len(days))
    people = state.participants or [{"name": n, "organisation": ""} for n in participant_names(state)]
    header = (
        (Span(_("No.", lang), bold=True),),
        (Span(_("Name", lang), bold=True),),
        (Span(_("Organisation", lang), bold=True),),
        (Span(_("Signature (morning)", lang), bold=True),),
        (Span(_("Signature (afternoon)", lang), bold=True),),
    )
    blocks: list[Block] = []
    for index, (day, _slots) in enumerate(days):
        if index:
            blocks.append(PageBreak())
        heading = _("Attendance: {day}", lang).format(day=day_label(day, dates, lang))
        blocks.append(Heading(1, (Span(heading),)))
        where = [values.get(k, "") for k in ("course_title", "venue")]
        blocks.append(Paragraph(tuple(Span(t) for t in [" · ".join(w for w in where if w)] if t)))
        rows: list[tuple[Any, ...]] = []
        for number, row in enumerate(people, start=1):
            rows.append(
                (
                    (Span(str(number)),),
                    (Span(row["name"], token="participant_name"),),
                    (Span(row.get("organisation", ""), token="organisation"),),
                    (),
                    (),
                )
            )
        for number in range(len(people) + 1, len(people) + 1 + SPARE_LINES):
            rows.append(((Span(str(number)),), (), (), (), ()))
        blocks.append(Table(header, tuple(rows)))
    return blocks


def certificate_blocks(
    state: CourseState, course: Course, values: dict[str, str], store: Store | None = None
) -> tuple[list[Block], str]:
    """The certificate handout filled once per name (a page each), in the course's language when
    ``store`` (the course's store) is given, and its orientation."""
    source = load_handouts()["certificate"]
    from trainerkit.translate.hooks import translated_handouts

    if store is not None:
        source = translated_handouts(store, state, {"certificate": source}).get("certificate", source)
    filled = fill_handout(source, values, agenda_tables(course, state), participant_names(state))
    return filled.participant_part or [], source.meta.orientation


def _write(
    blocks: list[Block],
    title: str,
    orientation: str,
    values: dict[str, str],
    paper: str,
    stem: Path,
    *,
    cards: bool = False,
    shown_title: str = "",
) -> list[Path]:
    title = shown_title or title  # the title as shown; the file's name (stem) stays English
    builder = DocxBuilder(paper, orientation, title)
    builder.footer(course_line(values), title)
    builder.blocks(blocks, cards=cards)
    docx = stem.with_suffix(".docx")
    save_document(builder.doc, docx)
    from trainerkit.export.handouts import course_line_spans

    document = PdfDocument(
        paper, title=title, author=values.get("organisation", ""), course_line=course_line_spans(values)
    )
    document.section(orientation, title).blocks = blocks_data(blocks)
    pdf = stem.with_suffix(".pdf")
    document.save(pdf)
    return [docx, pdf]


def build_part(part: str, state: CourseState, course: Course, out_dir: Path, store: Store | None = None) -> PackReport:
    """Write one part (``name-tags``, ``certificates`` or ``attendance``) into ``out_dir/participants``."""
    from trainerkit.messages import _
    from trainerkit.translate.language import course_language

    if store is not None:  # the course's title in its language (the translation's course description)
        from trainerkit.translate.hooks import translated_course

        course = translated_course(store, state, course)
    values = handout_values(state, course)
    paper = paper_of(state.profile)
    shown = _(TITLES[part], course_language(state.profile))
    report = PackReport()
    names = participant_names(state)
    folder = out_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    title = TITLES[part]
    if part != "attendance" and not names:
        report.warnings.append(
            f"{title}: the course has no participants list yet; add names on the People page or with "
            "`trainerkit participants import NAME FILE`."
        )
        return report
    if part == "name-tags":
        files = _write(
            name_tag_blocks(state, course, values),
            title,
            "portrait",
            values,
            paper,
            folder / title,
            cards=True,
            shown_title=shown,
        )
    elif part == "certificates":
        blocks, orientation = certificate_blocks(state, course, values, store)
        files = _write(blocks, title, orientation, values, paper, folder / title, shown_title=shown)
    else:
        if not names:
            report.warnings.append("Attendance sheets: no participants list yet; the sheets have empty lines only.")
        files = _write(
            attendance_blocks(state, course, values),
            title,
            "landscape",
            values,
            paper,
            folder / title,
            shown_title=shown,
        )
    report.files.extend(files)
    return report


def export_people(
    store: Store,
    name: str,
    out_dir: Path,
    parts: Sequence[str] = PARTS,
    *,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Snapshot | None = None,
) -> PackReport:
    """Name tags, certificates and attendance sheets (those of ``parts``) of course ``name`` as DOCX and
    PDF in ``out_dir/participants``; each part is kept in the export cache. ``NotFoundError`` for an
    unknown course; ``Cancelled`` when ``token`` is cancelled (finished parts stay complete)."""
    from trainerkit.export.export_cache import cached_export, snapshot_of
    from trainerkit.export.pack_common import merge

    token = token or CancelToken()
    snapshot = snapshot_of(store, name, snapshot)  # one read for every part (``snapshot``: already read)
    _record, state, course = snapshot
    report = PackReport()
    chosen = [p for p in PARTS if p in parts]
    for done, part in enumerate(chosen):
        token.check()
        progress(done, len(chosen), TITLES[part])
        make = partial(build_part, part, state, course, store=store)
        merge(report, cached_export(store, name, part, out_dir, make, snapshot=snapshot))
    progress(len(chosen), len(chosen), "Participants' papers done")
    return report
