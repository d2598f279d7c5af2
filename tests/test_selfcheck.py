"""TrainerKit finds its own modules by plain imports: no ``importlib.import_module``/``__import__`` of a
``trainerkit`` module anywhere in src/, and the build's self-check imports every module on disk through
the static list in ``trainerkit/selfcheck_modules.py``."""

from __future__ import annotations

import ast
from pathlib import Path

from trainerkit import selfcheck

SRC = Path(__file__).resolve().parent.parent / "src" / "trainerkit"
DYNAMIC = {"import_module", "__import__"}


def _dynamic_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """Calls of ``importlib.import_module``/``__import__`` (however spelt) whose module is not a
    third-party name written out: a variable or any ``trainerkit`` name."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in DYNAMIC:
            continue
        first = node.args[0] if node.args else None
        literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
        if literal is None or literal == "trainerkit" or literal.startswith(("trainerkit.", ".")):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_checker_catches_what_it_looks_for() -> None:
    code = (
        "import importlib\nfrom importlib import import_module\n"
        "importlib.import_module('trainerkit.cli.main')\nimport_module(name)\n__import__('trainerkit')\n"
        "importlib.import_module('.x', 'trainerkit')\nimportlib.import_module('typst')\n"
    )
    assert [line for line, _ in _dynamic_imports(ast.parse(code))] == [3, 4, 5, 6]


def test_no_module_of_trainerkit_is_imported_dynamically() -> None:
    offenders = [
        f"{path.relative_to(SRC.parent)}:{line}: {call}"
        for path in sorted(SRC.rglob("*.py"))
        for line, call in _dynamic_imports(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == [], "import these modules with a plain import statement:\n" + "\n".join(offenders)


def _listed() -> list[str]:
    """The modules ``selfcheck_modules`` imports, checking that each ``with check(name)`` imports ``name``."""
    tree = ast.parse((SRC / "selfcheck_modules.py").read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.With):
            call = node.items[0].context_expr
            assert isinstance(call, ast.Call) and isinstance(call.args[0], ast.Constant)
            (statement,) = node.body
            assert isinstance(statement, ast.Import), ast.unparse(statement)
            assert [alias.name for alias in statement.names] == [call.args[0].value], ast.unparse(node)
            names.append(str(call.args[0].value))
    return names


def test_the_self_check_list_names_every_module_on_disk() -> None:
    listed = _listed()
    on_disk = [m for m in selfcheck.source_modules() if m not in selfcheck.SELF]
    missing = sorted(set(on_disk) - set(listed))
    assert not missing, "add to trainerkit/selfcheck_modules.py:\n" + "\n".join(
        f'    with check("{m}"):\n        import {m}' for m in missing
    )
    assert sorted(set(listed) - set(on_disk)) == [], "selfcheck_modules.py lists modules that are gone"
    assert len(listed) == len(set(listed))


def test_a_module_the_build_lists_but_the_check_does_not_import_fails(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(selfcheck, "expected_modules", lambda: ["trainerkit.paths", "trainerkit.gone"])
    monkeypatch.setattr(selfcheck, "expected_extras", lambda: [])
    report = selfcheck.run_self_check()
    assert report["failed"] == {"trainerkit.gone": "not imported: add it to trainerkit/selfcheck_modules.py"}
    assert report["ok"] is False
    assert report["imported"] == len(_listed())
