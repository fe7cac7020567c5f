"""Tiny modules that build the game for snapshot tests (see tests/test_tui_snapshots.py)."""
