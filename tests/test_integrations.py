"""wecontact in the tools mini-program teams already use: a real install from the built
wheel, the pre-commit hook, the GitHub Action's script, and shell completion.

These tests run real processes (python -m build, pip, pre-commit, git, bash) in temporary
folders; dependencies come from PyPI. Nothing is written inside the repository.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Sequence

import pytest
import yaml

from conftest import EXAMPLE, REPO, run_cli
from wecontact_cli import __version__

HELP_PAGE = "packageService/pages/help/index"
HELP_WXML = Path("miniprogram") / f"{HELP_PAGE}.wxml"
GOOD_ATTR, BAD_ATTR = 'plugid="a1b2c3d4"', 'plugId="a1b2c3d4"'  # the broken cell: WC201 + WC203
VENV_BIN = Path(sys.executable).parent  # where this environment's `wecontact` script lives
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: no outer venv, git repository or git config."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "PIP_REQUIRE_VIRTUALENV"))
           and k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "GITHUB_ACTIONS", "NO_COLOR")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1",
               GIT_AUTHOR_NAME="wecontact tests", GIT_AUTHOR_EMAIL="tests@example.invalid",
               GIT_COMMITTER_NAME="wecontact tests", GIT_COMMITTER_EMAIL="tests@example.invalid")
    env.update(extra)
    return env


def run(cmd: Sequence[str | Path], *, cwd: Path | None = None, env: dict[str, str] | None = None,
        check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing text; with ``check``, fail the test with its output on error."""
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env or clean_env(), text=True,
                            capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
                    f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
    return result


def wired_example(target: Path, *, broken: bool = False) -> Path:
    """A copy of the example with the contact button wired into the help page (in-process);
    ``broken``: the cell says ``plugId`` instead of ``plugid`` (an error, WC201)."""
    shutil.copytree(EXAMPLE, target)
    assert run_cli("init", target).exit_code == 0
    assert run_cli("add-page", HELP_PAGE, "--plugid", "a1b2c3d4", "-C", target).exit_code == 0
    if broken:
        set_broken(target, True)
    return target


def set_broken(project: Path, broken: bool) -> None:
    wxml = project / HELP_WXML
    old, new = (GOOD_ATTR, BAD_ATTR) if broken else (BAD_ATTR, GOOD_ATTR)
    text = wxml.read_text(encoding="utf-8")
    assert old in text
    wxml.write_text(text.replace(old, new), encoding="utf-8")


def venv_bin(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


# -- 1. install: the built wheel in a fresh virtual environment ---------------------------


def test_built_wheel_installs_and_works_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--outdir", dist, REPO])
    assert len(list(dist.glob("wecontact-*.tar.gz"))) == 1
    [wheel] = dist.glob("wecontact-*-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert {"wecontact_cli/templates/cell.wxml.j2", "wecontact_cli/templates/page-script.j2"} <= names

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    python, wecontact = venv_bin(venv) / "python", venv_bin(venv) / "wecontact"
    run([python, "-m", "pip", "install", "--quiet", wheel])
    where = run([python, "-c", "import wecontact_cli; print(wecontact_cli.__file__)"], cwd=tmp_path)
    assert Path(where.stdout.strip()).resolve().is_relative_to(venv.resolve()), where.stdout

    project = tmp_path / "shop"
    shutil.copytree(EXAMPLE, project)
    init = run([wecontact, "init"], cwd=project)
    assert "declared plugin 'contactPlugin'" in init.stdout
    add = run([wecontact, "add-page", HELP_PAGE, "--plugid", "a1b2c3d4", "-C", project], cwd=tmp_path)
    assert "wired the contact button" in add.stdout
    # The templates shipped inside the wheel were found and rendered.
    assert '<cell wx:if="{{!hideContact}}" plugid="a1b2c3d4"' in (project / HELP_WXML).read_text(encoding="utf-8")
    assert "completemessage" in (project / HELP_WXML.with_suffix(".js")).read_text(encoding="utf-8")
    lint = run([wecontact, "lint", project], cwd=tmp_path, check=False)
    assert (lint.returncode, lint.stdout) == (0, "All checks passed!\n"), lint.stderr

    version = run([python, "-m", "wecontact_cli", "--version"], cwd=tmp_path)
    assert version.stdout == f"wecontact {__version__}\n"


# -- 2. pre-commit --------------------------------------------------------------------------


def test_pre_commit_manifest() -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "wecontact-lint"
    assert (hook["language"], hook["entry"]) == ("python", "wecontact lint")
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    files = re.compile(hook["files"])
    for name in ("miniprogram/app.json", "project.config.json", "pages/a/index.wxml", "pages/a/index.js",
                 "pages/a/index.ts"):
        assert files.search(name), name
    for name in ("pages/a/index.wxss", "README.md", "pages/a/index.json5", "a.tsx"):
        assert not files.search(name), name


@pytest.fixture(scope="module")
def pre_commit(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The pre-commit command: this environment's, else one installed into a temporary venv."""
    try:
        import pre_commit  # noqa: F401
        return [sys.executable, "-m", "pre_commit"]
    except ImportError:
        venv = tmp_path_factory.mktemp("pre-commit-venv")
        run([sys.executable, "-m", "venv", venv])
        run([venv_bin(venv) / "python", "-m", "pip", "install", "--quiet", "pre-commit"])
        return [str(venv_bin(venv) / "python"), "-m", "pre_commit"]


def copy_working_tree(target: Path) -> Path:
    """This repository's files as they are now (uncommitted work included, ignored files not)."""
    target.mkdir()
    if (REPO / ".git").exists():
        listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO)
        for rel in filter(None, listed.stdout.split("\0")):
            source = REPO / rel
            if source.is_file():
                (target / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / rel)
    else:  # an unpacked sdist
        shutil.copytree(REPO, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.pyc", ".*_cache", ".hypothesis", "dist", "build", "*.egg-info"))
    return target


def hook_repository(target: Path) -> str:
    """A git repository holding this working tree in one commit; returns the commit."""
    copy_working_tree(target)
    run(["git", "init", "-q"], cwd=target)
    run(["git", "add", "-A"], cwd=target)
    run(["git", "commit", "-q", "-m", "wecontact under test"], cwd=target)
    return run(["git", "rev-parse", "HEAD"], cwd=target).stdout.strip()


def write_config(project: Path, hooks_repo: Path, rev: str, **hook_options: object) -> None:
    config = {"repos": [{"repo": str(hooks_repo), "rev": rev,
                         "hooks": [{"id": "wecontact-lint", **hook_options}]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


@needs_git
def test_pre_commit_hook_fails_on_a_broken_cell_and_passes_once_fixed(
        tmp_path: Path, pre_commit: list[str]) -> None:
    hooks_repo = tmp_path / "wecontact-repo"
    rev = hook_repository(hooks_repo)
    project = wired_example(tmp_path / "app", broken=True)
    write_config(project, hooks_repo, rev)
    env = clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    run(["git", "init", "-q"], cwd=project, env=env)
    run(["git", "add", "-A"], cwd=project, env=env)

    def pre_commit_run(*args: str) -> subprocess.CompletedProcess[str]:
        return run([*pre_commit, "run", "--color", "never", *args], cwd=project, env=env, check=False)

    failed = pre_commit_run("--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "wecontact lint" in failed.stdout and "Failed" in failed.stdout
    assert "WC201" in failed.stdout and HELP_WXML.as_posix() in failed.stdout

    # Only the files pre-commit passes are reported on: the broken page is not among these.
    other = pre_commit_run("--files", "miniprogram/app.json", "miniprogram/pages/index/index.wxml")
    assert other.returncode == 0, other.stdout + other.stderr

    set_broken(project, False)
    run(["git", "add", "-A"], cwd=project, env=env)
    passed = pre_commit_run("--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
    run(["git", "commit", "-q", "-m", "a clean project"], cwd=project, env=env)

    # The README's override for whole-project checks: a commit that only removes the plugin
    # declaration from app.json breaks the page (WC101 in its .json); pass_filenames: false
    # catches it, where the hook's default reports on the staged app.json alone.
    shutil.copy2(EXAMPLE / "miniprogram" / "app.json", project / "miniprogram" / "app.json")
    run(["git", "add", "miniprogram/app.json"], cwd=project, env=env)
    staged = pre_commit_run()
    assert staged.returncode == 0, staged.stdout + staged.stderr
    write_config(project, hooks_repo, rev, pass_filenames=False)
    run(["git", "add", ".pre-commit-config.yaml"], cwd=project, env=env)
    whole = pre_commit_run()
    assert whole.returncode == 1 and "WC101" in whole.stdout, whole.stdout + whole.stderr


# -- 3. the GitHub Action -------------------------------------------------------------------


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def test_action_metadata(action: dict) -> None:
    assert action["name"] and action["description"]
    inputs = action["inputs"]
    assert {k: v.get("default") for k, v in inputs.items()} == {
        "path": ".", "args": "", "version": "", "python-version": "3.11", "sarif": ""}
    assert all(v.get("description") for v in inputs.values())
    runs = action["runs"]
    assert runs["using"] == "composite"
    steps = runs["steps"]
    setup = [s for s in steps if str(s.get("uses", "")).startswith("actions/setup-python@")]
    assert [s["uses"] for s in setup] == ["actions/setup-python@v5"]
    assert setup[0]["with"]["python-version"] == "${{ inputs.python-version }}"
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash", step
            # Inputs reach scripts through env only: no ${{ }} expansion into shell code.
            assert "${{" not in step["run"], step["name"]
            syntax = subprocess.run(["bash", "-n"], input=step["run"], text=True, capture_output=True)
            assert syntax.returncode == 0, syntax.stderr
    install = next(s for s in steps if s.get("id") == "install")
    assert "GITHUB_ACTION_PATH" in install["run"] and 'wecontact==$INPUT_VERSION' in install["run"]
    assert install["env"]["INPUT_VERSION"] == "${{ inputs.version }}"
    lint = next(s for s in steps if s.get("id") == "lint")
    assert {k: lint["env"][k] for k in ("INPUT_PATH", "INPUT_ARGS", "INPUT_SARIF")} == {
        "INPUT_PATH": "${{ inputs.path }}", "INPUT_ARGS": "${{ inputs.args }}", "INPUT_SARIF": "${{ inputs.sarif }}"}
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.lint.outputs.exit-code }}"


def run_lint_step(action: dict, tmp_path: Path, cwd: Path, *, wecontact: str = "", **inputs: str) -> tuple[
        subprocess.CompletedProcess[str], str, str]:
    """The action's lint step, run locally with bash in ``cwd`` as the runner would run it in
    the workspace: returns the process, the job summary and the step's outputs file."""
    scratch = Path(tempfile.mkdtemp(dir=tmp_path, prefix="runner-"))
    script = scratch / "lint.sh"
    script.write_text(next(s for s in action["runs"]["steps"] if s.get("id") == "lint")["run"], encoding="utf-8")
    summary, outputs = scratch / "summary.md", scratch / "outputs.txt"
    summary.write_text("", encoding="utf-8")
    outputs.write_text("", encoding="utf-8")
    assert shutil.which("wecontact", path=str(VENV_BIN)), "wecontact is not installed in this environment"
    env = clean_env(GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary), GITHUB_OUTPUT=str(outputs),
                    PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
                    INPUT_PATH=inputs.get("path", "."), INPUT_ARGS=inputs.get("args", ""),
                    INPUT_SARIF=inputs.get("sarif", ""), WECONTACT=wecontact)
    result = run(["bash", script], cwd=cwd, env=env, check=False, timeout=120)
    return result, summary.read_text(encoding="utf-8"), outputs.read_text(encoding="utf-8")


def test_action_lint_step_on_a_broken_project(action: dict, tmp_path: Path) -> None:
    project = wired_example(tmp_path / "shop", broken=True)
    result, summary, outputs = run_lint_step(action, tmp_path, project, sarif="wecontact.sarif")
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1 and f"file={HELP_WXML.as_posix()},line=38" in errors[0] and "::WC201 " in errors[0]
    assert any(line.startswith("::warning ") and "WC203" in line for line in result.stdout.splitlines())
    assert "### wecontact lint `.`" in summary and "Errors found" in summary
    assert "WC201" in summary and "plugid-missing" in summary          # --statistics
    assert re.search(rf"^{re.escape(HELP_WXML.as_posix())}:38:6: error: .* \(WC201\)$", summary,
                     re.MULTILINE)                                        # every finding, concise
    assert summary.count("````") % 2 == 0
    assert outputs == "exit-code=1\n"
    sarif = json.loads((project / "wecontact.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"WC201", "WC203"}


def test_action_lint_step_on_a_clean_project_and_with_args(action: dict, tmp_path: Path) -> None:
    project = wired_example(tmp_path / "shop")
    result, summary, outputs = run_lint_step(action, tmp_path, tmp_path, path="shop")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout and "::warning" not in result.stdout
    assert "No errors." in summary and "All checks passed!" in summary and outputs == "exit-code=0\n"

    set_broken(project, True)
    result, summary, _ = run_lint_step(action, tmp_path, project,
                                       args="--ignore WC201\n  --extend-select   WC211")
    assert result.returncode == 0, result.stdout + result.stderr   # the error is ignored; warnings pass
    assert "::error" not in result.stdout and "WC203" in result.stdout
    assert "No errors." in summary and "WC203" in summary and "WC201" not in summary

    result, summary, outputs = run_lint_step(action, tmp_path, project, args="--select WC999")
    assert result.returncode == 2 and outputs == "exit-code=2\n"
    assert "could not lint" in summary and "WC999" in summary


def test_action_install_step_installs_from_the_actions_checkout(action: dict, tmp_path: Path) -> None:
    """The install step as the runner runs it for an unpinned action (version ''): wecontact
    from $GITHUB_ACTION_PATH into a private venv, whose script the lint step then uses."""
    install = next(s for s in action["runs"]["steps"] if s.get("id") == "install")
    script, outputs = tmp_path / "install.sh", tmp_path / "outputs.txt"
    script.write_text(install["run"], encoding="utf-8")
    outputs.write_text("", encoding="utf-8")
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    env = clean_env(PYTHON=sys.executable, INPUT_VERSION="", GITHUB_OUTPUT=str(outputs),
                    GITHUB_ACTION_PATH=str(copy_working_tree(tmp_path / "action-checkout")),
                    RUNNER_TEMP=str(runner_temp))
    result = run(["bash", script], cwd=tmp_path, env=env)
    assert result.stdout.strip().splitlines()[-1] == f"wecontact {__version__}"
    key, _, installed = outputs.read_text(encoding="utf-8").strip().partition("=")
    assert key == "wecontact" and Path(installed).parent.parent == runner_temp / "wecontact-venv"

    project = wired_example(tmp_path / "shop", broken=True)
    lint, _, _ = run_lint_step(action, tmp_path, project, wecontact=installed)
    assert lint.returncode == 1 and "::error " in lint.stdout, lint.stdout + lint.stderr


# -- 4. shell completion --------------------------------------------------------------------


def test_bash_completion_script_completes_commands_and_options(tmp_path: Path) -> None:
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    # Click's completion variable, not --show-completion: that one detects the shell from the
    # parent process, so the result depended on what ran the test. Typer reads the value in
    # click 7's order, "source_bash" (click 8 alone would want "bash_source"). No SHELL either.
    env = clean_env(PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("SHELL", None)
    shown = run(["wecontact"], cwd=tmp_path, env={**env, "_WECONTACT_COMPLETE": "source_bash"})
    assert "_WECONTACT_COMPLETE=complete_bash" in shown.stdout, shown.stdout
    (tmp_path / "completion.bash").write_text(shown.stdout, encoding="utf-8")
    probe = ('source completion.bash\n'
             'complete -p wecontact\n'
             'COMP_WORDS=(wecontact li); COMP_CWORD=1; _wecontact_completion wecontact; echo "${COMPREPLY[*]}"\n'
             'COMP_WORDS=(wecontact lint --stat); COMP_CWORD=2; _wecontact_completion wecontact; echo "${COMPREPLY[*]}"\n')
    completed = run(["bash", "-c", probe], cwd=tmp_path, env=env)
    lines = completed.stdout.splitlines()
    assert lines[0] == "complete -o default -F _wecontact_completion wecontact", completed.stdout
    assert lines[1:] == ["lint", "--statistics"], completed.stdout
