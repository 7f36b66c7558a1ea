"""Words of the comparison's codes: unknown levels and competencies, a result of another ladder, --from/--to."""

from __future__ import annotations

from pmladder.i18n import Catalogue

#: A name of a ladder or level is a {"zh": …, "en": …} parameter; in zh it is set off with “” where the
#: sentence needs it, in en it is not.
MESSAGES: Catalogue = {
    "compare.unknown-level": {
        "zh": "“{ladder}”中没有级别 {wanted!r}；可用的级别：{valid}",
        "en": "unknown level {wanted!r} in {ladder}; levels: {valid}",
    },
    "compare.unknown-competency": {
        "zh": "“{ladder}”中没有能力 {wanted!r}；可用的能力：{valid}",
        "en": "unknown competency {wanted!r} in {ladder}; competencies: {valid}",
    },
    "compare.unknown-competency-both": {
        "zh": "“{a}”与“{b}”中都没有能力 {wanted!r}，它也不是分类表中的能力；"
        "“{a}”的能力：{valid_a}；“{b}”的能力：{valid_b}",
        "en": "unknown competency {wanted!r}: not in {a}, not in {b} and not a taxonomy id; "
        "{a}: {valid_a}; {b}: {valid_b}",
    },
    "compare.result-ladder": {
        "zh": "该结果是在职级体系 {found} 上做的评估，不是在“{a}”上："
        "请改用 pmladder compare {found} {b} --result {path}",
        "en": "the result was assessed on ladder {found}, not on {a}: use pmladder compare {found} {b} --result {path}",
    },
    "compare.result-track": {
        "zh": "该结果的路线 {track!r} 不在“{ladder}”中：结果可能来自该职级体系的另一个版本",
        "en": "the result's track {track!r} is not in {ladder}: it may come from another version of the ladder",
    },
    "compare.result-level": {
        "zh": "该结果的级别 {level!r} 不在“{ladder}”的这条路线上：结果可能来自该职级体系的另一个版本",
        "en": "the result's level {level!r} is not on this track of {ladder}: "
        "it may come from another version of the ladder",
    },
    "compare.same-level": {
        "zh": "--from 和 --to 是同一个级别（{level}）：请给出两个不同的级别",
        "en": "--from and --to are the same level ({level}): give two different levels",
    },
    "compare.level-order": {
        "zh": "“{ladder}”中“{start}”不在“{end}”之前：--from 必须是同一路线上更低的级别",
        "en": "in {ladder}, {start} does not come before {end}: --from must be a lower level on the same track",
    },
}
