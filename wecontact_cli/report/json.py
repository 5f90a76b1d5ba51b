"""The ``json`` format: a JSON array with one object per diagnostic, in report order.

Schema (rows and columns are 1-based; an end column is exclusive; columns count Unicode
characters, not bytes; a tab is one column)::

    [
      {
        "code": "WC201",                  // the rule's code
        "name": "contact-open-type",      // the rule's name
        "severity": "error",              // "error" | "warning" | "info" (after config)
        "message": "...",                 // what is wrong here
        "filename": "pages/a/a.wxml",     // relative to the project root, POSIX separators
        "location": {"row": 3, "column": 5},        // where the problem starts
        "end_location": {"row": 3, "column": 12},   // where it ends (exclusive)
        "fix": null | {                   // null when --fix cannot correct it
          "message": "...",               // what the fix does
          "filename": "pages/a/a.wxml",   // the file the edits apply to (usually the same)
          "edits": [                      // non-overlapping, in that file
            {
              "location": {"row": 1, "column": 2},      // start of the replaced text
              "end_location": {"row": 1, "column": 2},  // its end; equal: an insertion
              "content": "..."                          // the new text ("" deletes)
            }
          ]
        },
        "url": null                       // reserved for a rule documentation page
      }
    ]

An edit's ``location`` and ``end_location`` are ``null`` only when the reporter was not
given the file's text (never in a wecontact run). No diagnostics give ``[]``. The output
is UTF-8 (non-ASCII text is not escaped), indented by 2 spaces, with a final newline.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from wecontact_cli.edits import TextEdit
from wecontact_cli.lint.model import Diagnostic, Fix
from wecontact_cli.records import asdict

from .context import ReportContext, StatisticsRow
from ._common import line_col


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """The diagnostics as a JSON array (see the module docstring for the schema)."""
    records = [to_record(d, ctx) for d in diagnostics]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def render_statistics(rows: Sequence[StatisticsRow]) -> str:
    """``--statistics -f json``: ``[{"code", "name", "count", "fixable"}]``, in the rows' order."""
    return json.dumps([asdict(row) for row in rows], indent=2, ensure_ascii=False) + "\n"


def to_record(d: Diagnostic, ctx: ReportContext) -> dict[str, Any]:
    """One diagnostic as a JSON-ready dict."""
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity,
        "message": d.message,
        "filename": d.path,
        "location": {"row": d.line, "column": d.column},
        "end_location": {"row": d.end_line, "column": d.end_column},
        "fix": _fix(d, d.fix, ctx) if d.fix is not None else None,
        "url": None,
    }


def _fix(d: Diagnostic, fix: Fix, ctx: ReportContext) -> dict[str, Any]:
    target = fix.path.as_posix() if fix.path is not None else d.path
    source = ctx.sources.get(target)
    return {"message": fix.message, "filename": target,
            "edits": [_edit(edit, source) for edit in fix.edits]}


def _edit(edit: TextEdit, source: str | None) -> dict[str, Any]:
    return {
        "location": _position(source, edit.start),
        "end_location": _position(source, edit.end),
        "content": edit.text,
    }


def _position(source: str | None, offset: int) -> dict[str, int] | None:
    if source is None:
        return None
    row, column = line_col(source, offset)
    return {"row": row, "column": column}
