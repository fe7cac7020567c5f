"""Players without a person: scripted bots, the headless runner, and the load report built on
the human-paced bot. They drive `simulator.drill.Engine` through its public moves only."""

from simulator.bots.players import BOT_NAMES, Bot, Planned, make_bot

__all__ = ["BOT_NAMES", "Bot", "Planned", "make_bot"]
