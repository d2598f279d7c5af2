"""Packing the full course (7 sessions) against `cp -r` plus `sha256sum` of the same files.

Prints: the time to stage (export decks, handouts, pages, bundle), the time of the verified copy
(temporary name, fsync, rename, read back from the device, journal) into an empty folder, the time of a
re-run on the complete package (everything skipped), and `cp -r` + `sha256sum` of the staged files into
another empty folder on the same disk. Ratios: the verified copy alone, pack_course, and pack_course with
staging, each against (cp -r + sha256sum). No asserts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def _timed(func):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="tk-bench-usb-"))
    os.environ["TRAINERKIT_HOME"] = str(work / "home")
    from trainerkit.customise import new_course
    from trainerkit.package import pack_course
    from trainerkit.package.copy import copy_package
    from trainerkit.package.layout import stage_package
    from trainerkit.package.targets import human_size
    from trainerkit.store import open_store

    try:
        store = open_store()
        new_course(store, "bench", "KE", venue="Nairobi", dates="3-5 June", organisation="KNCHR")
        stage_s, staged = _timed(lambda: stage_package(store, "bench"))
        files, size = len(staged.files), staged.size
        print(f"   staged: {files} files, {human_size(size)} in {stage_s:.2f} s (export of decks, handouts, pages)")

        first = work / "stick-1"
        first.mkdir()
        pack_s, report = _timed(lambda: pack_course(store, "bench", first))
        if report.staged.fingerprint != staged.fingerprint:
            print("   (the bundled resources changed meanwhile: pack_course staged again)")
        staged = report.staged
        print(f"   pack_course (staging reused; preflight + verified copy): {pack_s:.2f} s")
        copy_s, _ = _timed(lambda: copy_package(staged.files, work / "stick-0" / "pkg", meta=staged.meta()))
        print(f"   verified copy alone (copy_package): {copy_s:.2f} s")

        source = staged.root / "package"
        second = work / "stick-2"

        def baseline() -> None:
            subprocess.run(["cp", "-r", str(source), str(second)], check=True)
            paths = [str(p) for p in sorted(second.rglob("*")) if p.is_file()]
            subprocess.run(["sha256sum", *paths], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["sync"], check=False)

        if shutil.which("cp") and shutil.which("sha256sum"):
            base_s, _ = _timed(baseline)
            print(f"   cp -r + sha256sum + sync of the same files: {base_s:.2f} s")
            print(f"   ratio verified copy / (cp -r + sha256sum): {copy_s / base_s:.1f}x")
            print(f"   ratio pack_course / (cp -r + sha256sum): {pack_s / base_s:.1f}x")
            print(f"   ratio incl. staging / (cp -r + sha256sum): {(stage_s + pack_s) / base_s:.1f}x")
        else:
            print("   cp or sha256sum not found: no baseline")
        rerun_s, rerun = _timed(lambda: pack_course(store, "bench", first))
        print(f"   pack_course again on the complete package: {rerun_s:.2f} s ({len(rerun.copy.skipped)} skipped)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
