"""Charts and card slides read well: a chart compares at least two values, every data label fits its bar
(measured with Carlito like the text-overflow check), one figure is a big-number slide, and cards are as
tall as their text."""

from __future__ import annotations

from typing import Any

import pytest
from pptx.util import Emu

from trainerkit.build import decks as build
from trainerkit.build.chartfit import deck_label_problems, format_value, label_problems, nice_axis_max
from trainerkit.build.slides_schema import _Checker, check_slide, check_sources
from trainerkit.deck import theme as t
from trainerkit.deck.render import RenderContext, add_slide
from trainerkit.deck.textfit import fonts_available, slide_overflows
from trainerkit.deck.theme import new_presentation

needs_fonts = pytest.mark.skipif(not fonts_available(), reason="Carlito fonts (fonts-crosextra-carlito) not installed")

OLD_REFUGEES = {
    "key": "s2-refugees",
    "layout": "chart",
    "caption": "Refugees are fewer than one migrant in ten",
    "chart": {
        "type": "stacked-bar",
        "categories": ["International migrants, 2020"],
        "series": [{"name": "Refugees", "values": [26]}, {"name": "Other international migrants", "values": [255]}],
        "number_format": '0" million"',
    },
}


def _errors(spec: dict[str, Any]) -> list[str]:
    checker = _Checker(build.source_dir() / "session-02.yaml")
    check_slide(checker, spec, 2, 0)
    return [str(e) for e in checker.errors]


def _chart_slide(values: list[list[float]], kind: str = "column") -> dict[str, Any]:
    return {
        "key": "s2-test-chart",
        "layout": "chart",
        "title": "A chart",
        "notes": "What to say about this chart, at some length.",
        "chart": {
            "type": kind,
            "categories": [f"C{i}" for i in range(len(values[0]))],
            "series": [{"name": f"S{i}", "values": v} for i, v in enumerate(values)],
            "alt": "A chart.",
        },
    }


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (26, '0" million"', "26 million"),
        (40000, "#,##0", "40,000"),
        (3.5, '0.0"%"', "3.5%"),
        (0.35, "0%", "35%"),
        (12.5, "General", "12.5"),
    ],
)
def test_labels_are_formatted_as_the_chart_shows_them(value: float, fmt: str, text: str) -> None:
    assert format_value(value, fmt) == text


def test_axis_maximum_leaves_room_above_the_largest_value() -> None:
    assert nice_axis_max(281) == 300 and nice_axis_max(36) == 40 and nice_axis_max(100) >= 105


def test_a_chart_needs_at_least_two_values() -> None:
    one = _errors(_chart_slide([[40000]]))
    assert any("at least two values" in e and "statistic" in e for e in one), one
    assert not any("at least two values" in e for e in _errors(_chart_slide([[1, 2]])))
    assert not any("at least two values" in e for e in _errors(_chart_slide([[1], [2]], "stacked-bar")))


def test_a_statistic_slide_is_checked() -> None:
    spec = {
        "key": "s2-stat",
        "layout": "statistic",
        "title": "Big",
        "notes": "Say the number and let it sink in.",
        "statistic": {"figure": "40,000 and more people", "label": "dead or missing"},
    }
    assert any("figure" in e for e in _errors(spec))
    spec["statistic"] = {"figure": "40,000+", "label": "dead or missing"}
    assert _errors(spec) == []


@needs_fonts
def test_a_label_wider_than_its_stacked_segment_is_reported() -> None:
    problems = label_problems(OLD_REFUGEES)
    assert len(problems) == 1 and "'26 million'" in problems[0] and "type: bar" in problems[0]
    bar = {**OLD_REFUGEES, "chart": {**OLD_REFUGEES["chart"], "type": "bar"}}
    bar["chart"]["categories"] = ["Refugees", "Other international migrants"]
    bar["chart"]["series"] = [{"name": "International migrants, 2020", "values": [26, 255]}]
    assert label_problems(bar) == []
    # a column whose label is wider than its slot: twelve columns of seven-figure values with decimals
    crowded = _chart_slide([[1234567.0 + i for i in range(12)]])
    crowded["chart"]["number_format"] = "#,##0.00"
    assert label_problems(crowded)


@needs_fonts
def test_committed_sources_have_no_single_value_chart_and_every_label_fits() -> None:
    sources, errors = check_sources(build.source_paths())
    assert errors == []
    charts = [s for src in sources for s in src.slides if s["layout"] == "chart"]
    assert len(charts) >= 5
    for spec in charts:
        assert sum(len(s["values"]) for s in spec["chart"]["series"]) >= 2, spec["key"]
    assert [p for src in sources for p in deck_label_problems(src.slides)] == []
    dead = next(s for src in sources for s in src.slides if s["key"] == "s2-dead-missing")
    assert dead["layout"] == "statistic" and dead["statistic"]["figure"] == "40,000+"


def _render(spec: dict[str, Any]) -> Any:
    prs = new_presentation()
    slide = add_slide(prs, spec, RenderContext(session=2, images_dir=build.slides_dir() / "images"))
    return slide


def test_a_statistic_slide_shows_the_figure_big_and_its_label() -> None:
    slide = _render(
        {
            "key": "s2-stat",
            "layout": "statistic",
            "title": "Over 40,000 dead or missing",
            "statistic": {"figure": "40,000+", "label": "recorded dead or missing, 2014–2021"},
            "notes": "Say it plainly.",
        }
    )
    shapes = {s.name: s for s in slide.shapes}
    figure = shapes["Figure"].text_frame.paragraphs[0].runs[0]
    assert figure.text == "40,000+" and figure.font.size.pt == t.STATISTIC_PT and figure.font.bold
    assert shapes["Figure label"].text_frame.text == "recorded dead or missing, 2014–2021"
    if fonts_available():
        assert slide_overflows(slide, 1) == []


def _cards(texts: list[str]) -> list[Any]:
    slide = _render(
        {
            "key": "s2-cards",
            "layout": "diagram",
            "title": "Cards",
            "diagram": {"kind": "boxes", "items": [{"label": f"L{i}", "text": x} for i, x in enumerate(texts)]},
            "notes": "Talk through the cards.",
        }
    )
    group = next(s for s in slide.shapes if s.name.startswith("Diagram"))
    if fonts_available():
        assert slide_overflows(slide, 1) == []
    return [s for s in group.shapes if s.name.endswith(" text")]


def test_card_slides_size_to_their_content() -> None:
    area = Emu(t.BODY_BOX.height)
    short = _cards(["Exit bans", "Walls and fences", "Detention"])
    assert len({s.height for s in short}) == 1  # a row of equal cards
    assert short[0].height < area / 2
    assert short[0].height >= Emu(int(t.CARD_MIN_TEXT_H * 914400))
    long = _cards(["A much longer text that needs several lines in a card a third of the slide wide. " * 3] * 3)
    assert long[0].height > short[0].height
    # the row is centred in the area: as much space above the cards as below
    label = short[0].top - Emu(int(0.9 * 914400))
    below = Emu(t.BODY_BOX.top) + area - (short[0].top + short[0].height)
    assert abs((label - Emu(t.BODY_BOX.top)) - below) < Emu(914400 // 50)
