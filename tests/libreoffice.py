"""LibreOffice as a test-time checker: convert a file headless, with its own profile and a timeout.

LibreOffice is never a run-time dependency of TrainerKit. Tests that need it are marked
``@pytest.mark.libreoffice`` and skip with a visible reason when ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, fmt: str, outdir: Path, timeout: float = 180, filter_options: str = "") -> Path:
    """Convert ``source`` to ``fmt`` (e.g. "pdf") in ``outdir``; return the output path or fail the test."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    target = fmt + (f":{filter_options}" if filter_options else "")
    with tempfile.TemporaryDirectory(prefix="tk-lo-profile-") as profile:
        result = subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    out = outdir / (source.stem + "." + fmt.split(":")[0])
    assert out.is_file(), f"LibreOffice did not convert {source.name}: {result.stdout} {result.stderr}"
    return out
