"""The Language Server Protocol wiring: which LSP message does what.

Every handler is guarded: whatever goes wrong in one request or notification is logged
to the editor (``window/logMessage``) and answered with nothing, and the server goes on.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from wecontact_cli import __version__
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n import Lang, detect_lang
from wecontact_cli.i18n.message import msg
from wecontact_cli.server.actions import FIX_ALL, QUICKFIX, ActionContext, code_actions
from wecontact_cli.server.completion import completions
from wecontact_cli.server.diagnostics import Published
from wecontact_cli.server.documents import DocumentStore, path_uri, uri_path
from wecontact_cli.server.hover import hover_markdown
from wecontact_cli.server.jobs import Done, Jobs
from wecontact_cli.server.linting import ProjectLint
from wecontact_cli.server.positions import LineMap
from wecontact_cli.server.workspace import Projects
from wecontact_cli.text.source import read_source

WATCHED = "**/*.{json,wxml,js,ts,vue,jsx,tsx,mjs,cjs,mts,cts}"
"""The files whose creation, deletion or change on disk matters (the editor reports them)."""
TRIGGERS = [" ", '"', "'", "{", "@"]

R = TypeVar("R")


class WecontactServer(LanguageServer):
    """The server's state: open documents, served projects, what was published."""

    def __init__(self, lang: Lang | None) -> None:
        super().__init__("wecontact", __version__)
        self.lang_option = lang
        self.lang: Lang = lang or "en"
        self.documents = DocumentStore()
        self.projects = Projects(self.lang)
        self.published: dict[Path, Published] = {}
        self.folders: list[Path] = []
        self.jobs = Jobs(self.documents.snapshot, self.encoding, self.deliver, self.job_failed)

    def encoding(self) -> str:
        """The position encoding agreed with the client (utf-16 unless it offered another)."""
        return str(getattr(self.workspace, "position_encoding", None) or "utf-16")

    def log(self, text: str, kind: types.MessageType = types.MessageType.Log) -> None:
        """A line in the editor's log of this server."""
        self.window_log_message(types.LogMessageParams(kind, text))

    def report_server_error(self, error: Exception, source: Any) -> None:
        """pygls's own errors (a malformed message): logged, never a pop-up in the editor."""
        self.log(msg("server.request_failed", method=getattr(source, "__name__", str(source)),
                     kind=type(error).__name__, detail=str(error)).render(self.lang), types.MessageType.Error)

    def job_failed(self, where: str, error: BaseException) -> None:
        """A lint job that failed: said in the log; the queue goes on."""
        self.report_server_error(error, f"lint {where}")  # type: ignore[arg-type]

    def deliver(self, done: Done) -> None:
        """Publish a job's diagnostics; forget a project that is gone."""
        for published in done.published:
            self.published[published.path] = published
            diagnostics = [lsp for _, lsp in published.items]
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                path_uri(published.path), diagnostics, published.version))
            if not diagnostics:
                self.published.pop(published.path, None)
        project = done.project
        if project.gone:
            self.projects.forget(project)
        elif project.error is not None and project.session is None:
            self.log(msg("server.project_failed", root=str(project.root), error=project.error.raw_message)
                     .render(self.lang), types.MessageType.Warning)

    def edited(self, path: Path) -> None:
        """Queue the re-lint a change to ``path`` calls for."""
        project = self.projects.adopt(path)
        if project is None:
            return
        self.jobs.add(project, full=project.session is None and project.error is None, path=path)

    def opened(self, uri: str) -> tuple[Path, ProjectLint, str, LineMap] | None:
        """An open document's path, its project, its text and the text's positions in the
        client's encoding (None: not a file, not served, or not open)."""
        path = uri_path(uri)
        document = self.documents.get(path) if path is not None else None
        project = self.projects.owner(path) if path is not None else None
        if path is None or document is None or project is None:
            return None
        return path, project, document.text, LineMap(document.text, self.encoding())

    def current_text(self, path: Path, root: Path) -> str | None:
        """A file as it is now: the open document's text, else the disk's."""
        document = self.documents.get(path)
        if document is not None:
            return document.text
        try:
            return read_source(path, root).text
        except (WecontactError, OSError):
            return None


def guarded(name: str, default: Callable[[], R]) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Run a handler; an exception is logged and ``default()`` answered instead."""
    def wrap(handler: Callable[..., R]) -> Callable[..., R]:
        @functools.wraps(handler)
        def run(ls: WecontactServer, params: Any) -> R:
            try:
                return handler(ls, params)
            except Exception as error:  # one failing request never takes the server down
                ls.report_server_error(error, name)  # type: ignore[arg-type]
                return default()
        return run
    return wrap


def client_lang(params: types.InitializeParams) -> Lang:
    """The client's locale (zh-cn, zh-TW, en ...) as one of our languages; else the environment's."""
    locale = params.locale or ""
    if locale:
        return "zh" if locale.lower().startswith("zh") else "en"
    return detect_lang(os.environ)


def create_server(lang: Lang | None = None) -> WecontactServer:
    """A server with every feature registered (``lang``: --lang, else the client's locale)."""
    server = WecontactServer(lang)
    _lifecycle(server)
    _documents(server)
    _features(server)
    return server


def _lifecycle(server: WecontactServer) -> None:
    @server.feature(types.INITIALIZE)
    @guarded("initialize", lambda: None)
    def initialize(ls: WecontactServer, params: types.InitializeParams) -> None:
        ls.lang = ls.lang_option or client_lang(params)
        ls.projects = Projects(ls.lang)
        folders = [uri_path(f.uri) for f in params.workspace_folders or []]
        if not folders and params.root_uri:
            folders = [uri_path(params.root_uri)]
        ls.folders = [f for f in folders if f is not None]

    @server.feature(types.INITIALIZED)
    @guarded("initialized", lambda: None)
    def initialized(ls: WecontactServer, params: types.InitializedParams) -> None:
        for folder in ls.folders:
            for project in ls.projects.add_folder(folder):
                ls.jobs.add(project, full=True)
        ls.log(msg("server.started", version=__version__, count=len(ls.projects.all()), lang=ls.lang).render(ls.lang),
               types.MessageType.Info)
        _watch_files(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    @guarded("workspace/didChangeWorkspaceFolders", lambda: None)
    def folders(ls: WecontactServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        for removed in params.event.removed:
            path = uri_path(removed.uri)
            for project in ls.projects.remove_folder(path) if path else []:
                _clear(ls, project)
        for added in params.event.added:
            path = uri_path(added.uri)
            for project in ls.projects.add_folder(path) if path else []:
                ls.jobs.add(project, full=True)

    @server.feature(types.SHUTDOWN)
    @guarded("shutdown", lambda: None)
    def shutdown(ls: WecontactServer, params: None) -> None:
        ls.jobs.close()


def _watch_files(ls: WecontactServer) -> None:
    """Ask the editor to report files created, changed or deleted on disk (when it can)."""
    capability = ls.client_capabilities.workspace
    watched = capability.did_change_watched_files if capability is not None else None
    if watched is None or not watched.dynamic_registration:
        return
    options = types.DidChangeWatchedFilesRegistrationOptions([types.FileSystemWatcher(WATCHED)])
    ls.client_register_capability(types.RegistrationParams([types.Registration(
        "wecontact-watched-files", types.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)]))


def _clear(ls: WecontactServer, project: ProjectLint) -> None:
    """Withdraw every diagnostic of a project no longer served."""
    for path in [p for p in ls.published if p == project.root or project.root in p.parents]:
        del ls.published[path]
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(path_uri(path), []))


def _documents(server: WecontactServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded("textDocument/didOpen", lambda: None)
    def did_open(ls: WecontactServer, params: types.DidOpenTextDocumentParams) -> None:
        _sync(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded("textDocument/didChange", lambda: None)
    def did_change(ls: WecontactServer, params: types.DidChangeTextDocumentParams) -> None:
        _sync(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @guarded("textDocument/didSave", lambda: None)
    def did_save(ls: WecontactServer, params: types.DidSaveTextDocumentParams) -> None:
        path = uri_path(params.text_document.uri)
        project = ls.projects.owner(path) if path else None
        if project is None or path is None:
            return
        if project.units_independent() is False:
            ls.jobs.add(project, full=True)  # units read each other's files: the saved state, whole
        elif project.role(path) == "other":
            ls.jobs.add(project, relist=True)  # a new page's files, saved for the first time

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded("textDocument/didClose", lambda: None)
    def did_close(ls: WecontactServer, params: types.DidCloseTextDocumentParams) -> None:
        path = uri_path(params.text_document.uri)
        if path is not None:
            ls.documents.close(path)
            ls.edited(path)  # the disk's text counts again

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded("workspace/didChangeWatchedFiles", lambda: None)
    def watched(ls: WecontactServer, params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            path = uri_path(change.uri)
            project = ls.projects.owner(path) if path else None
            if project is None or path is None:
                continue
            if change.type == types.FileChangeType.Changed:
                if ls.documents.get(path) is None:
                    ls.edited(path)
            else:
                ls.jobs.add(project, relist=True, path=path)


def _sync(ls: WecontactServer, uri: str) -> None:
    """Take the document's text as pygls keeps it (changes applied) and queue its re-lint."""
    path = uri_path(uri)
    if path is None:
        return
    document = ls.workspace.get_text_document(uri)
    ls.documents.put(path, document.source, document.version)
    ls.edited(path)


def _features(server: WecontactServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded("textDocument/hover", lambda: None)
    def hover(ls: WecontactServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.opened(params.text_document.uri)
        if found is None:
            return None
        path, project, text, lines = found
        published = ls.published.get(path)
        here = types.Range(params.position, params.position)
        codes = [d.code for d, _ in published.at(here)] if published is not None else []
        with ls.documents.snapshot().overlay():
            unit = project.unit_of(path)
            model = project.project
            comments = unit.comments() if unit is not None else model.comments() if model is not None else []
            shown = hover_markdown(unit, comments, path, text, lines.offset(params.position), codes, ls.lang)
        hover_caps = ls.client_capabilities.text_document and ls.client_capabilities.text_document.hover
        kind = markup_kind(hover_caps.content_format if hover_caps else None)
        if not shown:
            return None
        return types.Hover(types.MarkupContent(kind, shown) if kind is not None else shown)

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=TRIGGERS))
    @guarded("textDocument/completion", lambda: None)
    def completion(ls: WecontactServer, params: types.CompletionParams) -> types.CompletionList | None:
        found = ls.opened(params.text_document.uri)
        if found is None:
            return None
        path, project, _, lines = found
        with ls.documents.snapshot().overlay():
            unit = project.unit_of(path)
            items = completions(unit, path, lines, lines.offset(params.position), ls.lang,
                                _completion_markup(ls)) if unit else []
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[QUICKFIX, FIX_ALL]))
    @guarded("textDocument/codeAction", lambda: None)
    def code_action(ls: WecontactServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        path = uri_path(params.text_document.uri)
        published = ls.published.get(path) if path else None
        project = ls.projects.owner(path) if path else None
        if published is None or project is None or path is None:
            return None
        with ls.documents.snapshot().overlay():
            ctx = _action_context(ls, project, path)
            return code_actions(published, params.range, params.context.only, ctx)


def markup_kind(formats: Sequence[types.MarkupKind] | None) -> types.MarkupKind | None:
    """Markdown when the client shows it, else plain text (our Markdown reads well as text);
    None when the client names no format at all (then a plain string is sent)."""
    if not formats:
        return None
    return types.MarkupKind.Markdown if types.MarkupKind.Markdown in formats else types.MarkupKind.PlainText


def _completion_markup(ls: WecontactServer) -> types.MarkupKind | None:
    document = ls.client_capabilities.text_document
    completion = document.completion if document is not None else None
    item = completion.completion_item if completion is not None else None
    return markup_kind(item.documentation_format if item is not None else None)


def _action_context(ls: WecontactServer, project: ProjectLint, path: Path) -> ActionContext:
    capability = ls.client_capabilities.workspace
    edit = capability.workspace_edit if capability is not None else None
    model = project.project
    return ActionContext(
        producer=lambda diagnostic: project.producer(path, diagnostic), current=lambda p: ls.current_text(p, project.root),
        linted=project.linted_text, version=ls.documents.version, encoding=ls.encoding(),
        document_changes=bool(edit is not None and edit.document_changes), lang=ls.lang,
        writable=model is not None and model.detection.output_of is None)


def serve(lang: Lang | None = None) -> None:
    """Speak LSP over standard input and output until the editor says exit.

    The protocol gets its own handles on the two streams (pygls closes them at exit), and
    ``sys.stdout`` points at stderr meanwhile: a stray print must never corrupt a message.
    """
    stdin, stdout = os.fdopen(os.dup(0), "rb"), os.fdopen(os.dup(1), "wb")
    saved, sys.stdout = sys.stdout, sys.stderr
    try:
        create_server(lang).start_io(stdin, stdout)
    finally:
        sys.stdout = saved
