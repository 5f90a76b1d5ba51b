"""What the speed work must not change: parallel output, and which modules a command loads.

No timing here: speed is measured by benchmarks/run.py, with figures in the README.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE, REPO, run_cli


def test_parallel_lint_output_is_identical_to_sequential(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wecontact_cli.lint import workers

    project = tmp_path / "big"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), str(project),
                    "--pages", "480", "--seed", "3"], check=True, capture_output=True)
    monkeypatch.setattr(workers, "PARALLEL_MIN_UNITS", 10**9)
    sequential = run_cli("lint", project, "-f", "json", "--exit-zero")
    monkeypatch.setattr(workers, "PARALLEL_MIN_UNITS", 100)
    parallel = run_cli("lint", project, "-f", "json", "--exit-zero")
    assert sequential.stdout == parallel.stdout
    assert sequential.stdout.count('"code"') > 10  # the generated mistakes were found


PROBE = """
import sys
from wecontact_cli.cli import main
sys.argv = ["wecontact", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
import json
print("\\nLOADED", json.dumps(sorted(m for m in ("rich", "jinja2", "tree_sitter", "json5", "pydantic") if m in sys.modules)))
"""


def loaded(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True).stdout
    return json.loads(out.rsplit("LOADED", 1)[1])


def test_commands_import_only_what_they_use(tmp_path: Path) -> None:
    assert loaded("--version") == []
    assert loaded("lint", str(EXAMPLE), "-f", "concise") == []  # no cell: no tree-sitter
    assert loaded("lint", str(EXAMPLE), "-f", "json") == []
    assert loaded("init", str(EXAMPLE), "--diff") == []
    assert loaded("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", str(EXAMPLE),
                  "--diff") == ["jinja2"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

JSON_BITS = st.sampled_from(['{', '}', '[', ']', '"a"', '"plugin://x/cell"', ':', ',', '1', '1e5', 'NaN',
                             'true', 'null', ' ', '\n', '//', '/*', '*/', '"usingComponents"',
                             '"plugins"', "'x'", '"\\u00e9"', '-0', '01'])


@settings(max_examples=1500, deadline=None)
@given(st.lists(JSON_BITS, max_size=25).map("".join))
def test_stdlib_fast_path_agrees_with_the_span_parser(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    """The C parser decides only what the span parser would decide the same way."""
    from wecontact_cli.syntax.jsontext import JsonSyntaxError, parse
    from wecontact_cli.frameworks.native.problems import read_json

    path = tmp_path_factory.mktemp("j") / "page.json"
    path.write_text(text, encoding="utf-8")
    read = read_json(path, path.parent)
    parsed, syntax = read.file, [p for p in read.problems if p.kind == "syntax"]
    try:
        expected = parse(text).to_python()
    except JsonSyntaxError:
        assert parsed is None and syntax
        return
    assert not syntax and parsed is not None
    if isinstance(expected, dict):
        assert {m.key for m in parsed.root.members} == set(expected)
