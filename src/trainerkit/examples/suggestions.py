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


CONTINENTS = ("Africa", "Americas", "Asia", "Europe", "Oceania")


def suggest_examples(store: Store, course_state_or_profile: Any, session: int, *, limit: int = 6) -> list[Suggestion]:
    """Entries for the session overview: filed under ``session``, ranked by place first, then theme.

    Place, best first: about the course's country; from its region (its UN M49 sub-region, e.g. Western
    Asia for Jordan, or a region named in the profile's ``region``); global or continent-wide entries (no
    country, e.g. an EU directive for a course in Europe); entries about other countries that share only
    the continent (Japan for Jordan); the rest. Within a place, entries on more of the session's themes
    come first, then a trainer's own, examples before facts, then by title. ``score`` orders them
    (higher is better). ``course_state_or_profile`` is a ``trainerkit.recipe.CourseState`` or a profile
    dict (keys ``country_code``/``country``, ``region``)."""
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
    sub_regions = [r for r in wanted_regions if r not in CONTINENTS]
    continents = [r for r in wanted_regions if r in CONTINENTS]
    themes = set(session_themes(store, session))
    suggestions: list[Suggestion] = []
    for example in list_examples(store, Filters(session=session)):
        if code and code in example.countries:
            place, reason = 4, f"about {find_country(code).name}"
        elif shared := [r for r in sub_regions if r in example.regions]:
            place, reason = 3, f"from {shared[-1]}"
        elif "Global" in example.regions:
            place, reason = 2, "global"
        elif (shared := [r for r in continents if r in example.regions]) and not example.countries:
            place, reason = 2, f"across {shared[0]}"
        elif shared:
            place, reason = 1, f"elsewhere in {shared[0]}"
        else:
            place, reason = 0, ""
        overlap = themes.intersection(example.themes)
        score = place * 10 + len(overlap) + (0.5 if example.mine else 0.0)
        if overlap and not reason:
            reason = "on " + ", ".join(sorted(overlap))
        suggestions.append(Suggestion(example, score, reason or f"for session {session}"))
    suggestions.sort(key=lambda s: (-s.score, s.example.kind != "example", s.example.title))
    return suggestions[:limit]
