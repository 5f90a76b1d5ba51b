"""Real checkers from npm (WeChat's, uni-app's, Taro's), installed once per machine.

Each checker is a folder in the repository holding a ``package.json`` and its
``package-lock.json`` (and small driver scripts). ``installed(folder)`` installs its
dependencies into a cache outside the repository, keyed by a hash of those two files,
and returns the install prefix (``prefix / "node_modules"`` holds the packages).

Off CI a missing Node.js or a failed install skips the test that needs it; under
``CI=true`` it fails the run: the platform checks may never be skipped quietly.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import NoReturn, Sequence

import pytest

READY = ".wecontact-ready.json"
LOCK_FILES = ("package.json", "package-lock.json")


def on_ci() -> bool:
    """Whether the run is CI's, where nothing may be skipped."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer's machine; under CI the tools must be there, so fail."""
    if on_ci():
        pytest.fail(f"{reason} (CI=true: the platform checks may not be skipped)", pytrace=False)
    pytest.skip(reason)


def cache_root() -> Path:
    """``$WECONTACT_TEST_CACHE``, else ``$XDG_CACHE_HOME/wecontact-tests`` (``~/.cache``)."""
    explicit = os.environ.get("WECONTACT_TEST_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wecontact-tests"


def node_and_npm() -> tuple[str, str]:
    """The paths of ``node`` and ``npm``; unavailable() when either is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        unavailable("Node.js and npm are needed for the platform's own checkers "
                    f"(node: {node or 'absent'}, npm: {npm or 'absent'})")
    return node, npm


def install_key(folder: Path, name: str) -> str:
    """``name`` plus a hash of the files that pin the versions."""
    digest = hashlib.sha256()
    for lock in LOCK_FILES:
        digest.update((folder / lock).read_bytes())
    return f"{name}-{digest.hexdigest()[:12]}"


def installed(folder: Path, name: str, *, npm_args: Sequence[str] = (), subdir: str = "node") -> Path:
    """The cached install prefix of the checker in ``folder`` (installed on first use)."""
    _, npm = node_and_npm()
    target = cache_root() / subdir / install_key(folder, name)
    if not (target / READY).is_file():
        if target.exists():  # half-deleted or not ours: start again
            shutil.rmtree(target, ignore_errors=True)
        _install(npm, folder, target, npm_args)
    return target


def _clean_stale_staging(parent: Path) -> None:
    """Staging folders of runs that were killed mid-install, older than a day."""
    for stale in parent.glob(".*.staging"):
        try:
            if time.time() - stale.stat().st_mtime > 86400:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def _install(npm: str, folder: Path, target: Path, npm_args: Sequence[str]) -> None:
    """``npm ci`` into a staging folder beside ``target``, then rename it into place.

    The rename is atomic, so a concurrent run sees either no folder or a complete one;
    when two runs race, the loser drops its own copy and uses the winner's.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".staging", dir=target.parent))
    staging.chmod(0o755)
    try:
        for lock in LOCK_FILES:
            shutil.copy2(folder / lock, staging / lock)
        command = [npm, "ci", "--prefix", str(staging), "--no-audit", "--no-fund", "--loglevel=error",
                   *npm_args]
        env = dict(os.environ, npm_config_update_notifier="false")
        try:
            proc = subprocess.run(command, cwd=staging, env=env, capture_output=True, text=True,
                                  timeout=900, check=False)
        except subprocess.TimeoutExpired:
            unavailable(f"`{' '.join(command)}` took more than 15 minutes")
        if proc.returncode != 0:
            head = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[:12])  # npm's summary
            unavailable(f"could not install {folder.name}'s checkers with `{' '.join(command)}` "
                        f"(exit {proc.returncode}):\n{head}")
        (staging / READY).write_text(json.dumps({"key": target.name, "installed": time.time()}) + "\n",
                                     encoding="utf-8")
        try:
            os.rename(staging, target)
        except OSError:
            if not (target / READY).is_file():
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def run_node(script: Path, *args: str, prefix: Path, timeout: int = 300,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run a driver script with ``prefix``'s node_modules on NODE_PATH."""
    node, _ = node_and_npm()
    env = dict(os.environ, NODE_PATH=str(prefix / "node_modules"))
    return subprocess.run([node, str(script), *args], capture_output=True, text=True, input=stdin,
                          env=env, timeout=timeout, check=False)
