"""Words of the ladder and taxonomy rules (pmladder/rules/): one sentence per issue code, or per code.variant."""

from __future__ import annotations

from pmladder.i18n import Catalogue

# An issue whose code has one wording is keyed by its code; a code with several wordings carries a
# ``variant`` parameter and is keyed ``code.variant`` (see pmladder.i18n.issue_key). Parameters are plain
# data (text, numbers), so that the validate cache and the JSON output keep them as they are.

MESSAGES: Catalogue = {
    # duplicate-id: variant = the kind of id, or "development"
    **{
        f"duplicate-id.{kind}": {
            "en": f"duplicate {en} id {{id!r}} (first at line {{line}})",
            "zh": f"重复的{zh} id {{id!r}}（第一次出现在第 {{line}} 行）",
        }
        for kind, en, zh in (
            ("group", "group", "分组"),
            ("type", "type", "类型"),
            ("track", "track", "路线"),
            ("level", "level", "级别"),
            ("competency", "competency", "能力"),
            ("question", "question", "题目"),
            ("option", "option", "选项"),
            ("taxonomy-link", "taxonomy link", "分类链接"),
            ("taxonomy-competency", "taxonomy competency", "分类能力"),
        )
    },
    "duplicate-id.development": {
        "en": "development actions for {competency!r} toward {level!r} are given twice (first at line {line})",
        "zh": "能力 {competency!r} 通往 {level!r} 的发展行动重复出现（第一次在第 {line} 行）",
    },
    "duplicate-id.development-any": {
        "en": "development actions for {competency!r} toward any level are given twice (first at line {line})",
        "zh": "能力 {competency!r} 通往 任意级别 的发展行动重复出现（第一次在第 {line} 行）",
    },
    "duplicate-indicator": {
        "en": "indicator id {id!r} is used twice (first at line {line}); answers are keyed by it",
        "zh": "指标 id {id!r} 重复使用（第一次在第 {line} 行）；答案以它为键",
    },
    # unknown-ref: variant = the kind of id referred to, "-none" when the ladder defines none of it
    **{
        f"unknown-ref.{kind}{none}": {
            "en": f"unknown {en} {{id!r}}; " + ("none are defined" if none else "known: {known}"),
            "zh": f"未知的{zh} {{id!r}}；" + ("尚未定义任何一个" if none else "已有：{known}"),
        }
        for kind, en, zh in (
            ("group", "group", "分组"),
            ("type", "type", "类型"),
            ("track", "track", "路线"),
            ("competency", "competency", "能力"),
        )
        for none in ("", "-none")
    },
    "unknown-level": {
        "en": "unknown level {id!r}; levels: {known}",
        "zh": "未知的级别 {id!r}；已有级别：{known}",
    },
    "unknown-taxonomy": {
        "en": "{id!r} is not a competency of the taxonomy (ladders/taxonomy.yaml)",
        "zh": "{id!r} 不是共享分类（ladders/taxonomy.yaml）中的能力",
    },
    "bad-branch.after-on-trunk": {
        "en": "after is only for the first level of a track; {id!r} has no track",
        "zh": "after 只用于某个分支的第一个级别；{id!r} 没有 track",
    },
    "bad-branch.after-not-first": {
        "en": "after is only for the first level of a track; {id!r} is not the first level of track {track!r}",
        "zh": "after 只用于分支的第一个级别；{id!r} 不是分支 {track!r} 的第一个级别",
    },
    "bad-branch.after-off-trunk": {
        "en": "a track branches off a trunk level, but {id!r} is on track {track!r}",
        "zh": "分支必须从主干级别分出，但 {id!r} 属于分支 {track!r}",
    },
    "band-order.trunk": {
        "en": "band {band} of level {id!r} is below band {before} of {previous!r} before it",
        "zh": "级别 {id!r} 的 band {band} 低于它前面的 {previous!r} 的 band {before}",
    },
    "band-order.track": {
        "en": "band {band} of level {id!r} is below band {before} of {previous!r} before it on track {track!r}",
        "zh": "级别 {id!r} 的 band {band} 低于分支 {track!r} 上它前面的 {previous!r} 的 band {before}",
    },
    "band-order.band-to": {
        "en": "band_to {band_to} is below band {band}",
        "zh": "band_to {band_to} 小于 band {band}",
    },
    "band-order.taxonomy": {
        "en": "band {band} is out of order: bands must be 1 to 7 in order",
        "zh": "band {band} 顺序不对：band 必须按 1 到 7 排列",
    },
    "missing-cell": {
        "en": "competency {id!r} has no cell for level(s) {levels}: write requirement: none "
        "(not expected yet) or carry (stays as before)",
        "zh": "能力 {id!r} 缺少级别 {levels} 的单元格：请写 requirement: none（尚不要求）或 carry（沿用之前的要求）",
    },
    "carry-first.trunk": {
        "en": "carry at level {level!r} has no defined cell before it",
        "zh": "级别 {level!r} 的 carry 之前没有已定义的单元格",
    },
    "carry-first.track": {
        "en": "carry at level {level!r} has no defined cell before it on track {track!r}",
        "zh": "级别 {level!r} 的 carry 之前分支 {track!r} 上没有已定义的单元格",
    },
    "empty-competency": {
        "en": "competency {id!r} defines no requirement at any level",
        "zh": "能力 {id!r} 在任何级别都没有定义要求",
    },
    "unreachable-level.no-requirement": {
        "en": "level {id!r} adds no requirement of its own (every cell is none or carry), so the "
        "scoring cannot tell it apart from {previous!r} below it",
        "zh": "级别 {id!r} 没有自己的要求（所有单元格都是 none 或 carry），评分无法把它与下面的 {previous!r} 区分开",
    },
    "unreachable-level.off-track": {
        "en": "level {id!r} is on no track: every track branches off before it",
        "zh": "级别 {id!r} 不在任何分支上：所有分支都在它之前分出",
    },
    "similar-wording": {
        "en": "indicator {id!r} reads almost the same as {other!r} at level {level!r} below it: say what changes",
        "zh": "指标 {id!r} 与下一级 {level!r} 的 {other!r} 措辞几乎相同：请写出这一级有什么不同",
    },
    "missing-text.blank": {"en": "the {which} text is blank", "zh": "{which} 文本是空白"},
    "cjk-space": {
        "en": "a space between Chinese characters or after Chinese punctuation ({context!r}), often left by "
        "a line break inside folded text: remove it (join the lines, or break the line elsewhere)",
        "zh": "中文字符之间或中文标点之后有多余的空格（{context!r}），通常是折叠文本中的换行留下的："
        "请删除（把两行接起来，或换个地方换行）",
    },
    "odd-space.tab": {
        "en": "a tab in a one-line text ({context!r}) prints as one or more plain spaces, or as nothing: "
        "write a plain space",
        "zh": "单行文本中有制表符（{context!r}），显示出来是一个或几个普通空格，或者什么也没有：请写普通空格",
    },
    "odd-space.char": {
        "en": "the space character U+{point:04X} in a one-line text ({context!r}) prints as one or more plain "
        "spaces, or as nothing: write a plain space",
        "zh": "单行文本中有空白字符 U+{point:04X}（{context!r}），显示出来是一个或几个普通空格，或者什么也没有："
        "请写普通空格",
    },
    "untranslated.same": {
        "en": "the zh and en texts are the same: translate one of them",
        "zh": "zh 与 en 文本相同：请翻译其中之一",
    },
    "untranslated.zh-script": {
        "en": "the zh text has no Chinese characters",
        "zh": "zh 文本中没有中文字符",
    },
    "untranslated.en-script": {
        "en": "the en text is mostly Chinese",
        "zh": "en 文本大部分是中文",
    },
    "no-taxonomy": {
        "en": "competency {id!r} has no taxonomy link, so compare cannot map it onto other ladders",
        "zh": "能力 {id!r} 没有 taxonomy 链接，compare 无法把它映射到其他职级体系",
    },
    "unused-id.group": {"en": "group {id!r} has no competencies", "zh": "分组 {id!r} 下没有能力"},
    "unused-id.type": {"en": "type {id!r} is used by no level", "zh": "类型 {id!r} 没有被任何级别使用"},
}
