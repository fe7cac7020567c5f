"""Bundled scenario files (package data): found through simulator.scenario.library."""
