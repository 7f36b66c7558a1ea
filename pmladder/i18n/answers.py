"""Words of the answers rules: answers that do not fit their ladder, command-line ids it does not have."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # ---- issues of an answers file (the issue code is the key; one code, one sentence) ----
    "answers-ladder-mismatch": {
        "zh": "答案属于职级体系 {got!r}，而不是 {want!r}",
        "en": "the answers are for ladder {got!r}, not {want!r}",
    },
    # two codes carry one of two sentences each, as they always did: the sentence is a parameter
    "answers-unknown-indicator": {"zh": "{detail}", "en": "{detail}"},
    "answers.unknown-indicator": {
        "zh": "未知的行为指标 {id!r}（职级体系 {ladder!r} 中没有）",
        "en": "unknown indicator {id!r} (not in ladder {ladder!r})",
    },
    "answers.evidence-unknown-indicator": {
        "zh": "为未知的行为指标 {id!r} 提供了例证",
        "en": "evidence for unknown indicator {id!r}",
    },
    "answers-evidence-unrated": {
        "zh": "为行为指标 {id!r} 提供了例证，但它所在的单元格（{competency} · {level}）没有任何评分："
        "请在 ratings 中给该单元格的指标评分",
        "en": "evidence for indicator {id!r}, but no indicator of its cell ({competency} at {level}) "
        "has a rating: rate them under ratings",
    },
    "answers-unknown-question": {"zh": "{detail}", "en": "{detail}"},
    "answers.unknown-question": {"zh": "未知的情境题 {id!r}", "en": "unknown situational question {id!r}"},
    "answers.question-is-contra": {
        "zh": "{id!r} 是反向指标：请在 contra 下作答（0–3）",
        "en": "{id!r} is a contra-indicator: answer it under contra (0-3)",
    },
    "answers-unknown-option": {
        "zh": "题目 {question!r} 没有选项 {id!r}；可选：{valid}",
        "en": "question {question!r} has no option {id!r}; options: {valid}",
    },
    "answers-unknown-contra": {"zh": "{detail}", "en": "{detail}"},
    "answers.unknown-contra": {"zh": "未知的反向指标 {id!r}", "en": "unknown contra-indicator {id!r}"},
    "answers.contra-is-question": {
        "zh": "{id!r} 是情境题：请在 choices 下选择一个选项",
        "en": "{id!r} is a situational question: answer it under choices with an option id",
    },
    "answers-unknown-level": {
        "zh": "{field} 中的级别 {id!r} 不存在；可选：{valid}",
        "en": "unknown level {id!r} in {field}; levels: {valid}",
    },
    "answers-unknown-track": {
        "zh": "未知的发展路径 {id!r}；可选：{valid}",
        "en": "unknown track {id!r}; tracks: {valid}",
    },
    "answers-level-off-track": {
        "zh": "{field} 中的级别 {id!r} 不在路径 {track!r} 上；该路径的级别：{valid}",
        "en": "level {id!r} in {field} is not on track {track!r}; its levels: {valid}",
    },
    "answers-skipped-twice": {
        "zh": "skipped 中的能力 {id!r} 重复出现（第一次在第 {first} 项）",
        "en": "competency {id!r} is in skipped twice (first as entry {first})",
    },
    "answers-unknown-competency": {
        "zh": "skipped 中的能力 {id!r} 不存在；可选：{valid}",
        "en": "unknown competency {id!r} in skipped; competencies: {valid}",
    },
    # ---- the pieces the sentences are made of ----
    #: one value an option or a field takes, with its name beside it: ``expert (Product expert)``
    "answers.choice": {"zh": "{id}（{name}）", "en": "{id} ({name})"},
    #: a ladder named inside a sentence: “产品助理” in zh (no spaces around it), the name itself in en
    "answers.quoted": {"zh": "“{name}”", "en": "{name}"},
    #: a track without a declared name
    "answers.track-id": {"zh": "{track} 路径", "en": "track {track}"},
    # ---- a refused file: its first error and how many more (warnings do not refuse a file) ----
    "answers.refused": {"zh": "{problem}", "en": "{problem}"},
    "answers.issue-line": {
        "zh": "{file}:{line}:{col}: {severity} {code} {text}{where}",
        "en": "{file}:{line}:{col}: {severity} {code} {text}{where}",
    },
    "answers.issue-path": {"zh": " ({path})", "en": " ({path})"},
    "answers.more-errors": {"zh": "{first}（另有 {count} 个错误）", "en": "{first} (and {count} more errors)"},
    "answers.one-more-error": {"zh": "{first}（另有 1 个错误）", "en": "{first} (and 1 more error)"},
    # ---- command-line ids (exit 2) ----
    "answers.option.unknown-level": {
        "zh": "{option} {value!r} 不是{ladder}的级别；可选：{valid}",
        "en": "{option} {value!r} is not a level of {ladder}; levels: {valid}",
    },
    "answers.option.unknown-track": {
        "zh": "--track {value!r} 不是{ladder}的路径；可选：{valid}",
        "en": "--track {value!r} is not a track of {ladder}; tracks: {valid}",
    },
    "answers.option.off-track": {
        "zh": "{option} {value!r}（{name}）不在{track}上；该路径的级别：{valid}",
        "en": "{option} {value!r} ({name}) is not on {track}; its levels: {valid}",
    },
    "answers.option.answers-and-resume": {
        "zh": "--answers 与 --resume 不能同时使用",
        "en": "--answers and --resume cannot be used together",
    },
    "answers.option.restart-with": {
        "zh": "--restart 与 {option} 不能同时使用",
        "en": "--restart and {option} cannot be used together",
    },
    "answers.option.resume-changes": {
        "zh": "继续自评时不能更改 {option}（它会改变提问顺序）；不带 {option} 重新运行，或重新开始一次自评",
        "en": "{option} cannot change when resuming (it changes which questions are asked); "
        "run again without {option}, or start a new assessment",
    },
}
