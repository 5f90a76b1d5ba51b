"""Every uni-app rule's documentation examples, laid over the uni-app base project
(tests/uniapp_project.py): the bad one triggers the rule, the good one does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from uniapp_project import build
from wecontact_cli.lint.registry import rules

UNIAPP_RULES = [r for r in rules() if r.frameworks == ("uni-app",)]


def codes(root: Path, code: str) -> list[str]:
    result = run_cli("lint", root, "--select", code, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [d["code"] for d in json.loads(result.stdout)]


@pytest.mark.parametrize("rule", UNIAPP_RULES, ids=[r.code for r in UNIAPP_RULES])
def test_the_bad_example_triggers_and_the_good_one_does_not(rule, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert rule.bad.files is not None and rule.good.files is not None, "uni-app examples are files"
    assert rule.code in codes(build(tmp_path / "bad", dict(rule.bad.files)), rule.code)
    assert codes(build(tmp_path / "good", dict(rule.good.files)), rule.code) == []
