"""The command line: options, streams, --help texts."""

MESSAGES: dict[str, tuple[str, str]] = {
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
        "text (a tree on a terminal) or json (a stable object; an array of them for several projects).",
        "text（在终端中显示为树）或 json（稳定的对象；多个项目时为这些对象组成的数组）。"),
    # -- the seam: several projects in one run (cli/doctor) ------------------------------
    "help.doctor_paths": (
        "Project folders, or paths inside them (default: the current directory). A folder that is "
        "in no project: every project below it.",
        "项目目录或其中的任意路径（默认：当前目录）。不属于任何项目的目录：检查其下的每一个项目。"),
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
    "doctor.app_unreadable": ("the app configuration cannot be read: {error}", "无法读取应用配置：{error}"),
    "doctor.unknown_without_app": (
        "unknown until app.json can be read (fix the error above)",
        "需要先能读取 app.json 才能知道（请先修复上面的错误）"),
    "doctor.button_title_unknown": ("Contact button", "客服按钮"),
    "doctor.marked": ("{row}  <- {code} {name} ({severity})", "{row}  <- {code} {name}（{severity}）"),
    "doctor.cell_problem": (
        "{code} {name} ({severity}) at {where}: {message}", "{code} {name}（{severity}）位于 {where}：{message}"),
}
