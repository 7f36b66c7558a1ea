"""Words of the scorecard command and its report (list, result, errors of the command line), zh and en."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "scorecard.cli.unknown-template": {
        "en": "unknown scorecard template {value!r}; choose one of: {valid}",
        "zh": "未知的考核表模板 {value!r}；可选：{valid}",
    },
    "scorecard.cli.alone": {
        "en": "--values, --stage, --period, --base-pay, --with-assessment, --restart and --no-save need a TEMPLATE",
        "zh": "--values、--stage、--period、--base-pay、--with-assessment、--restart 和 --no-save 需要指定 TEMPLATE",
    },
    "scorecard.cli.init-alone": {
        "en": "--init takes no other option",
        "zh": "--init 不能与其他选项同用",
    },
    "scorecard.cli.unknown-stage": {
        "en": "--stage {value!r}: {scorecard} has the stages {valid}",
        "zh": "--stage {value!r}：{scorecard} 的阶段为 {valid}",
    },
    "scorecard.cli.no-stages": {
        "en": "--stage: {scorecard} has no stages",
        "zh": "--stage：{scorecard} 不分阶段",
    },
    "scorecard.cli.bad-base-pay": {
        "en": "--base-pay {value:g}: give an amount of zero or more",
        "zh": "--base-pay {value:g}：请给出不小于 0 的金额",
    },
    "scorecard.list.title": {"en": "Scorecard templates", "zh": "考核表模板"},
    "scorecard.list.id": {"en": "id (to type)", "zh": "id（输入用）"},
    "scorecard.list.name": {"en": "name", "zh": "名称"},
    "scorecard.list.where": {"en": "where", "zh": "来源"},
    "scorecard.list.bundled": {"en": "bundled", "zh": "内置"},
    "scorecard.list.unreadable": {
        "en": "(unreadable: pmladder validate {path})",
        "zh": "（无法读取：pmladder validate {path}）",
    },
    "scorecard.list.hint": {
        "en": "Score a period: pmladder scorecard ID --values FILE\n"
        "Start your own: pmladder scorecard --init ID > mine.yaml",
        "zh": "为一个考核期打分：pmladder scorecard ID --values FILE\n"
        "开始自己的模板：pmladder scorecard --init ID > mine.yaml",
    },
    "scorecard.report.title": {"en": "{name}, period {period}", "zh": "{name}，考核期 {period}"},
    "scorecard.report.stage": {"en": "Stage: {stage}", "zh": "阶段：{stage}"},
    "scorecard.report.kpis": {"en": "Attainment per KPI", "zh": "各指标达成情况"},
    "scorecard.report.kpi": {"en": "KPI", "zh": "指标"},
    "scorecard.report.target": {"en": "target", "zh": "目标"},
    "scorecard.report.value": {"en": "value", "zh": "实际"},
    "scorecard.report.ratio": {"en": "ratio", "zh": "达成率"},
    "scorecard.report.status": {"en": "status", "zh": "状态"},
    "scorecard.report.weight": {"en": "weight", "zh": "权重"},
    "scorecard.report.score": {"en": "score", "zh": "得分"},
    "scorecard.report.section": {"en": "section", "zh": "部分"},
    "scorecard.report.sections": {"en": "Scores", "zh": "得分"},
    "scorecard.report.total": {"en": "Total: {score}", "zh": "总分：{score}"},
    "scorecard.report.unscored": {"en": "not scored (every KPI na)", "zh": "未计分（全部指标不适用）"},
    "scorecard.report.renormalised": {
        "en": "KPIs marked na are left out; the weights beside them are renormalised.",
        "zh": "标为不适用的指标不计入，其余权重按比例重新分配。",
    },
    "scorecard.status.met": {"en": "met", "zh": "达成"},
    "scorecard.status.partly": {"en": "partly", "zh": "部分达成"},
    "scorecard.status.missed": {"en": "missed", "zh": "未达成"},
    "scorecard.status.na": {"en": "na", "zh": "不适用"},
    "scorecard.report.na": {"en": "na: {reason}", "zh": "不适用：{reason}"},
    "scorecard.report.incentives": {"en": "Incentives", "zh": "激励"},
    "scorecard.rule.earned": {"en": "earned", "zh": "获得"},
    "scorecard.rule.not-earned": {"en": "not earned", "zh": "未获得"},
    "scorecard.rule.applied": {"en": "applied", "zh": "扣减"},
    "scorecard.rule.not-applied": {"en": "not applied", "zh": "不扣减"},
    "scorecard.rule.not-applicable": {"en": "not applicable", "zh": "不适用"},
    "scorecard.rule.head": {"en": "{name}: {status}", "zh": "{name}：{status}"},
    "scorecard.sep.comma": {"en": ", ", "zh": "，"},
    "scorecard.sep.semicolon": {"en": "; ", "zh": "；"},
    "scorecard.rule.multiplier": {"en": "{multiplier:g} × base pay", "zh": "{multiplier:g} 倍基本工资"},
    "scorecard.rule.percent": {"en": "{percent:g} %", "zh": "{percent:g}%"},
    "scorecard.rule.amount": {"en": "{amount:,.0f} {currency}", "zh": "{amount:,.0f} {currency}"},
    "scorecard.rule.range": {
        "en": "{amount:,.0f}-{amount_to:,.0f} {currency}",
        "zh": "{amount:,.0f}-{amount_to:,.0f} {currency}",
    },
    "scorecard.report.pay": {
        "en": "Bonuses in all: {multiplier:g} × base pay",
        "zh": "奖金合计：{multiplier:g} 倍基本工资",
    },
    "scorecard.report.pay-amount": {
        "en": "Bonuses in all: {multiplier:g} × base pay = {amount:,.0f} {currency}",
        "zh": "奖金合计：{multiplier:g} 倍基本工资 = {amount:,.0f} {currency}",
    },
    "scorecard.report.levers": {"en": "Levers", "zh": "提升杠杆"},
    "scorecard.report.no-levers": {"en": "No single KPI changes the outcome.", "zh": "没有单个指标能改变结果。"},
    "scorecard.lever.target": {"en": "{name} to its target", "zh": "{name}达到目标"},
    "scorecard.lever.cap": {"en": "{name} to its best", "zh": "{name}达到上限"},
    "scorecard.lever.gain": {"en": "{score:+.2f} points", "zh": "{score:+.2f} 分"},
    "scorecard.lever.pay": {"en": "{pay:+g} × base pay", "zh": "{pay:+g} 倍基本工资"},
    "scorecard.lever.rules": {"en": "changes {rules}", "zh": "改变{rules}"},
    "scorecard.report.guidance": {
        "en": "This result is guidance for a conversation, not payroll: every figure is shown with how it was reached.",
        "zh": "本结果仅供沟通参考，不是薪酬核算：每个数字都给出了计算依据。",
    },
}
