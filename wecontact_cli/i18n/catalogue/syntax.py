"""What the parsers say about files the build cannot read."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- WC001 JSON parse errors (jsontext) ----------------------------------------------
    "json.empty": (
        "the file is empty: expected a JSON value such as {{}}",
        "文件是空的：应为一个 JSON 值，例如 {{}}"),
    "json.after_end": (
        "unexpected {found} after the end of the JSON value",
        "JSON 值结束后出现了多余的 {found}"),
    "json.trailing_comma": (
        "trailing comma before '{closer}' is not allowed in JSON; remove it",
        "JSON 不允许在 '{closer}' 前面留末尾逗号；请删除它"),
    "json.eof_unclosed": (
        "unexpected end of file: expected ',' or '{closer}' to close the {kind} opened at "
        "line {line}, column {column}",
        "文件意外结束：第 {line} 行第 {column} 列开始的{kind}缺少 ',' 或结尾的 '{closer}'"),
    "json.missing_comma": (
        "expected ',' or '{closer}' after an {what}, found {found} (a missing comma?)",
        "{what}后面应为 ',' 或 '{closer}'，却是 {found}（漏了逗号？）"),
    "json.object": ("object", "对象"),
    "json.array": ("array", "数组"),
    "json.object_member": ("object member", "对象成员"),
    "json.array_item": ("array item", "数组元素"),
    "json.end_of_file": ("the end of the file", "文件结尾"),
    "json.single_quoted_key": (
        "property names must use double quotes, not single", "属性名必须用双引号，不能用单引号"),
    "json.unquoted_key": (
        "property names must be strings in double quotes (write \"{word}\")",
        "属性名必须是双引号括起来的字符串（写成 \"{word}\"）"),
    "json.expected_key": (
        "expected a property name in double quotes, found {found}",
        "这里应为双引号括起来的属性名，却是 {found}"),
    "json.expected_colon": (
        "expected ':' after the property name \"{key}\", found {found}",
        "属性名 \"{key}\" 后面应为 ':'，却是 {found}"),
    "json.single_quoted_string": (
        "strings must use double quotes, not single", "字符串必须用双引号，不能用单引号"),
    "json.bad_word": ("'{word}' is not a JSON value", "'{word}' 不是合法的 JSON 值"),
    "json.eof_value": ("unexpected end of file: expected a value", "文件意外结束：这里应为一个值"),
    "json.expected_value": ("expected a value, found {found}", "这里应为一个值，却是 {found}"),
    "json.unterminated_string": (
        "unterminated string: the closing '\"' is missing", "字符串没有结束：缺少结尾的 '\"'"),
    "json.control_character": (
        "a raw line break or control character inside a string; write \\n",
        "字符串中有直接换行或控制字符；请写成 \\n"),
    "json.comment": (
        "comments are not allowed in JSON: the WeChat build rejects this file; remove the comment",
        "JSON 中不允许写注释：微信构建会拒绝这个文件；请删除注释"),
    "json.unterminated_comment": ("unterminated /* comment */", "/* 注释 */ 没有结束"),
    # -- the seam: the string scanner's own errors, as the catalogue says them (jsontext) --
    "json.invalid_escape": ("Invalid \\escape", "字符串中有无效的 \\ 转义"),
    "json.invalid_unicode_escape": ("Invalid \\uXXXX escape", "字符串中有无效的 \\uXXXX 转义"),
    # -- WC001/WC002 reading and decoding (sources, lint/context) ------------------------
    "file.utf16": (
        "the file is encoded as UTF-16; WeChat DevTools expects UTF-8. Re-save it as UTF-8",
        "文件是 UTF-16 编码；微信开发者工具要求 UTF-8。请另存为 UTF-8"),
    "file.not_utf8": (
        "the file is not valid UTF-8 (byte 0x{byte}); WeChat expects UTF-8 files. Re-save it as "
        "UTF-8 (it may be GBK-encoded)",
        "文件不是有效的 UTF-8（字节 0x{byte}）；微信要求 UTF-8 文件。请另存为 UTF-8（它可能是 GBK 编码）"),
    "file.binary": ("this is a binary file, not text", "这是二进制文件，不是文本"),
    "file.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    # -- WC002 WXML parse errors (wxml) --------------------------------------------------
    "wxml.text_braces": (
        "'{{{{' in text is not closed with '}}}}'", "文本中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.stray_lt": (
        "'<' does not start a tag or comment (write &lt; for a literal '<')",
        "'<' 后面不是标签或注释（如果要显示 '<' 本身，请写成 &lt;）"),
    "wxml.end_tag_missing": (
        "end tag </{tag}> is missing for <{tag}> opened at {line}:{column}",
        "第 {line} 行第 {column} 列开始的 <{tag}> 缺少结束标签 </{tag}>"),
    "wxml.comment_unclosed": ("comment is not closed with '-->'", "注释没有用 '-->' 闭合"),
    "wxml.end_tag_unclosed": (
        "end tag </{name}> is not closed with '>'", "结束标签 </{name}> 没有用 '>' 闭合"),
    "wxml.end_tag_text": (
        "unexpected text in end tag </{name}>", "结束标签 </{name}> 中有多余的文本"),
    "wxml.end_tag_orphan": (
        "end tag </{name}> has no start tag", "结束标签 </{name}> 没有对应的开始标签"),
    "wxml.end_tag_mismatch": (
        "expected </{tag}> for <{tag}> opened at {line}:{column}, found </{name}>",
        "第 {line} 行第 {column} 列开始的 <{tag}> 应以 </{tag}> 结束，却遇到了 </{name}>"),
    "wxml.start_tag_unclosed": (
        "start tag <{tag}> is not closed with '>'", "开始标签 <{tag}> 没有用 '>' 闭合"),
    "wxml.start_tag_slash": (
        "unexpected '/' in start tag <{tag}>", "开始标签 <{tag}> 中有多余的 '/'"),
    "wxml.value_without_name": (
        "attribute value without an attribute name", "属性值前面缺少属性名"),
    "wxml.attribute_no_value": (
        "attribute {name} has '=' but no value", "属性 {name} 有 '=' 却没有值"),
    "wxml.attribute_unquoted": (
        "value of attribute {name} is not quoted", "属性 {name} 的值没有加引号"),
    "wxml.value_braces": (
        "'{{{{' in the value of {label} is not closed with '}}}}'",
        "{label} 的值中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.value_unclosed": (
        "quoted value of {label} is not closed with {quote}", "{label} 的引号值没有用 {quote} 闭合"),
    "wxml.attribute_label": ("attribute {name}", "属性 {name}"),
    "wxml.attribute": ("attribute", "属性"),
    # -- uni-app syntax: .vue files, conditional compilation, component scripts -------------
    # (syntax/vue, syntax/conditional, syntax/vue_script)
    "vue.duplicate_block": (
        "a second <{block}> block: Vue reads only one per .vue file; merge them",
        "出现了第二个 <{block}> 块：每个 .vue 文件中 Vue 只读取一个；请把它们合并"),
    "vue.duplicate_attribute": (
        "attribute {name} is written twice on this element: Vue's compiler refuses duplicate "
        "attributes; keep one",
        "这个元素上写了两次属性 {name}：Vue 编译器不接受重复的属性；请只保留一个"),
    "vue.directive_without_name": (
        "'{name}' is not a directive: 'v-' must be followed by its name (v-if, v-on ...)",
        "'{name}' 不是指令：'v-' 后面必须跟指令名（v-if、v-on ...）"),
    "vue.dynamic_argument_unclosed": (
        "the dynamic argument of {name} is not closed with ']'",
        "{name} 的动态参数没有用 ']' 闭合"),
    "cond.if_without_endif": (
        "{directive} has no matching #endif: uni-app then skips conditional compilation for the "
        "whole file and every platform's code is compiled",
        "{directive} 没有配对的 #endif：uni-app 会因此跳过整个文件的条件编译，所有平台的代码都会被编译"),
    "cond.endif_without_if": (
        "#endif has no matching #ifdef or #ifndef: uni-app then skips conditional compilation for "
        "the whole file and every platform's code is compiled",
        "#endif 没有配对的 #ifdef 或 #ifndef：uni-app 会因此跳过整个文件的条件编译，所有平台的代码都会被编译"),
    "cond.else_outside": (
        "#else outside any #ifdef/#ifndef region is an ordinary comment: nothing is excluded",
        "不在任何 #ifdef/#ifndef 区域内的 #else 只是普通注释：不会排除任何代码"),
    "cond.else_twice": (
        "a second #else in the same region is an ordinary comment: uni-app splits the region at "
        "the first one",
        "同一区域中的第二个 #else 只是普通注释：uni-app 只在第一个 #else 处分隔"),
    "cond.else_vue2": (
        "uni-app's Vue 2 compiler has no #else: both branches are compiled when the condition "
        "holds; use a second #ifndef region instead",
        "uni-app 的 Vue 2 编译器不支持 #else：条件成立时两个分支都会被编译；请改用另一个 #ifndef 区域"),
    "cond.elif": (
        "uni-app has no #elif: write a nested #ifdef inside #else, or separate regions",
        "uni-app 不支持 #elif：请在 #else 中嵌套 #ifdef，或写成独立的区域"),
    "cond.bad_condition": (
        "the condition '{condition}' is not a valid expression: uni-app then skips conditional "
        "compilation for the whole file; join platforms with ||",
        "条件 '{condition}' 不是有效的表达式：uni-app 会因此跳过整个文件的条件编译；多个平台请用 || 连接"),
    "cond.directive_case": (
        "{directive} must be written in lower case: uni-app rejects it and skips conditional "
        "compilation for the whole file",
        "{directive} 必须用小写：uni-app 无法识别它，会跳过整个文件的条件编译"),
    "vuescript.external": (
        "the script is in another file ({src}): its handlers cannot be read here",
        "脚本在另一个文件中（{src}）：无法在这里读取它的处理函数"),
    "vuescript.lang": (
        "the script's language '{lang}' cannot be read: only JavaScript and TypeScript are checked",
        "无法读取语言为 '{lang}' 的脚本：只检查 JavaScript 和 TypeScript"),
    "vuescript.syntax_error": (
        "the script has a syntax error (line {line}): its handlers cannot be read, and nothing is "
        "inserted into it",
        "脚本有语法错误（第 {line} 行）：无法读取它的处理函数，也不会向其中插入代码"),
    "vuescript.no_export": (
        "the <script> block has no `export default`: the component's methods cannot be found",
        "<script> 块中没有 `export default`：找不到组件的 methods"),
    "vuescript.not_object": (
        "`export default` is not an object literal (or defineComponent({...}) / Vue.extend({...})): "
        "the component's methods cannot be read statically",
        "`export default` 不是对象字面量（或 defineComponent({...}) / Vue.extend({...})）：无法静态读取组件的 methods"),
    "vuescript.mixins": (
        "`{option}` may add methods that cannot be seen here",
        "`{option}` 可能添加了这里看不到的方法"),
    "vuescript.setup_return": (
        "setup() does not simply return an object literal: the names it exposes cannot be known",
        "setup() 没有直接返回对象字面量：无法知道它暴露了哪些名称"),
    "vuescript.hidden_keys": (
        "a spread (...x) or a computed key hides which methods the component has",
        "展开语法（...x）或计算属性名使组件有哪些方法无法确定"),
    "vuescript.class_extends": (
        "the class component extends {base}, which may add methods that cannot be seen here",
        "类组件继承自 {base}，它可能添加了这里看不到的方法"),
    "vuescript.no_place": (
        "there is no options object or <script setup> to add the handlers to; add them by hand",
        "没有可以添加处理函数的选项对象或 <script setup>；请手动添加"),
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "json.duplicate_key": (
        "duplicate key \"{key}\": WeChat reads only the last one (line {line}) and ignores this one",
        "重复的键 \"{key}\"：微信只读取最后一个（第 {line} 行），忽略这一个"),
}
