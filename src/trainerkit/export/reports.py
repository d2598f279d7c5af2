"""What an export of a pack says it made: files, problems, warnings and page counts. Its own module so
that the export cache can rebuild a report without importing the packs (no import cycle). Never imports Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class PackReport:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": [str(f) for f in self.files],
            "problems": self.problems,
            "warnings": self.warnings,
            "pages": self.pages,
        }
