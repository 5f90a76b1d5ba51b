"""uni-app conditional compilation (``#ifdef``/``#ifndef``/``#else``/``#endif``) as uni-app reads it.

uni-app runs a regex preprocessor (uni-cli-shared ``lib/preprocess``) before parsing pages.json
(``// #ifdef`` and ``/* #ifdef */``) and over a whole ``.vue`` file (``<!-- #ifdef -->`` first,
then the comment forms, even inside the template). Its rules are ported here verbatim: the
directives are found by pattern anywhere (strings included), ``#if``/``#ifdef`` are matched in
any case but ``#else`` only in lower case, there is no ``#elif``, and a condition is a JavaScript
expression over the build's macros (``-`` read as ``_``) evaluated with ``with (context)``, so
a name the build does not define throws and makes the condition false. An unbalanced directive
or a condition that is not valid JavaScript makes uni-app skip the whole pass and keep the text
as written. Vue 2's preprocessor has no ``#else`` at all. User macros (``define`` in package.json
``uni-app.scripts``) are unknown unless given: a region that depends on one is "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import product
from typing import Literal

from wecontact_cli.i18n.message import msg
from wecontact_cli.records import field, record, replace
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.syntax.problems import Problem

Syntax = Literal["js", "html"]
_FLAGS = re.IGNORECASE | re.ASCII  # JS `/i` without `u`: ASCII letters only
_LINE = r"[^\n\r\u2028\u2029]"  # JS `.`
_RULES: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    # (start, end, else) from uni-cli-shared lib/preprocess/lib/regexrules.js
    "js": (
        compile_pattern(r"[ \t]*(?://|/\*)[ \t]*#(ifndef|ifdef|if)[ \t]+([^\n*]*)(?:\*(?:\*|/))?(?:[ \t]*\n+)?", _FLAGS),
        compile_pattern(r"[ \t]*(?://|/\*)[ \t]*#endif[ \t]*(?:\*(?:\*|/))?(?:[ \t]*\n)?", _FLAGS),
        compile_pattern(r"[ \t]*(?://|/\*)[ \t]*#else[ \t]*(?:\*(?:\*|/))?(?:[ \t]*\n)?"),
    ),
    "html": (
        compile_pattern(rf"[ \t]*<!--[ \t]*#(ifndef|ifdef|if)[ \t]+({_LINE}*?)[ \t]*(?:-->|!>)(?:[ \t]*\n+)?", _FLAGS),
        compile_pattern(r"[ \t]*<!(?:--)?[ \t]*#endif[ \t]*(?:-->|!>)(?:[ \t]*\n)?", _FLAGS),
        compile_pattern(r"[ \t]*<!(?:--)?[ \t]*#else[ \t]*(?:-->|!>)(?:[ \t]*\n)?"),
    ),
}
_LEAD = "[ \\t]*"
_CORES: dict[re.Pattern[str], LazyPattern] = {
    pattern: LazyPattern(pattern.pattern[len(_LEAD):], pattern.flags)
    for start, end, _ in _RULES.values() for pattern in (start, end) if pattern.pattern.startswith(_LEAD)}
"""Each opener and ``#endif`` pattern without its leading ``[ \t]*`` (compiled on first use): a
directive starts with ``//``, ``/*`` or ``<!``, which the regex engine finds fast; a leading
``[ \t]*`` makes it try the whole pattern at every position of every indentation (a 2,000-page
pages.json took 15 ms)."""
_ANY_DIRECTIVE = {"js": compile_pattern(r"(?://|/\*)[ \t]*#", re.ASCII),
                  "html": compile_pattern(r"<!(?:--)?[ \t]*#", re.ASCII)}
"""Where a directive of each syntax could start (a cheap test before uni-app's own patterns)."""
_ELIF = {"js": compile_pattern(r"(?://|/\*)[ \t]*#(?:elif|else[ \t]*if)\b", _FLAGS),
         "html": compile_pattern(r"<!(?:--)?[ \t]*#(?:elif|else[ \t]*if)\b", _FLAGS)}

# Every macro uni-app defines (Vue 3 DEFAULT_KEYS, Vue 2's keys and platform names), normalised.
KNOWN_MACROS = frozenset((
    "UNI_APP_X APP APP_UVUE APP_NVUE APP_PLUS APP_PLUS_NVUE APP_VUE APP_ANDROID APP_IOS APP_HARMONY "
    "H5 MP MP_360 MP_ALIPAY MP_BAIDU MP_HARMONY MP_QQ MP_LARK MP_TOUTIAO MP_WEIXIN MP_KUAISHOU MP_JD "
    "MP_XHS QUICKAPP_NATIVE QUICKAPP_WEBVIEW QUICKAPP_WEBVIEW_HUAWEI QUICKAPP_WEBVIEW_UNION VUE2 VUE3 "
    "WEB VUE3_VAPOR").split())
NON_MINI_PROGRAMS = ("h5", "app", "app-harmony")
OTHER_MINI_PROGRAMS = ("mp-alipay", "mp-baidu", "mp-toutiao", "mp-qq", "mp-lark", "mp-kuaishou", "mp-jd",
                       "mp-360", "mp-xhs", "mp-harmony", "quickapp-webview")


def normalize_macro(name: str) -> str:
    """``mp-weixin`` -> ``MP_WEIXIN``, as uni-app names a platform's macro."""
    return name.replace("-", "_").upper()


@record(frozen=True)
class Platform:
    """The macros one build defines; any other name may be a user macro (unknown) unless ``closed``."""

    name: str
    true: frozenset[str]
    false: frozenset[str]
    supports_else: bool = True  # Vue 2's preprocessor has no #else
    closed: bool = False  # True: no user macro exists, every other name is undefined
    vue: int | None = 3


def platform(name: str, vue: int | None = 3, defines: Mapping[str, bool] | None = None,
             *, closed: bool = False) -> Platform:
    """The macros of uni-app's build for ``name`` (``mp-weixin``, ``h5``, ``app`` ...).

    ``vue`` None: the project's Vue version is not known, so VUE2 and VUE3 are unknown.
    ``defines``: user macros known to be set for this build (package.json ``define``).
    """
    key = normalize_macro(name)
    true = {key}
    if key.startswith("MP_"):
        true.add("MP")
    elif key == "H5":
        true.add("WEB")
    elif key in ("APP", "APP_PLUS"):
        true.update(("APP", "APP_PLUS", "APP_VUE"))
    elif key == "APP_HARMONY":
        true.add("APP")
    if vue is not None:
        true.add(f"VUE{vue}")
    values = {m: m in true for m in KNOWN_MACROS if vue is not None or m not in ("VUE2", "VUE3")}
    values.update({normalize_macro(k): bool(v) for k, v in (defines or {}).items()})
    return Platform(name, frozenset(k for k, v in values.items() if v),
                    frozenset(k for k, v in values.items() if not v), vue != 2, closed, vue)


@lru_cache(maxsize=64)
def _platform(name: str, vue: int | None) -> Platform:
    """``platform(name, vue)`` without user macros, built once (regions are checked against
    every other platform for each cell)."""
    return platform(name, vue)


def weixin(vue: int | None = 3, defines: Mapping[str, bool] | None = None) -> Platform:
    """The WeChat build (``mp-weixin``): MP-WEIXIN, MP and VUE3 or VUE2 are true."""
    return platform("mp-weixin", vue, defines)


@record(frozen=True)
class Region:
    """``#ifdef X`` ... [``#else`` ...] ``#endif``; every span is [start, end) in the whole text."""

    syntax: Syntax
    kind: Literal["ifdef", "ifndef", "if"]
    condition: str  # as written, trimmed
    condition_start: int
    condition_end: int
    start: int  # the opening directive, with the spaces before it on its line
    end: int  # just after the `#endif` directive (and its line break)
    then_start: int  # the first branch: after the opening directive ...
    then_end: int  # ... up to `#else` or `#endif`
    else_start: int | None  # the branch after `#else`, up to `#endif`
    closer_start: int  # the `#endif` directive
    activity: bool | None  # True: the first branch is compiled; False: the `#else` branch; None: unknown
    parent: int | None  # index of the enclosing region of the same syntax in ``Conditional.regions``

    @property
    def directives(self) -> tuple[tuple[int, int], ...]:
        """The spans of the directives themselves (uni-app removes them from its output)."""
        middle = ((self.then_end, self.else_start),) if self.else_start is not None else ()
        return ((self.start, self.then_start), *middle, (self.closer_start, self.end))


_ActivityOf = Callable[[Region], "bool | None"]


@record(frozen=True)
class Conditional:
    """The regions of a text as a platform's build sees them, and the problems found."""

    length: int
    platform: Platform
    regions: tuple[Region, ...]  # by start; the js and html families each nest properly
    problems: tuple[Problem, ...]
    skipped: tuple[Syntax, ...]  # passes uni-app leaves undone (unbalanced or invalid condition)
    _starts: dict[Syntax, tuple[list[int], list[int]]] = field(default_factory=dict, repr=False, compare=False)

    def compiled(self, offset: int) -> bool | None:
        """Whether the character at ``offset`` reaches this build (None: it depends on unknown macros)."""
        return self._state(offset, lambda region: region.activity)

    def compiled_for(self, offset: int, other: Platform) -> bool | None:
        """Whether the character at ``offset`` reaches ``other``'s build (same directives)."""
        return self._state(offset, lambda region: _activity(region.kind, region.condition, other))

    def only_for_mini_programs(self, offset: int) -> bool | None:
        """True when no H5 or App build compiles ``offset`` (it is wrapped for mini-programs)."""
        return self._none_of(offset, NON_MINI_PROGRAMS)

    def only_for_weixin(self, offset: int) -> bool | None:
        """True when no other platform's build compiles ``offset`` (it is wrapped for MP-WEIXIN)."""
        return self._none_of(offset, NON_MINI_PROGRAMS + OTHER_MINI_PROGRAMS)

    def _none_of(self, offset: int, names: tuple[str, ...]) -> bool | None:
        # compiled_for() of each platform, with the regions around ``offset`` found once
        regions = self._enclosing(offset)
        if any(a <= offset < b for region in regions for a, b in region.directives):
            return True  # a directive itself: no build compiles it
        branches = tuple((region.kind, region.condition, region.then_start <= offset < region.then_end)
                         for region in regions)
        return _built_by_none(branches, names, self.platform.vue)

    def _state(self, offset: int, activity: _ActivityOf) -> bool | None:
        unknown = False
        for region in self._enclosing(offset):
            if any(a <= offset < b for a, b in region.directives):
                return False
            wanted = region.then_start <= offset < region.then_end
            state = activity(region)
            if state is None:
                unknown = True
            elif state != wanted:
                return False
        return None if unknown else True

    def _enclosing(self, offset: int) -> list[Region]:
        """The regions containing ``offset``, innermost first within each syntax."""
        found: list[Region] = []
        for starts, indexes in self._starts.values():
            at = bisect_right(starts, offset) - 1
            index = indexes[at] if at >= 0 else None
            while index is not None:
                region = self.regions[index]
                if region.start <= offset < region.end:
                    found.append(region)
                index = region.parent
        return found


@lru_cache(maxsize=256)
def _built_by_none(branches: tuple[tuple[str, str, bool], ...], names: tuple[str, ...], vue: int | None) -> bool | None:
    """Whether none of the builds ``names`` compiles a text inside ``branches`` (each
    enclosing region's kind, condition, and whether the text is in its first branch): True,
    False, or None when some build's answer depends on unknown macros. Worked out once per
    shape: a project's cells sit in a few kinds of region (``#ifdef MP-WEIXIN`` ...)."""
    unknown = False
    for name in names:
        other = _platform(name, vue)
        states = [_activity(kind, condition, other) for kind, condition, _ in branches]
        if any(state is not None and state != branch for state, (_, _, branch) in zip(states, branches)):
            continue  # this build leaves it out
        if any(state is None for state in states):
            unknown = True
            continue
        return False  # this build compiles it
    return None if unknown else True


def analyze(text: str, build: Platform, syntaxes: Iterable[Syntax] = ("js",)) -> Conditional:
    """The conditional regions of ``text`` for ``build``: ``("js",)`` for pages.json,
    ``("html", "js")`` for a ``.vue`` file (uni-app's order)."""
    current = text  # what the next pass reads: the text with the parts earlier passes removed
    regions: list[Region] = []
    problems: list[Problem] = []
    skipped: list[Syntax] = []
    passes = tuple(syntaxes)
    for number, syntax in enumerate(passes, 1):
        found, ok = _scan(current, syntax, build, problems)
        if not ok:
            skipped.append(syntax)
            continue
        base = len(regions)
        regions.extend(r if r.parent is None or not base else replace(r, parent=r.parent + base) for r in found)
        if number < len(passes) and found:  # the last pass's text is read by no one (a copy of the file)
            current = _blank(current, found, keep_unknown=True)
    order = sorted(range(len(regions)), key=lambda i: regions[i].start)
    position = {old: new for new, old in enumerate(order)}
    ordered = tuple(_with_parent(regions[i], None if regions[i].parent is None else position[regions[i].parent])
                    for i in order)
    starts: dict[Syntax, tuple[list[int], list[int]]] = {}
    for index, region in enumerate(ordered):
        entry = starts.setdefault(region.syntax, ([], []))
        entry[0].append(region.start)
        entry[1].append(index)
    problems.sort(key=lambda p: (p.start, p.end))
    return Conditional(len(text), build, ordered, tuple(problems), tuple(skipped), starts)


def _with_parent(region: Region, parent: int | None) -> Region:
    """``region`` with its parent's index (dataclasses.replace only when it changes: it is slow)."""
    return region if region.parent == parent else replace(region, parent=parent)


def blank_inactive(text: str, conditional: Conditional, *, keep_unknown: bool = True) -> str:
    """The text this build compiles: removed parts become spaces (line breaks kept), so every
    offset stays valid. Unknown branches are kept (or blanked with ``keep_unknown=False``)."""
    return _blank(text, conditional.regions, keep_unknown)


def _blank(text: str, regions: Iterable[Region], keep_unknown: bool) -> str:
    spans: list[tuple[int, int]] = []
    for region in regions:
        spans.extend(region.directives)
        else_end = region.closer_start if region.else_start is not None else region.then_end
        if region.activity is True and region.else_start is not None:
            spans.append((region.else_start, else_end))
        elif region.activity is False:
            spans.append((region.then_start, region.then_end))
        elif region.activity is None and not keep_unknown:
            spans.append((region.then_start, region.closer_start))
    out: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        out.append(text[cursor:start])
        out.append(_SPACES.sub(" ", text[start:end]))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


_SPACES = compile_pattern(r"[^\r\n]")


# -- finding the directives -------------------------------------------------------------------


@record
class _Open:
    match: re.Match[str]
    else_match: re.Match[str] | None = None
    children: list[int] = field(default_factory=list)


def _scan(text: str, syntax: Syntax, build: Platform, problems: list[Problem]) -> tuple[list[Region], bool]:
    """One pass (html or js): the regions, and False when uni-app would skip the pass."""
    # uni-app normalises line breaks first; "\r" -> "\n" keeps every offset.
    source = text.replace("\r", "\n")
    first = _ANY_DIRECTIVE[syntax].search(source)
    if first is None:
        return [], True  # no directive at all: the patterns below would only scan for nothing
    # Every directive pattern starts with what _ANY_DIRECTIVE matches (after blanks): none
    # matches before the first one, so their searches start there, not at the top of a
    # 2,000-page pages.json whose first directive is at its end.
    lead = first.start()
    while lead > 0 and source[lead - 1] in " \t":
        lead -= 1
    pairs, balanced = _pairs(source, syntax, problems, lead)
    _elif_problems(source, syntax, problems, first.start())
    elses = _assign_elses(source, syntax, pairs, build.supports_else, problems, lead)
    regions: list[Region] = []
    valid = True
    for (opener, closer, parent), else_match in zip(pairs, elses):
        if opener.group(1) not in ("if", "ifdef", "ifndef"):
            # uni-app's switch on the directive as written throws: the pass is skipped
            valid = False
            problems.append(Problem(msg("cond.directive_case", directive="#" + opener.group(1)),
                                    opener.start(1) - 1, opener.end(1)))
        condition = opener.group(2).strip()
        c_start = opener.start(2) + (len(opener.group(2)) - len(opener.group(2).lstrip()))
        if _parse(condition) is _INVALID:
            valid = False
            problems.append(Problem(msg("cond.bad_condition", condition=condition), c_start, c_start + len(condition)))
        then_end = else_match.start() if else_match is not None else closer.start()
        regions.append(Region(
            syntax, opener.group(1).lower(), condition, c_start, c_start + len(condition),  # type: ignore[arg-type]
            opener.start(), _past_crlf(text, closer.end()), _past_crlf(text, opener.end()), then_end,
            _past_crlf(text, else_match.end()) if else_match is not None else None, closer.start(),
            _activity(opener.group(1).lower(), condition, build), parent))
    return regions, balanced and valid


def _past_crlf(text: str, end: int) -> int:
    """A directive that ends between the "\r" and "\n" of a CRLF ends after both."""
    return end + 1 if 0 < end < len(text) and text[end - 1] == "\r" and text[end] == "\n" else end


def _pairs(source: str, syntax: Syntax, problems: list[Problem], start: int = 0
           ) -> tuple[list[tuple[re.Match[str], re.Match[str], int | None]], bool]:
    """Openers matched with their `#endif` (XRegExp.matchRecursive's scan: leftmost wins);
    ``start``: no directive (with its leading blanks) begins before it."""
    start_re, end_re, _ = _RULES[syntax]
    pairs: list[tuple[re.Match[str], re.Match[str]]] = []
    stack: list[re.Match[str]] = []
    pos, balanced = 0, True
    next_start, next_end = _search(start_re, source, start), _search(end_re, source, start)
    while next_start is not None or next_end is not None:
        if next_start is not None and (next_end is None or next_start.start() <= next_end.start()):
            stack.append(next_start)
            pos = next_start.end()
        else:
            assert next_end is not None
            pos = next_end.end()
            if not stack:
                balanced = False
                problems.append(Problem(msg("cond.endif_without_if"), next_end.start(), next_end.end()))
            else:
                pairs.append((stack.pop(), next_end))
        if next_start is not None and next_start.start() < pos:
            next_start = _search(start_re, source, pos)
        if next_end is not None and next_end.start() < pos:
            next_end = _search(end_re, source, pos)
    for opener in stack:
        balanced = False
        problems.append(Problem(msg("cond.if_without_endif", directive="#" + opener.group(1)),
                                opener.start(), opener.end()))
    return _with_parents(pairs), balanced


def _search(pattern: re.Pattern[str], source: str, pos: int) -> re.Match[str] | None:
    """``pattern.search(source, pos)`` for a pattern ``[ \t]*`` + core, where core cannot start
    with a blank: the leftmost match begins at the blanks before the leftmost core (or at
    ``pos``), and matching there gives the very match ``search`` would."""
    core = _CORES[pattern].search(source, pos)
    if core is None:
        return None
    start = core.start()
    while start > pos and source[start - 1] in " \t":
        start -= 1
    return pattern.match(source, start)


def _with_parents(pairs: list[tuple[re.Match[str], re.Match[str]]]
                  ) -> list[tuple[re.Match[str], re.Match[str], int | None]]:
    """Pairs in order of their openers, each with the index of the pair enclosing it."""
    ordered = sorted(pairs, key=lambda p: p[0].start())
    result: list[tuple[re.Match[str], re.Match[str], int | None]] = []
    open_stack: list[int] = []
    for opener, closer in ordered:
        while open_stack and result[open_stack[-1]][1].end() <= opener.start():
            open_stack.pop()
        result.append((opener, closer, open_stack[-1] if open_stack else None))
        open_stack.append(len(result) - 1)
    return result


def _assign_elses(source: str, syntax: Syntax, pairs: list[tuple[re.Match[str], re.Match[str], int | None]],
                  supports_else: bool, problems: list[Problem], start: int = 0) -> list[re.Match[str] | None]:
    """The first `#else` directly inside each region (inner regions are processed first)."""
    chosen: list[re.Match[str] | None] = [None] * len(pairs)
    if "#else" not in source:  # uni-app matches #else in lower case only
        return chosen
    open_stack: list[int] = []
    index = 0
    for match in _RULES[syntax][2].finditer(source, start):
        while index < len(pairs) and pairs[index][0].start() <= match.start():
            while open_stack and pairs[open_stack[-1]][1].start() <= pairs[index][0].start():
                open_stack.pop()
            open_stack.append(index)
            index += 1
        while open_stack and pairs[open_stack[-1]][1].start() < match.end():
            open_stack.pop()
        owner = open_stack[-1] if open_stack and pairs[open_stack[-1]][0].end() <= match.start() else None
        span = (match.start() + len(match.group()) - len(match.group().lstrip(" \t")), match.end())
        if not supports_else:
            problems.append(Problem(msg("cond.else_vue2"), *span))
        elif owner is None:
            problems.append(Problem(msg("cond.else_outside"), *span))
        elif chosen[owner] is not None:
            problems.append(Problem(msg("cond.else_twice"), *span))
        else:
            chosen[owner] = match
    return chosen


def _elif_problems(source: str, syntax: Syntax, problems: list[Problem], start: int = 0) -> None:
    for match in _ELIF[syntax].finditer(source, start):
        problems.append(Problem(msg("cond.elif"), match.start(), match.end()))


# -- conditions -------------------------------------------------------------------------------

_TOKEN = compile_pattern(r"[ \t]*(?:(\|\||&&|[|&!()])|([A-Za-z_$][A-Za-z0-9_$]*)|(\S))")
_RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends finally "
    "for function if import in instanceof new return super switch this throw try typeof var void while "
    "with yield let static implements interface package private protected public await".split())
_BINARY = {"||": 1, "&&": 2, "|": 3, "&": 4}
_ERROR = "error"  # a ReferenceError: uni-app's testPasses() catches it and answers false
_INVALID = ("invalid",)  # the condition is not JavaScript: uni-app skips the whole pass
_UNSUPPORTED = ("unsupported",)  # valid JavaScript beyond names and logic: not evaluated here


@lru_cache(maxsize=256)
def _parse(condition: str) -> list[str] | tuple[str]:
    """The condition in postfix order, ``_INVALID`` or ``_UNSUPPORTED`` (shunting-yard: no recursion)."""
    test = condition.replace("-", "_") or "true"
    postfix = _Postfix()
    for match in _TOKEN.finditer(test):
        operator, name, other = match.groups()
        if other is not None or name in _RESERVED or (postfix.after_operand and (name or operator in "!(")):
            # `a b`, `a (b)`, `uniVersion > 3`: JavaScript may still accept it, as a call or a comparison
            return _UNSUPPORTED if _valid_javascript(test) else _INVALID
        if not postfix.take(name or operator):
            return _INVALID
    return postfix.finish() or _INVALID


class _Postfix:
    """Shunting-yard for names, `!`, `&`, `|`, `&&`, `||` and parentheses (JavaScript's precedence)."""

    def __init__(self) -> None:
        self.output: list[str] = []
        self.operators: list[str] = []
        self.after_operand = False

    def take(self, token: str) -> bool:
        """Read one token; False when the expression cannot be valid."""
        if token == "(" or token == "!":
            self.operators.append(token)
        elif token not in _BINARY and token != ")":
            self.output.append(token)
            self.after_operand = True
        elif not self.after_operand:
            return False
        elif token == ")":
            return self.close()
        else:
            while self.operators and self.operators[-1] != "(" and (
                    self.operators[-1] == "!" or _BINARY[self.operators[-1]] >= _BINARY[token]):
                self.output.append(self.operators.pop())
            self.operators.append(token)
            self.after_operand = False
        return True

    def close(self) -> bool:
        """A ')': everything back to its '('; False when there is none."""
        while self.operators and self.operators[-1] != "(":
            self.output.append(self.operators.pop())
        if not self.operators:
            return False
        self.operators.pop()
        return True

    def finish(self) -> list[str] | None:
        """The postfix expression, None when it is incomplete."""
        if not self.after_operand or "(" in self.operators:
            return None
        return self.output + self.operators[::-1]


def _valid_javascript(test: str) -> bool:
    """Whether uni-app's ``new Function(...)`` accepts the condition (read by tree-sitter)."""
    from wecontact_cli.syntax.page_script import _parser

    source = f"(function (context) {{ with (context||{{}}){{ return ( {test} ); }} }})"
    return not _parser(False).parse(source.encode("utf-8", "surrogatepass")).root_node.has_error


def _domain(name: str, build: Platform) -> tuple[object, ...]:
    """The values a name may have in this build (``_ERROR``: not defined at all)."""
    if name in ("true", "false", "null", "undefined", "NaN", "Infinity"):
        return (name in ("true", "Infinity"),)
    if name in build.true:
        return (True,)
    if name in build.false:
        return (False,)
    upper = name.upper()
    if upper != name and (upper in build.true or upper in build.false or upper in KNOWN_MACROS):
        return (_ERROR,)  # `mp_weixin`: uni-app defines only upper-case names
    return (_ERROR,) if build.closed else (True, False, _ERROR)


def _evaluate(postfix: list[str], values: Mapping[str, object]) -> object:
    """JavaScript's result for pure operands: `a || b` is a unless a is falsy, errors propagate."""
    stack: list[object] = []
    for token in postfix:
        if token == "!":
            value = stack.pop()
            stack.append(value if value is _ERROR else not value)
        elif token in _BINARY:
            right, left = stack.pop(), stack.pop()
            if left is _ERROR:
                stack.append(_ERROR)
            elif token == "||":
                stack.append(left if left else right)
            elif token == "&&":
                stack.append(right if left else left)
            else:
                stack.append(_ERROR if right is _ERROR else (bool(left) | bool(right) if token == "|"
                                                               else bool(left) & bool(right)))
        else:
            stack.append(values[token])
    return stack[0]


@lru_cache(maxsize=1024)
def _activity(kind: str, condition: str, build: Platform) -> bool | None:
    """Whether a region's first branch is compiled: the condition over every possible macro value."""
    postfix = _parse(condition)
    if not isinstance(postfix, list):
        return None
    names = sorted({t for t in postfix if t not in _BINARY and t != "!"})
    domains = [_domain(n, build) for n in names]
    if sum(len(d) > 1 for d in domains) > 8:
        return None  # too many unknown names to enumerate: say "unknown"
    outcomes = set()
    for combination in product(*domains):
        result = _evaluate(postfix, dict(zip(names, combination)))
        outcomes.add(False if result is _ERROR else bool(result))
        if len(outcomes) > 1:
            return None
    passes = outcomes.pop()
    return passes if kind != "ifndef" else not passes
