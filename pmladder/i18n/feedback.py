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
}
