"""A small, clean uni-app project (HBuilderX layout, Vue 3) that tests lay files over.

It is the base of the uni-app rules' case files (``# base: uni-app``) and of their
documentation examples: the page pages/index/index registers the cell in
``style["mp-weixin"].usingComponents`` and defines both handlers."""

from __future__ import annotations

from pathlib import Path

from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages, vue_page

CELL = '<cell plugid="a1b2c3d4" @startmessage="startmessage" @completemessage="completemessage" />'
BASE = {
    "manifest.json": manifest(),
    "pages.json": pages(),
    "pages/index/index.vue": vue_page(CELL),
    "App.vue": "<script>\nexport default {}\n</script>\n",
}


def build(root: Path, files: dict[str, str] | None = None, base: dict[str, str] = BASE) -> Path:
    """The base project under ``root`` with ``files`` laid over it ("<absent>" deletes one)."""
    for rel, content in {**base, **(files or {})}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if content.strip() == "<absent>":
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(content.encode("utf-8"))
    return root
