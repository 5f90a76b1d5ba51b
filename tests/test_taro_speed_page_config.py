"""A page's config module is the one its discovery listed, when that is a file: always the module
``config_module`` finds by looking again (the .ts before the .js), whatever the route and
whatever else lies there (a link, a folder, a broken link, a FIFO, both suffixes)."""

from __future__ import annotations

import json
import os

from hypothesis import given, settings, strategies as st

from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.taro import config as cfg, units
from wecontact_cli.frameworks.taro.project import TaroProject
from wecontact_cli.frameworks.taro.rules._examples import BASE

ROUTES = ["pages/a/index", "pages/b/index", "pages//c/index", "pages/d/./index", "pages/x/../e/index", ".", "",
          "pages/f/", "../outside/index", "pages/g/index.config"]
KINDS = ["file", "folder", "link-to-file", "broken-link", "fifo", "none"]
PAGE = "export default definePageConfig({ navigationBarTitleText: 'x' })\n"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ROUTES), st.sampled_from(KINDS), st.sampled_from(KINDS)),
                min_size=1, max_size=4, unique_by=lambda t: t[0]), st.booleans())
def test_the_listed_config_is_the_one_looked_for(tmp_path_factory: object, pages: list[tuple[str, str, str]],
                                                 dotted: bool) -> None:
    root = tmp_path_factory.mktemp("pages")  # type: ignore[attr-defined]
    routes = json.dumps([route for route, _, _ in pages])
    files = {**BASE, "src/app.config.ts": f"export default defineAppConfig({{ pages: {routes} }})\n"}
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "shared.config.ts").write_text(PAGE, encoding="utf-8")
    if dotted:  # what the route "." names when joined as a string: src/. + .config.ts
        (root / "src" / "..config.ts").parent.mkdir(parents=True, exist_ok=True)
        (root / "src" / "..config.ts").write_text(PAGE, encoding="utf-8")
    for route, ts, js in pages:
        base = root / "src" / route
        for suffix, kind in ((".config.ts", ts), (".config.js", js)):
            place = base.parent / (base.name + suffix) if base.name else None
            if place is None or kind == "none" or place.exists() or place.is_symlink():
                continue
            place.parent.mkdir(parents=True, exist_ok=True)
            if kind == "file":
                place.write_text(PAGE, encoding="utf-8")
            elif kind == "folder":
                place.mkdir()
            elif kind == "fifo":
                os.mkfifo(place)
            elif kind == "link-to-file":
                place.symlink_to(root / "shared.config.ts")
            else:
                place.symlink_to(root / "nowhere.ts")
    project = open_project(root)
    assert isinstance(project, TaroProject)
    for ref in project.unit_refs():
        if ref.kind == "page" and ref.config is not None:  # what make_unit reads
            looked_for = cfg.config_module(project.route_base(ref.relpath))
            listed = ref.config if units._listed_config(ref) else looked_for
            assert listed == looked_for, ref
            assert units._listed_config(ref, project.listing) == units._listed_config(ref)  # no stat, same answer
            assert repr(units.page_config(project, ref.relpath, ref)) == repr(units.page_config(project, ref.relpath))
