"""Shared helpers: build mini-program projects on disk and run the CLI as a user would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from typer.testing import CliRunner, Result

from wecontact_cli.cli import app
from wecontact_cli.frameworks.native.app import AppJson

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "shop"
PROVIDER = "wx104a1a20c3f81ec2"


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Invoke ``wecontact`` in-process with separate stdout and stderr (an English locale
    unless ``env`` says otherwise, whatever the machine's LANG)."""
    return CliRunner().invoke(app, [str(a) for a in args], env={"LC_ALL": "C", **(env or {})})


def make_project(
    root: Path,
    app_json: str | bytes | dict[str, Any],
    *,
    config: dict[str, Any] | None = None,
    app_dir: str = "miniprogram",
) -> Path:
    """A project folder with project.config.json -> ``app_dir``/app.json; returns app.json."""
    config = {"miniprogramRoot": f"{app_dir}/", "compileType": "miniprogram"} if config is None else config
    root.mkdir(parents=True, exist_ok=True)
    (root / "project.config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    app_path = root / app_dir / "app.json"
    app_path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(app_json, dict):
        app_json = json.dumps(app_json, indent=2, ensure_ascii=False) + "\n"
    if isinstance(app_json, str):
        app_json = app_json.encode("utf-8")
    app_path.write_bytes(app_json)
    return app_path


def find_project(start: Path | None = None) -> AppJson:
    """The app.json model of the native project containing ``start``, opened as every command
    opens it (detection, then the native loader); a broken app.json raises as init does."""
    from wecontact_cli.frameworks.native.planner import app_json
    from wecontact_cli.frameworks.registry import open_project

    return app_json(open_project(start))  # type: ignore[arg-type]


def mutated(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each edit applied in turn: at an offset (wrapped into the text), so many
    characters cut, a string inserted (the property tests' way of breaking a valid input)."""
    for at, cut, insert in edits:
        at %= len(text) + 1
        text = text[:at] + insert + text[at + cut:]
    return text


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: to prove that nothing was written."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _no_lint_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """No lint cache unless a test asks for one (tests/test_cache_lint.py does): the other tests
    compare whole project trees and count file reads, which a .wecontact_cache would change."""
    monkeypatch.setenv("WECONTACT_NO_CACHE", "1")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A scratch copy of the bundled example project."""
    target = tmp_path / "shop"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def cli() -> Callable[..., Result]:
    """The CLI runner as a fixture."""
    return run_cli
