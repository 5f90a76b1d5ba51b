"""The project configuration, ``wecontact.config.json`` at the project root (comments allowed).

```jsonc
{
  "select": ["WC"],                 // rule codes or prefixes to enable (default: the defaults)
  "extendSelect": ["WC211"],        // added to the selection
  "ignore": ["WC110"],              // removed from it
  "severity": {"WC203": "error"},   // error | warning | info
  "perFileIgnores": {"miniprogram/legacy/**": ["WC203"]},
  "exclude": ["miniprogram/vendor/**"],
  "plugids": {"a1b2c3": {"agent": "single", "styleType": 1}},
  "cache": false                    // no lint cache (default true: .wecontact_cache/)
}
```
Unknown keys are errors with a suggestion: a typo must not silently disable a check.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterable, Mapping

from wecontact_cli.errors import WecontactError
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsontext import JsonNode, JsonSyntaxError, parse
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.lint.model import SEVERITIES, Severity
from wecontact_cli.text.source import read_source

CONFIG_FILE = "wecontact.config.json"
_TOP_KEYS = ("select", "extendSelect", "ignore", "severity", "perFileIgnores", "exclude", "plugids", "cache")
_PLUGID_KEYS = ("agent", "styleType")


@record(frozen=True)
class PlugidFacts:
    """What the WeCom console says about one plugid, which the code cannot know."""

    agent: str | None = None  # "single" | "multi"
    style_type: str | None = None  # "1" | "2" | "3"


@record
class LintConfig:
    """Rule selection and project facts, from the config file and the command line."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    plugids: dict[str, PlugidFacts] = field(default_factory=dict)
    path: Path | None = None
    cache: bool = True
    """Whether ``wecontact lint`` keeps its cache (``"cache": false`` turns it off)."""

    def enabled_codes(self, defaults: Mapping[str, bool]) -> set[str]:
        """The codes that run, of rules given as code -> on by default: the selection (or
        the defaults), plus extensions, minus ignores."""
        if self.select is None:
            chosen = {code for code, on in defaults.items() if on}
        else:
            chosen = {code for code in defaults if _matches(code, self.select)}
        chosen |= {code for code in defaults if _matches(code, self.extend_select)}
        return {c for c in chosen if not _matches(c, self.ignore)}

    def ignored_in(self, relpath: str) -> list[str]:
        """Codes ignored for one file (POSIX path relative to the project root)."""
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores.items():
            if _glob(relpath, pattern):
                codes.extend(ignored)
        return codes

    def excluded(self, relpath: str) -> bool:
        """Whether a file is excluded from linting."""
        return any(_glob(relpath, pattern) for pattern in self.exclude)

    def cache_key(self) -> str:
        """Everything of the configuration a lint result depends on, as stable text (a part of
        the lint cache's run key): all fields but ``cache`` itself, in their written order."""
        return repr((self.select, self.extend_select, self.ignore, sorted(self.severity.items()),
                     list(self.per_file_ignores.items()), self.exclude, sorted(self.plugids.items()),
                     self.path.as_posix() if self.path is not None else None))


def _matches(code: str, selectors: Iterable[str]) -> bool:
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def _glob(relpath: str, pattern: str) -> bool:
    pattern = pattern.strip("/")
    return (fnmatchcase(relpath, pattern) or fnmatchcase(relpath, pattern + "/**")
            or relpath.startswith(pattern + "/"))


def load_config(root: Path, codes: Iterable[str]) -> LintConfig:
    """Read ``wecontact.config.json`` from the project root, if there is one (``codes``: every
    rule's, which its selections may name)."""
    path = root / CONFIG_FILE
    if not path.is_file():
        return LintConfig()
    source = read_source(path, root)
    try:
        node = parse(source.text, jsonc=True)
    except JsonSyntaxError as exc:
        raise WecontactError(exc.message, source.location(exc.offset)) from None
    return _Reader(source, set(codes)).read(node)


class _Reader:
    def __init__(self, source, codes: set[str]):  # type: ignore[no-untyped-def]
        self.source = source
        self.codes = codes

    def fail(self, message: Message, node: JsonNode | int, hint: Message | None = None) -> WecontactError:
        offset = node if isinstance(node, int) else node.start
        return WecontactError(message, self.source.location(offset), hint)

    def read(self, root: JsonNode) -> LintConfig:
        if root.kind != "object":
            raise self.fail(msg("config.not_object", file=CONFIG_FILE), root)
        config = LintConfig(path=self.source.path)
        for member in root.members:
            self.known(member.key, _TOP_KEYS, member.key_start, msg("config.what_key"))
            value = member.value
            if member.key == "select":
                config.select = self.codes_list(value)
            elif member.key == "extendSelect":
                config.extend_select = self.codes_list(value)
            elif member.key == "ignore":
                config.ignore = self.codes_list(value)
            elif member.key == "severity":
                config.severity = self.severities(value)
            elif member.key == "perFileIgnores":
                config.per_file_ignores = {
                    m.key: self.codes_list(m.value) for m in self.object(value).members}
            elif member.key == "exclude":
                config.exclude = self.strings(value)
            elif member.key == "cache":
                config.cache = self.boolean(value)
            else:
                config.plugids = {m.key: self.plugid(m.value) for m in self.object(value).members}
        return config

    def known(self, key: str, allowed: Iterable[str], offset: int, what: Message) -> None:
        allowed = tuple(allowed)
        if key in allowed:
            return
        import difflib  # here, not at start-up: only a suggestion or a diff needs it
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        hint = (msg("config.did_you_mean", close=close[0]) if close
                else msg("config.known", allowed=", ".join(allowed)))
        raise self.fail(msg("config.unknown", what=what, key=key), offset, hint)

    def object(self, node: JsonNode) -> JsonNode:
        if node.kind != "object":
            raise self.fail(msg("config.expected_object", type=node.type_name), node)
        return node

    def strings(self, node: JsonNode) -> list[str]:
        if node.kind != "array" or any(i.kind != "string" for i in node.items):
            raise self.fail(msg("config.expected_strings"), node)
        return [i.value for i in node.items]

    def boolean(self, node: JsonNode) -> bool:
        if node.kind != "literal" or not isinstance(node.value, bool):
            raise self.fail(msg("cache.config_boolean", type=node.type_name), node)
        return bool(node.value)

    def codes_list(self, node: JsonNode) -> list[str]:
        values = [value.upper() for value in self.strings(node)]  # wc203 means WC203
        for item, value in zip(node.items, values):
            if value != "ALL" and not any(c.startswith(value) for c in self.codes):
                self.known(value, sorted(self.codes), item.start, msg("config.what_selector"))
        return values

    def severities(self, node: JsonNode) -> dict[str, Severity]:
        result: dict[str, Severity] = {}
        for member in self.object(node).members:
            code = member.key.upper()
            self.known(code, sorted(self.codes), member.key_start, msg("config.what_code"))
            if member.value.value not in SEVERITIES:
                raise self.fail(msg("config.severity", choices=", ".join(SEVERITIES)), member.value)
            result[code] = member.value.value
        return result

    def plugid(self, node: JsonNode) -> PlugidFacts:
        agent = style = None
        for member in self.object(node).members:
            self.known(member.key, _PLUGID_KEYS, member.key_start, msg("config.what_plugid"))
            value = member.value.value
            if member.key == "agent":
                if value not in ("single", "multi"):
                    raise self.fail(msg("config.agent"), member.value)
                agent = value
            else:
                if str(value) not in ("1", "2", "3") or member.value.kind == "literal":
                    raise self.fail(msg("config.style_type"), member.value)
                style = str(value)
        return PlugidFacts(agent, style)
