"""The people of a course: facilitators per session and the participants list, from the CLI and the core;
files checked as a trainer would get them (CSV in odd encodings, XLSX, a damaged file), and the papers
exported from the list read back (python-docx, pdftotext)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from trainerkit import customise
from trainerkit.cli import cli, main
from trainerkit.courseops.course import OpenCourse
from trainerkit.courseops.people import read_participants
from trainerkit.errors import BadFileError, InvalidInputError
from trainerkit.export.people import export_people
from trainerkit.store import open_store

ARABIC = "أحمد خالد"


def tk(*args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert (result.exit_code == 0) == ok, result.output
    return result.output


@pytest.fixture
def course() -> OpenCourse:
    store = open_store()
    customise.new_course(store, "Amman", country="JO")
    return OpenCourse.open(store, "Amman")


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_csv_import_skips_empty_rows_and_duplicates_and_says_so(tmp_path: Path) -> None:
    text = "Name;Organisation\nAmal Haddad;Ministry of Labour\n;\n\n" + ARABIC + ";المركز الوطني\nAMAL  haddad;x\n"
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Excel's "CSV UTF-8" starts with a BOM
    found = read_participants(path)
    assert [p.name for p in found.participants] == ["Amal Haddad", ARABIC]
    assert found.participants[1].organisation == "المركز الوطني"
    assert any("repeats 'AMAL  haddad'" in n for n in found.notes)
    assert any("2 empty rows" in n for n in found.notes)


def test_csv_in_windows_1252_and_utf_16_is_read_and_the_guess_is_said(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Nom,Organisme\nJosé Müller,ONG\n".encode("cp1252"))
    found = read_participants(latin)
    assert [p.name for p in found.participants] == ["José Müller"]
    assert any("Windows-1252" in n for n in found.notes)
    wide = tmp_path / "wide.csv"
    wide.write_bytes("Name\tOrganisation\nZoë Ng\tUNHCR\n".encode("utf-16"))
    assert read_participants(wide).participants[0].organisation == "UNHCR"


def test_xlsx_with_first_and_last_name_columns(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            ["First name", "Last name", "Organization"],
            ["Amal", "Haddad", "MoL"],
            [None, None, None],
            ["Omar", "Said", 42],
        ],
    )
    found = read_participants(path)
    assert [(p.name, p.organisation) for p in found.participants] == [("Amal Haddad", "MoL"), ("Omar Said", "42")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("damaged.xlsx", b"PK\x03\x04 not really a workbook", "not a readable Excel workbook"),
        ("binary.csv", b"\x00\x01\x02\xff" * 50, "not a text (CSV) file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
    ],
)
def test_a_hostile_or_corrupt_file_is_refused_with_one_line_and_loses_nothing(
    course: OpenCourse, tmp_path: Path, name: str, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    course.add_participants([{"name": "Amal Haddad", "organisation": ""}])
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadFileError, match=re.escape(message)):
        course.import_participants(path)
    with pytest.raises(SystemExit) as exited:  # the real entry point: one line on stderr, no traceback
        main(["participants", "import", "Amman", str(path)])
    err = capsys.readouterr().err
    assert exited.value.code == 3 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert OpenCourse.open(open_store(), "Amman").participants() == [{"name": "Amal Haddad", "organisation": ""}]


def test_a_zip_bomb_posing_as_xlsx_is_refused_from_its_directory(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (60 * 1024 * 1024))
    with pytest.raises(BadFileError, match="expands to more"):
        read_participants(path)


def test_a_file_without_names_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("Name,Organisation\n,\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="holds no participant names"):
        read_participants(path)


def test_a_file_whose_only_names_are_refused_says_why_not_that_it_has_no_names(tmp_path: Path) -> None:
    # a Name column holding one name of 300 characters: the refusal names the row and the reason, rather
    # than "holds no participant names (... with a 'Name' header)", which the file has
    path = tmp_path / "long.csv"
    path.write_text("Name\n" + "A" * 300 + "\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as refused:
        read_participants(path)
    message = str(refused.value)
    assert "Row 2" in message and "200" in message, message
    assert "\n" not in message  # one line on stderr


def test_cli_participants_import_add_remove_and_json(tmp_path: Path) -> None:
    tk("course", "create", "Amman", "--country", "JO")
    path = _xlsx(tmp_path / "list.xlsx", [["Name", "Organisation"], ["Amal Haddad", "MoL"], [ARABIC, ""]])
    out = tk("participants", "import", "Amman", str(path))
    assert "Import 2 participants from list.xlsx" in out
    tk("participants", "add", "Amman", "Zoë Ng", "--organisation", "UNHCR")
    tk("participants", "add", "Amman", "zoë ng", ok=False)  # already on the list
    data = json.loads(tk("participants", "Amman", "--json"))
    assert data["count"] == 3 and data["participants"][2] == {"name": "Zoë Ng", "organisation": "UNHCR"}
    tk("participants", "remove", "Amman", "Amal Haddad")
    assert [p["name"] for p in json.loads(tk("participants", "Amman", "--json"))["participants"]] == [ARABIC, "Zoë Ng"]
    tk("participants", "remove", "Amman", "Nobody", ok=False)
    tk("undo", "Amman")
    assert json.loads(tk("participants", "Amman", "--json"))["count"] == 3


def test_cli_facilitator_per_session(course: OpenCourse) -> None:
    out = tk("facilitator", "Amman", "3", "Amal Haddad")
    assert "Set the facilitator of session 3 to Amal Haddad" in out
    rows = json.loads(tk("facilitator", "Amman", "--json"))
    assert {r["session"]: r["facilitator"] for r in rows}[3] == "Amal Haddad"
    tk("facilitator", "Amman", "9", "X", ok=False)
    tk("facilitator", "Amman", "3", "--clear")
    assert {r["session"]: r["facilitator"] for r in json.loads(tk("facilitator", "Amman", "--json"))}[3] == ""


def _pdf_text(path: Path) -> str:
    return subprocess.check_output(["pdftotext", str(path), "-"], text=True)


def test_name_tags_certificates_and_attendance_are_exported_and_read_back(course: OpenCourse, tmp_path: Path) -> None:
    course.set_profile({"dates": "3-5 May 2027", "venue": "Hotel Amman", "organisation": "OHCHR"})
    names = ["Amal Haddad", ARABIC, "José Pérez"]
    course.add_participants([{"name": n, "organisation": "Org " + str(i)} for i, n in enumerate(names)])
    report = export_people(open_store(), "Amman", tmp_path)
    files = {f.name for f in report.files}
    assert files == {f"{t}.{e}" for t in ("Name tags", "Certificates", "Attendance sheets") for e in ("docx", "pdf")}
    folder = tmp_path / "participants"

    tags = Document(str(folder / "Name tags.docx"))
    cells = [c.text for t in tags.tables for row in t.rows for c in row.cells]
    assert all(any(n in c for c in cells) for n in names)
    name_run = next(r for p in tags.tables[0].rows[0].cells[0].paragraphs for r in p.runs if r.text == "Amal Haddad")
    assert name_run.font.size is not None and name_run.font.size.pt == 24  # readable from across the room
    assert all(n in _pdf_text(folder / "Name tags.pdf") for n in names)

    certificates = _pdf_text(folder / "Certificates.pdf")
    assert certificates.count("Certificate of participation") == 3  # one per name
    pages = certificates.split("\f")
    for name in names:
        assert sum(name in page for page in pages) == 1, name
    docx = Document(str(folder / "Certificates.docx"))
    arabic = next(p for p in docx.paragraphs if ARABIC in p.text)
    assert (
        arabic._p.pPr is not None
        and arabic._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    )  # right to left

    attendance = _pdf_text(folder / "Attendance sheets.pdf")
    for day, date in ((1, "Monday 3 May 2027"), (2, "Tuesday 4 May 2027"), (3, "Wednesday 5 May 2027")):
        assert f"Attendance: Day {day} ({date})" in attendance
    assert attendance.count("José Pérez") == 3  # on each day's sheet
    sheet = Document(str(folder / "Attendance sheets.docx"))
    assert len(sheet.tables) == 3 and len(sheet.tables[0].rows) == 1 + 3 + 5


def test_no_participants_gives_a_warning_not_an_empty_file(course: OpenCourse, tmp_path: Path) -> None:
    report = export_people(open_store(), "Amman", tmp_path, ("name-tags", "certificates"))
    assert report.files == []
    assert any("no participants list" in w for w in report.warnings)


def test_export_what_offers_the_new_products(course: OpenCourse, tmp_path: Path) -> None:
    course.add_participants([{"name": "Amal Haddad", "organisation": ""}])
    out = tk("export", "Amman", "--out", str(tmp_path), "--what", "name-tags,certificates", "--json")
    files = json.loads(out[out.index("{") :])["files"]
    assert sorted(Path(f).name for f in files) == sorted(
        ["Name tags.docx", "Name tags.pdf", "Certificates.docx", "Certificates.pdf"]
    )
    again = tk("export", "Amman", "--out", str(tmp_path / "again"), "--what", "name-tags", "--json")  # export cache
    assert len(json.loads(again[again.index("{") :])["files"]) == 2


def test_people_travel_in_a_course_bundle(course: OpenCourse, tmp_path: Path) -> None:
    course.set_facilitator(3, "Amal Haddad")
    course.add_participants([{"name": ARABIC, "organisation": "المركز الوطني"}])
    tk("bundle", "export", "Amman", str(tmp_path / "amman.tkcourse"))
    tk("bundle", "import", str(tmp_path / "amman.tkcourse"), "--as", "Amman copy")
    copy = OpenCourse.open(open_store(), "Amman copy")
    assert copy.state.facilitators == {3: "Amal Haddad"}
    assert copy.participants() == [{"name": ARABIC, "organisation": "المركز الوطني"}]


def test_print_counts_follow_the_list_when_no_number_is_set(course: OpenCourse) -> None:
    from trainerkit.export.handouts import copies_for, counted_profile

    course.add_participants([{"name": f"Person {n}", "organisation": ""} for n in range(1, 4)])
    assert copies_for("per-participant", counted_profile(course.state)) == 3
    course.set_profile({"participants": "25"})  # a number the trainer set wins
    assert copies_for("per-participant", counted_profile(course.state)) == 25


def test_the_agenda_handout_says_who_leads_each_session(course: OpenCourse) -> None:
    from trainerkit.export.handouts import agenda_tables

    course.set_facilitator(4, "Omar Said")
    rows = [title for table in agenda_tables(course.course, course.state) for _time, title in table.rows]
    led = [t for t in rows if "(led by Omar Said)" in t]
    assert led and all(t.startswith("Session 4") for t in led)
    assert not any("led by" in t for t in rows if not t.startswith("Session 4"))


def test_a_name_made_by_a_formula_with_no_saved_result_is_said_not_called_empty(tmp_path: Path) -> None:
    # a workbook written by a script (no cached results): Excel would show "Omar Said", the file holds only
    # the formula; the import says so instead of "Row 2 has no name" or counting an "empty row"
    path = tmp_path / "formulas.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Organisation"])
    sheet.append(['=CONCATENATE("Omar"," Said")', "UNHCR"])
    sheet.append(["Amal Haddad", "IOM"])
    sheet.append(["=1+1"])
    workbook.save(path)
    result = read_participants(path)
    assert [p.name for p in result.participants] == ["Amal Haddad"]
    said = " ".join(result.notes)
    assert "Row 2" in said and "formula" in said and "Row 4" in said, result.notes
    assert "empty row" not in said, result.notes
