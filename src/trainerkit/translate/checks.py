"""Checks on a translated text: ``{{tokens}}`` kept, markup balanced (Markdown emphasis, code, links).

Each check returns a list of one-line problems a translator understands; empty when the text is fine.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from trainerkit.deck.tokens import TOKEN_RE


def source_hash(text: str) -> str:
    """The hash that identifies a source text: SHA-256 of its UTF-8 bytes, first 16 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def tokens(text: str) -> Counter[str]:
    return Counter(m.group(1) for m in TOKEN_RE.finditer(text))


def _markup_counts(text: str) -> dict[str, int]:
    bold = text.count("**")
    rest = text.replace("**", "")
    return {
        "**": bold % 2,
        "`": rest.count("`") % 2,
        "[]": rest.count("[") - rest.count("]"),
        "()": rest.count("(") - rest.count(")"),
    }


def check_target(source: str, target: str) -> list[str]:
    """Problems of ``target`` as a translation of ``source``: a ``{{token}}`` dropped, added or
    renamed; emphasis, code or brackets left open where the source closes them."""
    problems: list[str] = []
    want, got = tokens(source), tokens(target)
    for name in sorted(set(want) | set(got)):
        if want[name] != got[name]:
            if got[name] < want[name]:
                problems.append(f"the placeholder {{{{{name}}}}} of the source is missing")
            else:
                problems.append(f"the placeholder {{{{{name}}}}} is not in the source")
    src, tgt = _markup_counts(source), _markup_counts(target)
    names = {"**": "bold markers **", "`": "code markers `", "[]": "square brackets", "()": "round brackets"}
    for key, label in names.items():
        if tgt[key] != 0 and src[key] == 0:
            problems.append(f"the {label} are not balanced")
    return problems
