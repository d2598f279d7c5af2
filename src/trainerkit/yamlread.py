"""Reading our YAML resource files with the line of every value, and checking them with pydantic models.

Course data, slide sources and examples are YAML that people edit by hand; when one is wrong, the
message must say which file, which line and what is wrong. ``load_yaml_lines`` parses a file with
PyYAML (libyaml's C parser when PyYAML has it) into plain dicts and lists plus ``Lines``: the line of
each value by its path (``("plan", 2, "minutes")``). ``checked(model, data, lines, file)`` validates the
data with a pydantic model and turns the first error into a ``CourseDataError`` naming the file, the
line of the value (or of the mapping that lacks a key) and the problem in a trainer's words ("'minutes'
must be a whole number, not 'five'"). pydantic is imported only when a file is checked. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin

from trainerkit.errors import CourseDataError

if TYPE_CHECKING:
    import yaml
    from pydantic import BaseModel

Loc = tuple[str | int, ...]
M = TypeVar("M", bound="BaseModel")


class Lines:
    """The 1-based line of each value of a YAML file, by its path from the top."""

    def __init__(self) -> None:
        self.by_path: dict[Loc, int] = {}

    def at(self, loc: Loc) -> int | None:
        """The line of ``loc``, else of the nearest value holding it (a missing key: its mapping)."""
        for end in range(len(loc), -1, -1):
            line = self.by_path.get(loc[:end])
            if line is not None:
                return line
        return None


def display_name(path: Path) -> str:
    """A short, recognisable name for messages: the path below ``resources/`` when it is there."""
    parts = path.parts
    if "resources" in parts:
        return "/".join(parts[parts.index("resources") :])
    return str(path)


def _value(loader: Any, node: yaml.Node, path: Loc, lines: Lines) -> Any:
    import yaml

    lines.by_path[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise yaml.constructor.ConstructorError(None, None, "a key must be a word", key_node.start_mark)
            if key in result:
                raise yaml.constructor.ConstructorError(None, None, f"'{key}' appears twice", key_node.start_mark)
            result[key] = _value(loader, value_node, (*path, key), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_value(loader, child, (*path, index), lines) for index, child in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def load_yaml_lines(path: Path) -> tuple[Any, Lines]:
    """The file's data (dicts, lists, scalars) and the line of each value; ``CourseDataError`` (file and
    line) for a missing file, text that is not UTF-8 or not YAML, a key given twice. PyYAML is imported
    here, not with the module (a course read from the cache needs none)."""
    import yaml

    name = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CourseDataError(name, None, "the file is missing") from None
    except UnicodeDecodeError as exc:
        raise CourseDataError(name, None, f"the file is not UTF-8 text ({exc.reason})") from None
    lines = Lines()
    # libyaml's parser (C) when PyYAML has it: the course's YAML loads in a tenth of the time, with the
    # same line numbers and the same errors; the pure-Python parser otherwise.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        data = _value(loader, root, (), lines) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise CourseDataError(name, line, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise CourseDataError(name, None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    return data, lines


def load_yaml(path: Path) -> Any:
    """The file's data, as ``load_yaml_lines`` reads it."""
    return load_yaml_lines(path)[0]


# ---- checking with pydantic --------------------------------------------------------------------------
def _without_nulls(data: Any) -> Any:
    """A key whose value is empty (``key:``) counts as absent, as in a hand-written file it means."""
    if isinstance(data, dict):
        return {k: _without_nulls(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_without_nulls(v) for v in data]
    return data


def what_of(model: type[BaseModel]) -> str:
    return str(getattr(model, "WHAT", "this entry"))


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel]:
    """The model whose data stands at ``loc`` below ``model`` (the nearest one holding it)."""
    from pydantic import BaseModel

    current, annotation = model, None
    for part in loc:
        if isinstance(part, int):
            listed = _plain(annotation)
            annotation = _plain(get_args(listed)[0]) if get_origin(listed) is list else None
        else:
            field = current.model_fields.get(part)
            annotation = _plain(field.annotation) if field is not None else None
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            current = annotation
    return current


def _plain(annotation: Any) -> Any:
    """``X`` for ``Annotated[X, ...]`` and ``X | None``."""
    while True:
        if getattr(annotation, "__metadata__", None) is not None:
            annotation = get_args(annotation)[0]
            continue
        if get_origin(annotation) in (Union, UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                annotation = args[0]
                continue
        return annotation


def _message(model: type[BaseModel], error: Any) -> str:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    keys = [p for p in loc if isinstance(p, str)]
    key = keys[-1] if keys else ""
    value = error.get("input")
    context = error.get("ctx") or {}
    if kind == "missing":
        return f"{what_of(_model_at(model, loc[:-1]))} has no '{key}'"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{what_of(_model_at(model, loc))} must be a mapping"
    if loc and isinstance(loc[-1], int) and kind in ("string_type", "tk_text"):
        return f"each item of '{key}' must be text"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"'{key}' must be a whole number, not {value!r}"
    if kind in ("bool_type", "bool_parsing"):
        return f"'{key}' must be true or false"
    if kind in ("list_type", "tuple_type"):
        return f"'{key}' must be a list"
    if kind == "greater_than_equal":
        return f"'{key}' must be at least {context.get('ge')}"
    if kind == "string_type":
        return f"'{key}' must be text"
    if kind.startswith("tk_"):  # ours (``course.schema``): the message is written for a trainer
        return f"'{key}' {error['msg']}"
    return f"'{key}': {error['msg']}"


def checked(model: type[M], data: Any, lines: Lines, file: str) -> M:
    """``data`` validated by ``model`` (a pydantic model with a ``WHAT`` such as "the session file");
    ``CourseDataError`` naming ``file``, the line and the problem of the first error."""
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise CourseDataError(file, lines.at(()), f"{what_of(model)} must be a mapping")
    try:
        return model.model_validate(_without_nulls(data))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise CourseDataError(file, lines.at(tuple(first["loc"])), _message(model, first)) from None
