"""Every Taro rule's documented examples, laid over the Taro base project they are written for:
the bad one triggers the rule, the good one does not (what `wecontact rule TRnnn` shows is true)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from test_taro_project import taro
from wecontact_cli.lint.registry import rules

TARO_RULES = [r for r in rules() if r.frameworks == ("taro",)]


def test_the_taro_rules_are_the_tr_family() -> None:
    assert [r.code for r in TARO_RULES] == [f"TR1{n:02d}" for n in range(1, 12)]


@pytest.mark.parametrize("rule", TARO_RULES, ids=[r.code for r in TARO_RULES])
def test_the_bad_example_triggers_and_the_good_one_does_not(tmp_path: Path, rule) -> None:  # type: ignore[no-untyped-def]
    for name, example, expected in (("bad", rule.bad, True), ("good", rule.good, False)):
        assert example.files is not None, f"{rule.code} {name}: a Taro example names its files"
        root = taro(tmp_path / name, dict(example.files))
        result = run_cli("lint", root, "--select", rule.code, "-f", "json")
        found = [d["code"] for d in json.loads(result.stdout)]
        assert bool(found) == expected, (rule.code, name, found)
