"""A framework is a plug-in: this file defines a whole (tiny) one and registers it, and the
unchanged detection, engine, rules, reporters and doctor serve it.

The "fake" framework: a folder holding ``fake.project.json`` is its project. That one file
describes everything: the plugins it declares, and each page's cells as objects of
attribute -> value. Its loader builds the neutral model from the description with spans
into the file, so every finding points into it. It has no planner: it cannot be written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

import pytest

from conftest import PROVIDER, run_cli, snapshot
from wecontact_cli import plugin
from wecontact_cli.frameworks import registry
from wecontact_cli.frameworks.detection import Detection
from wecontact_cli.model import AttrUse, CellUse, Declaration, Project, Registration, Span, Unit
from wecontact_cli.syntax.jsontext import JsonNode, parse
from wecontact_cli.text.positions import line_col
from wecontact_cli.text.source import read_source

MARKER = "fake.project.json"


def detect_fake(folder: Path) -> Detection | None:
    """A folder holding the marker file is a fake project."""
    if not (folder / MARKER).is_file():
        return None
    return Detection("fake", folder, folder, variant=(("flavour", "demo"),), evidence=MARKER)


@dataclass
class FakeUnit(Unit):
    """A page: its cells are known from the description already."""

    found: tuple[CellUse, ...] = ()

    def cells(self, extra: Mapping[str, Registration] | None = None) -> list[CellUse]:
        return list(self.found)

    def view_file(self) -> Path | None:
        return self.files[0]


@dataclass
class FakeProject(Project):
    """The description's pages, each one unit."""

    pages: tuple[FakeUnit, ...] = ()

    def unit_refs(self) -> list[object]:
        return list(range(len(self.pages)))

    def load_unit(self, ref: object) -> Unit:
        assert isinstance(ref, int)
        return self.pages[ref]


def load(found: Detection) -> FakeProject:
    """The loader: the description file into the neutral model, every record with its span."""
    path = found.root / MARKER
    text = read_source(path, found.root).text
    root = parse(text)
    project = FakeProject(found, path, texts={path: text})
    project.declarations = tuple(_declarations(path, root))
    project.routes = ()
    pages = root.get("pages")
    project.pages = tuple(_page(project, path, text, m.key, m.value) for m in (pages.members if pages else []))
    return project


def _declarations(path: Path, root: JsonNode) -> Iterator[Declaration]:
    plugins = root.get("plugins")
    for member in plugins.members if plugins is not None else []:
        entry = member.value.to_python()
        yield Declaration(member.key, entry.get("provider"), entry.get("version"), None,
                          Span(path, member.key_start, member.key_end), Span(path, member.value.start, member.value.end),
                          place=MARKER)


def _page(project: FakeProject, path: Path, text: str, route: str, cells: JsonNode) -> FakeUnit:
    url = f"plugin://{project.declarations[0].alias}/cell"
    whole = Span(path, cells.start, cells.end)
    registration = Registration("cell", url, "page", route, whole, whole)
    found = tuple(_cell(path, text, registration, node) for node in cells.items)
    return FakeUnit("page", route, (path,), registrations=(registration,), texts={path: text}, found=found)


def _cell(path: Path, text: str, registration: Registration, node: JsonNode) -> CellUse:
    attrs = []
    for member in node.members:
        name_span = Span(path, member.key_start + 1, member.key_end - 1)  # inside the key's quotes
        value = member.value
        prop = plugin.property_of(member.key)
        attrs.append(AttrUse(member.key, name_span, "property" if prop else "unknown", member.key, name_span,
                             prop=prop or member.key, value=str(value.value),
                             value_span=Span(path, value.start + 1, value.end - 1)))
    tag = Span(path, node.start, node.start + 1)
    return CellUse("cell", tag, Span(path, node.start, node.end), registration, tuple(attrs),
                   line_col(text, node.start)[0])


FAKE = registry.Framework("fake", detect_fake, f"{__name__}:load")

DESCRIPTION = {
    "plugins": {"contactPlugin": {"provider": PROVIDER, "version": "1.3.0"}},
    "pages": {
        "home": [{"plugid": "a1b2c3d4", "styleType": "2"}],
        "help": [{"styleType": "9"}],
    },
}


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[Path]:
    """A fake project, with the framework registered for the test only."""
    root = tmp_path / "fake"
    root.mkdir()
    (root / MARKER).write_text(json.dumps(DESCRIPTION, indent=2) + "\n", encoding="utf-8")
    registry.register(FAKE, first=True)
    try:
        yield root
    finally:
        registry.unregister("fake")


def position(root: Path, needle: str, offset: int = 0) -> tuple[int, int]:
    text = (root / MARKER).read_text(encoding="utf-8")
    return line_col(text, text.index(needle) + offset)


def test_it_is_detected_and_loaded(fake: Path) -> None:
    from wecontact_cli.frameworks.detect import detect

    found = detect(fake)
    assert found is not None and (found.framework, found.root) == ("fake", fake)
    project = registry.open_project(fake)
    assert isinstance(project, FakeProject) and project.framework == "fake"
    assert [u.relpath for u in project.units()] == ["home", "help"]


def test_the_unchanged_rules_report_on_its_cells_with_positions_in_its_file(fake: Path) -> None:
    result = run_cli("lint", fake, "-f", "json")
    assert result.exit_code == 1, result.stderr
    found = [(d["code"], d["filename"], d["location"]["row"], d["location"]["column"])
             for d in json.loads(result.stdout)]
    text = (fake / MARKER).read_text(encoding="utf-8")
    cell = text.rindex("{", 0, text.index('"styleType": "9"'))  # the help page's cell object
    assert found == [
        ("WC201", MARKER, *line_col(text, cell)),
        ("WC204", MARKER, *position(fake, '"9"', 1)),  # the value, inside its quotes
    ]
    messages = [d["message"] for d in json.loads(result.stdout)]
    assert messages[1].startswith("styleType='9' is not one of")


def test_selection_and_reporters_work_as_for_any_framework(fake: Path) -> None:
    only = json.loads(run_cli("lint", fake, "--select", "WC204", "-f", "json").stdout)
    assert [d["code"] for d in only] == ["WC204"]
    concise = run_cli("lint", fake, "-f", "concise").stdout
    line, column = position(fake, '"9"', 1)
    assert f"{MARKER}:{line}:{column}: error: " in concise


def test_doctor_shows_its_cells_and_its_flavour(fake: Path) -> None:
    result = run_cli("doctor", fake, "-f", "json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    assert (data["project"]["framework"], data["project"]["variant"]) == ("fake", {"flavour": "demo"})
    assert [(u["route"], [c["style_type"] for c in u["cells"]]) for u in data["uses"]] == [
        ("help", ["9"]), ("home", ["2"])]
    text = run_cli("doctor", fake, env={"FORCE_COLOR": None, "NO_COLOR": None}).stdout
    assert "framework: fake (demo)" in text


def test_without_a_planner_it_is_never_written(fake: Path) -> None:
    before = snapshot(fake)
    result = run_cli("init", fake)
    assert result.exit_code == 2 and "cannot write fake projects yet" in result.stderr
    assert snapshot(fake) == before


def test_unregistered_it_is_unknown(tmp_path: Path) -> None:
    (tmp_path / MARKER).write_text("{}", encoding="utf-8")
    result = run_cli("lint", tmp_path)
    assert result.exit_code == 2 and "no mini-program project found" in result.stderr
