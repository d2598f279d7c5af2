"""A bundle's change log, checked as strictly as a change made in the app, before anything is written.

The app records a change only after checking it against the course (``customise``, ``arrange``): the
session exists, the slide is in it, positions and profile values make sense. A bundle's change log was
made elsewhere and may have been written by hand, so each change is replayed against the bundled
course's slide index (``resources/slides/decks.json``): kinds and payloads must have the types the app
stores; a slide a change names must be in its session, or be created by an earlier change; sessions are
integers of this course; an inserted picture slide's image must be a picture carried in the bundle,
named by its SHA-256 (never a path: no absolute paths, no ``..``, no folders), so an export can never
pull a file from the trainer's disk into a slide; every text must be storable and exportable (no
control characters or lone surrogates).

``check_change_log`` raises ``ChangeLogError`` naming the change and what is wrong. Never imports Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeGuard

from trainerkit.bundle.format import image_sha
from trainerkit.course.decks import deck_path
from trainerkit.course.model import SLOT_KINDS, Course
from trainerkit.paths import resources_dir
from trainerkit.store.courses import CHANGE_KINDS
from trainerkit.store.kinds import BATCHABLE, SLIDE_KINDS
from trainerkit.values import NOTES_MAX, unexportable_char

#: A key the app gives a slide: ``s<session>-`` then lower-case words joined by dashes.
KEY_RE = re.compile(r"^s(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$")
PROFILE_KEY_RE = re.compile(r"^[a-z0-9_]{1,40}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
#: The longest text the app stores (speaker notes).
MAX_TEXT = NOTES_MAX
#: Changes to a slide that must already be there: the slide kinds that add none, and "reset slide".
_SLIDE_KINDS = (*(k for k in SLIDE_KINDS if k not in ("import-slide", "insert-slide")), "reset-slide")


class ChangeLogError(ValueError):
    """A change in a bundle's change log that the app would not have recorded."""


@lru_cache(maxsize=1)
def _bundled_keys(index_text: str) -> dict[int, frozenset[str]]:
    data = json.loads(index_text)
    return {int(d["session"]): frozenset(str(s["key"]) for s in d.get("slides", [])) for d in data.get("decks", [])}


def bundled_slide_keys(course: Course) -> dict[int, frozenset[str]]:
    """Slide keys of each session's bundled deck, from ``decks.json`` (the decks themselves if it is
    missing). Sessions without a deck have no keys."""
    index = resources_dir() / "slides" / "decks.json"
    if index.is_file():
        return _bundled_keys(index.read_text(encoding="utf-8"))
    from pptx import Presentation

    from trainerkit.deck.tags import get_slide_key

    keys: dict[int, frozenset[str]] = {}
    for session in course.sessions:
        path = deck_path(session.number)
        if path.is_file():
            keys[session.number] = frozenset(k for k in (get_slide_key(s) for s in Presentation(str(path)).slides) if k)
    return keys


def unstorable_text(value: Any, where: str) -> str | None:
    """Why some text inside ``value`` (any JSON value) cannot be stored and exported, or None."""
    if isinstance(value, str):
        bad = unexportable_char(value)
        if bad:
            return f"{where} holds a character that cannot be exported (U+{ord(bad):04X})"
        if len(value) > MAX_TEXT:
            return f"{where} is {len(value)} characters long (at most {MAX_TEXT})"
        return None
    if isinstance(value, Mapping):
        for key, item in value.items():
            problem = unstorable_text(key, where) or unstorable_text(item, where)
            if problem:
                return problem
    elif isinstance(value, list):
        for item in value:
            problem = unstorable_text(item, where)
            if problem:
                return problem
    return None


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class _Replay:
    """The slides each session has as the change log is replayed (keys only)."""

    def __init__(self, course: Course, pictures: set[str], decks: set[str], older_edition: bool = False) -> None:
        self.older_edition = older_edition
        self.sessions = {s.number for s in course.sessions}
        self.keys = {n: set(bundled_slide_keys(course).get(n, frozenset())) for n in self.sessions}
        self.pictures = pictures
        self.decks = decks

    # -- helpers
    def session(self, session: Any, label: str) -> int:
        if not _is_int(session):
            raise ChangeLogError(f"{label} names a session that is not a whole number ({session!r})")
        if session not in self.sessions:
            raise ChangeLogError(f"{label} names session {session}; the course has sessions 1-{len(self.sessions)}")
        return int(session)

    def existing_key(self, session: int, key: Any, label: str, what: str = "slide") -> str:
        if not isinstance(key, str) or not key:
            raise ChangeLogError(f"{label} names no {what}")
        match = KEY_RE.match(key)
        if key not in self.keys[session] and self.older_edition and match and int(match.group(1)) == session:
            # a slide of the edition the course was made for: as for a course made here before an update,
            # the export reports it if this edition no longer has it
            self.keys[session].add(key)
        part = re.fullmatch(r"(.+)-part\d+", key)
        if key not in self.keys[session] and part and part.group(1) in self.keys[session]:
            # a continuation page of an inserted example (deck.fit): how many pages there are depends on
            # the fonts at hand; the export reports a change whose page this computer does not make
            self.keys[session].add(key)
        if key not in self.keys[session]:
            raise ChangeLogError(
                f"{label} names {what} '{key[:60]}', which is not in session {session} and no earlier change creates it"
            )
        return key

    def new_key(self, session: int, key: Any, label: str) -> str:
        match = KEY_RE.match(key) if isinstance(key, str) else None
        if match is None or int(match.group(1)) != session:
            raise ChangeLogError(f"{label} gives its new slide a malformed key ({str(key)[:60]!r})")
        if key in self.keys[session]:
            raise ChangeLogError(f"{label} creates slide '{key}', which is already in session {session}")
        self.keys[session].add(str(key))
        return str(key)

    def after(self, session: int, payload: dict[str, Any], label: str) -> None:
        if payload.get("after") is not None:
            self.existing_key(session, payload["after"], label, "the slide to insert after,")

    # -- one change
    def check(self, change: dict[str, Any], label: str, *, in_batch: bool = False) -> None:
        kind = change.get("kind")
        if kind not in CHANGE_KINDS:
            raise ChangeLogError(f"{label} is of an unknown kind ({str(kind)[:40]!r})")
        if in_batch and kind not in BATCHABLE:
            raise ChangeLogError(f"{label} is a '{kind}' change, which cannot be part of a group")
        payload = change.get("payload")
        if not isinstance(payload, dict):
            raise ChangeLogError(f"{label} has no valid payload")
        problem = unstorable_text(payload, label)
        if problem:
            raise ChangeLogError(problem)
        slide_key = change.get("slide_key")
        if slide_key is not None and not isinstance(slide_key, str):
            raise ChangeLogError(f"{label} names a malformed slide")
        session = change.get("session")
        if kind in ("profile", "select-sessions", "agenda", "batch", "fact", "participants"):
            if session is not None or slide_key is not None:
                raise ChangeLogError(f"{label} ('{kind}') names a session or slide it does not use")
            getattr(self, "_" + str(kind).replace("-", "_"))(payload, label)
            return
        number = self.session(session, label)
        if kind in _SLIDE_KINDS:
            self._slide(str(kind), number, slide_key, payload, label)
        elif kind == "import-slide":
            self._import_slide(number, slide_key, payload, label)
        elif kind == "agenda-fit":
            drop = payload.get("drop", [])
            if payload.get("mode") not in ("rescale", "drop", "") or not isinstance(drop, list):
                raise ChangeLogError(f"{label} fits a plan in an unknown way")
            if not all(isinstance(n, int) and 0 < n < 100 for n in drop):
                raise ChangeLogError(f"{label} drops steps that are not step numbers")
        elif kind == "facilitator":
            if not isinstance(payload.get("name"), str) or len(payload["name"]) > 200:
                raise ChangeLogError(f"{label} names a facilitator in an unknown way")
        else:
            self._insert_slide(number, slide_key, payload, label)

    def _profile(self, payload: dict[str, Any], label: str) -> None:
        values = payload.get("values")
        if not isinstance(values, dict):
            raise ChangeLogError(f"{label} sets no profile values")
        for key, value in values.items():
            if not PROFILE_KEY_RE.match(key):
                raise ChangeLogError(f"{label} sets '{key[:40]}', which cannot be a profile field")
            check_profile_value(key, value, label)

    def _fact(self, payload: dict[str, Any], label: str) -> None:
        from trainerkit.course.facts import INSTRUMENTS, STATUS_WORDS

        year = payload.get("year")
        if payload.get("instrument") not in INSTRUMENTS or payload.get("status", "") not in (*STATUS_WORDS, ""):
            raise ChangeLogError(f"{label} corrects a treaty status in an unknown way")
        if year is not None and not (isinstance(year, int) and 1945 <= year <= 2100):
            raise ChangeLogError(f"{label} gives a treaty year that is not a year")

    def _participants(self, payload: dict[str, Any], label: str) -> None:
        rows = payload.get("participants")
        if not isinstance(rows, list) or len(rows) > 500:
            raise ChangeLogError(f"{label} holds a malformed participants list")
        for row in rows:
            if not isinstance(row, dict) or not all(
                isinstance(row.get(k, ""), str) and len(row.get(k, "")) <= 200 for k in ("name", "organisation")
            ):
                raise ChangeLogError(f"{label} holds a malformed participant")

    def _select_sessions(self, payload: dict[str, Any], label: str) -> None:
        sessions = payload.get("sessions")
        if not isinstance(sessions, list) or not sessions:
            raise ChangeLogError(f"{label} chooses no sessions")
        for number in sessions:
            self.session(number, label)

    def _agenda(self, payload: dict[str, Any], label: str) -> None:
        days = payload.get("days")
        if not isinstance(days, list) or not days:
            raise ChangeLogError(f"{label} holds an agenda without days")
        for day in days:
            slots = day.get("slots") if isinstance(day, dict) else None
            if not isinstance(slots, list):
                raise ChangeLogError(f"{label} holds a malformed agenda day")
            for slot in slots:
                if not isinstance(slot, dict) or slot.get("kind") not in SLOT_KINDS:
                    raise ChangeLogError(f"{label} holds an agenda slot of an unknown kind")
                if slot.get("kind") == "session":
                    self.session(slot.get("session"), label)
                minutes = slot.get("minutes")
                if not _is_int(minutes) or not 0 < minutes <= 24 * 60:
                    raise ChangeLogError(f"{label} holds an agenda slot without a valid number of minutes")
                for name in ("title", "part", "start", "end"):
                    if slot.get(name) is not None and not isinstance(slot.get(name), str):
                        raise ChangeLogError(f"{label} holds an agenda slot with a malformed '{name}'")
            start = day.get("start")
            if start is not None and not (isinstance(start, str) and re.fullmatch(r"\d\d:\d\d", start)):
                raise ChangeLogError(f"{label} holds an agenda day with a malformed start time")
        from trainerkit.arrange import retime  # the app's own check: days must fit before midnight
        from trainerkit.errors import InvalidInputError

        try:
            retime(days)
        except (InvalidInputError, KeyError, ValueError, TypeError) as exc:
            raise ChangeLogError(f"{label} holds an agenda the app would refuse ({exc})") from exc

    def _batch(self, payload: dict[str, Any], label: str) -> None:
        subs = payload.get("changes")
        if not isinstance(subs, list) or not subs or not isinstance(payload.get("what", ""), str):
            raise ChangeLogError(f"{label} is a group of changes without its changes")
        for index, sub in enumerate(subs, start=1):
            if not isinstance(sub, dict):
                raise ChangeLogError(f"{label}, part {index}, is malformed")
            self.check(sub, f"{label}, part {index},", in_batch=True)

    def _slide(self, kind: str, session: int, key: Any, payload: dict[str, Any], label: str) -> None:
        key = self.existing_key(session, key, label)
        if kind == "move":
            to = payload.get("to")
            if not _is_int(to) or not 1 <= to <= len(self.keys[session]):
                raise ChangeLogError(f"{label} moves slide {key} to a position outside the session ({to!r})")
        elif kind == "duplicate":
            self.new_key(session, payload.get("new_key"), label)
        elif kind == "edit-text":
            if not isinstance(payload.get("find"), str) or not payload["find"]:
                raise ChangeLogError(f"{label} edits text without saying which text")
            if not isinstance(payload.get("replace", ""), str):
                raise ChangeLogError(f"{label} replaces text with something that is not text")
        elif kind == "set-text":
            at = payload.get("at")
            if not isinstance(at, str) or not re.fullmatch(r"\d+:\d+", at):
                raise ChangeLogError(f"{label} edits text at a place that is not a text location ({at!r})")
            if not all(isinstance(payload.get(name, ""), str) for name in ("text", "was", "where")):
                raise ChangeLogError(f"{label} sets text to something that is not text")
        elif kind == "edit-notes" and not isinstance(payload.get("notes"), str):
            raise ChangeLogError(f"{label} sets speaker notes that are not text")

    def _import_slide(self, session: int, key: Any, payload: dict[str, Any], label: str) -> None:
        sha = payload.get("file")
        if not isinstance(sha, str) or not SHA_RE.match(sha) or sha not in self.decks:
            raise ChangeLogError(f"{label} imports from a presentation that is not in the bundle")
        slide = payload.get("slide")
        if not _is_int(slide) or slide < 1:
            raise ChangeLogError(f"{label} imports a slide number that is not a whole number ({slide!r})")
        if not isinstance(payload.get("name", ""), str):
            raise ChangeLogError(f"{label} names its presentation with something that is not text")
        notes = payload.get("notes", [])
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            raise ChangeLogError(f"{label} has malformed import notes")
        self.after(session, payload, label)
        new = self.new_key(session, payload.get("new_key"), label)
        if key != new:
            raise ChangeLogError(f"{label} names another slide than the one it creates")

    def _insert_slide(self, session: int, key: Any, payload: dict[str, Any], label: str) -> None:
        spec = payload.get("spec")
        if not isinstance(spec, dict) or not isinstance(spec.get("layout"), str):
            raise ChangeLogError(f"{label} inserts a slide without a valid description")
        if payload.get("example") is not None and not isinstance(payload["example"], str):
            raise ChangeLogError(f"{label} names an example that is not text")
        picture = spec.get("picture")
        if spec.get("layout") == "picture" or picture is not None:
            image = picture.get("image") if isinstance(picture, dict) else None
            sha = image_sha(image)
            if sha is None:
                raise ChangeLogError(
                    f"{label} inserts a picture slide whose image is not a file of the bundle "
                    f"({str(image if isinstance(picture, dict) else picture)[:80]!r}); "
                    "a bundle may only use pictures it carries"
                )
            if sha not in self.pictures:
                raise ChangeLogError(f"{label} inserts a picture that is not in the bundle ({sha[:12]})")
        self.after(session, payload, label)
        new = self.new_key(session, payload.get("new_key"), label)
        if key != new:
            raise ChangeLogError(f"{label} names another slide than the one it creates")
        from trainerkit.deck.fit import fit_pages, page_key

        try:  # an example too long for one slide continues on more (KEY-part2...): later changes may name them
            pages = len(fit_pages(spec))
        except Exception:  # a spec the export cannot lay out: it reports that, the key stays one slide
            pages = 1
        for number in range(2, pages + 1):
            self.new_key(session, page_key(new, number), label)


def check_profile_value(key: str, value: Any, label: str) -> None:
    """A profile value as the app's ``course set`` accepts it (text; paper A4 or Letter; 1-500 people)."""
    if not isinstance(value, str):
        raise ChangeLogError(f"{label} sets {key} to something that is not text")
    problem = unstorable_text(value, f"{label} ({key})")
    if problem:
        raise ChangeLogError(problem)
    text = value.strip()
    if not text:
        return
    if key == "paper" and text.lower() not in ("a4", "letter"):
        raise ChangeLogError(f"{label} sets the paper to '{text[:20]}' (A4 or Letter)")
    if key == "participants" and not (text.isdigit() and 0 < int(text) <= 500):
        raise ChangeLogError(f"{label} sets the number of participants to '{text[:20]}' (1-500)")


def check_change_log(
    changes: list[Any], course: Course, *, pictures: set[str], decks: set[str], older_edition: bool = False
) -> None:
    """Replay ``changes`` (course.json's list) against ``course``; ``pictures`` and ``decks`` are the
    SHA-256 of the files the bundle carries. With ``older_edition`` (the bundle was made for an earlier
    edition of the course), a well-formed key of a slide this edition lacks is accepted, as it is for a
    course made here before an update (export reports it). Raises ``ChangeLogError`` at the first change
    the app would not have recorded."""
    replay = _Replay(course, pictures, decks, older_edition)
    for index, change in enumerate(changes, start=1):
        label = f"change {index}"
        if not isinstance(change, dict):
            raise ChangeLogError(f"{label} is malformed")
        if change.get("seq") != index:
            raise ChangeLogError(f"the change log is out of order at change {index}")
        if not isinstance(change.get("created"), str):
            raise ChangeLogError(f"{label} has no valid date")
        replay.check(change, label)


__all__ = ["ChangeLogError", "bundled_slide_keys", "check_change_log", "check_profile_value", "unstorable_text"]
