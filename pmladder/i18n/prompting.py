"""Words of the interactive questionnaire: the scale, keys, hints, pickers and progress lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import Catalogue, Lang

if TYPE_CHECKING:  # catalogues are loaded together by pmladder.i18n.t: none may import pydantic
    from pmladder.model.answers import Rating

MESSAGES: Catalogue = {
    "prompting.scale": {
        # \u00a0 (no-break space) keeps a key with its meaning on one line (pmladder/render/wrap.py)
        "zh": "0\u00a0还没有 · 1\u00a0有时 / 需要帮助 · 2\u00a0经常，能独立做到 · "
        "3\u00a0一贯如此，别人依赖我 · n\u00a0没有机会",
        "en": "0\u00a0not\u00a0yet · 1\u00a0sometimes / with\u00a0help · 2\u00a0often, on\u00a0my\u00a0own · "
        "3\u00a0consistently, others rely on\u00a0me · n\u00a0no\u00a0opportunity",
    },
    "prompting.contra-scale": {
        "zh": "0\u00a0完全不像我 · 1\u00a0有点像 · 2\u00a0经常这样 · 3\u00a0非常像我",
        "en": "0\u00a0not\u00a0me\u00a0at\u00a0all · 1\u00a0a\u00a0little · 2\u00a0often\u00a0true · "
        "3\u00a0very\u00a0much\u00a0me",
    },
    "prompting.keys": {
        "zh": "按键：b\u00a0上一题 · s\u00a0跳过这项能力 · ?\u00a0说明 · q\u00a0保存并退出（输入后按回车）",
        "en": "keys: b\u00a0back · s\u00a0skip this\u00a0competency · ?\u00a0help · "
        "q\u00a0save and\u00a0quit (then\u00a0Enter)",
    },
    "prompting.help": {
        "zh": "按你最近一年的实际行为作答，而不是你能做到什么。\n"
        "  0 还没有：还没做过，或只在别人带着时做过。\n"
        "  1 有时 / 需要帮助：做过几次，常常需要别人指导或把关。\n"
        "  2 经常，能独立做到：多数情况下自己就能做好。\n"
        "  3 一贯如此，别人依赖我：稳定做到，别人会来找我做或请教我。\n"
        "  n 没有机会：工作中没有遇到这种情况（不算作未达到）。",
        "en": "Answer for what you actually did in the last year, not what you could do.\n"
        "  0 not yet: never done, or only while someone led it.\n"
        "  1 sometimes / with help: a few times, often with guidance or review.\n"
        "  2 often, on my own: most of the time, without help.\n"
        "  3 consistently, others rely on me: every time; others come to you for it.\n"
        "  n no opportunity: your work has not called for it (this does not count against you).",
    },
    "prompting.help-evidence": {
        "zh": "从“{level}”起，一项能力的某一级里有评 2 或 3 的，会请你写一句实例（每项能力每级一句），"
        "它支撑你在这一级评的所有 2 分和 3 分；直接回车跳过时，这些评分算作“未验证”，"
        "会让结果的区间变宽，而不会抬高级别。",
        "en": "From {level} up, each level of a competency where you rate something 2 or 3 asks for one "
        "one-line example, which backs all your ratings of 2 or 3 at that level; if you press Enter to "
        "skip it, those ratings count as unverified and widen the range instead of raising the level.",
    },
    "prompting.header": {
        "zh": "能力 {index}/{total} {bar} {name} · {group} · 已答\u00a0{answered}\u00a0题",
        "en": "Competency {index}/{total} {bar} {name} · {group} · {answered}\u00a0answered",
    },
    "prompting.ask-rating": {"zh": "评分 0-3 / n", "en": "Rating 0-3 / n"},
    "prompting.ask-contra": {"zh": "这描述的是你吗？0-3", "en": "Does this describe you? 0-3"},
    "prompting.ask-option": {"zh": "选择 1-{last}", "en": "Choose 1-{last}"},
    "prompting.contra-intro": {"zh": "这句话有多像你？", "en": "How much is this you?"},
    "prompting.evidence-cell": {"zh": "{level}：{summary}", "en": "{level}: {summary}"},
    "prompting.evidence-intro": {
        "zh": "请为这一级写一句实例，它支撑你在这一级评的所有 2 分和 3 分"
        "（一行；直接回车跳过，这些评分将算作未验证）。参考：{hint}",
        "en": "Give one example for this level: it backs all your ratings of 2 or 3 here "
        "(one line; Enter to skip, and they count as unverified). For instance: {hint}",
    },
    "prompting.ask-evidence": {"zh": "实例", "en": "Example"},
    "prompting.hint-not-utf8": {
        "zh": "这一行含有不是 UTF-8 文本的字节，请重新输入（终端的编码应为 UTF-8）",
        "en": "that line held bytes that are not UTF-8 text; please type it again (set the terminal to UTF-8)",
    },
    "prompting.hint-rating": {
        "zh": "请输入 0、1、2、3 或 n 后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type 0, 1, 2, 3 or n, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "prompting.hint-contra": {
        "zh": "请输入 0、1、2 或 3 后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type 0, 1, 2 or 3, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "prompting.hint-option": {
        "zh": "请输入 1 到 {last} 之间的数字后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type a number from 1 to {last}, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "prompting.hint-evidence-long-edit": {
        "zh": "实例最多 {max} 个字符，这一句有 {count} 个：它已填在下面，删短后回车",
        "en": "An example is at most {max} characters and this one has {count}: it is filled in below, "
        "shorten it and press Enter",
    },
    "prompting.hint-evidence-long-copy": {
        "zh": "实例最多 {max} 个字符，这一句有 {count} 个：原文如下，删短后重新输入",
        "en": "An example is at most {max} characters and this one has {count}: here it is, "
        "to shorten and type again",
    },
    "prompting.hint-evidence-rating": {
        "zh": "这里要写一句实例，而不是评分：写一句你做过的具体事情，或直接回车跳过",
        "en": "This asks for an example, not a rating: write one line about something you did, "
        "or press Enter to skip it",
    },
    "prompting.undid": {"zh": "↩ 已撤销：{what}", "en": "↩ Undid: {what}"},
    "prompting.undid-rating": {"zh": "{text} = {value}“{label}”", "en": "{text} = {value} '{label}'"},
    "prompting.undid-option": {"zh": "{text} = {value}“{label}”", "en": "{text} = {value} '{label}'"},
    "prompting.undid-example": {"zh": "{level}的实例“{text}”", "en": "the example for {level}: '{text}'"},
    "prompting.undid-no-example": {"zh": "不写{level}的实例", "en": "no example for {level}"},
    "prompting.undid-skip": {"zh": "跳过{name}", "en": "skipped {name}"},
    "prompting.undid-and": {"zh": "；", "en": "; "},
    "prompting.back-to-start": {
        "zh": "↩ 这是第一题：回到起始级别的选择",
        "en": "↩ This is the first question: back to choosing where to start",
    },
    "prompting.skipped": {"zh": "已跳过：{name}", "en": "Skipped: {name}"},
    "prompting.saved-quit": {
        "zh": "已保存进度（{answers}）到 {path}；继续：pmladder assess --resume",
        "en": "progress saved ({answers}) to {path}; continue with: pmladder assess --resume",
    },
    "prompting.stopped-kept": {
        "zh": "已退出；未完成的自评仍然保存着，继续：pmladder assess --resume",
        "en": "stopped; the unfinished assessment is still saved; continue with: pmladder assess --resume",
    },
    "prompting.stopped-early": {
        "zh": "已退出，还没有任何回答需要保存",
        "en": "stopped before the first answer; nothing to save",
    },
    "prompting.pick-ladder": {"zh": "选择一个职级体系：", "en": "Choose a ladder:"},
    "prompting.ask-ladder": {"zh": "编号 1-{last}（q 退出）", "en": "Number 1-{last} (q quits)"},
    "prompting.hint-ladder": {
        "zh": "请输入 1 到 {last} 之间的数字后回车",
        "en": "Type a number from 1 to {last}, then Enter",
    },
    "prompting.pick-level": {
        "zh": "你现在大致在哪个级别？问题会从那里开始（回车：从第一级开始）",
        "en": "Roughly which level are you at now? The questions start there "
        "(Enter: start from the first level)",
    },
    "prompting.ask-level": {"zh": "编号 1-{last}，或回车", "en": "Number 1-{last}, or Enter"},
    "prompting.track": {"zh": "{track} 路径", "en": "{track} track"},
    "prompting.answers-one": {"zh": "{count} 个回答", "en": "{count} answer"},
    "prompting.answers": {"zh": "{count} 个回答", "en": "{count} answers"},
    "prompting.done": {"zh": "全部完成，共 {answers}。", "en": "All done: {answers}."},
    "prompting.resumed": {
        "zh": "继续上次“{ladder}”的自评：已有 {answers}。",
        "en": "Resuming your assessment of {ladder} where you stopped: {answers} so far.",
    },
}


#: What each rating means, as the scale says it (for "Undid: ... = 2 'often, on my own'").
RATING_LABELS: dict[Lang, dict[Rating, str]] = {
    "zh": {0: "还没有", 1: "有时 / 需要帮助", 2: "经常，能独立做到", 3: "一贯如此，别人依赖我", "na": "没有机会"},
    "en": {
        0: "not yet",
        1: "sometimes / with help",
        2: "often, on my own",
        3: "consistently, others rely on me",
        "na": "no opportunity",
    },
}
CONTRA_LABELS: dict[Lang, dict[Rating, str]] = {
    "zh": {0: "完全不像我", 1: "有点像", 2: "经常这样", 3: "非常像我"},
    "en": {0: "not me at all", 1: "a little", 2: "often true", 3: "very much me"},
}
