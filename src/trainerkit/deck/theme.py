"""The look of the bundled decks: palette, type sizes, geometry, and the slide master that carries them.

One master, one theme, eleven named layouts (title, section, bullets, two columns, chart, table, quote,
diagram, activity card, links, picture with caption), 16:9, Calibri everywhere (LibreOffice substitutes the
metric-compatible Carlito). ``new_presentation()`` returns an empty presentation with this master; the
renderer (:mod:`trainerkit.deck.render`) places text at the geometry defined here, so a change of look is a
change in this one module.

The master is made from python-pptx's default template: its theme colours and fonts are rewritten and its
layouts replaced in place, so the package keeps python-pptx's well-tested parts and relationships.

This module must never import Qt, and never reads or writes files except where a caller passes a path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.util import Emu, Inches, Length, Pt

# --- palette -------------------------------------------------------------------------------------------
# Checked against WCAG AA in tests/test_deck_design.py: every text/background pair >= 4.5:1.
BLUE = "1B3A6B"  # titles, accents, chart main series
WARM = "A84B00"  # activities, "to adapt" labels, calls to action; sparingly
TEXT = "2B2B2B"  # body text
MUTED = "595959"  # source lines, footer
WHITE = "FFFFFF"
BLUE_TINT = "E8EEF6"  # panels and link buttons (text on it: BLUE or TEXT)
WARM_TINT = "FBEDE3"  # activity fact panel (text on it: TEXT or WARM)
LIGHT_ON_BLUE = "D9E2F0"  # subtitles on the section divider's blue
RULE = "8AA2C4"  # decorative lines only, never text
# Charts keep the warm accent for activities: blues and greys that differ in lightness, so a greyscale
# print still tells the series apart (and every chart has data labels and a legend or category labels).
CHART_SERIES = (BLUE, "9DB2D2", "5F5F5F", "D0D0D0")

#: (text colour, background colour, what it is used for): the pairs the contrast test checks.
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    (BLUE, WHITE, "titles"),
    (TEXT, WHITE, "body text"),
    (MUTED, WHITE, "source line and footer"),
    (WARM, WHITE, "activity marker"),
    (WHITE, WARM, "to-adapt label"),
    (WHITE, BLUE, "section title"),
    (LIGHT_ON_BLUE, BLUE, "section subtitle and footer"),
    (BLUE, BLUE_TINT, "link buttons and diagram labels"),
    (TEXT, BLUE_TINT, "diagram text"),
    (TEXT, WARM_TINT, "activity panel text"),
    (WARM, WARM_TINT, "activity panel labels"),
    (WHITE, CHART_SERIES[0], "data labels inside the main series"),
    (TEXT, CHART_SERIES[1], "data labels inside the second series"),
    (WHITE, CHART_SERIES[2], "data labels inside the third series"),
    (TEXT, CHART_SERIES[3], "data labels inside the fourth series"),
)

FONT = "Calibri"
COMPLEX_SCRIPT_FONT = "Arial"  # Calibri has no Arabic; Arial has, on every Windows and Mac

# --- type sizes (points) -------------------------------------------------------------------------------
TITLE_PT = 34
TITLE_SLIDE_PT = 40
SECTION_PT = 40
SUBTITLE_PT = 24
BODY_PT = 24
SUB_PT = 20
COLUMN_PT = 22
HEADING_PT = 24
TABLE_PT = 20
QUOTE_PT = 30
BY_PT = 20
CAPTION_PT = 20
DIAGRAM_PT = 20
LINK_PT = 20
SOURCE_PT = 12
FOOTER_PT = 12
ADAPT_PT = 14
BACK_PT = 14
CHART_PT = 16

COURSE_SHORT_TITLE = "HRBA to Migration"

SLIDE_WIDTH = Emu(12192000)  # 13.333 in
SLIDE_HEIGHT = Emu(6858000)  # 7.5 in


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide, in inches (converted to EMU by the properties)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def left(self) -> Length:
        return Emu(int(Inches(self.x)))

    @property
    def top(self) -> Length:
        return Emu(int(Inches(self.y)))

    @property
    def width(self) -> Length:
        return Emu(int(Inches(self.w)))

    @property
    def height(self) -> Length:
        return Emu(int(Inches(self.h)))

    def emu(self) -> tuple[Length, Length, Length, Length]:
        return self.left, self.top, self.width, self.height


MARGIN = 0.6
CONTENT_W = 13.333 - 2 * MARGIN
TITLE_BOX = Box(MARGIN, 0.45, CONTENT_W, 1.25)
BODY_BOX = Box(MARGIN, 1.85, CONTENT_W, 4.5)
SOURCE_BOX = Box(MARGIN, 6.4, CONTENT_W, 0.42)
SOURCE_BOX_WITH_BACK = Box(MARGIN, 6.4, CONTENT_W - 1.5, 0.42)
BACK_BOX = Box(13.333 - MARGIN - 1.25, 6.38, 1.25, 0.44)
ADAPT_BOX = Box(MARGIN, 0.04, CONTENT_W, 0.4)
FOOTER_BOX = Box(MARGIN, 6.92, 9.0, 0.4)
SLIDE_NUMBER_BOX = Box(13.333 - MARGIN - 1.5, 6.92, 1.5, 0.4)
TITLE_BAR = Box(0.3, 0.62, 0.09, 0.9)  # the short vertical bar beside every content title

TITLE_SLIDE_TITLE = Box(MARGIN + 0.2, 1.4, CONTENT_W - 0.4, 2.5)
TITLE_SLIDE_SUBTITLE = Box(MARGIN + 0.2, 4.35, CONTENT_W - 0.4, 1.4)
SECTION_TITLE = Box(MARGIN + 0.2, 1.7, CONTENT_W - 0.4, 2.4)
SECTION_SUBTITLE = Box(MARGIN + 0.2, 4.35, CONTENT_W - 0.4, 1.3)

COLUMN_GAP = 0.5
COLUMN_W = (CONTENT_W - COLUMN_GAP) / 2
LEFT_HEADING = Box(MARGIN, 1.8, COLUMN_W, 0.6)
RIGHT_HEADING = Box(MARGIN + COLUMN_W + COLUMN_GAP, 1.8, COLUMN_W, 0.6)
LEFT_BODY = Box(MARGIN, 2.42, COLUMN_W, 3.95)
RIGHT_BODY = Box(MARGIN + COLUMN_W + COLUMN_GAP, 2.42, COLUMN_W, 3.95)

QUOTE_TEXT = Box(MARGIN + 0.6, 1.95, CONTENT_W - 1.2, 3.3)
QUOTE_BY = Box(MARGIN + 0.6, 5.35, CONTENT_W - 1.2, 0.9)

CAPTION_BOX = Box(MARGIN, 5.8, CONTENT_W, 0.55)
BODY_ABOVE_CAPTION = Box(MARGIN, 1.85, CONTENT_W, 3.9)

ACTIVITY_TASK = Box(MARGIN, 1.85, 7.5, 2.0)
ACTIVITY_DEBRIEF = Box(MARGIN, 3.95, 7.5, 2.4)
ACTIVITY_PANEL = Box(MARGIN + 7.5 + 0.4, 1.85, CONTENT_W - 7.9, 4.5)

LINKS_INTRO = Box(MARGIN, 1.8, CONTENT_W, 0.85)

STATISTIC_PT = 96  # the one big number of a statistic slide
STATISTIC_LABEL_PT = 28
STATISTIC_FIGURE = Box(MARGIN, 1.95, CONTENT_W, 1.9)
STATISTIC_LABEL = Box(MARGIN + 1.0, 3.9, CONTENT_W - 2.0, 1.6)

CARD_MIN_TEXT_H = 1.0  # a card slide's text boxes (diagram kind "boxes") are sized to their text, at least this

# Layout ids used in the source format -> layout names in the master (what PowerPoint shows).
LAYOUT_NAMES: dict[str, str] = {
    "title": "Title",
    "section": "Section",
    "bullets": "Bullets",
    "two-column": "Two Columns",
    "chart": "Chart",
    "table": "Table",
    "quote": "Quote",
    "diagram": "Diagram",
    "activity": "Activity Card",
    "links": "Links",
    "picture": "Picture with Caption",
}

_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)


# --- contrast ------------------------------------------------------------------------------------------
def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour given as "RRGGBB"."""
    channels = []
    for i in (0, 2, 4):
        c = int(hex_colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio (1..21) between two "RRGGBB" colours."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


# --- XML builders --------------------------------------------------------------------------------------
def _fill(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


def _xfrm(box: Box) -> str:
    x, y, w, h = box.emu()
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


def _lvl(
    level: int,
    size: int,
    colour: str,
    *,
    bold: bool = False,
    italic: bool = False,
    bullet: bool = False,
    align: str = "l",
    space_before: int = 0,
) -> str:
    tag = f"a:lvl{level}pPr"
    if bullet:
        mar = 342900 if level == 1 else 742950
        bu = f'<a:buClr><a:srgbClr val="{BLUE}"/></a:buClr><a:buFont typeface="Arial"/><a:buChar char="•"/>'
        attrs = f'marL="{mar}" indent="-285750"'
    else:
        bu = "<a:buNone/>"
        attrs = 'marL="0" indent="0"'
    b = ' b="1"' if bold else ' b="0"'
    i = ' i="1"' if italic else ""
    spc = f'<a:spcBef><a:spcPts val="{space_before * 100}"/></a:spcBef>'
    return (
        f'<{tag} {attrs} algn="{align}">{spc}{bu}<a:defRPr sz="{size * 100}"{b}{i}>{_fill(colour)}'
        f'<a:latin typeface="+mn-lt"/><a:cs typeface="+mn-cs"/></a:defRPr></{tag}>'
    )


def _placeholder(
    shape_id: int,
    name: str,
    ph: str,
    box: Box,
    prompt: str,
    lst_style: str = "",
    anchor: str = "t",
) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
        f"</p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{_xfrm(box)}</p:spPr>"
        f'<p:txBody><a:bodyPr anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle>{lst_style}</a:lstStyle>'
        f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{prompt}</a:t></a:r></a:p></p:txBody></p:sp>'
    )


def _object_placeholder(shape_id: int, name: str, ph_type: str, idx: int, box: Box, prompt: str) -> str:
    return _placeholder(shape_id, name, f'<p:ph type="{ph_type}" idx="{idx}"/>', box, prompt)


def _rect(shape_id: int, name: str, box: Box, colour: str) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/>'
        f'</p:nvSpPr><p:spPr>{_xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{_fill(colour)}'
        f"<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    )


def _footer_placeholders(first_id: int, on_dark: bool) -> str:
    colour = LIGHT_ON_BLUE if on_dark else MUTED
    ftr = _placeholder(
        first_id,
        "Footer",
        '<p:ph type="ftr" sz="quarter" idx="11"/>',
        FOOTER_BOX,
        f"Session · {COURSE_SHORT_TITLE}",
        _lvl(1, FOOTER_PT, colour),
        anchor="ctr",
    )
    num = (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{first_id + 1}" name="Slide Number"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
        f'</p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr>{_xfrm(SLIDE_NUMBER_BOX)}</p:spPr><p:txBody><a:bodyPr anchor="ctr"/><a:lstStyle>'
        f"{_lvl(1, FOOTER_PT, colour, align='r')}</a:lstStyle><a:p>"
        f'<a:fld id="{SLIDE_NUMBER_FIELD_ID}" type="slidenum"><a:rPr lang="en-GB"/><a:t>‹#›</a:t></a:fld>'
        f"</a:p></p:txBody></p:sp>"
    )
    return ftr + num


SLIDE_NUMBER_FIELD_ID = "{6A3C2E51-8F0B-4C1E-9D0A-3B7E5A2C9F10}"


def _title_ph(shape_id: int = 2) -> str:
    return _placeholder(shape_id, "Title", '<p:ph type="title"/>', TITLE_BOX, "Slide title", anchor="ctr")


def _body_ph(shape_id: int, idx: int, name: str, box: Box, prompt: str, style: str, anchor: str = "t") -> str:
    return _placeholder(shape_id, name, f'<p:ph type="body" idx="{idx}"/>', box, prompt, style, anchor)


def _layout_shapes(layout_id: str) -> tuple[str, str | None]:
    """The layout's shapes (XML) and its background colour (None: the master's white)."""
    bar = _rect(20, "Title bar", TITLE_BAR, BLUE)
    bullets_style = _lvl(1, BODY_PT, TEXT, bullet=True, space_before=10) + _lvl(
        2, SUB_PT, TEXT, bullet=True, space_before=4
    )
    if layout_id == "title":
        shapes = (
            _rect(20, "Top band", Box(0, 0, 13.333, 0.3), BLUE)
            + _rect(21, "Accent rule", Box(MARGIN + 0.3, 4.05, 1.6, 0.08), WARM)
            + _placeholder(
                2,
                "Title",
                '<p:ph type="ctrTitle"/>',
                TITLE_SLIDE_TITLE,
                "Session title",
                _lvl(1, TITLE_SLIDE_PT, BLUE, bold=True),
                anchor="b",
            )
            + _placeholder(
                3,
                "Subtitle",
                '<p:ph type="subTitle" idx="1"/>',
                TITLE_SLIDE_SUBTITLE,
                "Module · Session · duration",
                _lvl(1, SUBTITLE_PT, TEXT),
            )
        )
        return shapes, None
    if layout_id == "section":
        shapes = (
            _rect(21, "Accent rule", Box(MARGIN + 0.3, 4.15, 1.6, 0.08), WARM)
            + _placeholder(
                2,
                "Title",
                '<p:ph type="title"/>',
                SECTION_TITLE,
                "Part title",
                _lvl(1, SECTION_PT, WHITE, bold=True),
                anchor="b",
            )
            + _body_ph(3, 1, "Subtitle", SECTION_SUBTITLE, "Duration", _lvl(1, SUBTITLE_PT, LIGHT_ON_BLUE))
        )
        return shapes, BLUE
    if layout_id == "bullets":
        return bar + _title_ph() + _body_ph(3, 1, "Bullets", BODY_BOX, "Bullet", bullets_style), None
    if layout_id == "two-column":
        heading = _lvl(1, HEADING_PT, BLUE, bold=True)
        column = _lvl(1, COLUMN_PT, TEXT, bullet=True, space_before=8)
        return (
            bar
            + _title_ph()
            + _body_ph(3, 13, "Left heading", LEFT_HEADING, "Left heading", heading, "b")
            + _body_ph(4, 1, "Left column", LEFT_BODY, "Left bullet", column)
            + _body_ph(5, 14, "Right heading", RIGHT_HEADING, "Right heading", heading, "b")
            + _body_ph(6, 2, "Right column", RIGHT_BODY, "Right bullet", column)
        ), None
    if layout_id == "chart":
        return bar + _title_ph() + _object_placeholder(3, "Chart", "chart", 1, BODY_BOX, "Chart"), None
    if layout_id == "table":
        return bar + _title_ph() + _object_placeholder(3, "Table", "tbl", 1, BODY_BOX, "Table"), None
    if layout_id == "quote":
        return (
            bar
            + _title_ph()
            + _body_ph(3, 1, "Quote", QUOTE_TEXT, "Quote or key message", _lvl(1, QUOTE_PT, BLUE, italic=True))
            + _body_ph(4, 13, "Attribution", QUOTE_BY, "— who said it", _lvl(1, BY_PT, TEXT, align="r"))
        ), None
    if layout_id in ("diagram", "links"):
        return bar + _title_ph(), None
    if layout_id == "activity":
        return (
            _rect(20, "Activity bar", TITLE_BAR, WARM)
            + _rect(21, "Activity panel", ACTIVITY_PANEL, WARM_TINT)
            + _title_ph()
            + _body_ph(3, 1, "Task", ACTIVITY_TASK, "What participants do", _lvl(1, BODY_PT, TEXT))
            + _body_ph(
                4,
                2,
                "Debrief",
                ACTIVITY_DEBRIEF,
                "Debrief questions",
                _lvl(1, SUB_PT, TEXT, bullet=True, space_before=6),
            )
            + _body_ph(
                5,
                13,
                "Groups, time, handout",
                Box(ACTIVITY_PANEL.x + 0.15, ACTIVITY_PANEL.y + 0.1, ACTIVITY_PANEL.w - 0.3, ACTIVITY_PANEL.h - 0.2),
                "Groups · minutes · handout",
                _lvl(1, SUB_PT, TEXT),
            )
        ), None
    if layout_id == "picture":
        return (
            bar
            + _title_ph()
            + _object_placeholder(3, "Picture", "pic", 1, BODY_ABOVE_CAPTION, "Picture")
            + _body_ph(4, 13, "Caption", CAPTION_BOX, "Caption", _lvl(1, CAPTION_PT, TEXT, italic=True))
        ), None
    raise KeyError(layout_id)


def _layout_xml(layout_id: str) -> str:
    shapes, background = _layout_shapes(layout_id)
    bg = f"<p:bg><p:bgPr>{_fill(background)}<a:effectLst/></p:bgPr></p:bg>" if background else ""
    layout_type = {"title": "title", "section": "secHead"}.get(layout_id, "obj")
    return (
        f'<p:sldLayout {_NS} type="{layout_type}" preserve="1" userDrawn="1">'
        f'<p:cSld name="{LAYOUT_NAMES[layout_id]}">{bg}<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
        '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{shapes}{_footer_placeholders(30, background is not None)}</p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )


def _master_xml(layout_id_list: str) -> str:
    title_style = (
        '<a:lvl1pPr algn="l" rtl="0"><a:lnSpc><a:spcPct val="95000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
        f'</a:spcBef><a:buNone/><a:defRPr sz="{TITLE_PT * 100}" b="1" kern="1200">{_fill(BLUE)}'
        '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr>'
    )
    body_levels = "".join(
        f'<a:lvl{n}pPr marL="{342900 + (n - 1) * 400050}" indent="-285750" algn="l" rtl="0">'
        f'<a:spcBef><a:spcPts val="{1000 if n == 1 else 400}"/></a:spcBef>'
        f'<a:buClr><a:srgbClr val="{BLUE}"/></a:buClr><a:buFont typeface="Arial"/><a:buChar char="•"/>'
        f'<a:defRPr sz="{(BODY_PT if n == 1 else SUB_PT) * 100}" kern="1200">{_fill(TEXT)}'
        f'<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl{n}pPr>'
        for n in range(1, 10)
    )
    other = (
        f'<a:lvl1pPr algn="l" rtl="0"><a:defRPr sz="1800" kern="1200">{_fill(TEXT)}'
        '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>'
    )
    return (
        f'<p:sldMaster {_NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/>'
        "</a:xfrm></p:grpSpPr>"
        + _placeholder(2, "Title Placeholder", '<p:ph type="title"/>', TITLE_BOX, "Slide title", anchor="ctr")
        + _placeholder(3, "Text Placeholder", '<p:ph type="body" idx="1"/>', BODY_BOX, "Text")
        + _footer_placeholders(4, False)
        + '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
        'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
        f'hlink="hlink" folHlink="folHlink"/>{layout_id_list}<p:txStyles><p:titleStyle>{title_style}'
        f"</p:titleStyle><p:bodyStyle>{body_levels}</p:bodyStyle><p:otherStyle>{other}</p:otherStyle>"
        "</p:txStyles></p:sldMaster>"
    )


def _theme_xml(original: bytes) -> bytes:
    text = original.decode("utf-8")
    colours = {
        "dk1": TEXT,
        "lt1": WHITE,
        "dk2": BLUE,
        "lt2": BLUE_TINT,
        "accent1": BLUE,
        "accent2": WARM,
        "accent3": "9DB2D2",
        "accent4": "5F5F5F",
        "accent5": "3F6E5A",
        "accent6": "6B4E8A",
        "hlink": BLUE,
        "folHlink": "5A3F7A",
    }
    scheme = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in colours.items())
    text = re.sub(
        r"<a:clrScheme [^>]*>.*?</a:clrScheme>",
        f'<a:clrScheme name="TrainerKit">{scheme}</a:clrScheme>',
        text,
        flags=re.S,
    )
    for which in ("majorFont", "minorFont"):
        text = re.sub(
            rf"<a:{which}>.*?</a:{which}>",
            f'<a:{which}><a:latin typeface="{FONT}"/><a:ea typeface=""/>'
            f'<a:cs typeface="{COMPLEX_SCRIPT_FONT}"/><a:font script="Arab" typeface="{COMPLEX_SCRIPT_FONT}"/>'
            f"</a:{which}>",
            text,
            flags=re.S,
        )
    text = re.sub(r'<a:fontScheme name="[^"]*">', '<a:fontScheme name="TrainerKit">', text)
    text = re.sub(r'<a:theme ([^>]*)name="[^"]*"', r'<a:theme \1name="TrainerKit"', text)
    return text.encode("utf-8")


def apply_master(prs: Any) -> None:
    """Turn a presentation made from python-pptx's default template into one with our master and theme.

    Only for a fresh ``Presentation()`` with no slides: its eleven layouts are replaced in place.
    """
    prs.slide_width = SLIDE_WIDTH
    prs.slide_height = SLIDE_HEIGHT
    master_part = prs.slide_master.part
    theme_part = master_part.part_related_by(RT.THEME)
    theme_part._blob = _theme_xml(theme_part.blob)
    old = master_part._element
    id_list = old.find("{http://schemas.openxmlformats.org/presentationml/2006/main}sldLayoutIdLst")
    rids = [el.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") for el in id_list]
    layout_ids = list(LAYOUT_NAMES)
    if len(rids) != len(layout_ids):
        raise RuntimeError("python-pptx's default template changed: expected 11 layouts")
    for rid, layout_id in zip(rids, layout_ids, strict=True):
        part = master_part.related_part(rid)
        part._element = parse_xml(_layout_xml(layout_id).encode("utf-8"))
    new_master = parse_xml(_master_xml(etree.tostring(id_list).decode("utf-8")).encode("utf-8"))
    master_part._element = new_master
    # proxies cached on the old element must not survive
    for cached in ("slide_master",):
        master_part.__dict__.pop(cached, None)
    prs.part.__dict__.pop("slide_master", None)


def new_presentation() -> Any:
    """An empty 16:9 presentation whose master, layouts and theme are TrainerKit's."""
    prs = Presentation()
    apply_master(prs)
    return prs


def layout_by_id(prs: Any, layout_id: str) -> Any:
    """The slide layout for a source-format layout id, found by name in the presentation's masters.

    Falls back to a layout with a title placeholder when a trainer's copy has renamed ours.
    """
    name = LAYOUT_NAMES[layout_id]
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if layout.name == name:
                return layout
    for layout in prs.slide_layouts:
        if any(ph.placeholder_format.type is not None for ph in layout.placeholders):
            return layout
    return prs.slide_layouts[0]


def points(value: float) -> int:
    return int(Pt(value))
