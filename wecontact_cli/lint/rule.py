"""A rule in one place: its code, name, severity, messages, documentation and examples.

A rule is one module that defines ``RULE`` and the checks it needs, as yamllint and ruff
do it; the engine finds the module, runs the checks it defines only when the rule is
selected, and stamps code, name and severity onto what they yield::

    RULE = Rule("WC201", "plugid-missing", "error", summary=(..., ...), why=..., fix=...,
                bad=Example('<cell styleType="1" />'), good=Example(...),
                messages={"missing": ("<{tag}> has no plugid ...", "<{tag}> 没有 plugid ...")})

    def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]: ...

The checks a module may define: ``check_project(project, ctx)`` (once, after the units:
``ctx.used_aliases`` is known then), ``check_unit(unit, ctx)`` and ``check_cell(cell, unit,
ctx)``. Texts are ``(English, Chinese)`` pairs; ``RULE.msg(key, ...)`` is a catalogue message
keyed ``<code>.<key>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Mapping

from wecontact_cli.i18n.message import Message, register
from wecontact_cli.records import field, record

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
Texts = tuple[str, str]
"""The same text in English and in Simplified Chinese."""


@record(frozen=True)
class Example:
    """A bad or good example: the text its documentation shows, and the files a test lints.

    ``files`` are laid over the framework's base project (paths relative to its root; {} is
    the base project as it is); None means ``text`` is a cell, written into the base page's view.
    """

    text: str
    files: Mapping[str, str] | None = None


@record(frozen=True)
class Rule:
    """A rule's identity, documentation and messages (what ``wecontact rule CODE`` shows)."""

    code: str
    name: str
    severity: Severity
    summary: Texts
    """One line: what is wrong."""
    why: Texts
    """Why it matters (what fails at runtime)."""
    fix: Texts
    """How to fix it by hand; say when ``--fix`` can do it."""
    bad: Example
    good: Example
    note: Texts = ("", "")
    """Where the rule's facts come from when not (only) the guide, and what it leaves alone."""
    messages: Mapping[str, Texts] = field(default_factory=dict)
    enabled_by_default: bool = True
    fixable: bool = False
    frameworks: tuple[str, ...] = ()
    """The frameworks it runs on; () for every framework."""

    def __post_init__(self) -> None:
        register({f"{self.code}.{key}": texts for key, texts in self.messages.items()})

    def msg(self, key: str, /, **params: object) -> Message:
        """One of the rule's own messages (an unknown key fails at once)."""
        if key not in self.messages:
            raise KeyError(f"{self.code} has no message {key!r}")
        return Message(f"{self.code}.{key}", tuple(params.items()))

    def text(self, what: Literal["summary", "why", "fix", "note"], lang: Lang) -> str:
        """A documentation field in ``lang``."""
        texts: Texts = getattr(self, what)
        return texts[0] if lang == "en" else texts[1]

    def runs_on(self, framework: str) -> bool:
        """Whether the rule applies to a project of ``framework``."""
        return not self.frameworks or framework in self.frameworks
