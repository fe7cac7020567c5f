"""Scenario files are parsed by libyaml when PyYAML has it, and by PyYAML's own parser otherwise
(and for every file libyaml cannot parse, for PyYAML's messages). Both must give the loader the
same node tree, down to each node's line, column and style: every line number a facilitator sees
comes from it. The limits on aliases and depth hold on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.generate import generate
from simulator.scenario import yamlnodes
from simulator.scenario.yamlnodes import MAX_ALIASES, MAX_DEPTH, compose

ROOT = Path(__file__).parents[2]
FILES = sorted([*(ROOT / "scenarios").glob("*.yaml"),
                *(ROOT / "tests" / "data" / "scenarios").glob("*.yaml")])

needs_libyaml = pytest.mark.skipif(yamlnodes._CParser is None, reason="PyYAML without libyaml")


def _tree(node: Node | None) -> object:
    """A node as plain data: tag, style, both marks, and its value or children."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line,
             node.end_mark.column)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.style, marks, node.value)
    if isinstance(node, SequenceNode):
        return ("seq", node.tag, node.flow_style, marks, [_tree(item) for item in node.value])
    assert isinstance(node, MappingNode)
    return ("map", node.tag, node.flow_style, marks,
            [(_tree(key), _tree(value)) for key, value in node.value])


def _texts() -> list[tuple[str, str]]:
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in FILES]
    texts += [(f"generated {kind}", generate(kind, seed=5).text)
              for kind in ("outage", "breach", "campaign")]
    return texts


@needs_libyaml
def test_both_parsers_give_the_same_tree_for_every_file_that_parses() -> None:
    compared = 0
    for name, text in _texts():
        fast = yamlnodes._fast_compose(text)
        try:
            slow = yamlnodes._python_compose(text)
        except Exception:  # a file PyYAML refuses must be refused by libyaml as well
            assert fast is None, name
            continue
        assert fast is not None, name
        assert _tree(fast[0]) == _tree(slow[0]) and fast[1] == slow[1], name
        compared += 1
    assert compared >= 12


@needs_libyaml
def test_the_limits_hold_on_the_fast_path_and_the_message_is_pyyamls() -> None:
    aliases = "a: &x 1\nb: [" + ", ".join(["*x"] * (MAX_ALIASES + 1)) + "]\n"
    deep = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    for text, message in ((aliases, "aliases"), (deep, "levels deep")):
        assert yamlnodes._fast_compose(text) is None
        root, problems = compose("drill.yaml", text)
        assert root is None and len(problems) == 1 and message in problems[0].message


def test_a_syntax_error_reads_as_pyyaml_writes_it() -> None:
    root, problems = compose("drill.yaml", "id: x\ntext: Update: is the app down?\n")
    assert root is None
    assert [(p.line, p.col) for p in problems] == [(2, 13)]
    assert problems[0].message.startswith("YAML syntax error: mapping values are not allowed here")
