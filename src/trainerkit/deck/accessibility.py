"""An accessibility check of slide decks and handout PDFs, on the model of PowerPoint's Accessibility Checker.

Rules, each a ``code`` of :class:`A11yFinding` (all ``error`` unless said otherwise):

* ``slide-title``: every slide has a title (a title placeholder with text); ``duplicate-title``: no two
  slides of a deck share one (screen-reader users move between slides by title).
* ``alt-text``: pictures, charts, SmartArt, embedded objects and groups (our diagrams) carry alternative
  text (``descr`` on ``p:cNvPr``) unless marked decorative; ``alt-text-filename`` and ``alt-text-title``
  (*warnings*): the text is only a file name or "Picture 3", or only repeats the slide's title (what an
  example's picture gets when the trainer gave no description).
* ``reading-order``: the order of the shapes on the slide (the order a screen reader reads them in) follows
  the visual order: no shape is read before one that sits above it in the same column, or to its left in
  the same row. Slide furniture (footer, slide number, source line, "To adapt" label, Back button) and
  shapes without text or picture are left out.
* ``contrast``: text contrast at least 4.5:1 (WCAG 2 AA), 3:1 for large text (18 pt, or 14 pt bold),
  against the fill actually behind it: the shape's or table cell's own fill, else filled shapes beneath it
  on the slide, its layout and master, else the slide's background. Colours follow PowerPoint's
  inheritance (run, list styles, layout and master placeholders, master text styles, theme via the colour
  map, ``lumMod``/``lumOff``). Source: WCAG 2.1, success criterion 1.4.3 and its definition of large text.
* ``text-size``: body text (text in body placeholders, text boxes, shapes, tables) is at least 18 pt after
  autofit shrinking. Furniture is exempt (footers and slide numbers, "Source: ..." citations, the "To
  adapt" label, the Back button), as are charts.
* ``table-header``: every table has a header row (``firstRow`` set), so a screen reader announces it.
* ``pdf-language``: a handout PDF names its language (``/Lang`` in the catalog); ``pdf-tagged``: it is
  tagged (``/MarkInfo /Marked true`` and a ``/StructTreeRoot``), so screen readers get its structure.

Each finding names the slide (0-based ``slide_index``) or PDF, the shape, what is wrong and the fix.
:func:`check_presentation` checks a python-pptx ``Presentation``; :func:`check_pdf` a PDF file;
:func:`course_accessibility` a course's decks as they will be exported plus its handout PDFs.
Never imports Qt; never writes outside a temporary folder it removes.
"""

from __future__ import annotations

import colorsys
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn as _pptx_qn
from pptx.slide import Slide

from trainerkit.deck.theme import contrast_ratio

#: python-pptx's ``qn`` ("a:tc" -> Clark name), remembered: the checks ask for the same few tags ~200,000
#: times a course, and building each name again was 40% of the check's time.
qn: Callable[[str], str] = functools.lru_cache(maxsize=512)(_pptx_qn)

LEVELS = ("error", "warning")
NORMAL_RATIO = 4.5
LARGE_RATIO = 3.0
LARGE_PT = 18.0
LARGE_BOLD_PT = 14.0
MIN_BODY_PT = 18.0
DEFAULT_PT = 18.0
DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
#: Shape names of our own slide furniture (see trainerkit.deck.render): exempt from size and order rules.
FURNITURE_NAMES = ("Source", "To adapt", "Back")
_FURNITURE_PH = ("ftr", "sldNum", "dt")
_TITLE_PH = ("title", "ctrTitle")
_FILENAME_ALT = re.compile(
    r"(?i)^(picture|image|graphic|chart|group|diagram)\s*\d*$|\.(png|jpe?g|gif|bmp|svg|emf|wmf)$"
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SHAPE_TAGS = ("sp", "pic", "graphicFrame", "grpSp", "cxnSp")

Rect = tuple[float, float, float, float]  # left, top, right, bottom in EMU


@dataclass(frozen=True)
class A11yFinding:
    """One accessibility problem. ``slide_index`` is 0-based (None for a PDF); ``shape`` is the shape's name."""

    level: str
    code: str
    message: str
    fix: str
    slide_index: int | None = None
    shape: str = ""
    file: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "code": self.code,
            "message": self.message,
            "fix": self.fix,
            "slide_index": self.slide_index,
            "shape": self.shape,
            "file": self.file,
        }


# ---- colours --------------------------------------------------------------------------------------
def _theme(slide: Slide) -> tuple[dict[str, str], dict[str, str]]:
    """(scheme colours ``{"dk1": "000000", ...}``, colour map ``{"tx1": "dk1", ...}``) for a slide."""
    master = slide.slide_layout.slide_master
    scheme: dict[str, str] = {}
    for rel in master.part.rels.values():
        if rel.reltype == RT.THEME and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            clr = root.find(f".//{qn('a:clrScheme')}")
            if clr is not None:
                for child in clr:
                    name = etree.QName(child).localname
                    value = child[0].get("val") if child[0].tag == qn("a:srgbClr") else child[0].get("lastClr")
                    if value:
                        scheme[name] = value.upper()
    cmap = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
    el = master._element.find(qn("p:clrMap"))
    if el is not None:
        cmap.update({k: v for k, v in el.attrib.items()})
    override = slide._element.find(f"{qn('p:clrMapOvr')}/{qn('a:overrideClrMapping')}")
    if override is not None:
        cmap.update({k: v for k, v in override.attrib.items()})
    return scheme, cmap


def _modulate(hex_colour: str, colour_el: etree._Element) -> str:
    mods = {etree.QName(c).localname: int(c.get("val", "100000")) / 100000 for c in colour_el}
    if not any(k in mods for k in ("lumMod", "lumOff", "tint", "shade")):
        return hex_colour
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum * mods.get("lumMod", 1.0) + mods.get("lumOff", 0.0)
    if "tint" in mods:
        lum = lum * mods["tint"] + (1 - mods["tint"])
    if "shade" in mods:
        lum = lum * mods["shade"]
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, lum)), s)
    return f"{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"


class _Colours:
    def __init__(self, slide: Slide) -> None:
        self.scheme, self.cmap = _theme(slide)

    def of(self, colour_el: etree._Element | None) -> str | None:
        """The RGB of a colour choice (``a:srgbClr``, ``a:schemeClr``, ``a:sysClr``, ``a:prstClr``)."""
        if colour_el is None:
            return None
        tag = etree.QName(colour_el).localname
        if tag == "srgbClr":
            base = (colour_el.get("val") or "000000").upper()
        elif tag == "schemeClr":
            name = colour_el.get("val", "tx1")
            base = self.scheme.get(self.cmap.get(name, name), "")
            if not base:
                return None
        elif tag == "sysClr":
            base = (colour_el.get("lastClr") or ("FFFFFF" if colour_el.get("val") == "window" else "000000")).upper()
        elif tag == "prstClr":
            base = {"white": "FFFFFF", "black": "000000"}.get(colour_el.get("val", ""), "")
            if not base:
                return None
        else:
            return None
        return _modulate(base, colour_el)

    def solid(self, parent: etree._Element | None) -> str | bool | None:
        """The colour of a ``solidFill`` under ``parent``; False when it says ``noFill``; None when silent."""
        if parent is None:
            return None
        for child in parent:
            tag = etree.QName(child).localname
            if tag == "solidFill" and len(child):
                return self.of(child[0])
            if tag == "noFill":
                return False
            if tag == "gradFill":  # the first stop: a fair stand-in for contrast
                stop = child.find(f".//{qn('a:gs')}")
                return self.of(stop[0]) if stop is not None and len(stop) else None
        return None


# ---- geometry -------------------------------------------------------------------------------------
def _xfrm_rect(el: etree._Element) -> Rect | None:
    for xfrm in (
        el.find(f"{qn('p:spPr')}/{qn('a:xfrm')}"),
        el.find(qn("p:xfrm")),
        el.find(f"{qn('p:grpSpPr')}/{qn('a:xfrm')}"),
    ):
        if xfrm is not None:
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            if off is not None and ext is not None:
                x, y = int(off.get("x", 0)), int(off.get("y", 0))
                return (x, y, x + int(ext.get("cx", 0)), y + int(ext.get("cy", 0)))
    return None


def _group_map(grp: etree._Element) -> Callable[[Rect], Rect]:
    xfrm = grp.find(f"{qn('p:grpSpPr')}/{qn('a:xfrm')}")
    if xfrm is None:
        return lambda r: r
    try:
        off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
        ch_off, ch_ext = xfrm.find(qn("a:chOff")), xfrm.find(qn("a:chExt"))
        ox, oy, cx, cy = (int(off.get("x", 0)), int(off.get("y", 0)), int(ext.get("cx", 1)), int(ext.get("cy", 1)))
        chx, chy = int(ch_off.get("x", 0)), int(ch_off.get("y", 0))
        chcx, chcy = int(ch_ext.get("cx", 0)) or cx, int(ch_ext.get("cy", 0)) or cy
    except (AttributeError, ValueError):
        return lambda r: r
    sx, sy = cx / chcx, cy / chcy
    return lambda r: (ox + (r[0] - chx) * sx, oy + (r[1] - chy) * sy, ox + (r[2] - chx) * sx, oy + (r[3] - chy) * sy)


@dataclass
class _Shape:
    el: etree._Element
    rect: Rect | None
    depth: int
    group: etree._Element | None = None

    @property
    def tag(self) -> str:
        return etree.QName(self.el).localname

    @property
    def c_nv_pr(self) -> etree._Element | None:
        return self.el.find(f"./*/{qn('p:cNvPr')}")

    @property
    def name(self) -> str:
        c = self.c_nv_pr
        return (c.get("name") or "") if c is not None else ""

    @property
    def ph(self) -> etree._Element | None:
        return self.el.find(f"./*/{qn('p:nvPr')}/{qn('p:ph')}")


def _walk(
    tree: etree._Element,
    depth: int = 0,
    transform: Callable[[Rect], Rect] | None = None,
    group: etree._Element | None = None,
) -> Iterator[_Shape]:
    for el in tree:
        if etree.QName(el).localname not in _SHAPE_TAGS:
            if el.tag == f"{{{_MC}}}AlternateContent":
                choice = el.find(f"{{{_MC}}}Choice")  # what current PowerPoint shows (and reads out)
                if choice is None:
                    choice = el.find(f"{{{_MC}}}Fallback")
                if choice is not None:
                    yield from _walk(choice, depth, transform, group)
            continue
        rect = _xfrm_rect(el)
        if rect is not None and transform is not None:
            rect = transform(rect)
        yield _Shape(el, rect, depth, group)
        if el.tag == qn("p:grpSp"):
            inner = _group_map(el)
            outer = transform

            def chained(r: Rect, i: Callable[[Rect], Rect] = inner, o: Callable[[Rect], Rect] | None = outer) -> Rect:
                return o(i(r)) if o else i(r)

            yield from _walk(el, depth + 1, chained, group if group is not None else el)


def _covers(rect: Rect | None, point: tuple[float, float]) -> bool:
    return rect is not None and rect[0] <= point[0] <= rect[2] and rect[1] <= point[1] <= rect[3]


# ---- placeholders and text style inheritance ------------------------------------------------------
def _ph_key(ph: etree._Element) -> tuple[str, str]:
    return ph.get("type", "body" if ph.get("idx") else "obj"), ph.get("idx", "0")


def _matching_ph(tree_owner: Any, ph: etree._Element) -> etree._Element | None:
    """The placeholder shape in a layout or master that ``ph`` inherits from (same idx, else same type)."""
    kind, idx = _ph_key(ph)
    by_type = None
    for el in tree_owner._element.iter(qn("p:sp")):
        other = el.find(f"./*/{qn('p:nvPr')}/{qn('p:ph')}")
        if other is None:
            continue
        okind, oidx = _ph_key(other)
        if idx != "0" and oidx == idx:
            return el
        same = (
            okind == kind
            or (kind in _TITLE_PH and okind in _TITLE_PH)
            or (kind in ("body", "obj", "subTitle") and okind in ("body", "obj"))
        )
        if same and by_type is None:
            by_type = el
    return by_type


def _lvl_props(sp: etree._Element | None, level: int) -> etree._Element | None:
    if sp is None:
        return None
    return sp.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn(f'a:lvl{level + 1}pPr')}/{qn('a:defRPr')}")


class _TextStyles:
    """The chain of ``a:defRPr`` a paragraph at ``level`` of a shape inherits, nearest first."""

    def __init__(self, slide: Slide) -> None:
        self.layout = slide.slide_layout
        self.master = self.layout.slide_master
        tx = self.master._element.find(qn("p:txStyles"))
        self.styles = {etree.QName(s).localname: s for s in tx} if tx is not None else {}

    def chain(self, shape: _Shape, level: int) -> list[etree._Element]:
        out: list[etree._Element | None] = [_lvl_props(shape.el, level)]
        ph = shape.ph
        if ph is not None:
            lay = _matching_ph(self.layout, ph)
            out.append(_lvl_props(lay, level))
            mas = _matching_ph(self.master, ph)
            out.append(_lvl_props(mas, level))
            kind = _ph_key(ph)[0]
            style = "titleStyle" if kind in _TITLE_PH else "otherStyle" if kind in _FURNITURE_PH else "bodyStyle"
        else:
            style = "otherStyle"
        root = self.styles.get(style)
        if root is not None:
            out.append(root.find(f"{qn(f'a:lvl{level + 1}pPr')}/{qn('a:defRPr')}"))
        return [e for e in out if e is not None]


# ---- the check of one deck -------------------------------------------------------------------------
@dataclass
class _Run:
    text: str
    size: float
    bold: bool
    colour: str | None
    background: str
    shape: _Shape


def _is_furniture(shape: _Shape) -> bool:
    ph = shape.ph
    if ph is not None and ph.get("type") in _FURNITURE_PH:
        return True
    name = shape.name
    return name in FURNITURE_NAMES or name.startswith("Source")


def _is_decorative(shape: _Shape) -> bool:
    c = shape.c_nv_pr
    if c is None:
        return False
    for ext in c.iter(qn("a:ext")):
        if ext.get("uri") == DECORATIVE_URI and any(child.get("val") in ("1", "true") for child in ext):
            return True
    return False


def _graphic_kind(el: etree._Element) -> str:
    data = el.find(f".//{qn('a:graphicData')}")
    uri = data.get("uri", "") if data is not None else ""
    if uri.endswith("/chart"):
        return "chart"
    if uri.endswith("/table"):
        return "table"
    if uri.endswith("/diagram"):
        return "SmartArt graphic"
    if uri.endswith("/ole") or "ole" in uri:
        return "embedded object"
    return "graphic"


def _kind(shape: _Shape) -> str:
    if shape.tag == "pic":
        return "picture"
    if shape.tag == "graphicFrame":
        return _graphic_kind(shape.el)
    if shape.tag == "grpSp":
        return "group"
    return "shape"


def _text_of(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(qn("a:t")))


def _title(slide: Slide) -> tuple[str, bool]:
    """(title text, whether a title placeholder exists)."""
    found = False
    for el in slide.shapes._spTree.iter(qn("p:sp")):
        ph = el.find(f"./*/{qn('p:nvPr')}/{qn('p:ph')}")
        if ph is not None and ph.get("type") in _TITLE_PH:
            found = True
            text = " ".join(_text_of(el).split())
            if text:
                return text, True
    return "", found


class _SlideChecker:
    def __init__(self, slide: Slide, index: int) -> None:
        self.slide, self.index = slide, index
        self.colours = _Colours(slide)
        self.styles = _TextStyles(slide)
        self.shapes = list(_walk(slide.shapes._spTree))
        for shape in self.shapes:  # placeholders without a position of their own sit where the layout puts them
            ph = shape.ph
            if shape.rect is None and ph is not None and shape.depth == 0:
                for owner in (slide.slide_layout, slide.slide_layout.slide_master):
                    inherited = _matching_ph(owner, ph)
                    shape.rect = _xfrm_rect(inherited) if inherited is not None else None
                    if shape.rect is not None:
                        break
        self.findings: list[A11yFinding] = []
        self.title = _title(slide)[0]

    def add(self, level: str, code: str, shape: str, message: str, fix: str) -> None:
        self.findings.append(A11yFinding(level, code, message, fix, self.index, shape))

    # -- backgrounds
    def _background(self) -> str:
        for owner in (self.slide, self.slide.slide_layout, self.slide.slide_layout.slide_master):
            bg = owner._element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
            if bg is None:
                continue
            pr = bg.find(qn("p:bgPr"))
            colour = self.colours.solid(pr)
            if isinstance(colour, str):
                return colour
            ref = bg.find(qn("p:bgRef"))
            if ref is not None and len(ref):
                colour = self.colours.of(ref[0])
                if colour:
                    return colour
        return self.colours.scheme.get(self.colours.cmap.get("bg1", "lt1"), "FFFFFF")

    def _own_fill(self, el: etree._Element) -> str | None:
        sp_pr = el.find(qn("p:spPr"))
        colour = self.colours.solid(sp_pr)
        if isinstance(colour, str):
            return colour
        if colour is None and el.tag == qn("p:sp") and sp_pr is not None:
            ref = el.find(f"{qn('p:style')}/{qn('a:fillRef')}")
            if ref is not None and ref.get("idx", "0") != "0" and len(ref):
                return self.colours.of(ref[0])
        return None

    def fill_behind(self, shape: _Shape, point: tuple[float, float]) -> str:
        """The colour behind ``point`` of ``shape``: its own fill, else filled shapes drawn before it."""
        own = self._own_fill(shape.el)
        if own:
            return own
        if shape.group is not None:  # a group's fill (grpFill) or its own solid fill
            group_fill = self.colours.solid(shape.group.find(qn("p:grpSpPr")))
            if isinstance(group_fill, str):
                return group_fill
        for other in reversed(self.shapes[: self.shapes.index(shape)]):
            if other.tag == "sp" and _covers(other.rect, point):
                fill = self._own_fill(other.el)
                if fill:
                    return fill
        for owner in (self.slide.slide_layout, self.slide.slide_layout.slide_master):
            for el in reversed(list(owner._element.iter(qn("p:sp")))):
                if el.find(f"./*/{qn('p:nvPr')}/{qn('p:ph')}") is not None:
                    continue
                if _covers(_xfrm_rect(el), point):
                    fill = self._own_fill(el)
                    if fill:
                        return fill
        return self._background()

    # -- text
    def _runs(self, shape: _Shape, body: etree._Element, background: str) -> Iterator[_Run]:
        scale = 1.0
        autofit = body.find(f"{qn('a:bodyPr')}/{qn('a:normAutofit')}")
        if autofit is not None and autofit.get("fontScale"):
            scale = int(autofit.get("fontScale", "100000")) / 100000
        style_ref = shape.el.find(f"{qn('p:style')}/{qn('a:fontRef')}")
        for p in body.iter(qn("a:p")):
            ppr = p.find(qn("a:pPr"))
            level = int(ppr.get("lvl", "0")) if ppr is not None else 0
            chain = self.styles.chain(shape, level)
            if ppr is not None and ppr.find(qn("a:defRPr")) is not None:
                chain = [ppr.find(qn("a:defRPr")), *chain]
            for r in p:
                if r.tag not in (qn("a:r"), qn("a:fld")):
                    continue
                text = _text_of(r)
                if not text.strip():
                    continue
                rpr = r.find(qn("a:rPr"))
                props = [rpr, *chain] if rpr is not None else list(chain)
                size = next((int(e.get("sz")) / 100 for e in props if e is not None and e.get("sz")), DEFAULT_PT)
                bold = next((e.get("b") in ("1", "true") for e in props if e is not None and e.get("b")), False)
                colour: str | None = None
                for e in props:
                    found = self.colours.solid(e)
                    if isinstance(found, str):
                        colour = found
                        break
                if colour is None and style_ref is not None and len(style_ref):
                    colour = self.colours.of(style_ref[0])
                if colour is None:
                    colour = self.colours.scheme.get(self.colours.cmap.get("tx1", "dk1"), "000000")
                yield _Run(text, size * scale, bold, colour, background, shape)

    def text_runs(self) -> Iterator[_Run]:
        for shape in self.shapes:
            rect = shape.rect
            centre = ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2) if rect else (0.0, 0.0)
            if shape.tag == "sp":
                body = shape.el.find(qn("p:txBody"))
                if body is not None:
                    yield from self._runs(shape, body, self.fill_behind(shape, centre))
            elif shape.tag == "graphicFrame":
                behind = self.fill_behind(shape, centre)
                for tc in shape.el.iter(qn("a:tc")):
                    cell_fill = self.colours.solid(tc.find(qn("a:tcPr")))
                    body = tc.find(qn("a:txBody"))
                    if body is not None:
                        yield from self._runs(shape, body, cell_fill if isinstance(cell_fill, str) else behind)

    # -- rules
    def check(self) -> list[A11yFinding]:
        self.alt_text()
        self.tables()
        self.text()
        self.reading_order()
        return self.findings

    def alt_text(self) -> None:
        for shape in self.shapes:
            kind = _kind(shape)
            if kind in ("shape", "table"):
                continue
            if shape.depth > 0 and (kind == "group" or self._described_group(shape)):
                continue  # the group's own alt text describes its parts
            if _is_decorative(shape):
                continue
            c = shape.c_nv_pr
            descr = " ".join(((c.get("descr") or "") if c is not None else "").split())
            name = shape.name or kind
            if not descr:
                self.add(
                    "error",
                    "alt-text",
                    name,
                    f"the {kind} '{name}' has no alternative text.",
                    f"Describe what the {kind} shows in a sentence (PowerPoint: right-click > View Alt Text; "
                    "examples: the picture description in the example library), or mark it decorative.",
                )
            elif self.title and descr.casefold() == self.title.casefold():
                self.add(
                    "warning",
                    "alt-text-title",
                    name,
                    f"the alternative text of the {kind} '{name}' only repeats the slide's title.",
                    f"Describe what the {kind} shows (for an example's picture: its description in the example "
                    "library, or the --alt option when inserting it).",
                )
            elif _FILENAME_ALT.search(descr):
                self.add(
                    "warning",
                    "alt-text-filename",
                    name,
                    f"the alternative text of the {kind} '{name}' is only '{descr}'.",
                    f"Replace it with what the {kind} shows.",
                )

    def _described_group(self, shape: _Shape) -> bool:
        group = shape.group
        c = group.find(f"./*/{qn('p:cNvPr')}") if group is not None else None
        return bool(c is not None and (c.get("descr") or "").strip())

    def tables(self) -> None:
        for shape in self.shapes:
            if shape.tag != "graphicFrame" or _graphic_kind(shape.el) != "table":
                continue
            pr = shape.el.find(f".//{qn('a:tblPr')}")
            if pr is None or pr.get("firstRow") not in ("1", "true"):
                self.add(
                    "error",
                    "table-header",
                    shape.name or "Table",
                    f"the table '{shape.name or 'Table'}' has no header row.",
                    "Put the column names in the first row and mark it as the header "
                    "(PowerPoint: Table Design > Header Row).",
                )

    def text(self) -> None:
        reported_size: set[int] = set()
        reported_contrast: set[tuple[int, str, str]] = set()
        for run in self.text_runs():
            shape = run.shape
            furniture = _is_furniture(shape) or (
                shape.group is not None and _is_furniture(_Shape(shape.group, None, 0))
            )
            large = run.size >= LARGE_PT or (run.bold and run.size >= LARGE_BOLD_PT)
            need = LARGE_RATIO if large else NORMAL_RATIO
            if run.colour:
                ratio = contrast_ratio(run.colour, run.background)
                key = (id(shape.el), run.colour, run.background)
                if ratio < need and key not in reported_contrast:
                    reported_contrast.add(key)
                    self.add(
                        "error",
                        "contrast",
                        shape.name,
                        f"text '{_short(run.text)}' in '{shape.name}' has contrast {ratio:.1f}:1 "
                        f"(#{run.colour} on #{run.background}); {need:g}:1 is needed"
                        f"{' for large text' if large else ''}.",
                        "Darken the text or lighten the fill behind it (or the reverse) until the check passes.",
                    )
            body_shape = shape.ph is None or shape.ph.get("type") not in (*_TITLE_PH, *_FURNITURE_PH)
            if body_shape and not furniture and run.size < MIN_BODY_PT and id(shape.el) not in reported_size:
                reported_size.add(id(shape.el))
                self.add(
                    "error",
                    "text-size",
                    shape.name,
                    f"text '{_short(run.text)}' in '{shape.name}' is {run.size:g} pt; body text on slides "
                    f"should be at least {MIN_BODY_PT:g} pt.",
                    "Make the text larger (split the slide or move detail to the notes if it no longer fits).",
                )

    def reading_order(self) -> None:
        content = [
            s
            for s in self.shapes
            if s.depth == 0
            and s.rect is not None
            and not _is_furniture(s)
            and (s.tag in ("pic", "graphicFrame", "grpSp") or (s.tag == "sp" and _text_of(s.el).strip()))
        ]
        tol = 12700 * 6  # 6 pt: shapes that touch are not out of order
        for i, first in enumerate(content):
            for later in content[i + 1 :]:
                a, b = first.rect, later.rect
                assert a is not None and b is not None
                h_overlap = min(a[2], b[2]) - max(a[0], b[0]) > tol
                v_overlap = min(a[3], b[3]) - max(a[1], b[1]) > tol
                above = b[3] <= a[1] + tol and h_overlap
                left = b[2] <= a[0] + tol and v_overlap and not h_overlap
                if above or left:
                    where = "above" if above else "to the left of"
                    self.add(
                        "error",
                        "reading-order",
                        later.name,
                        f"'{later.name}' is read after '{first.name}' but sits {where} it.",
                        "Put the shapes in the order they are seen (PowerPoint: Home > Arrange > "
                        "Selection Pane, or the Accessibility Checker's Reading Order pane).",
                    )
                    return


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_slide(slide: Slide, index: int) -> list[A11yFinding]:
    """The findings of one slide (titles are checked per deck by :func:`check_presentation`)."""
    return _SlideChecker(slide, index).check()


def check_presentation(prs: Any) -> list[A11yFinding]:
    """Every finding of a python-pptx ``Presentation``, slide by slide (hidden slides too)."""
    findings: list[A11yFinding] = []
    seen: dict[str, int] = {}
    for index, slide in enumerate(prs.slides):
        title, has_placeholder = _title(slide)
        if not title:
            findings.append(
                A11yFinding(
                    "error",
                    "slide-title",
                    "the slide has no title." if not has_placeholder else "the slide's title is empty.",
                    "Give the slide a title (PowerPoint: a title placeholder; it can be placed off the slide if the "
                    "design has none).",
                    index,
                    "Title",
                )
            )
        elif title.lower() in seen:
            findings.append(
                A11yFinding(
                    "error",
                    "duplicate-title",
                    f"the title '{_short(title)}' is also the title of slide {seen[title.lower()] + 1}.",
                    "Make each slide's title unique (e.g. add '(continued)' or what the slide adds).",
                    index,
                    "Title",
                )
            )
        else:
            seen[title.lower()] = index
        findings.extend(check_slide(slide, index))
    return findings


# ---- PDFs -----------------------------------------------------------------------------------------
def check_pdf(path: Path) -> list[A11yFinding]:
    """Language and tagging of a PDF file: ``/Lang`` and ``/MarkInfo /Marked`` with a ``/StructTreeRoot``
    in the document catalog (PDF 1.7, ISO 32000-1, 14.9.2 and 14.7). Works for any producer."""
    from pypdf import PdfReader

    findings: list[A11yFinding] = []
    try:
        root: Any = PdfReader(str(path)).trailer["/Root"].get_object()
    except Exception as exc:  # a damaged PDF is itself a finding
        return [
            A11yFinding(
                "error",
                "pdf-unreadable",
                f"the PDF cannot be read ({type(exc).__name__}).",
                "Export the handout again.",
                file=path.name,
            )
        ]
    lang = str(root.get("/Lang") or "").strip()
    if not lang:
        findings.append(
            A11yFinding(
                "error",
                "pdf-language",
                "the PDF does not say which language it is in.",
                "Export it with a document language set (TrainerKit's exporter sets the course language).",
                file=path.name,
            )
        )
    mark = root.get("/MarkInfo")
    marked = bool(mark is not None and mark.get_object().get("/Marked"))
    if not marked or root.get("/StructTreeRoot") is None:
        findings.append(
            A11yFinding(
                "warning",
                "pdf-tagged",
                "the PDF is not tagged: a screen reader gets its text without headings, lists or table structure.",
                "Use the DOCX handout for readers who need tags, or an exporter that writes tagged PDF.",
                file=path.name,
            )
        )
    return findings


__all__ = [
    "A11yFinding",
    "check_pdf",
    "check_presentation",
    "check_slide",
]
