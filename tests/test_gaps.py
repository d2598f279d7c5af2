"""Gaps: one list of what is left to adapt, with a count that moves as the trainer fills it in."""

from __future__ import annotations

import json
import shlex

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.course.decks import deck_path
from trainerkit.package.gaps import course_gaps
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(not deck_path(1).is_file(), reason="bundled decks are not built yet")


def tk(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_gaps_list_placeholders_labels_and_profile_fields_and_the_count_moves() -> None:
    tk("course", "create", "Amman", "--country", "JO")
    tk("course", "sessions", "Amman", "1", "3")
    before = json.loads(tk("gaps", "Amman", "--json"))
    kinds = {g["kind"] for g in before["gaps"]}
    assert kinds == {"placeholder", "to-adapt", "profile"}
    assert before["summary"] == f"{before['done']} of {before['total']} done" and before["done"] < before["total"]
    welcome = [g for g in before["gaps"] if g["location"].get("slide") == "s1-welcome"]
    assert welcome and welcome[0]["kind"] == "placeholder" and "Session 1" in welcome[0]["where"]
    assert "trainerkit slide edit Amman s1-welcome --find" in welcome[0]["fix"]
    venue = next(g for g in before["gaps"] if g["location"].get("field") == "venue")
    assert venue["fix"] == "trainerkit course set Amman venue=..."
    # the ratification slide is filled from the country facts: no gap there
    assert not [g for g in before["gaps"] if g["location"].get("slide") == "s3-ratified-country"]
    assert not [g for g in before["gaps"] if g["location"].get("session") not in (None, 1, 3)]

    for fix in (venue["fix"], welcome[0]["fix"]):  # the fixes run as printed, "..." typed in by the trainer
        tk(*[word.replace("...", "Le Royal Hotel") for word in shlex.split(fix)[1:]])
    after = course_gaps(open_store(), "Amman")
    assert after.total == before["total"] and after.done == before["done"] + 2
    assert not [g for g in after.gaps if g.location.get("slide") == "s1-welcome" or g.location.get("field") == "venue"]
    text = tk("gaps", "Amman")
    assert text.startswith(f"{after.done} of {after.total} done")
    # the headline's "left" counts what "of N done" counts (a slide with two placeholders is one point),
    # never "6 of 28 done (30 gaps left)"; the listed lines are counted apart
    headline = text.splitlines()[0]
    assert f"{after.total - after.done} left" in headline, headline
    assert f"{len(after.gaps)} to fix below" in headline, headline


def test_slide_adapted_says_when_bracket_text_remains() -> None:
    tk("course", "create", "Amman", "--country", "JO")
    out = tk("slide", "adapted", "Amman", "s1-practical-matters")
    assert "Mark slide s1-practical-matters as adapted." in out
    assert "label stays while bracket text remains" in out and "[contact person]" in out
    gap = [g for g in course_gaps(open_store(), "Amman").gaps if g.location.get("slide") == "s1-practical-matters"]
    assert gap and all(g.kind == "placeholder" for g in gap)
    quiet = tk("slide", "adapted", "Amman", "s2-direction")  # no bracket text on it
    assert "label stays" not in quiet
    assert not [g for g in course_gaps(open_store(), "Amman").gaps if g.location.get("slide") == "s2-direction"]


def test_the_printed_placeholder_fix_runs_in_a_french_course() -> None:
    tk("course", "create", "Dakar", "--country", "SN", "--lang", "fr")
    before = course_gaps(open_store(), "Dakar")
    welcome = next(g for g in before.gaps if g.kind == "placeholder" and g.location.get("slide") == "s1-welcome")
    assert "Pourquoi" in welcome.fix  # the placeholder as the French slide shows it, run as printed
    tk(*[word.replace("...", "Pour renforcer les capacités") for word in shlex.split(welcome.fix)[1:]])
    after = course_gaps(open_store(), "Dakar")
    assert not [g for g in after.gaps if g.location.get("slide") == "s1-welcome"], "the gap is filled"
    assert after.done == before.done + 1
    texts = json.loads(tk("slide", "texts", "Dakar", "s1-welcome", "--json"))["texts"]
    assert any("Pour renforcer les capacités" in t["text"] for t in texts), texts
    assert not any("Pourquoi cette formation" in t["text"] for t in texts)
    # an English find still works as before in a French course
    english = "[Experience of migration and human rights in the room]"
    tk("slide", "edit", "Dakar", "s1-needs-assessment", "--find", english, "--replace", "Expérience de la salle")
