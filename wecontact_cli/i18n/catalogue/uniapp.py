"""uni-app projects: reading manifest.json, pages.json and .vue files, and writing to them."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- reading (frameworks/uniapp) ----------------------------------------------------------
    "uniapp.wrong_type": (
        "\"{name}\" must be {wanted} for uni-app's build, found {kind}",
        "uni-app 编译要求 \"{name}\" 是 {wanted}，实际是 {kind}"),
    "uniapp.page_without_path": (
        "a page entry of pages.json has no \"path\" string: uni-app's build fails on it",
        "pages.json 中的页面条目没有 \"path\" 字符串：uni-app 编译会因此失败"),
    # -- writing (init, add-page, lint --fix) ----------------------------------------------------
    "uniapp.no_safe_place": (
        "{file} has no place here that every platform's build reads as intended (the object holds "
        "only entries of #ifdef regions); add this by hand where it belongs: {snippet}",
        "{file} 中这里没有一个所有平台的构建都能正确读取的位置（这个对象里只有 #ifdef 区域中的条目）；"
        "请手动把它加到合适的位置：{snippet}"),
    "uniapp.summary_global": (
        "globalStyle mp-weixin usingComponents.{tag} = {url}", "已添加 globalStyle mp-weixin usingComponents.{tag} = {url}"),
    "uniapp.global_needs_main": (
        "--global registers the cell for every page, which needs the plugin declared in the main package, "
        "not in subpackage '{root}'",
        "--global 会为所有页面注册 cell，这要求插件声明在主包中，而不是分包 '{root}' 中"),
    "uniapp.no_subpackage": (
        "pages.json has no subpackage with root '{root}' (subpackages: {roots})",
        "pages.json 中没有 root 为 '{root}' 的分包（现有分包：{roots}）"),
    "uniapp.declared_elsewhere": (
        "the contact plugin is already declared in {place} ({scope}) as '{alias}'{ignored}; this init would "
        "declare it in {target} ({target_scope}), and WeChat refuses the same provider twice",
        "客服插件已经在 {place}（{scope}）中以 '{alias}' 声明{ignored}；这次 init 会在 {target}（{target_scope}）"
        "中再声明一次，而微信不允许重复声明同一个 provider"),
    "uniapp.ignored_declaration": (
        " (ignored: manifest.json's mp-weixin.plugins replaces pages.json's \"plugins\")",
        "（已被忽略：manifest.json 的 mp-weixin.plugins 会替换 pages.json 的 \"plugins\"）"),
    "uniapp.hint_keep_one": (
        "keep one declaration: move it by hand to where you want it, or rerun with the matching --subpackage",
        "只保留一处声明：手动把它移到想要的位置，或者用对应的 --subpackage 重新运行"),
    # -- add-page ----------------------------------------------------------------------------------
    "uniapp.no_template": (
        "this .vue file has no <template>: add one, or wire the button by hand",
        "这个 .vue 文件没有 <template>：请添加一个，或手动接入按钮"),
    "uniapp.warn_cell_condition": (
        "{place}: <{tag}> has its own {attribute}; add !{check}() to it so that the button is hidden "
        "inside the WeCom client",
        "{place}: <{tag}> 已有自己的 {attribute}；请在其中加上 !{check}()，使按钮在企业微信客户端中隐藏"),
    "uniapp.summary_cell_hidden": (
        "<{tag}> hidden inside the WeCom client (v-if)", "<{tag}> 在企业微信客户端中隐藏（v-if）"),
    "uniapp.warn_script_by_hand": (
        "{path}: the script cannot be edited safely ({reason}); add the methods below by hand (the "
        "cell's v-if calls contactHidden(), which hides the button inside the WeCom client)",
        "{path}: 无法安全地修改脚本（{reason}）；请手动添加下面的方法（cell 的 v-if 会调用 contactHidden()，"
        "它在企业微信客户端中隐藏按钮）"),
    "uniapp.summary_page_using": (
        "style[\"mp-weixin\"].usingComponents.{tag} = {url}", "已添加 style[\"mp-weixin\"].usingComponents.{tag} = {url}"),
    "uniapp.add_page_ignored_declaration": (
        "the contact plugin is declared only in pages.json's \"plugins\" (as '{alias}'), which manifest.json's "
        "mp-weixin.plugins replaces in the WeChat build; move that declaration to manifest.json first",
        "客服插件只在 pages.json 的 \"plugins\" 中（以 '{alias}'）声明，而微信构建会用 manifest.json 的 "
        "mp-weixin.plugins 替换它；请先把这个声明移到 manifest.json"),
    # -- uni-helper: pages.config.ts, manifest.config.ts, definePage ------------------------------
    "uniapp.helper_unreadable": (
        "{file} cannot be read statically ({reason}): wecontact reads only an object literal passed to its "
        "define call or exported by default",
        "无法静态读取 {file}（{reason}）：wecontact 只读取传给 define 函数或默认导出的对象字面量"),
    "uniapp.helper_by_hand": (
        "{file}: this part of the config is not a plain object literal, so wecontact does not edit it; add "
        "by hand: {snippet}",
        "{file}：这部分配置不是普通的对象字面量，wecontact 不会修改它；请手动添加：{snippet}"),
    "uniapp.helper_declared": (
        "the contact plugin is already declared ({places}); wecontact does not declare it again in {scope}",
        "客服插件已经声明过了（{places}）；wecontact 不会在{scope}中再次声明"),
    "uniapp.helper_generated": (
        "pages.json and manifest.json are generated here (uni-helper): wecontact edits pages.config.ts and "
        "manifest.config.ts, never the generated files",
        "这里的 pages.json 和 manifest.json 是生成的（uni-helper）：wecontact 只修改 pages.config.ts 和 "
        "manifest.config.ts，从不修改生成的文件"),
    "uniapp.helper_no_define_page": (
        "this page has no definePage({{...}}) in a <script setup> to register the button in; add it "
        "(then rerun): {snippet}",
        "这个页面的 <script setup> 中没有 definePage({{...}}) 可以用来注册按钮；请添加它（然后重新运行）：{snippet}"),
    "uniapp.helper_route": (
        "'{route}' is not under src/{dir}/, where uni-helper finds pages: add it to pages.config.ts's pages "
        "by hand, or choose a route under {dir}/",
        "'{route}' 不在 src/{dir}/ 下（uni-helper 只在那里查找页面）：请手动把它加到 pages.config.ts 的 pages 中，"
        "或者选择 {dir}/ 下的路由"),
    # -- init --global (cli/init.py, every framework) -------------------------------------------
    "help.init_global": (
        "also register the button for every page and component (app-level usingComponents; uni-app: "
        "pages.json globalStyle), so that reusable components can render it",
        "同时为所有页面和组件注册按钮（应用级 usingComponents；uni-app 中是 pages.json 的 globalStyle），"
        "这样复用组件也能渲染它"),
    "init.global_unsupported": (
        "--global is not supported for {name} projects: register the button in each page with `wecontact add-page`",
        "{name} 项目不支持 --global：请用 `wecontact add-page` 在每个页面中注册按钮"),
    "init.registered_global": (
        "{where}: registered <{tag}> ({url}) for every page and component",
        "{where}: 已为所有页面和组件注册 <{tag}>（{url}）"),
    "init.would_register_global": (
        "{where}: would register <{tag}> ({url}) for every page and component (dry run: nothing written)",
        "{where}: 将为所有页面和组件注册 <{tag}>（{url}）（试运行：未写入任何文件）"),
    "init.already_global": (
        "{where}: <{tag}> is already registered for every page and component",
        "{where}: <{tag}> 已经为所有页面和组件注册"),
    "uniapp.where_methods": ("methods of its export default {{...}}", "export default {{...}} 的 methods"),
    "uniapp.where_setup": ("a top-level function of <script setup>", "<script setup> 的顶层函数"),
    "uniapp.where_no_script": ("it has no <script>", "它没有 <script>"),
}
