"""Inline suppressions in WXML: ``<!-- wecontact-disable-next-line WC203 -- reason -->``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from wecontact_cli.lint.messages import msg
from wecontact_cli.lint.model import Diagnostic, Finding, Rule
from wecontact_cli.syntax.wxml import WxmlDocument

DIRECTIVE = "wecontact-disable-next-line"
_CODE = re.compile(r"[A-Z]{2}\d{3}")

RULES = (
    Rule("WC900", "unused-suppression", "warning",
         "A wecontact-disable-next-line comment that suppresses nothing, or names an unknown code.",
         "A stale suppression hides the next real problem on that line; an unknown code suppresses nothing.",
         "Delete the comment, or correct its codes.",
         '<!-- wecontact-disable-next-line WC203 -- legacy -->\n<cell plugid="a1b2c3d4" />',
         '<!-- wecontact-disable-next-line WC203 -- kept for the old plugin -->\n'
         '<cell plugid="a1b2c3d4" plugId="x" />'),
)


@dataclass
class Suppression:
    """One directive: the line it covers, its codes (empty: every code), where it is written."""

    line: int
    codes: tuple[str, ...]
    start: int
    end: int
    used: bool = False
    malformed: bool = False
    """Names an unknown code: reported once as such, and it silences only the codes it names."""

    def covers(self, diagnostic: Diagnostic) -> bool:
        """Whether the directive silences this diagnostic."""
        return diagnostic.line == self.line and (not self.codes or diagnostic.code in self.codes)


def parse_suppressions(doc: WxmlDocument, path: Path, known: set[str]) -> tuple[list[Suppression], list[Finding]]:
    """The directives of a WXML document, and findings for malformed ones."""
    found: list[Suppression] = []
    problems: list[Finding] = []
    for comment in doc.iter_comments():
        body = comment.text.strip()
        if not body.startswith(DIRECTIVE):
            continue
        spec = body[len(DIRECTIVE):].split("--", 1)[0]
        tokens = [t for t in re.split(r"[\s,]+", spec) if t]
        start, end = comment.start.offset, comment.end.offset
        bad = [t for t in tokens if not _CODE.fullmatch(t) or t not in known]
        if bad:
            message = (msg("suppress.unknown_codes", codes=", ".join(bad), directive=DIRECTIVE) if len(bad) > 1
                       else msg("suppress.unknown_code", codes=bad[0], directive=DIRECTIVE))
            problems.append(Finding("WC900", message, path, start, end))
        found.append(Suppression(comment.end.line + 1, tuple(tokens), start, end, malformed=bool(bad)))
    return found, problems


def unused(suppressions: list[Suppression], path: Path, enabled: set[str]) -> Iterator[Finding]:
    """Directives that silenced nothing (codes that are not enabled do not count against them)."""
    for item in suppressions:
        if not item.used and not item.malformed and all(code in enabled for code in item.codes):
            what = ", ".join(item.codes) or msg("suppress.any_problem")
            yield Finding("WC900", msg("suppress.unused", directive=DIRECTIVE, what=what, line=item.line),
                          path, item.start, item.end)
