"""Regenerate the sample pages in docs/samples/ (PNG, 60 dpi) from a fresh export of the bundled course.

Run from the repository root: `python docs/samples/make_samples.py` (needs pdftoppm from poppler-utils).
Uses a throw-away data dir; the course is the one docs/samples/README.md describes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def page_of(pdf: Path, *needles: str) -> int:
    """The first page (1-based) after the contents whose text holds every needle."""
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        if number <= 2:
            continue
        text = page.extract_text() or ""
        if all(n in text for n in needles):
            return number
    raise LookupError(f"{pdf.name}: no page with {needles}")


def render(pdf: Path, page: int, name: str, dpi: int = 60, crop: tuple[int, int, int, int] | None = None) -> None:
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    if crop:
        args += ["-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3])]
    subprocess.run([*args, str(pdf), str(HERE / name)], check=True)
    print(f"{name}.png  <- {pdf.name} page {page}")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="tk-samples-"))
    os.environ["TRAINERKIT_HOME"] = str(work / "home")
    from trainerkit.customise import new_course, set_profile
    from trainerkit.export.handouts import export_handouts
    from trainerkit.export.packs import export_course_materials
    from trainerkit.store import open_store

    store = open_store()
    new_course(store, "Geneva", "FR", venue="Hôtel de Ville, Genève", dates="3–5 mars 2027")
    set_profile(store, "Geneva", {"facilitators": "Ana Núñez; ليلى حداد", "participants": "20"})
    out = work / "out"
    export_course_materials(store, "Geneva", out, "participant-pack,trainer-pack,slide-handouts")
    participant = out / "Participant pack - Geneva.pdf"
    trainer = out / "Trainer pack - Geneva.pdf"
    render(participant, 1, "participant-pack-1-cover")
    render(participant, 2, "participant-pack-2-contents")
    agenda = page_of(participant, "Course agenda", "Day 1")
    render(participant, agenda, f"participant-pack-{agenda}-agenda")
    evaluation = page_of(participant, "End-of-day evaluation")
    render(participant, evaluation, f"participant-pack-{evaluation}-daily-evaluation")
    cards = page_of(participant, "Definitions: cards")
    render(participant, cards, f"participant-pack-{cards}-cards")
    render(trainer, 1, "trainer-pack-1-cover")
    plan = page_of(trainer, "Session 4: The Convention on Migrant Workers", "Plan", "16:00")
    render(trainer, plan, f"trainer-pack-{plan}-session4-plan")
    notes = page_of(trainer, "Speaker notes: session 4")
    render(trainer, notes, f"trainer-pack-{notes}-speaker-notes")
    slides = next((out / "slide-handouts").glob("Slides S4 *3 per page.pdf"))
    render(slides, 1, "slide-handout-3-per-page-s4")

    new_course(store, "Amman", "JO", venue="فندق المدينة، عمّان", dates="14–16 حزيران/يونيو 2026")
    set_profile(
        store,
        "Amman",
        {"facilitators": "Ana Núñez; ليلى حداد", "organisation": "المركز الوطني لحقوق الإنسان (NCHR)"},
    )
    report = export_handouts(store, "Amman", work / "amman", formats=("pdf",), only={"certificate"})
    render(report.files[0], 1, "certificate-arabic")
    render(report.files[0], 1, "certificate-arabic-venue-detail", dpi=150, crop=(100, 180, 1200, 330))


if __name__ == "__main__":
    sys.exit(main())
