"""Words of schema problems (pydantic's errors as pmladder words them), in both languages."""

from __future__ import annotations

# The issue codes (``schema-value``...) are worded by their case, given as the issue's ``detail``.
from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "schema-missing": {"zh": "{detail}", "en": "{detail}"},
    "schema-unknown-field": {"zh": "{detail}", "en": "{detail}"},
    "schema-type": {"zh": "{detail}", "en": "{detail}"},
    "schema-value": {"zh": "{detail}", "en": "{detail}"},
    "missing-text": {"zh": "{detail}", "en": "{detail}"},
    "schema.missing": {"zh": "缺少必填字段 {name!r}", "en": "required field {name!r} is missing"},
    "schema.missing-text": {
        "zh": "缺少 {which} 文本：每段文本都需要 zh 和 en 两种语言",
        "en": "missing {which} text: every text needs both zh and en",
    },
    "schema.unknown-field": {"zh": "未知字段 {name!r}", "en": "unknown field {name!r}"},
    "schema.unknown-field-comma": {
        "zh": "未知字段 {name!r}：{{...}} 中的逗号会截断前面的文本；请给文本加引号",
        "en": "unknown field {name!r}: a comma inside {{...}} ends the text before it; quote the text",
    },
    "schema.unknown-field-cell": {
        "zh": "未知字段 {name!r}：'{kind}' 单元格只能有 requirement 和 note",
        "en": "unknown field {name!r}: a '{kind}' cell takes only requirement and note",
    },
    "schema.requirement": {
        "zh": "requirement 只能是 'none' 或 'carry'（实际是 {value}）；已定义的单元格没有 requirement 键",
        "en": "requirement must be 'none' or 'carry' (got {value}); a defined cell has no requirement key",
    },
    "schema.no-value": {"zh": "{name!r} 没有值：应为{expected}", "en": "{name!r} has no value: expected {expected}"},
    "schema.wrong-type": {"zh": "应为{expected}，实际是{got}", "en": "expected {expected}, got {got}"},
    "schema.literal": {"zh": "必须是 {expected}（实际是 {value}）", "en": "must be {expected} (got {value})"},
    "schema.bad-id": {
        "zh": "{value} 不是合法的 id：请使用小写字母、数字、- 和 _，并以字母开头",
        "en": "{value} is not a valid id: use lower-case letters, digits, - and _, starting with a letter",
    },
    "schema.bad-dotted-id": {
        "zh": "{value} 不是合法的 id：请用点连接小写单词，例如 analysis.expert.1",
        "en": "{value} is not a valid id: use lower-case words joined by dots, such as analysis.expert.1",
    },
    "schema.bad-url": {"zh": "{value} 不是 http(s) 网址", "en": "{value} is not an http(s) URL"},
    "schema.pattern": {"zh": "{value} 不符合 {pattern}", "en": "{value} does not match {pattern}"},
    "schema.empty-text": {"zh": "文本是空的", "en": "the text is empty"},
    "schema.too-long-text": {"zh": "文本超过 {limit} 个字符", "en": "the text is longer than {limit} characters"},
    "schema.too-few": {
        "zh": "至少需要 {limit} 项，实际有 {actual} 项",
        "en": "needs at least {limit} item(s), has {actual}",
    },
    "schema.too-many": {
        "zh": "最多允许 {limit} 项，实际有 {actual} 项",
        "en": "allows at most {limit} item(s), has {actual}",
    },
    "schema.ge": {"zh": "必须 ≥ {limit}（实际是 {value}）", "en": "must be at least {limit} (got {value})"},
    "schema.gt": {"zh": "必须 > {limit}（实际是 {value}）", "en": "must be greater than {limit} (got {value})"},
    "schema.le": {"zh": "必须 ≤ {limit}（实际是 {value}）", "en": "must be at most {limit} (got {value})"},
    "schema.lt": {"zh": "必须 < {limit}（实际是 {value}）", "en": "must be less than {limit} (got {value})"},
    "schema.tag-invalid": {
        "zh": "{field} 必须是 {expected} 之一（实际是 {value}）",
        "en": "{field} must be one of {expected} (got {value})",
    },
    "schema.tag-missing": {
        "zh": "缺少 {field} 字段（{expected} 之一）",
        "en": "the {field} field is missing (one of {expected})",
    },
    "schema.other": {"zh": "{detail}", "en": "{detail}"},
    "schema.newer-schema": {
        "zh": "{value} 是比当前 pmladder 能读取的（{expected}）更新的格式：请升级 pmladder",
        "en": "{value} is a newer format than this pmladder reads ({expected}): upgrade pmladder",
    },
    "schema.timestamp": {"zh": "{value} 不是真实存在的日期和时间", "en": "{value} is not a real date and time"},
    "schema.primary-track": {
        "zh": "主路线 {track!r} 不在结果的路线中：{names}",
        "en": "primary track {track!r} is not one of the tracks of the result: {names}",
    },
    "schema.other-kind": {
        "zh": "这是 pmladder 的 {kind} 文件（{value}），不是这里需要的文件（{expected}）",
        "en": "this is a pmladder {kind} file ({value}), not what is expected here ({expected})",
    },
    "schema.root": {
        "zh": "文件顶层必须是映射（键: 值），而不是{what}",
        "en": "the top of the file must be a mapping (key: value lines), not {what}",
    },  # pydantic's list of allowed values, "0, 1, 2, 3 or 'na'"
    "schema.or": {"zh": "{left} 或 {right}", "en": "{left} or {right}"},
}
