"""Finding entries in the examples library: filters (country, region, theme, session, kind, mine) as
indexed lookups in ``example_facets``, full-text search (SQLite FTS5 over title, summary, place, keywords
and source), counts and the values in use for a picker. Never imports Qt.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from trainerkit.countries import find_country, find_region
from trainerkit.errors import InvalidInputError
from trainerkit.examples.model import KINDS, Example, Filters
from trainerkit.examples.storage import _SELECT, _from_row, ensure_seeded
from trainerkit.store.db import Store


def _where(filters: Filters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def facet(name: str, value: str) -> None:
        clauses.append("e.num IN (SELECT example_num FROM example_facets WHERE facet = ? AND value = ?)")
        params.extend([name, value])

    if filters.country:
        facet("country", find_country(filters.country).code)
    if filters.region:
        facet("region", find_region(filters.region))
    if filters.theme:
        facet("theme", filters.theme.strip().lower())
    if filters.session is not None:
        facet("session", str(int(filters.session)))
    if filters.kind:
        if filters.kind not in KINDS:
            raise InvalidInputError(f"'{filters.kind}' is not a kind of entry: use example or fact.")
        clauses.append("e.kind = ?")
        params.append(filters.kind)
    if filters.mine is not None:
        clauses.append("e.origin = ?")
        params.append("trainer" if filters.mine else "bundled")
    return clauses, params


def list_examples(store: Store, filters: Filters | None = None) -> list[Example]:
    """Entries matching ``filters``: facts first, then examples, each by title; a trainer's own first."""
    ensure_seeded(store)
    clauses, params = _where(filters or Filters())
    sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
    sql += " ORDER BY e.origin = 'bundled', e.kind = 'example', e.num"
    return [_from_row(r) for r in store.db.execute(sql, params)]


def fts_query(text: str) -> str:
    """A trainer's words -> a safe FTS5 query: every word must match (as a prefix), quotes kept literal."""
    words = re.findall(r"[\w'’-]+", text, flags=re.UNICODE)
    terms = []
    for word in words:
        word = word.strip("'’-")
        if word and word.upper() not in ("AND", "OR", "NOT", "NEAR"):
            terms.append('"' + word.replace('"', '""') + '"*')
    return " ".join(terms)


def search_examples(store: Store, text: str, filters: Filters | None = None, limit: int = 200) -> list[Example]:
    """Entries whose text matches every word of ``text`` (best first), narrowed by ``filters``."""
    ensure_seeded(store)
    query = fts_query(text)
    if not query:
        return list_examples(store, filters)[:limit]
    clauses, params = _where(filters or Filters())
    sql = (
        _SELECT
        + " JOIN examples_fts ON examples_fts.rowid = e.num WHERE examples_fts MATCH ?"
        + "".join(" AND " + c for c in clauses)
        + " ORDER BY bm25(examples_fts, 10.0, 3.0, 4.0, 4.0, 1.0), e.num LIMIT ?"
    )
    try:
        rows = store.db.execute(sql, [query, *params, limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise InvalidInputError(f"Cannot search for '{text}': {exc}.") from exc
    return [_from_row(r) for r in rows]


def counts(store: Store) -> dict[str, int]:
    """How many entries of each kind and origin the library holds (for `trainerkit info` and the app)."""
    ensure_seeded(store)
    result = {"examples": 0, "facts": 0, "mine": 0}
    for kind, origin, number in store.db.execute("SELECT kind, origin, COUNT(*) FROM examples GROUP BY kind, origin"):
        result["facts" if kind == "fact" else "examples"] += number
        if origin == "trainer":
            result["mine"] += number
    return result


def facet_values(store: Store, facet: str) -> list[str]:
    """The values in use for a filter (country codes, regions, themes, sessions), for a picker."""
    ensure_seeded(store)
    rows = store.db.execute(
        "SELECT DISTINCT value FROM example_facets WHERE facet = ? ORDER BY value", [facet]
    ).fetchall()
    values = [r[0] for r in rows]
    return sorted(values, key=int) if facet == "session" else values
