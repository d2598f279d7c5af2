"""Find paragraphs left in English in an exported course (decks, speaker notes, handouts, packs).

A small word-list heuristic: a paragraph is "mostly English" when, once names, acronyms, URLs, e-mail
addresses, numbers and the values filled into placeholders are removed, at least a third of its words
(and at least one) are common English words that French, Spanish and Arabic never use (function words
and the course's everyday vocabulary). A French sentence quoting one English word passes; an English
sentence, or an English label such as "Handout" or "Treaty", does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Common English words that are not French, Spanish or Portuguese words (so "on", "as", "an", "or",
#: "in", "no", "page", "date", "action", "question", "protection", "respect", "discussion", "point",
#: "participants", "session", "migration", "notes", "table", "objectives" are left out on purpose).
_WORDS = """
    the and of to is are was were be been being have has had do does did with for this that these those
    what how which who whom whose why when where there their they them you your yours we our ours it its
    from by at into onto than then can could will would shall should may might must not yes each every
    about after before between through during without within also only just more most other others all
    any some such both either neither very much many few here over under again once because while until
    if so out up down off own same too well still yet ever never always often
    human rights right treaty treaties handout handouts worker workers state states people country
    countries group groups women men children child law laws training trainer trainers slide slides
    day days time work working learn learning ask asks tell think make makes made take takes give gives
    use used using see show shows read write list answer answers example examples
    study rules rule role roles game card cards copy name
    why what whether protect fulfil duty duties holders bearers
    objective aim aims key summary discuss explain check add
    none signed ratified acceded complaints status data later also
"""
ENGLISH = frozenset(_WORDS.split())

#: URLs, e-mail addresses, and a URL's path wrapped onto the next line of a PDF ("BodyExternal/Treaty.aspx").
URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\w+|\S+/\S+\.(?:aspx|html?|pdf|php)\b")
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


def english_share(text: str, exceptions: Iterable[str] = ()) -> tuple[int, int, list[str]]:
    """(words, English words, the English words) of ``text`` after names, acronyms, URLs, numbers and
    ``exceptions`` (filled placeholder values, names) are removed."""
    plain = URL.sub(" ", text)
    for value in sorted((e for e in exceptions if e), key=len, reverse=True):
        plain = plain.replace(value, " ")
    words = [w for w in WORD.findall(plain) if not (w.isupper() and len(w) > 1)]  # acronyms: CMW, OHCHR
    found = [w for w in words if w.lower().strip("'’-") in ENGLISH]
    return len(words), len(found), found


def is_english(text: str, exceptions: Iterable[str] = ()) -> bool:
    words, english, _found = english_share(text, exceptions)
    return english >= 1 and english * 3 >= words


def pptx_paragraphs(path: Path) -> Iterator[str]:
    """Every paragraph of the deck's slides (shapes, tables, groups) and speaker notes, and every
    category and series name of its charts (read from the chart's XML, as PowerPoint draws them)."""
    from pptx import Presentation

    from trainerkit.translate.units import chart_texts, paragraph_text, slide_paragraphs

    for slide in Presentation(str(path)).slides:
        for _location, _name, paragraph in slide_paragraphs(slide):
            text = paragraph_text(paragraph)
            if text:
                yield text
        for _location, text, _chart in chart_texts(slide):
            yield text


def docx_paragraphs(path: Path) -> Iterator[str]:
    """Every paragraph of the document's body and tables."""
    from docx import Document

    document = Document(str(path))
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    yield paragraph.text


def pdf_paragraphs(path: Path) -> Iterator[str]:
    """Every line of the PDF's text (a PDF keeps no paragraphs; a line is judged alone)."""
    from pypdf import PdfReader

    for page in PdfReader(str(path)).pages:
        yield from page.extract_text().splitlines()


def english_paragraphs(folder: Path, exceptions: Iterable[str] = ()) -> list[str]:
    """``file: paragraph`` for every mostly-English paragraph of the exported files under ``folder``."""
    readers = {".pptx": pptx_paragraphs, ".docx": docx_paragraphs, ".pdf": pdf_paragraphs}
    exceptions = list(exceptions)
    found = []
    for path in sorted(folder.rglob("*")):
        reader = readers.get(path.suffix)
        if reader is None:
            continue
        for text in reader(path):
            if text.strip() and is_english(text, exceptions):
                found.append(f"{path.relative_to(folder)}: {text[:120]!r}")
    return found
