"""The neutral model: a project and its units as WeChat will see them, with spans into the
sources they were read from. Frameworks fill it; rules, doctor and the scaffolders read it."""

from wecontact_cli.model.project import (
    Declaration, FileProblem, Project, Registration, Route, Span, StringSyntax, Subpackage, string_literal,
)
from wecontact_cli.model.unit import AttrUse, CellUse, Comment, HandlerStatus, Unit

__all__ = [
    "AttrUse", "CellUse", "Comment", "Declaration", "FileProblem", "HandlerStatus", "Project",
    "Registration", "Route", "Span", "StringSyntax", "Subpackage", "Unit", "string_literal",
]
