"""The kinds of change are declared once: every slide kind can be listed (index) and exported (deck),
the undo menu says each in words, and a change the declaration does not know is refused."""

from __future__ import annotations

import pytest

from trainerkit.courseops import index
from trainerkit.export import apply
from trainerkit.store import open_store
from trainerkit.store.courses import Change, add_change, create_course
from trainerkit.store.kinds import CHANGE_KINDS, KINDS, SLIDE_KINDS, label


def test_every_slide_kind_has_an_index_step_and_a_deck_step() -> None:
    assert set(index._STEPS) == set(SLIDE_KINDS)
    assert set(apply.STEPS) == set(SLIDE_KINDS)


def test_labels_name_the_slide_by_title_when_it_is_known() -> None:
    assert label("hide", "s2-quiz", {}, "Who moves? A quick quiz") == "Hide slide 'Who moves? A quick quiz'"
    assert label("hide", "s2-quiz", {}) == "Hide slide s2-quiz"
    assert Change(1, "move", 2, "s2-quiz", {"to": 3}, "").label("Quiz") == "Move slide 'Quiz' to position 3"
    for name in CHANGE_KINDS:
        assert KINDS[name].label("x", {}), name


def test_the_store_refuses_an_unknown_kind_and_a_payload_lacking_a_key() -> None:
    store = open_store()
    create_course(store, "Kinds", "migration", "1")
    with pytest.raises(ValueError, match="unknown change kind"):
        add_change(store, "Kinds", "paint", slide_key="s1-title")
    with pytest.raises(ValueError, match="lacks to"):
        add_change(store, "Kinds", "move", session=1, slide_key="s1-title", payload={})
