"""What the frozen build leaves out of Qt: a deny-list, used by ``trainerkit.spec`` and checked by the tests.

TrainerKit uses QtCore, QtGui and QtWidgets (PySide6-Essentials). PyInstaller's Qt hooks already collect
only the imported modules with their plugins; what they add beyond that and the app never uses is pruned
here. ``tests/test_frozen_build.py`` checks, without building, that no module the app imports is denied,
and on the frozen build that its self-check (which imports every TrainerKit module) passes and that no
denied module or plugin was loaded or shipped.

Only the standard library: the spec imports this before anything else.
"""

from __future__ import annotations

import fnmatch
import re

#: Python modules never bundled (``Analysis(excludes=...)``): other Qt bindings, Qt modules TrainerKit does
#: not use, and heavy standard-library parts nothing imports at run time.
EXCLUDED_MODULES = [
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtXml",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    "readline",
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "lib2to3",
    "IPython",
    "matplotlib",
    "numpy",
    "pytest",
    "mypy",
    "ruff",
    # packaging tools (1.7 MB, and PyInstaller's start-up hook for pkg_resources): Babel's setuptools
    # commands pull them in; TrainerKit reads entry points with importlib.metadata
    "setuptools",
    "pkg_resources",
    "distutils",
]

#: Standard-library modules left out although something imports them, because every importer copes with
#: their absence (``try: import ssl except ImportError``): TLS and OpenSSL's hashes (with libssl and
#: libcrypto, 6 MB). TrainerKit never opens a network connection, and ``hashlib`` falls back to its
#: built-in SHA-1, SHA-2, SHA-3, MD5 and BLAKE2. ``tests/test_installer.py`` runs the self-check (which
#: computes every hash the app uses) with these blocked, and the frozen build's self-check runs without them.
OPTIONAL_MODULES = ["ssl", "_ssl", "_hashlib"]

#: Packages of which only some subpackages are forced into the build (PyInstaller's ``collect_all`` adds
#: every submodule as a hidden import); the analysis still follows the static imports of what is kept and
#: of the app. fontTools: TrainerKit only reads fonts' character maps (``export.glyphs``), and ``TTFont``
#: imports its table modules by name (``fontTools.ttLib.tables._c_m_a_p`` ...), so those are forced; the
#: font compilers, subsetter, variation, UFO and designspace tools are left out. The frozen build's
#: self-check reads the bundled fonts' character maps.
#: translate-toolkit: TrainerKit reads and writes PO and XLIFF 2.0 (``translate.storage``), whose language
#: and helper modules are forced in too (``translate.lang.factory`` imports languages by name); the format
#: converters, command-line tools and search are left out. The self-check writes and reads both formats.
ONLY_SUBMODULES = {
    "fontTools": ("fontTools.ttLib.tables",),
    "translate": ("translate.storage", "translate.lang", "translate.misc"),
}

#: Qt module names (as in ``PySide6.<name>``) on the deny-list: the test checks the app imports none.
DENIED_QT_MODULES = sorted(m.split(".", 1)[1] for m in EXCLUDED_MODULES if m.startswith("PySide6."))

#: Glob patterns (matched against the file's bundle path, ``/``-separated, case-insensitive) of Qt files
#: removed from the build: libraries of unused modules, plugins for network, printing, SQL, QML, input
#: methods and Wayland compositors, and Qt's own translations other than qtbase (the widgets' strings).
DENIED_FILES = [
    # libraries of Qt modules TrainerKit does not use (pulled in as plugin dependencies)
    "*/Qt6Network*",
    "*/libQt6Network*",
    "*/Qt6Qml*",
    "*/libQt6Qml*",
    "*/Qt6Quick*",
    "*/libQt6Quick*",
    "*/Qt6Pdf*",
    "*/libQt6Pdf*",
    "*/Qt6Designer*",
    "*/libQt6Designer*",
    "*/libQt6WaylandCompositor*",
    "*/libQt6WaylandEglCompositor*",
    "*/libQt6EglFSDeviceIntegration*",
    "*/libQt6EglFsKmsSupport*",
    "*/Qt6OpenGLWidgets*",
    "*/libQt6OpenGLWidgets*",
    "*/opengl32sw.dll",
    # plugins the app never loads
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    "*/plugins/printsupport/*",
    "*/plugins/sqldrivers/*",
    "*/plugins/qmltooling/*",
    "*/plugins/designer/*",
    "*/plugins/generic/*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/wayland-graphics-integration-server/*",
    "*/plugins/platformthemes/libqgtk3*",  # GTK 3 and its 15 MB of libraries; Qt's own dialogs are used
    "*/plugins/platforms/libqeglfs*",
    "*/plugins/platforms/libqlinuxfb*",
    "*/plugins/platforms/libqminimalegl*",
    "*/plugins/platforms/libqvnc*",
    "*/plugins/platforms/libqvkkhrdisplay*",
    "*/plugins/imageformats/*qpdf*",
    "*/plugins/imageformats/*qtga*",
    "*/plugins/imageformats/*qwbmp*",
    "*/plugins/imageformats/*qtiff*",
    "*/plugins/imageformats/*qwebp*",
    "*/plugins/imageformats/*qicns*",
    "*/plugins/imageformats/*qmacheif*",
    "*/plugins/imageformats/*qmacjp2*",
    # Qt's translations: only qtbase_*.qm (standard buttons and dialogs) is kept
    "*/translations/assistant_*",
    "*/translations/designer_*",
    "*/translations/linguist_*",
    "*/translations/qt_help_*",
    "*/translations/qtconnectivity_*",
    "*/translations/qtdeclarative_*",
    "*/translations/qtlocation_*",
    "*/translations/qtmultimedia_*",
    "*/translations/qtserialport_*",
    "*/translations/qtwebengine_*",
    "*/translations/qtwebsockets_*",
    # other packages' data TrainerKit never reads: pycountry's translated country names (22 MB; the app
    # uses the English ISO 3166 names; tests/test_frozen_build.py fails if the source starts using them)
    "*/pycountry/locales/*",
    # pycountry's databases other than ISO 3166-1 (countries) and ISO 639-3 (languages), the two the app
    # reads (trainerkit.countries, trainerkit.translate.language): subdivisions, historic countries,
    # scripts, currencies, language families
    "*/pycountry/databases/iso3166-2.json",
    "*/pycountry/databases/iso3166-3.json",
    "*/pycountry/databases/iso15924.json",
    "*/pycountry/databases/iso4217.json",
    "*/pycountry/databases/iso639-5.json",
    # Pillow's colour management (with LittleCMS), Tk, ImageMath and ImageMorph extensions: not imported
    "*/PIL/_imagingcms*",
    "*/pillow.libs/liblcms2*",
    "*/PIL/_imagingtk*",
    "*/PIL/_imagingmath*",
    "*/PIL/_imagingmorph*",
    # Pillow's optional AVIF and WebP codecs (5 MB): pictures are PNG, JPEG or GIF (examples.pictures)
    "*/PIL/_avif*",
    "*/pillow.libs/libavif*",
    "*/PIL/_webp*",
    "*/pillow.libs/libwebp*",
    "*/pillow.libs/libsharpyuv*",
    # lxml's objectify, html and isoschematron (4 MB), which nothing imports
    "*/lxml/objectify*",
    "*/lxml/html/*",
    "*/lxml/isoschematron/*",
]

#: Qt's own translations (``qtbase_<lang>.qm``, ``qt_<lang>.qm``) are kept for the UN's official languages
#: only: the course is given in them, and each language costs ~200 KB.
KEPT_QT_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh_cn")

#: Babel's CLDR locale data (``babel/locale-data/<locale>.dat``, 35 MB for ~1,100 locales) is kept for the
#: languages TrainerKit formats dates, numbers and language names in (``trainerkit.messages``: English and
#: ``LANGUAGES``), with all their regional variants (``fr_CA``, ``es_419``, ``ar_EG`` ...: their parents
#: share the prefix) and ``root``, which every locale inherits from: 1.8 MB. A course in another language
#: gets English dates (``messages.babel_locale``); names of other languages come from the kept locales'
#: tables (``messages.language_display``).
KEPT_BABEL_LANGUAGES = ("en", "fr", "es", "ar")

_DENIED = re.compile("|".join(fnmatch.translate(p.lower()) for p in DENIED_FILES))
_QT_TRANSLATION = re.compile(r".*/translations/qt(?:base)?_([a-z]{2}(?:_[a-z]{2})?)\.qm$")
_BABEL_LOCALE = re.compile(r".*/babel/locale-data/([a-z]+)(?:_[a-z0-9_]+)?\.dat$")


def is_denied(dest: str) -> bool:
    """True when a file with this bundle path (e.g. ``PySide6/Qt/plugins/tls/libqopensslbackend.so``) is
    pruned."""
    path = "/" + dest.replace("\\", "/").lower().lstrip("/")
    translation = _QT_TRANSLATION.match(path)
    if translation and "pyside6/" in path:
        return translation.group(1) not in KEPT_QT_LANGUAGES
    babel = _BABEL_LOCALE.match(path)
    if babel:
        return babel.group(1) not in (*KEPT_BABEL_LANGUAGES, "root")
    return _DENIED.match(path) is not None


def prune(toc: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Split a PyInstaller TOC (``(dest, source, kind)`` entries) into the kept entries and the pruned
    destinations."""
    kept, pruned = [], []
    for entry in toc:
        if is_denied(entry[0]):
            pruned.append(entry[0])
        else:
            kept.append(entry)
    return kept, pruned


def _is_root(dest: str) -> bool:
    """Binaries loaded by Python or Qt themselves (extension modules, plugins, libpython), as opposed to
    the shared libraries they link."""
    name = dest.rsplit("/", 1)[-1]
    return (
        ".cpython-" in name
        or ".abi3." in name
        or name.endswith(".pyd")
        or "/plugins/" in dest
        or name.startswith("libpython")
    )


def drop_orphans(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Linux: drop the shared libraries that no kept binary needs any more once pruned plugins and
    modules are gone (GTK 3 and its friends, Kerberos, libavif ...). Roots are the Python extension
    modules, Qt plugins and libpython (which the bootloader loads); ``ldd`` gives their whole closure,
    matched by file name. Elsewhere the list is returned unchanged."""
    import sys

    if not sys.platform.startswith("linux"):
        return binaries, []
    from PyInstaller.depend import bindepend

    needed: set[str] = set()
    for dest, source, kind in binaries:
        if kind != "SYMLINK" and _is_root(dest.replace("\\", "/")):
            needed.update(name.rsplit("/", 1)[-1] for name, _path in bindepend.get_imports(source))
    kept, dropped = [], []
    for entry in binaries:
        dest = entry[0].replace("\\", "/")
        if _is_root(dest) or dest.rsplit("/", 1)[-1] in needed:
            kept.append(entry)
        else:
            dropped.append(entry[0])
    return kept, sorted(dropped)


def drop_dangling_links(
    toc: list[tuple[str, str, str]], *, into_subfolders: bool = False
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop the symbolic links PyInstaller made to files that were pruned (``SYMLINK`` entries hold the
    link's target relative to the link's folder). With ``into_subfolders`` also the links at the top of
    the bundle to libraries in sub-folders (``libQt6Core.so.6 -> PySide6/Qt/lib/...``): on Linux every
    library finds those through its RUNPATH, and a stick (FAT, exFAT) has no links, so each would become
    a second copy (79 MB) in a package's App/ folder. The frozen build test runs the app without them."""
    import posixpath

    dests = {entry[0].replace("\\", "/") for entry in toc if entry[2] != "SYMLINK"}
    kept, dropped = [], []
    for entry in toc:
        dest = entry[0].replace("\\", "/")
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), entry[1].replace("\\", "/")))
            if target not in dests or (into_subfolders and "/" in target and "/" not in dest):
                dropped.append(entry[0])
                continue
        kept.append(entry)
    return kept, dropped


#: Trees of ICU's data (``libicudata``, 31 MB, linked by QtCore) that Qt never reads: QLocale formats
#: numbers, dates, currencies and names from Qt's own CLDR tables, so ICU's unit, currency, language,
#: region and time-zone display names, transliterators and spelled-out number rules go. Kept: locale
#: basics (``*.res``), collation (QCollator), break iterators (text layout), single-byte converters
#: (QStringConverter; see ``ICU_MAX_CONVERTER``) and normalisation. Trimmed only where ``icupkg``, ``genccode`` (Debian: icu-devtools) and a C compiler
#: are found; otherwise the build keeps the full file.
ICU_DENIED_TREES = ("unit", "curr", "lang", "region", "translit", "rbnf", "zone")

#: ICU's converters larger than this (bytes) are left out too: the multi-byte tables for Chinese, Japanese,
#: Korean and EBCDIC double-byte encodings (``gb18030.cnv``, ``ibm-943_P15A-2003.cnv`` ..., 4.6 MB), which
#: Qt would only open for a ``QStringConverter`` asked for such an encoding by name (TrainerKit reads and
#: writes UTF-8; tests/test_installer.py checks it names no encoding to Qt). The single-byte ones (Windows
#: and ISO 8859 code pages, 2-4 KB each), the algorithmic ones (UTF-*, Latin-1: in ICU's code) and the alias
#: table stay, as does ``unames.icu`` (character names) which is small enough not to matter.
ICU_MAX_CONVERTER = 16_000


def icu_items_to_drop(listing: list[str], sizes: dict[str, int]) -> list[str]:
    """Which items of ICU's data package (``icupkg -l``) the trimmed copy leaves out: the
    ``ICU_DENIED_TREES`` and the converters (``*.cnv``) over ``ICU_MAX_CONVERTER`` bytes (``sizes``: item
    -> bytes, for the converters)."""
    drop = []
    for item in listing:
        if "/" in item and item.split("/", 1)[0] in ICU_DENIED_TREES:
            drop.append(item)
        elif item.endswith(".cnv") and sizes.get(item, 0) > ICU_MAX_CONVERTER:
            drop.append(item)
    return drop


def trim_icu_data(library: str, work: str) -> str | None:
    """A copy of ``libicudata.so.NN`` without ``icu_items_to_drop`` (``ICU_DENIED_TREES``, large
    converters), built in ``work``; its path, or None
    when the tools are missing or anything fails (the caller then keeps the original)."""
    import os
    import re as _re
    import shutil
    import subprocess

    tools = {name: shutil.which(name) for name in ("icupkg", "genccode", "gcc", "nm")}
    if not all(tools.values()):
        print(f"[qt_prune] ICU data not trimmed: missing {', '.join(k for k, v in tools.items() if not v)}")
        return None
    match = _re.search(r"libicudata\.so\.(\d+)", os.path.basename(library))
    if not match:
        return None
    version = match.group(1)
    name = f"icudt{version}l"
    os.makedirs(work, exist_ok=True)
    try:
        symbols = subprocess.run(["nm", "-D", "-S", library], capture_output=True, text=True, check=True).stdout
        found = _re.search(rf"^([0-9a-f]+) ([0-9a-f]+) R icudt{version}_dat$", symbols, _re.M)
        sections = subprocess.run(["readelf", "-SW", library], capture_output=True, text=True, check=True).stdout
        if not found:
            return None
        address, size = int(found.group(1), 16), int(found.group(2), 16)
        offset = None
        for line in sections.splitlines():
            cols = line.replace("[ ", "[").split()
            if len(cols) > 5 and cols[2] == "PROGBITS":
                start, off, length = int(cols[3], 16), int(cols[4], 16), int(cols[5], 16)
                if start <= address < start + length:
                    offset = off + address - start
        if offset is None:
            return None
        with open(library, "rb") as f:
            f.seek(offset)
            data = f.read(size)
        full = os.path.join(work, "full", f"{name}.dat")
        trimmed = os.path.join(work, "trimmed", f"{name}.dat")
        for path in (full, trimmed):
            os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        listing = subprocess.run(["icupkg", "-l", full], capture_output=True, text=True, check=True).stdout
        items = listing.split()
        converters = [item for item in items if item.endswith(".cnv") and "/" not in item]
        extracted = os.path.join(work, "converters")
        shutil.rmtree(extracted, ignore_errors=True)
        os.makedirs(extracted)
        wanted = os.path.join(work, "converters.txt")
        with open(wanted, "w", encoding="utf-8") as f:
            f.write("\n".join(converters) + "\n")
        subprocess.run(["icupkg", "-x", wanted, "-d", extracted, full], capture_output=True, check=True)
        sizes = {item: os.path.getsize(os.path.join(extracted, item)) for item in converters}
        drop = icu_items_to_drop(items, sizes)
        removal = os.path.join(work, "remove.txt")
        for _attempt in range(5):  # items that extend a dropped one (windows-936 on ibm-1386) go with it
            with open(removal, "w", encoding="utf-8") as f:
                f.write("\n".join(drop) + "\n")
            run = subprocess.run(["icupkg", "-r", removal, full, trimmed], capture_output=True, text=True)
            dependents = _re.findall(r"Item (\S+) depends on missing item", run.stdout + run.stderr)
            if run.returncode == 0 or not dependents:
                break
            drop += sorted(set(dependents) - set(drop))
        if run.returncode != 0:
            raise subprocess.CalledProcessError(run.returncode, run.args, run.stdout, run.stderr)
        source_dir = os.path.join(work, "asm")
        shutil.rmtree(source_dir, ignore_errors=True)
        os.makedirs(source_dir)
        command = ["genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", source_dir, trimmed]
        subprocess.run(command, capture_output=True, check=True)
        assembly = [os.path.join(source_dir, n) for n in os.listdir(source_dir) if n.endswith(".S")]
        out = os.path.join(work, os.path.basename(library))
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-o", out, f"-Wl,-soname,libicudata.so.{version}", *assembly],
            capture_output=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError, ValueError) as exc:
        print(f"[qt_prune] ICU data not trimmed: {exc}")
        return None
    after = os.path.getsize(out) / 1e6
    print(f"[qt_prune] ICU data trimmed: {len(drop)} items left out, {size / 1e6:.1f} -> {after:.1f} MB")
    return out
