"""The environment for a benchmark's fresh interpreter: the project's code as a user has it.

An installed copy runs from compiled bytecode: pip compiles a wheel's modules when it installs
them, and an editable checkout writes `__pycache__` on its first run. A machine that sets
`PYTHONDONTWRITEBYTECODE` (this project's build machine does) makes every fresh interpreter
compile the project's ~200 modules from source again, about 60 ms of every start-up, while the
libraries it is compared with (Textual, already compiled by pip) pay nothing. So the start-up
benchmarks write bytecode, to a folder of their own (`PYTHONPYCACHEPREFIX`: the checkout stays
clean) that lives as long as the benchmark process, and warm it with one run before timing.
`compiled=False` gives this machine's case, our modules compiled on the spot, for context.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@functools.cache
def _pycache() -> str:
    folder = tempfile.mkdtemp(prefix="crisis-drill-bench-pycache-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def child_env(*, compiled: bool = True) -> dict[str, str]:
    """`os.environ` with the checkout on `PYTHONPATH`; with `compiled`, bytecode written and
    read in a private cache (every module's, the libraries' too: the prefix replaces their
    `__pycache__`, so the warm-up run fills it for the baseline as well), else none written, as
    on this machine: the project's modules compile on every start, the libraries' do not."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if compiled:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _pycache()
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env
