"""Suggestions for a session overview: the library's entries for a session, ranked for a course's
country and region. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainerkit.countries import find_country, find_region, regions_of
from trainerkit.errors import InvalidInputError
from trainerkit.examples.model import Example, Filters
from trainerkit.examples.search import list_examples
from trainerkit.examples.storage import ensure_seeded
from trainerkit.store.db import Store


# --- suggestions for the session overview -------------------------------------------------------------
@dataclass(frozen=True)
class Suggestion:
    example: Example
    score: float
    reason: str


def session_themes(store: Store, session: int, top: int = 4) -> list[str]:
    """The themes most used by the entries filed under ``session``: what the session is about."""
    ensure_seeded(store)
    rows = store.db.execute(
        "SELECT t.value, COUNT(*) AS n FROM example_facets s JOIN example_facets t "
        "ON t.example_num = s.example_num AND t.facet = 'theme' "
        "WHERE s.facet = 'session' AND s.value = ? AND t.value != 'other' GROUP BY t.value ORDER BY n DESC, t.value",
        [str(session)],
    ).fetchall()
    return [r[0] for r in rows[:top]]


def _profile_of(course_state_or_profile: Any) -> dict[str, str]:
    profile = getattr(course_state_or_profile, "profile", course_state_or_profile)
    return dict(profile or {})


def suggest_examples(store: Store, course_state_or_profile: Any, session: int, *, limit: int = 6) -> list[Suggestion]:
    """Entries for the session overview: filed under ``session``, best first by place (the course's
    country, then its sub-region, region, then global entries), then by the session's themes; a
    trainer's own entries before bundled ones on a tie. ``course_state_or_profile`` is a
    ``trainerkit.recipe.CourseState`` or a profile dict (keys ``country_code``/``country``, ``region``)."""
    profile = _profile_of(course_state_or_profile)
    code = ""
    for key in ("country_code", "country"):
        if profile.get(key):
            try:
                code = find_country(profile[key]).code
                break
            except InvalidInputError:
                continue
    wanted_regions = regions_of(code) if code else []
    if profile.get("region"):
        try:
            wanted_regions.append(find_region(profile["region"]))
        except InvalidInputError:
            pass
    themes = set(session_themes(store, session))
    suggestions: list[Suggestion] = []
    for example in list_examples(store, Filters(session=session)):
        score, reason = 0.0, ""
        if code and code in example.countries:
            score, reason = 10.0, f"about {find_country(code).name}"
        else:
            shared = [r for r in wanted_regions if r in example.regions]
            if shared:
                narrowest = shared[-1] if len(shared) > 1 else shared[0]
                score = 6.0 if narrowest not in ("Africa", "Americas", "Asia", "Europe", "Oceania") else 4.0
                reason = f"from {narrowest}"
            elif "Global" in example.regions:
                score, reason = 2.0, "global"
        overlap = themes.intersection(example.themes)
        score += 0.5 * len(overlap)
        if overlap and not reason:
            reason = "on " + ", ".join(sorted(overlap))
        if example.mine:
            score += 0.25
        suggestions.append(Suggestion(example, score, reason or f"for session {session}"))
    suggestions.sort(key=lambda s: (-s.score, s.example.kind != "example", s.example.title))
    return suggestions[:limit]
