"""uni-helper projects (placeholder until the module is written)."""

from __future__ import annotations


class HelperSources:
    """pages.config.ts and manifest.config.ts of a uni-helper project."""
