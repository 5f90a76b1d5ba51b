"""A Taro component's cell is registered by the pages that render it: saving a page's
config re-lints the components it renders (the server lints a Taro project whole on save)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from serverkit import client, diagnostics, initialize, open_document, taro, write_files  # noqa: F401

pytestmark = pytest.mark.asyncio


async def test_saving_a_page_config_relints_the_component_it_renders(client: LanguageClient, tmp_path: Path) -> None:
    sample = taro(tmp_path / "taro")
    component = sample.root / "src/components/Contact.tsx"
    write_files(sample.root, {"src/components/Contact.tsx":
                              'export default function Contact() {\n  return <cell plugid="a1b2c3d4" />\n}\n'})
    sample.write(sample.view, sample.text().replace(
        "from '@tarojs/components'\n", "from '@tarojs/components'\nimport Contact from '../../components/Contact'\n"
    ).replace('<View className="page">', '<View className="page">\n      <Contact />'))
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    assert not client.diagnostics.get(component.as_uri())  # the first pass is done: nothing there
    config = sample.text(sample.page_config)
    open_document(client, sample.page_config, config)
    unregistered = config.replace("cell: 'plugin://contactPlugin/cell',", "")
    sample.write(sample.page_config, unregistered)  # the editor saves, then says so
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=sample.page_config.as_uri(), version=2),
        [types.TextDocumentContentChangeWholeDocument(unregistered)]))
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(
        sample.page_config.as_uri())))
    assert [d.code for d in await diagnostics(client, component, codes=["TR106"])] == ["TR106"]
