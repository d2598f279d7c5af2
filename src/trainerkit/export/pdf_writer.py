"""Draw handout blocks (``trainerkit.export.markdown``) and pack pages into PDF, without LibreOffice.

The library is fpdf2: pure Python, maintained, embeds subsets of TrueType fonts, and shapes text with
HarfBuzz (uharfbuzz) and its own Unicode bidi algorithm, so Arabic joins and runs right to left inside a
French or English line. Fonts are the ones we ship in ``resources/fonts`` (DejaVu Sans for Latin,
Greek and Cyrillic and basic Arabic, Noto Sans Arabic as the fallback for Arabic glyphs DejaVu lacks),
so a PDF looks the same on every laptop and needs no network.

``PdfBuilder`` is one growing PDF: the handout exporter makes one per handout, the packs make one per
pack and call the same block drawing. Writing the file is atomic (``save``). Never imports Qt and never
runs LibreOffice.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF

from trainerkit.export.markdown import (
    AgendaBlock,
    AgendaTable,
    Block,
    Box,
    Cell,
    Cut,
    Field,
    Heading,
    Lines,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Scale,
    SourceLine,
    Span,
    Spans,
    Table,
    plain_text,
)
from trainerkit.fileio import atomic_write
from trainerkit.paths import resources_dir

FONT = "dejavu"
ARABIC_FONT = "notoarabic"
MM_PER_INCH = 25.4
PAPERS = {"A4": ("A4", 20.0), "Letter": ("Letter", 0.75 * MM_PER_INCH)}
GREY = (110, 110, 110)
RULE = (150, 150, 150)
SHADE = (230, 233, 238)
ACCENT = (0, 84, 147)
LINE_GAP = 8.0  # mm between writing lines (format 3.2)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def is_rtl_text(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew ...)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _escape(text: str) -> str:
    """Plain text made safe for fpdf2's markdown mode (``**``, ``__``, ``--``, ``~~`` are markers)."""
    text = text.replace("\\", "\\\\")
    for marker in ("**", "__", "--", "~~"):
        text = text.replace(marker, "\\" + marker)
    return text.replace("{nb}", "{ nb}")


FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end


def isolate(text: str) -> str:
    """Keep a right-to-left value (an Arabic venue) from pulling its neighbours into its direction:
    without this, '..., 3–5 mars' after an Arabic name would be laid out as part of the Arabic run."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return FSI + text + PDI
    return text


def isolate_parts(text: str, separator: str = " · ") -> str:
    return separator.join(isolate(part) for part in text.split(separator))


BLANK = "--" + "\u00a0" * 24 + "--"  # a blank writing line: underlined spaces (about 50 mm at 11 pt)


def spans_markdown(spans: Spans) -> str:
    out: list[str] = []
    for span in spans:
        if span.blank:
            out.append(BLANK)
            continue
        text = _escape(span.text)
        if not text:
            continue
        if len(spans) > 1:
            text = isolate(text)
        if span.italic:
            text = f"__{text}__"
        if span.bold:
            text = f"**{text}**"
        out.append(text)
    return "".join(out)


@dataclass
class Footer:
    """What every page's footer says: a line about the course, then the document title and page n of m."""

    course_line: str = ""
    title: str = ""
    numbered: bool = True


class _Pdf(FPDF):
    footer_info: Footer

    def footer(self) -> None:
        info = self.footer_info
        if not info.course_line and not info.title:
            return
        self.set_y(-self.b_margin + 4)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*GREY)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        width = self.w - self.l_margin - self.r_margin
        self.cell(width, 3.6, _escape(isolate_parts(info.course_line)), markdown=True, new_x="LMARGIN", new_y="NEXT")
        page = f"Page {self.page_no()} of {{nb}}" if info.numbered else ""
        title = info.title
        while len(title) > 10 and self.get_string_width(title) > width * 0.78:
            title = title[: int(len(title) * 0.9)].rstrip() + "…"
            title = title.replace("……", "…")
        self.cell(width * 0.8, 3.6, _escape(title), markdown=True)
        self.cell(width * 0.2, 3.6, page, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


class PdfBuilder:
    """One PDF being built: pages, fonts, footer, and the drawing of every handout block."""

    def __init__(self, paper: str = "A4", orientation: str = "portrait", title: str = "", author: str = "") -> None:
        fmt, margin = PAPERS.get(paper, PAPERS["A4"])
        self.paper = paper
        self.pdf = _Pdf(orientation="L" if orientation == "landscape" else "P", unit="mm", format=fmt)
        self.pdf.footer_info = Footer()
        self.pdf.set_margins(margin, margin, margin)
        self.pdf.set_auto_page_break(True, margin=margin + 6)
        self.pdf.set_title(title)
        self.pdf.set_author(author)
        self.pdf.set_creator("TrainerKit")
        self.pdf.set_lang("en")
        folder = fonts_dir()
        for style, name in (
            ("", "DejaVuSans"),
            ("B", "DejaVuSans-Bold"),
            ("I", "DejaVuSans-Oblique"),
            ("BI", "DejaVuSans-BoldOblique"),
        ):
            self.pdf.add_font(FONT, style, str(folder / f"{name}.ttf"))
        self.pdf.add_font(ARABIC_FONT, "", str(folder / "NotoSansArabic-Regular.ttf"))
        self.pdf.add_font(ARABIC_FONT, "B", str(folder / "NotoSansArabic-Bold.ttf"))
        self.pdf.set_fallback_fonts([ARABIC_FONT], exact_match=False)
        self.pdf.set_text_shaping(True)
        self.pdf.set_font(FONT, "", 11)
        self.pdf.set_draw_color(*RULE)
        self.pdf.set_line_width(0.25)
        self._fresh_page = False

    # --- pages ---------------------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return float(self.pdf.w - self.pdf.l_margin - self.pdf.r_margin)

    @property
    def space_left(self) -> float:
        return float(self.pdf.page_break_trigger - self.pdf.get_y())

    def set_footer(self, course_line: str, title: str, numbered: bool = True) -> None:
        self.pdf.footer_info = Footer(course_line, title, numbered)

    def new_page(self, orientation: str | None = None) -> None:
        if self._fresh_page:
            self._fresh_page = False
            if orientation in (None, self.current_orientation):
                return
        self.pdf.add_page(orientation="" if orientation is None else ("L" if orientation == "landscape" else "P"))
        self.pdf.set_font(FONT, "", 11)

    def ensure_space(self, height: float) -> None:
        if self.space_left < height:
            self.new_page(self.current_orientation)

    @property
    def current_orientation(self) -> str:
        return "landscape" if self.pdf.cur_orientation == "L" else "portrait"

    def page_count(self) -> int:
        return int(self.pdf.page_no())

    def save(self, target: Path) -> None:
        with atomic_write(target) as tmp:
            self.pdf.output(str(tmp))

    def to_bytes(self) -> bytes:
        return bytes(self.pdf.output())

    # --- text ----------------------------------------------------------------------------------------

    def text(
        self,
        spans: Spans | str,
        size: float = 11,
        *,
        bold: bool = False,
        color: tuple[int, int, int] = (0, 0, 0),
        indent: float = 0,
        align: str = "",
        after: float = 2.0,
        line_height: float | None = None,
        width: float | None = None,
    ) -> None:
        """A paragraph of rich text at the left margin plus ``indent``; right-aligned when it reads RTL."""
        markdown = _escape(spans) if isinstance(spans, str) else spans_markdown(spans)
        raw = spans if isinstance(spans, str) else plain_text(spans)
        if not markdown:
            return
        pdf = self.pdf
        pdf.set_font(FONT, "B" if bold else "", size)
        pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            width if width is not None else self.width - indent,
            line_height or size * 0.5,
            markdown,
            markdown=True,
            align=align or ("R" if is_rtl_text(raw) else "L"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)

    def heading(self, level: int, spans: Spans | str) -> None:
        size = {1: 18.0, 2: 14.0, 3: 12.0}.get(level, 12.0)
        self.ensure_space(size * 0.5 + 22)
        if self.pdf.get_y() > self.pdf.t_margin + 1:
            self.pdf.ln({1: 2.0, 2: 3.0, 3: 1.5}.get(level, 1.0))
        self.text(spans, size, bold=True, color=ACCENT if level < 3 else (0, 0, 0), after=1.5 if level > 1 else 3)

    # --- blocks --------------------------------------------------------------------------------------

    def blocks(self, blocks: Sequence[Block], cards: bool = False) -> None:
        keep_next = False
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if keep_next:
                self.ensure_space(min(self.estimate_height(block), self.pdf.h * 0.6))
                keep_next = False
            elif isinstance(block, Paragraph) and isinstance(following, Lines | Box | Field | Scale | Table):
                # a question stays on the page of the space to answer it
                self.ensure_space(self.estimate_height(block) + min(self.estimate_height(following), 40))
            if isinstance(block, Cut):
                keep_next = True
            self.block(block)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.heading(block.level, block.spans)
        elif isinstance(block, Paragraph):
            self.text(block.spans)
        elif isinstance(block, SourceLine):
            self.text(block.spans, 9, color=GREY)
        elif isinstance(block, Quote):
            self.quote(block.spans)
        elif isinstance(block, ListBlock):
            self.list_block(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, AgendaTable):
            self.agenda_table(block)
        elif isinstance(block, Field):
            self.field(block.label, self.pdf.l_margin, self.width)
            self.pdf.ln(3)
        elif isinstance(block, Lines):
            self.lines(block.count)
        elif isinstance(block, Box):
            self.ensure_space(block.lines * LINE_GAP + 2)
            self.pdf.rect(self.pdf.l_margin, self.pdf.get_y(), self.width, block.lines * LINE_GAP)
            self.pdf.ln(block.lines * LINE_GAP + 3)
        elif isinstance(block, Scale):
            self.ensure_space(10)
            self.scale(block, self.pdf.l_margin, self.pdf.get_y())
            self.pdf.ln(10)
        elif isinstance(block, PageBreak):
            self.new_page(self.current_orientation)
        elif isinstance(block, Cut):
            self.cut_line()
        elif isinstance(block, AgendaBlock):  # unresolved: only in a preview
            self.text("[course agenda]", color=GREY)

    def estimate_height(self, block: Block) -> float:
        if isinstance(block, Table):
            return sum(self._row_height(block, row, self._col_widths(block), 10) for row in block.rows) + 10
        if isinstance(block, Paragraph | Quote):
            return 6.0 * max(1, len(plain_text(block.spans)) // 90 + 1)
        if isinstance(block, Lines):
            return block.count * LINE_GAP + 4
        if isinstance(block, Box):
            return block.lines * LINE_GAP + 3
        if isinstance(block, Field | Scale):
            return 10.0
        return 30.0

    def quote(self, spans: Spans) -> None:
        top = self.pdf.get_y()
        page = self.pdf.page_no()
        self.text(spans, indent=8, after=0)
        if self.pdf.page_no() == page:
            self.pdf.set_draw_color(*RULE)
            self.pdf.set_line_width(0.8)
            self.pdf.line(self.pdf.l_margin + 3, top, self.pdf.l_margin + 3, self.pdf.get_y())
            self.pdf.set_line_width(0.25)
        self.pdf.ln(2.5)

    def list_block(self, block: ListBlock) -> None:
        pdf = self.pdf
        for item in block.items:
            indent = 6.0 if item.level == 1 else 13.0
            self.ensure_space(7)
            y = pdf.get_y()
            marker_x = pdf.l_margin + indent - 5
            if item.checkbox:
                pdf.set_draw_color(60, 60, 60)
                pdf.rect(marker_x, y + 1.0, 3.4, 3.4)
                pdf.set_draw_color(*RULE)
            else:
                pdf.set_font(FONT, "", 11)
                pdf.set_xy(marker_x - (3 if item.number is not None else 0), y)
                label = f"{item.number}." if item.number is not None else ("•" if item.level == 1 else "–")
                pdf.cell(6 if item.number is not None else 4, 5.5, label)
            pdf.set_xy(pdf.l_margin + indent + (1.5 if item.number is not None else 0), y)
            self.text(item.spans, indent=indent + (1.5 if item.number is not None else 0), after=1.0, line_height=5.5)
        pdf.ln(1.5)

    def field(self, label: Spans, x: float, width: float, y: float | None = None, size: float = 11) -> None:
        """The label, then a ruled line to the right edge to write on."""
        pdf = self.pdf
        if y is None:
            self.ensure_space(10)
            y = pdf.get_y() + 2
        pdf.set_font(FONT, "", size)
        markdown = spans_markdown(label)
        label_width = min(pdf.get_string_width(plain_text(label) or " ", markdown=False) + 2, width * 0.7)
        pdf.set_xy(x, y)
        pdf.cell(label_width, 6, markdown, markdown=True)
        pdf.set_draw_color(90, 90, 90)
        pdf.line(x + label_width + 1, y + 5.2, x + width, y + 5.2)
        pdf.set_draw_color(*RULE)
        pdf.set_xy(pdf.l_margin, y + 7)

    def lines(self, count: int) -> None:
        pdf = self.pdf
        for _ in range(count):
            self.ensure_space(LINE_GAP)
            y = pdf.get_y() + LINE_GAP
            pdf.line(pdf.l_margin, y, pdf.l_margin + self.width, y)
            pdf.set_y(y)
        pdf.ln(4)

    def scale_width(self, scale: Scale) -> float:
        return (scale.high - scale.low + 1) * 10.0

    def scale(self, scale: Scale, x: float, y: float) -> None:
        """A row of numbered tick boxes: '1 [ ]  2 [ ] ...'."""
        pdf = self.pdf
        pdf.set_font(FONT, "", 9)
        for i, value in enumerate(range(scale.low, scale.high + 1)):
            left = x + i * 10.0
            pdf.set_xy(left, y + 0.5)
            pdf.cell(4, 4.5, str(value), align="R")
            pdf.set_draw_color(60, 60, 60)
            pdf.rect(left + 4.6, y + 0.8, 4, 4)
        pdf.set_draw_color(*RULE)

    def cut_line(self) -> None:
        pdf = self.pdf
        self.ensure_space(8)
        y = pdf.get_y() + 3
        pdf.set_font(FONT, "", 11)
        pdf.set_xy(pdf.l_margin, y - 2.6)
        pdf.cell(6, 5, "✂")
        with pdf.local_context():
            pdf.set_dash_pattern(dash=2, gap=1.5)
            pdf.set_draw_color(90, 90, 90)
            pdf.line(pdf.l_margin + 6, y, pdf.l_margin + self.width, y)
        pdf.set_xy(pdf.l_margin, y + 4)

    # --- tables --------------------------------------------------------------------------------------

    def _cell_text(self, cell: Cell) -> str:
        return plain_text(cell) if isinstance(cell, tuple) else ""

    def _col_widths(self, table: Table) -> list[float]:
        columns = len(table.header)
        fixed: dict[int, float] = {}
        weights = []
        for c in range(columns):
            cells = [row[c] for row in table.rows]
            if cells and all(isinstance(x, Scale) for x in cells):
                scale = cells[0]
                assert isinstance(scale, Scale)
                fixed[c] = self.scale_width(scale) + 4
            longest = max([len(self._cell_text(x)) for x in (table.header[c], *cells)] + [1])
            if any(isinstance(x, Field) for x in cells):
                longest = max(longest, 30)
            weights.append(float(min(longest, 120)))
        if table.cards:
            return [self.width / columns] * columns
        free = self.width - sum(fixed.values())
        flexible = [c for c in range(columns) if c not in fixed]
        total = sum(weights[c] for c in flexible) or 1.0
        widths = [fixed.get(c, free * weights[c] / total) for c in range(columns)]
        # at least 12% of the width, and wide enough for the longest word (times, dates, short labels)
        minimum = {
            c: max(self.width * 0.12, min(self._longest_word(table, c) + 8, self.width * 0.35)) for c in flexible
        }
        for _ in range(4):
            short = [c for c in flexible if widths[c] < minimum[c] - 0.01]
            if not short:
                break
            for c in short:
                widths[c] = minimum[c]
            rest = [c for c in flexible if widths[c] > minimum[c] + 0.01 and c not in short]
            spare = free - sum(widths[c] for c in flexible if c not in rest)
            rest_total = sum(weights[c] for c in rest) or 1.0
            for c in rest:
                widths[c] = spare * weights[c] / rest_total
        return widths

    def _longest_word(self, table: Table, column: int) -> float:
        longest = 0.0
        for row in (table.header, *table.rows):
            cell = row[column]
            if not isinstance(cell, tuple):
                continue
            for span in cell:
                self.pdf.set_font(FONT, "B" if span.bold or row is table.header else "", 10)
                for word in span.text.split():
                    longest = max(longest, float(self.pdf.get_string_width(word)))
        return longest

    def _cell_height(self, cell: Cell, width: float, size: float, bold: bool = False) -> float:
        if isinstance(cell, Scale):
            return 7.0
        if isinstance(cell, Field):
            return 10.0
        if isinstance(cell, Box):
            return cell.lines * LINE_GAP + 3
        markdown = spans_markdown(cell)
        if not markdown:
            return 12.0
        self.pdf.set_font(FONT, "B" if bold else "", size)
        height = self.pdf.multi_cell(
            width - 3, size * 0.47, markdown, markdown=True, dry_run=True, output="HEIGHT", padding=0
        )
        return float(height) + 3.0  # type: ignore[arg-type]

    def _row_height(
        self, table: Table, row: Sequence[Cell], widths: list[float], size: float, bold: bool = False
    ) -> float:
        return max(self._cell_height(cell, w, size, bold) for cell, w in zip(row, widths, strict=True))

    def table(self, table: Table) -> None:
        if table.cards:
            self.card_table(table)
            return
        widths = self._col_widths(table)
        size = 10.0
        header_height = self._row_height(table, table.header, widths, size, bold=True)
        has_header = any(self._cell_text(c) for c in table.header)
        heights = [self._row_height(table, row, widths, size) for row in table.rows]
        whole = header_height + sum(heights)
        # a short table is kept on one page; a long one starts with its header and a first row
        self.ensure_space(whole + 2 if whole < self.pdf.h * 0.45 else header_height + (heights or [0])[0] + 2)
        if has_header:
            self._draw_row(table.header, widths, header_height, size, header=True)
        for row, height in zip(table.rows, heights, strict=True):
            if self.space_left < height:
                self.new_page(self.current_orientation)
                if has_header:
                    self._draw_row(table.header, widths, header_height, size, header=True)
            self._draw_row(row, widths, height, size)
        self.pdf.ln(4)

    def _draw_row(
        self,
        row: Sequence[Cell],
        widths: list[float],
        height: float,
        size: float,
        header: bool = False,
        dashed: bool = False,
        center: bool = False,
    ) -> None:
        pdf = self.pdf
        x = pdf.l_margin
        y = pdf.get_y()
        for cell, width in zip(row, widths, strict=True):
            if header:
                pdf.set_fill_color(*SHADE)
                pdf.rect(x, y, width, height, style="DF")
            elif dashed:
                with pdf.local_context():
                    pdf.set_dash_pattern(dash=2, gap=1.5)
                    pdf.set_draw_color(90, 90, 90)
                    pdf.rect(x, y, width, height)
            else:
                pdf.rect(x, y, width, height)
            if isinstance(cell, Scale):
                self.scale(cell, x + 2, y + 1)
            elif isinstance(cell, Field):
                self.field(cell.label, x + 1.5, width - 3, y=y + 2, size=9)
            elif isinstance(cell, Box):
                pdf.rect(x + 1.5, y + 1.5, width - 3, height - 3)
            else:
                markdown = spans_markdown(cell)
                if markdown:
                    pdf.set_font(FONT, "B" if header else "", size)
                    raw = plain_text(cell)
                    text_height = self._cell_height(cell, width, size, header) - 3 if center else 0
                    pdf.set_xy(x + 1.5, y + 1.5 + (max(0.0, (height - 3 - text_height) / 2) if center else 0))
                    pdf.multi_cell(
                        width - 3,
                        size * 0.47,
                        markdown,
                        markdown=True,
                        align="C" if center else ("R" if is_rtl_text(raw) else "L"),
                    )
            x += width
        pdf.set_xy(pdf.l_margin, y + height)

    def card_table(self, table: Table) -> None:
        """Cut-out cards: header as a small caption, every body cell a card of the same height."""
        widths = self._col_widths(table)
        size = 12.0
        caption = " · ".join(self._cell_text(c) for c in table.header if self._cell_text(c))
        if caption:
            self.ensure_space(20)
            self.text(caption, 8, color=GREY, after=1)
        height = max(
            [self._cell_height(c, w, size) + 8 for r in table.rows for c, w in zip(r, widths, strict=True)] + [25.0]
        )
        for row in table.rows:
            self.ensure_space(height)
            self._draw_row(row, widths, height, size, dashed=True, center=True)
        self.pdf.ln(4)

    def agenda_table(self, agenda: AgendaTable) -> None:
        table = Table(
            header=((Span("Time"),), (Span("Session or activity"),)),
            rows=tuple(((Span(time),), (Span(what),)) for time, what in agenda.rows),
        )
        self.ensure_space(min(self.estimate_height(table) + 14, self.pdf.h * 0.45))  # the day's title stays with it
        self.heading(3, f"Day {agenda.day}")
        self.table(table)

    # --- packs ---------------------------------------------------------------------------------------

    def image(self, image: Any, x: float, y: float, w: float, h: float, border: bool = True) -> None:
        self.pdf.image(image, x=x, y=y, w=w, h=h)
        if border:
            self.pdf.set_draw_color(*RULE)
            self.pdf.rect(x, y, w, h)

    def outline(self, name: str, level: int = 0) -> None:
        self.pdf.start_section(name, level=level)

    def toc_placeholder(self, render: Callable[[Any, list[Any]], None], entries: int, row_height: float) -> None:
        """Contents, drawn when the document is finished, on pages reserved now (from the number of entries).

        The next ``new_page`` uses the blank page the reservation leaves, rather than adding another.
        """
        rows_per_page = max(1, int((self.pdf.page_break_trigger - self.pdf.t_margin - 20) // row_height))
        pages = max(1, -(-entries // rows_per_page))

        def render_exactly(pdf: Any, outline: list[Any]) -> None:
            render(pdf, outline)
            while pdf.page < start + pages - 1:  # fill the reserved pages, as fpdf2 requires
                pdf.add_page()

        start = self.pdf.page
        self.pdf.insert_toc_placeholder(render_exactly, pages=pages)
        self._fresh_page = True
