"""No module in `simulator/` or `scoring/` imports in a circle.

Read from the source (every module's imports, by AST; imports only for type checkers left out):
at import time there is no circle at all. A few imports inside functions close a loop on
purpose, each the usual way to defer a choice until it is made (they are listed with their
reasons in docs/architecture.md); any other circle, at import time or deferred, fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("simulator", "scoring")

# Deferred on purpose (an import inside a function, run when it is called):
DEFERRED = {
    # `Store.open(target)` picks a backend; each backend is a Store
    frozenset({"simulator.store.store", "simulator.store.sqlite", "simulator.store.postgres"}),
    # `history`/`leaderboard` ask proof which scores the log backs; proof reads the log here
    frozenset({"simulator.debrief.queries", "simulator.debrief.proof"}),
    # the team report renders itself as html or markdown; each renderer reads its data types
    frozenset({"simulator.team.report", "simulator.team.report_html", "simulator.team.report_md"}),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def imported(path: Path, *, deferred: bool) -> set[str]:
    """The project modules `path` imports: at import time, or also inside functions."""
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue  # for the type checker only: never run
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if deferred:
                    visit(node.body)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    found.add(name if name in MODULES else node.module)
            for block in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(node, block, None)
                if isinstance(inner, list):
                    visit(inner)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found & set(MODULES)


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(frozenset(group))
    return found


def test_no_module_imports_in_a_circle_at_import_time() -> None:
    graph = {name: imported(path, deferred=False) for name, path in MODULES.items()}
    assert circles(graph) == []


def test_the_only_deferred_circles_are_the_deliberate_ones() -> None:
    graph = {name: imported(path, deferred=True) for name, path in MODULES.items()}
    assert set(circles(graph)) == DEFERRED


def test_the_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [frozenset({"a", "b", "c"})]
    source = ROOT / "simulator" / "drill" / "posts.py"
    assert "simulator.scenario.model" in imported(source, deferred=False)
