"""Words of rating someone else and of feedback requests: the "about NAME" frame, roles, request errors."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "feedback.name-empty": {
        "zh": "{option} 需要一个名字（不能为空）",
        "en": "{option} needs a name (it is empty)",
    },
    "feedback.name-long": {
        "zh": "{option} 的名字最多 {max} 个字符，这个有 {count} 个：请用短一些的名字",
        "en": "{option} takes a name of at most {max} characters and this one has {count}: use a shorter one",
    },
    "feedback.name-control": {
        "zh": "{option} 的名字含有控制字符：请只输入名字本身",
        "en": "the name given with {option} holds control characters: give the name alone",
    },
    "feedback.bad-role": {
        "zh": "--as 不认识“{value}”：可选 {valid}",
        "en": "--as does not know '{value}': choose one of {valid}",
    },
    "feedback.about-required": {
        "zh": "--as {role} 是为别人评分：用 --about NAME 说明评的是谁",
        "en": "--as {role} rates someone else: say who with --about NAME",
    },
    "feedback.name-not-self": {
        "zh": "--name 是上级或同事的名字，只和 --as manager 或 --as peer 一起用；自评的名字用 --about",
        "en": "--name is a manager's or peer's own name, for --as manager or --as peer; "
        "a self-assessment's name goes with --about",
    },
    # ---- the "about NAME" frame: the questionnaire's words (prompting.*) where they change when a manager
    # or a peer rates someone else; {person} is the name, {role} how the rater stands (feedback.role-as.*)
    "feedback.role-as.self": {"zh": "自评", "en": "themselves"},
    "feedback.role-as.manager": {"zh": "作为上级", "en": "as their manager"},
    "feedback.role-as.peer": {"zh": "作为同事", "en": "as a peer"},
    "feedback.about.frame": {
        "zh": "你在评价{person}（{role}）。下面每句话都以{person}的口吻写成：请按你亲眼所见，"
        "评价它在多大程度上符合{person}；没有机会看到的，选 n。",
        "en": "You are rating {person} ({role}). Each statement is written as {person} would say it: rate "
        "how far it holds for {person}, from what you have seen yourself; n if you have had no chance to see it.",
    },
    "feedback.about.scale": {
        "zh": "0\u00a0还没有 · 1\u00a0有时 / 需要帮助 · 2\u00a0经常，能独立做到 · "
        "3\u00a0一贯如此，别人依赖{person} · n\u00a0没有机会看到",
        "en": "0\u00a0not\u00a0yet · 1\u00a0sometimes / with\u00a0help · 2\u00a0often, on\u00a0their\u00a0own · "
        "3\u00a0consistently, others rely on\u00a0{person} · n\u00a0not\u00a0seen",
    },
    "feedback.about.header": {
        "zh": "评价{person}（{role}）· 能力 {index}/{total} {bar} {name} · {group} · 已答\u00a0{answered}\u00a0题",
        "en": "About {person} ({role}) · Competency {index}/{total} {bar} {name} · {group} · {answered}\u00a0answered",
    },
    "feedback.about.help": {
        "zh": "按{person}最近一年的实际行为作答（以你看到的为准），而不是{person}能做到什么。\n"
        "  0 还没有：还没做过，或只在别人带着时做过。\n"
        "  1 有时 / 需要帮助：做过几次，常常需要别人指导或把关。\n"
        "  2 经常，能独立做到：多数情况下自己就能做好。\n"
        "  3 一贯如此，别人依赖{person}：稳定做到，别人会来找{person}做或请教。\n"
        "  n 没有机会看到：你没有机会观察到这一点（不算作未达到）。",
        "en": "Answer for what {person} actually did in the last year, as you saw it, not what they could do.\n"
        "  0 not yet: never done, or only while someone led it.\n"
        "  1 sometimes / with help: a few times, often with guidance or review.\n"
        "  2 often, on their own: most of the time, without help.\n"
        "  3 consistently, others rely on them: every time; others come to them for it.\n"
        "  n not seen: you have had no chance to see it (this does not count against them).",
    },
    "feedback.about.help-evidence": {
        "zh": "从“{level}”起，一项能力的某一级里有评 2 或 3 的，会请你写一句{person}做过的实例（每项能力每级一句），"
        "它支撑你在这一级评的所有 2 分和 3 分；直接回车跳过时，这些评分算作“未验证”，"
        "会让结果的区间变宽，而不会抬高级别。",
        "en": "From {level} up, each level of a competency where you rate something 2 or 3 asks for one "
        "one-line example of what {person} did, which backs all your ratings of 2 or 3 at that level; if you "
        "press Enter to skip it, those ratings count as unverified and widen the range instead of raising the level.",
    },
    "feedback.about.ask-rating": {"zh": "{person}：评分 0-3 / n", "en": "{person}: rating 0-3 / n"},
    "feedback.about.ask-contra": {"zh": "这描述的是{person}吗？0-3", "en": "Does this describe {person}? 0-3"},
    "feedback.about.contra-intro": {"zh": "这句话有多像{person}？", "en": "How much is this {person}?"},
    "feedback.about.contra-scale": {
        "zh": "0\u00a0完全不像 · 1\u00a0有点像 · 2\u00a0经常这样 · 3\u00a0非常像",
        "en": "0\u00a0not\u00a0at\u00a0all\u00a0like\u00a0them · 1\u00a0a\u00a0little · 2\u00a0often\u00a0true · "
        "3\u00a0very\u00a0much\u00a0like\u00a0them",
    },
    "feedback.about.evidence-intro": {
        "zh": "请为这一级写一句实例：你看到{person}做过的一件具体的事，它支撑你在这一级评的所有 2 分和 3 分"
        "（一行；直接回车跳过，这些评分将算作未验证）。参考：{hint}",
        "en": "Give one example for this level, something you saw {person} do: it backs all your ratings of "
        "2 or 3 here (one line; Enter to skip, and they count as unverified). For instance: {hint}",
    },
    "feedback.about.hint-evidence-rating": {
        "zh": "这里要写一句实例，而不是评分：写一句{person}做过的具体事情，或直接回车跳过",
        "en": "This asks for an example, not a rating: write one line about something {person} did, "
        "or press Enter to skip it",
    },
    "feedback.about.pick-level": {
        "zh": "{person}现在大致在哪个级别？问题会从那里开始（回车：从第一级开始）",
        "en": "Roughly which level is {person} at now? The questions start there (Enter: start from the first level)",
    },
    "feedback.about.resumed": {
        "zh": "继续上次对{person}的评价（“{ladder}”，{role}）：已有 {answers}。",
        "en": "Resuming your rating of {person} on {ladder} ({role}) where you stopped: {answers} so far.",
    },
    # ---- a result that names someone: its title and summary rows
    "feedback.result-title.self": {"zh": "职级自评结果：{person}", "en": "Self-assessment result: {person}"},
    "feedback.result-title.manager": {"zh": "上级对{person}的评价", "en": "Manager's rating of {person}"},
    "feedback.result-title.peer": {"zh": "同事对{person}的评价", "en": "Peer rating of {person}"},
    "feedback.row-about": {"zh": "被评价者", "en": "About"},
    "feedback.row-rated-by": {"zh": "评价人", "en": "Rated by"},
    "feedback.unnamed": {"zh": "（未署名）", "en": "(not named)"},
    "feedback.rater-unnamed.self": {"zh": "本人", "en": "themselves"},
    "feedback.rater-unnamed.manager": {"zh": "上级（未署名）", "en": "their manager (not named)"},
    "feedback.rater-unnamed.peer": {"zh": "同事（未署名）", "en": "a peer (not named)"},
    "feedback.rater-named.self": {"zh": "{rater}（本人）", "en": "{rater} (themselves)"},
    "feedback.rater-named.manager": {"zh": "{rater}（上级）", "en": "{rater} (manager)"},
    "feedback.rater-named.peer": {"zh": "{rater}（同事）", "en": "{rater} (peer)"},
    # ---- the request form (comments of a pmladder/feedback@1 file)
    "feedback.form.title": {
        "zh": "pmladder 反馈请求：请在“{ladder}”上评价{person}（覆盖级别：{levels}）。",
        "en": "pmladder feedback request: please rate {person} on {ladder} (levels covered: {levels}).",
    },
    "feedback.form.interactive": {
        "zh": "逐题回答：pmladder feedback answer {file} --as manager（或 peer）--name 你的名字 -o result.json",
        "en": "To answer question by question: pmladder feedback answer {file} --as manager (or peer) "
        "--name YOUR-NAME -o result.json",
    },
    "feedback.form.offline": {
        "zh": "或离线填写：在下面每句话后填 0-3 或 na（0 还没有，1 有时 / 需要帮助，2 经常、能独立做到，3 一贯如此，"
        "na 没有机会看到），每句话都以{person}的口吻写成；再运行上面同一条命令，不再提问，直接得出结果。",
        "en": "Or fill it in: after each statement below write 0-3 or na (0 not yet, 1 sometimes / with help, "
        "2 often, on their own, 3 consistently, na: not seen); each is written as {person} would say it. Then run "
        "the same command: nothing is asked and the result is written.",
    },
    "feedback.form.hand-back": {
        "zh": "把 result.json 交回给{person}（pmladder review 用它比较自评与他评）。",
        "en": "Hand result.json back to {person} (pmladder review compares it with their self-assessment).",
    },
    "feedback.form.role": {"zh": "manager（上级）或 peer（同事），或用 --as", "en": "manager or peer, or give --as"},
    "feedback.form.rater": {"zh": "你的名字（可不填），或用 --name", "en": "your name (optional), or give --name"},
    "feedback.form.evidence": {
        "zh": "可选但很重要：每一级一句{person}做过的实例，支撑这一级的 2 分和 3 分（没有实例的评分算作未验证，"
        "结果区间会变宽）",
        "en": "optional, but it counts: one line per level on what {person} did, which backs that level's 2s and 3s "
        "(ratings without an example count as unverified and widen the range)",
    },
    "feedback.form.for-instance": {"zh": "参考：{hint}", "en": "for instance: {hint}"},
    # ---- feedback request / answer errors
    "feedback.request-changed": {
        "zh": "{path} 是按另一个版本的职级体系 {ladder} 生成的（文件已变化）：请{about}重新生成一份请求"
        "（pmladder feedback request {ladder} --about …）",
        "en": "{path} was made with another version of the ladder {ladder} (its file changed since): ask {about} "
        "for a new request (pmladder feedback request {ladder} --about …)",
    },
    "feedback.role-needed": {
        "zh": "这份请求没有写明你是上级还是同事：加 --as manager 或 --as peer（或在文件里填 role:）",
        "en": "the request does not say whether you rate as a manager or a peer: give --as manager or --as peer "
        "(or fill in role:)",
    },
    "feedback.request-not-self": {
        "zh": "反馈请求由上级或同事回答；给自己评估请运行 pmladder assess {ladder}",
        "en": "a feedback request is answered by a manager or a peer; to assess yourself run pmladder assess {ladder}",
    },
    "feedback.no-tty": {
        "zh": "这份请求还没有填写评分，而标准输入不是终端，无法提问：在终端里运行，或先在文件里填好评分",
        "en": "the request has no ratings filled in and standard input is not a terminal, so nothing can be asked: "
        "run it in a terminal, or fill in the ratings in the file first",
    },
    "feedback.written": {"zh": "已写入反馈请求：{path}", "en": "wrote the feedback request to {path}"},
    "feedback.cannot-write": {"zh": "无法写入 {path}：{reason}", "en": "cannot write {path}: {reason}"},
    "feedback.session-about": {"zh": "{ladder}：{person}", "en": "{ladder}, about {person}"},
}
