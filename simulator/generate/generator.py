"""`generate()`: one kind of crisis, a difficulty, a seed and a locale, written and checked.

    generated = generate("outage", difficulty="medium", seed=42, locale="en_US")
    generated.text       # the YAML file, commented, valid as written
    generated.scenario   # the same, loaded by the real loader

The same kind, difficulty, seed and locale write the same file, byte for byte: every choice
comes from one seeded stream (`context.KindContext`), and Faker is seeded from it. Each kind's
words live in `kinds/`, the structure they share in `build.py`, the checks in `coherence.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.generate.build import Draft, build
from simulator.generate.coherence import IncoherentScenario, problems
from simulator.generate.difficulty import DIFFICULTIES
from simulator.generate.kinds import KINDS, available_kinds, load_kind
from simulator.generate.writer import write_yaml
from simulator.scenario.model import Scenario

DEFAULT_LOCALE = "en_US"
DEFAULT_DIFFICULTY = "medium"


@dataclass(frozen=True, slots=True)
class Generated:
    text: str
    scenario: Scenario
    draft: Draft


def pick_kind(seed: int) -> str:
    """The kind a seed gets when none is asked for: every kind in turn over seeds."""
    kinds = available_kinds()
    return kinds[seed % len(kinds)]


def command_for(kind: str, difficulty: str, seed: int, locale: str) -> str:
    """The command that writes this scenario again."""
    parts = ["crisis-drill generate", f"--kind {kind}", f"--difficulty {difficulty}",
             f"--seed {seed}"]
    if locale != DEFAULT_LOCALE:
        parts.append(f"--locale {locale}")
    return " ".join(parts)


def generate(kind: str, *, difficulty: str = DEFAULT_DIFFICULTY, seed: int,
             locale: str = DEFAULT_LOCALE) -> Generated:
    """One scenario, written and validated; `IncoherentScenario` if a check fails (a bug in a
    kind, never the user's doing)."""
    from simulator.scenario.loader import validate_text

    if difficulty not in DIFFICULTIES:
        raise ValueError(f"unknown difficulty {difficulty!r} (one of {', '.join(DIFFICULTIES)})")
    draft = build(load_kind(kind), difficulty, seed, locale)
    found = problems(draft)
    if found:
        raise IncoherentScenario("; ".join(found))
    text = write_yaml(draft.doc, _header(draft))
    scenario, found_problems = validate_text(text, f"{draft.doc['id']}.yaml")
    errors = [p for p in found_problems if p.is_error]
    if scenario is None or errors:
        raise IncoherentScenario("the generated file does not validate: "
                                 + "; ".join(str(p) for p in found_problems))
    return Generated(text, scenario, draft)


def _header(draft: Draft) -> str:
    label = KINDS[draft.kind]
    return (
        f"{draft.doc['title']}\n"
        f"Generated: {label}, {draft.difficulty}, seed {draft.seed}, locale {draft.locale}.\n"
        f"Written again, byte for byte, by:\n"
        f"  {command_for(draft.kind, draft.difficulty, draft.seed, draft.locale)}\n"
        "\n"
        "Edit it like any scenario: the comments above each part say what it is for, and\n"
        "docs/scenario-format.md has every key. After an edit run `crisis-drill validate` on\n"
        "this file, and `crisis-drill preview` to see what arrives when."
    )
