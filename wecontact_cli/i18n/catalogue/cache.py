"""The lint cache's words: its options, its configuration key, ``wecontact clean``, its statistics."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the lint cache (lint/cache.py, cli/clean.py) ----------------------------------------
    "cache.help_no_cache": (
        "Neither read nor write the lint cache (also WECONTACT_NO_CACHE=1, or \"cache\": false in "
        "wecontact.config.json).",
        "不读也不写 lint 缓存（也可设置 WECONTACT_NO_CACHE=1，或在 wecontact.config.json 中写 \"cache\": false）。"),
    "cache.help_cache_dir": (
        "Keep the lint cache in DIR instead of .wecontact_cache in the project (also WECONTACT_CACHE_DIR).",
        "把 lint 缓存放在 DIR，而不是项目中的 .wecontact_cache（也可设置 WECONTACT_CACHE_DIR）。"),
    "cache.help_clean": (
        "Remove the lint cache (.wecontact_cache) of the project; only files wecontact wrote.",
        "删除项目的 lint 缓存（.wecontact_cache）；只删除 wecontact 自己写入的文件。"),
    "cache.help_clean_paths": (
        "Projects whose cache to remove (default: the project of the current folder, or every project below it).",
        "要删除缓存的项目（默认：当前文件夹所在的项目，或其下的所有项目）。"),
    "cache.config_boolean": (
        "\"cache\" must be true or false, found {type}",
        "\"cache\" 必须是 true 或 false，实际是 {type}"),
    "cache.removed": (
        "removed the lint cache {folder} ({count} files)",
        "已删除 lint 缓存 {folder}（{count} 个文件）"),
    "cache.removed_kept": (
        "removed the lint cache's {count} files from {folder}; the folder stays: it holds files wecontact "
        "did not write ({names})",
        "已从 {folder} 删除 lint 缓存的 {count} 个文件；文件夹保留：其中有不是 wecontact 写入的文件（{names}）"),
    "cache.nothing": (
        "no lint cache to remove ({folder} does not exist)",
        "没有可删除的 lint 缓存（{folder} 不存在）"),
    "cache.not_ours": (
        "left {folder} alone: it is not a wecontact cache (its .gitignore was not written by wecontact)",
        "未改动 {folder}：它不是 wecontact 的缓存（其中的 .gitignore 不是 wecontact 写入的）"),
    "cache.link": (
        "left {folder} alone: it is a link, and wecontact never deletes through one",
        "未改动 {folder}：它是一个链接，wecontact 从不通过链接删除文件"),
    "cache.stats": (
        "lint cache: {units} units, {cached} from the cache, {linted} linted",
        "lint 缓存：共 {units} 个单元，{cached} 个来自缓存，{linted} 个重新检查"),
}
