#!/usr/bin/env python3
"""One-line set-up for TrainerKit on a fresh machine: `python3 dev.py run` or `python3 dev.py test`.

run    create .venv, install TrainerKit into it, start the desktop app on the bundled course
test   also install the test tools and (as root, with apt-get) the system packages the tests use
       (LibreOffice Impress/Writer, poppler-utils, fonts, Qt's runtime libraries); then lint (ruff),
       type-check (mypy) and run the whole test suite with Qt offscreen
bench  install, then run the benchmarks in bench/ and print figures and ratios
build  install TrainerKit and PyInstaller, freeze dist/TrainerKit/ (installer/trainerkit.spec), then write
       dist/TrainerKit-<version>-<os>-<arch>.tar.gz (.zip on Windows) and its .sha256; prints the size
stress install like test, then run the GUI tests N times in a row (default 10) with Qt offscreen and print
       passed/failed/crashed per run: `python3 dev.py stress [N] [--load]` (--load keeps every core busy)

Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("TRAINERKIT_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian/Ubuntu packages the tests need: LibreOffice to check exports, poppler for pdftoppm/pdftotext,
# fonts (Carlito is metric-compatible with Calibri; Noto covers Arabic), and Qt's runtime libraries.
APT_PACKAGES = [
    "libreoffice-impress",
    "libreoffice-writer",
    "poppler-utils",
    "fonts-crosextra-carlito",
    "fonts-dejavu-core",
    "fonts-noto-core",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "chromium",  # a real browser for the offline HTML presenter's test (driven by Selenium)
    "chromium-driver",
    "icu-devtools",  # icupkg and genccode: the frozen build trims Qt's ICU data with them (tests/test_frozen_build.py)
    "binutils",  # strip: the frozen build strips its libraries
]


def say(message: str) -> None:
    print(f"[dev.py] {message}", flush=True)


def sh(*args: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(a) for a in args], env=env)
    if result.returncode != 0:
        say(f"failed ({result.returncode}): {' '.join(str(a) for a in args)}")
        sys.exit(result.returncode)


def missing_apt_packages() -> list[str]:
    missing = []
    for package in APT_PACKAGES:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def install_system_packages() -> None:
    if not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        say("no apt-get here: install LibreOffice, poppler-utils and fonts yourself (see README)")
        return
    missing = missing_apt_packages()
    if not missing:
        return
    if os.geteuid() != 0:
        say("not root: tests that need these packages will be skipped: " + " ".join(missing))
        say("install them with: sudo apt-get install -y " + " ".join(missing))
        return
    say("installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    sh("apt-get", "update", "-q", env=env)
    sh("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)


def ensure_venv(extras: str = "") -> None:
    if not PY.exists():
        say(f"creating {VENV}")
        try:
            venv.create(VENV, with_pip=True)
        except Exception as exc:  # Debian without python3-venv
            say(f"cannot create a virtual environment ({exc}); on Debian/Ubuntu: apt-get install python3-venv")
            sys.exit(1)
    target = f".[{extras}]" if extras else "."
    say(f"installing TrainerKit{f' with {extras}' if extras else ''} into {VENV}")
    sh(PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", target)
    say("compiling the translations (resources/i18n/*.ts -> src/trainerkit/ui/translations/*.qm)")
    sh(PY, "-m", "trainerkit.build", "translations")


def run() -> None:
    ensure_venv()
    os.execv(str(PY), [str(PY), "-m", "trainerkit.ui.app", *sys.argv[2:]])


def test() -> None:
    install_system_packages()
    ensure_venv("test")
    env = {**os.environ}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    os.chdir(ROOT)
    say("ruff")
    sh(PY, "-m", "ruff", "check", "src", "tests", "bench", env=env)
    say("mypy")
    sh(PY, "-m", "mypy", env=env)
    say("lint-imports (the layers in docs/architecture.md)")
    sh(BIN / ("lint-imports.exe" if os.name == "nt" else "lint-imports"), env=env)
    say("pytest")
    result = subprocess.run([str(PY), "-m", "pytest", *sys.argv[2:]], env=env)
    if result.returncode == 5:
        say("no tests were collected: that is a failure")
        sys.exit(1)
    sys.exit(result.returncode)


def bench() -> None:
    install_system_packages()
    ensure_venv("test")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    sh(PY, ROOT / "bench" / "run.py", *sys.argv[2:], env=env)


def tree_size(root: Path) -> tuple[int, int]:
    """(bytes, files) under ``root``; symbolic links count as links, not as what they point to."""
    size = files = 0
    for folder, _dirs, names in os.walk(root):
        for name in names:
            size += os.lstat(os.path.join(folder, name)).st_size
            files += 1
    return size, files


def make_archive(app: Path, archive: Path) -> None:
    """``app`` (dist/TrainerKit or dist/TrainerKit.app) as a .zip or .tar.gz whose top folder is its name."""
    import tarfile
    import zipfile

    tmp = archive.with_name(archive.name + ".part")
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(app.rglob("*")):
                if path.is_file():
                    zf.write(path, Path(app.name, path.relative_to(app)).as_posix())
    else:
        with tarfile.open(tmp, "w:gz", compresslevel=6) as tf:
            tf.add(app, arcname=app.name)
    os.replace(tmp, archive)


def build() -> None:
    import hashlib
    import time

    ensure_venv("build")
    os.chdir(ROOT)
    dist = ROOT / "dist"
    start = time.monotonic()
    sh(
        PY, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist, "--workpath", ROOT / "build" / "pyinstaller", ROOT / "installer" / "trainerkit.spec",
    )  # fmt: skip
    built = time.monotonic() - start
    name = subprocess.run(
        [str(PY), "-c", "from trainerkit.version import archive_name; print(archive_name())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    app = dist / ("TrainerKit.app" if sys.platform == "darwin" else "TrainerKit")
    archive = dist / name
    make_archive(app, archive)
    digest = hashlib.sha256()
    with open(archive, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    (dist / f"{name}.sha256").write_text(f"{digest.hexdigest()}  {name}\n", encoding="utf-8")
    size, files = tree_size(app)
    say(f"built {app.relative_to(ROOT)} in {built:.0f} s: {files} files, {size / 1e6:.1f} MB unpacked")
    say(f"archive {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB, sha256 {digest.hexdigest()}")
    say(f"check it with: cd dist && sha256sum -c {name}.sha256")


STRESS_TESTS = "tests/test_gui_*.py tests/test_thumbnails.py"


def _busy_loops() -> list[subprocess.Popen[bytes]]:
    """One plain Python process spinning on every core (stopped by the caller)."""
    return [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(os.cpu_count() or 1)
    ]


def _pytest_counts(output: str) -> dict[str, int]:
    """passed/failed/error/skipped counts from pytest's last summary line."""
    import re

    counts = {"passed": 0, "failed": 0, "error": 0, "skipped": 0}
    lines = [line for line in output.splitlines() if re.search(r"\d+ (passed|failed|errors?|skipped)", line)]
    if lines:
        for number, word in re.findall(r"(\d+) (passed|failed|errors?|skipped)", lines[-1]):
            counts["error" if word.startswith("error") else word] += int(number)
    return counts


def stress() -> None:
    """Run the GUI tests N times in a row; a crash is a negative exit code or "Fatal Python error"."""
    import glob
    import tempfile
    import time

    args = sys.argv[2:]
    load = "--load" in args
    numbers = [a for a in args if a.isdigit()]
    runs = int(numbers[0]) if numbers else 10
    install_system_packages()
    ensure_venv("test")
    os.chdir(ROOT)
    tests = sorted(f for pattern in STRESS_TESTS.split() for f in glob.glob(pattern))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    logs = Path(tempfile.mkdtemp(prefix="trainerkit-stress-"))
    say(f"{runs} runs of {len(tests)} test files{' under load (a busy loop on every core)' if load else ''}")
    say(f"each run's output is in {logs}")
    loops = _busy_loops() if load else []
    totals = {"passed": 0, "failed": 0, "crashed": 0}
    try:
        for number in range(1, runs + 1):
            started = time.monotonic()
            result = subprocess.run(
                [str(PY), "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
            )
            (logs / f"run-{number:02d}.log").write_text(result.stdout, encoding="utf-8")
            counts = _pytest_counts(result.stdout)
            crashed = result.returncode < 0 or "Fatal Python error" in result.stdout
            failed = counts["failed"] + counts["error"]
            totals["passed"] += counts["passed"]
            totals["failed"] += failed
            totals["crashed"] += crashed
            if result.returncode not in (0, 1) and not crashed and not failed:
                failed = 1  # pytest itself failed (usage, internal error, nothing collected)
                totals["failed"] += 1
            state = "CRASHED" if crashed else ("FAILED" if failed else "ok")
            print(
                f"run {number:2d}/{runs}: {counts['passed']} passed, {failed} failed, "
                f"{'crashed' if crashed else 'no crash'} (exit {result.returncode}, "
                f"{time.monotonic() - started:.0f} s) {state}",
                flush=True,
            )
    finally:
        for loop in loops:
            loop.terminate()
        for loop in loops:
            loop.wait()
    bad = totals["failed"] or totals["crashed"]
    print(
        f"summary: {runs} runs{' under load' if load else ''}: {totals['passed']} tests passed, "
        f"{totals['failed']} failed, {totals['crashed']} runs crashed",
        flush=True,
    )
    sys.exit(1 if bad else 0)


def main() -> None:
    commands = {"run": run, "test": test, "bench": bench, "build": build, "stress": stress}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        sys.exit(2)
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
