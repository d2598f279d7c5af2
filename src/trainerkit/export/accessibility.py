"""The accessibility check of a whole course: its decks as they will be exported (changes applied,
imported and inserted slides included) and the handout PDFs its export writes. The rules themselves are
in ``trainerkit.deck.accessibility``; this module only gathers a course's files for them. Never imports Qt.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit.deck.accessibility import LEVELS, A11yFinding, check_pdf, check_presentation
from trainerkit.deck.slides import list_slides
from trainerkit.export.decks import build_session_deck
from trainerkit.export.handouts import export_handouts
from trainerkit.jobs import CancelToken
from trainerkit.recipe import state_of


# ---- a course --------------------------------------------------------------------------------------
@dataclass
class AccessibilityReport:
    """All findings for a course; each entry is a finding and where it is (session, slide key, position)."""

    course: str
    entries: list[tuple[A11yFinding, dict[str, Any]]] = field(default_factory=list)
    slides_checked: int = 0
    pdfs_checked: int = 0

    def count(self, level: str) -> int:
        return sum(1 for f, _ in self.entries if f.level == level)

    def where(self, finding: A11yFinding, location: dict[str, Any]) -> str:
        if location.get("kind") == "handout":
            return f"Handout {finding.file}"
        title = location.get("title") or location.get("slide")
        return f"Session {location.get('session')}, slide {location.get('position')} '{title}'"

    def as_dict(self) -> dict[str, Any]:
        return {
            "course": self.course,
            "slides_checked": self.slides_checked,
            "pdfs_checked": self.pdfs_checked,
            "counts": {level: self.count(level) for level in LEVELS},
            "findings": [
                {**f.as_dict(), "where": self.where(f, loc), "location": loc}
                for f, loc in sorted(self.entries, key=lambda e: LEVELS.index(e[0].level))
            ],
        }

    def lines(self) -> list[str]:
        out = []
        for f, loc in sorted(self.entries, key=lambda e: LEVELS.index(e[0].level)):
            shape = f", shape '{f.shape}'" if f.shape else ""
            out.append(f"{f.level.upper():<7} {self.where(f, loc)}{shape}: {f.message}")
            out.append(f"        Fix: {f.fix}")
        return out


def deck_findings(prs: Any) -> list[A11yFinding]:
    """``check_presentation(prs)``, kept in the cache by the deck's content (each slide's fingerprint, as
    for its picture, in order, and TrainerKit's source): a deck checked once, by an export's picture
    workers or an earlier preflight, is not checked again. ``prs`` must be as built (not yet drawn)."""
    import dataclasses
    import hashlib
    import json

    from trainerkit.export.export_cache import code_signature
    from trainerkit.fileio import write_text_atomic
    from trainerkit.paths import cache_dir
    from trainerkit.thumbnails import slide_fingerprint

    digest = hashlib.sha256(code_signature().encode())
    for slide in prs.slides:
        digest.update(slide_fingerprint(prs, slide).encode())
    kept = cache_dir("a11y") / f"{digest.hexdigest()[:32]}.json"
    try:
        return [A11yFinding(**item) for item in json.loads(kept.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    findings = check_presentation(prs)
    try:
        write_text_atomic(kept, json.dumps([dataclasses.asdict(f) for f in findings], ensure_ascii=False))
    except OSError:
        pass  # a cache: never a reason to fail the check
    return findings


def course_accessibility(
    store: Any,
    name: str,
    *,
    handouts: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
    token: Any = None,
    decks: dict[int, Any] | None = None,
) -> AccessibilityReport:
    """Check course ``name``'s decks as they will be exported (changes applied, imported and inserted slides
    included) and, with ``handouts``, the handout PDFs its export writes (made in a temporary folder).

    ``decks``: the sessions' decks already built by the caller (``build_session_deck``), by session."""
    token = token or CancelToken()
    step = progress or (lambda done, total, label: None)
    _record, state, course = state_of(store, name)
    report = AccessibilityReport(name)
    total = len(state.sessions) + (1 if handouts else 0)
    for done, number in enumerate(state.sessions):
        token.check()
        step(done, total, f"Session {number}")
        prs = (decks or {}).get(number)
        if prs is None:
            prs, _problems, _missing = build_session_deck(store, state, course, number)
        infos = list_slides(prs)
        report.slides_checked += len(infos)
        for finding in deck_findings(prs):
            info = infos[finding.slide_index or 0]
            location = {
                "kind": "slide",
                "session": number,
                "slide": info.key,
                "position": info.index + 1,
                "title": info.title,
                "shape": finding.shape,
            }
            report.entries.append((finding, location))
    if handouts:
        step(len(state.sessions), total, "Handouts")
        with tempfile.TemporaryDirectory(prefix="trainerkit-a11y-") as tmp:
            result = export_handouts(store, name, Path(tmp), formats=("pdf",), token=token)
            for path in sorted(p for p in result.files if p.suffix.lower() == ".pdf"):
                report.pdfs_checked += 1
                for finding in check_pdf(path):
                    where: dict[str, Any] = {"kind": "handout", "file": path.name}
                    named = re.match(r"S(\d+) - ", path.name)  # the exporter's names: "S3 - Title.pdf"
                    if named:
                        where["session"] = int(named.group(1))
                    report.entries.append((finding, where))
    step(total, total, "Checked")
    return report


__all__ = ["AccessibilityReport", "course_accessibility"]
