"""Words of learning resources: the rules that check them (rules/resources.py) and how reports show them."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # rules/resources.py (issue codes, with a variant where a code has several wordings)
    "resource-url": {
        "en": "{value!r} is not a web address: it names no host such as example.com",
        "zh": "{value!r} 不是有效的网址：没有 example.com 这样的主机名",
    },
    "duplicate-resource.title": {
        "en": "the resource {title!r} is listed twice (first at line {line})",
        "zh": "资源 {title!r} 重复列出（第一次在第 {line} 行）",
    },
    "duplicate-resource.url": {
        "en": "the address {value!r} is listed twice (first at line {line})",
        "zh": "网址 {value!r} 重复列出（第一次在第 {line} 行）",
    },
    "duplicate-resource.competency": {
        "en": "competency {id!r} is listed twice for this resource (first at line {line})",
        "zh": "能力 {id!r} 在这个资源中重复列出（第一次在第 {line} 行）",
    },
    "no-resources": {
        "en": "competency {id!r} has no learning resource; the ladder lists resources for others",
        "zh": "能力 {id!r} 没有学习资源；本职级体系为其他能力列出了资源",
    },
    # how a resource is shown (render/resources.py)
    "resources.kind-book": {"zh": "书", "en": "Book"},
    "resources.kind-course": {"zh": "课程", "en": "Course"},
    "resources.kind-practice": {"zh": "实践", "en": "Practice"},
    "resources.kind-community": {"zh": "社区", "en": "Community"},
    "resources.label": {"zh": "学习资源：", "en": "Learning resources:"},
    "resources.heading": {"zh": "学习资源", "en": "Learning resources"},
    "resources.by": {"zh": "{title}（{author}）", "en": "{title} by {author}"},
}
