"""Every rule's documented examples do what they claim, linted through the CLI: the bad
example reports the rule and the good one does not. An example's ``files`` are laid over
the framework's base project (tests/base_projects.py); without files, its text is one cell
written into the base page's view. Every framework with a base project runs every rule
that applies to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from base_projects import BASES
from conftest import run_cli
from wecontact_cli.lint.registry import rules
from wecontact_cli.lint.rule import Example, Rule

CASES = [(framework, rule, kind) for framework in BASES for rule in rules() if rule.runs_on(framework)
         for kind in ("bad", "good")]


def lint_example(root: Path, framework: str, rule: Rule, example: Example) -> list[str]:
    """The codes lint reports on the example (the default rules and this one)."""
    base = BASES[framework]
    base.write(root, base.with_cell(example.text) if example.files is None else example.files)
    result = run_cli("lint", root, "--extend-select", rule.code, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [d["code"] for d in json.loads(result.stdout)]


@pytest.mark.parametrize("framework, rule, kind", CASES, ids=[f"{f}-{r.code}-{k}" for f, r, k in CASES])
def test_the_example_does_what_it_claims(tmp_path: Path, framework: str, rule: Rule, kind: str) -> None:
    codes = lint_example(tmp_path, framework, rule, getattr(rule, kind))
    if kind == "bad":
        assert rule.code in codes, f"the bad example of {rule.code} does not report it: {codes}"
    else:
        assert rule.code not in codes, f"the good example of {rule.code} reports it"


def test_every_rule_of_a_framework_with_a_base_project_is_covered() -> None:
    covered = {(framework, rule.code) for framework, rule, _ in CASES}
    for framework in BASES:
        for rule in rules():
            if rule.runs_on(framework):
                assert (framework, rule.code) in covered


def test_an_example_without_files_is_a_cell() -> None:
    """Its text is written into a view as it is: it must be markup, not a config excerpt."""
    for rule in rules():
        for example in (rule.bad, rule.good):
            if example.files is None:
                assert example.text.lstrip().startswith("<"), f"{rule.code}: {example.text!r}"
