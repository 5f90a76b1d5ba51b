"""Rules as data: one case file per rule under tests/rules/, run by one parametrised test.

A case file holds one or more projects. Each project starts with ``=== project NAME``
and lists files as ``=== path`` sections (paths relative to the project root) that are
laid over a small, clean base project (BASES: native; a UA rule's cases default to the
uni-app base, a TR rule's to the Taro base; ``=== base NAME`` chooses another); ``=== args`` adds lint options and
``=== expect`` lists the expected ``path:line:col CODE`` lines. Only the rule the file is
named after is selected, so a case shows bad examples (expected lines) beside good ones
(no line) without noise from other rules. Lines starting with ``#`` before the first
section are comments.

``=== fixed PATH`` holds the exact text of PATH after ``wecontact lint --fix`` (with the
case's selection and args). Every file that --fix changes must have one, and only those:
a case whose fix output differs in one byte fails. Every project is also fixed (with its
own selection, and again with every rule selected) to prove that --fix never adds a
problem (no code that lint did not report before) and that a second --fix changes nothing.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import run_cli, snapshot
from uniapp_project import BASE as UNIAPP_BASE
from wecontact_cli.frameworks.taro.rules._examples import BASE as TARO_BASE
from wecontact_cli.lint.registry import RULES

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
TARO_VUE_BASE = {
    "package.json": '{\n  "name": "taro-vue-base",\n  "dependencies": {"@tarojs/taro": "4.0.9", '
                    '"@tarojs/plugin-framework-vue3": "4.0.9", "vue": "^3.4.0"}\n}\n',
    "project.config.json": '{\n  "miniprogramRoot": "dist/",\n  "compileType": "miniprogram"\n}\n',
    "config/index.js": "export default {\n  sourceRoot: 'src',\n  outputRoot: 'dist',\n  framework: 'vue3',\n}\n",
    "src/app.config.js": TARO_BASE["src/app.config.ts"],
    "src/pages/index/index.config.js": TARO_BASE["src/pages/index/index.config.ts"],
    "src/pages/index/index.vue": (
        '<template>\n  <view>\n    <cell plugid="a1b2c3d4" @startmessage="onStart" @completemessage="onComplete" />\n'
        '  </view>\n</template>\n\n<script setup>\nfunction onStart() {}\nfunction onComplete(e) {}\n</script>\n'),
}
BASES = {"native": BASE, "taro": TARO_BASE, "taro-vue": TARO_VUE_BASE, "uni-app": UNIAPP_BASE}
"""A project's base: ``=== base NAME`` in the case file; by default native (taro for TR codes)."""
_LINE = re.compile(r"^(?P<loc>\S+:\d+:\d+): (?:error|warning|info): .* \((?P<code>[A-Z]+\d+)\)(?: \[\*\])?$")


class Project(NamedTuple):
    """One project of a case file."""

    name: str
    files: dict[str, str]
    args: list[str]
    expect: set[str]
    fixed: dict[str, str]
    """Path -> the file's exact text after ``lint --fix``."""
    base: str = "native"


def parse_case(text: str, base: str = "native") -> list[Project]:
    """Every project of a case file, in order (``base``: the one a project names none)."""
    projects: list[Project] = []
    section = None
    for line in text.splitlines(keepends=True):
        if line.startswith("=== "):
            header = line[4:].strip()
            if re.fullmatch(r"project(\s.*)?", header):
                projects.append(Project(header[len("project"):].strip() or str(len(projects)), {}, [], set(), {},
                                        base))
                section = None
            elif header.startswith("base "):
                projects[-1] = projects[-1]._replace(base=header[len("base "):].strip())
                section = None
            else:
                section = header
                if section.startswith("fixed "):
                    projects[-1].fixed[section[len("fixed "):].strip()] = ""
                elif section not in ("args", "expect"):
                    projects[-1].files[section] = ""
            continue
        if section is None:
            continue
        project = projects[-1]
        if section == "args":
            project.args.extend(shlex.split(line))
        elif section == "expect":
            if line.strip():
                project.expect.add(line.strip())
        elif section.startswith("fixed "):
            project.fixed[section[len("fixed "):].strip()] += line
        else:
            project.files[section] += line
    return projects


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.case"))


def build(root: Path, files: dict[str, str], base: str = "native") -> None:
    for rel, content in {**BASES[base], **{k.removeprefix("./"): v for k, v in files.items()}}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if content.strip() == "<absent>":
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(content.encode("utf-8"))


DEFAULT_BASES = {"TR": "taro", "UA": "uni-app"}
"""The base a rule family's case projects are laid over unless they name one."""


def read_case(case: Path) -> list[Project]:
    """A case file's projects, laid over its family's base project by default."""
    return parse_case(case.read_text(encoding="utf-8"), DEFAULT_BASES.get(case.stem[:2], "native"))


PARAMS = [(f, p.name) for f in case_files() for p in read_case(f)]
IDS = [f"{f.stem}-{n}" for f, n in PARAMS]


def load(case: Path, name: str) -> Project:
    return next(p for p in read_case(case) if p.name == name)


@pytest.mark.parametrize("case, project", PARAMS, ids=IDS)
def test_rule_case(tmp_path: Path, case: Path, project: str) -> None:
    code = case.stem.split("-")[0]
    _, files, args, expect, _, base = load(case, project)
    build(tmp_path, files, base)
    result = run_cli("lint", tmp_path, "--select", code, "-f", "concise", "--no-color", *args)
    assert result.exit_code in (0, 1), result.stderr
    found = set()
    for line in result.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            found.add(f"{match['loc']} {match['code']}")
    assert found == expect, result.stdout


def problems(root: Path) -> set[str]:
    """The codes lint reports with every rule selected."""
    result = run_cli("lint", root, "--select", "ALL", "--ignore", "WC211", "-f", "json", "--no-color")
    assert result.exit_code in (0, 1), result.stderr
    return {d["code"] for d in json.loads(result.stdout)}


def fix(root: Path, *args: str) -> dict[str, bytes]:
    """Run ``lint --fix``; every file of the project afterwards."""
    result = run_cli("lint", root, "--fix", "-f", "json", "--no-color", *args)
    assert result.exit_code in (0, 1), result.stderr
    return snapshot(root)


def assert_fix_is_safe(root: Path, before: dict[str, bytes], codes: set[str], *args: str) -> dict[str, bytes]:
    """--fix adds no code and a second --fix changes nothing; returns the fixed files."""
    fixed = fix(root, *args)
    if fixed != before:
        assert problems(root) <= codes, f"--fix {' '.join(args)} added {problems(root) - codes}"
        assert fix(root, *args) == fixed, "a second --fix changed the files again"
    return fixed


@pytest.mark.parametrize("case, project", PARAMS, ids=IDS)
def test_rule_case_fix(tmp_path: Path, case: Path, project: str) -> None:
    """The exact bytes --fix writes (``=== fixed`` sections), and --fix is safe."""
    code = case.stem.split("-")[0]
    _, files, args, _, expected, base = load(case, project)
    root = tmp_path / "case"
    build(root, files, base)
    before, codes = snapshot(root), problems(root)
    after = assert_fix_is_safe(root, before, codes, "--select", code, *args)
    changed = {path: text.decode("utf-8") for path, text in after.items() if before.get(path) != text}
    assert changed == expected, "the === fixed sections differ from what --fix wrote"
    everything = tmp_path / "all"
    build(everything, files, base)
    assert_fix_is_safe(everything, before, codes, "--select", "ALL", *args)


def test_every_rule_has_a_case_file_with_a_bad_example() -> None:
    covered: dict[str, set[str]] = {}
    for case in case_files():
        for project in read_case(case):
            covered.setdefault(case.stem.split("-")[0], set()).update(line.split()[-1] for line in project.expect)
    for rule in RULES:
        assert rule.code in covered.get(rule.code, set()), f"{rule.code} has no case file with a finding"


@pytest.mark.parametrize("base", sorted(BASES))
def test_base_project_is_clean(base: str) -> None:
    """The base the cases build on has no finding from any rule, so each case's lines are its own."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder), {}, base)
        result = run_cli("lint", folder, "--select", "ALL", "-f", "concise")
        assert result.exit_code == 0 and "All checks passed!" in result.stdout, result.stdout


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_is_documented(rule) -> None:  # type: ignore[no-untyped-def]
    """Summary, why, fix, bad and good examples, all shown by `wecontact rule CODE`."""
    for text in (*rule.summary, *rule.why, *rule.fix, rule.bad.text, rule.good.text):
        assert text.strip()
    result = run_cli("rule", rule.code)
    assert result.exit_code == 0
    for text in (rule.summary[0], rule.bad.text.splitlines()[0], rule.good.text.splitlines()[0]):
        assert text in result.stdout
