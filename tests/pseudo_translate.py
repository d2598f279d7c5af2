"""Pseudo-translate a TrainerKit XLIFF 2.0 or PO file: every unit's target is its source wrapped in
brackets with letters accented (or, with ``arabic``, Latin letters mapped to Arabic ones), keeping
``{{placeholders}}`` exactly. Run: ``python tests/pseudo_translate.py IN OUT [--arabic]``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

TOKEN = re.compile(r"(\{\{[^}]*\}\})")
ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")
ARABIC = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهابتثجحخدذرزسشصضطظعغفقكلمنه",
)


def pseudo(text: str, arabic: bool = False) -> str:
    table = ARABIC if arabic else ACCENTED
    parts = [p if TOKEN.fullmatch(p) else p.translate(table) for p in TOKEN.split(text)]
    return "[" + "".join(parts) + "]"


def pseudo_translate_file(source: Path, target: Path, *, arabic: bool = False) -> int:
    """Write ``target`` with every unit of ``source`` pseudo-translated; returns how many units."""
    from translate.storage import pypo, xliff2

    data = source.read_bytes()
    store = xliff2.Xliff2File.parsestring(data) if data.lstrip().startswith(b"<") else pypo.pofile.parsestring(data)
    count = 0
    for unit in store.units:
        if unit.isheader():
            continue
        unit.target = pseudo(str(unit.source), arabic)
        count += 1
    target.write_bytes(bytes(store))
    return count


def pseudo_fill_folder(source: Path, target: Path, *, arabic: bool = False) -> int:
    """Copy the PO files under ``source`` (e.g. the empty templates of a bundled translation) to
    ``target`` with every unit pseudo-translated; returns how many units."""
    count = 0
    for path in sorted(source.rglob("*.po")):
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        count += pseudo_translate_file(path, out, arabic=arabic)
    return count


if __name__ == "__main__":
    print(pseudo_translate_file(Path(sys.argv[1]), Path(sys.argv[2]), arabic="--arabic" in sys.argv))
