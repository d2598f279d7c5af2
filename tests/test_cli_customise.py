"""The whole tailoring flow works from the command line, as a script or a trainer would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from tests.decks import libreoffice_pptx, make_rich_deck
from tests.libreoffice import SOFFICE
from trainerkit.cli import cli
from trainerkit.course.decks import deck_path
from trainerkit.deck.slides import is_hidden
from trainerkit.deck.tags import get_slide_key

pytestmark = pytest.mark.skipif(not deck_path(2).is_file(), reason="bundled decks are not built yet")


def tk(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code != 0, result.output
    return result.output


def slides_json(name: str, session: int) -> list[dict[str, object]]:
    return json.loads(tk("slides", name, "--session", str(session), "--json"))


def test_create_set_hide_move_undo_redo_export(tmp_path: Path) -> None:
    tk("course", "create", "Geneva 2027", "--country", "CH")
    tk("course", "set", "Geneva 2027", "venue=Palais Wilson", "dates=10-12 May 2027", "facilitators=A. Trainer")
    listed = json.loads(tk("course", "list", "--json"))
    assert listed[0]["name"] == "Geneva 2027" and listed[0]["country"] == "Switzerland"

    rows = slides_json("Geneva 2027", 2)
    hide_key, move_key = str(rows[2]["key"]), str(rows[5]["key"])
    tk("slide", "hide", "Geneva 2027", hide_key)
    tk("slide", "move", "Geneva 2027", move_key, "--to", "1")
    tk("slide", "hide", "Geneva 2027", str(rows[3]["key"]))
    assert "Undone: Hide slide" in tk("undo", "Geneva 2027")
    assert "Redone: Hide slide" in tk("redo", "Geneva 2027")
    assert "Undone" in tk("undo", "Geneva 2027")

    after = slides_json("Geneva 2027", 2)
    assert after[0]["key"] == move_key
    assert next(r for r in after if r["key"] == hide_key)["hidden"] is True
    assert next(r for r in after if r["key"] == rows[3]["key"])["hidden"] is False

    shown = json.loads(tk("course", "show", "Geneva 2027", "--json"))
    assert shown["profile"]["venue"] == "Palais Wilson"
    assert [c["undone"] for c in shown["changes"]] == [False, False, False, True]

    out = tmp_path / "export"
    tk("course", "sessions", "Geneva 2027", "2")
    tk("export", "Geneva 2027", "--out", str(out))
    deck = Presentation(str(next(out.glob("Session 02*.pptx"))))
    assert get_slide_key(deck.slides[0]) == move_key
    assert is_hidden(next(s for s in deck.slides if get_slide_key(s) == hide_key))


def test_import_a_slide_from_a_libreoffice_deck(tmp_path: Path) -> None:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    source = libreoffice_pptx(make_rich_deck(tmp_path / "rich.pptx"))
    tk("course", "create", "Import", "--country", "FR")
    first_key = str(slides_json("Import", 3)[0]["key"])
    tk("slide", "import", "Import", str(source), "--slide", "3", "--session", "3", "--after", first_key)
    rows = slides_json("Import", 3)
    assert rows[1]["origin"] == "imported"
    source.unlink()  # the course keeps its own copy
    out = tmp_path / "out"
    tk("course", "sessions", "Import", "3")
    tk("export", "Import", "--out", str(out))
    deck = Presentation(str(next(out.glob("Session 03*.pptx"))))
    pictures = [shape for shape in deck.slides[1].shapes if shape.shape_type == 13]
    assert pictures, "the imported slide keeps its pictures"


@pytest.mark.parametrize(
    "args,needle",
    [
        (("slide", "hide", "Nowhere", "s2-x"), "no course named"),
        (("slide", "hide", "C", "s2-does-not-exist"), "no slide"),
        (("slide", "move", "C", "s2-title", "--to", "500"), "outside"),
        (("course", "create", "C"), "already exists"),
        (("course", "create", "bad/name"), "cannot be a course name"),
        (("course", "set", "C", "novalue"), "not KEY=VALUE"),
        (("course", "sessions", "C", "9"), "no session 9"),
    ],
)
def test_mistakes_get_one_clear_line(args: tuple[str, ...], needle: str) -> None:
    from tests.test_cli_basics import run_process

    CliRunner().invoke(cli, ["course", "create", "C", "--country", "FR"])
    result = run_process(*args)
    assert result.returncode != 0
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_importing_a_file_that_is_not_a_presentation_changes_nothing(tmp_path: Path) -> None:
    from tests.test_cli_basics import run_process

    tk("course", "create", "Safe", "--country", "FR")
    bogus = tmp_path / "notes.pptx"
    bogus.write_text("just text")
    result = run_process("slide", "import", "Safe", str(bogus), "--slide", "1", "--session", "2")
    assert result.returncode != 0
    assert "not a PowerPoint presentation" in result.stderr
    assert json.loads(tk("course", "show", "Safe", "--json"))["changes"] == []


def test_export_what_writes_handouts_and_packs(tmp_path: Path) -> None:
    tk("course", "create", "Packs", "--country", "TN", "--venue", "Hôtel Africa, Tunis", "--dates", "3-5 mai 2027")
    tk("course", "sessions", "Packs", "1")
    out = tmp_path / "out"
    report = json.loads(tk("export", "Packs", "--out", str(out), "--what", "decks,handouts,participant-pack", "--json"))
    names = {Path(f).name for f in report["files"]}
    assert any(n.endswith(".pptx") for n in names)
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".pdf") for n in names)
    assert any(n.startswith("Participant pack") for n in names)
    tk("export", "Packs", "--out", str(out), "--what", "nonsense", ok=False)
