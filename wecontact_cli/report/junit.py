"""The ``junit`` format: JUnit XML for CI test dashboards (GitLab, Jenkins, Azure...).

::

    <testsuites name="wecontact" tests="2" failures="2" errors="0">
      <testsuite name="wecontact" tests="2" failures="2" errors="0" skipped="0">
        <properties>
          <property name="files_checked" value="12" />
          <property name="tool_version" value="0.1.0" />
        </properties>
        <testcase classname="app.json" name="WC101 3:5" file="app.json" line="3">
          <failure message="..." type="WC101">app.json:3:5: error: ...</failure>
        </testcase>
        ...

Every diagnostic, whatever its severity, is one failed test case. ``tests`` counts the
test cases (so ``tests - failures`` is never negative); the number of files checked is
the ``files_checked`` property. A clean run is one passing case, ``wecontact lint``.
Text that XML 1.0 cannot hold (control characters, lone surrogates) is written as a
visible ``\\xNN`` escape, so the document is well-formed whatever the messages contain.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.syntax.patterns import compile_pattern

from .context import ReportContext

_NOT_XML = compile_pattern("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """The diagnostics as a JUnit XML document (UTF-8 declared, final newline)."""
    cases = [_case(d) for d in diagnostics] or [
        ET.Element("testcase", classname="wecontact", name="wecontact lint")
    ]
    counts = {"tests": str(len(cases)), "failures": str(len(diagnostics)), "errors": "0"}
    root = ET.Element("testsuites", {"name": "wecontact", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "wecontact", **counts, "skipped": "0"})
    properties = ET.SubElement(suite, "properties")
    for name, value in (("files_checked", ctx.files_checked), ("tool_version", ctx.tool_version)):
        ET.SubElement(properties, "property", name=name, value=xml_safe(str(value)))
    suite.extend(cases)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _case(d: Diagnostic) -> ET.Element:
    path = xml_safe(d.path)
    case = ET.Element(
        "testcase",
        classname=path,
        name=f"{d.code} {d.line}:{d.column}",
        file=path,
        line=str(d.line),
    )
    failure = ET.SubElement(case, "failure", message=xml_safe(d.message), type=d.code)
    failure.text = xml_safe(f"{d.path}:{d.line}:{d.column}: {d.severity}: {d.message}")
    return case


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by a visible escape."""
    return _NOT_XML.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
