"""A picture of each slide of a customised deck, drawn with Pillow: no LibreOffice, no network.

Used by the trainer pack (slide beside its notes), the slide handouts, and the app's thumbnails when
LibreOffice is not installed. Each shape is drawn where it sits on the slide: the background colour,
filled shapes, pictures, text wrapped to its box (shrunk when it overflows), tables as grids and charts
as simple bars from their data. It is a faithful sketch, not PowerPoint's rendering, and good enough to
recognise a slide on paper or in the slide sorter.

Never imports Qt, never runs LibreOffice, never writes files (callers get PIL images).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide

from trainerkit.paths import resources_dir

log = logging.getLogger(__name__)
_SOLID_FILL = qn("a:solidFill")

EMU_PER_PT = 12700
WHITE = (255, 255, 255)
DARK = (33, 37, 41)
DEFAULT_SIZES = {  # points, when a run does not say
    PP_PLACEHOLDER.TITLE: 32.0,
    PP_PLACEHOLDER.CENTER_TITLE: 40.0,
    PP_PLACEHOLDER.SUBTITLE: 22.0,
    PP_PLACEHOLDER.FOOTER: 11.0,
    PP_PLACEHOLDER.SLIDE_NUMBER: 11.0,
}
BODY_SIZE = 18.0
Color = tuple[int, int, int]


@lru_cache(maxsize=64)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(resources_dir() / "fonts" / name), max(size, 6))
    except OSError:
        return ImageFont.load_default()


def _rgb(value: Any) -> Color | None:
    try:
        text = str(value)
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except (ValueError, TypeError, IndexError):
        return None


def _fill_color(fill: Any) -> Color | None:
    """A solid fill's RGB colour, or None (theme colours without RGB, gradients, no fill)."""
    try:
        if fill.type == 1:  # MSO_FILL.SOLID
            return _rgb(fill.fore_color.rgb)
    except (AttributeError, TypeError, ValueError, KeyError):
        return None
    return None


def _background(slide: Slide) -> Color:
    for owner in (slide, slide.slide_layout, slide.slide_layout.slide_master):
        bg = owner._element.cSld.bg
        if bg is None or bg.bgPr is None:
            continue  # python-pptx's background.fill would add an empty fill (or replace a theme reference)
        try:
            color = _fill_color(owner.background.fill)
        except (AttributeError, TypeError):
            color = None
        if color:
            return color
    return WHITE


def _is_dark(color: Color) -> bool:
    r, g, b = color
    return (0.299 * r + 0.587 * g + 0.114 * b) < 128


def _walk(shapes: Any) -> Iterator[Any]:
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)
        else:
            yield shape


class _Canvas:
    def __init__(self, slide: Slide, slide_width: int, slide_height: int, width: int) -> None:
        self.scale = width / slide_width
        self.height = max(1, round(slide_height * self.scale))
        self.background = _background(slide)
        self.image = Image.new("RGB", (width, self.height), self.background)
        self.draw = ImageDraw.Draw(self.image)
        self.ink = WHITE if _is_dark(self.background) else DARK

    def box(self, shape: Any) -> tuple[int, int, int, int]:
        source = shape
        if getattr(shape, "is_placeholder", False) and getattr(shape._element, "xfrm", True) is None:
            try:  # no position of its own: the layout's placeholder, looked up once instead of four times
                source = shape._base_placeholder or shape
            except (AttributeError, KeyError, ValueError):
                source = shape
        left, top = int(source.left or 0), int(source.top or 0)
        width, height = int(source.width or 0), int(source.height or 0)
        s = self.scale
        return round(left * s), round(top * s), round((left + width) * s), round((top + height) * s)

    def px(self, points: float) -> int:
        return max(1, round(points * EMU_PER_PT * self.scale))


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        words = raw.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip() if line else word
            if draw.textlength(candidate, font=font) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _paragraphs(shape: Any, default_size: float) -> list[tuple[str, float, bool, int, Color | None]]:
    """(text, points, bold, level, colour) of each paragraph of a shape's text frame."""
    out = []
    for paragraph in shape.text_frame.paragraphs:
        text = "".join(run.text for run in paragraph.runs) or paragraph.text if hasattr(paragraph, "text") else ""
        if not text.strip():
            continue
        size = default_size
        bold = False
        color = None
        for run in paragraph.runs:
            if run.font.size:
                size = run.font.size.pt
            bold = bold or bool(run.font.bold)
            r_pr = run._r.rPr
            if r_pr is None or r_pr.find(_SOLID_FILL) is None:
                continue  # no colour of its own (python-pptx's font.color would add an empty one)
            try:
                if run.font.color and run.font.color.type is not None:
                    color = _rgb(run.font.color.rgb)
            except (AttributeError, TypeError, ValueError):
                pass
        p_pr = paragraph._p.pPr  # python-pptx's paragraph.level would add an empty pPr
        level = int(p_pr.get("lvl", 0)) if p_pr is not None else 0
        out.append((text, size, bold, level, color))
    return out


def _draw_text(canvas: _Canvas, shape: Any, kind: Any) -> None:
    default = DEFAULT_SIZES.get(kind, BODY_SIZE)
    paragraphs = _paragraphs(shape, default)
    if not paragraphs:
        return
    x0, y0, x1, y1 = canvas.box(shape)
    pad = canvas.px(5)
    width = max(10, x1 - x0 - 2 * pad)
    height = max(10, y1 - y0 - 2 * pad)
    title = kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    bulleted = kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT) and len(paragraphs) > 1
    shape_fill = _fill_color(shape.fill) if hasattr(shape, "fill") else None
    ink_default = WHITE if shape_fill and _is_dark(shape_fill) else canvas.ink
    for shrink in (1.0, 0.85, 0.72, 0.6, 0.5):
        laid: list[tuple[list[str], Any, int, Color, int]] = []
        total = 0
        for text, size, bold, level, color in paragraphs:
            font = _font(canvas.px(size * shrink), bold or title)
            indent = canvas.px(18) * level + (canvas.px(14) if bulleted else 0)
            lines = _wrap(canvas.draw, text, font, width - indent)
            line_height = round(canvas.px(size * shrink) * 1.2)
            laid.append((lines, font, line_height, color or ink_default, indent))
            total += line_height * len(lines) + round(line_height * 0.3)
        if total <= height:
            break
    anchor_middle = title or kind == PP_PLACEHOLDER.SUBTITLE or shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
    y = y0 + pad + (max(0, (height - total) // 2) if anchor_middle else 0)
    centered = kind in (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE) or (
        shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and shape_fill is not None
    )
    for lines, font, line_height, color, indent in laid:
        if bulleted:
            r = max(2, line_height // 9)
            cy = y + line_height // 2
            canvas.draw.ellipse(
                (x0 + pad + indent - canvas.px(11) - r, cy - r, x0 + pad + indent - canvas.px(11) + r, cy + r),
                fill=color,
            )
        for line in lines:
            if y + line_height > y1 + line_height // 2:
                break
            if centered:
                x = x0 + pad + max(0, (width - int(canvas.draw.textlength(line, font=font))) // 2)
            else:
                x = x0 + pad + indent
            canvas.draw.text((x, y), line, font=font, fill=color)
            y += line_height
        y += round(line_height * 0.3)


def _draw_picture(canvas: _Canvas, shape: Any) -> None:
    x0, y0, x1, y1 = canvas.box(shape)
    try:
        picture = Image.open(io.BytesIO(shape.image.blob)).convert("RGBA")
        picture = picture.resize((max(1, x1 - x0), max(1, y1 - y0)))
        canvas.image.paste(picture, (x0, y0), picture)
    except Exception:  # any unreadable picture becomes a grey box
        canvas.draw.rectangle((x0, y0, x1, y1), fill=(210, 210, 210), outline=(150, 150, 150))


def _draw_table(canvas: _Canvas, shape: Any) -> None:
    x0, y0, x1, y1 = canvas.box(shape)
    table = shape.table
    rows = list(table.rows)
    columns = list(table.columns)
    total_w = sum(int(c.width) for c in columns) or 1
    total_h = sum(int(r.height) for r in rows) or 1
    font = _font(canvas.px(11), False)
    y = y0
    for r, row in enumerate(rows):
        h = round((y1 - y0) * int(row.height) / total_h)
        x = x0
        for c, column in enumerate(columns):
            w = round((x1 - x0) * int(column.width) / total_w)
            fill = (225, 230, 238) if r == 0 else None
            canvas.draw.rectangle((x, y, x + w, y + h), outline=(150, 150, 150), fill=fill)
            text = row.cells[c].text.replace("\n", " ")
            lines = _wrap(canvas.draw, text, font, max(4, w - 6))
            for i, line in enumerate(lines[: max(1, h // max(1, canvas.px(13)))]):
                canvas.draw.text((x + 3, y + 2 + i * canvas.px(13)), line, font=font, fill=DARK)
            x += w
        y += h


#: Fills for pie slices and bar series: the decks' blues and greys, distinct in greyscale print too.
_CHART_FILLS = ((27, 58, 107), (127, 156, 199), (127, 127, 127), (191, 201, 217), (64, 64, 64), (210, 210, 210))


def _draw_chart(canvas: _Canvas, shape: Any) -> None:
    """Bars for bar, column and line charts (horizontal when the chart's bars are); slices for pies and
    doughnuts; value labels as on the slide. A sketch for print, not a copy of PowerPoint's chart."""
    x0, y0, x1, y1 = canvas.box(shape)
    canvas.draw.rectangle((x0, y0, x1, y1), outline=(200, 200, 200))
    try:
        chart = shape.chart
        plot = chart.plots[0]
        categories = [str(c) for c in plot.categories]
        values = [float(v or 0) for v in plot.series[0].values]
        kind = str(chart.chart_type).split(" ")[0].upper()
    except Exception:  # charts we cannot read are drawn as an empty frame
        return
    if not values:
        return
    font = _font(canvas.px(10), False)
    if "PIE" in kind or "DOUGHNUT" in kind:
        _draw_pie(canvas, (x0, y0, x1, y1), categories, values, font, hole="DOUGHNUT" in kind)
    elif kind.startswith("BAR"):
        _draw_bars_horizontal(canvas, (x0, y0, x1, y1), categories, values, font)
    else:
        _draw_columns(canvas, (x0, y0, x1, y1), categories, values, font)


def _value_text(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def _draw_pie(
    canvas: _Canvas,
    box: tuple[float, float, float, float],
    categories: list[str],
    values: list[float],
    font: Any,
    hole: bool,
) -> None:
    x0, y0, x1, y1 = box
    total = sum(v for v in values if v > 0) or 1.0
    size = min(x1 - x0, y1 - y0) * 0.8
    cx, cy = x0 + (x1 - x0) * 0.35, (y0 + y1) / 2
    bounds = (cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2)
    start = -90.0
    for i, value in enumerate(values):
        sweep = 360.0 * max(value, 0) / total
        fill = _CHART_FILLS[i % len(_CHART_FILLS)]
        canvas.draw.pieslice(bounds, start, start + sweep, fill=fill, outline=(255, 255, 255))
        start += sweep
    if hole:
        r = size * 0.25
        canvas.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 255, 255))
    legend_x, line = cx + size / 2 + canvas.px(12), canvas.px(16)
    for i, value in enumerate(values):
        y = cy - len(values) * line / 2 + i * line
        fill = _CHART_FILLS[i % len(_CHART_FILLS)]
        canvas.draw.rectangle((legend_x, y + 2, legend_x + canvas.px(10), y + canvas.px(12)), fill=fill)
        label = (categories[i] if i < len(categories) else "")[:28]
        share = 100 * max(value, 0) / total
        canvas.draw.text((legend_x + canvas.px(14), y), f"{label} {share:.1f}%", font=font, fill=canvas.ink)


def _draw_bars_horizontal(
    canvas: _Canvas, box: tuple[float, float, float, float], categories: list[str], values: list[float], font: Any
) -> None:
    x0, y0, x1, y1 = box
    top = max(values) or 1.0
    label_w = (x1 - x0) * 0.28
    slot = (y1 - y0) / len(values)
    for i, value in enumerate(values):
        y = y0 + i * slot + slot * 0.2
        length = (x1 - x0 - label_w - canvas.px(40)) * max(value, 0) / top
        canvas.draw.rectangle((x0 + label_w, y, x0 + label_w + length, y + slot * 0.6), fill=_CHART_FILLS[0])
        label = (categories[i] if i < len(categories) else "")[:24]
        canvas.draw.text((x0 + canvas.px(4), y), label, font=font, fill=canvas.ink)
        canvas.draw.text((x0 + label_w + length + canvas.px(4), y), _value_text(value), font=font, fill=canvas.ink)


def _draw_columns(
    canvas: _Canvas, box: tuple[float, float, float, float], categories: list[str], values: list[float], font: Any
) -> None:
    x0, y0, x1, y1 = box
    top = max(values) or 1.0
    label_h = canvas.px(14)
    slot = (x1 - x0) / len(values)
    for i, value in enumerate(values):
        bar_h = (y1 - y0 - 3 * label_h) * max(value, 0) / top
        left = x0 + i * slot + slot * 0.15
        canvas.draw.rectangle((left, y1 - label_h - bar_h, left + slot * 0.7, y1 - label_h), fill=_CHART_FILLS[0])
        canvas.draw.text((left, y1 - label_h - bar_h - label_h), _value_text(value), font=font, fill=canvas.ink)
        if i < len(categories):
            canvas.draw.text((left, y1 - label_h + 1), categories[i][:14], font=font, fill=canvas.ink)


def _draw_shape(canvas: _Canvas, shape: Any) -> None:
    kind = shape.placeholder_format.type if shape.is_placeholder else None
    if shape.shape_type == MSO_SHAPE_TYPE.PICTURE or (kind == PP_PLACEHOLDER.PICTURE and hasattr(shape, "image")):
        _draw_picture(canvas, shape)
        return
    if getattr(shape, "has_chart", False) and shape.has_chart:
        _draw_chart(canvas, shape)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        _draw_table(canvas, shape)
        return
    fill = _fill_color(shape.fill) if hasattr(shape, "fill") and not shape.is_placeholder else None
    if fill:
        canvas.draw.rectangle(canvas.box(shape), fill=fill)
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        _draw_text(canvas, shape, kind)


def draw_slide(slide: Slide, slide_width: int, slide_height: int, width: int = 960) -> Image.Image:
    """The slide as an RGB image ``width`` pixels wide, at the deck's aspect ratio."""
    canvas = _Canvas(slide, slide_width, slide_height, width)
    for shape in _walk(slide.shapes):
        try:
            _draw_shape(canvas, shape)
        except Exception as exc:  # one odd shape must not lose the whole page
            log.debug("could not draw %s: %s", getattr(shape, "name", "?"), exc)
    canvas.draw.rectangle((0, 0, canvas.image.width - 1, canvas.height - 1), outline=(170, 170, 170))
    return canvas.image


def slide_images(prs: PresentationObj, width: int = 960, include_hidden: bool = True) -> list[Image.Image]:
    """One image per slide of ``prs`` (hidden ones too unless ``include_hidden`` is False)."""
    from trainerkit.deck.slides import is_hidden

    slide_width, slide_height = int(prs.slide_width or 12192000), int(prs.slide_height or 6858000)
    images = []
    for slide in prs.slides:
        if not include_hidden and is_hidden(slide):
            continue
        images.append(draw_slide(slide, slide_width, slide_height, width))
    return images
