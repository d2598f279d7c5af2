"""Checking a trainer's values for an example (``clean_example``) and making new ids for their own
entries. Raises ``InvalidInputError`` with one clear sentence. Never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from trainerkit.countries import find_country, find_region, regions_of
from trainerkit.errors import InvalidInputError
from trainerkit.examples.model import (
    KINDS,
    MY_PREFIX,
    SESSIONS,
    SOURCE_MAX,
    SUMMARY_MAX,
    THEME_RE,
    TITLE_MAX,
    YEAR_MAX,
    Example,
)
from trainerkit.store.db import Store


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return "-".join(slug.split("-")[:6])[:40].strip("-") or "example"


def _new_id(store: Store, title: str) -> str:
    base = MY_PREFIX + _slug(title)
    candidate, n = base, 2
    while store.db.execute("SELECT 1 FROM examples WHERE id = ?", [candidate]).fetchone():
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _text(value: Any, name: str, limit: int, *, required: bool = False) -> str:
    from trainerkit.values import clean_text

    text = clean_text(value, name, multiline=name == "text", limit=limit)
    if required and not text:
        raise InvalidInputError(f"An example needs a {name}.")
    return text


def _split(value: str | Iterable[Any] | None) -> list[str]:
    if value is None:
        return []
    items = re.split(r"[;,]", value) if isinstance(value, str) else [str(v) for v in value]
    return [i.strip() for i in items if str(i).strip()]


def clean_example(
    *,
    title: Any,
    summary: Any,
    source: Any,
    kind: str = "example",
    countries: str | Iterable[Any] | None = None,
    regions: str | Iterable[Any] | None = None,
    themes: str | Iterable[Any] | None = None,
    sessions: str | Iterable[Any] | None = None,
    year: Any = "",
    place: Any = "",
    figure: Any = "",
    source_ref: Any = "",
) -> Example:
    """Check a trainer's values and return them as an (id-less) ``Example``; raises a clear error."""
    if kind not in KINDS:
        raise InvalidInputError(f"'{kind}' is not a kind of entry: use example or fact.")
    codes: list[str] = []
    for item in _split(countries):
        code = find_country(item).code
        if code not in codes:
            codes.append(code)
    region_names: list[str] = []
    for item in _split(regions):
        region_names.append(find_region(item))
    for code in codes:
        region_names += regions_of(code)
    theme_ids: list[str] = []
    for item in _split(themes):
        theme = item.lower().replace(" ", "-")
        if not THEME_RE.match(theme):
            raise InvalidInputError(f"'{item}' cannot be a theme: use lower-case words joined by dashes.")
        if theme not in theme_ids:
            theme_ids.append(theme)
    session_numbers: list[int] = []
    for item in _split(sessions):
        if not item.isdigit() or int(item) not in SESSIONS:
            raise InvalidInputError(f"'{item}' is not a session: the course has sessions 1-7.")
        if int(item) not in session_numbers:
            session_numbers.append(int(item))
    place_text = _text(place, "place", 120)
    if not place_text:
        names = [find_country(c).name for c in codes] or list(dict.fromkeys(region_names))[:1]
        place_text = ", ".join(names)
    return Example(
        id="",
        kind=kind,
        title=_text(title, "title", TITLE_MAX, required=True),
        summary=_text(summary, "text", SUMMARY_MAX, required=True),
        place=place_text,
        countries=tuple(codes),
        regions=tuple(dict.fromkeys(region_names)),
        themes=tuple(theme_ids),
        sessions=tuple(sorted(session_numbers)),
        year=_text(year, "date", YEAR_MAX),
        source=_text(source, "source (where this comes from)", SOURCE_MAX, required=True),
        source_ref=_text(source_ref, "source reference", SOURCE_MAX),
        figure=_text(figure, "figure", 60),
        origin="trainer",
    )
