#!/usr/bin/env python3
"""Generate a synthetic uni-app project (CLI layout, Vue 3) for benchmarking `wecontact lint`.

    python benchmarks/generate_uniapp.py OUT_DIR --pages N [--seed S] [--force] [--summary FILE]

Writes ``package.json`` (``@dcloudio/vite-plugin-uni``), ``tsconfig.json`` and ``src/`` with
``manifest.json`` (declaring the contact plugin in ``mp-weixin.plugins``, HBuilderX's
``"key" : value`` spacing and comments), ``pages.json`` (every page, half of them in
subpackages, with comments and conditional compilation), ``App.vue``, ``main.ts``, one shared
component, and N ``.vue`` pages of 3-4 KB: ``v-for``/``:key``, ``v-if``/``v-else-if``/``v-else``,
``:class`` bindings, ``@tap`` handlers, ``{{ }}`` with Chinese text, comments; half the
pages use ``<script setup lang="ts">``, half the options API.

A quarter of the pages use the contact plugin's ``cell``: registered in the page's
``style["mp-weixin"].usingComponents``, the element wrapped in ``<!-- #ifdef MP-WEIXIN -->``
and both handlers defined. One cell page in five carries one planted mistake, the kinds
taken in turn (see MISTAKES). The same arguments give byte-identical output.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from typing import ClassVar
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import (  # noqa: E402
    AREAS, CATEGORIES, COLORS, GOODS, HINTS, QUESTIONS, SUBPACKAGE_ROOTS, TITLES, Counts, command_line, write_files)

PROVIDER = "wx104a1a20c3f81ec2"
ALIAS = "contactPlugin"
MISTAKES: dict[str, tuple[str, ...]] = {
    "complete-message": ("UA101",),        # @complete-message: uni-app binds bindcompleteMessage
    "plugId": ("WC203", "WC201"),          # misspelt attribute: unknown attribute, and no plugid
    "bubble-hash": ("WC206",),             # bubbleColor="#4790EE" (不用带#号)
    "contact-text": ("WC205",),            # contactText="联系客服" instead of its index
    "missing-handler": ("WC301",),         # @completemessage names no method of the page
}


@dataclass
class Summary(Counts):
    """What was generated (uni-app), including the findings `wecontact lint` should report."""

    CODES_OF: ClassVar[dict[str, tuple[str, ...]]] = MISTAKES
    vue_bytes_min: int = 0
    vue_bytes_max: int = 0


@dataclass
class PageSpec:
    route: str
    title: str
    area: str
    setup: bool
    cell: bool = False
    mistake: str | None = None


class VuePage:
    """One page's .vue file from its own random stream."""

    def __init__(self, rng: random.Random, spec: PageSpec):
        self.rng, self.spec = rng, spec
        self.handlers: list[str] = []

    def handler(self, name: str) -> str:
        if name not in self.handlers:
            self.handlers.append(name)
        return name

    def goods(self) -> str:
        items = ",\n".join(f"    {{ id: {i}, name: '{self.rng.choice(GOODS)}', price: {self.rng.randint(9, 399)}, "
                           f"stock: {self.rng.randint(0, 50)} }}" for i in range(self.rng.randint(3, 6)))
        return f"[\n{items}\n  ]"

    def section_list(self) -> str:
        tap = self.handler("onGoodsTap")
        return (f'    <!-- goods: {self.spec.area} -->\n    <view class="card goods">\n'
                f'      <view v-for="item in goods" :key="item.id" class="goods-item" '
                f':class="{{ \'goods-item--empty\': item.stock === 0 }}" @tap="{tap}(item.id)">\n'
                f'        <text class="goods-name">{{{{ item.name }}}}</text>\n'
                f'        <text v-if="item.stock > 10" class="goods-price">¥{{{{ item.price }}}}</text>\n'
                f'        <text v-else-if="item.stock > 0" class="goods-low">仅剩 {{{{ item.stock }}}} 件</text>\n'
                f'        <text v-else class="muted">已售罄</text>\n      </view>\n    </view>\n')

    def section_tabs(self) -> str:
        tap = self.handler("onTabTap")
        tabs = "\n".join(f'      <view class="tab" :class="{{ active: tab === \'{key}\' }}" @tap="{tap}(\'{key}\')">'
                         f'{label}</view>' for key, label in self.rng.sample(CATEGORIES, 4))
        return f'    <view class="tabs">\n{tabs}\n    </view>\n'

    def section_faq(self) -> str:
        tap = self.handler("onQuestionTap")
        rows = "\n".join(f'      <view class="faq-item" @tap="{tap}({i})">\n        <text class="q">{q}</text>\n'
                         f'        <text v-if="open === {i}" class="a">{a}</text>\n      </view>'
                         for i, (q, a) in enumerate(self.rng.sample(QUESTIONS, 3)))
        return f'    <view class="card faq">\n      <text class="section-title">常见问题</text>\n{rows}\n    </view>\n'

    def section_notice(self) -> str:
        color = self.rng.choice(COLORS)
        return (f'    <view class="notice" :style="{{ color: \'{color}\' }}">\n'
                f'      <text>{self.rng.choice(HINTS)}</text>\n    </view>\n')

    def section_contact(self) -> str:
        mistake = self.spec.mistake
        attrs = ['plugId="a1b2c3d4"' if mistake == "plugId" else 'plugid="a1b2c3d4"', 'styleType="2"']
        if mistake == "bubble-hash":
            attrs.append('bubbleColor="#4790EE"')
        if mistake == "contact-text":
            attrs[1] = 'styleType="3"'
            attrs.append('contactText="联系客服"')
        complete = "@complete-message" if mistake == "complete-message" else "@completemessage"
        done = "onContactDone" if mistake == "missing-handler" else "completemessage"
        return ('    <!-- #ifdef MP-WEIXIN -->\n'
                f'    <cell {" ".join(attrs)} @startmessage="startmessage" {complete}="{done}" />\n'
                '    <!-- #endif -->\n')

    def template(self) -> str:
        sections = [self.section_tabs(), self.section_list(), self.section_notice(), self.section_faq(),
                    self.section_list()]
        if self.spec.cell:
            sections.insert(3, self.section_contact())
        return (f'<template>\n  <view class="page page-{self.spec.area}">\n'
                f'    <text class="page-title">{self.spec.title}</text>\n' + "".join(sections) + "  </view>\n</template>\n")

    def script(self) -> str:
        handlers = list(self.handlers)
        if self.spec.cell:
            handlers += ["startmessage", "completemessage"]
        if self.spec.setup:
            body = "\n\n".join(f"function {h}(...args: unknown[]) {{\n  console.log('{h}', args)\n}}" for h in handlers)
            return (f"<script setup lang=\"ts\">\nimport {{ ref }} from 'vue'\n\nconst tab = ref('all')\n"
                    f"const open = ref(-1)\nconst goods = ref({self.goods()})\n\n{body}\n</script>\n")
        methods = ",\n".join(f"    {h}(...args) {{\n      console.log('{h}', args)\n    }}" for h in handlers)
        return (f"<script>\nexport default {{\n  data() {{\n    return {{\n      tab: 'all',\n      open: -1,\n"
                f"      goods: {self.goods()}\n    }}\n  }},\n  methods: {{\n{methods}\n  }}\n}}\n</script>\n")

    def text(self) -> str:
        template = self.template()
        style = ".page {\n  padding: 24rpx;\n}\n\n.card {\n  margin-bottom: 24rpx;\n  background-color: #ffffff;\n}\n"
        return f"{template}\n{self.script()}\n<style>\n{style}</style>\n"


def _plan(rng: random.Random, pages: int) -> tuple[list[PageSpec], list[str]]:
    n_main, n_sub = pages - pages // 2, pages // 2
    n_roots = 0 if n_sub == 0 else min(len(SUBPACKAGE_ROOTS), 1 + pages // 250)
    roots = list(SUBPACKAGE_ROOTS[:n_roots])
    specs = []
    for index in range(pages):
        area, title = rng.choice(AREAS), rng.choice(TITLES)
        if index < n_main:
            route = f"pages/{area}-{index:04d}/index"
        else:
            route = f"{roots[(index - n_main) * n_roots // n_sub]}/pages/{area}-{index:04d}/index"
        specs.append(PageSpec(route, title, area, setup=index % 2 == 0))
    cells = sorted(rng.sample(range(pages), pages // 4))
    for index in cells:
        specs[index].cell = True
    n_mistakes = len(cells) // 5 if len(cells) >= 5 else min(len(cells), 1)
    kinds = list(MISTAKES)
    for turn, index in enumerate(rng.sample(cells, n_mistakes)):
        specs[index].mistake = kinds[turn % len(kinds)]
    return specs, roots


def _page_entry(path: str, spec: PageSpec, indent: str) -> str:
    style = f'{indent}        "navigationBarTitleText" : "{spec.title}"'
    if spec.cell:
        style += (f',\n{indent}        "mp-weixin" : {{\n{indent}            "usingComponents" : {{\n'
                  f'{indent}                "cell" : "plugin://{ALIAS}/cell"\n{indent}            }}\n{indent}        }}')
    return f'{indent}{{\n{indent}    "path" : "{path}",\n{indent}    "style" : {{\n{style}\n{indent}    }}\n{indent}}}'


def _pages_json(specs: list[PageSpec], roots: list[str]) -> str:
    main = [s for s in specs if not any(s.route.startswith(r + "/") for r in roots)]
    entries = ",\n".join(_page_entry(s.route, s, "        ") for s in main)
    subs = []
    for root in roots:
        pages = ",\n".join(_page_entry(s.route[len(root) + 1:], s, "                ")
                           for s in specs if s.route.startswith(root + "/"))
        subs.append(f'        {{\n            "root" : "{root}",\n            "pages" : [\n{pages}\n            ]\n        }}')
    sub_block = (',\n    "subPackages" : [\n' + ",\n".join(subs) + "\n    ]") if subs else ""
    return ('{\n    // generated by benchmarks/generate_uniapp.py\n    "pages" : [\n' + entries + "\n    ]"
            + sub_block + ',\n    "globalStyle" : {\n        "navigationBarTextStyle" : "black",\n'
            '        "navigationBarTitleText" : "优选小铺",\n        // #ifdef H5\n        "navigationStyle" : "custom",\n'
            '        // #endif\n        "backgroundColor" : "#F8F8F8"\n    }\n}\n')


MANIFEST = ('{\n    "name" : "bench-shop",\n    "appid" : "__UNI__BENCH00",\n    "vueVersion" : "3",\n'
            '    /* 小程序特有相关 */\n    "mp-weixin" : {\n        "appid" : "wx0123456789abcdef", // the appid\n'
            '        "setting" : {\n            "urlCheck" : false\n        },\n        "usingComponents" : true,\n'
            f'        "plugins" : {{\n            "{ALIAS}" : {{\n                "version" : "1.3.0",\n'
            f'                "provider" : "{PROVIDER}"\n            }}\n        }}\n    }}\n}}\n')
STATIC = {
    "package.json": json.dumps({"name": "bench-shop", "private": True, "dependencies": {"vue": "^3.4.21"},
                                "devDependencies": {"@dcloudio/vite-plugin-uni": "3.0.0-4020920240930001",
                                                    "typescript": "^4.9.4"}}, indent=2) + "\n",
    "tsconfig.json": '{\n  "compilerOptions": {"strict": true, "types": ["@dcloudio/types"]}\n}\n',
    "src/main.ts": "import { createSSRApp } from 'vue'\nimport App from './App.vue'\n\nexport function createApp() {\n"
                   "  return { app: createSSRApp(App) }\n}\n",
    "src/App.vue": "<script setup lang=\"ts\">\nimport { onLaunch } from '@dcloudio/uni-app'\n\n"
                   "onLaunch(() => console.log('launch'))\n</script>\n",
    "src/components/price-tag/price-tag.vue": "<template>\n  <view class=\"price-tag\">\n    <text>¥{{ price }}</text>\n"
                                              "  </view>\n</template>\n\n<script setup lang=\"ts\">\n"
                                              "defineProps<{ price: number }>()\n</script>\n",
}


def generate(out_dir: Path | str, pages: int, seed: int = 0) -> Summary:
    """Write the project into ``out_dir``; return its summary."""
    if pages < 1:
        raise ValueError("pages must be at least 1")
    out = Path(out_dir)
    summary = Summary(pages=pages)
    master = random.Random(seed)
    specs, roots = _plan(master, pages)
    files = {**STATIC, "src/manifest.json": MANIFEST, "src/pages.json": _pages_json(specs, roots)}
    sizes = []
    for spec in specs:
        text = VuePage(random.Random(master.getrandbits(64)), spec).text()
        files[f"src/{spec.route}.vue"] = text
        sizes.append(len(text.encode()))
        summary.count(spec)
    summary.subpackages = len(roots)
    summary.subpackage_pages = pages // 2 if roots else 0
    summary.vue_bytes_min, summary.vue_bytes_max = min(sizes), max(sizes)
    write_files(out, files, summary)
    return summary


def main(argv: list[str] | None = None) -> int:
    return command_line(generate, "src/pages.json", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
