"""The frozen build works without Python: build once per session, unpack the archive in a fresh folder, and
drive the built executables (not the venv) through a trainer's first hour.

The session fixture runs ``python3 dev.py build`` (PyInstaller, a few minutes) into a private copy of
``dist/``; set ``TRAINERKIT_FROZEN_ARCHIVE`` to an archive made before to skip the build. Skipped, with the
reason, only when PyInstaller cannot be installed. Every step runs with a HOME of its own that is compared
before and after (and made read-only): nothing may be written outside the data folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "installer"))
import qt_prune  # noqa: E402

from trainerkit.selfcheck import OPTIONAL_EXTRAS, RUNTIME_PROBES  # noqa: E402
from trainerkit.version import GUI_EXE, archive_name, cli_exe  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="the smoke test drives Linux")]

COURSE = "Smoke"


def _ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"PyInstaller cannot be installed here, so the app cannot be frozen: {result.stderr[-300:]}")


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build's archive with its .sha256 beside it, built once per test session."""
    given = os.environ.get("TRAINERKIT_FROZEN_ARCHIVE")
    if given:
        return Path(given)
    _ensure_pyinstaller()
    env = {**os.environ, "TRAINERKIT_VENV": sys.prefix}
    env.pop("TRAINERKIT_HOME", None)
    result = subprocess.run(
        [sys.executable, str(REPO / "dev.py"), "build"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"dev.py build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "MB unpacked" in result.stdout, "the build prints its size"
    built = REPO / "dist" / archive_name()
    keep = tmp_path_factory.mktemp("archive") / built.name  # a later build in the checkout cannot change it
    shutil.copy2(built, keep)
    shutil.copy2(built.with_name(built.name + ".sha256"), keep.with_name(keep.name + ".sha256"))
    return keep


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            st = path.lstat()
            found[str(path.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return found


@dataclass
class Frozen:
    app: Path
    home: Path
    data: Path
    work: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TRAINERKIT_", "XDG_", "PYTHON", "VIRTUAL_ENV")) and k != "HOME"
        }
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", TRAINERKIT_HOME=str(self.data))
        env["PATH"] = "/usr/bin:/bin"  # not the venv's
        env.update(extra)
        return {k: v for k, v in env.items() if v}

    def run(self, program: str, *args: str, ok: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
        exe = self.app / program
        result = subprocess.run(
            [str(exe), *args], cwd=self.work, env=self.env(**env), capture_output=True, text=True, timeout=600
        )
        if ok:
            assert result.returncode == 0, (
                f"{program} {' '.join(args)}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
            )
        return result


@pytest.fixture(scope="module")
def frozen(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    """The archive unpacked in a fresh folder, with an empty read-only HOME whose contents must not change."""
    sums = archive.with_name(archive.name + ".sha256").read_text(encoding="utf-8").split()
    assert sums[1] == archive.name
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == sums[0], "the archive matches its .sha256"
    fresh = tmp_path_factory.mktemp("fresh")
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(fresh)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(fresh, filter="tar")
    app = fresh / "TrainerKit"
    home = tmp_path_factory.mktemp("home")
    (home / "untouched.txt").write_text("a trainer's own file")
    work = tmp_path_factory.mktemp("work")
    state = Frozen(app, home, tmp_path_factory.mktemp("data") / "TrainerKit", work)
    before_home, before_app, before_work = _snapshot(home), _snapshot(app), _snapshot(work)
    home.chmod(0o555)
    try:
        yield state
    finally:
        home.chmod(0o755)
    assert _snapshot(home) == before_home, "nothing is written in HOME (caches, settings) outside the data folder"
    assert _snapshot(app) == before_app, "nothing is written into the app's own folder"
    assert _snapshot(work) == before_work, "nothing is written into the current folder"


def test_archive_name_and_layout(archive: Path, frozen: Frozen) -> None:
    assert archive.name == archive_name()
    assert (frozen.app / GUI_EXE).is_file() and os.access(frozen.app / GUI_EXE, os.X_OK)
    assert (frozen.app / cli_exe()).is_file() and os.access(frozen.app / cli_exe(), os.X_OK)
    assert (frozen.app / "_internal" / "trainerkit" / "resources" / "course" / "course.yaml").is_file()
    assert list((frozen.app / "_internal" / "trainerkit" / "resources" / "fonts").glob("*.ttf"))
    for qm in (REPO / "resources").rglob("*.qm"):  # compiled translations, when there are any
        assert (frozen.app / "_internal" / "trainerkit" / "resources" / qm.relative_to(REPO / "resources")).is_file()


def test_no_links_in_the_linux_build(frozen: Frozen) -> None:
    """A stick has no symbolic links: each would become a second copy of a library in App/."""
    links = [p for p in frozen.app.rglob("*") if p.is_symlink()]
    assert not links, links[:5]


def test_icu_data_is_trimmed_when_the_tools_are_there(frozen: Frozen) -> None:
    if not all(shutil.which(t) for t in ("icupkg", "genccode", "gcc", "nm")):
        pytest.skip("trimming ICU data needs icupkg and genccode (Debian: icu-devtools) and gcc")
    data = list((frozen.app / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    assert data and data[0].stat().st_size < 20e6, "Qt's ICU data (31 MB in full) is trimmed"


def test_nothing_on_the_deny_lists_is_shipped(frozen: Frozen) -> None:
    internal = frozen.app / "_internal"
    shipped = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]
    assert [p for p in shipped if qt_prune.is_denied(p)] == [], "pruned files (Qt, Babel, pycountry, Pillow) are gone"
    openssl = [p for p in shipped if re.search(r"(^|/)(libssl|libcrypto)[.-]|(^|/)_(ssl|hashlib)\.", p)]
    assert openssl == [], "no OpenSSL: the app is offline and hashlib uses its built-in hashes"
    locales = {p.rsplit("/", 1)[-1] for p in shipped if p.startswith("babel/locale-data/")}
    assert {"root.dat", "en.dat", "fr.dat", "es.dat", "ar.dat", "fr_CA.dat"} <= locales
    assert "de.dat" not in locales and len(locales) < 300
    assert not [p for p in shipped if p.endswith(".py") and p.startswith(("fontTools/", "translate/", "PIL/"))]


def test_version_shows_build_date_and_data_folder(frozen: Frozen) -> None:
    out = frozen.run(cli_exe(), "--version").stdout
    assert "TrainerKit 0." in out and "(build," in out
    assert "Built: 20" in out and "not built" not in out
    assert f"Data folder: {frozen.data}" in out


def test_info_json(frozen: Frozen) -> None:
    info = json.loads(frozen.run(cli_exe(), "info", "--json").stdout)
    assert info["data_dir"] == str(frozen.data) and info["data_mode"] == "env"
    assert info["course"]["title"]


def test_self_check_imports_everything_and_nothing_denied(frozen: Frozen) -> None:
    report = json.loads(frozen.run(GUI_EXE, "--self-check").stdout)
    assert report["ok"], report["failed"] or report["extras"] or report["runtime"]
    assert report["imported"] > 50
    # hashes without OpenSSL, CLDR dates and names with the kept locales, pycountry, font maps, pictures
    assert report["runtime"] == {name: "ok" for name in RUNTIME_PROBES}, report["runtime"]
    for extra in OPTIONAL_EXTRAS:  # Typst, superqt ... when installed where the build was made
        if importlib.util.find_spec(extra) is not None:
            assert report["extras"].get(extra) == "ok", extra
    loaded = {m.split(".")[1] for m in report["pyside6_modules"] if m.count(".") >= 1}
    assert not loaded & set(qt_prune.DENIED_QT_MODULES), "the app loaded a Qt module on the deny-list"
    assert {"QtCore", "QtGui", "QtWidgets"} <= loaded
    shipped = [f"PySide6/Qt/plugins/{f}" for f in report["qt_plugin_files"]]
    assert not [f for f in shipped if qt_prune.is_denied(f)], "denied plugins were shipped"
    assert any(f.startswith("PySide6/Qt/plugins/platforms/") for f in shipped)


def test_a_trainers_first_hour(frozen: Frozen, tmp_path: Path) -> None:
    """Create a course, export it, pack it with the app onto a 'stick', verify it, run the app from it."""
    frozen.run(cli_exe(), "course", "create", COURSE, "--country", "KE")
    out = tmp_path / "export"
    frozen.run(cli_exe(), "export", COURSE, "--out", str(out))
    assert list(out.rglob("*.pptx")), "the export wrote decks"

    stick = tmp_path / "stick"
    stick.mkdir()
    packed = frozen.run(cli_exe(), "usb", "pack", COURSE, str(stick), "--with-app")
    assert "Packed and verified" in packed.stdout and "With the app" in packed.stdout
    package = next(p for p in stick.iterdir() if p.is_dir())
    app = package / "App"
    assert (app / "portable").is_file()
    assert os.stat(app / GUI_EXE).st_mode & stat.S_IXUSR, "the app on the stick can be run"
    index = (package / "index.html").read_text(encoding="utf-8")
    assert f"App/{GUI_EXE}" in index, "index.html says how to start the app"
    manifest = (package / "MANIFEST.sha256").read_text(encoding="utf-8")
    assert f"  App/{GUI_EXE}\n" in manifest and "  App/portable\n" in manifest

    verified = frozen.run(cli_exe(), "usb", "verify", str(stick))
    assert verified.stdout.startswith("OK:")

    # the copy on the stick is portable: its data lives beside it, in App/TrainerKit-data
    portable_run = subprocess.run(
        [str(app / cli_exe()), "--version"],
        env={k: v for k, v in frozen.env().items() if k != "TRAINERKIT_HOME"},
        cwd=frozen.work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert portable_run.returncode == 0, portable_run.stderr
    assert f"Data folder: {app / 'TrainerKit-data'} (portable" in portable_run.stdout
    listed = subprocess.run(
        [str(app / cli_exe()), "course", "list"],
        env={k: v for k, v in frozen.env().items() if k != "TRAINERKIT_HOME"},
        cwd=frozen.work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert (app / "TrainerKit-data").is_dir()
    check = subprocess.run(
        [str(app / GUI_EXE), "--self-check"], env=frozen.env(), cwd=frozen.work, capture_output=True, text=True
    )
    assert check.returncode == 0 and json.loads(check.stdout)["ok"], "every module loads in the copy on the stick"
    again = frozen.run(cli_exe(), "usb", "verify", str(stick), "--json")
    report = json.loads(again.stdout)[0]
    assert report["ok"] and not report["extra"], "the portable app's own data is not reported as damage"


def test_the_app_starts_opens_a_course_and_closes(frozen: Frozen) -> None:
    frozen.run(cli_exe(), "course", "create", "Window", "--country", "NG")
    result = frozen.run(GUI_EXE, "--smoke-test", "--open", "Window")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["smoke_test"] == "ok" and report["opened"] is True and report["visible"] is True
    assert report["title"].startswith("Window")
    missing = frozen.run(GUI_EXE, "--smoke-test", "--open", "No such course", ok=False)
    assert missing.returncode == 1, "the smoke test can fail"
