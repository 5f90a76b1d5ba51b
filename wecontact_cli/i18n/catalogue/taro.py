"""Taro projects: reading their config modules and views, and writing to them."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- reading a Taro project (frameworks/taro) -------------------------------------------
    "taro.syntax": (
        "this file does not parse as {language}: Taro's build stops here, and wecontact cannot check it",
        "该文件无法按 {language} 解析：Taro 编译会在这里失败，wecontact 也无法检查它"),
    "taro.handler_jsx": (
        "the component that renders the element, or the module", "渲染该元素的组件或该模块中"),
    "taro.handler_vue": ("<script setup> or the component's methods", "<script setup> 或组件的 methods 中"),
    # -- writing to a Taro project (frameworks/taro: init, add-page) -------------------------
    "taro.no_app_config": (
        "there is no app.config.ts or app.config.js in {folder}: is this the source root Taro builds from?",
        "{folder} 中没有 app.config.ts 或 app.config.js：这是 Taro 编译所用的源码目录吗？"),
    "taro.declarations_unknown": (
        "the app config's plugins cannot be read statically, so wecontact cannot tell whether the contact "
        "plugin is declared there, and writes nothing",
        "无法静态读取 app 配置中的 plugins，wecontact 无法判断客服插件是否已在那里声明，因此不会写入任何内容"),
    "taro.hint_declare_by_hand": (
        "declare it by hand where the build will see it: {line}", "请在编译能读到的地方手动声明：{line}"),
    "taro.no_subpackage": (
        "{file} has no subpackage with root '{root}' (subpackages: {roots})",
        "{file} 中没有 root 为 '{root}' 的分包（现有分包：{roots}）"),
    "taro.edit_refused": (
        "{file} cannot be edited safely here: {why}", "无法在这里安全地修改 {file}：{why}"),
    "taro.add_by_hand": ("add it by hand: {line}", "请手动添加：{line}"),
    "taro.why_no_object": (
        "its export is not an object literal wecontact can read", "它导出的不是 wecontact 能读取的对象字面量"),
    "taro.why_syntax": ("the file does not parse", "该文件无法解析"),
    "taro.why_missing": ("a key on the way to it is missing", "通往该位置的某个键不存在"),
    "taro.why_not_literal": (
        "the value there is computed (a variable, a call or a condition), not written as a literal",
        "那里的值是计算出来的（变量、函数调用或条件表达式），不是字面量"),
    "taro.why_not_object": ("the value there is not an object", "那里的值不是对象"),
    "taro.why_not_array": ("the value there is not an array", "那里的值不是数组"),
    "taro.why_unsettled": (
        "a spread or a computed key may override it", "展开语法或计算属性名可能会覆盖它"),
    "taro.why_exists": ("the key is already there", "该键已经存在"),
    "taro.vue_custom_element": (
        "Vue warns \"Failed to resolve component: {tag}\" in the console: to silence it, pass the plugin's "
        "options in {file}: plugins: [['@tarojs/plugin-framework-vue3', {{ mini: {{ compilerOptions: "
        "{{ isCustomElement: (tag) => tag === '{tag}' }} }} }}]]",
        "Vue 会在控制台警告 \"Failed to resolve component: {tag}\"：要消除它，请在 {file} 中传入插件选项："
        "plugins: [['@tarojs/plugin-framework-vue3', {{ mini: {{ compilerOptions: "
        "{{ isCustomElement: (tag) => tag === '{tag}' }} }} }}]]"),
    "taro.pages_place": ("the app config's page list", "app 配置的页面列表"),
    "taro.warn_expr_path": (
        "--plugid-expr '{expr}' is a path: the view must provide {expr} where the button is rendered",
        "--plugid-expr '{expr}' 是一个路径：视图必须在渲染按钮的地方提供 {expr}"),
    "taro.warn_vue_by_hand": (
        "{path}: wecontact does not edit an existing .vue view; paste the element below into its template, "
        "and the script below into its <script setup>",
        "{path}: wecontact 不会修改已有的 .vue 视图；请把下面的元素粘贴到它的模板中，把下面的脚本粘贴到它的 "
        "<script setup> 中"),
    "taro.warn_view_by_hand": (
        "{path}: the page component cannot be edited safely; paste the code below: the WeCom check after "
        "the imports, the handlers in the component, the element in what it returns",
        "{path}: 无法安全地修改页面组件；请粘贴下面的代码：企业微信检测放在 import 之后，处理函数放在组件中，"
        "元素放在组件返回的内容中"),
    "taro.template_broken": (
        "the template {name} gave a {path} that does not parse; nothing was written",
        "模板 {name} 生成的 {path} 无法解析；没有写入任何内容"),
    "taro.summary_element": (
        "<{tag}> (hidden inside the WeCom client)", "<{tag}>（在企业微信客户端中隐藏）"),
    "taro.summary_guard": (
        "{guard}: the WeCom check after the imports", "{guard}：import 之后的企业微信检测"),
    "taro.summary_plugid": ("{key} for plugid (to set)", "为 plugid 添加 {key}（需要填写）"),
    "summary.jsx_member": (
        "{tag} in JSX.IntrinsicElements", "JSX.IntrinsicElements 中的 {tag}"),
    "summary.jsx_block": (
        "JSX.IntrinsicElements declaring {tag}", "声明 {tag} 的 JSX.IntrinsicElements"),
    "summary.tsconfig_include": ("include {entry}", "include 中加入 {entry}"),
}
