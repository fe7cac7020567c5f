"""`crisis-drill tone`: score replies the way a drill would, so facilitators can vet templates.

    crisis-drill tone "Sorry Jane, please DM us your order number."
    crisis-drill tone - --to sick-child --json < replies.txt
    crisis-drill tone "Jane, I've chased it" --post "order 4471 never came" --author "Jane Roe @jr"
    crisis-drill tone --file replies.csv -o scored.csv     # a QA team's historical replies

The context (customer name, channel length limit, hashtag, info link, stated facts) comes from a
scenario, by default the bundled default one, so a score here is the score the same text would get
in that drill.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import CommandError, UsageError
from simulator.scenario.problems import did_you_mean, did_you_mean_named

if TYPE_CHECKING:  # the scorer is imported when a reply is scored, not for `--help`
    from scoring.tone import ReplyContext, ToneReport

EVIDENCE_WIDTH = 60


def register(subparsers: argparse._SubParsersAction) -> None:
    tone = subparsers.add_parser(
        "tone",
        help="score the tone of a reply (or one reply per line from stdin) with its reasons",
        description="Score a reply 0-100 the way a drill does and list every rule that gave or "
        "took points, with the words that triggered it. Use - to read one reply per line from "
        "standard input (blank lines are skipped). Context comes from the scenario: --to picks "
        "the post being answered (its text and author), --channel the channel's length limit.",
    )
    tone.add_argument("text", metavar="TEXT", nargs="?",
                      help="the reply, or - to read replies from stdin (not with --file)")
    tone.add_argument("--scenario", metavar="FILE",
                      help="scenario file or bundled id for the context (default: the default "
                      "bundled scenario)")
    tone.add_argument("--to", metavar="POST_ID",
                      help="id of the scripted post (or follow-up) being answered")
    tone.add_argument("--post", metavar="TEXT",
                      help="the text of the post being answered, when it is not in the scenario")
    tone.add_argument("--author", metavar='"NAME @HANDLE"',
                      help="who wrote that post, e.g. \"Sophie Martin @sophie_m\"")
    tone.add_argument("--file", metavar="FILE", type=Path,
                      help="score a .csv or .jsonl file of rows with post, reply and optionally "
                      "grade, author, channel, max_length, facts; prints the rank correlation "
                      "with the grades")
    tone.add_argument("-o", "--output", metavar="FILE", type=Path,
                      help="with --file: write every row with its score and findings (.csv or "
                      ".jsonl; - for JSON lines on standard output)")
    tone.add_argument("--channel", metavar="C",
                      help="channel id (default: the post's channel, else no length limit)")
    tone.add_argument("--template", metavar="ID",
                      help="id of the approved template the reply came from (checks that it "
                      "was personalised)")
    tone.add_argument("--fill", action="store_true",
                      help="fill {name} {handle} {brand} {hashtag} {info_link} {agent} from the "
                      "context first, as the game does when a template is picked")
    tone.add_argument("--json", action="store_true",
                      help="print one JSON object per reply (score, findings)")
    tone.add_argument("--fail-under", type=int, metavar="N",
                      help="exit 1 if any reply scores under N (for checking template files)")
    tone.set_defaults(func=run_tone)


def run_tone(args: argparse.Namespace) -> int:
    if args.fail_under is not None and not 0 <= args.fail_under <= 100:
        raise UsageError("--fail-under must be between 0 and 100")
    if args.file is not None:
        if args.text is not None or args.to or args.post or args.author:
            raise UsageError("--file brings its own posts: give no TEXT, --to, --post or --author")
        from simulator.cli.tone_file import run_file

        return run_file(args.file, args.output, args.fail_under)
    if args.output is not None:
        raise UsageError("-o/--output goes with --file")
    if args.text is None:
        raise UsageError("give a reply to score (TEXT, or - for stdin), or --file FILE")
    if args.to and (args.post or args.author):
        raise UsageError("--to takes the post from the scenario; use --post/--author without it")
    if args.author and not args.post:
        raise UsageError("--author goes with --post (the post that author wrote)")
    from scoring.tone import score_reply
    from scoring.tone.evaluation import split_author

    ctx = build_context(args.scenario, args.to, args.channel, args.template)
    if args.post is not None:
        name, handle = split_author(args.author or "")
        ctx = replace(ctx, post_text=args.post, customer_name=name, customer_handle=handle)
    replies = _read_replies(args.text)
    lowest = 100
    for text in replies:
        if args.fill:
            text = fill_placeholders(text, ctx)
        report = score_reply(text, ctx)
        lowest = min(lowest, report.score)
        if args.json:
            data = {"text": text, **report.to_dict(),
                    "context": {"post": args.to, "post_text": ctx.post_text or None,
                                "channel": ctx.channel or None, "max_length": ctx.max_length}}
            print(json.dumps(data))
        else:
            print(format_report(report, several=len(replies) > 1))
    if args.fail_under is not None and lowest < args.fail_under:
        return 1
    return 0


def _read_replies(text: str) -> list[str]:
    if text != "-":
        return [text]
    replies = [line.rstrip("\r\n") for line in sys.stdin]
    replies = [line for line in replies if line.strip()]
    if not replies:
        raise UsageError("no replies on standard input (one reply per line)")
    return replies


def _load(scenario_arg: str | None) -> Any:
    # Imported here so `crisis-drill --help` stays fast and scoring-only use needs no YAML.
    from simulator.cli.scenario_arg import load_scenario_arg
    from simulator.scenario.library import DEFAULT_ID

    return load_scenario_arg(DEFAULT_ID if scenario_arg is None else scenario_arg)


def build_context(
    scenario_arg: str | None, post_id: str | None, channel_id: str | None,
    template_id: str | None = None,
) -> ReplyContext:
    """The context a drill would score a reply in, from the scenario and the chosen post. An id
    the scenario does not have is fixable input (exit 1, with the close match), not bad usage."""
    from scoring.tone import ReplyContext

    scenario = _load(scenario_arg)
    brand = scenario.brand
    ctx = ReplyContext(hashtag=brand.hashtag, info_link=brand.info_link, brand=brand.name,
                       facts=tuple(brand.facts))
    if post_id is not None:
        ctx = _post_context(scenario, post_id, ctx)
    if channel_id is not None:
        ids = [channel.id for channel in scenario.channels]
        if channel_id not in ids:
            # Match names too: a facilitator types "twitter" for the channel named "X / Twitter".
            hint = did_you_mean_named(channel_id, {c.id: c.name for c in scenario.channels})
            raise CommandError(f"unknown channel {channel_id!r}{hint} This scenario has: "
                               + ", ".join(f"{c.id} ({c.name})" for c in scenario.channels))
    channel_id = channel_id or ctx.channel
    if channel_id:
        ctx = replace(ctx, channel=channel_id,
                      max_length=scenario.channel(channel_id).max_length)
    if template_id is not None:
        ids = [template.id for template in scenario.templates]
        if template_id not in ids:
            raise CommandError(
                f"unknown template {template_id!r}{did_you_mean(template_id, ids)} This "
                f"scenario has: {', '.join(ids) or 'none'}")
        ctx = replace(ctx, template_text=scenario.template(template_id).text)
    return ctx


def _post_context(scenario: Any, post_id: str, ctx: ReplyContext) -> ReplyContext:
    wanted = post_id.removeprefix("s:")
    for post in scenario.posts:
        if post.id == wanted:
            return replace(ctx, post_text=post.text, customer_name=post.author.name,
                           customer_handle=post.author.handle, channel=post.channel)
        for follow_up in post.follow_ups:
            if follow_up.id == wanted:
                author = follow_up.author or post.author
                return replace(ctx, post_text=follow_up.text, customer_name=author.name,
                               customer_handle=author.handle,
                               channel=follow_up.channel or post.channel)
    ids = [post.id for post in scenario.posts]
    every = ids + [f.id for post in scenario.posts for f in post.follow_ups]
    raise CommandError(f"unknown post {post_id!r}{did_you_mean(wanted, every)} Scripted posts: "
                       f"{', '.join(ids) or 'none'} (`crisis-drill preview` lists every id)")


def fill_placeholders(text: str, ctx: ReplyContext) -> str:
    """Fill the automatic placeholders the way the game does; `{detail}` stays for the trainee."""
    first_name = ctx.customer_name.split()[0] if ctx.customer_name.split() else ""
    values = {"name": first_name, "handle": ctx.customer_handle, "brand": ctx.brand,
              "hashtag": ctx.hashtag, "info_link": ctx.info_link, "agent": "Sam"}
    for key, value in values.items():
        if value:
            text = text.replace("{" + key + "}", value)
    return text


def _printable(text: str, width: int = EVIDENCE_WIDTH) -> str:
    """Evidence as plain, single-line text: control characters shown as escapes, long text cut."""
    shown = "".join(
        ch if unicodedata.category(ch)[0] != "C" or ch == " " else ch.encode(
            "unicode_escape", "backslashreplace").decode("ascii")
        for ch in text
    )
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def format_report(report: ToneReport, several: bool = False) -> str:
    lines = []
    head = f"tone {report.score}/100"
    if several:
        head += f"  {_printable(report.text, 70)}"
    lines.append(head)
    width = max((len(finding.label) for finding in report.findings), default=0)
    for finding in report.findings:
        if finding.span:
            evidence = f'"{_printable(report.text[finding.span[0]:finding.span[1]])}"'
        else:
            evidence = ""
        lines.append(f"  {finding.points:+4d}  {finding.label:<{width}}  {evidence}".rstrip())
    if not report.findings:
        lines.append("  (no rule fired)")
    return "\n".join(lines)
