"""Export a course's materials in one call: decks, handouts, participant pack, trainer pack, slide handouts.

The packs are one module each (``participant_pack``, ``trainer_pack``, ``slide_handouts``); this module
runs any of them plus the decks and handouts with one progress bar and one cancel token; it is what
``trainerkit export --what`` and the app's export dialog call. Every file is written atomically; each
part is kept in the export cache (``export_cache``), so exporting or packing the same course state again
copies it. The course is read once and every part is made from that state. Slide pictures are drawn once
(the first time in a pool of processes, while this process makes the decks and handouts) and shared by
the trainer pack and the slide handouts. Never imports Qt and never needs LibreOffice or a network.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from trainerkit.errors import InvalidInputError
from trainerkit.export.decks import export_decks
from trainerkit.export.handouts import export_handouts, fill_course_handouts, split_names
from trainerkit.export.pack_common import merge, pack_filename
from trainerkit.export.participant_pack import build_participant_pack, export_participant_pack
from trainerkit.export.reports import PackReport
from trainerkit.export.slide_handouts import (
    PER_PAGE,
    PictureJob,
    SlidePage,
    build_slide_handout,
    export_slide_handouts,
    session_slides,
    unwrap_lines,
)
from trainerkit.export.trainer_pack import TimedStep, build_trainer_pack, export_trainer_pack, timed_plan
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.messages import _
from trainerkit.store import Store

WHAT = (
    "decks",
    "handouts",
    "participant-pack",
    "trainer-pack",
    "slide-handouts",
    # from the participants list (``export.people``), in participants/
    "name-tags",
    "certificates",
    "attendance",
)


def parse_what(text: str | Sequence[str]) -> tuple[str, ...]:
    """'handouts,trainer-pack' (or a list) -> checked names; 'all' means everything. ``InvalidInputError``
    for an unknown name, and for nothing at all ('' or ','): an empty choice is not "everything"."""
    items = [t.strip() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    if not items:
        raise InvalidInputError(f"Nothing chosen to export: name one or more of {', '.join(WHAT)}, or all.")
    if items == ["all"]:
        return WHAT
    unknown = [t for t in items if t not in WHAT]
    if unknown:
        raise InvalidInputError(f"Cannot export '{', '.join(unknown)}': choose from {', '.join(WHAT)} or all.")
    return tuple(t for t in WHAT if t in items)


class _Phases:
    """One progress bar over several exports: each phase reports its own done/total, scaled to its share."""

    def __init__(self, progress: Progress, weights: dict[str, int]) -> None:
        self.progress = progress
        self.weights = weights
        self.total = sum(weights.values()) or 1
        self.offset = 0

    def phase(self, name: str) -> Progress:
        offset, weight = self.offset, self.weights[name]
        self.offset += weight

        def report(done: int, total: int, label: str) -> None:
            share = weight * min(done, total) // max(total, 1)
            self.progress(offset + share, self.total, label)

        return report


def export_course_materials(
    store: Store,
    name: str,
    out_dir: Path,
    what: str | Sequence[str] = WHAT,
    *,
    per_page: Sequence[int] = (3,),
    combined: bool = False,
    drop_hidden: bool = False,
    adapt_labels: bool = True,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PackReport:
    """Export the chosen materials of course ``name`` into ``out_dir``:

    ``decks`` (customised .pptx, at the top of ``out_dir``), ``handouts`` (``handouts/`` .docx and .pdf),
    ``participant-pack`` and ``trainer-pack`` (PDF at the top), ``slide-handouts`` (``slide-handouts/``,
    ``per_page`` among 1, 2, 3, 6), ``name-tags``, ``certificates`` and ``attendance`` (``participants/``,
    DOCX and PDF, from the participants list). Slide pictures are drawn once and shared by the trainer pack and the
    slide handouts. Raises ``Cancelled`` when ``token`` is cancelled; files already written stay complete.
    """
    from trainerkit.export.export_cache import snapshot_of

    chosen = parse_what(what)
    for count in per_page:
        if count not in PER_PAGE:
            raise InvalidInputError(f"Slides per page must be one of {', '.join(map(str, PER_PAGE))}.")
    token = token or CancelToken()
    snapshot = snapshot_of(store, name)  # read once: every part is made from this same state
    _record, state, course = snapshot
    sessions = len(state.sessions)
    handouts = len(fill_course_handouts(course, state, store))
    weights = {
        "decks": sessions * 2,
        "handouts": handouts * 2,
        "participant-pack": handouts,
        "slide-handouts": sessions * 3,
        "trainer-pack": sessions * 4,
        "name-tags": 1,
        "certificates": 2,
        "attendance": 2,
    }
    phases = _Phases(progress, {k: v for k, v in weights.items() if k in chosen})
    report = PackReport()
    slides: dict[int, list[SlidePage]] = {}
    pictures: PictureJob | None = None
    if {"slide-handouts", "trainer-pack"} & set(chosen) and _pictures_needed(store, name, chosen, per_page, snapshot):
        # drawn on both cores while this process makes the decks, handouts and participant pack
        pictures = PictureJob(store, state, course, sorted(state.sessions))
    try:
        if "decks" in chosen:
            decks = export_decks(
                store,
                name,
                out_dir,
                combined=combined,
                drop_hidden=drop_hidden,
                adapt_labels=adapt_labels,
                progress=phases.phase("decks"),
                token=token,
                snapshot=snapshot,
            )
            report.files.extend(decks.files)
            report.problems.extend(str(p) for p in decks.problems)
            for number, tokens in decks.missing_tokens.items():
                report.warnings.append(
                    _("Session {number} uses {fields} with no value in the profile.").format(
                        number=number, fields=", ".join(tokens)
                    )
                )
        if "handouts" in chosen:
            result = export_handouts(
                store, name, out_dir / "handouts", progress=phases.phase("handouts"), token=token, snapshot=snapshot
            )
            report.files.extend(result.files)
            report.warnings.extend(result.warnings)
        if "participant-pack" in chosen:
            merge(
                report,
                export_participant_pack(
                    store, name, out_dir, progress=phases.phase("participant-pack"), token=token, snapshot=snapshot
                ),
            )
        if pictures is not None:
            token.check()
            progress(phases.offset, phases.total, "Drawing slide pictures")
            for number, (pages, problems) in pictures.result(token).items():
                slides[number] = pages
                report.problems.extend(problems)
    finally:
        if pictures is not None:
            pictures.close()
    if "slide-handouts" in chosen:
        merge(
            report,
            export_slide_handouts(
                store,
                name,
                out_dir / "slide-handouts",
                per_page,
                slides=slides,
                progress=phases.phase("slide-handouts"),
                token=token,
                snapshot=snapshot,
            ),
        )
    if "trainer-pack" in chosen:
        merge(
            report,
            export_trainer_pack(
                store,
                name,
                out_dir,
                slides=slides or None,
                progress=phases.phase("trainer-pack"),
                token=token,
                snapshot=snapshot,
            ),
        )
    from trainerkit.export.people import PARTS as PEOPLE_PARTS
    from trainerkit.export.people import export_people

    for part in (p for p in PEOPLE_PARTS if p in chosen):
        merge(
            report,
            export_people(store, name, out_dir, (part,), progress=phases.phase(part), token=token, snapshot=snapshot),
        )
    from trainerkit.export.glyphs import missing_characters

    report.warnings.extend(str(m) for m in missing_characters(state))
    progress(phases.total, phases.total, "Done")
    report.warnings = sorted(set(report.warnings))
    logging.getLogger(__name__).info(
        "course %r: exported %s (%d files) to %s", name, ", ".join(chosen), len(report.files), out_dir
    )
    return report


def _pictures_needed(store: Store, name: str, chosen: Sequence[str], per_page: Sequence[int], snapshot: object) -> bool:
    """True unless every part that shows slide pictures is already in the export cache."""
    from trainerkit.export import export_cache

    for part, options in (("slide-handouts", sorted(per_page)), ("trainer-pack", None)):
        if part not in chosen:
            continue
        key = export_cache.state_key(store, name, part, options, snapshot)  # type: ignore[arg-type]
        folder = export_cache._folder(name, part) / key[:24]
        if not (folder / export_cache.REPORT).is_file():
            return True
    return False


__all__ = [
    "PER_PAGE",
    "WHAT",
    "PackReport",
    "SlidePage",
    "TimedStep",
    "build_participant_pack",
    "build_slide_handout",
    "build_trainer_pack",
    "export_course_materials",
    "export_participant_pack",
    "export_slide_handouts",
    "export_trainer_pack",
    "pack_filename",
    "parse_what",
    "session_slides",
    "split_names",
    "timed_plan",
    "unwrap_lines",
]
