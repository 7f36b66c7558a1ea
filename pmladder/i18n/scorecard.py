"""Words of the scorecard codes (rules of a scorecard file, entered values, incentive outcomes) in zh and en."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # ---- rules of a scorecard file (pmladder/rules/scorecard.py) ----
    "scorecard.duplicate-stage": {
        "en": "duplicate stage id {id!r} (first at line {line})",
        "zh": "重复的阶段 id {id!r}（第一次出现在第 {line} 行）",
    },
    "scorecard.duplicate-section": {
        "en": "duplicate section id {id!r} (first at line {line}); section ids are unique in the whole file",
        "zh": "重复的部分 id {id!r}（第一次出现在第 {line} 行）；部分 id 在整个文件中必须唯一",
    },
    "scorecard.duplicate-kpi": {
        "en": "duplicate KPI id {id!r} (first at line {line}); KPI ids are unique in the whole file, "
        "since entered values are keyed by them",
        "zh": "重复的指标 id {id!r}（第一次出现在第 {line} 行）；录入的数值以指标 id 为键，所以它在整个文件中必须唯一",
    },
    "scorecard.duplicate-rule": {
        "en": "duplicate incentive rule id {id!r} (first at line {line})",
        "zh": "重复的激励规则 id {id!r}（第一次出现在第 {line} 行）",
    },
    "scorecard.duplicate-rater": {
        "en": "duplicate rater id {id!r} (first at line {line})",
        "zh": "重复的打分方 id {id!r}（第一次出现在第 {line} 行）",
    },
    "scorecard.no-kpis": {
        "en": "the scorecard has no sections and no stages: nothing to score",
        "zh": "考核表既没有 sections 也没有 stages：没有可以打分的内容",
    },
    "scorecard.empty-section": {
        "en": "section {section!r} holds no KPI and no sub-section",
        "zh": "部分 {section!r} 既没有指标也没有子部分",
    },
    "scorecard.weights-sum": {
        "en": "the weights inside section {section!r} add up to {total:g}, not to its weight {expected:g}",
        "zh": "部分 {section!r} 内的权重合计为 {total:g}，而不是它自己的权重 {expected:g}",
    },
    "scorecard.weights-top": {
        "en": "the weights of the top-level sections add up to {total:g}, not 100",
        "zh": "顶层各部分的权重合计为 {total:g}，而不是 100",
    },
    "scorecard.weights-stage": {
        "en": "in stage {stage!r} the common sections and the stage's own add up to {total:g}, not 100",
        "zh": "阶段 {stage!r} 中，共用部分与该阶段自己的部分合计为 {total:g}，而不是 100",
    },
    "scorecard.target-direction": {
        "en": "KPI {kpi!r}: a target of kind {kind} does not fit direction {direction} "
        "(at_least, count and rating are for up, at_most for down)",
        "zh": "指标 {kpi!r}：{kind} 类目标与方向 {direction} 不符"
        "（at_least、count、rating 用于 up，at_most 用于 down）",
    },
    "scorecard.growth-sign": {
        "en": "KPI {kpi!r}: a growth of {by:g} does not fit direction {direction} "
        "(a rise is positive and goes up, a cut is negative and goes down)",
        "zh": "指标 {kpi!r}：增长 {by:g} 与方向 {direction} 不符（提升写正数、方向 up；降低写负数、方向 down）",
    },
    "scorecard.target-unit": {
        "en": "KPI {kpi!r}: a target of kind {kind} does not fit unit {unit} "
        "(growth goes with change, count with count, rating with rating)",
        "zh": "指标 {kpi!r}：{kind} 类目标与单位 {unit} 不符"
        "（growth 对应 change，count 对应 count，rating 对应 rating）",
    },
    "scorecard.target-beyond-unit": {
        "en": "KPI {kpi!r}: the target {value:g} is outside what unit {unit} allows",
        "zh": "指标 {kpi!r}：目标 {value:g} 超出了单位 {unit} 允许的范围",
    },
    "scorecard.scale-empty": {
        "en": "KPI {kpi!r}: the scale runs from {min:g} to {max:g}; its top must be above its bottom",
        "zh": "指标 {kpi!r}：评分范围是 {min:g} 到 {max:g}；上限必须高于下限",
    },
    "scorecard.target-off-scale": {
        "en": "KPI {kpi!r}: the target {value:g} is not on the scale above {min:g} up to {max:g}",
        "zh": "指标 {kpi!r}：目标 {value:g} 不在 {min:g}（不含）到 {max:g} 的评分范围内",
    },
    "scorecard.unknown-kpi": {
        "en": "unknown KPI {value!r}; KPIs: {valid}",
        "zh": "未知的指标 {value!r}；已有指标：{valid}",
    },
    "scorecard.unknown-section": {
        "en": "unknown section {value!r}; sections: {valid}",
        "zh": "未知的部分 {value!r}；已有部分：{valid}",
    },
    "scorecard.unknown-stage": {
        "en": "unknown stage {value!r}; stages: {valid}",
        "zh": "未知的阶段 {value!r}；已有阶段：{valid}",
    },
    "scorecard.kpi-other-stage": {
        "en": "KPI {value!r} is not scored in stage(s) {stages} where this rule applies; "
        "limit the rule with stages, or name a KPI of those stages",
        "zh": "指标 {value!r} 不在本规则适用的阶段 {stages} 中打分；请用 stages 限定规则，或改用这些阶段的指标",
    },
    "scorecard.section-other-stage": {
        "en": "section {value!r} is not scored in stage(s) {stages} where this rule applies; "
        "limit the rule with stages, or name a section of those stages",
        "zh": "部分 {value!r} 不在本规则适用的阶段 {stages} 中打分；请用 stages 限定规则，或改用这些阶段的部分",
    },
    "scorecard.unknown-bonus": {
        "en": "a deduction applies to a bonus rule, and {value!r} is none; bonus rules: {valid}",
        "zh": "扣减只能作用于奖金规则，{value!r} 不是奖金规则；已有奖金规则：{valid}",
    },
    "scorecard.bonus-multiplier": {
        "en": "bonus {rule!r} needs either a multiplier or bands, not both and not neither",
        "zh": "奖金 {rule!r} 需要 multiplier 或 bands 二者之一（不能都写，也不能都不写）",
    },
    "scorecard.band-empty": {
        "en": "a band from {start:g} to {end:g} holds no score: to must be above from",
        "zh": "从 {start:g} 到 {end:g} 的分档不包含任何分数：to 必须大于 from",
    },
    "scorecard.bands-overlap": {
        "en": "band {band} starts at {start:g}, before the band before it ends ({end:g}): bands must not overlap",
        "zh": "第 {band} 档从 {start:g} 开始，早于前一档的结束（{end:g}）：分档不能重叠",
    },
    "scorecard.bands-after-open": {
        "en": "band {band} follows a band with no end (no to): only the last band may leave out to",
        "zh": "第 {band} 档跟在一个没有终点（没写 to）的分档之后：只有最后一档可以不写 to",
    },
    "scorecard.bands-gap": {
        "en": "no band covers the scores from {start:g} to {end:g}: each band starts where the one before ends",
        "zh": "从 {start:g} 到 {end:g} 的分数没有任何分档覆盖：每一档应从前一档结束处开始",
    },
    "scorecard.range-order": {
        "en": "the range runs from {low:g} down to {high:g}: its start must not be above its end",
        "zh": "区间从 {low:g} 到 {high:g}：起点不能高于终点",
    },
    "scorecard.unknown-id": {
        "en": "the assumption is about {value!r}, which is no KPI, section, stage or rule of this file",
        "zh": "这条假设涉及 {value!r}，但它不是本文件中的指标、部分、阶段或规则",
    },
    "scorecard.missing-text": {
        "en": "the {lang} text is blank: write it in both languages",
        "zh": "{lang} 文本是空白：请用两种语言都写上",
    },
    # ---- values entered for a period (pmladder/scorecard_values.py) ----
    "scorecard.value-unreadable": {
        "en": "{value!r} is not a number",
        "zh": "{value!r} 不是数字",
    },
    "scorecard.value-percent-sign": {
        "en": "{value!r}: this KPI is not measured in percent; give the number alone",
        "zh": "{value!r}：这个指标不以百分比计量；请只写数字",
    },
    "scorecard.value-not-finite": {
        "en": "{value!r} is not a finite number",
        "zh": "{value!r} 不是有限的数字",
    },
    "scorecard.value-percent-ambiguous": {
        "en": "{value!r}: the scorecard does not say how to read a bare number as a percent; write it with "
        "a % sign (such as {example})",
        "zh": "{value!r}：考核表没有说明不带 % 的数字如何按百分比理解；请带上 % 号（例如 {example}）",
    },
    "scorecard.value-negative": {
        "en": "{value!r} is negative; this KPI takes zero or more",
        "zh": "{value!r} 是负数；这个指标只能是 0 或更大",
    },
    "scorecard.value-above-unit": {
        "en": "{value!r} is above {limit}%, the most a share can be",
        "zh": "{value!r} 超过了 {limit}%，这是占比的上限",
    },
    "scorecard.value-below-unit": {
        "en": "{value!r} is below {limit}%: nothing falls by more than all of it",
        "zh": "{value!r} 低于 {limit}%：下降不可能超过全部",
    },
    "scorecard.value-not-whole": {
        "en": "{value!r} is not a whole number; this KPI counts things",
        "zh": "{value!r} 不是整数；这个指标是计数",
    },
    "scorecard.value-off-scale": {
        "en": "{value!r} is not on the scale from {min:g} to {max:g}",
        "zh": "{value!r} 不在 {min:g} 到 {max:g} 的评分范围内",
    },
    "scorecard.value-not-rated": {
        "en": "KPI {kpi!r} has no raters; give one value",
        "zh": "指标 {kpi!r} 没有打分方；请只写一个数值",
    },
    "scorecard.value-unknown-rater": {
        "en": "unknown rater {value!r}; raters: {valid}",
        "zh": "未知的打分方 {value!r}；已有打分方：{valid}",
    },
    "scorecard.value-unknown-kpi": {
        "en": "unknown KPI {value!r}; KPIs of this period: {valid}",
        "zh": "未知的指标 {value!r}；本期的指标：{valid}",
    },
    "scorecard.value-other-stage": {
        "en": "KPI {value!r} belongs to another stage, not to {stage!r}",
        "zh": "指标 {value!r} 属于其他阶段，不属于 {stage!r}",
    },
    "scorecard.values-missing": {
        "en": "no value for {kpis}: give a value, or na with the reason it does not apply",
        "zh": "缺少 {kpis} 的数值：请填写数值，或写 na 并说明不适用的原因",
    },
    "scorecard.values-other-scorecard": {
        "en": "these values are for scorecard {value!r}, not {scorecard!r}",
        "zh": "这些数值属于考核表 {value!r}，而不是 {scorecard!r}",
    },
    "scorecard.values-no-stages": {
        "en": "scorecard {scorecard!r} has no stages: leave stage out",
        "zh": "考核表 {scorecard!r} 没有阶段：请去掉 stage",
    },
    "scorecard.values-stage-missing": {
        "en": "this scorecard has stages: say which one with stage ({valid})",
        "zh": "这张考核表分阶段：请用 stage 指明是哪个阶段（{valid}）",
    },
    "scorecard.values-unknown-stage": {
        "en": "unknown stage {value!r}; stages: {valid}",
        "zh": "未知的阶段 {value!r}；已有阶段：{valid}",
    },
    "scorecard.value-unknown-milestone": {
        "en": "{value!r} is no rule with a milestone; rules with one: {valid}",
        "zh": "{value!r} 不是带里程碑的规则；带里程碑的规则：{valid}",
    },
    # ---- why an incentive rule gives what it gives (pmladder/scorecard.py) ----
    "scorecard.outcome.other-stage": {
        "en": "applies in stage(s) {stages}, not in {stage}",
        "zh": "适用于阶段 {stages}，不适用于 {stage}",
    },
    "scorecard.outcome.not-met": {
        "en": "not met: {kpis}",
        "zh": "未达标：{kpis}",
    },
    "scorecard.outcome.gate-na": {
        "en": "needs {kpis}, marked na",
        "zh": "需要 {kpis}，但已标为 na",
    },
    "scorecard.outcome.section-below": {
        "en": "{section} scored {score:.1f}, below 100",
        "zh": "{section}得分 {score:.1f}，低于 100",
    },
    "scorecard.outcome.section-unscored": {
        "en": "{section} has no score (every KPI in it is na)",
        "zh": "{section}没有得分（其中的指标都是 na）",
    },
    "scorecard.outcome.no-score": {
        "en": "no score to pick a band by (every KPI is na)",
        "zh": "没有可用于分档的得分（所有指标都是 na）",
    },
    "scorecard.outcome.below-bands": {
        "en": "the score {score:.1f} is below every band",
        "zh": "得分 {score:.1f} 低于所有分档",
    },
    "scorecard.outcome.band": {
        "en": "score {score:.1f}: {multiplier:g} times base pay",
        "zh": "得分 {score:.1f}：基础工资的 {multiplier:g} 倍",
    },
    "scorecard.outcome.deducted": {
        "en": "{percent:g}% taken off by {rule}",
        "zh": "因 {rule} 扣减 {percent:g}%",
    },
    "scorecard.outcome.needs-facts": {
        "en": "earned; the amount needs {facts} among the facts",
        "zh": "已获得；金额需要在 facts 中提供 {facts}",
    },
    "scorecard.outcome.amount-outside": {
        "en": "earned; the amount is set outside the scorecard",
        "zh": "已获得；金额在考核表之外确定",
    },
    "scorecard.outcome.milestone-not-reached": {
        "en": "the milestone is not declared reached",
        "zh": "里程碑未声明达成",
    },
    # ---- targets and units, for prompts and reports (pmladder.scorecard.describe_target) ----
    "scorecard.target.at-least": {"en": "at least {value:g}{unit}", "zh": "不低于 {value:g}{unit}"},
    "scorecard.target.at-most": {"en": "at most {value:g}{unit}", "zh": "不高于 {value:g}{unit}"},
    "scorecard.target.growth": {"en": "up {by:g}% or more against {baseline}", "zh": "较{baseline}增长至少 {by:g}%"},
    "scorecard.target.cut": {"en": "down {by:g}% or more against {baseline}", "zh": "较{baseline}降低至少 {by:g}%"},
    "scorecard.target.count": {"en": "at least {value} {label}", "zh": "至少 {value} {label}"},
    "scorecard.target.rating": {
        "en": "at least {value:g} on a scale of {min:g} to {max:g}",
        "zh": "不低于 {value:g} 分（{min:g}–{max:g} 分制）",
    },
    "scorecard.target.rating-by": {
        "en": "at least {value:g} on a scale of {min:g} to {max:g}, rated by {raters}",
        "zh": "不低于 {value:g} 分（{min:g}–{max:g} 分制），由{raters}打分",
    },
    "scorecard.unit.hours": {"en": " hours", "zh": " 小时"},
    "scorecard.unit.days": {"en": " days", "zh": " 天"},
}
