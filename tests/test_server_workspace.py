"""The projects a workspace holds: every project below a monorepo's root, a file opened
from elsewhere, pages created on disk, and a project that disappears."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from serverkit import (  # noqa: F401
    SAMPLES, Sample, client, diagnostics, initialize, open_document, position_of, sample, until,
)

pytestmark = pytest.mark.asyncio


def watched(client: LanguageClient, *changes: tuple[Path, types.FileChangeType]) -> None:
    """What an editor says when files change on disk."""
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(path.as_uri(), kind) for path, kind in changes]))


async def test_a_monorepo_root_serves_every_project_below_it(client: LanguageClient, sample: Sample,
                                                             tmp_path: Path) -> None:
    top = tmp_path / "monorepo"
    build = SAMPLES[sample.framework]
    shop, crm = build(top / "apps" / "shop"), build(top / "apps" / "crm")
    await initialize(client, top)
    for each in (shop, crm):
        assert [d.code for d in await diagnostics(client, each.view)] == ["WC206"]


async def test_a_file_opened_from_outside_the_workspace_brings_its_project(client: LanguageClient, sample: Sample,
                                                                           tmp_path: Path) -> None:
    elsewhere = tmp_path / "notes"
    elsewhere.mkdir()
    await initialize(client, elsewhere)
    open_document(client, sample.view)
    assert [d.code for d in await diagnostics(client, sample.view)] == ["WC206"]


async def test_the_server_asks_to_hear_of_files_changed_on_disk(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    registered = await until(lambda: client.registrations, "a registration")  # type: ignore[attr-defined]
    assert registered[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES


async def test_a_page_created_on_disk_is_linted(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    view = sample.add_page(sample.root, "help")
    watched(client, *[(p, types.FileChangeType.Created) for p in sorted(view.parent.iterdir())],
            (sample.app_config, types.FileChangeType.Changed))  # a Taro page is listed there
    assert [d.code for d in await diagnostics(client, view)] == ["WC206"]
    assert [d.code for d in await diagnostics(client, sample.view)] == ["WC206"]


async def test_a_file_changed_on_disk_is_linted_again(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    sample.write(sample.view, sample.text().replace("#4790EE", "4790EE"))  # e.g. git checkout
    watched(client, (sample.view, types.FileChangeType.Changed))
    assert await diagnostics(client, sample.view, codes=[]) == []


async def test_a_project_that_disappears_is_withdrawn_and_the_server_goes_on(client: LanguageClient,
                                                                             sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    files = sorted(p for p in sample.root.rglob("*") if p.is_file())
    shutil.rmtree(sample.root)
    watched(client, *[(p, types.FileChangeType.Deleted) for p in files])
    assert await diagnostics(client, sample.view, codes=[]) == []
    again = SAMPLES[sample.framework](sample.root)  # and when it comes back, it is served again
    open_document(client, again.view)
    assert [d.code for d in await diagnostics(client, again.view, codes=["WC206"])] == ["WC206"]


async def test_a_monorepo_of_a_native_a_uniapp_and_a_taro_project_is_served_entirely(client: LanguageClient,
                                                                                       tmp_path: Path) -> None:
    top = tmp_path / "monorepo"
    served = [build(top / "apps" / name) for name, build in sorted(SAMPLES.items())]
    await initialize(client, top)
    for each in served:
        assert [d.code for d in await diagnostics(client, each.view)] == ["WC206"]
        open_document(client, each.view)
        text = each.text()
        found = await client.text_document_completion_async(types.CompletionParams(
            types.TextDocumentIdentifier(each.view.as_uri()), position_of(text, " " + each.spell("styleType", "2"))))
        items = found.items if isinstance(found, types.CompletionList) else found or []
        assert each.start_event in [i.label for i in items]  # each project's own event spelling
