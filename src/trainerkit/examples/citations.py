"""Publication citations for the bundled examples, made from the researchers' seed references.

The catalogue cites each entry by seed file and line (``"002_9e79bf0f2f40c3e1.txt L443-447"``): useful to
check our paraphrase, meaningless to a trainer. This build-time tool turns every such reference into the
publication (author, title, year) and a locator a reader can find in the printed document: paragraph
numbers for the two reports, session and pages for the training guide, the section heading for the
brochure. The seed reference is kept in the YAML as ``seed_ref`` (never shown) so a reviewer can still
check it.

    python -m trainerkit.examples.citations ../shared/seeds resources/examples

Rewrites ``source``/``source_ref`` of each entry in place (idempotent: it reads ``seed_ref`` when present).
Build-time only: never imports Qt; the app never reads the seeds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Seed number -> the publication as a reader would cite it (author, title, year).
PUBLICATIONS = {
    "001": "OHCHR, Towards a Human Rights-Based Approach to Migration: Training Guide, "
    "Professional Training Series No. 26 (2023)",
    "002": "OHCHR, Report of the High Commissioner on OHCHR's activities on migration 2010-2015, A/HRC/31/80 (2016)",
    "003": "OHCHR, Migration: Protecting human rights in the context of migration, OHCHR Report (2013)",
    "004": "IOM, The Human Rights of Migrants: IOM Policy and Activities (2009)",
}

#: The training guide (seed 001): first seed line of each part -> (part, pages), from its table of contents
#: (seed lines 51-68) and where each session's table starts in the body.
GUIDE_PARTS = (
    (1, "Introduction to the training guide", "pp. 1-16"),
    (588, "Module 1", "pp. 17-18"),
    (597, "Session 1", "pp. 19-26"),
    (713, "Session 2", "pp. 27-40"),
    (899, "Module 2", "pp. 41-42"),
    (908, "Session 3", "pp. 43-55"),
    (1052, "Session 4", "pp. 56-67"),
    (1194, "Session 5", "pp. 68-92"),
    (1438, "Module 3", "pp. 93-94"),
    (1447, "Session 6", "pp. 95-108"),
    (1587, "Session 7", "pp. 109 ff."),
)

#: The brochure (seed 003) has no numbered paragraphs: first seed line of each section -> its heading.
BROCHURE_SECTIONS = (
    (1, "Background"),
    (101, "OHCHR's role"),
    (371, "Trafficking in persons"),
    (402, "Responsiveness of the international community to migrants' rights"),
    (562, "Human rights mainstreaming within the United Nations"),
    (641, "Challenges and lessons learned"),
)

SEED_REF = re.compile(r"\b(00\d)_[0-9a-f]+\.txt\s+((?:L\d+(?:-\d+)?(?:,\s*)?)+)")
PARAGRAPH = re.compile(r"^(\d{1,3})\.\s")


def _lines(ranges: str) -> list[int]:
    numbers: list[int] = []
    for first, last in re.findall(r"L(\d+)(?:-(\d+))?", ranges):
        numbers += [int(first), int(last or first)]
    return numbers


def _paragraphs(seed: list[str], lines: list[int], annex_from: int | None = None) -> str:
    """The numbered paragraphs the seed lines fall in: 'para. 23', 'paras. 23-25', 'annex, para. 5'."""
    found: list[int] = []
    for line in range(min(lines), max(lines) + 1):
        for back in range(line, 0, -1):
            match = PARAGRAPH.match(seed[back - 1])
            if match:
                found.append(int(match.group(1)))
                break
    if not found:
        return "introduction"
    low, high = min(found), max(found)
    text = f"para. {low}" if low == high else f"paras. {low}-{high}"
    return f"annex, {text}" if annex_from and min(lines) >= annex_from else text


def _part(table: tuple[tuple[int, str, str], ...], line: int) -> str:
    name, pages = table[0][1], table[0][2]
    for first, part, part_pages in table:
        if line >= first:
            name, pages = part, part_pages
    return f"{name}, {pages}"


def locate(ref: str, seeds: Path) -> tuple[str, str]:
    """A seed reference -> (publications, locators), each joined by '; ' in the same order."""
    sources: list[str] = []
    locators: list[str] = []
    for number, ranges in SEED_REF.findall(ref):
        lines = _lines(ranges)
        seed = next(seeds.glob(f"{number}_*.txt")).read_text(encoding="utf-8").splitlines()
        if number == "001":
            locator = ", ".join(dict.fromkeys(_part(GUIDE_PARTS, line) for line in lines[::2]))
        elif number == "003":
            heads = [next(h for f, h in reversed(BROCHURE_SECTIONS) if line >= f) for line in lines]
            locator = "section \u201c" + "\u201d, \u201c".join(dict.fromkeys(heads)) + "\u201d"
        else:
            annex = next((i + 1 for i, text in enumerate(seed) if text.strip() == "Annex"), None)
            locator = _paragraphs(seed, lines, annex if number == "004" else None)
        sources.append(PUBLICATIONS[number])
        locators.append(locator)
    if not sources:
        raise ValueError(f"not a seed reference: {ref!r}")
    return "; ".join(sources), "; ".join(locators)


def recite(path: Path, seeds: Path) -> int:
    """Rewrite ``source``/``source_ref`` of every entry of one YAML file; returns how many changed."""
    import json

    out: list[str] = []
    changed = 0
    entry: list[str] = []

    def flush() -> None:
        nonlocal changed
        if not entry:
            return
        fields = {line.split(":", 1)[0].strip(): i for i, line in enumerate(entry)}
        if "source_ref" in fields:
            seed_ref = entry[fields["seed_ref"]] if "seed_ref" in fields else entry[fields["source_ref"]]
            ref = json.loads(seed_ref.split(":", 1)[1])
            source, locator = locate(ref, seeds)
            entry[fields["source"]] = f"    source: {json.dumps(source, ensure_ascii=False)}"
            entry[fields["source_ref"]] = f"    source_ref: {json.dumps(locator, ensure_ascii=False)}"
            if "seed_ref" not in fields:
                entry.insert(fields["source_ref"] + 1, f"    seed_ref: {json.dumps(ref)}")
            changed += 1
        out.extend(entry)
        entry.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("  - "):
            flush()
        (entry if entry or line.startswith("  - ") else out).append(line)
    flush()
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    seeds, folder = Path(argv[0]), Path(argv[1])
    for path in sorted(folder.glob("*.yaml")):
        print(f"{path.name}: {recite(path, seeds)} entries cited")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
