"""Course bundles (``.tkcourse``): one file that carries a trainer's course to another computer.

A bundle is a zip holding ``manifest.json`` (format name and version, and the size and SHA-256 of every
other member), ``course.json`` (the course: name, base course and edition, initial profile, the whole
change log and its undo position), ``examples.json`` (the trainer's own examples the course uses, or all
of them) and ``files/<sha256>.<ext>`` (the pictures and the decks slides were imported from).

By job, one module each:

* ``format``: member names, kinds of file, the one error a refused bundle raises;
* ``zipsafe``: the central directory checked before any member is read (names, sizes per kind, ratios,
  links, encryption), capped reading, deterministic writing;
* ``changes``: the change log replayed against the course, as strictly as the app checks a change;
* ``validate``: manifest, course (edition, profile), examples and carried files;
* ``read``: ``read_bundle``, every check in order, nothing written;
* ``export``: ``export_bundle`` (only files kept in the store are ever carried);
* ``importer``: ``import_bundle`` through ``trainerkit.store.bundles``, all or nothing.

Never imports Qt.
"""

from __future__ import annotations

import os  # noqa: F401  (tests simulate a failing disk through ``bundle.os``)

from trainerkit.bundle.export import bundle_members, export_bundle, record_file_refs
from trainerkit.bundle.format import FORMAT, FORMAT_VERSION, SUFFIX
from trainerkit.bundle.importer import CourseExistsError, ImportReport, import_bundle
from trainerkit.bundle.read import Bundle, read_bundle
from trainerkit.bundle.zipsafe import write_deterministic_zip

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "SUFFIX",
    "Bundle",
    "CourseExistsError",
    "ImportReport",
    "bundle_members",
    "export_bundle",
    "import_bundle",
    "read_bundle",
    "record_file_refs",
    "write_deterministic_zip",
]
