"""`wecontact server`: the linter in the editor (Language Server Protocol)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the language server (wecontact_cli/server/, cli/server.py) -------------------------
    "help.server": (
        "Serve lint, fixes, hover and completion to your editor (Language Server Protocol over stdio).",
        "通过语言服务器协议（标准输入输出）为编辑器提供检查、修复、悬停说明和补全。"),
    "help.server_stdio": (
        "Talk over standard input and output (the default; accepted because editors pass it).",
        "通过标准输入输出通信（默认方式；编辑器会传入此选项，因此接受它）。"),
    "server.missing_extra": (
        "`wecontact server` needs pygls and lsprotocol, which this Python ({python}) does not have: "
        "install them with `{python} -m pip install {requirements}` (the `server` extra)",
        "`wecontact server` 需要 pygls 和 lsprotocol，但当前 Python（{python}）没有安装："
        "请运行 `{python} -m pip install {requirements}` 安装（即 `server` 可选依赖）"),
    "server.started": (
        "wecontact {version} serves {count} project(s) in {lang}",
        "wecontact {version} 正在为 {count} 个项目提供服务，语言：{lang}"),
    "server.project_failed": (
        "{root}: not linted: {error}", "{root}：未检查：{error}"),
    "server.request_failed": (
        "wecontact server: {method} failed ({kind}: {detail}); the server goes on",
        "wecontact server：{method} 失败（{kind}: {detail}）；服务继续运行"),
    "server.suppress": ("Suppress {code} on this line", "在此行忽略 {code}"),
    "server.fix_all": ("Fix all safe problems in this file", "修复此文件中所有可安全修复的问题"),
    "server.attribute": ("property of the contact plugin's cell", "联系我插件 cell 的属性"),
    "server.event": ("event of the contact plugin's cell", "联系我插件 cell 的事件"),
    "server.type": ("type: {type}", "类型：{type}"),
    "server.required": ("required", "必填"),
    "server.default": ("default: {value}", "默认值：{value}"),
    "server.no_default": ("default: none (the admin console's setting applies)",
                          "默认值：无（以管理后台的配置为准）"),
    "server.effect": ("has an effect: {where}", "生效条件：{where}"),
    "server.values": ("allowed values:", "可选值："),
    "server.any_number": ("any number", "任意数字"),
    "server.undocumented": (
        "not in the guide: seen only in the plugin's shipped 1.4.x code",
        "指南中没有：仅见于插件发布的 1.4.x 代码"),
    "server.value_is": ("`{value}` is {label}", "`{value}` 表示 {label}"),
    "server.value_unknown": (
        "`{value}` is not one of the allowed values", "`{value}` 不是可选值之一"),
    "server.event_detail": ("event.detail: {fields}", "event.detail：{fields}"),
    "server.handler": ("method of {script}", "{script} 中的方法"),
}
