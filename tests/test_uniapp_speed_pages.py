"""pages.json's fast reading gives the model the full parser's reading gives: entries read
from the C decoder's values (no registration, nothing located), array items placed only when
asked for, members located with one match per plain key, routes joined without
``normpath`` when they are normal already. Compared on generated pages.json files, entry by
entry, with every span."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_uniapp_speed_jsonc import OBJECTS, _step, _tree, lazy_and_parsed, texts
from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.config import JsoncFile, read_jsonc
from wecontact_cli.frameworks.uniapp.project import UniProject, fill, page_route
from wecontact_cli.frameworks.uniapp.units import _contact_tags_anywhere
from wecontact_cli.syntax.jsontext import JsonNode, LazyJsonNode, items_of, parse

PATHS = st.sampled_from(["pages/a/index", "pages/b/index", "/pages/c/index/", "pages//d/index", "./pages/e",
                         "pages/../f", "", ".", "a.b/c", "中文/页面", 7, None, ["x"]])
URLS = st.sampled_from(["plugin://contactPlugin/cell", "plugin://contactPlugin/cell", "plugin://other/x",
                        "/components/a/a", 3, None, "plugin-private://wx104a1a20c3f81ec2/cell"])
TAGS = st.sampled_from(["cell", "contact", "my-cell"])
USING = st.one_of(st.dictionaries(TAGS, URLS, max_size=3), st.dictionaries(TAGS, URLS, max_size=3),
                  st.sampled_from(["x", 1, None, []]))
WEIXIN_STYLE = st.one_of(st.fixed_dictionaries({"usingComponents": USING}, optional={"x": st.just(1)}),
                         st.fixed_dictionaries({}, optional={"x": st.just(1)}), st.just("no"))
STYLES = st.one_of(
    st.fixed_dictionaries({"usingComponents": USING, "mp-weixin": WEIXIN_STYLE}),
    st.fixed_dictionaries({"usingComponents": st.dictionaries(TAGS, URLS, min_size=1, max_size=3),
                           "mp-weixin": st.fixed_dictionaries({"usingComponents": st.dictionaries(
                               TAGS, URLS, min_size=1, max_size=3)})}),
    st.fixed_dictionaries({}, optional={"navigationBarTitleText": st.sampled_from(["标题", "t"]),
                                        "usingComponents": USING, "mp-weixin": WEIXIN_STYLE}),
    st.sampled_from([None, "style", 2]))
ENTRIES = st.one_of(st.fixed_dictionaries({"path": PATHS, "style": STYLES}),
                    st.fixed_dictionaries({"path": PATHS}, optional={"style": STYLES, "needLogin": st.booleans()}),
                    st.sampled_from([{}, "pages/x", 5, {"style": {}}]))
SUBPACKAGES = st.lists(st.fixed_dictionaries({"root": st.sampled_from(["sub", "pkg/", "/deep/er"]),
                                              "pages": st.lists(ENTRIES, max_size=3)}), max_size=2)


@st.composite
def pages_json(draw: st.DrawFn) -> str:
    """A pages.json: pages, subpackages and globalStyle, laid out with comments (and, now
    and then, a number in the pages array, a backslash or a repeated key: the parser's
    readings), maybe a conditional region around a page."""
    data: dict[str, object] = {"pages": draw(st.lists(ENTRIES, max_size=5))}
    subpackages = draw(SUBPACKAGES)
    if subpackages:
        data[draw(st.sampled_from(["subPackages", "subpackages"]))] = subpackages
    data["globalStyle"] = draw(STYLES)
    indent = draw(st.sampled_from([None, 2, 4]))
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=indent)
    oddity = draw(st.sampled_from(["", "", "comment", "number", "escape", "repeat", "region"]))
    if oddity == "comment":
        text = text.replace('"pages": [', '// the pages\n"pages": [ /* first */', 1)
    elif oddity == "number" and '"pages": [' in text:
        text = text.replace('"pages": [', '"pages": [ 1,', 1) if data["pages"] else text
    elif oddity == "escape":
        text = text.replace('"pages/', '"pages\\/', 1)
    elif oddity == "repeat":
        text = text.replace('{"path"', '{"path": "dup", "path"', 1)
    elif oddity == "region" and '{"path"' in text:
        text = text.replace('{"path"', '// #ifdef H5\n{"path": "h5only"},\n// #endif\n{"path"', 1)
    return text


def _entries(project: UniProject) -> list[tuple]:
    return [(route, e.route, e.scope, e.node.start if e.node is not None else None,
             e.node.end if e.node is not None else None, e.registrations) for route, e in project.entries.items()]


def _model(project: UniProject, problems: list) -> tuple:
    return (_entries(project), project.routes, project.declarations, project.subpackages,
            project.global_registrations, project.subpackage_key, project.multi_platform, problems)


def _filled(detection: object, file: JsoncFile, manifest: JsoncFile) -> tuple:
    """The model filled from ``file``, and the tags registered as the cell anywhere (asked
    first, as a worker does: before any page's registrations)."""
    project = UniProject(detection, file.path, vue=3)  # type: ignore[arg-type]
    problems = fill(project, manifest, file)
    tags = _contact_tags_anywhere(project)
    return _model(project, problems), tags, _tags_by_every_registration(project)


def _tags_by_every_registration(project: UniProject) -> dict[str, object]:
    """What ``_contact_tags_anywhere`` answered before it read the decoded values: every
    page's registrations, the first contact one of each tag."""
    found: dict[str, object] = {}
    for entry in project.entries.values():
        for reg in entry.registrations:
            if project.is_contact_url(reg.url, entry.scope):
                found.setdefault(reg.tag, reg)
    return found


@settings(max_examples=400, deadline=None)
@given(pages_json())
def test_pages_json_gives_the_parsers_model(tmp_path_factory: object, text: str) -> None:
    root = build(Path(tmp_path_factory.mktemp("p")), {"pages.json": text})  # type: ignore[attr-defined]
    project = open_project(root)
    assert isinstance(project, UniProject)
    read = read_jsonc(root / "pages.json", root, vue=3, conditional=True)
    manifest = read_jsonc(root / "manifest.json", root, vue=3, conditional=False).file
    assert read.file is not None and manifest is not None
    parsed = JsoncFile(read.file.source, parse(read.file.compiled, jsonc=True), read.file.conditional,
                       read.file.compiled)
    lazy, full = _filled(project.detection, read.file, manifest), _filled(project.detection, parsed, manifest)
    assert lazy[0] == full[0], text
    for tags, every in (lazy[1:], full[1:]):
        assert {tag: tags[tag] for tag in every} == every and set(tags) - set(every) <= {"cell"}, text
    assert lazy[1] == full[1]
    if isinstance(read.file.root, LazyJsonNode):  # once located, every node is the parser's
        assert _tree(read.file.root) == _tree(parsed.root)


@settings(max_examples=300, deadline=None)
@given(texts(OBJECTS), st.data(), st.booleans())
def test_items_placed_when_asked_are_the_parsers(text: str, data: st.DataObject, parent_first: bool) -> None:
    """Down a path of keys and indexes (each array's items from ``items_of``), the node
    reached is the parser's; the items handed out are those its array holds once located."""
    readings = lazy_and_parsed(text)
    if readings is None:
        return
    lazy, expected = readings
    handed: list[tuple[JsonNode, list[JsonNode]]] = []
    while lazy is not None and expected is not None and (expected.members or expected.items):
        if not data.draw(st.integers(0, 4)):
            break
        if expected.kind == "array":
            index = data.draw(st.integers(0, len(expected.items) - 1))
            given_items = items_of(lazy)
            handed.append((lazy, given_items))
            lazy, expected = given_items[index], expected.items[index]
        else:
            step = data.draw(st.sampled_from([m.key for m in expected.members]))
            lazy, expected = _step(lazy, step), _step(expected, step)
    if parent_first:
        for array, _ in handed:
            _tree(array)
    assert (None if lazy is None else _tree(lazy)) == (None if expected is None else _tree(expected))
    for array, given_items in handed:
        assert len(array.items) == len(given_items) and all(a is b for a, b in zip(array.items, given_items))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([None, "", "sub", "pkg/", "/a", "a//b", "."]),
       st.lists(st.sampled_from(["pages", "a", "/", "//", ".", "..", "x.y", "中", "-"]), max_size=6).map("".join))
def test_a_route_is_the_normalised_path(scope: str | None, path: str) -> None:
    joined = f"{scope}/{path}" if scope else path
    assert page_route(scope, path) == posixpath.normpath(joined).strip("/")


def test_a_large_pages_json_places_no_entry_even_when_a_registration_span_is_read(tmp_path: Path) -> None:
    """Opening the project places no entry's members; reading a registration's span finds
    it down the entry's text (at the parser's offsets), still placing none."""
    entries: list[dict[str, object]] = [{"path": f"pages/p{i}/index", "style": {"navigationBarTitleText": "t"}}
                                        for i in range(50)]
    for i in (7, 30):
        entries[i]["style"] = {"mp-weixin": {"usingComponents": {"cell": "plugin://contactPlugin/cell"}}}
    text = json.dumps({"pages": entries}, indent=2)
    root = build(tmp_path / "p", {"pages.json": text})
    project = open_project(root)
    assert isinstance(project, UniProject) and isinstance(project.pages_json.root, LazyJsonNode)  # type: ignore[union-attr]

    def located() -> list[str]:
        return [r for r, e in project.entries.items() if isinstance(e.node, LazyJsonNode) and e.node._members is not None]

    assert located() == []
    registration = project.entries["pages/p30/index"].registrations[0]
    assert (registration.tag, registration.url, registration.effective) == ("cell", "plugin://contactPlugin/cell", True)
    assert located() == []
    member = parse(text).get("pages").items[30].get("style").get("mp-weixin").get("usingComponents").member("cell")  # type: ignore[union-attr]
    assert (registration.key.start, registration.key.end) == (member.key_start, member.key_end)  # type: ignore[union-attr]
    assert (registration.value.start, registration.value.end) == (member.value.start, member.value.end)  # type: ignore[union-attr]
    assert located() == []


def test_discovered_files_make_their_path_when_asked(tmp_path: Path) -> None:
    """Discovery keeps each file's location as found (a string); its Path is made on first
    use and names the same file; a VueFile made from a Path is the same file."""
    from wecontact_cli.frameworks.uniapp.units import VueFile, discover

    root = build(tmp_path / "p")
    project = open_project(root)
    found = discover(project)  # type: ignore[arg-type]
    page = next(f for f in found if f.relpath == "pages/index/index")
    assert isinstance(page.location, str) and "path" not in page.__dict__
    assert page.path == root / "pages" / "index" / "index.vue" and page.path is page.path
    assert page == VueFile(root / "pages" / "index" / "index.vue", "pages/index/index")
    assert len({page, VueFile(page.path, page.relpath)}) == 1
