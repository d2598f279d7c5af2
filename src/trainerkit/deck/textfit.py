"""Does the text fit its box? Measured with real font metrics (Carlito, metric-compatible with Calibri).

Every text frame on a slide (placeholders, text boxes, autoshapes, shapes in groups, table cells) is
word-wrapped at its box width with Pillow's measurement of the Carlito TTF, and its height (line height
1.22 em for Calibri/Carlito, times line spacing, plus paragraph spacing and insets) is compared with the
box. The build reports overflow so writers shorten their text; nothing is ever shrunk.

Build and test time only: needs fonts-crosextra-carlito. Never imports Qt, never changes a presentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PIL import ImageFont
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.util import Emu

from trainerkit.deck import theme
from trainerkit.deck.tags import get_slide_key

FONT_DIRS = (Path("/usr/share/fonts/truetype/crosextra"), Path("/usr/share/fonts/crosextra"))
FONT_FILES = {
    (False, False): "Carlito-Regular.ttf",
    (True, False): "Carlito-Bold.ttf",
    (False, True): "Carlito-Italic.ttf",
    (True, True): "Carlito-BoldItalic.ttf",
}
LINE_HEIGHT_EM = 1.22  # Calibri/Carlito ascent + descent + line gap over units per em
TOLERANCE_PT = 1.5
_MEASURE_SIZE = 200  # fonts are loaded once at this size and lengths scaled


class FontMissingError(RuntimeError):
    pass


def font_path(bold: bool = False, italic: bool = False) -> Path:
    name = FONT_FILES[(bold, italic)]
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FontMissingError(f"{name} not found: install fonts-crosextra-carlito")


def fonts_available() -> bool:
    try:
        font_path()
    except FontMissingError:
        return False
    return True


@cache
def _font(bold: bool, italic: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold, italic)), _MEASURE_SIZE)


def text_width_pt(text: str, size_pt: float, bold: bool = False, italic: bool = False) -> float:
    """Advance width of ``text`` set in Carlito at ``size_pt``, in points."""
    return _font(bold, italic).getlength(text) * size_pt / _MEASURE_SIZE


def wrap(text: str, width_pt: float, size_pt: float, bold: bool = False, italic: bool = False) -> list[str]:
    """Greedy word wrap, the way PowerPoint and LibreOffice break at spaces; long words break anywhere."""
    lines: list[str] = []
    for hard_line in text.split("\n") or [""]:
        current = ""
        for word in hard_line.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width_pt(candidate, size_pt, bold, italic) <= width_pt:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while current and text_width_pt(current, size_pt, bold, italic) > width_pt:
                cut = len(current)
                while cut > 1 and text_width_pt(current[:cut], size_pt, bold, italic) > width_pt:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


@dataclass
class Overflow:
    slide_number: int
    key: str | None
    shape: str
    needed_in: float
    available_in: float
    what: str = "height"

    def __str__(self) -> str:
        key = f" ({self.key})" if self.key else ""
        return (
            f"slide {self.slide_number}{key}, '{self.shape}': text needs {self.needed_in:.2f} in of {self.what}, "
            f"the box has {self.available_in:.2f} in"
        )


# --- inherited formatting ------------------------------------------------------------------------------
def _layout_lvl(shape: Any, level: int) -> Any:
    """The layout placeholder's lvlNpPr for this placeholder shape, if any."""
    if not getattr(shape, "is_placeholder", False):
        return None
    try:
        layout_ph = shape._base_placeholder
    except (AttributeError, KeyError):
        return None
    if layout_ph is None:
        return None
    return layout_ph._element.find(f".//{qn('a:lstStyle')}/{qn(f'a:lvl{level + 1}pPr')}")


def _is_title(shape: Any) -> bool:
    if not getattr(shape, "is_placeholder", False):
        return False
    return shape._element.find(f".//{qn('p:ph')}").get("type") in ("title", "ctrTitle")


def _inherited_attr(shape: Any, level: int, attr: str) -> str | None:
    lvl = _layout_lvl(shape, level)
    if lvl is None:
        return None
    if attr in ("b", "i", "sz"):
        rpr = lvl.find(qn("a:defRPr"))
        return None if rpr is None else rpr.get(attr)
    return lvl.get(attr)


def _paragraph_metrics(shape: Any, paragraph: Any) -> tuple[float, bool, bool, float, float, float]:
    """(size pt, bold, italic, left indent pt, space before pt, line spacing factor)."""
    pPr = paragraph._p.pPr  # read without adding (python-pptx's paragraph.level adds an empty a:pPr)
    level = int(pPr.get("lvl", "0")) if pPr is not None else 0
    size = None
    bold = italic = None
    for run in paragraph.runs:
        if run.font.size is not None:
            size = max(size or 0, run.font.size.pt)
        if run.font.bold is not None:
            bold = bold or run.font.bold
        if run.font.italic is not None:
            italic = italic or run.font.italic
    if size is None:
        sz = _inherited_attr(shape, level, "sz")
        size = int(sz) / 100 if sz else (34.0 if _is_title(shape) else 18.0)
    if bold is None:
        b = _inherited_attr(shape, level, "b")
        bold = b == "1" if b is not None else _is_title(shape)
    if italic is None:
        italic = _inherited_attr(shape, level, "i") == "1"
    mar = pPr.get("marL") if pPr is not None else None
    if mar is None:
        mar = _inherited_attr(shape, level, "marL")
    indent_pt = Emu(int(mar)).pt if mar else 0.0
    before = paragraph.space_before.pt if paragraph.space_before is not None else 0.0
    if paragraph.space_before is None:
        lvl = _layout_lvl(shape, level)
        pts = lvl.find(f"{qn('a:spcBef')}/{qn('a:spcPts')}") if lvl is not None else None
        if pts is not None:
            before = int(pts.get("val")) / 100
    spacing = 0.95 if _is_title(shape) else 1.0
    if isinstance(paragraph.line_spacing, float):
        spacing = paragraph.line_spacing
    return size, bool(bold), bool(italic), indent_pt, before, spacing


def text_frame_height_pt(shape: Any, text_frame: Any, width_pt: float) -> tuple[float, float]:
    """(height the text needs, widest line) in points, for a frame ``width_pt`` wide inside its insets."""
    total = 0.0
    widest = 0.0
    for i, paragraph in enumerate(text_frame.paragraphs):
        text = "".join(r.text for r in paragraph.runs) or paragraph.text
        size, bold, italic, indent, before, spacing = _paragraph_metrics(shape, paragraph)
        lines = wrap(text, max(1.0, width_pt - indent), size, bold, italic)
        widest = max([widest] + [text_width_pt(line, size, bold, italic) + indent for line in lines])
        total += (before if i else 0.0) + len(lines) * size * LINE_HEIGHT_EM * spacing
    return total, widest


def _insets(text_frame: Any) -> tuple[float, float, float, float]:
    return (
        Emu(text_frame.margin_left).pt,
        Emu(text_frame.margin_right).pt,
        Emu(text_frame.margin_top).pt,
        Emu(text_frame.margin_bottom).pt,
    )


def _shape_overflow(shape: Any) -> tuple[float, float] | None:
    """(needed, available) height in points when the shape's text overflows, else None."""
    if not shape.has_text_frame or not shape.text_frame.text.strip():
        return None
    if shape.width is None or shape.height is None:
        return None
    tf = shape.text_frame
    left, right, top, bottom = _insets(tf)
    width = Emu(shape.width).pt - left - right
    height = Emu(shape.height).pt - top - bottom
    needed, _ = text_frame_height_pt(shape, tf, width)
    if needed > height + TOLERANCE_PT:
        return needed, height
    return None


def _table_overflow(frame: Any) -> tuple[float, float] | None:
    table = frame.table
    needed_total = 0.0
    for r, row in enumerate(table.rows):
        row_needed = Emu(row.height).pt
        for c, column in enumerate(table.columns):
            cell = table.cell(r, c)
            left, right = Emu(cell.margin_left).pt, Emu(cell.margin_right).pt
            top, bottom = Emu(cell.margin_top).pt, Emu(cell.margin_bottom).pt
            need, _ = text_frame_height_pt(cell, cell.text_frame, Emu(column.width).pt - left - right)
            row_needed = max(row_needed, need + top + bottom)
        needed_total += row_needed
    # a table grows downwards as its rows grow: it may use the space down to the source line
    available = max(Emu(frame.height).pt, Emu(theme.SOURCE_BOX.top - frame.top).pt)
    if needed_total > available + TOLERANCE_PT:
        return needed_total, available
    return None


def _walk(shapes: Any) -> Any:
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)
        else:
            yield shape


def slide_overflows(slide: Any, number: int) -> list[Overflow]:
    key = get_slide_key(slide)
    found: list[Overflow] = []
    for shape in _walk(slide.shapes):
        result = None
        if getattr(shape, "has_table", False) and shape.has_table:
            result = _table_overflow(shape)
        else:
            result = _shape_overflow(shape)
        if result is not None:
            needed, available = result
            found.append(Overflow(number, key, shape.name, needed / 72, available / 72))
    return found


def presentation_overflows(prs: Any) -> list[Overflow]:
    """Every text frame in the deck whose text does not fit."""
    found: list[Overflow] = []
    for number, slide in enumerate(prs.slides, start=1):
        found += slide_overflows(slide, number)
    return found
