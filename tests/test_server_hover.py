"""Hover through a real LSP client: the guide's documentation of a cell attribute or value
(type, allowed values with labels, default, where it has an effect), and a rule's
documentation on a code in a suppression comment or on a diagnostic, in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from serverkit import (  # noqa: F401
    Sample, client, diagnostics, initialize, open_document, position_of, sample,
)
from wecontact_cli.lint.docs import rule_markdown
from wecontact_cli.lint.registry import rules_by_code

pytestmark = pytest.mark.asyncio


async def hover(client: LanguageClient, path: Path, where: types.Position) -> str | None:
    """The Markdown the server shows at ``where`` (None: nothing)."""
    found = await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(path.as_uri()),
                                                                     where))
    if found is None:
        return None
    assert isinstance(found.contents, types.MarkupContent) and found.contents.kind == types.MarkupKind.Markdown
    return found.contents.value


async def test_an_attribute_shows_type_values_default_and_effect(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    text = sample.text()
    open_document(client, sample.view)
    await diagnostics(client, sample.view, version=1)
    shown = await hover(client, sample.view, position_of(text, "styleType", 3))
    assert shown is not None
    assert "**styleType**" in shown and "type: number" in shown
    assert "- **`2`** 插件只显示为一个按钮的样式 (button only)" in shown  # the value written, in bold
    assert "- `1` 插件整行显示的样式 (whole row)" in shown
    assert "default: none" in shown and "has an effect: always" in shown


async def test_a_value_says_what_it_means(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    style = sample.spell("styleType", "2")
    text = sample.text().replace(style, f'{style} blockStyle="button" {sample.spell("buttonText", "4")}')
    open_document(client, sample.view, text)
    await diagnostics(client, sample.view, version=1)
    shown = await hover(client, sample.view, position_of(text, sample.spell("buttonText", "4"), len("buttonText=") + 1))
    assert shown is not None
    assert shown.startswith("`4` is 联系客服")
    assert "default: `0`" in shown and "has an effect: 单人客服以及多人客服出现按钮时有效" in shown


async def test_an_event_shows_what_fires_it(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    text = sample.text()
    open_document(client, sample.view)
    await diagnostics(client, sample.view, version=1)
    shown = await hover(client, sample.view, position_of(text, sample.event, 2))
    assert shown is not None and f"**{sample.event}**" in shown
    assert "fired when handling of a tap has finished" in shown and "`errcode`" in shown


async def test_a_code_in_a_suppression_comment_shows_the_rule(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    lines = sample.text().split("\n")
    lines.insert(sample.line, "  " + sample.suppression.format("wecontact-disable-next-line WC206, WC203"))
    text = "\n".join(lines)
    open_document(client, sample.view, text)
    await diagnostics(client, sample.view, version=1)
    shown = await hover(client, sample.view, position_of(text, "WC203", 2))
    assert shown == rule_markdown(rules_by_code()["WC203"], "en")


async def test_a_diagnostic_shows_its_rule(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    open_document(client, sample.view)
    found = await diagnostics(client, sample.view, codes=["WC206"])
    shown = await hover(client, sample.view, found[0].range.start)
    assert shown is not None and shown.endswith(rule_markdown(rules_by_code()["WC206"], "en"))
    assert "**bubbleColor**" in shown


async def test_hover_speaks_the_client_language(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root, locale="zh-CN")
    open_document(client, sample.view)
    found = await diagnostics(client, sample.view, codes=["WC206"])
    shown = await hover(client, sample.view, found[0].range.start)
    assert shown is not None and "类型：string" in shown and "默认值：`4790EE`" in shown
    assert shown.endswith(rule_markdown(rules_by_code()["WC206"], "zh"))


async def test_nothing_outside_the_cell(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    open_document(client, sample.view)
    await diagnostics(client, sample.view, version=1)
    assert await hover(client, sample.view, types.Position(0, 1)) is None
