"""Words of the assessment report (render/assessment.py)."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "render.assessment.title": {"zh": "职级自评结果", "en": "Self-assessment result"},
    "render.assessment.ladder": {"zh": "职级体系", "en": "Ladder"},
    "render.assessment.level": {"zh": "估计级别", "en": "Estimated level"},
    "render.assessment.type": {"zh": "类型", "en": "Type"},
    "render.assessment.range": {"zh": "范围（严格 … 宽松）", "en": "Range (strict … lenient)"},
    "render.assessment.track": {"zh": "路径", "en": "Track"},
    "render.assessment.other-tracks": {"zh": "其他路径", "en": "Other tracks"},
    "render.assessment.confidence": {"zh": "可信度", "en": "Confidence"},
    "render.assessment.answered": {"zh": "作答", "en": "Answered"},
    "render.assessment.answered-value": {
        "zh": "{answered}项评分，{na}项没有机会，{unverified}项未验证，{skipped}个能力跳过",
        "en": "{answered} rated · {na} no opportunity · {unverified} unverified · {skipped} skipped",
    },
    "render.assessment.date": {"zh": "日期", "en": "Date"},
    "render.assessment.reasons-title": {"zh": "可信度说明", "en": "About the confidence"},
    "render.assessment.below-first": {"zh": "第一级以下", "en": "below the first level"},
    "render.assessment.high": {"zh": "高", "en": "high"},
    "render.assessment.medium": {"zh": "中", "en": "medium"},
    "render.assessment.low": {"zh": "低", "en": "low"},
    "render.assessment.no-reasons": {"zh": "回答完整、一致", "en": "answers are complete and consistent"},
    "render.assessment.table-title": {
        "zh": "各能力（{track}，目标：{target}）",
        "en": "Competencies ({track}, target: {target})",
    },
    "render.assessment.table-title-one": {"zh": "各能力（目标：{target}）", "en": "Competencies (target: {target})"},
    "render.assessment.no-target": {"zh": "已是最高级", "en": "top level"},
    "render.assessment.col-competency": {"zh": "能力", "en": "Competency"},
    "render.assessment.col-floor": {"zh": "已达到", "en": "Floor"},
    "render.assessment.col-bar": {"zh": "对比目标", "en": "Against target"},
    "render.assessment.col-progress": {"zh": "下一级进度", "en": "Next level"},
    "render.assessment.col-flags": {"zh": "提示", "en": "Flags"},
    "render.assessment.core-mark": {"zh": "（核心）", "en": " (core)"},
    "render.assessment.legend": {
        "zh": "█ 已达到  ▓ 仅未验证评分支持  ? 未观察（跳过或没有机会）  ░ 距目标的差距  · 目标以上；★ 核心能力",
        "en": "█ reached  ▓ only with unverified ratings  ? not observed (skipped or no opportunity)  "
        "░ gap to the target  · above the target; ★ core",
    },
    "render.assessment.holds-title": {
        "zh": "是什么卡住了下一级：{level}",
        "en": "What holds back the next level: {level}",
    },
    "render.assessment.holds-top": {"zh": "已是本路径的最高级。", "en": "This is the top of the track."},
    "render.assessment.holds-none": {"zh": "没有足够的回答来判断。", "en": "There are not enough answers to tell."},
    "render.assessment.binding": {"zh": "卡点：{items}", "en": "Binding: {items}"},
    "render.assessment.why-core": {"zh": "核心能力未达到", "en": "core, not met"},
    "render.assessment.why-shortfall": {"zh": "差距超过{n}级", "en": "more than {n} levels short"},
    "render.assessment.why-shortfall-one": {"zh": "差距超过{n}级", "en": "more than {n} level short"},
    "render.assessment.why-share": {"zh": "拉低达标比例", "en": "lowers the share that passes"},
    "render.assessment.smallest": {
        "zh": "最小改变：以下{count}项回答改变后，估计会升到{level}：",
        "en": "Smallest change: {count} answers to change for the estimate to reach {level}:",
    },
    "render.assessment.smallest-one": {
        "zh": "最小改变：以下{count}项回答改变后，估计会升到{level}：",
        "en": "Smallest change: {count} answer to change for the estimate to reach {level}:",
    },
    "render.assessment.smallest-none": {
        "zh": "仅靠改变评分无法升到下一级。",
        "en": "No change of ratings alone moves the estimate up.",
    },
    "render.assessment.change-raise": {"zh": "做到2分（现在：{current}）", "en": "reach 2 (now: {current})"},
    "render.assessment.change-evidence": {
        "zh": "补一个实例（现在：{current}分，未验证）",
        "en": "add an example (now: {current}, unverified)",
    },
    "render.assessment.change-contra": {
        "zh": "改掉这个陷阱（现在：{current}分）",
        "en": "leave this trap behind (now: {current})",
    },
    "render.assessment.unrated": {"zh": "未作答", "en": "not rated"},
    "render.assessment.plan-title": {
        "zh": "发展计划：迈向{target}（{track}）",
        "en": "Development plan toward {target} ({track})",
    },
    "render.assessment.plan-title-one": {"zh": "发展计划：迈向{target}", "en": "Development plan toward {target}"},
    "render.assessment.plan-top": {"zh": "发展计划：保持在{level}", "en": "Development plan: staying at {level}"},
    "render.assessment.plan-dates": {
        "zh": "中期回顾：{check_in} · 重新评估：{reassess}（{months}个月后）",
        "en": "Check-in: {check_in} · Re-assess: {reassess} (in {months} months)",
    },
    "render.assessment.plan-empty": {
        "zh": "目标级别要求的能力都已达到；用重新评估确认。",
        "en": "Every competency the target asks for is already met; confirm it at the re-assessment.",
    },
    "render.assessment.plan-no-data": {
        "zh": "回答太少，还不能制定计划：请回答目标级别的问题后重新评估。",
        "en": "Too little was answered to plan: answer the target level's questions and re-assess.",
    },
    "render.assessment.area-title": {"zh": "{n}. {name}", "en": "{n}. {name}"},
    "render.assessment.area-blocker": {"zh": "阻碍项", "en": "blocker"},
    "render.assessment.area-gap": {"zh": "差{gap}级·权重{weight}", "en": "{gap} levels short · weight {weight}"},
    "render.assessment.area-gap-one": {"zh": "差{gap}级·权重{weight}", "en": "{gap} level short · weight {weight}"},
    "render.assessment.area-unmet": {"zh": "要做到的行为：", "en": "Behaviours to build:"},
    "render.assessment.area-traps": {"zh": "要走出的陷阱：", "en": "Trap to leave behind:"},
    "render.assessment.area-actions": {"zh": "行动（70-20-10）：", "en": "Actions (70-20-10):"},
    "render.assessment.area-no-actions": {
        "zh": "职级体系没有为这项能力给出行动建议。",
        "en": "The ladder gives no actions for this competency.",
    },
    "render.assessment.kind-experience": {"zh": "实践（70）", "en": "70 Experience"},
    "render.assessment.kind-exposure": {"zh": "向他人学（20）", "en": "20 Exposure"},
    "render.assessment.kind-education": {"zh": "学习（10）", "en": "10 Education"},
    "render.assessment.area-evidence": {"zh": "要收集的证据：", "en": "Evidence to collect:"},
    "render.assessment.area-goal": {"zh": "SMART 目标草稿：", "en": "SMART goal draft:"},
    "render.assessment.strengths": {"zh": "优势（已达到目标级别）：", "en": "Strengths (at or above the target):"},
    "render.assessment.strengths-none": {"zh": "暂无", "en": "none yet"},
    "render.assessment.status-missed": {"zh": "未达到", "en": "not yet"},
    "render.assessment.status-unverified": {"zh": "未验证", "en": "unverified"},
    "render.assessment.status-na": {"zh": "没有机会", "en": "no opportunity"},
    "render.assessment.status-implied": {"zh": "推定", "en": "implied"},
    "render.assessment.status-met": {"zh": "已达到", "en": "met"},
    # confidence reasons (docs/assessment-method.md)
    "render.assessment.reason-few_answers": {"zh": "只回答了{count}项", "en": "only {count} items answered"},
    "render.assessment.reason-few_answers-one": {"zh": "只回答了{count}项", "en": "only {count} item answered"},
    "render.assessment.reason-unverified": {
        "zh": "{count}个2–3分评分没有实例（{share}）",
        "en": "{count} ratings of 2-3 have no example ({share})",
    },
    "render.assessment.reason-unverified-one": {
        "zh": "{count}个2–3分评分没有实例（{share}）",
        "en": "{count} rating of 2-3 has no example ({share})",
    },
    "render.assessment.reason-na_share": {
        "zh": "{count}项选了“没有机会”（{share}）",
        "en": "{count} items answered “no opportunity” ({share})",
    },
    "render.assessment.reason-na_share-one": {
        "zh": "{count}项选了“没有机会”（{share}）",
        "en": "{count} item answered “no opportunity” ({share})",
    },
    "render.assessment.reason-not_observed": {
        "zh": "{count}个级别的指标全是“没有机会”：{competencies}",
        "en": "{count} levels with every indicator “no opportunity”: {competencies}",
    },
    "render.assessment.reason-not_observed-one": {
        "zh": "{count}个级别的指标全是“没有机会”：{competencies}",
        "en": "{count} level with every indicator “no opportunity”: {competencies}",
    },
    "render.assessment.reason-not_observed-skipped": {
        "zh": "{count}个级别未观察（“没有机会”或跳过）：{competencies}",
        "en": "{count} levels not observed (“no opportunity” or skipped): {competencies}",
    },
    "render.assessment.reason-not_observed-skipped-one": {
        "zh": "{count}个级别未观察（“没有机会”或跳过）：{competencies}",
        "en": "{count} level not observed (“no opportunity” or skipped): {competencies}",
    },
    "render.assessment.reason-unobserved": {
        "zh": "{count}项能力没有任何评分：{competencies}",
        "en": "nothing rated for {count} competencies: {competencies}",
    },
    "render.assessment.reason-unobserved-one": {
        "zh": "{count}项能力没有任何评分：{competencies}",
        "en": "nothing rated for {count} competency: {competencies}",
    },
    "render.assessment.reason-inconsistent": {
        "zh": "{count}项能力高一级达到而低一级未达到：{competencies}",
        "en": "{count} competencies meet a higher level while missing a lower one: {competencies}",
    },
    "render.assessment.reason-inconsistent-one": {
        "zh": "{count}项能力高一级达到而低一级未达到：{competencies}",
        "en": "{count} competency meets a higher level while missing a lower one: {competencies}",
    },
    "render.assessment.reason-situational_mismatch": {
        "zh": "{count}道情境题的选择与自评不符",
        "en": "{count} situational answers disagree with the self-ratings",
    },
    "render.assessment.reason-situational_mismatch-one": {
        "zh": "{count}道情境题的选择与自评不符",
        "en": "{count} situational answer disagrees with the self-ratings",
    },
    "render.assessment.reason-straight_lining": {
        "zh": "{count}项评分中{share}都是{rating}分",
        "en": "{share} of {count} ratings are all {rating}",
    },
    "render.assessment.reason-contra": {
        "zh": "认同了{count}个陷阱描述：{questions}",
        "en": "endorsed {count} traps: {questions}",
    },
    "render.assessment.reason-contra-one": {
        "zh": "认同了{count}个陷阱描述：{questions}",
        "en": "endorsed {count} trap: {questions}",
    },
    "render.assessment.reason-skipped": {
        "zh": "跳过了{count}项能力：{competencies}",
        "en": "skipped {count} competencies: {competencies}",
    },
    "render.assessment.reason-skipped-one": {
        "zh": "跳过了{count}项能力：{competencies}",
        "en": "skipped {count} competency: {competencies}",
    },
    # competency flags
    "render.assessment.flag-skipped": {"zh": "已跳过", "en": "skipped"},
    "render.assessment.flag-not_observed_all": {"zh": "未观察", "en": "not observed"},
    "render.assessment.flag-not_observed": {"zh": "部分未观察", "en": "partly not observed"},
    "render.assessment.flag-unverified": {"zh": "{count}项未验证", "en": "{count} unverified"},
    "render.assessment.flag-inconsistent": {"zh": "不一致", "en": "inconsistent"},
    "render.assessment.flag-contra": {"zh": "陷阱：{name}", "en": "trap: {name}"},
    "render.assessment.flag-situational_mismatch": {"zh": "情境题不符", "en": "situational mismatch"},
    # since last time (pmladder/progress.py)
    "render.assessment.since-title": {"zh": "与上次相比（{date}）", "en": "Since last time ({date})"},
    "render.assessment.since-changed": {
        "zh": "职级体系在此期间有改动：只比较仍然存在的能力和级别。",
        "en": "The ladder has changed since then: only competencies and levels that still exist are compared.",
    },
    "render.assessment.since-level": {
        "zh": "级别：{previous} → {current}（{move}）",
        "en": "Level: {previous} → {current} ({move})",
    },
    "render.assessment.move-up": {"zh": "上升", "en": "up"},
    "render.assessment.move-down": {"zh": "下降", "en": "down"},
    "render.assessment.move-same": {"zh": "不变", "en": "unchanged"},
    "render.assessment.move-none": {
        "zh": "无法比较：上次的级别已不在这条路径上",
        "en": "not comparable: the earlier level is no longer on this track",
    },
    "render.assessment.since-range": {"zh": "范围：{previous} → {current}", "en": "Range: {previous} → {current}"},
    "render.assessment.since-up": {"zh": "提升：{items}", "en": "Moved up: {items}"},
    "render.assessment.since-down": {"zh": "下降：{items}", "en": "Moved down: {items}"},
    "render.assessment.since-item": {"zh": "{name}（{previous} → {current}）", "en": "{name} ({previous} → {current})"},
    "render.assessment.since-none": {"zh": "各能力的已达到级别都没有变化。", "en": "No competency's floor moved."},
    "render.assessment.since-focus": {
        "zh": "上次计划的重点（迈向{target}）：{items}",
        "en": "Focus areas of the last plan (toward {target}): {items}",
    },
    "render.assessment.focus-met": {"zh": "{name}：已达到", "en": "{name}: met"},
    "render.assessment.focus-not_met": {
        "zh": "{name}：尚未达到（现在：{floor}）",
        "en": "{name}: not yet (now {floor})",
    },
    "render.assessment.focus-not_observed": {"zh": "{name}：本次未评分", "en": "{name}: not rated this time"},
    "render.assessment.focus-gone": {"zh": "{name}：已不在职级体系中", "en": "{name}: no longer in the ladder"},
}
