"""Simplified-Chinese rule documentation: every rule's summary, why, fix and note, keyed by code.

Terms follow the official guide (企业微信客户服务插件): 插件, 单人客服/多人客服, 企业微信管理后台,
有效, 分包, 独立分包, 自定义文案. Attribute names, codes, commands and values stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleText:
    """One rule's documentation in Chinese: the translated fields of ``Rule``."""

    summary: str
    why: str
    fix: str
    note: str = ""


RULES_ZH: dict[str, RuleText] = {
    "WC001": RuleText(
        "原生 .json 文件（app.json、页面或组件的 .json）不是严格的 JSON，或者其中某个值的类型微信不接受。",
        "app.json 或页面 .json 解析失败时，微信开发者工具会拒绝构建项目；注释和末尾多余的逗号"
        "在很多编辑器里没有问题，在这里却是构建错误。类型错误的值（usingComponents 中写成数字的"
        "组件路径、不是字符串数组的 \"pages\"）同样会导致构建失败。",
        "把文件改成严格的 JSON：键和字符串都用双引号，不写注释，不留末尾逗号；"
        "并按提示给每个值使用正确的类型。",
    ),
    "WC002": RuleText(
        ".wxml 文件无法解析：标签未闭合或不匹配、属性值没有加引号、多余的 '<'。",
        "微信的 WXML 编译器 wcc 遇到第一个此类错误就会停止，页面无法构建；写在损坏标记中的 cell "
        "也无法检查。",
        "闭合每一个标签（或写成自闭合：<cell ... />），并给每个属性值加上引号。",
    ),
    "WC003": RuleText(
        "app.json 或页面 .json 的同一个对象中出现了重复的键：微信只读取最后一个。",
        "微信用 JSON.parse 读取这些文件，遇到重复的键时只保留最后一个，其余的被悄悄丢弃。"
        "人们先看到的往往不是构建实际使用的那个：第二个 \"plugins\"、重复的插件别名或 "
        "usingComponents 标签，会悄悄替换掉看起来正确的声明或组件。",
        "每个键只保留一个：把两处合并，或者删掉微信忽略的那一个（提示信息给出了微信实际读取的值所在的行）。",
    ),
    "WC101": RuleText(
        "usingComponents 中的 plugin://<alias>/... 用了一个没有任何 plugins 配置声明过的别名。",
        "页面加载失败：\"Component is not found in path plugin://...\"。该别名必须在 app.json"
        "（或页面所在分包）的 \"plugins\" 中声明。",
        "声明插件：运行 `wecontact init`（或加上 --alias <alias>）。如果引用的是 plugin://<alias>/cell，"
        "且项目中任何地方都没有声明客服插件，--fix 会把声明添加到 app.json。",
    ),
    "WC102": RuleText(
        "客服插件的 version 不是 N.N.N、dev-<32 hex> 或 latest（dev 版本只能在插件项目中使用）。",
        "微信无法解析出对应的插件，构建失败（插件版本不存在）。",
        "使用已发布的版本，例如指南中的 \"1.3.0\"。",
    ),
    "WC103": RuleText(
        "客服插件的版本低于指南中的 1.3.0。",
        "指南针对的是 1.3.0 版本；更早的版本可能缺少指南介绍的属性。",
        "把版本升级到 1.3.0 或更高（`wecontact init --version 1.3.0`）。",
    ),
    "WC104": RuleText(
        "客服插件的 provider 在主包和某个分包中都有声明，或在两个分包中都有声明。",
        "微信开发者工具会拒绝构建：同一个 provider 只能声明一次（provider 相同）。",
        "只保留一处声明：如果有多个包用到该插件，就声明在主包中。",
    ),
    "WC105": RuleText(
        "客服插件在独立分包中声明或使用。",
        "独立分包可以脱离主包单独运行，不支持插件。",
        "把页面移到普通分包或主包中，或者去掉 \"independent\"。",
        "文档说明独立分包不支持插件；有传言称新版本已有变化，但尚未证实，因此本规则以文档为准。",
    ),
    "WC106": RuleText(
        "在某个分包中声明的插件被用在了该分包之外，或用在了 app.json 的全局 usingComponents 中。",
        "在分包中声明的插件只能在该分包内使用；在其他地方，运行时会找不到该组件。",
        "改为在主包中声明插件；如果要跨分包异步引用，可以添加 componentPlaceholder（基础库 >= 2.11.2）。",
    ),
    "WC107": RuleText(
        "页面或组件的 .json 中有 \"plugins\" 键。",
        "\"plugins\" 只从 app.json 和分包配置中读取；写在页面 .json 中会被忽略，插件实际上并没有声明。",
        "把声明移到 app.json（`wecontact init`），并删除该键。",
    ),
    "WC108": RuleText(
        "plugin://wx104a1a20c3f81ec2/... 用 appid 而不是别名来引用插件。",
        "只有编译产物才使用 appid 形式；在源码中，文档规定的引用方式是 \"plugins\" 中的别名。",
        "改用别名（已知别名时，--fix 可以自动修改）。",
    ),
    "WC109": RuleText(
        "plugin://<contact alias>/<name> 引用了客服插件并未导出的组件。",
        "客服插件只导出一个组件 cell；其他名称在运行时都会找不到。",
        "使用 plugin://<alias>/cell（--fix 可以纠正 Cell 这类大小写错误）。",
    ),
    "WC110": RuleText(
        "已声明客服插件，但没有任何 usingComponents 条目用到它。",
        "未使用的插件仍然需要在小程序管理后台添加，而且会被白白加载。",
        "把它接入某个页面（`wecontact add-page`），或者删除该声明。",
    ),
    "WC111": RuleText(
        "\"plugins\" 中的某个条目不是带有 \"provider\" 字符串的对象，例如 \"contactPlugin\": \"1.3.0\"。",
        "微信根据条目中的 \"provider\"（插件的 appid）和 \"version\" 加载插件；只写了版本字符串、"
        "或者没有 provider 的条目什么也没有声明，构建会失败。wecontact 无法判断这样的条目指的是哪个插件，"
        "因此 `wecontact init` 不会在它旁边再添加一个声明。",
        "把条目写成对象：客服插件写作 "
        '"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}。',
    ),
    "WC201": RuleText(
        "客服插件的 cell 没有 plugid（也没有 vcode）。",
        "plugid 是指南中唯一的必填属性：没有它，插件找不到自己的配置，什么也不渲染，而且没有任何提示。",
        "传入在企业微信管理后台配置的插件ID（企业微信管理后台 > 客户联系 > 联系我）。",
    ),
    "WC202": RuleText(
        "plugid 为空、是指南中的字面值 'plugid'，或是明显的占位符（xxx、your-plugid、<id>）。",
        "指南自己的示例传的就是 plugid='plugid'；原样照抄的话，按钮永远无法使用。",
        "使用企业微信管理后台中真实的插件ID，或者绑定一个变量：plugid=\"{{plugid}}\"。",
    ),
    "WC203": RuleText(
        "客服插件的 cell 没有这个属性（属性名区分大小写）。",
        "微信只传递组件声明过的属性；拼错的属性（avatarStyle、plugId、styletype）会被悄悄丢弃。"
        "url、contactTextBlod 和 iconUrl 是企业微信*群*插件的属性。",
        "使用指南中的拼写（avatorStyle、plugid、styleType）；能确定本来想写哪个属性时，--fix 会自动改名。",
        "所有组件通用的属性（id、class、style、hidden、slot、wx:*、data-*、mark:*、generic:*）"
        "和连字符写法（style-type 对应 styleType）都允许使用。plugType、vcode、reqType 和 buttonSize "
        "来自插件实际发布的代码，而不是指南。",
    ),
    "WC204": RuleText(
        "静态值不在该属性允许的取值范围内，或者要求数字的地方写的不是数字。",
        "微信会把文本转换成属性声明的类型：'abc' 变成 0，未知的选项回退到默认值，于是按钮和代码里写的"
        "不一样，却没有任何提示。",
        "使用指南列出的取值之一（参见 `wecontact rule WC204` 中的示例）。",
        "数字按微信的转换方式比较：' 2' 和 '2.0' 都是 2。--fix 只纠正字符串选项中的大小写错误"
        "（Rect -> rect）。",
    ),
    "WC205": RuleText(
        "contactText、buttonText 或 serviceText 写的是选项的文案，而不是它的索引值。",
        "指南把这些属性定为 number 类型，并列出了每段文案对应的值；不支持自定义文案，所以 '联系客服' "
        "会变成 0，显示成另一段文案。",
        "改写为索引值（--fix 可以自动修改）：contactText 联系客服 -> 2，buttonText 联系客服 -> 4。",
    ),
    "WC206": RuleText(
        "bubbleColor 不是 3 位或 6 位、且不带 '#' 的十六进制数字。",
        "指南写明“不用带#号”：插件会自己在前面加上 '#'，所以 '#4790EE' 或 'red' 得到的是无效的颜色。",
        "只写十六进制数字（--fix 会去掉开头的 '#'）。",
        "也接受 3 位颜色值：插件实际发布的代码能读取它们。",
    ),
    "WC207": RuleText(
        "根据静态可知的信息（styleType、blockStyle、isMask、单人/多人客服），该属性不会生效。",
        "每个界面属性只在部分布局下有效（即指南中“……时有效”的说明）；在其他布局下会被忽略，"
        "页面效果和代码里写的不一致。",
        "删除该属性，或修改 styleType/blockStyle，让它生效。",
        "插件实际发布的 1.4.x 代码比指南更精确时，以代码为准（例如 styleType 为 2 时，只有 blockStyle "
        "为 bubble 才读取 bubbleColor，只有 blockStyle 为 button 才读取 buttonText/buttonStyle）。"
        "未知的情况会逐一枚举：只有所有可能的布局都不读取某个属性时才会报告。单人/多人客服和后台配置的 "
        "styleType 来自 plugType 或 wecontact.config.json 的 \"plugids\"。",
    ),
    "WC208": RuleText(
        "styleType 3（聊天气泡样式）用在了多人客服的 plugid 上。",
        "聊天气泡样式只适用于单人客服的 plugid：多人客服下，插件显示不出任何可用的内容。",
        "改用 styleType 1 或 2，或者换成单人客服的 plugid。",
        "只在已知是单人还是多人客服时才会报告：来自 plugType，或 wecontact.config.json 的 \"plugids\"。",
    ),
    "WC209": RuleText(
        "同一个 cell 上同一个属性出现了两次（或同一个属性用两种写法各写了一次：styleType、style-type）。",
        "只有一个值会传给插件，而传的是哪一个，往往出乎读代码的人的意料。wcc 不会报告这个问题。",
        "只保留一个。",
    ),
    "WC210": RuleText(
        "绑定了插件从不触发的事件（bind:completeMessage、bind:complete）。",
        "插件只触发 startmessage 和 completemessage，且全为小写；绑定其他名称的处理函数永远不会执行，"
        "出错了也无人察觉。",
        "绑定 bind:startmessage / bind:completemessage（--fix 可以纠正大小写错误）。",
        "不会报告原生触摸事件（tap、longpress、touchstart ...）。",
    ),
    "WC211": RuleText(
        "使用 {{ }} 的值，无法静态检查。",
        "绑定的值要到运行时才确定；wecontact 无法判断它们是否有效。",
        "无需修复；启用本规则（--select WC211）可以列出 lint 无法检查的内容。",
    ),
    "WC301": RuleText(
        "cell 的事件绑定到了页面或组件模块中没有定义的方法。",
        "绑定的方法不存在时，微信会直接忽略，不报任何错误，因此 startmessage 和 completemessage"
        "（以及其中报告的每个 errcode）都没有得到处理。",
        "定义该方法：写在 Page({...}) 的顶层，或 Component({...}) 的 methods 下"
        "（`wecontact add-page` 会生成这两个处理函数）。",
        "无法静态分析的模块会被跳过：没有 Page()/Component() 调用、用了展开语法（...mixin）、"
        "用了计算属性名，或者用了可能提供方法的 behaviors。",
    ),
    "WC900": RuleText(
        "wecontact-disable-next-line 注释没有屏蔽任何问题，或者写了未知的规则代码。",
        "过时的屏蔽注释会掩盖它所指那一行日后出现的真正问题；未知的规则代码则什么也屏蔽不了。",
        "删除该注释，或改正其中的规则代码。",
    ),
}
