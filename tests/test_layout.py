"""The package's layout holds: imports go one way between its parts, and no module uses another's private names.

Read from the source with `ast`, so a wrong import fails here even where it is lazy (inside a function).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
NAMEDTUPLE = {"_replace", "_asdict", "_fields", "_make"}  # public API, underscored so as not to clash with field names
PARTS = ("schemas", "tasks", "warehouse", "flows", "report", "cli")
# What each part may import of the project, besides itself. schemas: nothing. The stages reach storage only through
# ports (`akhbar.tasks.ports`), and storage never calls a stage. The command line starts flows, reads the warehouse, writes
# the report, and calls a few stages that are no flow (building a random model, scoring against references).
ALLOWED = {
    "schemas": set(),
    "tasks": {"schemas"},
    "warehouse": {"schemas"},
    "flows": {"tasks", "warehouse", "schemas"},
    "report": {"warehouse", "schemas"},
    "cli": {"flows", "warehouse", "report", "tasks", "schemas"},
}


def modules() -> list[tuple[str, Path, ast.Module]]:
    return [(part, path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for part in PARTS for path in sorted((ROOT / part).rglob("*.py"))]


def imported_parts(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, part) of every `akhbar.<part>` the module imports, at any depth."""
    found = []
    for node in ast.walk(tree):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        found += [(node.lineno, name.split(".")[1]) for name in names if name.startswith("akhbar.") and name.count(".") >= 1]
    return found


def test_every_part_is_checked() -> None:
    assert set(ALLOWED) == set(PARTS)
    assert {part for part, _, _ in modules()} == set(PARTS)  # each part has modules: the walk found them


@pytest.mark.parametrize("part", PARTS)
def test_imports_go_one_way(part: str) -> None:
    wrong = [f"{path.relative_to(ROOT)}:{line} imports akhbar.{other}"
             for owner, path, tree in modules() if owner == part
             for line, other in imported_parts(tree) if other != part and other not in ALLOWED[part]]
    assert wrong == []


def private_definitions(tree: ast.Module) -> set[str]:
    """Private names a module defines: functions, classes, module and class attributes, `self._x` it assigns."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
    return {name for name in names if name.startswith("_") and not name.startswith("__")}


def test_no_module_uses_another_modules_private_names() -> None:
    parsed = modules()
    defined = {path: private_definitions(tree) for _, path, tree in parsed}
    everywhere = set().union(*defined.values())
    wrong = []
    for _, path, tree in parsed:
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("akhbar."):
                wrong += [f"{path.relative_to(ROOT)}:{node.lineno} imports {alias.name}" for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")]
            elif isinstance(node, ast.Attribute) and node.attr in everywhere - NAMEDTUPLE and node.attr not in defined[path]:
                owner = node.value.id if isinstance(node.value, ast.Name) else ""
                if owner not in ("self", "cls"):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} uses .{node.attr}")
    assert wrong == []


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """The walkers see a lazy import and a private attribute: the two checks above are not vacuous."""
    tree = ast.parse("def f():\n    from akhbar.warehouse.store import _x\n    return store._connect()\n")
    assert imported_parts(tree) == [(2, "warehouse")]
    assert "_connect" not in private_definitions(tree) and "_x" not in private_definitions(tree)
