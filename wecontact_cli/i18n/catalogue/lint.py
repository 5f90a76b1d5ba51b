"""Lint's own words: fix titles, refused fixes, layout reasons, build output.

Each rule's messages live with the rule (lint/rules/<family>/<rule>.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "a_number": (
        "a number",
        "一个数字"),
    "cell.fix_refused": (
        "{message} (not fixed by --fix: {reason})",
        "{message}（--fix 未修复：{reason}）"),
    "cell.fix_would_repeat": (
        "renaming it to {new} would repeat {other} (line {line}); keep one of the two by hand",
        "改名为 {new} 会与第 {line} 行的 {other} 重复；请手动保留其中一个"),
    "cell.fix_both_renamed": (
        "{other} (line {line}) would also become {new}; keep one of the two by hand",
        "第 {line} 行的 {other} 也会被改成 {new}；请手动保留其中一个"),
    "cell.fix_new_problem": (
        "after the fix, {problem} ({code}); correct both by hand",
        "修复后会出现新问题：{problem}（{code}）；请手动一并修改"),
    "cell.fix_overlaps": (
        "another fix changes the same text; fix it by hand",
        "另一个修复修改的是同一段文本；请手动修改"),
    "fixes.later_pass_failed": (
        "{error} (during fix pass {number}; --fix had already written {files}, which keep their fixes: run `wecontact lint --fix` again to finish)",
        "{error}（发生在第 {number} 轮修复；--fix 之前已经写入了 {files}，这些文件保留已做的修复：请再次运行 `wecontact lint --fix` 完成剩余修复）"),
    "build_output.note": (
        "note: {output} is {framework} build output: every build rewrites it from the sources in {sources}, so fix what lint reports there, not here. Attributes that {framework}'s compiler adds are not reported",
        "注意：{output} 是 {framework} 的编译产物：每次编译都会根据 {sources} 中的源码重新生成它，所以请在源码中修复 lint 报告的问题，而不是在这里修改。{framework} 编译器添加的属性不会被报告"),
    "build_output.no_fix": (
        "{output} is {framework} build output: every build rewrites it from the sources in {sources}, so --fix and --diff change nothing here; fix the sources (lint without --fix lists the problems)",
        "{output} 是 {framework} 的编译产物：每次编译都会根据 {sources} 中的源码重新生成它，所以 --fix 和 --diff 不会修改这里；请修改源码（不带 --fix 运行 lint 会列出问题）"),
    "layout.reason": (
        "{facts}, and the guide says {effective}",
        "{facts}，而指南说明：{effective}"),
    "layout.no_reader": (
        "no layout reads it",
        "没有任何布局会读取它"),
    "layout.style_is": (
        "styleType is {style} ({source})",
        "styleType 为 {style}（{source}）"),
    "layout.single_agent": (
        "the plugid is single-agent ({source})",
        "该 plugid 是单人客服（{source}）"),
    "layout.multi_agent": (
        "the plugid is multi-agent ({source})",
        "该 plugid 是多人客服（{source}）"),
    "layout.block_is": (
        "blockStyle is {block}",
        "blockStyle 为 {block}"),
    "layout.is_mask_0": (
        "isMask is 0",
        "isMask 为 0"),
    "layout.source_attribute": (
        "styleType attribute",
        "styleType 属性"),
    "layout.source_console": (
        "the console's styleType in wecontact.config.json",
        "wecontact.config.json 中记录的管理后台 styleType"),
    "layout.source_agent": (
        "agent mode in wecontact.config.json",
        "wecontact.config.json 中的客服模式"),
    "handler.where_component": (
        "methods of Component({{...}})",
        "Component({{...}}) 的 methods"),
    "handler.where_page": (
        "Page({{...}})",
        "Page({{...}})"),
    "fix.rename": (
        "rename to '{name}'",
        "改名为 '{name}'"),
    "fix.write": (
        "write '{value}'",
        "改为 '{value}'"),
    "fix.write_index": (
        "write {index}",
        "改为 {index}"),
    "fix.and": (
        "{first} and {second}",
        "{first}，并{second}"),
}
