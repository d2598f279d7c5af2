"""Lay an inserted slide's text out to fit its boxes: a smaller type size down to a floor, then
continuation slides. Text is never cut.

Slides made from examples are written from text a trainer or the library supplies, of any length, so
their spec says ``fit: true`` (``trainerkit.examples.slides``). ``fit_pages(spec)`` returns the slides to
render: the spec itself, with ``sizes`` (points for ``title`` and ``body``) chosen so that every text fits
its box, and, when the body does not fit even at ``FLOOR_PT``, more slides titled "… (continued)" that
carry the rest, whole sentences or bullets where possible and never an ellipsis. The speaker notes of
each page keep the full text.

Heights are measured as ``render.text_height_in`` does (Carlito's metrics, Calibri-compatible, when its
files are installed, else an estimate), for the boxes of ``trainerkit.deck.theme``, with a margin for the
difference between the measurement and PowerPoint or LibreOffice. Sizes: ``layout: bullets`` (the body),
``quote`` (the quote) and ``picture`` (its caption). Never imports Qt.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from trainerkit.deck import theme as t

FLOOR_PT = 14  # no text of a fitted slide is set smaller
STEP_PT = 2
SAFETY = 0.9  # use 90% of a box's height: renderers wrap a little differently from the measurement
INSETS_W, INSETS_H = 0.2, 0.1  # inches: a text frame's default left + right and top + bottom insets
BULLET_INDENT = 0.375  # inches: the bullets' left margin (theme: marL 342900 EMU)
BULLET_GAP_PT = 12  # space before each bullet but the first (render._bullets)
CONTINUED = " (continued)"
CONTINUED_NOTE = "Continued from the previous slide."


def page_key(key: str, number: int) -> str:
    """The slide key of page ``number`` (1-based) of the fitted slide ``key``: ``key`` itself, then
    ``key-part2``, ``key-part3``..."""
    return key if number == 1 else f"{key}-part{number}"


def _height_pt(paragraphs: list[str], width_in: float, size: float, gap_pt: float = 0.0) -> float:
    from trainerkit.deck.render import text_height_in

    return sum(text_height_in(p, width_in, size) * 72 for p in paragraphs) + gap_pt * max(0, len(paragraphs) - 1)


def fits(paragraphs: list[str], box: t.Box, size: float, *, indent: float = 0.0, gap_pt: float = 0.0) -> bool:
    """Whether ``paragraphs`` set at ``size`` points fit in ``box`` (inches), with its insets and margin."""
    width = box.w - INSETS_W - indent
    return _height_pt(paragraphs, width, size, gap_pt) <= (box.h - INSETS_H) * 72 * SAFETY


def best_size(paragraphs: list[str], box: t.Box, start: int, **how: float) -> int | None:
    """The largest size from ``start`` down to ``FLOOR_PT`` (in ``STEP_PT`` steps) at which the text fits."""
    for size in range(start, FLOOR_PT - 1, -STEP_PT):
        if fits(paragraphs, box, size, **how):
            return size
    return None


def _words_that_fit(text: str, box: t.Box, size: int, **how: float) -> tuple[str, str]:
    """Split ``text`` at a word into the longest head that fits alone and the rest (the head has one word
    at least, so a page always moves on)."""
    words = text.split(" ")
    low, high = 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if fits([" ".join(words[:middle])], box, size, **how):
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]), " ".join(words[low:])


def paginate(paragraphs: list[str], box: t.Box, size: int, **how: float) -> list[list[str]]:
    """``paragraphs`` spread over pages of ``box`` at ``size``, in order: whole paragraphs where they fit,
    a paragraph too long for a page carried on at a word boundary."""
    pages: list[list[str]] = [[]]
    queue = list(paragraphs)
    while queue:
        paragraph = queue.pop(0)
        if fits([*pages[-1], paragraph], box, size, **how):
            pages[-1].append(paragraph)
        elif pages[-1]:
            pages.append([])
            queue.insert(0, paragraph)
        else:  # alone and too long: as much as fits here, the rest on the next page
            head, rest = _words_that_fit(paragraph, box, size, **how)
            pages[-1].append(head)
            pages.append([])
            if rest:
                queue.insert(0, rest)
    return [page for page in pages if page]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def _title_size(title: str) -> int:
    return best_size([title], t.TITLE_BOX, t.TITLE_PT) or FLOOR_PT


def _page(spec: dict[str, Any], number: int, **changes: Any) -> dict[str, Any]:
    page = copy.deepcopy(spec)
    page.pop("fit", None)
    page.update(changes)
    if number > 1:
        page["title"] = f"{spec.get('title', '')}{CONTINUED}"
        page["notes"] = f"{CONTINUED_NOTE}\n{spec.get('notes', '')}".strip()
        page.pop("adapt", None)
    page.setdefault("sizes", {})["title"] = _title_size(str(page.get("title", "")))
    return page


def fit_pages(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The slides to render for ``spec`` so that its text fits (see the module); ``[spec]`` unchanged
    when it does not ask to be fitted or its layout has no text to fit."""
    if not spec.get("fit"):
        return [spec]
    layout = spec.get("layout")
    if layout == "bullets" and all(isinstance(b, str) for b in spec.get("bullets") or []):
        bullets = [str(b) for b in spec.get("bullets") or []]
        how = {"indent": BULLET_INDENT, "gap_pt": BULLET_GAP_PT}
        size = best_size(bullets, t.BODY_BOX, t.BODY_PT, **how)
        if size is not None:
            return [_page(spec, 1, sizes={"body": size})]
        pages = paginate(bullets, t.BODY_BOX, FLOOR_PT, **how)
        return [_page(spec, n, bullets=page, sizes={"body": FLOOR_PT}) for n, page in enumerate(pages, start=1)]
    if layout == "quote" and isinstance(spec.get("quote"), dict):
        quote = spec["quote"]
        text = str(quote.get("text", ""))
        size = best_size([f"“{text}”"], t.QUOTE_TEXT, t.QUOTE_PT)
        if size is not None:
            return [_page(spec, 1, sizes={"body": size})]
        pages = paginate(_sentences(text), t.QUOTE_TEXT, FLOOR_PT)
        return [
            _page(spec, n, quote={**quote, "text": " ".join(page)}, sizes={"body": FLOOR_PT})
            for n, page in enumerate(pages, start=1)
        ]
    if layout == "picture" and spec.get("caption"):
        caption = str(spec["caption"])
        size = best_size([caption], t.CAPTION_BOX, t.CAPTION_PT)
        if size is not None:
            return [_page(spec, 1, sizes={"body": size})]
        # the caption keeps the sentences that fit under the picture; the rest goes on as bullets
        first, *rest = paginate(_sentences(caption), t.CAPTION_BOX, FLOOR_PT)
        leftover = [s for page in rest for s in page]
        more = {k: v for k, v in spec.items() if k not in ("picture", "caption")}
        more["layout"] = "bullets"
        slides = [_page(spec, 1, caption=" ".join(first), sizes={"body": FLOOR_PT})]
        following = fit_pages({**more, "bullets": leftover, "fit": True})
        for number, page in enumerate(following, start=2):
            slides.append(_page(more, number, bullets=page["bullets"], sizes={"body": page["sizes"]["body"]}))
        return slides
    return [_page(spec, 1)]
