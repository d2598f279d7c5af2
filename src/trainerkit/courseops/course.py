"""``OpenCourse``: a trainer's course opened once, with typed operations that say what they changed.

Opening reads the record (name, profile, change log) and the bundled course once. Each operation checks
its input against the slide index (``courseops.index``: keys, order, hidden, titles, adapt state,
tokens; no deck is built), records exactly one change in the store (one undo step) and returns a
``Changes`` value naming the sessions, slides, profile fields and agenda it touched, so a view refreshes
only that. In the spirit of Anki's ``Collection`` and ``OpChanges``.

The CLI, the app's controller and the older function API (``trainerkit.customise``, ``trainerkit.arrange``)
all go through it. Never imports Qt, ``cli`` or ``ui``.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainerkit.courseops.index import IndexedSlide, SlideRow, course_sessions, fold
from trainerkit.errors import InvalidInputError, NotFoundError
from trainerkit.recipe import CourseState, state_for
from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, add_change, get_course, redo, undo
from trainerkit.store.kinds import BATCHABLE, KINDS
from trainerkit.store.kinds import label as kind_label

if TYPE_CHECKING:
    from trainerkit.course import Course
    from trainerkit.deck.texts import SlideText

#: Sessions whose slides the country facts fill (``course.facts.slide_replacements``: s3-..., s4-...).
FACT_SESSIONS = (3, 4)


@dataclass(frozen=True)
class Changes:
    """What one operation changed. ``change`` is the change recorded (or undone/redone), None when
    nothing happened. A view asks e.g. ``changes.touches_session(2)`` before it refreshes."""

    change: Change | None = None
    sessions: frozenset[int] = frozenset()
    slides: frozenset[str] = frozenset()
    profile: frozenset[str] = frozenset()
    agenda: bool = False
    selection: bool = False  # the sessions chosen for export
    label: str = ""  # the change in words, naming slides by title

    def touches_session(self, session: int) -> bool:
        return session in self.sessions

    def __bool__(self) -> bool:
        return self.change is not None


def changes_of(change: Change | None, titles: dict[str, str] | None = None) -> Changes:
    """What ``change`` touches, read from its kind and payload (a batch: the union of its parts)."""
    if change is None:
        return Changes()
    sessions: set[int] = set()
    slides: set[str] = set()
    profile: set[str] = set()
    agenda = selection = False
    subs = change.payload.get("changes", []) if change.kind == "batch" else []
    items = [(change.kind, change.session, change.slide_key, change.payload)] if not subs else []
    items += [(s.get("kind"), s.get("session"), s.get("slide_key"), s.get("payload") or {}) for s in subs]
    for kind, session, key, payload in items:
        if session is not None:
            sessions.add(int(session))
        if key:
            slides.add(str(key))
        if payload.get("new_key"):
            slides.add(str(payload["new_key"]))
        if kind == "profile":
            profile |= set(payload.get("values", {}))
        agenda |= kind in ("agenda", "agenda-fit")  # a plan's fit changes the agenda's warnings
        selection |= kind == "select-sessions"
        if kind == "fact":  # the country facts fill slides of these sessions at export
            sessions |= set(FACT_SESSIONS)
    title = (titles or {}).get(change.slide_key or "")
    return Changes(
        change=change,
        sessions=frozenset(sessions),
        slides=frozenset(slides),
        profile=frozenset(profile),
        agenda=agenda,
        selection=selection,
        label=change.label(title),
    )


class OpenCourse:
    """One trainer's course, opened once. ``record`` and ``state`` follow every operation.

    ``course`` (the bundled course, ``trainerkit.course.Course``) is loaded when first asked for: checking
    and recording a slide change needs only the session numbers, which the slide index keeps
    (``courseops.index.course_sessions``), so `trainerkit slide hide` never parses the course's YAML."""

    def __init__(self, store: Store, record: CourseRecord, course: Course | None = None) -> None:
        self.store = store
        self.record = record
        self._course = course
        self.state = state_for(record, self.session_numbers)
        self._rows: dict[int, list[SlideRow]] = {}
        self._seen = self._data_version()

    @property
    def course(self) -> Course:
        """The bundled course (``load_course()``, read on first use)."""
        if self._course is None:
            from trainerkit.course import load_course

            self._course = load_course()
        return self._course

    @property
    def session_numbers(self) -> tuple[int, ...]:
        """The bundled course's session numbers, ascending."""
        if self._course is not None:
            return tuple(s.number for s in self._course.sessions)
        return course_sessions()

    def _data_version(self) -> tuple[int, int]:
        """SQLite's counter of commits made by *other* connections (another window, the CLI), and the
        rows changed through this connection (code that shares the store but not this object)."""
        version = int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])
        return version, self.store.conn.total_changes

    def sync(self) -> bool:
        """Read the course again if another program changed the store since; True when it did.
        ``NotFoundError`` when the course is gone."""
        version = self._data_version()
        if version == self._seen:
            return False
        self.reload()
        return True

    @classmethod
    def open(cls, store: Store, name: str, course: Course | None = None) -> OpenCourse:
        """``NotFoundError`` when there is no course ``name``."""
        return cls(store, get_course(store, name), course)

    @property
    def name(self) -> str:
        return self.record.name

    def reload(self) -> None:
        """Read the record again (after a change made elsewhere, e.g. another window or the CLI)."""
        self._seen = self._data_version()
        self.record = get_course(self.store, self.record.name)
        self.state = state_for(self.record, self.session_numbers)
        self._rows.clear()

    # ---- reading -------------------------------------------------------------------------------------
    def check_session(self, session: int) -> None:
        numbers = self.session_numbers
        if session not in numbers:
            raise NotFoundError(f"There is no session {session}; the course has sessions 1-{len(numbers)}.")

    def _load_file(self, sha: str) -> Path:
        from trainerkit.store.files import file_path

        return file_path(self.store, sha)

    def slides(self, session: int) -> list[SlideRow]:
        """The session's slides as the export will produce them (tokens not yet replaced), from the index."""
        self.check_session(session)
        if session not in self._rows:
            slides = fold(session, self.state.slide_ops.get(session, []), self._load_file)
            self._rows[session] = [s.row(session, n) for n, s in enumerate(slides, start=1)]
        return list(self._rows[session])

    def paragraphs(self, session: int, key: str) -> list[str]:
        """The text of each paragraph a text edit can reach on slide ``key`` (empty for no such slide)."""
        self.check_session(session)
        slide = next(
            (s for s in fold(session, self.state.slide_ops.get(session, []), self._load_file) if s.key == key), None
        )
        return slide.paragraphs if slide is not None else []

    def _indexed(self, key: str, session: int | None = None) -> IndexedSlide:
        row = self.find_slide(key, session)
        folded = fold(row.session, self.state.slide_ops.get(row.session, []), self._load_file)
        return next(s for s in folded if s.key == key)

    def slide_texts(self, key: str, session: int | None = None) -> list[SlideText]:
        """Every text of slide ``key`` a trainer can edit, as the export will have it before ``{{tokens}}``
        are filled: location (``ID:N``, see ``deck.texts``), where in words, text. ``NotFoundError`` when
        there is no such slide."""
        return self._indexed(key, session).slide_texts()

    def find_slide(self, key: str, session: int | None = None) -> SlideRow:
        """Locate a slide by key: the session named, else the session of the key's prefix first, then all."""
        candidates = [session] if session else []
        if not candidates:
            if key.startswith("s") and key[1:].split("-")[0].isdigit():
                candidates.append(int(key[1:].split("-")[0]))
            candidates += [n for n in self.session_numbers if n not in candidates]
        for number in candidates:
            if number not in self.session_numbers:
                continue
            for row in self.slides(number):
                if row.key == key:
                    return row
        name = shlex.quote(self.name)
        if session:
            raise NotFoundError(
                f"Slide '{key}' is not in session {session} of course '{self.name}'. "
                f"List them with `trainerkit slides {name} --session {session}`."
            )
        raise NotFoundError(
            f"There is no slide '{key}' in course '{self.name}'. List them with `trainerkit slides {name}`."
        )

    def labelled(self, session: int) -> set[str]:
        """Keys of the session's slides whose orange "To adapt" label the export keeps: slides the guide
        asks to adapt that the trainer has not worked on, or that still hold placeholder text in square
        brackets (``export.apply.settle_adapt_labels``, read from the index; slides the country facts fill
        count as worked on, their placeholders as filled)."""
        from trainerkit.course.facts import facts_for_profile, slide_replacements
        from trainerkit.deck.tokens import PLACEHOLDER_RE
        from trainerkit.recipe import worked_on_keys

        self.check_session(session)
        facts = facts_for_profile(self.state.profile, self.state.fact_corrections)
        fills = slide_replacements(facts) if facts is not None else {}
        worked = worked_on_keys(self.state.slide_ops.get(session, []))
        kept = set()
        slides = fold(session, self.state.slide_ops.get(session, []), self._load_file)
        for slide in slides:
            if not slide.adapt:
                continue
            paragraphs = slide.paragraphs
            filled = False
            for find, text in fills.get(slide.key, {}).items():
                if any(find in p for p in paragraphs):
                    paragraphs = [p.replace(find, text) for p in paragraphs]
                    filled = True
            if (slide.key not in worked and not filled) or any(PLACEHOLDER_RE.search(p) for p in paragraphs):
                kept.add(slide.key)
        return kept

    def title_of(self, key: str | None) -> str | None:
        if not key:
            return None
        for rows in self._rows.values():
            for row in rows:
                if row.key == key:
                    return row.title or None
        try:
            return self.find_slide(key).title or None
        except NotFoundError:
            return None

    def label(self, change: Change | None) -> str:
        """The change in a trainer's words, naming its slide by title: "Hide slide 'Welcome'"."""
        return change.label(self.title_of(change.slide_key)) if change is not None else ""

    def undo_change(self) -> Change | None:
        return next((c for c in self.record.changes if c.seq == self.record.head), None)

    def redo_change(self) -> Change | None:
        return next((c for c in self.record.changes if c.seq == self.record.head + 1), None)

    # ---- recording -----------------------------------------------------------------------------------
    def _recorded(self, change: Change | None, titles: dict[str, str] | None = None) -> Changes:
        touched = changes_of(change, titles)
        if change is not None:
            self.record = get_course(self.store, self.record.name)
            self.state = state_for(self.record, self.session_numbers)
            if touched.sessions and not (touched.profile or touched.selection or touched.agenda):
                for session in touched.sessions:
                    self._rows.pop(session, None)
            else:
                self._rows.clear()
            self._seen = self._data_version()  # our own change: nothing to read again
        return touched

    def _record(self, kind: str, session: int | None = None, key: str | None = None, payload: Any = None) -> Changes:
        title = self.title_of(key)
        change = add_change(self.store, self.name, kind, session=session, slide_key=key, payload=payload)
        return self._recorded(change, {key: title} if key and title else None)

    def _validated(
        self, kind: str, key: str, payload: dict[str, Any] | None, suffix: str
    ) -> tuple[SlideRow, dict[str, Any]]:
        """Check one slide change against the index as it is now; the slide and the payload to store."""
        if kind not in KINDS or (not KINDS[kind].slide_op and kind != "reset-slide"):
            raise ValueError(f"{kind!r} is not a change to one slide")
        row = self.find_slide(key)
        clean = dict(payload or {})
        if kind == "duplicate":
            clean["new_key"] = f"{key}-copy{suffix}"
        if kind == "move":
            count = len(self.slides(row.session))
            to = int(clean.get("to", 0))
            if not 1 <= to <= count:
                raise InvalidInputError(
                    f"Position {to} is outside 1-{count} (session {row.session} has {count} slides)."
                )
        if kind == "edit-notes":
            from trainerkit.values import notes_text

            clean["notes"] = notes_text(clean.get("notes", ""))
        if kind == "edit-text":
            from trainerkit.values import slide_text

            find = clean["find"] = slide_text(clean.get("find", ""), "text to find")
            clean["replace"] = slide_text(clean.get("replace", ""))
            if not find:
                raise InvalidInputError("Say which text to replace.")
            if not any(find in paragraph for paragraph in self.paragraphs(row.session, key)):
                raise InvalidInputError(
                    f"The text '{find}' is not on slide {key} (it must be within one paragraph; tokens like "
                    "{{country}} are set in the course profile instead)."
                )
        if kind == "set-text":
            clean = self._checked_text(row, key, clean)
        if kind in ("hide", "show") and row.hidden == (kind == "hide"):
            raise InvalidInputError(f"Slide {key} is already {'hidden' if row.hidden else 'shown'}.")
        return row, clean

    def _find_in_translation(self, key: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """For a course in another language: a ``set-text`` payload when ``payload["find"]`` is not on the
        English slide but in a paragraph as the course's language shows it (the placeholder the gaps and
        check print, "[Pourquoi cette formation ...]"): that paragraph, translated, with the replacement.
        None otherwise (the English find goes on as before)."""
        from trainerkit.translate.hooks import text_translator
        from trainerkit.values import slide_text

        find = slide_text(payload.get("find", ""), "text to find")
        row = self.find_slide(key)
        if not find or any(find in paragraph for paragraph in self.paragraphs(row.session, key)):
            return None
        translate = text_translator(self.store, self.state)
        for text in self.slide_texts(key, row.session):
            shown = translate(text.text)
            if shown != text.text and find in shown:
                return {"at": text.location, "text": shown.replace(find, slide_text(payload.get("replace", "")))}
        return None

    def _checked_text(self, row: SlideRow, key: str, payload: dict[str, Any]) -> dict[str, Any]:
        """A ``set-text`` payload checked against the slide as it is now; ``was`` and ``where`` from it."""
        from trainerkit.values import MULTI_LINE_MAX, clean_text

        at = str(payload.get("at", "")).strip()
        texts = self._indexed(key, row.session).slide_texts()
        here = next((t for t in texts if t.location == at), None)
        if here is None:
            raise InvalidInputError(
                f"Slide {key} has no text at '{at}'. List its texts with "
                f"`trainerkit slide texts {shlex.quote(self.name)} {key}`."
            )
        text = clean_text(payload.get("text", ""), "slide text", multiline=True, limit=MULTI_LINE_MAX)
        if text == here.text:
            raise InvalidInputError(f"The text at {at} ({here.where}) of slide {key} already reads so.")
        return {"at": at, "text": text, "was": here.text, "where": here.where}

    # ---- operations on slides ------------------------------------------------------------------------
    def change_slide(self, kind: str, key: str, payload: dict[str, Any] | None = None) -> Changes:
        """One change to one slide (hide, show, delete, move, duplicate, edit-text, edit-notes,
        mark-adapted, reset-slide), validated, as one undo step."""
        if kind == "edit-text":
            shown = self._find_in_translation(key, payload or {})
            if shown is not None:  # the text as the course's language shows it: that paragraph is set
                kind, payload = "set-text", shown
        row, clean = self._validated(kind, key, payload, str(self.record.head + 1))
        return self._record(kind, row.session, key, clean)

    def change_slides(self, items: list[tuple[str, str, dict[str, Any] | None]], what: str) -> Changes:
        """Several slide changes (``(kind, key, payload)``, applied in order) as ONE undo step: what a
        trainer did with one gesture. Every item is checked (each against the slides as the earlier
        items leave them) before anything is recorded. Nothing happens for no items."""
        if not items:
            return Changes()
        if len(items) == 1:
            kind, key, payload = items[0]
            return self.change_slide(kind, key, payload)
        subs = []
        saved_state, saved_rows = self.state, self._rows
        try:
            for index, (kind, key, payload) in enumerate(items, start=1):
                if kind not in BATCHABLE:
                    raise ValueError(f"{kind!r} changes cannot be grouped")
                row, clean = self._validated(kind, key, payload, f"{self.record.head + 1}-{index}")
                subs.append({"kind": kind, "session": row.session, "slide_key": key, "payload": clean})
                self._pretend(kind, row.session, key, clean)
        finally:
            self.state, self._rows = saved_state, saved_rows
        return self._record("batch", payload={"what": what, "changes": subs})

    def _pretend(self, kind: str, session: int, key: str, payload: dict[str, Any]) -> None:
        """Fold one not yet recorded change into a copy of the state (to check the next item of a batch)."""
        from trainerkit.recipe import SlideOp

        ops = dict(self.state.slide_ops)
        if kind == "reset-slide":
            from trainerkit.store.kinds import RESETTABLE

            ops[session] = [op for op in ops.get(session, []) if not (op.key == key and op.kind in RESETTABLE)]
        else:
            ops[session] = [*ops.get(session, []), SlideOp(0, kind, key, payload)]
        self.state = CourseState(self.state.name, self.state.profile, self.state.sessions, self.state.agenda, ops)
        self._rows = {s: r for s, r in self._rows.items() if s != session}

    def hide(self, keys: list[str]) -> Changes:
        return self.set_hidden(keys, True)

    def show(self, keys: list[str]) -> Changes:
        return self.set_hidden(keys, False)

    def set_hidden(self, keys: list[str], hidden: bool) -> Changes:
        """Hide (or show) each slide of ``keys`` that is not already so, as one undo step."""
        todo = [k for k in keys if self.find_slide(k).hidden != hidden]
        kind = "hide" if hidden else "show"
        what = f"{'Hide' if hidden else 'Show'} {len(todo)} slides"
        return self.change_slides([(kind, k, None) for k in todo], what)

    def move(self, key: str, to: int) -> Changes:
        """Move slide ``key`` to 1-based position ``to`` in its session."""
        return self.change_slide("move", key, {"to": to})

    def position_after(self, key: str, after: str) -> int:
        """The 1-based position slide ``key`` takes when moved right after slide ``after`` (same session)."""
        row = self.find_slide(key)
        if after == key:
            raise InvalidInputError(f"Slide {key} cannot go after itself.")
        order = [r.key for r in self.slides(row.session) if r.key != key]
        if after not in order:
            raise InvalidInputError(f"Slide {after} is not in session {row.session}, where slide {key} is.")
        return order.index(after) + 2

    def move_after(self, key: str, after: str) -> Changes:
        """Move slide ``key`` right after slide ``after`` of its session."""
        return self.move(key, self.position_after(key, after))

    def guide_place(self, key: str) -> tuple[int, str | None] | None:
        """Where slide ``key`` stands in the guide's order, among the session's slides as they are now:
        ``(position, key of the slide it follows or None for the first)``. None for a slide that is not
        one of the guide's (a duplicate, an example, an imported slide)."""
        from trainerkit.courseops.index import bundled_slides

        row = self.find_slide(key)
        guide = [s.key for s in bundled_slides(row.session)]
        if key not in guide:
            return None
        order = [r.key for r in self.slides(row.session) if r.key != key]
        before = next((k for k in reversed(guide[: guide.index(key)]) if k in order), None)
        return (order.index(before) + 2 if before else 1), before

    def show_at_guide_place(self, key: str) -> Changes:
        """Show hidden slide ``key`` and put it back at its place in the guide's order: one undo step.
        ``InvalidInputError`` for a slide not hidden or not one of the guide's."""
        row = self.find_slide(key)
        place = self.guide_place(key)
        if place is None:
            raise InvalidInputError(f"Slide {key} is not one of the guide's slides, so it has no place in its order.")
        items: list[tuple[str, str, dict[str, Any] | None]] = [("show", key, None)]
        if place[0] != row.position:
            items.append(("move", key, {"to": place[0]}))
        title = self.title_of(key)
        named = f"'{title}'" if title else key
        return self.change_slides(items, f"Show slide {named} at its place in the guide")

    def edit_slide(self, key: str, texts: dict[str, str], notes: str | None = None) -> Changes:
        """The slide editor's changes to slide ``key`` as ONE undo step: ``texts`` maps a location
        (``slide_texts``) to its new text (texts that did not change are left out), ``notes`` the new
        speaker notes (None: unchanged). ``Changes()`` when nothing changed; ``InvalidInputError`` for a
        location the slide does not have."""
        from trainerkit.values import MULTI_LINE_MAX, clean_text, notes_text

        row = self.find_slide(key)
        current = {t.location: t.text for t in self.slide_texts(key, row.session)}
        items: list[tuple[str, str, dict[str, Any] | None]] = []
        for at, text in texts.items():
            if at not in current:
                self._checked_text(row, key, {"at": at, "text": text})  # raises, naming the location
            if clean_text(text, "slide text", multiline=True, limit=MULTI_LINE_MAX) != current[at]:
                items.append(("set-text", key, {"at": at, "text": text}))
        if notes is not None and notes_text(notes) != notes_text(row.notes):
            items.append(("edit-notes", key, {"notes": notes}))
        title = self.title_of(key)
        return self.change_slides(items, kind_label("set-text", key, {}, title))

    def set_text(self, key: str, at: str, text: str) -> Changes:
        """Set the text at location ``at`` (``slide_texts``) of slide ``key``: one undo step."""
        return self.change_slide("set-text", key, {"at": at, "text": text})

    def move_block(self, session: int, keys: list[str], before: int) -> Changes:
        """Move ``keys`` of ``session`` as a block before row ``before`` (0-based): one undo step."""
        order = [row.key for row in self.slides(session)]
        unknown = [k for k in keys if k not in order]
        if unknown:
            raise InvalidInputError(f"Slide {unknown[0]} is not in session {session}.")
        from trainerkit.courseops.arrangement import block_move_plan

        plan = block_move_plan(order, keys, before)
        what = f"Move {len(keys)} slides" if len(keys) > 1 else f"Move slide {keys[0]}"
        return self.change_slides([("move", key, {"to": to}) for key, to in plan], what)

    def delete(self, keys: list[str]) -> Changes:
        return self.change_slides([("delete", k, None) for k in keys], f"Delete {len(keys)} slides")

    def duplicate(self, keys: list[str]) -> Changes:
        return self.change_slides([("duplicate", k, None) for k in keys], f"Duplicate {len(keys)} slides")

    def edit_text(self, key: str, find: str, replace: str) -> Changes:
        return self.change_slide("edit-text", key, {"find": find, "replace": replace})

    def edit_notes(self, key: str, notes: str) -> Changes:
        return self.change_slide("edit-notes", key, {"notes": notes})

    def import_slide(self, file: Path, slide_number: int, session: int, after: str | None = None) -> Changes:
        """Copy slide ``slide_number`` of ``file`` into ``session`` after ``after`` (or at the end)."""
        from trainerkit.deck.copy import import_left_out
        from trainerkit.deck.safety import open_presentation_with_report
        from trainerkit.store.files import add_file

        self.check_session(session)
        opened = open_presentation_with_report(file, allow_macros_stripped=True)
        count = len(opened.presentation.slides)
        if not 1 <= slide_number <= count:
            raise InvalidInputError(
                f"{file.name} has {count} slide{'s' if count != 1 else ''}; there is no slide {slide_number}."
            )
        if after:
            self.find_slide(after, session)
        sha = add_file(self.store, file, "deck")
        new_key = f"s{session}-imported{self.record.head + 1}"
        payload = {
            "file": sha,
            "name": file.name,
            "slide": slide_number,
            "new_key": new_key,
            "after": after,
            # what the copy leaves out (jumps, comments, ...), said now and kept with the change
            "notes": list(opened.notes)
            + import_left_out(opened.presentation, opened.presentation.slides[slide_number - 1]),
        }
        return self._record("import-slide", session, new_key, payload)

    def insert_slide(
        self, session: int, spec: dict[str, Any], after: str | None = None, example: str | None = None
    ) -> Changes:
        """A generated slide (``spec`` as in resources/slides/src) in ``session`` after ``after``."""
        self.check_session(session)
        if after:
            self.find_slide(after, session)
        stem = f"ex-{example}" if example else "inserted"
        new_key = f"s{session}-{stem}-{self.record.head + 1}"
        payload = {"spec": spec, "new_key": new_key, "after": after, "example": example}
        return self._record("insert-slide", session, new_key, payload)

    # ---- the course as a whole -----------------------------------------------------------------------
    def set_profile(self, values: dict[str, str], tokens: dict[str, str] | None = None) -> Changes:
        """Set profile fields (``values``: known fields or the course's existing custom tokens; "" removes
        one) and declare or set custom tokens (``tokens``), as one change. Every key and value goes through
        ``trainerkit.values``; a misspelt field is refused with a suggestion ("did you mean venue?"). A
        country is stored as its ISO name and code."""
        from trainerkit.countries import country_from_code
        from trainerkit.values import known_profile_fields, profile_key, profile_value

        custom = [k for k in self.state.profile if k not in known_profile_fields()]
        clean: dict[str, str] = {}
        items = [(k, v, False) for k, v in values.items()] + [(k, v, True) for k, v in (tokens or {}).items()]
        for raw_key, raw_value, declare in items:
            key = profile_key(raw_key, custom=custom, declare=declare)
            value = profile_value(key, raw_value)
            if key == "country" and value:
                code, country_name = country_from_code(value)
                clean["country"] = country_name
                clean["country_code"] = code
                continue
            clean[key] = checked_profile_value(key, value)
        if not clean:
            raise InvalidInputError("Give at least one KEY=VALUE to set.")
        return self._record("profile", payload={"values": clean})

    def select_sessions(self, sessions: list[int]) -> Changes:
        for number in sessions:
            self.check_session(number)
        if not sessions:
            raise InvalidInputError("Choose at least one session.")
        return self._record("select-sessions", payload={"sessions": sorted(set(sessions))})

    def agenda(self) -> list[dict[str, Any]]:
        """The course's agenda: the trainer's edited one, else the guide's (``trainerkit agenda --json`` shape)."""
        from trainerkit.courseops.arrangement import guide_agenda, retime

        days = (self.state.agenda or {}).get("days")
        return retime(days) if days else guide_agenda(self.course)

    def save_agenda(self, days: list[dict[str, Any]]) -> Changes:
        """Record the whole edited agenda as one ``agenda`` change (one undo step)."""
        from trainerkit.courseops.arrangement import checked_agenda

        return self._record("agenda", payload={"days": checked_agenda(self.course, days)})

    # ---- people --------------------------------------------------------------------------------------
    def set_facilitator(self, session: int, person: str) -> Changes:
        """Who leads ``session`` ("" clears it), as one ``facilitator`` change. ``NotFoundError`` for an
        unknown session, ``InvalidInputError`` for a name over 200 characters."""
        from trainerkit.values import clean_text

        self.check_session(session)
        name = clean_text(person, "facilitator's name")
        if name == self.state.facilitators.get(session, ""):
            raise InvalidInputError(
                f"Session {session} is already led by {name}." if name else f"Session {session} has no facilitator."
            )
        return self._record("facilitator", session, payload={"name": name})

    def participants(self) -> list[dict[str, str]]:
        """The participants list, in order: ``[{"name", "organisation"}, ...]``."""
        return [dict(row) for row in self.state.participants]

    def set_participants(self, rows: list[dict[str, str]], what: str = "") -> Changes:
        """Replace the whole participants list (each row checked; repeated names refused) as one change."""
        from trainerkit.courseops.people import MAX_PARTICIPANTS, clean_participant, name_key

        clean, seen = [], set()
        for row in rows:
            person = clean_participant(row.get("name", ""), row.get("organisation", ""))
            if name_key(person.name) in seen:
                raise InvalidInputError(f"'{person.name}' is on the list twice.")
            seen.add(name_key(person.name))
            clean.append(person.as_dict())
        if len(clean) > MAX_PARTICIPANTS:
            raise InvalidInputError(f"A course holds at most {MAX_PARTICIPANTS} participants, not {len(clean)}.")
        if clean == self.state.participants:
            raise InvalidInputError("The participants list is already so.")
        what = what or f"Set the participants list ({len(clean)} names)"
        return self._record("participants", payload={"participants": clean, "what": what})

    def add_participants(self, rows: list[dict[str, str]], what: str = "") -> tuple[Changes, list[str]]:
        """Add ``rows`` after the list's end, skipping names already on it (said in the returned notes)."""
        from trainerkit.courseops.people import clean_participant, merged, participants_of

        new = [clean_participant(r.get("name", ""), r.get("organisation", "")) for r in rows]
        people, notes = merged(participants_of(self.state.participants), new)
        added = len(people) - len(self.state.participants)
        if not added:
            raise InvalidInputError("Every name given is already on the participants list.")
        what = what or (f"Add {new[0].name} to the participants" if added == 1 else f"Add {added} participants")
        return self.set_participants([p.as_dict() for p in people], what), notes

    def remove_participants(self, names: list[str]) -> Changes:
        """Take ``names`` off the list (matched ignoring case); ``NotFoundError`` for a name not on it."""
        from trainerkit.courseops.people import name_key

        keys = {name_key(n): n for n in names}
        known = {name_key(r["name"]) for r in self.state.participants}
        missing = [n for k, n in keys.items() if k not in known]
        if missing:
            raise NotFoundError(f"'{missing[0]}' is not on the participants list of course '{self.name}'.")
        rows = [r for r in self.state.participants if name_key(r["name"]) not in keys]
        what = f"Remove {names[0]} from the participants" if len(names) == 1 else f"Remove {len(names)} participants"
        return self.set_participants(rows, what)

    def import_participants(self, path: Path, replace: bool = False) -> tuple[Changes, list[str]]:
        """Read ``path`` (``courseops.people.read_participants``) and add its names (or, with ``replace``,
        make them the list) as ONE change. The notes say what was skipped. A refused file changes nothing."""
        from trainerkit.courseops.people import read_participants

        found = read_participants(path)
        rows = [p.as_dict() for p in found.participants]
        what = f"Import {len(rows)} participant{'s' if len(rows) != 1 else ''} from {path.name}"
        if replace:
            return self.set_participants(rows, what), found.notes
        changes, notes = self.add_participants(rows, what)
        return changes, found.notes + notes
    def correct_fact(self, text: str) -> Changes:
        """Correct one entry of the country facts (``"ICMW=ratified:2004"``; ``"ICMW="`` goes back to
        the June 2022 data) as one undoable ``fact`` change. Raises as ``courseops.facts.correct_fact``."""
        from trainerkit.courseops.facts import correct_fact

        return self._recorded(correct_fact(self.store, self.name, text))

    def fit_plan(self, session: int, mode: str, drop: list[int] | None = None) -> Changes:
        """The trainer's choice for a session given less time than its plan: ``rescale``, ``drop`` (the
        step numbers ``drop``) or ``""`` (as planned), one undoable ``agenda-fit`` change. Raises as
        ``courseops.facts.choose_fit``."""
        from trainerkit.courseops.facts import choose_fit

        return self._recorded(choose_fit(self.store, self.name, session, mode, drop or []))

    def undo(self) -> Changes:
        """Step back one change (``Changes()`` when there is nothing to undo)."""
        return self._stepped(self.undo_change(), undo)

    def redo(self) -> Changes:
        return self._stepped(self.redo_change(), redo)

    def _stepped(self, target: Change | None, step: Any) -> Changes:
        title = self.title_of(target.slide_key) if target is not None else None
        change = step(self.store, self.name)
        return self._recorded(change, {change.slide_key: title} if change and change.slide_key and title else None)


def checked_profile_value(key: str, value: str) -> str:
    """Refuse values that would only fail later, at export: paper sizes and participant numbers."""
    if not value:
        return value
    if key == "paper":
        for size in ("A4", "Letter"):
            if value.lower() == size.lower():
                return size
        raise InvalidInputError(f"Paper must be A4 or Letter, not '{value}'.")
    if key == "participants" and not (value.isdigit() and 0 < int(value) <= 500):
        raise InvalidInputError(f"Participants must be a number of people (1-500), not '{value}'.")
    return value
