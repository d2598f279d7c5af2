"""An example as a slide: a slide spec in the slide-source format, and inserting it into a course.

``example_slide_spec(example, layout)`` returns a dict of ``docs/slide-source-format.md`` that
``trainerkit.deck.render`` draws at export, in one of four slide kinds a trainer picks from. Its text is
whole (never cut with an ellipsis) and the spec says ``fit: true``: at export the text is set smaller,
down to 14 pt, to fit its box, and what still does not fit continues on a slide of its own
(``trainerkit.deck.fit``); the speaker notes carry the full text:

* ``case``: a ``bullets`` slide: the example's title and its summary in short lines;
* ``statistic``: a ``bullets`` slide with the figure as its title (the format has no big-number layout);
* ``quote``: a ``quote`` slide: the summary, attributed to its source (it is our paraphrase, and says so);
* ``picture``: a ``picture`` slide with the trainer's picture, its description as alt text and a caption.

Every spec carries the source on the slide (``source``) and in the speaker notes, with the reference to
check it against. Pictures are named by their stored file (``<sha256>.<ext>`` in the data dir's
``files/``), so a spec stays valid when a course moves to another computer in a bundle.
Never imports Qt.
"""

from __future__ import annotations

import re
from typing import Any

from trainerkit.errors import InvalidInputError
from trainerkit.examples.library import Example, get_example
from trainerkit.store.courses import Change
from trainerkit.store.db import Store

SLIDE_KINDS = ("case", "statistic", "quote", "picture")
SOURCE_MAX = 160  # a longer citation shows its source's name on the slide; the notes keep it whole


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"


# Words after which a full stop does not end a sentence ("CRC general comment No. 6", "art. 5").
ABBREVIATIONS = frozenset({"no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol", "e.g", "i.e", "cf",
                           "mr", "mrs", "ms", "dr", "st", "vs", "approx", "ca", "ch", "sect", "fig"})


def sentences(text: str) -> list[str]:
    """``text`` split at sentence ends only (., ! or ? then a space and a new sentence), never at commas
    or semicolons, nor after an abbreviation or an initial ("No. 26", "art. 5", "J. Smith")."""
    text = " ".join(text.split())
    pieces = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z0-9\"“‘(])", text) if text else []
    result: list[str] = []
    for piece in pieces:
        if result:
            last_word = result[-1].rsplit(" ", 1)[-1].rstrip(".").lstrip("(\"“")
            if last_word.lower() in ABBREVIATIONS or (len(last_word) == 1 and last_word.isupper()):
                result[-1] += " " + piece
                continue
        result.append(piece)
    return result


def summary_bullets(summary: str) -> list[str]:
    """The summary as bullets: one sentence each, whole, never cut at a comma nor shortened. The slide
    lays them out to fit (``deck.fit``: a smaller size, then a continuation slide)."""
    return sentences(summary)


def default_slide_kind(example: Example) -> str:
    if example.picture:
        return "picture"
    if example.kind == "fact" and example.figure:
        return "statistic"
    return "case"


def speaker_notes(example: Example) -> str:
    """What the trainer reads before presenting: the full summary, where it happened, the source."""
    lines = [example.summary]
    where = ", ".join(x for x in (example.place_label, example.year) if x)
    if where:
        lines.append(f"Where and when: {where}.")
    lines.append(f"Source: {example.citation}.")
    if example.mine:
        lines.append("Your own example: check it is still accurate before presenting it.")
    else:
        lines.append("Our summary of the source: check the figures against it (and newer data) before presenting.")
    return "\n".join(lines)


def example_slide_spec(example: Example, layout: str | None = None) -> dict[str, Any]:
    """The slide for ``example`` in ``layout`` (``case``, ``statistic``, ``quote``, ``picture``; default:
    ``picture`` when it has one, ``statistic`` for a fact with a figure, else ``case``)."""
    kind = layout or default_slide_kind(example)
    if kind not in SLIDE_KINDS:
        raise InvalidInputError(f"'{kind}' is not a way to show an example: use {', '.join(SLIDE_KINDS)}.")
    spec: dict[str, Any] = {"title": " ".join(example.title.split()), "fit": True}
    if kind == "case":
        spec["layout"] = "bullets"
        spec["bullets"] = summary_bullets(example.summary)
    elif kind == "statistic":
        if not example.figure:
            raise InvalidInputError(
                f"'{example.id}' has no figure to show as a statistic; show it as a case or a quote."
            )
        spec["layout"] = "bullets"
        spec["title"] = " ".join(example.figure.split())
        spec["bullets"] = summary_bullets(example.summary)
    elif kind == "quote":
        by = "Our summary of " if not example.mine else ""
        spec["layout"] = "quote"
        spec["quote"] = {"text": " ".join(example.summary.split()), "by": by + example.source}
    else:
        if not example.picture_file:
            if example.mine:
                how = f"add one with `trainerkit example edit {example.id} --picture FILE`"
            else:
                how = "choose another layout, or add your own example with one (`trainerkit example add --help`)"
            raise InvalidInputError(f"'{example.id}' has no picture; {how}.")
        spec["layout"] = "picture"
        spec["picture"] = {
            "image": example.picture_file,
            "alt": shorten(example.picture_alt or example.title, 250),
        }
        spec["caption"] = " ".join(example.summary.split())
    spec["source"] = next(
        (s for s in (example.citation, example.source) if len(s) <= SOURCE_MAX), shorten(example.citation, SOURCE_MAX)
    )
    spec["notes"] = speaker_notes(example)
    return spec


def picture_needs_alt(example: Example) -> bool:
    """True when the example's picture has no description of its own (none, or only the title the library
    puts there by default): the accessibility check then asks for one (the alt text repeats the title)."""
    alt = " ".join(example.picture_alt.split())
    return bool(example.picture_file) and (not alt or alt == " ".join(example.title.split()))


def insert_example(
    store: Store,
    name: str,
    example_id: str,
    session: int,
    *,
    after: str | None = None,
    layout: str | None = None,
    alt: str | None = None,
) -> Change:
    """Insert ``example_id`` as a slide into course ``name``'s ``session`` after slide ``after`` (or at
    the end): one change, one undo step. ``alt`` describes the picture; it is stored with the trainer's
    own example when that has no description yet (so the next slide made from it has it too)."""
    from trainerkit.customise import insert_slide
    from trainerkit.examples.library import edit_example

    example = get_example(store, example_id)
    if alt and alt.strip():
        if example.mine and picture_needs_alt(example):
            example = edit_example(store, example.id, picture_alt=alt.strip())
        else:
            from dataclasses import replace

            example = replace(example, picture_alt=alt.strip())
    spec = example_slide_spec(example, layout)
    return insert_slide(store, name, session, spec, after=after, example=example.id)
