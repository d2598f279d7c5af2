"""Build the bundled decks: ``resources/slides/src/session-NN.yaml`` -> ``resources/slides/session-NN.pptx``.

Deterministic: the same sources give the same bytes. python-pptx's zip writer stamps the current time on
every member and XlsxWriter stamps dates into each chart's embedded workbook, so the built package is
rewritten with fixed member timestamps and fixed core properties. Files are written to a temporary file
and renamed, so a failed build never leaves half a deck. ``decks.json`` beside the decks lists every slide
(key, title, layout, hidden, adapt, step, has_notes) for the app to load without opening a .pptx.

Build-time only: this module must never import Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit.build.slides_schema import DeckSource, check_sources
from trainerkit.deck.render import RenderContext, add_slide, resolve_links
from trainerkit.deck.theme import COURSE_SHORT_TITLE, new_presentation
from trainerkit.deck.zipnorm import normalise_zip
from trainerkit.errors import CourseDataError
from trainerkit.fileio import write_bytes_atomic
from trainerkit.paths import resources_dir

FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "OHCHR course 'Towards a Human Rights-Based Approach to Migration' (TrainerKit)"
DECKS_JSON = "decks.json"


def slides_dir() -> Path:
    return resources_dir() / "slides"


def source_dir() -> Path:
    return slides_dir() / "src"


def source_paths(src: Path | None = None) -> list[Path]:
    return sorted((src or source_dir()).glob("session-[0-9][0-9].yaml"))


def deck_name(session: int) -> str:
    return f"session-{session:02d}.pptx"


# --- deterministic packaging ---------------------------------------------------------------------------
def _set_core_properties(prs: Any, source: DeckSource) -> None:
    core = prs.core_properties
    core.title = f"Session {source.session}: {source.title}"
    core.subject = "Towards a Human Rights-Based Approach to Migration"
    core.author = AUTHOR
    core.last_modified_by = "TrainerKit build"
    core.keywords = f"{COURSE_SHORT_TITLE}; session {source.session}"
    core.revision = 1
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    core.last_printed = FIXED_TIME
    core.comments = "Built from resources/slides/src; do not edit by hand."
    core.language = "en-GB"


def save_deterministic(prs: Any) -> bytes:
    raw = io.BytesIO()
    prs.save(raw)
    return normalise_zip(raw.getvalue())


def render_deck(source: DeckSource) -> Any:
    """Render every slide of a validated source into a new presentation; links resolved."""
    prs = new_presentation()
    from trainerkit.course import load_course

    titles = {h.id: h.title for h in load_course().handouts}
    context = RenderContext(session=source.session, images_dir=slides_dir() / "images", handout_titles=titles)
    for spec in source.slides:
        add_slide(prs, spec, context)
    missing = resolve_links(prs, context)
    if missing:
        raise CourseDataError(str(source.path), None, f"link targets not found: {', '.join(missing)}")
    _set_core_properties(prs, source)
    return prs


def build_deck_bytes(source: DeckSource) -> bytes:
    return save_deterministic(render_deck(source))


def template_bytes() -> bytes:
    """An empty deck with our master: what trainers and the app start new decks from."""
    prs = new_presentation()
    core = prs.core_properties
    core.title = "TrainerKit template"
    core.author = AUTHOR
    core.last_modified_by = "TrainerKit build"
    core.revision = 1
    core.created = core.modified = core.last_printed = FIXED_TIME
    return save_deterministic(prs)


write_atomic = write_bytes_atomic  # the one atomic writer (trainerkit.fileio)


# --- index ---------------------------------------------------------------------------------------------
def deck_index_entry(source: DeckSource) -> dict[str, Any]:
    slides = [
        {
            "key": s["key"],
            "title": str(s.get("title", "")),
            "layout": s["layout"],
            "hidden": bool(s.get("hidden", False)),
            "adapt": s.get("adapt"),
            "step": s.get("step"),
            "has_notes": bool(str(s.get("notes") or "").strip()),
        }
        for s in source.slides
    ]
    return {
        "session": source.session,
        "module": source.module,
        "title": source.title,
        "file": deck_name(source.session),
        "counts": {
            "slides": len(slides),
            "visible": sum(not s["hidden"] for s in slides),
            "hidden": sum(s["hidden"] for s in slides),
            "adapt": sum(bool(s["adapt"]) for s in slides),
        },
        "slides": slides,
    }


def index_json(sources: list[DeckSource]) -> bytes:
    data = {"format": 1, "decks": [deck_index_entry(s) for s in sorted(sources, key=lambda s: s.session)]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- the build -----------------------------------------------------------------------------------------
@dataclass
class BuildReport:
    errors: list[CourseDataError] = field(default_factory=list)
    overflows: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    slide_counts: dict[int, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def build_decks(
    src: Path | None = None,
    out: Path | None = None,
    *,
    check: bool = False,
    measure: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
) -> BuildReport:
    """Validate every source and (unless ``check``) write the decks, the template and decks.json.

    With ``measure`` the rendered text is checked against its boxes with real font metrics and overflow
    is reported (never shrunk), and so is every chart data label that does not fit its bar (``chartfit``).
    Nothing is written when any source is invalid.
    """
    src = src or source_dir()
    out = out or slides_dir()
    report = BuildReport()
    sources, report.errors = check_sources(source_paths(src))
    if report.errors and not check:
        return report
    valid = [s for s in sources if not any(e.file == str(s.path) for e in report.errors)]
    for i, source in enumerate(valid):
        if progress:
            progress(i, len(valid), source.path.name)
        prs = render_deck(source)
        report.slide_counts[source.session] = len(source.slides)
        data = save_deterministic(prs)  # before measuring: the measurement must not touch what is written
        if measure:
            from trainerkit.build.chartfit import deck_label_problems
            from trainerkit.deck.textfit import presentation_overflows

            report.overflows += [f"{source.path.name}: {o}" for o in presentation_overflows(prs)]
            report.overflows += [f"{source.path.name}: {p}" for p in deck_label_problems(source.slides)]
        if not check:
            target = out / deck_name(source.session)
            write_atomic(target, data)
            report.written.append(target)
    if not check and not report.errors:
        write_atomic(out / DECKS_JSON, index_json(valid))
        write_atomic(out / "template.pptx", template_bytes())
        report.written += [out / DECKS_JSON, out / "template.pptx"]
    if progress:
        progress(len(valid), len(valid), "done")
    return report
