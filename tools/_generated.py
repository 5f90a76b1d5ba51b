"""What the tools that write generated files share: write a file only when it changed, or check it."""

from __future__ import annotations

import sys
from pathlib import Path


def check_or_write(target: Path, content: bytes, root: Path, command: str, check: bool) -> int:
    """With ``check``: 0 when ``target`` holds ``content``, else 1 and how to write it (``command``).
    Without: write ``content`` to ``target`` unless it holds it already. ``root``: paths are shown from there."""
    current = target.read_bytes() if target.exists() else None
    shown = target.relative_to(root)
    if check:
        if current != content:
            print(f"{shown} is not current: run {command}", file=sys.stderr)
            return 1
        return 0
    if current != content:
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(content)
        print(f"wrote {shown}")
    return 0
