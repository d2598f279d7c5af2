"""The examples library's data: what an entry is (``Example``), what a list is narrowed to (``Filters``),
the themes, kinds and field limits. No storage here. Never imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from trainerkit.countries import find_country
from trainerkit.errors import InvalidInputError

KINDS = ("example", "fact")
#: Themes of the bundled catalogue, with labels for pickers. A trainer may use others (lower-case words).
THEMES: dict[str, str] = {
    "advocacy": "Advocacy and awareness",
    "borders": "Borders",
    "children": "Children",
    "courts": "Courts and justice",
    "data": "Data and statistics",
    "detention": "Detention",
    "education": "Education",
    "health": "Health",
    "housing": "Housing",
    "labour": "Labour and decent work",
    "legislation": "Law and policy",
    "nhri": "National human rights institutions",
    "regional-mechanisms": "Regional mechanisms",
    "return": "Return and readmission",
    "smuggling": "Smuggling of migrants",
    "trafficking": "Trafficking in persons",
    "un-mechanisms": "UN human rights mechanisms",
    "women": "Women and gender",
    "xenophobia": "Xenophobia and discrimination",
    "other": "Other",
}
MY_PREFIX = "my-"
SETTING_VERSION = "examples.bundled_version"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
THEME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TITLE_MAX, SUMMARY_MAX, SOURCE_MAX, YEAR_MAX, ALT_MAX = 120, 1500, 300, 20, 250
SESSIONS = range(1, 8)


@dataclass(frozen=True)
class Example:
    """One fact or example. ``picture`` is the SHA-256 of a stored file (``trainerkit.store.files``) and
    ``picture_file`` its file name in the data dir's ``files/`` folder."""

    id: str
    kind: str
    title: str
    summary: str
    place: str = ""
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    sessions: tuple[int, ...] = ()
    year: str = ""
    source: str = ""
    source_ref: str = ""
    figure: str = ""
    picture: str | None = None
    picture_file: str | None = None
    picture_alt: str = ""
    origin: str = "bundled"
    created: str = ""
    updated: str = ""

    @property
    def mine(self) -> bool:
        return self.origin == "trainer"

    @property
    def place_label(self) -> str:
        """The place with country names instead of ISO codes: 'Global (Switzerland, United States)'."""

        def name(match: re.Match[str]) -> str:
            try:
                return find_country(match.group(0)).name if match.group(0) in self.countries else match.group(0)
            except InvalidInputError:
                return match.group(0)

        return re.sub(r"\b[A-Z]{2}\b", name, self.place)

    @property
    def citation(self) -> str:
        """The source as a reader cites it: the publication, then where in it ("OHCHR, ... A/HRC/31/80
        (2016), para. 20"). Entries drawn from two publications keep ``source`` and ``source_ref`` as
        lists joined by '; ' in the same order, and cite each with its own locator."""
        sources = [s.strip() for s in self.source.split("; ")]
        refs = [r.strip() for r in self.source_ref.split("; ")] if self.source_ref.strip() else []
        if len(sources) == len(refs) > 1:
            return "; ".join(f"{s}, {r}" for s, r in zip(sources, refs, strict=True))
        return f"{self.source.strip()}, {self.source_ref.strip()}" if refs else self.source.strip()

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("countries", "regions", "themes", "sessions"):
            data[key] = list(data[key])
        return data


@dataclass(frozen=True)
class Filters:
    """What a list or search is narrowed to; empty means no filter."""

    country: str | None = None
    region: str | None = None
    theme: str | None = None
    session: int | None = None
    kind: str | None = None
    mine: bool | None = None
    extra: dict[str, str] = field(default_factory=dict)
