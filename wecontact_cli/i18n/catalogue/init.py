"""`wecontact init`: declaring the plugin."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "init.already": (
        "{where}: {what} is already declared in {scope}", "{where}: {what}已经在{scope}中声明"),
    "init.also_done": ("{where}: wrote {what}", "{where}：已写入 {what}"),
    "init.also_would": ("{where}: would write {what} (dry run: nothing written)",
                        "{where}：将写入 {what}（试运行：未写入任何文件）"),
    "init.declared": ("{where}: declared {what} in {scope}", "{where}: 已在{scope}中声明{what}"),
    "init.updated": ("{where}: updated {what} in {scope}", "{where}: 已在{scope}中更新{what}"),
    "init.next": (
        "next: wire the button into a page with `wecontact add-page <page route> --plugid <ID>` "
        "(it registers {using} in the page's usingComponents)",
        "下一步：用 `wecontact add-page <页面路径> --plugid <插件 ID>` 把按钮接入页面"
        "（它会在页面的 usingComponents 中注册 {using}）"),
    "summary.version": ("version {old} -> {new}", "版本 {old} -> {new}"),
    "summary.declare": ("declare plugin '{alias}' in {scope}", "在{scope}中声明插件 '{alias}'"),
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "init.hint_fix_entry": (
        "fix this entry by hand first: wecontact does not guess which plugin it was meant to declare",
        "请先手动修正这个条目：wecontact 不会猜测它原本要声明哪个插件"),
}
