"""Words of the honest-estimate rules (issue 9): reported levels, undetermined levels, weak examples."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "render.assessment.floor-meets-all": {
        "zh": "达到本体系对它的全部要求（要求止于{level}）",
        "en": "meets all this ladder asks of it, up to {level}",
    },
    "render.assessment.floor-nothing-asked": {
        "zh": "到{level}为止对它没有要求",
        "en": "nothing asked of it up to {level}",
    },
    "render.assessment.floor-nothing-new": {
        "zh": "{level}（到{reach}为止没有新要求）",
        "en": "{level} (nothing new asked up to {reach})",
    },
    "render.assessment.no-estimate": {
        "zh": "无法估计：回答不足以判断（没有任何评分）",
        "en": "no estimate: not enough to go on (nothing was rated)",
    },
    "render.assessment.no-estimate-short": {"zh": "无法估计", "en": "no estimate"},
    "render.assessment.move-no-estimate": {
        "zh": "无法比较：其中一次没有任何评分，没有估计",
        "en": "not comparable: one of the two has nothing rated, so no estimate",
    },
    "render.assessment.reason-no_estimate": {
        "zh": "没有任何评分：回答不足以估计级别",
        "en": "nothing was rated: not enough to go on for an estimate",
    },
    "render.assessment.reason-undetermined": {
        "zh": "{level}无法判断：核心能力{competencies}没有任何评分（跳过或全是“没有机会”）；"
        "回答它的问题，或请你的经理来评",
        "en": "{level} is undetermined: nothing rated for the core competencies {competencies} (skipped or "
        "all “no opportunity”); answer their questions, or ask your manager to rate them",
    },
    "render.assessment.reason-undetermined-one": {
        "zh": "{level}无法判断：核心能力{competencies}没有任何评分（跳过或全是“没有机会”）；"
        "回答它的问题，或请你的经理来评",
        "en": "{level} is undetermined: nothing rated for the core competency {competencies} (skipped or "
        "all “no opportunity”); answer its questions, or ask your manager to rate it",
    },
    "compare.result-no-estimate": {
        "zh": "{path} 没有估计：在{ladder}上什么都没有评分，没有可以对照的级别；请先完成一次自评",
        "en": "{path} has no estimate: nothing was rated on {ladder}, so there is no level to place; "
        "complete an assessment first",
    },
    "render.assessment.plan-undetermined": {
        "zh": "目标级别还无法判断：先回答{competencies}的问题（或请你的经理来评），再重新评估。",
        "en": "The target is undetermined yet: answer the questions of {competencies} (or ask your manager to "
        "rate them), then re-assess.",
    },
    "render.assessment.reason-straight_lining-near": {
        "zh": "{count}项评分中{share}都是{rating}分，几乎全部同一方向",
        "en": "{share} of {count} ratings are {rating}, nearly all the same way",
    },
    "render.assessment.reason-straight_lining-alternating": {
        "zh": "{count}项评分按固定循环给出（{cycle}）",
        "en": "{count} ratings repeat a fixed cycle ({cycle})",
    },
    "render.assessment.reason-unsupported": {
        "zh": "{level}缺少附近的评分支撑：核心能力{competencies}在这一级附近没有任何评分，请回答它们在这一级的问题",
        "en": "{level} rests on no answer near it for the core competencies {competencies}: "
        "rate their questions at that level",
    },
    "render.assessment.reason-unsupported-one": {
        "zh": "{level}缺少附近的评分支撑：核心能力{competencies}在这一级附近没有任何评分，请回答它在这一级的问题",
        "en": "{level} rests on no answer near it for the core competency {competencies}: "
        "rate its questions at that level",
    },
    "render.assessment.reason-weak_examples": {
        "zh": "{count}个实例不算实例（见下），它们所在级别的评分按未验证计",
        "en": "{count} examples do not count as examples (listed below); their ratings count as unverified",
    },
    "render.assessment.reason-weak_examples-one": {
        "zh": "{count}个实例不算实例（见下），它所在级别的评分按未验证计",
        "en": "{count} example does not count as an example (listed below); its ratings count as unverified",
    },
    "render.assessment.weak-title": {"zh": "不算实例的回答", "en": "Examples that do not count"},
    "render.assessment.weak-item": {"zh": "{where}：“{text}”（{problem}）", "en": "{where}: “{text}” ({problem})"},
    "render.assessment.weak-no_words": {"zh": "没有文字", "en": "no words"},
    "render.assessment.weak-repeated": {"zh": "重复的字符", "en": "one character repeated"},
    "render.assessment.weak-short": {"zh": "太短，说不出做了什么", "en": "too short to say what was done"},
    "render.assessment.weak-restates": {"zh": "照抄了职级体系的原话", "en": "the ladder's own words"},
    "render.assessment.weak-pasted": {"zh": "同一句话用在了多个级别", "en": "the same text pasted into many cells"},
    "prompting.example-again-no_words": {
        "zh": "这一句没有文字。写一件你做过的具体事情（做了什么、结果如何），或直接回车跳过：",
        "en": "That has no words. Write one thing you did (what, and what came of it), or press Enter to skip:",
    },
    "prompting.example-again-repeated": {
        "zh": "这一句只是重复的字符。写一件你做过的具体事情（做了什么、结果如何），或直接回车跳过：",
        "en": "That is one character repeated. Write one thing you did (what, and what came of it), "
        "or press Enter to skip:",
    },
    "prompting.example-again-short": {
        "zh": "这一句太短，别人读了不知道你做了什么。写一件具体的事（做了什么、结果如何，至少五个字），"
        "或直接回车跳过：",
        "en": "That is too short for a reader to tell what you did. Name one thing (what, and what came of "
        "it, three words at least), or press Enter to skip:",
    },
    "prompting.example-again-restates": {
        "zh": "这一句是职级体系的原话。写一件你自己做过的具体事情，或直接回车跳过：",
        "en": "That is the ladder's own wording. Write one thing you yourself did, or press Enter to skip:",
    },
    "prompting.example-again-pasted": {
        "zh": "这一句已经用在了别的级别。写一件属于这一级的具体事情，或直接回车跳过：",
        "en": "You gave that same text for other levels already. Write one thing that shows this level, "
        "or press Enter to skip:",
    },
}
