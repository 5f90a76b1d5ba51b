"""Finding and reading a project."""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
