"""Put a course's translation into a session deck, by unit location, before ``{{tokens}}`` are filled.

A paragraph's runs are replaced by the translation in the first run's formatting (line breaks kept as
``a:br``). For a right-to-left language every text paragraph gets ``rtl="1"`` and ``algn="r"``
(DrawingML ``a:pPr``, ECMA-376 Part 1, 21.1.2.2.7).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.texts import paragraph_text
from trainerkit.deck.texts import set_paragraph_text as set_paragraph_text  # re-exported
from trainerkit.translate.checks import source_hash
from trainerkit.translate.memory import OUTDATED, TRANSLATED, UNTRANSLATED, Lookup
from trainerkit.translate.units import chart_texts, slide_paragraphs, translatable


@dataclass
class DeckTranslation:
    """What translating one deck did: counts by status, and the unit ids outdated or untranslated."""

    counts: Counter[str] = field(default_factory=Counter)
    outdated: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self.total - self.counts[OUTDATED] - self.counts[UNTRANSLATED]


def set_right_to_left(paragraph: etree._Element) -> None:
    ppr = paragraph.find(qn("a:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("a:pPr"))
        paragraph.insert(0, ppr)
    ppr.set("rtl", "1")
    ppr.set("algn", "r")


#: A font that draws Arabic on Windows and macOS (and that LibreOffice maps to Liberation Sans/Noto).
COMPLEX_SCRIPT_FONT = "Arial"


def complex_script_themes(prs: Presentation, typeface: str = COMPLEX_SCRIPT_FONT) -> int:
    """Give every theme of ``prs`` (slides' and notes') a complex-script font for right-to-left text: an
    empty ``a:cs`` typeface of its major and minor fonts (ECMA-376 Part 1, 20.1.4.1.16) becomes
    ``typeface``, and a script font for Arabic (``a:font script="Arab"``) is added where missing.
    Returns how many themes changed."""
    changed = 0
    for part in prs.part.package.iter_parts():
        if not str(part.partname).startswith("/ppt/theme/"):
            continue
        root = etree.fromstring(part.blob)
        edited = False
        for fonts in (*root.iter(qn("a:majorFont")), *root.iter(qn("a:minorFont"))):
            cs = fonts.find(qn("a:cs"))
            if cs is not None and not cs.get("typeface"):
                cs.set("typeface", typeface)
                edited = True
            if not any(f.get("script") == "Arab" for f in fonts.iter(qn("a:font"))):
                font = etree.Element(qn("a:font"))
                font.set("script", "Arab")
                font.set("typeface", typeface)
                ext = fonts.find(qn("a:extLst"))  # the schema's last child: the script fonts go before it
                if ext is not None:
                    ext.addprevious(font)
                else:
                    fonts.append(font)
                edited = True
        if edited:
            declaration = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            part._blob = declaration + etree.tostring(root, encoding="UTF-8")
            changed += 1
    return changed


def translate_chart(chart: Any, texts: dict[str, str]) -> int:
    """Replace the chart's category and series names found in ``texts`` (English -> translation) in
    its XML caches (``c:cat`` and ``c:tx`` string caches, ECMA-376 Part 1, 21.2.2.31, 21.2.2.215) and in
    its embedded workbook's cells, so that "Edit data" in PowerPoint shows the same labels. Numbers
    are left as they are. Returns how many cached texts changed."""
    changed = 0
    space = chart._chartSpace
    for holder in (*space.iter(qn("c:cat")), *space.iter(qn("c:tx"))):
        for value in holder.iter(qn("c:v")):
            if value.text in texts:
                value.text = texts[value.text]
                changed += 1
    workbook = chart.part.chart_workbook.xlsx_part
    if changed and workbook is not None:
        from io import BytesIO

        from openpyxl import load_workbook

        book = load_workbook(BytesIO(workbook.blob))
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value in texts:
                        cell.value = texts[cell.value]
        out = BytesIO()
        book.save(out)
        workbook._blob = out.getvalue()
    return changed


GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def localised_figure(text: str, lang: str) -> str:
    """A figure written with English digit grouping ("40,000+") as ``lang`` writes it ("40 000+" in
    French, the group separator a no-break space), from Unicode CLDR's number symbols (Babel); other
    text unchanged."""
    from babel.numbers import format_decimal

    def swap(match: re.Match[str]) -> str:
        return format_decimal(Decimal(match.group(0).replace(",", "")), locale=lang).replace("\u202f", "\u00a0")

    return GROUPED_NUMBER.sub(swap, text)


def translate_deck(
    prs: Presentation,
    session: int,
    lookup: Lookup,
    *,
    rtl: bool = False,
    done: set[str] | None = None,
    lang: str = "",
) -> DeckTranslation:
    """Translate every translatable paragraph of ``prs`` (slides and notes) that has a translation,
    and its charts' category and series names. A paragraph whose text is in ``done`` is already in the
    target language: kept, counted as translated. With ``lang``, a figure with no words ("40,000+") is
    written with that language's digit grouping."""
    result = DeckTranslation()
    if rtl:
        complex_script_themes(prs)
    for index, slide in enumerate(prs.slides):
        key = get_slide_key(slide) or f"slide-{index + 1}"
        for location, _name, paragraph in list(slide_paragraphs(slide)):
            text = paragraph_text(paragraph)
            if text is not None and lang and not translatable(text) and GROUPED_NUMBER.search(text):
                set_paragraph_text(paragraph, localised_figure(text, lang))
            if text is None or not translatable(text):
                continue
            unit_id = f"s{session}:{key}:{location}"
            if done and text in done:
                result.counts[TRANSLATED] += 1
                if rtl:
                    set_right_to_left(paragraph)
                continue
            status, target = lookup.find(unit_id, source_hash(text))
            result.counts[status] += 1
            if target is not None:
                set_paragraph_text(paragraph, target)
            elif status == OUTDATED:
                result.outdated.append(unit_id)
            else:
                result.untranslated.append(unit_id)
            if rtl:
                set_right_to_left(paragraph)
        charts: dict[int, tuple[Any, dict[str, str]]] = {}
        for location, text, chart in list(chart_texts(slide)):
            if not translatable(text):
                continue
            unit_id = f"s{session}:{key}:{location}"
            status, target = lookup.find(unit_id, source_hash(text))
            result.counts[status] += 1
            if target is not None:
                charts.setdefault(id(chart), (chart, {}))[1][text] = target
            elif status == OUTDATED:
                result.outdated.append(unit_id)
            else:
                result.untranslated.append(unit_id)
        for chart, texts in charts.values():
            translate_chart(chart, texts)
    return result
