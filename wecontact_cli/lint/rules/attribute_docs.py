"""Documentation of the attribute rules WC201-WC211 (the checks live in attributes.py)."""

from __future__ import annotations

from wecontact_cli.lint.model import Rule

_CELL = '<cell plugid="a1b2c3d4" styleType="2" bind:completemessage="completemessage" />'
RULES = (
    Rule("WC201", "plugid-missing", "error",
         "A contact cell has no plugid (and no vcode).",
         "plugid is the guide's only required attribute: without it the plugin cannot find its "
         "configuration and renders nothing, silently.",
         "Pass the plugin ID configured in the WeCom admin console (企业微信管理后台 > 客户联系 > 联系我).",
         '<cell styleType="1" />', '<cell plugid="a1b2c3d4" styleType="1" />'),
    Rule("WC202", "plugid-placeholder", "error",
         "plugid is empty, the guide's literal 'plugid', or an obvious placeholder (xxx, your-plugid, <id>).",
         "The guide's own example passes plugid='plugid'; copied as is, the button never works.",
         "Use the real plugin ID from the WeCom admin console, or bind one: plugid=\"{{plugid}}\".",
         "<cell plugid='plugid' />", '<cell plugid="a1b2c3d4" />'),
    Rule("WC203", "unknown-attribute", "warning",
         "An attribute the contact plugin's cell does not have (names are case-sensitive).",
         "WeChat passes only declared properties; a misspelt one (avatarStyle, plugId, styletype) "
         "is dropped silently. url, contactTextBlod and iconUrl belong to the WeCom *group* plugin.",
         "Use the guide's spelling (avatorStyle, plugid, styleType); --fix renames when the intended "
         "attribute is unambiguous.",
         '<cell plugId="a1b2c3d4" avatarStyle="rect" />', '<cell plugid="a1b2c3d4" avatorStyle="rect" />',
         fixable=True,
         note="Attributes valid on every component (id, class, style, hidden, slot, wx:*, data-*, "
              "mark:*, generic:*) and dash-case forms (style-type reaches styleType) are allowed. "
              "plugType, vcode, reqType and buttonSize come from the plugin's shipped code, not the guide."),
    Rule("WC204", "invalid-value", "error",
         "A static value outside the attribute's allowed set, or not a number where a number is required.",
         "WeChat converts the text to the property's type: 'abc' becomes 0 and an unknown option "
         "falls back to a default, so the button silently looks different from what was written.",
         "Use one of the values the guide lists (see `wecontact rule WC204` examples).",
         '<cell plugid="a1b2c3d4" styleType="4" buttonStyle="dark" />',
         '<cell plugid="a1b2c3d4" styleType="2" buttonStyle="light" />', fixable=True,
         note="Numbers are compared as WeChat converts them: ' 2' and '2.0' are 2. --fix corrects "
              "only a letter-case mistake in a string option (Rect -> rect)."),
    Rule("WC205", "text-instead-of-index", "error",
         "contactText, buttonText or serviceText is given the option's text instead of its index.",
         "The guide types these as numbers and lists texts with index values; custom text is not "
         "supported (不支持自定义文案), so '联系客服' becomes 0 and shows a different text.",
         "Write the index (--fix does it): contactText 联系客服 -> 2, buttonText 联系客服 -> 4.",
         '<cell plugid="a1b2c3d4" contactText="联系客服" />', '<cell plugid="a1b2c3d4" contactText="2" />',
         fixable=True),
    Rule("WC206", "bubble-color-format", "error",
         "bubbleColor is not 3 or 6 hex digits without '#'.",
         "The guide says 不用带#号: the plugin prepends '#' itself, so '#4790EE' or 'red' gives an "
         "invalid colour.",
         "Write the hex digits only (--fix drops a leading '#').",
         '<cell plugid="a1b2c3d4" styleType="2" bubbleColor="#4790EE" />',
         '<cell plugid="a1b2c3d4" styleType="2" bubbleColor="4790EE" />', fixable=True,
         note="3-digit colours are accepted: the plugin's shipped code reads them."),
    Rule("WC207", "ineffective-attribute", "warning",
         "The attribute has no effect given what is known statically (styleType, blockStyle, isMask, agent mode).",
         "Each UI attribute works only in some layouts (the guide's 有效 column); elsewhere it is "
         "ignored and the page does not look as written.",
         "Remove the attribute, or change styleType/blockStyle so that it applies.",
         '<cell plugid="a1b2c3d4" styleType="1" bubbleColor="4790EE" />',
         '<cell plugid="a1b2c3d4" styleType="2" bubbleColor="4790EE" />',
         note="Uses the plugin's shipped 1.4.x code where it is more precise than the guide "
              "(e.g. styleType 2 reads bubbleColor only with blockStyle bubble, buttonText/buttonStyle "
              "only with blockStyle button). Unknowns are enumerated: an attribute is reported only if "
              "no possible layout reads it. The agent mode and console styleType come from plugType or "
              "wecontact.config.json \"plugids\"."),
    Rule("WC208", "style-needs-single-agent", "error",
         "styleType 3 (chat bubble) with a multi-agent plugid (多人客服).",
         "The chat-bubble layout exists only for single-agent plugids: the plugin shows nothing usable.",
         "Use styleType 1 or 2, or a single-agent plugid.",
         '<cell plugid="a1b2c3d4" plugType="1" styleType="3" />',
         '<cell plugid="a1b2c3d4" plugType="1" styleType="1" />',
         note="Fires only when the agent mode is known: plugType, or wecontact.config.json \"plugids\"."),
    Rule("WC209", "duplicate-attribute", "error",
         "The same attribute (or the same property under two spellings: styleType, style-type) twice on a cell.",
         "Only one value reaches the plugin; which one is not what a reader expects. wcc does not report it.",
         "Keep one.", '<cell plugid="a1b2c3d4" styleType="1" style-type="2" />',
         '<cell plugid="a1b2c3d4" styleType="2" />'),
    Rule("WC210", "unknown-event", "error",
         "A binding to an event the plugin never fires (bind:completeMessage, bind:complete).",
         "The plugin fires only startmessage and completemessage, all lowercase; any other name "
         "binds a handler that never runs, and errors go unnoticed.",
         "Bind bind:startmessage / bind:completemessage (--fix corrects a letter-case mistake).",
         '<cell plugid="a1b2c3d4" bind:completeMessage="onComplete" />',
         '<cell plugid="a1b2c3d4" bind:completemessage="onComplete" />', fixable=True,
         note="Native touch events (tap, longpress, touchstart ...) are not reported."),
    Rule("WC211", "dynamic-value", "info",
         "A {{ }} value that cannot be checked statically.",
         "Bound values are decided at runtime; wecontact cannot tell whether they are valid.",
         "Nothing to fix; enable this rule (--select WC211) to list what lint could not check.",
         '<cell plugid="a1b2c3d4" styleType="{{style}}" />', '<cell plugid="a1b2c3d4" styleType="2" />',
         enabled_by_default=False),
)
