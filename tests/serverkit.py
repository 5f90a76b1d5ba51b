"""`wecontact server` driven by a real LSP client (pytest-lsp), and the projects it serves.

A ``Sample`` is one small project of a framework with the same content: a page whose cell
carries a fixable mistake (``bubbleColor="#4790EE"``, WC206) after Chinese text and an
emoji on the same line (LSP counts UTF-16 code units), a handler in the page's script, and
the plugin declared at app level. Every end-to-end test runs on every sample: serving a
new framework in these tests is one builder added to ``SAMPLES``. The samples: native
(WXML), uni-app (Vue 3, ``<script setup lang="ts">``, the cell registered in pages.json's
globalStyle) and Taro (React, TSX, the cell registered in the page's index.config.ts).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from conftest import PROVIDER, run_cli
from wecontact_cli import plugin

SERVER = [sys.executable, "-m", "wecontact_cli", "server"]
ENV = {**{k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES")}, "LC_ALL": "C", "LANG": "C"}
WAIT = 30.0
"""How long a test waits for the server before it fails (a bound, not a measurement)."""

CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        workspace_folders=True,
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)),
    text_document=types.TextDocumentClientCapabilities(
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
        completion=types.CompletionClientCapabilities(completion_item=types.ClientCompletionItemOptions(
            documentation_format=[types.MarkupKind.Markdown])),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)))


# -- samples ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """A project of one framework, and how that framework spells what the tests check."""

    framework: str
    root: Path
    view: Path
    """The page's file holding the cell."""
    app_config: Path
    """Where the plugin is declared."""
    declaration: str
    """The declaration as written in ``app_config`` (removing it undeclares the plugin)."""
    event: str
    """The framework's spelling of a ``completemessage`` binding (the sample's cell has one)."""
    start_event: str
    """The framework's spelling of a ``startmessage`` binding (the sample's cell has none)."""
    suppression: str
    """The comment that silences a code on the next line, with ``{}`` for the codes."""
    handler: str
    """A method the page's script defines."""
    line: int
    """The 0-based line of the view holding the cell."""
    add_page: Callable[[Path, str], Path]
    """Write one more page or component named ``name`` into the project at the given root,
    whose cell has ``bubbleColor="#123"`` (WC206); its view (the app config may change too)."""
    page_config: Path
    """The file registering the cell for the page (its .json, pages.json, index.config.ts)."""
    broken_config: str
    """``page_config``'s text with a syntax error on its first line."""
    bad_value: str = "#4790EE"
    """What WC206 underlines (a JSX string keeps its quotes)."""
    jsx: bool = False
    """Values are JSX's: a number is written ``{2}``."""
    app_suppression: str | None = None
    """The suppression comment of ``app_config`` (None: strict JSON holds no comment)."""

    def spell(self, name: str, value: str) -> str:
        """A cell attribute with a static value as this framework writes it: ``styleType="2"``,
        in JSX ``styleType={2}`` for a number."""
        if self.jsx and plugin.ATTRIBUTES_BY_NAME[name].kind == "number":
            return f"{name}={{{value}}}"
        return f'{name}="{value}"'

    def write(self, path: Path, text: str) -> None:
        """Save a file of the project."""
        path.write_text(text, encoding="utf-8")

    def text(self, path: Path | None = None) -> str:
        """A file's text (default: the view's)."""
        return (path or self.view).read_bytes().decode("utf-8")  # line endings as they are


NATIVE_VIEW = """<view class="page">
  <!-- 联系客服 -->
  <text>你好😀，客服</text><cell plugid="a1b2c3d4" styleType="2" bubbleColor="#4790EE" bind:completemessage="onContactDone" />
</view>
"""


def native_page(root: Path, name: str) -> Path:
    """A native component beside the contact page: its .json and .wxml."""
    folder = root / "miniprogram" / "components" / name
    folder.mkdir(parents=True)
    (folder / "index.json").write_text('{"component": true, "usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
                                       encoding="utf-8")
    (folder / "index.wxml").write_text('<cell plugid="a1b2c3d4" styleType="2" bubbleColor="#123" />\n',
                                       encoding="utf-8")
    return folder / "index.wxml"


def native(root: Path) -> Sample:
    """A native mini-program: app.json, and the page's .json, .wxml and .js."""
    app = root / "miniprogram"
    page = app / "pages" / "contact"
    page.mkdir(parents=True)
    (root / "project.config.json").write_text(json.dumps({"miniprogramRoot": "miniprogram/"}), encoding="utf-8")
    declaration = f'"plugins": {{"contactPlugin": {{"version": "1.3.0", "provider": "{PROVIDER}"}}}}'
    (app / "app.json").write_text('{\n  "pages": ["pages/contact/index"],\n  ' + declaration + "\n}\n", encoding="utf-8")
    (page / "index.json").write_text('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n', encoding="utf-8")
    (page / "index.wxml").write_text(NATIVE_VIEW, encoding="utf-8")
    (page / "index.js").write_text("Page({\n  onContactDone(e) {},\n  onLoad() {}\n})\n", encoding="utf-8")
    return Sample("native", root, page / "index.wxml", app / "app.json", declaration, "bind:completemessage",
                  "bind:startmessage", "<!-- {} -->", "onContactDone", 2, native_page, page / "index.json",
                  '{,"usingComponents": {"cell": "plugin://contactPlugin/cell"}}')


def write_files(root: Path, files: dict[str, str]) -> None:
    """Files under ``root`` by relative path."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


UNIAPP_VIEW = """<template>
  <view class="page">
    <!-- 联系客服 -->
    <text>你好😀，客服</text><cell plugid="a1b2c3d4" styleType="2" bubbleColor="#4790EE" @completemessage="onContactDone" />
  </view>
</template>

<script setup lang="ts">
function onContactDone(e: any) {}
function onShareTap() {}
</script>
"""
UNIAPP_PAGES = """{
    "pages" : [
        {
            "path" : "pages/contact/index",
            "style" : {
                "navigationBarTitleText" : "联系客服"
            }
        }
    ],
    "globalStyle" : {
        "navigationBarTitleText" : "demo",
        "usingComponents" : {
            "cell" : "plugin://contactPlugin/cell"
        }
    }
}
"""


def uniapp_page(root: Path, name: str) -> Path:
    """A uni-app component using the globally registered cell."""
    view = root / "components" / name / f"{name}.vue"
    write_files(root, {view.relative_to(root).as_posix():
                       '<template>\n  <cell plugid="a1b2c3d4" styleType="2" bubbleColor="#123" />\n</template>\n'})
    return view


def uniapp(root: Path) -> Sample:
    """A uni-app project (HBuilderX layout, Vue 3): manifest.json declares the plugin, pages.json
    registers the cell for every page (globalStyle), the page's script is ``<script setup>``."""
    from wecontact_cli.frameworks.uniapp.rules._examples import PLUGINS, manifest

    write_files(root, {"manifest.json": manifest(), "pages.json": UNIAPP_PAGES, "pages/contact/index.vue": UNIAPP_VIEW,
                       "App.vue": "<script>\nexport default {}\n</script>\n"})
    declaration = PLUGINS.lstrip(",\n ")
    return Sample("uni-app", root, root / "pages/contact/index.vue", root / "manifest.json", declaration,
                  "@completemessage", "@startmessage", "<!-- {} -->", "onContactDone", 3, uniapp_page,
                  root / "pages.json", "{,\n" + UNIAPP_PAGES[2:], app_suppression="// {}")


TARO_VIEW = """import { View, Text } from '@tarojs/components'

export default function Index() {
  const onContactDone = () => {}
  const onShareTap = () => {}
  return (
    <View className="page">
      {/* 联系客服 */}
      <Text>你好😀，客服</Text><cell plugid="a1b2c3d4" styleType={2} bubbleColor="#4790EE" onCompletemessage={onContactDone} />
    </View>
  )
}
"""
TARO_CONFIG = "export default definePageConfig({\n  usingComponents: {\n    cell: 'plugin://contactPlugin/cell',\n  },\n})\n"


def taro_page(root: Path, name: str) -> Path:
    """A Taro page (its view and config), added to the app config's pages."""
    from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG

    write_files(root, {f"src/pages/{name}/index.config.ts": TARO_CONFIG, f"src/pages/{name}/index.tsx":
                       "export default function Help() {\n  return <cell plugid=\"a1b2c3d4\" styleType={2} "
                       "bubbleColor=\"#123\" />\n}\n"})
    app = root / APP_CONFIG
    app.write_text(app.read_text(encoding="utf-8").replace("'pages/index/index'", f"'pages/index/index', 'pages/{name}/index'"),
                   encoding="utf-8")
    return root / f"src/pages/{name}/index.tsx"


def taro(root: Path) -> Sample:
    """A Taro project (React, TypeScript): app.config.ts declares the plugin, the page's
    index.config.ts registers the cell, its index.tsx is a function component."""
    from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG, BASE, PAGE_CONFIG, VIEW

    write_files(root, {**BASE, VIEW: TARO_VIEW, PAGE_CONFIG: TARO_CONFIG})
    declaration = "plugins: {\n    contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' },\n  }"
    assert declaration in BASE[APP_CONFIG]
    return Sample("taro", root, root / VIEW, root / APP_CONFIG, declaration, "onCompletemessage", "onStartmessage",
                  "{{/* {} */}}", "onContactDone", 8, taro_page, root / PAGE_CONFIG, ")" + TARO_CONFIG,
                  bad_value='"#4790EE"', jsx=True, app_suppression="// {}")


TARO_VUE_VIEW = UNIAPP_VIEW.replace(' styleType="2"', ' :styleType="2"')
"""uni-app's view, the number bound: Taro's Vue passes a plain attribute on as text."""


def taro_vue(root: Path) -> Sample:
    """A Taro project on Vue 3: the page's view is a .vue file (Vue's event and comment
    syntax), its config and the app config are Taro's."""
    from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG, BASE, PAGE_CONFIG, VIEW

    files = {k: v for k, v in BASE.items() if k != VIEW}
    files["package.json"] = files["package.json"].replace('"react": "^18.3.1"', '"vue": "^3.4.0"')
    files["config/index.ts"] = files["config/index.ts"].replace("'react'", "'vue3'")
    view = "src/pages/index/index.vue"
    write_files(root, {**files, view: TARO_VUE_VIEW, PAGE_CONFIG: TARO_CONFIG})
    declaration = "plugins: {\n    contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' },\n  }"
    return Sample("taro", root, root / view, root / APP_CONFIG, declaration, "@completemessage", "@startmessage",
                  "<!-- {} -->", "onContactDone", 3, taro_page, root / PAGE_CONFIG, ")" + TARO_CONFIG,
                  app_suppression="// {}")


SAMPLES: dict[str, Callable[[Path], Sample]] = {"native": native, "uni-app": uniapp, "taro": taro}
"""Framework name (as `wecontact doctor` names it) -> the builder of its sample."""


@pytest.fixture(params=sorted(SAMPLES))
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> Sample:
    """Each framework's sample project, in a scratch folder."""
    return SAMPLES[request.param](tmp_path / request.param)


# -- the client ------------------------------------------------------------------------------


def _published(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.versions[params.uri] = params.version  # type: ignore[attr-defined]
    client.publications += 1  # type: ignore[attr-defined]


def _registered(client: LanguageClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)  # type: ignore[attr-defined]


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping the version each publication names and the
    capabilities the server registers (the files it asks to be told about)."""
    client = LanguageClient(converter_factory=default_converter)
    client.versions = {}  # type: ignore[attr-defined]
    client.publications = 0  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _published,
                                   types.CLIENT_REGISTER_CAPABILITY: _registered})
    return client


@pytest_lsp.fixture(config=ClientServerConfig(SERVER, client_factory=make_client, server_env=ENV))
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    """A running ``wecontact server`` (the test initializes it), shut down cleanly after."""
    yield
    await lsp_client.shutdown_session()


async def initialize(client: LanguageClient, *folders: Path, locale: str | None = None,
                     capabilities: types.ClientCapabilities = CAPABILITIES) -> types.InitializeResult:
    """The initialize handshake with workspace folders."""
    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities, locale=locale,
        workspace_folders=[types.WorkspaceFolder(f.as_uri(), f.name) for f in folders]))


async def until(check: Callable[[], Any], what: str) -> Any:
    """Wait for the server until ``check()`` is truthy (bounded: a hung server fails the test)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while loop.time() < deadline:
        result = check()
        if result:
            return result
        await asyncio.sleep(0.02)
    raise AssertionError(f"the server never delivered {what}")


async def diagnostics(client: LanguageClient, path: Path, *, version: int | None = None,
                      codes: Sequence[str] | None = None) -> list[types.Diagnostic]:
    """The diagnostics of ``path`` once published (for ``version``, or with exactly ``codes``)."""
    uri = path.as_uri()

    def ready() -> list[types.Diagnostic] | bool:
        if uri not in client.diagnostics:
            return False
        if version is not None and client.versions.get(uri) != version:  # type: ignore[attr-defined]
            return False
        found = list(client.diagnostics[uri])
        if codes is not None and sorted(str(d.code) for d in found) != sorted(codes):
            return False
        return found or [None]  # type: ignore[list-item]

    found = await until(ready, f"diagnostics of {path.name} (version {version}, codes {codes})")
    return [d for d in found if d is not None]


def open_document(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    """didOpen with the file's text (or ``text``); its URI."""
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri, path.suffix.lstrip("."), version, text)))
    return uri


def change_document(client: LanguageClient, path: Path, text: str, version: int) -> None:
    """didChange sending the whole new text (unsaved)."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
        [types.TextDocumentContentChangeWholeDocument(text)]))


# -- positions and the CLI's view ------------------------------------------------------------


def utf16_position(text: str, offset: int) -> types.Position:
    """The LSP position of a character offset, counted independently of the server's code
    (LSP breaks lines at \r\n, \r and \n; between \r and \n is the end of the line)."""
    before = text[:offset]
    if before.endswith("\r") and text[offset:offset + 1] == "\n":
        before = before[:-1]
    lines = re.split(r"\r\n|\r|\n", before)
    return types.Position(len(lines) - 1, len(lines[-1].encode("utf-16-le", "surrogatepass")) // 2)


def position_of(text: str, needle: str, inside: int = 0) -> types.Position:
    """The position ``inside`` characters into the first occurrence of ``needle``."""
    offset = text.index(needle)
    return utf16_position(text, offset + inside)


def lint_json(root: Path, lang: str = "en") -> list[dict[str, Any]]:
    """What ``wecontact lint -f json`` reports for the project."""
    result = run_cli("lint", root, "-f", "json", "--exit-zero", "--lang", lang)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def expected_range(root: Path, finding: dict[str, Any]) -> types.Range:
    """The LSP range of a ``lint -f json`` finding (rows and columns 1-based, in characters)."""
    text = (root / finding["filename"]).read_bytes().decode("utf-8")  # line endings as they are
    lines = text.split("\n")

    def offset(where: dict[str, int]) -> int:
        return sum(len(line) + 1 for line in lines[:where["row"] - 1]) + where["column"] - 1

    return types.Range(utf16_position(text, offset(finding["location"])),
                       utf16_position(text, offset(finding["end_location"])))


def apply_edits(text: str, edits: Sequence[types.TextEdit]) -> str:
    """``text`` with LSP edits applied as an editor applies them (UTF-16 positions)."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:position.line])
        units, chars = 0, 0
        line = lines[position.line] if position.line < len(lines) else ""
        while units < position.character and chars < len(line):
            units += 2 if ord(line[chars]) > 0xFFFF else 1
            chars += 1
        return before + chars

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


def document_edits(edit: types.WorkspaceEdit) -> dict[str, list[types.TextEdit]]:
    """A workspace edit's text edits by URI (document changes or plain changes)."""
    found: dict[str, list[types.TextEdit]] = {}
    for change in edit.document_changes or []:
        assert isinstance(change, types.TextDocumentEdit)
        found.setdefault(change.text_document.uri, []).extend(change.edits)  # type: ignore[arg-type]
    for uri, edits in (edit.changes or {}).items():
        found.setdefault(uri, []).extend(edits)
    return found
