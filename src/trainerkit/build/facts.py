"""Refresh the bundled treaty data: ``python -m trainerkit.build.facts SOURCE.csv [--as-of "June 2022"]``.

Checks a new export of the ratification table (columns ``iso2, state, instrument, status, year, note``;
statuses ``state party``, ``signatory state``, ``no action``; the 18 instruments of
``trainerkit.course.facts.INSTRUMENTS`` for every State) and writes it, sorted, to
``resources/facts/treaty-ratifications-2022.csv`` (temporary name, then rename). When the date of the
data changes, update ``AS_OF``/``STATUS_NOTE`` in ``trainerkit.course.facts`` and the file name with it.
Build-time only; never imports Qt.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from trainerkit.course.facts import INSTRUMENTS, data_path

COLUMNS = ["iso2", "state", "instrument", "status", "year", "note"]
STATUSES = {"state party", "signatory state", "no action"}


def check_rows(rows: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """(problems, warnings) of a ratification table: problems stop the refresh; warnings (an odd code, a
    State without some instrument, shown as "not in the data") are printed and kept as in the source."""
    problems: list[str] = []
    warnings: list[str] = []
    per_state: dict[str, set[str]] = {}
    for number, row in enumerate(rows, start=2):
        code = row.get("iso2", "")
        if len(code) != 2 or not code.isalpha():
            warnings.append(f"line {number}: '{code}' is not an ISO 3166-1 alpha-2 code")
        if row.get("instrument") not in INSTRUMENTS:
            problems.append(f"line {number}: unknown instrument '{row.get('instrument')}'")
        if row.get("status") not in STATUSES:
            problems.append(f"line {number}: unknown status '{row.get('status')}'")
        year = row.get("year", "")
        if year and not (year.isdigit() and 1945 <= int(year) <= 2100):
            problems.append(f"line {number}: '{year}' is not a year")
        if year and row.get("status") != "state party":
            problems.append(f"line {number}: a year without ratification")
        per_state.setdefault(code, set()).add(str(row.get("instrument")))
    for code, instruments in sorted(per_state.items()):
        if instruments != set(INSTRUMENTS):
            warnings.append(f"{code}: no row for {', '.join(sorted(set(INSTRUMENTS) - instruments))}")
    return problems, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trainerkit.build.facts", description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--check", action="store_true", help="Only check SOURCE; write nothing.")
    args = parser.parse_args(argv)
    with args.source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            print(f"error: columns are {reader.fieldnames}, expected {COLUMNS}", file=sys.stderr)
            return 1
        rows = list(reader)
    problems, warnings = check_rows(rows)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    states = len({r["iso2"] for r in rows})
    if args.check:
        print(f"checked {len(rows)} rows, {states} States")
        return 0
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: (r["iso2"], r["instrument"])))
    from trainerkit.fileio import atomic_write

    with atomic_write(data_path()) as tmp:
        tmp.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"wrote {data_path()} ({len(rows)} rows, {states} States)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
