"""Terminal input that survives bytes which are not UTF-8.

Textual's `LinuxDriver.run_input_thread` decodes stdin with a strict UTF-8 incremental decoder
(`getincrementaldecoder("utf-8")()`, built inside that method, with no hook to change it). One
byte that is not UTF-8 (a Latin-1 terminal typing "é" sends 0xE9) raises UnicodeDecodeError in
the input thread, the app panics and the drill ends as aborted mid-way. `LenientLinuxDriver`
runs Textual's own input loop unchanged except for that one decoder, which here replaces each
undecodable byte with U+FFFD: the trainee sees "�" where the odd byte was and keeps playing.

How: the subclass's `run_input_thread` is Textual's function object rebuilt with a private copy
of its module globals, in which `getincrementaldecoder` returns a decoder with errors="replace".
Textual itself is not patched (other drivers and apps in the process are untouched), and no
Textual code is copied here, so its fixes to the input loop still reach us. If a future Textual
stops looking up `getincrementaldecoder` in that method, `lenient_decoding_applies()` turns
False and tests/tui/test_tui_input_bytes.py fails, pointing here.
"""

from __future__ import annotations

import codecs
import types
from collections.abc import Callable
from functools import partial

from textual.drivers.linux_driver import LinuxDriver

DECODER_ERRORS = "replace"  # an undecodable byte becomes U+FFFD; the keys around it still count
_DECODER_LOOKUP = "getincrementaldecoder"  # the global name Textual's input loop calls


def lenient_incremental_decoder(encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
    """Stand-in for `codecs.getincrementaldecoder`: same codec, errors="replace" by default."""
    return partial(codecs.getincrementaldecoder(encoding), errors=DECODER_ERRORS)


def lenient_decoding_applies() -> bool:
    """True while Textual's input loop builds its decoder through the name we swap out."""
    return _DECODER_LOOKUP in LinuxDriver.run_input_thread.__code__.co_names


def _with_lenient_decoder(function: types.FunctionType) -> types.FunctionType:
    """`function` (same code, defaults and closure) reading our decoder factory from its globals."""
    namespace = dict(function.__globals__)
    namespace[_DECODER_LOOKUP] = lenient_incremental_decoder
    rebuilt = types.FunctionType(function.__code__, namespace, function.__name__,
                                 function.__defaults__, function.__closure__)
    rebuilt.__kwdefaults__ = function.__kwdefaults__
    rebuilt.__qualname__ = function.__qualname__
    rebuilt.__doc__ = function.__doc__
    return rebuilt


class LenientLinuxDriver(LinuxDriver):
    """Textual's Linux/macOS driver, but a non-UTF-8 input byte is read as U+FFFD, not a crash."""

    run_input_thread = _with_lenient_decoder(LinuxDriver.run_input_thread)  # type: ignore[arg-type]
