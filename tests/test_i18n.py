"""The language choice (--lang, then the POSIX locale) and the Chinese rule documentation."""

from __future__ import annotations

import re

import pytest

from conftest import run_cli
from wecontact_cli import plugin
from wecontact_cli.cli.help import TRANSLATED
from wecontact_cli.i18n import detect_lang, lang_from_args, resolve_lang
from wecontact_cli.lint.registry import RULES

FIELDS = ("summary", "why", "fix", "note")
CJK = re.compile(r"[\u4e00-\u9fff]")
BACKTICKED = re.compile(r"`([^`]+)`")
QUOTED = re.compile(r"(?<![\w'\"])(['\"])(.+?)\1(?!\w)")
"""A quoted value ('plugid', "plugins", '#4790EE'), not an apostrophe (page's)."""
CODE_LIKE = re.compile(
    r"--[a-z][a-z-]*"                      # options: --fix, --select, --alias
    r"|\bWC\d{3}\b"                          # rule codes
    r"|\b[a-z]+(?:[A-Z][a-z]*)+\b"           # camelCase names: usingComponents, styleType
    r"|\bplugin://[\w<>/.-]*(?:\.\.\.|[\w>])"  # plugin URLs
    r"|\b[\w.-]*\.json\b|\.wxml\b"           # file names
    r"|\b\w+:\w+\b"                          # event bindings: bind:completemessage
)
NAMES = {*plugin.ATTRIBUTES_BY_NAME, *plugin.EVENT_NAMES, *plugin.GROUP_PLUGIN_ATTRIBUTES}

TEXTS = [(rule, name) for rule in RULES for name in FIELDS]
IDS = [f"{rule.code}-{name}" for rule, name in TEXTS]


# --- detect_lang / resolve_lang -------------------------------------------------------------------

@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "zh"),
    ({"LANG": "zh"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "ja_JP.UTF-8"}, "en"),
    ({"LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
    ({"LC_ALL": "zh_CN.UTF-8"}, "zh"),
    # LC_ALL overrides everything
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
    # LC_MESSAGES overrides LANG
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_MESSAGES": "POSIX", "LANG": "zh_CN.UTF-8"}, "en"),
    # an empty variable counts as unset
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "", "LANG": ""}, "en"),
    # other LC_* categories do not decide the language of messages
    ({"LC_CTYPE": "zh_CN.UTF-8", "LC_TIME": "zh_CN.UTF-8"}, "en"),
    ({"LC_CTYPE": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "en"),
])
def test_detect_lang_follows_posix_precedence(environ: dict[str, str], expected: str) -> None:
    assert detect_lang(environ) == expected


def test_detect_lang_only_reads_the_mapping() -> None:
    assert detect_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_lang({"LANG": "en_GB.UTF-8"}) == "en"


@pytest.mark.parametrize("option", ["en", "zh"])
@pytest.mark.parametrize("environ", [{}, {"LANG": "zh_CN.UTF-8"}, {"LC_ALL": "en_US.UTF-8"}])
def test_resolve_lang_explicit_option_wins(option: str, environ: dict[str, str]) -> None:
    assert resolve_lang(option, environ) == option


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
])
def test_resolve_lang_without_option_uses_locale(environ: dict[str, str], expected: str) -> None:
    assert resolve_lang(None, environ) == expected


@pytest.mark.parametrize("option", ["fr", "", "zh_CN", "chinese", "english", "EN", "ZH", " zh"])
def test_resolve_lang_rejects_other_values(option: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        resolve_lang(option, {"LANG": "zh_CN.UTF-8"})
    message = str(excinfo.value)
    assert repr(option) in message
    assert "en" in message and "zh" in message


# --- each rule's Chinese documentation, beside its English -------------------------------------

def test_every_documentation_field_is_an_english_chinese_pair() -> None:
    for rule in RULES:
        for name in FIELDS:
            texts = getattr(rule, name)
            assert isinstance(texts, tuple) and len(texts) == 2, (rule.code, name)


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_text_present_exactly_when_english_is(rule, name: str) -> None:
    english = rule.text(name, "en")
    chinese = rule.text(name, "zh")
    assert isinstance(chinese, str)
    assert bool(chinese.strip()) == bool(english.strip())
    assert chinese == chinese.strip()


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_text_is_chinese(rule, name: str) -> None:
    chinese = rule.text(name, "zh")
    if chinese:
        assert CJK.search(chinese), chinese


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_backticked_tokens_kept(rule, name: str) -> None:
    chinese = rule.text(name, "zh")
    for token in BACKTICKED.findall(rule.text(name, "en")):
        assert f"`{token}`" in chinese, token


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_quoted_values_kept(rule, name: str) -> None:
    chinese = rule.text(name, "zh")
    for _, value in QUOTED.findall(rule.text(name, "en")):
        assert value in chinese, value


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_code_like_tokens_kept(rule, name: str) -> None:
    english = rule.text(name, "en")
    chinese = rule.text(name, "zh")
    tokens = set(CODE_LIKE.findall(english))
    tokens |= {n for n in NAMES if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", english)}
    missing = sorted(t for t in tokens if t not in chinese)
    assert not missing, missing


def test_code_like_pattern_finds_the_usual_tokens() -> None:
    text = ('Use `wecontact init` --alias x; plugin://<alias>/cell in app.json; styleType, '
            'bind:completemessage and WC204 in a .wxml file ("not found in path plugin://...").')
    found = set(CODE_LIKE.findall(text))
    assert {"--alias", "plugin://<alias>/cell", "app.json", "styleType", "bind:completemessage",
            "WC204", ".wxml", "plugin://..."} <= found


# --- lang_from_args: the language of a command line before it is parsed --------------------------

@pytest.mark.parametrize(("args", "environ", "expected"), [
    ([], {}, "en"),
    ([], {"LANG": "zh_CN.UTF-8"}, "zh"),
    (["lint", "--lang", "zh"], {}, "zh"),
    (["lint", "--lang=zh"], {}, "zh"),
    (["--lang", "zh", "lint", "--lang", "en"], {}, "en"),       # the last one wins, as for the command
    (["lint", "--lang", "fr"], {"LANG": "zh_CN.UTF-8"}, "zh"),  # not a language: the locale's
    (["lint", "--lang"], {}, "en"),
    (["lint", "--", "--lang", "zh"], {}, "en"),                 # after --, arguments are paths
    (["lint", "--lang", "en"], {"LC_ALL": "zh_CN.UTF-8"}, "en"),
])
def test_lang_from_args(args: list[str], environ: dict[str, str], expected: str) -> None:
    assert lang_from_args(args, environ) == expected


# --- --help in the run's language -----------------------------------------------------------------

WIDE = {"COLUMNS": "400", "TERMINAL_WIDTH": "400"}  # one line per help text, whatever its length
COMMANDS = [[], ["init"], ["add-page"], ["lint"], ["doctor"], ["rules"], ["rule"], ["clean"]]


def shown_texts(path: list[str]) -> list[str]:
    """Every help text that ``wecontact PATH --help`` shows: the command's, each parameter's
    (--help too), the panel titles of its options, each subcommand's."""
    from typer.main import get_command

    from wecontact_cli.cli import app

    command = get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    ctx = command.make_context("wecontact", [], resilient_parsing=True)
    texts = [command.help]
    for param in command.get_params(ctx):
        texts.extend([param.help, getattr(param, "rich_help_panel", None)])
    texts.extend(sub.help for sub in getattr(command, "commands", {}).values())
    return [t for t in texts if t]


def test_shown_texts_finds_the_options_of_typer_and_click_too() -> None:
    root = shown_texts([])
    assert {"Show this message and exit.", "Install completion for the current shell.",
            "Show the version and exit."} <= set(root)
    assert len(shown_texts(["lint"])) == 16  # its help; paths, 13 options and --help


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "wecontact" for p in COMMANDS])
def test_every_help_text_comes_from_the_catalogue(path: list[str]) -> None:
    texts = shown_texts(path)
    assert texts and all(t in TRANSLATED for t in texts), [t for t in texts if t not in TRANSLATED]
    for t in texts:
        assert TRANSLATED[t].render("zh") != t, t


def help_output(*args: str, env: dict[str, str] | None = None) -> str:
    result = run_cli(*args, env={**WIDE, **(env or {})})
    assert result.exit_code == 0, result.stderr
    return " ".join(result.stdout.split())  # rich's box and padding aside


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "wecontact" for p in COMMANDS])
@pytest.mark.parametrize("how", ["option", "locale", "option-before-command"])
def test_help_in_chinese_shows_every_text_in_chinese(path: list[str], how: str) -> None:
    if how == "option":
        out = help_output(*path, "--help", "--lang", "zh")
    elif how == "locale":
        out = help_output(*path, "--help", env={"LC_ALL": "zh_CN.UTF-8"})
    else:
        out = help_output("--lang", "zh", *path, "--help")
    english = help_output(*path, "--help")
    for t in shown_texts(path):
        chinese = " ".join(TRANSLATED[t].render("zh").split())
        assert chinese in out, chinese
        assert " ".join(t.split()) in english
        assert " ".join(t.split()) not in out
    assert "用法：" in out and "选项" in out and "Usage:" not in out and "Options" not in out


def test_help_headings_defaults_and_required_in_chinese() -> None:
    out = help_output("add-page", "--help", "--lang", "zh")
    assert "参数" in out and "[默认：cell]" in out and "[必填]" in out and "按钮属性（指南第二节）" in out
    # and back: the same process prints English help afterwards (nothing leaks)
    english = help_output("add-page", "--help")
    assert "Arguments" in english and "[default: cell]" in english and "[required]" in english
    assert "参数" not in english


def test_help_shows_bracketed_text_instead_of_reading_it_as_markup() -> None:
    out = help_output("lint", "--help")
    assert "[default: from LC_ALL/LC_MESSAGES/LANG]" in out
    assert "[default: github under GitHub Actions, else full]" in out


def test_lang_en_overrides_a_chinese_locale_in_help() -> None:
    out = help_output("lint", "--help", "--lang", "en", env={"LC_ALL": "zh_CN.UTF-8"})
    assert "Usage:" in out and "Check the plugin's wiring" in out and "检查" not in out


def test_lang_before_the_command_applies_to_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import make_project

    make_project(tmp_path, {"pages": []})
    result = run_cli("--lang", "zh", "lint", tmp_path)
    assert result.exit_code == 0 and result.stdout == "全部检查通过！\n"
    assert run_cli("--lang", "zh", "lint", tmp_path, "--lang", "en").stdout == "All checks passed!\n"
    bad = run_cli("--lang", "fr", "lint", tmp_path)
    assert bad.exit_code == 2 and "unknown language 'fr'" in bad.stderr
