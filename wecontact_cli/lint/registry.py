"""Every rule, found where it lives: one module per rule in a family package.

The generic families are the packages under ``lint/rules/``; a framework adds its dialect
rules as ``frameworks/<name>/rules/``. A module is a rule when it defines ``RULE``; its
checks are the functions ``check_project``, ``check_unit`` and ``check_cell`` it defines.
Adding a rule is adding its file: nothing else lists it.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable, Iterator

from wecontact_cli.lint.rule import Rule
from wecontact_cli.records import record
from wecontact_cli.submodules import submodules

GENERIC_RULES = "wecontact_cli.lint.rules"
"""The package whose sub-packages are the generic rule families (frameworks add their ``rules``)."""


@record(frozen=True)
class RuleModule:
    """A rule and the checks its module defines (None for a check it does not need)."""

    rule: Rule
    check_project: Callable[..., Iterator[Any]] | None
    check_unit: Callable[..., Iterator[Any]] | None
    check_cell: Callable[..., Iterator[Any]] | None


def _modules_of(package: ModuleType) -> Iterator[ModuleType]:
    """Every rule module below ``package``, families first, in name order."""
    for name, is_package in sorted(submodules(package)):
        if name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{name}")
        if is_package:
            yield from _modules_of(module)
        elif hasattr(module, "RULE"):
            yield module


def rule_modules() -> tuple[RuleModule, ...]:
    """Every rule module of every known package (generic and registered frameworks'), ordered by code."""
    from wecontact_cli.frameworks.registry import rule_packages

    return _rule_modules((GENERIC_RULES, *rule_packages()))


@lru_cache(maxsize=4)
def _rule_modules(packages: tuple[str, ...]) -> tuple[RuleModule, ...]:
    found = []
    for name in packages:
        for module in _modules_of(importlib.import_module(name)):
            found.append(RuleModule(module.RULE, getattr(module, "check_project", None),
                                    getattr(module, "check_unit", None), getattr(module, "check_cell", None)))
    codes = [m.rule.code for m in found]
    duplicated = sorted({c for c in codes if codes.count(c) > 1})
    if duplicated:
        raise RuntimeError(f"rule codes defined twice: {', '.join(duplicated)}")
    return tuple(sorted(found, key=lambda m: m.rule.code))


def rules() -> tuple[Rule, ...]:
    """Every rule, ordered by code."""
    return tuple(m.rule for m in rule_modules())


def rules_by_code() -> dict[str, Rule]:
    """Code -> rule."""
    return {m.rule.code: m.rule for m in rule_modules()}


def __getattr__(name: str) -> Any:
    """``RULES`` and ``RULES_BY_CODE`` as module attributes, computed on first use."""
    if name == "RULES":
        return rules()
    if name == "RULES_BY_CODE":
        return rules_by_code()
    raise AttributeError(name)
