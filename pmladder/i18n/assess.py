"""Words of the assess command: refusals, saved files, the ladder picker and unfinished sessions."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "assess.no-tty": {
        "zh": "标准输入不是终端，无法交互提问；"
        "请用 --answers FILE（或 --answers - 从标准输入读取）提供答案文件",
        "en": "stdin is not a terminal, so questions cannot be asked; "
        "give an answers file with --answers FILE (or --answers - to read it from stdin)",
    },
    "assess.saved": {"zh": "结果已保存到 {path}", "en": "saved the assessment to {path}"},
    "assess.damaged": {
        "zh": "已跳过一个损坏的已保存自评：{problem}",
        "en": "skipped a damaged saved assessment: {problem}",
    },
    "assess.written": {"zh": "报告已写入 {path}", "en": "wrote the report to {path}"},
    "assess.cannot-write": {"zh": "无法写入 {path}：{reason}", "en": "cannot write {path}: {reason}"},
    "assess.no-folder": {"zh": "文件夹 {folder} 不存在", "en": "the folder {folder} does not exist"},
    "assess.file-on-the-way": {"zh": "{file} 是一个文件，不是文件夹", "en": "{file} is a file, not a folder"},
    "assess.unfinished": {
        "zh": "“{ladder}”有一次未完成的自评（{answers}，保存于 {when}）。",
        "en": "There is an unfinished assessment of {ladder} ({answers}, saved {when}).",
    },
    "assess.ask-continue": {
        "zh": "回车或 c 继续上次的自评，r 丢弃它并重新开始",
        "en": "Enter or c continues it, r discards it and starts over",
    },
    "assess.hint-continue": {
        "zh": "请直接回车或输入 c 继续上次的自评，输入 r 丢弃它并重新开始，输入 q 退出（进度仍然保存着）",
        "en": "Press Enter or type c to continue the saved assessment, r to discard it and start over, "
        "or q to quit (it stays saved)",
    },
    "assess.target-dropped": {
        "zh": "{problem}（本次报告不用这个目标级别，按默认目标制定计划）",
        "en": "{problem} (this report plans toward the default target instead)",
    },
    "assess.invalid-ladder": {
        "zh": "（无效：运行 pmladder validate {file}）",
        "en": "(invalid: run pmladder validate {file})",
    },
    "assess.invalid-picked": {
        "zh": "这个职级体系有错误，不能用于自评：{problem}；请选另一个，或先修正它（pmladder validate {file}）",
        "en": "This ladder has errors and cannot be used: {problem}; choose another one, or fix it first "
        "(pmladder validate {file})",
    },
    "assess.other-session": {
        "zh": "{name}（pmladder assess {ladder} --resume）",
        "en": "{name} (pmladder assess {ladder} --resume)",
    },
    "assess.other-sessions-one": {
        "zh": "另有 1 次未完成的自评：{items}",
        "en": "There is 1 other unfinished assessment: {items}",
    },
    "assess.other-sessions": {
        "zh": "另有 {count} 次未完成的自评：{items}",
        "en": "There are {count} other unfinished assessments: {items}",
    },
    "assess.and": {"zh": "；", "en": "; "},
    "assess.no-ladders": {
        "zh": "没有可用的职级体系：请指定一个职级体系文件",
        "en": "no ladders found: name a ladder file",
    },
}
