"""A trainer's changes are stored as a log: undo and redo work, survive a restart, and originals stay pristine."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from trainerkit import customise
from trainerkit.course.decks import deck_path
from trainerkit.errors import InvalidInputError, NotFoundError
from trainerkit.store import courses as store_courses
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def course_name() -> str:
    store = open_store()
    customise.new_course(store, "Nairobi 2027", "KE", venue="Kenyatta Centre")
    store.close()
    return "Nairobi 2027"


def test_new_course_takes_the_country_name_from_its_iso_code(course_name: str) -> None:
    _record, state, _course = customise.state_of(open_store(), course_name)
    assert state.profile["country"] == "Kenya"
    assert state.profile["country_code"] == "KE"
    assert state.sessions == [1, 2, 3, 4, 5, 6, 7]


def test_unknown_country_and_duplicate_name_are_refused(course_name: str) -> None:
    store = open_store()
    with pytest.raises(InvalidInputError, match="ISO 3166"):
        customise.new_course(store, "Other", "Atlantis")
    with pytest.raises(InvalidInputError, match="already exists"):
        customise.new_course(store, "nairobi 2027", "KE")


def test_hiding_a_slide_is_listed_and_undo_redo_survive_a_restart(course_name: str) -> None:
    store = open_store()
    first = customise.current_slides(store, course_name, 2)[1]
    assert not first.hidden
    customise.slide_change(store, course_name, "hide", first.key)
    assert customise.find_slide(store, course_name, first.key).hidden
    store.close()

    store = open_store()  # a restart
    assert store_courses.undo(store, course_name) is not None
    store.close()
    store = open_store()
    assert not customise.find_slide(store, course_name, first.key).hidden
    assert store_courses.redo(store, course_name) is not None
    assert customise.find_slide(open_store(), course_name, first.key).hidden


def test_a_new_change_after_undo_discards_the_redo_history(course_name: str) -> None:
    store = open_store()
    rows = customise.current_slides(store, course_name, 3)
    customise.slide_change(store, course_name, "hide", rows[1].key)
    store_courses.undo(store, course_name)
    customise.slide_change(store, course_name, "hide", rows[2].key)
    assert store_courses.redo(store, course_name) is None
    record = store_courses.get_course(store, course_name)
    assert [c.slide_key for c in record.changes] == [rows[2].key]


def test_move_duplicate_delete_are_reflected_in_the_listing(course_name: str) -> None:
    store = open_store()
    rows = customise.current_slides(store, course_name, 4)
    moved = rows[5].key
    customise.slide_change(store, course_name, "move", moved, {"to": 2})
    customise.slide_change(store, course_name, "duplicate", rows[3].key)
    customise.slide_change(store, course_name, "delete", rows[-1].key)
    after = customise.current_slides(store, course_name, 4)
    keys = [r.key for r in after]
    assert keys[1] == moved
    assert rows[-1].key not in keys
    copies = [r for r in after if r.origin == "duplicate"]
    assert len(copies) == 1 and copies[0].title == rows[3].title
    assert keys.index(copies[0].key) == keys.index(rows[3].key) + 1
    assert len(after) == len(rows)


def test_bad_requests_give_clear_errors(course_name: str) -> None:
    store = open_store()
    with pytest.raises(NotFoundError, match="no slide 's2-nonexistent'"):
        customise.slide_change(store, course_name, "hide", "s2-nonexistent")
    key = customise.current_slides(store, course_name, 2)[0].key
    with pytest.raises(InvalidInputError, match="outside"):
        customise.slide_change(store, course_name, "move", key, {"to": 999})
    with pytest.raises(InvalidInputError, match="already shown"):
        customise.slide_change(store, course_name, "show", key)
    with pytest.raises(NotFoundError, match="no course named"):
        customise.state_of(store, "Nowhere")


def test_bundled_decks_stay_pristine(course_name: str, tmp_path: Path) -> None:
    from trainerkit.export.decks import export_decks

    before = {n: _digest(deck_path(n)) for n in range(1, 8)}
    store = open_store()
    rows = customise.current_slides(store, course_name, 2)
    customise.slide_change(store, course_name, "hide", rows[2].key)
    customise.slide_change(store, course_name, "delete", rows[3].key)
    export_decks(store, course_name, tmp_path)
    assert {n: _digest(deck_path(n)) for n in range(1, 8)} == before


def test_a_change_whose_slide_vanished_in_a_new_edition_is_reported(course_name: str, tmp_path: Path) -> None:
    from trainerkit.export.decks import export_decks

    store = open_store()
    store_courses.add_change(store, course_name, "hide", session=2, slide_key="s2-removed-in-new-edition")
    report = export_decks(store, course_name, tmp_path)
    assert any("s2-removed-in-new-edition" in str(p) and "not in this edition" in str(p) for p in report.problems)


def test_profile_values_that_would_fail_at_export_are_refused_when_set(course_name: str) -> None:
    store = open_store()
    with pytest.raises(InvalidInputError, match="A4 or Letter"):
        customise.set_profile(store, course_name, {"paper": "A5"})
    with pytest.raises(InvalidInputError, match="number of people"):
        customise.set_profile(store, course_name, {"participants": "twenty"})
    customise.set_profile(store, course_name, {"paper": "letter", "participants": "22"})
    _record, state, _course = customise.state_of(store, course_name)
    assert state.profile["paper"] == "Letter" and state.profile["participants"] == "22"


def test_a_selection_changed_at_once_is_one_undo_step(course_name: str, tmp_path: Path) -> None:
    from trainerkit.export.decks import export_decks

    store = open_store()
    rows = customise.current_slides(store, course_name, 4)
    keys = [rows[2].key, rows[3].key, rows[4].key]
    change = customise.slide_changes(store, course_name, [("hide", k, None) for k in keys], "Hide 3 slides")
    assert change is not None and change.describe() == "Hide 3 slides"
    assert all(customise.find_slide(store, course_name, k).hidden for k in keys)
    store_courses.undo(store, course_name)
    assert not any(customise.find_slide(store, course_name, k).hidden for k in keys)
    store_courses.redo(store, course_name)
    assert all(customise.find_slide(store, course_name, k).hidden for k in keys)

    copies = customise.slide_changes(store, course_name, [("duplicate", k, None) for k in keys[:2]], "Duplicate 2")
    assert copies is not None
    new_keys = [sub["payload"]["new_key"] for sub in copies.payload["changes"]]
    assert len(set(new_keys)) == 2
    listed = [r.key for r in customise.current_slides(store, course_name, 4)]
    assert all(k in listed for k in new_keys)
    customise.select_sessions(store, course_name, [4])
    report = export_decks(store, course_name, tmp_path)
    assert report.problems == []


def test_a_bad_item_records_nothing_of_the_group(course_name: str) -> None:
    store = open_store()
    rows = customise.current_slides(store, course_name, 4)
    with pytest.raises(NotFoundError):
        customise.slide_changes(
            store, course_name, [("hide", rows[2].key, None), ("hide", "s4-nope", None)], "Hide 2 slides"
        )
    assert store_courses.get_course(store, course_name).changes == ()
