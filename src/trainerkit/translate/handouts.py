"""Handouts in the course's language: each Markdown source's blocks replaced by their translation
(the units of ``units.handout_units``), then parsed as the English source is. A block whose text is
not found verbatim in its lines (a paragraph continued in an indented list item), or a source whose
translation no longer parses, stays in English and is counted as untranslated."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from trainerkit.translate.checks import source_hash
from trainerkit.translate.memory import UNTRANSLATED, Lookup
from trainerkit.translate.units import translatable

if TYPE_CHECKING:
    from trainerkit.export.markdown import HandoutSource

log = logging.getLogger(__name__)


def translate_markdown(stem: str, text: str, lookup: Lookup, counts: Counter[str]) -> str:
    """``text`` (a handout source, front matter included) with its translated blocks in place."""
    from markdown_it import MarkdownIt

    front = ""
    body = text
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        front = text[: text.index("\n---\n", 4) + 5]
        body = text[len(front) :]
    md = MarkdownIt("commonmark").enable("table")
    inline = [t for t in md.parse(body) if t.type == "inline"]
    lines = body.split("\n")
    for index in range(len(inline) - 1, -1, -1):
        token = inline[index]
        if not translatable(token.content) or not token.map:
            continue
        status, target = lookup.find(f"handout:{stem}:{index}", source_hash(token.content))
        start, end = token.map
        segment = "\n".join(lines[start:end])
        # continuation lines are indented in the source (list items), not in the inline content
        pattern = r"\n([ \t]*)".join(re.escape(line) for line in token.content.split("\n"))
        matches = list(re.finditer(pattern, segment))
        if target is None or not matches:
            counts[status if target is None else UNTRANSLATED] += 1
            continue
        counts[status] += 1
        found = matches[-1]
        indent = found.group(1) if found.groups() else ""
        segment = segment[: found.start()] + target.replace("\n", "\n" + indent) + segment[found.end() :]
        lines[start:end] = segment.split("\n")
    return front + translate_fields(stem, body, "\n".join(lines), lookup, counts)


def translate_fields(stem: str, source: str, text: str, lookup: Lookup, counts: Counter[str]) -> str:
    """``text`` (``source`` with its blocks translated) with its form labels (``{{field:Label}}``, units
    ``handout:STEM:field:N`` numbered in ``source``) translated. A label whose place moved in ``text``
    (a translated block that holds a field) stays English, counted as untranslated."""
    from trainerkit.translate.units import FIELD_RE

    labels = [m.group(1).strip() for m in FIELD_RE.finditer(source)]
    found = list(FIELD_RE.finditer(text))
    if not labels:
        return text
    pairs = zip(found, labels, strict=False)
    aligned = len(found) == len(labels) and all(m.group(1).strip() == label for m, label in pairs)
    pieces: list[str] = []
    last = 0
    for index, label in enumerate(labels):
        if not translatable(label):
            continue
        status, target = lookup.find(f"handout:{stem}:field:{index}", source_hash(label))
        if not aligned or target is None or "}" in target or "\n" in target:
            counts[status if target is None else UNTRANSLATED] += 1
            continue
        counts[status] += 1
        match = found[index]
        pieces.append(text[last : match.start()] + "{{field:" + target.strip() + "}}")
        last = match.end()
    return "".join(pieces) + text[last:]


def translate_handout_sources(
    sources: dict[str, HandoutSource], lookup: Lookup
) -> tuple[dict[str, HandoutSource], Counter[str]]:
    """The handout sources (``export.handouts.load_handouts``) re-parsed from translated Markdown."""
    from trainerkit.export.markdown import parse_handout_text

    counts: Counter[str] = Counter()
    out: dict[str, HandoutSource] = {}
    for stem, source in sources.items():
        path = source.path
        try:
            text = translate_markdown(stem, path.read_text(encoding="utf-8"), lookup, counts)
            parsed = parse_handout_text(text, path)
            # the title (front matter, not a unit) as the course's translation writes it elsewhere: the
            # handout's first heading, an agenda or plan line with the same English text
            title = lookup.memory.get(source_hash(parsed.meta.title))
            if title and "\n" not in title:
                parsed = replace(parsed, meta=replace(parsed.meta, title=title))
            out[stem] = parsed
        except Exception:  # a translation that breaks the handout's format: keep the English source
            log.exception("handout %s: translated text does not parse; kept in English", stem)
            out[stem] = source
    return out, counts
