"""The package's patterns come compiled for each supported Python (``wecontact_cli/_pattern_code``,
written by tools/pattern_code.py): a pattern made from that code is exactly what ``re.compile``
makes; a pattern not there, a file for another engine or a damaged file mean ``re.compile``, as
before; and a lint compiles no pattern of its own."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tool_modules import TOOLS, load_tool
from wecontact_cli.syntax import patterns

ROOT = Path(__file__).resolve().parent.parent
TOOL = TOOLS / "pattern_code.py"


def _table() -> dict[tuple[Any, int], Any]:
    key, table = marshal.loads(Path(patterns.code_file()).read_bytes())
    assert key == patterns.engine_key()
    return table


@pytest.fixture
def fresh_table() -> Any:
    """The table read again by the next compile, and again after the test."""
    patterns.forget()
    yield
    patterns.forget()


def test_every_supported_python_has_its_file() -> None:
    tool = load_tool("pattern_code")
    folder = ROOT / "wecontact_cli" / patterns.FOLDER
    assert sorted(p.name for p in folder.iterdir()) == [f"cpython-{v.replace('.', '')}.marshal" for v in tool.SUPPORTED]
    assert "%d.%d" % sys.version_info[:2] in tool.SUPPORTED, "a Python this suite runs on has no pattern code"


def test_this_pythons_file_is_current() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_pattern_made_from_the_file_is_what_re_compiles(fresh_table: None) -> None:
    """A compiled pattern's equality compares its flags and code; its groups are compared apart."""
    table = _table()
    assert len(table) > 80
    for (pattern, flags) in table:
        made, compiled = patterns.compile_pattern(pattern, flags), re.compile(pattern, flags)
        assert made == compiled, pattern
        assert (made.groups, made.groupindex, made.flags) == (compiled.groups, compiled.groupindex, compiled.flags)
        assert made is not compiled  # made from the file, not taken from re's cache


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_table() if Path(patterns.code_file()).exists() else {}, key=repr)),
       st.text(alphabet="<>/ab cell=\"'{}()[]#!-\n\t:@.$_", max_size=60))
def test_a_pattern_from_the_file_matches_as_re_compiled_it(key: tuple[str, int], text: str) -> None:
    made, compiled = patterns.compile_pattern(*key), re.compile(*key)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.sub("x", text) == compiled.sub("x", text)


def test_a_pattern_not_in_the_file_is_compiled_by_re(fresh_table: None) -> None:
    pattern = r"not-in-the-table-(\d+)"
    assert (pattern, 0) not in _table()
    made = patterns.compile_pattern(pattern)
    assert made is re.compile(pattern)  # re's own, from its cache
    assert made.fullmatch("not-in-the-table-42")[1] == "42"


def test_a_file_for_another_engine_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fresh_table: None) -> None:
    key, table = marshal.loads(Path(patterns.code_file()).read_bytes())
    (pattern, flags), entry = next(iter(table.items()))
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps(((*key[:2], key[2] + 1, *key[3:]), {(pattern, flags): entry})))
    monkeypatch.setattr(patterns, "code_file", lambda: str(other))
    assert patterns.compile_pattern(pattern, flags) is re.compile(pattern, flags)


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps("a string"), marshal.dumps((1, 2, 3)),
                                     None])
def test_a_damaged_or_missing_file_is_ignored(content: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fresh_table: None) -> None:
    damaged = tmp_path / "damaged.marshal"
    if content is not None:
        damaged.write_bytes(content)
    monkeypatch.setattr(patterns, "code_file", lambda: str(damaged))
    assert patterns.compile_pattern(r"[a-z]+", re.IGNORECASE) is re.compile(r"[a-z]+", re.IGNORECASE)
    assert patterns._load() == {}


@pytest.mark.parametrize("damage", ["cut", "odd length", "shape", "groups"])
def test_a_file_with_a_damaged_entry_is_ignored(damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                fresh_table: None) -> None:
    """An entry the engine refuses or that is not one is compiled by re, never made wrong."""
    key, table = marshal.loads(Path(patterns.code_file()).read_bytes())
    (pattern, flags), (final, code, groups, groupindex, indexgroup) = max(table.items(), key=lambda item: item[1][2])
    entry = {"cut": (final, code[:8], groups, groupindex, indexgroup),
             "odd length": (final, code[:-1], groups, groupindex, indexgroup),
             "shape": (final, code),
             "groups": (final, code, groups, "not a mapping", indexgroup)}[damage]
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(marshal.dumps((key, {(pattern, flags): entry})))
    monkeypatch.setattr(patterns, "code_file", lambda: str(damaged))
    assert patterns.compile_pattern(pattern, flags) == re.compile(pattern, flags)


COUNT_PATTERNS = """
import re, sys, atexit
_compiler = getattr(re, "_compiler", None) or re.sre_compile
compiled = []
def _counting(real):
    def counted(p, flags=0):
        frame = sys._getframe(1)
        while frame.f_code.co_filename.endswith(("re/__init__.py", "/re.py", "functools.py")):
            frame = frame.f_back
        where = frame.f_code.co_filename
        # tree-sitter compiles a query's #match? pattern with re itself: not a pattern of ours
        if "wecontact_cli" in where and frame.f_code.co_name != "_query":
            compiled.append((where.split("wecontact_cli")[-1], frame.f_lineno, str(p)[:40]))
        return real(p, flags)
    return counted
_compiler.compile = _counting(_compiler.compile)
atexit.register(lambda: sys.stderr.write("PATTERNS %r\\n" % compiled))
"""


@pytest.mark.parametrize("generator", ["generate.py", "generate_uniapp.py", "generate_taro.py"])
@pytest.mark.parametrize("command", ["lint", "doctor"])
def test_a_run_compiles_no_pattern_of_its_own(tmp_path: Path, generator: str, command: str) -> None:
    """Every pattern a one-page lint or doctor uses comes from the file (re compiles only the
    standard library's own at their import, and tree-sitter's)."""
    from test_speed_startup import one_page_project, probe_full

    project = one_page_project(tmp_path, generator)
    _, code, _, stderr = probe_full(command, str(project), *(["--exit-zero"] if command == "lint" else []),
                                    prelude=COUNT_PATTERNS, env={"WECONTACT_NO_CACHE": "1"})
    assert code == 0
    assert "PATTERNS []" in stderr, stderr
