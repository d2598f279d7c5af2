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
]

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

_DENIED = re.compile("|".join(fnmatch.translate(p.lower()) for p in DENIED_FILES))
_QT_TRANSLATION = re.compile(r".*/translations/qt(?:base)?_([a-z]{2}(?:_[a-z]{2})?)\.qm$")


def is_denied(dest: str) -> bool:
    """True when a file with this bundle path (e.g. ``PySide6/Qt/plugins/tls/libqopensslbackend.so``) is
    pruned."""
    path = "/" + dest.replace("\\", "/").lower().lstrip("/")
    translation = _QT_TRANSLATION.match(path)
    if translation and "pyside6/" in path:
        return translation.group(1) not in KEPT_QT_LANGUAGES
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
