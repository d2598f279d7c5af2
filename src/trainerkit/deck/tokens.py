"""Fill ``{{key}}`` tokens in a deck's text: shapes, groups, tables, chart text and speaker notes.

PowerPoint often splits typed text into several runs (spell-check, edits, language changes), so a token
may start in one run and end in another. Replacement works on the joined text of consecutive runs in a
paragraph and writes the value into the run where the token starts, keeping that run's formatting.

A token whose profile field is empty (or only whitespace) follows the one rule for slides, notes,
handouts and packs (``token_value``): it becomes a blank line to write on (``SLIDE_BLANK`` on a slide,
in the token's run with its formatting) and is reported, so the export report can warn. An exported
deck never shows a raw ``{{token}}``.

It must never: change text that is not a token, drop a run's formatting outside a replaced token, or
import Qt.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide

from trainerkit.deck.tokenre import TOKEN_RE
from trainerkit.values import xml_safe

_TEXT_PART_RELTYPES = (RT.CHART, RT.NOTES_SLIDE)

#: What a token with no value prints as on a slide, in notes and in previews: a line to write on, as
#: the handouts print one (the DOCX writer's underlined blank, the PDF's rule). Ten underscores.
SLIDE_BLANK = "_" * 10

#: The tokens each filled slide printed as a blank, by slide part (kept while the deck is in memory).
_BLANKED: weakref.WeakKeyDictionary[Any, tuple[str, ...]] = weakref.WeakKeyDictionary()
#: The speaker notes' text as filled but with the tokens that had no value still raw, by slide part.
_NOTES_KEPT: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _text_roots(slide: Slide) -> Iterator[etree._Element]:
    """The slide's XML and the XML of its charts and notes (where tokens may appear)."""
    yield slide._element
    for rel in slide.part.rels.values():
        if rel.is_external or rel.reltype not in _TEXT_PART_RELTYPES:
            continue
        element = getattr(rel.target_part, "_element", None)
        if element is not None:
            yield element


def _run_groups(paragraph: etree._Element) -> Iterator[list[etree._Element]]:
    """Runs of a paragraph split at line breaks and fields (a token cannot span those)."""
    group: list[etree._Element] = []
    for child in paragraph:
        if child.tag == qn("a:r"):
            group.append(child)
        elif group:
            yield group
            group = []
    if group:
        yield group


def _run_text(run: etree._Element) -> str:
    t = run.find(qn("a:t"))
    return (t.text or "") if t is not None else ""


def _set_run_text(run: etree._Element, text: str) -> None:
    t = run.find(qn("a:t"))
    if t is None:
        t = etree.SubElement(run, qn("a:t"))
    t.text = xml_safe(text)


def _replace_in_group(runs: list[etree._Element], values: dict[str, str], missing: list[str]) -> None:
    texts = [_run_text(r) for r in runs]
    joined = "".join(texts)
    if "{{" not in joined:
        return
    starts = []
    pos = 0
    for text in texts:
        starts.append(pos)
        pos += len(text)

    original = list(texts)

    def run_at(offset: int) -> int:
        for i in range(len(runs)):
            if starts[i] <= offset < starts[i] + len(original[i]):
                return i
        return len(runs) - 1

    matches = list(TOKEN_RE.finditer(joined))
    for match in matches:
        if token_value(values, match.group(1)) is None and match.group(1) not in missing:
            missing.append(match.group(1))
    removed: set[int] = set()
    for match in reversed(matches):
        name = match.group(1)
        value = token_value(values, name)
        value = SLIDE_BLANK if value is None else value
        first, last = run_at(match.start()), run_at(match.end() - 1)
        head = texts[first][: match.start() - starts[first]]
        tail = texts[last][match.end() - starts[last] :]
        if first == last:
            texts[first] = head + value + tail
        else:
            texts[first] = head + value
            texts[last] = tail
            for i in range(first + 1, last):
                texts[i] = ""
                removed.add(i)
            if not tail:
                removed.add(last)
    for i, run in enumerate(runs):
        if i in removed:
            run.getparent().remove(run)
        elif texts[i] != _run_text(run):
            _set_run_text(run, texts[i])


def _paragraphs(root: etree._Element) -> Iterator[etree._Element]:
    yield from root.iter(qn("a:p"))


def _replace_in_slide(slide: Slide, values: dict[str, str], missing: list[str]) -> None:
    for root in _text_roots(slide):
        for paragraph in list(_paragraphs(root)):
            for group in list(_run_groups(paragraph)):
                _replace_in_group(group, values, missing)


def token_value(values: dict[str, str], name: str) -> str | None:
    """The value a token prints as, or None when the profile has none (printed material then shows a
    blank line to write on and the export report warns). The one rule for slides, notes, handouts, packs."""
    value = values.get(name, "")
    return value if value.strip() else None


def split_tokens(text: str, values: dict[str, str]) -> list[tuple[str, str, bool]]:
    """``text`` cut at its ``{{tokens}}``: (piece, token name or "", blank) triples in order, where a
    filled token's piece is its value and a token without a value is ("", name, True)."""
    out: list[tuple[str, str, bool]] = []
    last = 0
    for match in TOKEN_RE.finditer(text):
        if match.start() > last:
            out.append((text[last : match.start()], "", False))
        name = match.group(1)
        value = token_value(values, name)
        out.append((value, name, False) if value is not None else ("", name, True))
        last = match.end()
    if last < len(text):
        out.append((text[last:], "", False))
    return out


def fill_tokens(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{{token}}`` replaced as the exported deck shows it: its value, or
    ``SLIDE_BLANK`` when the profile has none (``token_value``). Never leaves a raw token."""

    def value(match: re.Match[str]) -> str:
        found = token_value(values, match.group(1))
        return SLIDE_BLANK if found is None else found

    return TOKEN_RE.sub(value, text)


#: Placeholder text a trainer must replace, in square brackets: ``[TRAINER: add]``, ``[main routes]``.
PLACEHOLDER_RE = re.compile(r"\[[^\[\]{}\n]{2,120}\]")


def replace_tokens(prs_or_slide: Presentation | Slide, values: dict[str, str]) -> list[str]:
    """Replace ``{{key}}`` everywhere in a deck (or one slide): slides, tables, groups, charts, notes.

    A key with no value (absent, empty or whitespace) becomes ``SLIDE_BLANK``; returns those keys, first
    use first, for the export report's warning."""
    slides = list(prs_or_slide.slides) if isinstance(prs_or_slide, Presentation) else [prs_or_slide]
    missing: list[str] = []
    for slide in slides:
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text
            if any(token_value(values, m.group(1)) is None for m in TOKEN_RE.finditer(notes)):
                _NOTES_KEPT[slide.part] = TOKEN_RE.sub(lambda m: token_value(values, m.group(1)) or m.group(0), notes)
        on_slide: list[str] = []
        _replace_in_slide(slide, values, on_slide)
        if on_slide:
            _BLANKED[slide.part] = tuple(dict.fromkeys([*_BLANKED.get(slide.part, ()), *on_slide]))
        missing.extend(t for t in on_slide if t not in missing)
    return missing


def notes_with_tokens(slide: Slide) -> str | None:
    """The speaker notes' text as ``replace_tokens`` filled it, except that each token with no value is
    still written ``{{name}}`` (None when the notes had no such token, or the slide was not filled in
    this process): printed material (slide handouts, the trainer pack) draws its own blank line for
    those with ``split_tokens`` and warns, where the deck shows ``SLIDE_BLANK``."""
    return _NOTES_KEPT.get(slide.part)


def blanked_tokens(slide: Slide) -> list[str]:
    """The token names ``replace_tokens`` printed as ``SLIDE_BLANK`` on this slide (text, charts, notes),
    first use first; [] for a slide not filled in this process. The preflight reads them from the
    filled deck, where ``tokens_in`` no longer finds any."""
    return list(_BLANKED.get(slide.part, ()))


def tokens_in(slide: Slide) -> list[str]:
    """The token names used on a slide (text, tables, groups, charts, notes), first use first."""
    found: list[str] = []
    for root in _text_roots(slide):
        for paragraph in _paragraphs(root):
            for group in _run_groups(paragraph):
                for match in TOKEN_RE.finditer("".join(_run_text(r) for r in group)):
                    if match.group(1) not in found:
                        found.append(match.group(1))
    return found
