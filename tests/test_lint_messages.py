"""Lint messages in English and Chinese: the catalogue, its use in the sources, and `lint --lang`."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from conftest import run_cli
from test_rule_cases import build
from wecontact_cli.syntax import jsontext, wxml
from wecontact_cli.i18n.message import MESSAGES, Message
from wecontact_cli.lint.registry import rules

rules()  # every rule's messages are in the catalogue once its module is loaded

PACKAGE = Path(__file__).resolve().parent.parent / "wecontact_cli"
CJK = re.compile(r"[\u4e00-\u9fff]")
LINE = re.compile(r"^(?P<loc>\S+:\d+:\d+): (?:error|warning|info): (?P<message>.*) \((?P<code>WC\d{3})\)(?: \[\*\])?$")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_both_languages_with_the_same_fields(key: str) -> None:
    en, zh = MESSAGES[key]
    assert en.strip() and zh.strip()
    assert fields(en) == fields(zh)


def test_message_renders_nested_messages_and_str_is_english() -> None:
    from wecontact_cli.i18n.message import join_and, msg
    from wecontact_cli.lint.rules.plugins.wc104_plugin_declared_twice import RULE

    scopes = join_and([msg("scope.main"), msg("scope.sub", scope="pkgA")])
    message = RULE.msg("twice", scope=scopes, alias="contactPlugin")
    assert str(message) == message.render("en")
    assert "the main package and subpackage 'pkgA'" in str(message)
    assert "主包和分包 'pkgA'" in message.render("zh")
    with pytest.raises(KeyError):
        msg("no.such.key")


JSON_ERRORS = [
    "", "{} x", '{"a": 1,}', '{"a": 1', '{"a": 1 "b": 2}', "{'a': 1}", "{a: 1}", "{1: 2}",
    '{"a" 1}', "{\"a\": 'b'}", '{"a": nope}', '{"a": ', '{"a": ]}', '{"a": "b', '{"a": "b\nc"}',
    '{\n  // note\n  "a": 1\n}', '[1, 2', '[1 2]',
]
WXML_ERRORS = [
    "<view>", "<view></text></view>", "</view>", "<view>{{a</view>", "a < b", "<!-- x",
    "<view></view x>", "<view></view", "<view a=></view>", "<view a=b></view>", '<view a="x></view>',
    '<view a="{{b"></view>', "<view / a></view>", "<view",
]


@pytest.mark.parametrize("text", JSON_ERRORS)
def test_common_json_errors_are_translated(text: str) -> None:
    with pytest.raises(jsontext.JsonSyntaxError) as caught:
        jsontext.parse(text)
    message = caught.value.message
    assert isinstance(message, Message), message
    assert str(message) == str(caught.value) and CJK.search(message.render("zh"))


@pytest.mark.parametrize("text", WXML_ERRORS)
def test_common_wxml_errors_are_translated(text: str) -> None:
    problems = wxml.parse_wxml(text).problems
    assert problems
    for problem in problems:
        message = problem.message
        assert isinstance(message, Message), message
        assert CJK.search(message.render("zh"))


MISTAKES = {
    "miniprogram/pages/index/index.wxml": (
        '<view>\n  <cell plugId="a1b2c3d4" bind:startmessage="startmessage" />\n'
        '  <cell plugid="a1b2c3d4" bubbleColor="#4790EE" contactText="联系客服" />\n'
        '  <cell plugid="a1b2c3d4" styleType="1" bubbleColor="4790EE" />\n  <text>\n</view>\n'),
    "miniprogram/pages/other/other.json": '{\n  // contact page\n  "usingComponents": {}\n}\n',
    "miniprogram/pages/other/other.wxml": "<view></view>\n",
}


def parsed(output: str) -> list[tuple[str, str]]:
    return [(f"{m['loc']} {m['code']}", m["message"]) for m in map(LINE.match, output.splitlines()) if m]


def test_lint_lang_zh_translates_every_message(tmp_path: Path) -> None:
    build(tmp_path, MISTAKES)
    default = run_cli("lint", tmp_path, "-f", "concise")
    english = run_cli("lint", tmp_path, "-f", "concise", "--lang", "en")
    assert english.stdout == default.stdout and english.exit_code == default.exit_code == 1
    codes = [where.split()[-1] for where, _ in parsed(default.stdout)]
    assert {"WC001", "WC002", "WC201", "WC203", "WC205", "WC206", "WC207"} <= set(codes)
    for result in (run_cli("lint", tmp_path, "-f", "concise", "--lang", "zh"),
                   run_cli("lint", tmp_path, "-f", "concise", env={"LC_ALL": "zh_CN.UTF-8"})):
        assert result.exit_code == 1
        chinese = parsed(result.stdout)
        assert [where for where, _ in chinese] == [where for where, _ in parsed(default.stdout)]
        for where, message in chinese:
            assert CJK.search(message), f"{where} {message}"
        english_messages = [message for _, message in parsed(default.stdout)]
        assert all(zh != en for (_, zh), en in zip(chinese, english_messages))


def test_lint_lang_en_overrides_a_chinese_locale(tmp_path: Path) -> None:
    build(tmp_path, MISTAKES)
    default = run_cli("lint", tmp_path, "-f", "json")
    forced = run_cli("lint", tmp_path, "-f", "json", "--lang", "en", env={"LC_ALL": "zh_CN.UTF-8"})
    assert forced.stdout == default.stdout


def test_lint_rejects_an_unknown_lang(tmp_path: Path) -> None:
    build(tmp_path, {})
    result = run_cli("lint", tmp_path, "--lang", "fr")
    assert result.exit_code == 2 and "--lang" in result.stderr


def test_report_summary_and_help_follow_the_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_lint_cli import BAD_CELL, project

    root = project(tmp_path, **{"miniprogram/pages/index/index.wxml": BAD_CELL})
    zh = run_cli("lint", root, "--lang", "zh").stdout
    assert "发现 2 个问题（1 个错误，1 个警告，0 个提示）。" in zh
    assert "[*] 其中 1 个可用 --fix 自动修复。" in zh
    helps = [line.split("= help: ", 1)[1] for line in zh.splitlines() if "= help: " in line]
    assert len(helps) == 2 and all(any("\u4e00" <= c <= "\u9fff" for c in text) for text in helps)
    clean = project(tmp_path / "clean")
    assert run_cli("lint", clean, "--lang", "zh").stdout == "全部检查通过！\n"
    fixed = run_cli("lint", root, "--lang", "zh", "--fix")
    assert "已修复 1 个问题。" in fixed.stderr
