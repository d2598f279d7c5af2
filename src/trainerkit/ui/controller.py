"""The open course as the app sees it: one object that calls the core and says when something changed.

The open course is a ``trainerkit.courseops.course.OpenCourse``, opened once; every method calls one of
its operations, then emits ``changes`` (the ``Changes`` value: which sessions, slides, profile fields,
agenda) and ``changed``, so the views (slide sorter, preview, profile form, agenda builder, undo menu)
refresh from the store, the single source of truth, and can skip what was not touched. It holds no
rule of its own: whatever it does, the CLI can do. Core errors (``TrainerKitError``) pass through to the
caller, which shows them. Changes to the examples library (not part of a course, so no undo step) say so
with ``examples_changed``; a course added from a bundle with ``courses_changed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from trainerkit import customise, examples
from trainerkit.course import Course, load_course
from trainerkit.courseops.course import Changes, OpenCourse
from trainerkit.courseops.index import SlideRow
from trainerkit.deck.texts import SlideText
from trainerkit.errors import TrainerKitError
from trainerkit.recipe import CourseState
from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, list_courses

RECENT_KEY = "ui.recent_courses"
RECENT_LIMIT = 8


class CourseController(QObject):
    """The store, the open course's name, and the one signal views listen to."""

    changed = Signal()  # anything about the open course changed (a change, undo, redo)
    changes = Signal(object)  # the same, with what changed (a courseops.course.Changes)
    course_opened = Signal(str)  # a different course is open ("" when none)
    examples_changed = Signal()  # the examples library changed (an own example added, edited, deleted)
    courses_changed = Signal()  # a course was added or replaced from outside the window (a bundle)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.course: Course = load_course()
        self.name: str | None = None
        self.open_course: OpenCourse | None = None
        self.courses_changed.connect(self._reload)

    def _reload(self) -> None:
        """Read the open course again: a bundle may have replaced it."""
        if self.open_course is not None:
            try:
                self.open_course.reload()
            except TrainerKitError:
                self.close_course()

    # ---- which course ----------------------------------------------------------------------------
    def courses(self) -> list[CourseRecord]:
        return list_courses(self.store)

    def recent(self) -> list[str]:
        known = {c.name for c in self.courses()}
        return [n for n in self.store.get_setting(RECENT_KEY, []) if n in known]

    def open(self, name: str) -> None:
        self.open_course = OpenCourse.open(self.store, name, self.course)
        record = self.open_course.record
        self.name = record.name
        recent = [record.name] + [n for n in self.store.get_setting(RECENT_KEY, []) if n != record.name]
        self.store.set_setting(RECENT_KEY, recent[:RECENT_LIMIT])
        self.course_opened.emit(record.name)
        self.changed.emit()

    def create(self, name: str, country: str | None, **profile: str) -> None:
        record = customise.new_course(self.store, name, country=country, **profile)
        self.open(record.name)

    def close_course(self) -> None:
        self.name = None
        self.open_course = None
        self.course_opened.emit("")
        self.changed.emit()

    def _name(self) -> str:
        return self._open().name

    def _open(self) -> OpenCourse:
        """The open course, read again first if another program (the CLI, a second window) changed it."""
        if self.open_course is None or self.name is None:
            raise RuntimeError("no course is open")
        self.open_course.sync()
        return self.open_course

    # ---- reading ---------------------------------------------------------------------------------
    def record(self) -> CourseRecord:
        return self._open().record

    def state(self) -> CourseState:
        return self._open().state

    def token_values(self) -> dict[str, str]:
        return self.state().token_values(self.course)

    def slides(self, session: int) -> list[SlideRow]:
        return self._open().slides(session)

    def title_translations(self) -> tuple[str, dict[str, str]]:
        """The course's content language and its translations by source hash (``translate.hooks``),
        read again only when a translation was imported or the course's language changed."""
        from trainerkit.translate.hooks import title_translations, translations_signature

        if self.name is None:
            return "en", {}
        profile = self.state().profile
        key = (self.name, profile.get("language", ""), translations_signature(self.store))
        if getattr(self, "_titles_key", None) != key:
            self._titles = title_translations(self.store, self.name, profile)
            self._titles_key = key
        return self._titles

    def agenda(self) -> list[dict[str, Any]]:
        return self._open().agenda()

    def labelled(self, session: int) -> set[str]:
        """Keys of the session's slides that keep their "To adapt" label at export."""
        return self._open().labelled(session)

    def slide_texts(self, key: str, session: int | None = None) -> list[SlideText]:
        """Every text of slide ``key`` the slide editor shows (location, where, text)."""
        return self._open().slide_texts(key, session)

    def slide(self, key: str, session: int | None = None) -> SlideRow:
        return self._open().find_slide(key, session)

    def guide_place(self, key: str) -> tuple[int, str | None] | None:
        """(position, key it follows) of slide ``key`` in the guide's order; None for a slide of the trainer's."""
        return self._open().guide_place(key)

    def undo_change(self) -> Change | None:
        """The change Undo would take back, or None."""
        return self._open().undo_change() if self.name else None

    def redo_change(self) -> Change | None:
        return self._open().redo_change() if self.name else None

    def label(self, change: Change | None) -> str:
        """The change in a trainer's words, naming its slide by title."""
        return self._open().label(change) if self.name else ""

    # ---- changing --------------------------------------------------------------------------------
    def _done(self, changes: Changes, result: Any = None) -> Any:
        self.changes.emit(changes)
        self.changed.emit()
        return changes.change if result is None else result

    def slide_change(self, kind: str, key: str, payload: dict[str, Any] | None = None) -> Change:
        return self._done(self._open().change_slide(kind, key, payload))

    def set_hidden(self, keys: list[str], hidden: bool) -> list[Change]:
        """Hide (or show) each slide of ``keys`` that is not already so: one undo step for all of them."""
        course = self._open()
        keys = [k for k in keys if _known(course, k)]
        changes = course.set_hidden(keys, hidden)
        return self._done(changes, [changes.change] if changes.change is not None else [])

    def change_slides(self, kind: str, keys: list[str], what: str) -> Change | None:
        """The same change to each of ``keys`` (a selection), as one undo step."""
        return self._done(self._open().change_slides([(kind, k, None) for k in keys], what))

    def move_slides(self, session: int, keys: list[str], before: int) -> list[Change]:
        changes = self._open().move_block(session, keys, before)
        return self._done(changes, [changes.change] if changes.change is not None else [])

    def edit_slide(self, key: str, texts: dict[str, str], notes: str | None = None) -> Change | None:
        """The slide editor's texts (location -> text) and notes as one undo step (None: nothing changed)."""
        return self._done(self._open().edit_slide(key, texts, notes))

    def move_slide(self, key: str, to: int | None = None, after: str | None = None) -> Change | None:
        """Move slide ``key`` to 1-based position ``to``, or right after slide ``after``."""
        course = self._open()
        return self._done(course.move(key, to) if to is not None else course.move_after(key, str(after)))

    def show_at_guide_place(self, key: str) -> Change | None:
        """Show hidden slide ``key`` back at its place in the guide's order: one undo step."""
        return self._done(self._open().show_at_guide_place(key))

    def insert_slide(self, session: int, spec: dict[str, Any], after: str | None) -> Change:
        return self._done(self._open().insert_slide(session, spec, after=after))

    def import_slides(self, file: Path, numbers: list[int], session: int, after: str | None) -> list[Change]:
        course, changes = self._open(), []
        for number in numbers:
            change = course.import_slide(file, number, session, after=after).change
            assert change is not None
            changes.append(change)
            after = change.slide_key
        return self._done(Changes(changes[-1] if changes else None, frozenset({session})), changes)

    def insert_example(self, example_id: str, session: int, after: str | None, layout: str | None) -> Change:
        """An example of the library as a slide of ``session`` after slide ``after`` (None: at the end)."""
        change = examples.insert_example(self.store, self._name(), example_id, session, after=after, layout=layout)
        self._open().reload()
        return self._done(Changes(change, frozenset({session}), frozenset({change.slide_key or ""})))

    def suggestions(self, session: int, limit: int = 6) -> list[examples.Suggestion]:
        return examples.suggest_examples(self.store, self.state(), session, limit=limit)

    # ---- the examples library (not part of a course: no undo step) ---------------------------------
    def add_example(self, **fields: Any) -> examples.Example:
        example = examples.add_example(self.store, **fields)
        self.examples_changed.emit()
        return example

    def edit_example(self, example_id: str, **changes: Any) -> examples.Example:
        example = examples.edit_example(self.store, example_id, **changes)
        self.examples_changed.emit()
        return example

    def delete_example(self, example_id: str) -> examples.Example:
        example = examples.delete_example(self.store, example_id)
        self.examples_changed.emit()
        return example

    def set_profile(self, values: dict[str, str], tokens: dict[str, str] | None = None) -> Change:
        return self._done(self._open().set_profile(values, tokens))

    def select_sessions(self, sessions: list[int]) -> Change:
        """The sessions this course teaches (``trainerkit course sessions``); ``InvalidInputError`` for none."""
        return self._done(self._open().select_sessions(sessions))

    def save_agenda(self, days: list[dict[str, Any]]) -> Change:
        return self._done(self._open().save_agenda(days))

    # ---- people (facilitators, participants list) ----------------------------------------------------
    def set_facilitator(self, session: int, person: str) -> Change:
        return self._done(self._open().set_facilitator(session, person))

    def participants(self) -> list[dict[str, str]]:
        return self._open().participants()

    def set_participants(self, rows: list[dict[str, str]], what: str = "") -> Change:
        return self._done(self._open().set_participants(rows, what))

    def import_participants(self, path: Path, replace: bool = False) -> tuple[Change, list[str]]:
        """Read ``path`` and add its names as one undo step; the notes say what was skipped."""
        changes, notes = self._open().import_participants(path, replace=replace)
        return self._done(changes), notes

    # ---- the bundled course, read-only (no course open) ----------------------------------------------
    def bundled_slides(self, session: int) -> list[SlideRow]:
        """The guide's slides of ``session`` as bundled, with no course: for browsing before creating one."""
        from trainerkit.courseops.index import fold

        if session not in [s.number for s in self.course.sessions]:
            return []
        return [s.row(session, n) for n, s in enumerate(fold(session, [], _no_file), start=1)]

    def edit_text(self, key: str, find: str, replace: str) -> Change:
        """Replace ``find`` by ``replace`` on slide ``key`` (a placeholder filled from the gaps panel)."""
        return self._done(self._open().edit_text(key, find, replace))

    def correct_fact(self, text: str) -> Change:
        """Correct one country fact (``"ICMW=ratified:2004"``, ``"ICMW="`` back to the data)."""
        return self._done(self._open().correct_fact(text))

    def fit_plan(self, session: int, mode: str, drop: list[int] | None = None) -> Change:
        """Fit session ``session``'s plan to its agenda time: ``rescale``, ``drop`` steps, or ``""``."""
        return self._done(self._open().fit_plan(session, mode, drop))

    def undo(self) -> Change | None:
        return self._done(self._open().undo())

    def redo(self) -> Change | None:
        return self._done(self._open().redo())


def _no_file(sha: str) -> Path:
    raise FileNotFoundError(sha)  # the bundled course holds no imported slides


def _known(course: OpenCourse, key: str) -> bool:
    try:
        course.find_slide(key)
    except TrainerKitError:
        return False
    return True
