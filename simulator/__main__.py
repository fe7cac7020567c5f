"""`python -m simulator` is the same as the `crisis-drill` command."""

from simulator.cli import main

raise SystemExit(main())
