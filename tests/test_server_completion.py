"""Completion through a real LSP client, inside the contact cell only: the plugin's
attribute names (not the group plugin's), event bindings in the framework's spelling,
enumerated values with the guide's labels, and the handlers the page's script defines."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from serverkit import (  # noqa: F401
    Sample, apply_edits, client, diagnostics, initialize, open_document, position_of, sample, utf16_position,
)
from wecontact_cli import plugin

pytestmark = pytest.mark.asyncio


async def complete(client: LanguageClient, path: Path, where: types.Position) -> list[types.CompletionItem]:
    """The items offered at ``where``."""
    found = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(path.as_uri()), where))
    if found is None:
        return []
    return list(found.items if isinstance(found, types.CompletionList) else found)


async def opened(client: LanguageClient, sample: Sample, text: str) -> None:
    """Initialize, open the view with ``text`` and wait for its first diagnostics."""
    await initialize(client, sample.root)
    open_document(client, sample.view, text)
    await diagnostics(client, sample.view, version=1)


async def test_attribute_names_and_events_the_cell_does_not_have_yet(client: LanguageClient, sample: Sample) -> None:
    text = sample.text()
    await opened(client, sample, text)
    items = await complete(client, sample.view, position_of(text, " " + sample.spell("styleType", "2")))  # between two attributes
    labels = [i.label for i in items]
    present = {"plugid", "styleType", "bubbleColor"}
    assert labels == [a.name for a in (plugin.ATTRIBUTES_BY_NAME["plugid"], *plugin.UI_ATTRIBUTES)
                      if a.name not in present] + [sample.start_event]
    assert not set(labels) & set(plugin.GROUP_PLUGIN_ATTRIBUTES)  # url, iconUrl: the group plugin's cell
    icon = next(i for i in items if i.label == "iconStyle")
    assert isinstance(icon.documentation, types.MarkupContent) and "`avator` 头像图标" in icon.documentation.value


async def test_a_half_typed_name_in_a_tag_not_closed_yet(client: LanguageClient, sample: Sample) -> None:
    text = sample.text()
    cut = text.index(sample.spell("styleType", "2"))
    # JSX has no recovery for a start tag left open (the module does not parse): there the
    # name is typed into a tag that is closed.
    rest = " " + text[cut:] if sample.jsx else ""
    typing = text[:cut] + "ico" + rest
    await opened(client, sample, typing)
    items = await complete(client, sample.view, position_of(typing, "ico", 3))
    icon = next(i for i in items if i.label == "iconStyle")
    assert isinstance(icon.text_edit, types.TextEdit)
    assert apply_edits(typing, [icon.text_edit]) == text[:cut] + "iconStyle" + rest


async def test_enumerated_values_with_their_labels(client: LanguageClient, sample: Sample) -> None:
    text = sample.text()
    await opened(client, sample, text)
    items = await complete(client, sample.view, position_of(text, sample.spell("styleType", "2"), len("styleType=") + 1))
    assert [(i.label, i.detail) for i in items] == [(o.value, o.label) for o in
                                                     plugin.ATTRIBUTES_BY_NAME["styleType"].options]
    three = items[2]
    assert isinstance(three.text_edit, types.TextEdit)
    assert apply_edits(text, [three.text_edit]) == text.replace(sample.spell("styleType", "2"), sample.spell("styleType", "3"))


async def test_handlers_the_page_script_defines(client: LanguageClient, sample: Sample) -> None:
    text = sample.text()
    await opened(client, sample, text)
    value = text.index(sample.handler, text.index(sample.event))
    items = await complete(client, sample.view, utf16_position(text, value + 2))
    assert sample.handler in [i.label for i in items]
    assert all(i.kind == types.CompletionItemKind.Method for i in items)


async def test_nothing_outside_the_contact_cell(client: LanguageClient, sample: Sample) -> None:
    text = sample.text()
    await opened(client, sample, text)
    assert await complete(client, sample.view, position_of(text, '="page"', 3)) == []
