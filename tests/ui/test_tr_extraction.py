"""UI strings written where lupdate can read them: never a tr()/translate() call inside an
f-string's replacement field (lupdate skips some of them, so the French UI would show English),
and counted (plural) strings only through a QObject's ``self.tr(text, "", n)`` (lupdate does
not mark ``translate(context, text, None, n)`` with a variable count as a plural)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TR_NAMES = frozenset({"tr", "translate"})


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _sources() -> Iterator[tuple[Path, ast.AST]]:
    for path in sorted((ROOT / "assistant").rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def tr_calls_in_fstrings(tree: ast.AST) -> list[int]:
    """Lines of tr()/translate() calls inside an f-string's replacement fields."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for value in node.values:
            if not isinstance(value, ast.FormattedValue):
                continue
            for sub in ast.walk(value):
                if isinstance(sub, ast.Call) and _name(sub) in TR_NAMES:
                    found.append(sub.lineno)
    return found


def counted_calls_lupdate_misses(tree: ast.AST) -> list[int]:
    """Lines of module-level-style ``translate()`` calls given a count, and of calls whose
    text has ``%n`` but that give no count."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in TR_NAMES:
            continue
        name = _name(node)
        counted = any(k.arg == "n" for k in node.keywords) or \
            len(node.args) >= (4 if name == "translate" else 3)
        if name == "translate" and counted:
            found.append(node.lineno)
        text_index = 1 if name == "translate" else 0
        text = node.args[text_index] if len(node.args) > text_index else None
        if isinstance(text, ast.Constant) and isinstance(text.value, str) \
                and "%n" in text.value and not counted:
            found.append(node.lineno)
    return found


def test_the_scans_catch_what_they_look_for() -> None:
    bad = ast.parse('f"<b>{self.tr(\'Data\')}</b>"\nf"{_h(translate(\'C\', \'x\'))}"\n'
                    'translate("C", "%n items", None, n)\nself.tr("%n items")\n')
    assert tr_calls_in_fstrings(bad) == [1, 2]
    assert counted_calls_lupdate_misses(bad) == [3, 4]
    good = ast.parse('data = self.tr("Data")\nf"<b>{data}</b>"\nself.tr("%n items", "", n)\n'
                     'translate("C", "Plain")\n')
    assert tr_calls_in_fstrings(good) == [] and counted_calls_lupdate_misses(good) == []


def test_no_tr_call_inside_an_fstring() -> None:
    problems = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _sources()
                for line in tr_calls_in_fstrings(tree)]
    assert problems == [], "move the tr()/translate() call out of the f-string"


def test_counted_strings_go_through_a_qobject_tr() -> None:
    problems = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _sources()
                if path.name != "i18n.py"  # defines translate() itself
                for line in counted_calls_lupdate_misses(tree)]
    assert problems == [], "use self.tr(text, '', n) in a QObject method for counted text"
