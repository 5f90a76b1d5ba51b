"""The README's quick start and install instructions tell the truth."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REPO, run_cli, snapshot

README = (REPO / "README.md").read_text(encoding="utf-8")
HAND_WIRED = REPO / "examples" / "hand-wired"
SHOP = REPO / "examples" / "shop"
APP_DIR = "miniprogram/"


def section(title: str) -> str:
    """The README's text from a ``## title`` heading to the next one."""
    return README.split(f"\n## {title}", 1)[1].split("\n## ", 1)[0]


def quick_start_commands() -> list[str]:
    """The commands of the quick start's first code block, one per line."""
    block = section("Quick start").split("```sh\n", 1)[1].split("```", 1)[0]
    return block.strip().splitlines()


def findings_table() -> list[tuple[str, str, str, bool]]:
    """(where, code, severity, fixable) for each row of the quick start's findings table."""
    table = README.split("<!-- quick-start-findings:begin", 1)[1].split("<!-- quick-start-findings:end", 1)[0]
    rows = []
    for line in table.splitlines()[3:]:
        where, code, severity = (cell.strip() for cell in line.strip("|").split("|")[:3])
        rows.append((where.strip("`"), code.split()[0], severity, code.endswith("[*]")))
    return rows


def test_the_quick_start_runs_lint_diff_and_add_page_on_the_examples() -> None:
    assert quick_start_commands() == [
        "python3 -m venv .venv && .venv/bin/pip install -q .",
        ".venv/bin/wecontact lint examples/hand-wired",
        ".venv/bin/wecontact lint examples/hand-wired --diff",
        ".venv/bin/wecontact add-page packageService/pages/help/index --plugid a1b2c3d4 -C examples/shop --dry-run",
    ]


def test_the_findings_table_is_what_lint_reports_on_the_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HAND_WIRED)  # paths relative to the project, as the table gives them
    result = run_cli("lint", "-f", "json")
    assert result.exit_code == 1  # as the README says: errors found
    reported = [(f"{d['filename'].removeprefix(APP_DIR)}:{d['location']['row']}:{d['location']['column']}",
                 d["code"], d["severity"], d["fix"] is not None) for d in json.loads(result.stdout)]
    assert reported == findings_table()


def test_the_readme_explains_every_warning_the_quick_start_prints() -> None:
    warnings = [code for _, code, severity, _ in findings_table() if severity == "warning"]
    assert "The three warnings (WC103, WC108, WC207)" in section("Quick start")
    assert warnings == ["WC103", "WC108", "WC207"]
    dry_run = run_cli("add-page", "packageService/pages/help/index", "--plugid", "a1b2c3d4", "-C", SHOP,
                      "--dry-run")
    assert dry_run.exit_code == 0
    printed = [line for line in dry_run.stderr.splitlines() if line.startswith("warning: ")]
    assert printed == [] and "It prints no warning" in section("Quick start")
    assert "hideContact" in dry_run.stdout  # the existing onLoad gets the WeCom check


def test_the_quick_start_writes_nothing() -> None:
    before = snapshot(REPO / "examples")
    diff = run_cli("lint", HAND_WIRED, "--diff")
    assert diff.exit_code == 1, diff.stderr  # something to fix, as ruff says
    assert [line for line in diff.stdout.splitlines() if line.startswith("+++ ")] == [
        "+++ b/miniprogram/pages/contact/index.json", "+++ b/miniprogram/pages/contact/index.wxml"]
    run_cli("add-page", "packageService/pages/help/index", "--plugid", "a1b2c3d4", "-C", SHOP, "--dry-run")
    assert snapshot(REPO / "examples") == before


PYPI_ONLY = re.compile(r"(pip install|pipx install|uv tool install|pipx run|uvx) wecontact(?![\w-])")


def paragraphs() -> list[tuple[str, str]]:
    """(prose before, text) for every prose paragraph and every code block."""
    parts: list[tuple[str, str]] = []
    prose = ""
    for chunk in re.split(r"(```[^\n]*\n.*?```)", README, flags=re.DOTALL):
        if chunk.startswith("```"):
            parts.append((prose, chunk))
        else:
            for paragraph in chunk.split("\n\n"):
                if paragraph.strip():
                    prose = paragraph
                    parts.append((paragraph, paragraph))
    return parts


def test_commands_that_need_a_pypi_release_are_marked_as_such() -> None:
    """wecontact is not on PyPI: `pip install wecontact` & co. appear only where the README
    says that they fail today, or work once a release is published."""
    marked = 0
    for before, text in paragraphs():
        if PYPI_ONLY.search(text):
            said = (before + text).lower()
            assert "once a release" in said or "not published on pypi" in said, text
            marked += 1
    assert marked >= 4


def test_install_says_what_works_today_and_where_tests_cache() -> None:
    install = section("Install")
    assert 'pip install "git+https://github.com/OWNER/wecontact"' in install
    assert "pip wheel --no-deps -w dist ." in install
    development = section("Development")
    assert "Only the platform tests need Node.js" in development
    assert "~/.cache/wecontact-tests/" in development and "$WECONTACT_TEST_CACHE" in development
    action = section("GitHub Actions")
    assert "works only once a release is published" in action
