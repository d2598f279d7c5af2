"""Put a course's translation into a session deck, by unit location, before ``{{tokens}}`` are filled.

A paragraph's runs are replaced by the translation in the first run's formatting (line breaks kept as
``a:br``). For a right-to-left language every text paragraph gets ``rtl="1"`` and ``algn="r"``
(DrawingML ``a:pPr``, ECMA-376 Part 1, 21.1.2.2.7).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from lxml import etree
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from trainerkit.deck.tags import get_slide_key
from trainerkit.deck.texts import set_paragraph_text as set_paragraph_text  # re-exported
from trainerkit.translate.checks import source_hash
from trainerkit.translate.memory import OUTDATED, UNTRANSLATED, Lookup
from trainerkit.translate.units import paragraph_text, slide_paragraphs, translatable


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


def translate_deck(prs: Presentation, session: int, lookup: Lookup, *, rtl: bool = False) -> DeckTranslation:
    """Translate every translatable paragraph of ``prs`` (slides and notes) that has a translation."""
    result = DeckTranslation()
    for index, slide in enumerate(prs.slides):
        key = get_slide_key(slide) or f"slide-{index + 1}"
        for location, _name, paragraph in list(slide_paragraphs(slide)):
            text = paragraph_text(paragraph)
            if text is None or not translatable(text):
                continue
            unit_id = f"s{session}:{key}:{location}"
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
    return result
