"""Check a saved .pptx package for the faults that make PowerPoint offer to "repair" a file.

``package_problems`` walks the zip itself (not python-pptx's view of it): every relationship target exists,
every part is reachable from the root, every part has a declared content type, and every ``r:id`` used in
a part's XML names one of that part's relationships. Tests run it after every operation; the exporters can
run it before handing a file to a trainer.

It must never: change the file, resolve DTDs or entities, or import Qt.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "[Content_Types].xml"


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def _rels_name(member: str) -> str:
    directory, base = posixpath.split(member)
    return posixpath.join(directory, "_rels", base + ".rels")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def package_problems(path: Path | str) -> list[str]:
    """Everything wrong with the package structure of ``path``; an empty list means it is sound."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if not n.endswith("/")]
        present = set(names)
        if len(present) != len(names):
            dupes = sorted({n for n in names if names.count(n) > 1})
            problems.extend(f"part {n} is stored more than once" for n in dupes)
        if _CT not in present:
            return ["[Content_Types].xml is missing"]
        defaults: dict[str, str] = {}
        overrides: set[str] = set()
        for el in _parse(zf.read(_CT)):
            tag = etree.QName(el).localname
            if tag == "Default":
                defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
            elif tag == "Override":
                part = el.get("PartName", "")
                overrides.add(part.lstrip("/"))
                if part.lstrip("/") not in present:
                    problems.append(f"content type declared for missing part {part}")
        for name in names:
            if name == _CT:
                continue
            ext = name.rsplit(".", 1)[-1].lower() if "." in posixpath.basename(name) else ""
            if name not in overrides and ext not in defaults:
                problems.append(f"no content type for {name}")

        rels_of: dict[str, dict[str, tuple[str, bool]]] = {}
        for name in names:
            if not name.endswith(".rels"):
                continue
            directory, base = posixpath.split(name)
            source = posixpath.join(posixpath.dirname(directory), base[: -len(".rels")])
            if source and source not in present:
                problems.append(f"relationships for missing part {source}")
            rels: dict[str, tuple[str, bool]] = {}
            for rel in _parse(zf.read(name)):
                rid = rel.get("Id", "")
                if rid in rels:
                    problems.append(f"{name}: duplicate relationship id {rid}")
                external = rel.get("TargetMode") == "External"
                target = rel.get("Target", "")
                resolved = target if external else _resolve(source, target)
                rels[rid] = (resolved, external)
                if not external and resolved not in present:
                    problems.append(f"{name}: {rid} points at missing part {resolved}")
            rels_of[source] = rels

        reachable: set[str] = set()
        todo = [""]
        while todo:
            source = todo.pop()
            for target, external in rels_of.get(source, {}).values():
                if not external and target in present and target not in reachable:
                    reachable.add(target)
                    todo.append(target)
        for name in names:
            if name == _CT or name.endswith(".rels"):
                continue
            if name not in reachable:
                problems.append(f"orphan part {name} (nothing refers to it)")

        for name in sorted(reachable):
            if not name.endswith(".xml"):
                continue
            ids = rels_of.get(name, {})
            try:
                root = _parse(zf.read(name))
            except etree.XMLSyntaxError as exc:
                problems.append(f"{name}: not well-formed XML ({exc})")
                continue
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                for attr, value in el.attrib.items():
                    if attr.startswith("{" + _R_NS + "}") and value and value not in ids:
                        local = etree.QName(el).localname
                        problems.append(f"{name}: <{local}> uses {value}, which is not a relationship")
    return problems
