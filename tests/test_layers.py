"""The layers of the package, as ``docs/ARCHITECTURE.md`` draws them: every import of every
module of ``assistant/`` (at the top and inside functions, relative ones resolved) points
down, never up nor across to a peer, so no two layers import each other.

The walk reads the source (``ast``): it imports nothing, and takes a fraction of a second."""

from __future__ import annotations

import ast
import functools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

# Bottom to top. A unit may import the units of the tiers below its own, never one of its
# own tier nor above. A unit is a subpackage (``store``) or a module at the package's root
# (``paths``); ``assistant`` is the package's ``__init__`` (the app's name and version).
TIERS: list[tuple[str, ...]] = [
    ("assistant", "domain"),  # names and version; the rules (standard library only)
    ("paths",),  # where the app's files live
    ("content", "windowed"),  # shipped texts; what a program without a console needs
    ("store",),  # the dossier file (SQLite), and ``atomic`` (see UNIT_OF)
    ("exchange", "reports"),  # file formats in and out; PDFs and letters
    ("website",),  # the website check: its crawler reads the store, its report is a PDF
    ("demo", "logsetup"),  # the demo dossier; the log file (it knows held files)
    ("ui",),  # the window
    ("app",),  # the window's start: the QApplication, the crash handler
    ("cli",),  # the command line, which starts the window when asked no command
    ("__main__",),
]

# Root modules that belong to a layer whose folder they are not in.
UNIT_OF = {
    # writes a file whole or not at all, with the store's errors and its held files: the
    # store's own I/O (the store uses it, and it uses the store)
    "atomic": "store",
    "logrotation": "logsetup",  # the log's rotation, loaded once the window has painted
}

# The standard library only: the rules run anywhere, tested with nothing but Python.
STDLIB_ONLY = ("domain",)
# ...but for python-stdnum, which checks the keys of SIRET and VAT numbers (pure Python, no
# I/O, a declared dependency): writing those checks again would be worse.
LIBRARIES_OF_THE_RULES = ("stdnum",)

# Layers that never talk to SQLite themselves: they go through store functions, and
# SQLite's errors reach them as ``assistant.store.errors`` types.
NO_SQLITE = ("ui", "exchange", "reports")

# Arrows that go the wrong way today, in files another area is changing: each one must go
# (the test fails when one is gone, so that the list only shrinks).
KNOWN: set[tuple[str, str]] = set()

RANK = {unit: rank for rank, tier in enumerate(TIERS) for unit in tier}


@dataclass(frozen=True)
class Arrow:
    module: str  # dotted name of the importing module
    line: int
    target: str  # dotted name imported (a module, or a package)

    def where(self) -> str:
        path = self.module.replace(".", "/")
        return f"{path}.py:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


@functools.cache
def exists(dotted: str) -> bool:
    base = PACKAGE.parent.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def statements(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every statement, nested ones too (an import is a statement: expressions need no
    visit, which makes the walk three times faster than ``ast.walk``)."""
    for node in nodes:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                yield from statements(inner)


def imports(path: Path, text: str | None = None) -> list[Arrow]:
    """Every import in the file (or in ``text`` read as that file), wherever it stands: at
    the top, in a function, under ``TYPE_CHECKING``; in the order of the lines."""
    name = module_name(path)
    package = name.split(".") if is_package(path) else name.split(".")[:-1]
    if text is None:
        text = path.read_text(encoding="utf-8")
    found: list[Arrow] = []
    for node in statements(ast.parse(text, str(path)).body):
        if isinstance(node, ast.Import):
            found += [Arrow(name, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package, one level up per extra dot
                base = ".".join(package[:len(package) - node.level + 1])
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            for alias in node.names:  # ``from . import x``: x may be a module
                sub = f"{source}.{alias.name}"
                target = sub if source.startswith("assistant") and exists(sub) else source
                found.append(Arrow(name, node.lineno, target))
    return sorted(set(found), key=lambda arrow: (arrow.line, arrow.target))


def unit(dotted: str) -> str:
    parts = dotted.split(".")
    if len(parts) == 1:
        return "assistant"
    return UNIT_OF.get(parts[1], parts[1])


@functools.cache
def all_arrows() -> tuple[Arrow, ...]:
    return tuple(arrow for path in sorted(PACKAGE.rglob("*.py")) for arrow in imports(path))


def wrong_way(arrows: Iterable[Arrow]) -> list[tuple[Arrow, str]]:
    """The arrows between two units that do not point to a lower tier, with the rule."""
    wrong = []
    for arrow in arrows:
        if arrow.target.split(".")[0] != "assistant":
            continue
        source, target = unit(arrow.module), unit(arrow.target)
        if source == target:
            continue
        if source not in RANK or target not in RANK:
            wrong.append((arrow, f"{source} or {target} has no place in the layers"))
        elif RANK[target] >= RANK[source]:
            side = "up" if RANK[target] > RANK[source] else "across"
            wrong.append((arrow, f"{source} -> {target} points {side}"))
    return wrong


def test_every_unit_has_its_place_in_the_layers() -> None:
    units = {unit(module_name(path)) for path in PACKAGE.rglob("*.py")}
    assert units <= set(RANK), f"place these in TIERS: {sorted(units - set(RANK))}"


def test_imports_point_down_only() -> None:
    wrong = [(arrow, rule) for arrow, rule in wrong_way(all_arrows())
             if (arrow.module, arrow.target) not in KNOWN]
    assert not wrong, "imports against the layers (docs/ARCHITECTURE.md):\n" + "\n".join(
        f"  {arrow.where()}: {arrow.module} imports {arrow.target} ({rule})"
        for arrow, rule in wrong)


def test_the_known_wrong_arrows_are_still_there() -> None:
    """Once one is gone, its entry goes too: the list says what is left to do."""
    seen = {(arrow.module, arrow.target) for arrow, _ in wrong_way(all_arrows())}
    assert seen >= KNOWN, f"gone, take them out of KNOWN: {sorted(KNOWN - seen)}"


def test_no_cycle_between_packages() -> None:
    """Said apart from the arrows' directions: which layers end up importing each other.
    (Inside a layer, a package and its subpackages still import each other: ``ui`` and
    ``ui.pages``, ``reports`` and ``reports.sections``.)"""
    graph: dict[str, set[str]] = {}
    for arrow in all_arrows():
        if arrow.target.split(".")[0] != "assistant" \
                or (arrow.module, arrow.target) in KNOWN:
            continue
        source, target = unit(arrow.module), unit(arrow.target)
        if source != target:
            graph.setdefault(source, set()).add(target)
    cycle = find_cycle(graph)
    assert cycle is None, "layers that import each other: " + " -> ".join(cycle or [])


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node):], node]
        if node in done:
            return None
        for following in sorted(graph.get(node, ())):
            found = visit(following, [*path, node])
            if found:
                return found
        done.add(node)
        return None

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return None


def test_the_rules_import_the_standard_library_only() -> None:
    foreign = [
        f"  {arrow.where()}: {arrow.module} imports {arrow.target}"
        for arrow in all_arrows()
        if unit(arrow.module) in STDLIB_ONLY
        and arrow.target.split(".")[0] not in sys.stdlib_module_names
        and arrow.target.split(".")[0] not in LIBRARIES_OF_THE_RULES
        and unit(arrow.target) not in STDLIB_ONLY
        and arrow.target != "__future__"
    ]
    assert not foreign, "outside the standard library:\n" + "\n".join(foreign)


def test_no_sqlite_in_the_window_exchange_or_reports() -> None:
    found = [
        f"  {arrow.where()}: {arrow.module} imports {arrow.target} (the store runs SQL)"
        for arrow in all_arrows()
        if unit(arrow.module) in NO_SQLITE
        and arrow.target.split(".")[0] in ("sqlite3", "_sqlite3")
    ]
    assert not found, "sqlite3 outside the store:\n" + "\n".join(found)


def test_the_walk_sees_every_kind_of_import() -> None:
    """The walk itself: a relative ``from . import x``, an import inside a function and one
    under ``TYPE_CHECKING`` are each found, and resolved to the module they name."""
    source = PACKAGE / "store" / "__init__.py"
    text = ("from typing import TYPE_CHECKING\n"
            "from . import errors\n"
            "from .errors import DossierError\n"
            "if TYPE_CHECKING:\n"
            "    from ..ui.session import Session\n"
            "def f():\n"
            "    import assistant.reports.builder\n")
    arrows = imports(source, text)
    targets = [(a.line, a.target) for a in arrows]
    assert targets == [(1, "typing"), (2, "assistant.store.errors"),
                       (3, "assistant.store.errors"), (5, "assistant.ui.session"),
                       (7, "assistant.reports.builder")]
    rules = [rule for _, rule in wrong_way(arrows)]
    assert rules == ["store -> ui points up", "store -> reports points up"]
