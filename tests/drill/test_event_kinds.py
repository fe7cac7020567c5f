"""No event kind is spelled as a string outside `simulator/drill/events.py`.

The kinds are the contract between the engine, the store, the score, the debrief and the
reports, and their values are stored: a literal `"post_arrived"` somewhere else is a typo away
from a branch that never runs, and invisible to a rename. So every module of `simulator/` and
`scoring/` is parsed and each string constant is checked against `EventKind`'s values:

- the kinds that are no ordinary word (`post_arrived`, `drill_ended`...) may not appear at all;
- the four that are (`action`, `statement`, `inject`, `note`) are also field names, action kinds
  and command names, so a constant that only names a key or an attribute (`data["note"]`,
  `{"note": ...}`, `data.get("note")`, `"note" in data`, `getattr(x, "note")`, the store's
  dotted paths `get(data, "note")`) is not one;
- a kind quoted inside a string (SQL's `e.kind = 'inject'`) counts as well: pass a parameter.

What is left over and still not an event kind is listed in ALLOWED, each with its reason; an entry
that no longer matches anything fails too, so the list cannot outlive its reasons.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from simulator.drill.events import EventKind

ROOT = Path(__file__).resolve().parents[2]
EXEMPT = Path("simulator/drill/events.py")  # where the kinds are defined
# The generator's kinds of crisis are words a trainee reads ("our statement", a /statement
# link), never event kinds: the English words are allowed there, the kinds' own spellings
# (post_arrived...) are still not.
WORDS_ONLY = Path("simulator/generate/kinds")
KINDS = {kind.value for kind in EventKind}
WORDS = {kind for kind in KINDS if "_" not in kind}  # action, statement, inject, note
SQL_KIND = re.compile(r"'(" + "|".join(sorted(KINDS)) + r")'")
KEY_METHODS = {"get", "pop", "setdefault"}  # d.get("note"): the first argument is a key
NAME_ARGS = {"getattr": slice(1, 2), "hasattr": slice(1, 2),  # getattr(x, "note")
             "get": slice(1, None)}  # the store's get(data, "kind", "action"): paths

# (module, value): why that module's constants with that value are not event kinds.
ALLOWED: dict[tuple[str, str], str] = {
    ("scoring/statement.py", "statement"):
        "ReplyContext.action, the scorer's own word for what it scores; scoring imports nothing "
        "from simulator",
    ("simulator/drill/engine.py", "inject"): "Post.source of an injected post",
    ("simulator/drill/posts.py", "inject"): "the default id of an injected post's spec",
    ("simulator/debrief/replay.py", "threshold_crossed"):
        "a field of the replayed post's state, named after the event that sets it",
    ("simulator/debrief/model.py", "inject"): "the timeline's words for who sent an inject",
    ("simulator/scenario/msel.py", "follow_up"): "a row type of the MSEL spreadsheet",
    ("simulator/scenario/msel.py", "inject"): "a row type of the MSEL spreadsheet",
    ("simulator/cli/msel_cmd.py", "inject"): "the MSEL import's count label",
    ("simulator/cli/session_cmds.py", "inject"): "a subcommand's name",
    ("simulator/cli/session_cmds.py", "note"): "a subcommand's name",
    ("simulator/tui/screens/escalate.py", "note"): "a widget id",
    ("simulator/tui/debrief/text.py", "inject"): "the timeline's label for an inject (same word)",
    ("simulator/tui/debrief/text.py", "note"): "the timeline's label for a note (same word)",
    ("simulator/tui/facilitate/app.py", "inject"):
        "the console's kind of log line, for a session inject (a store row, not an event)",
    ("simulator/tui/facilitate/app.py", "note"):
        "the console's kind of log line and key binding, for an observer note (a store row)",
    ("simulator/team/report.py", "inject"):
        "the team report's tag and words for a live inject, beside scheduled ones",
    ("simulator/records/merge.py", "note"): "a column of the actions table",
}


def modules() -> list[Path]:
    return sorted(path.relative_to(ROOT) for folder in ("simulator", "scoring")
                  for path in (ROOT / folder).rglob("*.py"))


def key_constants(tree: ast.AST) -> set[int]:
    """ids of the constants that name a key or an attribute: dict display keys, subscripts, the
    first argument of `.get`/`.pop`/`.setdefault`, the left side of `in`, the name given to
    `getattr`/`hasattr`, the paths given to the store's `get`."""
    keys: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys.update(id(key) for key in node.keys if key is not None)
        elif isinstance(node, ast.Subscript):
            keys.add(id(node.slice))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in KEY_METHODS and node.args:
            keys.add(id(node.args[0]))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in NAME_ARGS:
            keys.update(id(arg) for arg in node.args[NAME_ARGS[node.func.id]])
        elif isinstance(node, ast.Compare) and all(
                isinstance(op, ast.In | ast.NotIn) for op in node.ops):
            keys.add(id(node.left))
    return keys


def literals(source: str) -> list[tuple[int, str]]:
    """(line, value) of every string constant in `source` that spells an event kind."""
    tree = ast.parse(source)
    keys = key_constants(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        value = node.value
        if value in KINDS and not (value in WORDS and id(node) in keys):
            found.append((node.lineno, node.col_offset, value))
        found += [(node.lineno, node.col_offset, f"'{m}'") for m in SQL_KIND.findall(value)]
    return [(line, value) for line, _, value in sorted(found)]


def test_no_event_kind_is_spelled_outside_the_events_module() -> None:
    stray, used = [], set()
    for path in modules():
        if path == EXEMPT:
            continue
        for line, value in literals((ROOT / path).read_text(encoding="utf-8")):
            if path.is_relative_to(WORDS_ONLY) and value in WORDS:
                continue
            if (str(path), value) in ALLOWED:
                used.add((str(path), value))
            else:
                name = value.strip("'").upper()
                stray.append(f"{path}:{line}: {value!r} (write EventKind.{name})")
    assert not stray, "\n".join(stray)
    assert not set(ALLOWED) - used, f"allowed but no longer there: {set(ALLOWED) - used}"


def test_the_check_sees_each_form() -> None:
    """The walker itself: a kind as a value, in a comparison, in SQL and in a tuple is found;
    a word kind naming a key is not."""
    source = '''
kind = "post_arrived"
if event.kind == "note": pass
if kind in ("inject", "follow_up"): pass
rows = "SELECT * FROM events WHERE kind = 'drill_ended'"
row = {"kind": "action"}
text = data["note"] or data.get("note") or {"note": 1} or getattr(x, "note")
if "note" in data: pass
'''
    assert literals(source) == [(2, "post_arrived"), (3, "note"), (4, "inject"),
                                (4, "follow_up"), (5, "'drill_ended'"), (6, "action")]
