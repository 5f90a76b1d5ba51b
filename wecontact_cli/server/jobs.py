"""Lint work, queued per project and done one job at a time off the protocol's thread.

Edits arrive faster than a whole project can be linted: they are merged per project (a
whole pass swallows the edits queued behind it) and done in one worker thread, so hover
and completion are answered while a pass runs. Each job reads one snapshot of the open
documents, and its results are published in the protocol's thread.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from wecontact_cli.records import field, record
from wecontact_cli.server.diagnostics import Published, publish
from wecontact_cli.server.documents import Snapshot
from wecontact_cli.server.linting import ProjectLint


@record
class Work:
    """What one project has to do: a whole pass, re-listing its units, or some files."""

    full: bool = False
    relist: bool = False
    paths: set[Path] = field(default_factory=set)


def run(project: ProjectLint, work: Work, snapshot: Snapshot) -> set[Path]:
    """Do a project's work under the snapshot; the files whose diagnostics may change."""
    with snapshot.overlay():
        if work.full or project.session is None:
            return project.lint_all()
        changed: set[Path] = set()
        if work.relist:
            changed |= project.relist()
        for path in sorted(work.paths):
            role = project.role(path)
            if role == "project":
                return changed | project.lint_all()
            if role == "unit":
                changed |= project.lint_file(path)
        return changed


@record(frozen=True)
class Done:
    """A job's result: what to publish, and the project (which may be gone)."""

    project: ProjectLint
    published: list[Published]


class Jobs:
    """The queue of lint work and the one thread that does it."""

    def __init__(self, snapshot: Callable[[], Snapshot], encoding: Callable[[], str],
                 deliver: Callable[[Done], None], failed: Callable[[str, BaseException], None]) -> None:
        self._snapshot, self._encoding, self._deliver, self._failed = snapshot, encoding, deliver, failed
        self._pending: dict[Path, tuple[ProjectLint, Work]] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wecontact-lint")
        self._task: asyncio.Task[None] | None = None

    def add(self, project: ProjectLint, *, full: bool = False, relist: bool = False,
            path: Path | None = None) -> None:
        """Queue work for a project (merged with what is queued for it already)."""
        _, work = self._pending.setdefault(project.root, (project, Work()))
        work.full = work.full or full
        work.relist = work.relist or relist
        if path is not None:
            work.paths.add(path)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._drain())

    async def idle(self) -> None:
        """Wait until every queued job is done."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def close(self) -> None:
        """Stop the worker thread (the job running, if any, finishes first)."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending:
            root = next(iter(self._pending))
            project, work = self._pending.pop(root)
            snapshot, encoding = self._snapshot(), self._encoding()
            try:
                done = await loop.run_in_executor(self._executor, _job, project, work, snapshot, encoding)
            except Exception as error:  # one failing job never stops the queue (or the server)
                self._failed(str(root), error)
                continue
            self._deliver(done)


def _job(project: ProjectLint, work: Work, snapshot: Snapshot, encoding: str) -> Done:
    """In the worker thread: lint, then put the changed files' diagnostics in LSP form."""
    changed = run(project, work, snapshot)
    published = [publish(project.report(path), project.root, snapshot.version(path), encoding, snapshot.text(path))
                 for path in sorted(changed)]
    return Done(project, published)
