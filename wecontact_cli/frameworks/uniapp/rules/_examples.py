"""The documentation examples of the uni-app rules, as files over the uni-app base project
(an HBuilderX Vue 3 project whose page pages/index/index registers the cell in
``style["mp-weixin"].usingComponents`` and defines both handlers in ``methods``)."""

from __future__ import annotations

PAGE = "pages/index/index.vue"
HANDLERS = "  methods: {\n    startmessage(e) {},\n    completemessage(e) {}\n  }"


def vue_page(template: str, script: str = HANDLERS) -> str:
    """A page's .vue file: ``template`` inside ``<template><view>``, ``script`` inside the
    options object of ``export default``."""
    body = "\n".join("    " + line if line else "" for line in template.splitlines())
    return f"<template>\n  <view>\n{body}\n  </view>\n</template>\n\n<script>\nexport default {{\n{script}\n}}\n</script>\n"


def page_files(template: str, script: str = HANDLERS) -> dict[str, str]:
    """The base page with ``template`` as its markup."""
    return {PAGE: vue_page(template, script)}


MANIFEST_HEAD = '{\n    "name" : "demo",\n    "vueVersion" : "3",\n    "mp-weixin" : {\n        "appid" : "wx0123456789abcdef"'
PLUGINS = (',\n        "plugins" : {\n            "contactPlugin" : {\n                "version" : "1.3.0",\n'
           '                "provider" : "wx104a1a20c3f81ec2"\n            }\n        }')


def manifest(*, plugins: bool = True, vue: str = "3", tail: str = "") -> str:
    """manifest.json, with or without the contact plugin in mp-weixin.plugins."""
    head = MANIFEST_HEAD.replace('"vueVersion" : "3"', f'"vueVersion" : "{vue}"')
    return head + (PLUGINS if plugins else "") + "\n    }" + tail + "\n}\n"


def pages(style: str = '"mp-weixin" : {\n                    "usingComponents" : {\n'
                       '                        "cell" : "plugin://contactPlugin/cell"\n                    }\n'
                       '                }', top: str = "") -> str:
    """pages.json with the one page, its style's members given as text."""
    return ('{\n' + top + '    "pages" : [\n        {\n            "path" : "pages/index/index",\n'
            '            "style" : {\n                ' + style + '\n            }\n        }\n    ],\n'
            '    "globalStyle" : {\n        "navigationBarTitleText" : "demo"\n    }\n}\n')
