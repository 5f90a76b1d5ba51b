"""`wecontact lint`, `rule` and `rules` through the CLI: interface, config, fixes, robustness."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import run_cli, snapshot
from test_rule_cases import build

BAD_CELL = ('<view>\n  <cell plugId="a1b2c3d4" bind:startmessage="startmessage" '
            'bind:completemessage="completemessage" />\n</view>\n')
# 2:9 WC203 (fixable, warning); the cell then has no plugid: 2:4 WC201 (error)


def project(tmp_path: Path, **files: str) -> Path:
    """The clean base project with some files replaced (keys use / for path separators)."""
    build(tmp_path, {k.replace("__", "/"): v for k, v in files.items()})
    return tmp_path


HEADLINE = re.compile(r"^\S+:\d+:\d+: (?:error|warning|info): .* \((WC\d{3})\)(?: \[\*\])?$")


def lines(output: str) -> list[str]:
    """The diagnostic lines (``path:line:col: severity: message (CODE)``) of a report."""
    return [line for line in output.splitlines() if HEADLINE.match(line)]


def code(line: str) -> str:
    """The rule code of a diagnostic line."""
    match = HEADLINE.match(line)
    assert match, line
    return match[1]


def test_clean_project_exits_0(tmp_path: Path) -> None:
    result = run_cli("lint", project(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == "All checks passed!\n"


def test_errors_exit_1_and_exit_zero_overrides(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 1
    assert lines(result.stdout) == [
        "miniprogram/pages/index/index.wxml:2:4: error: <cell> has no plugid: the contact button renders "
        "nothing. Pass the plugin ID from the WeCom admin console (企业微信管理后台 > 客户联系) (WC201)",
        "miniprogram/pages/index/index.wxml:2:9: warning: 'plugId' is not an attribute of the contact "
        "plugin's cell (attribute names are case-sensitive); did you mean 'plugid'? (WC203) [*]",
    ]
    assert run_cli("lint", root, "--exit-zero").exit_code == 0


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml":
                                '<cell plugid="a1b2c3d4" styleType="1" bubbleColor="4790EE" />\n'})
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 0 and "WC207" in result.stdout


def test_select_ignore_and_prefixes(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    assert [code(l) for l in lines(run_cli("lint", root, "-f", "concise", "--select", "WC203").stdout)] == ["WC203"]
    assert lines(run_cli("lint", root, "-f", "concise", "--select", "WC2", "--ignore", "WC201,WC203").stdout) == []
    assert run_cli("lint", root, "--ignore", "WC201").exit_code == 0
    bad = run_cli("lint", root, "--select", "WC999")
    assert bad.exit_code == 2 and "unknown rule code or prefix 'WC999'" in bad.stderr


def test_output_file_and_formats(tmp_path: Path) -> None:
    root = project(tmp_path / "p", **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    out = tmp_path / "report.json"
    result = run_cli("lint", root, "-f", "json", "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(d["code"], d["location"]) for d in data] == [
        ("WC201", {"row": 2, "column": 4}), ("WC203", {"row": 2, "column": 9})]
    assert data[1]["fix"]["edits"][0]["content"] == "plugid"
    for fmt, marker in [("github", "::error title=wecontact (WC201)"), ("sarif", '"version": "2.1.0"'),
                        ("junit", "<testsuite"), ("full", "  = help: ")]:
        assert marker in run_cli("lint", root, "-f", fmt).stdout, fmt
    assert run_cli("lint", root, "-f", "xml").exit_code == 2


def test_github_format_is_automatic_under_actions(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    result = run_cli("lint", root, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error title=wecontact (WC201),file=miniprogram/pages/index/index.wxml")


def test_statistics(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    result = run_cli("lint", root, "--statistics")
    assert result.stdout.splitlines() == ["1  WC201      plugid-missing", "1  WC203  [*] unknown-attribute"]


def test_paths_limit_the_report_but_not_the_context(tmp_path: Path) -> None:
    root = project(tmp_path, **{
        "miniprogram/pages/index/index.wxml": BAD_CELL,
        "miniprogram/pages/other/index.wxml": '<cell plugid="plugid" />\n',
        "miniprogram/pages/other/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
    })
    only_other = lines(run_cli("lint", root / "miniprogram/pages/other", "-f", "concise").stdout)
    assert [code(l) for l in only_other] == ["WC202"]
    one_file = lines(run_cli("lint", root / "miniprogram/pages/index/index.wxml", "-f", "concise").stdout)
    assert {code(l) for l in one_file} == {"WC201", "WC203"}


def test_paths_outside_the_project_or_missing(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    (tmp_path / "elsewhere").mkdir()
    outside = run_cli("lint", root, tmp_path / "elsewhere")
    assert outside.exit_code == 2 and "elsewhere: error: no mini-program project found" in outside.stderr
    missing = run_cli("lint", root / "nope")
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_fix_applies_relints_and_is_idempotent(tmp_path: Path) -> None:
    wxml = ('<view>\n  <cell plugid="a1b2c3d4" styleType="2" bubbleColor="#4790EE" contactText="联系客服" '
            'avatarStyle="rect" bind:completeMessage="completemessage" />\n</view>\n')
    root = project(tmp_path, **{
        "miniprogram/pages/index/index.wxml": wxml,
        "miniprogram/pages/index/index.json": '{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/cell"}}',
    })
    result = run_cli("lint", root, "--fix", "-f", "concise")
    assert "Fixed 4 problems." in result.stderr
    fixed = (root / "miniprogram/pages/index/index.wxml").read_text(encoding="utf-8")
    assert fixed == ('<view>\n  <cell plugid="a1b2c3d4" styleType="2" bubbleColor="4790EE" contactText="2" '
                     'avatarStyle="rect" bind:completemessage="completemessage" />\n</view>\n')
    assert json.loads((root / "miniprogram/pages/index/index.json").read_text())["usingComponents"] == {
        "cell": "plugin://contactPlugin/cell"}
    # What remains after fixing is reported (the fixed file re-linted): an ineffective attribute,
    # and avatarStyle, not renamed: avatorStyle would have no effect at styleType 2 (a new WC207).
    assert [code(l) for l in lines(result.stdout)] == ["WC207", "WC203"]
    assert "(not fixed by --fix: after the fix, avatorStyle has no effect here" in result.stdout
    before = snapshot(root)
    again = run_cli("lint", root, "--fix")
    assert snapshot(root) == before and "Fixed" not in again.stderr


def test_fix_declares_a_missing_plugin(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/app.json": '{\n  "pages": ["pages/index/index"]\n}\n'})
    result = run_cli("lint", root, "--fix")
    assert result.exit_code == 0, result.stdout
    assert (root / "miniprogram/app.json").read_text() == (
        '{\n  "pages": ["pages/index/index"],\n  "plugins": {\n    "contactPlugin": {\n'
        '      "version": "1.3.0",\n      "provider": "wx104a1a20c3f81ec2"\n    }\n  }\n}\n')


def test_diff_shows_fixes_and_writes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    before = snapshot(root)
    result = run_cli("lint", root, "--diff")
    assert result.exit_code == 1 and snapshot(root) == before  # as ruff: 1 when it would change files
    assert '-  <cell plugId="a1b2c3d4"' in result.stdout and '+  <cell plugid="a1b2c3d4"' in result.stdout
    assert run_cli("lint", root, "--diff", "--exit-zero").exit_code == 0


def test_diff_with_nothing_to_fix_exits_0_even_when_errors_remain(tmp_path: Path) -> None:
    clean = run_cli("lint", project(tmp_path / "clean"), "--diff")
    assert (clean.exit_code, clean.stdout) == (0, "")
    unfixable = project(tmp_path / "unfixable", **{"miniprogram/pages/index/index.wxml": '<cell plugid="xxx" />\n'})
    assert run_cli("lint", unfixable).exit_code == 1  # WC202: an error --fix cannot correct
    result = run_cli("lint", unfixable, "--diff")
    assert (result.exit_code, result.stdout) == (0, "")


def test_statistics_as_json(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    result = run_cli("lint", root, "--statistics", "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout) == [
        {"code": "WC201", "name": "plugid-missing", "count": 1, "fixable": False},
        {"code": "WC203", "name": "unknown-attribute", "count": 1, "fixable": True}]
    clean = run_cli("lint", project(tmp_path / "clean"), "--statistics", "-f", "json")
    assert (clean.exit_code, json.loads(clean.stdout)) == (0, [])
    out = tmp_path / "stats.json"
    assert run_cli("lint", root, "--statistics", "-f", "json", "-o", out, "--exit-zero").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))[1]["code"] == "WC203"


@pytest.mark.parametrize("spelling", ["wc203", "Wc203", "wc2", "all"])
def test_codes_and_prefixes_in_any_case(tmp_path: Path, spelling: str) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    upper = spelling.upper()
    for option in ("--select", "--extend-select", "--ignore"):
        assert (json.loads(run_cli("lint", root, "-f", "json", option, spelling).stdout)
                == json.loads(run_cli("lint", root, "-f", "json", option, upper).stdout)), option
    assert [d["code"] for d in json.loads(run_cli("lint", root, "-f", "json", "--select", "wc203,wc201").stdout)] == [
        "WC201", "WC203"]


def test_codes_in_any_case_in_the_config_file(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    (root / "wecontact.config.json").write_text(
        '{"ignore": ["wc201"], "severity": {"wc203": "error"}, "perFileIgnores": {"**/other/**": ["wc2"]}}\n',
        encoding="utf-8")
    result = run_cli("lint", root, "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert [(d["code"], d["severity"]) for d in json.loads(result.stdout)] == [("WC203", "error")]
    (root / "wecontact.config.json").write_text('{"select": ["wc999"]}\n', encoding="utf-8")
    bad = run_cli("lint", root)
    assert bad.exit_code == 2 and "WC999" in bad.stderr


def test_fix_write_failure_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, **{
        "miniprogram/pages/index/index.wxml": BAD_CELL,
        "miniprogram/pages/index/index.json": '{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/cell"}}',
    })
    before = snapshot(root)
    calls = []

    def failing_replace(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(13, "Permission denied", str(dst))
        os.rename(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    result = run_cli("lint", root, "--fix")
    assert result.exit_code == 2 and "no file was modified" in result.stderr
    assert snapshot(root) == before


# --- configuration -------------------------------------------------------------------------

def test_config_severity_ignores_and_plugid_facts(tmp_path: Path) -> None:
    config = """{
      // a JSONC file: comments and trailing commas are fine here
      "severity": {"WC203": "error"},
      "perFileIgnores": {"miniprogram/pages/legacy/**": ["WC2"]},
      "plugids": {"a1b2c3d4": {"agent": "multi", "styleType": 3},},
    }"""
    root = project(tmp_path, **{
        "wecontact.config.json": config,
        "miniprogram/pages/index/index.wxml": '<cell plugid="a1b2c3d4" plugID="x" />\n',
        "miniprogram/pages/legacy/index.wxml": '<cell plugId="x" />\n',
        "miniprogram/pages/legacy/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
    })
    result = run_cli("lint", root, "-f", "json")
    found = {(d["code"], d["severity"], d["filename"]) for d in json.loads(result.stdout)}
    assert found == {("WC203", "error", "miniprogram/pages/index/index.wxml"),
                     ("WC208", "error", "miniprogram/pages/index/index.wxml")}


@pytest.mark.parametrize("config, message", [
    ('{"selct": ["WC"]}', 'wecontact.config.json:1:2: error: unknown configuration key "selct"\n  hint: did you mean "select"?'),
    ('{"ignore": ["WC9999"]}', 'wecontact.config.json:1:13: error: unknown rule code or prefix "WC9999"'),
    ('{"severity": {"WC203": "fatal"}}', "wecontact.config.json:1:24: error: severity must be one of error, warning, info"),
    ('{"plugids": {"x": {"agent": "many"}}}', 'wecontact.config.json:1:29: error: agent must be "single"'),
    ('{"plugids": {"x": {"stylType": 1}}}', 'unknown plugid fact "stylType"\n  hint: did you mean "styleType"?'),
    ('{"select": ["WC"]', "wecontact.config.json:1:18: error: unexpected end of file"),
    ("[]", "must hold an object"),
])
def test_config_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, message: str) -> None:
    root = project(tmp_path, **{"wecontact.config.json": config})
    monkeypatch.chdir(root)
    result = run_cli("lint")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_suppression_with_reason(tmp_path: Path) -> None:
    wxml = ('<view>\n  <!-- wecontact-disable-next-line WC203 -- the old SDK reads plugId -->\n'
            '  <cell plugid="a1b2c3d4" plugId="x" />\n</view>\n')
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": wxml})
    assert run_cli("lint", root).stdout == "All checks passed!\n"


# --- rule documentation ----------------------------------------------------------------------

def test_rule_explains_with_examples() -> None:
    result = run_cli("rule", "WC206")
    assert result.exit_code == 0
    assert result.stdout.startswith("WC206 bubble-color-format (error, fixable with --fix)\n")
    assert "Bad:\n    <cell" in result.stdout and "Good:\n    <cell" in result.stdout
    assert run_cli("rule", "unknown-attribute").stdout.startswith("WC203 unknown-attribute")
    missing = run_cli("rule", "WC2066")
    assert missing.exit_code == 2 and "did you mean WC206?" in missing.stderr


def test_rules_lists_every_rule_in_text_and_json() -> None:
    from wecontact_cli.lint.registry import RULES

    text = run_cli("rules").stdout.splitlines()
    assert [line.split()[0] for line in text] == [r.code for r in RULES]
    data = json.loads(run_cli("rules", "--output-format", "json").stdout)
    assert [d["code"] for d in data] == [r.code for r in RULES]
    assert all(d["summary"] and d["why"] and d["fix"] and d["bad"] and d["good"] for d in data)


def test_readme_rule_table_is_generated_from_the_rules() -> None:
    from wecontact_cli.lint.docs import README_BEGIN, README_END, rules_markdown

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split(README_BEGIN, 1)[1].split(README_END, 1)[0]
    assert table.strip() == rules_markdown().strip(), "run: wecontact rules -f markdown, paste into README"


# --- robustness -----------------------------------------------------------------------------

def test_binary_and_undecodable_files_are_diagnostics(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "miniprogram/pages/index/index.wxml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "miniprogram/pages/index/index.json").write_bytes('{"a": "联系"}'.encode("gbk"))
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert lines(result.stdout) == [
        "miniprogram/pages/index/index.json:1:8: error: the file is not valid UTF-8 (byte 0xc1); WeChat "
        "expects UTF-8 files. Re-save it as UTF-8 (it may be GBK-encoded) (WC001)",
        "miniprogram/pages/index/index.wxml:1:1: error: this is a binary file, not text (WC002)",
    ]


def test_huge_and_deeply_nested_inputs(tmp_path: Path) -> None:
    deep_wxml = "<view>" * 50_000 + '<cell plugid="plugid" />' + "</view>" * 50_000
    deep_json = '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}, "x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": deep_wxml,
                                "miniprogram/pages/index/index.json": deep_json})
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 1, result.stderr
    assert [code(l) for l in lines(result.stdout)] == ["WC202"]


def test_symlink_loops_and_dangling_links(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "miniprogram/pages/loop").symlink_to(root / "miniprogram/pages", target_is_directory=True)
    (root / "miniprogram/pages/index/dangling.wxml").symlink_to(root / "nowhere.wxml")
    result = run_cli("lint", root, "-f", "concise")
    assert "Traceback" not in result.stderr
    assert [code(l) for l in lines(result.stdout)] == ["WC002"]
    assert "cannot read the file" in result.stdout


def test_broken_app_json_is_reported_and_other_files_still_checked(tmp_path: Path) -> None:
    root = project(tmp_path, **{"miniprogram/app.json": '{\n  "pages": ["pages/index/index"],\n}\n',
                                "miniprogram/pages/index/index.wxml": "<view>\n"})
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 1
    assert [l.split(": ")[0] + " " + code(l) for l in lines(result.stdout)] == [
        "miniprogram/app.json:2:33 WC001", "miniprogram/pages/index/index.wxml:1:1 WC002"]


def test_no_project_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint")
    assert result.exit_code == 2 and "no mini-program project found" in result.stderr


@pytest.mark.parametrize("env, args, coloured", [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
    ({}, [], False),
])
def test_lint_colour_only_on_request_or_terminal(tmp_path: Path, env: dict[str, str], args: list[str],
                                                 coloured: bool) -> None:
    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    result = run_cli("lint", root, *args, env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
    assert ("\x1b[" in result.stdout) is coloured
    assert "WC201" in result.stdout


def test_output_file_in_a_missing_folder_is_exit_2(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    result = run_cli("lint", root, "-o", tmp_path / "no" / "such" / "report.txt")
    assert result.exit_code == 2 and "cannot write the report" in result.stderr


def test_paths_are_relative_to_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From a repository root, annotations must name repository paths (GitHub resolves them so)."""
    root = project(tmp_path / "apps" / "shop", **{
        "miniprogram/pages/index/index.wxml": BAD_CELL,
        "miniprogram/app.json": '{\n  "pages": ["pages/index/index"]\n}\n',
    })
    monkeypatch.chdir(tmp_path)
    github = run_cli("lint", "apps/shop", "-f", "github").stdout
    assert "file=apps/shop/miniprogram/pages/index/index.json,line=3,col=13" in github
    records = json.loads(run_cli("lint", "apps/shop", "-f", "json").stdout)
    fix = next(r["fix"] for r in records if r["code"] == "WC101")
    assert fix["filename"] == "apps/shop/miniprogram/app.json"
    assert fix["edits"][0]["location"] == {"row": 2, "column": 33}
    monkeypatch.chdir(root)
    assert "file=miniprogram/pages/index/index.json" in run_cli("lint", "-f", "github").stdout
    assert (root / "miniprogram/app.json").read_text() == '{\n  "pages": ["pages/index/index"]\n}\n'


def test_rule_documentation_in_chinese() -> None:
    zh = run_cli("rule", "WC205", "--lang", "zh")
    assert zh.exit_code == 0
    assert "为什么重要：" in zh.stdout and "错误示例：" in zh.stdout
    assert '<cell plugid="a1b2c3d4" contactText="联系客服" />' in zh.stdout  # examples are code
    from_locale = run_cli("rule", "WC205", env={"LC_ALL": "zh_CN.UTF-8"})
    assert from_locale.stdout == zh.stdout
    assert run_cli("rule", "WC205", "--lang", "en", env={"LC_ALL": "zh_CN.UTF-8"}).stdout.startswith(
        "WC205 text-instead-of-index (error, fixable with --fix)")
    listed = json.loads(run_cli("rules", "-f", "json", "--lang", "zh").stdout)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in r["summary"]) for r in listed)
    # The README table stays English whatever the locale.
    assert run_cli("rules", "-f", "markdown", env={"LC_ALL": "zh_CN.UTF-8"}).stdout.startswith("| code | name |")
    bad = run_cli("rules", "--lang", "fr")
    assert bad.exit_code == 2 and "unknown language 'fr'" in bad.stderr
