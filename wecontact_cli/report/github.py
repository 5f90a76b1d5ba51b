"""The ``github`` format: GitHub Actions workflow commands, one annotation per diagnostic.

``::error title=wecontact (WC201),file=PATH,line=L,col=C,endLine=EL,endColumn=EC::WC201 message``
(``::warning`` for warnings, ``::notice`` for info). Escaping follows the runner's
rules: in the message ``%``, CR and LF become ``%25``, ``%0D`` and ``%0A``; property
values also escape ``:`` and ``,`` (``%3A``, ``%2C``). No diagnostics give "".
"""

from __future__ import annotations

from typing import Sequence

from wecontact_cli.lint.model import Diagnostic, Severity

from .context import ReportContext

COMMAND: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """One workflow command line per diagnostic."""
    return "".join(annotation(d) + "\n" for d in diagnostics)


def annotation(d: Diagnostic) -> str:
    """The workflow command for one diagnostic."""
    props = {
        "title": f"wecontact ({d.code})",
        "file": d.path,
        "line": d.line,
        "col": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
    }
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    return f"::{COMMAND[d.severity]} {joined}::{escape_data(f'{d.code} {d.message}')}"


def escape_data(text: str) -> str:
    """Escape a command's message (``%`` first, so escapes are not escaped twice)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: the message escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
