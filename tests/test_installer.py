"""The installer's parts that can be checked without building: the Qt deny-list against what the app imports,
the Inno Setup script, the CI workflow, the spec, entry points, --version, the About box, and the portable
app on a stick (with a fake build). The real build is tests/test_frozen_build.py."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trainerkit import __version__
from trainerkit.__main__ import entry_role
from trainerkit.cli import cli
from trainerkit.package import portable
from trainerkit.version import archive_name, cli_exe, os_name, version_text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "installer"))
import qt_prune  # noqa: E402

# ---- the deny-list against what the app imports -----------------------------------------------------
LOADED = r"""
import json, sys
from trainerkit.selfcheck import run_self_check
from trainerkit.ui.app import create_app
app = create_app(["check"])
report = run_self_check()
files = {}
for name, module in list(sys.modules.items()):
    path = getattr(module, "__file__", None)
    if path:
        files[name] = path
print(json.dumps({"report": report, "files": files, "path": sys.path}))
"""


def _bundle_path(file: str, roots: list[str]) -> str | None:
    """Where a module file would sit in the bundle: its path relative to the sys.path entry holding it."""
    best = None
    for root in roots:
        if root and file.startswith(root.rstrip("/") + "/") and (best is None or len(root) > len(best)):
            best = root
    return None if best is None else file[len(best.rstrip("/")) + 1 :]


@pytest.fixture(scope="module")
def loaded() -> dict[str, object]:
    """Every TrainerKit module imported (and a QApplication made) in a fresh interpreter: what was loaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", LOADED], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_every_trainerkit_module_imports_from_source(loaded: dict[str, object]) -> None:
    report = loaded["report"]
    assert isinstance(report, dict)
    assert report["ok"], report["failed"]
    assert report["imported"] > 50


def test_no_module_the_app_imports_is_on_the_deny_list(loaded: dict[str, object]) -> None:
    report = loaded["report"]
    assert isinstance(report, dict)
    qt = {m.split(".")[1] for m in report["pyside6_modules"] if m.count(".") == 1}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt
    assert not qt & set(qt_prune.DENIED_QT_MODULES), qt & set(qt_prune.DENIED_QT_MODULES)
    excluded = {m for m in qt_prune.EXCLUDED_MODULES}
    files = loaded["files"]
    roots = loaded["path"]
    assert isinstance(files, dict) and isinstance(roots, list)
    imported_excluded = [n for n in files if n in excluded or n.split(".")[0] in excluded]
    assert not imported_excluded, f"the app imports modules the build excludes: {imported_excluded[:10]}"
    pruned = []
    for name, file in files.items():
        where = _bundle_path(file, roots)
        if where and qt_prune.is_denied(where):
            pruned.append((name, where))
    assert not pruned, f"modules the app loads would be pruned from the build: {pruned[:10]}"


def test_the_deny_list_prunes_what_it_says() -> None:
    denied = [
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_fr.qm",
        "pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo",
        "PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll",
    ]
    kept = [
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_ar.qm",
        "trainerkit/resources/fonts/DejaVuSans.ttf",
        "pycountry/databases/iso3166-1.json",
    ]
    assert [p for p in denied if not qt_prune.is_denied(p)] == []
    assert [p for p in kept if qt_prune.is_denied(p)] == []


def test_pruned_pycountry_translations_are_not_used() -> None:
    """The build drops pycountry's locales (22 MB); translated country names would need them back."""
    for path in (REPO / "src" / "trainerkit").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "LOCALES_DIR" not in text and not re.search(r"gettext\.translation\([^)]*iso3166", text), path


# ---- what the build prunes outside Qt: Babel's locales, OpenSSL, pycountry's databases, Pillow parts --
PRUNED = r"""
import builtins, io, json, os, sys
sys.path.insert(0, sys.argv[1])
import qt_prune
for name in qt_prune.OPTIONAL_MODULES:  # left out of the build: importing them raises ImportError
    sys.modules[name] = None
roots = sorted({os.path.abspath(p) for p in sys.path if p}, key=len, reverse=True)

def denied(path):
    try:
        path = os.path.abspath(os.fspath(path))
    except TypeError:
        return False
    if not isinstance(path, str):
        return False
    for root in roots:
        if path.startswith(root + os.sep):
            return qt_prune.is_denied(path[len(root) + 1 :])
    return False

real_open, real_exists, real_isfile, real_listdir = builtins.open, os.path.exists, os.path.isfile, os.listdir

def pruned_open(file, *args, **kwargs):
    if denied(file):
        raise FileNotFoundError(2, "pruned from the build", str(file))
    return real_open(file, *args, **kwargs)

builtins.open = io.open = pruned_open
os.path.exists = lambda p: not denied(p) and real_exists(p)
os.path.isfile = lambda p: not denied(p) and real_isfile(p)
os.listdir = lambda p=".": [n for n in real_listdir(p) if not denied(os.path.join(os.fspath(p), n))]

from trainerkit.selfcheck import run_self_check
from trainerkit.ui.app import create_app
app = create_app(["check"])
report = run_self_check()
import babel.localedata, pycountry
try:
    pycountry.subdivisions.get(code="FR-75")
    subdivisions = "read"
except OSError:
    subdivisions = "pruned"
print(json.dumps({"report": report, "babel_de": babel.localedata.exists("de"), "subdivisions": subdivisions,
                  "ssl": "ssl" in sys.modules and sys.modules["ssl"] is not None}))
"""


@pytest.fixture(scope="module")
def pruned_run() -> dict[str, object]:
    """The app's self-check (every module, Qt, and its runtime probes: hashes, CLDR dates and language
    names, pycountry, fonts, pictures) in an interpreter where what the build prunes is missing: the
    OPTIONAL_MODULES cannot be imported and the denied data files cannot be opened or listed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PRUNED, str(REPO / "installer")], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_the_app_works_without_what_the_build_prunes(pruned_run: dict[str, object]) -> None:
    # the simulation is real: Babel's German data, pycountry's subdivisions and ssl are gone
    assert pruned_run["babel_de"] is False and pruned_run["subdivisions"] == "pruned" and not pruned_run["ssl"]
    report = pruned_run["report"]
    assert isinstance(report, dict)
    assert report["runtime"] == {name: "ok" for name in report["runtime"]}, report["runtime"]
    probes = {"hashes", "dates_and_names", "countries", "fonts_and_pictures", "translation_files"}
    assert set(report["runtime"]) >= probes
    assert report["ok"], report["failed"] or report["extras"]
    assert report["imported"] > 50


def test_babel_keeps_the_apps_languages_with_their_parents() -> None:
    import babel
    from babel.core import get_global

    from trainerkit.messages import LANGUAGES

    assert set(qt_prune.KEPT_BABEL_LANGUAGES) == {"en", *LANGUAGES}, "keep CLDR data for every app language"
    data = Path(babel.__file__).parent / "locale-data"
    names = sorted(p.stem for p in data.glob("*.dat"))
    kept = {n for n in names if not qt_prune.is_denied(f"babel/locale-data/{n}.dat")}
    assert {"root", "en", "fr", "es", "ar", "fr_CA", "es_419", "ar_EG", "en_GB", "en_001"} <= kept
    assert not {"de", "ru", "zh", "frr", "ast", "sr_Latn"} & kept, "other locales are pruned"
    assert len(kept) < len(names) / 3
    parents = get_global("parent_exceptions")
    for name in kept - {"root"}:  # Babel merges a locale over its parents: the whole chain must be there
        parent = parents.get(name) or ("_".join(name.split("_")[:-1]) if "_" in name else "root")
        if parent != "root" and f"{parent}.dat" in {f"{n}.dat" for n in names}:
            assert parent in kept, (name, parent)
    assert not qt_prune.is_denied("babel/global.dat")


def test_a_course_language_without_locale_data_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    import babel.localedata

    from trainerkit import messages

    monkeypatch.setattr(messages, "LANGUAGES", ("fr", "es", "ar", "de"))  # as if German were added later
    real = babel.localedata.exists
    monkeypatch.setattr(babel.localedata, "exists", lambda name: name != "de" and real(name))
    assert messages.babel_locale("de_CH") == "en"
    assert messages.format_day(date(2027, 3, 4), "de") == "Thursday 4 March 2027"
    assert messages.babel_locale("fr_CA") == "fr"


def test_pruned_babel_pycountry_pillow_and_openssl_parts_are_not_used() -> None:
    denied = [
        "babel/locale-data/de.dat",
        "babel/locale-data/zh_Hant_TW.dat",
        "pycountry/databases/iso3166-2.json",
        "pycountry/databases/iso4217.json",
        "PIL/_imagingcms.cpython-311-x86_64-linux-gnu.so",
        "PIL\\_imagingtk.pyd",
        "pillow.libs/liblcms2-88eaba2f.so.2.0.19",
    ]
    kept = [
        "babel/locale-data/root.dat",
        "babel/locale-data/ar_SA.dat",
        "babel/global.dat",
        "pycountry/databases/iso3166-1.json",
        "pycountry/databases/iso639-3.json",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
        "PIL/_imagingft.cpython-311-x86_64-linux-gnu.so",
    ]
    assert [p for p in denied if not qt_prune.is_denied(p)] == []
    assert [p for p in kept if qt_prune.is_denied(p)] == []
    unused = re.compile(
        r"pycountry\.(subdivisions|historic_countries|scripts|currencies|language_families)"
        r"|Image(Cms|Tk|Math|Morph)\b|\bimport ssl\b|_hashlib|hashlib\.new\("
    )
    for path in (REPO / "src" / "trainerkit").rglob("*.py"):
        found = unused.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.name} uses {found.group(0) if found else ''}, which the build prunes"


def test_only_fonttools_table_modules_are_forced_in() -> None:
    """fontTools is bundled through what imports it plus its table modules (TTFont imports those by name);
    the character-map reading the app does runs in the self-check's probes (here and in the frozen build)."""
    assert qt_prune.ONLY_SUBMODULES["fontTools"] == ("fontTools.ttLib.tables",)
    code = (
        "import sys; from trainerkit.export.glyphs import covered; covered();"
        "print(sorted(m for m in sys.modules if m.startswith('fontTools.ttLib.tables.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "fontTools.ttLib.tables._c_m_a_p" in result.stdout


def test_dangling_and_subfolder_links_are_dropped() -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libavif.so.16", "pillow.libs/libavif.so.16", "SYMLINK"),
        ("libpython3.11.so", "libpython3.11.so.1.0", "SYMLINK"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    kept, dropped = qt_prune.drop_dangling_links(toc)
    assert dropped == ["libavif.so.16"]
    kept, dropped = qt_prune.drop_dangling_links(toc, into_subfolders=True)
    assert sorted(dropped) == ["libQt6Core.so.6", "libavif.so.16"]
    assert ("libpython3.11.so", "libpython3.11.so.1.0", "SYMLINK") in kept


# ---- the Inno Setup script ----------------------------------------------------------------------------
def parse_iss(text: str) -> dict[str, list[str]]:
    """An Inno Setup script's sections: ``{section: [lines]}`` (comments, preprocessor lines and blank lines
    left out)."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
            continue
        assert current is not None, f"line outside a section: {line}"
        sections[current].append(line)
    return sections


def iss_setup(sections: dict[str, list[str]]) -> dict[str, str]:
    setup = {}
    for line in sections["Setup"]:
        key, sep, value = line.partition("=")
        assert sep, f"[Setup] line without '=': {line}"
        assert key.strip() not in setup, f"[Setup] {key} given twice"
        setup[key.strip()] = value.strip()
    return setup


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: a b`` lines as dicts."""
    entries = []
    for line in lines:
        entry = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            entry[part[0]] = part[1].strip().strip('"')
        entries.append(entry)
    return entries


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return parse_iss((REPO / "installer" / "trainerkit.iss").read_text(encoding="utf-8"))


def test_inno_setup_installs_per_user_without_admin(iss: dict[str, list[str]]) -> None:
    setup = iss_setup(iss)
    for key in ("AppId", "AppName", "AppVersion", "DefaultDirName", "OutputBaseFilename", "UninstallDisplayIcon"):
        assert setup.get(key), f"[Setup] needs {key}"
    assert setup["PrivilegesRequired"] == "lowest", "no administrator rights"
    assert setup["DefaultDirName"].startswith("{localappdata}"), "installs in the user's own folder"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"]), "a fixed GUID, so upgrades replace the old version"


def test_inno_setup_start_menu_files_and_uninstall_keeps_data(iss: dict[str, list[str]]) -> None:
    icons = iss_entries(iss["Icons"])
    assert any(i["Name"].startswith("{userprograms}") and i["Filename"] == "{app}\\{#AppExe}" for i in icons)
    files = iss_entries(iss["Files"])
    assert any(f["Source"].endswith("dist\\TrainerKit\\*") and "recursesubdirs" in f["Flags"] for f in files)
    code = "\n".join(iss["Code"])
    assert "usPostUninstall" in code and "MsgBox" in code and "MB_DEFBUTTON2" in code, "asks; No is the default"
    assert "UninstallSilent" in code, "a silent uninstall never deletes the data"
    deleted = iss_entries(iss.get("UninstallDelete", []))
    assert not any("localappdata" in d.get("Name", "").lower() for d in deleted), "data is not deleted blindly"


def test_inno_setup_parser_finds_mistakes() -> None:
    with pytest.raises(AssertionError):
        iss_setup(parse_iss("[Setup]\nAppName=A\nAppName=B\n"))
    with pytest.raises(AssertionError):
        parse_iss("AppName=outside\n")
    assert iss_setup(parse_iss("[Setup]\n; comment\nPrivilegesRequired=admin\n"))["PrivilegesRequired"] == "admin"


# ---- CI workflow and spec ----------------------------------------------------------------------------
def test_ci_builds_three_systems_with_checksums() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert any(r.startswith("ubuntu") for r in runners.values())
    assert any(r.startswith("windows") for r in runners.values())
    assert any(r.startswith("macos") for r in runners.values())
    for name, job in jobs.items():
        text = json.dumps(job)
        assert "dev.py build" in text or "test_frozen_build" in text, name
        assert "sha256" in text, f"{name} checks or writes checksums"
        assert job["timeout-minutes"] <= 90
    assert "test_frozen_build.py" in json.dumps(jobs["linux"])
    assert "iscc" in json.dumps(jobs["windows"]).lower()


def test_spec_compiles_and_builds_both_entry_points() -> None:
    text = (REPO / "installer" / "trainerkit.spec").read_text(encoding="utf-8")
    compile(text, "trainerkit.spec", "exec")
    assert "BUNDLE(" in text and "COLLECT(" in text and "collect_all(" in text
    assert "qt_prune.prune(" in text and "upx=False" in text


# ---- entry points, version, About --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("exe", "frozen", "env", "role"),
    [
        ("/opt/TrainerKit/TrainerKit", True, None, "gui"),
        ("/opt/TrainerKit/TrainerKit", True, "cli", "cli"),
        ("C:\\Apps\\TrainerKit\\trainerkit-cli.exe", True, None, "cli"),
        ("C:\\Apps\\TrainerKit\\TrainerKit.exe", True, None, "gui"),
        ("/Applications/TrainerKit.app/Contents/MacOS/trainerkit-cli", True, None, "cli"),
        ("/usr/bin/python3", False, None, "cli"),
        ("/usr/bin/python3", False, "gui", "gui"),
    ],
)
def test_entry_role(exe: str, frozen: bool, env: str | None, role: str) -> None:
    assert entry_role(exe.replace("\\", "/"), frozen, env) == role


def test_names_per_system() -> None:
    assert cli_exe("Linux") == "trainerkit" and cli_exe("Windows") == "trainerkit-cli"
    assert cli_exe("Darwin") == "trainerkit-cli"
    assert archive_name("1.2.3", "Windows", "AMD64") == "TrainerKit-1.2.3-windows-x86_64.zip"
    assert archive_name("1.2.3", "Darwin", "arm64") == "TrainerKit-1.2.3-macos-arm64.tar.gz"
    assert archive_name("1.2.3", "Linux", "x86_64") == "TrainerKit-1.2.3-linux-x86_64.tar.gz"
    assert os_name("Linux") == "linux"


def test_version_shows_version_build_date_and_data_folder(trainerkit_home: Path) -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert f"TrainerKit {__version__} (source," in result.output
    assert "Built: not built (running from source)" in result.output
    assert f"Data folder: {trainerkit_home} (set by TRAINERKIT_HOME)" in result.output
    assert version_text() in result.output


def test_python_m_trainerkit_runs_the_cli(trainerkit_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trainerkit", "--version"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and str(trainerkit_home) in result.stdout


def test_about_box_shows_version_and_data_folder(qtbot: object, trainerkit_home: Path) -> None:
    from trainerkit.ui.about import about_box
    from trainerkit.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.act_about.text().endswith("About TrainerKit")
    box = about_box(window)
    assert __version__ in box.text() and str(trainerkit_home) in box.text() and "Built:" in box.text()


def test_gui_smoke_test_opens_a_course_and_quits(trainerkit_home: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["course", "create", "Smoke", "--country", "KE"]).exit_code == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "trainerkit.ui.app", "--smoke-test", "--open", "Smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["opened"] is True and report["usable_after_s"] > 0
    missing = subprocess.run(
        [sys.executable, "-m", "trainerkit.ui.app", "--smoke-test", "--open", "Nope"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert missing.returncode == 1


def test_gui_with_an_unusable_data_folder_says_so_without_a_traceback(tmp_path: Path) -> None:
    # TRAINERKIT_HOME naming a file (or a portable copy whose folder cannot be used): the language chosen
    # in the data folder is read before the window, and must not end the app with a traceback
    home = tmp_path / "not-a-folder"
    home.write_text("x", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRAINERKIT_HOME": str(home)}
    env.pop("TRAINERKIT_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "trainerkit.ui.app", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "is a file, not a folder" in result.stderr


# ---- the portable app on a stick (a fake build) --------------------------------------------------------
def fake_build(root: Path, kind: str = "linux") -> Path:
    app = root / "TrainerKit"
    (app / "_internal").mkdir(parents=True)
    exe = app / ("TrainerKit.exe" if kind == "windows" else "TrainerKit")
    exe.write_bytes(b"\x7fELF" + b"\0" * 200)
    exe.chmod(0o755)
    (app / "_internal" / "lib.so").write_bytes(b"\1" * 100)
    return app


def test_resolve_app_unpacks_an_archive_once(tmp_path: Path) -> None:
    app = fake_build(tmp_path / "build")
    archive = tmp_path / "TrainerKit-0.1.0-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(app, arcname="TrainerKit")
    found = portable.resolve_app(archive)
    assert found.name == "TrainerKit" and (found / "TrainerKit").is_file()
    assert os.stat(found / "TrainerKit").st_mode & stat.S_IXUSR
    assert portable.resolve_app(archive) == found
    assert portable.resolve_app(tmp_path / "build") == app
    assert portable.app_kind(app) == "linux"
    with pytest.raises(Exception, match="not a TrainerKit build"):
        portable.resolve_app(tmp_path)


def test_resolve_app_refuses_an_archive_escaping_its_folder(tmp_path: Path) -> None:
    evil = tmp_path / "evil.tar.gz"
    payload = tmp_path / "x.txt"
    payload.write_text("x")
    with tarfile.open(evil, "w:gz") as tf:
        tf.add(payload, arcname="../outside.txt")
    with pytest.raises(Exception, match="outside its folder"):
        portable.resolve_app(evil)


def test_app_files_add_the_marker_and_skip_the_apps_own_data(tmp_path: Path) -> None:
    app = fake_build(tmp_path)
    (app / "TrainerKit-data").mkdir()
    (app / "TrainerKit-data" / "trainerkit.sqlite3").write_text("someone's data")
    (app / "portable").write_text("")
    (app / "unins000.exe").write_bytes(b"MZ")  # left by the Windows installer: not for the stick
    marker = tmp_path / "marker"
    files = dict(portable.app_files(app, marker))
    assert files["portable"] == marker and "portable" in marker.read_text()
    assert "TrainerKit" in files and "_internal/lib.so" in files
    assert not [rel for rel in files if "TrainerKit-data" in rel or "unins" in rel]


def test_start_instructions_per_system(tmp_path: Path) -> None:
    assert "App\\TrainerKit.exe" in portable.start_instructions(fake_build(tmp_path / "w", "windows"))
    assert "App/TrainerKit" in portable.start_instructions(fake_build(tmp_path / "l"))
    mac = tmp_path / "TrainerKit.app" / "Contents" / "MacOS"
    mac.mkdir(parents=True)
    (mac / "TrainerKit").write_bytes(b"\xcf\xfa\xed\xfe")
    assert portable.app_kind(mac.parent.parent) == "macos"
    assert "TrainerKit.app" in portable.start_instructions(mac.parent.parent)


def test_with_app_fails_plainly_without_a_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(portable.BUILD_ENV, str(tmp_path / "no-build"))
    runner = CliRunner()
    assert runner.invoke(cli, ["course", "create", "Venue", "--country", "KE"]).exit_code == 0
    result = runner.invoke(cli, ["usb", "pack", "Venue", str(tmp_path), "--with-app"])
    assert result.exit_code != 0
    message = str(result.exception)  # main() prints it as one line on stderr
    assert "no build of TrainerKit" in message and "dev.py build" in message
    both = runner.invoke(cli, ["usb", "pack", "Venue", str(tmp_path), "--with-app", "--no-app"])
    assert both.exit_code == 2


def test_a_checkout_build_goes_on_a_stick_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(portable.BUILD_ENV, raising=False)
    monkeypatch.setattr(portable, "package_root", lambda: tmp_path / "src")
    (tmp_path / "src").mkdir()
    build = fake_build(tmp_path / "dist")
    assert portable.find_app_build() is None, "packing from a checkout does not add dist/ unasked"
    assert portable.find_app_build(include_checkout=True) == build


def test_icu_data_is_trimmed_to_what_qt_reads(tmp_path: Path) -> None:
    import shutil

    if not all(shutil.which(t) for t in ("icupkg", "genccode", "gcc", "nm")):
        pytest.skip("trimming ICU data needs icupkg and genccode (Debian: icu-devtools) and gcc")
    from PySide6.QtCore import QLibraryInfo

    lib_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    libraries = sorted(lib_dir.glob("libicudata.so.*"))
    if not libraries:
        pytest.skip(f"this PySide6 has no libicudata in {lib_dir}")
    trimmed = qt_prune.trim_icu_data(str(libraries[0]), str(tmp_path))
    assert trimmed is not None
    assert Path(trimmed).stat().st_size < 0.7 * libraries[0].stat().st_size
    symbols = subprocess.run(["nm", "-D", trimmed], capture_output=True, text=True, check=True).stdout
    assert re.search(r" R icudt\d+_dat$", symbols, re.M), "the data symbol libicuuc links against is there"
    removed = (tmp_path / "remove.txt").read_text(encoding="utf-8").split()
    assert removed and all(item.split("/")[0] in qt_prune.ICU_DENIED_TREES or item.endswith(".cnv") for item in removed)
    assert not any(item.startswith(("coll/", "brkitr/")) for item in removed), "collation and line breaking stay"
    converters = [item for item in removed if item.endswith(".cnv")]
    assert "gb18030.cnv" in converters and "ibm-943_P15A-2003.cnv" in converters, "multi-byte converters go"
    kept = {"ibm-5348_P100-1997.cnv", "ibm-5346_P100-1998.cnv", "ibm-912_P100-1995.cnv", "cnvalias.icu"}
    assert not kept & set(removed), "windows-1252/1250, ISO 8859-2 and the alias table stay"


def test_icu_trimming_selects_trees_and_large_converters() -> None:
    listing = ["coll/fr.res", "zone/fr.res", "translit/root.res", "gb18030.cnv", "ibm-5348_P100-1997.cnv",
               "cnvalias.icu", "fr.res", "brkitr/line.brk"]  # fmt: skip
    sizes = {"gb18030.cnv": 232_816, "ibm-5348_P100-1997.cnv": 3_000}
    assert qt_prune.icu_items_to_drop(listing, sizes) == ["zone/fr.res", "translit/root.res", "gb18030.cnv"]


def test_the_app_names_no_encoding_to_qt() -> None:
    """Qt opens ICU's converters only for an encoding asked for by name; the large ones are pruned."""
    named = re.compile(r"QStringConverter|QStringDecoder|QStringEncoder|QTextCodec|encodingForName")
    for path in (REPO / "src" / "trainerkit").rglob("*.py"):
        assert not named.search(path.read_text(encoding="utf-8")), path
