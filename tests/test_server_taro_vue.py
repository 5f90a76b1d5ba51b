"""A Taro project on Vue 3 through a real LSP client: its .vue page is served with Vue's
syntax (``@completemessage``, ``<!-- -->``) inside Taro's project (its configs, its rules)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from serverkit import (  # noqa: F401
    apply_edits, change_document, client, diagnostics, document_edits, initialize, open_document, position_of,
    taro_vue,
)

pytestmark = pytest.mark.asyncio


async def test_a_taro_vue_page_gets_diagnostics_completion_and_a_vue_suppression(client: LanguageClient,
                                                                                 tmp_path: Path) -> None:
    sample = taro_vue(tmp_path / "taro-vue")
    await initialize(client, sample.root)
    text = sample.text()
    open_document(client, sample.view)
    found = await diagnostics(client, sample.view, version=1, codes=["WC206"])
    listed = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), position_of(text, ' :styleType="2"')))
    items = listed.items if isinstance(listed, types.CompletionList) else listed or []
    assert "@startmessage" in [i.label for i in items] and "@completemessage" not in [i.label for i in items]
    listed = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), position_of(text, '"onContactDone"', 3)))
    items = listed.items if isinstance(listed, types.CompletionList) else listed or []
    assert {"onContactDone", "onShareTap"} <= {i.label for i in items}
    offered = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), found[0].range, types.CodeActionContext(found)))
    suppress = next(a for a in offered or [] if isinstance(a, types.CodeAction)
                    and a.title == "Suppress WC206 on this line")
    edited = apply_edits(text, document_edits(suppress.edit)[sample.view.as_uri()])  # type: ignore[arg-type]
    assert edited.split("\n")[sample.line] == "    <!-- wecontact-disable-next-line WC206 -->"
    change_document(client, sample.view, edited, 2)
    assert await diagnostics(client, sample.view, version=2) == []
