"""The architecture, proved: no import cycles in the package, and the engine runs only what
is selected (``lint --select WC001`` neither imports tree-sitter nor reads a script)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from test_rule_cases import build
from test_seam_reading import opened_below, probe

PACKAGE = Path(__file__).resolve().parent.parent / "wecontact_cli"


# -- import cycles ---------------------------------------------------------------------------


def modules(package: Path) -> dict[str, Path]:
    """Dotted name -> file of every module of ``package`` (a package is its __init__)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking_only(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:``: imports that never run."""
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level and inside functions (a lazy
    import is a dependency too), except under ``if TYPE_CHECKING``."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif not _type_checking_only(node):
            pending.extend(ast.iter_child_nodes(node))
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that module ``name`` imports, as its source names them."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
            base = ".".join([*anchor, *([node.module] if node.module else [])])
        # `from pkg import mod` imports the submodule; `from mod import name` the module
        targets.update(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names)
    resolved = set()
    for target in targets:
        while target and target not in known:  # a namespace package: its nearest module
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports."""
    known = modules(package)
    return {name: imported(name, path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a -> b -> ... -> a) through each strongly connected group of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []
    for start in sorted(graph):  # Tarjan's algorithm, iteratively
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, edges = work[-1]
            nxt = next((w for w in edges if w not in index or w in stack), None)
            if nxt is not None and nxt not in index:
                index[nxt] = low[nxt] = len(index)
                stack.append(nxt)
                work.append((nxt, iter(sorted(graph[nxt]))))
            elif nxt is not None:
                low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(group)
    return [_cycle_in(group, graph) for group in groups]


def _cycle_in(group: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest cycle through the group's first module, as a path that returns to it."""
    first = min(group)
    paths = {first: [first]}
    frontier = [first]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == first:
                    return [*paths[node], first]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle through {first}")  # pragma: no cover - a group always has one


def test_the_package_has_no_import_cycle() -> None:
    found = cycles(import_graph(PACKAGE))
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(cycle) for cycle in found)


def test_the_graph_sees_lazy_relative_and_submodule_imports_and_names_a_cycle(tmp_path: Path) -> None:
    """The checker itself: a cycle made of a lazy import and a relative `from . import` is
    found and named; an import under TYPE_CHECKING is not an edge."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from pkg.sub import b\n")
    (pkg / "a.py").write_text("def f():\n    from pkg.sub import b\n")
    (pkg / "sub" / "b.py").write_text("from .. import a\nfrom typing import TYPE_CHECKING\n"
                                      "if TYPE_CHECKING:\n    from pkg import c\n")
    (pkg / "c.py").write_text("import pkg.a\n")
    graph = import_graph(pkg)
    assert graph["pkg.a"] == {"pkg.sub.b"} and graph["pkg.sub.b"] == {"pkg.a"} and graph["pkg.c"] == {"pkg.a"}
    assert cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.a"]]


# -- selection gates -------------------------------------------------------------------------

SCRIPTS = {
    "miniprogram/pages/index/index.js": "Page({\n  startmessage(e) {},\n  completemessage(e) {}\n})\n",
    "miniprogram/pages/help/index.json": '{\n  "usingComponents": {"cell": "plugin://contactPlugin/cell"}\n}\n',
    "miniprogram/pages/help/index.wxml": '<cell plugid="a1b2c3d4" bind:startmessage="onStart" />\n',
    "miniprogram/pages/help/index.ts": "Page({ onStart() {} })\n",
    "miniprogram/utils/format.js": "module.exports = {}\n",
}


@pytest.fixture
def scripted(tmp_path: Path) -> Path:
    """A project whose pages have JavaScript and TypeScript, and a cell whose handler needs them."""
    root = tmp_path / "shop"
    build(root, SCRIPTS)
    return root


def script_reads(result: dict, root: Path) -> list[str]:
    return sorted(p for p in opened_below(result, root) if p.endswith((".js", ".ts")))


def tree_sitter(result: dict) -> list[str]:
    return [m for m in result["modules"] if m.split(".")[0].startswith("tree_sitter")]


@pytest.mark.parametrize("select", ["WC001", "WC0,WC1", "WC2"])
def test_a_selection_without_handler_rules_reads_no_script(scripted: Path, select: str) -> None:
    result = probe(scripted.parent, "cli", "lint", scripted, "--select", select, "-f", "json")
    assert result["code"] in (0, 1), result["stderr"]
    assert script_reads(result, scripted) == []
    assert tree_sitter(result) == []


def test_the_default_selection_reads_the_scripts_with_tree_sitter(scripted: Path) -> None:
    """The probe sees both, so the test above is not blind."""
    result = probe(scripted.parent, "cli", "lint", scripted, "-f", "json")
    assert result["code"] in (0, 1), result["stderr"]
    assert script_reads(result, scripted) == ["miniprogram/pages/help/index.ts", "miniprogram/pages/index/index.js"]
    assert tree_sitter(result) != []
