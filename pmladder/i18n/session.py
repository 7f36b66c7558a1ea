"""Words of unfinished sessions: none to resume, in use, damaged, changed ladder."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "session.none": {
        "zh": "没有可以继续的未完成自评（查找位置：{folder}）；开始一次新的自评：pmladder assess",
        "en": "no unfinished assessment to resume (looked in {folder}); start one with: pmladder assess",
    },
    "session.cannot-list": {
        "zh": "无法读取 {folder} 中的未完成自评（{reason}）",
        "en": "cannot read the unfinished assessments in {folder} ({reason})",
    },
    "session.none-for": {
        "zh": "职级体系 {ladder!r} 没有未完成的自评（查找位置：{folder}）；"
        "开始一次新的自评：pmladder assess {ladder}",
        "en": "no unfinished assessment of {ladder!r} to resume (looked in {folder}); "
        "start one with: pmladder assess {ladder}",
    },
    "session.changed": {
        "zh": "职级体系 {ladder!r} 在保存进度后已改变，未完成自评的答案不再适用（{problem}）；"
        "重新开始（丢弃这些答案）：pmladder assess {source} --restart，或删除 {path}",
        "en": "ladder {ladder!r} changed since the session was saved and its answers no longer fit "
        "({problem}); start again (the answers are discarded): pmladder assess {source} --restart, "
        "or delete {path}",
    },
    "session.unfit": {
        "zh": "未完成的自评 {path} 与职级体系 {ladder!r} 不符（{problem}）；"
        "重新开始（丢弃这些答案）：pmladder assess {source} --restart，或删除 {path}",
        "en": "the unfinished assessment {path} does not fit ladder {ladder!r} ({problem}); "
        "start again (the answers are discarded): pmladder assess {source} --restart, or delete {path}",
    },
    "session.damaged": {
        "zh": "{problem}；这次未完成的自评已另存为 {kept}（没有删除）；重新开始：pmladder assess {ladder}",
        "en": "{problem}; the unfinished assessment was kept as {kept} (nothing was deleted); "
        "start again with: pmladder assess {ladder}",
    },
    "session.damaged-in-place": {
        "zh": "{problem}；文件没有改动：{path}；重新开始：pmladder assess {ladder} --restart（会丢弃它）",
        "en": "{problem}; the file was left as it is: {path}; start again (it is discarded): "
        "pmladder assess {ladder} --restart",
    },
    "session.no-ladder": {
        "zh": "无法载入未完成自评 {path} 所用的职级体系（{problem}）；"
        "指明职级体系继续：pmladder assess LADDER --resume，或删除 {path}",
        "en": "the ladder of the unfinished assessment {path} cannot be loaded ({problem}); "
        "name the ladder to continue: pmladder assess LADDER --resume, or delete {path}",
    },
    "session.history": {
        "zh": "history[{index}]：{entry!r} 不是这个职级体系中的题目",
        "en": "history[{index}]: {entry!r} is not a question of this ladder",
    },
    "session.busy": {
        "zh": "职级体系 {ladder!r} 的未完成自评正被另一个 pmladder 使用（锁：{lock}）；"
        "请先在那边完成自评或按 q 退出，然后再试",
        "en": "the unfinished assessment of {ladder!r} is in use by another pmladder run (lock: {lock}); "
        "finish or quit (q) that run first, then try again",
    },
    "session.cannot-lock": {
        "zh": "无法锁定未完成的自评：{lock}：{reason}",
        "en": "cannot lock the unfinished assessment: {lock}: {reason}",
    },
    "session.other-ladder": {
        "zh": "{path} 保存的是职级体系 {saved!r} 的进度，不是 {ladder!r}",
        "en": "{path} holds a session of ladder {saved!r}, not {ladder!r}",
    },
    #: a session's answers that do not fit: where, and what
    "session.misfit-at": {"zh": "{path}: {problem}", "en": "{path}: {problem}"},
}
