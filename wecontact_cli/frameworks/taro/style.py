"""How a Taro project writes its pages, so that new files look like the ones beside them.

New pages follow the project's own pages: the view's extension (``.tsx``, ``.jsx``, ``.js``,
``.vue``), the config's (``.ts``/``.js``) and its shape (``definePageConfig({...})`` or a bare
``export default {...}``), a style file when the pages have one, and the quotes, semicolons,
indentation and line endings of the code already there (Taro's own templates: single quotes,
no semicolons, two spaces).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro.project import TaroProject
from wecontact_cli.frameworks.taro.units import page_view
from wecontact_cli.records import record
from wecontact_cli.syntax.jscommon import Layout, layout_of
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.source import read_source

STYLE_SUFFIXES = (".scss", ".less", ".css", ".styl", ".sass")
_JSX_QUOTE = compile_pattern(r"""\s[A-Za-z][\w-]*=(['"])""")


@record(frozen=True)
class PageStyle:
    """How the project's pages are written."""

    view_suffix: str
    config_suffix: str
    define_call: bool
    """``definePageConfig({...})`` rather than ``export default {...}``."""
    style_suffix: str | None
    """The pages' style files (``.scss``...), None when they have none."""
    quote: str
    """Quotes of string literals in scripts."""
    jsx_quote: str
    """Quotes of attribute values in JSX (Taro's ESLint preset wants single quotes)."""
    semicolons: bool
    layout: Layout

    @property
    def typescript(self) -> bool:
        """Whether new code is TypeScript."""
        return self.view_suffix in (".tsx", ".ts") or self.config_suffix == ".ts"


def _text(project: TaroProject, path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return read_source(path, project.root).text
    except WecontactError:
        return None


def page_style(project: TaroProject) -> PageStyle:
    """The style of the project's existing pages (Taro's defaults where there are none)."""
    views, configs, styles = Counter(), Counter(), Counter()
    define = Counter()
    sample_view = sample_config = None
    for route in dict.fromkeys(r.route for r in project.routes):
        base = project.route_base(route)
        view = page_view(base)
        config = cfg.config_module(base)
        if view is not None:
            views[view.suffix] += 1
            sample_view = sample_view or view
        if config is not None:
            configs[config.suffix] += 1
            sample_config = sample_config or config
            text = _text(project, config) or ""
            define["definePageConfig(" in text] += 1
        for suffix in STYLE_SUFFIXES:
            if base.with_name(base.name + suffix).is_file():
                styles[suffix] += 1
    ts = project.typescript
    view_suffix = ".vue" if project.vue else _most(views, ".tsx" if ts else ".jsx", (".tsx", ".jsx", ".js"))
    config_suffix = _most(configs, ".ts" if ts else ".js", (".ts", ".js"))
    return PageStyle(view_suffix, config_suffix, define[False] <= define[True], _most(styles, None, STYLE_SUFFIXES),
                     *_code_style(project, sample_view, sample_config))


def _most(counts: Counter, default: str | None, allowed: tuple[str, ...]) -> str | None:
    """The most frequent of ``allowed`` in ``counts`` (ties: the earlier one), else ``default``."""
    found = [s for s in allowed if counts[s]]
    return max(found, key=lambda s: (counts[s], -allowed.index(s))) if found else default


def of_file(style: PageStyle, text: str, filename: str) -> PageStyle:
    """``style`` with the quotes, semicolons and layout of one file (the view being edited)."""
    from wecontact_cli.records import replace

    return replace(style, **dict(zip(("quote", "jsx_quote", "semicolons", "layout"),
                                     _text_style(text, Path(filename)))))


def _text_style(text: str, path: Path) -> tuple[str, str, bool, Layout]:
    """Quotes, JSX quotes, semicolons and layout of a module's text."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for
    from wecontact_cli.syntax.jsconfig import detect_style
    from wecontact_cli.syntax.jsx import semicolons

    style = detect_style(Parsed(text, grammar_for(path.name)))
    quotes = Counter(m.group(1) for m in _JSX_QUOTE.finditer(text)) if path.suffix in (".tsx", ".jsx", ".js") else {}
    jsx_quote = '"' if quotes and quotes['"'] > quotes["'"] else "'"
    return style.quote, jsx_quote, semicolons(text, path.name), layout_of(text)


def _code_style(project: TaroProject, view: Path | None, config: Path | None) -> tuple[str, str, bool, Layout]:
    """Quotes, JSX quotes, semicolons and layout from a page view, else a config, else the app config."""
    sources = [(p, _text(project, p)) for p in (view, config, project.app_config) if p is not None]
    sources = [(p, t) for p, t in sources if t and t.strip() and p.suffix != ".vue"]
    if not sources:
        return "'", "'", False, Layout("  ", "\n")
    path, text = sources[0]
    return _text_style(text, path)
