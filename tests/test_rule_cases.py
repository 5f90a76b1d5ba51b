"""Rules as data: one case file per rule under tests/rules/, run by one parametrised test.

A case file holds one or more projects. Each project starts with ``=== project NAME``
and lists files as ``=== path`` sections (paths relative to the project root) that are
laid over a small, clean base project (see BASE); ``=== args`` adds lint options and
``=== expect`` lists the expected ``path:line:col CODE`` lines. Only the rule the file is
named after is selected, so a case shows bad examples (expected lines) beside good ones
(no line) without noise from other rules. Lines starting with ``#`` before the first
section are comments.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import run_cli
from wecontact_cli.lint.rules import RULES

CASES = Path(__file__).parent / "rules"
BASE = {
    "project.config.json": '{\n  "miniprogramRoot": "miniprogram/",\n  "compileType": "miniprogram"\n}\n',
    "miniprogram/app.json": (
        '{\n  "pages": ["pages/index/index"],\n  "plugins": {\n    "contactPlugin": {\n'
        '      "version": "1.3.0",\n      "provider": "wx104a1a20c3f81ec2"\n    }\n  }\n}\n'),
    "miniprogram/pages/index/index.json": '{\n  "usingComponents": {\n    "cell": "plugin://contactPlugin/cell"\n  }\n}\n',
    "miniprogram/pages/index/index.wxml": (
        '<view>\n  <cell plugid="a1b2c3d4" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />\n</view>\n'),
    "miniprogram/pages/index/index.js": "Page({\n  startmessage(e) {},\n  completemessage(e) {}\n})\n",
}
_LINE = re.compile(r"^(?P<loc>\S+:\d+:\d+): (?:error|warning|info): .* \((?P<code>[A-Z]+\d+)\)(?: \[\*\])?$")


def parse_case(text: str) -> list[tuple[str, dict[str, str], list[str], set[str]]]:
    """(name, files, extra args, expected lines) for each project of a case file."""
    projects: list[tuple[str, dict[str, str], list[str], set[str]]] = []
    section = None
    for line in text.splitlines(keepends=True):
        if line.startswith("=== "):
            header = line[4:].strip()
            if re.fullmatch(r"project(\s.*)?", header):
                projects.append((header[len("project"):].strip() or str(len(projects)), {}, [], set()))
                section = None
            else:
                section = header
                if section not in ("args", "expect"):
                    projects[-1][1][section] = ""
            continue
        if section is None:
            continue
        name, files, args, expect = projects[-1]
        if section == "args":
            args.extend(shlex.split(line))
        elif section == "expect":
            if line.strip():
                expect.add(line.strip())
        else:
            files[section] += line
    return projects


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.case"))


def build(root: Path, files: dict[str, str]) -> None:
    for rel, content in {**BASE, **{k.removeprefix("./"): v for k, v in files.items()}}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if content.strip() == "<absent>":
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(content.encode("utf-8"))


PARAMS = [(f, name) for f in case_files() for name, *_ in parse_case(f.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("case, project", PARAMS, ids=[f"{f.stem}-{n}" for f, n in PARAMS])
def test_rule_case(tmp_path: Path, case: Path, project: str) -> None:
    code = case.stem.split("-")[0]
    _, files, args, expect = next(p for p in parse_case(case.read_text(encoding="utf-8")) if p[0] == project)
    build(tmp_path, files)
    result = run_cli("lint", tmp_path, "--select", code, "-f", "concise", "--no-color", *args)
    assert result.exit_code in (0, 1), result.stderr
    found = set()
    for line in result.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            found.add(f"{match['loc']} {match['code']}")
    assert found == expect, result.stdout


def test_every_rule_has_a_case_file_with_a_bad_example() -> None:
    covered: dict[str, set[str]] = {}
    for case in case_files():
        for _, _, _, expect in parse_case(case.read_text(encoding="utf-8")):
            covered.setdefault(case.stem.split("-")[0], set()).update(line.split()[-1] for line in expect)
    for rule in RULES:
        assert rule.code in covered.get(rule.code, set()), f"{rule.code} has no case file with a finding"


def test_base_project_is_clean() -> None:
    """The base the cases build on has no finding from any rule, so each case's lines are its own."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder), {})
        result = run_cli("lint", folder, "--select", "ALL", "-f", "concise")
        assert result.exit_code == 0 and "All checks passed!" in result.stdout, result.stdout


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_is_documented(rule) -> None:  # type: ignore[no-untyped-def]
    """Summary, why, fix, bad and good examples, all shown by `wecontact rule CODE`."""
    for text in (rule.summary, rule.why, rule.fix, rule.bad, rule.good):
        assert text.strip()
    result = run_cli("rule", rule.code)
    assert result.exit_code == 0
    for text in (rule.summary, rule.bad.splitlines()[0], rule.good.splitlines()[0]):
        assert text in result.stdout
