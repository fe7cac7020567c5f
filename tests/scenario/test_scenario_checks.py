"""Cross-checks beyond types: references, times, placeholders, ids, conditions and warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario import load_scenario, validate_file

DATA = Path(__file__).parents[1] / "data" / "scenarios"
MINIMAL = (DATA / "minimal.yaml").read_text(encoding="utf-8")


def spots(path: Path) -> list[tuple[int, int, str, str]]:
    _, problems = validate_file(path)
    return [(p.line, p.col, p.severity, p.message) for p in problems]


def variant(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = MINIMAL
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "drill.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_references_ids_and_placeholders_all_reported_in_file_order() -> None:
    found = spots(DATA / "references.yaml")
    assert [(line, col) for line, col, *_ in found] == [
        (10, 26), (15, 9), (28, 15), (29, 16), (33, 14), (34, 18), (35, 28), (39, 14), (42, 21),
        (44, 13), (46, 18),
    ]
    messages = [message for *_, message in found]
    assert messages[0] == "reach_threshold.route: unknown route 'comms' (routes: legal, or none)"
    assert messages[1] == ("channels[1].id: duplicate channel id 'facebook' (first used at line "
                           "12, column 9); ids must be unique")
    assert messages[2].startswith("templates[0].text: unknown template placeholder {nmae}; "
                                  "did you mean 'name'?")
    assert messages[3] == ("templates[0].channels[0]: unknown channel 'facebok'; did you mean "
                           "'facebook'? (channels: facebook)")
    assert messages[4] == ("crowd.topics[0].route: unknown route 'legl'; did you mean 'legal'? "
                           "(routes: legal, or none)")
    assert messages[5] == "crowd.topics[0].channels[0]: unknown channel 'x' (channels: facebook)"
    assert messages[6].startswith("crowd.topics[0].patterns[0]: unknown crowd slot {minuts}; "
                                  "did you mean 'minutes'?")
    assert messages[7].startswith("posts[0].channel: unknown channel 'facebok'")
    assert messages[8].startswith("posts[0].expect.route: unknown route 'lega'")
    assert messages[9] == ("posts[0].follow_ups[0].id: duplicate post/follow-up id 'p1' (first "
                           "used at line 37, column 9); ids must be unique")
    assert messages[10].startswith("posts[0].follow_ups[0].channel: unknown channel 'twitter'")
    # `{{not a placeholder}}` is an escaped literal, `{city}` is a known slot, `none` a valid route
    assert not any("not a placeholder" in m or "{city}" in m.split(";")[0] for m in messages)


def test_times_and_phase_order() -> None:
    assert spots(DATA / "times.yaml") == [
        (19, 12, "error", "pace[0].start: the first phase must start at 0s, got 30s"),
        (25, 12, "error", "pace[2].start: phases must be in time order: 'early' starts at 1m, "
                          "not after 'hot' (3m)"),
        (28, 12, "error", "pace[3].start: 6m is not inside the drill (duration 5m)"),
        (36, 9, "error", "posts[0].at: 5m is not inside the drill (duration 5m); a post must "
                         "arrive before the end"),
    ]


def test_follow_up_conditions_and_warnings() -> None:
    assert spots(DATA / "follow-ups.yaml") == [
        (34, 15, "error", "posts[0].follow_ups[0].when: set exactly one of: ignored_for, "
                          "tone_below, replied, escalated (got ignored_for, replied)"),
        (37, 15, "error", "posts[0].follow_ups[1].when: set exactly one of: ignored_for, "
                          "tone_below, replied, escalated (got none)"),
        (40, 29, "warning", "posts[0].follow_ups[2].when.ignored_for: this follow-up can never "
                            "fire: the post arrives at 1m, so ignored_for 4m plus delay 5s ends "
                            "at 5m5s, after the drill (5m)"),
        (43, 28, "warning", "posts[0].follow_ups[3].when.tone_below: this follow-up can never "
                            "fire: no reply scores below 0"),
        # follow_ups[4] is a trap (replied on a post that expects no reply): not warned about
        (49, 9, "warning", "posts[1].at: post 'p2' arrives within 2s of 'p1' on channel 'x' "
                           "(1m); space them out"),
    ]


def test_replied_false_is_warned(tmp_path: Path) -> None:
    path = variant(tmp_path, ("when: {ignored_for: 1m}", "when: {replied: false}"))
    assert spots(path) == [
        (42, 25, "warning", "posts[0].follow_ups[0].when.replied: this follow-up can never fire: "
                            "`replied: false` is not a condition; use `replied: true`, or "
                            "ignored_for for an unanswered post"),
    ]


def test_delay_past_the_end_is_warned(tmp_path: Path) -> None:
    path = variant(tmp_path, ("when: {ignored_for: 1m}", "when: {escalated: true}\n"
                              "        delay: 5m"))
    ((line, col, severity, message),) = spots(path)
    assert (line, col, severity) == (43, 16, "warning")
    assert message.startswith("posts[0].follow_ups[0].delay: this follow-up can never fire")


def test_placeholder_inside_block_text_points_at_the_placeholder(tmp_path: Path) -> None:
    path = variant(tmp_path, (
        '    text: "Hi {name}, we\'re on it. Updates at {info_link}. – {agent}"',
        "    text: |\n      Hi {name}, we're on it.\n      Updates at {info_lnk}. – {agent}",
    ))
    ((line, col, _, message),) = spots(path)
    assert (line, col) == (30, 18)
    assert "unknown template placeholder {info_lnk}; did you mean 'info_link'?" in message


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('"Hi {name"', "unbalanced brace"),
        ('"Hi name}"', "unbalanced brace"),
        ('"Hi {name!r}"', "placeholder {name} takes no format (remove !r)"),
        ('"Hi {0}"', "unknown template placeholder {0}"),
        ('"Hi {}"', "unknown template placeholder {}"),
    ],
)
def test_malformed_placeholders(tmp_path: Path, text: str, start: str) -> None:
    path = variant(tmp_path, ('"Hi {name}, we\'re on it. Updates at {info_link}. – {agent}"',
                              text))
    ((line, _, _, message),) = spots(path)
    assert line == 28
    assert message.removeprefix("templates[0].text: ").startswith(start), message


def test_none_route_is_reserved_and_defaults_are_checked_too(tmp_path: Path) -> None:
    path = variant(tmp_path, ("  - id: pr\n    name: PR", "  - id: none\n    name: Nobody"))
    assert spots(path) == [
        # reach_threshold is not in the file: its default route `pr` no longer exists
        (2, 1, "error", "reach_threshold.route: unknown route 'pr' (no routes) (this is the "
                        "default; set reach_threshold.route in the file)"),
        (16, 9, "error", "routes[0].id: route id 'none' is reserved: it means 'do not escalate'"),
    ]


def test_weights_cannot_all_be_zero(tmp_path: Path) -> None:
    path = variant(tmp_path, ("posts:", "weights: {speed: 0, tone: 0, escalation: 0}\nposts:"))
    assert spots(path) == [(34, 10, "error", "weights: speed, tone and escalation weights are "
                                             "all 0; at least one must count")]


def test_valid_references_load(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        ("    text: Is the app down?", "    text: Is the app down?\n    expect: {route: pr}"),
        ("      patterns:", "      route: none\n      channels: [x]\n      patterns:"),
    )
    scenario = load_scenario(path)
    assert scenario.posts[0].expect.route == "pr"
    assert scenario.crowd.topics[0].channels == ("x",)


def test_a_response_target_as_long_as_the_drill_is_warned(tmp_path: Path) -> None:
    path = variant(tmp_path, ("response_target: 2m", "response_target: 5m"))
    ((line, col, severity, message),) = spots(path)
    assert (line, col, severity) == (14, 22, "warning")
    assert message == ("channels[0].response_target: 5m is not shorter than the drill (5m): no "
                       "post on 'x' can be answered late, so speed and silence are never judged "
                       "there")


# "Valid means it plays": what the engine relies on later is checked now.
@pytest.mark.parametrize(("edits", "message"), [
    ((("crowd:\n  topics:", "crowd:\n  locale: en_XX\n  topics:"),),
     "unknown Faker locale 'en_XX'"),
    ((("crowd:\n  topics:", "crowd:\n  locale: de-DE\n  topics:"),), "did you mean 'de_DE'"),
    ((("    - id: down\n", "    - id: down\n      weight: 0\n"),), "every topic has weight 0"),
    ((('author: {name: Dana Ruiz, handle: "@dana"}',
       'author: {name: Dana Ruiz, handle: "@dana", followers: 100000000000000000000000000000}'),),
     "must be at most 1,000,000,000,000"),
    ((("duration: 5m", "duration: 1000h"),), "must be at most 8h"),
    ((("duration: 5m", "duration: 1.0e+308"),), "must be at most 8h"),
    ((("text: Is the app down?", 'text: "Is the app down?\\ud800"'),), "lone surrogate"),
])
def test_what_would_crash_or_run_away_later_is_an_error_now(tmp_path: Path, edits, message) -> None:
    path = variant(tmp_path, *edits)
    scenario, problems = validate_file(path)
    text = "\n".join(str(p) for p in problems)
    assert scenario is None, "validated, so it would be played"
    assert message in text, text
