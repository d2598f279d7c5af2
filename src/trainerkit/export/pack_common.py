"""What the packs share: the report, the document set-up, the cover and the contents page.

Each pack is its own module (``participant_pack``, ``trainer_pack``, ``slide_handouts``); ``packs`` runs
them. Pages are described as data for the Typst template (``trainerkit.export.typst_writer``).
Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainerkit.course import Course
from trainerkit.export.decks import safe_filename
from trainerkit.export.handouts import course_line_spans, handout_values, paper_of
from trainerkit.export.markdown import Span
from trainerkit.export.reports import PackReport as PackReport  # re-exported for older callers
from trainerkit.export.typst_writer import PdfDocument, Section, text_block
from trainerkit.messages import _
from trainerkit.recipe import CourseState


def merge(report: PackReport, other: PackReport) -> None:
    report.files.extend(other.files)
    report.problems.extend(other.problems)
    report.warnings.extend(other.warnings)
    report.pages.update(other.pages)


def new_document(state: CourseState, course: Course, title: str) -> tuple[PdfDocument, dict[str, str]]:
    from trainerkit.translate.language import course_language

    values = handout_values(state, course)
    document = PdfDocument(
        paper_of(state.profile),
        title=title,
        author=values.get("organisation", ""),
        course_line=course_line_spans(values),
        lang=course_language(state.profile),  # the words the pack adds are in the course's language
    )
    return document, values


def course_short(values: dict[str, str]) -> str:
    return values.get("course_short_title") or values.get("course_title", "")


def value_spans(values: dict[str, str], name: str) -> tuple[Span, ...]:
    return (Span(values[name], token=name),)


def cover(document: PdfDocument, values: dict[str, str], pack: str, extra: Sequence[tuple[str, str]] = ()) -> Section:
    """A cover page: the pack's name on a band, the course title, then who, where and when."""
    section = document.section("portrait", pack)
    blocks = section.blocks
    blocks.append({"k": "band", "title": pack})
    blocks.append({"k": "v", "mm": 12})
    blocks.append(
        text_block(values.get("course_title", ""), 22, bold=True, color="accent", align="center", below=12, leading=0.5)
    )
    rows = [
        ("Country", "country"),
        ("Venue", "venue"),
        ("Dates", "dates"),
        ("Organised by", "organisation"),
        ("Facilitators", "facilitators"),
    ]
    for label, name in rows:
        if not values.get(name):
            continue
        blocks.append(text_block(_(label, document.lang), 10, color="grey", align="center", below=1.5))
        blocks.append(text_block(value_spans(values, name), 15, align="center", below=8, leading=0.5))
    for label, value in extra:
        blocks.append(text_block(label, 10, color="grey", align="center", below=1.5))
        blocks.append(text_block(value, 15, align="center", below=8, leading=0.5))
    blocks.append(
        {
            "k": "bottom",
            "blocks": [
                text_block(
                    f"{course_short(values)} · "
                    + _(
                        "prepared with TrainerKit. The course follows the OHCHR training guide 'Towards a "
                        "Human Rights-Based Approach to Migration'.",
                        document.lang,
                    ),
                    8,
                    color="grey",
                    align="center",
                )
            ],
        }
    )
    return section


def contents(document: PdfDocument, footer: str) -> Section:
    """The contents page: every entry (``entry`` blocks) with the page it starts on, linked."""
    section = document.section("portrait", footer)
    section.blocks.append({"k": "contents", "title": _("Contents", document.lang)})
    return section


def entry(title: str, level: int) -> dict[str, Any]:
    """A line of the contents (level 0: a session, 1: a handout or part) at the place it points to."""
    return {"k": "entry", "s": [{"t": title}], "level": level}


def pack_filename(kind: str, name: str) -> str:
    return safe_filename(f"{kind} - {name}") + ".pdf"
