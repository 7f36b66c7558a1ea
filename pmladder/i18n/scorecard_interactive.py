"""Words of the interactive scorecard, its sessions and saved results, and capability beside performance (zh, en)."""

from __future__ import annotations

from pmladder.i18n import Catalogue

_KEYS_EN = "; na and a reason if it does not apply; b back, ? help, q save and quit"
_KEYS_ZH = "；不适用请输入 na 和原因；b 上一项，? 说明，q 保存并退出"

MESSAGES: Catalogue = {
    # ---- the command line ----
    "scorecard.cli.no-tty": {
        "en": "stdin is not a terminal, so the values cannot be asked; give them with --values FILE "
        "(see docs/scorecard.md)",
        "zh": "标准输入不是终端，无法逐项提问；请用 --values FILE 提供数值（见 docs/scorecard.md）",
    },
    "scorecard.cli.restart-values": {
        "en": "--restart discards an unfinished period that was being asked; it does not go with --values",
        "zh": "--restart 用于丢弃逐项录入中未完成的考核期，不能与 --values 同用",
    },
    "scorecard.cli.bad-period": {
        "en": "--period {value!r}: give a short label of letters, digits, '.', '_' or '-' (such as 2026-H2)",
        "zh": "--period {value!r}：请给出由字母、数字、“.”“_”“-”组成的简短标签（例如 2026-H2）",
    },
    "scorecard.cli.saved": {"en": "Result saved to {path}", "zh": "结果已保存到 {path}"},
    "scorecard.cli.session-differs": {
        "en": "{option} {value!r}: the unfinished period being continued has {saved}; to start over: {command}",
        "zh": "{option} {value!r}：正在继续的未完成考核期是 {saved}；若要重新开始：{command}",
    },
    # ---- sessions ----
    "scorecard.session-busy": {
        "en": "another pmladder run is entering the values of scorecard {scorecard!r} (it holds {lock}); "
        "finish or quit it first; nothing was changed",
        "zh": "另一个 pmladder 正在录入考核表 {scorecard!r} 的数值（占用 {lock}）；请先完成或退出它；未做任何改动",
    },
    "scorecard.session-damaged": {
        "en": "the unfinished period could not be read ({problem}); it was kept as {kept} and a new one starts "
        "when you run the command again",
        "zh": "未完成的考核期无法读取（{problem}）；已保留为 {kept}，再次运行命令将重新开始",
    },
    "scorecard.session-damaged-in-place": {
        "en": "the unfinished period {path} could not be read ({problem}) nor moved aside; move it away yourself",
        "zh": "未完成的考核期 {path} 无法读取（{problem}），也无法移开；请手动移走它",
    },
    "scorecard.session-unfit": {
        "en": "the unfinished period {path} no longer fits the template ({problem}); to start over: {command}",
        "zh": "未完成的考核期 {path} 与模板不再相符（{problem}）；若要重新开始：{command}",
    },
    "scorecard.session-misfit": {
        "en": "{key!r} is no question of the template any more",
        "zh": "{key!r} 已不是模板中的问题",
    },
    "scorecard.session-misfit-value": {
        "en": "the value of {kpi!r} no longer reads: {problem}",
        "zh": "{kpi!r} 的数值已无法读取：{problem}",
    },
    # ---- completion ----
    "scorecard.complete.bundled": {"en": "bundled scorecard template", "zh": "内置考核表模板"},
    "scorecard.complete.user": {"en": "your scorecard template", "zh": "你的考核表模板"},
    # ---- asking ----
    "scorecard.ask.answers-one": {"en": "1 answer", "zh": "1 个回答"},
    "scorecard.ask.answers": {"en": "{count} answers", "zh": "{count} 个回答"},
    "scorecard.ask.intro": {
        "en": "{name}, period {period}: the values are asked one by one and saved after every answer.",
        "zh": "{name}，考核期 {period}：逐项录入数值，每答一项即保存。",
    },
    "scorecard.ask.resumed": {
        "en": "Continuing {name} where you stopped: {answers} so far.",
        "zh": "从上次停下的地方继续{name}：已有 {answers}。",
    },
    "scorecard.ask.keys": {
        "en": "Type the value and Enter" + _KEYS_EN + ".",
        "zh": "输入数值后回车" + _KEYS_ZH + "。",
    },
    "scorecard.ask.unfinished": {
        "en": "There is an unfinished period {period} of {name} (saved {when}, {answers}).",
        "zh": "{name}有一个未完成的考核期 {period}（保存于 {when}，{answers}）。",
    },
    "scorecard.ask.continue": {
        "en": "Continue it? Enter/c continue, r start over",
        "zh": "继续吗？回车/c 继续，r 重新开始",
    },
    "scorecard.ask.hint-continue": {
        "en": "Press Enter or type c to continue the saved period, r to discard it and start over, or q to quit "
        "(it stays saved)",
        "zh": "请直接回车或输入 c 继续已保存的考核期，输入 r 丢弃它并重新开始，输入 q 退出（进度仍然保存着）",
    },
    "scorecard.ask.stopped-kept": {
        "en": "stopped; the unfinished period is still saved; run the same command to continue",
        "zh": "已退出；未完成的考核期仍然保存着，再次运行同一命令即可继续",
    },
    "scorecard.ask.stopped-early": {
        "en": "stopped before the first answer; nothing to save",
        "zh": "已退出，还没有任何回答需要保存",
    },
    "scorecard.ask.saved-quit": {
        "en": "progress saved ({answers}) to {path}; continue with: {command}",
        "zh": "已保存进度（{answers}）到 {path}；继续：{command}",
    },
    "scorecard.ask.done": {"en": "All values entered ({answers}).", "zh": "数值已全部录入（{answers}）。"},
    "scorecard.ask.pick-stage": {
        "en": "Which lifecycle stage is the product in this period?",
        "zh": "本考核期产品处于哪个生命周期阶段？",
    },
    "scorecard.ask.prompt-stage": {"en": "Number 1-{last} (q quits)", "zh": "编号 1-{last}（q 退出）"},
    "scorecard.ask.hint-stage": {
        "en": "Type a number from 1 to {last}, then Enter",
        "zh": "请输入 1 到 {last} 之间的编号后回车",
    },
    "scorecard.ask.header-kpi": {"en": "KPI {index}/{total} {bar} {where}", "zh": "指标 {index}/{total} {bar} {where}"},
    "scorecard.ask.header-fact": {
        "en": "Figure {index}/{total} {bar} for the incentives",
        "zh": "数据 {index}/{total} {bar} 激励计算所需",
    },
    "scorecard.ask.header-milestone": {
        "en": "Milestone {index}/{total} {bar} for the awards",
        "zh": "里程碑 {index}/{total} {bar} 奖励所需",
    },
    "scorecard.ask.target": {"en": "target: {target} · weight {weight:g}", "zh": "目标：{target} · 权重 {weight:g}"},
    "scorecard.ask.fact-basis": {
        "en": "{rule}: the amount of {of}, in {currency}",
        "zh": "{rule}：{of}的金额（{currency}）",
    },
    "scorecard.ask.fact-share": {
        "en": "{rule}: your share of it, in percent",
        "zh": "{rule}：你所占的份额（百分比）",
    },
    "scorecard.ask.milestone": {"en": "{rule}: was this reached? {milestone}", "zh": "{rule}：是否已达成？{milestone}"},
    "scorecard.ask.prompt-percent-points": {"en": "Percent (88 or 88%)", "zh": "百分比（88 或 88%）"},
    "scorecard.ask.prompt-percent-fraction": {"en": "Percent (0.88 or 88%)", "zh": "百分比（0.88 或 88%）"},
    "scorecard.ask.prompt-percent-sign": {"en": "Percent, with its sign (88%)", "zh": "百分比，带 % 号（88%）"},
    "scorecard.ask.prompt-change-points": {
        "en": "Change in percent (25 or 25%; -5 for a fall)",
        "zh": "变化百分比（25 或 25%；下降写 -5）",
    },
    "scorecard.ask.prompt-change-fraction": {
        "en": "Change (0.25 or 25%; -0.05 for a fall)",
        "zh": "变化（0.25 或 25%；下降写 -0.05）",
    },
    "scorecard.ask.prompt-change-sign": {
        "en": "Change in percent, with its sign (25%; -5% for a fall)",
        "zh": "变化百分比，带 % 号（25%；下降写 -5%）",
    },
    "scorecard.ask.prompt-count": {"en": "How many (a whole number)", "zh": "数量（整数）"},
    "scorecard.ask.prompt-number": {"en": "Value (0 or more)", "zh": "数值（0 或以上）"},
    "scorecard.ask.prompt-rating": {"en": "Score from {min:g} to {max:g}", "zh": "评分 {min:g}-{max:g}"},
    "scorecard.ask.prompt-rating-by": {
        "en": "Score from {min:g} to {max:g}, or per rater: {raters}",
        "zh": "评分 {min:g}-{max:g}，或按打分方：{raters}",
    },
    "scorecard.ask.prompt-reason": {"en": "Why does it not apply?", "zh": "为什么不适用？"},
    "scorecard.ask.prompt-basis": {"en": "Amount (Enter to leave it out)", "zh": "金额（回车表示不提供）"},
    "scorecard.ask.prompt-share": {
        "en": "Percent (10 or 10%; Enter to leave it out)",
        "zh": "百分比（10 或 10%；回车表示不提供）",
    },
    "scorecard.ask.prompt-milestone": {"en": "y/n (Enter: no)", "zh": "y/n（回车表示否）"},
    "scorecard.ask.hint-empty": {
        "en": "Type the value" + _KEYS_EN,
        "zh": "请输入数值" + _KEYS_ZH,
    },
    "scorecard.ask.hint-reason": {
        "en": "A KPI marked na needs the reason it does not apply; type it, or b to go back",
        "zh": "标为 na 的指标需要说明不适用的原因；请输入原因，或输入 b 返回",
    },
    "scorecard.ask.hint-yes-no": {"en": "Type y or n, then Enter", "zh": "请输入 y 或 n 后回车"},
    "scorecard.ask.nothing-to-undo": {"en": "Nothing to undo yet.", "zh": "还没有可以撤销的回答。"},
    "scorecard.ask.undid": {"en": "↩ Undid: {what}", "zh": "↩ 已撤销：{what}"},
    "scorecard.ask.help": {
        "en": "Enter the actual value of the period in the KPI's unit, as the prompt shows. 85% is always 85 "
        "percent; a bare number is read as the template says. A KPI that does not apply this period: na and "
        "the reason (na: no customers yet); its weight goes to the KPIs beside it. Figures and milestones "
        "only change the incentives; Enter leaves a figure out.",
        "zh": "按提示的单位输入本考核期的实际数值。85% 总是表示百分之八十五；不带 % 的数字按模板的规定理解。"
        "本期不适用的指标：输入 na 和原因（例如 na: 还没有客户），它的权重会分给同一部分的其他指标。"
        "数据和里程碑只影响激励；数据可直接回车不提供。",
    },
    # ---- capability beside performance ----
    "scorecard.grid.title": {
        "en": "Capability and performance, period {period}",
        "zh": "能力与业绩，考核期 {period}",
    },
    "scorecard.grid.capability": {
        "en": "Capability: {ladder}, assessed {date}: {level} (level {position} of {levels} on the track), "
        "confidence {confidence}: {tier}",
        "zh": "能力：{ladder}，{date} 自评：{level}（该路线第 {position}/{levels} 级），可信度{confidence}：{tier}",
    },
    "scorecard.grid.performance": {
        "en": "Performance: {scorecard}, period {period}: total {total}: {tier}",
        "zh": "业绩：{scorecard}，考核期 {period}：总分 {total}：{tier}",
    },
    "scorecard.grid.no-level": {"en": "below the first level", "zh": "低于第一级"},
    "scorecard.grid.confidence.high": {"en": "high", "zh": "高"},
    "scorecard.grid.confidence.medium": {"en": "medium", "zh": "中"},
    "scorecard.grid.confidence.low": {"en": "low", "zh": "低"},
    "scorecard.grid.capability.upper": {"en": "upper third of the track", "zh": "路线上段"},
    "scorecard.grid.capability.middle": {"en": "middle third of the track", "zh": "路线中段"},
    "scorecard.grid.capability.lower": {"en": "lower third of the track", "zh": "路线下段"},
    "scorecard.grid.performance.below": {"en": "below target (<90)", "zh": "未达目标（<90）"},
    "scorecard.grid.performance.meets": {"en": "on target (90-110)", "zh": "达到目标（90-110）"},
    "scorecard.grid.performance.exceeds": {"en": "above target (≥110)", "zh": "超出目标（≥110）"},
    "scorecard.grid.performance.none": {"en": "not scored", "zh": "未计分"},
    "scorecard.grid.corner": {"en": "capability \\ performance", "zh": "能力 \\ 业绩"},
    "scorecard.grid.here": {"en": "● here", "zh": "● 在此"},
    "scorecard.grid.other-period": {
        "en": "Note: the assessment was made on {date}, not in period {period} nor in the 92 days after it.",
        "zh": "注意：这次自评做于 {date}，不在考核期 {period} 内，也不在其结束后 92 天内。",
    },
    "scorecard.grid.aid": {
        "en": "A capability × performance grid (a variant of the nine-box, which places performance against "
        "potential) is an aid to a conversation, not a label for a person.",
        "zh": "能力 × 业绩九宫格（九宫格的一种变体，常见的是业绩 × 潜力）只是沟通的辅助，不是给人贴的标签。",
    },
}
