"""Full export (`--what all`) of the bundled course with 30 changes: wall time, CPU time, peak RSS.

Runs, each in a fresh process so the figures are its own (CPU and RSS include the processes it starts):

* cold: a new data dir (no slide pictures, no export kept), Typst pipeline;
* unchanged: the same export again, nothing changed since (the export cache copies it);
* usb pack right after the export (the packer reuses the kept export; the copy to the folder included);
* legacy: the fpdf2 pipeline this replaced, from git (commit LEGACY below, extracted with `git archive`
  into a temporary folder, needs fpdf2 and uharfbuzz installed; kept until the Typst engine has landed);
* LibreOffice converting the exported DOCX handouts to PDF (soffice, its own profile).

Prints figures and ratios, never asserts. `python3 bench/bench_export.py`, or `python3 dev.py bench`.
Set TRAINERKIT_BENCH_QUICK=1 to leave out the legacy pipeline (it takes minutes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LEGACY = "d05cdbb"  # the last commit with the fpdf2 pipeline (export/pdf_writer.py)

#: Runs in the measured child: set up the course (30 changes) or export it, then print its own figures.
CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
def rusage():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, max(me.ru_maxrss, kids.ru_maxrss) / 1024
def setup(store):
    from trainerkit import customise
    customise.new_course(store, "Bench", "JO", venue="فندق المدينة، عمّان", dates="14–16 حزيران/يونيو 2026")
    customise.set_profile(store, "Bench", {"facilitators": "Ana Núñez; ليلى حداد", "participants": "24",
                                           "organisation": "المركز الوطني لحقوق الإنسان (NCHR)"})
    changes = 0
    for session in range(1, 8):
        rows = customise.current_slides(store, "Bench", session)
        plan = [("hide", rows[2].key, {}), ("move", rows[4].key, {"to": 2}), ("duplicate", rows[3].key, {}),
                ("edit-notes", rows[1].key, {"notes": "Local notes for the venue."})]
        for kind, key, payload in plan:
            if changes >= 30:
                break
            if kind == "hide" and rows[2].hidden:
                kind = "show"
            customise.slide_change(store, "Bench", kind, key, payload)
            changes += 1
    while changes < 30:
        try:  # a declared custom token (the legacy tree, before declared tokens, takes it as a value)
            customise.set_profile(store, "Bench", {}, {f"custom{changes}": "value"})
        except TypeError:
            customise.set_profile(store, "Bench", {f"custom{changes}": "value"})
        changes += 1
def main():
    action, out = sys.argv[1], Path(sys.argv[2])
    from trainerkit.store import open_store
    store = open_store()
    extra = {}
    cpu0 = rusage()[0]  # CPU is counted from the start of the process (imports included), as always
    start = time.perf_counter()
    if action == "setup":
        setup(store)
    elif action == "export":
        from trainerkit.export.packs import export_course_materials
        export_course_materials(store, "Bench", out, "all")
    elif action == "handouts":
        from trainerkit.export.packs import export_course_materials
        export_course_materials(store, "Bench", out, "handouts")
    elif action == "lo":
        import glob, shutil, subprocess
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        files = sorted(glob.glob(os.environ["TK_BENCH_DOCX"] + "/*.docx"))
        subprocess.run([soffice, "-env:UserInstallation=" + (out / "profile").as_uri(), "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(out), *files], capture_output=True, timeout=1200)
    elif action == "pack":
        from trainerkit import thumbnails
        from trainerkit.export import export_cache
        from trainerkit.package.pack import pack_course
        out.mkdir(parents=True, exist_ok=True)
        def progress(done, total, label):  # the copy starts at 100 of 1000 (package.pack._STAGE_SHARE)
            if done >= 100 and "copy" not in extra:
                extra["copy"] = time.perf_counter()
                extra["prep_wall"], extra["prep_cpu"] = extra["copy"] - start, rusage()[0] - cpu0
        pack_course(store, "Bench", out, progress=progress)
        for key, module, name in (("drawn", thumbnails, "drawn"), ("made", export_cache, "made")):
            counts = getattr(module, "COUNTS", None)  # None: older code, not counted
            extra[key] = counts[name] if counts is not None else -1
        extra.pop("copy", None)
    wall = time.perf_counter() - start
    cpu, rss = rusage()
    pdf = sum(p.stat().st_size for p in out.rglob("*.pdf")) if out.is_dir() else 0
    print("RESULT " + json.dumps({"wall": wall, "cpu": cpu, "rss": rss, "pdf_mb": pdf / 1e6, **extra}))
if __name__ == "__main__":
    main()
"""


def _child(src: Path, resources: Path | None, home: Path, action: str, out: Path) -> dict[str, float]:
    env = {**os.environ, "TRAINERKIT_HOME": str(home), "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"}
    if resources is not None:
        env["TRAINERKIT_RESOURCES"] = str(resources)
    script = home.parent / "bench_child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), action, str(out)], env=env, capture_output=True, text=True, timeout=1200
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{action} failed: {done.stderr[-800:]}")
    return dict(json.loads(line[7:]))


def _line(label: str, r: dict[str, float], base: dict[str, float] | None = None) -> None:
    text = f"   {label:<34} wall {r['wall']:6.1f} s  CPU {r['cpu']:6.1f} s  peak RSS {r['rss']:5.0f} MB"
    if base:
        text += f"  ({base['wall'] / r['wall']:.1f}x faster wall, {base['cpu'] / max(r['cpu'], 0.01):.1f}x less CPU)"
    print(text, flush=True)


def _legacy(work: Path) -> dict[str, float] | None:
    if os.environ.get("TRAINERKIT_BENCH_QUICK"):
        print("   legacy fpdf2 pipeline: left out (TRAINERKIT_BENCH_QUICK)")
        return None
    try:
        import fpdf  # noqa: F401
        import uharfbuzz  # noqa: F401
    except ImportError:
        print("   legacy fpdf2 pipeline: left out (pip install fpdf2 uharfbuzz to run it)")
        return None
    tree = work / "legacy"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", LEGACY, "src", "resources"], capture_output=True)
    if archive.returncode != 0:
        print(f"   legacy fpdf2 pipeline: left out (git archive {LEGACY} failed)")
        return None
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    home = work / "legacy-home"
    _child(tree / "src", tree / "resources", home, "setup", work / "unused")
    return _child(tree / "src", tree / "resources", home, "export", work / "legacy-out")


def _libreoffice(docx: Path, work: Path) -> dict[str, float] | None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("   LibreOffice: not installed, left out")
        return None
    os.environ["TK_BENCH_DOCX"] = str(docx)
    return _child(ROOT / "src", None, work / "home", "lo", work / "lo-out")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="tk-bench-export-"))
    try:
        src = ROOT / "src"
        home = work / "home"
        _child(src, None, home, "setup", work / "unused")
        print("   course: bundled, 7 sessions, 30 changes, Arabic venue, dates and organisation")
        cold = _child(src, None, home, "export", work / "out-cold")
        _line("export --what all, cold (Typst)", cold)
        warm = _child(src, None, home, "export", work / "out-warm")
        _line("same export, nothing changed", warm)
        pack = _child(src, None, home, "pack", work / "stick")
        _line("usb pack right after the export", pack)
        if "prep_wall" in pack:
            print(
                f"     of which preparing (staging, preflight): wall {pack['prep_wall']:.1f} s, CPU "
                f"{pack['prep_cpu']:.1f} s; the copy and its verification: wall "
                f"{pack['wall'] - pack['prep_wall']:.1f} s; slides drawn {pack['drawn']:.0f}, "
                f"parts exported again {pack['made']:.0f}"
            )
        print(
            f"   PDFs written: {cold['pdf_mb']:.1f} MB; goals: cold <= 10 s, unchanged <= 3 s, peak RSS < 300 MB, "
            "pack after export <= 3 s plus the copy"
        )
        legacy = _legacy(work)
        if legacy is not None:
            _line("legacy fpdf2 pipeline, same course", legacy)
            print(
                f"   ratio legacy/Typst: wall {legacy['wall'] / cold['wall']:.1f}x, "
                f"CPU {legacy['cpu'] / cold['cpu']:.1f}x, peak RSS {legacy['rss'] / cold['rss']:.1f}x (cold); "
                f"wall {legacy['wall'] / warm['wall']:.0f}x (unchanged)"
            )
        os.environ["TRAINERKIT_NO_EXPORT_CACHE"] = "1"
        handouts = _child(src, None, home, "handouts", work / "out-handouts")
        del os.environ["TRAINERKIT_NO_EXPORT_CACHE"]
        _line("handouts only (DOCX + PDF), Typst", handouts)
        docx = len(list((work / "out-cold" / "handouts").glob("*.docx")))
        lo = _libreoffice(work / "out-cold" / "handouts", work)
        if lo is not None:
            _line(f"LibreOffice: {docx} DOCX handouts -> PDF", lo)
            print(
                "   ratio LibreOffice DOCX->PDF / Typst handouts (DOCX and PDF made): "
                f"wall {lo['wall'] / handouts['wall']:.1f}x, CPU {lo['cpu'] / handouts['cpu']:.1f}x"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
