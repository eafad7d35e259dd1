"""The import graph runs one way: each package of ``actorgraph`` imports only itself and
the packages of lower layers. The layers follow the README's data flow (article -> nlp ->
resolve -> store -> api, web) and what the code needs:

- ``model``, ``errors``, ``config``: the vocabulary every layer shares;
- ``resolve``: canonical names and claims (``nlp`` normalises names with it);
- ``nlp``, ``graph`` and ``dedup``: extraction, the pure graph algorithms and the
  near-duplicate fingerprints, side by side;
- ``store`` and ``neo4jlocal``: the two backends behind one protocol, and the local server;
- ``ingest`` and ``evaluation``: what runs extraction into a store (fetching pages and
  polling feeds included), and what measures it;
- ``web``, then ``api``, then ``cli``: the interfaces (the API serves the web pages, the
  CLI starts the API).

Imports inside functions count: a lazy import is still a dependency. Packages in one layer
are independent of each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import actorgraph

PACKAGE = Path(actorgraph.__file__).parent

LAYERS: list[frozenset[str]] = [
    frozenset({"model", "errors", "config"}),
    frozenset({"resolve"}),
    frozenset({"nlp", "graph", "dedup"}),
    frozenset({"store", "neo4jlocal"}),
    frozenset({"ingest", "evaluation"}),
    frozenset({"web"}),
    frozenset({"api"}),
    frozenset({"cli"}),
]
LEVEL = {name: number for number, layer in enumerate(LAYERS) for name in layer}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = PACKAGE) -> Iterator[str]:
    """The ``actorgraph`` modules one file imports, relative imports made absolute."""
    name = module_name(path, root).split(".")
    package = name if path.name == "__init__.py" else name[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == "actorgraph")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
            if base.split(".")[0] == "actorgraph":
                yield base


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    return {module_name(p, root): set(imports_of(p, root)) for p in sorted(root.rglob("*.py"))}


def top(module: str) -> str:
    """The package of a module: ``actorgraph.store.neo4j`` -> ``store``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a package from its own layer or a higher one, as readable lines."""
    found: list[str] = []
    for module, imported in sorted(graph.items()):
        mine = top(module)
        for target in sorted(imported):
            theirs = top(target)
            if not mine or not theirs or theirs == mine:
                continue
            if LEVEL[theirs] >= LEVEL[mine]:
                layers = f"{mine} is layer {LEVEL[mine]}, {theirs} {LEVEL[theirs]}"
                found.append(f"{module} imports {target} ({layers})")
    return found


def crossings(graph: dict[str, set[str]], importer: str, forbidden: Iterable[str]) -> list[str]:
    blocked = tuple(forbidden)
    return [
        f"{module} imports {target}"
        for module, imported in sorted(graph.items())
        if module.startswith(importer)
        for target in sorted(imported)
        if target.startswith(blocked)
    ]


def test_every_package_has_a_layer() -> None:
    packages = {top(m) for m in import_graph()} - {""}
    assert packages == set(LEVEL), f"give these a layer: {sorted(packages - set(LEVEL))}"


def test_imports_run_one_way() -> None:
    assert upward_imports(import_graph()) == []


def test_backends_do_not_import_each_other() -> None:
    graph = import_graph()
    sqlite_side = ["actorgraph.store.sqlite", "actorgraph.store.embedded"]
    assert crossings(graph, "actorgraph.store.neo4j", sqlite_side) == []
    assert crossings(graph, "actorgraph.store.sqlite", ["actorgraph.store.neo4j"]) == []
    assert crossings(graph, "actorgraph.store.embedded", ["actorgraph.store.neo4j"]) == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The check itself: a graph module importing the store, written out as real files and
    read the same way, is reported; so is a relative import between two sibling layers."""
    root = tmp_path / "actorgraph"
    (root / "graph").mkdir(parents=True)
    (root / "nlp").mkdir()
    (root / "__init__.py").write_text("")
    (root / "graph" / "__init__.py").write_text("")
    (root / "nlp" / "__init__.py").write_text("")
    lazy_upward = "def f() -> None:\n    from actorgraph.store.base import Store\n"
    (root / "graph" / "paths.py").write_text(lazy_upward)
    (root / "nlp" / "rules.py").write_text("from ..graph import paths\n")
    assert upward_imports(import_graph(root)) == [
        "actorgraph.graph.paths imports actorgraph.store.base (graph is layer 2, store 3)",
        "actorgraph.nlp.rules imports actorgraph.graph (nlp is layer 2, graph 2)",
    ]
