"""Inline suppressions: ``wecontact-disable-next-line WC203 -- reason`` in a comment.

Each framework finds the comments in its own syntax (``<!-- -->`` in WXML and Vue templates,
``//`` in JSON with comments, ``{/* */}`` in JSX); what a directive says is read here, once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from wecontact_cli.lint.model import Diagnostic, Finding
from wecontact_cli.lint.rules.suppressions.wc900_unused_suppression import DIRECTIVE, silenced_nothing, unknown_codes
from wecontact_cli.model import Comment, Span
from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern

_CODE = LazyPattern(r"[A-Z]{2}\d{3}")


@record
class Suppression:
    """One directive: the line it covers, its codes (empty: every code), where it is written."""

    path: Path
    line: int
    codes: tuple[str, ...]
    span: Span
    used: bool = False
    malformed: bool = False
    """Names an unknown code: reported once as such, and it silences only the codes it names."""

    def covers(self, path: Path, diagnostic: Diagnostic) -> bool:
        """Whether the directive silences this diagnostic of the file at ``path``."""
        return (path == self.path and diagnostic.line == self.line
                and (not self.codes or diagnostic.code in self.codes))


def parse_suppressions(comments: Iterable[Comment], known: set[str]) -> tuple[list[Suppression], list[Finding]]:
    """The directives among ``comments``, and findings for malformed ones."""
    found: list[Suppression] = []
    problems: list[Finding] = []
    for comment in comments:
        body = comment.text.strip()
        if not body.startswith(DIRECTIVE):
            continue
        spec = body[len(DIRECTIVE):].split("--", 1)[0]
        tokens = [t for t in re.split(r"[\s,]+", spec) if t]
        bad = [t for t in tokens if not _CODE.fullmatch(t) or t not in known]
        if bad:
            problems.append(unknown_codes(bad, comment.span))
        found.append(Suppression(comment.path, comment.end_line + 1, tuple(tokens), comment.span, malformed=bool(bad)))
    return found, problems


def unused(suppressions: list[Suppression], enabled: set[str]) -> Iterator[Finding]:
    """Directives that silenced nothing (codes that are not enabled do not count against them)."""
    for item in suppressions:
        if not item.used and not item.malformed and all(code in enabled for code in item.codes):
            yield silenced_nothing(item.codes, item.line, item.span)
