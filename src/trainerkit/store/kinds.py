"""The kinds of change a trainer can make to a course, declared once.

Each ``ChangeKind`` says what its payload holds (a ``TypedDict``), how to check a payload before it is
stored, whether it is a slide operation (folded into ``CourseState.slide_ops`` and applied to the deck by
``trainerkit.export.apply``), whether it may join a one-gesture batch, whether "reset slide" forgets it,
and how to say it to a trainer (``label``). The store (``store.courses``), the recipe fold
(``recipe``), the course object (``courseops.course``), the slide index (``courseops.index``) and the
deck apply step (``export.apply``) all read this table; ``tests/test_change_kinds.py`` checks that every
slide kind has an index step and an apply step.

This module is a leaf: it imports nothing of TrainerKit, so the store may import it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

from trainerkit.messages import _


# ---- payloads ---------------------------------------------------------------------------------------
class NoPayload(TypedDict):
    pass


class ProfilePayload(TypedDict):
    values: dict[str, str]  # field -> value ("" removes the field)


class SessionsPayload(TypedDict):
    sessions: list[int]


class AgendaPayload(TypedDict):
    days: list[dict[str, Any]]  # the whole edited agenda, retimed (see trainerkit.arrange.retime)


class MovePayload(TypedDict):
    to: int  # 1-based position in the session


class DuplicatePayload(TypedDict):
    new_key: str


class ImportPayload(TypedDict):
    file: str  # sha256 of the stored file
    name: str  # the file's name, for labels
    slide: int  # 1-based slide number in the file
    new_key: str
    after: str | None
    notes: list[str]


class InsertPayload(TypedDict):
    spec: dict[str, Any]  # a slide spec as in resources/slides/src (trainerkit.deck.render)
    new_key: str
    after: str | None
    example: str | None


class EditTextPayload(TypedDict):
    find: str
    replace: str


class SetTextPayload(TypedDict):
    at: str  # the text's location on the slide, "ID:N" (trainerkit.deck.texts)
    text: str  # the new text (line breaks as "\n")
    was: str  # the text that stood there, to find it again in a new edition of the decks
    where: str  # where it is, in words ("Title", "Table, row 2, column 3"), for reports


class EditNotesPayload(TypedDict):
    notes: str


class FactPayload(TypedDict):
    instrument: str  # a treaty's short name in resources/facts (e.g. "ICMW")
    status: str  # "ratified", "signed", "none", or "" (back to the bundled June 2022 data)
    year: int | None


class AgendaFitPayload(TypedDict):
    mode: str  # "rescale", "drop" or "" (back to the plan as written); the change's session says which
    drop: list[int]  # plan step numbers the trainer drops (mode "drop")


class FacilitatorPayload(TypedDict):
    name: str  # who leads the session ("" removes it); the change's session says which


class ParticipantsPayload(TypedDict):
    participants: list[dict[str, str]]  # the whole list, in order: [{"name", "organisation"}, ...]
    what: str  # the undo menu's text ("Import 24 participants from list.xlsx")


class BatchPayload(TypedDict):
    what: str  # the undo menu's text
    changes: list[dict[str, Any]]  # [{kind, session, slide_key, payload}, ...] applied in order


# ---- the table --------------------------------------------------------------------------------------
Label = Callable[[str, Mapping[str, Any]], str]  # (the slide as the trainer knows it, payload) -> text


@dataclass(frozen=True)
class ChangeKind:
    name: str
    payload: type
    label: Label
    required: tuple[str, ...] = ()  # payload keys that must be present
    slide_op: bool = False  # recorded per session and applied to the deck by export.apply
    batchable: bool = False  # may be one of several changes recorded as one undo step
    resettable: bool = False  # forgotten by "reset slide"
    works_on_slide: bool = False  # the trainer worked on the slide (settles its "To adapt" label)

    def check(self, payload: Mapping[str, Any]) -> None:
        """Refuse a payload missing a required key (a programming error, not a trainer's)."""
        missing = [k for k in self.required if k not in payload]
        if missing:
            raise ValueError(f"{self.name!r} change lacks {', '.join(missing)}")


def _notes(p: Mapping[str, Any]) -> str:
    return "".join(f" ({note})" for note in p.get("notes", []))


def _fact(_s: str, p: Mapping[str, Any]) -> str:
    status = p.get("status") or _("the June 2022 data")
    year = f" {p['year']}" if p.get("year") else ""
    return _("Set {instrument} to {status}").format(instrument=p.get("instrument"), status=f"{status}{year}")


def _agenda_fit(session: str, p: Mapping[str, Any]) -> str:
    if p.get("mode") == "rescale":
        return _("Rescale the plan of {session} to its agenda time").format(session=session)
    if p.get("mode") == "drop":
        steps = ", ".join(str(n) for n in p.get("drop", []))
        return _("Drop steps {steps} of {session}").format(steps=steps, session=session)
    return _("Keep the plan of {session} as written").format(session=session)


def _profile(_s: str, p: Mapping[str, Any]) -> str:
    return _("Set {values}").format(values=", ".join(f"{k} = {v!r}" for k, v in p.get("values", {}).items()))


def _insert(_s: str, p: Mapping[str, Any]) -> str:
    if p.get("example"):
        return _("Insert slide {key} (example {example})").format(key=p.get("new_key"), example=p["example"])
    return _("Insert slide {key}").format(key=p.get("new_key"))


_KINDS = (
    ChangeKind("profile", ProfilePayload, _profile, ("values",)),
    ChangeKind(
        "select-sessions",
        SessionsPayload,
        lambda _s, p: _("Choose sessions {sessions}").format(sessions=", ".join(str(s) for s in p.get("sessions", []))),
        ("sessions",),
    ),
    ChangeKind("agenda", AgendaPayload, lambda _s, p: _("Edit the agenda")),
    ChangeKind(
        "hide",
        NoPayload,
        lambda s, p: _("Hide slide {slide}").format(slide=s),
        slide_op=True,
        batchable=True,
        resettable=True,
    ),
    ChangeKind(
        "show",
        NoPayload,
        lambda s, p: _("Show slide {slide}").format(slide=s),
        slide_op=True,
        batchable=True,
        resettable=True,
    ),
    ChangeKind(
        "delete",
        NoPayload,
        lambda s, p: _("Delete slide {slide}").format(slide=s),
        slide_op=True,
        batchable=True,
        resettable=True,
    ),
    ChangeKind(
        "move",
        MovePayload,
        lambda s, p: _("Move slide {slide} to position {position}").format(slide=s, position=p.get("to")),
        ("to",),
        slide_op=True,
        batchable=True,
        resettable=True,
    ),
    ChangeKind(
        "duplicate",
        DuplicatePayload,
        lambda s, p: _("Duplicate slide {slide}").format(slide=s),
        ("new_key",),
        slide_op=True,
        batchable=True,
    ),
    ChangeKind(
        "import-slide",
        ImportPayload,
        lambda _s, p: (
            _("Import slide {number} of {name} as {key}").format(
                number=p.get("slide"), name=p.get("name"), key=p.get("new_key")
            )
            + _notes(p)
        ),
        ("file", "slide", "new_key"),
        slide_op=True,
    ),
    ChangeKind(
        "insert-slide",
        InsertPayload,
        _insert,
        ("spec", "new_key"),
        slide_op=True,
    ),
    ChangeKind(
        "edit-text",
        EditTextPayload,
        lambda s, p: _("Edit text of slide {slide}").format(slide=s),
        ("find",),
        slide_op=True,
        resettable=True,
        works_on_slide=True,
    ),
    ChangeKind(
        "set-text",
        SetTextPayload,
        lambda s, p: f"Edit text on {s}",
        ("at", "text"),
        slide_op=True,
        batchable=True,
        resettable=True,
        works_on_slide=True,
    ),
    ChangeKind(
        "edit-notes",
        EditNotesPayload,
        lambda s, p: _("Edit notes of slide {slide}").format(slide=s),
        ("notes",),
        slide_op=True,
        batchable=True,  # with the texts of the slide editor, as one undo step
        resettable=True,
        works_on_slide=True,
    ),
    ChangeKind(
        "reset-slide", NoPayload, lambda s, p: _("Reset slide {slide} to the original").format(slide=s), batchable=True
    ),
    ChangeKind(
        "mark-adapted",
        NoPayload,
        lambda s, p: _("Mark slide {slide} as adapted").format(slide=s),
        slide_op=True,
        batchable=True,
        resettable=True,
        works_on_slide=True,
    ),
    ChangeKind("fact", FactPayload, _fact, ("instrument",)),
    ChangeKind("agenda-fit", AgendaFitPayload, _agenda_fit),
    ChangeKind(
        "facilitator",
        FacilitatorPayload,
        lambda s, p: f"Set the facilitator of {s} to {p['name']}" if p.get("name") else f"Clear the facilitator of {s}",
        ("name",),
    ),
    ChangeKind(
        "participants",
        ParticipantsPayload,
        lambda _s, p: str(p.get("what") or f"Set the participants list ({len(p.get('participants', []))} names)"),
        ("participants",),
    ),
    ChangeKind(
        "batch",
        BatchPayload,
        lambda _s, p: str(p.get("what") or _("{count} changes").format(count=len(p.get("changes", [])))),
        ("changes",),
    ),
)

KINDS: dict[str, ChangeKind] = {kind.name: kind for kind in _KINDS}
CHANGE_KINDS: tuple[str, ...] = tuple(KINDS)
SLIDE_KINDS: tuple[str, ...] = tuple(k.name for k in _KINDS if k.slide_op)
BATCHABLE: tuple[str, ...] = tuple(k.name for k in _KINDS if k.batchable)
RESETTABLE: tuple[str, ...] = tuple(k.name for k in _KINDS if k.resettable)
WORKS_ON_SLIDE: tuple[str, ...] = tuple(k.name for k in _KINDS if k.works_on_slide)


def kind_of(name: str) -> ChangeKind:
    """The declared kind; ``ValueError`` for a name that is not one (a programming error)."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown change kind {name!r}") from None


def label(
    kind: str, slide_key: str | None, payload: Mapping[str, Any], title: str | None = None, session: int | None = None
) -> str:
    """One line a trainer understands, e.g. ``Hide slide 'Who moves? A quick quiz'`` when the slide's
    ``title`` is known, else ``Hide slide s2-quiz``; a change to a whole session names it ("session 5")."""
    where = _("session {number}").format(number=session) if session is not None else ""
    slide = f"'{title}'" if title else (slide_key or where)
    return kind_of(kind).label(slide, payload) if kind in KINDS else kind
