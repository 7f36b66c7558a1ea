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
}
