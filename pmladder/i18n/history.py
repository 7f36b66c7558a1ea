"""Words of the history of saved results (list, show, diff, trend, rm, export, import) and of `status`."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # ---- errors ----
    "history.unknown-id": {
        "zh": "没有编号为“{id}”的已保存结果（共 {count} 个）；运行 pmladder history 查看编号",
        "en": "no saved result has the id '{id}' ({count} saved); run pmladder history to see the ids",
    },
    "history.ambiguous-id": {
        "zh": "编号“{id}”对应多个结果：{matches}；请多输入几位",
        "en": "the id '{id}' matches several results: {matches}; type more of it",
    },
    "history.other-version": {
        "zh": "{path}：由另一个版本的 pmladder 保存（{schema}），这个版本读不了；请升级 pmladder",
        "en": "{path}: saved by another version of pmladder ({schema}), which this one cannot read; "
        "upgrade pmladder",
    },
    "history.not-a-result": {
        "zh": "{path}：不是 pmladder 保存的结果（没有可识别的 schema）",
        "en": "{path}: not a result pmladder saved (no schema it knows)",
    },
    "history.other-ladder": {
        "zh": "--ladder 给出的是“{ladder}”，但这个结果属于“{expected}”",
        "en": "--ladder names '{ladder}', but this result belongs to '{expected}'",
    },
    "history.ladder-missing": {
        "zh": "结果 {id} 所用的职级体系“{ladder}”未安装；用 --ladder FILE 指定它的文件，或用 --format json",
        "en": "the ladder '{ladder}' of result {id} is not installed; name its file with --ladder FILE, "
        "or use --format json",
    },
    "history.cannot-remove": {"zh": "{path}：无法删除（{reason}）", "en": "{path}: cannot remove ({reason})"},
    "history.scorecard-unreadable": {
        "zh": "{path}：这个考核结果的格式这个版本的 pmladder 读不了；可用 --format json 查看",
        "en": "{path}: this version of pmladder cannot read this scorecard result; --format json shows it",
    },
    # ---- who ----
    "history.rater.manager": {"zh": "经理", "en": "manager"},
    "history.rater.peer": {"zh": "同事", "en": "peer"},
    "history.rater.self": {"zh": "本人", "en": "self"},
    "history.list.self-named": {"zh": "{name}（本人）", "en": "{name} (self)"},
    "history.list.about": {"zh": "{rater} 评 {subject}", "en": "{rater} about {subject}"},
    # ---- the list ----
    "history.list.title": {"zh": "已保存的结果（{count} 个）", "en": "Saved results ({count})"},
    "history.list.id": {"zh": "编号", "en": "ID"},
    "history.list.date": {"zh": "日期", "en": "Date"},
    "history.list.level": {"zh": "级别", "en": "Level"},
    "history.list.range": {"zh": "范围", "en": "Range"},
    "history.list.period": {"zh": "考核期", "en": "Period"},
    "history.list.total": {"zh": "总分", "en": "Score"},
    "history.list.scorecard-title": {"zh": "考核表：{name}", "en": "Scorecard: {name}"},
    "history.list.on-track": {"zh": "{level}（{track}）", "en": "{level} ({track})"},
    "history.list.confidence": {"zh": "可信度", "en": "Confidence"},
    "history.list.who": {"zh": "评价人", "en": "Who"},
    "history.result": {"zh": "{level}（{range}）", "en": "{level} ({range})"},
    "history.scorecard": {"zh": "考核期 {period}：总分 {total}", "en": "period {period}: score {total}"},
    "history.list.empty": {
        "zh": "还没有保存的结果：运行 pmladder assess 开始第一次自评",
        "en": "no saved results yet: run pmladder assess for a first assessment",
    },
    "history.list.changed-note": {
        "zh": "* 用职级体系的旧版本完成；显示时会注明",
        "en": "* made with an earlier version of the ladder; shown with a note",
    },
    "history.list.unreadable-note": {
        "zh": "有 {count} 个文件无法读取（见标准错误输出）",
        "en": "{count} file(s) could not be read (see standard error)",
    },
    "history.list.hint": {
        "zh": "pmladder history show 编号 重新显示；diff 编号 编号 比较两次；trend 查看趋势",
        "en": "pmladder history show ID shows one again; diff ID ID compares two; trend shows the trend",
    },
    "history.list.unreadable": {"zh": "无法读取：{problem}", "en": "cannot read: {problem}"},
    "history.show.changed": {
        "zh": "注意：结果 {id} 是用这个职级体系的旧版本完成的；级别和能力按现在的版本命名，已删除的显示为编号",
        "en": "Note: result {id} was made with an earlier version of this ladder; levels and competencies are "
        "named as they are now, and those that are gone by their ids",
    },
    "history.describe": {"zh": "{id}（{date}，{ladder}，{result}）", "en": "{id} ({date}, {ladder}, {result})"},
    # ---- rm ----
    "history.rm.no-tty": {
        "zh": "标准输入不是终端，无法确认；确定要删除 {id} 请加 --yes",
        "en": "stdin is not a terminal, so pmladder cannot ask; add --yes to remove {id}",
    },
    "history.rm.ask": {"zh": "删除 {what}？", "en": "Remove {what}?"},
    "history.rm.kept": {"zh": "未删除任何结果", "en": "nothing removed"},
    "history.rm.done": {"zh": "已删除 {id}（{file}）", "en": "removed {id} ({file})"},
}
