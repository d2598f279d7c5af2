"""Fill the country-facts slides and handout at export (``trainerkit.course.facts``).

The Session 3 slide "Treaties ratified by {{country}}", the Session 4 table "Who has ratified? Has
{{country}}?" and the ratified-treaties handout carry ``[TRAINER: ...]`` placeholders in the bundled
material; for a course whose country the treaty data covers, export writes the statuses there (with the
trainer's corrections) and the line "Status as of June 2022 (UN Treaty Collection); check for later
changes". A placeholder the trainer already replaced by hand is left alone. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import replace

from pptx.presentation import Presentation

from trainerkit.course.facts import CountryFacts, facts_for_profile, handout_cells, slide_replacements, status_note
from trainerkit.export.apply import replace_in_paragraphs, slides_by_key
from trainerkit.export.markdown import Block, HandoutSource, Paragraph, Span, Table, plain_text
from trainerkit.recipe import CourseState

HANDOUT_ID = "ratified-treaties"


def course_facts(state: CourseState) -> CountryFacts | None:
    """The course country's treaty facts with the trainer's corrections (None: no covered country)."""
    return facts_for_profile(state.profile, state.fact_corrections)


def fill_fact_slides(prs: Presentation, state: CourseState, lang: str = "en") -> list[str]:
    """Write the facts into the ratification slides of ``prs``, in language ``lang`` (the course's content
    language at export; English for the translation units); returns the keys of the slides filled."""
    facts = course_facts(state)
    if facts is None:
        return []
    slides = slides_by_key(prs)
    filled = []
    for key, replacements in slide_replacements(facts, lang).items():
        slide = slides.get(key)
        if slide is None:
            continue
        if sum(replace_in_paragraphs(slide, find, text) for find, text in replacements.items()):
            filled.append(key)
    return filled


def fact_texts(state: CourseState, lang: str) -> set[str]:
    """The texts :func:`fill_fact_slides` writes for the course in ``lang`` (already in that language:
    translation leaves them alone)."""
    facts = course_facts(state)
    if facts is None:
        return set()
    return {text for replacements in slide_replacements(facts, lang).values() for text in replacements.values()}


def _fill_blocks(blocks: tuple[Block, ...], facts: CountryFacts, lang: str = "en") -> tuple[Block, ...]:
    out: list[Block] = []
    noted = False
    for block in blocks:
        if isinstance(block, Table):
            rows = []
            changed = False
            for row in block.rows:
                first = row[0]
                cells = handout_cells(facts, plain_text(first) if isinstance(first, tuple) else "", lang)
                empty = len(row) >= 5 and isinstance(row[3], tuple) and not plain_text(row[3])
                if cells is None or not empty:
                    rows.append(row)
                    continue
                status, complaints = cells
                new = list(row)
                new[3] = (Span(status),)
                if complaints and isinstance(row[4], tuple) and not plain_text(row[4]):
                    new[4] = (Span(complaints),)
                rows.append(tuple(new))
                changed = True
            block = replace(block, rows=tuple(rows))
            if changed and not noted:
                out.append(Paragraph((Span(f"{status_note(lang)}.", italic=True),)))
                noted = True
        out.append(block)
    return tuple(out)


def fill_fact_handout(source: HandoutSource, state: CourseState, lang: str = "en") -> HandoutSource:
    """The ratified-treaties handout with its treaty table filled for the course's country, in ``lang``
    (other handouts, and courses without facts, unchanged)."""
    if source.meta.id != HANDOUT_ID:
        return source
    facts = course_facts(state)
    if facts is None:
        return source
    trainer = _fill_blocks(source.trainer_part, facts, lang) if source.trainer_part is not None else None
    return replace(source, trainer_part=trainer, participant_part=_fill_blocks(source.participant_part, facts, lang))
