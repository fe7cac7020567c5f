"""A byte that is not UTF-8 on the terminal's input must not end the drill.

Textual decodes stdin strictly, so a Latin-1 terminal typing "é" (byte 0xE9) used to crash the
input thread: the app panicked, the drill was saved as aborted and the process exited 0.
Pilot (`App.run_test`) feeds keys past the driver's byte decoding, so the main test runs the
real `crisis-drill play` under a pseudo-terminal, writes raw bytes to it, and checks both the
screen output and the results file. Every wait polls with a generous deadline: nothing depends
on how fast the machine is, nor on the terminal width (only short words are matched on screen).
"""

from __future__ import annotations

import codecs
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pty_terminal import CTRL_Q, CTRL_S, Terminal, game_env
from textual import constants

from simulator.scenario.model import Scenario
from simulator.tui.app import make_app
from simulator.tui.driver import (
    LenientLinuxDriver,
    lenient_decoding_applies,
    lenient_incremental_decoder,
)

REPO = Path(__file__).resolve().parents[2]
LATIN1_E_ACUTE = b"\xe9"  # "é" as a Latin-1 terminal sends it: not valid UTF-8

def drill_row(db: Path) -> tuple[str, list[tuple[str, str]]] | None:
    """(status, [(action kind, text)]) of the only drill in `db`, None before it exists."""
    if not db.exists():
        return None
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        try:
            status = connection.execute("SELECT status FROM drills").fetchone()
            actions = connection.execute("SELECT kind, text FROM actions ORDER BY seq").fetchall()
        except sqlite3.OperationalError:  # the game is still creating its tables
            return None
    return None if status is None else (status[0], actions)


@pytest.mark.slow
def test_a_non_utf8_byte_is_read_as_a_replacement_character_and_the_drill_goes_on(
    tmp_path: Path,
) -> None:
    db = tmp_path / "r.db"
    terminal = Terminal([sys.executable, "-m", "simulator", "play", "--trainee", "Ana",
                         "--db", str(db)], cwd=REPO, env=game_env())
    try:
        terminal.wait_for_text("Start the clock")  # the briefing's footer
        # 0xE9 opens a three-byte UTF-8 sequence, so the strict decoder held it until the
        # Enter after it arrived, then raised: the crash came with the next key.
        mark = terminal.send(LATIN1_E_ACUTE + b"\r")
        terminal.wait_for_text("backlog", mark)  # the play screen's status bar: the clock runs
        assert terminal.process.poll() is None

        # Reply to the first post, with the byte inside. It arrives under a second into the
        # drill and is selected when the feed next repaints: the composer then names its author.
        terminal.wait_for_text("Reply to @", mark)
        mark = terminal.send(b"\r")
        terminal.wait_for_text("Send reply", mark)  # the composer's footer
        mark = terminal.send(b"Thanks" + LATIN1_E_ACUTE + b" for asking")
        # Ctrl+S is a priority binding: sent in the same burst it would run before the text
        # area has taken the letters queued for it, so wait until they are on screen.
        terminal.wait_for_text("for asking", mark)
        terminal.send(CTRL_S)
        status, actions = terminal.until(
            "the reply in the results file",
            lambda: row if (row := drill_row(db)) is not None and row[1] else None)
        assert status == "running"  # not aborted by the byte
        assert actions == [("reply", "Thanks\N{REPLACEMENT CHARACTER} for asking")]

        mark = terminal.send(CTRL_Q)
        terminal.wait_for_text("Quit the drill?", mark)
        terminal.send(b"y")
        assert terminal.wait_for_exit() == 0
    finally:
        terminal.close()
    assert "Traceback" not in terminal.text()
    assert drill_row(db) == ("aborted", actions)  # aborted by the trainee's own quit, all kept


def test_textual_still_builds_its_input_decoder_through_the_name_we_replace() -> None:
    """If this fails, a new Textual changed `LinuxDriver.run_input_thread`: the lenient decoder
    in simulator/tui/driver.py no longer applies, and one stray byte ends a drill again."""
    assert lenient_decoding_applies()


def test_the_lenient_decoder_replaces_only_the_bad_byte() -> None:
    decode = lenient_incremental_decoder("utf-8")().decode
    assert decode(b"caf\xe9 ok") == "caf\N{REPLACEMENT CHARACTER} ok"
    assert decode(b"\xc3") == ""  # half of a real "é": held until the rest arrives
    assert decode(b"\xa9") == "é"
    assert codecs.getincrementaldecoder("utf-8")().errors == "strict"  # codecs left as it was


def test_the_game_runs_on_the_lenient_driver(tiny_scenario: Scenario) -> None:
    if constants.DRIVER is not None or sys.platform == "win32":
        pytest.skip("another driver is chosen here (TEXTUAL_DRIVER, or Windows)")
    app = make_app(tiny_scenario, seed=1)
    assert app.driver_class is LenientLinuxDriver
