"""The scenario picker: the bundled drills, or any scenario file by path (validated on the spot)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario.library import bundled_scenarios
from simulator.scenario.model import Scenario, format_duration


def load_choice(path: str) -> tuple[Scenario | None, Path | None, str | None]:
    """(scenario, path, None) or (None, None, a readable error)."""
    from simulator.scenario.library import ScenarioNotFound, resolve_scenario

    text = path.strip()
    if not text:
        return None, None, "Type a path to a scenario file, or pick a bundled one above."
    try:
        resolved = resolve_scenario(Path(text).expanduser())
    except ScenarioNotFound as error:
        return None, None, str(error)
    try:
        return load_scenario(resolved), resolved, None
    except ScenarioError as error:
        return None, None, f"{resolved} is not a valid scenario:\n{error}"
    except (OSError, UnicodeDecodeError) as error:
        return None, None, f"cannot read {resolved}: {error}"


class PickerScreen(ModalScreen[tuple[Scenario, Path] | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Choose a scenario"), classes="dialog-title")
            options = []
            for scenario_id, path in bundled_scenarios():
                prompt = Text()
                prompt.append(scenario_id, style="bold")
                try:
                    scenario = load_scenario(path)
                    prompt.append(f"  {scenario.title} · {scenario.difficulty} · "
                                  f"{format_duration(scenario.duration)}", style="dim")
                except (ScenarioError, OSError) as error:
                    prompt.append(f"  (invalid: {str(error).splitlines()[0]})", style="red")
                options.append(Option(prompt, id=str(path)))
            yield OptionList(*options, id="bundled")
            yield Input(placeholder="…or a scenario file path, then Enter", id="path")
            yield Static(Text(""), id="picker-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#bundled", OptionList).focus()

    @on(OptionList.OptionSelected, "#bundled")
    def _bundled(self, event: OptionList.OptionSelected) -> None:
        self._choose(str(event.option.id))

    @on(Input.Submitted, "#path")
    def _typed(self, event: Input.Submitted) -> None:
        self._choose(event.value)

    def _choose(self, path: str) -> None:
        scenario, resolved, error = load_choice(path)
        if error is not None or scenario is None or resolved is None:
            self.query_one("#picker-error", Static).update(Text("✗ " + (error or ""), style="red"))
            return
        self.dismiss((scenario, resolved))

    def action_cancel(self) -> None:
        self.dismiss(None)
