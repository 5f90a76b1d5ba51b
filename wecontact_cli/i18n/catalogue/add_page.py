"""`wecontact add-page`: wiring the button into a page."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "add_page.absolute_in": (
        "'{page}' is an absolute path; give the page route as {place} writes it, e.g. pages/contact/index",
        "'{page}' 是绝对路径；请按 {place} 的写法给出页面路由，例如 pages/contact/index"),
    "add_page.warn_route_in": (
        "'{page}' is a file path; using the page route '{route}', as {place} writes it",
        "'{page}' 是文件路径；已改用 {place} 中的页面路由写法 '{route}'"),
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
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "templates.unsafe": (
        "template '{name}' tried to reach Python internals ({detail}); templates may only fill in text, so nothing was run",
        "模板 '{name}' 试图访问 Python 内部对象（{detail}）；模板只能填写文本，因此没有执行任何内容"),
    "templates.failed": (
        "template '{name}' failed: {detail}",
        "模板 '{name}' 渲染失败：{detail}"),
    "templates.outside": (
        "template '{name}' is a link that leads out of its folder; wecontact reads nothing outside it",
        "模板 '{name}' 是指向其文件夹之外的链接；wecontact 不会读取文件夹之外的任何内容"),
}
