"""WC001 json-syntax and WC002 wxml-syntax: files the WeChat build cannot read."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from wecontact_cli.lint.context import LoadError, ProjectFacts, UnitContext
from wecontact_cli.lint.messages import parse_message
from wecontact_cli.lint.model import Finding, Rule

RULES = (
    Rule(
        "WC001", "json-syntax", "error",
        "A native .json file (app.json, a page's or component's .json) is not strict JSON.",
        "WeChat DevTools refuses to build a project whose app.json or page .json does not parse; "
        "comments and trailing commas, fine in many editors, are build errors here.",
        "Make the file strict JSON: double-quoted keys and strings, no comments, no trailing commas.",
        '{\n  // contact page\n  "usingComponents": {"cell": "plugin://contactPlugin/cell",}\n}\n',
        '{\n  "usingComponents": {"cell": "plugin://contactPlugin/cell"}\n}\n',
    ),
    Rule(
        "WC002", "wxml-syntax", "error",
        "A .wxml file cannot be parsed: unclosed or mismatched tags, unquoted attributes, stray '<'.",
        "wcc, WeChat's WXML compiler, stops at the first such error and the page does not build; "
        "a cell inside broken markup cannot be checked either.",
        "Close every tag (or self-close it: <cell ... />) and quote every attribute value.",
        '<view>\n  <cell plugid="a1b2c3">\n</view>\n',
        '<view>\n  <cell plugid="a1b2c3" />\n</view>\n',
    ),
)


def load_error(code: str, path: Path, error: LoadError) -> Finding:
    """A finding for a file that could not be read or parsed."""
    offset = error.offset or 0
    return Finding(code, parse_message(error.message), path, offset, offset + 1, line=error.line, column=error.column)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """Parse problems of a unit's .json and .wxml."""
    unit = ctx.unit
    if ctx.json_error is not None and unit.json_path is not None:
        yield load_error("WC001", unit.json_path, ctx.json_error)
    if ctx.wxml_error is not None and unit.wxml_path is not None:
        yield load_error("WC002", unit.wxml_path, ctx.wxml_error)
    if ctx.wxml is not None and unit.wxml_path is not None:
        for problem in ctx.wxml.problems:
            offset = problem.start.offset
            yield Finding("WC002", parse_message(problem.message), unit.wxml_path, offset, offset + 1)


def check_project(facts: ProjectFacts, used: set[str] | None) -> Iterator[Finding]:
    """A broken app.json (the rest of the project can still be checked file by file)."""
    if facts.app_error is not None:
        yield load_error("WC001", facts.paths.app_json, facts.app_error)
