"""Whether and where ``wecontact lint`` keeps its cache, as the environment says: read before
the run starts, so that a run without a cache never imports the cache (lint/cache.py)."""

from __future__ import annotations

import os

NO_CACHE_ENV = "WECONTACT_NO_CACHE"
CACHE_DIR_ENV = "WECONTACT_CACHE_DIR"


def env_disabled(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether ``WECONTACT_NO_CACHE`` turns the cache off (1, true, yes, on)."""
    return environ.get(NO_CACHE_ENV, "").strip().lower() in ("1", "true", "yes", "on")
