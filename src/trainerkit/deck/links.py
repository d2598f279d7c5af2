"""Hyperlinks that jump between slides of one deck: list them, add them, remove the ones that break.

A jump is ``a:hlinkClick`` (or ``a:hlinkHover``) with action ``ppaction://hlinksldjump`` whose ``r:id`` is a
relationship from the slide to the target slide *part*. Moving slides therefore keeps jumps right; deleting,
duplicating and copying must fix them, and do so through these functions.

It must never: leave a hyperlink whose relationship is gone (PowerPoint would "repair" the file), turn an
external link into a jump, or import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Length

from trainerkit.deck.parts import (
    A_NS,
    R_NS,
    drop_rel_and_users,
    elements_using_rid,
    is_hyperlink_element,
    iter_xml_parts,
    part_root,
    rels_to,
)

JUMP_ACTION = "ppaction://hlinksldjump"
LAST_VIEWED_ACTION = "ppaction://hlinkshowjump?jump=lastslideviewed"
_BUTTON_WIDTH = Emu(1_371_600)  # 1.5 in
_BUTTON_HEIGHT = Emu(457_200)  # 0.5 in
_NO_TARGET_ACTIONS = ("ppaction://hlinkshowjump", "ppaction://noaction", "ppaction://media")
_HLINK_TAGS = (f"{{{A_NS}}}hlinkClick", f"{{{A_NS}}}hlinkHover")


@dataclass(frozen=True)
class SlideJump:
    """A link on slide ``slide_index`` (0-based) that jumps to slide ``target_index``."""

    slide_index: int
    shape_name: str
    text: str
    target_index: int


@dataclass(frozen=True)
class RemovedLink:
    """A link removed because its target slide is gone (or was not copied). ``where`` is for the user."""

    where: str
    shape_name: str
    text: str


def slide_index_by_part(prs: Presentation) -> dict[Part, int]:
    return {slide.part: i for i, slide in enumerate(prs.slides)}


def _shape_name(el: etree._Element) -> str:
    for anc in el.iterancestors():
        if anc.tag in (qn("p:sp"), qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp"), qn("p:cxnSp")):
            c_nv_pr = anc.find(f".//{qn('p:cNvPr')}")
            if c_nv_pr is not None:
                return c_nv_pr.get("name", "")
    return ""


def _link_text(el: etree._Element) -> str:
    parent = el.getparent()
    if parent is not None and parent.tag == qn("a:rPr"):
        run = parent.getparent()
        if run is not None:
            t = run.find(qn("a:t"))
            return t.text or "" if t is not None else ""
    for anc in el.iterancestors():
        if anc.tag in (qn("p:sp"), qn("p:pic"), qn("p:graphicFrame"), qn("p:grpSp"), qn("p:cxnSp")):
            return "".join(t.text or "" for t in anc.iter(qn("a:t")))
    return ""


def list_jumps(prs: Presentation) -> list[SlideJump]:
    """Every slide-to-slide jump in the deck, in slide order."""
    index = slide_index_by_part(prs)
    jumps = []
    for i, slide in enumerate(prs.slides):
        for el in slide._element.iter(*_HLINK_TAGS):
            if el.get("action", "") != JUMP_ACTION:
                continue
            rId = el.get(f"{{{R_NS}}}id", "")
            rel = slide.part.rels.get(rId) if rId else None
            if rel is None or rel.is_external or rel.target_part not in index:
                continue
            jumps.append(SlideJump(i, _shape_name(el), _link_text(el), index[rel.target_part]))
    return jumps


def describe_part(prs: Presentation, part: Part, index: dict[Part, int] | None = None) -> str:
    """'slide 3', 'the notes of slide 3', or the part name, for messages."""
    index = slide_index_by_part(prs) if index is None else index
    if part in index:
        return f"slide {index[part] + 1}"
    for slide_part, i in index.items():
        if RT.NOTES_SLIDE in {r.reltype for r in slide_part.rels.values()} and any(
            not r.is_external and r.target_part is part for r in slide_part.rels.values()
        ):
            return f"the notes of slide {i + 1}"
    return str(part.partname)


def remove_links_to(
    prs: Presentation, target: Part, skip: frozenset[Part] = frozenset()
) -> tuple[list[RemovedLink], list[etree._Element]]:
    """Remove every relationship to ``target`` (and the elements using it) from parts other than ``skip``.

    Returns the hyperlinks removed (for the user) and the other elements removed (custom show entries...).
    """
    index = slide_index_by_part(prs)
    links: list[RemovedLink] = []
    others: list[etree._Element] = []
    for part in list(iter_xml_parts(prs.part.package)):
        if part in skip or part is target:
            continue
        for rId in rels_to(part, target):
            where = describe_part(prs, part, index)
            root = part_root(part)
            described = []
            if root is not None:
                described = [(el, _shape_name(el), _link_text(el)) for el in elements_using_rid(root, rId)]
            removed = drop_rel_and_users(part, rId)
            for el, name, text in described:
                if is_hyperlink_element(el):
                    links.append(RemovedLink(where, name, text))
            others.extend(el for el in removed if not is_hyperlink_element(el))
    return links, others


def drop_dangling_hyperlinks(prs: Presentation) -> list[RemovedLink]:
    """Remove hyperlinks whose relationship is missing (python-pptx skips rels to absent parts)."""
    removed = []
    index = slide_index_by_part(prs)
    for part in iter_xml_parts(prs.part.package):
        root = part_root(part)
        if root is None:
            continue
        for el in list(root.iter(*_HLINK_TAGS)):
            rId = el.get(f"{{{R_NS}}}id", "")
            if rId and rId not in part.rels:
                if el.get("action", "").startswith(_NO_TARGET_ACTIONS):
                    el.set(f"{{{R_NS}}}id", "")  # the action needs no target: keep the button working
                    continue
                removed.append(RemovedLink(describe_part(prs, part, index), _shape_name(el), _link_text(el)))
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
    return removed


def add_slide_jump(shape_or_run: Any, target_slide: Slide) -> None:
    """Make a shape (or a text run) jump to ``target_slide`` when clicked in the slideshow."""
    if hasattr(shape_or_run, "click_action"):
        shape_or_run.click_action.target_slide = target_slide
        return
    r = shape_or_run._r
    part = shape_or_run.part
    rPr = r.get_or_add_rPr()
    old = rPr.find(qn("a:hlinkClick"))
    if old is not None:
        rPr.remove(old)
    hlink = rPr.get_or_add_hlinkClick()
    hlink.set(qn("r:id"), part.relate_to(target_slide.part, RT.SLIDE))
    hlink.set("action", JUMP_ACTION)


def add_back_button(
    slide: Slide,
    left: Length | int,
    top: Length | int,
    width: Length | int = _BUTTON_WIDTH,
    height: Length | int = _BUTTON_HEIGHT,
    text: str = "Back",
) -> Shape:
    """A button that returns to the slide viewed before (PowerPoint's 'Last Slide Viewed' action)."""
    from pptx.enum.shapes import MSO_SHAPE

    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Emu(int(left)), Emu(int(top)), Emu(int(width)), Emu(int(height))
    )
    shape.text_frame.text = text
    shape.name = f"Back button {shape.shape_id}"
    c_nv_pr = shape._element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}")
    hlink = etree.SubElement(c_nv_pr, qn("a:hlinkClick"))
    hlink.set(qn("r:id"), "")
    hlink.set("action", LAST_VIEWED_ACTION)
    return shape
