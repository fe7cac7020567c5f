"""The briefing: who you speak for, what happened, what you may say, where things go. A key
starts the clock; nothing is recorded before that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.tui.host import host

if TYPE_CHECKING:
    from simulator.scenario.model import Scenario


def briefing_parts(scenario: Scenario, seed: int) -> list[Text | Table]:
    from simulator.scenario.model import format_duration

    brand = scenario.brand
    parts: list[Text | Table] = []
    title = Text()
    title.append(scenario.title, style="bold")
    title.append(f"   {scenario.difficulty} · {format_duration(scenario.duration)} · seed {seed}",
                 style="dim")
    parts.append(title)
    who = Text()
    who.append("You speak for ", style="dim")
    who.append(brand.name, style="bold")
    who.append(" " + brand.handle)
    who.append("   official hashtag ", style="dim")
    who.append(brand.hashtag, style="bold")
    who.append("   info ", style="dim")
    who.append(brand.info_link, style="bold underline")
    parts.append(who)
    parts.append(Text(" ".join(scenario.briefing.split())))
    facts = Text()
    facts.append("Facts you may state (nothing more):\n", style="bold")
    lines = [" • " + fact for fact in brand.facts] or [
        " (none given: acknowledge, and point to the info page)"]
    facts.append("\n".join(lines))
    parts.append(facts)

    routes = Table(title=None, show_edge=False, expand=True, pad_edge=False, box=None)
    routes.add_column(Text("Escalate to"), style="bold", no_wrap=True)
    routes.add_column(Text("What it takes"))
    for route in scenario.routes:
        routes.add_row(Text(route.name), Text(route.takes or "–"))
    parts.append(routes)
    threshold = scenario.reach_threshold
    limits = [f"{value} {name}" for name, value in (
        ("likes", threshold.likes), ("shares", threshold.shares),
        ("comments", threshold.comments), ("followers", threshold.followers),
    ) if value is not None]
    if limits:
        route_name = next((r.name for r in scenario.routes if r.id == threshold.route),
                          threshold.route)
        parts.append(Text.assemble(("High reach: ", "bold"), "a post with ",
                                   " or ".join(limits), " must go to ", (route_name, "bold")))

    channels = Table(show_edge=False, expand=True, pad_edge=False, box=None)
    channels.add_column(Text("Channel"), style="bold", no_wrap=True)
    channels.add_column(Text("Answer within"), no_wrap=True)
    channels.add_column(Text("Reply limit"), no_wrap=True)
    for channel in scenario.channels:
        channels.add_row(
            Text(channel.name + ("" if channel.public else " (private)")),
            Text(format_duration(channel.response_target)),
            Text(f"{channel.max_length} chars" if channel.max_length else "none"),
        )
    parts.append(channels)
    return parts


class BriefingScreen(Screen[None]):
    # briefing.tcss is loaded by DrillApp.CSS_PATH (this is the app's default screen).
    BINDINGS = [
        Binding("enter,space", "start", "Start the clock"),
        # A team session started together: the facilitator releases every clock at once.
        Binding("enter,space", "ready", "Ready (the facilitator starts the clock)"),
        Binding("s", "pick", "Other scenario"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q,ctrl+q", "quit_app", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="briefing"):
            yield Static(id="briefing-body")
        yield Static(Text("Press Enter to start the clock.  Posts arrive faster and faster; "
                          "answer, escalate, move to DM, hide or leave them."), id="briefing-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_briefing()
        self.query_one("#briefing").focus()

    def refresh_briefing(self) -> None:
        from rich.console import Group

        app = host(self.app)
        body = self.query_one("#briefing-body", Static)
        if not app.loaded:
            body.update(Text(f"Loading {app.scenario_path}…", style="dim"))
            return
        parts = briefing_parts(app.session.scenario, app.session.seed)
        spaced: list[Text | Table] = []
        for part in parts:
            spaced.extend([part, Text("")])
        body.update(Group(*spaced))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A team session sets the scenario (no "Other scenario" key then), and in a together
        session Enter only says the trainee is ready: the footer must not promise a clock."""
        if action == "pick":
            return bool(getattr(self.app, "can_pick_scenario", True))
        if action in ("start", "ready"):  # one of the two Enter bindings, by who starts the clock
            return (action == "ready") == bool(getattr(self.app, "together", False))
        return True

    def action_start(self) -> None:
        host(self.app).start_drill()

    def action_ready(self) -> None:
        host(self.app).start_drill()  # waits for the release

    def action_pick(self) -> None:
        host(self.app).action_pick_scenario()

    def action_help(self) -> None:
        host(self.app).show_help()

    def action_quit_app(self) -> None:
        self.app.exit()
