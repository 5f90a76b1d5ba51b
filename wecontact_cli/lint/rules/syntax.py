"""WC001 json-syntax, WC002 wxml-syntax and WC003 duplicate-key: files as the WeChat build reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from wecontact_cli.syntax.jsontext import line_col, walk
from wecontact_cli.lint.context import LoadError, ProjectFacts, UnitContext
from wecontact_cli.lint.messages import msg, parse_message
from wecontact_cli.lint.model import Finding, Rule
from wecontact_cli.frameworks.native.app import a_type
from wecontact_cli.text.source import JsonFile

RULES = (
    Rule(
        "WC001", "json-syntax", "error",
        "A native .json file (app.json, a page's or component's .json) is not strict JSON, "
        "or holds a value of a type WeChat does not accept.",
        "WeChat DevTools refuses to build a project whose app.json or page .json does not parse; "
        "comments and trailing commas, fine in many editors, are build errors here. A value of "
        "the wrong type (a usingComponents path that is a number, \"pages\" that is not a list "
        "of strings) fails the build too.",
        "Make the file strict JSON: double-quoted keys and strings, no comments, no trailing commas; "
        "give every value the type the message names.",
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
    Rule(
        "WC003", "duplicate-key", "warning",
        "An object in app.json or a page's .json repeats a key: WeChat reads only the last one.",
        "WeChat reads these files with JSON.parse, which keeps the last of repeated keys and drops "
        "the others without a word. The one people read first is often not the one the build "
        "uses: a second \"plugins\" or a repeated alias or usingComponents tag silently replaces "
        "the declaration or component that looks right.",
        "Keep one member per key: merge the two, or delete the one WeChat ignores (the message "
        "gives the line of the value it reads).",
        '{\n  "usingComponents": {\n    "cell": "plugin://contactPlugin/cell",\n'
        '    "cell": "/components/cell/cell"\n  }\n}\n',
        '{\n  "usingComponents": {\n    "cell": "plugin://contactPlugin/cell",\n'
        '    "card": "/components/cell/cell"\n  }\n}\n',
    ),
)


def load_error(code: str, path: Path, error: LoadError) -> Finding:
    """A finding for a file that could not be read or parsed."""
    offset = error.offset or 0
    return Finding(code, parse_message(error.message), path, offset, offset + 1, line=error.line, column=error.column)


def duplicate_keys(file: JsonFile) -> Iterator[Finding]:
    """WC003 at every member JSON.parse drops, naming the line of the one it keeps."""
    if file.root.start < 0:
        return  # read by json.loads without spans, which it does only for a file without repeats
    text = file.source.text
    for node in walk(file.root):
        for shadowed in node.duplicates:
            kept = node.member(shadowed.key)
            line = line_col(text, kept.value.start)[0] if kept is not None else 0
            yield Finding("WC003", msg("json.duplicate_key", key=shadowed.key, line=line), file.path,
                          shadowed.key_start, shadowed.key_end)


def component_types(file: JsonFile) -> Iterator[Finding]:
    """WC001 at every usingComponents value that is not a string (WeChat wants a path)."""
    node = file.root.get("usingComponents") if file.root.kind == "object" else None
    if node is None or node.kind != "object":
        return
    for member in node.members:
        if member.value.kind != "string":
            message = msg("project.component_not_string", tag=member.key, type=a_type(member.value.type_name))
            yield Finding("WC001", message, file.path, member.value.start, member.value.end)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """Parse problems of a unit's .json and .wxml, and what WeChat's JSON.parse reads there."""
    unit = ctx.unit
    if ctx.json_error is not None and unit.json_path is not None:
        yield load_error("WC001", unit.json_path, ctx.json_error)
    if ctx.json is not None:
        yield from duplicate_keys(ctx.json)
        yield from component_types(ctx.json)
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
    if facts.project is not None:
        yield from duplicate_keys(facts.project.app)
        yield from component_types(facts.project.app)
