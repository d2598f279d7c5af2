"""The participant pack: a cover (course, country, venue, dates, organiser, facilitators), contents, then
the participant part of every handout of the selected sessions in order, pages numbered. Never imports Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainerkit.export.handouts import fill_course_handouts, unfilled_warnings
from trainerkit.export.pack_common import contents, cover, entry, new_document, pack_filename
from trainerkit.export.reports import PackReport
from trainerkit.export.typst_writer import PdfDocument, blocks_data
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.store import Store


def build_participant_pack(
    store: Store,
    name: str,
    *,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> tuple[PdfDocument, PackReport]:
    """The participant pack of course ``name`` (``snapshot``: the course as already read, else read here)."""
    from trainerkit.export.export_cache import snapshot_of

    token = token or CancelToken()
    from trainerkit.messages import _
    from trainerkit.translate.hooks import translated_course  # session titles in the course's language

    _record, state, course = snapshot_of(store, name, snapshot)
    course = translated_course(store, state, course)
    document, values = new_document(state, course, f"Participant pack - {course.title}")
    pack = _("Participant pack", document.lang)
    report = PackReport()
    items = [(h, f) for h, f in fill_course_handouts(course, state, store) if f.participant_part]
    cover(document, values, pack)
    contents(document, pack + " · " + _("Contents", document.lang))
    current_session = None
    for done, (handout, filled) in enumerate(items):
        token.check()
        progress(done, len(items), f"Participant pack: {filled.title_text}")
        section = document.section(filled.orientation, f"{pack} · {filled.title_text}")
        if handout.session != current_session:
            current_session = handout.session
            title = course.session(handout.session).title
            line = _("Session {number}: {title}", document.lang).format(number=handout.session, title=title)
            section.blocks.append(entry(line, 0))
        section.blocks.append(entry(filled.title_text, 1))
        section.blocks.extend(blocks_data(filled.participant_part or []))
        report.warnings.extend(handout.source.warnings)
        report.warnings.extend(unfilled_warnings(filled.title_text, filled.participant_part or []))
    progress(len(items), len(items), "Participant pack done")
    return document, report


def export_participant_pack(
    store: Store,
    name: str,
    out_dir: Path,
    *,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    snapshot: Any = None,
) -> PackReport:
    from trainerkit.export.export_cache import cached_export

    def make(out: Path) -> PackReport:
        document, report = build_participant_pack(store, name, progress=progress, token=token, snapshot=snapshot)
        target = out / pack_filename("Participant pack", name)
        document.save(target)
        report.files.append(target)
        report.pages[target.name] = document.page_count()
        return report

    return cached_export(store, name, "participant-pack", out_dir, make, snapshot=snapshot)
