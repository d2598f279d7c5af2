"""What goes in a package and where: staging a course's export on the local disk before it is copied.

A package is one folder per course, ``TrainerKit - <course> - <country> - <date>``, holding::

    index.html            agenda, sessions, links to every file, how to use the stick (opens offline)
    Slides/               the customised decks (export_decks)
    Handouts/             the handouts (trainerkit.export.handouts, when that module is installed)
    Trainer/              session plans (always) and the trainer pack (trainerkit.export.packs, when present)
    Participants/         the agenda (always) and the participant pack (when present)
    <course>.tkcourse     the course bundle (trainerkit.bundle, when present), to go on working elsewhere
    App/                  a portable copy of TrainerKit, when one has been built
    MANIFEST.sha256       every file's SHA-256, written last (see trainerkit.package.copy)

``stage_package`` exports all of it into a cache folder on the local disk, hashes every file and writes
``staged.json`` last. The staging is keyed by a fingerprint of the course's state, the bundled
resources and TrainerKit's version, so packing again (after an interrupted copy) reuses the very same
bytes and the copy can skip files already verified on the stick. Every name is made safe for
FAT32/NTFS/exFAT and unique without regard to case.

It must never write to the target, and never import Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit import __version__
from trainerkit.bundle import export_bundle
from trainerkit.errors import Cancelled, StorageError, TrainerKitError
from trainerkit.export.decks import ExportReport, export_decks
from trainerkit.export.handouts import export_handouts
from trainerkit.export.packs import export_participant_pack, export_slide_handouts, export_trainer_pack
from trainerkit.fileio import plain_os_error, write_text_atomic
from trainerkit.filenames import NameRules, name_key, safe_name, unique_name, utf8_length, utf16_length
from trainerkit.jobs import CancelToken, Progress, no_progress, part_of
from trainerkit.package import portable
from trainerkit.package.agenda import agenda_minutes
from trainerkit.package.copy import SourceFile
from trainerkit.package.index_html import agenda_page, render_index, session_plan_page
from trainerkit.package.manifest import BOOKKEEPING, sha256_file
from trainerkit.paths import cache_dir, resources_dir
from trainerkit.recipe import CourseState, state_of
from trainerkit.store import Store

log = logging.getLogger(__name__)

#: An exporter: ``(store, course name, folder, *, progress, token)``, writing its files into the folder.
Exporter = Callable[..., Any]

STAGED_NAME = "staged.json"
FOLDERS = ("Slides", "Handouts", "Trainer", "Participants")
APP_FOLDER = "App"
PORTABLE_BUILD_ENV = portable.BUILD_ENV
#: Each deck also as a PDF and a browser presenter (trainerkit.package.presenter); about 100 KB a slide.
#: Their pictures and PDFs come from the caches an export fills (nothing is drawn again after an export).
VENUE_FALLBACKS = True


@dataclass
class StagedPackage:
    """A package ready to copy: its folder name on the target and its files (local sources, hashes)."""

    folder_name: str
    course: str
    date: str
    fingerprint: str
    root: Path
    files: list[SourceFile]
    notes: list[str] = field(default_factory=list)
    export: dict[str, Any] = field(default_factory=dict)
    #: Which course this is, across computers (``course_identity``): written into the package's journal
    #: so a pack never replaces another course's package whose folder name matches.
    course_id: str = ""

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    def meta(self) -> dict[str, Any]:
        return {
            "course": self.course,
            "course_id": self.course_id,
            "date": self.date,
            "fingerprint": self.fingerprint,
            "version": __version__,
        }


# ---- names ---------------------------------------------------------------------------------------
#: A package folder name leaves room in bytes and UTF-16 units for the paths inside it.
PACKAGE_FOLDER_RULES = NameRules(max_bytes=160, max_utf16=120)


def package_folder_name(course_name: str, country: str, date: str) -> str:
    """``TrainerKit - <course> - <country> - <date>``, shortened (course name first) to fit any target.
    The date stays whole, so packages of two days never share a folder."""
    tail = " - ".join([country, date] if country else [date])
    head = "TrainerKit - "
    room = NameRules(
        max_bytes=PACKAGE_FOLDER_RULES.max_bytes - utf8_length(head + " - " + tail),  # type: ignore[operator]
        max_utf16=PACKAGE_FOLDER_RULES.max_utf16 - utf16_length(head + " - " + tail),  # type: ignore[operator]
    )
    return head + safe_name(course_name, f" - {tail}", rules=room)


def course_identity(name: str, created: str) -> str:
    """A course's identity on every computer: its name and creation time (kept by bundles), hashed."""
    return hashlib.sha256(f"{name}\n{created}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


class UniqueNames:
    """Safe names, unique within each folder without regard to case (FAT, NTFS and exFAT ignore case)."""

    def __init__(self) -> None:
        self._taken: dict[str, set[str]] = {}
        #: [folder, name asked for, name given] for each name that had to change (for the preflight).
        self.renamed: list[list[str]] = []

    def claim(self, folder: str, name: str, limit: int = 100) -> str:
        """A name for ``name`` in ``folder`` that every target holds (``trainerkit.filenames``), unique
        there as FAT32/NTFS/exFAT compare names (case, trailing dots)."""
        stem, dot, suffix = name.rpartition(".")
        if not dot or len(suffix) > 10 or not stem:
            stem, suffix = name, ""
        suffix = ("." + safe_name(suffix, limit=10)) if suffix else ""
        candidate = safe_name(stem, suffix, limit=limit)
        taken = self._taken.setdefault(name_key(folder), set()) | {name_key(b) for b in BOOKKEEPING}
        candidate = unique_name(candidate, taken)
        self._taken[name_key(folder)].add(name_key(candidate))
        if candidate != name and " ".join(name.split()) != candidate:
            self.renamed.append([folder, name, candidate])
        return candidate


def find_portable_app() -> Path | None:
    """A build of TrainerKit to put on the stick (see trainerkit.package.portable.find_app_build)."""
    return portable.find_app_build()


# ---- staging -------------------------------------------------------------------------------------
def _tree_signature(root: Path) -> list[Any]:
    """(path, size, mtime) of every file under ``root``: changes when any of them does."""
    found = []
    for folder, _dirs, files in os.walk(root):
        for file in files:
            path = Path(folder, file)
            try:
                st = path.stat()
            except OSError:
                continue
            found.append([str(path.relative_to(root)), st.st_size, st.st_mtime_ns])
    return sorted(found)


def _app_signature(app: Path | None) -> list[Any]:
    if app is None:
        return []
    return [[rel, src.stat().st_size, src.stat().st_mtime_ns] for rel, src in _app_files(app)]


def _app_files(app: Path, marker: Path | None = None) -> list[tuple[str, Path]]:
    return portable.app_files(app, marker)


def fingerprint(record_head: int, state: CourseState, app: Path | None) -> str:
    present = ["trainerkit.export.handouts", "trainerkit.export.packs", "trainerkit.bundle"]  # always, now
    data = {
        "version": __version__,
        "head": record_head,
        "state": repr(state),
        "resources": _tree_signature(resources_dir()),
        "optional": present,
        "app": _app_signature(app),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def staging_root(course_name: str) -> Path:
    """The course's own staging folder: its readable name plus a hash of the exact name, so courses whose
    names make the same file name ("Nairobi 2027", "Nairobi 2027.") never share or delete one."""
    digest = hashlib.sha256(course_name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return cache_dir("usb-staging") / f"{safe_name(course_name, limit=40)}-{digest}"


def stage_package(
    store: Store,
    name: str,
    *,
    app: Path | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
    today: dt.date | None = None,
) -> StagedPackage:
    """Export course ``name`` into a local staging folder (or reuse one made from the same state)."""
    token = token or CancelToken()
    record, state, course = state_of(store, name)
    fp = fingerprint(record.head, state, app)
    base = staging_root(name)
    root = base / fp[:16]
    cached = _load_staged(root)
    if cached is not None:
        return cached
    try:
        if base.is_dir():
            shutil.rmtree(base)
        root.mkdir(parents=True)
    except OSError as exc:
        raise StorageError(f"Cannot prepare the package in {base}: {plain_os_error(exc)}.") from exc
    date = (today or dt.date.today()).isoformat()
    snapshot = (record, state, course)  # read once: every part of the package is made from this state
    staged = _build(store, name, snapshot, root / "package", app, date, progress, token)
    package = StagedPackage(
        folder_name=package_folder_name(name, state.profile.get("country", ""), date),
        course=name,
        date=date,
        fingerprint=fp,
        root=root,
        files=staged[0],
        notes=staged[1],
        export=staged[2],
        course_id=course_identity(record.name, record.created),
    )
    folder = package.folder_name
    if name not in folder:  # the course name had to be shortened or changed in the folder's name
        package.export.setdefault("renamed", []).append(["", f"TrainerKit - {name} - ...", folder])
    write_text_atomic(root / STAGED_NAME, json.dumps(_staged_dict(package), indent=1, ensure_ascii=False))
    return package


def _staged_dict(package: StagedPackage) -> dict[str, Any]:
    return {
        "folder_name": package.folder_name,
        "course": package.course,
        "date": package.date,
        "fingerprint": package.fingerprint,
        "course_id": package.course_id,
        "notes": package.notes,
        "export": package.export,
        "files": [{"rel": f.rel, "source": str(f.source), "size": f.size, "sha256": f.sha256} for f in package.files],
    }


def _load_staged(root: Path) -> StagedPackage | None:
    try:
        data = json.loads((root / STAGED_NAME).read_text(encoding="utf-8"))
        files = [SourceFile(f["rel"], Path(f["source"]), int(f["size"]), f["sha256"]) for f in data["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for f in files:  # a cache cleaner may have removed part of it: then stage again
        try:
            if f.source.stat().st_size != f.size:
                return None
        except OSError:
            return None
    return StagedPackage(
        data["folder_name"],
        data["course"],
        data["date"],
        data["fingerprint"],
        root,
        files,
        list(data.get("notes", [])),
        dict(data.get("export", {})),
        str(data.get("course_id", "")),
    )


def _build(
    store: Store,
    name: str,
    snapshot: Any,
    out: Path,
    app: Path | None,
    date: str,
    progress: Progress,
    token: CancelToken,
) -> tuple[list[SourceFile], list[str], dict[str, Any]]:
    _record, state, course = snapshot
    notes: list[str] = []
    names = UniqueNames()
    for folder in FOLDERS:
        (out / folder).mkdir(parents=True, exist_ok=True)

    part_of(progress, 0, 6)(0, 1, "Slides")
    report: ExportReport = export_decks(store, name, out / "Slides", token=token, snapshot=snapshot)
    for path in report.files:
        names.claim("Slides", path.name)
    if VENUE_FALLBACKS:
        _stage_venue_forms(report.files, out / "Slides", names, part_of(progress, 0, 6), token, notes)

    token.check()
    part_of(progress, 1, 6)(0, 1, "Handouts")
    _export_into(export_handouts, store, name, out, "Handouts", names, part_of(progress, 1, 6), token, notes, snapshot)

    token.check()
    part_of(progress, 2, 6)(0, 1, "Trainer and participant packs")
    _stage_packs(store, name, out, names, part_of(progress, 2, 6), token, notes, snapshot)
    for number in state.sessions:
        try:
            title = course.session(number).title
        except KeyError:
            continue
        plan = names.claim("Trainer", f"Session {number:02d} - {title} - plan.html")
        given = agenda_minutes(course, state).get(number, 0)
        write_text_atomic(out / "Trainer" / plan, session_plan_page(course, number, given))
    write_text_atomic(out / "Participants" / names.claim("Participants", "Agenda.html"), agenda_page(course, state))

    token.check()
    part_of(progress, 3, 6)(0, 1, "Course bundle")
    target = out / names.claim("", f"{name}.tkcourse")
    try:
        export_bundle(store, name, target)
    except TrainerKitError as exc:
        notes.append(f"The course bundle could not be made: {exc}")

    token.check()
    part_of(progress, 4, 6)(0, 1, "index.html")
    rels = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    names.claim("", "index.html")
    shown = rels + ([f"{APP_FOLDER}/"] if app else [])
    start_app = portable.start_instructions(app) if app else ""
    page = render_index(course, state, shown, packed_on=date, notes=notes, start_app=start_app)
    write_text_atomic(out / "index.html", page)

    part_of(progress, 5, 6)(0, 1, "Checking the files")
    files = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        token.check()
        files.append(SourceFile(path.relative_to(out).as_posix(), path, path.stat().st_size, sha256_file(path)))
    if app is not None:
        for rel, src in _app_files(app, marker=out.parent / "portable-marker"):
            token.check()
            files.append(SourceFile(f"{APP_FOLDER}/{rel}", src, src.stat().st_size, sha256_file(src)))
    files.sort(key=lambda f: (f.rel != "index.html", f.rel))
    part_of(progress, 6, 6)(0, 1, "Staged")
    export = {
        "problems": [str(p) for p in report.problems],
        "missing_tokens": {str(k): v for k, v in report.missing_tokens.items()},
        "renamed": names.renamed,
    }
    return files, notes, export


def _stage_venue_forms(
    decks: list[Path], folder: Path, names: UniqueNames, progress: Progress, token: CancelToken, notes: list[str]
) -> None:
    """Each deck also as a PDF and an offline HTML presenter (trainerkit.package.presenter), for a venue
    computer without PowerPoint."""
    from trainerkit.package.presenter import deck_presentables

    pptx = [d for d in decks if d.suffix.lower() == ".pptx"]
    for i, deck in enumerate(pptx):
        token.check()
        try:
            deck_presentables(
                deck,
                folder,
                claim=lambda wanted: names.claim("Slides", wanted),
                progress=part_of(progress, i, len(pptx)),
                token=token,
            )
        except (StorageError, Cancelled):
            raise
        except Exception as exc:  # the .pptx is on the stick whatever happens to its fallbacks
            log.exception("PDF and presenter of %s failed", deck.name)
            notes.append(
                f"{deck.stem}: the PDF and browser presenter could not be made ({type(exc).__name__}); "
                "the PowerPoint file is complete. Details are in the TrainerKit log."
            )


def _export_into(
    func: Callable[..., Any],
    store: Store,
    name: str,
    out: Path,
    folder: str,
    names: UniqueNames,
    progress: Progress,
    token: CancelToken,
    notes: list[str],
    snapshot: Any = None,
) -> None:
    """Run an exporter into a scratch folder, then move what it wrote into ``folder`` under safe names.
    ``snapshot``: the course as read once for the whole package (``export_cache.Snapshot``)."""
    scratch = out.parent / f"scratch-{folder}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        if snapshot is None:
            func(store, name, scratch, progress=progress, token=token)
        else:
            func(store, name, scratch, progress=progress, token=token, snapshot=snapshot)
    except (StorageError, Cancelled):
        raise
    except TrainerKitError as exc:
        notes.append(f"{folder}: {exc}")
    except Exception as exc:  # a bug in an exporter must not cost the trainer the rest of the stick
        log.exception("%s failed while packing", getattr(func, "__name__", func))
        notes.append(
            f"{folder}: part of it could not be made ({type(exc).__name__}); the rest of the package is complete. "
            "Details are in the TrainerKit log."
        )
    folders: dict[Path, Path] = {Path("."): out / folder}
    for path in sorted(p for p in scratch.rglob("*") if p.is_file()):
        dest = _dest_folder(path.parent.relative_to(scratch), folders, out, names)
        dest.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), dest / names.claim(dest.relative_to(out).as_posix(), path.name))
    shutil.rmtree(scratch, ignore_errors=True)


def _dest_folder(sub: Path, folders: dict[Path, Path], out: Path, names: UniqueNames) -> Path:
    """Where files of the exporter's subfolder ``sub`` go, claiming a safe name for each new folder once."""
    if sub not in folders:
        parent = _dest_folder(sub.parent, folders, out, names)
        folders[sub] = parent / names.claim(parent.relative_to(out).as_posix(), sub.name)
    return folders[sub]


#: Exporters of trainerkit.export.packs and the folder their files go to.
PACK_EXPORTERS: tuple[tuple[str, Exporter], ...] = (
    ("Trainer", export_trainer_pack),
    ("Participants", export_participant_pack),
    ("Participants", export_slide_handouts),
)


def _stage_packs(
    store: Store,
    name: str,
    out: Path,
    names: UniqueNames,
    progress: Progress,
    token: CancelToken,
    notes: list[str],
    snapshot: Any = None,
) -> None:
    for index, (folder, func) in enumerate(PACK_EXPORTERS):
        step = part_of(progress, index, len(PACK_EXPORTERS))
        _export_into(func, store, name, out, folder, names, step, token, notes, snapshot)
