"""Static numbers are read as WeChat reads them: JavaScript's Number(string), not Python's float.

The property test sends generated strings to the real Number() of Node.js in one batch per
example and compares; every rule that reads a number (WC204, WC205, WC207) and add-page's
option check follow plugin.number_text, which the CLI tests below go through.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import npmcache
from conftest import run_cli
from test_rule_cases import build
from wecontact_cli import plugin

JS_SPACES = "\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
NOT_JS_SPACES = "\x1c\x1f\x85\u180e\u200b"
"""White space to Python's str.strip() or to older Unicode, but not to JavaScript."""
OTHER_DIGITS = "١٢٣０１９"
PIECES = st.sampled_from([
    *"0123456789", ".", "e", "E", "+", "-", "_", "x", "X", "o", "O", "b", "B", "a", "f", "F", "g",
    "Infinity", "infinity", "inf", "NaN", "nan", "0x", "0o", "0b", "1e", "e+", "e-", "1_0",
    *JS_SPACES, *NOT_JS_SPACES, *OTHER_DIGITS,
])
NUMBER_LIKE = st.lists(PIECES, max_size=8).map("".join)
DECIMAL = st.from_regex(r"\A[+-]?(?:[0-9]{0,25}\.?[0-9]{0,25})(?:[eE][+-]?[0-9]{1,4})?\Z")
NON_DECIMAL = st.from_regex(r"\A0(?:[xX][0-9a-fA-F]{1,40}|[oO][0-7]{1,40}|[bB][01]{1,80})\Z")
PADDING = st.text(st.sampled_from(JS_SPACES + NOT_JS_SPACES), max_size=3)
PADDED = st.tuples(PADDING, st.one_of(DECIMAL, NON_DECIMAL), PADDING).map("".join)
STRINGS = st.one_of(NUMBER_LIKE, PADDED, DECIMAL, NON_DECIMAL, st.text(max_size=6),
                    st.floats(allow_nan=False).map(repr))
NODE_SCRIPT = (
    "let input = '';"
    "process.stdin.on('data', chunk => input += chunk);"
    "process.stdin.on('end', () => {"
    "  const values = JSON.parse(input).map(s => { const n = Number(s); return Number.isNaN(n) ? null : String(n) });"
    "  process.stdout.write(JSON.stringify(values));"
    "});"
)


def real_number(strings: list[str]) -> list[str | None]:
    """``String(Number(s))`` (None for NaN) for every string, from one run of Node.js."""
    node = shutil.which("node")
    if node is None:
        npmcache.unavailable("Node.js is needed to compare with JavaScript's own Number()")
    # json.dumps escapes lone surrogates, which JSON.parse reads back as the same strings.
    done = subprocess.run([node, "-e", NODE_SCRIPT], input=json.dumps(strings), capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strings=st.lists(STRINGS, min_size=40, max_size=120))
def test_number_text_is_javascripts_number(strings: list[str]) -> None:
    expected = real_number(strings)
    assert [plugin.number_text(s) for s in strings] == expected


@pytest.mark.parametrize("raw, text", [
    ("2", "2"), (" 2\n", "2"), ("2.0", "2"), ("+2", "2"), ("-0", "0"), ("", "0"), ("   ", "0"),
    (".5", "0.5"), ("5.", "5"), ("1e3", "1000"), ("1E-7", "1e-7"), ("1e21", "1e+21"),
    ("0x1F", "31"), ("0O17", "15"), ("0b101", "5"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
    ("\u00a01\ufeff", "1"), ("\u20282\u2029", "2"), ("1e999", "Infinity"), ("007", "7"),
])
def test_number_text_reads_what_javascript_reads(raw: str, text: str) -> None:
    assert plugin.number_text(raw) == text


@pytest.mark.parametrize("raw", [
    "١", "٢", "２", "1_000", "inf", "infinity", "nan", "NaN", "-0x2", "+0x2", "0x", "0b2", "1e", ".",
    "e5", "\x1c1", "1\x85", "\u200b1", "1 2", "0x1.8", "2px",
])
def test_number_text_refuses_what_javascript_calls_nan(raw: str) -> None:
    assert plugin.number_text(raw) is None


# -- the rules and add-page follow ------------------------------------------------------------


def lint_codes(root: Path, wxml: str) -> list[tuple[str, str]]:
    build(root, {"miniprogram/pages/index/index.wxml": wxml})
    result = run_cli("lint", root, "-f", "json", "--select", "WC2")
    assert result.exit_code in (0, 1), result.stderr
    return sorted((d["code"], d["message"]) for d in json.loads(result.stdout))


CELL = '<cell plugid="a1b2c3d4" bind:startmessage="startmessage" bind:completemessage="completemessage" {} />\n'


@pytest.mark.parametrize("attribute", ['styleType="١"', 'styleType="２"', 'paddingStyle="1_000"',
                                       'isMask="١"', 'paddingStyle="inf"'])
def test_a_value_javascript_reads_as_nan_is_not_a_number(tmp_path: Path, attribute: str) -> None:
    found = lint_codes(tmp_path, CELL.format(attribute))
    assert [code for code, _ in found] == ["WC204"], found
    assert "not a number" in found[0][1]


@pytest.mark.parametrize("attribute", ['styleType="0x2"', 'styleType=" 2\u00a0"', 'paddingStyle="1e1"',
                                       'paddingStyle=".5"', 'isMask="0b1"'])
def test_a_value_javascript_reads_as_a_number_passes(tmp_path: Path, attribute: str) -> None:
    assert lint_codes(tmp_path, CELL.format(attribute)) == []


def test_a_numeric_text_index_in_hex_is_an_index_not_text(tmp_path: Path) -> None:
    """contactText="0x2" is the number 2: neither WC205 (text) nor WC204."""
    assert lint_codes(tmp_path, CELL.format('styleType="3" contactText="0x2"')) == []


def test_an_index_in_other_digits_is_text_to_javascript(tmp_path: Path) -> None:
    """contactText="٢" is NaN for WeChat (float() reads 2): custom text, not index 2 (WC204/WC205 path)."""
    found = lint_codes(tmp_path, CELL.format('styleType="3" contactText="٢"'))
    assert [code for code, _ in found] == ["WC204"], found
    assert "custom text is not supported" in found[0][1]


def test_layout_knowledge_reads_styletype_as_javascript_does(tmp_path: Path) -> None:
    """styleType="0x2" is 2: paddingStyle is read only by styleType 1 (WC207)."""
    found = lint_codes(tmp_path, CELL.format('styleType="0x2" paddingStyle="4"'))
    assert [code for code, _ in found] == ["WC207"], found
    found = lint_codes(tmp_path, CELL.format('styleType="٢" paddingStyle="4"'))
    assert [code for code, _ in found] == ["WC204"], found  # NaN: the layout is unknown


@pytest.mark.parametrize("option, value", [("--style-type", "١"), ("--padding-style", "1_000"),
                                           ("--is-mask", "inf")])
def test_add_page_refuses_what_javascript_reads_as_nan(tmp_path: Path, option: str, value: str) -> None:
    build(tmp_path, {})
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", option, value,
                     "-C", tmp_path, "--dry-run")
    assert result.exit_code == 2, result.stdout
    assert f"error: {option}: " in result.stderr and "(WC204)" in result.stderr


def test_add_page_accepts_what_javascript_reads_as_a_number(tmp_path: Path) -> None:
    build(tmp_path, {})
    result = run_cli("add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "--padding-style", "1e1",
                     "-C", tmp_path, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert 'paddingStyle="1e1"' in result.stdout
