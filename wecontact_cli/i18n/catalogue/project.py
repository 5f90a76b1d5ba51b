"""Finding and reading a project."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the project -------------------------------------------------------------------------
    "project.not_found": (
        "no mini-program project found here or in any parent folder (looked for {config} or {app})",
        "在这里和所有上级文件夹中都没有找到小程序项目（查找了 {config} 和 {app}）"),
    "project.hint_run_inside": (
        "run wecontact inside the project, or pass its path", "请在项目内运行 wecontact，或传入项目路径"),
    # -- the framework a project is written in (frameworks/registry.py) -------------------
    "framework.unsupported": (
        "this is a {name} project ({evidence}), which wecontact does not read",
        "这是 {name} 项目（{evidence}），wecontact 无法读取"),
    "framework.hint_taro_legacy": (
        "Taro 1 and 2 are not supported: upgrade to Taro 3 or 4 (its config goes in app.config.ts, "
        "not a class's config), or wire the plugin into the built dist/ by hand",
        "不支持 Taro 1 和 2：请升级到 Taro 3 或 4（配置写在 app.config.ts 中，而不是类的 config 属性），"
        "或手动在编译产物 dist/ 中接入插件"),
    "framework.hint_not_yet": (
        "{name} support is coming; until then lint the native build output (wecontact lint <output folder>)",
        "即将支持 {name}；在此之前，可以对编译产物运行 lint（wecontact lint <编译产物目录>）"),
    "framework.cannot_write": (
        "wecontact cannot write {name} projects yet; lint and doctor read them",
        "wecontact 暂时还不能修改 {name} 项目；lint 和 doctor 可以读取它们"),
    "framework.hint_other": (
        "wecontact reads native mini-programs, uni-app and Taro 3/4 projects; lint the native build "
        "output instead (wecontact lint <output folder>)",
        "wecontact 支持原生小程序、uni-app 和 Taro 3/4 项目；可以改为对编译产物运行 lint"
        "（wecontact lint <编译产物目录>）"),
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
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "project.component_not_string": (
        "usingComponents \"{tag}\" is {type}, not a string: WeChat expects a component path such as \"/components/card/card\" or \"plugin://contactPlugin/cell\"",
        "usingComponents 中的 \"{tag}\" 是 {type}，不是字符串：微信要求填写组件路径，例如 \"/components/card/card\" 或 \"plugin://contactPlugin/cell\""),
}
