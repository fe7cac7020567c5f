"""Tiny modules that build the game for snapshot tests (see tests/tui/test_tui_snapshots.py)."""
