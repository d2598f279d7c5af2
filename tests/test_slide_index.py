"""The slide index (what the sorter lists and changes are checked against) says what the exported deck
will hold: after every kind of slide change, each session's slides, in order, with the same titles,
hidden state, origin, adapt note, tokens and notes as the deck export builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.decks import make_rich_deck
from trainerkit.course.decks import deck_path
from trainerkit.courseops.course import OpenCourse
from trainerkit.courseops.index import SlideRow
from trainerkit.customise import new_course
from trainerkit.deck.slides import list_slides
from trainerkit.deck.tags import ORIGIN_TAG, get_slide_tags
from trainerkit.export.decks import build_session_deck
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _built_rows(course: OpenCourse, session: int) -> list[SlideRow]:
    """The slides as the export builds them (the way listings were made before the index)."""
    prs, _problems, _missing = build_session_deck(course.store, course.state, course.course, session, fill_tokens=False)
    rows = []
    for info, slide in zip(list_slides(prs), prs.slides, strict=True):
        tags = get_slide_tags(slide)
        rows.append(
            SlideRow(
                session=session,
                position=info.index + 1,
                key=info.key,
                title=info.title,
                hidden=info.hidden,
                layout=info.layout_name,
                origin=tags.get(ORIGIN_TAG, "bundled" if tags.get("TRAINERKIT_KEY") else "unknown"),
                adapt=tags.get("TRAINERKIT_ADAPT", ""),
                tokens=tuple(info.tokens),
                notes=info.notes_text,
            )
        )
    return rows


def test_the_index_of_every_pristine_session_matches_its_deck() -> None:
    store = open_store()
    new_course(store, "Pristine", "KE")
    course = OpenCourse.open(store, "Pristine")
    for session in course.state.sessions:
        assert course.slides(session) == _built_rows(course, session), f"session {session}"


def test_the_index_follows_every_kind_of_slide_change(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Index", "KE")
    course = OpenCourse.open(store, "Index")
    keys = [row.key for row in course.slides(2)]
    with_token = next(row for row in course.slides(1) if row.tokens)
    course.hide([keys[1], keys[2]])
    course.move(keys[5], 1)
    course.duplicate([keys[3]])
    course.delete([keys[4]])
    course.edit_notes(keys[6], "Ask who has moved {{country}} before.\nThen {{venue}}.")
    title = course.find_slide(keys[7]).title
    course.edit_text(keys[7], title.split()[0], "{{organisation}} says")
    course.change_slide("mark-adapted", keys[8])
    course.change_slides([("reset-slide", keys[1], None), ("hide", keys[9], None)], "Two at once")
    course.import_slide(make_rich_deck(tmp_path / "rich.pptx"), 5, 2, after=keys[0])
    course.insert_slide(2, {"layout": "bullets", "title": "Our {{dates}}", "bullets": ["A fact"]}, after=keys[3])
    course.edit_text(with_token.key, "{{" + with_token.tokens[0] + "}}", "the place")
    for session in (1, 2):
        assert course.slides(session) == _built_rows(course, session), f"session {session}"
    course.undo()
    course.undo()
    assert course.slides(2) == _built_rows(course, 2)


def test_added_slides_are_in_the_index_where_they_were_put(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Added", "KE")
    course = OpenCourse.open(store, "Added")
    first = course.slides(2)[0].key
    imported = course.import_slide(make_rich_deck(tmp_path / "rich.pptx"), 1, 2, after=first)
    inserted = course.insert_slide(2, {"layout": "bullets", "title": "Our {{dates}}", "bullets": ["A fact"]})
    rows = course.slides(2)
    assert rows[1].key == imported.change.slide_key and rows[1].origin == "imported"  # type: ignore[union-attr]
    assert rows[-1].key == inserted.change.slide_key and rows[-1].title == "Our {{dates}}"  # type: ignore[union-attr]
    assert "dates" in rows[-1].tokens
    assert imported.sessions == {2} and imported.slides == {rows[1].key}


def test_checking_and_listing_changes_builds_no_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hiding, showing, moving and listing go by the index: building a deck is for export and pictures."""
    import trainerkit.export.decks as decks

    store = open_store()
    new_course(store, "No build", "KE")
    course = OpenCourse.open(store, "No build")
    course.slides(2)  # the bundled deck's index is read once (and kept)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a deck was built to check or list a change")

    monkeypatch.setattr(decks, "build_session_deck", refuse)
    keys = [row.key for row in course.slides(2)]
    changes = course.hide([keys[1]])
    assert changes.sessions == {2} and changes.slides == {keys[1]} and not changes.profile
    course.show([keys[1]])
    course.move_block(2, [keys[4], keys[5]], 0)
    course.edit_notes(keys[2], "New notes")
    assert [row.key for row in course.slides(2)][:2] == [keys[4], keys[5]]
    undone = course.undo()
    assert undone.sessions == {2} and undone.label.startswith("Edit notes of slide '")


def test_an_open_course_sees_changes_made_by_another_program(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Shared", "KE")
    course = OpenCourse.open(store, "Shared")
    key = course.slides(2)[1].key
    other = OpenCourse.open(open_store(), "Shared")  # e.g. the CLI while the app is open
    other.hide([key])
    assert not course.slides(2)[1].hidden  # not read again yet
    assert course.sync() and course.slides(2)[1].hidden
    assert not course.sync()
