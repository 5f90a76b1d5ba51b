"""The plugin's contract in words: versions, declarations and where they are written."""

MESSAGES: dict[str, tuple[str, str]] = {
    "plugins.version_dev": (
        "'dev' is only valid in a plugin project (project.config.json compileType \"plugin\"); use a released version such as 1.3.0",
        "'dev' 只能在插件项目中使用（project.config.json 的 compileType 为 \"plugin\"）；请使用已发布的版本，例如 1.3.0"),
    "plugins.version_invalid": (
        "'{version}' is not a plugin version; expected {forms}",
        "'{version}' 不是有效的插件版本；应为 {forms}"),
    "plugins.version_forms": (
        "N.N.N (e.g. 1.3.0), dev-<32 hex digits>, or latest",
        "N.N.N（例如 1.3.0）、dev-<32 位十六进制数字> 或 latest"),
    "plugins.entry_not_object": (
        "plugin '{alias}' is {type}, not an object with \"version\" and \"provider\": WeChat cannot load it; for the contact plugin write {example}",
        "插件 '{alias}' 的值是 {type}，而不是包含 \"version\" 和 \"provider\" 的对象：微信无法加载它；客服插件应写作 {example}"),
    "plugins.entry_no_provider": (
        "plugin '{alias}' has no \"provider\" string (the plugin's appid): WeChat cannot load it; the contact plugin's provider is \"{provider}\"",
        "插件 '{alias}' 没有 \"provider\" 字符串（插件的 appid）：微信无法加载它；客服插件的 provider 是 \"{provider}\""),
    "scope.main": (
        "the main package",
        "主包"),
    "scope.sub": (
        "subpackage '{scope}'",
        "分包 '{scope}'"),
}
