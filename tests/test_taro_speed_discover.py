"""The discovery of Taro units walks the source root once, with the entries' own types: the files
it lists, and whether it left out a folder the import graph keeps, are what os.walk gives."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.taro import units
from wecontact_cli.frameworks.taro.project import TaroProject
from wecontact_cli.frameworks.taro.rules._examples import BASE


def walked(project: TaroProject) -> tuple[frozenset[str], bool]:
    """The listing as os.walk gives it (the discovery's walk as first written)."""
    output = str(project.roots.output) if project.roots is not None else None
    found: set[str] = set()
    pruned = False
    for folder, dirs, names in os.walk(project.source_root):
        kept = [d for d in dirs if not d.startswith(".") and d != "node_modules"
                and not os.path.islink(os.path.join(folder, d))]
        dirs[:] = [d for d in kept if d not in units.SKIPPED_DIRS and os.path.join(folder, d) != output]
        pruned = pruned or len(dirs) != len(kept)
        found.update(os.path.join(folder, n) for n in names)
    return frozenset(found), pruned


FOLDERS = ["pages/a", "components/Card", "__pycache__", "dist", "node_modules/x", ".git", "build", "pages/a/__pycache__"]
LINKS = ["link-to-folder", "link-to-file", "broken-link", "link-to-pycache"]


@settings(max_examples=30, deadline=None)
@given(st.sets(st.sampled_from(FOLDERS)), st.sets(st.sampled_from(LINKS)), st.sampled_from(["dist", "src/dist"]))
def test_the_listing_is_what_os_walk_gives(tmp_path_factory: object, folders: set[str], links: set[str],
                                           output: str) -> None:
    root = tmp_path_factory.mktemp("walk")  # type: ignore[attr-defined]
    files = {**BASE, "config/index.ts": f"export default {{ sourceRoot: 'src', outputRoot: '{output}' }}\n"}
    for folder in folders:
        files[f"src/{folder}/index.tsx"] = "export default () => null\n"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "outside").mkdir()
    targets = {"link-to-folder": root / "outside", "link-to-file": root / "src/app.config.ts",
               "broken-link": root / "nowhere", "link-to-pycache": root / "outside"}
    for link in links:
        name = "__pycache__" if link == "link-to-pycache" and "__pycache__" not in folders else link
        (root / "src" / "pages" / name).symlink_to(targets[link])
    project = open_project(root)
    assert isinstance(project, TaroProject)
    assert (units._files(project), project.listing.pruned if project.listing else None) == walked(project)
    assert project.listing is not None  # the files a stat must still test: the links, and only them
    assert project.listing.irregular == {f for f in project.listing.files if os.path.islink(f)}


def test_config_index_is_parsed_once_and_read_anew_when_edited(tmp_path: Path, monkeypatch: object) -> None:
    """Detection and the loader both read config/index: one parse serves both, and an edited
    config/index (same path, another text) is read anew."""
    from wecontact_cli.frameworks.taro import roots
    from wecontact_cli.syntax import jsconfig

    for rel, text in BASE.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    parses: list[str] = []
    real = jsconfig.read_config

    def counted(text: str, filename: str, **options: object) -> object:
        parses.append(filename)
        return real(text, filename, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(jsconfig, "read_config", counted)  # type: ignore[attr-defined]
    project = open_project(tmp_path)
    assert isinstance(project, TaroProject) and project.roots is not None
    assert parses.count("index.ts") <= 1
    assert project.roots.source == tmp_path / "src"
    config = tmp_path / "config" / "index.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("sourceRoot: 'src'", "sourceRoot: 'app'"))
    assert roots.taro_roots(tmp_path).source == tmp_path / "app"


def test_refs_name_files_by_strings_and_pickle_the_same_once_loaded(tmp_path: Path) -> None:
    """A ref holds its files' names (no Path made while discovery runs alone); its paths, made on
    use, are those names, and loading its unit leaves its pickled form (the server's key) as it was."""
    import pickle

    files = {**BASE, "src/components/Card/index.tsx": "export default () => <cell />\n"}
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    project = open_project(tmp_path)
    assert isinstance(project, TaroProject)
    refs = project.unit_refs()
    assert {r.kind for r in refs} == {"page", "component"}
    keys = [pickle.dumps(ref) for ref in refs]
    for ref in refs:
        assert all(isinstance(n, (str, type(None))) for n in (ref.view_name, ref.config_name))
        assert ref.view == (Path(ref.view_name) if ref.view_name else None)
        assert ref.config == (Path(ref.config_name) if ref.config_name else None)
        unit = project.load_unit(ref)
        unit.problems(), unit.cells()
        assert unit.files == tuple(p for p in (ref.config, ref.view) if p is not None)
    assert [pickle.dumps(ref) for ref in refs] == keys
    assert [pickle.loads(k) for k in keys] == refs
    assert keys == [pickle.dumps(ref) for ref in project.unit_refs()]  # a new discovery: the same keys


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["src", "pages", "a b", "页", ".x", "..", "index.tsx"]), min_size=1, max_size=4),
       st.sampled_from(["index.config.ts", "index.config.js", "i.config.ts"]), st.sampled_from(["index.tsx", "a.vue"]),
       st.booleans(), st.booleans())
def test_a_refs_paths_are_its_names_parsed(folders: list[str], config: str, view: str, same: bool,
                                           has_config: bool) -> None:
    """The view's path, made from the config module's beside it, is the one its name parses to."""
    folder = "/" + "/".join(folders)
    config_name = f"{folder}/{config}" if has_config else None
    view_name = f"{folder}/{view}" if same else f"{folder}/other/{view}"
    ref = units.TaroRef("page", "pages/a/index", view_name, config_name)
    assert (ref.config, ref.view) == ((Path(config_name) if config_name else None), Path(view_name))
    assert str(ref.view) == str(Path(view_name)) and ref.view.parts == Path(view_name).parts
    assert ref.paths() is ref.paths()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab./_-", max_size=14))
def test_a_route_is_joined_as_normpath_would_join_it(route: str) -> None:
    """A route already normal is joined as it is; any other (dots, doubled, leading or
    trailing slashes, empty) is normalised first: the same path either way."""
    import posixpath

    source = os.path.join(os.sep, "p", "src")
    assert units.route_path(source, route) == os.path.join(source, posixpath.normpath(route))
