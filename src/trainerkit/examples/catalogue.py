"""Convert the shared examples catalogue (Markdown tables) into ``resources/examples/*.yaml``. Run once.

    python -m trainerkit.examples.catalogue ../shared/examples-catalogue.md resources/examples

The catalogue is the researchers' seed list: a table of global facts and figures and a table of country
examples, each with a paraphrased summary and the source file and line it comes from. This converter keeps
every entry and its source reference as written; it adds only what we need to file an entry: ISO codes
read from the place column, the M49 regions of those codes, and, for the facts (which the catalogue does
not tag), the sessions and themes we file them under (``FACT_FILING``). It never adds a fact.

Then run ``python -m trainerkit.examples.citations ../shared/seeds resources/examples`` to turn the seed
references into publication citations. The output is committed; edit the YAML by hand afterwards, not
this script's output rules. Build-time only: never imports Qt.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from trainerkit.countries import GLOBAL, find_region, is_country_code, regions_of

#: The four source texts the catalogue cites, as a trainer would name them on a slide.
SOURCE_TITLES = {
    "001": "OHCHR training guide, Towards a Human Rights-Based Approach to Migration",
    "002": "OHCHR report A/HRC/31/80 on its migration activities 2010-2015",
    "003": "OHCHR brochure on migration and human rights, 2012-2013",
    "004": "IOM policy on the human rights of migrants",
}

#: Region labels in the catalogue's place column -> our region names (M49 or a grouping).
PLACE_REGIONS = {
    "global": [GLOBAL],
    "europe": ["Europe"],
    "europe (mediterranean)": ["Europe", "Southern Europe"],
    "eu": ["Europe", "European Union"],
    "africa": ["Africa"],
    "north africa": ["Africa", "Northern Africa"],
    "west africa": ["Africa", "Western Africa"],
    "southern africa": ["Africa", "Southern Africa"],
    "sahel-sahara": ["Africa"],
    "caribbean": ["Americas", "Caribbean"],
    "mena": ["Africa", "Northern Africa", "Asia", "Western Asia"],
    "middle east": ["Asia", "Western Asia"],
    "arab region": ["Africa", "Northern Africa", "Asia", "Western Asia"],
    "baltic / nordic": ["Europe", "Northern Europe"],
}

#: Facts are not tagged in the catalogue: the place, themes and sessions we file each under (our choice,
#: by what the fact is about; the session list follows the catalogue's session key).
FACT_FILING: dict[int, tuple[str, str, str]] = {
    1: ("Global", "data", "2"),
    2: ("Global", "data", "2"),
    3: ("Global", "data", "2"),
    4: ("Global", "data, women", "2"),
    5: ("Global", "data, women", "2"),
    6: ("Global", "data", "2"),
    7: ("Global", "data", "2"),
    8: ("Global", "data", "2"),
    9: ("Global", "data", "2"),
    10: ("Global", "data, borders", "2, 7"),
    11: ("Global", "data", "2"),
    12: ("Global", "legislation, UN-mechanisms", "4"),
    13: ("Global", "UN-mechanisms", "4"),
    14: ("Global", "legislation", "4"),
    15: ("Global (MA)", "UN-mechanisms", "3, 5"),
    16: ("Global", "UN-mechanisms", "3, 5"),
    17: ("NP", "women, labour", "2"),
    18: ("Global", "data", "2"),
    19: ("Global", "data, women", "2"),
    20: ("Global", "data, labour", "2, 4"),
    21: ("Global", "UN-mechanisms", "5"),
    22: ("MG", "labour, women", "4"),
    23: ("MG", "legislation, UN-mechanisms", "4"),
    24: ("EU", "UN-mechanisms", "5"),
    25: ("Europe", "borders, trafficking", "7"),
    26: ("TL", "UN-mechanisms", "4, 5"),
    27: ("Global", "data", "2"),
    28: ("Global", "data", "2"),
    29: ("Global", "legislation", "2, 3"),
    30: ("Global", "UN-mechanisms", "5"),
    31: ("Global", "xenophobia, advocacy", "2, 6"),
    32: ("Global", "UN-mechanisms, xenophobia", "5"),
    33: ("Global", "UN-mechanisms", "5"),
    34: ("MENA (JO)", "trafficking, courts", "7"),
    35: ("Global", "UN-mechanisms", "5"),
    36: ("Global", "women", "5"),
    37: ("Global", "UN-mechanisms", "5"),
    38: ("UA", "xenophobia", "2, 7"),
}

#: The headline figure of each fact, for a statistic slide's title (our wording of the catalogue's figure;
#: empty where a fact has no single figure, and such a fact is shown as a case).
FACT_FIGURES: dict[int, str] = {
    1: "About 281 million",
    2: "About 3.5% of the world's population",
    3: "About 26 million refugees",
    4: "About 48% women, 52% men",
    5: "",
    6: "About 35% move South to North",
    7: "About 36% move South to South",
    8: "About 23% move North to North",
    9: "About 6% move North to South",
    10: "Over 40,000 missing or dead",
    11: "Twice as many migrants, the same 3.5% share",
    12: "Adopted 1990, in force 2003",
    13: "Only two States",
    14: "",
    15: "152 for, 12 abstentions, 5 against",
    16: "23 objectives",
    17: "Nearly half a million a year",
    18: "About 244 million, about 3%",
    19: "About half women and girls",
    20: "About 150 million migrant workers",
    21: "",
    22: "500 domestic workers a month",
    23: "",
    24: "24 EU member States",
    25: "17 European States",
    26: "40 officials (10 women)",
    27: "More than 232 million",
    28: "From 154 million to 232 million",
    29: "",
    30: "16 member entities",
    31: "13,000+ people reached",
    32: "",
    33: "Over 150 representatives",
    34: "Judges from 20 MENA countries",
    35: "",
    36: "",
    37: "IOM plus 13 other agencies",
    38: "50+ partners",
}


def split_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_tables(text: str) -> dict[str, list[dict[str, str]]]:
    """Rows of each ``##`` section's table, as dicts keyed by the header cells."""
    tables: dict[str, list[dict[str, str]]] = {}
    section = ""
    header: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            section, header = line[3:].strip(), None
            continue
        if not line.startswith("|"):
            header = None if not line.strip() else header
            continue
        cells = split_row(line)
        if header is None:
            header = cells
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue
        tables.setdefault(section, []).append(dict(zip(header, cells, strict=True)))
    return tables


def place_codes(place: str) -> list[str]:
    """ISO alpha-2 codes named in a place cell, in order: 'West Africa / LY (GH, NG, SN, LY)' -> GH NG SN LY."""
    codes: list[str] = []
    for token in re.findall(r"\b[A-Z]{2}\b", place):
        if is_country_code(token) and token not in codes:
            codes.append(token)
    return codes


def place_regions(place: str, codes: list[str]) -> list[str]:
    found: list[str] = []
    for part in re.split(r"\s*/\s*(?![^()]*\))", place):
        label = re.sub(r"\s*\(.*\)\s*$", "", part).strip().casefold()
        if label in PLACE_REGIONS:
            found += PLACE_REGIONS[label]
        elif part.strip().casefold() in PLACE_REGIONS:
            found += PLACE_REGIONS[part.strip().casefold()]
    if place.casefold().startswith("baltic / nordic"):
        found += PLACE_REGIONS["baltic / nordic"]
    for code in codes:
        found += regions_of(code)
    result: list[str] = []
    for name in found:
        name = find_region(name)
        if name not in result:
            result.append(name)
    return result


def themes_of(tags: str) -> list[str]:
    return [t.strip().lower() for t in tags.split(",") if t.strip()]


def sessions_of(text: str) -> list[int]:
    return [int(s) for s in re.findall(r"\d+", text)]


def year_of(text: str) -> str:
    return "" if text.strip() in ("—", "-", "") else text.strip()


def source_title(ref: str) -> str:
    """'002_9e79...txt L443-447; 003_...' -> the named documents, in order."""
    names = []
    for number in re.findall(r"\b(00\d)_[0-9a-f]+\.txt", ref):
        title = SOURCE_TITLES[number]
        if title not in names:
            names.append(title)
    return "; ".join(names)


def convert(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    tables = parse_tables(text)
    facts: list[dict[str, Any]] = []
    for row in tables["Global facts and figures"]:
        number = int(row["#"].lstrip("F"))
        place, themes, sessions = FACT_FILING[number]
        fact = row["fact (for a slide)"]
        codes = place_codes(place)
        facts.append(
            {
                "id": f"fact-{number}",
                "kind": "fact",
                "title": fact,
                "summary": fact,
                "figure": FACT_FIGURES[number],
                "place": place,
                "countries": codes,
                "regions": place_regions(place, codes),
                "themes": themes_of(themes),
                "sessions": sessions_of(sessions),
                "year": year_of(row["year"]),
                "source": source_title(row["source"]),
                "source_ref": row["source"],
            }
        )
    examples: list[dict[str, Any]] = []
    for row in tables["Examples"]:
        place = row["country/region"]
        codes = place_codes(place)
        examples.append(
            {
                "id": row["id"],
                "kind": "example",
                "title": row["title"],
                "summary": row["summary"],
                "place": place,
                "countries": codes,
                "regions": place_regions(place, codes),
                "themes": themes_of(row["tags"]),
                "sessions": sessions_of(row["sessions"]),
                "year": year_of(row["year"]),
                "source": source_title(row["source"]),
                "source_ref": row["source"],
            }
        )
    return facts, examples


def _scalar(value: Any) -> str:
    import json

    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def to_yaml(entries: list[dict[str, Any]], heading: str) -> str:
    lines = [f"# {line}".rstrip() for line in heading.strip().splitlines()] + ["", "entries:"]
    for entry in entries:
        first = True
        for key, value in entry.items():
            lines.append(f"{'  - ' if first else '    '}{key}: {_scalar(value)}")
            first = False
    return "\n".join(lines) + "\n"


HEADING = """{what}, converted from shared/examples-catalogue.md by `python -m trainerkit.examples.catalogue`.
Every entry keeps the catalogue's paraphrased summary. `source` is the publication and `source_ref` where
in it (paragraph, or session and pages, or section), made by `python -m trainerkit.examples.citations`;
`seed_ref` keeps the catalogue's seed file and line for reviewers (never shown). `countries` are the ISO
codes named in `place`; `regions` are their UN M49 regions and the catalogue's region label.
Edit by hand; bump nothing: the store re-seeds when this file changes, and never touches a trainer's own examples."""


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, out = Path(argv[0]), Path(argv[1])
    facts, examples = convert(source.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "facts.yaml").write_text(to_yaml(facts, HEADING.format(what="Global facts and figures")), "utf-8")
    (out / "examples.yaml").write_text(to_yaml(examples, HEADING.format(what="Country and regional examples")), "utf-8")
    print(f"{len(facts)} facts, {len(examples)} examples written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
