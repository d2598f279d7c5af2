"""Write a filled handout (``trainerkit.export.handouts.FilledHandout``) as a Word document with python-docx.

Real Word structure, so a trainer can edit the file: Heading 1-3 styles, Word bullet lists, tables with
a repeated, shaded header row, form fields as tab leaders and ruled lines, boxes as framed cells, cut
lines as dashed rules. Arabic runs are marked right-to-left with a complex-script font, and a paragraph
that starts in Arabic is a right-to-left paragraph. The footer holds the course, country, venue and dates,
the handout title and "Page n of m" (Word fields).

Small OOXML helpers that python-docx lacks live here, at the oxml level. Never imports Qt; saving is atomic.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.document import Document as DocumentObj
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from trainerkit.export.footer import course_line
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
from trainerkit.export.typst_writer import PAPERS, is_rtl_text
from trainerkit.fileio import atomic_write

if TYPE_CHECKING:
    from trainerkit.export.handouts import FilledHandout

BODY_FONT = "Calibri"
COMPLEX_FONT = "Arial"  # has Arabic on Windows and macOS; LibreOffice falls back to Noto/DejaVu
GREY = RGBColor(0x6E, 0x6E, 0x6E)
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(f"[{_RTL_CHARS}]+(?:[\\s\u060c]+[{_RTL_CHARS}]+)*")
PAPER_SIZES = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}


# --- oxml helpers ------------------------------------------------------------------------------------


def _set(parent: object, tag: str, **attrs: str) -> object:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    parent.append(element)  # type: ignore[attr-defined]
    return element


def _get_or_add(parent: object, tag: str) -> object:
    found = parent.find(qn(tag))  # type: ignore[attr-defined]
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)  # type: ignore[attr-defined]
    return found


def paragraph_border(
    paragraph: DocxParagraph,
    side: str = "bottom",
    style: str = "single",
    size: int = 6,
    color: str = "808080",
    space: int = 1,
) -> None:
    pPr = paragraph._p.get_or_add_pPr()
    borders = _get_or_add(pPr, "w:pBdr")
    _set(borders, f"w:{side}", val=style, sz=str(size), space=str(space), color=color)


def cell_shading(cell: _Cell, fill: str) -> None:
    _set(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)


def repeat_header(row_tr: object) -> None:
    trPr = row_tr.get_or_add_trPr()  # type: ignore[attr-defined]
    _set(trPr, "w:tblHeader", val="true")


def cant_split(row_tr: object) -> None:
    trPr = row_tr.get_or_add_trPr()  # type: ignore[attr-defined]
    _set(trPr, "w:cantSplit", val="true")


def table_borders(table: DocxTable, style: str = "single", size: int = 4, color: str = "808080") -> None:
    tblPr = table._tbl.tblPr
    borders = _get_or_add(tblPr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", val=style, sz=str(size), space="0", color=color)


def add_field(paragraph: DocxParagraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay the page out."""
    run = paragraph.add_run()
    _set(run._r, "w:fldChar", fldCharType="begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    _set(run._r, "w:fldChar", fldCharType="separate")
    paragraph.add_run(placeholder)
    end = paragraph.add_run()
    _set(end._r, "w:fldChar", fldCharType="end")


#: Elements that follow ``w:bidi`` in ``w:pPr`` and ``w:bidiVisual`` in ``w:tblPr`` (ECMA-376 Part 1,
#: 17.3.1.26 and 17.4.60): the new element goes before the first of them, where the schema wants it.
_AFTER_BIDI = frozenset(
    [
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)
_AFTER_BIDI_VISUAL = frozenset(
    [
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
        "tblPrChange",
    ]
)


def _insert_flag(parent: Any, tag: str, after: frozenset[str]) -> None:
    """Add the empty element ``w:tag`` to ``parent`` at its place in the schema's sequence (once)."""
    if parent.find(qn(f"w:{tag}")) is not None:
        return
    element = OxmlElement(f"w:{tag}")
    for index, child in enumerate(parent):
        if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] in after:
            parent.insert(index, element)
            return
    parent.append(element)


def mark_rtl_paragraph(paragraph: DocxParagraph) -> None:
    _insert_flag(paragraph._p.get_or_add_pPr(), "bidi", _AFTER_BIDI)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


# --- runs --------------------------------------------------------------------------------------------


def _segments(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_rtl) pieces so right-to-left runs can be marked as such."""
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _RTL_RUN.finditer(text):
        if match.start() > last:
            pieces.append((text[last : match.start()], False))
        pieces.append((match.group(0), True))
        last = match.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces


def add_spans(
    paragraph: DocxParagraph, spans: Spans, size: float | None = None, bold: bool = False, color: RGBColor | None = None
) -> None:
    for span in spans:
        if span.blank:
            run = paragraph.add_run("\u00a0" * 24)
            run.underline = True
            continue
        for text, rtl in _segments(span.text):
            run = paragraph.add_run(text)
            run.bold = span.bold or bold or None
            run.italic = span.italic or None
            if span.size or size:
                run.font.size = Pt(span.size or size or 0)
            if color is not None:
                run.font.color.rgb = color
            if rtl:
                rPr = run._r.get_or_add_rPr()
                _set(rPr, "w:rtl")
                if span.bold or bold:
                    _set(rPr, "w:bCs")
    if is_rtl_text(plain_text(spans)):
        mark_rtl_paragraph(paragraph)


# --- document ----------------------------------------------------------------------------------------


class DocxBuilder:
    """One Word document being built from handout blocks."""

    def __init__(self, paper: str, orientation: str, title: str) -> None:
        self.doc: DocumentObj = Document()
        self.paper = paper
        self._style_ids: dict[str, str] = {}
        self.doc.core_properties.title = title
        self.doc.core_properties.author = "TrainerKit"
        self._styles()
        section = self.doc.sections[0]
        width, height = PAPER_SIZES.get(paper, PAPER_SIZES["A4"])
        margin = Mm(PAPERS.get(paper, PAPERS["A4"])[1])
        if orientation == "landscape":
            section.orientation = WD_ORIENT.LANDSCAPE
            width, height = height, width
        section.page_width, section.page_height = width, height
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, margin)

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = BODY_FONT  # type: ignore[attr-defined]
        normal.font.size = Pt(11)  # type: ignore[attr-defined]
        rFonts = _get_or_add(normal.element.get_or_add_rPr(), "w:rFonts")
        rFonts.set(qn("w:cs"), COMPLEX_FONT)  # type: ignore[attr-defined]
        rFonts.set(qn("w:eastAsia"), BODY_FONT)  # type: ignore[attr-defined]
        normal.paragraph_format.space_after = Pt(4)  # type: ignore[attr-defined]
        for level, size in ((1, 18), (2, 14), (3, 12)):
            style = styles[f"Heading {level}"]
            style.font.size = Pt(size)  # type: ignore[attr-defined]
            style.font.name = BODY_FONT  # type: ignore[attr-defined]
            style.font.color.rgb = RGBColor(0x00, 0x54, 0x93) if level < 3 else RGBColor(0, 0, 0)  # type: ignore
            style.paragraph_format.space_before = Pt(10 if level > 1 else 0)  # type: ignore[attr-defined]
            style.paragraph_format.space_after = Pt(4)  # type: ignore[attr-defined]

    @property
    def text_width(self) -> int:
        section = self.doc.sections[-1]
        return int(section.page_width - section.left_margin - section.right_margin)  # type: ignore[operator]

    def footer(self, course_line: str, title: str, lang: str = "en") -> None:
        footer = self.doc.sections[0].footer
        first = footer.paragraphs[0]
        run = first.add_run(course_line)
        run.font.size = Pt(8)
        run.font.color.rgb = GREY
        first.paragraph_format.space_after = Pt(0)
        paragraph_border(first, "top", size=4, space=4)
        second = footer.add_paragraph()
        second.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        from trainerkit.export.typst_writer import page_words

        before, middle, after = page_words(lang)
        run = second.add_run(f"{title}\t{before}")
        for r in second.runs:
            r.font.size = Pt(8)
        add_field(second, "PAGE")
        second.add_run(middle)
        add_field(second, "NUMPAGES")
        if after:
            second.add_run(after)
        for r in second.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = GREY

    # --- blocks --------------------------------------------------------------------------------------

    def blocks(self, blocks: list[Block], cards: bool = False) -> None:
        keep = False
        body = self.doc.element.body
        for block in blocks:
            before = len(body.p_lst) if keep else 0  # the body's own paragraphs, as doc.paragraphs counts them
            self.block(block)
            if keep:
                paragraphs = body.p_lst
                if len(paragraphs) > before:
                    DocxParagraph(paragraphs[before], self.doc._body).paragraph_format.keep_with_next = True
            keep = isinstance(block, Cut)

    def styled(self, name: str) -> DocxParagraph:
        """A new paragraph of style ``name`` ("Heading 2", "List Bullet"), its style id looked up once per
        document (python-docx looks a name up, and the default style, on every paragraph: a third of the
        time of writing a handout)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self._style_ids[name]
        return paragraph

    def block(self, block: Block) -> None:
        doc = self.doc
        if isinstance(block, Heading):
            paragraph = self.styled(f"Heading {block.level}" if block.level else "Title")
            add_spans(paragraph, block.spans)
        elif isinstance(block, Paragraph):
            add_spans(doc.add_paragraph(), block.spans)
        elif isinstance(block, SourceLine):
            add_spans(doc.add_paragraph(), block.spans, size=9, color=GREY)
        elif isinstance(block, Quote):
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(8)
            paragraph_border(paragraph, "left", size=18, space=8)
            add_spans(paragraph, block.spans)
        elif isinstance(block, ListBlock):
            self.list_block(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, AgendaTable):
            add_spans(self.styled("Heading 3"), (Span(block.label or f"Day {block.day}"),))
            self.table(
                Table(
                    ((Span(block.header[0]),), (Span(block.header[1]),)),
                    tuple(((Span(t),), (Span(w),)) for t, w in block.rows),
                )
            )
        elif isinstance(block, Field):
            self.field(doc.add_paragraph(), block.label, self.text_width)
        elif isinstance(block, Lines):
            for _ in range(block.count):
                self.writing_line(doc.add_paragraph())
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif isinstance(block, Box):
            box = doc.add_table(rows=1, cols=1)
            table_borders(box, size=6)
            box.rows[0].height = Mm(block.lines * 8)
            box.rows[0].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif isinstance(block, Scale):
            self.scale(doc.add_paragraph(), block)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, Cut):
            paragraph = doc.add_paragraph()
            run = paragraph.add_run("✂")
            run.font.size = Pt(10)
            paragraph_border(paragraph, "bottom", style="dashed", size=8, space=1)
            paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, AgendaBlock):
            doc.add_paragraph("[course agenda]")

    def writing_line(self, paragraph: DocxParagraph) -> None:
        """A line to write on: a tab whose leader is a rule to the right margin, 8 mm below the last.

        (Paragraph borders would not do: Word and LibreOffice merge the borders of adjacent paragraphs.)
        """
        fmt = paragraph.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Mm(8)
        fmt.space_after = Pt(0)
        fmt.tab_stops.add_tab_stop(self.text_width - int(Mm(0.5)), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        paragraph.add_run("\t")

    def field(self, paragraph: DocxParagraph, label: Spans, width: int) -> None:
        """The label, then a tab whose leader is a line to the right edge: a place to write."""
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        paragraph.paragraph_format.space_before = Pt(6)
        add_spans(paragraph, label)
        paragraph.add_run(" \t")

    def scale(self, paragraph: DocxParagraph, scale: Scale) -> None:
        paragraph.add_run("   ".join(f"{value} ☐" for value in range(scale.low, scale.high + 1)))

    def list_block(self, block: ListBlock) -> None:
        for item in block.items:
            if item.number is not None or item.checkbox:
                paragraph = self.doc.add_paragraph()
                indent = Mm(7 if item.level == 1 else 14)
                paragraph.paragraph_format.left_indent = indent
                paragraph.paragraph_format.first_line_indent = -Mm(6)
                paragraph.paragraph_format.tab_stops.add_tab_stop(indent)
                paragraph.add_run(f"{item.number}.\t" if item.number is not None else "☐\t")
            else:
                paragraph = self.styled("List Bullet" if item.level == 1 else "List Bullet 2")
            paragraph.paragraph_format.space_after = Pt(2)
            add_spans(paragraph, item.spans)
        self.doc.paragraphs[-1].paragraph_format.space_after = Pt(6)

    def _widths(self, table: Table) -> list[int]:
        columns = len(table.header)
        if table.cards:
            return [self.text_width // columns] * columns
        weights = []
        for c in range(columns):
            cells = [table.header[c], *(row[c] for row in table.rows)]
            if all(isinstance(x, Scale) for x in cells[1:]) and len(cells) > 1:
                weights.append(45.0)
                continue
            longest = max(len(plain_text(x)) if isinstance(x, tuple) else 30 for x in cells)
            weights.append(float(min(max(longest, 1), 120)))
        total = sum(weights)
        shares = [max(w / total, 0.12) for w in weights]
        scale = sum(shares)
        return [int(self.text_width * s / scale) for s in shares]

    def table(self, table: Table) -> None:
        rows = ([] if table.cards else [table.header]) + list(table.rows)
        if table.cards:
            caption = " · ".join(plain_text(c) for c in table.header if isinstance(c, tuple) and plain_text(c))
            if caption:
                add_spans(self.doc.add_paragraph(), (Span(caption),), size=8, color=GREY)
        if not rows:
            return
        out = self.doc.add_table(rows=len(rows), cols=len(table.header))
        out.alignment = WD_TABLE_ALIGNMENT.CENTER
        out.autofit = False
        if table.cards:
            table_borders(out, style="dashed", size=6, color="5A5A5A")
        else:
            out.style = self.doc.styles["Table Grid"]
        widths = self._widths(table)
        for r, (row, source) in enumerate(zip(out.rows, rows, strict=True)):
            header = not table.cards and r == 0
            if header:
                repeat_header(row._tr)
            cant_split(row._tr)
            if table.cards:
                row.height = Mm(30)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            elif (
                any(isinstance(c, tuple) and not plain_text(c) and not any(s.blank for s in c) for c in source)
                and not header
            ):
                row.height = Mm(12)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell, content, width in zip(row.cells, source, widths, strict=True):
                cell.width = width
                self.cell(cell, content, header=header, cards=table.cards)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def cell(self, cell: _Cell, content: Cell, header: bool, cards: bool) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        if header:
            cell_shading(cell, "E6E9EE")
        if isinstance(content, Scale):
            run = paragraph.add_run("  ".join(f"{v} ☐" for v in range(content.low, content.high + 1)))
            run.font.size = Pt(10)
        elif isinstance(content, Field):
            self.field(paragraph, content.label, int(cell.width or 0) - int(Mm(6)))
        elif isinstance(content, Box):
            cell._tc.get_or_add_tcPr()
            paragraph.paragraph_format.space_after = Pt(content.lines * 22)
        else:
            add_spans(paragraph, content, size=12 if cards else 10, bold=header)
            if cards:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def handout_docx(filled: FilledHandout, values: dict[str, str], paper: str) -> DocumentObj:
    """The whole handout (trainer part, then the participant copy on a new page) as a Word document."""
    builder = DocxBuilder(paper, filled.orientation, filled.title_text)
    builder.footer(course_line(values), filled.title_text, filled.lang)
    builder.blocks(filled.whole, cards=filled.cards)
    from trainerkit.translate.language import is_rtl

    if is_rtl(filled.lang):
        right_to_left_document(builder.doc)
    return builder.doc


def right_to_left_document(doc: DocumentObj) -> None:
    """A document in a right-to-left language: every paragraph (body, tables, headers and footers) is a
    right-to-left paragraph (``w:bidi``, ECMA-376 Part 1, 17.3.1.6), those aligned left now aligned right;
    every table lays its columns out from the right (``w:bidiVisual``, 17.4.1)."""
    from docx.text.paragraph import Paragraph

    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.footer._element, section.header._element]
    for root in roots:
        for p in root.iter(qn("w:p")):
            paragraph = Paragraph(p, None)  # type: ignore[arg-type]
            if paragraph.alignment in (None, WD_ALIGN_PARAGRAPH.LEFT):
                mark_rtl_paragraph(paragraph)
            else:
                _insert_flag(p.get_or_add_pPr(), "bidi", _AFTER_BIDI)
        for tbl_pr in root.iter(qn("w:tblPr")):
            _insert_flag(tbl_pr, "bidiVisual", _AFTER_BIDI_VISUAL)


def save_document(doc: DocumentObj, target: Path) -> None:
    with atomic_write(target) as tmp:
        doc.save(str(tmp))
