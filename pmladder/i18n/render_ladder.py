"""Words of `pmladder show` and `pmladder ladders` (render/ladder.py)."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "render.ladder.main-track": {"zh": "主线", "en": "Main track"},
    "render.ladder.track-id": {"zh": "{track} 路线", "en": "{track} track"},
    "render.ladder.none": {"zh": "—", "en": "—"},
    "render.ladder.carry": {"zh": "↑ 沿用", "en": "↑ carry"},
    "render.ladder.carried-from": {"zh": "↑ 沿用 {level} 的要求", "en": "↑ carries the cell of {level}"},
    "render.ladder.not-required": {"zh": "— 此级别暂不要求", "en": "— not required at this level"},
    "render.ladder.evidence": {"zh": "证据：{text}", "en": "Evidence: {text}"},
    "render.ladder.band": {"zh": "段位 {bands}", "en": "band {bands}"},
    "render.ladder.track": {"zh": "{track}", "en": "{track}"},
    "render.ladder.competency": {"zh": "能力", "en": "Competency"},
    "render.ladder.level": {"zh": "级别", "en": "Level"},
    "render.ladder.cell": {"zh": "要求", "en": "Expectation"},
    "render.ladder.motto": {"zh": "口诀：{text}", "en": "Motto: {text}"},
    "render.ladder.failure-mode": {"zh": "常见陷阱：{text}", "en": "Typical trap: {text}"},
    "render.ladder.type": {"zh": "类型：{name}——{text}", "en": "Type: {name}. {text}"},
    "render.ladder.duties": {"zh": "职责：", "en": "Duties:"},
    "render.ladder.types": {"zh": "级别类型", "en": "Level types"},
    "render.ladder.type-item": {"zh": "{name}（{levels}）：{text}", "en": "{name} — {levels}: {text}"},
    "render.ladder.faq-hint": {
        "zh": "这个职级体系有 {count} 条常见问题：加 --faq 查看。",
        "en": "This ladder has {count} frequently asked questions: add --faq to read them.",
    },
    "render.ladder.faq-title": {"zh": "{ladder} · 常见问题", "en": "{ladder} · Frequently asked questions"},
    "render.ladder.no-faq": {"zh": "这个职级体系没有常见问题。", "en": "This ladder has no FAQ."},
    "render.ladder.as-above": {"zh": "{levels}：同上方的{track}。", "en": "{levels}: as shown for {track} above."},
    "render.ladder.col-id": {"zh": "编号", "en": "Id"},
    "render.ladder.col-name": {"zh": "名称", "en": "Name"},
    "render.ladder.col-levels": {"zh": "级别", "en": "Levels"},
    "render.ladder.col-tracks": {"zh": "路线", "en": "Tracks"},
    "render.ladder.col-source": {"zh": "来源", "en": "Source"},
    "render.ladder.col-path": {"zh": "文件", "en": "File"},
    "render.ladder.source-bundled": {"zh": "内置", "en": "bundled"},
    "render.ladder.source-user": {"zh": "用户", "en": "user"},
    "render.ladder.source-path": {"zh": "指定路径", "en": "path"},
    "render.ladder.invalid": {"zh": "无效：{error}", "en": "invalid: {error}"},
    "render.ladder.no-ladders": {"zh": "没有找到职级体系。", "en": "No ladders found."},
    "render.ladder.ladders-title": {"zh": "职级体系", "en": "Ladders"},
}
