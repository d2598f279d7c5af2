"""Gaps: one list of everything still to adapt across a course's chosen sessions, with a count.

A gap is (1) a shown slide that still holds placeholder text in square brackets (``[TRAINER: add]``,
``[main routes]``), (2) a shown slide the guide asks to adapt whose "To adapt" label is still on it, or
(3) an empty profile field that a slide or handout of the chosen sessions uses. Each gap says where it is
and a command that fixes it. The count is over *adaptation points*: every shown slide to adapt or with
placeholders, and every profile field the materials use; a point is done when its gap is gone.

It reuses what preflight computes (``preflight.check_slides`` with a tally, ``preflight.check_profile``)
on the decks as they will be exported, so gaps and ``trainerkit check`` never disagree. Never imports Qt.
"""

from __future__ import annotations

import shlex
from dataclasses import asdict, dataclass, field
from typing import Any

from trainerkit.customise import state_of
from trainerkit.deck.tokens import TOKEN_RE
from trainerkit.jobs import CancelToken
from trainerkit.package.preflight import (
    AdaptPoint,
    PreflightReport,
    _handout_tokens,
    check_profile,
    check_slides,
)
from trainerkit.recipe import PROFILE_FIELDS, PROFILE_LABELS
from trainerkit.store import Store


@dataclass(frozen=True)
class Gap:
    """One thing still to adapt. ``kind``: ``placeholder``, ``to-adapt`` or ``profile``; ``where``: words
    a trainer reads; ``location``: ``{"kind": "slide", "session", "slide", "position"}`` (and
    ``"placeholder"``: the bracket text, for a placeholder) or
    ``{"kind": "profile", "field", "slides", "handouts"}``; ``fix``: a command that fixes it."""

    kind: str
    where: str
    what: str
    fix: str
    location: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class GapsReport:
    course: str
    total: int = 0
    gaps: list[Gap] = field(default_factory=list)
    #: adaptation points not done yet (a slide counts once, however many placeholders it holds)
    open_points: int = 0

    @property
    def done(self) -> int:
        return self.total - self.open_points

    def summary(self) -> str:
        return f"{self.done} of {self.total} done"

    def as_dict(self) -> dict[str, Any]:
        return {
            "course": self.course,
            "done": self.done,
            "total": self.total,
            "summary": self.summary(),
            "gaps": [g.as_dict() for g in self.gaps],
        }


def _q(text: str) -> str:
    return shlex.quote(text)


def _slide_gaps(name: str, point: AdaptPoint) -> list[Gap]:
    where = f"Session {point.session}, slide {point.position} '{point.title or point.key}' ({point.key})"
    location = {"kind": "slide", "session": point.session, "slide": point.key, "position": point.position}
    gaps = [
        Gap(
            "placeholder",
            where,
            f"placeholder text {text}",
            f'trainerkit slide edit {_q(name)} {point.key} --find {_q(text)} --replace "..."',
            {**location, "placeholder": text},
        )
        for text in point.placeholders
    ]
    if point.labelled and not point.placeholders:
        gaps.append(
            Gap(
                "to-adapt",
                where,
                f"to adapt: {point.adapt}" if point.adapt else "still labelled 'To adapt'",
                f"edit it (trainerkit slide edit {_q(name)} {point.key} ...), then "
                f"trainerkit slide adapted {_q(name)} {point.key}; or trainerkit slide hide {_q(name)} {point.key}",
                location,
            )
        )
    return gaps


def _profile_points(sessions: list[int], slide_tokens: set[str], course: Any) -> int:
    """How many profile fields the chosen materials use (filled or not)."""
    used = set(slide_tokens) & set(PROFILE_FIELDS)
    for number in sessions:
        try:
            ids = course.session(number).handouts
        except KeyError:
            continue
        for handout_id in ids:
            used |= _handout_tokens(handout_id) & set(PROFILE_FIELDS)
    return len(used)


def course_gaps(store: Store, name: str, token: CancelToken | None = None) -> GapsReport:
    """The gaps of course ``name`` across its chosen sessions, and how many adaptation points are done.

    Raises ``NotFoundError`` for an unknown course."""
    token = token or CancelToken()
    record, state, course = state_of(store, name)
    scratch = PreflightReport(record.name)
    tally: list[AdaptPoint] = []
    unfilled = check_slides(store, record.name, state, course, scratch, token, tally)
    check_profile(record.name, state, course, unfilled, scratch)
    report = GapsReport(record.name)
    for point in tally:
        report.total += 1
        if not point.done:
            report.open_points += 1
            report.gaps.extend(_slide_gaps(record.name, point))
    slide_tokens = _used_tokens(state.sessions) | set(unfilled)
    report.total += _profile_points(state.sessions, slide_tokens, course)
    for finding in scratch.findings:
        if finding.code != "empty-profile-field":
            continue
        field_name = str(finding.location.get("field"))
        report.open_points += 1
        report.gaps.append(
            Gap(
                "profile",
                f"Profile: {PROFILE_LABELS.get(field_name, field_name)}",
                finding.message,
                f"trainerkit course set {_q(record.name)} {field_name}=...",
                finding.location,
            )
        )
    return report


def _used_tokens(sessions: list[int]) -> set[str]:
    """Token names the chosen sessions' slides and notes use, from the bundled slide sources."""
    from trainerkit.paths import resources_dir

    used: set[str] = set()
    for number in sessions:
        path = resources_dir() / "slides" / "src" / f"session-{number:02d}.yaml"
        if path.is_file():
            used |= {m.strip() for m in TOKEN_RE.findall(path.read_text(encoding="utf-8"))}
    return used


def placeholders_left(store: Store, name: str, key: str) -> list[str]:
    """Placeholder texts in square brackets still on slide ``key`` as it will be exported (its "To adapt"
    label stays while there are any). ``NotFoundError`` for an unknown course or slide."""
    from trainerkit.customise import find_slide
    from trainerkit.deck.slides import slide_texts
    from trainerkit.deck.tags import get_slide_key
    from trainerkit.deck.tokens import PLACEHOLDER_RE
    from trainerkit.export.decks import build_session_deck

    row = find_slide(store, name, key)
    _record, state, course = state_of(store, name)
    prs, _problems, _missing = build_session_deck(store, state, course, row.session)
    for slide in prs.slides:
        if get_slide_key(slide) == key:
            return sorted(set(PLACEHOLDER_RE.findall("\n".join(slide_texts(slide)))))
    return []
