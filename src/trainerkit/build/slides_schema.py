"""Strict validation of the slide sources (``resources/slides/src/session-NN.yaml``).

The contract is ``docs/slide-source-format.md``. Every problem is reported as a
:class:`trainerkit.errors.CourseDataError` naming the file, the YAML line and (where there is one) the
slide key, so a writer can fix the source without reading Python. ``check_*`` functions collect every
problem; ``load_*`` functions raise the first one.

Build-time only: this module must never import Qt, and never writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from trainerkit.errors import CourseDataError

LAYOUTS = (
    "title",
    "section",
    "bullets",
    "two-column",
    "chart",
    "statistic",
    "table",
    "quote",
    "diagram",
    "activity",
    "links",
)
#: Accepted by the renderer and the validator, but not in the writers' contract: a picture from
#: ``resources/slides/images`` (or, for a trainer's own example, any file).
EXTRA_LAYOUTS = ("picture",)
CHART_TYPES = ("column", "bar", "stacked-bar", "pie", "doughnut", "line")
DIAGRAM_KINDS = ("cycle", "boxes", "tree")
TOKENS = ("country", "region", "organisation", "venue", "dates", "facilitators", "participants")
KEY_RE = re.compile(r"^s(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$")
TOKEN_RE = re.compile(r"\{\{\s*([^}]*?)\s*\}\}")

COMMON_FIELDS = {"key", "layout", "title", "notes", "step", "guide", "source", "hidden", "adapt", "back", "fit"}
LAYOUT_FIELDS: dict[str, set[str]] = {
    "title": {"subtitle"},
    "section": {"subtitle"},
    "bullets": {"bullets"},
    "two-column": {"left", "right"},
    "chart": {"chart", "caption"},
    "statistic": {"statistic", "caption"},
    "table": {"table"},
    "quote": {"quote"},
    "diagram": {"diagram", "caption"},
    "activity": {"activity"},
    "links": {"intro", "links"},
    "picture": {"picture", "caption"},
}
REQUIRED_FIELDS: dict[str, set[str]] = {
    "title": set(),
    "section": set(),
    "bullets": {"bullets"},
    "two-column": {"left", "right"},
    "chart": {"chart"},
    "statistic": {"statistic"},
    "table": {"table"},
    "quote": {"quote"},
    "diagram": {"diagram"},
    "activity": {"activity"},
    "links": {"links"},
    "picture": {"picture"},
}

TITLE_MAX = 60
STATISTIC_FIGURE_MAX = 12  # "40,000+": a few characters, or it is not a big number
STATISTIC_LABEL_MAX = 120
BULLETS_MAX, BULLET_CHARS, SUBS_MAX = 6, 90, 3
COLUMN_BULLETS_MAX, COLUMN_CHARS = 5, 60
TABLE_COLS_MAX, TABLE_ROWS_MAX, CELL_CHARS = 4, 7, 50
QUOTE_CHARS = 250
TASK_CHARS, DEBRIEF_MAX = 200, 3
LINKS_MAX = 9


class LineDict(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its keys start (1-based lines)."""

    line: int | None = None
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int | None = None


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise CourseDataError(
                str(getattr(loader, "name", "?")), key_node.start_mark.line + 1, f"the field '{key}' is given twice"
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def line_of(obj: Any, key: str | None = None) -> int | None:
    if isinstance(obj, LineDict):
        if key is not None and key in obj.key_lines:
            return obj.key_lines[key]
        return obj.line
    return getattr(obj, "line", None)


@dataclass
class DeckSource:
    """One validated session source."""

    path: Path
    session: int
    module: int | None
    title: str
    slides: list[dict[str, Any]]

    @property
    def keys(self) -> list[str]:
        return [s["key"] for s in self.slides]


def read_yaml(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    loader = _LineLoader(text)
    loader.name = str(path)  # type: ignore[attr-defined]
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise CourseDataError(str(path), mark.line + 1 if mark else None, f"not valid YAML: {exc.problem}") from exc
    finally:
        loader.dispose()


@dataclass
class _Checker:
    path: Path
    errors: list[CourseDataError] = field(default_factory=list)
    #: The slide being checked says ``fit: true`` (an inserted example, ``trainerkit.deck.fit``): its text
    #: is set smaller and continued on more slides at export, so lengths and counts written for authored
    #: slides at full size do not apply to it.
    fitted: bool = False

    def error(self, obj: Any, problem: str, key: str | None = None, slide: str | None = None) -> None:
        where = f"slide {slide}: " if slide else ""
        self.errors.append(CourseDataError(str(self.path), line_of(obj, key), where + problem))

    # --- small typed checks -------------------------------------------------------------------------
    def text(
        self, parent: Any, name: str, slide: str | None, *, required: bool = True, limit: int | None = None
    ) -> str | None:
        if not isinstance(parent, dict) or name not in parent or parent[name] is None:
            if required:
                self.error(parent, f"'{name}' is missing", slide=slide)
            return None
        value = parent[name]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(parent, f"'{name}' must be text", name, slide)
            return None
        value = str(value)
        if required and not value.strip():
            self.error(parent, f"'{name}' is empty", name, slide)
        if limit is not None and len(value) > limit and not self.fitted:
            self.error(parent, f"'{name}' has {len(value)} characters, at most {limit} allowed", name, slide)
        self.tokens(parent, name, value, slide)
        return value

    def tokens(self, parent: Any, name: str, value: str, slide: str | None) -> None:
        for token in TOKEN_RE.findall(value):
            if token not in TOKENS:
                self.error(
                    parent, f"unknown token {{{{{token}}}}} in '{name}' (known: {', '.join(TOKENS)})", name, slide
                )

    def text_list(
        self, parent: Any, name: str, slide: str, *, most: int, limit: int, least: int = 1, required: bool = True
    ) -> list[str]:
        items = parent.get(name) if isinstance(parent, dict) else None
        if items is None:
            if required:
                self.error(parent, f"'{name}' is missing", slide=slide)
            return []
        if not isinstance(items, list):
            self.error(parent, f"'{name}' must be a list", name, slide)
            return []
        if not least <= len(items) <= most:
            self.error(parent, f"'{name}' has {len(items)} items, {least} to {most} allowed", name, slide)
        result = []
        for i, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                self.error(items, f"item {i + 1} of '{name}' must be text", slide=slide)
                continue
            if len(str(item)) > limit:
                self.error(
                    items, f"item {i + 1} of '{name}' has {len(str(item))} characters, at most {limit}", slide=slide
                )
            self.tokens(parent, name, str(item), slide)
            result.append(str(item))
        return result

    def mapping(self, parent: Any, name: str, slide: str, allowed: set[str]) -> dict[str, Any] | None:
        value = parent.get(name)
        if not isinstance(value, dict):
            self.error(parent, f"'{name}' must be a mapping", name, slide)
            return None
        for extra in sorted(set(value) - allowed):
            self.error(value, f"unknown field '{extra}' in '{name}'", extra, slide)
        return value

    # --- per layout ---------------------------------------------------------------------------------
    def bullets(self, spec: dict[str, Any], key: str) -> None:
        items = spec.get("bullets")
        if not isinstance(items, list) or not items:
            self.error(spec, "'bullets' must be a non-empty list", "bullets", key)
            return
        if len(items) > BULLETS_MAX and not self.fitted:
            self.error(spec, f"'bullets' has {len(items)} items, at most {BULLETS_MAX}", "bullets", key)
        for i, item in enumerate(items):
            if isinstance(item, dict):
                for extra in sorted(set(item) - {"text", "sub"}):
                    self.error(item, f"unknown field '{extra}' in bullet {i + 1}", extra, key)
                self.text(item, "text", key, limit=BULLET_CHARS)
                if "sub" in item:
                    self.text_list(item, "sub", key, most=SUBS_MAX, limit=BULLET_CHARS)
            elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
                if len(str(item)) > BULLET_CHARS and not self.fitted:
                    self.error(
                        items, f"bullet {i + 1} has {len(str(item))} characters, at most {BULLET_CHARS}", slide=key
                    )
                self.tokens(spec, "bullets", str(item), key)
            else:
                self.error(items, f"bullet {i + 1} must be text or {{text, sub}}", slide=key)

    def two_column(self, spec: dict[str, Any], key: str) -> None:
        for side in ("left", "right"):
            col = self.mapping(spec, side, key, {"heading", "bullets"})
            if col is None:
                continue
            self.text(col, "heading", key, limit=COLUMN_CHARS)
            self.text_list(col, "bullets", key, most=COLUMN_BULLETS_MAX, limit=COLUMN_CHARS)

    def chart(self, spec: dict[str, Any], key: str) -> None:
        chart = self.mapping(spec, "chart", key, {"type", "categories", "series", "number_format", "alt"})
        if chart is None:
            return
        kind = chart.get("type")
        if kind not in CHART_TYPES:
            self.error(chart, f"chart type '{kind}' is not one of {', '.join(CHART_TYPES)}", "type", key)
        self.text(chart, "alt", key)
        self.text(chart, "number_format", key, required=False)
        categories = self.text_list(chart, "categories", key, most=12, limit=40)
        series = chart.get("series")
        if not isinstance(series, list) or not series:
            self.error(chart, "'series' must be a non-empty list", "series", key)
            return
        if kind in ("pie", "doughnut") and len(series) != 1:
            self.error(chart, f"a {kind} chart has exactly one series", "series", key)
        if len(series) > 4:
            self.error(chart, "at most 4 series", "series", key)
        for s in series:
            if not isinstance(s, dict):
                self.error(series, "each series is {name, values}", slide=key)
                continue
            for extra in sorted(set(s) - {"name", "values"}):
                self.error(s, f"unknown field '{extra}' in a series", extra, key)
            self.text(s, "name", key, limit=40)
            values = s.get("values")
            if not isinstance(values, list) or not all(
                (isinstance(v, (int, float)) and not isinstance(v, bool)) or v is None for v in values
            ):
                self.error(s, "'values' must be a list of numbers", "values", key)
            elif len(values) != len(categories):
                self.error(s, f"{len(values)} values for {len(categories)} categories", "values", key)
        given = sum(1 for s in series if isinstance(s, dict) for v in s.get("values") or [] if v is not None)
        if given < 2:
            self.error(
                chart,
                f"a chart needs at least two values to compare, this one has {given}: "
                "show a single figure with layout 'statistic'",
                "series",
                key,
            )

    def statistic(self, spec: dict[str, Any], key: str) -> None:
        stat = self.mapping(spec, "statistic", key, {"figure", "label"})
        if stat is None:
            return
        self.text(stat, "figure", key, limit=STATISTIC_FIGURE_MAX)
        self.text(stat, "label", key, limit=STATISTIC_LABEL_MAX)

    def table(self, spec: dict[str, Any], key: str) -> None:
        table = self.mapping(spec, "table", key, {"columns", "rows"})
        if table is None:
            return
        columns = self.text_list(table, "columns", key, most=TABLE_COLS_MAX, limit=CELL_CHARS)
        rows = table.get("rows")
        if not isinstance(rows, list) or not rows:
            self.error(table, "'rows' must be a non-empty list", "rows", key)
            return
        if len(rows) > TABLE_ROWS_MAX:
            self.error(table, f"'rows' has {len(rows)} rows, at most {TABLE_ROWS_MAX}", "rows", key)
        for r, row in enumerate(rows):
            if not isinstance(row, list):
                self.error(rows, f"row {r + 1} must be a list", slide=key)
                continue
            if len(row) != len(columns):
                self.error(rows, f"row {r + 1} has {len(row)} cells for {len(columns)} columns", slide=key)
            for c, cell in enumerate(row):
                if isinstance(cell, (dict, list)):
                    self.error(rows, f"row {r + 1}, cell {c + 1} must be text", slide=key)
                elif cell is not None and len(str(cell)) > CELL_CHARS:
                    self.error(
                        rows,
                        f"row {r + 1}, cell {c + 1} has {len(str(cell))} characters, at most {CELL_CHARS}",
                        slide=key,
                    )

    def quote(self, spec: dict[str, Any], key: str) -> None:
        quote = self.mapping(spec, "quote", key, {"text", "by"})
        if quote is not None:
            self.text(quote, "text", key, limit=QUOTE_CHARS)
            self.text(quote, "by", key, required=False, limit=100)

    def diagram(self, spec: dict[str, Any], key: str) -> None:
        diagram = self.mapping(spec, "diagram", key, {"kind", "items", "alt", "root", "children"})
        if diagram is None:
            return
        self.text(diagram, "alt", key)
        kind = diagram.get("kind")
        if kind not in DIAGRAM_KINDS:
            self.error(diagram, f"diagram kind '{kind}' is not one of {', '.join(DIAGRAM_KINDS)}", "kind", key)
            return
        if kind == "cycle":
            self.text_list(diagram, "items", key, least=3, most=6, limit=40)
        elif kind == "boxes":
            items = diagram.get("items")
            if not isinstance(items, list) or not 2 <= len(items) <= 5:
                self.error(diagram, "'items' must be a list of 2 to 5 {label, text}", "items", key)
                return
            for item in items:
                if not isinstance(item, dict):
                    self.error(items, "each box is {label, text}", slide=key)
                    continue
                for extra in sorted(set(item) - {"label", "text"}):
                    self.error(item, f"unknown field '{extra}' in a box", extra, key)
                self.text(item, "label", key, limit=30)
                self.text(item, "text", key, required=False, limit=120)
        else:
            tree = tree_of(diagram)
            if tree is None:
                self.error(diagram, "a tree needs 'root' and 'children' (or items: {root, children})", "kind", key)
                return
            self.text(tree, "root", key, limit=50)
            children = tree.get("children")
            if not isinstance(children, list) or not 2 <= len(children) <= 4:
                self.error(tree, "'children' must be a list of 2 to 4 {label, items}", "children", key)
                return
            for child in children:
                if not isinstance(child, dict):
                    self.error(children, "each child is {label, items}", slide=key)
                    continue
                for extra in sorted(set(child) - {"label", "items"}):
                    self.error(child, f"unknown field '{extra}' in a tree child", extra, key)
                self.text(child, "label", key, limit=40)
                self.text_list(child, "items", key, most=5, limit=60, least=0, required=False)

    def activity(self, spec: dict[str, Any], key: str) -> None:
        act = self.mapping(spec, "activity", key, {"task", "groups", "minutes", "handout", "debrief"})
        if act is None:
            return
        self.text(act, "task", key, limit=TASK_CHARS)
        self.text(act, "groups", key, required=False, limit=60)
        minutes = act.get("minutes")
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, (int, str))):
            self.error(act, "'minutes' must be a number of minutes", "minutes", key)
        handout = act.get("handout")
        if handout is not None and not isinstance(handout, str):
            self.error(act, f"'handout' must be a handout id written as text (quote it: \"{handout}\")", "handout", key)
        if "debrief" in act:
            self.text_list(act, "debrief", key, most=DEBRIEF_MAX, limit=150)

    def links(self, spec: dict[str, Any], key: str) -> None:
        self.text(spec, "intro", key, required=False, limit=150)
        links = spec.get("links")
        if not isinstance(links, list) or not 1 <= len(links) <= LINKS_MAX:
            self.error(spec, f"'links' must be a list of 1 to {LINKS_MAX} {{text, target}}", "links", key)
            return
        for link in links:
            if not isinstance(link, dict):
                self.error(links, "each link is {text, target}", slide=key)
                continue
            for extra in sorted(set(link) - {"text", "target"}):
                self.error(link, f"unknown field '{extra}' in a link", extra, key)
            self.text(link, "text", key, limit=80)
            self.text(link, "target", key)

    def picture(self, spec: dict[str, Any], key: str) -> None:
        pic = self.mapping(spec, "picture", key, {"image", "alt"})
        if pic is not None:
            self.text(pic, "image", key)
            self.text(pic, "alt", key)


def tree_of(diagram: dict[str, Any]) -> dict[str, Any] | None:
    """The {root, children} mapping of a tree diagram, written either inline or under ``items``."""
    if "root" in diagram or "children" in diagram:
        return diagram
    items = diagram.get("items")
    return items if isinstance(items, dict) else None


def check_slide(checker: _Checker, spec: Any, session: int | None, index: int) -> str | None:
    """Check one slide; return its key when it has a usable one."""
    if not isinstance(spec, dict):
        checker.error(spec, f"slide {index + 1} must be a mapping")
        return None
    key = spec.get("key")
    label = key if isinstance(key, str) else f"#{index + 1}"
    if not isinstance(key, str):
        checker.error(spec, "'key' is missing or not text", "key", label)
        key = None
    else:
        m = KEY_RE.match(key)
        if not m:
            checker.error(spec, f"key '{key}' must be lower-case letters, digits and dashes, like s2-title", "key", key)
        elif session is not None and int(m.group(1)) != session:
            checker.error(spec, f"key '{key}' must start with 's{session}-'", "key", key)
    layout = spec.get("layout")
    if layout not in LAYOUTS and layout not in EXTRA_LAYOUTS:
        checker.error(spec, f"layout '{layout}' is not one of {', '.join(LAYOUTS)}", "layout", label)
        return key
    checker.fitted = spec.get("fit") is True
    if spec.get("fit") not in (None, True, False):
        checker.error(spec, "'fit' must be true or false", "fit", label)
    allowed = COMMON_FIELDS | LAYOUT_FIELDS[layout]
    for extra in sorted(set(spec) - allowed):
        checker.error(spec, f"field '{extra}' is not used by layout '{layout}'", extra, label)
    for needed in sorted(REQUIRED_FIELDS[layout]):
        if needed not in spec:
            checker.error(spec, f"layout '{layout}' needs '{needed}'", slide=label)
    checker.text(spec, "title", label, limit=TITLE_MAX)
    notes = checker.text(spec, "notes", label)
    if notes is not None and len(notes.strip()) < 20:
        checker.error(spec, "'notes' are too short to help a trainer", "notes", label)
    checker.text(spec, "subtitle", label, required=False, limit=90)
    checker.text(spec, "caption", label, required=False, limit=120)
    checker.text(spec, "guide", label, required=False)
    checker.text(spec, "source", label, required=False, limit=160)
    checker.text(spec, "adapt", label, required=False, limit=140)
    step = spec.get("step")
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or step < 1):
        checker.error(spec, "'step' must be a session-plan step number (1, 2, ...)", "step", label)
    for flag in ("hidden", "back"):
        if flag in spec and not isinstance(spec[flag], bool):
            checker.error(spec, f"'{flag}' must be true or false", flag, label)
    if all(needed in spec for needed in REQUIRED_FIELDS[layout]):
        method = getattr(checker, layout.replace("-", "_"), None)
        if method is not None:
            method(spec, label)
    checker.fitted = False
    return key


def session_from_filename(path: Path) -> int | None:
    m = re.fullmatch(r"session-(\d\d)\.yaml", path.name)
    return int(m.group(1)) if m else None


def check_source(path: Path) -> tuple[DeckSource | None, list[CourseDataError]]:
    """Validate one source file on its own. Returns the source (None if unusable) and every problem."""
    checker = _Checker(path)
    try:
        data = read_yaml(path)
    except CourseDataError as exc:
        return None, [exc]
    if not isinstance(data, dict):
        return None, [CourseDataError(str(path), 1, "the file must be a mapping with session, title and slides")]
    for extra in sorted(set(data) - {"session", "module", "title", "slides"}):
        checker.error(data, f"unknown top-level field '{extra}'", extra)
    session = data.get("session")
    expected = session_from_filename(path)
    if isinstance(session, bool) or not isinstance(session, int) or not 1 <= session <= 7:
        checker.error(data, "'session' must be a number from 1 to 7", "session")
        session = None
    elif expected is not None and session != expected:
        checker.error(data, f"'session' is {session} but the file is named for session {expected}", "session")
    module = data.get("module")
    if module is not None and (isinstance(module, bool) or not isinstance(module, int)):
        checker.error(data, "'module' must be a number", "module")
        module = None
    title = checker.text(data, "title", None) or ""
    slides = data.get("slides")
    if not isinstance(slides, list) or not slides:
        checker.error(data, "'slides' must be a non-empty list", "slides")
        return None, checker.errors
    seen: dict[str, int] = {}
    for i, spec in enumerate(slides):
        key = check_slide(checker, spec, session, i)
        if key is None:
            continue
        if key in seen:
            checker.error(spec, f"key '{key}' is used twice (first at slide {seen[key] + 1})", "key", key)
        else:
            seen[key] = i
    for spec in slides:
        if isinstance(spec, dict) and spec.get("layout") == "links" and isinstance(spec.get("links"), list):
            for link in spec["links"]:
                target = link.get("target") if isinstance(link, dict) else None
                if isinstance(target, str) and target not in seen:
                    checker.error(
                        link, f"link target '{target}' is not a slide of this deck", "target", spec.get("key")
                    )
    source = DeckSource(path, session or expected or 0, module, title, list(slides))
    return source, checker.errors


def check_sources(paths: list[Path]) -> tuple[list[DeckSource], list[CourseDataError]]:
    """Validate several decks, including keys unique across all of them."""
    sources: list[DeckSource] = []
    errors: list[CourseDataError] = []
    owner: dict[str, Path] = {}
    for path in paths:
        source, problems = check_source(path)
        errors.extend(problems)
        if source is None:
            continue
        sources.append(source)
        for spec in source.slides:
            key = spec.get("key") if isinstance(spec, dict) else None
            if not isinstance(key, str):
                continue
            if key in owner and owner[key] != path:
                errors.append(
                    CourseDataError(
                        str(path), line_of(spec, "key"), f"slide {key}: key already used in {owner[key].name}"
                    )
                )
            owner.setdefault(key, path)
    return sources, errors


def load_source(path: Path) -> DeckSource:
    """Load and validate one source; raise the first problem as CourseDataError."""
    source, errors = check_source(path)
    if errors:
        raise errors[0]
    assert source is not None
    return source
