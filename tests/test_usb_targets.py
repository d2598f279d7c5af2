"""Drives to write to: a stick shows with its label, free space and file system, and its limits."""

from __future__ import annotations

import json
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.package import targets as targets_module
from trainerkit.package.layout import UniqueNames, package_folder_name
from trainerkit.package.targets import FAT32_MAX_FILE, describe_target, limits_for, list_targets

Part = namedtuple("Part", "device mountpoint fstype opts")


def test_a_usb_stick_is_listed_with_its_label_space_and_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "TRAINING"
    stick.mkdir(parents=True)
    parts = [
        Part("/dev/vda1", "/", "ext4", "rw,relatime"),
        Part("proc", "/proc", "proc", "rw"),
        Part("/dev/sdz1", str(stick), "vfat", "rw,nosuid"),
    ]
    monkeypatch.setattr(targets_module.psutil, "disk_partitions", lambda all=False: parts)
    monkeypatch.setattr(targets_module, "_is_removable", lambda device, mount, opts: device == "/dev/sdz1")
    found = list_targets()
    assert [t.path for t in found] == [stick]
    stick_target = found[0]
    assert stick_target.label == "TRAINING"
    assert stick_target.limits.name == "FAT32" and stick_target.limits.max_file_size == FAT32_MAX_FILE
    assert stick_target.free == shutil.disk_usage(stick).free
    assert [t.path for t in list_targets(include_fixed=True)] == [stick, Path("/")]

    result = CliRunner().invoke(cli, ["usb", "targets", "--json"], catch_exceptions=False)
    data = json.loads(result.stdout)
    assert data[0]["label"] == "TRAINING" and data[0]["filesystem"] == "FAT32" and data[0]["removable"]


def test_any_folder_can_be_a_target(tmp_path: Path) -> None:
    target = describe_target(tmp_path)
    assert target.path == tmp_path.resolve()
    assert target.free > 0 and target.fstype


def test_file_system_limits() -> None:
    fat = limits_for("vfat")
    assert fat.name_problem("Session 01.pptx") is None
    assert fat.name_problem("a:b") is not None
    assert fat.name_problem("x" * 256) is not None
    assert fat.case_insensitive
    assert limits_for("ext4").name_problem("a:b") is None
    assert limits_for("exfat").max_file_size is None


def test_names_are_safe_and_unique_without_regard_to_case() -> None:
    names = UniqueNames()
    assert names.claim("Handouts", "Case study: Samir?.docx") == "Case study Samir.docx"
    assert names.claim("Handouts", "case study samir.docx") == "case study samir (2).docx"
    assert names.claim("Slides", "Case study Samir.docx") == "Case study Samir.docx", "another folder"
    assert package_folder_name("kenya/2025", "Côte d'Ivoire", "2025-06-03") == (
        "TrainerKit - kenya 2025 - Côte d'Ivoire - 2025-06-03"
    )
