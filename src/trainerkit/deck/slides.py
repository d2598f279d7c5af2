"""Slide operations python-pptx lacks, on any deck: list, hide, delete, move and duplicate slides.

Each function changes the part graph so the saved file is complete and PowerPoint never offers to "repair"
it: a deleted slide takes its notes, tags, charts, workbooks and pictures with it when nothing else uses
them, leaves no custom show, section or hyperlink pointing at it, and the caller is told what changed.

It must never: leave a relationship or ``r:id`` pointing at a removed part, share a chart or tags part
between two slides, or import Qt.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide

from trainerkit.deck.links import RemovedLink, remove_links_to
from trainerkit.deck.parts import (
    P14_NS,
    Copy,
    Decision,
    PartCopier,
    Share,
    drop_rel_and_users,
    reachable_parts,
    reltype_name,
)
from trainerkit.deck.tags import get_slide_key, set_slide_key
from trainerkit.deck.tokens import tokens_in

# Relationship types a duplicated slide shares with its original instead of copying.
_SHARED_IN_DECK = {"slideLayout", "image", "media", "video", "audio", "notesMaster", "slideMaster", "slide"}
_SECTION_LST = f"{{{P14_NS}}}sectionLst"
_SECTION = f"{{{P14_NS}}}section"
_SECTION_SLD_ID_LST = f"{{{P14_NS}}}sldIdLst"
_SECTION_SLD_ID = f"{{{P14_NS}}}sldId"


@dataclass(frozen=True)
class SlideInfo:
    """What the slide sorter shows about one slide. ``index`` is 0-based."""

    index: int
    key: str
    title: str
    hidden: bool
    layout_name: str
    notes_text: str
    tokens: tuple[str, ...]


@dataclass
class DeleteReport:
    """What went with a deleted slide, for the user and for tests."""

    removed_parts: list[str] = field(default_factory=list)
    removed_links: list[RemovedLink] = field(default_factory=list)
    custom_shows_changed: list[str] = field(default_factory=list)
    sections_changed: list[str] = field(default_factory=list)


# ---- listing -------------------------------------------------------------------------------------
def slide_texts(slide: Slide) -> list[str]:
    """The text of every paragraph on the slide, in document order (shapes, groups, tables)."""
    return ["".join(t.text or "" for t in p.iter(qn("a:t"))) for p in slide._element.iter(qn("a:p"))]


def slide_title(slide: Slide) -> str:
    for shape in slide.placeholders:
        ph_type = shape.placeholder_format.type
        if ph_type is not None and "TITLE" in str(ph_type) and shape.has_text_frame:
            return shape.text_frame.text.strip()
    return ""


def notes_text(slide: Slide) -> str:
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    return frame.text if frame is not None else ""


def layout_name(slide: Slide) -> str:
    try:
        return slide.slide_layout.name or ""
    except (KeyError, AttributeError):
        return ""


def is_hidden(slide: Slide) -> bool:
    return slide._element.get("show") in ("0", "false")


def _content_hash(slide: Slide) -> str:
    text = "\n".join(slide_texts(slide)) + "\x00" + layout_name(slide)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def list_slides(prs: Presentation) -> list[SlideInfo]:
    """One ``SlideInfo`` per slide. The key is the TRAINERKIT_KEY tag, else ``x-<content hash>[-n]``."""
    seen: Counter[str] = Counter()
    infos = []
    for i, slide in enumerate(prs.slides):
        key = get_slide_key(slide)
        if not key:
            digest = _content_hash(slide)
            seen[digest] += 1
            key = f"x-{digest}" if seen[digest] == 1 else f"x-{digest}-{seen[digest]}"
        infos.append(
            SlideInfo(
                index=i,
                key=key,
                title=slide_title(slide),
                hidden=is_hidden(slide),
                layout_name=layout_name(slide),
                notes_text=notes_text(slide),
                tokens=tuple(tokens_in(slide)),
            )
        )
    return infos


# ---- hide / move ---------------------------------------------------------------------------------
def set_hidden(prs: Presentation, slide: Slide, hidden: bool) -> None:
    """Hide a slide from the slideshow (it stays in the file), or show it again."""
    _sld_id_for(prs, slide)  # refuses a slide of another deck
    if hidden:
        slide._element.set("show", "0")
    elif "show" in slide._element.attrib:
        del slide._element.attrib["show"]


def _sld_id_lst(prs: Presentation) -> etree._Element:
    return prs.slides._sldIdLst


def _sld_id_for(prs: Presentation, slide: Slide) -> etree._Element:
    for sld_id in _sld_id_lst(prs):
        rId = sld_id.get(qn("r:id"))
        if rId in prs.part.rels and prs.part.rels[rId].target_part is slide.part:
            return sld_id
    raise ValueError("This slide is not part of this presentation.")


def move_slide(prs: Presentation, slide: Slide, new_index: int) -> None:
    """Put ``slide`` at position ``new_index`` (0-based, clamped); jumps keep their targets."""
    lst = _sld_id_lst(prs)
    sld_id = _sld_id_for(prs, slide)
    lst.remove(sld_id)
    new_index = max(0, min(new_index, len(lst)))
    lst.insert(new_index, sld_id)
    _move_in_sections(prs, sld_id.get("id", ""), new_index)


# ---- sections (PowerPoint 2010+ p14:sectionLst) ---------------------------------------------------------
def _sections(prs: Presentation) -> list[etree._Element]:
    ext_lst = prs.part._element.find(qn("p:extLst"))
    if ext_lst is None:
        return []
    return list(ext_lst.iter(_SECTION))


def _section_of(sections: list[etree._Element], slide_id: str) -> etree._Element | None:
    for section in sections:
        for el in section.iter(_SECTION_SLD_ID):
            if el.get("id") == slide_id:
                return section
    return None


def _remove_from_sections(prs: Presentation, slide_id: str) -> list[str]:
    changed = []
    for section in _sections(prs):
        for el in list(section.iter(_SECTION_SLD_ID)):
            if el.get("id") == slide_id:
                el.getparent().remove(el)
                changed.append(section.get("name", ""))
    return changed


def place_in_section_after(prs: Presentation, slide_id: str, previous_id: str | None) -> None:
    """Put ``slide_id`` in the section of ``previous_id`` right after it (first section if None)."""
    sections = _sections(prs)
    if not sections:
        return
    section = _section_of(sections, previous_id) if previous_id else sections[0]
    section = section if section is not None else sections[0]
    lst = section.find(_SECTION_SLD_ID_LST)
    if lst is None:
        lst = etree.SubElement(section, _SECTION_SLD_ID_LST)
    new = etree.Element(_SECTION_SLD_ID)
    new.set("id", slide_id)
    if previous_id is None:
        lst.insert(0, new)
        return
    for i, el in enumerate(lst):
        if el.get("id") == previous_id:
            lst.insert(i + 1, new)
            return
    lst.append(new)


def _move_in_sections(prs: Presentation, slide_id: str, new_index: int) -> None:
    if not _sections(prs):
        return
    _remove_from_sections(prs, slide_id)
    ids = [el.get("id", "") for el in _sld_id_lst(prs)]
    place_in_section_after(prs, slide_id, ids[new_index - 1] if new_index > 0 else None)


# ---- delete --------------------------------------------------------------------------------------
def delete_slide(prs: Presentation, slide: Slide) -> DeleteReport:
    """Remove a slide and everything only it used; links, custom shows and sections that named it too."""
    package = prs.part.package
    before = {str(p.partname) for p in reachable_parts(package)}
    report = DeleteReport()
    sld_id = _sld_id_for(prs, slide)
    slide_id = sld_id.get("id", "")
    rId = sld_id.get(qn("r:id"))
    _sld_id_lst(prs).remove(sld_id)
    custom_show_names = _custom_show_names_by_element(prs)
    others = drop_rel_and_users(prs.part, rId)  # custom shows may use the same relationship

    own = frozenset(_owned_parts(slide.part))
    links, more = remove_links_to(prs, slide.part, skip=own)
    others.extend(more)
    report.removed_links = links
    for el in others:
        name = custom_show_names.get(el)
        if name is not None and name not in report.custom_shows_changed:
            report.custom_shows_changed.append(name)
    report.sections_changed = _remove_from_sections(prs, slide_id)
    after = {str(p.partname) for p in reachable_parts(package)}
    report.removed_parts = sorted(before - after)
    return report


def _owned_parts(slide_part: Part) -> list[Part]:
    """The slide and the parts hanging only off it that may point back at it (notes, comments)."""
    owned = [slide_part]
    for rel in slide_part.rels.values():
        if not rel.is_external and rel.reltype in (RT.NOTES_SLIDE, RT.COMMENTS):
            owned.append(rel.target_part)
    return owned


def _custom_show_names_by_element(prs: Presentation) -> dict[etree._Element, str]:
    names = {}
    lst = prs.part._element.find(qn("p:custShowLst"))
    if lst is not None:
        for show in lst.findall(qn("p:custShow")):
            for sld in show.iter(qn("p:sld")):
                names[sld] = show.get("name", "")
    return names


# ---- duplicate -----------------------------------------------------------------------------------
def _in_deck_policy(source: Part, rel: _Relationship) -> Decision:
    if reltype_name(rel.reltype) in _SHARED_IN_DECK:
        return Share(rel.target_part)
    return Copy()


def duplicate_slide(prs: Presentation, slide: Slide, new_key: str | None = None) -> Slide:
    """A full copy of ``slide`` right after it: new notes, charts (with workbooks) and tags parts.

    Pictures and media are shared with the original (as PowerPoint does); jumps to other slides keep their
    targets, a jump to the slide itself points at the copy. The copy keeps the original's tags, including
    its TRAINERKIT_KEY, unless ``new_key`` is given.
    """
    sld_id = _sld_id_for(prs, slide)
    copier = PartCopier(prs.part.package, _in_deck_policy)
    new_part = copier.copy(slide.part)
    rId = prs.part.relate_to(new_part, RT.SLIDE)
    new_sld_id = _sld_id_lst(prs).add_sldId(rId)
    position = list(_sld_id_lst(prs)).index(sld_id) + 1
    _sld_id_lst(prs).remove(new_sld_id)
    _sld_id_lst(prs).insert(position, new_sld_id)
    place_in_section_after(prs, new_sld_id.get("id", ""), sld_id.get("id", ""))
    new_slide: Slide = new_part.slide  # type: ignore[attr-defined]
    if new_key is not None:
        set_slide_key(new_slide, new_key)
    return new_slide
