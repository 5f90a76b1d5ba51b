"""The base project of each framework: a small, clean project that rule examples (and rule
cases) are laid over. A framework that has one adds it here with one line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from test_rule_cases import BASE as NATIVE_FILES


@dataclass(frozen=True)
class BaseProject:
    """A framework's base project and where an example that is a single cell goes."""

    files: Mapping[str, str]
    """Path relative to the project root -> text; lint reports nothing on them."""
    view: str
    """The base page's view (the file holding its markup)."""
    view_around_cell: str
    """That view's text with ``{cell}`` where an example's cell is written."""

    def with_cell(self, cell: str) -> dict[str, str]:
        """The files that put ``cell`` in the base page's view."""
        return {self.view: self.view_around_cell.replace("{cell}", cell)}

    def write(self, root: Path, files: Mapping[str, str]) -> None:
        """The base project at ``root`` with ``files`` laid over it."""
        for rel, text in {**self.files, **files}.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))


BASES: dict[str, BaseProject] = {
    "native": BaseProject(NATIVE_FILES, "miniprogram/pages/index/index.wxml", "<view>\n  {cell}\n</view>\n"),
}
"""Framework name -> its base project (one line per framework)."""
