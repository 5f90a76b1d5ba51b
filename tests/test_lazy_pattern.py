"""``LazyPattern`` (syntax/lazy_pattern.py), the one way a module defers compiling a pattern:
nothing is compiled until a method is asked for, and then every method answers as the
compiled pattern's does; the modules that hold such patterns compile none on import."""

from __future__ import annotations

import copy
import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from wecontact_cli.syntax.lazy_pattern import LazyPattern

PATTERNS = st.sampled_from([r"a+", r"(\w)(\d)?", r"<(?P<name>[a-z]+)\s*/?>", r"[\x00-\x1f]", r"^x|y$", r"\s*,\s*"])
TEXTS = st.text(alphabet="ab1 x,y<>/c\t\n\x01", max_size=30)


@given(PATTERNS, TEXTS, st.sampled_from([0, re.IGNORECASE | re.MULTILINE]))
def test_every_method_answers_as_the_compiled_pattern(pattern: str, text: str, flags: int) -> None:
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)

    def spans(found: re.Match[str] | None) -> object:
        return None if found is None else (found.span(), found.groups())

    assert spans(lazy.search(text)) == spans(compiled.search(text))
    assert spans(lazy.match(text)) == spans(compiled.match(text))
    assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text, 1)] == [m.span() for m in compiled.finditer(text, 1)]
    assert lazy.sub("-", text) == compiled.sub("-", text)
    assert lazy.subn("-", text, 1) == compiled.subn("-", text, 1)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.groups, lazy.groupindex, lazy.pattern, lazy.flags) == (
        compiled.groups, compiled.groupindex, compiled.pattern, compiled.flags)


def test_nothing_is_compiled_until_a_method_is_asked_for() -> None:
    lazy = LazyPattern(r"(unbalanced")  # compiling it would fail
    assert lazy.pattern == r"(unbalanced"
    assert copy.copy(lazy).pattern == r"(unbalanced"  # copy's probes compile nothing
    try:
        lazy.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("the pattern compiled at its first use")


def test_a_match_of_the_pattern_is_a_match_of_compiled() -> None:
    lazy = LazyPattern(r"<(?P<name>[a-z]+)>")
    found = lazy.match("<view>")
    assert found is not None and found.re is lazy.compiled and found["name"] == "view"
    assert lazy.compiled is lazy.compiled  # compiled once
    assert lazy.match == lazy.compiled.match  # later calls go straight to the compiled pattern


def test_importing_the_modules_that_hold_lazy_patterns_compiles_none_of_them() -> None:
    """wxml, js_skim, uni-app's script skim, Taro's literal config reader and the text guard
    hold their patterns lazily: importing them must not compile those."""
    probe = """
import re, sys
from wecontact_cli.syntax import lazy_pattern
compiled = []
original = lazy_pattern.LazyPattern._compile
lazy_pattern.LazyPattern._compile = lambda self: compiled.append(self.pattern) or original(self)
import wecontact_cli.syntax.wxml, wecontact_cli.syntax.js_skim, wecontact_cli.text.safe
import wecontact_cli.frameworks.uniapp.script_skim, wecontact_cli.frameworks.taro.literal_config
print(len(compiled))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
