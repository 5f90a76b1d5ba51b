"""The language choice (--lang, then the POSIX locale) and the Chinese rule documentation."""

from __future__ import annotations

import dataclasses
import re

import pytest

from wecontact_cli import plugin
from wecontact_cli.i18n import detect_lang, resolve_lang
from wecontact_cli.lint.docs_zh import RULES_ZH, RuleText
from wecontact_cli.lint.rules import RULES

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


# --- RULES_ZH ---------------------------------------------------------------------------------------

def test_rules_zh_covers_exactly_the_rule_codes() -> None:
    assert set(RULES_ZH) == {rule.code for rule in RULES}


def test_rules_zh_in_registry_order() -> None:
    assert list(RULES_ZH) == [rule.code for rule in RULES]


def test_rule_text_is_frozen_with_the_rule_fields() -> None:
    assert [f.name for f in dataclasses.fields(RuleText)] == list(FIELDS)
    text = next(iter(RULES_ZH.values()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        text.summary = "x"  # type: ignore[misc]


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_text_present_exactly_when_english_is(rule, name: str) -> None:
    english = getattr(rule, name)
    chinese = getattr(RULES_ZH[rule.code], name)
    assert isinstance(chinese, str)
    assert bool(chinese.strip()) == bool(english.strip())
    assert chinese == chinese.strip()


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_text_is_chinese(rule, name: str) -> None:
    chinese = getattr(RULES_ZH[rule.code], name)
    if chinese:
        assert CJK.search(chinese), chinese


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_backticked_tokens_kept(rule, name: str) -> None:
    chinese = getattr(RULES_ZH[rule.code], name)
    for token in BACKTICKED.findall(getattr(rule, name)):
        assert f"`{token}`" in chinese, token


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_quoted_values_kept(rule, name: str) -> None:
    chinese = getattr(RULES_ZH[rule.code], name)
    for _, value in QUOTED.findall(getattr(rule, name)):
        assert value in chinese, value


@pytest.mark.parametrize(("rule", "name"), TEXTS, ids=IDS)
def test_code_like_tokens_kept(rule, name: str) -> None:
    english = getattr(rule, name)
    chinese = getattr(RULES_ZH[rule.code], name)
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
