"""The page route a user gives ``add-page`` in a framework whose pages live under a source root
(uni-app, Taro): a route as the framework's page list writes it, never a path leading out."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.syntax.patterns import compile_pattern

ROUTE_PART = compile_pattern(r"[A-Za-z0-9_\-\u4e00-\u9fff]+")
"""One folder or file name of a route: what every framework's page list accepts."""


def source_route(page: str, *, root: Path, source_root: Path, routes: Iterable[str], suffixes: tuple[str, ...],
                 name_max: int, pages_place: str | Message) -> tuple[str, Message | None]:
    """The route ``page`` names (relative to ``source_root``, no extension), and a note when it
    was a file path that had to become one (src/pages/contact/index.vue). ``pages_place`` says
    where the framework lists its pages, for the messages."""
    raw = page.strip().replace("\\", "/")
    if raw.startswith("/") or os.path.isabs(page) or re.match(r"[A-Za-z]:", raw):
        raise WecontactError(msg("add_page.absolute_in", page=page, place=pages_place))
    given = raw
    while given.startswith("./"):
        given = given[2:]
    route = next((given[: -len(s)] for s in suffixes if given.endswith(s)), given)
    prefix = _source_prefix(root, source_root)
    if prefix and route.startswith(prefix) and route not in set(routes):
        route = route[len(prefix):]
    parts = route.split("/")
    if len(parts) < 2 or any(p in ("", ".", "..") or not ROUTE_PART.fullmatch(p) for p in parts):
        raise WecontactError(msg("add_page.bad_route", page=page))
    if any(len(p.encode("utf-8")) > name_max for p in parts):
        raise WecontactError(msg("path.too_long"), Location(source_root / route))
    real_source = source_root.resolve()
    real_page = (source_root / route).parent.resolve()
    if real_page != real_source and real_source not in real_page.parents:
        raise WecontactError(msg("add_page.outside", page=page, target=str(real_page)), Location(source_root / route))
    return route, (msg("add_page.warn_route_in", page=page, route=route, place=pages_place) if route != given else None)


def _source_prefix(root: Path, source_root: Path) -> str:
    """The source root relative to the project (``src/``), or ""."""
    try:
        relative = source_root.relative_to(root).as_posix()
    except ValueError:
        return ""
    return "" if relative in ("", ".") else relative + "/"
