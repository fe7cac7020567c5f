"""The game as a member of a team session (`crisis-drill play --join CODE`).

Built on the ordinary `DrillApp`/`DrillSession`, adding only what a session needs:
- the drill is filed under the session's code as soon as its row exists;
- in a `together` session the clock waits on the briefing until the facilitator releases it (the
  app checks once a second) and then starts by itself; Enter on the briefing records that the
  trainee has read it (`mark_ready`), so the facilitator's console shows them as ready;
- once a second while the drill runs, the session's new injects are read from the shared file and
  handed to the engine, in the same tick that repaints the feed, so an inject shows up at most
  about a second (plus one tick) after the facilitator sent it, and is recorded in the drill log;
- a trainee who starts late gets the injects the others already had, each at the drill time the
  first of them got it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Static

from simulator.printable import clean_name
from simulator.store import StoreError
from simulator.team import get_session, join, link_drill, mark_ready
from simulator.team.injects import InjectFeed, apply_inject
from simulator.tui.app import DrillApp
from simulator.tui.clock import Clock
from simulator.tui.screens.briefing import BriefingScreen
from simulator.tui.session import DrillSession, Update

if TYPE_CHECKING:
    from simulator.scenario.model import Scenario
    from simulator.store import Store

RELEASE_POLL_S = 1.0


class JoinedDrillSession(DrillSession):
    """A drill that files itself under a session and takes the session's injects."""

    def __init__(self, scenario: Scenario, *, code: str, clock: Clock = time.monotonic,
                 **kwargs: Any) -> None:
        super().__init__(scenario, clock=clock, **kwargs)
        self.code = code
        self._wall = clock
        self.feed: InjectFeed | None = None

    def start(self) -> Update:
        first = super().start()
        if self.store is not None and self.drill_id is not None:
            try:
                link_drill(self.store, self.code, self.drill_id)
                self.feed = InjectFeed(self.store, self.code, self.trainee, clock=self._wall)
                self.feed.begin()
            except StoreError as error:
                self.store_error = str(error)
        return first

    def tick(self) -> Update:
        update = super().tick()
        if self.feed is None or self.ended or self.clock.paused or not self.clock.started:
            return update
        try:
            fresh = self.feed.due(self.engine.now) + self.feed.poll()
        except StoreError:
            return update  # the file is busy or gone: the drill goes on, injects come next poll
        for inject in fresh:
            more = self._take(apply_inject(self.engine, inject))
            update.events.extend(more.events)
            update.changed |= more.changed
        return update


def _beside_drill_app(css: Any) -> Any:
    """DrillApp's CSS_PATH, made absolute: Textual resolves a relative one from the subclass."""
    import simulator.tui.app as drill_app

    base = Path(drill_app.__file__).parent
    if css is None:
        return None
    if isinstance(css, str | Path):
        return str(base / css)
    return [str(base / item) for item in css]


class JoinedDrillApp(DrillApp):
    CSS_PATH = _beside_drill_app(DrillApp.CSS_PATH)
    release_poll_s = RELEASE_POLL_S
    can_pick_scenario = False  # the session sets it for the whole team

    def __init__(self, scenario: Scenario | Path, *, code: str, together: bool = False,
                 ask_name: bool = False, **kwargs: Any) -> None:
        self.code = code
        self.together = together
        self.ask_name = ask_name
        self.waiting = False
        super().__init__(scenario, **kwargs)
        self.sub_title = f"team session {code}"

    def _new_session(self, scenario: Scenario) -> DrillSession:
        return JoinedDrillSession(scenario, code=self.code, seed=self.seed, store=self.store,
                                  clock=self.clock, trainee=self.trainee, team=self.team,
                                  agent=self.agent)

    def on_mount(self) -> None:  # runs after DrillApp.on_mount (Textual calls both)
        self.set_interval(self.release_poll_s, self.check_release)
        if self.together:
            self.call_after_refresh(self._greet)
        if self.ask_name:
            from simulator.tui.facilitate.prompt import PromptScreen

            self.push_screen(PromptScreen("Your name for the team's results",
                                          "first name or nickname"), self._named)
        else:
            self.register()

    def _greet(self) -> None:
        if not self.waiting:
            self.show_hint(f"Team drill {self.code}: your clock starts when the facilitator "
                           "releases it. Read the briefing while you wait.")

    def _named(self, name: str | None) -> None:
        name = clean_name(name or "")
        if name:
            self.trainee = name
            self.agent = name  # replies are signed with the name the player gave
            if self._session is not None and not self._session.started:
                self._session.trainee = name
                self._session.sign_as(name)
        self.register()

    def register(self) -> None:
        """Show up in the facilitator's console as waiting, before the drill has a row."""
        if self.store is None:
            return
        try:
            join(self.store, self.code, self.trainee)
        except StoreError as error:
            self.store_error = str(error)

    def say_ready(self) -> None:
        """Tell the facilitator's console this trainee has read the briefing (`ready`)."""
        if self.store is None:
            return
        try:
            mark_ready(self.store, self.code, self.trainee)
        except StoreError as error:
            self.store_error = str(error)

    def show_hint(self, text: str) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, BriefingScreen):
                for hint in screen.query("#briefing-hint").results(Static):
                    hint.update(Text(text, style="bold"))

    def clock_waits(self) -> bool:
        if not self.together or self.store is None:
            return False
        try:
            session = get_session(self.store, self.code)
        except StoreError:
            return True
        return session is not None and session.clock_waits

    def start_drill(self) -> None:
        if self.session.started:
            return
        self.get_ready()
        if self.clock_waits():
            if not self.waiting:
                self.waiting = True
                self.say_ready()
                self.show_hint("Waiting for the facilitator to release the clock… it starts by "
                               "itself.")
            return
        self.waiting = False
        super().start_drill()

    def check_release(self) -> None:
        """In a together session, start the drill on the briefing as soon as it is released."""
        if not self.together or not self.loaded or self.session.started:
            return
        if not isinstance(self.screen, BriefingScreen) or self.clock_waits():
            return
        self.waiting = False
        super().start_drill()

    def action_pick_scenario(self) -> None:
        self.notify("The session sets the scenario for the whole team.", markup=False)


def make_joined_app(
    scenario: Scenario | Path,
    *,
    code: str,
    seed: int,
    together: bool = False,
    ask_name: bool = False,
    store: Store | None = None,
    clock: Clock = time.monotonic,
    trainee: str = "trainee",
    team: str | None = None,
    agent: str | None = None,
    coach: bool = False,
) -> JoinedDrillApp:
    """The game for one trainee of session `code` (tests pass a temporary store and a clock)."""
    return JoinedDrillApp(scenario, code=code, together=together, ask_name=ask_name, seed=seed,
                          store=store, clock=clock, trainee=trainee, team=team, agent=agent,
                          coach=coach)
