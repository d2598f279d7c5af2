"""Strict reading of our YAML resource files, with line numbers for every error.

Course data, slide sources and examples are YAML that people edit by hand; when one is wrong, the
message must say which file, which line and what is wrong. ``load_yaml`` returns dicts and lists that
remember where they were in the file, and ``Fields`` reads a mapping field by field, raising
``CourseDataError`` at the right line. Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from trainerkit.errors import CourseDataError


class LineDict(dict):  # type: ignore[type-arg]
    """A mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):  # type: ignore[type-arg]
    line: int = 0
    item_lines: list[int]


# libyaml's parser (C) when PyYAML has it: the course's YAML loads in a tenth of the time, with the same
# line numbers and the same errors; the pure-Python parser otherwise.
_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int):
            raise yaml.constructor.ConstructorError(None, None, "a key must be a word", key_node.start_mark)
        if key in result:
            raise yaml.constructor.ConstructorError(None, None, f"'{key}' appears twice", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = value_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def display_name(path: Path) -> str:
    """A short, recognisable name for messages: the path below ``resources/`` when it is there."""
    parts = path.parts
    if "resources" in parts:
        return "/".join(parts[parts.index("resources") :])
    return str(path)


def load_yaml(path: Path) -> Any:
    name = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CourseDataError(name, None, "the file is missing") from None
    except UnicodeDecodeError as exc:
        raise CourseDataError(name, None, f"the file is not UTF-8 text ({exc.reason})") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise CourseDataError(name, line, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise CourseDataError(name, None, f"not valid YAML: {exc}") from None


_MISSING = object()


class Fields:
    """Reads a YAML mapping field by field; every error names file and line."""

    def __init__(self, file: str, data: Any, what: str = "this entry", line: int | None = None) -> None:
        self.file = file
        self.what = what
        if not isinstance(data, dict):
            raise CourseDataError(file, line or getattr(data, "line", None), f"{what} must be a mapping")
        self.data = data
        self.line = getattr(data, "line", line)

    def line_of(self, key: str) -> int | None:
        key_lines = getattr(self.data, "key_lines", {})
        return key_lines.get(key, self.line)

    def fail(self, key: str | None, problem: str) -> CourseDataError:
        line = self.line_of(key) if key else self.line
        return CourseDataError(self.file, line, problem)

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.fail(None, f"{self.what} has no '{key}'")
            return _MISSING
        return self.data[key]

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key, default is None)
        if value is _MISSING:
            return default or ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(key, f"'{key}' must be text")
        text = str(value).strip()
        if default is None and not text:
            raise self.fail(key, f"'{key}' is empty")
        return text

    def integer(self, key: str, default: int | None = None, minimum: int = 0) -> int:
        value = self._get(key, default is None)
        if value is _MISSING:
            return default or 0
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"'{key}' must be a whole number, not {value!r}")
        if value < minimum:
            raise self.fail(key, f"'{key}' must be at least {minimum}")
        return value

    def opt_int(self, key: str) -> int | None:
        if key not in self.data or self.data[key] is None:
            return None
        return self.integer(key)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, f"'{key}' must be true or false")
        return value

    def seq(self, key: str, required: bool = False) -> LineList:
        value = self._get(key, required)
        if value is _MISSING:
            empty = LineList()
            empty.line = self.line or 0
            empty.item_lines = []
            return empty
        if not isinstance(value, list):
            raise self.fail(key, f"'{key}' must be a list")
        return value  # type: ignore[return-value]

    def str_list(self, key: str, required: bool = False) -> tuple[str, ...]:
        items = self.seq(key, required)
        result = []
        for index, item in enumerate(items):
            if not isinstance(item, str | int) or isinstance(item, bool):
                line = items.item_lines[index] if getattr(items, "item_lines", None) else self.line
                raise CourseDataError(self.file, line, f"each item of '{key}' must be text")
            result.append(str(item))
        return tuple(result)

    def mapping(self, key: str, required: bool = True) -> Fields | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        return Fields(self.file, value, f"'{key}'", self.line_of(key))

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in choices:
            raise self.fail(key, f"'{key}' must be one of {', '.join(choices)}, not '{value}'")
        return value

    def items(self, key: str, required: bool = False) -> Iterator[tuple[int | None, Any]]:
        items = self.seq(key, required)
        lines = getattr(items, "item_lines", [])
        for index, item in enumerate(items):
            yield (lines[index] if index < len(lines) else self.line), item
