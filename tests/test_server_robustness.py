"""A broken file, a half-typed tag, a binary file or a failing request is a diagnostic or
nothing, never the end of the server; random edit sequences, sent as an editor sends them
(incremental, UTF-16 ranges), end with what `wecontact lint` says of the final text."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from serverkit import (  # noqa: F401
    ENV, Sample, change_document, client, diagnostics, expected_range, initialize, lint_json, make_client,
    open_document, sample, until, utf16_position,
)

pytestmark = pytest.mark.asyncio
FAULTY = [sys.executable, str(Path(__file__).with_name("faulty_server.py"))]


async def alive(client: LanguageClient, sample: Sample) -> None:
    """The server still answers a request."""
    found = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), types.Position(0, 0)))
    assert found is None or isinstance(found, types.CompletionList)


async def test_a_broken_page_config_is_a_diagnostic(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    await diagnostics(client, sample.view, codes=["WC206"])
    config = sample.page_config
    open_document(client, config)
    change_document(client, config, sample.broken_config, 2)
    found = await until(lambda: list(client.diagnostics.get(config.as_uri(), [])), "the syntax error")
    assert found[0].severity == types.DiagnosticSeverity.Error and found[0].range.start.line == 0
    await alive(client, sample)


async def test_a_half_typed_tag_is_a_diagnostic(client: LanguageClient, sample: Sample) -> None:
    await initialize(client, sample.root)
    text = sample.text()
    typing = text[:text.index("bubbleColor")] + 'bubbleColor="#47'
    open_document(client, sample.view, typing)
    found = await diagnostics(client, sample.view, version=1)
    assert found and all(d.source == "wecontact" for d in found)
    await alive(client, sample)


async def test_a_binary_file_is_a_diagnostic(client: LanguageClient, sample: Sample) -> None:
    sample.view.write_bytes(b"\x00\x01PNG\x00" + bytes(range(256)))
    await initialize(client, sample.root)
    found = await diagnostics(client, sample.view)
    assert "binary" in found[0].message
    open_document(client, sample.view, "\x00\x00not text")
    found = await diagnostics(client, sample.view, version=1)
    assert "binary" in found[0].message
    await alive(client, sample)


@pytest_lsp.fixture(config=ClientServerConfig(FAULTY, client_factory=make_client, server_env=ENV))
async def faulty(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    """The server with faults planted in hover and in lint jobs (tests/faulty_server.py)."""
    yield
    await lsp_client.shutdown_session()


async def test_a_failing_request_or_job_never_takes_the_server_down(faulty: LanguageClient, sample: Sample) -> None:
    await initialize(faulty, sample.root)
    open_document(faulty, sample.view)
    await diagnostics(faulty, sample.view, version=1, codes=["WC206"])
    hovered = await faulty.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(sample.view.as_uri()), types.Position(sample.line, 2)))
    assert hovered is None
    assert any("planted fault in hover" in m.message for m in faulty.log_messages)
    text = sample.text()
    change_document(faulty, sample.view, text + "<!-- PLANTED FAULT -->\n", 2)
    await until(lambda: any("planted fault in a lint job" in m.message for m in faulty.log_messages), "the log")
    change_document(faulty, sample.view, text.replace("#4790EE", "4790EE"), 3)
    assert await diagnostics(faulty, sample.view, version=3) == []  # the next job runs as usual


PIECES = st.sampled_from(['<', '>', '/>', '"', "'", '=', ' ', '\n', '{{', '}}', '<!--', '-->', '<cell ', 'plugid',
                          'styleType="2"', 'bubbleColor="#', 'bind:', 'wecontact-disable-next-line WC206', '你好',
                          '😀', '\r\n', '\x00', '@', ':', '{', '}', '{/*', '*/}', '//', 'onCompletemessage={'])


@st.composite
def edits(draw: st.DrawFn, length: int) -> tuple[int, int, str]:
    """One editor change: replace ``[start, end)`` of a text of ``length`` characters."""
    start = draw(st.integers(0, length))
    end = draw(st.integers(start, min(length, start + 12)))
    return start, end, "".join(draw(st.lists(PIECES, max_size=3)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
async def test_random_edit_sequences_end_where_lint_ends(client: LanguageClient, sample: Sample, tmp_path: Path,
                                                         data: st.DataObject) -> None:
    if not client.capabilities:
        await initialize(client, sample.root)
        open_document(client, sample.view, version=0)
    base = sample.text()
    version = client.versions.get(sample.view.as_uri()) or 0  # type: ignore[attr-defined]
    version += 1
    change_document(client, sample.view, base, version)
    text = base
    for _ in range(data.draw(st.integers(1, 6))):
        start, end, inserted = data.draw(edits(len(text)))
        if "\r\n" in text[max(start - 1, 0):start + 1] or "\r\n" in text[max(end - 1, 0):end + 1]:
            continue  # an editor never cuts between \r and \n
        version += 1
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=sample.view.as_uri(), version=version),
            [types.TextDocumentContentChangePartial(types.Range(utf16_position(text, start), utf16_position(text, end)),
                                                    inserted)]))
        text = text[:start] + inserted + text[end:]
    found = await diagnostics(client, sample.view, version=version)
    copy = tmp_path / f"copy-{version}"
    shutil.copytree(sample.root, copy)
    (copy / sample.view.relative_to(sample.root)).write_bytes(text.encode("utf-8"))
    relative = sample.view.relative_to(sample.root).as_posix()
    expected = sorted((f["code"], f["message"], str(expected_range(copy, f)))
                      for f in lint_json(copy) if f["filename"] == relative)
    assert sorted((str(d.code or ""), d.message, str(d.range)) for d in found) == expected
