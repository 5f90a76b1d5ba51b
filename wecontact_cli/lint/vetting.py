"""Which of a cell's proposed fixes are safe, so that ``lint --fix`` never makes things worse.

A fix is refused when it renames an attribute onto one the cell already has, when another
fix of the same pass renames onto the same target, or when the cell it would leave has
more findings of some code than before (the framework re-reads the edited start tag and
every cell check runs on it). Fixes are taken in order, each on top of those accepted; a
refused fix leaves its diagnostic, which then says why it was not fixed.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.model import AttrUse, CellUse, Unit
from wecontact_cli.records import replace

CellCheck = Callable[[CellUse, Unit, LintContext], Iterable[Finding]]
NOT_A_PROBLEM = frozenset({"WC211"})
"""Codes that say "cannot check", not "wrong": a fix may reveal them (a renamed attribute
whose value is a {{ }} expression)."""


def vet(cell: CellUse, findings: list[Finding], unit: Unit, ctx: LintContext,
        checks: list[CellCheck], baseline: list[Finding] | None = None) -> list[Finding]:
    """The findings, each fix kept or replaced by the reason it is not applied. ``baseline``:
    what ``checks`` find on the cell, when the caller has it already (every cell check
    selected: ``findings`` themselves), so that they are not run twice."""
    if not any(f.fix is not None for f in findings):
        return findings
    return list(_Vetting(cell, findings, unit, ctx, checks, baseline).vetted())


def _target(attr: AttrUse, new: str) -> tuple[str, str]:
    """What an attribute would set once its name part is ``new``."""
    if attr.role == "event":
        return (attr.binding, new)
    return ("property", plugin.property_of(new) or new)


class _Vetting:
    def __init__(self, cell: CellUse, findings: list[Finding], unit: Unit, ctx: LintContext,
                 checks: list[CellCheck], baseline: list[Finding] | None):
        self.cell, self.findings, self.unit, self.ctx, self.checks = cell, findings, unit, ctx, checks
        # The baseline comes from every cell check, as the comparison does, whatever is selected.
        self.before_findings = baseline if baseline is not None else \
            [f for check in checks for f in check(cell, unit, ctx)]
        self.before = _problems(self.before_findings)
        self.accepted: list[TextEdit] = []
        self.renames = {id(f): r for f in findings if (r := self.rename(f)) is not None}

    def vetted(self) -> Iterator[Finding]:
        for finding in self.findings:
            if finding.fix is None or finding.fix.path is not None:
                yield finding
                continue
            reason = self.collision(finding) or self.new_problem(finding.fix.edits)
            if reason is None:
                self.accepted.extend(finding.fix.edits)
                yield finding
            else:
                yield replace(finding, fix=None, message=msg("cell.fix_refused", message=finding.message, reason=reason))

    def rename(self, finding: Finding) -> tuple[AttrUse, str] | None:
        """(attribute, new name) when the finding's fix renames an attribute."""
        for edit in finding.fix.edits if finding.fix is not None else ():
            for attr in self.cell.attrs:
                if (edit.start, edit.end) == (attr.name_span.start, attr.name_span.end):
                    return attr, attr.part_of(edit.text)
        return None

    def collision(self, finding: Finding) -> Message | None:
        """Why a rename would make a duplicate: an attribute that exists, or another rename."""
        rename = self.renames.get(id(finding))
        if rename is None:
            return None
        attr, new = rename
        target = _target(attr, new)
        for other in self.cell.attrs:
            if other is not attr and other.role in ("property", "event") and other.key == target:
                return msg("cell.fix_would_repeat", new=attr.renamed(new), other=other.written,
                           line=self.ctx.line(other.name_span, self.unit))
        for other_attr, other_new in self.renames.values():
            if other_attr is not attr and _target(other_attr, other_new) == target:
                return msg("cell.fix_both_renamed", new=attr.renamed(new), other=other_attr.written,
                           line=self.ctx.line(other_attr.name_span, self.unit))
        return None

    def new_problem(self, edits: tuple[TextEdit, ...]) -> Message | None:
        """The first problem the edited cell would have that the cell does not have now."""
        edited = self.unit.reread_cell(self.cell, [*self.accepted, *edits])
        if edited is None:
            return msg("cell.fix_overlaps")  # two fixes on one span: never guess an order
        after = [f for check in self.checks for f in check(edited, self.unit, self.ctx)]
        counts = _problems(after)
        grown = {code for code, count in counts.items() if count > self.before[code]}
        known = Counter((f.code, repr(f.message)) for f in self.before_findings)
        for finding in after:  # the finding the cell does not have now, not one it had before
            if finding.code in grown:
                key = (finding.code, repr(finding.message))
                if known[key]:
                    known[key] -= 1
                    continue
                return msg("cell.fix_new_problem", problem=finding.message, code=finding.code)
        return None


def _problems(findings: list[Finding]) -> Counter[str]:
    return Counter(f.code for f in findings if f.code not in NOT_A_PROBLEM)
