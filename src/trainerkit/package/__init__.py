"""Packing a course onto a USB stick for the venue, verified; and checking it there.

* ``targets``: removable drives and folders to write to, their free space and file system limits;
* ``layout``: what a package holds and where (staged on the local disk first);
* ``copy``: the trusted copy (temporary name, fsync, rename, read back, journal, resume);
* ``manifest``: MANIFEST.sha256 (sha256sum format) and ``verify_package``;
* ``preflight``: what a trainer would regret finding at the venue;
* ``pack``: ``pack_course``, the one call that does all of it.

Nothing here imports Qt.
"""

from __future__ import annotations

from trainerkit.package.copy import CopyHooks, PackInterrupted
from trainerkit.package.manifest import MANIFEST_NAME, VerifyReport, find_packages, verify_package
from trainerkit.package.pack import PackReport, pack_course
from trainerkit.package.preflight import Finding, PreflightReport, preflight
from trainerkit.package.targets import Target, describe_target, list_targets

__all__ = [
    "MANIFEST_NAME",
    "CopyHooks",
    "Finding",
    "PackInterrupted",
    "PackReport",
    "PreflightReport",
    "Target",
    "VerifyReport",
    "describe_target",
    "find_packages",
    "list_targets",
    "pack_course",
    "preflight",
    "verify_package",
]
