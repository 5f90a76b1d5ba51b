"""A subpackage root as every framework writes it in the model (its one home: uni-app and
Taro read it without importing the native framework's app.json reader)."""

from __future__ import annotations

import posixpath


def normalize_root(root: str) -> str:
    """A subpackage root as a clean relative path without trailing slash."""
    return posixpath.normpath(root.strip().replace("\\", "/")).strip("/")
