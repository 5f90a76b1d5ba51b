"""A scaffolder that writes code the linter rejects is a bug: what init produces lints clean."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, make_project, run_cli, snapshot
from wecontact_cli.syntax.wxml import parse_wxml
from test_init_property import documents, serialise, styles


@settings(max_examples=40, deadline=None)
@given(doc=documents(), style=styles, subpackage=st.booleans())
def test_init_output_lints_clean(doc: dict[str, Any], style: dict[str, Any], subpackage: bool) -> None:
    args: list[str] = []
    if subpackage:
        doc = {**doc, "subPackages": [{"root": "pkgA", "pages": ["pages/help/index"]}]}
        doc.pop("plugins", None)
        args = ["--subpackage", "pkgA"]
    with tempfile.TemporaryDirectory() as folder:
        make_project(Path(folder), serialise(doc, style))
        assert run_cli("init", folder, *args).exit_code == 0
        result = run_cli("lint", folder, "-f", "json", "--select", "ALL")
        assert result.exit_code == 0, result.stdout
        found = json.loads(result.stdout)
        # Declared but not yet wired into a page: only the informational WC110 may remain.
        assert [d["code"] for d in found] == ["WC110"]
        assert found[0]["severity"] == "info"


def test_init_on_the_example_then_lint(example: Path) -> None:
    assert run_cli("init", example).exit_code == 0
    result = run_cli("lint", example, "-f", "concise")
    assert result.exit_code == 0
    assert [d["code"] for d in json.loads(run_cli("lint", example, "-f", "json").stdout)] == ["WC110"]
    assert [line for line in result.stdout.splitlines() if line.endswith("(WC110)")] != []


UI_VALUES = {
    "--style-type": ["1", "2", "3"], "--avator-style": ["rect", "circle"], "--is-mask": ["0", "1"],
    "--contact-text": ["0", "1", "2"], "--button-text": ["0", "4"], "--button-style": ["primary", "light"],
    "--service-text": ["0", "3"], "--padding-style": ["0", "12"], "--icon-style": ["avator", "light"],
    "--block-style": ["bubble", "button"], "--bubble-color": ["4790EE", "fff"],
}
# Where the guide (section 二) says each option has an effect, by styleType. Without
# --style-type the console decides it, so every layout is possible and every option may apply.
EFFECTIVE: dict[str | None, frozenset[str]] = {
    None: frozenset(UI_VALUES) - {"--style-type"},
    "1": frozenset({"--avator-style", "--is-mask", "--contact-text", "--button-text", "--button-style",
                    "--padding-style", "--icon-style"}),
    "2": frozenset({"--block-style", "--bubble-color", "--button-text", "--button-style"}),
    "3": frozenset({"--icon-style", "--contact-text", "--service-text"}),
}
# styleType 2 shows a bubble (the default blockStyle) or a button, and only that one's options apply.
BLOCK_ONLY = {"bubble": {"--bubble-color"}, "button": {"--button-text", "--button-style"}}
PAGES = ["pages/contact/index", "packageService/pages/help/index", "pages/mine/index"]


@st.composite
def accepted_options(draw: st.DrawFn) -> dict[str, str]:
    """Options that all have an effect together: add-page must accept every such set."""
    style = draw(st.sampled_from([None, "1", "2", "3"]))
    keys = draw(st.lists(st.sampled_from(sorted(EFFECTIVE[style])), unique=True, max_size=4))
    options = {key: draw(st.sampled_from(UI_VALUES[key])) for key in keys}
    shown = options.get("--block-style", "bubble")
    hidden = BLOCK_ONLY["button" if shown == "bubble" else "bubble"]
    if style == "2" or (style is None and shown == "button"):  # style 1 still reads buttonText
        options = {key: value for key, value in options.items() if key not in hidden}
    return options if style is None else {"--style-type": style, **options}


def attribute_name(option: str) -> str:
    """``--bubble-color`` -> ``bubbleColor``, the cell attribute the option writes."""
    first, *rest = option.removeprefix("--").split("-")
    return first + "".join(word.capitalize() for word in rest)


def assert_page_wired(root: Path, page: str, plugid: str, options: dict[str, str]) -> None:
    """The page's .json, .wxml and .js hold the component, the cell and its handlers."""
    base = root / "miniprogram" / page
    page_json = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    assert page_json["usingComponents"]["cell"] == "plugin://contactPlugin/cell"
    cells = [e for e in parse_wxml(base.with_suffix(".wxml").read_text(encoding="utf-8")).iter_elements()
             if e.tag == "cell"]
    assert len(cells) == 1
    written = {a.name: a.value for a in cells[0].attributes}
    assert written["plugid"] == plugid
    assert {attribute_name(k): v for k, v in options.items()}.items() <= written.items()
    assert written["bind:completemessage"] == "completemessage"
    assert "completemessage(" in base.with_suffix(".js").read_text(encoding="utf-8")


@settings(max_examples=30, deadline=None)
@given(options=accepted_options(), page=st.sampled_from(PAGES), expr=st.booleans())
def test_add_page_output_lints_clean(options: dict[str, str], page: str, expr: bool) -> None:
    """Whatever add-page accepts, lint accepts; and it accepts every effective option set."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "shop"
        shutil.copytree(EXAMPLE, root)
        plugid = ["--plugid-expr", "contactId"] if expr else ["--plugid", "a1b2c3d4"]
        args = [a for pair in options.items() for a in pair]
        result = run_cli("add-page", page, *plugid, *args, "--project", root)
        assert result.exit_code == 0, (args, result.stderr)
        assert_page_wired(root, page, "{{contactId}}" if expr else "a1b2c3d4", options)
        lint = run_cli("lint", root, "-f", "json", "--select", "ALL", "--ignore", "WC211")
        assert lint.exit_code == 0 and json.loads(lint.stdout) == [], (args, lint.stdout)


INEFFECTIVE = [(style, option) for style in ("1", "2", "3") for option in sorted(UI_VALUES)
               if option != "--style-type" and option not in EFFECTIVE[style]]
INEFFECTIVE += [("2", "--button-text"), ("2", "--button-style")]  # hidden behind the default bubble


@pytest.mark.parametrize(("style", "option"), INEFFECTIVE)
def test_add_page_refuses_an_option_without_effect_and_writes_nothing(
        tmp_path: Path, style: str, option: str) -> None:
    root = tmp_path / "shop"
    shutil.copytree(EXAMPLE, root)
    before = snapshot(root)
    value = UI_VALUES[option][0]
    result = run_cli("add-page", PAGES[0], "--plugid", "a1b2c3d4", "--style-type", style, option, value,
                     "--project", root)
    assert result.exit_code == 2, result.stdout
    assert f"{option}: {attribute_name(option)} has no effect here" in result.stderr
    assert "(WC207)" in result.stderr
    assert snapshot(root) == before
