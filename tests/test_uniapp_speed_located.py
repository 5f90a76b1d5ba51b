"""A page's registrations read from pages.json's decoded value (spans placed when read) are
the records the parser's reading makes, in every way a reader can tell: fields, equality in
both orders, hash, repr, pickling (a worker's results) and copying; and reading them
through lint gives the parser's findings."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

from hypothesis import given, settings

from tests.conftest import run_cli
from tests.test_uniapp_speed_pages import pages_json
from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.config import JsoncFile, read_jsonc
from wecontact_cli.frameworks.uniapp.located import PageRegistration
from wecontact_cli.frameworks.uniapp.project import UniProject, fill
from wecontact_cli.model import Registration
from wecontact_cli.syntax.jsontext import parse


def _registrations(root: Path, lazy: bool) -> list[Registration]:
    read = read_jsonc(root / "pages.json", root, vue=3, conditional=True)
    manifest = read_jsonc(root / "manifest.json", root, vue=3, conditional=False).file
    assert read.file is not None and manifest is not None
    file = read.file if lazy else JsoncFile(read.file.source, parse(read.file.compiled, jsonc=True),
                                            read.file.conditional, read.file.compiled)
    project = UniProject(open_project(root).detection, file.path, vue=3)
    fill(project, manifest, file)
    return [r for entry in project.entries.values() for r in entry.registrations]


@settings(max_examples=300, deadline=None)
@given(pages_json())
def test_a_decoded_registration_is_the_parsers_record(tmp_path_factory: object, text: str) -> None:
    root = build(Path(tmp_path_factory.mktemp("p")), {"pages.json": text})  # type: ignore[attr-defined]
    lazy, parsed = _registrations(root, True), _registrations(root, False)
    assert len(lazy) == len(parsed), text
    for mine, theirs in zip(lazy, parsed):
        assert type(theirs) is Registration
        assert mine == theirs and theirs == mine and not mine != theirs and not theirs != mine, text
        assert hash(mine) == hash(theirs) and repr(mine) == repr(theirs)
        for twin in (pickle.loads(pickle.dumps(mine)), copy.copy(mine), copy.deepcopy(mine)):
            assert type(twin) is Registration and twin == theirs
        assert {mine: 1}[theirs] == 1


def test_a_decoded_registration_differs_where_a_field_does(tmp_path: Path) -> None:
    text = json.dumps({"pages": [{"path": "pages/index/index", "style": {
        "usingComponents": {"cell": "plugin://contactPlugin/cell"},
        "mp-weixin": {"usingComponents": {"cell": "plugin://contactPlugin/cell"}}}}]}, indent=2)
    root = build(tmp_path / "p", {"pages.json": text})
    generic, weixin = _registrations(root, True)
    assert isinstance(generic, PageRegistration) and isinstance(weixin, PageRegistration)
    assert (generic.effective, weixin.effective) == (False, True)
    assert generic != weixin and generic.key != weixin.key
    assert text[generic.key.start:generic.key.end] == text[weixin.key.start:weixin.key.end] == '"cell"'
    assert text[weixin.value.start:weixin.value.end] == '"plugin://contactPlugin/cell"'
    assert generic != "cell" and generic.__eq__("cell") is NotImplemented


def test_lint_reports_a_decoded_registration_where_it_is_written(tmp_path: Path) -> None:
    """A finding on a page's registration (WC101: its plugin is not declared) points at the
    URL's string in pages.json, as the parser places it."""
    entries = [{"path": f"pages/p{i}/index", "style": {"navigationBarTitleText": "t"}} for i in range(30)]
    entries.append({"path": "pages/index/index", "style": {"mp-weixin": {"usingComponents": {
        "cell": "plugin://otherPlugin/cell"}}}})
    text = json.dumps({"pages": entries}, indent=4)
    root = build(tmp_path / "p", {"pages.json": text})
    result = run_cli("lint", root, "-f", "json", "--select", "WC101")
    found = [d for d in json.loads(result.output) if d["code"] == "WC101"]
    line = text[:text.index('"plugin://otherPlugin/cell"')].count("\n") + 1
    column = len(text[:text.index('"plugin://otherPlugin/cell"')].rsplit("\n", 1)[-1]) + 1
    assert [(d["filename"], d["location"]) for d in found] == [("pages.json", {"row": line, "column": column})]
