"""Render one slide spec (a dict of ``docs/slide-source-format.md``) into a presentation with our master.

``add_slide(prs, spec, context)`` appends one slide: title, body for its layout, source line, "to adapt"
label, back button, footer (session, course short title, slide number), speaker notes, hidden flag and the
TRAINERKIT_* tags. Links to other slides are recorded in the context and made by ``resolve_links`` once
every target exists (a links slide usually comes before the slides it points to). It works on any deck
whose master has our layout names (a bundled deck, or a trainer's customised copy of one).

Tokens such as ``{{country}}`` are written as literal text; the exporter replaces them.

This module must never import Qt, and never reads anything but the image files a picture spec names.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from trainerkit.deck import theme as t
from trainerkit.deck.tags import get_slide_key, set_slide_key, set_slide_tag
from trainerkit.durations import format_duration

ADAPT_TAG = "TRAINERKIT_ADAPT"
STEP_TAG = "TRAINERKIT_STEP"
LAYOUT_TAG = "TRAINERKIT_LAYOUT"
BACK_ACTION = "ppaction://hlinkshowjump?jump=lastslideviewed"
#: Name of the shapes the renderer adds, so other code (and tests) can find them.
SOURCE_SHAPE = "Source"
ADAPT_SHAPE = "To adapt"
BACK_SHAPE = "Back"
LINK_SHAPE_PREFIX = "Link to "

_CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "stacked-bar": XL_CHART_TYPE.BAR_STACKED,
    "pie": XL_CHART_TYPE.PIE,
    "doughnut": XL_CHART_TYPE.DOUGHNUT,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
_MARKERS = (XL_MARKER_STYLE.CIRCLE, XL_MARKER_STYLE.SQUARE, XL_MARKER_STYLE.TRIANGLE, XL_MARKER_STYLE.DIAMOND)
_PIE_COLOURS = (t.BLUE, "C9D4E5", "5F5F5F", "8FA6C8", "A6A6A6", "3C5A8A", "E3E3E3")


class RenderError(ValueError):
    """A spec the renderer cannot draw (validation should have caught it first)."""


@dataclass
class RenderContext:
    """What a slide needs to know beyond its spec, and the links waiting for their targets."""

    session: int | None = None
    short_title: str = t.COURSE_SHORT_TITLE
    images_dir: Path | None = None
    pending_links: list[tuple[Any, str]] = field(default_factory=list)
    #: handout id -> title, so an activity card names the handout as printed, not by its id
    handout_titles: dict[str, str] = field(default_factory=dict)

    def footer_text(self) -> str:
        if self.session is None:
            return self.short_title
        return f"Session {self.session} · {self.short_title}"


@dataclass
class Para:
    """One paragraph to write: text and explicit formatting (None inherits from the placeholder)."""

    text: str
    size: int
    level: int = 0
    bold: bool | None = None
    italic: bool | None = None
    colour: str | None = None
    bullet: bool | None = None  # False: force no bullet
    align: Any = None
    space_before: float | None = None


# --- text helpers --------------------------------------------------------------------------------------
def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)


def _no_bullet(paragraph: Any) -> None:
    pPr = paragraph._p.get_or_add_pPr()
    pPr.set("marL", "0")
    pPr.set("indent", "0")
    for old in pPr.findall(qn("a:buNone")) + pPr.findall(qn("a:buChar")):
        pPr.remove(old)
    etree.SubElement(pPr, qn("a:buNone"))


def write_paragraphs(text_frame: Any, paras: list[Para]) -> None:
    """Replace a text frame's text with ``paras`` (at least one paragraph is kept)."""
    text_frame.clear()
    for i, spec in enumerate(paras):
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        p.level = spec.level
        if spec.align is not None:
            p.alignment = spec.align
        if spec.space_before is not None:
            p.space_before = Pt(spec.space_before)
        if spec.bullet is False:
            _no_bullet(p)
        run = p.add_run()
        run.text = spec.text
        font = run.font
        font.size = Pt(spec.size)
        if spec.bold is not None:
            font.bold = spec.bold
        if spec.italic is not None:
            font.italic = spec.italic
        if spec.colour is not None:
            font.color.rgb = _rgb(spec.colour)


def _textbox(slide: Slide, box: t.Box, name: str, paras: list[Para], anchor: Any = MSO_ANCHOR.TOP) -> Any:
    shape = slide.shapes.add_textbox(*box.emu())
    shape.name = name
    tf = shape.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    write_paragraphs(tf, paras)
    return shape


def _box_shape(
    shapes: Any,
    box: t.Box,
    name: str,
    paras: list[Para],
    *,
    fill: str | None,
    line: str | None = None,
    rounded: bool = False,
    anchor: Any = MSO_ANCHOR.MIDDLE,
) -> Any:
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE
    shape = shapes.add_shape(kind, *box.emu())
    shape.name = name
    if rounded:
        shape.adjustments[0] = 0.12
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = _rgb(line)
        shape.line.width = Pt(1.5)
    _drop_style(shape)
    tf = shape.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.12)
    tf.margin_top = tf.margin_bottom = Inches(0.06)
    write_paragraphs(tf, paras)
    return shape


def _drop_style(shape: Any) -> None:
    """Remove the autoshape's theme style reference (shadow, theme line and font colour): we set our own."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _placeholder(slide: Slide, idx: int) -> Any:
    for ph in slide.placeholders:
        if ph.placeholder_format.idx == idx:
            return ph
    return None


def _fill_placeholder(slide: Slide, idx: int, box: t.Box, name: str, paras: list[Para]) -> Any:
    """Write into the layout's placeholder ``idx``, or a text box at ``box`` when a customised layout lacks it."""
    ph = _placeholder(slide, idx)
    if ph is None:
        return _textbox(slide, box, name, paras)
    write_paragraphs(ph.text_frame, paras)
    return ph


def _set_alt_text(shape: Any, alt: str) -> None:
    element = shape._element
    for path in ("p:nvSpPr/p:cNvPr", "p:nvGrpSpPr/p:cNvPr", "p:nvGraphicFramePr/p:cNvPr", "p:nvPicPr/p:cNvPr"):
        found = element.find(path, namespaces={"p": "http://schemas.openxmlformats.org/presentationml/2006/main"})
        if found is not None:
            found.set("descr", alt)
            return


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _size(spec: dict[str, Any], part: str, default: int) -> int:
    """The type size ``deck.fit`` chose for ``part`` (``title``, ``body``) of a fitted slide, else ``default``."""
    sizes = spec.get("sizes")
    return int(sizes[part]) if isinstance(sizes, dict) and part in sizes else default


# --- per-layout bodies ---------------------------------------------------------------------------------
def _title_slide(slide: Slide, spec: dict[str, Any]) -> None:
    if spec.get("subtitle"):
        _fill_placeholder(slide, 1, t.TITLE_SLIDE_SUBTITLE, "Subtitle", [Para(_text(spec["subtitle"]), t.SUBTITLE_PT)])


def _bullets(slide: Slide, spec: dict[str, Any]) -> None:
    paras: list[Para] = []
    for item in spec.get("bullets") or []:
        if isinstance(item, dict):
            paras.append(Para(_text(item.get("text")), _size(spec, "body", t.BODY_PT), space_before=12))
            paras.extend(Para(_text(sub), t.SUB_PT, level=1, space_before=4) for sub in item.get("sub") or [])
        else:
            paras.append(Para(_text(item), _size(spec, "body", t.BODY_PT), space_before=12))
    if paras:
        paras[0].space_before = 0
    _fill_placeholder(slide, 1, t.BODY_BOX, "Bullets", paras)


def _two_column(slide: Slide, spec: dict[str, Any]) -> None:
    for side, head_idx, body_idx, head_box, body_box in (
        ("left", 13, 1, t.LEFT_HEADING, t.LEFT_BODY),
        ("right", 14, 2, t.RIGHT_HEADING, t.RIGHT_BODY),
    ):
        column = spec.get(side) or {}
        _fill_placeholder(
            slide, head_idx, head_box, f"{side} heading", [Para(_text(column.get("heading")), t.HEADING_PT, bold=True)]
        )
        paras = [Para(_text(b), t.COLUMN_PT, space_before=8) for b in column.get("bullets") or []]
        if paras:
            paras[0].space_before = 0
        _fill_placeholder(slide, body_idx, body_box, f"{side} column", paras or [Para("", t.COLUMN_PT)])


def _chart(slide: Slide, spec: dict[str, Any]) -> None:
    chart_spec = spec["chart"]
    kind = chart_spec["type"]
    fmt = chart_spec.get("number_format") or "General"
    data = CategoryChartData(number_format=fmt)
    data.categories = [_text(c) for c in chart_spec["categories"]]
    for series in chart_spec["series"]:
        data.add_series(_text(series["name"]), list(series["values"]), fmt)
    box = t.BODY_ABOVE_CAPTION if spec.get("caption") else t.BODY_BOX
    ph = _placeholder(slide, 1)
    if ph is not None and ph.placeholder_format.type == PP_PLACEHOLDER.CHART:
        frame = ph.insert_chart(_CHART_TYPES[kind], data)
        frame.left, frame.top, frame.width, frame.height = box.emu()
    else:
        frame = slide.shapes.add_chart(_CHART_TYPES[kind], *box.emu(), cast(Any, data))
    frame.name = "Chart"
    _set_alt_text(frame, _text(chart_spec.get("alt")))
    _style_chart(frame.chart, kind, fmt, len(chart_spec["series"]))
    if spec.get("caption"):
        _textbox(
            slide, t.CAPTION_BOX, "Caption", [Para(_text(spec["caption"]), t.CAPTION_PT, italic=True, colour=t.TEXT)]
        )


def _style_chart(chart: Any, kind: str, fmt: str, n_series: int) -> None:
    chart.font.size = Pt(t.CHART_PT)
    chart.font.color.rgb = _rgb(t.TEXT)
    chart.has_title = False
    plot = chart.plots[0]
    round_chart = kind in ("pie", "doughnut")
    chart.has_legend = n_series > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(t.CHART_PT)
    if kind in ("column", "bar", "stacked-bar"):
        plot.gap_width = 60
        if kind == "stacked-bar":
            plot.overlap = 100
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = fmt
    labels.number_format_is_linked = False
    labels.font.size = Pt(t.CHART_PT)
    if round_chart:
        labels.show_category_name = True
        labels.show_value = True
        labels.position = XL_LABEL_POSITION.OUTSIDE_END if kind == "pie" else XL_LABEL_POSITION.CENTER
        if kind == "doughnut":
            labels.show_category_name = False
            chart.has_legend = True
            chart.legend.position = XL_LEGEND_POSITION.RIGHT
            chart.legend.include_in_layout = False
            chart.legend.font.size = Pt(t.CHART_PT)
        for i, point in enumerate(plot.series[0].points):
            colour = _PIE_COLOURS[i % len(_PIE_COLOURS)]
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(colour)
            point.format.line.color.rgb = _rgb(t.WHITE)
            if kind == "doughnut":
                dark = t.relative_luminance(colour) < 0.25
                point.data_label.font.size = Pt(t.CHART_PT)
                point.data_label.font.color.rgb = _rgb(t.WHITE if dark else t.TEXT)
        return
    if kind == "stacked-bar":
        labels.position = XL_LABEL_POSITION.CENTER
    elif kind == "line":
        labels.position = XL_LABEL_POSITION.ABOVE
    else:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    for i, series in enumerate(plot.series):
        colour = t.CHART_SERIES[i % len(t.CHART_SERIES)]
        if kind == "line":
            series.format.line.color.rgb = _rgb(colour)
            series.format.line.width = Pt(3)
            series.marker.style = _MARKERS[i % len(_MARKERS)]
            series.marker.size = 9
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = _rgb(colour)
            series.smooth = False
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _rgb(colour)
            if kind == "stacked-bar":
                dark = t.relative_luminance(colour) < 0.25
                series.data_labels.font.size = Pt(t.CHART_PT)
                series.data_labels.font.color.rgb = _rgb(t.WHITE if dark else t.TEXT)
                series.data_labels.number_format = fmt
                series.data_labels.number_format_is_linked = False
                series.data_labels.position = XL_LABEL_POSITION.CENTER
                series.data_labels.show_value = True
    category_axis = chart.category_axis
    value_axis = chart.value_axis
    category_axis.tick_labels.font.size = Pt(t.CHART_PT)
    category_axis.format.line.color.rgb = _rgb(t.MUTED)
    category_axis.has_major_gridlines = False
    value_axis.has_major_gridlines = kind == "line"
    if value_axis.has_major_gridlines:
        value_axis.major_gridlines.format.line.color.rgb = _rgb("D9D9D9")
    value_axis.tick_labels.font.size = Pt(t.CHART_PT)
    value_axis.tick_labels.number_format = fmt
    value_axis.tick_labels.number_format_is_linked = False
    if kind in ("column", "bar", "stacked-bar"):
        value_axis.visible = False  # the data labels carry the values
    if kind in ("bar", "stacked-bar"):
        category_axis.reverse_order = True  # read top-down in source order


def _table(slide: Slide, spec: dict[str, Any]) -> None:
    table_spec = spec["table"]
    columns = [_text(c) for c in table_spec["columns"]]
    rows = [[_text(c) for c in row] for row in table_spec["rows"]]
    n_rows, n_cols = len(rows) + 1, len(columns)
    ph = _placeholder(slide, 1)
    box = t.BODY_BOX
    if ph is not None and ph.placeholder_format.type == PP_PLACEHOLDER.TABLE:
        frame = ph.insert_table(n_rows, n_cols)
    else:
        frame = slide.shapes.add_table(n_rows, n_cols, *box.emu())
    frame.name = "Table"
    frame.left, frame.top, frame.width = box.left, box.top, box.width
    row_h = int(min(Inches(0.5), box.height / n_rows))
    frame.height = row_h * n_rows
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for r in range(n_rows):
        table.rows[r].height = row_h
        for c in range(n_cols):
            cell = table.cell(r, c)
            header = r == 0
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(t.BLUE if header else (t.WHITE if r % 2 else t.BLUE_TINT))
            cell.margin_left = cell.margin_right = Inches(0.1)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            text = columns[c] if header else rows[r - 1][c]
            write_paragraphs(
                cell.text_frame,
                [Para(text, t.TABLE_PT, bold=header, colour=t.WHITE if header else t.TEXT)],
            )


def _quote(slide: Slide, spec: dict[str, Any]) -> None:
    quote = spec["quote"]
    text = _text(quote.get("text")).strip()
    if not text.startswith(("“", '"')):
        text = f"“{text}”"
    _fill_placeholder(slide, 1, t.QUOTE_TEXT, "Quote", [Para(text, _size(spec, "body", t.QUOTE_PT))])
    by = _text(quote.get("by")).strip()
    if by:
        _fill_placeholder(slide, 13, t.QUOTE_BY, "Attribution", [Para(f"— {by}", t.BY_PT)])


#: Source layouts drawn on another layout of the master (a statistic is a title and two text boxes).
SHARED_LAYOUTS = {"statistic": "diagram"}


def _statistic(slide: Slide, spec: dict[str, Any]) -> None:
    """One big number with what it counts: for a single figure, which a one-bar chart shows badly."""
    stat = spec["statistic"]
    _textbox(
        slide,
        t.STATISTIC_FIGURE,
        "Figure",
        [Para(_text(stat.get("figure")), t.STATISTIC_PT, bold=True, colour=t.BLUE, align=PP_ALIGN.CENTER)],
        anchor=MSO_ANCHOR.BOTTOM,
    )
    _textbox(
        slide,
        t.STATISTIC_LABEL,
        "Figure label",
        [Para(_text(stat.get("label")), t.STATISTIC_LABEL_PT, colour=t.TEXT, align=PP_ALIGN.CENTER)],
    )
    if spec.get("caption"):
        _textbox(
            slide, t.CAPTION_BOX, "Caption", [Para(_text(spec["caption"]), t.CAPTION_PT, italic=True, colour=t.TEXT)]
        )


def _diagram(slide: Slide, spec: dict[str, Any]) -> None:
    diagram = spec["diagram"]
    area = t.BODY_ABOVE_CAPTION if spec.get("caption") else t.BODY_BOX
    group = slide.shapes.add_group_shape()
    group.name = f"Diagram ({diagram.get('kind')})"
    kind = diagram.get("kind")
    if kind == "cycle":
        _cycle(group.shapes, [_text(i) for i in diagram.get("items") or []], area)
    elif kind == "boxes":
        _boxes(group.shapes, diagram.get("items") or [], area)
    elif kind == "tree":
        tree = diagram if "root" in diagram or "children" in diagram else diagram.get("items") or {}
        _tree(group.shapes, tree, area)
    else:
        raise RenderError(f"unknown diagram kind {kind!r}")
    _set_alt_text(group, _text(diagram.get("alt")))
    if spec.get("caption"):
        _textbox(
            slide, t.CAPTION_BOX, "Caption", [Para(_text(spec["caption"]), t.CAPTION_PT, italic=True, colour=t.TEXT)]
        )


def _cycle(shapes: Any, items: list[str], area: t.Box) -> None:
    n = len(items)
    node_w, node_h = 3.3, 1.0
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    rx, ry = min(4.0, (area.w - node_w) / 2), (area.h - node_h) / 2
    ring = shapes.add_shape(MSO_SHAPE.OVAL, *t.Box(cx - rx, cy - ry, 2 * rx, 2 * ry).emu())
    ring.name = "Cycle ring"
    ring.fill.background()
    ring.line.color.rgb = _rgb(t.RULE)
    ring.line.width = Pt(3)
    _drop_style(ring)
    for i, item in enumerate(items):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        x = cx + rx * math.cos(angle) - node_w / 2
        y = cy + ry * math.sin(angle) - node_h / 2
        _box_shape(
            shapes,
            t.Box(x, y, node_w, node_h),
            f"Step {i + 1}",
            [Para(f"{i + 1}. {item}", t.DIAGRAM_PT, colour=t.BLUE, bold=True, align=PP_ALIGN.CENTER)],
            fill=t.BLUE_TINT,
            line=t.BLUE,
            rounded=True,
        )


def text_height_in(text: str, width_in: float, size_pt: float) -> float:
    """Height of ``text`` wrapped to ``width_in`` at ``size_pt``, in inches: measured with Carlito (Calibri's
    metrics, as the build's overflow check does) when its files are installed, else estimated at half an
    em per character."""
    line_em = 1.22  # Calibri/Carlito ascent + descent + line gap, over units per em
    try:
        from trainerkit.deck.textfit import wrap

        lines = len(wrap(text, width_in * 72, size_pt))
    except (ImportError, OSError, RuntimeError):
        per_line = max(1, int(width_in * 72 / (0.5 * size_pt)))
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
    return lines * size_pt * line_em / 72


def _boxes(shapes: Any, items: list[Any], area: t.Box) -> None:
    """Cards in a row: a coloured label over a tinted text box. The text boxes are as tall as the longest
    text needs (at least ``CARD_MIN_TEXT_H``), and the row is centred in the area, so short cards do not
    leave a tall empty panel."""
    n = len(items)
    gap = 0.3
    w = (area.w - gap * (n - 1)) / n
    head_h = 0.9
    texts = [_text(item.get("text")) if isinstance(item, dict) else "" for item in items]
    inner_w = w - 2 * 0.12
    needed = max((text_height_in(text, inner_w, t.DIAGRAM_PT) for text in texts if text), default=0.0)
    body_h = min(area.h - head_h, max(t.CARD_MIN_TEXT_H, needed + 2 * 0.06 + 0.3))
    top = area.y + (area.h - head_h - body_h) / 2
    for i, item in enumerate(items):
        x = area.x + i * (w + gap)
        label = _text(item.get("label")) if isinstance(item, dict) else _text(item)
        text = texts[i]
        _box_shape(
            shapes,
            t.Box(x, top, w, head_h),
            f"Box {i + 1} label",
            [Para(label, t.DIAGRAM_PT + 2, bold=True, colour=t.WHITE, align=PP_ALIGN.CENTER)],
            fill=t.BLUE,
        )
        _box_shape(
            shapes,
            t.Box(x, top + head_h, w, body_h),
            f"Box {i + 1} text",
            [Para(text, t.DIAGRAM_PT, colour=t.TEXT)],
            fill=t.BLUE_TINT,
            anchor=MSO_ANCHOR.TOP,
        )


def _line(shapes: Any, x1: float, y1: float, x2: float, y2: float) -> None:
    connector = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(x1), Inches(y1), Inches(x2), Inches(y2))
    connector.line.color.rgb = _rgb(t.RULE)
    connector.line.width = Pt(2.25)


def _tree(shapes: Any, tree: dict[str, Any], area: t.Box) -> None:
    children = tree.get("children") or []
    n = max(1, len(children))
    root_w, root_h = 6.0, 0.85
    root_x = area.x + (area.w - root_w) / 2
    gap = 0.3
    child_w = (area.w - gap * (n - 1)) / n
    bus_y = area.y + root_h + 0.3
    child_y = bus_y + 0.3
    label_h = 0.85
    centres = [area.x + i * (child_w + gap) + child_w / 2 for i in range(n)]
    _line(shapes, area.x + area.w / 2, area.y + root_h, area.x + area.w / 2, bus_y)
    _line(shapes, centres[0], bus_y, centres[-1], bus_y)
    for c in centres:
        _line(shapes, c, bus_y, c, child_y)
    _box_shape(
        shapes,
        t.Box(root_x, area.y, root_w, root_h),
        "Root",
        [Para(_text(tree.get("root")), t.DIAGRAM_PT + 2, bold=True, colour=t.WHITE, align=PP_ALIGN.CENTER)],
        fill=t.BLUE,
    )
    for i, child in enumerate(children):
        x = area.x + i * (child_w + gap)
        _box_shape(
            shapes,
            t.Box(x, child_y, child_w, label_h),
            f"Branch {i + 1}",
            [Para(_text(child.get("label")), t.DIAGRAM_PT, bold=True, colour=t.BLUE, align=PP_ALIGN.CENTER)],
            fill=t.BLUE_TINT,
            line=t.BLUE,
        )
        items = [_text(x) for x in child.get("items") or []]
        if items:
            _box_shape(
                shapes,
                t.Box(x, child_y + label_h, child_w, area.y + area.h - child_y - label_h),
                f"Branch {i + 1} items",
                [Para(f"• {item}", t.DIAGRAM_PT, colour=t.TEXT, space_before=4, align=PP_ALIGN.LEFT) for item in items],
                fill=None,
                anchor=MSO_ANCHOR.TOP,
            )


def _activity(slide: Slide, spec: dict[str, Any], context: RenderContext) -> None:
    act = spec["activity"]
    _fill_placeholder(slide, 1, t.ACTIVITY_TASK, "Task", [Para(_text(act.get("task")), t.BODY_PT)])
    debrief = [_text(q) for q in act.get("debrief") or []]
    if debrief:
        paras = [Para("Debrief", t.SUB_PT, bold=True, colour=t.WARM, bullet=False)]
        paras += [Para(q, t.SUB_PT, space_before=6) for q in debrief]
        _fill_placeholder(slide, 2, t.ACTIVITY_DEBRIEF, "Debrief", paras)
    facts: list[Para] = []
    minutes = act.get("minutes")
    if minutes is not None:
        minutes_text = format_duration(minutes) if isinstance(minutes, int) else _text(minutes)
    for label, value in (
        ("Groups", act.get("groups")),
        ("Time", minutes_text if minutes is not None else None),
        ("Handout", context.handout_titles.get(str(act.get("handout")), act.get("handout"))),
    ):
        if value is None or value == "":
            continue
        facts.append(Para(label, t.SUB_PT, bold=True, colour=t.WARM, space_before=0 if not facts else 14))
        facts.append(Para(_text(value), t.SUB_PT + 2, colour=t.TEXT))
    if facts:
        panel = t.Box(t.ACTIVITY_PANEL.x + 0.15, t.ACTIVITY_PANEL.y + 0.1, t.ACTIVITY_PANEL.w - 0.3, 4.3)
        _fill_placeholder(slide, 13, panel, "Groups, time, handout", facts)


def _links(slide: Slide, spec: dict[str, Any], context: RenderContext) -> None:
    top = t.BODY_BOX.y
    if spec.get("intro"):
        _textbox(slide, t.LINKS_INTRO, "Intro", [Para(_text(spec["intro"]), t.SUB_PT + 2, colour=t.TEXT)])
        top += t.LINKS_INTRO.h + 0.15
    links = spec.get("links") or []
    n = len(links)
    cols = 1 if n <= 3 else 2 if n <= 6 else 3
    rows = math.ceil(n / cols)
    gap = 0.25
    bottom = t.BODY_BOX.y + t.BODY_BOX.h
    w = (t.CONTENT_W - gap * (cols - 1)) / cols
    h = min(1.25, (bottom - top - gap * (rows - 1)) / rows)
    for i, link in enumerate(links):
        r, c = divmod(i, cols)
        box = t.Box(t.MARGIN + c * (w + gap), top + r * (h + gap), w, h)
        target = _text(link.get("target"))
        shape = _box_shape(
            slide.shapes,
            box,
            f"{LINK_SHAPE_PREFIX}{target}",
            [Para(_text(link.get("text")), t.LINK_PT, bold=True, colour=t.BLUE)],
            fill=t.BLUE_TINT,
            line=t.BLUE,
            rounded=True,
        )
        context.pending_links.append((shape, target))


def _inside(folder: Path, name: Path) -> Path:
    """``folder / name`` when that is a file inside ``folder`` (no absolute path, ``..`` or link out of
    it); a ``ValueError`` otherwise, so a slide never embeds a file from elsewhere on the disk."""
    candidate = folder / name
    if name.is_absolute() or ".." in name.parts or candidate.is_symlink():
        raise ValueError(f"the picture '{name}' is not one of the stored pictures")
    if not candidate.resolve().is_relative_to(folder.resolve()):
        raise ValueError(f"the picture '{name}' is not one of the stored pictures")
    return candidate


def _picture(slide: Slide, spec: dict[str, Any], context: RenderContext) -> None:
    pic_spec = spec["picture"]
    path = Path(_text(pic_spec.get("image")))
    if context.images_dir is not None:
        path = _inside(context.images_dir, path)
    box = t.BODY_ABOVE_CAPTION if spec.get("caption") else t.BODY_BOX
    ph = _placeholder(slide, 1)
    if ph is not None:
        ph._element.getparent().remove(ph._element)
    picture = slide.shapes.add_picture(str(path), box.left, box.top)
    scale = min(box.width / picture.width, box.height / picture.height)
    picture.width, picture.height = Emu(int(picture.width * scale)), Emu(int(picture.height * scale))
    picture.left = Emu(box.left + (box.width - picture.width) // 2)
    picture.top = Emu(box.top + (box.height - picture.height) // 2)
    picture.name = "Picture"
    _set_alt_text(picture, _text(pic_spec.get("alt")))
    if slide.shapes.title is not None:  # read after the title and before the caption, as it is seen
        slide.shapes.title._element.addnext(picture._element)
    if spec.get("caption"):
        size = _size(spec, "body", t.CAPTION_PT)
        _fill_placeholder(slide, 13, t.CAPTION_BOX, "Caption", [Para(_text(spec["caption"]), size)])


# --- slide furniture -----------------------------------------------------------------------------------
def _footer(slide: Slide, context: RenderContext, number: int) -> None:
    """Copy the layout's footer and slide-number placeholders onto the slide, as PowerPoint does."""
    wanted: dict[Any, Any] = {PP_PLACEHOLDER.FOOTER: None, PP_PLACEHOLDER.SLIDE_NUMBER: None}
    layout_placeholders: Any = slide.slide_layout.placeholders
    for ph in layout_placeholders:
        if ph.placeholder_format.type in wanted:
            wanted[ph.placeholder_format.type] = ph
    tree = slide.shapes._spTree
    footer = wanted[PP_PLACEHOLDER.FOOTER]
    if footer is not None:
        element = _clone_placeholder(slide, footer._element)
        tree.append(element)
        shape = next(s for s in slide.placeholders if s._element is element)
        write_paragraphs(shape.text_frame, [Para(context.footer_text(), t.FOOTER_PT)])
    else:
        _textbox(slide, t.FOOTER_BOX, "Footer", [Para(context.footer_text(), t.FOOTER_PT, colour=t.MUTED)])
    number_ph = wanted[PP_PLACEHOLDER.SLIDE_NUMBER]
    if number_ph is not None:
        element = _clone_placeholder(slide, number_ph._element)
        for text in element.iter(qn("a:t")):
            text.text = str(number)
        for rpr in element.iter(qn("a:rPr")):
            rpr.set("sz", str(t.FOOTER_PT * 100))
        tree.append(element)


def _clone_placeholder(slide: Slide, layout_element: Any) -> Any:
    element = copy.deepcopy(layout_element)
    cNvPr = element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}")
    cNvPr.set("id", str(slide.shapes._next_shape_id))
    spPr = element.find(qn("p:spPr"))
    for child in list(spPr):
        spPr.remove(child)  # inherit position from the layout
    txBody = element.find(qn("p:txBody"))
    lst = txBody.find(qn("a:lstStyle"))
    for child in list(lst):
        lst.remove(child)
    return element


def _source_line(slide: Slide, spec: dict[str, Any]) -> None:
    source = _text(spec.get("source")).strip()
    if not source:
        return
    if not source.lower().startswith("source"):
        source = f"Source: {source}"
    box = t.SOURCE_BOX_WITH_BACK if spec.get("back") else t.SOURCE_BOX
    _textbox(slide, box, SOURCE_SHAPE, [Para(source, t.SOURCE_PT, colour=t.MUTED)], anchor=MSO_ANCHOR.BOTTOM)


def _adapt_label(slide: Slide, spec: dict[str, Any]) -> None:
    text = _text(spec.get("adapt")).strip()
    if not text:
        return
    _box_shape(
        slide.shapes,
        t.ADAPT_BOX,
        ADAPT_SHAPE,
        [Para(f"To adapt: {text}", t.ADAPT_PT, bold=True, colour=t.WHITE, align=PP_ALIGN.LEFT)],
        fill=t.WARM,
    )


def _back_button(slide: Slide) -> None:
    shape = _box_shape(
        slide.shapes,
        t.BACK_BOX,
        BACK_SHAPE,
        [Para("‹ Back", t.BACK_PT, bold=True, colour=t.BLUE, align=PP_ALIGN.CENTER)],
        fill=t.WHITE,
        line=t.BLUE,
        rounded=True,
    )
    set_jump_to_last_viewed(shape)


def set_jump_to_last_viewed(shape: Any) -> None:
    """Make a click on ``shape`` return to the last slide viewed (PowerPoint's "Last Slide Viewed")."""
    cNvPr = shape._element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}")
    for old in cNvPr.findall(qn("a:hlinkClick")):
        cNvPr.remove(old)
    hlink = etree.SubElement(cNvPr, qn("a:hlinkClick"))
    hlink.set(qn("r:id"), "")
    hlink.set("action", BACK_ACTION)


def _remove_empty_placeholders(slide: Slide) -> None:
    for ph in list(slide.placeholders):
        kind = ph.placeholder_format.type
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            continue
        if ph.has_text_frame and not ph.text_frame.text.strip():
            ph._element.getparent().remove(ph._element)
        elif (
            kind in (PP_PLACEHOLDER.CHART, PP_PLACEHOLDER.TABLE, PP_PLACEHOLDER.PICTURE)
            and not ph.has_text_frame
            and ph._element.tag == qn("p:sp")
        ):
            # an unfilled object placeholder (python-pptx returns the filled ones as graphic frames)
            ph._element.getparent().remove(ph._element)


# --- public API ----------------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"""[.?!:;)"'”’]$""")


def notes_text(source: str) -> str:
    """Speaker notes as PowerPoint should show them: one paragraph per paragraph of the source.

    Sources keep notes readable in an editor, so some wrap prose at a fixed width; a line break there
    is not a paragraph break and would show as a broken line in the notes pane. When any line of a
    paragraph ends mid-sentence, the paragraph's lines are joined; lines that each end a sentence (one
    sentence per line) and blank-line-separated paragraphs are kept as they are."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", source.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        wrapped = any(not _SENTENCE_END.search(line) for line in lines[:-1])
        paragraphs.extend([" ".join(lines)] if wrapped else lines)
    return "\n".join(paragraphs)


def add_slide(prs: Any, spec: dict[str, Any], context: RenderContext) -> Slide:
    """Append one slide rendered from ``spec`` and return it.

    Links are only recorded; call :func:`resolve_links` after the last slide that may be a target.
    """
    layout_id = spec.get("layout")
    if layout_id not in t.LAYOUT_NAMES and layout_id not in SHARED_LAYOUTS:
        raise RenderError(f"unknown layout {layout_id!r}")
    slide = prs.slides.add_slide(t.layout_by_id(prs, SHARED_LAYOUTS.get(layout_id, layout_id)))
    for ph in slide.placeholders:
        base = ph._base_placeholder
        if base is not None:
            ph.name = base.name  # "Bullets", "Task": the layout's names, not "Text Placeholder 2"
    title_pt = _size(spec, "title", {"title": t.TITLE_SLIDE_PT, "section": t.SECTION_PT}.get(layout_id, t.TITLE_PT))
    if slide.shapes.title is not None:
        write_paragraphs(slide.shapes.title.text_frame, [Para(_text(spec.get("title")), title_pt)])
    else:
        _textbox(slide, t.TITLE_BOX, "Title", [Para(_text(spec.get("title")), title_pt, bold=True, colour=t.BLUE)])

    if layout_id in ("title", "section"):
        _title_slide(slide, spec)
    elif layout_id == "bullets":
        _bullets(slide, spec)
    elif layout_id == "two-column":
        _two_column(slide, spec)
    elif layout_id == "chart":
        _chart(slide, spec)
    elif layout_id == "table":
        _table(slide, spec)
    elif layout_id == "quote":
        _quote(slide, spec)
    elif layout_id == "diagram":
        _diagram(slide, spec)
    elif layout_id == "statistic":
        _statistic(slide, spec)
    elif layout_id == "activity":
        _activity(slide, spec, context)
    elif layout_id == "links":
        _links(slide, spec, context)
    elif layout_id == "picture":
        _picture(slide, spec, context)

    _remove_empty_placeholders(slide)
    _source_line(slide, spec)
    _adapt_label(slide, spec)
    if spec.get("back"):
        _back_button(slide)
    _footer(slide, context, len(prs.slides))

    notes = notes_text(_text(spec.get("notes")))
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    if spec.get("hidden"):
        slide._element.set("show", "0")
    if spec.get("key"):
        set_slide_key(slide, _text(spec["key"]))
    set_slide_tag(slide, LAYOUT_TAG, _text(layout_id))
    if spec.get("adapt"):
        set_slide_tag(slide, ADAPT_TAG, _text(spec["adapt"]))
    if spec.get("step") is not None:
        set_slide_tag(slide, STEP_TAG, _text(spec["step"]))
    return slide


def resolve_links(prs: Any, context: RenderContext) -> list[str]:
    """Point every recorded link at its target slide (found by key tag); return the targets not found."""
    by_key: dict[str, Slide] = {}
    for slide in prs.slides:
        key = get_slide_key(slide)
        if key:
            by_key.setdefault(key, slide)
    missing: list[str] = []
    for shape, target in context.pending_links:
        slide = by_key.get(target)
        if slide is None:
            missing.append(target)
            continue
        shape.click_action.target_slide = slide
    context.pending_links.clear()
    return missing


def emu_to_inches(value: int) -> float:
    return Emu(value).inches
