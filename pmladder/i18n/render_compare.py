"""Words of the compare reports (render/compare.py)."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "render.compare.title": {"zh": "比较：{a} ↔ {b}", "en": "Comparison: {a} ↔ {b}"},
    "render.compare.alignment": {"zh": "级别对应：{ta} ↔ {tb}", "en": "Level alignment: {ta} ↔ {tb}"},
    "render.compare.col-level": {"zh": "{ladder} 级别（段位）", "en": "{ladder} level (band)"},
    "render.compare.col-kind": {"zh": "依据", "en": "Basis"},
    "render.compare.col-round-trip": {"zh": "往返", "en": "Round trip"},
    "render.compare.derived": {"zh": "推导（最近，相差 {distance} 段）", "en": "derived (nearest, ±{distance} band)"},
    "render.compare.terms": {
        "zh": "术语：段位 = 共用的 1–7 级刻度 · 声明 / 推导 = 段位重叠 / 不重叠时取最近的段位 · "
        "往返 = A → B → 再回到 A（✓ 回到起点）· A 更宽 / A 更窄 = A 的能力涵盖 B 的更多 / 一部分"
        "（完全对应、相近、相关 = 相同、几乎相同、仅有关联）",
        "en": "Terms: band = the shared 1–7 seniority scale · declared / derived = the bands overlap / the nearest "
        "bands · round trip = A → B → back to A (✓ returns to the start) · A broader / A narrower = A's competency "
        "covers more / part of B's (exact, close, related = the same, nearly the same, only linked)",
    },
    "render.compare.terms-side": {
        "zh": "术语：段位 = 共用的 1–7 级刻度 · 推导 = 段位不重叠时取最近的级别 · A 更宽 / A 更窄 = A 的能力涵盖 B 的"
        "更多 / 一部分（完全对应、相近、相关 = 相同、几乎相同、仅有关联）",
        "en": "Terms: band = the shared 1–7 seniority scale · derived = the bands do not overlap, the nearest level "
        "is shown · A broader / A narrower = A's competency covers more / part of B's (exact, close, related = the "
        "same, nearly the same, only linked)",
    },
    "render.compare.terms-translation": {
        "zh": "术语：段位 = 共用的 1–7 级刻度 · 声明的对应 / 含推导的对应 = 段位重叠 / 部分级别不重叠、取最近的段位 · "
        "A 更宽 / A 更窄 = A 的能力涵盖 B 的更多 / 一部分（完全对应、相近、相关 = 相同、几乎相同、仅有关联）",
        "en": "Terms: band = the shared 1–7 seniority scale · declared / partly derived = the bands overlap / some "
        "do not and the nearest bands are used · A broader / A narrower = A's competency covers more / part of "
        "B's (exact, close, related = the same, nearly the same, only linked)",
    },
    "render.compare.terms-diff": {
        "zh": "说明：新增 = 之前不要求 · 提高 = 换成更高的要求 · 沿用 = 要求不变 · 不再要求 = 之后不要求 · "
        "+ = 新的行为指标",
        "en": "Terms: new = not required before · raised = a higher expectation · carried = the same expectation · "
        "dropped = no longer required · + = a new behaviour indicator",
    },
    "render.compare.terms-diff-lateral": {
        "zh": "说明：新增 = 之前不要求 · 不同 = 两条路线的要求不同 · 相同 = 要求相同 · 不再要求 = 之后不要求 · "
        "+ = 新的行为指标",
        "en": "Terms: new = not required before · changed = the two tracks expect different things · same = the "
        "same expectation · dropped = no longer required · + = a new behaviour indicator",
    },
    "render.compare.side-a": {"zh": "A", "en": "A"},
    "render.compare.side-b": {"zh": "B", "en": "B"},
    "render.compare.side-track": {"zh": "{side} {track}", "en": "{side} {track}"},
    "render.compare.trip-ok": {"zh": "✓ 回到起点", "en": "✓ back to the start"},
    "render.compare.trip-spread": {"zh": "✓ 回到起点，另含 {others}", "en": "✓ back to the start, also {others}"},
    "render.compare.trip-lost": {"zh": "✗ 回到 {others}", "en": "✗ lands on {others}"},
    "render.compare.alignment-summary": {
        "zh": "顺序保持：{monotone}；往返 A → B → A：{back}/{total} 个级别回到起点。",
        "en": "Order preserved: {monotone}; round trip A → B → A: {back} of {total} levels return to the start.",
    },
    "render.compare.yes": {"zh": "是", "en": "yes"},
    "render.compare.no": {"zh": "否", "en": "no"},
    "render.compare.content": {
        "zh": "内容交叉核对（参考）：{ta} ↔ {tb}",
        "en": "Content cross-check (advisory): {ta} ↔ {tb}",
    },
    "render.compare.content-intro": {
        "zh": "每个共有能力在两套体系中首次被要求的级别；相差 {threshold} 个段位及以上即与声明的段位不一致。",
        "en": "Where each shared competency is first required in each ladder; a gap of {threshold} bands "
        "or more disagrees with the declared bands.",
    },
    "render.compare.content-same": {"zh": "（与 {ta} ↔ {tb} 相同）", "en": "(same as {ta} ↔ {tb})"},
    "render.compare.alignment-one": {"zh": "级别对应", "en": "Level alignment"},
    "render.compare.content-one": {"zh": "内容交叉核对（参考）", "en": "Content cross-check (advisory)"},
    "render.compare.col-canonical": {"zh": "能力（分类表）", "en": "Competency (taxonomy)"},
    "render.compare.col-first": {"zh": "{ladder} 首次要求", "en": "First required in {ladder}"},
    "render.compare.col-gap": {"zh": "差距", "en": "Gap"},
    "render.compare.col-verdict": {"zh": "结论", "en": "Verdict"},
    "render.compare.first": {"zh": "{competency} @ {level}", "en": "{competency} @ {level}"},
    "render.compare.absent": {"zh": "—", "en": "—"},
    "render.compare.agrees": {"zh": "一致", "en": "agrees"},
    "render.compare.disagrees": {
        "zh": "不一致：内容显示 {a} 对应 {b}",
        "en": "disagrees: the content puts {a} level with {b}",
    },
    "render.compare.leadership": {"zh": "团队领导起点", "en": "Team leadership starts"},
    "render.compare.content-summary": {
        "zh": "{agree}/{total} 项一致；不一致：{names}。",
        "en": "{agree} of {total} agree; disagreements: {names}.",
    },
    "render.compare.content-all-agree": {"zh": "{total} 项全部一致。", "en": "All {total} agree."},
    "render.compare.content-one-agrees": {"zh": "1 项，一致。", "en": "The one finding agrees."},
    "render.compare.content-nothing": {
        "zh": "没有两套体系都要求的能力，无从核对。",
        "en": "No competency is required by both ladders: nothing to cross-check.",
    },
    "render.compare.crosswalk": {"zh": "能力映射", "en": "Competency crosswalk"},
    "render.compare.col-competency": {"zh": "{ladder} 能力", "en": "{ladder} competency"},
    "render.compare.col-competency-one": {"zh": "能力", "en": "Competency"},
    "render.compare.legend": {"zh": "A = {a} · B = {b}", "en": "A = {a} · B = {b}"},
    "render.compare.col-relation": {"zh": "关系", "en": "Relation"},
    "render.compare.col-via": {"zh": "经由（分类表）", "en": "Via (taxonomy)"},
    "render.compare.rel-exact": {"zh": "完全对应", "en": "exact"},
    "render.compare.rel-close": {"zh": "相近", "en": "close"},
    "render.compare.rel-broad": {"zh": "A 更宽", "en": "A broader"},
    "render.compare.rel-narrow": {"zh": "A 更窄", "en": "A narrower"},
    "render.compare.rel-related": {"zh": "相关", "en": "related"},
    "render.compare.only": {"zh": "仅 {ladder} 有：{names}", "en": "Only in {ladder}: {names}"},
    "render.compare.crosswalk-empty": {
        "zh": "没有相互映射的能力：两个体系的能力在分类表中没有共同的 id。",
        "en": "No competency maps onto another: the two ladders share no taxonomy id.",
    },
    "render.compare.same-ladder": {
        "zh": "A 和 B 是同一个职级体系（{name}）。要看同一体系内两个级别之间的变化，"
        "请用 pmladder compare {ladder} --from 级别 --to 级别。",
        "en": "A and B are the same ladder ({name}). To see what changes between two of its levels, "
        "use pmladder compare {ladder} --from LEVEL --to LEVEL.",
    },
    "render.compare.nothing": {"zh": "无", "en": "none"},
    "render.compare.side-title": {"zh": "{a} ↔ {b}：并排对照", "en": "{a} ↔ {b}: side by side"},
    "render.compare.side-pair": {"zh": "{a} ↔ {b}（{relation}）", "en": "{a} ↔ {b} ({relation})"},
    "render.compare.side-pair-tracks": {"zh": "{ta} ↔ {tb}", "en": "{ta} ↔ {tb}"},
    "render.compare.side-none": {"zh": "{ladder} 中没有对应的能力。", "en": "{ladder} has no counterpart."},
    "render.compare.diff-title": {"zh": "{ladder}：{start} → {end}", "en": "{ladder}: {start} → {end}"},
    "render.compare.diff-track": {"zh": "{track}", "en": "{track}"},
    "render.compare.diff-lateral": {
        "zh": "跨路线：两个级别各按自己的路线计算。",
        "en": "Between tracks: each level is read on its own track.",
    },
    "render.compare.diff-counts": {
        "zh": "新增 {new} · 提高 {raised} · 沿用 {carried} · 不再要求 {dropped} · 均不要求 {none}",
        "en": "new {new} · raised {raised} · carried {carried} · dropped {dropped} · not required {none}",
    },
    "render.compare.diff-counts-lateral": {
        "zh": "新增 {new} · 不同 {raised} · 相同 {carried} · 不再要求 {dropped} · 均不要求 {none}",
        "en": "new {new} · changed {raised} · same {carried} · dropped {dropped} · not required {none}",
    },
    "render.compare.change-same": {"zh": "相同", "en": "same"},
    "render.compare.col-change": {"zh": "变化", "en": "Change"},
    "render.compare.change-new": {"zh": "新增", "en": "new"},
    "render.compare.change-raised": {"zh": "提高", "en": "raised"},
    "render.compare.change-changed": {"zh": "不同", "en": "changed"},
    "render.compare.change-carried": {"zh": "沿用", "en": "carried"},
    "render.compare.change-dropped": {"zh": "不再要求", "en": "dropped"},
    "render.compare.change-none": {"zh": "均不要求", "en": "not required"},
    "render.compare.diff-new": {"zh": "新要求", "en": "New requirements"},
    "render.compare.tr-title": {"zh": "把{a}上的评估结果放到{b}上", "en": "An assessment on {a} placed onto {b}"},
    "render.compare.tr-on-a": {
        "zh": "在 A（{track}）上：范围 {range}，中心估计 {level}。",
        "en": "On A ({track}): range {range}, central estimate {level}.",
    },
    "render.compare.tr-on-a-one": {
        "zh": "在 A 上：范围 {range}，中心估计 {level}。",
        "en": "On A: range {range}, central estimate {level}.",
    },
    "render.compare.tr-below": {"zh": "低于第一个级别", "en": "below the first level"},
    "render.compare.col-track": {"zh": "{ladder} 路线", "en": "{ladder} track"},
    "render.compare.col-range": {"zh": "估计范围", "en": "Estimated range"},
    "render.compare.col-central": {"zh": "中心", "en": "Central"},
    "render.compare.tr-derived": {"zh": "含推导的对应", "en": "partly derived"},
    "render.compare.tr-declared": {"zh": "声明的对应", "en": "declared"},
    "render.compare.tr-carried": {"zh": "可沿用的能力", "en": "Competencies that carry over"},
    "render.compare.tr-carried-empty": {
        "zh": "没有可沿用的能力：在 A 上测到的能力在 B 中都没有比“相关”更近的对应。",
        "en": "Nothing carries over: no competency measured on A has a counterpart in B closer than related.",
    },
    "render.compare.col-source": {"zh": "来自 {ladder}", "en": "From {ladder}"},
    "render.compare.col-floor-a": {"zh": "{ladder} 达到", "en": "Reached on {ladder}"},
    "render.compare.col-floor-b": {"zh": "对应 {ladder}", "en": "On {ladder}"},
    "render.compare.tr-next": {
        "zh": "下一步要评估（B 要求而 A 未测）",
        "en": "Assess next (B expects, A did not measure)",
    },
    "render.compare.tr-not-carried": {"zh": "A 测了但 B 没有对应", "en": "Measured on A with no counterpart in B"},
}
