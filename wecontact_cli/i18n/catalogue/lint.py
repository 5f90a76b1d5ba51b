"""Lint diagnostics (each rule's own messages)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- lint diagnostics -------------------------------------------------------------------
    # -- shared fragments ----------------------------------------------------------------
    "list.and": ("{first} and {rest}", "{first}和{rest}"),
    "list.semicolon": ("{first}; {rest}", "{first}；{rest}"),
    "scope.main": ("the main package", "主包"),
    "scope.sub": ("subpackage '{scope}'", "分包 '{scope}'"),
    "a_number": ("a number", "一个数字"),
    # -- WC101-WC110 plugins -------------------------------------------------------------
    "plugins.url_appid": (
        "'{url}' uses the plugin's appid; use its alias from \"plugins\"",
        "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名"),
    "plugins.url_appid_known": (
        "'{url}' uses the plugin's appid; use its alias from \"plugins\" ('{alias}')",
        "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名（'{alias}'）"),
    "plugins.not_declared": (
        "the plugin alias '{alias}' is not declared in {where} \"plugins\"; the component "
        "will not be found at runtime",
        "插件别名 '{alias}' 没有在 {where} 的 \"plugins\" 中声明；运行时会找不到该组件"),
    "plugins.where_app_or_sub": ("app.json or subpackage '{scope}'", "app.json 或分包 '{scope}'"),
    "plugins.url_independent": (
        "independent subpackages (独立分包) cannot use plugins; '{tag}' will not be found here",
        "独立分包不能使用插件；这里会找不到 '{tag}'"),
    "plugins.global_out_of_scope": (
        "global usingComponents uses '{alias}', which is declared only in {scopes}; "
        "pages elsewhere will not find '{tag}'",
        "全局 usingComponents 用到了 '{alias}'，但它只在{scopes}中声明；其他地方的页面会找不到 '{tag}'"),
    "plugins.out_of_scope": (
        "'{alias}' is declared only in {scopes}, which this file ({scope}) cannot use; "
        "add a componentPlaceholder for '{tag}' or declare the plugin in the main package",
        "'{alias}' 只在{scopes}中声明，本文件（{scope}）无法使用；请为 '{tag}' 添加 "
        "componentPlaceholder，或在主包中声明该插件"),
    "plugins.unknown_component": (
        "the contact plugin has no component '{component}'; its only component is '{cell}'",
        "客服插件没有组件 '{component}'；它唯一的组件是 '{cell}'"),
    "plugins.in_page_json": (
        "\"plugins\" in a page or component .json is ignored: the plugin is declared only by "
        "app.json (or a subpackage entry)",
        "页面或组件 .json 中的 \"plugins\" 会被忽略：插件只能在 app.json（或分包配置）中声明"),
    "plugins.independent_decl": (
        "subpackage '{root}' is independent (独立分包) and cannot use plugins; this declaration "
        "has no effect",
        "分包 '{root}' 是独立分包，不能使用插件；这条声明不会生效"),
    "plugins.unused": (
        "the contact plugin is declared as '{alias}' but no usingComponents entry uses "
        "plugin://{alias}/cell",
        "客服插件以 '{alias}' 声明，但没有任何 usingComponents 条目使用 plugin://{alias}/cell"),
    "plugins.declared_twice": (
        "the contact plugin is already declared in {scope} as '{alias}'; WeChat refuses the same "
        "provider twice (provider 相同)",
        "客服插件已经在{scope}中以 '{alias}' 声明过；微信不允许重复声明同一个 provider（provider 相同）"),
    "plugins.version_missing": (
        "plugin '{alias}' needs a \"version\" string such as \"{default}\"",
        "插件 '{alias}' 需要一个 \"version\" 字符串，例如 \"{default}\""),
    "plugins.version_dev": (
        "'dev' is only valid in a plugin project (project.config.json compileType \"plugin\"); "
        "use a released version such as 1.3.0",
        "'dev' 只能在插件项目中使用（project.config.json 的 compileType 为 \"plugin\"）；"
        "请使用已发布的版本，例如 1.3.0"),
    "plugins.version_invalid": (
        "'{version}' is not a plugin version; expected {forms}",
        "'{version}' 不是有效的插件版本；应为 {forms}"),
    "plugins.version_forms": (
        "N.N.N (e.g. 1.3.0), dev-<32 hex digits>, or latest",
        "N.N.N（例如 1.3.0）、dev-<32 位十六进制数字> 或 latest"),
    "plugins.version_old": (
        "version {version} is older than the guide's {default}",
        "版本 {version} 低于指南中的 {default}"),
    # -- hostile input, and reading JSON as WeChat does (WC003, WC111, usingComponents values,
    #    too-long paths, templates): jsontext, project, scaffold, templating, cli ------------
    "json.duplicate_key": (
        "duplicate key \"{key}\": WeChat reads only the last one (line {line}) and ignores this one",
        "重复的键 \"{key}\"：微信只读取最后一个（第 {line} 行），忽略这一个"),
    "plugins.entry_not_object": (
        "plugin '{alias}' is {type}, not an object with \"version\" and \"provider\": WeChat cannot "
        "load it; for the contact plugin write {example}",
        "插件 '{alias}' 的值是 {type}，而不是包含 \"version\" 和 \"provider\" 的对象：微信无法加载它；"
        "客服插件应写作 {example}"),
    "plugins.entry_no_provider": (
        "plugin '{alias}' has no \"provider\" string (the plugin's appid): WeChat cannot load it; "
        "the contact plugin's provider is \"{provider}\"",
        "插件 '{alias}' 没有 \"provider\" 字符串（插件的 appid）：微信无法加载它；"
        "客服插件的 provider 是 \"{provider}\""),
    "init.hint_fix_entry": (
        "fix this entry by hand first: wecontact does not guess which plugin it was meant to declare",
        "请先手动修正这个条目：wecontact 不会猜测它原本要声明哪个插件"),
    "project.component_not_string": (
        "usingComponents \"{tag}\" is {type}, not a string: WeChat expects a component path such as "
        "\"/components/card/card\" or \"plugin://contactPlugin/cell\"",
        "usingComponents 中的 \"{tag}\" 是 {type}，不是字符串：微信要求填写组件路径，例如 "
        "\"/components/card/card\" 或 \"plugin://contactPlugin/cell\""),
    "path.too_long": (
        "the path is too long for the file system; use shorter folder and file names",
        "路径太长，文件系统无法处理；请使用更短的文件夹名和文件名"),
    "path.os_error": ("cannot use this path: {reason}", "无法使用此路径：{reason}"),
    "templates.unsafe": (
        "template '{name}' tried to reach Python internals ({detail}); templates may only fill in "
        "text, so nothing was run",
        "模板 '{name}' 试图访问 Python 内部对象（{detail}）；模板只能填写文本，因此没有执行任何内容"),
    "templates.failed": ("template '{name}' failed: {detail}", "模板 '{name}' 渲染失败：{detail}"),
    "templates.outside": (
        "template '{name}' is a link that leads out of its folder; wecontact reads nothing outside it",
        "模板 '{name}' 是指向其文件夹之外的链接；wecontact 不会读取文件夹之外的任何内容"),
    "doctor.broken_entry": (
        "{alias}: a broken plugins entry ({reason}) in the {scope} ({where})",
        "{alias}：损坏的 plugins 条目（{reason}），位于{scope}（{where}）"),
    "doctor.reason_not_object": ("{type}, not an object", "{type}，不是对象"),
    "doctor.reason_no_provider": ("no \"provider\"", "没有 \"provider\""),
    "doctor.fix_entry": (
        "fix: for the contact plugin write {example}", "修复：客服插件应写作 {example}"),
    # -- WC201-WC211 attributes ----------------------------------------------------------
    "cell.no_plugid": (
        "<{tag}> has no plugid: the contact button renders nothing. Pass the plugin ID from the "
        "WeCom admin console (企业微信管理后台 > 客户联系)",
        "<{tag}> 没有 plugid：联系按钮什么也不会显示。请传入企业微信管理后台 > 客户联系 中的插件 ID"),
    "cell.plugid_placeholder": (
        "plugid is '{value}', a placeholder (the guide's example passes the literal "
        "plugid='plugid'); use the real plugin ID from the WeCom admin console",
        "plugid 为 '{value}'，是占位符（指南示例中直接写的是 plugid='plugid'）；"
        "请使用企业微信管理后台中真实的插件 ID"),
    "cell.plugid_empty": (
        "plugid is empty, a placeholder (the guide's example passes the literal "
        "plugid='plugid'); use the real plugin ID from the WeCom admin console",
        "plugid 为空，是占位符（指南示例中直接写的是 plugid='plugid'）；"
        "请使用企业微信管理后台中真实的插件 ID"),
    "cell.dynamic": (
        "{name}=\"{value}\" is dynamic and cannot be checked statically",
        "{name}=\"{value}\" 是动态值，无法静态检查"),
    "cell.group_attribute": (
        "'{name}' is an attribute of the WeCom group plugin's cell (企业微信群插件, {provider}), "
        "not of the contact plugin's: it has no effect here",
        "'{name}' 是企业微信群插件（{provider}）的 cell 属性，不是客服插件的属性：在这里不会生效"),
    "cell.unknown_attribute": (
        "'{name}' is not an attribute of the contact plugin's cell and has no effect",
        "'{name}' 不是客服插件 cell 的属性，不会生效"),
    "cell.unknown_attribute_suggest": (
        "'{name}' is not an attribute of the contact plugin's cell (attribute names are "
        "case-sensitive); did you mean '{suggestion}'?",
        "'{name}' 不是客服插件 cell 的属性（属性名区分大小写）；是不是想写 '{suggestion}'？"),
    "cell.unknown_event": (
        "the contact plugin never fires '{event}' (its events are startmessage and "
        "completemessage, all lowercase), so this handler never runs",
        "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
        "所以这个处理函数永远不会执行"),
    "cell.unknown_event_suggest": (
        "the contact plugin never fires '{event}' (its events are startmessage and "
        "completemessage, all lowercase), so this handler never runs; did you mean '{suggestion}'?",
        "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
        "所以这个处理函数永远不会执行；是不是想写 '{suggestion}'？"),
    "cell.bubble_color_hex": (
        "bubbleColor '{raw}' must be 3 or 6 hex digits without '#' (不用带#号), e.g. 4790EE",
        "bubbleColor '{raw}' 必须是 3 位或 6 位十六进制数字，不用带#号，例如 4790EE"),
    "cell.not_one_of": (
        "{prop}={raw!r} is not one of {choices}",
        "{prop}={raw!r} 不是可选值之一：{choices}"),
    "cell.index_not_text": (
        "{prop} takes the option's index, not its text: '{text}' is {index}",
        "{prop} 要填写选项的序号，而不是文案：'{text}' 对应 {index}"),
    "cell.custom_text": (
        "{prop}={raw!r}: custom text is not supported (不支持自定义文案); choose an index: {choices}",
        "{prop}={raw!r}：不支持自定义文案；请选择一个序号：{choices}"),
    "cell.not_a_number_choices": (
        "{prop}={raw!r} is not a number; WeChat turns it into 0. Expected one of {choices}",
        "{prop}={raw!r} 不是数字；微信会把它当作 0。应为以下之一：{choices}"),
    "cell.not_a_number": (
        "{prop}={raw!r} is not a number; WeChat turns it into 0. Expected a number",
        "{prop}={raw!r} 不是数字；微信会把它当作 0。应为一个数字"),
    "cell.duplicate": (
        "'{name}' repeats '{first}' (line {line}); only one value reaches the plugin",
        "'{name}' 与 '{first}'（第 {line} 行）重复；只有一个值会传给插件"),
    "cell.style3_multi_agent": (
        "styleType 3 (chat bubble) works only for a single-agent plugid (单人客服); this plugid "
        "is multi-agent ({source})",
        "styleType 3（聊天气泡）只适用于单人客服的 plugid；这个 plugid 是多人客服（{source}）"),
    "cell.ineffective": ("{prop} has no effect here: {reason}", "{prop} 在这里不会生效：{reason}"),
    # -- lint --fix safety and build output (lint/rules/attributes.py, lint/fixes.py, lint/build_output.py)
    "cell.fix_refused": ("{message} (not fixed by --fix: {reason})", "{message}（--fix 未修复：{reason}）"),
    "cell.fix_would_repeat": (
        "renaming it to {new} would repeat {other} (line {line}); keep one of the two by hand",
        "改名为 {new} 会与第 {line} 行的 {other} 重复；请手动保留其中一个"),
    "cell.fix_both_renamed": (
        "{other} (line {line}) would also become {new}; keep one of the two by hand",
        "第 {line} 行的 {other} 也会被改成 {new}；请手动保留其中一个"),
    "cell.fix_new_problem": (
        "after the fix, {problem} ({code}); correct both by hand",
        "修复后会出现新问题：{problem}（{code}）；请手动一并修改"),
    "cell.fix_overlaps": (
        "another fix changes the same text; fix it by hand", "另一个修复修改的是同一段文本；请手动修改"),
    "fixes.later_pass_failed": (
        "{error} (during fix pass {number}; --fix had already written {files}, which keep "
        "their fixes: run `wecontact lint --fix` again to finish)",
        "{error}（发生在第 {number} 轮修复；--fix 之前已经写入了 {files}，这些文件保留已做的修复："
        "请再次运行 `wecontact lint --fix` 完成剩余修复）"),
    "build_output.note": (
        "note: {output} is {framework} build output: every build rewrites it from the sources in "
        "{sources}, so fix what lint reports there, not here. Attributes that {framework}'s "
        "compiler adds are not reported",
        "注意：{output} 是 {framework} 的编译产物：每次编译都会根据 {sources} 中的源码重新生成它，"
        "所以请在源码中修复 lint 报告的问题，而不是在这里修改。{framework} 编译器添加的属性不会被报告"),
    "build_output.no_fix": (
        "{output} is {framework} build output: every build rewrites it from the sources in {sources}, "
        "so --fix and --diff change nothing here; fix the sources (lint without --fix lists the problems)",
        "{output} 是 {framework} 的编译产物：每次编译都会根据 {sources} 中的源码重新生成它，"
        "所以 --fix 和 --diff 不会修改这里；请修改源码（不带 --fix 运行 lint 会列出问题）"),
    # -- WC207 layout reasons (lint/rules/layout.py) -------------------------------------
    "layout.reason": ("{facts}, and the guide says {effective}", "{facts}，而指南说明：{effective}"),
    "layout.no_reader": ("no layout reads it", "没有任何布局会读取它"),
    "layout.style_is": ("styleType is {style} ({source})", "styleType 为 {style}（{source}）"),
    "layout.single_agent": ("the plugid is single-agent ({source})", "该 plugid 是单人客服（{source}）"),
    "layout.multi_agent": ("the plugid is multi-agent ({source})", "该 plugid 是多人客服（{source}）"),
    "layout.block_is": ("blockStyle is {block}", "blockStyle 为 {block}"),
    "layout.is_mask_0": ("isMask is 0", "isMask 为 0"),
    "layout.source_attribute": ("styleType attribute", "styleType 属性"),
    "layout.source_console": (
        "the console's styleType in wecontact.config.json",
        "wecontact.config.json 中记录的管理后台 styleType"),
    "layout.source_agent": ("agent mode in wecontact.config.json", "wecontact.config.json 中的客服模式"),
    # -- WC301 handlers ------------------------------------------------------------------
    "handler.missing": (
        "'{name}' is not defined in {file} ({where}); WeChat ignores the binding silently, "
        "so {event} goes unhandled",
        "'{name}' 没有在 {file}（{where}）中定义；微信会静默忽略这个绑定，{event} 事件将无人处理"),
    "handler.where_component": ("methods of Component({{...}})", "Component({{...}}) 的 methods"),
    "handler.where_page": ("Page({{...}})", "Page({{...}})"),
    # -- WC900 suppressions --------------------------------------------------------------
    "suppress.unknown_code": (
        "unknown rule code {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
    "suppress.unknown_codes": (
        "unknown rule codes {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
    "suppress.unused": (
        "this {directive} suppresses nothing: no {what} on line {line}",
        "这条 {directive} 没有屏蔽任何问题：第 {line} 行没有{what}"),
    "suppress.any_problem": ("any problem", "任何问题"),
}
