"""Pages and components, the cells they render, and each attribute as WeChat receives it.

A rule judges an ``AttrUse`` without knowing the syntax it came from: WXML's
``bind:completemessage="done"``, Vue's ``@completemessage="done"`` and JSX's
``onCompletemessage={done}`` are the same record (a ``bind`` of ``completemessage`` to
``done``). What only a framework can get wrong (``@complete-message``, a string handler in
JSX) carries the framework's ``dialect`` mark: that framework's own rules report it, and the
generic rules leave the attribute alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Mapping, Sequence

from wecontact_cli.model.project import FileProblem, Registration, Span
from wecontact_cli.records import field, record
from wecontact_cli.syntax.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from wecontact_cli.edits import TextEdit
    from wecontact_cli.model.project import Subpackage

AttrRole = Literal["property", "event", "common", "unknown"]
"""property: reaches a property of the cell; event: binds an event; common: valid on any
component, or the framework's own (id, class, wx:if, v-if, key ...); unknown: reaches the
cell as a property it does not have."""

ValueType = Literal["text", "number", "string", "boolean", "expression", "none"]
"""text: a static attribute string that WeChat converts to the property's type; number,
string, boolean: a literal of the framework's expression language (`:styleType="2"`,
`styleType={2}`); expression: computed at runtime; none: no value written."""

HandlerStatus = Literal["defined", "missing", "unknown"]
_CLOSING = LazyPattern(r"\s*\}\}\s*[\"']|\s*[\"']")
"""What closes a bound value after its literal: ``}}"`` in WXML, ``"`` in Vue."""
SUPPRESSION_DIRECTIVE = "wecontact-disable-next-line"
"""What a comment says to silence lint on the next line (frameworks keep such comments)."""


@record(frozen=True)
class AttrUse:
    """One attribute on a cell, as written and as WeChat receives it."""

    written: str
    """The whole attribute name as written: ``:style-type``, ``bind:completemessage``."""
    name_span: Span
    role: AttrRole
    name: str
    """What WeChat receives: the attribute (``style-type``, ``styletype``) or the event name."""
    part: Span
    """The characters that spell ``name``: a rename fix replaces just these."""
    prop: str | None = None
    """The plugin property a property attribute reaches (``styleType`` for ``style-type``)."""
    value: str | None = None
    """The value: a literal's value, an expression's text, or None when none is written."""
    value_type: ValueType = "text"
    value_span: Span | None = None
    """Exactly the characters a value fix replaces (inside the quotes for text)."""
    binding: str = "bind"
    """For an event: bind, catch, capture-bind, capture-catch or mut-bind."""
    handler: str | None = None
    """For an event: the method it calls, when it names one plainly."""
    dialect: str | None = None
    """A mistake of the framework's own syntax, reported by that framework's rule."""

    @property
    def is_dynamic(self) -> bool:
        """Whether the value is computed at runtime (cannot be judged statically)."""
        return self.value_type == "expression"

    def renamed(self, part: str) -> str:
        """The whole attribute name once its name part is ``part``: ``bind:`` + completemessage."""
        before, after = self.part.start - self.name_span.start, self.part.end - self.name_span.start
        return self.written[:before] + part + self.written[after:]

    def part_of(self, written: str) -> str:
        """The name part of ``written``, another spelling of this attribute's whole name."""
        before, tail = self.part.start - self.name_span.start, self.name_span.end - self.part.end
        return written[before:len(written) - tail]

    @property
    def key(self) -> tuple[str, str]:
        """What the attribute sets, so that two spellings of one thing compare equal."""
        if self.role == "event":
            return (self.binding, self.name)
        return ("property", self.prop or self.name)


@record(frozen=True)
class CellUse:
    """An element that renders the contact plugin's cell, with its attributes."""

    tag: str
    tag_span: Span
    """The tag name in the start tag (where "no plugid" points)."""
    start_tag: Span
    """The whole start tag (a fix is checked by re-reading it)."""
    registration: Registration
    attrs: tuple[AttrUse, ...]
    line: int
    """1-based line of the start tag."""
    spreads: tuple[Span, ...] = ()
    """``v-bind="obj"`` or ``{...props}``: attributes nobody can see statically."""
    facts: tuple[tuple[str, str], ...] = ()
    """Framework facts its dialect rules read (e.g. ("wrapped", "MP-WEIXIN"))."""

    def fact(self, key: str, default: str = "") -> str:
        """One framework fact."""
        return next((v for k, v in self.facts if k == key), default)

    def props(self) -> Mapping[str, AttrUse]:
        """Property -> the attribute that sets it (the last one wins, as at runtime). The
        last cell's answer is kept: the cell checks ask about one cell some twenty times in a
        row, and a frozen record's answer cannot change (read it, never change it)."""
        global _LAST_PROPS
        last = _LAST_PROPS
        if last is not None and last[0] is self:
            return last[1]
        found = {a.prop: a for a in self.attrs if a.role == "property" and a.prop is not None}
        _LAST_PROPS = (self, found)
        return found

    def static(self, prop: str) -> str | None:
        """A property's value when it is known statically, else None."""
        attr = self.props().get(prop)
        if attr is None or attr.value is None or attr.is_dynamic:
            return None
        return attr.value

    def events(self) -> list[AttrUse]:
        """The event attributes, in written order."""
        return [a for a in self.attrs if a.role == "event"]


_LAST_PROPS: tuple[CellUse, dict[str, AttrUse]] | None = None
"""The cell ``CellUse.props`` answered last, and its answer."""


@record(frozen=True)
class Comment:
    """A comment in a unit's file: where suppressions and insertion markers are written."""

    path: Path
    text: str
    span: Span
    end_line: int
    """1-based line on which the comment ends (a directive covers the next line)."""


UnitKind = Literal["page", "component"]


@record
class Unit:
    """A page or component: its files, registrations, cells and handler names.

    Frameworks subclass it and read lazily: ``cells()`` parses the view and ``handler_status``
    the script, only when a selected rule asks. ``texts`` collects every file read, for
    positions and code frames.
    """

    kind: UnitKind
    relpath: str
    """Relative to the source root, POSIX, without extension (a page's route)."""
    files: tuple[Path, ...]
    """Every file the unit consists of (for path filters and the cache)."""
    scope: Subpackage | None = None
    registrations: tuple[Registration, ...] = ()
    """Its own usingComponents entries (page- or component-level)."""
    placeholders: frozenset[str] = frozenset()
    """Tags with a componentPlaceholder (asynchronous cross-subpackage use)."""
    misplaced_plugins: tuple[Span, ...] = ()
    """``plugins`` in its own config, where WeChat never reads it."""
    usage_known: bool = True
    """False when its config could not be read: whether it uses a plugin is unknown."""
    texts: dict[Path, str] = field(default_factory=dict)

    @property
    def scope_root(self) -> str | None:
        """The unit's subpackage root, None in the main package."""
        return self.scope.root if self.scope else None

    def problems(self) -> list[FileProblem]:
        """What is wrong with its files as the build reads them (parses them on first call)."""
        return []

    def cells(self, extra: Mapping[str, Registration] | None = None) -> list[CellUse]:
        """Every element that renders the contact cell (parses the view on first call); with
        ``extra``, also the elements of those tags (doctor shows cells of undeclared aliases)."""
        return []

    def view_file(self) -> Path | None:
        """The file holding the unit's markup (.wxml, .vue, .tsx ...)."""
        return None

    def config_file(self) -> Path | None:
        """The file holding the unit's configuration (its .json, its config module)."""
        return None

    def comments(self) -> list[Comment]:
        """Comments that may hold a suppression (``wecontact-disable-next-line``)."""
        return []

    def handler_status(self, attr: AttrUse) -> HandlerStatus:
        """Whether the method an event attribute names exists (parses the script on first call)."""
        return "unknown"

    def handler_missing(self, attr: AttrUse) -> bool:
        """Whether ``handler_status`` is "missing": a method ``surely_defined`` names is not,
        and is found without the script's full analysis."""
        if attr.handler is not None and attr.handler in self.surely_defined():
            return False
        return self.handler_status(attr) == "missing"

    def surely_defined(self) -> frozenset[str]:
        """Methods the script certainly defines, read without its full analysis (a framework's
        skim of a plain script; none by default). Never one ``handler_status`` calls missing."""
        return frozenset()

    def handler_home(self) -> tuple[str, object]:
        """Where the unit's handlers belong: the script's file name, and the place in it (a
        ``Message`` such as "methods of Component({...})")."""
        return "", ""

    def reread_cell(self, cell: CellUse, edits: Sequence[TextEdit]) -> CellUse | None:
        """The cell as it would read after ``edits`` to its start tag (None: not readable)."""
        return None

    def number_edits(self, cell: CellUse, attr: AttrUse, number: str) -> tuple[tuple[TextEdit, ...], str] | None:
        """The edits that make ``attr`` pass ``number`` as a number, in the view's own syntax,
        and the attribute as it then reads (None: no value to rewrite). By default the value
        (a bound literal such as ``{{'2'}}``'s ``'2'``, or attribute text) becomes the number."""
        from wecontact_cli.edits import TextEdit

        span = attr.value_span
        if span is None:
            return None
        text = self.texts.get(span.path, "")
        closing = _CLOSING.match(text, span.end)  # }}" after {{'2'}}, " after :x="'2'"
        shown = text[attr.name_span.start:span.start] + number + (closing[0] if closing else "")
        return (TextEdit(span.start, span.end, number),), shown

    def cache_reads(self) -> tuple[str, ...] | None:
        """Once linted: the project facts (``Project.cache_fact`` names) its result read beyond
        its ``CacheInputs``. Which names it gives may depend only on those inputs and on the
        values of the names it gives; with all of them unchanged, so is its result. None (what
        a framework that does not say gets): its result is never cached."""
        return None

    # -- what an editor asks (``wecontact server``) -------------------------------------------

    def script_file(self) -> Path | None:
        """The file defining the unit's handlers, when it is not the view (.js/.ts beside .wxml)."""
        return None

    def handlers(self) -> frozenset[str] | None:
        """The method names the unit's script defines, for completion (None: unknown)."""
        return None

    def event_attribute(self, event: str) -> str | None:
        """How the framework's markup binds ``event`` on the cell (``bind:completemessage``,
        ``@completemessage``, ``onCompletemessage``); None when the framework does not say."""
        return None

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """The edit that silences ``codes`` on ``line`` (1-based) of ``path``: a
        ``wecontact-disable-next-line`` comment above it in the file's own syntax (None: the
        file cannot hold one, as JSON cannot)."""
        return None


def directive_above(text: str, line: int, template: str, codes: Sequence[str]) -> TextEdit | None:
    """The insertion of a suppression comment above ``line`` (1-based, lines broken by "\n"
    as the linter counts them) with that line's indentation and line ending; ``template``
    is the comment with ``{}`` where the directive goes (``<!-- {} -->``)."""
    from wecontact_cli.edits import TextEdit
    from wecontact_cli.text.positions import offset_of_line

    start = offset_of_line(text, line)
    if start is None:
        return None
    end = text.find("\n", start)
    body = text[start:] if end < 0 else text[start:end]
    indent = body[:len(body) - len(body.lstrip(" \t"))]
    eol = "\r\n" if body.endswith("\r") or (end < 0 and "\r\n" in text) else "\n"
    directive = f"{SUPPRESSION_DIRECTIVE} {', '.join(codes)}".rstrip()
    return TextEdit(start, start, f"{indent}{template.format(directive)}{eol}")
