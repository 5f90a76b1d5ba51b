"""`wecontact doctor`."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    # -- the seam: the framework, its variant, and build output (doctor/render) -----------
    "doctor.framework": ("framework: {name}", "框架：{name}"),
    "doctor.framework_variant": ("{name} ({details})", "{name}（{details}）"),
    "doctor.native": ("native", "原生小程序"),
    "doctor.source_folder": ("source folder: {folder}", "源码目录：{folder}"),
    "doctor.build_output": (
        "build output of a {framework} project: its sources are in {sources}; fix them there, "
        "every build rewrites this folder",
        "{framework} 项目的编译产物：源码在 {sources} 中；请在源码中修复，每次编译都会重写这个目录"),
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
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "doctor.broken_entry": (
        "{alias}: a broken plugins entry ({reason}) in the {scope} ({where})",
        "{alias}：损坏的 plugins 条目（{reason}），位于{scope}（{where}）"),
    "doctor.reason_not_object": (
        "{type}, not an object",
        "{type}，不是对象"),
    "doctor.reason_no_provider": (
        "no \"provider\"",
        "没有 \"provider\""),
    "doctor.fix_entry": (
        "fix: for the contact plugin write {example}",
        "修复：客服插件应写作 {example}"),
}
