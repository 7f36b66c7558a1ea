"""Words of the process boundary: why an operating-system call failed, a standard output that failed."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "process.stdout": {"en": "cannot write to standard output ({reason})", "zh": "无法写入标准输出（{reason}）"},
    "process.closed": {"en": "it is closed", "zh": "它已关闭"},
    "process.pipe": {"en": "the program reading it has stopped", "zh": "读取它的程序已经停止"},
    "process.full": {"en": "the disk is full", "zh": "磁盘已满"},
    "process.io": {"en": "input/output error", "zh": "输入输出错误"},
    "process.no-permission": {"en": "permission denied", "zh": "没有权限"},
    "process.loop": {"en": "a symbolic link loop", "zh": "符号链接循环"},
    "process.no-such": {"en": "no such file or folder", "zh": "没有这个文件或文件夹"},
    "process.not-folder": {"en": "part of the path is a file, not a folder", "zh": "路径中有一部分是文件而不是文件夹"},
    "process.is-folder": {"en": "it is a folder", "zh": "这是一个文件夹"},
    "process.read-only": {"en": "the file system is read-only", "zh": "文件系统是只读的"},
    "process.too-long": {"en": "the name is too long", "zh": "名称太长"},
    "process.exists": {"en": "the name is taken", "zh": "这个名称已被占用"},
    "process.system-error": {"en": "system error {number}", "zh": "系统错误 {number}"},
    "process.system-error-unknown": {"en": "a system error", "zh": "系统错误"},
}
