check:  ## everything CI checks: lint, types, then the whole test suite
	python3 -m ruff check .
	python3 -m mypy
	python3 -m pytest

.PHONY: check
