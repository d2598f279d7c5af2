"""Country facts: the bundled treaty data fills the ratification slides and handout, and corrections undo."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from trainerkit.cli import cli
from trainerkit.cli.main import main
from trainerkit.course.decks import deck_path
from trainerkit.course.facts import STATUS_NOTE, country_facts, parse_correction, parties_count
from trainerkit.deck.tags import get_slide_key
from trainerkit.errors import InvalidInputError, NotFoundError

pytestmark = pytest.mark.skipif(not deck_path(3).is_file(), reason="bundled decks are not built yet")


def tk(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def slide_text(pptx: Path, key: str) -> str:
    prs = Presentation(str(pptx))
    slide = next(s for s in prs.slides if get_slide_key(s) == key)
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.extend(p.text for p in shape.text_frame.paragraphs)
        if getattr(shape, "has_table", False):
            parts.extend(" | ".join(c.text for c in row.cells) for row in shape.table.rows)
    return "\n".join(parts)


def handout_rows(folder: Path) -> dict[str, list[str]]:
    path = next(folder.glob("handouts/*ratified by*.docx"))
    document = Document(str(path))
    rows = {}
    for table in document.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            rows[cells[0]] = cells
    rows["_text"] = ["\n".join(p.text for p in document.paragraphs)]
    return rows


def test_data_covers_193_states_and_reads_jordan() -> None:
    jordan = country_facts("JO")
    assert jordan.state == "Jordan" and len(jordan.treaties) == 18
    assert jordan.get("ICERD").year == 1974 and jordan.get("ICERD").status == "party"
    assert jordan.get("ICMW").label == "No action"
    assert jordan.get("OP-CRPD").label == "Signed only"
    assert 50 <= parties_count("ICMW") <= 60  # 57 States parties in June 2022
    with pytest.raises(NotFoundError):
        country_facts("XX")


def test_corrections_parse_and_are_refused_when_wrong() -> None:
    assert parse_correction("icmw=ratified:2004") == {"instrument": "ICMW", "status": "ratified", "year": 2004}
    assert parse_correction("OP-CAT = signed")["status"] == "signed"
    assert parse_correction("ICMW=")["status"] == ""
    for bad in ("ICMW", "ICMX=ratified", "ICMW=maybe", "ICMW=signed:2004", "ICMW=ratified:1066"):
        with pytest.raises(InvalidInputError):
            parse_correction(bad)
    corrected = country_facts("JO", {"ICMW": {"status": "acceded", "year": 2023}})
    assert corrected.get("ICMW").label == "Acceded (2023)" and corrected.get("ICMW").corrected


def test_jordan_slides_and_handout_show_the_facts_and_a_correction_undoes(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO")
    shown = json.loads(tk("facts", "Amman", "--json"))
    icerd = next(t for t in shown["treaties"] if t["instrument"] == "ICERD")
    assert icerd["year"] == 1974 and shown["note"] == STATUS_NOTE
    assert "ICMW       No action" in tk("facts", "Amman")

    first = tmp_path / "first"
    tk("export", "Amman", "--out", str(first), "--what", "decks,handouts")
    s3 = slide_text(next(first.glob("Session 03*.pptx")), "s3-ratified-country")
    lines = s3.splitlines()
    ratified = next(line for line in lines if line.startswith("Ratified or acceded:"))
    no_action = next(line for line in lines if line.startswith("No action:"))
    assert "ICERD 1974" in ratified and "ICMW" not in ratified
    assert "ICMW" in no_action
    assert STATUS_NOTE in s3 and "[TRAINER" not in s3 and "To adapt" not in s3
    s4 = slide_text(next(first.glob("Session 04*.pptx")), "s4-ratification-status")
    assert f"Jordan | No action. {STATUS_NOTE}" in s4
    rows = handout_rows(first)
    icerd_row = next(v for k, v in rows.items() if "(ICERD)" in k)
    icmw_row = next(v for k, v in rows.items() if "(CMW)" in k)
    assert icerd_row[3] == "Ratified or acceded (1974)" and icmw_row[3] == "No action"
    assert STATUS_NOTE in rows["_text"][0]

    said = tk("facts", "Amman", "--set", "ICMW=ratified:2004")
    assert "Set ICMW to ratified 2004. (Undo with `trainerkit undo Amman`.)" in said
    second = tmp_path / "second"
    tk("export", "Amman", "--out", str(second), "--what", "decks,handouts")
    s3 = slide_text(next(second.glob("Session 03*.pptx")), "s3-ratified-country")
    assert "ICMW 2004" in next(line for line in s3.splitlines() if line.startswith("Ratified"))
    assert next(v for k, v in handout_rows(second).items() if "(CMW)" in k)[3] == "Ratified (2004)"

    assert "Undone: Set ICMW to ratified 2004" in tk(*shlex.split("trainerkit undo Amman")[1:])  # as printed
    third = tmp_path / "third"
    tk("export", "Amman", "--out", str(third), "--what", "decks,handouts")
    s3 = slide_text(next(third.glob("Session 03*.pptx")), "s3-ratified-country")
    assert "ICMW" in next(line for line in s3.splitlines() if line.startswith("No action:"))
    assert next(v for k, v in handout_rows(third).items() if "(CMW)" in k)[3] == "No action"


def test_facts_refuse_a_course_without_a_covered_country(capsys: pytest.CaptureFixture[str]) -> None:
    tk("course", "create", "Nowhere")
    for args, said in ((["facts", "Nowhere"], "has no country"), (["facts", "Nobody"], "no course named")):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        err = capsys.readouterr().err
        assert exit_.value.code not in (0, 70) and said in err and "Traceback" not in err
        if said == "has no country":  # the hint runs as printed, and then the facts show
            hint = re.findall(r"`(trainerkit [^`]+)`", err)[0]
            tk(*shlex.split(hint.replace("CODE", "KE"))[1:])
            assert "Kenya (KE)" in tk("facts", "Nowhere")


def test_a_bundle_carries_fact_corrections_and_plan_fits(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO")
    tk("facts", "Amman", "--set", "ICMW=acceded:2025")
    tk("fit-plan", "Amman", "5", "--drop", "12")
    bundle = tmp_path / "amman.tkcourse"
    tk("bundle", "export", "Amman", str(bundle))
    tk("bundle", "import", str(bundle), "--as", "Amman copy")
    copied = json.loads(tk("facts", "Amman copy", "--json"))
    assert next(t for t in copied["treaties"] if t["instrument"] == "ICMW")["label"] == "Acceded (2025)"
    shown = json.loads(tk("course", "show", "Amman copy", "--json"))
    assert [c["kind"] for c in shown["changes"]][-2:] == ["fact", "agenda-fit"]
