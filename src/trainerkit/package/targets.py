"""Where a package can be written: removable drives (USB sticks, SD cards) and any folder, with their limits.

``list_targets()`` asks psutil for mounted file systems and marks the removable ones (Linux: the block
device's ``removable`` flag or a USB bus path; Windows: the ``removable`` mount option; macOS: volumes under
``/Volumes``). ``describe_target(path)`` does the same for any folder: the file system that holds it, its
label, free space and ``FsLimits`` (FAT32 cannot hold a file of 4 GiB or more; FAT, exFAT and NTFS refuse
``<>:"/\\|?*`` and compare names without case).

It must never write anything, and never import Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psutil

from trainerkit.filenames import WINDOWS_FORBIDDEN, NameRules, name_problem

FAT32_MAX_FILE = 4 * 1024**3 - 1

#: File systems that only exist in memory or describe the system itself: never offered as targets.
_PSEUDO = {
    "proc",
    "sysfs",
    "devtmpfs",
    "devpts",
    "cgroup",
    "cgroup2",
    "securityfs",
    "pstore",
    "debugfs",
    "tracefs",
    "configfs",
    "fusectl",
    "mqueue",
    "hugetlbfs",
    "bpf",
    "autofs",
    "binfmt_misc",
    "squashfs",
    "overlay",
    "nsfs",
    "rpc_pipefs",
    "efivarfs",
    "ramfs",
}
_SYSTEM_MOUNTS = ("/boot", "/snap", "/var/lib", "/run/user", "/sys", "/proc", "/dev")


@dataclass(frozen=True)
class FsLimits:
    """What a file system refuses: used before writing, so a package never fails half-way on a name."""

    name: str
    max_file_size: int | None
    max_name_length: int
    forbidden: str
    case_insensitive: bool
    #: How the file system counts ``max_name_length``: "bytes" (UTF-8: ext4, APFS) or "utf16" (FAT32,
    #: exFAT, NTFS).
    name_units: str = "bytes"

    @property
    def rules(self) -> NameRules:
        """These limits as ``trainerkit.filenames.NameRules``."""
        return NameRules(
            max_bytes=self.max_name_length if self.name_units == "bytes" else None,
            max_utf16=self.max_name_length if self.name_units == "utf16" else None,
            windows=self.forbidden == WINDOWS_FORBIDDEN,
            case_insensitive=self.case_insensitive,
        )

    def name_problem(self, name: str) -> str | None:
        """Why ``name`` cannot be written here (measured as this file system measures), or None."""
        bad = sorted({c for c in name if c in self.forbidden and c not in WINDOWS_FORBIDDEN})
        if bad:
            return f"contains {' '.join(repr(c) for c in bad)}"
        return name_problem(name, self.rules)


def limits_for(fstype: str) -> FsLimits:
    fs = fstype.lower()
    if fs in ("vfat", "msdos", "fat", "fat16", "fat32", "umsdos"):
        return FsLimits("FAT32", FAT32_MAX_FILE, 255, WINDOWS_FORBIDDEN, True, "utf16")
    if fs in ("exfat",):
        return FsLimits("exFAT", None, 255, WINDOWS_FORBIDDEN, True, "utf16")
    if fs in ("ntfs", "ntfs3", "fuseblk", "ntfs-3g"):
        return FsLimits("NTFS", None, 255, WINDOWS_FORBIDDEN, True, "utf16")
    if fs in ("apfs", "hfs", "hfsplus"):
        return FsLimits(fstype, None, 255, "/:", True)
    return FsLimits(fstype or "unknown", None, 255, "/", False)


@dataclass(frozen=True)
class Target:
    """A place to write a package: a drive's mount point or a folder on it."""

    path: Path
    label: str
    fstype: str
    free: int
    total: int
    removable: bool
    device: str

    @property
    def limits(self) -> FsLimits:
        return limits_for(self.fstype)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["filesystem"] = self.limits.name
        data["max_file_size"] = self.limits.max_file_size
        return data

    def describe(self) -> str:
        kind = "removable" if self.removable else "fixed"
        return (
            f"{self.path}  {self.label or '(no label)'}  {self.limits.name}  "
            f"{human_size(self.free)} free of {human_size(self.total)}  ({kind})"
        )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"  # pragma: no cover


def _linux_block_name(device: str) -> str | None:
    """``/dev/sdb1`` -> ``sdb``; ``/dev/mmcblk0p1`` -> ``mmcblk0``; None for non-block devices."""
    if not device.startswith("/dev/"):
        return None
    try:
        real = Path(os.path.realpath(device)).name
    except OSError:
        return None
    sys_class = Path("/sys/class/block") / real
    if not sys_class.exists():
        return None
    if (sys_class / "partition").exists():
        return Path(os.path.realpath(sys_class)).parent.name
    return real


def _is_removable(device: str, mountpoint: str, opts: str) -> bool:
    if sys.platform == "win32":
        return "removable" in opts.split(",")
    if sys.platform == "darwin":
        return mountpoint.startswith("/Volumes/")
    block = _linux_block_name(device)
    if block:
        base = Path("/sys/block") / block
        try:
            if (base / "removable").read_text().strip() == "1":
                return True
            if "/usb" in os.path.realpath(base):
                return True
        except OSError:
            pass
    return mountpoint.startswith(("/media/", "/run/media/", "/mnt/"))


def _linux_labels() -> dict[str, str]:
    folder = Path("/dev/disk/by-label")
    labels: dict[str, str] = {}
    try:
        for link in folder.iterdir():
            labels[os.path.realpath(link)] = link.name.replace("\\x20", " ")
    except OSError:
        pass
    return labels


def _windows_label(mountpoint: str) -> str:
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(261)
        ok = ctypes.windll.kernel32.GetVolumeInformationW(  # type: ignore[attr-defined]
            ctypes.c_wchar_p(mountpoint), buffer, 261, None, None, None, None, 0
        )
        return buffer.value if ok else ""
    except (OSError, AttributeError, ValueError):
        return ""


def _label(device: str, mountpoint: str, labels: dict[str, str]) -> str:
    if sys.platform == "win32":
        return _windows_label(mountpoint)
    if device.startswith("/dev/"):
        found = labels.get(os.path.realpath(device))
        if found:
            return found
    name = Path(mountpoint).name
    return name if mountpoint not in ("/", "") else ""


def _target(part: Any, labels: dict[str, str], path: Path | None = None) -> Target | None:
    where = path or Path(part.mountpoint)
    try:
        usage = shutil.disk_usage(where)
    except OSError:
        return None
    return Target(
        path=where,
        label=_label(part.device, part.mountpoint, labels),
        fstype=part.fstype,
        free=usage.free,
        total=usage.total,
        removable=_is_removable(part.device, part.mountpoint, part.opts),
        device=part.device,
    )


def list_targets(include_fixed: bool = False) -> list[Target]:
    """Mounted drives a package can go to: removable ones first; fixed disks too when ``include_fixed``."""
    labels = _linux_labels() if sys.platform.startswith("linux") else {}
    targets = []
    seen: set[str] = set()
    for part in psutil.disk_partitions(all=False):
        if part.fstype in _PSEUDO or part.mountpoint in seen:
            continue
        if part.mountpoint != "/" and part.mountpoint.startswith(_SYSTEM_MOUNTS):
            continue
        if "cdrom" in part.opts or "ro" in part.opts.split(","):
            continue
        target = _target(part, labels)
        if target is None or not (target.removable or include_fixed):
            continue
        seen.add(part.mountpoint)
        targets.append(target)
    targets.sort(key=lambda t: (not t.removable, str(t.path)))
    return targets


def describe_target(path: Path) -> Target:
    """The drive that holds ``path`` (which must exist), described as a ``Target`` for that folder."""
    resolved = Path(os.path.realpath(path))
    best = None
    for part in psutil.disk_partitions(all=True):
        mount = part.mountpoint
        inside = str(resolved) == mount or str(resolved).startswith(mount.rstrip(os.sep) + os.sep)
        if inside and (best is None or len(mount) > len(best.mountpoint)):
            best = part
    labels = _linux_labels() if sys.platform.startswith("linux") else {}
    usage = shutil.disk_usage(resolved)
    if best is None:
        return Target(resolved, "", "", usage.free, usage.total, False, "")
    target = _target(best, labels, resolved)
    return target or Target(resolved, "", best.fstype, usage.free, usage.total, False, best.device)
