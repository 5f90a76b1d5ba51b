"""Edits to a Taro project's modules, planned in the file's own style and checked by re-reading.

Config modules are edited only inside their literal object (``syntax.jsconfig``): where the
path to the target is not a literal, the edit is refused with the line to add by hand, on one
line so that the error stays readable. A view gets module-level statements after its imports
(the WeCom check) and a default import of ``@tarojs/taro`` when its handlers need ``Taro``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from wecontact_cli.edits import FileChange, TextEdit, apply_edits
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.taro.config import WEAPP
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.records import record
from wecontact_cli.syntax import jsconfig
from wecontact_cli.text.positions import line_col
from wecontact_cli.text.source import BOM, SourceFile

TARO_MODULE = "@tarojs/taro"


@record
class Draft:
    """A file being edited: its source as read, and its text after the edits planned so far."""

    source: SourceFile
    text: str

    @classmethod
    def of(cls, source: SourceFile) -> Draft:
        """A draft of a file as read."""
        return cls(source, source.text)

    @property
    def path(self) -> Path:
        """The file."""
        return self.source.path

    @property
    def changed(self) -> bool:
        """Whether any edit was planned."""
        return self.text != self.source.text

    def apply(self, edits: Sequence[TextEdit]) -> None:
        """Apply edits (offsets in the current text)."""
        self.text = apply_edits(self.text, list(edits))

    def change(self, summary: str | Message) -> FileChange:
        """The whole change, the BOM kept."""
        after = (BOM if self.source.bom else "") + self.text
        return FileChange(self.path, self.source.raw, after.encode("utf-8"), summary)


_WHY = {
    "not-found": "taro.why_no_object", "syntax-error": "taro.why_syntax", "missing": "taro.why_missing",
    "not-literal": "taro.why_not_literal", "not-object": "taro.why_not_object", "not-array": "taro.why_not_array",
    "not-scalar": "taro.why_not_literal", "unsettled": "taro.why_unsettled", "exists": "taro.why_exists",
}


def refusal(path: Path, text: str, error: jsconfig.ConfigEditError, line: str) -> WecontactError:
    """Why a config edit cannot be made safely, where, and the line to add by hand."""
    key = _WHY.get(error.reason, "taro.why_not_literal")
    why = {"taro.why_no_object": msg("taro.why_no_object"), "taro.why_syntax": msg("taro.why_syntax"),
           "taro.why_missing": msg("taro.why_missing"), "taro.why_not_literal": msg("taro.why_not_literal"),
           "taro.why_not_object": msg("taro.why_not_object"), "taro.why_not_array": msg("taro.why_not_array"),
           "taro.why_unsettled": msg("taro.why_unsettled"), "taro.why_exists": msg("taro.why_exists")}[key]
    location = Location(path, *line_col(text, error.offset)) if error.offset is not None else Location(path)
    return WecontactError(msg("taro.edit_refused", file=path.name, why=why), location,
                          hint=msg("taro.add_by_hand", line=line))


def one_line(text: str, filename: str, key: str | None, value: Any) -> str:
    """``key: value`` (or the value alone) as one line of the module's style."""
    style = jsconfig.detect_style(jsconfig.Parsed(text, jsconfig.grammar_for(filename)))
    literal = jsconfig.js_literal(value, style, multiline=False)
    return literal if key is None else f"{jsconfig.js_key(key, style)}: {literal}"


def insert_member(draft: Draft, path: Sequence[jsconfig.PathItem], key: str, value: Any) -> TextEdit:
    """Add ``key: value`` to the object at ``path`` of a config module (refused: an error); the
    edit, in the text as it was."""
    try:
        edit = jsconfig.plan_insert_member(draft.text, draft.path.name, path, key, value, env=WEAPP)
    except jsconfig.ConfigEditError as error:
        raise refusal(draft.path, draft.text, error, one_line(draft.text, draft.path.name, key, value)) from None
    draft.apply([edit])
    return edit


def append_item(draft: Draft, path: Sequence[jsconfig.PathItem], value: Any) -> None:
    """Append ``value`` to the array at ``path`` of a config module (refused: an error)."""
    try:
        edit = jsconfig.plan_append_item(draft.text, draft.path.name, path, value, env=WEAPP)
    except jsconfig.ConfigEditError as error:
        raise refusal(draft.path, draft.text, error, one_line(draft.text, draft.path.name, None, value)) from None
    draft.apply([edit])


def replace_value(draft: Draft, path: Sequence[jsconfig.PathItem], value: Any) -> None:
    """Replace the scalar at ``path`` of a config module (refused: an error)."""
    try:
        edit = jsconfig.plan_replace_value(draft.text, draft.path.name, path, value, env=WEAPP)
    except jsconfig.ConfigEditError as error:
        key = path[-1] if path and isinstance(path[-1], str) else None
        raise refusal(draft.path, draft.text, error, one_line(draft.text, draft.path.name, key, value)) from None
    draft.apply([edit])


# -- views: module-level statements and Taro's default import ---------------------------------


def taro_binding(text: str, filename: str) -> str | None:
    """"Taro" when the module imports Taro's API as ``Taro`` (default or namespace import), ""
    when nothing is named ``Taro`` (an import can be added), None when the name is taken."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for, string_value, text_of
    from wecontact_cli.syntax.jsx import _Scopes

    parsed = Parsed(text, grammar_for(filename))
    for stmt in parsed.root.named_children:
        source = stmt.child_by_field_name("source") if stmt.type == "import_statement" else None
        if source is None or string_value(source) != TARO_MODULE:
            continue
        for clause in (c for c in stmt.named_children if c.type == "import_clause"):
            for part in clause.named_children:
                name = part if part.type == "identifier" else \
                    next((n for n in part.named_children if n.type == "identifier"), None) \
                    if part.type == "namespace_import" else None
                if name is not None and text_of(name) == "Taro":
                    return "Taro"
    return None if "Taro" in _Scopes().bindings(parsed.root) else ""


def add_taro_default(text: str, filename: str, quote: str, semicolons: bool) -> str:
    """``text`` importing Taro's default export as ``Taro``: added to an existing ``import {...}
    from '@tarojs/taro'``, else as a new line after the imports."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for, string_value

    if taro_binding(text, filename) == "Taro":
        return text
    parsed = Parsed(text, grammar_for(filename))
    for stmt in parsed.root.named_children:
        source = stmt.child_by_field_name("source") if stmt.type == "import_statement" else None
        clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
        if source is not None and string_value(source) == TARO_MODULE and clause is not None and \
                clause.named_children and clause.named_children[0].type == "named_imports":
            at = parsed.span(clause)[0]
            return text[:at] + "Taro, " + text[at:]
    line = f"import Taro from {quote}{TARO_MODULE}{quote}" + (";" if semicolons else "")
    return insert_after_imports(text, filename, line, blank=False)


def insert_after_imports(text: str, filename: str, statements: str, *, blank: bool = True) -> str:
    """``text`` with ``statements`` after its last top-level import (a blank line between when
    ``blank``), or at its top; in the file's indentation and line endings, checked to parse."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for, layout_of, reindent

    parsed = Parsed(text, grammar_for(filename))
    layout = layout_of(text)
    nl = layout.newline
    block = reindent(statements, "", layout)
    imports = [s for s in parsed.root.named_children if s.type == "import_statement"]
    if imports:
        at = parsed.span(imports[-1])[1]
        new = text[:at] + nl + (nl if blank else "") + block + text[at:]
    else:
        new = block + nl + (nl if blank else "") + text
    if parsed.ok and not Parsed(new, parsed.grammar).ok:
        raise ValueError("internal error: the planned statements do not parse back; nothing was planned")
    return new
