"""Safe YAML → node tree, with every hazard of untrusted input turned into a `Problem`.

We compose (never construct) with a SafeLoader subclass: the node tree keeps the line and column of
every key and value, and no tag can ever build a Python object. Before parsing we refuse what
would be slow or confusing to parse (oversize files, binary data, tab indentation); after parsing
we refuse anchors/aliases that would expand into a huge (or endless) tree when walked.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.scenario.problems import Problem
from simulator.scenario.quoting import quote_slip

MAX_FILE_BYTES = 1_000_000  # a big scenario is ~30 kB; anything near this is a mistake or an attack
MAX_ALIASES = 100  # facilitators may reuse an author or two with anchors; nobody needs hundreds
MAX_EXPANDED_NODES = 50_000  # values an alias-using tree may expand to: caps "billion laughs"
MAX_DEPTH = 60  # nesting levels; the format needs about 6, and the composer recurses per level

YAML_TAG = "tag:yaml.org,2002:"
STR_TAG = YAML_TAG + "str"
NULL_TAG = YAML_TAG + "null"
BOOL_TAG = YAML_TAG + "bool"
INT_TAG = YAML_TAG + "int"
FLOAT_TAG = YAML_TAG + "float"
MERGE_TAG = YAML_TAG + "merge"
SEQ_TAG = YAML_TAG + "seq"
MAP_TAG = YAML_TAG + "map"
ALLOWED_TAGS = frozenset(
    YAML_TAG + name
    for name in ("str", "null", "bool", "int", "float", "timestamp", "seq", "map", "merge")
)

_TAB_INDENT = re.compile(r"^[ ]*\t")


class _LimitExceeded(Exception):
    def __init__(self, mark: yaml.Mark, message: str) -> None:
        self.mark = mark
        self.message = message


class _Cycle(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


class _CountingLoader(yaml.SafeLoader):
    """A SafeLoader that stops composing once a file uses more aliases than anyone needs."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_count = 0
        self.depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                raise _LimitExceeded(self.peek_event().start_mark, f"more than {MAX_ALIASES} "
                                     "aliases (*name); write the values out instead")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _LimitExceeded(self.peek_event().start_mark,
                                 f"nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def problem_at(path: str, mark: yaml.Mark | None, message: str, severity: str = "error") -> Problem:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(path, line, col, message, severity)  # type: ignore[arg-type]


def _utf16(data: bytes) -> bool:
    """UTF-16 text (what some Windows editors save): a byte-order mark, or ASCII with every other
    byte NUL."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:400]
    return len(sample) >= 4 and (sample[1::2].count(0) > 0.9 * len(sample[1::2])
                                 or sample[0::2].count(0) > 0.9 * len(sample[0::2]))


def decode(path: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes → text, refusing oversize, binary and non-UTF-8 input before YAML ever sees it."""
    if len(data) > MAX_FILE_BYTES:
        size = f"{len(data) / 1_000_000:.1f} MB"
        return None, [
            Problem(path, 1, 1, f"file is {size}; scenario files are limited to "
                                f"{MAX_FILE_BYTES // 1_000_000} MB")
        ]
    if b"\x00" in data:
        if _utf16(data):
            return None, [Problem(path, 1, 1, "the file is UTF-16 text: save it as UTF-8")]
        return None, [Problem(path, 1, 1, "not a text file (contains NUL bytes): expected a "
                                          "YAML scenario")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(path, line, col, f"not UTF-8 text (byte 0x{data[error.start]:02x}): "
                                               "save the file as UTF-8")]
    breaks = _hidden_line_breaks(path, text)
    if breaks:
        return None, breaks
    return text, []


_HIDDEN_BREAKS = {"\x85": "NEL (U+0085)", "\u2028": "line separator (U+2028)",
                  "\u2029": "paragraph separator (U+2029)"}


def _hidden_line_breaks(path: str, text: str) -> list[Problem]:
    """YAML counts NEL, U+2028 and U+2029 as line breaks, editors do not: every line number
    after one would point at the wrong line. Each is reported where an editor shows it."""
    if not any(ch in text for ch in _HIDDEN_BREAKS):
        return []
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        for col, ch in enumerate(line, start=1):
            if ch in _HIDDEN_BREAKS:
                problems.append(Problem(path, number, col, f"{_HIDDEN_BREAKS[ch]}: YAML reads it "
                                        "as a new line, editors do not; use a plain line break "
                                        "or a space"))
    return problems


def tab_problems(path: str, text: str) -> list[Problem]:
    """YAML forbids tabs for indentation; say so plainly, once per offending line."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _TAB_INDENT.match(line):
            col = line.index("\t") + 1
            problems.append(Problem(path, number, col, "tab used for indentation; YAML needs "
                                                        "spaces (indent with 2 spaces)"))
    return problems


MAX_QUOTED = 50  # unquoted values `compose_quoting` quotes before it gives up


def compose_quoting(path: str, text: str) -> tuple[Node | None, list[Problem]]:
    """Like `compose`, but an unquoted value YAML stumbles on (`text: Update: we are open`,
    `handle: @dana`) is reported with its fix, quoted, and parsing goes on: the node tree of the
    file as it would be once quoted, and a problem per value quoted (or the first problem that
    is not such a slip, with no tree)."""
    quoted: list[Problem] = []
    for _ in range(MAX_QUOTED):
        root, problems, fixed = _compose(path, text)
        if fixed is None or fixed == text:  # not a slip, or quoting did not get past it
            return (root if not problems else None), quoted + problems
        quoted += problems
        text = fixed
    return None, quoted


def compose(path: str, text: str) -> tuple[Node | None, list[Problem]]:
    """Text → node tree (or None for an empty document), with parse errors as problems."""
    root, problems, _ = _compose(path, text)
    return root, problems


def _compose(path: str, text: str) -> tuple[Node | None, list[Problem], str | None]:
    """`compose`, plus the text with the offending value quoted when the one problem is a
    quoting slip (see `quoting`)."""
    problems = tab_problems(path, text)
    if problems:
        return None, problems, None
    try:
        loader = _CountingLoader(text)  # the reader already rejects control characters here
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except _LimitExceeded as error:
        return None, [problem_at(path, error.mark, error.message)], None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        slip = quote_slip(text, mark.line, mark.column, error.problem) if mark else None
        problem = _syntax_problem(path, error)
        if slip is None:
            return None, [problem], None
        message = problem.message + slip.hint
        return None, [Problem(path, problem.line, problem.col, message)], slip.text
    except yaml.reader.ReaderError as error:
        before = text[: error.position]
        line, col = before.count("\n") + 1, error.position - (before.rfind("\n") + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return None, [Problem(path, line, col, f"control character U+{code:04X} is not allowed "
                                               "in a scenario file")], None
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, f"not valid YAML: {error}")], None
    if root is None:
        return None, [], None
    problems = _tag_problems(path, root)
    if problems:
        return None, problems, None
    if loader.alias_count == 0:  # a tree without aliases is as big as the (capped) file
        return root, [], None
    expansion = _expansion_problem(path, root)
    return (None, [expansion], None) if expansion else (root, [], None)


def _syntax_problem(path: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = error.problem or "not valid YAML"
    if "expected a single document" in str(error.context or ""):
        message = "more than one YAML document (`---`); a scenario file holds exactly one"
    else:
        if error.context:
            where = ""
            if error.context_mark is not None and error.context_mark is not mark:
                where = f" at line {error.context_mark.line + 1}"
            message = f"{message} ({error.context}{where})"
        message = f"YAML syntax error: {message}"
    return problem_at(path, mark, message)


def _tag_problems(path: str, root: Node) -> list[Problem]:
    """Explicit tags other than YAML's plain types (`!!python/object`, `!custom`) are refused."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in ALLOWED_TAGS:
            tag = node.tag.replace(YAML_TAG, "!!")
            problems.append(problem_at(path, node.start_mark, f"tag {tag} is not allowed: "
                                       "scenario files hold plain text, numbers, lists and keys"))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return sorted(problems, key=lambda problem: (problem.line, problem.col))


def _expansion_problem(path: str, root: Node) -> Problem | None:
    """Count the nodes the tree has once aliases are expanded, without expanding them."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise _Cycle(node)
        in_progress.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            children: list[Node] = list(node.value)
        elif isinstance(node, MappingNode):
            children = [item for pair in node.value for item in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > MAX_EXPANDED_NODES:
                break
        in_progress.discard(key)
        sizes[key] = total
        return total

    try:
        total = size(root)
    except _Cycle as cycle:
        return problem_at(path, cycle.node.start_mark, "an alias refers to a node that contains it "
                                                 "(recursive anchor)")
    if total > MAX_EXPANDED_NODES:
        return problem_at(path, root.start_mark, f"aliases expand to more than "
                                                 f"{MAX_EXPANDED_NODES} values; write them out")
    return None


def describe(node: Node) -> str:
    """How a node reads to a facilitator, for 'got …' in messages."""
    if isinstance(node, MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, SequenceNode):
        return "a list"
    assert isinstance(node, ScalarNode)
    if node.tag == NULL_TAG:
        return "nothing (empty value)"
    value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    kind = {BOOL_TAG: "yes/no value", INT_TAG: "number", FLOAT_TAG: "number"}.get(node.tag, "text")
    return f"{kind} {value!r}"
