"""Copy slides from one presentation into another, with everything they need to look and work the same.

A copied slide brings its pictures (identical images are stored once), charts with their embedded
workbooks, audio and video, embedded (OLE) objects and ActiveX controls, notes, tags, external
hyperlinks, and the embedded fonts its text uses (font parts and ``embeddedFontLst`` entries of
``presentation.xml``). Jumps to slides copied in the same call follow their targets; jumps to slides
left behind are removed. The slide either takes a layout of the target deck with the same name or type
(``layout="map"``) or brings its own layout, master and theme (``layout="bring"``), reusing a master
already in the target deck when its content is the same.

What cannot be carried is said, never dropped silently: ``CopyReport.left_out()`` gives one sentence per
kind (jumps to slides left behind, comments, buttons that run macros or start custom shows), and
``import_left_out`` adds what belongs to the source deck rather than the slide (its custom XML data).

It must never: share a part between two packages, leave a master or layout id that collides, keep a
comment whose author list lives in the other deck, or import Qt.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Literal

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from trainerkit.deck.links import RemovedLink, slide_index_by_part
from trainerkit.deck.parts import (
    Copy,
    Decision,
    Defer,
    Drop,
    PartCopier,
    PartNamer,
    Share,
    add_rel,
    blob_sha1,
    is_hyperlink_element,
    reltype_name,
    remove_rid_users,
    xml_hash,
)
from trainerkit.deck.slides import place_in_section_after

LayoutMode = Literal["map", "bring"]
_BINARY_SHARED = {"image", "media", "video", "audio"}
_NOT_COPIED = {"comments", "commentAuthors", "authors"}
_MIN_MASTER_ID = 2147483648


@dataclass
class CopyReport:
    """What a copy did, for the user: new slides, links removed, things left behind."""

    slides: list[Slide] = field(default_factory=list)
    removed_links: list[RemovedLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    layouts_brought: list[str] = field(default_factory=list)
    masters_brought: int = 0
    fonts_carried: list[str] = field(default_factory=list)
    macro_buttons: int = 0
    custom_show_buttons: int = 0
    activex_controls: int = 0

    def merge(self, other: CopyReport) -> None:
        """Add what ``other`` reports to this report (lists extended, counts added)."""
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            if isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, item.name, mine + theirs)

    def left_out(self) -> list[str]:
        """One sentence per kind of thing the copy left out, for the trainer (empty: nothing)."""
        sentences: list[str] = []
        if self.removed_links:
            texts = sorted({f"'{r.text.strip()[:40]}'" for r in self.removed_links if r.text.strip()})
            shown = f" ({', '.join(texts[:3])})" if texts else ""
            count = len(self.removed_links)
            sentences.append(
                f"{count} jump{'s' if count > 1 else ''} to other slides of its deck removed{shown}: "
                "those slides are not imported"
            )
        sentences += [note.rstrip(".") for note in self.notes]
        if self.macro_buttons:
            sentences.append(
                f"{self.macro_buttons} button{'s' if self.macro_buttons > 1 else ''} that ran a macro now do "
                "nothing: macros are never imported"
            )
        if self.custom_show_buttons:
            sentences.append(
                f"{self.custom_show_buttons} button{'s' if self.custom_show_buttons > 1 else ''} that started "
                "a custom show of its deck now do nothing: custom shows are not imported"
            )
        if self.activex_controls:
            sentences.append(
                f"its {self.activex_controls} ActiveX control{'s' if self.activex_controls > 1 else ''} came along "
                "but cannot run code: TrainerKit never imports macros"
            )
        return sentences


def copy_slide(
    src_prs: Presentation,
    src_slide: Slide,
    dst_prs: Presentation,
    index: int | None = None,
    layout: LayoutMode = "map",
    report: CopyReport | None = None,
) -> Slide:
    """Copy one slide into ``dst_prs`` at ``index`` (default: the end); ``report`` collects what changed."""
    result = copy_slides(src_prs, [src_slide], dst_prs, index=index, layout=layout)
    if report is not None:
        report.merge(result)
    return result.slides[0]


def copy_slides(
    src_prs: Presentation,
    src_slides: list[Slide],
    dst_prs: Presentation,
    index: int | None = None,
    layout: LayoutMode = "map",
) -> CopyReport:
    """Copy several slides in order; jumps between them keep working in the target deck."""
    if src_prs.part.package is dst_prs.part.package:
        raise ValueError("Use duplicate_slide to copy a slide within one presentation.")
    report = CopyReport()
    if any(slide.has_notes_slide for slide in src_slides):
        _ = dst_prs.part.notes_master_part  # created now, so its part names are known to the namer
    session = _CopySession(src_prs, dst_prs, layout, report)
    new_parts = [session.copier.copy(slide.part) for slide in src_slides]
    session.resolve_jumps()
    session.report_drops()
    session.report_dead_actions(new_parts)
    session.carry_fonts(new_parts)
    lst = dst_prs.slides._sldIdLst
    position = len(lst) if index is None else max(0, min(index, len(lst)))
    for offset, part in enumerate(new_parts):
        rId = dst_prs.part.relate_to(part, RT.SLIDE)
        sld_id = lst.add_sldId(rId)
        lst.remove(sld_id)
        lst.insert(position + offset, sld_id)
        previous = lst[position + offset - 1].get("id") if position + offset > 0 else None
        place_in_section_after(dst_prs, sld_id.get("id", ""), previous)
        report.slides.append(part.slide)  # type: ignore[attr-defined]
    return report


class _CopySession:
    def __init__(self, src: Presentation, dst: Presentation, mode: LayoutMode, report: CopyReport) -> None:
        self.src = src
        self.dst = dst
        self.mode = mode
        self.report = report
        self.namer = PartNamer(dst.part.package)
        self.copier = PartCopier(dst.part.package, self.policy, self.namer)
        self.binary_by_hash: dict[str, Part] | None = None
        self.layout_for: dict[Part, Part] = {}
        self.src_index = slide_index_by_part(src)
        self._last_id: int | None = None

    # -- what to do with each relationship of a copied part
    def policy(self, source: Part, rel: _Relationship) -> Decision:
        kind = reltype_name(rel.reltype)
        target = rel.target_part
        if kind == "slideLayout" and source.content_type.endswith("slide+xml"):
            return Share(self.layout(target))
        if kind in _BINARY_SHARED:
            return self.shared_binary(target)
        if kind == "notesMaster":
            return Share(self.dst.part.notes_master_part)
        if kind == "slide":
            return Defer()
        if kind in _NOT_COPIED or "comment" in kind.lower():
            return Drop("its comments were left out: comments are not copied between presentations")
        if kind in ("slideMaster", "slideLayout", "theme"):
            return Drop("masters are brought only with layout='bring'")
        return Copy()

    def binaries(self) -> dict[str, Part]:
        if self.binary_by_hash is None:
            self.binary_by_hash = {}
            for part in self.dst.part.package.iter_parts():
                ct = part.content_type
                if ct.startswith(("image/", "video/", "audio/")) or "/media/" in str(part.partname):
                    self.binary_by_hash.setdefault(blob_sha1(part), part)
        return self.binary_by_hash

    def shared_binary(self, target: Part) -> Decision:
        """Reuse an identical picture or media file of the target deck, or copy it once."""
        digest = blob_sha1(target)
        existing = self.binaries().get(digest)
        if existing is None:
            existing = self.copier.copy(target)
            self.binaries()[digest] = existing
        return Share(existing)

    # -- layouts
    def layout(self, src_layout_part: Part) -> Part:
        if src_layout_part not in self.layout_for:
            src_layout = _layout_of(self.src, src_layout_part)
            if self.mode == "bring":
                self.layout_for[src_layout_part] = self.bring_layout(src_layout)
            else:
                self.layout_for[src_layout_part] = map_layout(src_layout, self.dst).part
        return self.layout_for[src_layout_part]

    def bring_layout(self, src_layout: SlideLayout) -> Part:
        src_master = src_layout.slide_master
        master_hash = _master_hash(src_master.part)
        for master in self.dst.slide_masters:
            if _master_hash(master.part) != master_hash:
                continue
            layout_hash = _layout_hash(src_layout.part)
            for candidate in master.slide_layouts:
                if _layout_hash(candidate.part) == layout_hash:
                    return candidate.part
            return self.add_layout_to_master(src_layout, master.part)
        return self.bring_master(src_layout)

    def add_layout_to_master(self, src_layout: SlideLayout, dst_master_part: Part) -> Part:
        sub = PartCopier(self.dst.part.package, self._layout_policy(dst_master_part), self.namer)
        new_layout = sub.copy(src_layout.part)
        rId = dst_master_part.relate_to(new_layout, RT.SLIDE_LAYOUT)
        lst = dst_master_part._element.get_or_add_sldLayoutIdLst()  # type: ignore[attr-defined]
        el = etree.SubElement(lst, qn("p:sldLayoutId"))
        el.set("id", str(self._next_master_id()))
        el.set(qn("r:id"), rId)
        self.report.layouts_brought.append(src_layout.name)
        return new_layout

    def _layout_policy(self, dst_master_part: Part):  # type: ignore[no-untyped-def]
        def policy(source: Part, rel: _Relationship) -> Decision:
            kind = reltype_name(rel.reltype)
            if kind == "slideMaster":
                return Share(dst_master_part)
            if kind in _BINARY_SHARED:
                return self.shared_binary(rel.target_part)
            return Copy()

        return policy

    def bring_master(self, src_layout: SlideLayout) -> Part:
        src_master_part = src_layout.slide_master.part

        def policy(source: Part, rel: _Relationship) -> Decision:
            kind = reltype_name(rel.reltype)
            if kind == "slideLayout":
                return Copy() if rel.target_part is src_layout.part else Drop("unused layout")
            if kind in _BINARY_SHARED:
                return self.shared_binary(rel.target_part)
            return Copy()

        sub = PartCopier(self.dst.part.package, policy, self.namer)
        new_master = sub.copy(src_master_part)
        new_layout = sub.memo[src_layout.part]
        for el in new_master._element.iter(qn("p:sldLayoutId")):  # type: ignore[attr-defined]
            el.set("id", str(self._next_master_id()))
        rId = self.dst.part.relate_to(new_master, RT.SLIDE_MASTER)
        lst = self.dst.part._element.get_or_add_sldMasterIdLst()
        el = etree.SubElement(lst, qn("p:sldMasterId"))
        el.set("id", str(self._next_master_id()))
        el.set(qn("r:id"), rId)
        self.report.masters_brought += 1
        self.report.layouts_brought.append(src_layout.name)
        return new_layout

    def _next_master_id(self) -> int:
        """Master and layout ids share one space (>= 2^31) across the whole target deck."""
        if self._last_id is None:
            ids = [_MIN_MASTER_ID - 1]
            for part in self.dst.part.package.iter_parts():
                root = getattr(part, "_element", None)
                if root is None or not part.content_type.endswith(("slideMaster+xml", "main+xml")):
                    continue
                for el in root.iter(qn("p:sldMasterId"), qn("p:sldLayoutId")):
                    if el.get("id", "").isdigit():
                        ids.append(int(el.get("id", "0")))
            self._last_id = max(ids)
        self._last_id += 1
        return self._last_id

    # -- after copying
    def resolve_jumps(self) -> None:
        for new_part, rId, rel in self.copier.deferred:
            target = rel.target_part
            if target in self.copier.memo:
                add_rel(new_part, rId, rel.reltype, self.copier.memo[target])
                continue
            root = getattr(new_part, "_element", None)
            text = ""
            if root is not None:
                for el in root.iter():
                    if isinstance(el.tag, str) and el.get(qn("r:id")) == rId and is_hyperlink_element(el):
                        text = _text_near(el)
            remove_rid_users(new_part, rId)
            where = self.src_index.get(target)
            self.report.removed_links.append(
                RemovedLink(
                    where=f"copy of a slide (its link to slide {where + 1 if where is not None else '?'})",
                    shape_name="",
                    text=text,
                )
            )

    def report_drops(self) -> None:
        reasons = sorted({d.reason for d in self.copier.dropped})
        self.report.notes.extend(reason[0].upper() + reason[1:] + "." for reason in reasons)

    def report_dead_actions(self, new_parts: list[Part]) -> None:
        """Count buttons whose action cannot work in the target deck (macros, custom shows)."""
        for part in new_parts:
            self.report.activex_controls += sum(
                1 for rel in part.rels.values() if reltype_name(rel.reltype) == "control"
            )
            root = getattr(part, "_element", None)
            if root is None:
                continue
            for el in root.iter(qn("a:hlinkClick"), qn("a:hlinkHover")):
                action = el.get("action") or ""
                if action.startswith("ppaction://macro"):
                    self.report.macro_buttons += 1
                elif action.startswith("ppaction://customshow"):
                    self.report.custom_show_buttons += 1

    def carry_fonts(self, new_parts: list[Part]) -> None:
        """Embed in the target deck the source's embedded fonts that the copied slides name."""
        src_list = self.src.part._element.find(qn("p:embeddedFontLst"))
        if src_list is None:
            return
        used = set()
        for part in new_parts:
            root = getattr(part, "_element", None)
            if root is not None:
                used |= {f.lower() for f in named_fonts(root)}
        dst_root = self.dst.part._element
        dst_list = dst_root.find(qn("p:embeddedFontLst"))
        have = set() if dst_list is None else {(f.get("typeface") or "").lower() for f in dst_list.iter(qn("p:font"))}
        for entry in src_list.findall(qn("p:embeddedFont")):
            font = entry.find(qn("p:font"))
            face = (font.get("typeface") or "") if font is not None else ""
            if not face or face.lower() not in used or face.lower() in have:
                continue
            clone = copy.deepcopy(entry)
            for style in clone:
                rId = style.get(qn("r:id"))
                if not rId:
                    continue
                rel = self.src.part.rels.get(rId)
                if rel is None or rel.is_external:
                    clone.remove(style)
                    continue
                new_font = self.copier.copy(rel.target_part)
                style.set(qn("r:id"), self.dst.part.relate_to(new_font, rel.reltype))
            if dst_list is None:
                dst_list = _add_embedded_font_list(dst_root)
            dst_list.append(clone)
            have.add(face.lower())
            self.report.fonts_carried.append(face)


def named_fonts(root: etree._Element) -> set[str]:
    """Typefaces an XML part names explicitly (theme fonts like ``+mn-lt`` are not names)."""
    fonts = set()
    for el in root.iter(qn("a:latin"), qn("a:ea"), qn("a:cs"), qn("a:sym")):
        face = el.get("typeface") or ""
        if face and not face.startswith("+"):
            fonts.add(face)
    return fonts


#: Children of ``p:presentation`` that come after ``p:embeddedFontLst`` (ECMA-376, CT_Presentation).
_AFTER_FONT_LIST = (
    "custShowLst",
    "photoAlbum",
    "custDataLst",
    "kinsoku",
    "defaultTextStyle",
    "modifyVerifier",
    "extLst",
)


def _add_embedded_font_list(presentation: etree._Element) -> etree._Element:
    new = etree.Element(qn("p:embeddedFontLst"))
    for child in presentation:
        if isinstance(child.tag, str) and etree.QName(child).localname in _AFTER_FONT_LIST:
            child.addprevious(new)
            return new
    presentation.append(new)
    return new


def import_left_out(src_prs: Presentation, slide: Slide, *, macros_removed: bool = False) -> list[str]:
    """What importing ``slide`` of ``src_prs`` into another deck leaves out, one sentence per kind.

    Found by copying the slide into a blank presentation exactly as the export does, so the answer
    cannot differ from what the export will do; plus what belongs to the deck rather than the slide (its
    custom XML data) and, when ``macros_removed``, the macros."""
    from pptx import Presentation as new_presentation

    report = CopyReport()
    copy_slide(src_prs, slide, new_presentation(), report=report)
    sentences = report.left_out()
    custom_xml = any(reltype_name(rel.reltype) == "customXml" for rel in src_prs.part.package.iter_rels())
    if custom_xml:
        sentences.append(
            "the deck's custom XML data (document properties for SharePoint and other systems) was left out: "
            "it belongs to the deck, not to the slide"
        )
    if macros_removed:
        sentences.append("the deck's macros were left out: TrainerKit never imports macros")
    return sentences


def _text_near(el: etree._Element) -> str:
    for anc in el.iterancestors():
        if anc.tag in (qn("a:r"), qn("p:sp"), qn("p:pic")):
            return "".join(t.text or "" for t in anc.iter(qn("a:t")))
    return ""


def _layout_of(prs: Presentation, part: Part) -> SlideLayout:
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if layout.part is part:
                return layout
    return part.slide_layout  # type: ignore[attr-defined, no-any-return]


def _layout_type(layout: SlideLayout) -> str:
    return layout._element.get("type", "cust")


def map_layout(src_layout: SlideLayout, dst: Presentation) -> SlideLayout:
    """The target deck's layout for a slide: same name, else same type, else 'Title and Content', else first."""
    layouts = [layout for master in dst.slide_masters for layout in master.slide_layouts]
    name = (src_layout.name or "").strip().lower()
    for candidate in layouts:
        if (candidate.name or "").strip().lower() == name and name:
            return candidate
    kind = _layout_type(src_layout)
    if kind != "cust":
        for candidate in layouts:
            if _layout_type(candidate) == kind:
                return candidate
    for candidate in layouts:
        if _layout_type(candidate) == "obj":
            return candidate
    return layouts[0]


def _master_hash(master_part: Part) -> str:
    theme_hash = ""
    for rel in master_part.rels.values():
        if not rel.is_external and rel.reltype == RT.THEME:
            theme_hash = blob_sha1(rel.target_part)
    return xml_hash(master_part._element, [qn("p:sldLayoutIdLst")]) + theme_hash  # type: ignore[attr-defined]


def _layout_hash(layout_part: Part) -> str:
    return xml_hash(layout_part._element)  # type: ignore[attr-defined]


__all__ = ["CopyReport", "LayoutMode", "copy_slide", "copy_slides", "import_left_out", "map_layout", "named_fonts"]
