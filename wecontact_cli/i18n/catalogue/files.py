"""Reading and writing files safely: the reader, the writer, the lock."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- writing changes ---------------------------------------------------------------------
    "edits.nothing_modified": ("no file was modified", "没有修改任何文件"),
    "edits.not_restored": (
        "these files could not be restored and hold the new content: {paths}",
        "以下文件无法恢复，现在是新内容：{paths}"),
    "edits.cannot_write": ("could not write the change: {reason}; {outcome}", "无法写入修改：{reason}；{outcome}"),
    "edits.changed_on_disk": (
        "the file changed on disk since it was read: nothing written; run the command again",
        "文件在读取之后已在磁盘上被修改：没有写入任何内容；请重新运行命令"),
    # -- safe file access: the one reader, links, special files, the write lock (fsguard,
    # writelock, edits) ----------------------------------------------------------------------
    "file.outside_project": (
        "this path is outside the project ({root}): wecontact reads and writes only inside the "
        "project folder",
        "这个路径在项目（{root}）之外：wecontact 只读写项目文件夹内的文件"),
    "file.link_outside": (
        "this file is a symbolic link to {target}, outside the project: wecontact reads and "
        "writes only inside the project folder",
        "这个文件是指向 {target} 的符号链接，位于项目之外：wecontact 只读写项目文件夹内的文件"),
    "file.folder_link_outside": (
        "{link} is a symbolic link to {target}, outside the project: wecontact reads and writes "
        "only inside the project folder",
        "{link} 是指向 {target} 的符号链接，位于项目之外：wecontact 只读写项目文件夹内的文件"),
    "file.reason_fifo": (
        "it is a named pipe (FIFO), not a regular file", "它是命名管道（FIFO），不是普通文件"),
    "file.reason_device": ("it is a device, not a regular file", "它是设备文件，不是普通文件"),
    "file.reason_special": (
        "it is not a regular file (a socket or another special file)",
        "它不是普通文件（而是套接字或其他特殊文件）"),
    "file.reason_dangling": (
        "it is a symbolic link to {target}, which does not exist",
        "它是指向 {target} 的符号链接，而该目标不存在"),
    "file.reason_loop": (
        "it is a symbolic link loop: following it never reaches a file",
        "它是循环的符号链接：沿着它永远到达不了文件"),
    "edits.read_only": (
        "the file is read-only: nothing written. Make it writable (chmod u+w) if wecontact "
        "should change it, then run the command again",
        "文件是只读的：没有写入任何内容。如果要让 wecontact 修改它，请先设为可写（chmod u+w），"
        "再重新运行命令"),
    "edits.locked": (
        "another wecontact run has been writing to this project for {seconds} s: nothing "
        "written. Let it finish (or stop it), then run the command again",
        "另一个 wecontact 进程已经向这个项目写入了 {seconds} 秒：没有写入任何内容。"
        "请等它结束（或停止它）后再重新运行命令"),
    # -- moved from the lint catalogue: these are not lint messages --------------------
    "path.too_long": (
        "the path is too long for the file system; use shorter folder and file names",
        "路径太长，文件系统无法处理；请使用更短的文件夹名和文件名"),
    "path.os_error": (
        "cannot use this path: {reason}",
        "无法使用此路径：{reason}"),
}
