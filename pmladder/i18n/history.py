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
    # ---- diff ----
    "history.not-an-assessment": {
        "zh": "{id} 是考核结果，不是职级评估；diff 和 trend 只比较职级评估",
        "en": "{id} is a scorecard result, not an assessment; diff and trend compare assessments",
    },
    "history.other-ladders": {
        "zh": "{first} 和 {second} 属于不同的职级体系（{a}、{b}）；请比较同一职级体系的两次结果，"
        "或用 pmladder compare --result 把结果换到另一个体系上",
        "en": "{first} and {second} belong to different ladders ({a}, {b}); compare two results of one ladder, "
        "or translate one with pmladder compare --result",
    },
    "history.other-people": {
        "zh": "{first} 和 {second} 评的不是同一个人，或评价人的角色不同；diff 只比较同一人的同类评价",
        "en": "{first} and {second} rate different people, or in different roles; diff compares one person "
        "rated the same way",
    },
    "history.diff.title": {"zh": "{first} → {second}", "en": "{first} → {second}"},
    "history.diff.who": {
        "zh": "{ladder}，{track}，{who}",
        "en": "{ladder}, {track}, {who}",
    },
    "history.diff.level": {"zh": "级别：{before} → {after}（{move}）", "en": "Level: {before} → {after} ({move})"},
    "history.diff.changed": {
        "zh": "两次结果用的是职级体系的不同版本：只比较仍然存在的级别和能力",
        "en": "the two results were made with different versions of the ladder: only levels and competencies "
        "that still exist are compared",
    },
    "history.diff.competency": {"zh": "能力", "en": "Competency"},
    "history.diff.move": {"zh": "变化", "en": "Change"},
    "history.diff.up": {"zh": "上升", "en": "up"},
    "history.diff.down": {"zh": "下降", "en": "down"},
    "history.diff.same": {"zh": "不变", "en": "same"},
    "history.diff.not-compared": {"zh": "— 无法比较", "en": "— not compared"},
    "history.diff.not-observed": {"zh": "未观察到", "en": "not observed"},
    "history.diff.summary": {
        "zh": "{count} 项能力中有 {moved} 项的已达到级别发生了变化（“未观察到”：跳过或全部“没有机会”）",
        "en": "{moved} of {count} competencies moved (\"not observed\": skipped, or every answer "
        "\"no opportunity\")",
    },
    # ---- trend ----
    "history.trend.none": {
        "zh": "没有“{ladder}”的自评可以显示趋势（共 {count} 个已保存结果）；运行 pmladder history 查看",
        "en": "no self-assessment of '{ladder}' to show a trend of ({count} saved results); "
        "run pmladder history to see them",
    },
    "history.trend.title": {"zh": "趋势：{ladder}（{track}）", "en": "Trend: {ladder} ({track})"},
    "history.trend.span": {
        "zh": "{count} 次自评，{first} 至 {last}",
        "en": "{count} self-assessments, {first} to {last}",
    },
    "history.trend.date-item": {"zh": "{n}. {date}（{id}）", "en": "{n}. {date} ({id})"},
    "history.trend.span.one": {"zh": "1 次自评，{first}", "en": "1 self-assessment, {first}"},
    "history.trend.chart": {"zh": "走势", "en": "Over time"},
    "history.trend.now": {"zh": "最近", "en": "Latest"},
    "history.trend.label": {"zh": "判断", "en": "Trend"},
    "history.trend.level": {"zh": "总体级别", "en": "Overall level"},
    "history.trend.improving": {"zh": "提升", "en": "improving"},
    "history.trend.declining": {"zh": "下降", "en": "declining"},
    "history.trend.stable": {"zh": "持平", "en": "stable"},
    "history.trend.persistent-gap": {"zh": "持续差距", "en": "persistent gap"},
    "history.trend.one-result": {"zh": "数据不足", "en": "too few results"},
    "history.trend.legend": {
        "zh": "每次自评一个字符：{low} 第一级以下 … {high} {top}；{none} 未观察到；{gone} 该级别已不在职级体系中",
        "en": "one character per self-assessment: {low} below the first level … {high} {top}; {none} not "
        "observed; {gone} a level no longer in the ladder",
    },
    "history.trend.dates": {"zh": "依次为：{dates}", "en": "In order: {dates}"},
    "history.trend.rule": {
        "zh": "判断规则：比较第一次和最近一次观察到的已达到级别；不变且在最近两次计划中都是重点的，记为“持续差距”",
        "en": "The rule: the first and the latest observed floor compared; the same floor that was a focus "
        "area of the last two plans is a persistent gap",
    },
    # ---- export and import ----
    "history.export.same-folder": {
        "zh": "{folder} 就是历史文件夹本身；请导出到另一个文件夹",
        "en": "{folder} is the history folder itself; export to another folder",
    },
    "history.import.same-folder": {
        "zh": "{folder} 就是历史文件夹本身，无需导入",
        "en": "{folder} is the history folder itself; there is nothing to import",
    },
    "history.export.not-folder": {
        "zh": "{folder} 是一个文件，不是文件夹；请给出要导出到的文件夹",
        "en": "{folder} is a file, not a folder; give the folder to export to",
    },
    "history.export.nothing": {
        "zh": "没有可导出的结果：运行 pmladder assess 开始第一次自评",
        "en": "no saved results to export: run pmladder assess for a first assessment",
    },
    "history.import.nothing": {
        "zh": "{folder} 中没有结果文件（*.json）",
        "en": "{folder} holds no result files (*.json)",
    },
    "history.import.no-folder": {"zh": "文件夹 {folder} 不存在", "en": "the folder {folder} does not exist"},
    "history.import.unreadable": {"zh": "{folder}：无法读取（{reason}）", "en": "{folder}: cannot be read ({reason})"},
    "history.share.all-taken": {
        "zh": "同名的 {count} 个文件名都已被占用",
        "en": "all {count} names are taken",
    },
    "history.export.done": {"zh": "已导出 {count} 个结果到 {folder}", "en": "exported {count} result(s) to {folder}"},
    "history.import.done": {
        "zh": "已从 {folder} 导入 {count} 个结果",
        "en": "imported {count} result(s) from {folder}",
    },
    "history.share.already": {
        "zh": "{count} 个结果已经存在，未重复写入：{names}",
        "en": "{count} result(s) were there already and were left as they are: {names}",
    },
    "history.export.redacted": {
        "zh": "已去掉 {count} 条你写的文字（例子、说明）",
        "en": "removed {count} piece(s) of typed text (examples, notes)",
    },
    # ---- status: check-ins and re-assessments ----
    "history.status.title": {
        "zh": "中期回顾与重新评估（今天：{today}）",
        "en": "Check-ins and re-assessments (today: {today})",
    },
    "history.status.none": {
        "zh": "还没有保存的自评：运行 pmladder assess，计划会给出中期回顾和重新评估的日期",
        "en": "no saved self-assessment yet: run pmladder assess; its plan sets the check-in and re-assessment dates",
    },
    "history.status.result": {"zh": "最近一次自评：{id}（{date}）", "en": "Latest self-assessment: {id} ({date})"},
    "history.status.dates": {
        "zh": "中期回顾：{check_in} · 重新评估：{reassess}",
        "en": "Check-in: {check_in} · Re-assess: {reassess}",
    },
    "history.status.when": {"zh": "{date}", "en": "{date}"},
    "history.status.when.today": {"zh": "{date}（今天）", "en": "{date} (today)"},
    "history.status.when.future": {"zh": "{date}（{count} 天后）", "en": "{date} (in {count} days)"},
    "history.status.when.future-one": {"zh": "{date}（明天）", "en": "{date} (tomorrow)"},
    "history.status.when.past": {"zh": "{date}（{count} 天前）", "en": "{date} ({count} days ago)"},
    "history.status.when.past-one": {"zh": "{date}（昨天）", "en": "{date} (yesterday)"},
    "history.status.due-none": {"zh": "现在无需操作", "en": "Nothing due yet"},
    "history.status.due-check-in": {
        "zh": "该做中期回顾了：对照计划看看进展（pmladder history show {id}）",
        "en": "Check-in due: go over the plan's progress (pmladder history show {id})",
    },
    "history.status.due-reassess": {
        "zh": "该重新评估了：pmladder assess {ladder}",
        "en": "Re-assessment due: pmladder assess {ladder}",
    },
    "history.status.focus": {"zh": "迈向{target}的重点：{names}", "en": "Focus toward {target}: {names}"},
    "history.status.no-focus": {"zh": "迈向{target}：没有需要补足的能力", "en": "Toward {target}: nothing to build"},
    "history.status.top": {"zh": "已在这条路线的最高级别", "en": "At the top of the track"},
    "history.status.assess-check-in": {
        "zh": "上次（{created}）的计划在 {date} 安排了中期回顾（重点：{names}）",
        "en": "The plan of your last result ({created}) had a check-in on {date} (focus: {names})",
    },
    "history.status.assess-reassess": {
        "zh": "这正是上次（{created}）的计划在 {date} 安排的重新评估（重点：{names}）",
        "en": "This is the re-assessment the plan of your last result ({created}) set for {date} (focus: {names})",
    },
    # ---- assess --since ----
    "history.since-no-compare": {
        "zh": "--since 和 --no-compare 不能同时使用",
        "en": "--since and --no-compare do not go together",
    },
    "history.since-other-ladder": {
        "zh": "--since 给出的结果属于“{ladder}”，这次自评的是“{expected}”；请给出同一职级体系的结果",
        "en": "the result --since names belongs to '{ladder}', and this assessment to '{expected}'; "
        "name a result of the same ladder",
    },
}
