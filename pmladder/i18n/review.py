"""Words of `pmladder review`: results that do not belong together, and the perception-gap report."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # ---- results that do not belong together (one line each, exit 1)
    "review.first-not-self": {
        "zh": "{file} 是{role}评价，不是自评：review 的第一个文件应是本人的自评，其后是上级和同事的评价",
        "en": "{file} is a {role} rating, not a self-assessment: give the self-assessment first, then the manager's "
        "and peers' ratings",
    },
    "review.no-others": {
        "zh": "只有 {file} 一份自评：再给出至少一份上级或同事的评价（pmladder feedback request 可以请他们评价）",
        "en": "only the self-assessment {file} was given: add at least one manager's or peer's rating "
        "(pmladder feedback request asks for one)",
    },
    "review.two-selves": {
        "zh": "{file} 也是一份自评：review 比较 {first} 与上级和同事的评价；"
        "两次自评的比较请用 pmladder assess 的“与上次相比”",
        "en": "{file} is a self-assessment too: review compares {first} with a manager's and peers' ratings; "
        "two self-assessments are compared by assess's 'since last time'",
    },
    "review.other-ladder": {
        "zh": "{file} 是职级体系 {ladder} 上的结果，而自评是 {expected} 上的：只能比较同一职级体系的结果",
        "en": "{file} is a result on the ladder {ladder} and the self-assessment is on {expected}: "
        "only results of one ladder can be compared",
    },
    "review.other-person": {
        "zh": "{file} 评价的是“{person}”，而不是“{expected}”：只能比较对同一个人的评价",
        "en": "{file} rates '{person}', not '{expected}': only ratings of one person can be compared",
    },
    "review.same-file": {
        "zh": "{file} 给了两次：每份结果只能算一次",
        "en": "{file} is given twice: each result counts once",
    },
    "review.role.manager": {"zh": "上级", "en": "manager's"},
    "review.role.peer": {"zh": "同事", "en": "peer's"},
    # ---- the report
    "review.report.title": {"zh": "自评与他评的差距：{person}", "en": "Perception gaps: {person}"},
    "review.report.notes-title": {"zh": "说明", "en": "Notes"},
    "review.report.about": {"zh": "被评价者", "en": "About"},
    "review.report.ladder": {"zh": "职级体系", "en": "Ladder"},
    "review.report.track": {"zh": "路径", "en": "Track"},
    "review.report.self": {"zh": "自评", "en": "Self-assessment"},
    "review.report.view": {"zh": "{level}（{date}，{file}）", "en": "{level} ({date}, {file})"},
    "review.report.ladder-changed": {
        "zh": "{file} 是按另一个版本的职级体系做的：只比较现在仍然存在的能力和级别",
        "en": "{file} was made with another version of the ladder: only what still exists is compared",
    },
    "review.report.combined": {"zh": "综合估计", "en": "Combined estimate"},
    "review.report.combined-value": {"zh": "{level}（范围：{low} … {high}）", "en": "{level} (range: {low} … {high})"},
    "review.report.group-self": {"zh": "自评", "en": "self"},
    "review.report.group-manager": {"zh": "上级", "en": "manager"},
    "review.report.group-peer": {"zh": "同事（中位数）", "en": "peers (median)"},
    "review.report.weights": {
        "zh": "综合估计的权重：{weights}。每一方各算一份（同事取中位数），缺席的一方不计，其余各方平分；"
        "取最接近的级别（正好居中时取低的），范围是各方级别的最低到最高。",
        "en": "The combined estimate weighs {weights}: each group counts once (peers by their median), a "
        "missing group is left out and the others share its weight; it is the nearest level (a tie goes "
        "down), and the range runs from the lowest group's level to the highest's.",
    },
    "review.report.table-title": {
        "zh": "各能力：本人、上级与同事眼中的级别",
        "en": "Competency by competency: the level each view reaches",
    },
    "review.report.competency": {"zh": "能力", "en": "Competency"},
    "review.report.col-self": {"zh": "自评", "en": "Self"},
    "review.report.col-manager": {"zh": "上级", "en": "Manager"},
    "review.report.col-peers": {"zh": "同事（中位数）", "en": "Peers (median)"},
    "review.report.col-difference": {"zh": "差距", "en": "Difference"},
    "review.report.col-flag": {"zh": "标记", "en": "Flag"},
    "review.report.peers-count": {"zh": "{value}（{count} 人）", "en": "{value} ({count})"},
    "review.report.between": {"zh": "{low}与{high}之间", "en": "between {low} and {high}"},
    "review.report.flag-two-levels": {"zh": "相差两级以上", "en": "2+ levels apart"},
    "review.report.flag-core": {"zh": "核心能力有差距", "en": "core, differs"},
    "review.report.title-blind-spot": {
        "zh": "盲点：别人看到的比你多",
        "en": "Blind spots: others see more than you do",
    },
    "review.report.title-over-estimate": {
        "zh": "高估：你看到的比别人多",
        "en": "Over-estimates: you see more than others do",
    },
    "review.report.title-mixed": {
        "zh": "看法不一：上级和同事在你的两边",
        "en": "Mixed views: your manager and peers on either side of you",
    },
    "review.report.gap-line": {"zh": "{name}：自评 {self}；{others}", "en": "{name}: you {self}; {others}"},
    "review.report.gap-manager": {"zh": "上级 {level}（{difference}）", "en": "manager {level} ({difference})"},
    "review.report.gap-peers": {"zh": "同事 {level}（{difference}）", "en": "peers {level} ({difference})"},
    "review.report.list": {"zh": "，", "en": ", "},
    "review.report.title-discuss": {"zh": "值得一谈的问题", "en": "Questions to discuss"},
    "review.report.ask-self-only": {
        "zh": "“{text}”（{level}）：你认为做到了，{raters}认为还没有。哪个实例能说明？他们看到的又是什么？",
        "en": "“{text}” ({level}): you say yes, {raters} not yet. Which example shows it, and what did they "
        "see instead?",
    },
    "review.report.ask-others-only": {
        "zh": "“{text}”（{level}）：{raters}认为做到了，你认为还没有。他们看到了什么是你没有算进去的？",
        "en": "“{text}” ({level}): {raters} say yes, you do not. What have they seen that you discount?",
    },
    "review.report.ask-next-step": {
        "zh": "“{text}”（{level}）：要做到这一点需要什么？谁会最先注意到？",
        "en": "“{text}” ({level}): what would it take, and who would notice first?",
    },
    "review.report.who-manager": {"zh": "上级", "en": "your manager"},
    "review.report.who-peer": {"zh": "同事", "en": "peers"},
    "review.report.and": {"zh": "和", "en": " and "},
    "review.report.no-flags": {
        "zh": "没有需要标记的差距：各方看法相差不到两级，核心能力上一致。",
        "en": "No gap to flag: the views are less than two levels apart, and agree on every core competency.",
    },
    "review.report.rule": {
        "zh": "标记规则：任一方与自评相差两级或以上（TACO 规则），或在核心能力上有任何差距。"
        "级别是各能力在该路径上达到的级别；同事取中位数，差距是“他人减自评”（他人为上级与同事的平均）。",
        "en": "Flagged: any view two levels or more from the self-assessment (the TACO rule), or any difference "
        "on a core competency. A view is the level a competency's floor reaches on the track; peers count "
        "by their median; the difference is others minus self (others: the mean of manager and peers).",
    },
}
