"""Code actions through a real LSP client: every fix `lint --fix` makes, "suppress this on
this line" in the framework's comment syntax, and "fix all safe problems in this file";
the edits, applied as an editor applies them, give what `lint --fix` writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import run_cli
from serverkit import (  # noqa: F401
    Sample, apply_edits, change_document, client, diagnostics, document_edits, initialize, open_document, sample,
    until,
)
from wecontact_cli.server.documents import uri_path

pytestmark = pytest.mark.asyncio


def fixable(sample: Sample) -> tuple[str, str]:
    """One more fixable mistake on the cell's line: blockStyle spelt in lower case (WC203)."""
    style = sample.spell("styleType", "2")
    return style, f'{style} blockstyle="bubble"'


async def actions(client: LanguageClient, path: Path, where: types.Range,
                  diagnostics_: list[types.Diagnostic]) -> list[types.CodeAction]:
    """The code actions the server offers for ``where``."""
    found = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(path.as_uri()), where, types.CodeActionContext(diagnostics_)))
    return [a for a in found or [] if isinstance(a, types.CodeAction)]


def fixed_by_cli(sample: Sample, tmp_path: Path, texts: dict[Path, str]) -> dict[Path, str]:
    """What ``lint --fix`` writes into a copy holding ``texts``: each file's text, by the sample's path."""
    copy = tmp_path / "cli-copy"
    shutil.copytree(sample.root, copy)
    for path, text in texts.items():
        (copy / path.relative_to(sample.root)).write_text(text, encoding="utf-8")
    run_cli("lint", copy, "--fix", "--exit-zero")
    return {path: (copy / path.relative_to(sample.root)).read_text(encoding="utf-8") for path in texts}


async def test_the_fix_of_a_diagnostic_is_its_quick_fix(client: LanguageClient, sample: Sample,
                                                         tmp_path: Path) -> None:
    await initialize(client, sample.root)
    open_document(client, sample.view)
    found = await diagnostics(client, sample.view, codes=["WC206"])
    offered = await actions(client, sample.view, found[0].range, found)
    fix = next(a for a in offered if a.kind == types.CodeActionKind.QuickFix and a.is_preferred)
    assert fix.title == "write '4790EE'" and list(fix.diagnostics or []) == found
    change = fix.edit.document_changes[0]  # type: ignore[union-attr, index]
    assert change.text_document.version == 1  # type: ignore[union-attr]
    edited = apply_edits(sample.text(), change.edits)  # type: ignore[union-attr, arg-type]
    assert edited == fixed_by_cli(sample, tmp_path, {sample.view: sample.text()})[sample.view]
    assert edited == sample.text().replace("#4790EE", "4790EE")  # only the value changed


async def test_suppress_writes_the_framework_comment_above_with_the_line_indentation(
        client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    open_document(client, sample.view)
    found = await diagnostics(client, sample.view, codes=["WC206"])
    offered = await actions(client, sample.view, found[0].range, found)
    suppress = next(a for a in offered if a.title == "Suppress WC206 on this line")
    edited = apply_edits(sample.text(), document_edits(suppress.edit)[sample.view.as_uri()])  # type: ignore[arg-type]
    lines, before = edited.split("\n"), sample.text().split("\n")
    indent = before[sample.line][:len(before[sample.line]) - len(before[sample.line].lstrip())]
    assert lines[sample.line] == indent + sample.suppression.format("wecontact-disable-next-line WC206")
    assert lines[:sample.line] + lines[sample.line + 1:] == before
    change_document(client, sample.view, edited, 2)
    assert await diagnostics(client, sample.view, version=2) == []


async def test_a_second_suppression_joins_the_directive_already_above(client: LanguageClient,
                                                                        sample: Sample) -> None:
    await initialize(client, sample.root)
    text = sample.text().replace(*fixable(sample))
    lines = text.split("\n")
    lines.insert(sample.line, "  " + sample.suppression.format("wecontact-disable-next-line WC206 -- legacy colour"))
    text = "\n".join(lines)
    open_document(client, sample.view, text)
    change_document(client, sample.view, text, 2)
    found = await diagnostics(client, sample.view, version=2, codes=["WC203"])
    offered = await actions(client, sample.view, found[0].range, found)
    suppress = next(a for a in offered if a.title == "Suppress WC203 on this line")
    edited = apply_edits(text, document_edits(suppress.edit)[sample.view.as_uri()])  # type: ignore[arg-type]
    assert edited.split("\n")[sample.line] == "  " + sample.suppression.format(
        "wecontact-disable-next-line WC206, WC203 -- legacy colour")
    change_document(client, sample.view, edited, 3)
    assert await diagnostics(client, sample.view, version=3) == []


async def test_fix_all_makes_every_safe_fix_of_the_file_as_lint_fix_does(client: LanguageClient, sample: Sample,
                                                                          tmp_path: Path) -> None:
    await initialize(client, sample.root)
    text = sample.text().replace(*fixable(sample))
    open_document(client, sample.view, text)
    change_document(client, sample.view, text, 2)
    found = await diagnostics(client, sample.view, version=2, codes=["WC203", "WC206"])
    offered = await actions(client, sample.view, found[0].range, found)
    fix_all = next(a for a in offered if a.kind == "source.fixAll.wecontact")
    assert fix_all.title == "Fix all safe problems in this file"
    edited = apply_edits(text, document_edits(fix_all.edit)[sample.view.as_uri()])  # type: ignore[arg-type]
    assert edited == fixed_by_cli(sample, tmp_path, {sample.view: text})[sample.view]
    only = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), found[0].range,
        types.CodeActionContext(found, only=[types.CodeActionKind.SourceFixAll])))
    assert [a.title for a in only or []] == ["Fix all safe problems in this file"]  # type: ignore[union-attr]


async def test_a_fix_into_another_file_edits_that_file(client: LanguageClient, sample: Sample,
                                                       tmp_path: Path) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    undeclared = sample.text(sample.app_config).replace(sample.declaration, '"plugins": {}')
    open_document(client, sample.app_config)
    change_document(client, sample.app_config, undeclared, 2)
    page = next(iter(await until(lambda: {uri: list(found) for uri, found in client.diagnostics.items()
                                          if any(d.code == "WC101" for d in found)}, "WC101")))
    found = [d for d in client.diagnostics[page] if d.code == "WC101"]
    page_path = uri_path(page)
    assert page_path is not None
    offered = await actions(client, page_path, found[0].range, found)
    declare = next(a for a in offered if a.is_preferred)
    edits = document_edits(declare.edit)  # type: ignore[arg-type]
    assert list(edits) == [sample.app_config.as_uri()]
    declared = apply_edits(undeclared, edits[sample.app_config.as_uri()])
    assert declared == fixed_by_cli(sample, tmp_path, {sample.app_config: undeclared})[sample.app_config]
    assert sample.declaration in sample.text(sample.app_config)  # the server proposes; only the editor writes


async def test_an_app_level_warning_is_suppressed_in_the_app_config_own_comment_syntax(
        client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    old = sample.text(sample.app_config).replace("1.3.0", "1.0.0")  # WC103: older than the guide's
    open_document(client, sample.app_config, old)
    found = await diagnostics(client, sample.app_config, version=1, codes=["WC103"])
    offered = await actions(client, sample.app_config, found[0].range, found)
    titles = [a.title for a in offered]
    if sample.app_suppression is None:
        assert "Suppress WC103 on this line" not in titles  # app.json is strict JSON: no comment
        return
    suppress = next(a for a in offered if a.title == "Suppress WC103 on this line")
    edited = apply_edits(old, document_edits(suppress.edit)[sample.app_config.as_uri()])  # type: ignore[arg-type]
    line = found[0].range.start.line
    assert edited.split("\n")[line].strip() == sample.app_suppression.format("wecontact-disable-next-line WC103")
    assert edited.split("\n")[:line] + edited.split("\n")[line + 1:] == old.split("\n")
    change_document(client, sample.app_config, edited, 2)
    assert await diagnostics(client, sample.app_config, version=2) == []
    on_code = types.Position(line, edited.split("\n")[line].index("WC103") + 2)
    shown = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(sample.app_config.as_uri()), on_code))
    assert shown is not None and "**WC103**" in shown.contents.value  # type: ignore[union-attr]
