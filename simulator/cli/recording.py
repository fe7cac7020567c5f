"""Record a drill run from the command line into the results file, event by event.

`simulate` uses it so bot drills land in the results file exactly like played ones (a facilitator
can fill a file to demonstrate the debrief; the benchmarks can build big files). Each event is
committed as the drill produces it; Ctrl+C or any failure leaves the drill `aborted` with everything
recorded so far.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from simulator.cli import CommandError, login_name, person_name
from simulator.printable import printable
from simulator.store import StoreError, add_db_option, resolve_db_path

if TYPE_CHECKING:  # imported where used, so `--help` starts without sqlite-utils
    from simulator.drill.events import Event
    from simulator.store import Store


def add_recording_options(parser: argparse.ArgumentParser) -> None:
    """`--db`, `--trainee`, `--team`, `--no-save` for a command that runs a drill."""
    group = parser.add_argument_group("results file")
    add_db_option(group)
    group.add_argument("--trainee", type=person_name, metavar="NAME",
                       help="name the drill is recorded under (default: bot-<bot name> for a "
                       "bot, else your login name)")
    group.add_argument("--team", type=person_name, metavar="NAME",
                       help="team the drill is recorded for")
    group.add_argument("--no-save", action="store_true",
                       help="do not record the drill in the results file")


@dataclass
class Recording:
    """Hands every event to the store (then to `forward`); `finish` stores the final score."""

    store: Store | None
    drill_id: int | None
    forward: Any = None

    def on_event(self, event: Event) -> None:
        if self.store is not None and self.drill_id is not None:
            self.store.record(self.drill_id, event)
        if self.forward is not None:
            self.forward(event)

    def finish(self, score: Any) -> None:
        if self.store is not None and self.drill_id is not None:
            self.store.finish(self.drill_id, score)


@contextmanager
def recorded_drill(
    args: argparse.Namespace, scenario: Any, forward: Any = None, *, mode: str = "simulate"
) -> Iterator[Recording]:
    if getattr(args, "no_save", False):
        yield Recording(None, None, forward)
        return
    path = resolve_db_path(args)
    bot = getattr(args, "bot", None)
    trainee = getattr(args, "trainee", None) or (f"bot-{bot}" if bot else login_name())
    try:
        from simulator.store import Store, hash_scenario

        store = Store.open(path)
    except StoreError as error:
        raise CommandError(f"{error} (or pass --no-save)") from None
    try:
        drill_id = store.start_drill(scenario, hash_scenario(scenario), args.seed, trainee,
                                     getattr(args, "team", None), mode=mode, bot=bot)
    except StoreError as error:
        store.close()
        raise CommandError(f"{error} (or pass --no-save)") from None
    try:
        yield Recording(store, drill_id, forward)
    except StoreError as error:
        _abort(store, drill_id)
        raise CommandError(f"{error} Drill {drill_id} is kept as aborted.") from None
    except BaseException:  # Ctrl+C or a bug: keep what was recorded, mark it aborted
        _abort(store, drill_id)
        raise
    finally:
        store.close()
    print(printable(f"recorded as drill {drill_id} in {path}"), file=sys.stderr)


def _abort(store: Store, drill_id: int) -> None:
    with suppress(StoreError):  # e.g. the disk is still full: readers still see it aborted
        store.mark_aborted(drill_id)
