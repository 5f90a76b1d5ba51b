"""The ``sarif`` format: a SARIF 2.1.0 log (GitHub code scanning, VS Code's SARIF viewer).

One run. ``tool.driver.rules`` lists every rule in ``ctx.rules`` (sorted by code, so a
clean run still describes what was checked), plus a bare descriptor (texts from the
diagnostic's name) for any code the context has no Rule for; ``ruleIndex`` points into
that list. Columns are Unicode code points (``columnKind``), end columns exclusive, as
in the diagnostics. Artifact URIs are the diagnostics' relative POSIX paths, percent-encoded, against
``%SRCROOT%`` (the project root). A fix becomes ``fixes[].artifactChanges`` with one
replacement per edit (``deletedRegion`` + ``insertedContent``); it is left out when the
file's text was not given, since its offsets could not be placed.
"""

from __future__ import annotations

import json
import re
from typing import Any, Sequence
from urllib.parse import quote

from wecontact_cli.lint.model import Diagnostic, Fix, Rule, Severity

from .context import ReportContext
from ._common import line_col

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/wecontact/wecontact"
SRCROOT = "%SRCROOT%"
LEVEL: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """The diagnostics as a SARIF 2.1.0 log (UTF-8 JSON, 2-space indent)."""
    rules = _rules(diagnostics, ctx)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    run = {
        "tool": {"driver": {
            "name": "wecontact",
            "version": ctx.tool_version,
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, index[d.code], ctx) for d in diagnostics],
        "properties": {"filesChecked": ctx.files_checked},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rules(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> list[dict[str, Any]]:
    known = [_descriptor(ctx.rules[code]) for code in sorted(ctx.rules)]
    unknown = {d.code: d for d in diagnostics if d.code not in ctx.rules}
    return known + [_bare_descriptor(d) for _, d in sorted(unknown.items())]


def _bare_descriptor(d: Diagnostic) -> dict[str, Any]:
    """A descriptor for a code the context has no Rule for: the texts code scanning needs."""
    return {
        "id": d.code,
        "name": d.name,
        "shortDescription": {"text": d.name},
        "fullDescription": {"text": d.name},
        "help": {"text": f"See `wecontact rule {d.code}`."},
        "defaultConfiguration": {"level": LEVEL[d.severity]},
    }


def _descriptor(rule: Rule) -> dict[str, Any]:
    """A reportingDescriptor: the rule's documentation as code scanning shows it."""
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.text("summary", "en")},
        "fullDescription": {"text": rule.text("why", "en") or rule.text("summary", "en")},
        "help": {"text": rule.text("fix", "en"), "markdown": _help_markdown(rule)},
        "defaultConfiguration": {
            "level": LEVEL[rule.severity],
            "enabled": rule.enabled_by_default,
        },
        "properties": {"fixable": rule.fixable},
    }
    if rule.text("note", "en"):
        descriptor["properties"]["note"] = rule.text("note", "en")
    return descriptor


def _help_markdown(rule: Rule) -> str:
    parts = [rule.text("fix", "en")]
    for title, code in (("Bad", rule.bad.text), ("Good", rule.good.text)):
        if code:
            fence = "`" * max(3, _longest_backtick_run(code) + 1)
            parts.append(f"{title}:\n\n{fence}\n{code.rstrip()}\n{fence}")
    return "\n\n".join(part for part in parts if part)


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall("`+", text)), default=0)


def _artifact(path: str) -> dict[str, str]:
    # quote() also encodes ':' so a path like "a:b.js" is not read as a URI scheme
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def _result(d: Diagnostic, rule_index: int, ctx: ReportContext) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(d.path),
            "region": {
                "startLine": d.line,
                "startColumn": d.column,
                "endLine": d.end_line,
                "endColumn": d.end_column,
            },
        }}],
    }
    target = d.fix.path.as_posix() if d.fix is not None and d.fix.path is not None else d.path
    source = ctx.sources.get(target)
    if d.fix is not None and d.fix.edits and source is not None:
        result["fixes"] = [_fix(target, d.fix, source)]
    return result


def _fix(path: str, fix: Fix, source: str) -> dict[str, Any]:
    replacements = []
    for edit in fix.edits:
        start_line, start_column = line_col(source, edit.start)
        end_line, end_column = line_col(source, edit.end)
        replacements.append({
            "deletedRegion": {
                "startLine": start_line,
                "startColumn": start_column,
                "endLine": end_line,
                "endColumn": end_column,
            },
            "insertedContent": {"text": edit.text},
        })
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": _artifact(path), "replacements": replacements}],
    }
