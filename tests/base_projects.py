"""The base project of each framework: a small, clean project that rule examples (and rule
cases) are laid over. A framework that has one adds it here with one line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from test_rule_cases import BASE as NATIVE_FILES
from uniapp_project import BASE as UNIAPP_FILES
from wecontact_cli.frameworks.taro.rules import _examples as taro
from wecontact_cli.frameworks.uniapp.rules._examples import PAGE as UNIAPP_PAGE, vue_page


@dataclass(frozen=True)
class BaseProject:
    """A framework's base project and where an example that is a single cell goes."""

    files: Mapping[str, str]
    """Path relative to the project root -> text; lint reports nothing on them."""
    view: str
    """The base page's view (the file holding its markup)."""
    view_around_cell: str
    """That view's text with ``{cell}`` where an example's cell is written."""
    generic_examples: bool = False
    """Whether the generic rules' examples are written for this framework (they show native
    WXML and app.json; on uni-app and Taro the generic rules are proved by their case files,
    tests/rules/WCnnn-<framework>.case)."""

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
    "native": BaseProject(NATIVE_FILES, "miniprogram/pages/index/index.wxml", "<view>\n  {cell}\n</view>\n",
                          generic_examples=True),
    "uni-app": BaseProject(UNIAPP_FILES, UNIAPP_PAGE, vue_page("{cell}")),
    "taro": BaseProject(taro.BASE, taro.VIEW, taro.view("{cell}")),
}
"""Framework name -> its base project (one line per framework)."""
