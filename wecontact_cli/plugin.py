"""The contract of WeCom's "Contact Me" plugin (企业微信客户服务插件), as data.

Everything here comes from the official guide (../shared/seed/contact-plugin-doc.zh.md,
plugin version 1.3.0). Facts observed only in the plugin's shipped 1.4.x code are kept
apart and marked ``documented=False`` so that checks can say where a fact comes from.
Every command and lint rule reads these values; nothing else hard-codes them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern

if TYPE_CHECKING:
    from wecontact_cli.i18n.message import Message

PROVIDER = "wx104a1a20c3f81ec2"
"""The plugin's appid: the only reliable way to recognise the plugin (aliases are free)."""

COMPONENT = "cell"
"""The plugin's single public component, used as ``plugin://<alias>/cell``."""

DEFAULT_ALIAS = "contactPlugin"
DEFAULT_VERSION = "1.3.0"
"""The version the guide documents, and the one ``init`` declares by default."""

DECLARATION_EXAMPLE = f'{{"version": "{DEFAULT_VERSION}", "provider": "{PROVIDER}"}}'
"""A ``plugins`` entry of the contact plugin as the guide writes it, for messages."""

DEFAULT_TAG = "cell"
"""The tag name the guide registers the component under in ``usingComponents``."""

GUIDE_PLACEHOLDER_PLUGID = "plugid"
"""The guide's own example passes the literal ``plugid='plugid'``: never a real ID."""

OTHER_WECOM_PLUGINS = {
    "wx5917c8c26f85c588": "the 企业微信 open-data plugin, component ww-open-data",
    "wx4d2deeab3aed6e5a": "the 企业微信群 (group) plugin, whose component is also called cell",
}
"""Other WeCom plugins that share the alias ``contactPlugin`` or the component name."""

GROUP_PLUGIN_PROVIDER = "wx4d2deeab3aed6e5a"
GROUP_PLUGIN_ATTRIBUTES = ("url", "contactTextBlod", "iconUrl")
"""Attributes of the WeCom *group* plugin's ``cell``, a frequent mix-up."""

AgentMode = Literal["single", "multi"]
ValueKind = Literal["string", "number"]


@record(frozen=True)
class Option:
    """One allowed value of an enumerated attribute, with the guide's label."""

    value: str
    label: str


@record(frozen=True)
class Attribute:
    """A property of the ``cell`` component (section 二 of the guide, plus plugid)."""

    name: str
    kind: ValueKind
    default: str | None
    options: tuple[Option, ...]
    effective: str
    """Where the guide says the attribute has an effect, in the guide's own words."""
    description: str
    required: bool = False
    documented: bool = True
    free_number: bool = False
    """A number with no fixed set of values (``paddingStyle``)."""

    @property
    def allowed(self) -> tuple[str, ...]:
        """The allowed static values, as written in WXML."""
        return tuple(o.value for o in self.options)

    def label_of(self, value: str) -> str | None:
        """The guide's label for a value, e.g. contactText 2 -> '联系客服'."""
        return next((o.label for o in self.options if o.value == value), None)

    def index_of_label(self, text: str) -> str | None:
        """The index whose label is ``text``: for values given as text by mistake."""
        return next((o.value for o in self.options if o.label == text.strip()), None)


def _opts(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(v, label) for v, label in pairs)


def _indexed(*labels: str) -> tuple[Option, ...]:
    return tuple(Option(str(i), label) for i, label in enumerate(labels))


ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute(
        "plugid", "string", None, (), "always",
        "在企业微信管理后台配置的唯一插件ID: the plugin ID configured in the WeCom admin console",
        required=True,
    ),
    Attribute(
        "styleType", "number", None,
        _opts(("1", "插件整行显示的样式 (whole row)"), ("2", "插件只显示为一个按钮的样式 (button only)"),
              ("3", "显示为聊天气泡的样式 (chat bubble)")),
        "always; overrides the style configured in the admin console (插件ID后台的样式配置)",
        "the layout: 1 whole row, 2 a single button, 3 a chat bubble",
    ),
    Attribute(
        "avatorStyle", "string", "circle", _opts(("rect", "方形头像"), ("circle", "圆形头像")),
        "单人客服且styleType为1时有效 (single agent, styleType 1)",
        "the avatar's shape (the guide spells it 'avator')",
    ),
    Attribute(
        "isMask", "number", "0", _opts(("0", "off (default)"), ("1", "on")),
        "单人客服且styleType为1时有效 (single agent, styleType 1)",
        "控制是否展示客服真实姓名: whether the agent's real name is masked",
    ),
    Attribute(
        "contactText", "number", "0", _indexed("咨询服务", "在线咨询", "联系客服"),
        "单人客服styleType为1且isMask为1时有效、styleType为3时有效、多人客服styleType为1时有效",
        "the contact line's text, chosen by index; custom text is not supported",
    ),
    Attribute(
        "buttonText", "number", "0", _indexed("联系我", "立即联系", "咨询服务", "在线咨询", "联系客服"),
        "单人客服以及多人客服出现按钮时有效 (whenever a button is shown)",
        "the button's text, chosen by index; custom text is not supported",
    ),
    Attribute(
        "buttonStyle", "string", "primary", _opts(("primary", "深蓝色背景"), ("light", "白底背景")),
        "单人客服以及多人客服出现按钮时有效 (whenever a button is shown)",
        "the button's look: primary (dark blue) or light (white)",
    ),
    Attribute(
        "serviceText", "number", "0",
        _indexed("有什么问题可以联系我咨询", "联系服务人员咨询", "获取服务人员联系方式", "联系客服咨询更多问题"),
        "单人客服以及styleType为3时有效 (single agent; styleType 3)",
        "the bubble's service text, chosen by index; custom text is not supported",
    ),
    Attribute(
        "paddingStyle", "number", "0", (),
        "单人客服以及多人客服styleType为1时有效 (styleType 1)",
        "the inner padding of the row, any number",
        free_number=True,
    ),
    Attribute(
        "iconStyle", "string", "avator",
        _opts(("avator", "头像图标"), ("primary", "深蓝色图标"), ("light", "白底图标")),
        "多人客服styleType为1时有效 (multiple agents, styleType 1)",
        "the icon: avator (avatar), primary (dark blue) or light (white)",
    ),
    Attribute(
        "blockStyle", "string", "bubble", _opts(("bubble", "圆形按钮"), ("button", "文字按钮")),
        "单人客服以及多人客服styleType为2时有效 (styleType 2)",
        "styleType 2 shows a round button (bubble) or a text button (button)",
    ),
    Attribute(
        "bubbleColor", "string", "4790EE", (),
        "单人客服以及多人客服styleType为2时有效 (styleType 2)",
        "the round button's colour as hex digits WITHOUT '#' (不用带#号)",
    ),
    # Observed in the plugin's shipped 1.4.x code, not in the guide.
    Attribute(
        "plugType", "number", None, _opts(("0", "单人客服 (single agent)"), ("1", "多人客服 (multiple agents)")),
        "always; overrides the agent mode configured in the console",
        "agent mode: 0 single, 1 multiple (undocumented, seen in the plugin's code)",
        documented=False,
    ),
    Attribute(
        "vcode", "string", None, (), "always",
        "an alternative identifier read with plugid (undocumented)", documented=False,
    ),
    Attribute(
        "reqType", "number", None, (), "always",
        "request type (undocumented)", documented=False, free_number=True,
    ),
    Attribute(
        "buttonSize", "number", None, (), "never: read but ignored by the plugin",
        "button size (undocumented, effectively ignored)", documented=False, free_number=True,
    ),
)

ATTRIBUTES_BY_NAME: dict[str, Attribute] = {a.name: a for a in ATTRIBUTES}
UI_ATTRIBUTES: tuple[Attribute, ...] = tuple(
    a for a in ATTRIBUTES if a.documented and a.name != "plugid"
)
"""The guide's section 二 attributes, in the guide's order."""

INDEXED_TEXT_ATTRIBUTES = ("contactText", "buttonText", "serviceText")
"""Typed as numbers, documented as texts with indices: a common source of mistakes."""

# Which attributes each layout reads, from the plugin's shipped code (platform facts).
# Keys: (agent mode, styleType). More precise than the guide; the lint docs say so.
LAYOUT_READS: dict[tuple[AgentMode, str], frozenset[str]] = {
    ("single", "1"): frozenset(
        {"avatorStyle", "isMask", "contactText", "buttonText", "buttonStyle", "paddingStyle"}
    ),
    ("multi", "1"): frozenset({"iconStyle", "contactText", "paddingStyle"}),
    ("single", "2"): frozenset({"blockStyle", "bubbleColor", "buttonText", "buttonStyle"}),
    ("multi", "2"): frozenset({"blockStyle", "bubbleColor", "buttonText", "buttonStyle"}),
    ("single", "3"): frozenset({"iconStyle", "contactText", "serviceText"}),
}
SINGLE_AGENT_ONLY_STYLE = "3"
"""styleType 3 (chat bubble) works only for a single-agent plugid."""


@record(frozen=True)
class Event:
    """An event the component fires."""

    name: str
    description: str
    detail: tuple[str, ...]


EVENTS: tuple[Event, ...] = (
    Event("startmessage", "监听按钮点击事件执行开始时的回调: fired when handling of a tap starts", ()),
    Event(
        "completemessage",
        "监听按钮点击事件执行完毕后的回调: fired when handling of a tap has finished",
        ("errcode", "name", "headurl"),
    ),
)
EVENT_NAMES = tuple(e.name for e in EVENTS)


@record(frozen=True)
class ErrCode:
    """A ``completemessage`` errcode with its meaning."""

    code: int
    meaning_zh: str
    meaning: str
    toast: str
    """What the generated handler tells the user (Chinese: the audience is in WeChat)."""
    has_agent: bool = False
    """``name`` and ``headurl`` are present in the event detail."""
    documented: bool = True


ERRCODES: tuple[ErrCode, ...] = (
    ErrCode(0, "消息发送成功", "success: the message was sent", "已发送，请查看客服消息",
            has_agent=True),
    ErrCode(-3002, "获取插件配置信息失败", "failed to fetch the plugin's configuration",
            "客服配置获取失败，请稍后再试"),
    ErrCode(-3004, "用户信息授权失败", "user-info authorisation failed", "需要授权后才能联系客服"),
    ErrCode(-3005, "客服消息发送失败", "sending the customer-service message failed",
            "消息发送失败，请稍后再试"),
    ErrCode(-3006, "发送的客服人员已经和当前用户是好友关系",
            "the agent is already a friend of this user", "已是好友，请在微信中直接联系",
            has_agent=True),
    ErrCode(-3008, "当前配置没有客服人员", "this configuration has no customer-service agents",
            "暂时没有可以接待的客服人员"),
    ErrCode(-3007, "(未公开)", "undocumented error seen in the plugin's code", "联系客服失败，请稍后再试",
            documented=False),
    ErrCode(-3010, "wx.login 不可用", "wx.login is unavailable", "当前环境无法联系客服",
            documented=False),
)

_URL = compile_pattern(r"plugin://([^/]*)/(.*)")


@lru_cache(maxsize=256)
def parse_url(value: str) -> tuple[str, str] | None:
    """``plugin://<alias>/<component>`` -> (alias, component); None for any other value.
    (Kept: every plugin rule asks about each registration; a project has a few URLs.)"""
    match = _URL.fullmatch(value)
    return (match[1], match[2]) if match else None


def component_url(alias: str) -> str:
    """The usingComponents value that registers the contact cell under ``alias``."""
    return f"plugin://{alias}/{COMPONENT}"


def property_of(name: str) -> str | None:
    """The property an attribute name reaches, as WeChat maps it: exact, or its dash-case
    form (``style-type`` -> styleType). Names are case-sensitive: ``styletype`` reaches none."""
    if name in ATTRIBUTES_BY_NAME:
        return name
    if "-" in name:
        head, *rest = name.split("-")
        camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
        if camel in ATTRIBUTES_BY_NAME:
            return camel
    return None


UNSUPPORTED_ENVIRONMENT = "wxwork"
"""``wx.getSystemInfoSync().environment`` inside the WeCom client, where the plugin does not run."""

_RELEASE = compile_pattern(r"(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})")
_DEV_BUILD = LazyPattern(r"dev-[0-9a-f]{32}")



# JavaScript's StringToNumber (ECMA-262 7.1.4.1.1), which WeChat applies to a static value
# given to a Number property. Python's float() is not it: it also takes "1_000", "inf",
# "nan" and non-ASCII digits ("١"), all NaN in JavaScript, and its strip() is another set
# of white space (\x1c-\x1f and \x85 are not JS white space, \ufeff is).
_JS_WHITE_SPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_JS_DECIMAL = compile_pattern(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_JS_RADIX = {"x": 16, "o": 8, "b": 2}
_JS_NON_DECIMAL = compile_pattern(r"0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")


def js_number(raw: str) -> float:
    """``Number(raw)`` as JavaScript computes it (NaN for what is not a number)."""
    text = raw.strip(_JS_WHITE_SPACE)
    if not text:
        return 0.0
    if _JS_NON_DECIMAL.fullmatch(text):
        try:
            return float(int(text[2:], _JS_RADIX[text[1].lower()]))
        except OverflowError:  # past the largest double: JavaScript rounds to Infinity
            return float("inf")
    if _JS_DECIMAL.fullmatch(text):
        return float(text.replace("Infinity", "inf"))
    return float("nan")


def js_number_to_string(value: float) -> str:
    """``String(value)`` as JavaScript writes a number (Number::toString, radix 10)."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"  # -0 too
    sign = "-" if value < 0 else ""
    digits, n = _shortest_digits(abs(value))
    return sign + _js_layout(digits, n)


def _shortest_digits(value: float) -> tuple[str, int]:
    """The shortest digits that round-trip (as repr() and JavaScript both choose them) and
    the exponent ``n`` with value = 0.digits * 10**n."""
    mantissa, _, exponent = repr(value).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    scale = int(exponent or 0) - len(fraction)  # value = int(digits) * 10**scale
    stripped = digits.rstrip("0")
    scale += len(digits) - len(stripped)
    return stripped, scale + len(stripped)


def _js_layout(digits: str, n: int) -> str:
    """Number::toString's layout of digits ``s`` (k of them) with decimal exponent ``n``."""
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    mark = "+" if n - 1 >= 0 else "-"
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{head}e{mark}{abs(n - 1)}"


@lru_cache(maxsize=256)
def number_text(raw: str) -> str | None:
    """A static value as WeChat's Number property sees it, written as JavaScript writes it:
    ' 2', '2.0', '0x2' -> '2'; 'Infinity' -> 'Infinity'; None when it is NaN. (Kept: the
    cell checks ask it about the same few values, styleType's "2" above all, thousands of
    times a run, and the JavaScript number's round trip costs about 2 us.)"""
    value = js_number(raw)
    return None if value != value else js_number_to_string(value)


def parse_release(version: str) -> tuple[int, int, int] | None:
    """The (major, minor, patch) of a released version string, or None."""
    m = _RELEASE.fullmatch(version)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def version_problem(version: str, *, plugin_project: bool = False) -> Message | None:
    """Why ``version`` is not a valid plugin version, or None when it is."""
    from wecontact_cli.i18n.message import msg

    if parse_release(version) or _DEV_BUILD.fullmatch(version) or version == "latest":
        return None
    if version == "dev":
        return None if plugin_project else msg("plugins.version_dev")
    return msg("plugins.version_invalid", version=version, forms=msg("plugins.version_forms"))


def is_older_than_guide(version: str) -> bool:
    """True for a released version older than the guide's 1.3.0."""
    release = parse_release(version)
    return release is not None and release < parse_release(DEFAULT_VERSION)  # type: ignore[operator]
