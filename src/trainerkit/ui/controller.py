"""The open course as the app sees it: one object that calls the core and says when something changed.

Every method is a call of a core function (``trainerkit.customise``, ``trainerkit.arrange``,
``trainerkit.store.courses``) followed by the ``changed`` signal, so the views (slide sorter, preview,
profile form, agenda builder, undo menu) refresh from the store, the single source of truth. It holds no
rule of its own: whatever it does, the CLI can do. Core errors (``TrainerKitError``) pass through to the
caller, which shows them. Changes to the examples library (not part of a course, so no undo step) say so
with ``examples_changed``; a course added from a bundle with ``courses_changed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from trainerkit import arrange, customise, examples
from trainerkit.course import Course, load_course
from trainerkit.customise import SlideRow
from trainerkit.recipe import CourseState
from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, get_course, list_courses, redo, undo

RECENT_KEY = "ui.recent_courses"
RECENT_LIMIT = 8


class CourseController(QObject):
    """The store, the open course's name, and the one signal views listen to."""

    changed = Signal()  # anything about the open course changed (a change, undo, redo)
    course_opened = Signal(str)  # a different course is open ("" when none)
    examples_changed = Signal()  # the examples library changed (an own example added, edited, deleted)
    courses_changed = Signal()  # a course was added or replaced from outside the window (a bundle)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.course: Course = load_course()
        self.name: str | None = None

    # ---- which course ----------------------------------------------------------------------------
    def courses(self) -> list[CourseRecord]:
        return list_courses(self.store)

    def recent(self) -> list[str]:
        known = {c.name for c in self.courses()}
        return [n for n in self.store.get_setting(RECENT_KEY, []) if n in known]

    def open(self, name: str) -> None:
        record = get_course(self.store, name)
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
        self.course_opened.emit("")
        self.changed.emit()

    def _name(self) -> str:
        if self.name is None:
            raise RuntimeError("no course is open")
        return self.name

    # ---- reading ---------------------------------------------------------------------------------
    def record(self) -> CourseRecord:
        return get_course(self.store, self._name())

    def state(self) -> CourseState:
        return customise.state_of(self.store, self._name())[1]

    def token_values(self) -> dict[str, str]:
        return self.state().token_values(self.course)

    def slides(self, session: int) -> list[SlideRow]:
        return customise.current_slides(self.store, self._name(), session)

    def agenda(self) -> list[dict[str, Any]]:
        return arrange.course_agenda(self.store, self._name())

    def undo_change(self) -> Change | None:
        """The change Undo would take back, or None."""
        record = self.record() if self.name else None
        if record is None or record.head == 0:
            return None
        return next((c for c in record.changes if c.seq == record.head), None)

    def redo_change(self) -> Change | None:
        record = self.record() if self.name else None
        if record is None:
            return None
        return next((c for c in record.changes if c.seq == record.head + 1), None)

    # ---- changing --------------------------------------------------------------------------------
    def _done(self, result: Any) -> Any:
        self.changed.emit()
        return result

    def slide_change(self, kind: str, key: str, payload: dict[str, Any] | None = None) -> Change:
        return self._done(customise.slide_change(self.store, self._name(), kind, key, payload))

    def set_hidden(self, keys: list[str], hidden: bool) -> list[Change]:
        """Hide (or show) each slide of ``keys`` that is not already so: one undo step for all of them."""
        rows = {r.key: r for s in {self._session_of(k) for k in keys} for r in self.slides(s)}
        kind = "hide" if hidden else "show"
        todo = [k for k in keys if k in rows and rows[k].hidden != hidden]
        what = f"{'Hide' if hidden else 'Show'} {len(todo)} slides"
        change = customise.slide_changes(self.store, self._name(), [(kind, k, None) for k in todo], what)
        return self._done([change] if change is not None else [])

    def change_slides(self, kind: str, keys: list[str], what: str) -> Change | None:
        """The same change to each of ``keys`` (a selection), as one undo step."""
        return self._done(customise.slide_changes(self.store, self._name(), [(kind, k, None) for k in keys], what))

    def _session_of(self, key: str) -> int:
        return customise.find_slide(self.store, self._name(), key).session

    def move_slides(self, session: int, keys: list[str], before: int) -> list[Change]:
        return self._done(arrange.move_slides(self.store, self._name(), session, keys, before))

    def insert_slide(self, session: int, spec: dict[str, Any], after: str | None) -> Change:
        return self._done(customise.insert_slide(self.store, self._name(), session, spec, after=after))

    def import_slides(self, file: Path, numbers: list[int], session: int, after: str | None) -> list[Change]:
        changes = []
        for number in numbers:
            change = customise.import_slide(self.store, self._name(), file, number, session, after=after)
            changes.append(change)
            after = change.slide_key
        return self._done(changes)

    def insert_example(self, example_id: str, session: int, after: str | None, layout: str | None) -> Change:
        """An example of the library as a slide of ``session`` after slide ``after`` (None: at the end)."""
        change = examples.insert_example(self.store, self._name(), example_id, session, after=after, layout=layout)
        return self._done(change)

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
        return self._done(customise.set_profile(self.store, self._name(), values, tokens))

    def save_agenda(self, days: list[dict[str, Any]]) -> Change:
        return self._done(arrange.save_agenda(self.store, self._name(), days))

    def undo(self) -> Change | None:
        return self._done(undo(self.store, self._name()))

    def redo(self) -> Change | None:
        return self._done(redo(self.store, self._name()))
