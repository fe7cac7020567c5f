"""What stands in for a value the loader could not read, so a broken file is still cross-checked.

A file with a misspelt key or a value of the wrong type used to get no cross-checks at all: the
facilitator fixed three key errors, ran `validate` again and only then saw ten reference and time
errors. Now the loader builds the scenario anyway, with `INVALID` wherever a value is missing or
unreadable (its own problem already reported), and the cross-checks run on that partial scenario.

`INVALID` poisons whatever touches it: comparing, hashing, iterating, testing or printing it raises
`Broken`, and `checks.check_scenario` skips the rest of the check that did so. Attribute access
and arithmetic pass it on (`INVALID.route` is `INVALID`), so `post.expect.route` on a broken
`expect` fails only where the route is used; `known(...)` guards one conclusion and `each(...)`
reads a list that may itself be broken, so one broken value costs one conclusion, not the check.
A check therefore reports only what it could work out from intact values, and nothing that
depends on the broken part: never "unknown channel <invalid>". A partial scenario never leaves
the loader: `validate_text` returns None for any file with an error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")


class Broken(Exception):  # it names the state a check ran into, like StopIteration
    """A cross-check touched a value the loader could not read; that check is skipped."""


class _Invalid:
    """The poisoned stand-in; `INVALID` is its only instance."""

    __slots__ = ()

    def _broken(self, *args: object, **kwargs: object) -> NoReturn:
        raise Broken

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _broken
    __hash__ = _broken
    __bool__ = __len__ = __iter__ = __contains__ = __getitem__ = _broken
    __str__ = __repr__ = __format__ = _broken  # no "<invalid>" ever reaches a message
    __float__ = __int__ = __index__ = _broken
    __round__ = __trunc__ = __floor__ = __ceil__ = _broken

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe for these
            raise AttributeError(name)
        return self

    def _same(self, *args: object) -> _Invalid:
        return self

    # arithmetic and calls pass the poison on (`crowd.slot_names()` on a broken crowd); it
    # raises where the result is compared, iterated or shown
    __call__ = _same
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _same
    __neg__ = __pos__ = __abs__ = _same


INVALID: Any = _Invalid()


def is_intact(value: object) -> bool:
    """True when nothing in `value` (a model object, list or map, however nested) is INVALID."""
    if value is INVALID:
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return all(is_intact(getattr(value, field.name)) for field in dataclasses.fields(value))
    if isinstance(value, tuple | list):
        return all(is_intact(item) for item in value)
    if isinstance(value, dict):
        return all(is_intact(item) for item in value.values())
    return True


def unless_broken(check: Callable[..., list[T]], scenario: object, *args: object) -> list[T]:
    """`check(scenario, *args)`'s problems, or none when the check reached a value the loader
    could not read: for a group of checks with a report of its own (`crowd_checks`), which
    would otherwise stop `validate` with a traceback on a broken file. On an intact scenario
    any exception is a bug in the check, and is raised."""
    try:
        return check(scenario, *args)
    except Broken:
        return []
    except Exception:
        if is_intact(scenario):
            raise
        return []


def known(*values: object) -> bool:
    """True when none of `values` is INVALID: guards a comparison in a cross-check, so one
    unreadable value skips that one conclusion rather than the rest of the check."""
    return all(value is not INVALID for value in values)


def each(items: Iterable[T]) -> Iterator[tuple[int, T]]:
    """`enumerate(items)`, or nothing when the list itself could not be read (reported)."""
    return iter(()) if items is INVALID else enumerate(items)
