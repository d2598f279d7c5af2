"""The deck build: sources are validated strictly, decks are built deterministically and the committed decks
are what a trainer needs (titles, notes, keys, hidden slides, working jumps) and up to date with their sources."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.action import PP_ACTION
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

from trainerkit.build import decks as build
from trainerkit.build.__main__ import main as build_main
from trainerkit.build.slides_schema import check_sources, load_source
from trainerkit.deck.render import (
    ADAPT_SHAPE,
    ADAPT_TAG,
    BACK_ACTION,
    BACK_SHAPE,
    STEP_TAG,
    RenderContext,
    add_slide,
    resolve_links,
)
from trainerkit.deck.tags import get_slide_key, get_slide_tags
from trainerkit.errors import CourseDataError
from trainerkit.paths import resources_dir

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "sample-slides.yaml"
SOURCES = build.source_paths()
COMMITTED = {p: build.slides_dir() / build.deck_name(int(p.stem.split("-")[1])) for p in SOURCES}


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    shutil.copy(SAMPLE, src / "session-02.yaml")
    out = tmp_path_factory.mktemp("out")
    report = build.build_decks(src, out)
    assert report.ok, report.errors
    assert not report.overflows, report.overflows
    return out / "session-02.pptx"


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCES:
        pytest.skip("no slide sources yet")
    out = tmp_path_factory.mktemp("fresh")
    report = build.build_decks(out=out, measure=False)
    assert report.ok, [str(e) for e in report.errors]
    return out


def _slides(path: Path) -> list[Any]:
    return list(Presentation(str(path)).slides)


def _hidden(slide: Any) -> bool:
    return slide._element.get("show") == "0"


def _shape_texts(slide: Any) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


# --- the sample: every layout --------------------------------------------------------------------------
def test_sample_covers_every_layout() -> None:
    source = load_source(SAMPLE)
    from trainerkit.build.slides_schema import LAYOUTS

    assert {s["layout"] for s in source.slides} == set(LAYOUTS)


def test_every_sample_slide_has_title_notes_key_and_footer(sample_build: Path) -> None:
    source = load_source(SAMPLE)
    slides = _slides(sample_build)
    assert [get_slide_key(s) for s in slides] == source.keys
    for number, (slide, spec) in enumerate(zip(slides, source.slides, strict=True), start=1):
        assert slide.shapes.title is not None and slide.shapes.title.text == spec["title"]
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()
        texts = _shape_texts(slide)
        assert "Session 2 · HRBA to Migration" in texts
        numbers = [s for s in slide.placeholders if s.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER]
        assert numbers and numbers[0].text_frame.text == str(number)
        assert get_slide_tags(slide)["TRAINERKIT_LAYOUT"] == spec["layout"]


def test_hidden_slides_are_in_the_file_but_not_in_the_show(sample_build: Path) -> None:
    source = load_source(SAMPLE)
    for slide, spec in zip(_slides(sample_build), source.slides, strict=True):
        assert _hidden(slide) == bool(spec.get("hidden")), spec["key"]


def test_links_jump_to_their_target_slides_and_back_returns(sample_build: Path) -> None:
    prs = Presentation(str(sample_build))
    by_key = {get_slide_key(s): s for s in prs.slides}
    overview = by_key["s2-overview"]
    spec = next(s for s in load_source(SAMPLE).slides if s["key"] == "s2-overview")
    jumps = [s for s in overview.shapes if s.click_action.action == PP_ACTION.NAMED_SLIDE]
    assert [s.click_action.target_slide.part for s in jumps] == [by_key[link["target"]].part for link in spec["links"]]
    for shape in jumps:
        hlink = shape._element.find(f".//{qn('a:hlinkClick')}")
        assert hlink.get("action") == "ppaction://hlinksldjump"
        rel = overview.part.rels[hlink.get(qn("r:id"))]
        assert rel.target_part is shape.click_action.target_slide.part
    for key in ("s2-numbers", "s2-drivers", "s2-activity"):
        back = [s for s in by_key[key].shapes if s.name == BACK_SHAPE]
        assert len(back) == 1
        assert back[0]._element.find(f".//{qn('a:hlinkClick')}").get("action") == BACK_ACTION


def test_charts_are_native_with_alt_text_and_data_labels(sample_build: Path) -> None:
    charts = [s for slide in _slides(sample_build) for s in slide.shapes if s.has_chart]
    assert len(charts) == 4
    for frame in charts:
        descr = frame._element.find(f"{qn('p:nvGraphicFramePr')}/{qn('p:cNvPr')}").get("descr")
        assert descr and len(descr) > 20
        assert frame.chart.plots[0].has_data_labels
        assert frame.chart.part.chart_workbook.xlsx_part is not None  # editable in PowerPoint


def test_diagrams_are_grouped_shapes_with_alt_text(sample_build: Path) -> None:
    for slide in _slides(sample_build):
        if get_slide_tags(slide)["TRAINERKIT_LAYOUT"] != "diagram":
            continue
        groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
        assert len(groups) == 1
        assert groups[0]._element.find(f"{qn('p:nvGrpSpPr')}/{qn('p:cNvPr')}").get("descr")


def test_adapt_slides_show_a_label_and_carry_tags(sample_build: Path) -> None:
    prs = Presentation(str(sample_build))
    slide = next(s for s in prs.slides if get_slide_key(s) == "s2-ratifications")
    label = next(s for s in slide.shapes if s.name == ADAPT_SHAPE)
    assert label.text_frame.text.startswith("To adapt: Fill in the ratification years for {{country}}")
    assert get_slide_tags(slide)[ADAPT_TAG].startswith("Fill in")
    activity = next(s for s in prs.slides if get_slide_key(s) == "s2-activity")
    assert get_slide_tags(activity)[STEP_TAG] == "4"
    assert "{{country}}" in activity.shapes.title.text  # tokens stay literal in the bundled decks


def test_build_is_deterministic(tmp_path: Path, sample_build: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLE, src / "session-02.yaml")
    build.build_decks(src, tmp_path / "out", measure=False)
    assert (tmp_path / "out" / "session-02.pptx").read_bytes() == sample_build.read_bytes()


def test_check_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLE, src / "session-02.yaml")
    out = tmp_path / "out"
    assert build_main(["decks", "--check", "--src", str(src), "--out", str(out)]) == 0
    assert not out.exists()
    assert "checked 1 decks" in capsys.readouterr().out


def test_add_slide_works_on_a_customised_copy_of_a_bundled_deck(tmp_path: Path) -> None:
    if not SOURCES:
        pytest.skip("no decks yet")
    deck = COMMITTED[SOURCES[0]]
    prs = Presentation(str(deck))
    prs.slides[0].shapes.title.text = "Our own title"
    first_key = get_slide_key(prs.slides[0])
    context = RenderContext(session=1)
    spec = {
        "key": "local-example-1",
        "layout": "links",
        "title": "Our local example",
        "links": [{"text": "Back to the start", "target": first_key}],
        "notes": "A trainer's own example, inserted into the deck.",
        "back": True,
    }
    slide = add_slide(prs, spec, context)
    assert resolve_links(prs, context) == []
    prs.save(str(tmp_path / "custom.pptx"))
    reopened = Presentation(str(tmp_path / "custom.pptx"))
    added = reopened.slides[len(reopened.slides) - 1]
    assert get_slide_key(added) == "local-example-1" and slide.shapes.title.text == "Our local example"
    jump = next(s for s in added.shapes if s.click_action.action == PP_ACTION.NAMED_SLIDE)
    assert jump.click_action.target_slide.part is reopened.slides[0].part


# --- validation ----------------------------------------------------------------------------------------
GOOD_SLIDE = """
  - key: s3-one
    layout: bullets
    title: One
    bullets: [a, b]
    notes: Say something useful about this slide here.
"""


def _write(tmp_path: Path, name: str, body: str, session: int = 3) -> Path:
    path = tmp_path / name
    path.write_text(f"session: {session}\nmodule: 1\ntitle: T\nslides:\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("slide", "problem", "line"),
    [
        (
            "  - key: s3-x\n    layout: bullets\n    bullets: [a]\n    notes: Long enough notes for a trainer.\n",
            "'title' is missing",
            5,
        ),
        (
            "  - key: s3-x\n    layout: fancy\n    title: X\n    notes: Long enough notes for a trainer.\n",
            "layout 'fancy'",
            6,
        ),
        (
            "  - key: S3_X\n    layout: title\n    title: X\n    notes: Long enough notes for a trainer.\n",
            "lower-case",
            5,
        ),
        (
            "  - key: s4-x\n    layout: title\n    title: X\n    notes: Long enough notes for a trainer.\n",
            "must start with 's3-'",
            5,
        ),
        (
            "  - key: s3-x\n    layout: bullets\n    title: X\n    bullets: [a, b, c, d, e, f, g]\n"
            "    notes: Long enough notes for a trainer.\n",
            "at most 6",
            8,
        ),
        (
            "  - key: s3-x\n    layout: activity\n    title: X\n    activity: {task: Do it, handout: 2}\n"
            "    notes: Long enough notes for a trainer.\n",
            "handout id written as text",
            8,
        ),
        (
            "  - key: s3-x\n    layout: links\n    title: X\n    links: [{text: Go, target: s3-nowhere}]\n"
            "    notes: Long enough notes for a trainer.\n",
            "link target 's3-nowhere'",
            8,
        ),
        ("  - key: s3-x\n    layout: title\n    title: X\n", "'notes' is missing", 5),
        (
            "  - key: s3-x\n    layout: chart\n    title: X\n    chart: {type: pie, categories: [a, b],"
            " series: [{name: n, values: [1, 2]}]}\n    notes: Long enough notes for a trainer.\n",
            "'alt' is missing",
            8,
        ),
        (
            "  - key: s3-x\n    layout: title\n    title: X\n    colour: red\n"
            "    notes: Long enough notes for a trainer.\n",
            "'colour' is not used",
            8,
        ),
    ],
)
def test_invalid_sources_name_file_line_slide_and_problem(tmp_path: Path, slide: str, problem: str, line: int) -> None:
    path = _write(tmp_path, "session-03.yaml", slide)
    with pytest.raises(CourseDataError) as raised:
        load_source(path)
    error = raised.value
    assert error.file == str(path)
    assert problem in error.problem
    assert error.line == line
    assert str(path) in str(error)


def test_keys_must_be_unique_across_decks(tmp_path: Path) -> None:
    a = _write(tmp_path, "session-03.yaml", GOOD_SLIDE)
    b = _write(tmp_path, "session-04.yaml", GOOD_SLIDE.replace("s3-", "s4-"), session=4)
    assert check_sources([a, b])[1] == []
    c = tmp_path / "other" / "session-03.yaml"
    c.parent.mkdir()
    shutil.copy(a, c)
    errors = check_sources([a, c])[1]
    assert any("already used in session-03.yaml" in e.problem and e.line == 6 for e in errors)


def test_invalid_yaml_reports_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "session-03.yaml", "  - key: [unclosed\n")
    with pytest.raises(CourseDataError) as raised:
        load_source(path)
    assert raised.value.line is not None


def test_a_broken_source_writes_no_deck(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "session-03.yaml", "  - key: s3-x\n    layout: title\n")
    report = build.build_decks(src, tmp_path / "out")
    assert not report.ok
    assert not (tmp_path / "out").exists()


# --- the committed decks -------------------------------------------------------------------------------
@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_committed_deck_opens_and_every_slide_is_complete(source: Path) -> None:
    spec = load_source(source)
    deck = COMMITTED[source]
    assert deck.is_file(), f"{deck.name} is missing: run python -m trainerkit.build decks"
    slides = _slides(deck)
    assert [get_slide_key(s) for s in slides] == spec.keys
    for slide, slide_spec in zip(slides, spec.slides, strict=True):
        assert slide.shapes.title is not None and slide.shapes.title.text.strip(), slide_spec["key"]
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), slide_spec["key"]
        assert _hidden(slide) == bool(slide_spec.get("hidden")), slide_spec["key"]


@pytest.mark.parametrize("session", [2, 3, 5])
def test_sessions_2_3_5_ship_hidden_slides(session: int) -> None:
    deck = build.slides_dir() / build.deck_name(session)
    if not deck.is_file():
        pytest.skip(f"{deck.name} not built yet")
    assert any(_hidden(s) for s in _slides(deck))


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_committed_link_slides_jump_to_the_right_slide(source: Path) -> None:
    spec = load_source(source)
    prs = Presentation(str(COMMITTED[source]))
    by_key = {get_slide_key(s): s for s in prs.slides}
    for slide_spec in spec.slides:
        if slide_spec["layout"] != "links":
            continue
        slide = by_key[slide_spec["key"]]
        jumps = [s for s in slide.shapes if s.click_action.action == PP_ACTION.NAMED_SLIDE]
        wanted = [by_key[link["target"]].part for link in slide_spec["links"]]
        assert [s.click_action.target_slide.part for s in jumps] == wanted, slide_spec["key"]


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_committed_deck_is_up_to_date_with_its_source(source: Path, fresh_build: Path) -> None:
    """Same parts in the same order with the same bytes (compared uncompressed, so another zlib cannot matter)."""
    deck = COMMITTED[source]
    hint = f"{deck.name} is out of date with {source.name}: run python -m trainerkit.build decks"
    with zipfile.ZipFile(deck) as old, zipfile.ZipFile(fresh_build / deck.name) as new:
        assert old.namelist() == new.namelist(), hint
        for name in old.namelist():
            assert old.read(name) == new.read(name), f"{name} differs. {hint}"
            assert old.getinfo(name).date_time == (1980, 1, 1, 0, 0, 0)


def test_decks_json_is_up_to_date_and_counts_add_up(fresh_build: Path) -> None:
    committed = build.slides_dir() / build.DECKS_JSON
    assert committed.read_bytes() == (fresh_build / build.DECKS_JSON).read_bytes()
    data = json.loads(committed.read_text(encoding="utf-8"))
    assert len(data["decks"]) == len(SOURCES)
    for deck in data["decks"]:
        counts = deck["counts"]
        assert counts["slides"] == len(deck["slides"]) == counts["visible"] + counts["hidden"]
        assert all(s["has_notes"] for s in deck["slides"])
        assert set(deck["slides"][0]) == {"key", "title", "layout", "hidden", "adapt", "step", "has_notes"}


def test_speaker_notes_wrapped_in_the_source_read_as_whole_paragraphs() -> None:
    """A note hard-wrapped for the editor must not show broken lines in PowerPoint's notes pane."""
    from trainerkit.deck.render import notes_text

    assert notes_text("Ask the group what\nthey know.\nThen show the slide.") == (
        "Ask the group what they know. Then show the slide."
    )
    assert notes_text("One sentence.\nAnother?\n\nNew paragraph.") == "One sentence.\nAnother?\nNew paragraph."
    for path in sorted((resources_dir() / "slides").glob("session-*.pptx")):
        for slide in Presentation(str(path)).slides:
            for paragraph in slide.notes_slide.notes_text_frame.text.split("\n")[:-1]:
                assert re.search(r"""[.?!:;)"'\u201d\u2019]$""", paragraph.strip()), (path.name, paragraph)
