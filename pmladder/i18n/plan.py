"""Words of the plan's codes: an unknown track or target, a target not above the estimate."""

from __future__ import annotations

from pmladder.i18n import Catalogue

#: A name of the ladder is a {"zh": …, "en": …} parameter; in zh it is set off with “”, in en it is not.
#: Valid values and track names are parts of pmladder/i18n/answers.py (pmladder.rules.answers makes them).
MESSAGES: Catalogue = {
    "plan.unknown-target": {
        "zh": "目标级别 {target!r} 不是“{ladder}”的级别；可选：{known}",
        "en": "target level {target!r} is not a level of {ladder}; levels: {known}",
    },
    "plan.target-not-above": {
        "zh": "目标级别“{target}”不高于当前估计（{current}）：请选择更高的级别：{valid}",
        "en": "the target, {target}, is not above the current estimate ({current}): pick a higher level: {valid}",
    },
    "plan.target-at-top": {
        "zh": "目标级别“{target}”不高于当前估计（{current}）：这已是{where}最高级，不要指定目标级别",
        "en": "the target, {target}, is not above the current estimate ({current}), the top of {where}: "
        "leave the target out",
    },
    "plan.on-track": {"zh": "{level}，{track}", "en": "{level}, {track}"},
    "plan.the-track": {"zh": "该路径的", "en": "that track"},
    "plan.the-ladder": {"zh": "该职级体系的", "en": "the ladder"},
    "plan.unknown-track": {
        "zh": "“{ladder}”没有路径 {track!r}；可选：{known}",
        "en": "{ladder} has no track {track!r}; tracks: {known}",
    },
    "plan.below-first": {"zh": "第一级以下", "en": "below the first level"},
}
