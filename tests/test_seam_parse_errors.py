"""Parsers report structured errors: a catalogue key and its parameters, never English text
that something matches back with regular expressions (issue 10, "the seam")."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_project, run_cli
from wecontact_cli.i18n.catalogue import syntax as syntax_catalogue
from wecontact_cli.i18n.message import Message
from wecontact_cli.syntax import jsontext, vue, wxml

PACKAGE = Path(__file__).resolve().parent.parent / "wecontact_cli"
CJK = re.compile(r"[\u4e00-\u9fff]")
JSON_PIECES = st.sampled_from(list('{}[]:,"\' \n\tab1-.*\\/xu') + ["true", "nul", "//", "/*", "\\u12", "\\x", '"a"'])
MARKUP_PIECES = st.sampled_from(list("<>/=\"' \nab{}!-") + ["<view", "</view>", "<cell", "{{", "}}", "<!--", "-->",
                                                            "<wxs>", "</wxs>", "<template>", "</template>", "v-", "@"])


def _structured(message: object) -> None:
    """A catalogue message of the syntax domain, rendered in both languages."""
    assert isinstance(message, Message), repr(message)
    assert message.key in syntax_catalogue.MESSAGES, message.key
    assert message.render("en") == str(message)
    assert CJK.search(message.render("zh")), message.render("zh")


@settings(max_examples=300, deadline=None)
@given(st.lists(JSON_PIECES, max_size=14).map("".join), st.booleans())
def test_every_json_syntax_error_is_a_catalogue_message(text: str, jsonc: bool) -> None:
    try:
        jsontext.parse(text, jsonc=jsonc)
    except jsontext.JsonSyntaxError as exc:
        _structured(exc.message)
        assert str(exc) == str(exc.message)


@pytest.mark.parametrize("text, key, english", [
    ('{"a": "\\x"}', "json.invalid_escape", "Invalid \\escape"),
    ('{"a": "\\u12"}', "json.invalid_unicode_escape", "Invalid \\uXXXX escape"),
    ('{"a": "b', "json.unterminated_string", "unterminated string: the closing '\"' is missing"),
    ('{"a": 1', "json.eof_unclosed",
     "unexpected end of file: expected ',' or '}' to close the object opened at line 1, column 1"),
])
def test_string_scanner_errors_keep_their_english_and_gain_a_key(text: str, key: str, english: str) -> None:
    """The standard library's scanner errors were passed through as English; now each has a key."""
    with pytest.raises(jsontext.JsonSyntaxError) as caught:
        jsontext.parse(text)
    assert caught.value.message.key == key
    assert str(caught.value.message) == english


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKUP_PIECES, max_size=16).map("".join))
def test_every_markup_problem_is_a_catalogue_message(text: str) -> None:
    for problem in wxml.parse_wxml(text).problems:
        _structured(problem.message)
    for problem in (*vue.split_sfc(text).problems, *vue.parse_template(text).problems):
        _structured(problem.message)


def test_a_vue_template_reports_the_scanners_problems_as_messages() -> None:
    """vue.py passed WXML's English strings through; now they are the scanner's messages."""
    problems = vue.parse_template('<view a="x></view>').problems
    assert [p.message.key for p in problems] == ["wxml.value_unclosed"]
    assert problems[0].message.render("zh") == "属性 a 的引号值没有用 '\"' 闭合"


def test_no_english_text_is_matched_back_into_messages() -> None:
    """The regex table that turned parser English into messages is gone, with its module."""
    assert not (PACKAGE / "lint" / "messages.py").exists()
    for path in PACKAGE.rglob("*.py"):
        names = {node.id for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Name)}
        names |= {node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.FunctionDef)}
        assert not names & {"PARSE_PATTERNS", "parse_message"}, path


def test_an_escape_error_is_chinese_with_lang_zh(tmp_path: Path) -> None:
    """An error the regex table never knew (English even with --lang zh) is now translated."""
    make_project(tmp_path, '{\n  "pages": ["pages/index/index\\q"]\n}\n')
    english = json.loads(run_cli("lint", tmp_path, "--select", "WC001", "-f", "json").stdout)
    chinese = json.loads(run_cli("lint", tmp_path, "--select", "WC001", "-f", "json", "--lang", "zh").stdout)
    assert [(d["code"], d["message"]) for d in english] == [("WC001", "Invalid \\escape")]
    assert [d["message"] for d in chinese] == ["字符串中有无效的 \\ 转义"]
    assert [d["location"] for d in chinese] == [d["location"] for d in english]


def test_a_broken_config_error_is_chinese_with_lang_zh(tmp_path: Path) -> None:
    """A command that stops on a JSON error renders the parser's message in the run's language."""
    make_project(tmp_path, '{\n  "pages": ["pages/index/index",]\n}\n')
    result = run_cli("init", tmp_path, "--dry-run", "--lang", "zh")
    assert result.exit_code == 2
    assert "JSON 不允许在 ']' 前面留末尾逗号；请删除它" in result.stderr
