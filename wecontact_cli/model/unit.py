"""Pages and components, the cells they render, and each attribute as WeChat receives it.

A rule judges an ``AttrUse`` without knowing the syntax it came from: WXML's
``bind:completemessage="done"``, Vue's ``@completemessage="done"`` and JSX's
``onCompletemessage={done}`` are the same record (an event binding of ``completemessage``
to ``done``). What only a framework can get wrong (``@complete-message``, a string handler
in JSX) is marked as the framework's ``dialect`` issue, which that framework's own rules
report and the generic rules leave alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from wecontact_cli.model.project import FileProblem, Registration, Span

if TYPE_CHECKING:
    from wecontact_cli.model.project import Subpackage

AttrRole = Literal["property", "event", "common", "unknown"]
"""property: reaches a property of the cell; event: binds one of its events; common: valid
on any component (id, class, wx:if, v-if, key ...); unknown: reaches the cell as a property
it does not have."""

ValueType = Literal["text", "number", "string", "boolean", "expression", "none"]
"""text: a static attribute string, converted by WeChat to the property's type; number,
string, boolean: a literal of the framework's expression language (`:styleType="2"`,
`styleType={2}`); expression: anything computed at runtime; none: no value written."""

HandlerStatus = Literal["defined", "missing", "unknown"]


@dataclass(frozen=True)
class AttrUse:
    """One attribute on a cell, as written and as WeChat receives it."""

    written: str
    """The whole attribute name as written: ``:style-type``, ``bind:completemessage``."""
    name_span: Span
    role: AttrRole
    name: str
    """What WeChat receives: the property name (``style-type``, ``styletype``) or the event."""
    part: Span
    """The part of the name that spells ``name`` (a rename fix replaces just this)."""
    prop: str | None = None
    """The plugin property reached (``styleType`` for ``style-type``), for a property."""
    value: str | None = None
    """The static value (a literal's value), or the expression's text, or None."""
    value_type: ValueType = "text"
    value_span: Span | None = None
    """The value as written, exactly the characters a value fix replaces."""
    handler: str | None = None
    """For an event: the method name it calls, when it names one plainly."""
    catch: bool = False
    """For an event: bound with catch (stops propagation)."""
    dialect: str | None = None
    """A mistake of the framework's own syntax, reported by that framework's rule (its key)."""

    @property
    def static(self) -> bool:
        """Whether the value is known before runtime."""
        return self.value_type not in ("expression",)

    @property
    def is_dynamic(self) -> bool:
        """Whether the value is computed at runtime."""
        return self.value_type == "expression"


@dataclass(frozen=True)
class CellUse:
    """An element that renders the contact plugin's cell, with its attributes."""

    tag: str
    tag_span: Span
    """The tag name in the start tag (where "no plugid" points)."""
    element: Span
    """The whole element (start tag through end tag), for code frames and insertions."""
    registration: Registration
    attrs: tuple[AttrUse, ...]
    spreads: tuple[Span, ...] = ()
    """``v-bind="obj"`` or ``{...props}``: attributes nobody can see statically."""
    line: int = 0
    """1-based line of the start tag (for doctor)."""
    facts: tuple[tuple[str, str], ...] = ()
    """Framework facts a dialect rule reads (e.g. ("wrapped", "MP-WEIXIN"))."""

    def fact(self, key: str, default: str = "") -> str:
        """One framework fact."""
        return next((v for k, v in self.facts if k == key), default)

    def props(self) -> dict[str, AttrUse]:
        """Property -> the attribute that sets it (the last one wins, as at runtime)."""
        return {a.prop: a for a in self.attrs if a.role == "property" and a.prop is not None}


@dataclass(frozen=True)
class Suppression:
    """A ``wecontact-disable-next-line`` comment: the codes it names and the line it covers."""

    path: Path
    line: int
    """The 1-based line it silences (the line after the comment)."""
    codes: tuple[str, ...]
    span: Span


UnitKind = Literal["page", "component"]


@dataclass
class Unit:
    """A page or component: its files, registrations, cells and handler names.

    Frameworks subclass it and read lazily: ``cells()`` parses the view, ``handler_status()``
    the script, only when a selected rule asks.
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
    problems: list[FileProblem] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)
    """The text of every file read so far, for positions and code frames."""

    @property
    def scope_root(self) -> str | None:
        """The unit's subpackage root, None in the main package."""
        return self.scope.root if self.scope else None

    def cells(self) -> list[CellUse]:
        """Every element that renders the contact cell (parses the view on first call)."""
        return []

    def suppressions(self) -> list[Suppression]:
        """The suppression comments in the unit's files."""
        return []

    def handler_status(self, attr: AttrUse) -> HandlerStatus:
        """Whether the method an event attribute names exists (parses the script on first call)."""
        return "unknown"
