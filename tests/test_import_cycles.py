"""No module of TrainerKit imports, directly or through others, a module that imports it back (not even
inside a function): each job can be read, tested and changed from its imports down. The layers
themselves are import-linter contracts in pyproject.toml (`lint-imports`)."""

from __future__ import annotations

import pytest

grimp = pytest.importorskip("grimp")  # comes with import-linter (the test extras)


def test_there_are_no_import_cycles() -> None:
    graph = grimp.build_graph("trainerkit", exclude_type_checking_imports=True)
    cycles = sorted(
        {
            tuple(sorted((module, imported)))
            for module in graph.modules
            for imported in graph.find_modules_directly_imported_by(module)
            if graph.chain_exists(importer=imported, imported=module)
        }
    )
    assert cycles == []
