"""Do a chart's data labels fit their bars? Measured from the slide source, like the text-overflow check.

A label drawn inside a bar (the centre of a stacked-bar segment) must be narrower than its segment; a
label outside the end of a bar must fit between the bar's end and the edge of the chart (the plot and
its inset); a label over a column must fit above it and be no wider than the column's place. Widths are
measured with Carlito's metrics (Calibri's), as ``textfit`` measures text boxes; the plot's size and its
value axis's maximum are estimated the way PowerPoint and LibreOffice lay a chart out in the box the
renderer gives it (``deck.render._chart``).

Build-time only: never imports Qt.
"""

from __future__ import annotations

import math
import re
from typing import Any

from trainerkit.deck import theme as t
from trainerkit.deck.textfit import LINE_HEIGHT_EM, text_width_pt

LABEL_PAD_PT = 4.0  # space a chart keeps around a data label, each side
AXIS_PAD_PT = 18.0  # plot area inset from the chart frame
CATEGORY_GAP_PT = 10.0  # between a bar chart's category labels and its bars


def format_value(value: float, number_format: str) -> str:
    """A number as an Excel-style ``number_format`` shows it: ``'0" million"'`` -> ``26 million``,
    ``'#,##0'`` -> ``40,000``, ``'0.0"%"'`` -> ``3.5%``, ``'0%'`` -> ``35%`` (of 0.35). Other formats
    show the number plainly."""
    literals = re.findall(r'"([^"]*)"', number_format)
    core = re.sub(r'"[^"]*"', "\0", number_format)
    match = re.search(r"[#0,]*0(?:\.(0+))?", core)
    if not match or number_format in ("", "General"):
        return f"{value:g}"
    decimals = len(match.group(1) or "")
    percent = "%" in core.replace("\0", "")
    number = value * 100 if percent else value
    text = f"{number:,.{decimals}f}" if "," in match.group(0) else f"{number:.{decimals}f}"
    prefix = core[: match.start()]
    suffix = core[match.end() :]
    parts = iter(literals)
    prefix = re.sub("\0", lambda _m: next(parts, ""), prefix)
    suffix = re.sub("\0", lambda _m: next(parts, ""), suffix)
    return f"{prefix}{text}{suffix}"


def nice_axis_max(largest: float) -> float:
    """The value axis maximum an office suite picks: the next multiple of a 1-2-5 major unit above the
    largest value (with a little headroom)."""
    if largest <= 0:
        return 1.0
    rough = largest / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    unit = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough)
    return math.ceil(largest * 1.05 / unit) * unit


def label_problems(spec: dict[str, Any]) -> list[str]:
    """Every data label of a chart slide that does not fit its bar, as one sentence each."""
    chart = spec.get("chart") or {}
    kind = chart.get("type")
    if kind not in ("column", "bar", "stacked-bar"):
        return []
    fmt = chart.get("number_format") or "General"
    categories = [str(c) for c in chart.get("categories") or []]
    series = [s for s in chart.get("series") or [] if isinstance(s, dict)]
    if not categories or not series:
        return []
    box = t.BODY_ABOVE_CAPTION if spec.get("caption") else t.BODY_BOX
    width, height = box.w * 72 - 2 * AXIS_PAD_PT, box.h * 72 - 2 * AXIS_PAD_PT
    if len(series) > 1:
        height -= t.CHART_PT * LINE_HEIGHT_EM + LABEL_PAD_PT  # the legend below the plot
    label_h = t.CHART_PT * LINE_HEIGHT_EM
    where = f"slide {spec.get('key')}"
    problems: list[str] = []

    def label_w(value: float) -> float:
        return text_width_pt(format_value(value, fmt), t.CHART_PT) + 2 * LABEL_PAD_PT

    if kind in ("bar", "stacked-bar"):
        width -= max(text_width_pt(c, t.CHART_PT) for c in categories) + CATEGORY_GAP_PT
    else:
        height -= label_h  # the category labels under the columns
    values = [[float(v or 0) for v in s.get("values") or []] for s in series]
    if kind == "stacked-bar":
        axis = nice_axis_max(max(sum(col) for col in zip(*values, strict=True)))
        for s, row in zip(series, values, strict=True):
            for category, value in zip(categories, row, strict=True):
                segment = value / axis * width
                needed = label_w(value)
                if value and needed > segment:
                    problems.append(
                        f"{where}: the label '{format_value(value, fmt)}' ({needed:.0f} pt) is wider than its "
                        f"bar segment ({s.get('name')}, {category}: {segment:.0f} pt); compare the values "
                        "side by side (type: bar) instead"
                    )
        return problems
    axis = nice_axis_max(max(max(row) for row in values))
    slot = (height if kind == "bar" else width) / len(categories)
    for s, row in zip(series, values, strict=True):
        for category, value in zip(categories, row, strict=True):
            text = format_value(value, fmt)
            # an outside label may use the plot's inset from the frame, never more
            if kind == "bar":
                room = (axis - value) / axis * width + AXIS_PAD_PT
                if label_w(value) > room:
                    problems.append(
                        f"{where}: the label '{text}' ({label_w(value):.0f} pt wide) does not fit beside its bar "
                        f"({s.get('name')}, {category}: {room:.0f} pt free)"
                    )
                continue
            room = (axis - value) / axis * height + AXIS_PAD_PT
            if label_h + LABEL_PAD_PT > room:
                problems.append(
                    f"{where}: the label '{text}' ({label_h + LABEL_PAD_PT:.0f} pt high) does not fit above its "
                    f"column ({s.get('name')}, {category}: {room:.0f} pt free)"
                )
            if label_w(value) > slot:
                problems.append(
                    f"{where}: the label '{text}' ({label_w(value):.0f} pt wide) is wider than its column's "
                    f"place ({s.get('name')}, {category}: {slot:.0f} pt)"
                )
    return problems


def deck_label_problems(slides: list[dict[str, Any]]) -> list[str]:
    """``label_problems`` of every chart slide of a deck source."""
    return [p for spec in slides if spec.get("layout") == "chart" for p in label_problems(spec)]
