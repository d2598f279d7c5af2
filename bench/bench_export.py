"""Time the full export of the bundled course: all decks, all handouts (DOCX and PDF), both packs, and
3-per-page slide handouts, for a course with every session selected. Prints figures; no pass/fail.

Run alone with `python3 bench/bench_export.py`, or with the others through `python3 dev.py bench`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def _size(paths: list[Path]) -> str:
    total = sum(p.stat().st_size for p in paths if p.exists())
    return f"{total / 1e6:.1f} MB"


def _timed(label: str, run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    files = getattr(result, "files", [])
    print(f"   {label:<28} {seconds:6.1f} s  {len(files):3d} files  {_size(files)}", flush=True)
    return seconds, result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tk-bench-export-") as tmp:
        os.environ["TRAINERKIT_HOME"] = str(Path(tmp) / "home")
        from trainerkit.customise import new_course, set_profile
        from trainerkit.export.decks import export_decks
        from trainerkit.export.handouts import export_handouts
        from trainerkit.export.packs import export_participant_pack, export_slide_handouts, export_trainer_pack
        from trainerkit.store import open_store

        store = open_store()
        new_course(store, "Bench", "FR", venue="Hôtel de Ville, Genève", dates="3–5 mars 2027")
        set_profile(store, "Bench", {"facilitators": "Ana Núñez; ليلى حداد", "participants": "24"})
        out = Path(tmp) / "out"
        total = 0.0
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("decks (7 .pptx)", lambda: export_decks(store, "Bench", out)),
            ("handouts (DOCX + PDF)", lambda: export_handouts(store, "Bench", out / "handouts")),
            ("participant pack", lambda: export_participant_pack(store, "Bench", out)),
            ("trainer pack", lambda: export_trainer_pack(store, "Bench", out)),
            ("slide handouts, 3 per page", lambda: export_slide_handouts(store, "Bench", out / "slides", (3,))),
        ]
        pages: dict[str, int] = {}
        for label, run in steps:
            seconds, result = _timed(label, run)
            total += seconds
            pages.update(getattr(result, "pages", {}))
        print(f"   {'full export':<28} {total:6.1f} s", flush=True)
        for name, count in sorted(pages.items()):
            if "pack" in name.lower():
                print(f"   {name}: {count} pages")


if __name__ == "__main__":
    main()
