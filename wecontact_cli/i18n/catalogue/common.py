"""Prefixes of errors, hints and warnings, and how lists are joined."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- error, hint and warning prefixes; lists ------------------------------------------
    "prefix.error": ("error: {text}", "错误: {text}"),
    "prefix.hint": ("hint: {text}", "提示: {text}"),
    "prefix.warning": ("warning: {text}", "警告: {text}"),
    "list.comma": ("{first}, {rest}", "{first}、{rest}"),
    "list.and": ("{first} and {rest}", "{first}和{rest}"),
    "list.semicolon": ("{first}; {rest}", "{first}；{rest}"),
}
