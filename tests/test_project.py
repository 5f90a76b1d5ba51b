"""Units for project discovery and the app.json model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wecontact_cli.errors import Location, WecontactError
from conftest import find_project
from wecontact_cli.frameworks.native.app import AppJson, normalize_root

CONTACT = "wx104a1a20c3f81ec2"
OPEN_DATA = "wx5917c8c26f85c588"
GROUP = "wx4d2deeab3aed6e5a"

# ---------------------------------------------------------------------------
# helpers


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def write_json(path: Path, data: Any) -> Path:
    return write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def make_app(folder: Path, app: Any = None) -> Path:
    """An app.json (default: one page) in ``folder``; returns the folder."""
    write_json(folder / "app.json", {"pages": ["pages/index/index"]} if app is None else app)
    return folder


def make_config(root: Path, **fields: Any) -> Path:
    write_json(root / "project.config.json", fields)
    return root


def error_of(start: Path) -> WecontactError:
    with pytest.raises(WecontactError) as info:
        find_project(start)
    return info.value


def where(error: WecontactError) -> tuple[Path, int | None, int | None]:
    location = error.location
    assert isinstance(location, Location)
    return location.path.resolve(), location.line, location.column


def place(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``text``."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---------------------------------------------------------------------------
# discovery


def test_find_from_the_project_folder(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/", compileType="miniprogram")
    make_app(tmp_path / "miniprogram")
    project = find_project(tmp_path)
    assert project.root == tmp_path
    assert project.app_dir == tmp_path / "miniprogram"
    assert project.app.path == tmp_path / "miniprogram" / "app.json"
    assert project.config is not None and project.config.path == tmp_path / "project.config.json"


def test_find_from_a_nested_page_folder(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    make_app(tmp_path / "miniprogram")
    page_dir = tmp_path / "miniprogram" / "pages" / "index"
    page_dir.mkdir(parents=True)
    project = find_project(page_dir)
    assert project.root == tmp_path
    assert project.app_dir == tmp_path / "miniprogram"


def test_find_from_a_file_path(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    make_app(tmp_path / "miniprogram")
    wxml = write(tmp_path / "miniprogram" / "pages" / "index" / "index.wxml", "<view/>")
    project = find_project(wxml)
    assert project.root == tmp_path
    assert project.app_dir == tmp_path / "miniprogram"


def test_find_from_outside_miniprogram_root_inside_the_project(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    make_app(tmp_path / "miniprogram")
    cloud = tmp_path / "cloudfunctions" / "login"
    cloud.mkdir(parents=True)
    assert find_project(cloud).app_dir == tmp_path / "miniprogram"


def test_find_defaults_to_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_app(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert find_project().app_dir == tmp_path


@pytest.mark.parametrize("value", ["miniprogram/", "./miniprogram", "miniprogram", "./miniprogram/"])
def test_miniprogram_root_spellings(tmp_path: Path, value: str) -> None:
    make_config(tmp_path, miniprogramRoot=value)
    make_app(tmp_path / "miniprogram")
    project = find_project(tmp_path)
    assert project.app_dir == tmp_path / "miniprogram"
    assert project.app.path == tmp_path / "miniprogram" / "app.json"


def test_no_miniprogram_root_means_beside_the_config(tmp_path: Path) -> None:
    make_config(tmp_path, compileType="miniprogram", appid="wx0000000000000000")
    make_app(tmp_path)
    project = find_project(tmp_path / ".")
    assert project.root == tmp_path
    assert project.app_dir == tmp_path
    assert project.config is not None


def test_private_config_overrides_miniprogram_root(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="old/")
    write_json(tmp_path / "project.private.config.json", {"miniprogramRoot": "./new"})
    make_app(tmp_path / "old", {"pages": ["pages/old/old"]})
    make_app(tmp_path / "new", {"pages": ["pages/new/new"]})
    project = find_project(tmp_path)
    assert project.app_dir == tmp_path / "new"
    assert [p.route for p in project.pages] == ["pages/new/new"]


def test_private_config_without_miniprogram_root_keeps_the_public_one(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="src/")
    write_json(tmp_path / "project.private.config.json", {"setting": {"urlCheck": False}})
    make_app(tmp_path / "src")
    assert find_project(tmp_path).app_dir == tmp_path / "src"


def test_app_json_alone(tmp_path: Path) -> None:
    make_app(tmp_path / "mp")
    project = find_project(tmp_path / "mp" / "app.json")
    assert project.root == tmp_path / "mp"
    assert project.app_dir == tmp_path / "mp"
    assert project.config is None
    assert project.compile_type == "miniprogram"
    assert project.typescript is False


def test_nearest_app_json_wins_over_an_unrelated_ancestor_config(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    make_app(tmp_path / "miniprogram", {"pages": ["pages/outer/outer"]})
    inner = make_app(tmp_path / "vendor" / "demo", {"pages": ["pages/inner/inner"]})
    (inner / "pages").mkdir()
    project = find_project(inner / "pages")
    assert project.root == inner
    assert project.app_dir == inner
    assert project.config is None
    assert [p.route for p in project.pages] == ["pages/inner/inner"]


def test_ancestor_config_that_points_at_the_nearest_app_json_is_used(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/", compileType="plugin")
    app_dir = make_app(tmp_path / "miniprogram")
    (app_dir / "pages").mkdir()
    project = find_project(app_dir / "pages")
    assert project.root == tmp_path
    assert project.config is not None
    assert project.compile_type == "plugin"


# ---------------------------------------------------------------------------
# discovery errors


def test_no_project_at_all(tmp_path: Path) -> None:
    start = tmp_path / "empty"
    start.mkdir()
    error = error_of(start)
    assert "no mini-program project found" in error.message
    assert "project.config.json" in error.message and "app.json" in error.message
    assert where(error) == (start.resolve(), None, None)
    assert error.hint == "run wecontact inside the project, or pass its path"


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    error = error_of(tmp_path / "missing")
    assert "does not exist" in error.message
    assert where(error)[0] == (tmp_path / "missing").resolve()


@pytest.mark.parametrize("files", [
    {"pages.json": {"pages": []}, "manifest.json": {}},
    {"package.json": {"devDependencies": {"@dcloudio/vite-plugin-uni": "3.0.0"}}, "src/pages.json": {"pages": []}},
])
def test_a_uni_app_project_opens_as_uni_app(tmp_path: Path, files: dict) -> None:
    from wecontact_cli.frameworks.registry import open_project

    for rel, data in files.items():
        write_json(tmp_path / rel, data)
    start = tmp_path / "src" / "pages" / "index"
    start.mkdir(parents=True)
    project = open_project(start)
    assert project.framework == "uni-app" and project.root == tmp_path


def test_a_taro_project_is_read_as_taro(tmp_path: Path) -> None:
    from wecontact_cli.frameworks.registry import open_project

    write_json(tmp_path / "package.json", {"dependencies": {"@tarojs/taro": "4.0.9"}})
    write(tmp_path / "src" / "app.config.ts", "export default defineAppConfig({pages: ['pages/a/index']})\n")
    project = open_project(tmp_path / "src")
    assert project.framework == "taro" and project.app_config == tmp_path / "src" / "app.config.ts"
    assert [r.route for r in project.routes] == ["pages/a/index"]


CONFIG_TEXT = '{\n  "compileType": "miniprogram",\n  "miniprogramRoot": "%s"\n}\n'


def test_miniprogram_root_without_app_json(tmp_path: Path) -> None:
    write(tmp_path / "project.config.json", CONFIG_TEXT % "src/")
    (tmp_path / "src").mkdir()
    error = error_of(tmp_path)
    assert error.message == "miniprogramRoot is 'src/', but src/app.json does not exist"
    assert where(error) == ((tmp_path / "project.config.json").resolve(), 3, 22)
    assert error.hint is not None and "miniprogramRoot" in error.hint


def test_config_without_root_and_without_app_json(tmp_path: Path) -> None:
    make_config(tmp_path, compileType="miniprogram")
    error = error_of(tmp_path)
    assert error.message == ("there is no app.json beside project.config.json, and no "
                             "miniprogramRoot says where it is")
    assert where(error) == ((tmp_path / "project.config.json").resolve(), None, None)


def test_private_config_overrides_compile_type_and_compiler_plugins(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="mp/", compileType="miniprogram")
    write(tmp_path / "project.private.config.json",
          '{"compileType": "plugin", "setting": {"useCompilerPlugins": ["typescript"]}}')
    make_app(tmp_path / "mp")
    project = find_project(tmp_path)
    assert project.compile_type == "plugin" and project.is_plugin_project
    assert project.typescript


@pytest.mark.parametrize("value", ["../x", "a/../../x", "/abs/mp"])
def test_miniprogram_root_escaping_the_project(tmp_path: Path, value: str) -> None:
    project_dir = tmp_path / "project"
    write(project_dir / "project.config.json", CONFIG_TEXT % value)
    make_app(tmp_path / "x")
    error = error_of(project_dir)
    assert error.message == f"miniprogramRoot '{value}' points outside the project folder"
    assert where(error) == ((project_dir / "project.config.json").resolve(), 3, 22)


def test_miniprogram_root_named_with_leading_dots_is_inside(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="..mp/")
    make_app(tmp_path / "..mp")
    assert find_project(tmp_path).app_dir == tmp_path / "..mp"


@pytest.mark.parametrize(("raw", "type_name"), [("5", "number"), ("null", "null"), ('["mp"]', "array")])
def test_miniprogram_root_not_a_string(tmp_path: Path, raw: str, type_name: str) -> None:
    text = '{\n    "miniprogramRoot": %s\n}' % raw
    write(tmp_path / "project.config.json", text)
    make_app(tmp_path)
    error = error_of(tmp_path)
    assert error.message == f"miniprogramRoot must be a string, found {type_name}"
    assert where(error) == ((tmp_path / "project.config.json").resolve(), 2, 24)


def test_bad_private_miniprogram_root_is_located_in_the_private_file(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    make_app(tmp_path / "miniprogram")
    private = write(tmp_path / "project.private.config.json", '{"miniprogramRoot": "dist/"}')
    error = error_of(tmp_path)
    assert "miniprogramRoot is 'dist/'" in error.message
    assert where(error) == (private.resolve(), 1, 21)


def test_config_that_is_not_an_object(tmp_path: Path) -> None:
    write(tmp_path / "project.config.json", '\n  "miniprogram"\n')
    error = error_of(tmp_path)
    assert error.message == "project.config.json must contain a JSON object {...}, but it holds a string"
    assert where(error) == ((tmp_path / "project.config.json").resolve(), 2, 3)


def test_app_json_that_is_an_array(tmp_path: Path) -> None:
    write(tmp_path / "app.json", '[\n  "pages/index/index"\n]\n')
    error = error_of(tmp_path)
    assert "must contain a JSON object" in error.message
    assert "an array" in error.message
    assert where(error) == ((tmp_path / "app.json").resolve(), 1, 1)


def test_malformed_app_json(tmp_path: Path) -> None:
    make_config(tmp_path, miniprogramRoot="miniprogram/")
    write(tmp_path / "miniprogram" / "app.json", '{\n  "pages": ["a"],\n}\n')
    error = error_of(tmp_path)
    assert "trailing comma" in error.message
    assert where(error) == ((tmp_path / "miniprogram" / "app.json").resolve(), 2, 17)


def test_malformed_config(tmp_path: Path) -> None:
    write(tmp_path / "project.config.json", '{\n  // dev settings\n  "miniprogramRoot": "mp/"\n}')
    make_app(tmp_path / "mp")
    error = error_of(tmp_path)
    assert "comments are not allowed" in error.message
    assert where(error) == ((tmp_path / "project.config.json").resolve(), 2, 3)


def test_app_json_not_utf8(tmp_path: Path) -> None:
    write(tmp_path / "app.json", b'{"a": "\xc4\xe3"}')
    error = error_of(tmp_path)
    assert "not valid UTF-8" in error.message and "0xc4" in error.message
    assert where(error) == ((tmp_path / "app.json").resolve(), 1, 8)


def test_app_json_not_utf8_on_a_later_line(tmp_path: Path) -> None:
    write(tmp_path / "app.json", '{\n  "window": {"title": "联系'.encode() + b'\xc4\xe3"}\n}')
    error = error_of(tmp_path)
    assert where(error) == ((tmp_path / "app.json").resolve(), 2, 26)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_app_json_utf16(tmp_path: Path, encoding: str) -> None:
    data = '{"pages": []}'.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    write(tmp_path / "app.json", data)
    error = error_of(tmp_path)
    assert "UTF-16" in error.message
    assert where(error) == ((tmp_path / "app.json").resolve(), 1, 1)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    write(tmp_path / "app.json", '\ufeff{"pages": ["pages/a/a"]}'.encode())
    project = find_project(tmp_path)
    assert project.app.source.bom is True
    assert [p.route for p in project.pages] == ["pages/a/a"]


def model_error(app_text: str, tmp_path: Path, attribute: str) -> WecontactError:
    """The error an unusable app.json raises (when it is read, or when ``attribute`` is)."""
    write(tmp_path / "app.json", app_text)
    with pytest.raises(WecontactError) as info:
        getattr(find_project(tmp_path), attribute)
    return info.value


@pytest.mark.parametrize("key", ["subpackages", "subPackages"])
def test_subpackages_not_an_array(tmp_path: Path, key: str) -> None:
    text = '{\n  "pages": [],\n  "%s": {"root": "pkgA"}\n}' % key
    error = model_error(text, tmp_path, "subpackages")
    assert error.message == f'"{key}" must be an array of subpackages'
    assert where(error) == ((tmp_path / "app.json").resolve(), 3, 18)


def test_subpackage_entry_without_root(tmp_path: Path) -> None:
    text = '{\n  "pages": [],\n  "subpackages": [\n    {"pages": ["a"]}\n  ]\n}'
    error = model_error(text, tmp_path, "pages")
    assert 'needs a "root" string' in error.message
    assert where(error) == ((tmp_path / "app.json").resolve(), 4, 5)


def test_subpackage_root_not_a_string(tmp_path: Path) -> None:
    text = '{"subpackages": [{"root": 3, "pages": []}]}'
    error = model_error(text, tmp_path, "subpackages")
    assert 'needs a "root" string' in error.message
    assert where(error)[1:] == (1, 27)


def test_subpackage_entry_not_an_object(tmp_path: Path) -> None:
    text = '{"subPackages": ["pkgA"]}'
    error = model_error(text, tmp_path, "subpackages")
    assert 'each entry of "subPackages" must be an object' in error.message
    assert where(error)[1:] == (1, 18)


def test_pages_not_an_array_of_strings(tmp_path: Path) -> None:
    text = '{\n  "pages": ["a", 1]\n}'
    error = model_error(text, tmp_path, "pages")
    assert error.message == '"pages" must be an array of strings'
    assert where(error)[1:] == (2, 12)


def test_plugins_not_an_object(tmp_path: Path) -> None:
    text = '{\n  "plugins": ["contact"]\n}'
    error = model_error(text, tmp_path, "plugins")
    assert '"plugins" must be an object' in error.message
    assert where(error)[1:] == (2, 14)


# ---------------------------------------------------------------------------
# the model

APP = {
    "pages": ["pages/index/index", "pages/cart/cart"],
    "subpackages": [
        {
            "root": "pkgA/",
            "pages": ["pages/a/a", "pages/b/b"],
            "plugins": {"kefu": {"version": "1.3.0", "provider": CONTACT}},
        }
    ],
    "subPackages": [{"root": "./pkgB", "name": "second", "independent": True, "pages": ["p/x"]}],
    "plugins": {
        "contactPlugin": {"version": "1.0.0", "provider": OPEN_DATA},
        "group": {"version": "1.0.0", "provider": GROUP},
        "odd": "not an object",
    },
    "usingComponents": {"price-tag": "/components/price-tag/index", "bad": 3},
}


@pytest.fixture
def model(tmp_path: Path) -> AppJson:
    make_config(tmp_path, miniprogramRoot="miniprogram/", compileType="miniprogram")
    make_app(tmp_path / "miniprogram", APP)
    return find_project(tmp_path)


def test_pages_of_main_package_and_both_subpackage_spellings(model: AppJson) -> None:
    app_dir = model.app_dir
    assert [(p.route, p.subpackage) for p in model.pages] == [
        ("pages/index/index", None),
        ("pages/cart/cart", None),
        ("pkgA/pages/a/a", "pkgA"),
        ("pkgA/pages/b/b", "pkgA"),
        ("pkgB/p/x", "pkgB"),
    ]
    assert model.pages[2].base == app_dir / "pkgA" / "pages" / "a" / "a"
    assert model.pages[2].json_path == app_dir / "pkgA" / "pages" / "a" / "a.json"


def test_subpackages_model(model: AppJson) -> None:
    a, b = model.subpackages
    assert (a.root, a.pages, a.independent, a.name) == ("pkgA", ("pages/a/a", "pages/b/b"), False, None)
    assert (b.root, b.pages, b.independent, b.name) == ("pkgB", ("p/x",), True, "second")
    assert a.independent_node is None
    assert b.independent_node is not None and b.independent_node.value is True
    assert a.contains("pkgA/pages/a/a") and not a.contains("pkgAB/pages/a") and not a.contains("pkgA")


@pytest.mark.parametrize("spelling", ["pkgA", "pkgA/", "./pkgA", " pkgA ", "pkgA\\"])
def test_subpackage_lookup(model: AppJson, spelling: str) -> None:
    found = model.subpackage(spelling)
    assert found is not None and found.root == "pkgA"


def test_subpackage_lookup_misses(model: AppJson) -> None:
    assert model.subpackage("pkgC") is None
    assert model.subpackage("pkg") is None


def test_plugin_declarations_scope_and_contact(model: AppJson) -> None:
    found = {(d.alias, d.provider, d.version, d.scope, d.is_contact) for d in model.plugins}
    assert found == {
        ("contactPlugin", OPEN_DATA, "1.0.0", None, False),
        ("group", GROUP, "1.0.0", None, False),
        ("odd", None, None, None, False),
        ("kefu", CONTACT, "1.3.0", "pkgA", True),
    }
    [contact] = model.contact_declarations()
    assert contact.alias == "kefu" and contact.scope == "pkgA"
    text = model.app.source.text
    assert text[contact.key_offset :].startswith('"kefu"')
    assert text[contact.node.start : contact.node.end].startswith("{")


def test_contact_plugin_recognised_by_provider_whatever_the_alias(tmp_path: Path) -> None:
    make_app(tmp_path, {"pages": [], "plugins": {"myAlias": {"version": "1.4.7", "provider": CONTACT}}})
    [decl] = find_project(tmp_path).contact_declarations()
    assert (decl.alias, decl.scope, decl.version) == ("myAlias", None, "1.4.7")


def test_a_global_component_that_is_not_a_string_is_an_error_at_its_value(tmp_path: Path) -> None:
    """WeChat wants a component path: a number is not skipped as if absent, it is named."""
    text = '{\n  "pages": [],\n  "usingComponents": {"price-tag": "/c/p", "bad": 3}\n}'
    error = model_error(text, tmp_path, "global_components")
    assert error.message.startswith('usingComponents "bad" is a number, not a string')
    assert where(error)[1:] == (3, 51)


@pytest.mark.parametrize("value, kind", [("null", "a null"), ("{}", "an object"), ("[]", "an array"),
                                         ("true", "a boolean")])
def test_page_components_refuse_a_value_that_is_not_a_string(model: AppJson, value: str, kind: str) -> None:
    page = model.pages[0]
    write(page.json_path, '{"usingComponents": {"cell": %s}}' % value)
    with pytest.raises(WecontactError) as info:
        model.page_components(page)
    assert info.value.message.startswith(f'usingComponents "cell" is {kind}, not a string')
    assert where(info.value)[1:] == (1, 30)


def test_broken_plugin_entries_are_modelled_as_such(model: AppJson) -> None:
    """An entry WeChat cannot load (not an object, no provider) may be the contact plugin."""
    [odd] = model.broken_declarations()
    assert (odd.alias, odd.problem, odd.node.type_name) == ("odd", "not_object", "string")
    assert [d.problem for d in model.plugins if d.alias != "odd"] == [None, None, None]


def test_no_provider_is_a_broken_entry(tmp_path: Path) -> None:
    make_app(tmp_path, {"plugins": {"a": {"version": "1.3.0"}, "b": {"version": "1", "provider": 7}}})
    assert [(d.alias, d.problem) for d in find_project(tmp_path).broken_declarations()] == [
        ("a", "no_provider"), ("b", "no_provider")]


def test_repeated_keys_are_read_as_wechat_reads_them(tmp_path: Path) -> None:
    """JSON.parse keeps the last of repeated keys: so does every part of the model."""
    write(tmp_path / "app.json", json_text := (
        '{"plugins": {"contactPlugin": {"version": "1.3.0", "provider": "%s"}},\n'
        ' "plugins": {"contactPlugin": {"version": "1.3.0", "provider": "%s"},\n'
        '             "kefu": {"version": "1.3.0", "provider": "%s"},\n'
        '             "kefu": "1.3.0"},\n'
        ' "usingComponents": {"cell": "plugin://kefu/cell", "cell": "/components/cell/cell"}}'
        % (CONTACT, OPEN_DATA, CONTACT)))
    project = find_project(tmp_path)
    assert [(d.alias, d.provider) for d in project.plugins] == [("contactPlugin", OPEN_DATA), ("kefu", None)]
    assert project.contact_declarations() == []
    assert project.global_components == {"cell": "/components/cell/cell"}
    assert project.plugins[1].key_offset == json_text.rindex('"kefu"')


def test_page_components(model: AppJson) -> None:
    page = model.pages[0]
    write_json(page.json_path, {"usingComponents": {"cell": "plugin://kefu/cell", "x": "./x"}})
    assert model.page_components(page) == {"cell": "plugin://kefu/cell", "x": "./x"}
    assert model.page_components(model.pages[1]) == {}  # no .json file


def test_page_components_without_using_components(model: AppJson) -> None:
    page = model.pages[0]
    write_json(page.json_path, {"navigationBarTitleText": "首页"})
    assert model.page_components(page) == {}


def test_empty_app_json_model(tmp_path: Path) -> None:
    make_app(tmp_path, {})
    project = find_project(tmp_path)
    assert project.pages == () and project.subpackages == () and project.plugins == ()
    assert project.global_components == {}


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"useCompilerPlugins": ["typescript"]}, True),
        ({"useCompilerPlugins": ["sass", "typescript"]}, True),
        ({"useCompilerPlugins": [{"type": "typescript", "options": {}}]}, True),
        ({"useCompilerPlugins": ["sass"]}, False),
        ({"useCompilerPlugins": "typescript"}, False),
        ({}, False),
        (None, False),
    ],
)
def test_typescript_from_compiler_plugins(tmp_path: Path, setting: Any, expected: bool) -> None:
    fields: dict[str, Any] = {"miniprogramRoot": "miniprogram/"}
    if setting is not None:
        fields["setting"] = setting
    make_config(tmp_path, **fields)
    make_app(tmp_path / "miniprogram")
    assert find_project(tmp_path).typescript is expected


def test_typescript_from_app_ts(tmp_path: Path) -> None:
    make_app(tmp_path)
    write(tmp_path / "app.ts", "App({})\n")
    assert find_project(tmp_path).typescript is True


@pytest.mark.parametrize(
    ("fields", "compile_type", "is_plugin"),
    [
        ({"compileType": "plugin"}, "plugin", True),
        ({"compileType": "miniprogram"}, "miniprogram", False),
        ({}, "miniprogram", False),
        ({"compileType": 7}, "miniprogram", False),
    ],
)
def test_compile_type(tmp_path: Path, fields: dict, compile_type: str, is_plugin: bool) -> None:
    make_config(tmp_path, **fields)
    make_app(tmp_path)
    project = find_project(tmp_path)
    assert project.compile_type == compile_type
    assert project.is_plugin_project is is_plugin


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("pkgA", "pkgA"), ("pkgA/", "pkgA"), ("./pkgA", "pkgA"), ("/pkgA/", "pkgA"),
     ("a\\b", "a/b"), ("a//b/./c", "a/b/c"), (" pkgA ", "pkgA")],
)
def test_normalize_root(raw: str, clean: str) -> None:
    assert normalize_root(raw) == clean


def test_example_project_model() -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "shop"
    project = find_project(example / "miniprogram" / "pages")
    assert project.root == example
    assert project.app_dir == example / "miniprogram"
    assert any(p.subpackage == "packageService" for p in project.pages)
    assert all(p.route.startswith("packageService/") for p in project.pages if p.subpackage)


def test_location_helper_matches_jsontext() -> None:
    # the test helper itself must agree with jsontext.line_col
    from wecontact_cli.syntax.jsontext import line_col

    text = '{\n  "a": "b"\n}'
    assert place(text, '"b"') == line_col(text, text.index('"b"')) == (2, 8)
