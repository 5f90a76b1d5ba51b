"""``.gitignore`` patterns, so that walking a repository skips what git itself ignores.

Implements git's pattern rules that matter for finding projects and pages: comments and
blank lines, ``!`` negation (the last matching pattern decides), a trailing ``/`` (folders
only), a leading or inner ``/`` (anchored to the .gitignore's folder), ``*``, ``?``,
``[...]`` and ``**``, and nested .gitignore files that apply below their own folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from wecontact_cli.records import record
from wecontact_cli.syntax.patterns import compile_pattern

MAX_BYTES = 1024 * 1024


@record(frozen=True)
class Pattern:
    """One line of a .gitignore, compiled."""

    regex: re.Pattern[str]
    negated: bool
    folders_only: bool


def _translate(glob: str) -> str:
    """A git glob (no leading/trailing slash handling) as a regular expression body."""
    out: list[str] = []
    i = 0
    while i < len(glob):
        char = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if glob.startswith("/**", i) and i + 3 == len(glob):
            out.append("/.*")
            i += 3
            continue
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = glob.find("]", i + 2)
            if end < 0:
                out.append(re.escape(char))
            else:
                body = glob[i + 1:end].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = end
        elif char == "\\" and i + 1 < len(glob):
            i += 1
            out.append(re.escape(glob[i]))
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def compile_line(line: str) -> Pattern | None:
    """One .gitignore line as a pattern (None for a comment or a blank line)."""
    line = line.rstrip("\n").rstrip("\r")
    if not line.strip() or line.startswith("#"):
        return None
    if not line.endswith("\\ "):
        line = line.rstrip(" ")
    negated = line.startswith("!")
    if negated or line.startswith("\\!") or line.startswith("\\#"):
        line = line[1:]
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    body = _translate(line.lstrip("/"))
    regex = compile_pattern(("" if anchored else "(?:.*/)?") + body + "$", re.DOTALL)
    return Pattern(regex, negated, folders_only)


@record(frozen=True)
class IgnoreFile:
    """The patterns of one .gitignore, applying below ``base``."""

    base: Path
    patterns: tuple[Pattern, ...]

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True (ignored), False (re-included by a ``!`` pattern) or None (no pattern matches)."""
        try:
            rel = path.relative_to(self.base).as_posix()
        except ValueError:
            return None
        result: bool | None = None
        for pattern in self.patterns:
            if pattern.folders_only and not is_dir:
                continue
            if pattern.regex.match(rel):
                result = not pattern.negated
        return result


def load(folder: Path) -> IgnoreFile | None:
    """``folder/.gitignore``, compiled; None when there is none (or it cannot be read)."""
    path = folder / ".gitignore"
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    patterns = tuple(p for p in map(compile_line, text.splitlines()) if p is not None)
    return IgnoreFile(folder, patterns) if patterns else None


def ignored(path: Path, is_dir: bool, files: list[IgnoreFile]) -> bool:
    """Whether ``path`` is ignored by the .gitignore files in force (outermost first)."""
    result = False
    for ignore_file in files:
        verdict = ignore_file.verdict(path, is_dir)
        if verdict is not None:
            result = verdict
    return result
