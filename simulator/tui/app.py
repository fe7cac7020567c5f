"""The Textual app and its factory. Built from (scenario, seed, store, clock) so tests and
benchmarks never touch the trainee's data: they pass a temporary store and a manual clock.

Startup is progressive: the first frame is the briefing screen's frame, painted right after
Textual starts. A thread then loads the scenario (when given as a path), fills in the briefing,
opens the results file and builds the engine, while the trainee reads. The other screens are
imported when first shown.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from simulator.tui.clock import Clock, clock_text_for
from simulator.tui.screens.briefing import BriefingScreen

if TYPE_CHECKING:
    from textual.driver import Driver

    from simulator.scenario.model import Scenario
    from simulator.store import Store
    from simulator.tui.session import DrillSession

DEBRIEF_HINT = "Debrief: run `crisis-drill debrief --last` in your shell after quitting."


class DrillApp(App[None]):
    TITLE = "crisis-drill"
    # The briefing is the default screen, whose own CSS_PATH Textual does not load: its styles
    # (still in the .tcss beside it) come in through the app.
    CSS_PATH = "screens/briefing.tcss"
    ENABLE_COMMAND_PALETTE = False  # ctrl+p pauses instead
    BINDINGS = [Binding("ctrl+q", "quit_drill", "Quit", priority=True, show=False)]

    def __init__(
        self,
        scenario: Scenario | Path,
        *,
        seed: int,
        store: Store | None = None,
        clock: Clock = time.monotonic,
        trainee: str = "trainee",
        team: str | None = None,
        agent: str | None = None,
        coach: bool = False,
        scenario_path: Path | None = None,
        pick: bool = False,
        open_store: Callable[[], Store] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.open_store = open_store
        self.store_error: str | None = None
        self.load_error: str | None = None  # the scenario file could not be loaded
        self._warm_lock = threading.Lock()
        self.clock = clock
        self.seed = seed
        self.trainee = trainee
        self.team = team
        self.agent = agent
        self.coach = coach
        self.pick = pick
        self.summary_shown = False
        self._key_screens: dict[int, Screen[object]] = {}  # which screen each key arrived on
        self._session: DrillSession | None = None
        if isinstance(scenario, Path):
            self.scenario_path: Path | None = scenario
            self._scenario: Scenario | None = None
        else:
            self.scenario_path = scenario_path
            self._scenario = scenario
            self._session = self._new_session(scenario)

    def _new_session(self, scenario: Scenario) -> DrillSession:
        from simulator.tui.session import DrillSession

        return DrillSession(scenario, seed=self.seed, store=self.store, clock=self.clock,
                            trainee=self.trainee, team=self.team, agent=self.agent)

    def get_driver_class(self) -> type[Driver]:
        """Textual's choice (TEXTUAL_DRIVER, e.g. the web driver, still wins), except that the
        plain Linux/macOS driver becomes one whose input decoding cannot be ended by a byte
        that is not UTF-8 (see simulator/tui/driver.py)."""
        driver_class = super().get_driver_class()
        if driver_class.__module__ == "textual.drivers.linux_driver":
            from textual.drivers.linux_driver import LinuxDriver

            from simulator.tui.driver import LenientLinuxDriver

            if driver_class is LinuxDriver:
                return LenientLinuxDriver
        return driver_class

    @property
    def loaded(self) -> bool:
        return self._session is not None

    @property
    def session(self) -> DrillSession:
        if self._session is None:
            self.get_ready()  # waits for the warm-up thread if it is still loading
        assert self._session is not None
        return self._session

    @session.setter
    def session(self, session: DrillSession) -> None:
        self._session = session

    # ------------------------------------------------------------------ flow
    def get_default_screen(self) -> BriefingScreen:
        return BriefingScreen()  # the first frame is the briefing, with no screen beneath it

    def on_mount(self) -> None:
        self.call_after_refresh(self._warm_up)

    @work(thread=True, name="warm-up", exit_on_error=False)
    def _warm_up(self) -> None:
        """Scenario first (the briefing fills in as soon as it is parsed), then the heavy part."""
        with self._warm_lock:
            if self._session is None and self.load_error is None:
                self._load_scenario()
        painted = threading.Event()
        try:
            self.call_from_thread(self._after_load, painted)
            painted.wait(1.0)  # let the briefing paint before the imports below take the GIL
            if self.load_error is None:
                self.get_ready()
                if self.store_error:
                    self.call_from_thread(self.notify, self.store_error, title="Results file",
                                          severity="warning", timeout=12, markup=False)
        except RuntimeError:  # the app closed before the warm-up finished: nothing to show
            return

    def _after_load(self, painted: threading.Event) -> None:
        if self.load_error is not None:
            painted.set()
            self.exit(return_code=1)
            return
        if isinstance(self.screen, BriefingScreen):
            self.screen.refresh_briefing()
        self.call_after_refresh(painted.set)
        if self.pick:
            self.pick = False
            self.action_pick_scenario()

    def get_ready(self) -> None:
        """Load the scenario, open the results file and build the engine: the heavy imports,
        kept off the first frame (the warm-up thread runs this; starting the drill waits)."""
        with self._warm_lock:
            if self._session is None and self.load_error is None:
                self._load_scenario()
            if self._session is None:
                return
            if self.store is None and self.open_store is not None and self.store_error is None:
                try:
                    self.store = self.open_store()
                except Exception as error:  # a StoreError, or the file is unusable otherwise
                    self.store_error = f"{error} This drill will not be saved."
            if self._session.store is None and not self._session.started:
                self._session.store = self.store
            self._session.prepare()

    def _load_scenario(self) -> None:
        from simulator.scenario import ScenarioError, load_scenario

        assert self.scenario_path is not None
        try:
            self._scenario = load_scenario(self.scenario_path)
        except ScenarioError as error:
            self.load_error = f"{self.scenario_path} is not a valid scenario:\n{error}"
            return
        except (OSError, UnicodeDecodeError) as error:
            self.load_error = f"cannot read {self.scenario_path}: {error}"
            return
        self._session = self._new_session(self._scenario)

    def action_pick_scenario(self) -> None:
        if self.session.started:
            return

        from simulator.tui.screens.picker import PickerScreen

        def chosen(result: tuple[Scenario, Path] | None) -> None:
            if result is None:
                return
            scenario, path = result
            self.scenario_path = path
            with self._warm_lock:
                self.session = self._new_session(scenario)
            self.get_ready()
            if isinstance(self.screen, BriefingScreen):
                self.screen.refresh_briefing()

        self.push_screen(PickerScreen(), chosen)

    def start_drill(self) -> None:
        from simulator.tui.screens.play import PlayScreen

        if self.session.started:
            return
        self.get_ready()
        first = self.session.start()
        if self.store_error:
            self.session.store_error = self.store_error
        self.push_screen(PlayScreen(first))  # over the briefing (the default screen)

    def pause_drill(self) -> None:
        from simulator.tui.screens.pause import PauseScreen

        session = self.session
        if not session.started or session.ended or session.clock.paused:
            return
        session.pause()
        self.push_screen(PauseScreen(clock_text_for(session.now())),
                         lambda _: self.session.resume())

    def check_saving(self) -> None:
        """After every tick and action: a failed write pauses the drill and says so at once
        (unless the trainee chose to play on unsaved)."""
        from simulator.tui.screens.saving import SavingScreen

        session = self.session
        if not session.saving_blocked:
            if session.play_on_unsaved:
                session.play_on_unsaved = False
                self.notify("The results file has caught up: every event is saved.",
                            title="Results file", markup=False)
            return
        if session.play_on_unsaved or session.ended or isinstance(self.screen, SavingScreen):
            return
        session.pause()

        def closed(play_on: bool | None) -> None:
            session.play_on_unsaved = bool(play_on)
            session.resume()

        self.push_screen(SavingScreen(), closed)

    async def on_event(self, event: events.Event) -> None:
        """Keys typed fast keep their order across a dialog opening. A key goes to the widget
        that had focus when it arrived and bubbles back here; if a dialog opened meanwhile (the
        key before it was `e`), the key was meant for the dialog: it is sent again, to what has
        the focus now, instead of being lost on the screen underneath (`e`, `2`, a note and
        Enter typed fast left the escalation dialog open and empty)."""
        if isinstance(event, events.Key):
            if not event.is_forwarded:
                self._key_screens[id(event)] = self.screen
                if len(self._key_screens) > 256:  # keys that never bubbled back
                    self._key_screens.clear()
            else:
                typed_on = self._key_screens.pop(id(event), None)
                if typed_on is not None and typed_on is not self.screen \
                        and self.screen.is_modal:
                    self.post_message(events.Key(event.key, event.character))
                    return
        await super().on_event(event)

    def show_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen
        from simulator.tui.screens.pause import PauseScreen
        from simulator.tui.screens.play import PlayScreen
        from simulator.tui.widgets.composer import Composer
        from simulator.tui.widgets.feed import FeedView
        from simulator.tui.widgets.thread import ThreadView

        sections = [
            ("Feed (the post list has focus)", FeedView.BINDINGS),
            ("Composer (typing a reply)", Composer.BINDINGS),
            ("Thread (Tab from the feed; Esc goes back)", ThreadView.BINDINGS),
            ("While playing (not in the composer's text)", PlayScreen.BINDINGS),
            ("Briefing", BriefingScreen.BINDINGS),
            ("Paused", PauseScreen.BINDINGS),
            ("Anywhere", self.BINDINGS),
        ]
        self.push_screen(HelpScreen(sections))  # the clock keeps running: `p` pauses

    def show_summary(self) -> None:
        if self.summary_shown:
            return
        self.summary_shown = True
        session = self.session
        score = session.score
        if score is None:
            return
        from simulator.debrief.triage_report import triage_report
        from simulator.tui.lessons import biggest_lessons
        from simulator.tui.screens.summary import SummaryScreen, summary_renderable

        renderable = summary_renderable(
            session.scenario.title, score, biggest_lessons(score, session.engine.log),
            session.model.health, len(session.model.items), session.drill_id,
            session.store_error, triage=triage_report(session.engine.log, score),
        )
        self.switch_screen(SummaryScreen(renderable))

    def open_debrief(self) -> None:
        """The debrief screen if that package is installed in this tree, else how to reach it."""
        try:
            from simulator.tui.debrief import open_debrief
        except ImportError:
            has_debrief = False
        else:
            has_debrief = True
        if has_debrief and self.store is not None and self.session.drill_id:
            open_debrief(self, self.store, self.session.drill_id, scenario=self.session.scenario)
            return
        hint = DEBRIEF_HINT if self.store is not None else (
            "This drill was not saved (--no-save), so there is no debrief to open.")
        try:
            self.screen.query_one("#debrief-hint", Static).update(Text(hint, style="bold"))
        except Exception:  # not on the summary screen: a toast will do
            self.notify(hint, markup=False)

    def action_quit_drill(self) -> None:
        from simulator.tui.screens.confirm import ConfirmScreen

        if not self.loaded:
            self.exit()
            return
        session = self.session
        if not session.started or session.ended:
            self.exit()
            return
        if isinstance(self.screen, ConfirmScreen):
            return
        session.pause()

        def answered(yes: bool | None) -> None:
            from simulator.tui.screens.pause import PauseScreen
            from simulator.tui.screens.saving import SavingScreen

            if yes:
                session.abort()
                self.exit()
            elif not isinstance(self.screen, PauseScreen | SavingScreen):
                session.resume()  # back on a paused screen, the clock stays stopped

        unsaved = len(session.unsaved) if session.saving_blocked else 0
        detail = ("The drill stops here and is saved as aborted (everything so far is kept)."
                  if not unsaved else
                  f"The results file still cannot be written: {unsaved} event(s) of this drill "
                  "are not saved and will be lost. Free some space and retry first to keep them.")
        self.push_screen(ConfirmScreen("Quit the drill?", detail), answered)

    def on_unmount(self) -> None:
        if self._session is not None and self._session.started and not self._session.ended:
            self._session.abort()


def make_app(
    scenario: Scenario | Path,
    *,
    seed: int,
    store: Store | None = None,
    clock: Clock = time.monotonic,
    trainee: str = "trainee",
    team: str | None = None,
    agent: str | None = None,
    coach: bool = False,
    scenario_path: Path | None = None,
    pick: bool = False,
    open_store: Callable[[], Store] | None = None,
) -> DrillApp:
    """The game. `scenario` is a loaded Scenario, or a file loaded in the background after the
    first frame. Pass `store` (tests: a temporary file) or `open_store` (the CLI: opened in the
    background too); neither means nothing is saved."""
    return DrillApp(scenario, seed=seed, store=store, clock=clock, trainee=trainee, team=team,
                    agent=agent, coach=coach, scenario_path=scenario_path, pick=pick,
                    open_store=open_store)
