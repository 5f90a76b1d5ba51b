"""Every rule, found where it lives: one module per rule in a family package.

The generic families are the packages under ``lint/rules/``; a framework adds its dialect
rules as ``frameworks/<name>/rules/``. A module is a rule when it defines ``RULE``; its
checks are the functions ``check_project``, ``check_unit`` and ``check_cell`` it defines.
Adding a rule is adding its file: nothing else lists it.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache
from types import MappingProxyType, ModuleType
from typing import Any, Callable, Iterator, Mapping

from wecontact_cli.lint.rule import Rule
from wecontact_cli.records import record
from wecontact_cli.submodules import modules_in, submodules
from wecontact_cli.syntax.patterns import compile_pattern

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


def rule_modules(framework: str | None = None) -> tuple[RuleModule, ...]:
    """Every rule module of every known package (generic and registered frameworks'), ordered by
    code; for ``framework``, the generic families' and its own dialect rules (and a plug-in
    framework's): the other built-in frameworks' never run on its projects, and their modules
    are not imported (``rule_defaults`` knows them by their file names)."""
    return _rule_modules((GENERIC_RULES, *_packages(framework)[0]))


def rule_defaults(framework: str | None = None) -> Mapping[str, bool]:
    """Every rule's code -> whether it is on by default, ordered by code, for a lint of a
    ``framework`` project: the rules of ``rule_modules(framework)`` as they say, and the other
    built-in frameworks' dialect rules from their modules' file names (``ua105_using_components_dropped``
    is UA105), each on by default (tests/test_rule_registry.py checks both against their modules)."""
    return _defaults(*_packages(framework))


@lru_cache(maxsize=8)
def _defaults(imported: tuple[str, ...], named: tuple[str, ...]) -> Mapping[str, bool]:
    found = _on_by_default((GENERIC_RULES, *imported))
    for package in named:
        found.update(_named_codes(package) or _on_by_default((package,)))  # off the convention: its modules say
    return MappingProxyType(dict(sorted(found.items())))


def _on_by_default(packages: tuple[str, ...]) -> dict[str, bool]:
    """Code -> on by default, of the rules of ``packages`` (imported)."""
    return {m.rule.code: m.rule.enabled_by_default for m in _rule_modules(packages)}


_BUILTIN_DIALECTS = "wecontact_cli.frameworks."
"""Where the built-in frameworks' dialect rule packages live."""
_CODE = compile_pattern(r"([a-z]+[0-9]+)_")
"""The start of a rule module's name: its code in lower case (``ua105_``)."""


def _packages(framework: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The frameworks' dialect rule packages a lint of ``framework`` imports, and those it only
    names (every package is imported when no framework is given)."""
    from wecontact_cli.frameworks.registry import get, rule_packages

    every = rule_packages()
    if framework is None:
        return every, ()
    own = get(framework)
    imported = tuple(p for p in every if (own is not None and p == own.rules) or not p.startswith(_BUILTIN_DIALECTS))
    return imported, tuple(p for p in every if p not in imported)


def _named_codes(package: str) -> dict[str, bool] | None:
    """The codes of a dialect package's rules, from its modules' file names, each on by default,
    without importing them; None when a module's name does not start with a code, or the
    package is not a folder on disk."""
    from importlib.machinery import PathFinder

    parent, _, name = package.rpartition(".")
    spec = PathFinder.find_spec(name, importlib.import_module(parent).__path__)
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    found: dict[str, bool] = {}
    while folders:
        folder = folders.pop()
        if not os.path.isdir(folder):
            return None
        for module, is_package in modules_in([folder]):
            if module.startswith("_"):
                continue
            if is_package:
                folders.append(os.path.join(folder, module))
                continue
            code = _CODE.match(module)
            if code is None:
                return None
            found[code[1].upper()] = True
    return found or None


@lru_cache(maxsize=8)
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
