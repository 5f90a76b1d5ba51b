"""Taro projects: reading their config modules and views, and writing to them."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- reading a Taro project (frameworks/taro) -------------------------------------------
    "taro.syntax": (
        "this file does not parse as {language}: Taro's build stops here, and wecontact cannot check it",
        "该文件无法按 {language} 解析：Taro 编译会在这里失败，wecontact 也无法检查它"),
    "taro.handler_jsx": (
        "the component that renders the element, or the module", "渲染该元素的组件或该模块中"),
    "taro.handler_vue": ("<script setup> or the component's methods", "<script setup> 或组件的 methods 中"),
}
