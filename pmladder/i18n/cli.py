"""Words of the command line itself: option-parser errors, shared options, ladders, compare, --output, completion."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    # click's usage errors, in pmladder's words: one line, with the help to look at (cli/__init__.py)
    "cli.no-option": {"en": "unknown option {name}", "zh": "没有这个选项：{name}"},
    "cli.did-you-mean": {"en": "{problem} (did you mean {names}?)", "zh": "{problem}（是不是 {names}？）"},
    "cli.needs-value": {"en": "option {name} needs a value", "zh": "选项 {name} 需要一个值"},
    "cli.takes-no-value": {"en": "option {name} takes no value", "zh": "选项 {name} 不接受值"},
    "cli.missing-argument": {"en": "missing argument {name}", "zh": "缺少参数 {name}"},
    "cli.missing-option": {"en": "missing option {name}", "zh": "缺少选项 {name}"},
    "cli.no-command": {"en": "unknown command {name}", "zh": "没有这个命令：{name}"},
    "cli.extra": {"en": "unexpected argument {args}", "zh": "多余的参数：{args}"},
    "cli.invalid": {"en": "invalid value for {name}: {detail}", "zh": "{name} 的值无效：{detail}"},
    "cli.try": {"en": "{problem}; try {command} --help", "zh": "{problem}；查看帮助：{command} --help"},
    # the options every command shares (cli/common.py)
    "cli.bad-format": {
        "zh": "--format 只能是 {allowed}，不能是 {value!r}",
        "en": "--format must be one of {allowed}, not {value!r}",
    },
    # pmladder ladders
    "cli.user-folder": {
        "zh": "无法读取你的职级体系文件夹（{reason}），其中的职级体系没有列出",
        "en": "cannot read your ladders folder ({reason}); the ladders in it are not listed",
    },
    # pmladder compare
    "cli.compare.result-is-answers": {
        "zh": "{path} 是答案文件，不是自评结果：先运行 pmladder assess {ladder} --answers {path} --output result.json，"
        "再用 --result result.json",
        "en": "{path} is an answers file, not a saved result: run pmladder assess {ladder} --answers {path} "
        "--output result.json, then pass --result result.json",
    },
    "cli.compare.need-second": {
        "zh": "请给出第二个职级体系，或用 --from 和 --to 比较同一体系的两个级别",
        "en": "give a second ladder, or --from and --to to compare two levels of one ladder",
    },
    "cli.compare.from-to-pair": {
        "zh": "--from 和 --to 必须一起使用",
        "en": "--from and --to go together",
    },
    "cli.compare.from-to-one": {
        "zh": "--from/--to 比较同一职级体系内的两个级别：只给一个职级体系",
        "en": "--from/--to compare two levels of one ladder: give only one ladder",
    },
    "cli.compare.level-needs-competency": {
        "zh": "--level 需要与 --competency 一起使用",
        "en": "--level needs --competency",
    },
    "cli.compare.from-to-alone": {
        "zh": "--from/--to 不能与 --competency、--level 一起使用",
        "en": "--from/--to cannot be combined with --competency or --level",
    },
    "cli.compare.result-alone": {
        "zh": "--result 不能与 --competency、--level、--from、--to 一起使用",
        "en": "--result cannot be combined with --competency, --level, --from or --to",
    },
    # the format of --output FILE (cli/output.py)
    "cli.output.unknown-extension": {
        "zh": "--output {path}：不认识扩展名 {suffix}；报告可以写成 {known}",
        "en": "--output {path}: unknown extension {suffix}; reports can be written as {known}",
    },
    "cli.output.contradicts": {
        "zh": "--format {fmt} 与 --output {path} 不符（{suffix} 文件是 {implied} 格式）；"
        "去掉 --format，或换一个扩展名",
        "en": "--format {fmt} does not match --output {path} (a {suffix} file is {implied}); "
        "leave out --format, or change the extension",
    },
    "cli.output.known": {"zh": "{suffixes}（{fmt}）", "en": "{suffixes} ({fmt})"},
    "cli.output.or": {"zh": " 或 ", "en": " or "},
    "cli.output.and": {"zh": "、", "en": ", "},
    # shell completion (cli/complete.py)
    "cli.complete.bundled": {"zh": "内置职级体系", "en": "bundled ladder"},
    "cli.complete.user": {"zh": "你的职级体系", "en": "your ladder"},
    "cli.complete.no-shell": {
        "zh": "无法判断当前的 shell；指定一个：{var}=source_bash pmladder（可选 {shells}）",
        "en": "cannot tell which shell this is; name it: {var}=source_bash pmladder (shells: {shells})",
    },
    "cli.complete.bad-shell": {
        "zh": "不支持 shell {shell!r} 的补全；支持：{shells}",
        "en": "no completion for shell {shell!r}; shells: {shells}",
    },
    "cli.complete.installed": {
        "zh": "已安装 {shell} 的命令补全：{path}；打开一个新的终端后生效",
        "en": "installed {shell} completion in {path}; it works in a new terminal",
    },
}
