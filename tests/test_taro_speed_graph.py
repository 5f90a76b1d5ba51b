"""The Taro import graph's fast paths agree with the plain ones they replace: the import pattern
that starts with a literal letter finds exactly what the ``\\b``-first pattern finds, and the
stem table resolves every specifier to the module the fourteen-candidate search finds."""

from __future__ import annotations

import json
import os
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import run_cli
from wecontact_cli.frameworks.taro import renders

PLAIN_SPECIFIER = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1""")
"""The pattern as first written (a word boundary tried at every character)."""


def plain_resolve(specifier: str, module: str, known: set[str], aliases: list[tuple[str, str]]) -> str | None:
    """The resolution as first written: every candidate joined and looked up in order."""
    if specifier.startswith("."):
        base = os.path.normpath(os.path.join(os.path.dirname(module), specifier))
    else:
        prefix = next(((p, folder) for p, folder in aliases if specifier.startswith(p)), None)
        if prefix is None:
            return None
        base = os.path.normpath(os.path.join(prefix[1], specifier[len(prefix[0]):]))
    for candidate in (base, *(base + s for s in renders.MODULE_SUFFIXES),
                      *(os.path.join(base, "index" + s) for s in renders.MODULE_SUFFIXES)):
        if candidate in known:
            return candidate
    return None


PIECES = ["import ", "from ", "require(", "import(", "export * from ", "xfrom ", "_import ", "import\n",
          "'./a'", '"../b/c"', "'@/x'", "'react'", "'", '"', " ", "\n", "商品", "é", "(", ")", "{ A }",
          "reimport", "from", "$require(", "ίmport ", "1from '", "\tfrom\t'q'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_specifier_pattern_finds_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [(m.start(), m.end(), m.group(2)) for m in renders._SPECIFIER.finditer(text)]
    plain = [(m.start(), m.end(), m.group(2)) for m in PLAIN_SPECIFIER.finditer(text)]
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="fromimportrequire '\"()./@_$商\n\t", max_size=80))
def test_specifier_pattern_on_any_text(text: str) -> None:
    fast = [(m.start(), m.group(2)) for m in renders._SPECIFIER.finditer(text)]
    assert fast == [(m.start(), m.group(2)) for m in PLAIN_SPECIFIER.finditer(text)]


ROOT = "/p/src"
FOLDERS = ["", "components", "components/Card", "pages/a", "utils"]
STEMS = ["index", "Card", "a", "wecom", "Card/index", "index.scss", "a.b"]
SPECIFIERS = [".", "..", "./", "./index", "./Card", "../Card", "../../components/Card", "@/components/Card",
              "@/utils/wecom", "@/components", "~/x", "react", "./index.scss", "./a.b", "./a", "../utils/wecom.ts",
              "@/components/Card/index.tsx", "./Card/index", "../a/../a"]


@st.composite
def module_sets(draw: st.DrawFn) -> list[str]:
    files = draw(st.lists(st.tuples(st.sampled_from(FOLDERS), st.sampled_from(STEMS),
                                    st.sampled_from(renders.MODULE_SUFFIXES)), min_size=1, max_size=12))
    return sorted({os.path.normpath(os.path.join(ROOT, folder, stem + suffix)) for folder, stem, suffix in files})


@settings(max_examples=300, deadline=None)
@given(module_sets(), st.lists(st.tuples(st.sampled_from(SPECIFIERS), st.integers(0, 11)), max_size=10),
       st.booleans())
def test_linker_resolves_as_the_candidate_search(modules: list[str], imports: list[tuple[str, int]],
                                                 aliased: bool) -> None:
    aliases = [("@/", ROOT)] if aliased else []
    linker = renders._Linker(modules, aliases)
    for specifier, index in imports:
        module = modules[index % len(modules)]
        assert linker.resolve(specifier, module) == plain_resolve(specifier, module, set(modules), aliases)
        assert linker.resolve(specifier, module) == plain_resolve(specifier, module, set(modules), aliases)  # cached


# -- the graph reuses the files the discovery of units listed -----------------------------------

from pathlib import Path  # noqa: E402

from wecontact_cli.frameworks.registry import open_project  # noqa: E402
from wecontact_cli.frameworks.taro.project import TaroProject  # noqa: E402
from wecontact_cli.frameworks.taro.rules._examples import BASE  # noqa: E402

CARD = "export default function Card() {\n  return <cell plugid='x' />\n}\n"
PLACES = {
    "plain": "src/components/Card/index.tsx",
    "pycache": "src/__pycache__/Card.tsx",
    "output under src": "src/dist/Card.tsx",
    "dot folder": "src/.hidden/Card.tsx",
    "dependencies": "src/node_modules/Card.tsx",
}
IMPORTERS = ["@/components/Card", "../../components/Card", "../../__pycache__/Card", "../../dist/Card",
             "../../.hidden/Card", "../../node_modules/Card"]


def graph_of(root: Path, walked: bool) -> tuple[object, ...]:
    project = open_project(root)
    assert isinstance(project, TaroProject)
    project.unit_refs()  # the discovery lists the files
    if walked:
        project.listing = None
    graph = renders.ImportGraph.build(project)
    return ({k: sorted(v) for k, v in graph.importers.items()}, graph.pages, graph.unresolved)


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from(sorted(PLACES)), min_size=1), st.sampled_from(IMPORTERS),
       st.sampled_from(["src", "dist", "src/dist"]))
def test_the_graph_from_the_listed_files_is_the_walked_one(tmp_path_factory: object, places: set[str],
                                                           specifier: str, output: str) -> None:
    root = tmp_path_factory.mktemp("graph")  # type: ignore[attr-defined]
    files = {**BASE, "config/index.ts": BASE["config/index.ts"].replace("outputRoot: 'dist'", f"outputRoot: '{output}'"),
             "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}\n'}
    files["src/pages/index/index.tsx"] = f"import Card from '{specifier}'\n" + BASE["src/pages/index/index.tsx"]
    for place in places:
        files[PLACES[place]] = CARD
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    assert graph_of(root, walked=False) == graph_of(root, walked=True)


# -- the .d.ts files: the source root's part from the same listing ------------------------------

from wecontact_cli.frameworks.taro import typings  # noqa: E402

DECLARATION = "declare namespace JSX { interface IntrinsicElements { %s: any } }\n"
DTS_PLACES = ["types/a.d.ts", "src/types/b.d.ts", "src/build/c.d.ts", "src/dist/d.d.ts", "src/node_modules/e.d.ts",
              "src/.x/f.d.ts", "src/__pycache__/g.d.ts", "build/h.d.ts", "i.d.ts", "src/j.d.ts",
              "src/pages/index/k.d.ts", "app/src/l.d.ts", "app/src/build/m.d.ts"]


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(DTS_PLACES)), st.sampled_from(["src", ".", "app/src", "build/src"]),
       st.sampled_from(["dist", "src/dist", "app/src/build"]))
def test_declared_tags_from_the_listing_are_the_walked_ones(tmp_path_factory: object, places: set[str], source: str,
                                                           output: str) -> None:
    root = tmp_path_factory.mktemp("dts")  # type: ignore[attr-defined]
    files = dict(BASE)
    files["config/index.ts"] = f"export default {{ sourceRoot: '{source}', outputRoot: '{output}' }}\n"
    files = {(rel.replace("src/", f"{source}/", 1) if rel.startswith("src/") else rel): text
             for rel, text in files.items() if rel != "types/global.d.ts"}
    for index, place in enumerate(sorted(places)):
        files[place] = DECLARATION % f"tag{index}"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    project = open_project(root)
    assert isinstance(project, TaroProject)
    project.unit_refs()
    listed = set(typings._listed_declaration_files(project))
    assert listed == set(typings.declaration_files(project))


# -- components are linted first, and the order of units changes nothing ---------------------

ORDER_FILES = {
    "src/app.config.ts": "export default defineAppConfig({\n  pages: ['pages/index/index', 'pages/b/index', "
                         "'pages/c/index'],\n  plugins: { contactPlugin: { version: '1.3.0', provider: "
                         "'wx104a1a20c3f81ec2' } },\n})\n",
    "src/pages/b/index.tsx": "import Card from '../../components/Card'\nexport default () => <><Card />"
                             "<cell plugid='x' styleType={9} /></>\n",
    "src/pages/b/index.config.ts": "export default definePageConfig({ navigationBarTitleText: 'b' })\n",
    "src/pages/c/index.tsx": "export default () => <cell plugid='x' \n",
    "src/pages/c/index.config.ts": "export default definePageConfig({ usingComponents: { cell: "
                                   "'plugin://contactPlugin/cell' } })\n",
    "src/components/Other.tsx": "import Cell from './Cell'\nexport default () => <Cell />\n",
}


def _order_project(root: Path) -> Path:
    files = {**BASE, **ORDER_FILES, "src/components/Card/index.tsx": CARD}
    files["src/pages/index/index.tsx"] = "import Card from '@/components/Card'\n" + BASE["src/pages/index/index.tsx"]
    files["tsconfig.json"] = '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}\n'
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_components_are_listed_before_the_pages(tmp_path: Path) -> None:
    project = open_project(_order_project(tmp_path / "p"))
    assert isinstance(project, TaroProject)
    assert [(r.kind, r.relpath) for r in project.unit_refs()] == [
        ("component", "components/Card/index"), ("component", "components/Other"),
        ("page", "pages/index/index"), ("page", "pages/b/index"), ("page", "pages/c/index")]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_the_lint_says_the_same_whatever_the_order_of_its_units(tmp_path_factory: object, monkeypatch: pytest.MonkeyPatch,
                                                                 order: random.Random) -> None:
    root = _order_project(tmp_path_factory.mktemp("order"))  # type: ignore[attr-defined]
    listed = run_cli("lint", root, "-f", "json", "--exit-zero", "--no-cache")
    discover = TaroProject.unit_refs

    def shuffled(self: TaroProject) -> list[object]:
        refs = list(discover(self))
        order.shuffle(refs)
        return refs

    with monkeypatch.context() as patch:
        patch.setattr(TaroProject, "unit_refs", shuffled)
        again = run_cli("lint", root, "-f", "json", "--exit-zero", "--no-cache")
    assert listed.exit_code == again.exit_code == 0
    assert len(json.loads(listed.stdout)) >= 3, listed.stdout  # the example has findings to order
    assert again.stdout == listed.stdout


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab./", max_size=10), st.text(alphabet="ab./", max_size=10))
def test_a_sibling_import_is_joined_as_normpath_would_join_it(folder: str, specifier: str) -> None:
    """``./name`` beside a module in a normal folder skips normpath, with the very same path."""
    module = os.path.join(os.sep, folder, "m.tsx")
    found = renders._sibling(module, specifier)
    if found is not None:
        assert found == os.path.normpath(os.path.join(os.path.dirname(module), specifier))


@pytest.mark.skipif(os.sep != "/", reason="the shortcut is for '/' paths")
def test_a_page_importing_its_own_stylesheet_takes_the_shortcut() -> None:
    assert renders._sibling("/p/src/pages/a/index.tsx", "./index.scss") == "/p/src/pages/a/index.scss"
    assert renders._sibling("/p/src/../src/pages/a/index.tsx", "./index.scss") is None  # normpath decides
