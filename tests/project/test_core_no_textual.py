"""Core modules never import Textual: only simulator.tui may (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
CORE_PACKAGES = ("simulator", "scoring")
UI_PACKAGES = ("simulator.tui", "simulator.cli")
NOT_IMPORTABLE = ("simulator.__main__",)  # runs the CLI on import


def core_modules() -> list[str]:
    modules = []
    for package in CORE_PACKAGES:
        directory = ROOT / package
        if not (directory / "__init__.py").exists():
            continue
        modules.append(package)
        for info in pkgutil.walk_packages([str(directory)], prefix=f"{package}."):
            name = info.name
            if name in NOT_IMPORTABLE or any(name == ui or name.startswith(ui + ".")
                                             for ui in UI_PACKAGES):
                continue
            modules.append(name)
    return sorted(modules)


def test_core_modules_do_not_import_textual() -> None:
    modules = core_modules()
    assert "simulator.scenario.loader" in modules and "simulator.tui" not in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [], f"textual imported by one of {modules}"
