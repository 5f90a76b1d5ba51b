"""A record's ``__init__`` comes compiled with the package (``wecontact_cli/_record_inits.py``,
written by tools/record_inits.py) and does what the one compiled at run time does; a record
the module does not know is compiled as before; and a lint compiles no code of its own.
(Equality with ``dataclass``: test_records.py.)"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tool_modules import TOOLS, load_tool
from wecontact_cli import _record_inits, records
from wecontact_cli.model import Span
from wecontact_cli.records import field, init_key, init_source, record

ROOT = Path(__file__).resolve().parent.parent
TOOL = TOOLS / "record_inits.py"


def test_the_written_module_is_current() -> None:
    tool = load_tool("record_inits")
    assert _record_inits.__file__ is not None
    assert Path(_record_inits.__file__).read_text(encoding="utf-8") == tool.expected(), (
        "a record changed since wecontact_cli/_record_inits.py was written: run python tools/record_inits.py")
    assert {init_key(cls) for cls in tool.record_classes()} == set(_record_inits.INITS)


def test_the_tool_checks_without_writing() -> None:
    before = (ROOT / "wecontact_cli" / "_record_inits.py").read_bytes()
    done = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (ROOT / "wecontact_cli" / "_record_inits.py").read_bytes() == before


def test_each_written_init_is_its_source_compiled() -> None:
    assert len(_record_inits.INITS) > 100  # the package's records, not a handful
    for key, function in _record_inits.INITS.items():
        written, compiled = function.__code__, records._compiled(init_source(key))
        for part in ("co_code", "co_argcount", "co_varnames", "co_names", "co_consts", "co_name"):
            assert getattr(written, part) == getattr(compiled, part), (key, part)


def test_a_package_record_runs_the_written_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "_written", None)  # read again, here even without a .pyc
    monkeypatch.setattr(records, "loads_compiled", lambda source: True)
    monkeypatch.setattr(Span, "__init__", records._lazy_init(Span))  # as before Span's first use
    span = Span(Path("a.wxml"), 1, 2)
    key = init_key(Span)
    assert key == "F:path,start,end,quote"
    assert Span.__init__.__code__ is _record_inits.INITS[key].__code__
    assert (span.path, span.start, span.end, span.quote) == (Path("a.wxml"), 1, 2, '"')  # a default
    assert Span.__init__.__qualname__ == "Span.__init__"
    with pytest.raises(TypeError, match=r"Span\.__init__\(\) missing 1 required positional argument: 'end'"):
        Span(Path("a.wxml"), 1)  # type: ignore[call-arg]


def test_a_record_the_module_does_not_know_is_compiled() -> None:
    @record(frozen=True)
    class NotInThePackage:
        first_of_its_kind: int
        second: list[int] = field(default_factory=list)

    assert init_key(NotInThePackage) not in _record_inits.INITS
    made = NotInThePackage(1)
    assert made.second == [] and NotInThePackage(2).second is not made.second
    assert NotInThePackage.__init__.__code__.co_filename == "<string>"


NAMES = ("alpha", "beta", "gamma", "delta")


@st.composite
def shapes(draw: Any) -> tuple[tuple[int, tuple[str, ...], bool, bool], int]:
    """How many fields, the kind of each (none, a value, a factory: defaults last), frozen,
    post-init; and how many arguments a call gives (at least one per field without a default)."""
    count = draw(st.integers(0, len(NAMES)))
    defaults = draw(st.integers(0, count))
    kinds = ("none",) * (count - defaults) + tuple(draw(st.sampled_from(["value", "factory"])) for _ in range(defaults))
    return (count, kinds, draw(st.booleans()), draw(st.booleans())), draw(st.integers(count - defaults, count))


def _declare(count: int, kinds: tuple[str, ...], frozen: bool, post_init: bool) -> type:
    body: dict[str, Any] = {"__annotations__": {}, "__qualname__": "Shape", "__module__": __name__}
    for name, kind in zip(NAMES[:count], kinds):
        body["__annotations__"][name] = "Any"
        if kind == "value":
            body[name] = 7
        elif kind == "factory":
            body[name] = field(default_factory=list)
    if post_init:
        def __post_init__(self: Any) -> None:
            object.__setattr__(self, "seen", True)
        body["__post_init__"] = __post_init__
    return record(type("Shape", (), body), frozen=frozen)


@settings(max_examples=80, deadline=None)
@given(drawn=shapes(), values=st.lists(st.integers(), min_size=len(NAMES), max_size=len(NAMES)))
def test_written_and_compiled_inits_make_the_same_records(drawn: Any, values: list[int]) -> None:
    """The same shape declared twice: its __init__ compiled at run time, then from code
    written ahead (as _record_inits holds it): same fields, defaults, factories, post-init."""
    shape, given = drawn
    count, kinds, frozen, post_init = shape
    given_values = values[:given]
    compiled, written = _declare(*shape), _declare(*shape)
    namespace: dict[str, Any] = {}
    exec(init_source(init_key(written)), namespace)  # what the module's def gives
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "_written", {})
        made_compiled = [compiled(*given_values), compiled(*given_values)]
        patch.setattr(records, "_written", {init_key(written): namespace["__init__"]})
        made_written = [written(*given_values), written(*given_values)]
    assert written.__init__.__code__ is namespace["__init__"].__code__
    assert compiled.__init__.__code__ is not namespace["__init__"].__code__

    for first, second in (made_compiled, made_written):
        assert [getattr(first, n) for n in NAMES[:count]] == [getattr(second, n) for n in NAMES[:count]]
        for name, kind in zip(NAMES[:count], kinds):
            if kind == "factory" and len(given_values) <= NAMES.index(name):
                assert getattr(first, name) == [] and getattr(first, name) is not getattr(second, name)
        assert getattr(first, "seen", False) is post_init
    assert [vars(m) for m in made_compiled] == [vars(m) for m in made_written]
    if frozen:
        with pytest.raises(records.FrozenInstanceError):
            made_written[0].extra = 1


def test_the_module_is_read_only_where_it_is_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing _record_inits from its source takes 25 ms: not done where no .pyc can be
    read or written (PYTHONDONTWRITEBYTECODE with an editable install), there each record a
    run makes is compiled on first use, as before."""
    source = tmp_path / "_record_inits.py"
    source.write_text("INITS = {}\n", encoding="utf-8")
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert records.loads_compiled(str(source))  # written on the first import
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not records.loads_compiled(str(source))
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / f"_record_inits.{sys.implementation.cache_tag}.pyc").write_bytes(b"")
    assert records.loads_compiled(str(source))
    assert Path(importlib.util.cache_from_source(str(source))).exists()  # the place Python looks
    prefix = tmp_path / "prefix"
    monkeypatch.setattr(sys, "pycache_prefix", str(prefix))  # PYTHONPYCACHEPREFIX: .pyc files elsewhere
    assert not records.loads_compiled(str(source))
    where = Path(importlib.util.cache_from_source(str(source)))
    where.parent.mkdir(parents=True)
    where.write_bytes(b"")
    assert records.loads_compiled(str(source))


def test_without_the_compiled_module_records_compile_their_inits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "_written", None)
    monkeypatch.setattr(records, "loads_compiled", lambda source: False)

    @record(frozen=True)
    class LikeSpan:
        path: Path
        start: int
        end: int
        quote: str = '"'

    assert init_key(LikeSpan) in _record_inits.INITS
    assert LikeSpan(Path("a"), 1, 2).quote == '"'
    assert LikeSpan.__init__.__code__.co_filename == "<string>"
    assert records._written == {}


COUNT_COMPILING = """
import builtins, sys
compiled = []
def _counting(real):
    def counted(*args, **kwargs):
        caller = sys._getframe(1).f_code.co_filename
        if not caller.startswith("<frozen importlib"):  # a module's import: not a run's own compile
            compiled.append(caller)
        return real(*args, **kwargs)
    return counted
builtins.compile, builtins.exec = _counting(builtins.compile), _counting(builtins.exec)
import atexit
atexit.register(lambda: sys.stderr.write("COMPILED %r\\n" % compiled))
"""


@pytest.mark.parametrize("generator", ["generate.py", "generate_uniapp.py", "generate_taro.py"])
def test_a_lint_compiles_no_code_once_the_package_is_compiled(tmp_path: Path, generator: str) -> None:
    """Neither a record's __init__ nor a type alias's forward reference (which typing compiles)
    is compiled while a lint runs, once the package's .pyc files are written: the first
    compile of a process also costs about 1.4 ms to set the compiler up."""
    from test_speed_startup import one_page_project, probe_full

    project = one_page_project(tmp_path, generator)
    env = {"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "WECONTACT_NO_CACHE": "1"}
    env_without_dont_write = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "environ", env_without_dont_write)
        probe_full("lint", str(project), "--exit-zero", env=env)  # writes the .pyc files
        _, code, _, stderr = probe_full("lint", str(project), "--exit-zero", prelude=COUNT_COMPILING, env=env)
    assert code == 0
    assert "COMPILED []" in stderr, stderr
