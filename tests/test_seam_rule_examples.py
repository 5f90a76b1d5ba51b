"""Every rule's documented examples do what they claim, linted through the CLI: the bad
example reports the rule and the good one does not. An example's ``files`` are laid over
the framework's base project (tests/base_projects.py); without files, its text is one cell
written into the base page's view. Every framework with a base project runs its own dialect
rules; the generic rules' examples (native WXML and app.json) run on the native base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from base_projects import BASES
from conftest import run_cli
from wecontact_cli.lint.registry import rules
from wecontact_cli.lint.rule import Example, Rule

def documented_for(framework: str, rule: Rule) -> bool:
    """Whether the rule's examples are written for the framework: its own dialect rules, and
    the generic ones where the base says their (native) examples apply."""
    return rule.runs_on(framework) and (bool(rule.frameworks) or BASES[framework].generic_examples)


CASES = [(framework, rule, kind) for framework in BASES for rule in rules() if documented_for(framework, rule)
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


def test_every_rule_is_covered_on_a_framework_it_runs_on() -> None:
    """Each rule's examples are linted somewhere: its own framework's base, or native's for a
    generic rule; and every dialect rule of a framework with a base project on that base."""
    covered = {(framework, rule.code) for framework, rule, _ in CASES}
    for rule in rules():
        assert any(code == rule.code for _, code in covered), rule.code
        for framework in rule.frameworks:
            if framework in BASES:
                assert (framework, rule.code) in covered


def test_an_example_without_files_is_a_cell() -> None:
    """Its text is written into a view as it is: it must be markup, not a config excerpt."""
    for rule in rules():
        for example in (rule.bad, rule.good):
            if example.files is None:
                assert example.text.lstrip().startswith("<"), f"{rule.code}: {example.text!r}"
