"""The format keys a facilitator asked for, played on the real engine from a real YAML file:
facts that become known mid-drill, the master events list (scheduled injects), several correct
routes, chained follow-ups with their own reach and severity, and reusable authors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.drill import actions
from simulator.drill.engine import Engine
from simulator.drill.events import Action
from simulator.scenario import load_scenario
from simulator.scenario.loader import validate_text
from simulator.scenario.schema import scenario_schema
from simulator.store import hash_scenario

FILE = Path(__file__).parents[1] / "data" / "scenarios" / "master-events.yaml"
NEW_FACT = "The health department has confirmed three cases linked to one restaurant."


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(FILE)


def played(scenario, until: float, *moves: tuple[float, Action]) -> Engine:
    engine = Engine(scenario, 1)
    for t, action in moves:
        engine.advance(t)
        engine.apply(action)
    engine.advance(until)
    return engine


def test_a_fact_update_arrives_on_time_and_the_scorer_credits_it_from_then_on(scenario) -> None:
    reply = (f"Hi Rebecca, I'm so sorry. {NEW_FACT} Please DM us so we can help your son.")
    before = played(scenario, 30)
    assert NEW_FACT not in before.facts
    early = actions.reply_tone(reply, actions.reply_context(before, "s:sick", None))
    after = played(scenario, 70)
    assert after.facts[-1] == NEW_FACT
    (event,) = [e for e in after.log if e.kind == "fact_update"]
    assert event.t == 60.0 and event.data["text"] == NEW_FACT
    late = actions.reply_tone(reply, actions.reply_context(after, "s:sick", None))
    assert "stated_fact" not in {f.rule for f in early.findings}
    assert "stated_fact" in {f.rule for f in late.findings}
    assert late.score > early.score


def test_the_master_events_list_plays_without_a_facilitator(scenario) -> None:
    engine = played(scenario, 200)
    injects = [e for e in engine.log if e.kind == "inject"]
    assert [(e.t, e.data.get("scheduled"), e.data.get("note")) for e in injects] == [
        (120.0, 0, "A journalist calls"), (180.0, 1, "The story trends")]
    assert injects[1].data["pace"] == 2.0
    assert injects[0].post_id is not None
    journalist = engine.post(injects[0].post_id)
    assert journalist.author_handle == "@danareyes_news"  # `author: dana`
    assert journalist.severity == 4
    arrived = {e.post_id: e.data for e in engine.log if e.kind == "post_arrived"}
    assert arrived[injects[0].post_id]["expected_route"] == "pr"
    # the same file, the same seed: the same drill (a scheduled inject is part of the plan)
    assert [e.to_dict() for e in played(scenario, 200).log] == [e.to_dict() for e in engine.log]


def test_either_acceptable_route_is_correct_and_a_third_is_the_wrong_team(scenario) -> None:
    def outcome(route: str) -> tuple[str, str | None]:
        engine = played(scenario, 360, (20.0, Action("escalate", "s:sick", route=route)))
        assert engine.final_score is not None
        (post,) = [p for p in engine.final_score.posts if p.post_id == "s:sick"]
        return str(post.escalation.outcome), post.escalation.expected

    assert outcome("safety") == ("correct", "safety")
    assert outcome("pr") == ("correct", "pr")  # the alternative, on the matrix's diagonal
    ignored = played(scenario, 360)
    assert ignored.final_score is not None
    (post,) = [p for p in ignored.final_score.posts if p.post_id == "s:sick"]
    assert str(post.escalation.outcome) == "missed" and post.escalation.expected == "safety"


def test_follow_ups_chain_with_their_own_reach_and_severity(scenario) -> None:
    engine = played(scenario, 200)
    second, third = engine.post("s:sick-again"), engine.post("s:sick-third")
    assert second.parent_id == "s:sick" and third.parent_id == "s:sick-again"
    assert second.severity == 5 and (second.likes, second.shares) >= (300, 80)
    assert third.author_handle == "@danareyes_news"
    arrived = {e.post_id: e.data for e in engine.log if e.kind == "post_arrived"}
    assert arrived["s:sick-third"]["expected_route"] == "pr"
    assert arrived["s:sick"]["also_routes"] == ["pr"]
    # Answer the first follow-up in time: the chained one never comes.
    answered = played(scenario, 200, (80.0, Action(
        "reply", "s:sick-again", text="Hi Rebecca, I'm so sorry. Please DM us now.")))
    assert "s:sick-third" not in {e.post_id for e in answered.log}


SCENARIO_HEAD = FILE.read_text(encoding="utf-8").split("posts:")[0]


def test_nested_follow_ups_and_author_ids_are_checked(tmp_path: Path) -> None:
    text = SCENARIO_HEAD + """posts:
  - id: p1
    at: 10s
    channel: x
    author: dana
    text: Hello
    expect: {route: safety, also: [legel]}
    follow_ups:
      - id: f1
        when: {ignored_for: 1m}
        text: Hello again
        follow_ups:
          - id: p1
            when: {ignored_for: 1m}
            channel: twiter
            text: Third time
"""
    scenario, problems = validate_text(text, "drill.yaml")
    assert scenario is None
    messages = [p.message for p in problems if p.is_error]
    assert any("posts[0].expect.also[0]: unknown route 'legel'" in m for m in messages), messages
    assert any(m.startswith("posts[0].follow_ups[0].follow_ups[0].channel: unknown channel "
                            "'twiter'") for m in messages), messages
    assert any("duplicate post/follow-up id 'p1'" in m for m in messages), messages


def test_an_unknown_author_id_gets_a_did_you_mean() -> None:
    text = SCENARIO_HEAD + """posts:
  - {id: p1, at: 10s, channel: x, author: dnaa, text: Hello}
"""
    scenario, problems = validate_text(text, "drill.yaml")
    assert scenario is None
    assert [p.message for p in problems if p.is_error] == [
        "posts[0].author: unknown author 'dnaa'; did you mean 'dana'? (authors: dana)"]


def test_authors_may_come_after_the_posts_that_name_them() -> None:
    head, _, posts = FILE.read_text(encoding="utf-8").partition("posts:")
    authors_block = head[head.index("authors:"):head.index("fact_updates:")]
    moved = head.replace(authors_block, "") + "posts:" + posts + authors_block
    scenario, problems = validate_text(moved, "moved.yaml")
    assert scenario is not None, [p.message for p in problems]
    assert scenario.injects[0].post is not None
    assert scenario.injects[0].post.author is not None
    assert scenario.injects[0].post.author.name == "Dana Reyes"


def test_every_new_key_is_in_the_json_schema() -> None:
    schema = scenario_schema()
    props = schema["properties"]
    assert {"fact_updates", "injects", "authors"} <= set(props)
    defs = schema["$defs"]
    assert {"also"} <= set(defs["Expect"]["properties"])
    assert {"reach", "severity", "follow_ups"} <= set(defs["FollowUp"]["properties"])
    author = defs["ScriptedPost"]["properties"]["author"]
    assert {"type": "string"} in [{k: v for k, v in a.items() if k == "type"}
                                  for a in author["anyOf"]]  # `author: dana`
    assert "$ref" in json.dumps(props["authors"]["additionalProperties"])


def test_files_that_do_not_use_the_new_keys_hash_as_before() -> None:
    """Drills recorded before these keys existed must still match their scenario file: the hash
    of this file, recorded before they were added. A new key must be marked `added=True`."""
    minimal = load_scenario(Path(__file__).parents[1] / "data" / "scenarios" / "minimal.yaml")
    assert hash_scenario(minimal) == (
        "f91f7f13c83e14f294e3f1aa9229e866dc7254e0dff8caa2c857cdd6e3fb66a1")
    used = load_scenario(FILE)
    plain = load_scenario(FILE).__class__  # the same model: a file that uses them hashes them
    assert plain is type(used) and hash_scenario(used) != hash_scenario(
        __import__("dataclasses").replace(used, fact_updates=()))
