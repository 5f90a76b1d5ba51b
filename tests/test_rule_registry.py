"""A lint imports the generic rules and its own framework's dialect rules, never another built-in
framework's: their codes (for suppressions, selections and the cache's key) come from their
modules' file names, and every one of them is on by default. These tests hold the convention
that makes those names enough, and show a lint's results are what they were with every rule imported."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from conftest import run_cli
from test_speed_startup import probe_full

from wecontact_cli.frameworks.registry import get, rule_packages
from wecontact_cli.lint import registry
from wecontact_cli.lint.registry import GENERIC_RULES, rule_defaults, rule_modules, rules

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FRAMEWORKS = {"native": "shop", "uni-app": "uniapp-shop", "taro": "taro-shop"}
"""Each built-in framework and the bundled example project written in it."""


def _package_of(module_name: str) -> str:
    return next(p for p in (GENERIC_RULES, *rule_packages()) if module_name.startswith(p + "."))


def _every_module() -> dict[str, str]:
    """Every rule's code -> the name of the module that defines it (every package imported)."""
    found = {}
    for package in (GENERIC_RULES, *rule_packages()):
        for module in registry._modules_of(__import__(package, fromlist=["_"])):
            found[module.RULE.code] = module.__name__
    return found


def test_every_dialect_rule_is_named_by_its_code_runs_on_its_framework_alone_and_is_on_by_default() -> None:
    """What lets a lint know another framework's dialect rules without importing them."""
    modules = _every_module()
    by_code = {r.code: r for r in rules()}
    dialect = {code: name for code, name in modules.items() if not name.startswith(GENERIC_RULES + ".")}
    assert {code[:2] for code in dialect} == {"UA", "TR"}  # native has no dialect rules: its rules are the generic ones
    for framework in FRAMEWORKS:
        package = get(framework).rules
        for code, name in dialect.items():
            if name.startswith(f"{package}."):
                assert name.rsplit(".", 1)[1].startswith(code.lower() + "_"), name
                assert by_code[code].frameworks == (framework,), code
                assert by_code[code].enabled_by_default, code


@pytest.mark.parametrize("framework", list(FRAMEWORKS))
def test_a_frameworks_rules_are_the_generic_ones_and_its_own(framework: str) -> None:
    own = get(framework).rules
    wanted = {code for code, name in _every_module().items()
              if _package_of(name) in (GENERIC_RULES, own)}
    assert {m.rule.code for m in rule_modules(framework)} == wanted
    assert [m.rule.code for m in rule_modules(framework)] == sorted(wanted)
    # every rule that can run on the framework's projects is among them
    assert {r.code for r in rules() if r.runs_on(framework)} <= wanted


@pytest.mark.parametrize("framework", [*FRAMEWORKS, None])
def test_the_defaults_of_a_frameworks_lint_are_every_rules_own(framework: str | None) -> None:
    """Every code, each on or off by default as its rule says, in code order: what selections,
    suppressions (WC900 counts a directive of a rule that is on) and the cache's key see."""
    every = {r.code: r.enabled_by_default for r in rules()}
    assert list(rule_defaults(framework).items()) == sorted(every.items())


def test_a_package_off_the_convention_is_read_by_importing_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Codes come from file names only when every rule module starts with one (``_`` helpers
    left out, families followed); otherwise (None) the registry imports the package."""
    for layout, expected in (
            ({"xx101_first.py": "", "_helper.py": "", "family/__init__.py": "", "family/xx202_second.py": ""},
             {"XX101": True, "XX202": True}),
            ({"xx101_first.py": "", "helper.py": ""}, None),
            ({"_helper.py": ""}, None)):
        root = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
        for name, text in {"dialect/__init__.py": "", **{f"dialect/rules/{k}": v for k, v in layout.items()},
                           "dialect/rules/__init__.py": ""}.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        monkeypatch.syspath_prepend(str(root))
        sys.modules.pop("dialect", None)
        assert registry._named_codes("dialect.rules") == expected
        assert "dialect.rules.xx101_first" not in sys.modules  # listed, never imported
        sys.modules.pop("dialect", None)


@pytest.mark.parametrize("framework, example", list(FRAMEWORKS.items()))
def test_a_lint_imports_no_other_frameworks_dialect_rules(framework: str, example: str, tmp_path: Path) -> None:
    project = tmp_path / example
    shutil.copytree(EXAMPLES / example, project)
    printed, code, modules, _ = probe_full("lint", str(project), "-f", "json", "--exit-zero",
                                           env={"WECONTACT_NO_CACHE": "1"})
    assert code == 0 and isinstance(json.loads(printed), list)
    others = {get(f).rules for f in FRAMEWORKS if f != framework} - {None}
    assert not [m for m in modules if any(m == p or m.startswith(p + ".") for p in others)]
    own = get(framework).rules
    assert own is None or any(m.startswith(own + ".") for m in modules)


def test_another_frameworks_code_is_still_known_to_selections_and_suppressions(tmp_path: Path) -> None:
    """A native project: ``--select UA1`` is a selection of known codes (no rule of it runs), and a
    directive naming a uni-app rule is a known code that silenced nothing (WC900), as when every
    rule was imported."""
    project = tmp_path / "shop"
    shutil.copytree(EXAMPLES / "shop", project)
    result = run_cli("lint", str(project), "--select", "UA1", "-f", "json", "--no-cache")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    view = project / "miniprogram/packageService/pages/help/index.wxml"
    text = view.read_text(encoding="utf-8")
    said = {}
    for code in ("UA101", "XX101"):
        view.write_text(f"<!-- wecontact-disable-next-line {code} -->\n" + text, encoding="utf-8")
        found = json.loads(run_cli("lint", str(project), "-f", "json", "--no-cache").stdout)
        said[code] = [(d["code"], d["location"]["row"], d["message"]) for d in found
                      if d["filename"].endswith("help/index.wxml")]
    assert said == {"UA101": [("WC900", 1, "this wecontact-disable-next-line suppresses nothing: no UA101 on line 2")],
                    "XX101": [("WC900", 1, "unknown rule code XX101 in wecontact-disable-next-line")]}
