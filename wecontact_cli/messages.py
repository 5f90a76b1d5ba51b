"""Messages in English and Simplified Chinese: the one catalogue of every human text.

Code builds a ``Message`` with ``msg(key, **params)``; the output renders it in the run's
language. ``str(message)`` is the English text. A param that is itself a ``Message`` (a
reason, a scope name, a list) is rendered in the same language first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from wecontact_cli.i18n import Lang

MESSAGES: dict[str, tuple[str, str]] = {
    # -- error, hint and warning prefixes; lists ------------------------------------------
    "prefix.error": ("error: {text}", "错误: {text}"),
    "prefix.hint": ("hint: {text}", "提示: {text}"),
    "prefix.warning": ("warning: {text}", "警告: {text}"),
    "list.comma": ("{first}, {rest}", "{first}、{rest}"),
    # -- init --------------------------------------------------------------------------------
    "init.bad_alias": (
        "'{alias}' is not a usable plugin alias: use letters, digits, '_' or '-', "
        "starting with a letter (the guide uses contactPlugin)",
        "'{alias}' 不能用作插件别名：只能使用字母、数字、'_' 或 '-'，并以字母开头（指南使用 contactPlugin）"),
    "init.place": ("{scope} ({where})", "{scope}（{where}）"),
    "init.declared_more_than_once": (
        "the contact plugin ({provider}) is declared more than once: {places}. "
        "WeChat refuses the same provider twice (provider 相同); keep one declaration",
        "客服插件（{provider}）被声明了不止一次：{places}。微信不允许重复声明同一个 provider"
        "（provider 相同）；请只保留一处声明"),
    "init.none": ("none", "无"),
    "init.no_subpackage": (
        "app.json has no subpackage with root '{root}' (subpackages: {roots})",
        "app.json 中没有 root 为 '{root}' 的分包（现有分包：{roots}）"),
    "init.independent": (
        "subpackage '{root}' is independent (独立分包), and independent subpackages cannot use "
        "plugins; declare the plugin in the main package or a normal subpackage",
        "分包 '{root}' 是独立分包，独立分包不能使用插件；请在主包或普通分包中声明插件"),
    "init.hint_main_usable": (
        "a declaration in the main package is already usable from every normal subpackage",
        "主包中的声明已经可以在每个普通分包中使用"),
    "init.hint_move": (
        "move it to {scope} by hand, or run with --subpackage {root}",
        "请手动把它移到{scope}，或加上 --subpackage {root} 重新运行"),
    "init.hint_sub_only": (
        "a plugin declared in a subpackage is usable only inside it; declare it once, in the main "
        "package, to use it from both",
        "在分包中声明的插件只能在该分包内使用；要在两处都使用，请只在主包中声明一次"),
    "init.already_declared_elsewhere": (
        "the contact plugin is already declared in {scope} as '{alias}'; declaring it again in "
        "{target} breaks the build (WeChat DevTools: provider 相同)",
        "客服插件已经在{scope}中以 '{alias}' 声明；再在{target}中声明会导致构建失败"
        "（微信开发者工具：provider 相同）"),
    "init.warn_not_guide_version": (
        "declared at version {version}; the guide documents {default}. Pass --version {default} "
        "to change it",
        "已声明的版本是 {version}；指南中的版本是 {default}。加上 --version {default} 即可修改"),
    "init.declaration_not_object": (
        "plugin '{alias}' must be an object with \"version\" and \"provider\"",
        "插件 '{alias}' 必须是包含 \"version\" 和 \"provider\" 的对象"),
    "init.warn_no_version": (
        "plugin '{alias}' has no \"version\"; WeChat requires one",
        "插件 '{alias}' 没有 \"version\"；微信要求必须填写"),
    "init.warn_invalid_version": (
        "the declared version is invalid: {problem}", "声明的版本无效：{problem}"),
    "init.warn_old_version": (
        "version {version} is older than the guide's {default}",
        "版本 {version} 比指南中的 {default} 旧"),
    "init.another_plugin": ("another plugin", "另一个插件"),
    "init.alias_taken": (
        "the alias '{alias}' is already used in {scope} by {other}; the contact plugin needs an "
        "alias of its own",
        "别名 '{alias}' 已经在{scope}中被 {other} 使用；客服插件需要一个自己的别名"),
    "init.hint_other_alias": (
        "choose another alias, e.g. --alias {alias}", "请换一个别名，例如 --alias {alias}"),
    "init.what": (
        "plugin '{alias}' ({provider}, version {version})",
        "插件 '{alias}'（{provider}，版本 {version}）"),
    "init.unchanged": (
        "{where}: {what} is already declared in {scope}; nothing to change",
        "{where}: {what}已经在{scope}中声明；无需修改"),
    "init.would_declare": (
        "{where}: would declare {what} in {scope} (dry run: nothing written)",
        "{where}: 将在{scope}中声明{what}（试运行：未写入任何文件）"),
    "init.would_update": (
        "{where}: would update {what} in {scope} (dry run: nothing written)",
        "{where}: 将在{scope}中更新{what}（试运行：未写入任何文件）"),
    "init.declared": ("{where}: declared {what} in {scope}", "{where}: 已在{scope}中声明{what}"),
    "init.updated": ("{where}: updated {what} in {scope}", "{where}: 已在{scope}中更新{what}"),
    "init.next": (
        "next: wire the button into a page with `wecontact add-page <page route> --plugid <ID>` "
        "(it registers {using} in the page's usingComponents)",
        "下一步：用 `wecontact add-page <页面路径> --plugid <插件 ID>` 把按钮接入页面"
        "（它会在页面的 usingComponents 中注册 {using}）"),
    "summary.version": ("version {old} -> {new}", "版本 {old} -> {new}"),
    "summary.declare": ("declare plugin '{alias}' in {scope}", "在{scope}中声明插件 '{alias}'"),
    # -- the command line --------------------------------------------------------------------
    "cli.internal_error": ("internal error: {kind}: {detail}", "内部错误：{kind}: {detail}"),
    "cli.internal_error_hint": (
        "this is a bug in wecontact; run again with WECONTACT_DEBUG=1 for a traceback and report it",
        "这是 wecontact 的缺陷；请设置 WECONTACT_DEBUG=1 重新运行以获得 traceback，并报告该问题"),
    "cli.unknown_format": (
        "unknown output format '{format}'; choose one of: {choices}",
        "未知的输出格式 '{format}'；请从以下格式中选择：{choices}"),
    "cli.unknown_format_doctor": (
        "unknown output format '{format}'; choose text or json",
        "未知的输出格式 '{format}'；请选择 text 或 json"),
    "cli.unknown_format_rules": (
        "unknown output format '{format}'; choose text, json or markdown",
        "未知的输出格式 '{format}'；请选择 text、json 或 markdown"),
    "cli.no_rule_close": ("no rule '{code}' (did you mean {close}?)", "没有规则 '{code}'（是不是指 {close}？）"),
    "cli.no_rule": ("no rule '{code}'; `wecontact rules` lists them",
                    "没有规则 '{code}'；`wecontact rules` 会列出所有规则"),
    "cli.cannot_write_report": ("cannot write the report: {reason}", "无法写入报告：{reason}"),
    # -- the command line: --lang, fix counts, output streams, --help texts ------------------
    "cli.unknown_lang": (
        "unknown language '{value}' for --lang: use one of {choices}",
        "--lang 不支持语言 '{value}'：请使用 {choices} 之一"),
    "cli.fixed_one": ("Fixed {count} problem.", "已修复 {count} 个问题。"),
    "cli.fixed_many": ("Fixed {count} problems.", "已修复 {count} 个问题。"),
    "cli.cannot_write_output": (
        "cannot write to standard output: {reason}", "无法写入标准输出：{reason}"),
    # --help texts (cli.py, helptext.py): the English text is what typer is given
    "help.root": (
        "Wire, scaffold and lint WeCom's \"Contact Me\" (联系我) plugin in WeChat mini-programs.",
        "在微信小程序中接入、生成并检查企业微信“联系我”客服插件。"),
    "help.version": ("Show the version and exit.", "显示版本号并退出。"),
    "help.help_option": ("Show this message and exit.", "显示本帮助并退出。"),
    "help.install_completion": ("Install completion for the current shell.", "为当前 shell 安装命令补全。"),
    "help.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "显示当前 shell 的补全脚本，以便复制或自定义安装。"),
    "help.usage": ("Usage:", "用法："),
    "help.arguments": ("Arguments", "参数"),
    "help.options": ("Options", "选项"),
    "help.commands": ("Commands", "命令"),
    "help.default": ("[default: {value}]", "[默认：{value}]"),
    "help.required": ("[required]", "[必填]"),
    "help.lang": (
        "Language of the messages, the documentation and this help [default: from LC_ALL/LC_MESSAGES/LANG].",
        "消息、文档和本帮助的语言 [默认：取自 LC_ALL/LC_MESSAGES/LANG]。"),
    "help.dry_run": ("Show the plan and its diff; write nothing.", "显示计划及其差异，不写入任何文件。"),
    "help.diff": ("Print only the unified diff; write nothing.", "只输出统一差异（unified diff），不写入任何文件。"),
    "help.no_color": ("Never colour the output.", "输出不使用颜色。"),
    "help.path": (
        "The project folder or any path inside it (default: the current directory).",
        "项目目录或其中的任意路径（默认：当前目录）。"),
    "help.init": (
        "Declare the contact plugin (wx104a1a20c3f81ec2) in app.json, or in a subpackage.",
        "在 app.json 或某个分包中声明客服插件（wx104a1a20c3f81ec2）。"),
    "help.init_alias": ("The alias to declare the plugin under.", "声明插件所用的别名。"),
    "help.init_version": (
        "Plugin version: N.N.N, dev-<32 hex> or latest [default: {default}]. Given explicitly, it also "
        "updates an existing declaration.",
        "插件版本：N.N.N、dev-<32 位十六进制> 或 latest [默认：{default}]。显式指定时也会更新已有的声明。"),
    "help.init_subpackage": (
        "Declare the plugin in this subpackage's \"plugins\" instead of the main package.",
        "在该分包的 \"plugins\" 中声明插件，而不是在主包中。"),
    "help.add_page": (
        "Wire the contact button into a page (usingComponents, <cell>, handlers), or create the page.",
        "把客服按钮接入页面（usingComponents、<cell>、事件处理函数），或新建该页面。"),
    "help.add_page_page": (
        "The page route as in app.json: pages/contact/index, or pkgA/pages/help/index for a subpackage page.",
        "app.json 中的页面路径：pages/contact/index；分包页面如 pkgA/pages/help/index。"),
    "help.add_page_plugid": (
        "The plugin ID from the WeCom admin console (企业微信管理后台).", "企业微信管理后台中配置的插件 ID。"),
    "help.add_page_plugid_expr": (
        "Bind plugid=\"{{{{NAME}}}}\" to page data instead of a literal.",
        "绑定到页面数据 plugid=\"{{{{NAME}}}}\"，而不是写死的值。"),
    "help.button_panel": ("Button attributes (guide, section 二)", "按钮属性（指南第二节）"),
    "help.ui_option": ("{attribute}: {values}.", "{attribute}：{values}。"),
    "help.values_style_type": ("1 whole row, 2 button, 3 chat bubble", "1 整行，2 按钮，3 聊天气泡"),
    "help.values_number": ("a number", "一个数字"),
    "help.values_bubble_color": ("hex digits without #, e.g. 4790EE", "不带 # 的十六进制颜色，例如 4790EE"),
    "help.add_page_tag": ("The component's tag name in the page.", "组件在页面中的标签名。"),
    "help.add_page_project": ("The project (default: the current directory).", "项目（默认：当前目录）。"),
    "help.add_page_templates": (
        "Use templates from DIR (default: .wecontact/templates, then built-in).",
        "使用 DIR 中的模板（默认：.wecontact/templates，然后是内置模板）。"),
    "help.lint": (
        "Check the plugin's wiring and the cell's attributes; exit 1 on errors.",
        "检查插件的接入和 cell 的属性；有错误时退出码为 1。"),
    "help.lint_paths": (
        "Files or folders to report on (default: the whole project). The whole project is always read, "
        "so cross-file rules still work.",
        "只报告这些文件或目录中的问题（默认：整个项目）。始终读取整个项目，跨文件的规则照常生效。"),
    "help.lint_format": (
        "Output format [default: github under GitHub Actions, else full].",
        "输出格式 [默认：在 GitHub Actions 中为 github，否则为 full]。"),
    "help.lint_output_file": ("Write the report to FILE.", "把报告写入 FILE。"),
    "help.lint_select": (
        "Only these rule codes or prefixes (comma-separated, any case).",
        "只启用这些规则代码或前缀（逗号分隔，不区分大小写）。"),
    "help.lint_extend_select": ("Also enable these codes or prefixes.", "另外启用这些规则代码或前缀。"),
    "help.lint_ignore": ("Skip these rule codes or prefixes.", "跳过这些规则代码或前缀。"),
    "help.lint_fix": ("Apply safe fixes, then report what remains.", "应用安全的自动修复，然后报告剩余的问题。"),
    "help.lint_diff": (
        "Print the fixes as a unified diff; write nothing (exit 1 when there is something to fix).",
        "以统一差异格式输出修复内容，不写入文件（有可修复的内容时退出码为 1）。"),
    "help.lint_statistics": (
        "Show counts per rule instead of each problem (a JSON array with -f json).",
        "按规则统计数量，而不是逐条列出问题（配合 -f json 输出 JSON 数组）。"),
    "help.lint_exit_zero": ("Exit 0 even when errors are found.", "即使发现错误也以 0 退出。"),
    "help.doctor": (
        "Show the integration on one screen: declaration, pages using the button, lint summary.",
        "在一屏中展示接入情况：插件声明、使用按钮的页面、lint 摘要。"),
    "help.doctor_format": (
        "text (a tree on a terminal) or json (a stable object).", "text（在终端中显示为树）或 json（稳定的对象）。"),
    "help.rules": (
        "List every lint rule: code, name, default severity, [*] fixable.",
        "列出所有 lint 规则：代码、名称、默认严重级别，[*] 表示可自动修复。"),
    "help.rules_format": ("How to list the rules.", "规则列表的格式。"),
    "help.rule": (
        "Explain one rule, with a bad and a good example (in English or Chinese).",
        "解释一条规则，附错误和正确的示例（中文或英文）。"),
    "help.rule_code": (
        "A rule code (WC203) or name (unknown-attribute).", "规则代码（WC203）或名称（unknown-attribute）。"),
    # doctor: broken files and lint's problems where they belong
    "doctor.app_unreadable": ("app.json cannot be read: {error}", "无法读取 app.json：{error}"),
    "doctor.unknown_without_app": (
        "unknown until app.json can be read (fix the error above)",
        "需要先能读取 app.json 才能知道（请先修复上面的错误）"),
    "doctor.button_title_unknown": ("Contact button", "客服按钮"),
    "doctor.marked": ("{row}  <- {code} {name} ({severity})", "{row}  <- {code} {name}（{severity}）"),
    "doctor.cell_problem": (
        "{code} {name} ({severity}) at {where}: {message}", "{code} {name}（{severity}）位于 {where}：{message}"),
    # -- add-page ----------------------------------------------------------------------------
    "add_page.unchanged": (
        "{route}: the contact button is already wired; nothing to change",
        "{route}: 客服按钮已经接入；无需修改"),
    "add_page.would_change": (
        "{route}: would change {count} file(s) (dry run: nothing written)",
        "{route}: 将修改 {count} 个文件（试运行：未写入任何文件）"),
    "add_page.created": ("{route}: created the page", "{route}: 已创建页面"),
    "add_page.wired": ("{route}: wired the contact button", "{route}: 已接入客服按钮"),
    "add_page.change": ("  {path}: {summary}", "  {path}: {summary}"),
    "add_page.hides": (
        "  the page hides the button inside the WeCom client, where the plugin does not run",
        "  页面会在企业微信客户端中隐藏按钮，因为插件在那里无法运行"),
    "add_page.absolute": (
        "'{page}' is an absolute path; give the page route as in app.json, e.g. pages/contact/index",
        "'{page}' 是绝对路径；请按 app.json 中的写法给出页面路由，例如 pages/contact/index"),
    "add_page.bad_route": (
        "'{page}' is not a page route inside the project: use folders and a file name without "
        "'..', e.g. pages/contact/index",
        "'{page}' 不是项目内的页面路由：请使用不含 '..' 的文件夹和文件名，例如 pages/contact/index"),
    "add_page.outside": (
        "'{page}' leads outside the project (through a symbolic link to {target})",
        "'{page}' 指向项目之外（通过指向 {target} 的符号链接）"),
    "add_page.one_plugid": (
        "give exactly one of --plugid ID (the plugin ID from the WeCom admin console) or "
        "--plugid-expr NAME (bind it to page data)",
        "请在 --plugid ID（企业微信管理后台中的插件 ID）和 --plugid-expr NAME（绑定到页面数据）中"
        "恰好给出一个"),
    "add_page.bad_tag": (
        "--tag '{tag}' is not a usable tag: lowercase letters, digits, '-' and '_', starting with "
        "a letter",
        "--tag '{tag}' 不能用作标签名：只能使用小写字母、数字、'-' 和 '_'，并以字母开头"),
    "add_page.bad_expr": (
        "--plugid-expr '{expr}' must be a data name such as contactId or config.plugid",
        "--plugid-expr '{expr}' 必须是数据名，例如 contactId 或 config.plugid"),
    "add_page.bad_plugid": (
        "--plugid '{plugid}' has characters a plugin ID never has; copy it from the WeCom admin "
        "console (letters, digits, '-', '_')",
        "--plugid '{plugid}' 含有插件 ID 中不会出现的字符；请从企业微信管理后台复制"
        "（字母、数字、'-'、'_'）"),
    "add_page.bad_value": (
        "the value of {name} may not contain quotes, line breaks or {{{{ }}}}",
        "{name} 的值不能包含引号、换行或 {{{{ }}}}"),
    "add_page.refused": ("{option}: {reason} ({code})", "{option}: {reason}（{code}）"),
    "add_page.refused_hint": ("`wecontact rule {code}` explains why", "`wecontact rule {code}` 会解释原因"),
    "add_page.independent": (
        "'{route}' is in the independent subpackage '{root}' (独立分包), which cannot use plugins",
        "'{route}' 位于独立分包 '{root}' 中，独立分包不能使用插件"),
    "add_page.out_of_scope": (
        "the contact plugin is declared only in {scope}, which '{route}' ({own}) cannot use; "
        "declare it in the main package",
        "客服插件只在{scope}中声明，'{route}'（{own}）无法使用；请在主包中声明"),
    "add_page.note_declared": (
        "declared plugin '{alias}' ({provider}, version {version}) in the main package",
        "已在主包中声明插件 '{alias}'（{provider}，版本 {version}）"),
    "add_page.note_registered": ("registered '{route}' in {scope}", "已在{scope}中注册 '{route}'"),
    "add_page.warn_tag_taken": (
        "the tag '{wanted}' is already used by '{other}'; the button uses <{tag}> instead",
        "标签 '{wanted}' 已被 '{other}' 使用；按钮改用 <{tag}>"),
    "add_page.no_free_tag": (
        "no free tag name for the button; pass --tag NAME",
        "没有可供按钮使用的空闲标签名；请传入 --tag NAME"),
    "add_page.json_not_object": (
        "a page .json must hold an object {{...}}", "页面 .json 必须是一个对象 {{...}}"),
    "add_page.using_not_object": (
        "\"usingComponents\" must be an object", "\"usingComponents\" 必须是一个对象"),
    "add_page.markup_broken": (
        "cannot add the button: the markup is broken ({problem})",
        "无法添加按钮：WXML 有语法错误（{problem}）"),
    "add_page.warn_no_script": (
        "{name} does not exist; add the methods below to the page's Page({{...}}) by hand (onLoad "
        "hides the button inside the WeCom client; if the page has one, put its lines at its start)",
        "{name} 不存在；请手动把下面的方法添加到页面的 Page({{...}}) 中（onLoad 会在企业微信客户端中隐藏按钮；"
        "如果页面已有 onLoad，请把其中的语句放在它的开头）"),
    "add_page.warn_not_editable": (
        "{path}: no Page({{...}}) or Component({{...}}) that can be edited safely; add the methods "
        "below by hand (onLoad, or a Component's attached in lifetimes, hides the button inside the "
        "WeCom client; if it exists already, put its lines at its start)",
        "{path}: 没有可以安全修改的 Page({{...}}) 或 Component({{...}})；请手动添加下面的方法（onLoad，"
        "或 Component 的 lifetimes 中的 attached，会在企业微信客户端中隐藏按钮；如果它已存在，请把其中的语句"
        "放在它的开头）"),
    "summary.created": ("created", "已创建"),
    "summary.using": ("usingComponents.{tag} = {url}", "已添加 usingComponents.{tag} = {url}"),
    "summary.at_marker": ("<{tag}> at the <!-- {marker} --> marker", "在 <!-- {marker} --> 标记处插入 <{tag}>"),
    "summary.at_end": ("<{tag}> at the end", "在末尾插入 <{tag}>"),
    "summary.handlers": ("{start}/{complete} handlers", "{start}/{complete} 处理函数"),
    # -- add-page: the WeCom check everywhere, --tag, --plugid-expr data, file-path routes -----
    "add_page.builtin_tag": (
        "--tag '{tag}' is a WeChat built-in component or a WXML tag, so the button would never "
        "render; choose another name, e.g. contact-cell",
        "--tag '{tag}' 是微信内置组件或 WXML 标签的名字，按钮将永远不会渲染；请换一个名字，例如 contact-cell"),
    "add_page.reserved_expr": (
        "--plugid-expr '{expr}': '{name}' is the data key add-page sets to hide the button inside "
        "the WeCom client; bind plugid to another name, e.g. contactId",
        "--plugid-expr '{expr}'：'{name}' 是 add-page 用来在企业微信客户端中隐藏按钮的数据字段；"
        "请把 plugid 绑定到其他名字，例如 contactId"),
    "add_page.absolute_route": (
        "'{page}' is an absolute path; give the page route as in app.json: {route}",
        "'{page}' 是绝对路径；请按 app.json 中的写法给出页面路由：{route}"),
    "add_page.warn_route": (
        "'{page}' is a file path; using the page route '{route}', as app.json writes it",
        "'{page}' 是文件路径；已改用 app.json 中的页面路由写法 '{route}'"),
    "add_page.warn_hide_by_hand": (
        "{path}: {where} cannot be edited safely ({reason}), so the button is not hidden inside "
        "the WeCom client, where the plugin does not run: add the lines below at its start",
        "{path}: 无法安全修改 {where}（{reason}），因此按钮不会在企业微信客户端中隐藏，而插件在那里无法运行："
        "请把下面的语句添加到它的开头"),
    "add_page.hook_arrow": (
        "it is an arrow function, where `this` is not the page",
        "它是箭头函数，其中的 `this` 不是页面"),
    "add_page.hook_not_function": (
        "it is not a function written here", "它不是写在这里的函数"),
    "add_page.hook_unknown": (
        "lifetimes is not an object literal", "lifetimes 不是对象字面量"),
    "add_page.hook_name_clash": (
        "it already uses the name {name}", "它已经使用了名字 {name}"),
    "add_page.hook_wx_shadowed": (
        "it declares its own `wx`", "它声明了自己的 `wx`"),
    "add_page.warn_expr_path": (
        "--plugid-expr '{expr}' is a path into the page's data: the page must provide {expr} "
        "(add-page adds only a plain name such as contactId to data)",
        "--plugid-expr '{expr}' 是页面数据中的路径：页面必须自己提供 {expr}"
        "（add-page 只会把 contactId 这样的简单名字加入 data）"),
    "add_page.warn_data_by_hand": (
        "{path}: add '{key}' to the page's data yourself ({reason}); plugid is empty until it is set",
        "{path}: 请自行把 '{key}' 添加到页面的 data 中（{reason}）；在设置它之前 plugid 为空"),
    "add_page.data_typed": (
        "its data has a TypeScript type, which must list the key too",
        "它的 data 有 TypeScript 类型，该类型也必须包含这个字段"),
    "add_page.data_unknown": ("its data is not an object literal", "它的 data 不是对象字面量"),
    "add_page.data_no_script": ("the page has no script", "页面没有脚本文件"),
    "add_page.data_not_editable": ("its script cannot be edited safely", "它的脚本无法安全修改"),
    "add_page.warn_cell_condition": (
        "{place}: <{tag}> has its own {attribute}; add !hideContact to it so that the button is "
        "hidden inside the WeCom client",
        "{place}: <{tag}> 已有自己的 {attribute}；请在其中加上 !hideContact，使按钮在企业微信客户端中隐藏"),
    "summary.wecom_check": (
        "WeCom check in {where} (hides the button inside the WeCom client)",
        "在 {where} 中检测企业微信（在企业微信客户端中隐藏按钮）"),
    "summary.data_key": ("data.{key} for plugid", "为 plugid 添加 data.{key}"),
    "summary.cell_hidden": (
        "<{tag}> hidden inside the WeCom client (wx:if)", "<{tag}> 在企业微信客户端中隐藏（wx:if）"),
    "path.missing": ("the path does not exist", "路径不存在"),
    "file.directory": ("expected a file but found a directory", "这里应该是文件，却是一个文件夹"),
    "file.too_large": (
        "the file is {size} MiB, too large to be a mini-program source file",
        "文件大小为 {size} MiB，太大了，不可能是小程序源文件"),
    "file.missing": ("the file does not exist", "文件不存在"),
    "templates.missing": (
        "wecontact's templates are missing from this installation; reinstall it",
        "当前安装中缺少 wecontact 的模板；请重新安装"),
    "templates.no_folder": ("the templates folder does not exist", "模板文件夹不存在"),
    "templates.not_found": ("template '{name}' not found in {folders}", "在 {folders} 中找不到模板 '{name}'"),
    "templates.syntax": ("template syntax error: {detail}", "模板语法错误：{detail}"),
    "templates.undefined": (
        "template '{name}' uses an undefined variable: {detail}", "模板 '{name}' 使用了未定义的变量：{detail}"),
    # -- writing changes ---------------------------------------------------------------------
    "edits.nothing_modified": ("no file was modified", "没有修改任何文件"),
    "edits.not_restored": (
        "these files could not be restored and hold the new content: {paths}",
        "以下文件无法恢复，现在是新内容：{paths}"),
    "edits.cannot_write": ("could not write the change: {reason}; {outcome}", "无法写入修改：{reason}；{outcome}"),
    "edits.changed_on_disk": (
        "the file changed on disk since it was read: nothing written; run the command again",
        "文件在读取之后已在磁盘上被修改：没有写入任何内容；请重新运行命令"),
    # -- safe file access: the one reader, links, special files, the write lock (fsguard,
    # writelock, edits) ----------------------------------------------------------------------
    "file.outside_project": (
        "this path is outside the project ({root}): wecontact reads and writes only inside the "
        "project folder",
        "这个路径在项目（{root}）之外：wecontact 只读写项目文件夹内的文件"),
    "file.link_outside": (
        "this file is a symbolic link to {target}, outside the project: wecontact reads and "
        "writes only inside the project folder",
        "这个文件是指向 {target} 的符号链接，位于项目之外：wecontact 只读写项目文件夹内的文件"),
    "file.folder_link_outside": (
        "{link} is a symbolic link to {target}, outside the project: wecontact reads and writes "
        "only inside the project folder",
        "{link} 是指向 {target} 的符号链接，位于项目之外：wecontact 只读写项目文件夹内的文件"),
    "file.reason_fifo": (
        "it is a named pipe (FIFO), not a regular file", "它是命名管道（FIFO），不是普通文件"),
    "file.reason_device": ("it is a device, not a regular file", "它是设备文件，不是普通文件"),
    "file.reason_special": (
        "it is not a regular file (a socket or another special file)",
        "它不是普通文件（而是套接字或其他特殊文件）"),
    "file.reason_dangling": (
        "it is a symbolic link to {target}, which does not exist",
        "它是指向 {target} 的符号链接，而该目标不存在"),
    "file.reason_loop": (
        "it is a symbolic link loop: following it never reaches a file",
        "它是循环的符号链接：沿着它永远到达不了文件"),
    "edits.read_only": (
        "the file is read-only: nothing written. Make it writable (chmod u+w) if wecontact "
        "should change it, then run the command again",
        "文件是只读的：没有写入任何内容。如果要让 wecontact 修改它，请先设为可写（chmod u+w），"
        "再重新运行命令"),
    "edits.locked": (
        "another wecontact run has been writing to this project for {seconds} s: nothing "
        "written. Let it finish (or stop it), then run the command again",
        "另一个 wecontact 进程已经向这个项目写入了 {seconds} 秒：没有写入任何内容。"
        "请等它结束（或停止它）后再重新运行命令"),
    # -- the project -------------------------------------------------------------------------
    "project.not_found": (
        "no mini-program project found here or in any parent folder (looked for {config} or {app})",
        "在这里和所有上级文件夹中都没有找到小程序项目（查找了 {config} 和 {app}）"),
    "project.hint_run_inside": (
        "run wecontact inside the project, or pass its path", "请在项目内运行 wecontact，或传入项目路径"),
    "project.uni_app": (
        "this looks like a uni-app project, which wecontact does not support yet",
        "这看起来是 uni-app 项目，wecontact 暂不支持"),
    "project.taro": (
        "this looks like a Taro project, which wecontact does not support yet",
        "这看起来是 Taro 项目，wecontact 暂不支持"),
    "project.root_not_string": (
        "miniprogramRoot must be a string, found {type}", "miniprogramRoot 必须是字符串，实际是 {type}"),
    "project.root_outside": (
        "miniprogramRoot '{root}' points outside the project folder",
        "miniprogramRoot '{root}' 指向项目文件夹之外"),
    "project.no_app_beside": (
        "there is no {missing} beside {config}, and no miniprogramRoot says where it is",
        "{config} 旁边没有 {missing}，也没有 miniprogramRoot 说明它在哪里"),
    "project.root_no_app": (
        "miniprogramRoot is '{root}', but {missing} does not exist",
        "miniprogramRoot 是 '{root}'，但 {missing} 不存在"),
    "project.hint_fix_root": (
        "fix miniprogramRoot in project.config.json to point at the folder with app.json",
        "请修改 project.config.json 中的 miniprogramRoot，使其指向包含 app.json 的文件夹"),
    "project.not_object": (
        "{name} must contain a JSON object {{...}}, but it holds {kind}",
        "{name} 必须包含一个 JSON 对象 {{...}}，实际是 {kind}"),
    "project.a_type": ("a {type}", "{type}"),
    "project.an_type": ("an {type}", "{type}"),
    "project.not_strings": ("\"{key}\" must be an array of strings", "\"{key}\" 必须是字符串数组"),
    "project.not_subpackages": ("\"{key}\" must be an array of subpackages", "\"{key}\" 必须是分包数组"),
    "project.entry_not_object": (
        "each entry of \"{key}\" must be an object with \"root\" and \"pages\"",
        "\"{key}\" 的每一项都必须是包含 \"root\" 和 \"pages\" 的对象"),
    "project.no_root": (
        "a subpackage needs a \"root\" string naming its folder", "分包需要一个指明其文件夹的 \"root\" 字符串"),
    "project.plugins_not_object": (
        "\"plugins\" must be an object mapping an alias to {{\"version\", \"provider\"}}",
        "\"plugins\" 必须是把别名映射到 {{\"version\", \"provider\"}} 的对象"),
    # -- wecontact.config.json and lint options ----------------------------------------------
    "config.not_object": ("{file} must hold an object {{...}}", "{file} 必须是一个对象 {{...}}"),
    "config.what_key": ("configuration key", "配置项"),
    "config.what_selector": ("rule code or prefix", "规则代码或前缀"),
    "config.what_code": ("rule code", "规则代码"),
    "config.what_plugid": ("plugid fact", "plugid 属性"),
    "config.did_you_mean": ("did you mean \"{close}\"?", "是不是指 \"{close}\"？"),
    "config.known": ("known: {allowed}", "可用的有：{allowed}"),
    "config.unknown": ("unknown {what} \"{key}\"", "未知的{what} \"{key}\""),
    "config.expected_object": ("expected an object, found {type}", "这里应该是对象，实际是 {type}"),
    "config.expected_strings": ("expected an array of strings", "这里应该是字符串数组"),
    "config.severity": ("severity must be one of {choices}", "严重级别必须是 {choices} 之一"),
    "config.agent": (
        "agent must be \"single\" (单人客服) or \"multi\" (多人客服)",
        "agent 必须是 \"single\"（单人客服）或 \"multi\"（多人客服）"),
    "config.style_type": ("styleType must be 1, 2 or 3", "styleType 必须是 1、2 或 3"),
    "engine.unknown_selector": ("unknown rule code or prefix '{selector}'", "未知的规则代码或前缀 '{selector}'"),
    "engine.hint_rules": ("`wecontact rules` lists the codes", "`wecontact rules` 会列出所有规则代码"),
    "engine.outside": ("the path is outside the project at {root}", "该路径位于 {root} 处的项目之外"),
    # -- doctor ------------------------------------------------------------------------------
    "doctor.n_page": ("{n} page", "{n} 个页面"),
    "doctor.n_pages": ("{n} pages", "{n} 个页面"),
    "doctor.n_component": ("{n} component", "{n} 个组件"),
    "doctor.n_components": ("{n} components", "{n} 个组件"),
    "doctor.n_cell": ("{n} cell", "{n} 个 cell"),
    "doctor.n_cells": ("{n} cells", "{n} 个 cell"),
    "doctor.n_error": ("{n} error", "{n} 个错误"),
    "doctor.n_errors": ("{n} errors", "{n} 个错误"),
    "doctor.n_warning": ("{n} warning", "{n} 个警告"),
    "doctor.n_warnings": ("{n} warnings", "{n} 个警告"),
    "doctor.n_code": ("{n} more code", "{n} 个规则代码"),
    "doctor.n_codes": ("{n} more codes", "{n} 个规则代码"),
    "doctor.main_package": ("main package", "主包"),
    "doctor.subpackage": ("subpackage {scope}", "分包 {scope}"),
    "doctor.project": ("Project: {root}", "项目：{root}"),
    "doctor.app_folder": ("app folder: {folder}", "小程序目录：{folder}"),
    "doctor.compile_type": ("compileType: {type}", "compileType（编译类型）：{type}"),
    "doctor.language": ("language: {language}", "语言：{language}"),
    "doctor.not_declared": ("not declared", "未声明"),
    "doctor.fix": ("fix: {command}", "修复：{command}"),
    "doctor.no_version": ("(no version)", "（无版本）"),
    "doctor.mark_old": (" [old: before the guide's 1.3.0]", " [旧版本：早于指南中的 1.3.0]"),
    "doctor.mark_invalid": (" [invalid version]", " [版本无效]"),
    "doctor.mark_missing": (" [version missing]", " [缺少版本]"),
    "doctor.declaration": (
        "{alias} {version}{note} in the {scope} ({where})", "{alias} {version}{note}，位于{scope}（{where}）"),
    "doctor.declared_twice": (
        "declared more than once: WeChat refuses the same provider twice",
        "声明了不止一次：微信不允许重复声明同一个 provider（provider 相同）"),
    "doctor.plugin_title": ("Contact plugin ({provider})", "客服插件（{provider}）"),
    "doctor.no_uses": ("no page or component uses the button", "没有页面或组件使用该按钮"),
    "doctor.use_page": ("page {route}", "页面 {route}"),
    "doctor.use_component": ("component {route}", "组件 {route}"),
    "doctor.use_scoped": ("{where} ({scope})", "{where}（{scope}）"),
    "doctor.undeclared_alias": (
        "uses an alias that no \"plugins\" entry declares", "使用了没有任何 \"plugins\" 条目声明的别名"),
    "doctor.no_cells": ("registers {tags} but its WXML renders none", "注册了 {tags}，但 WXML 中没有使用"),
    "doctor.cell_at": ("<{tag}> at {where}", "<{tag}> 位于 {where}"),
    "doctor.plugid": ("plugid: {value}", "plugid（插件 ID）：{value}"),
    "doctor.plugid_empty": ("empty", "为空"),
    "doctor.plugid_missing": ("missing", "缺失"),
    "doctor.style_type": ("styleType: {value}", "styleType（按钮样式）：{value}"),
    "doctor.console_default": ("console default", "管理后台默认值"),
    "doctor.bound": ("{event}: bound to {handler}", "{event}：绑定到 {handler}"),
    "doctor.not_bound": ("{event}: not bound", "{event}：未绑定"),
    "doctor.button_title": (
        "Contact button ({pages}, {components}, {cells})", "客服按钮（{pages}、{components}、{cells}）"),
    "doctor.no_problems": ("no problems", "没有问题"),
    "doctor.counts": ("{errors}, {warnings}, {info} info", "{errors}、{warnings}、{info} 个提示"),
    "doctor.severity_error": ("error", "错误"),
    "doctor.severity_warning": ("warning", "警告"),
    "doctor.severity_info": ("info", "提示"),
    "doctor.code_count": ("{code} {name} ({severity}): {count}", "{code} {name}（{severity}）：{count}"),
    "doctor.more_codes": ("and {more}", "另有 {more}"),
    "doctor.see_them": ("see them: {command}", "查看详情：{command}"),
    "doctor.lint_title": ("Lint", "Lint 检查"),
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
    # -- WC001 JSON parse errors (jsontext) ----------------------------------------------
    "json.empty": (
        "the file is empty: expected a JSON value such as {{}}",
        "文件是空的：应为一个 JSON 值，例如 {{}}"),
    "json.after_end": (
        "unexpected {found} after the end of the JSON value",
        "JSON 值结束后出现了多余的 {found}"),
    "json.trailing_comma": (
        "trailing comma before '{closer}' is not allowed in JSON; remove it",
        "JSON 不允许在 '{closer}' 前面留末尾逗号；请删除它"),
    "json.eof_unclosed": (
        "unexpected end of file: expected ',' or '{closer}' to close the {kind} opened at "
        "line {line}, column {column}",
        "文件意外结束：第 {line} 行第 {column} 列开始的{kind}缺少 ',' 或结尾的 '{closer}'"),
    "json.missing_comma": (
        "expected ',' or '{closer}' after an {what}, found {found} (a missing comma?)",
        "{what}后面应为 ',' 或 '{closer}'，却是 {found}（漏了逗号？）"),
    "json.object": ("object", "对象"),
    "json.array": ("array", "数组"),
    "json.object_member": ("object member", "对象成员"),
    "json.array_item": ("array item", "数组元素"),
    "json.end_of_file": ("the end of the file", "文件结尾"),
    "json.single_quoted_key": (
        "property names must use double quotes, not single", "属性名必须用双引号，不能用单引号"),
    "json.unquoted_key": (
        "property names must be strings in double quotes (write \"{word}\")",
        "属性名必须是双引号括起来的字符串（写成 \"{word}\"）"),
    "json.expected_key": (
        "expected a property name in double quotes, found {found}",
        "这里应为双引号括起来的属性名，却是 {found}"),
    "json.expected_colon": (
        "expected ':' after the property name \"{key}\", found {found}",
        "属性名 \"{key}\" 后面应为 ':'，却是 {found}"),
    "json.single_quoted_string": (
        "strings must use double quotes, not single", "字符串必须用双引号，不能用单引号"),
    "json.bad_word": ("'{word}' is not a JSON value", "'{word}' 不是合法的 JSON 值"),
    "json.eof_value": ("unexpected end of file: expected a value", "文件意外结束：这里应为一个值"),
    "json.expected_value": ("expected a value, found {found}", "这里应为一个值，却是 {found}"),
    "json.unterminated_string": (
        "unterminated string: the closing '\"' is missing", "字符串没有结束：缺少结尾的 '\"'"),
    "json.control_character": (
        "a raw line break or control character inside a string; write \\n",
        "字符串中有直接换行或控制字符；请写成 \\n"),
    "json.comment": (
        "comments are not allowed in JSON: the WeChat build rejects this file; remove the comment",
        "JSON 中不允许写注释：微信构建会拒绝这个文件；请删除注释"),
    "json.unterminated_comment": ("unterminated /* comment */", "/* 注释 */ 没有结束"),
    # -- WC001/WC002 reading and decoding (sources, lint/context) ------------------------
    "file.utf16": (
        "the file is encoded as UTF-16; WeChat DevTools expects UTF-8. Re-save it as UTF-8",
        "文件是 UTF-16 编码；微信开发者工具要求 UTF-8。请另存为 UTF-8"),
    "file.not_utf8": (
        "the file is not valid UTF-8 (byte 0x{byte}); WeChat expects UTF-8 files. Re-save it as "
        "UTF-8 (it may be GBK-encoded)",
        "文件不是有效的 UTF-8（字节 0x{byte}）；微信要求 UTF-8 文件。请另存为 UTF-8（它可能是 GBK 编码）"),
    "file.binary": ("this is a binary file, not text", "这是二进制文件，不是文本"),
    "file.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    # -- WC002 WXML parse errors (wxml) --------------------------------------------------
    "wxml.text_braces": (
        "'{{{{' in text is not closed with '}}}}'", "文本中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.stray_lt": (
        "'<' does not start a tag or comment (write &lt; for a literal '<')",
        "'<' 后面不是标签或注释（如果要显示 '<' 本身，请写成 &lt;）"),
    "wxml.end_tag_missing": (
        "end tag </{tag}> is missing for <{tag}> opened at {line}:{column}",
        "第 {line} 行第 {column} 列开始的 <{tag}> 缺少结束标签 </{tag}>"),
    "wxml.comment_unclosed": ("comment is not closed with '-->'", "注释没有用 '-->' 闭合"),
    "wxml.end_tag_unclosed": (
        "end tag </{name}> is not closed with '>'", "结束标签 </{name}> 没有用 '>' 闭合"),
    "wxml.end_tag_text": (
        "unexpected text in end tag </{name}>", "结束标签 </{name}> 中有多余的文本"),
    "wxml.end_tag_orphan": (
        "end tag </{name}> has no start tag", "结束标签 </{name}> 没有对应的开始标签"),
    "wxml.end_tag_mismatch": (
        "expected </{tag}> for <{tag}> opened at {line}:{column}, found </{name}>",
        "第 {line} 行第 {column} 列开始的 <{tag}> 应以 </{tag}> 结束，却遇到了 </{name}>"),
    "wxml.start_tag_unclosed": (
        "start tag <{tag}> is not closed with '>'", "开始标签 <{tag}> 没有用 '>' 闭合"),
    "wxml.start_tag_slash": (
        "unexpected '/' in start tag <{tag}>", "开始标签 <{tag}> 中有多余的 '/'"),
    "wxml.value_without_name": (
        "attribute value without an attribute name", "属性值前面缺少属性名"),
    "wxml.attribute_no_value": (
        "attribute {name} has '=' but no value", "属性 {name} 有 '=' 却没有值"),
    "wxml.attribute_unquoted": (
        "value of attribute {name} is not quoted", "属性 {name} 的值没有加引号"),
    "wxml.value_braces": (
        "'{{{{' in the value of {label} is not closed with '}}}}'",
        "{label} 的值中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.value_unclosed": (
        "quoted value of {label} is not closed with {quote}", "{label} 的引号值没有用 {quote} 闭合"),
    "wxml.attribute_label": ("attribute {name}", "属性 {name}"),
    "wxml.attribute": ("attribute", "属性"),
    # -- uni-app syntax: .vue files, conditional compilation, component scripts -------------
    # (syntax/vue, syntax/conditional, syntax/vue_script)
    "vue.duplicate_block": (
        "a second <{block}> block: Vue reads only one per .vue file; merge them",
        "出现了第二个 <{block}> 块：每个 .vue 文件中 Vue 只读取一个；请把它们合并"),
    "vue.duplicate_attribute": (
        "attribute {name} is written twice on this element: Vue's compiler refuses duplicate "
        "attributes; keep one",
        "这个元素上写了两次属性 {name}：Vue 编译器不接受重复的属性；请只保留一个"),
    "vue.directive_without_name": (
        "'{name}' is not a directive: 'v-' must be followed by its name (v-if, v-on ...)",
        "'{name}' 不是指令：'v-' 后面必须跟指令名（v-if、v-on ...）"),
    "vue.dynamic_argument_unclosed": (
        "the dynamic argument of {name} is not closed with ']'",
        "{name} 的动态参数没有用 ']' 闭合"),
    "cond.if_without_endif": (
        "{directive} has no matching #endif: uni-app then skips conditional compilation for the "
        "whole file and every platform's code is compiled",
        "{directive} 没有配对的 #endif：uni-app 会因此跳过整个文件的条件编译，所有平台的代码都会被编译"),
    "cond.endif_without_if": (
        "#endif has no matching #ifdef or #ifndef: uni-app then skips conditional compilation for "
        "the whole file and every platform's code is compiled",
        "#endif 没有配对的 #ifdef 或 #ifndef：uni-app 会因此跳过整个文件的条件编译，所有平台的代码都会被编译"),
    "cond.else_outside": (
        "#else outside any #ifdef/#ifndef region is an ordinary comment: nothing is excluded",
        "不在任何 #ifdef/#ifndef 区域内的 #else 只是普通注释：不会排除任何代码"),
    "cond.else_twice": (
        "a second #else in the same region is an ordinary comment: uni-app splits the region at "
        "the first one",
        "同一区域中的第二个 #else 只是普通注释：uni-app 只在第一个 #else 处分隔"),
    "cond.else_vue2": (
        "uni-app's Vue 2 compiler has no #else: both branches are compiled when the condition "
        "holds; use a second #ifndef region instead",
        "uni-app 的 Vue 2 编译器不支持 #else：条件成立时两个分支都会被编译；请改用另一个 #ifndef 区域"),
    "cond.elif": (
        "uni-app has no #elif: write a nested #ifdef inside #else, or separate regions",
        "uni-app 不支持 #elif：请在 #else 中嵌套 #ifdef，或写成独立的区域"),
    "cond.bad_condition": (
        "the condition '{condition}' is not a valid expression: uni-app then skips conditional "
        "compilation for the whole file; join platforms with ||",
        "条件 '{condition}' 不是有效的表达式：uni-app 会因此跳过整个文件的条件编译；多个平台请用 || 连接"),
    "cond.directive_case": (
        "{directive} must be written in lower case: uni-app rejects it and skips conditional "
        "compilation for the whole file",
        "{directive} 必须用小写：uni-app 无法识别它，会跳过整个文件的条件编译"),
    "vuescript.external": (
        "the script is in another file ({src}): its handlers cannot be read here",
        "脚本在另一个文件中（{src}）：无法在这里读取它的处理函数"),
    "vuescript.lang": (
        "the script's language '{lang}' cannot be read: only JavaScript and TypeScript are checked",
        "无法读取语言为 '{lang}' 的脚本：只检查 JavaScript 和 TypeScript"),
    "vuescript.syntax_error": (
        "the script has a syntax error (line {line}): its handlers cannot be read, and nothing is "
        "inserted into it",
        "脚本有语法错误（第 {line} 行）：无法读取它的处理函数，也不会向其中插入代码"),
    "vuescript.no_export": (
        "the <script> block has no `export default`: the component's methods cannot be found",
        "<script> 块中没有 `export default`：找不到组件的 methods"),
    "vuescript.not_object": (
        "`export default` is not an object literal (or defineComponent({...}) / Vue.extend({...})): "
        "the component's methods cannot be read statically",
        "`export default` 不是对象字面量（或 defineComponent({...}) / Vue.extend({...})）：无法静态读取组件的 methods"),
    "vuescript.mixins": (
        "`{option}` may add methods that cannot be seen here",
        "`{option}` 可能添加了这里看不到的方法"),
    "vuescript.setup_return": (
        "setup() does not simply return an object literal: the names it exposes cannot be known",
        "setup() 没有直接返回对象字面量：无法知道它暴露了哪些名称"),
    "vuescript.hidden_keys": (
        "a spread (...x) or a computed key hides which methods the component has",
        "展开语法（...x）或计算属性名使组件有哪些方法无法确定"),
    "vuescript.class_extends": (
        "the class component extends {base}, which may add methods that cannot be seen here",
        "类组件继承自 {base}，它可能添加了这里看不到的方法"),
    "vuescript.no_place": (
        "there is no options object or <script setup> to add the handlers to; add them by hand",
        "没有可以添加处理函数的选项对象或 <script setup>；请手动添加"),
}


@dataclass(frozen=True)
class Message:
    """A diagnostic message not yet rendered: a key of ``MESSAGES`` and its params."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, lang: Lang) -> str:
        """The message in ``lang`` (params that are messages are rendered first)."""
        template = MESSAGES[self.key][0 if lang == "en" else 1]
        values = {name: value.render(lang) if isinstance(value, Message)
                  else printable(value) if isinstance(value, str) else value
                  for name, value in self.params}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render("en")


def msg(key: str, /, **params: object) -> Message:
    """A message by key; unknown keys fail at once, not when rendered."""
    if key not in MESSAGES:
        raise KeyError(f"unknown message key {key!r}")
    return Message(key, tuple(params.items()))


def render(message: str | Message, lang: Lang) -> str:
    """A finding's message as text: a plain string stays as it is (but printable)."""
    return message.render(lang) if isinstance(message, Message) else printable(message)


def printable(text: str) -> str:
    """A text that any output can encode: a lone surrogate, which only a JSON escape such as
    ``"\\ud800"`` can produce, is written as that escape (UTF-8 cannot encode it)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _fold(parts: list[str | Message], pair: Callable[[str | Message, str | Message], Message]) -> str | Message:
    """Parts joined right to left by a two-part list message."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = pair(part, result)
    return result


def join_and(parts: list[str | Message]) -> str | Message:
    """Parts joined by "and" (和): "a and b and c"."""
    return _fold(parts, lambda first, rest: msg("list.and", first=first, rest=rest))


def join_semicolon(parts: list[str | Message]) -> str | Message:
    """Parts joined by "; " (；)."""
    return _fold(parts, lambda first, rest: msg("list.semicolon", first=first, rest=rest))


def join_comma(parts: list[str | Message]) -> str | Message:
    """Parts joined by ", " (、 in Chinese)."""
    return _fold(parts, lambda first, rest: msg("list.comma", first=first, rest=rest))
