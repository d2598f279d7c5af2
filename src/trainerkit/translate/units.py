"""What of a course is translatable, each text with a stable location (its unit id).

Unit ids (XLIFF 2.0 ids are NMTOKENs, so the parts are joined with ``:``):

- ``s3:KEY:ID:N``: slide ``KEY`` of session 3, shape with id ``ID`` (``cNvPr/@id``; the shape name is
  in the translator's note), paragraph ``N`` (0-based, counting every ``a:p`` in the shape, tables and
  groups included). ``s3:KEY:notes:N``: paragraph ``N`` of the slide's speaker notes. Slides the trainer
  inserted (examples, facts) or imported are in the course's decks, so they are units too.
- ``course:FILE:PATH``: a text of ``resources/course/FILE.yaml`` (session overviews and plans, agenda
  labels) at the dotted ``PATH`` of keys and list indices.
- ``handout:STEM:N``: block ``N`` (heading, paragraph, list item, table cell: an inline run of
  Markdown) of ``resources/handouts/src/STEM.md``.
- ``handout:STEM:field:N``: the label of the ``N``-th form field (``{{field:Label}}``, 0-based in the
  order of the source) of ``resources/handouts/src/STEM.md``.
- ``course:handouts:ID.title``: the title of handout ``ID`` in ``resources/course/handouts.yaml`` (the
  handouts the kit does not write, such as copies of a treaty, appear in packs by this title only).
- ``s3:KEY:ID:chart:cat:N`` and ``s3:KEY:ID:chart:series:N``: category ``N`` and series name ``N`` of
  the chart in graphic frame ``ID`` (its numbers are not texts).

A paragraph is one unit: its runs joined, line breaks as ``\\n``. A paragraph holding a field (a slide
number, a date) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide

from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.texts import paragraph_text

#: YAML keys whose values are identifiers, numbers, times or references, never prose.
_YAML_SKIP = frozenset(
    {
        "source",
        "number",
        "module",
        "minutes",
        "start",
        "end",
        "kind",
        "session",
        "day",
        "id",
        "file",
        "handouts",
        "handout",
        "key",
        "slides",
        "sessions",
        "format",
        "version",
        "image",
        "picture",
        "url",
        "ref",
        "layout",
        "country",
        "countries",
        "region",
        "regions",
        "themes",
        "theme",
        "step",
        "steps_ref",
    }
)


@dataclass(frozen=True)
class Unit:
    """One translatable text. ``kind``: slide, notes, course or handout; ``session`` when it has one."""

    id: str
    text: str
    kind: str
    context: str
    session: int | None = None


def translatable(text: str | None) -> bool:
    """Whether ``text`` has words to translate: letters outside its ``{{tokens}}`` (a paragraph that is
    only ``{{venue}}`` or a marker such as ``{{participant-copy}}`` is not)."""
    from trainerkit.deck.tokens import TOKEN_RE

    rest = TOKEN_RE.sub("", re.sub(r"\{\{[^{}]*\}\}", "", text or ""))
    return any(c.isalpha() for c in rest)


def _shape_id(element: etree._Element) -> str:
    for c_nv_pr in element.iter(qn("p:cNvPr")):
        return str(c_nv_pr.get("id", "0"))
    return "0"


def _shape_name(element: etree._Element) -> str:
    for c_nv_pr in element.iter(qn("p:cNvPr")):
        return str(c_nv_pr.get("name", ""))
    return ""


def slide_paragraphs(slide: Slide) -> Iterator[tuple[str, str, etree._Element]]:
    """(location, shape name, ``a:p``) for every paragraph of the slide and its notes; location is
    ``ID:N`` or ``notes:N`` as in the unit id. Never creates a notes page."""
    tree = slide.shapes._spTree
    for element in tree.iterchildren():
        if element.tag in (qn("p:nvGrpSpPr"), qn("p:grpSpPr")):
            continue
        shape_id, name = _shape_id(element), _shape_name(element)
        for index, paragraph in enumerate(element.iter(qn("a:p"))):
            yield f"{shape_id}:{index}", name, paragraph
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        if frame is not None:
            for index, paragraph in enumerate(frame._txBody.iter(qn("a:p"))):
                yield f"notes:{index}", "notes", paragraph


def slide_title(slide: Slide) -> str:
    title = slide.shapes.title
    return title.text_frame.text.replace("\n", " ") if title is not None and title.has_text_frame else ""


FIELD_RE = re.compile(r"\{\{field:([^{}]*)\}\}")


def chart_texts(slide: Slide) -> Iterator[tuple[str, str, Any]]:
    """(location, text, chart) for every category and series name of the slide's charts; location is
    ``ID:chart:cat:N`` or ``ID:chart:series:N`` as in the unit id. Charts in groups are not looked at."""
    from pptx.shapes.graphfrm import GraphicFrame

    for shape in slide.shapes:
        if not isinstance(shape, GraphicFrame) or not shape.has_chart:
            continue
        chart = shape.chart
        shape_id = shape.shape_id
        plots = list(chart.plots)
        if plots:
            for index, label in enumerate(plots[0].categories):
                yield f"{shape_id}:chart:cat:{index}", str(label), chart
        for index, series in enumerate(chart.series):
            yield f"{shape_id}:chart:series:{index}", str(series.name or ""), chart


def deck_units(prs: Presentation, session: int) -> list[Unit]:
    """The units of one session's deck (the course's deck: its slide changes applied, tokens kept)."""
    units: list[Unit] = []
    for index, slide in enumerate(prs.slides):
        key = get_slide_key(slide) or f"slide-{index + 1}"
        title = slide_title(slide)
        for location, name, paragraph in slide_paragraphs(slide):
            text = paragraph_text(paragraph)
            if text is None or not translatable(text):
                continue
            notes = location.startswith("notes:")
            where = "speaker notes" if notes else f"shape '{name}'"
            units.append(
                Unit(
                    id=f"s{session}:{key}:{location}",
                    text=text,
                    kind="notes" if notes else "slide",
                    context=f"Session {session}, slide {index + 1} ({key}: {title}), {where}, paragraph "
                    f"{location.rsplit(':', 1)[1]}",
                    session=session,
                )
            )
        for location, text, _chart in chart_texts(slide):
            if not translatable(text):
                continue
            what = "chart category" if ":cat:" in location else "chart series name"
            units.append(
                Unit(
                    id=f"s{session}:{key}:{location}",
                    text=text,
                    kind="slide",
                    context=f"Session {session}, slide {index + 1} ({key}: {title}), {what} "
                    f"{location.rsplit(':', 1)[1]} (keep it short: it labels a chart)",
                    session=session,
                )
            )
    return units


def _walk_yaml(data: Any, path: list[str]) -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if str(key) in _YAML_SKIP:
                continue
            yield from _walk_yaml(value, [*path, str(key)])
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk_yaml(value, [*path, str(index)])
    elif isinstance(data, str) and translatable(data):
        yield ".".join(path), data


def course_file_units(resources: Path) -> list[Unit]:
    """Units of the course's YAML: sessions' overviews and plans, the agenda's labels, the course."""
    from trainerkit.yamlread import load_yaml

    folder = resources / "course"
    files = [folder / "course.yaml", folder / "agenda.yaml", *sorted((folder / "sessions").glob("*.yaml"))]
    units: list[Unit] = []
    for path in files:
        if not path.is_file():
            continue
        data = load_yaml(path)
        stem = path.stem
        session = int(data["number"]) if stem.startswith("session-") and isinstance(data, dict) else None
        what = "agenda label" if stem == "agenda" else ("session plan" if session else "course description")
        for location, text in _walk_yaml(data, []):
            units.append(
                Unit(
                    id=f"course:{stem}:{location}",
                    text=text,
                    kind="course",
                    context=f"{what.capitalize()} ({path.name}, {location})",
                    session=session,
                )
            )
    units.extend(handout_title_units(resources))
    return units


def handout_title_units(resources: Path) -> list[Unit]:
    """Units of the handouts' titles in ``resources/course/handouts.yaml``."""
    from trainerkit.yamlread import load_yaml

    path = resources / "course" / "handouts.yaml"
    if not path.is_file():
        return []
    data = load_yaml(path)
    units: list[Unit] = []
    for entry in data.get("handouts", []) if isinstance(data, dict) else []:
        title = entry.get("title") if isinstance(entry, dict) else None
        if not isinstance(title, str) or not translatable(title):
            continue
        units.append(
            Unit(
                id=f"course:handouts:{entry['id']}.title",
                text=title,
                kind="course",
                context=f"Handout title ({path.name}, {entry['id']}, kind {entry.get('kind', 'handout')})",
            )
        )
    return units


def handout_units(resources: Path) -> list[Unit]:
    """Units of the handouts' Markdown sources: each inline block (heading, paragraph, item, cell)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    units: list[Unit] = []
    for path in sorted((resources / "handouts" / "src").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        offset = 0
        if text.startswith("---\n") and "\n---\n" in text[4:]:  # front matter: data, not prose
            front = text[: text.index("\n---\n", 4) + 5]
            offset = front.count("\n")
            text = text[len(front) :]
        for index, token in enumerate(t for t in md.parse(text) if t.type == "inline"):
            if not translatable(token.content):
                continue
            line = (token.map[0] + 1 + offset) if token.map else 0
            units.append(
                Unit(
                    id=f"handout:{path.stem}:{index}",
                    text=token.content,
                    kind="handout",
                    context=f"Handout {path.name}, line {line}: {lines[line - 1][:60] if line else ''}",
                )
            )
        for index, match in enumerate(FIELD_RE.finditer(text)):
            label = match.group(1).strip()
            if not translatable(label):
                continue
            line = text.count("\n", 0, match.start()) + 1 + offset
            units.append(
                Unit(
                    id=f"handout:{path.stem}:field:{index}",
                    text=label,
                    kind="handout",
                    context=f"Handout {path.name}, line {line}: the label of a form field (a line to write on)",
                )
            )
    return units
