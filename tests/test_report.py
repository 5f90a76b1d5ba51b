"""Reporters: golden outputs for every format, plus the properties each format promises.

Goldens live in tests/golden/report/ (an invented sample rendered directly) and
tests/golden/lint-run/ (a real project linted through the CLI). After an intended change of
output, rewrite them with ``WECONTACT_UPDATE_GOLDEN=1 pytest tests/test_report.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from wecontact_cli import __version__
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.lint.model import Diagnostic, Fix, Rule, Severity
from wecontact_cli.lint.rule import Example
from wecontact_cli.report import FORMATS, ReportContext, render, render_statistics

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "report"
SARIF_SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# ---------------------------------------------------------------------------
# the fixed sample: three files, every severity, two fixes, tabs and CJK

APP_JSON = """{
  "pages": ["pages/contact/contact"],
  "plugins": {
    "contactPlugin": {
      "provider": "wx104a1a20c3f81ec2"
    }
  }
}
"""
PAGE_JS = """Page({
  data: {},
  handleContact(e) {
    console.log(e.detail.path, e.detail.query)
  },
})
"""
PAGE_WXML = """<view class="客服">
\t<button open-type="contacts" bindcontact="onContact">联系客服</button>
  <text>你好，世界</text> <contact-button />
</view>
"""
SOURCES = {
    "app.json": APP_JSON,
    "pages/contact/contact.js": PAGE_JS,
    "pages/contact/contact.wxml": PAGE_WXML,
}
RULES = {
    "WC102": Rule(
        code="WC102", name="plugin-version-missing", severity="error",
        summary=("The contact plugin is declared without a version.", "声明客服插件时没有写版本。"),
        why=("WeChat refuses to load a plugin whose declaration has no version.", "微信不会加载没有版本的插件声明。"),
        fix=('Add "version": "1.0.0" to the plugin declaration; --fix can do it.', '给插件声明加上 "version": "1.0.0"；--fix 可以自动添加。'),
        bad=Example('"contactPlugin": {"provider": "wx104a1a20c3f81ec2"}'),
        good=Example('"contactPlugin": {"version": "1.0.0", "provider": "wx104a1a20c3f81ec2"}'),
        fixable=True,
    ),
    "WC201": Rule(
        code="WC201", name="contact-open-type", severity="error",
        summary=('A contact button needs open-type="contact".', '客服按钮需要 open-type="contact"。'),
        why=("Any other open-type opens no customer-service session.", "其他 open-type 都不会打开客服会话。"),
        fix=('Set open-type="contact" on the button.\n--fix corrects a misspelt value.',
             '在按钮上设置 open-type="contact"。\n--fix 会纠正拼错的值。'),
        bad=Example('<button open-type="contacts">联系客服</button>'),
        good=Example('<button open-type="contact">联系客服</button>'),
        fixable=True,
        note=("Only <button> elements are checked.", "只检查 <button> 元素。"),
    ),
}


def at(path: str, needle: str, length: int | None = None, nth: int = 0) -> tuple[int, int]:
    """Offsets ``[start, end)`` of the ``nth`` occurrence of ``needle`` in a sample file."""
    text = SOURCES[path]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + (len(needle) if length is None else length)


def diag(code: str, name: str, severity: Severity, message: str, path: str,
         span: tuple[int, int], fix: Fix | None = None) -> Diagnostic:
    """A diagnostic whose lines and columns are worked out from offsets in the sample."""
    text = SOURCES[path]

    def pos(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    (line, column), (end_line, end_column) = pos(span[0]), pos(span[1])
    return Diagnostic(code, name, severity, message, path, line, column, end_line, end_column, fix)


def sample() -> list[Diagnostic]:
    """The sample diagnostics, sorted as the engine sorts them."""
    provider = at("app.json", '"provider"')[0]
    misspelt = at("pages/contact/contact.wxml", "contacts")
    method = at("pages/contact/contact.js", "  },\n})")[1] - 2  # after the method's "},\n"
    diagnostics = [
        diag("WC102", "plugin-version-missing", "error",
             'the plugin "contactPlugin" is declared without a "version"',
             "app.json", at("app.json", '"contactPlugin"'),
             Fix('add "version": "1.0.0"',
                 (TextEdit(provider, provider, '"version": "1.0.0",\n      '),))),
        diag("WC302", "contact-handler-missing", "warning",
             'bindcontact="onContact" in contact.wxml names no method of this page',
             "pages/contact/contact.js", at("pages/contact/contact.js", "Page"),
             Fix("add an empty onContact(e) method",
                 (TextEdit(method, method, "  onContact(e) {},\n"),))),
        diag("WC401", "contact-path-needs-card", "info",
             "e.detail.path is empty unless show-message-card is true",
             "pages/contact/contact.js", at("pages/contact/contact.js", "e.detail.path")),
        diag("WC402", "contact-no-fallback", "info",
             "the page offers no way to reach support when the plugin fails to load",
             "pages/contact/contact.wxml",
             (0, len(PAGE_WXML) - 1)),  # the whole <view>, running over four lines
        diag("WC201", "contact-open-type", "error",
             'open-type="contacts" is not a valid value; did you mean "contact"?',
             "pages/contact/contact.wxml", at("pages/contact/contact.wxml", 'open-type="contacts"'),
             Fix('replace "contacts" with "contact"',
                 (TextEdit(misspelt[0], misspelt[1], "contact"),))),
        diag("WC205", "contact-button-deprecated", "warning",
             '<contact-button> is deprecated; use <button open-type="contact">联系客服</button>',
             "pages/contact/contact.wxml", at("pages/contact/contact.wxml", "<contact-button />")),
    ]
    return sorted(diagnostics, key=lambda d: d.sort_key)


def context(**overrides: object) -> ReportContext:
    """The sample's report context; keywords override its fields."""
    fields: dict[str, object] = dict(
        rules=RULES, sources=SOURCES, tool_version="0.1.0", files_checked=5)
    fields.update(overrides)
    return ReportContext(**fields)  # type: ignore[arg-type]


def check_golden(name: str, actual: str, folder: Path = GOLDEN) -> None:
    """Compare with FOLDER/NAME, or rewrite it when WECONTACT_UPDATE_GOLDEN=1."""
    path = folder / name
    if os.environ.get("WECONTACT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"no golden file {path}; create it with WECONTACT_UPDATE_GOLDEN=1"
    assert actual == path.read_bytes().decode("utf-8")


def one(severity: Severity = "error", message: str = "m", path: str = "a.wxml", line: int = 1,
        column: int = 1, end_line: int | None = None, end_column: int = 2,
        fix: Fix | None = None) -> Diagnostic:
    """A single hand-placed diagnostic for focused tests."""
    return Diagnostic("WC999", "test-rule", severity, message, path, line, column,
                      line if end_line is None else end_line, end_column, fix)


# ---------------------------------------------------------------------------
# goldens

GOLDEN_NAMES = {"full": "full.txt", "concise": "concise.txt", "json": "json.json",
                "github": "github.txt", "sarif": "sarif.json", "junit": "junit.xml"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str) -> None:
    check_golden(GOLDEN_NAMES[fmt], render(fmt, sample(), context()))


def test_golden_statistics() -> None:
    check_golden("statistics.txt", render_statistics(sample(), context()))


def test_every_format_has_a_golden() -> None:
    assert set(GOLDEN_NAMES) == set(FORMATS)


# ---------------------------------------------------------------------------
# dispatch


def test_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="full, concise, json, github, sarif, junit"):
        render("xml", [], context())


def test_format_modules_are_imported_only_when_used() -> None:
    code = ("import sys, wecontact_cli.report as r; "
            "print(sorted(m for m in sys.modules if m.startswith('wecontact_cli.report.')"
            " and m != 'wecontact_cli.report.context'))")  # the records every format shares
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_reporters_keep_the_given_order() -> None:
    reversed_ = list(reversed(sample()))
    lines = render("concise", reversed_, context()).splitlines()
    assert [re.search(r"\((WC\d+)\)", line)[1] for line in lines[: len(reversed_)]] == [
        d.code for d in reversed_]


# ---------------------------------------------------------------------------
# full and concise


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_colour_only_when_asked_and_text_unchanged(fmt: str) -> None:
    plain = render(fmt, sample(), context())
    coloured = render(fmt, sample(), context(color=True))
    assert "\x1b" not in plain
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_clean_run_says_all_checks_passed(fmt: str) -> None:
    assert render(fmt, [], context()) == "All checks passed!\n"


def test_summary_counts_and_singular() -> None:
    out = render("concise", sample(), context())
    assert out.endswith("Found 6 problems (2 errors, 2 warnings, 2 info).\n"
                        "[*] 3 fixable with the --fix option.\n")
    single = render("concise", [one(severity="warning")], context())
    assert single.endswith("Found 1 problem (0 errors, 1 warning, 0 info).\n")
    assert "fixable" not in single


def test_show_fixes_off_hides_marks_and_fixable_count() -> None:
    out = render("full", sample(), context(show_fixes=False))
    assert "[*]" not in out
    assert "fixable" not in out


def frame(source: str, d: Diagnostic) -> list[str]:
    """The code-frame lines that ``full`` prints for one diagnostic (help excluded)."""
    out = render("full", [d], context(sources={d.path: source}))
    return out.split("\n\n")[0].splitlines()[1:]


def test_underline_counts_tabs_to_stops_of_four() -> None:
    # "\t\tx": the tab after column 1 is expanded to 4 spaces, the second to 4 more
    assert frame("\t\tx = 1\n", one(column=3, end_column=4)) == [
        "  |", "1 |         x = 1", "  |         ^", "  |"]


def test_underline_counts_cjk_as_two_columns() -> None:
    source = "<text>联系客服</text><button/>\n"
    start = source.index("<button/>") + 1
    assert frame(source, one(column=start, end_column=start + 9)) == [
        "  |", "1 | <text>联系客服</text><button/>", "  | " + " " * (6 + 8 + 7) + "^" * 9, "  |"]


def test_underline_of_cjk_text_is_two_carets_per_character() -> None:
    assert frame("a联系b\n", one(column=2, end_column=4))[2] == "  |  ^^^^"


def test_span_running_past_the_line_end_stops_at_the_end() -> None:
    lines = frame("ab\ncd\nef\n", one(line=2, column=2, end_line=3, end_column=2))
    assert lines == ["  |", "1 | ab", "2 | cd", "  |  ^", "3 | ef", "  |"]
    assert frame("ab\n", one(column=2, end_column=9))[2] == "  |  ^"


def test_empty_span_and_span_after_the_last_character_get_one_caret() -> None:
    assert frame("abc\n", one(column=2, end_column=2))[2] == "  |  ^"
    assert frame("abc\n", one(column=4, end_column=4))[2] == "  |    ^"


def test_crlf_and_control_characters_are_not_sent_raw() -> None:
    lines = frame("a\x1b[31mb\r\nnext\r\n", one(column=1, end_column=2))
    assert lines[1] == "1 | a\u241b[31mb"
    assert "\r" not in "".join(lines)
    assert lines[3] == "2 | next"


def test_headline_shows_control_characters_of_a_message_instead_of_sending_them() -> None:
    out = render("concise", [one(message='open-type="\x1b[2J"\nnext')], context())
    assert out.splitlines()[0] == 'a.wxml:1:1: error: open-type="\u241b[2J"\u240anext (WC999)'


def test_gutter_widens_for_two_digit_line_numbers() -> None:
    source = "".join(f"line {n}\n" for n in range(1, 12))
    assert frame(source, one(line=10, column=1, end_column=5)) == [
        "   |", " 9 | line 9", "10 | line 10", "   | ^^^^", "11 | line 11", "   |"]


def test_first_and_last_lines_have_no_missing_neighbours() -> None:
    assert frame("only\n", one(column=1, end_column=5)) == ["  |", "1 | only", "  | ^^^^", "  |"]


def test_span_at_the_end_of_the_file_shows_the_empty_last_line() -> None:
    assert frame("<view>\n", one(line=2, column=1, end_column=1)) == [
        "  |", "1 | <view>", "2 |", "  | ^", "  |"]


def test_no_frame_without_the_source_or_beyond_its_end() -> None:
    assert render("full", [one()], context(sources={})).splitlines()[:2] == [
        "a.wxml:1:1: error: m (WC999)", ""]
    assert frame("x\n", one(line=5)) == []


def test_help_comes_from_the_rule_and_indents_continuation_lines() -> None:
    out = render("full", sample(), context())
    assert ('  = help: Set open-type="contact" on the button.\n'
            '          --fix corrects a misspelt value.\n') in out


# ---------------------------------------------------------------------------
# json


def test_json_fields_of_the_fixable_diagnostic() -> None:
    records = json.loads(render("json", sample(), context()))
    assert len(records) == 6
    record = records[0]
    assert list(record) == ["code", "name", "severity", "message", "filename", "location",
                            "end_location", "fix", "url"]
    assert record["code"] == "WC102"
    assert record["name"] == "plugin-version-missing"
    assert record["severity"] == "error"
    assert record["message"] == 'the plugin "contactPlugin" is declared without a "version"'
    assert record["filename"] == "app.json"
    assert record["location"] == {"row": 4, "column": 5}
    assert record["end_location"] == {"row": 4, "column": 20}
    assert record["url"] is None
    assert record["fix"] == {
        "message": 'add "version": "1.0.0"',
        "filename": "app.json",
        "edits": [{"location": {"row": 5, "column": 7}, "end_location": {"row": 5, "column": 7},
                   "content": '"version": "1.0.0",\n      '}],
    }


def test_json_replacement_edit_spans_the_replaced_text() -> None:
    record = json.loads(render("json", sample(), context()))[4]
    assert record["code"] == "WC201"
    assert record["fix"]["edits"] == [{"location": {"row": 2, "column": 21},
                                       "end_location": {"row": 2, "column": 29},
                                       "content": "contact"}]
    assert record["message"].startswith('open-type="contacts"')
    assert [r["fix"] for r in json.loads(render("json", sample(), context()))].count(None) == 3


def test_json_is_utf8_text_not_ascii_escapes() -> None:
    out = render("json", sample(), context())
    assert "联系客服" in out and "\\u" not in out
    assert out.endswith("]\n")


def test_json_edit_positions_are_null_without_the_source() -> None:
    fix = Fix("f", (TextEdit(0, 1, "x"),))
    record = json.loads(render("json", [one(fix=fix)], context(sources={})))[0]
    assert record["fix"]["edits"] == [{"location": None, "end_location": None, "content": "x"}]


def test_json_clean_run_is_an_empty_array() -> None:
    assert render("json", [], context()) == "[]\n"


# ---------------------------------------------------------------------------
# github


def test_github_commands_by_severity() -> None:
    lines = render("github", sample(), context()).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error", "::warning", "::notice", "::notice", "::error", "::warning"]
    assert lines[0] == (
        "::error title=wecontact (WC102),file=app.json,line=4,col=5,endLine=4,endColumn=20"
        '::WC102 the plugin "contactPlugin" is declared without a "version"')


def test_github_escapes_message_and_property_values() -> None:
    d = one(message="100% sure: a, b\nnext\rline", path="pages/a,b:c.wxml")
    assert render("github", [d], context()) == (
        "::error title=wecontact (WC999),file=pages/a%2Cb%3Ac.wxml,line=1,col=1,endLine=1,"
        "endColumn=2::WC999 100%25 sure: a, b%0Anext%0Dline\n")


def test_github_clean_run_prints_nothing() -> None:
    assert render("github", [], context()) == ""


# ---------------------------------------------------------------------------
# sarif


def sarif_validator() -> Any:
    """A validator for the vendored official SARIF 2.1.0 schema (draft-04)."""
    jsonschema = pytest.importorskip(
        "jsonschema", reason="jsonschema is not installed: SARIF schema validation skipped")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid_sarif(text: str) -> Any:
    log = json.loads(text)
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    return log


def test_sarif_validates_against_the_official_schema() -> None:
    log = assert_valid_sarif(render("sarif", sample(), context()))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["WC102", "WC201", "WC205", "WC302", "WC401", "WC402"]
    assert len(run["results"]) == 6
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == [
        "error", "warning", "note", "note", "error", "warning"]
    assert sum("fixes" in r for r in run["results"]) == 3


def test_sarif_fix_is_a_replacement_of_the_region() -> None:
    result = json.loads(render("sarif", sample(), context()))["runs"][0]["results"][4]
    change = result["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"] == {
        "uri": "pages/contact/contact.wxml", "uriBaseId": "%SRCROOT%"}
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 2, "startColumn": 21, "endLine": 2, "endColumn": 29},
        "insertedContent": {"text": "contact"},
    }]


def test_sarif_uri_is_percent_encoded_and_still_valid() -> None:
    log = assert_valid_sarif(render("sarif", [one(path="pages/联系 us/a:b.wxml")], context()))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "pages/%E8%81%94%E7%B3%BB%20us/a%3Ab.wxml"


def test_sarif_clean_run_is_valid_with_no_results() -> None:
    log = assert_valid_sarif(render("sarif", [], context()))
    assert log["runs"][0]["results"] == []
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["WC102", "WC201"]


# ---------------------------------------------------------------------------
# junit


def test_junit_counts_and_cases() -> None:
    root = ET.fromstring(render("junit", sample(), context()))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "wecontact", "6", "6", "0")
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties == {"files_checked": "5", "tool_version": "0.1.0"}
    cases = suite.findall("testcase")
    assert len(cases) == 6
    last = cases[-1]
    assert (last.get("classname"), last.get("name")) == ("pages/contact/contact.wxml", "WC205 3:22")
    failure = last.find("failure")
    assert failure is not None and failure.get("type") == "WC205"
    assert "联系客服" in (failure.get("message") or "")
    assert failure.text == ("pages/contact/contact.wxml:3:22: warning: "
                            "<contact-button> is deprecated; "
                            'use <button open-type="contact">联系客服</button>')


def test_junit_is_well_formed_for_any_message() -> None:
    nasty = 'nul\x00 bell\x07 esc\x1b ]]> <tag> & "quoted" \'single\'\n中文 \ufffe \ud800 end'
    text = render("junit", [one(message=nasty, path="a&b<c>.wxml")], context())
    failure = ET.fromstring(text.encode("utf-8")).find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == (
        'nul\\x00 bell\\x07 esc\\x1b ]]> <tag> & "quoted" \'single\'\n中文 \\ufffe \\ud800 end')
    assert "]]> <tag> &" in (failure.text or "")
    case = ET.fromstring(text).find("testsuite/testcase")
    assert case is not None and case.get("classname") == "a&b<c>.wxml"


def test_junit_clean_run_is_one_passing_case() -> None:
    root = ET.fromstring(render("junit", [], context()))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["wecontact lint"]
    assert list(cases[0]) == []


# ---------------------------------------------------------------------------
# statistics


def test_statistics_sorts_by_count_then_code_and_marks_fixable() -> None:
    fixed = one(fix=Fix("f", ()))
    diagnostics = [one(), fixed, Diagnostic("WC100", "other", "info", "m", "b", 1, 1, 1, 2),
                   Diagnostic("WC050", "first", "info", "m", "b", 1, 1, 1, 2),
                   Diagnostic("WC050", "first", "info", "m", "c", 1, 1, 1, 2)]
    assert render_statistics(diagnostics, context()) == (
        "2  WC050      first\n"
        "2  WC999  [*] test-rule\n"
        "1  WC100      other\n")
    assert "[*]" not in render_statistics(diagnostics, context(show_fixes=False))


def test_statistics_prefers_the_rule_name_and_is_empty_when_clean() -> None:
    d = Diagnostic("WC201", "stale-name", "error", "m", "a", 1, 1, 1, 2)
    assert render_statistics([d], context()) == "1  WC201      contact-open-type\n"
    assert render_statistics([], context()) == ""


def test_sample_fixes_apply_cleanly() -> None:
    """The sample's edits are real: applying them gives the intended files."""
    for d in sample():
        if d.fix:
            assert apply_edits(SOURCES[d.path], d.fix.edits) != SOURCES[d.path]
    fixed = apply_edits(APP_JSON, sample()[0].fix.edits)  # type: ignore[union-attr]
    assert json.loads(fixed)["plugins"]["contactPlugin"] == {
        "version": "1.0.0", "provider": "wx104a1a20c3f81ec2"}


# ---------------------------------------------------------------------------
# goldens of a real run: the CLI lints a small fixed project with real problems of nine
# rules (a CRLF file among them), so codes, messages, positions and fixes are the linter's own

LINT_RUN = HERE / "golden" / "lint-run"
LINT_RUN_GOLDEN = {"json": "lint.json", "sarif": "lint.sarif.json", "github": "lint.github.txt"}


def lint_fixed_project(folder: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Lint a copy of tests/golden/lint-run/project as ``shop`` from FOLDER; the raw report."""
    shutil.copytree(LINT_RUN / "project", folder / "shop")
    monkeypatch.chdir(folder)  # reported paths are relative to the working folder
    result = run_cli("lint", "shop", "-f", fmt)
    assert result.exit_code == 1, result.stdout + result.stderr
    return result.stdout


def without_volatile_parts(report: str, folder: Path, fmt: str) -> str:
    """The report with what differs between runs (the folder, the tool's version) named."""
    for spelling in (folder.as_uri(), folder.as_posix(), str(folder)):
        report = report.replace(spelling, "<TMP>")
    if fmt != "sarif":
        return report
    log = json.loads(report)
    # The byte layout is part of the promise: normalising must not hide a change of it.
    assert report == json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["version"] == __version__
    driver["version"] = "<VERSION>"
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("fmt", sorted(LINT_RUN_GOLDEN))
def test_golden_of_a_real_lint_run(tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    report = lint_fixed_project(tmp_path, fmt, monkeypatch)
    check_golden(LINT_RUN_GOLDEN[fmt], without_volatile_parts(report, tmp_path, fmt), LINT_RUN)


def test_real_lint_run_reports_several_rules_and_a_valid_sarif_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = json.loads(lint_fixed_project(tmp_path / "json", "json", monkeypatch))
    assert {d["code"] for d in found} == {
        "WC002", "WC103", "WC201", "WC203", "WC205", "WC206", "WC207", "WC210", "WC301"}
    assert {d["severity"] for d in found} == {"error", "warning"}
    assert sum(d["fix"] is not None for d in found) == 4
    log = assert_valid_sarif(lint_fixed_project(tmp_path / "sarif", "sarif", monkeypatch))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == [d["code"] for d in found]
