"""Planned changes to files: edits are data, shown as diffs, applied atomically in one place.

Nothing else in wecontact writes a file. A command plans a ``Changeset`` first; showing
it (``--dry-run``, ``--diff``) and applying it are separate steps, so an error found while
planning leaves every file as it was. Applying holds the project's write lock, refuses a
file that changed since it was read, a read-only file and any path outside the project,
and orders its renames so that a crash between two of them leaves a valid project.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from wecontact_cli.errors import display_path
from wecontact_cli.i18n.message import Message
from wecontact_cli.records import field, record

if TYPE_CHECKING:
    from wecontact_cli.edits.writing import Batch, Step

# Writing (edits/writing.py, edits/lock.py) is imported by what writes: a lint, which only
# plans fixes (TextEdit), then starts 1 ms sooner, before it reads its first page.


@record(frozen=True, order=True)
class TextEdit:
    """Replace the characters ``[start, end)`` of a text with ``text`` (an insertion if equal)."""

    start: int
    end: int
    text: str


def apply_edits(text: str, edits: list[TextEdit] | tuple[TextEdit, ...]) -> str:
    """The text with all edits applied; they must not overlap."""
    result: list[str] = []
    cursor = 0
    for edit in sorted(edits):
        if edit.start < cursor or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {edit}")
        result.append(text[cursor : edit.start])
        result.append(edit.text)
        cursor = edit.end
    result.append(text[cursor:])
    return "".join(result)


@record(frozen=True)
class FileChange:
    """The whole new content of one file; ``before`` is None for a file to create."""

    path: Path
    before: bytes | None
    after: bytes
    summary: "str | Message" = ""

    @property
    def changed(self) -> bool:
        """Whether applying this change would alter the file system."""
        return self.before != self.after

    def diff(self, base: Path) -> str:
        """A unified diff, git style (``a/`` and ``b/`` paths relative to ``base``)."""
        if not self.changed:
            return ""
        name = display_path(self.path, base)
        if os.path.isabs(name):  # outside base (another project of a lint run): relative all the same
            name = Path(os.path.relpath(self.path, base)).as_posix()
        old = _lines(self.before or b"")
        new = _lines(self.after)
        fromfile = "/dev/null" if self.before is None else f"a/{name}"
        out = []
        import difflib  # here, not at start-up: only a suggestion or a diff needs it
        for line in difflib.unified_diff(old, new, fromfile, f"b/{name}", lineterm="\n"):
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def _lines(data: bytes) -> list[str]:
    # Only "\n" ends a line in a patch; splitlines() would also break at U+2028, \x0c ...
    text = data.decode("utf-8", errors="replace")
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]



@record(frozen=True)
class _Node:
    """A step with what orders it when nothing else does: rank (0 interim content, 1 a
    created file, 2 an edited one), then the planner's order (seq)."""

    step: Step
    rank: int
    seq: int


_Group = tuple["Path | None", list[_Node]]
"""Nodes installed by one rename: the files of a new folder, or a single step (None)."""


@record
class Changeset:
    """Every file change a command plans for one project, plus what to tell the user.

    ``apply`` writes only inside ``root``. It renames files one by one, so a crash (kill -9,
    power loss) can stop it between two renames: the order makes every such prefix a valid
    project. By default created files land before edited ones (a new page before the route
    that registers it); a planner states more with ``order`` (a declaration before its use)
    and ``interim`` (a file written twice: its declarations first, its references last).
    """

    root: Path
    """The project folder: nothing outside it is written."""
    changes: list[FileChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _seq: dict[Path, int] = field(default_factory=dict, repr=False)
    _interim: dict[Path, bytes] = field(default_factory=dict, repr=False)
    _after: set[tuple[Path, Path]] = field(default_factory=set, repr=False)

    def add(self, change: FileChange, *, interim: bytes | None = None) -> None:
        """Plan a change; one change per file (a planner gathers its edits first).

        ``interim`` is content the file gets before any other change of the set lands; its
        final content lands afterwards, in the usual order.
        """
        if change.path in self._seq:
            raise ValueError(f"{change.path} is already part of this changeset")
        self._seq[change.path] = len(self._seq)
        if interim is not None and interim not in (change.before, change.after):
            self._interim[change.path] = interim
        self.changes.append(change)

    def order(self, first: Iterable[Path], then: Iterable[Path]) -> None:
        """Every change of ``then`` lands after every change of ``first`` (for crash safety)."""
        later = list(then)
        self._after.update((a, b) for a in first for b in later if a != b)

    @property
    def pending(self) -> list[FileChange]:
        """The changes that would alter a file."""
        return [c for c in self.changes if c.changed]

    def diff(self, base: Path) -> str:
        """The unified diff of every pending change."""
        return "".join(c.diff(base) for c in self.pending)

    def batches(self, new_folder: Callable[[Path], Path | None] = lambda path: None) -> list[Batch]:
        """The renames of ``apply`` in an order where every prefix is a valid project.

        Files created in a folder that does not exist yet (``new_folder`` names it) are
        installed together, by renaming the whole folder into place.
        """
        from wecontact_cli.edits.writing import Batch

        nodes = self._nodes()
        edges = self._edges(nodes)
        groups: dict[Path, list[_Node]] = {}
        shared: set[Path] = set()  # also holds a file written twice: created step by step
        for node in nodes:
            folder = new_folder(node.step.path)
            if folder is not None:
                groups.setdefault(folder, []).append(node)
                if node.rank != 1:
                    shared.add(folder)
        for folder in shared:
            del groups[folder]
        grouped = {id(n) for members in groups.values() for n in members}
        singles: list[_Group] = [(None, [n]) for n in nodes]
        try:
            ordered = _topological([*groups.items(), *(g for g in singles if id(g[1][0]) not in grouped)], edges)
        except ValueError:  # a stated order runs through a new folder: its files one by one
            ordered = _topological(singles, edges)
        return [Batch(folder, tuple(n.step for n in members)) for folder, members in ordered]

    def _nodes(self) -> list[_Node]:
        from wecontact_cli.edits.writing import Step

        nodes: list[_Node] = []
        for change in self.pending:
            seq = self._seq[change.path]
            interim = self._interim.get(change.path)
            if interim is not None:
                nodes.append(_Node(Step(change.path, interim, change.before), 0, seq))
            previous = change.before if interim is None else interim
            nodes.append(_Node(Step(change.path, change.after, previous), 1 if previous is None else 2, seq))
        return nodes

    def _edges(self, nodes: list[_Node]) -> list[tuple[_Node, _Node]]:
        """(a, b): a lands before b. Interim contents first, then the stated order."""
        finals = {n.step.path: n for n in nodes if n.rank}
        interims = sorted((n for n in nodes if not n.rank), key=lambda n: n.seq)
        edges = list(zip(interims, interims[1:]))
        edges += [(i, f) for i in interims for f in finals.values()]
        edges += [(finals[a], finals[b]) for a, b in self._after if a in finals and b in finals]
        return edges

    def apply(self) -> None:
        """Write every pending change, or nothing: checks and temp files first, then renames."""
        pending = self.pending
        if not pending:
            return
        from wecontact_cli.edits import writing
        from wecontact_cli.edits.lock import project_lock

        with project_lock(self.root) as locked:
            targets = {c.path: writing.preflight(c.path, c.before, self.root) for c in pending}
            writing.remove_stale_temps({writing.existing_folder(t) for t in targets.values()}, locked)
            batches = self.batches(lambda path: writing.new_folder(targets[path]))
            writing.write(batches, targets, self.root)


def _topological(groups: list[_Group], edges: list[tuple[_Node, _Node]]) -> list[_Group]:
    """The groups in an order that respects ``edges``; among the free ones, the first node's
    (rank, seq) decides. A cycle is a ValueError."""
    import heapq

    where = {id(n): i for i, (_, members) in enumerate(groups) for n in members}
    later: list[set[int]] = [set() for _ in groups]
    for a, b in edges:
        first, then = where[id(a)], where[id(b)]
        if first != then:
            later[first].add(then)
    waiting = [0] * len(groups)
    for targets in later:
        for then in targets:
            waiting[then] += 1
    keys = [min((n.rank, n.seq) for n in members) for _, members in groups]
    free = [(keys[i], i) for i in range(len(groups)) if not waiting[i]]
    heapq.heapify(free)
    ordered: list[_Group] = []
    while free:
        _, index = heapq.heappop(free)
        ordered.append(groups[index])
        for then in later[index]:
            waiting[then] -= 1
            if not waiting[then]:
                heapq.heappush(free, (keys[then], then))
    if len(ordered) < len(groups):
        raise ValueError("the planned write order has a cycle")
    return ordered
