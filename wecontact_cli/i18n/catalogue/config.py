"""wecontact.config.json and lint's options."""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
