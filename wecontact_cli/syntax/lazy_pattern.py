"""Regular expressions compiled on first use: the one way every module defers a pattern.

Compiling a pattern costs from microseconds to milliseconds (js_skim's bracket-nesting ones,
wxml's tokeniser), in every process that uses it, when ``re`` compiles it; made from the code
written ahead (``patterns.compile_pattern``, which this module compiles through) it still costs
a few microseconds. The modules holding them are imported by every run, before the lint's
workers start, and most runs need only some of their patterns: ``LazyPattern`` keeps the
source and compiles it the first time one of its methods is asked for, then keeps the
compiled pattern's methods on itself, so that every later call costs what a call of the
compiled pattern costs.
"""

from __future__ import annotations

import re
from typing import Any

from wecontact_cli.syntax.patterns import compile_pattern

_METHODS = ("sub", "subn", "search", "match", "fullmatch", "findall", "finditer", "split")
"""The compiled pattern's methods kept on the instance once it is compiled."""


class LazyPattern:
    """A pattern compiled on first use; it answers every method of ``re.Pattern``."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags  # ``flags`` is the compiled pattern's (with re.UNICODE added)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (what a match's ``re`` is)."""
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        return found if found is not None else self._compile()

    def _compile(self) -> re.Pattern[str]:
        compiled = compile_pattern(self.pattern, self._flags)
        self.__dict__["_compiled"] = compiled
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    def __getattr__(self, name: str) -> Any:
        """Compile, then answer as the compiled pattern (called only for what the instance
        does not hold yet: its methods, the first time)."""
        if name.startswith("__"):
            raise AttributeError(name)  # copy's and pickle's probes are not the pattern's
        return getattr(self.compiled, name)
