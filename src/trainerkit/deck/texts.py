"""Every text of a slide, each at a stable location, and setting one text in place.

A location is the one ``trainerkit.translate.units`` uses in its unit ids (so a translation and an
edit name the same text the same way): ``ID:N``, ``ID`` the ``cNvPr/@id`` of a top-level shape of the
slide (a text box, a placeholder, a table's graphic frame, a group), ``N`` the 0-based index of the
paragraph (``a:p``) among all paragraphs inside that shape, table cells and shapes in groups included,
in document order. Shape ids are kept by PowerPoint and by the build of the bundled decks, so a location
names the same text in a new edition unless the shape itself was replaced; ``courseops`` and
``export.apply`` then fall back on the text the trainer changed (see ``find_paragraph``).

``where`` says where a text is in a trainer's words: "Title", "Bullets, paragraph 2", "Table, row 2,
column 3", "Diagram (boxes) › Step 1". Paragraphs holding a field (a slide number, a date) and the
"To adapt" label are not listed: they are not the trainer's text.

Never imports Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from trainerkit.values import xml_safe

#: Shapes whose text is not the trainer's to edit (the renderer's "To adapt" label goes at export).
SKIPPED_SHAPES = frozenset({"To adapt"})
_TITLE_TYPES = ("title", "ctrTitle")


@dataclass(frozen=True)
class SlideText:
    """One text of a slide: ``location`` (``ID:N``), ``where`` in words, ``text`` (line breaks as ``\\n``),
    ``title`` when it is a paragraph of the slide's title."""

    location: str
    where: str
    text: str
    title: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"location": self.location, "where": self.where, "text": self.text, "title": self.title}


def paragraph_text(paragraph: etree._Element) -> str | None:
    """The paragraph's text (runs joined, ``a:br`` as ``\\n``), or None when it holds a field."""
    parts: list[str] = []
    for child in paragraph:
        if child.tag == qn("a:r"):
            t = child.find(qn("a:t"))
            parts.append((t.text or "") if t is not None else "")
        elif child.tag == qn("a:br"):
            parts.append("\n")
        elif child.tag == qn("a:fld"):
            return None
    return "".join(parts)


def set_paragraph_text(paragraph: etree._Element, text: str) -> None:
    """Replace the paragraph's runs and line breaks by ``text`` (``\\n`` becomes ``a:br``) in its first
    run's formatting; a paragraph without runs gets one in its end-of-paragraph formatting."""
    children = [c for c in paragraph if c.tag in (qn("a:r"), qn("a:br"))]
    runs = [c for c in children if c.tag == qn("a:r")]
    if runs:
        template = runs[0]
        position = list(paragraph).index(children[0])
    else:
        template = etree.Element(qn("a:r"))
        end = paragraph.find(qn("a:endParaRPr"))
        rpr = etree.SubElement(template, qn("a:rPr"))
        if end is not None:
            for name, value in end.attrib.items():
                rpr.set(name, value)
            for child in end:
                rpr.append(copy.deepcopy(child))
        etree.SubElement(template, qn("a:t"))
        position = list(paragraph).index(end) if end is not None else len(paragraph)
    for child in children:
        paragraph.remove(child)
    new: list[etree._Element] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            br = etree.Element(qn("a:br"))
            rpr = template.find(qn("a:rPr"))
            if rpr is not None:
                br.append(copy.deepcopy(rpr))
            new.append(br)
        run = copy.deepcopy(template)
        t = run.find(qn("a:t"))
        if t is None:
            t = etree.SubElement(run, qn("a:t"))
        t.text = xml_safe(line, multiline=False)
        new.append(run)
    for offset, element in enumerate(new):
        paragraph.insert(position + offset, element)


def _c_nv_pr(element: etree._Element) -> etree._Element | None:
    for found in element.iter(qn("p:cNvPr")):
        return found
    return None


def _is_title(element: etree._Element) -> bool:
    ph = element.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
    return ph is not None and ph.get("type") in _TITLE_TYPES


def _describe(top: etree._Element, paragraph: etree._Element, index: int, count: int, title: bool) -> str:
    """Where ``paragraph`` is inside the top-level shape ``top``, in words."""
    top_pr = _c_nv_pr(top)
    name = (top_pr.get("name") if top_pr is not None else "") or "Text"
    if title:
        name = "Title"
    parts = [name]
    cell = next((a for a in paragraph.iterancestors(qn("a:tc"))), None)
    if cell is not None:
        row = cell.getparent()
        table_rows = [r for r in row.getparent() if r.tag == qn("a:tr")]
        columns = [c for c in row if c.tag == qn("a:tc")]
        parts[0] += f", row {table_rows.index(row) + 1}, column {columns.index(cell) + 1}"
        paragraphs = list(cell.iter(qn("a:p")))
        if len(paragraphs) > 1:
            parts[0] += f", paragraph {paragraphs.index(paragraph) + 1}"
        return parts[0]
    if top.tag == qn("p:grpSp"):
        path = []
        for ancestor in paragraph.iterancestors():
            if ancestor is top:
                break
            if ancestor.tag in (qn("p:sp"), qn("p:grpSp"), qn("p:graphicFrame")):
                pr = _c_nv_pr(ancestor)
                path.append((pr.get("name") if pr is not None else "") or "shape")
        owner = next((a for a in paragraph.iterancestors(qn("p:txBody"))), None)
        inner = list(owner.iter(qn("a:p"))) if owner is not None else [paragraph]
        where = " › ".join([name, *reversed(path)])
        return where + (f", paragraph {inner.index(paragraph) + 1}" if len(inner) > 1 else "")
    return name + (f", paragraph {index + 1}" if count > 1 else "")


def _top_level(tree: etree._Element) -> Iterator[etree._Element]:
    for element in tree.iterchildren():
        if element.tag in (qn("p:nvGrpSpPr"), qn("p:grpSpPr")) or not isinstance(element.tag, str):
            continue
        yield element


def located_paragraphs(slide: Any) -> Iterator[tuple[str, etree._Element, etree._Element]]:
    """(location, top-level shape, ``a:p``) for every paragraph of the slide's shapes (not its notes)."""
    for element in _top_level(slide.shapes._spTree):
        pr = _c_nv_pr(element)
        shape_id = str(pr.get("id", "0")) if pr is not None else "0"
        for index, paragraph in enumerate(element.iter(qn("a:p"))):
            yield f"{shape_id}:{index}", element, paragraph


def slide_text_places(slide: Any) -> dict[etree._Element, SlideText]:
    """Each editable paragraph element of the slide with its ``SlideText``, in document order."""
    found: dict[etree._Element, SlideText] = {}
    counts: dict[int, int] = {}
    items = list(located_paragraphs(slide))
    for _location, top, _paragraph in items:
        counts[id(top)] = counts.get(id(top), 0) + 1
    for location, top, paragraph in items:
        pr = _c_nv_pr(top)
        if pr is not None and pr.get("name") in SKIPPED_SHAPES:
            continue
        text = paragraph_text(paragraph)
        if text is None:
            continue
        index = int(location.rsplit(":", 1)[1])
        title = _is_title(top)
        where = _describe(top, paragraph, index, counts[id(top)], title)
        found[paragraph] = SlideText(location, where, text, title)
    return found


def slide_texts(slide: Any) -> list[SlideText]:
    """Every text of the slide a trainer can edit (see the module), in document order."""
    return list(slide_text_places(slide).values())


def find_paragraph(slide: Any, location: str, was: str | None = None) -> tuple[etree._Element | None, str]:
    """The paragraph an edit of ``location`` applies to, and how it was found.

    ``was`` is the text that stood there when the trainer edited it. Returns ``(paragraph, "here")`` when
    the location holds that text (or ``was`` is None); else ``(paragraph, "moved")`` when exactly one
    other paragraph of the slide holds it (a new edition moved it); else ``(None, "changed")`` when the
    location exists with other text, ``(None, "gone")`` when it does not."""
    places = slide_text_places(slide)
    here = next((p for p, t in places.items() if t.location == location), None)
    index = resolve(
        [t.location for t in places.values()], [t.text for t in places.values()], location, was
    )
    if index[0] is not None:
        return list(places)[index[0]], index[1]
    return None, "changed" if here is not None else "gone"


def resolve(locations: Sequence[str], texts: Sequence[str], location: str, was: str | None) -> tuple[int | None, str]:
    """Where an edit of ``location`` (made over text ``was``) lands among parallel ``locations`` and
    ``texts``: ``(index, "here" | "moved")``, or ``(None, "changed" | "gone")``. The slide index and the
    export both decide with this, so they agree."""
    at = next((i for i, loc in enumerate(locations) if loc == location), None)
    if at is not None and (was is None or texts[at] == was):
        return at, "here"
    same = [i for i, text in enumerate(texts) if was is not None and text == was and locations[i]]
    if len(same) == 1:
        return same[0], "moved"
    return None, "changed" if at is not None else "gone"
