"""WC301 handler-missing: a cell's event bound to a method the page or component lacks."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.build_output import GENERATED_HANDLERS
from wecontact_cli.lint.context import UnitContext, read_text
from wecontact_cli.lint.messages import msg
from wecontact_cli.lint.model import Finding, Rule
from wecontact_cli.lint.rules.attributes import event_of

RULES = (
    Rule("WC301", "handler-missing", "error",
         "A cell's event is bound to a method that the page's or component's module does not define.",
         "WeChat ignores a binding to a missing method without any error, so startmessage and "
         "completemessage (and every errcode it reports) go unhandled.",
         "Define the method: at the top level of Page({...}), or under methods of Component({...}) "
         "(`wecontact add-page` generates both handlers).",
         '<cell plugid="a1b2c3d4" bind:completemessage="onDone" />\n// index.js\nPage({ onLoad() {} })',
         '<cell plugid="a1b2c3d4" bind:completemessage="onDone" />\n// index.js\nPage({ onDone(e) {} })',
         note="Modules that cannot be analysed statically are skipped: no Page()/Component() call, "
              "a spread (...mixin), computed keys, or behaviors that may supply methods."),
)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """Bindings on contact cells whose handler is not a method of the unit's module."""
    path = ctx.unit.wxml_path
    bindings = [(attr, cell) for cell in ctx.cells for attr in cell.element.attributes
                if event_of(attr.name) and attr.value and "{{" not in attr.value and attr.value.strip()
                and attr.value.strip() not in GENERATED_HANDLERS]  # uni-app's dispatchers
    if path is None or not bindings or ctx.unit.script_path is None:
        return
    source, _ = read_text(ctx.unit.script_path, ctx.facts.root)
    if source is None:
        return
    from wecontact_cli.syntax.page_script import analyze_module

    module = analyze_module(source.text, typescript=ctx.unit.script_path.suffix == ".ts", insertion=False)
    if module.methods is None:
        return
    where = msg("handler.where_component") if module.kind == "component" else msg("handler.where_page")
    for attr, _ in bindings:
        name = (attr.value or "").strip()
        if name not in module.methods:
            start = attr.value_start.offset if attr.value_start else attr.start.offset
            yield Finding("WC301", msg("handler.missing", name=name, file=ctx.unit.script_path.name, where=where,
                                       event=event_of(attr.name)),
                          path, start, start + len(attr.value or ""))
