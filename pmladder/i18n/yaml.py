"""Words of the YAML reader, of reading files and of finding ladders (pmladder/io/), in both languages."""

from __future__ import annotations

# Keys are the issue codes validate shows (``yaml-syntax``, ``duplicate-key``...) and, for an issue code whose
# sentence depends on the case, the case's code given as its ``detail`` (``yaml.ambiguous-bool``...).
from pmladder.i18n import Catalogue

# Every entry is a str.format template, also one without parameters: a brace is written {{ or }}.
MESSAGES: Catalogue = {
    "too-large": {
        "zh": "文件超过 {limit:,} 字节（1 MiB）的上限",
        "en": "the file is larger than the limit of {limit:,} bytes (1 MiB)",
    },
    "too-many-problems": {
        "zh": "问题超过 {limit:,} 个：文件的其余部分没有检查",
        "en": "more than {limit:,} problems: the rest of the file was not checked",
    },
    "yaml-tag": {"zh": "不允许使用 {tag} 这样的标签", "en": "tags such as {tag} are not allowed"},
    "number-not-finite": {
        "zh": "{value!r}：不允许无穷大或 NaN",
        "en": "{value!r}: infinite and NaN numbers are not allowed",
    },
    "yaml-multi": {"zh": "每个文件只能有一个 YAML 文档", "en": "only one YAML document per file is allowed"},
    "yaml-aliases": {"zh": "别名超过 {limit} 个", "en": "more than {limit} aliases"},
    "yaml-alias": {"zh": "未知的别名 *{name}", "en": "unknown alias *{name}"},
    "yaml-too-many-nodes": {
        "zh": "文档展开后超过 {limit:,} 个值",
        "en": "the document expands to more than {limit:,} values",
    },
    "yaml-depth": {"zh": "嵌套超过 {limit} 层", "en": "nested deeper than {limit} levels"},
    "yaml-merge": {
        "zh": "不支持合并键（<<）：请直接写出各个值",
        "en": "merge keys (<<) are not supported: write the values out",
    },
    "duplicate-key": {
        "zh": "重复的键 {name!r}（第一次出现在第 {line} 行第 {col} 列）",
        "en": "duplicate key {name!r} (first at line {line}, col {col})",
    },
    "empty": {"zh": "文档是空的", "en": "the document is empty"},
    "encoding": {"zh": "{detail}", "en": "{detail}"},
    "control-char": {"zh": "{detail}", "en": "{detail}"},
    "yaml-ambiguous": {"zh": "{detail}", "en": "{detail}"},
    "number-too-large": {"zh": "{detail}", "en": "{detail}"},
    "yaml-key": {"zh": "{detail}", "en": "{detail}"},
    "yaml-syntax": {"zh": "{detail}", "en": "{detail}"},
    "yaml.utf16": {
        "zh": "文件是 UTF-16 或 UTF-32 编码：请另存为 UTF-8",
        "en": "the file is UTF-16 or UTF-32 encoded: save it as UTF-8",
    },
    "yaml.not-utf8": {
        "zh": "不是 UTF-8 编码：字节 0x{byte:02x} 无法解码",
        "en": "not UTF-8: byte 0x{byte:02x} cannot be decoded",
    },
    "yaml.bom-inside": {
        "zh": "文件中间不允许出现字节顺序标记（U+FEFF）",
        "en": "a byte-order mark (U+FEFF) inside the file is not allowed",
    },
    "yaml.control": {"zh": "不允许控制字符 U+{point:04X}", "en": "control character U+{point:04X} is not allowed"},
    "yaml.control-value": {
        "zh": "文本中不允许控制字符 U+{point:04X}",
        "en": "control character U+{point:04X} is not allowed in text",
    },
    "yaml.ambiguous-bool": {
        "zh": "{value!r} 在一些 YAML 解析器中是布尔值，在另一些中是字符串：请写 true/false，或加引号",
        "en": "{value!r} means a boolean to some YAML readers and a string to others: write true/false, or quote it",
    },
    "yaml.ambiguous-octal": {
        "zh": "{value!r} 在一些 YAML 解析器中是八进制，在另一些中是十进制：请去掉前导零，或加引号",
        "en": "{value!r} is octal to some YAML readers and decimal to others: drop the leading zero, or quote it",
    },
    "yaml.ambiguous-number": {
        "zh": "{value!r} 在一些 YAML 解析器中是数字，在另一些中是字符串：请写普通十进制数，或加引号",
        "en": "{value!r} is a number to some YAML readers and a string to others: write a plain decimal, or quote it",
    },
    "yaml.ambiguous-date": {
        "zh": "{value!r} 在一些 YAML 解析器中是数字或日期，在另一些中是字符串：请加引号",
        "en": "{value!r} is a number or a date to some YAML readers and a string to others: quote it",
    },
    "yaml.number-digits": {
        "zh": "数字有 {digits} 位，太大（最多 {limit} 位）",
        "en": "a number with {digits} digits is too large (at most {limit})",
    },
    "yaml.number-long": {"zh": "数字太长", "en": "the number is too long"},
    "yaml.key-type": {
        "zh": "键必须是文本；{name} 会被读成{what}：请加引号",
        "en": "keys must be text; {name} is read as {what}: quote it",
    },
    "yaml.key-collection": {"zh": "键必须是文本，而不是列表或映射", "en": "keys must be text, not a list or mapping"},
    "yaml.tab": {"zh": "YAML 不能用制表符缩进：请使用空格", "en": "a tab cannot indent YAML: use spaces"},
    "yaml.syntax": {"zh": "YAML 语法错误：{detail}", "en": "{detail}"},
    "kind.mapping": {"zh": "映射（键: 值）", "en": "a mapping (key: value)"},
    "kind.list": {"zh": "列表", "en": "a list"},
    "kind.text": {"zh": "文本", "en": "text"},
    "kind.int": {"zh": "整数", "en": "a whole number"},
    "kind.number": {"zh": "数字", "en": "a number"},
    "kind.bool": {"zh": "true 或 false", "en": "true or false"},
    "kind.null": {"zh": "空值（null）", "en": "nothing (null)"},
    "file.no-file": {"zh": "{path}：没有这个文件", "en": "{path}: no such file"},
    "file.is-folder": {"zh": "{path}：这是文件夹，不是文件", "en": "{path}: is a folder, not a file"},
    "file.cannot-read": {"zh": "{path}：无法读取（{reason}）", "en": "{path}: cannot read ({reason})"},
    "file.not-regular": {
        "zh": "{path}：不是普通文件（是设备或套接字）",
        "en": "{path}: not a regular file (a device or a socket)",
    },
    "file.dangling-link": {
        "zh": "{path}：符号链接指向的 {target} 不存在",
        "en": "{path}: a symbolic link to {target}, which does not exist",
    },
    "file.cannot-read-folder": {
        "zh": "{path}：无法读取文件夹（{reason}）",
        "en": "{path}: cannot read the folder ({reason})",
    },
    "ladder.no-ladder-file": {"zh": "{path}：没有这个职级体系文件", "en": "{path}: no such ladder file"},
    "ladder.folder-ladder": {
        "zh": "{path}：这是文件夹，不是职级体系文件（pmladder ladders {path} 会列出其中的职级体系）",
        "en": "{path}: is a folder, not a ladder file (pmladder ladders {path} lists the ladders in it)",
    },
    "ladder.unknown": {
        "zh": "未知的职级体系 {name!r}；内置：{bundled}；用户目录 {folder}：{user}",
        "en": "unknown ladder {name!r}; bundled ladders: {bundled}; in {folder}: {user}",
    },
    "ladder.nothing": {"zh": "无", "en": "none"},
    "ladder.cannot-read-list": {"zh": "无法读取该文件夹（{reason}）", "en": "cannot read the folder ({reason})"},
    "load.more-problem": {
        "zh": "（还有 1 个问题；运行 {command} 查看全部）",
        "en": " (and 1 more problem; run {command} to see both)",
    },
    "load.more-error": {
        "zh": "（还有 1 个错误；运行 {command} 查看全部）",
        "en": " (and 1 more error; run {command} to see both)",
    },
    "load.more-errors": {
        "zh": "（还有 {count} 个错误；运行 {command} 查看全部）",
        "en": " (and {count} more errors; run {command} to see them all)",
    },
    "load.more-problems": {
        "zh": "（还有 {count} 个问题；运行 {command} 查看全部）",
        "en": " (and {count} more problems; run {command} to see them all)",
    },  # an issue as a refusal names it, after its file:line:col, and what follows it
    "load.refused": {"zh": "{file}:{line}:{col}: {issue}{more}", "en": "{file}:{line}:{col}: {issue}{more}"},
    "load.issue": {"zh": "{severity} {code} {text}{where}", "en": "{severity} {code} {text}{where}"},
    "load.issue-path": {"zh": " ({path})", "en": " ({path})"},
    # the YAML parsers' phrases (a phrase not here is shown as the parser gives it, in English)
    "yaml-parser.from-line": {"zh": "{phrase}（从第 {line} 行起）", "en": "{phrase} (from line {line})"},
    "yaml-parser.context-problem": {"zh": "{context}：{problem}", "en": "{context}: {problem}"},
    "yaml-parser.while": {"zh": "{verb}{what}时", "en": "while {verb} {what}"},
    "yaml-parser.parsing": {"zh": "解析", "en": "parsing"},
    "yaml-parser.scanning": {"zh": "扫描", "en": "scanning"},
    "yaml-parser.expected-found": {
        "zh": "应为{expected}，但遇到{found}",
        "en": "expected {expected}, but found {found}",
    },
    "yaml-parser.expected-got": {"zh": "应为{expected}，但遇到{found}", "en": "expected {expected}, but got {found}"},
    "yaml-parser.cannot-start": {
        "zh": "遇到不能作为任何记号开头的字符 {char}",
        "en": "found character {char} that cannot start any token",
    },
    "yaml-parser.undefined-handle": {
        "zh": "遇到未定义的标签前缀 {handle}",
        "en": "found undefined tag handle {handle}",
    },
    "yaml-parser.unknown-escape": {"zh": "遇到未知的转义字符 {char}", "en": "found unknown escape character {char}"},
    "yaml-parser.anchor-first": {
        "zh": "锚点 {name} 重复；第一次出现",
        "en": "found duplicate anchor {name}; first occurrence",
    },
    "yaml-parser.anchor-second": {
        "zh": "锚点 {name} 重复；第二次出现",
        "en": "found duplicate anchor {name}; second occurrence",
    },
    "yaml-parser.escape-digits": {
        "zh": "应为 {count} 位十六进制数字的转义序列，但遇到 {found}",
        "en": "expected escape sequence of {count} hexadecimal numbers, but found {found}",
    },
    "yaml-parser.malformed-yaml": {"zh": "YAML 格式不正确", "en": "malformed YAML"},
    "yaml-parser.mapping-values-are-not-allowed-in-this-context": {
        "zh": "此处不允许出现映射值（“: ”）；含“: ”的文本请加引号",
        "en": "mapping values are not allowed in this context",
    },
    "yaml-parser.mapping-values-are-not-allowed-here": {
        "zh": "此处不允许出现映射值（“: ”）；含“: ”的文本请加引号",
        "en": "mapping values are not allowed here",
    },
    "yaml-parser.mapping-keys-are-not-allowed-in-this-context": {
        "zh": "此处不允许出现映射键（“? ”）",
        "en": "mapping keys are not allowed in this context",
    },
    "yaml-parser.mapping-keys-are-not-allowed-here": {
        "zh": "此处不允许出现映射键（“? ”）",
        "en": "mapping keys are not allowed here",
    },
    "yaml-parser.entries-not-allowed-in-this-context": {
        "zh": "此处不允许出现列表项（“- ”）",
        "en": "block sequence entries are not allowed in this context",
    },
    "yaml-parser.block-sequence-entries-are-not-allowed-here": {
        "zh": "此处不允许出现列表项（“- ”）",
        "en": "block sequence entries are not allowed here",
    },
    "yaml-parser.did-not-find-expected-key": {"zh": "没有找到预期的键", "en": "did not find expected key"},
    "yaml-parser.could-not-find-expected-colon": {"zh": "没有找到预期的 ':'", "en": "could not find expected ':'"},
    "yaml-parser.found-character-that-cannot-start-any-token": {
        "zh": "遇到不能作为任何记号开头的字符",
        "en": "found character that cannot start any token",
    },
    "yaml-parser.found-unexpected-end-of-stream": {"zh": "文件意外结束", "en": "found unexpected end of stream"},
    "yaml-parser.did-not-find-expected-node-content": {
        "zh": "没有找到预期的节点内容",
        "en": "did not find expected node content",
    },
    "yaml-parser.found-undefined-tag-handle": {"zh": "遇到未定义的标签前缀", "en": "found undefined tag handle"},
    "yaml-parser.did-not-find-expected-dash-indicator": {
        "zh": "没有找到预期的 '-'",
        "en": "did not find expected '-' indicator",
    },
    "yaml-parser.did-not-find-expected-comma-or-rbracket": {
        "zh": "没有找到预期的 ',' 或 ']'",
        "en": "did not find expected ',' or ']'",
    },
    "yaml-parser.did-not-find-expected-comma-or-rbrace": {
        "zh": "没有找到预期的 ',' 或 '}}'",
        "en": "did not find expected ',' or '}}'",
    },
    "yaml-parser.did-not-find-expected-comment-or-line-break": {
        "zh": "没有找到预期的注释或换行",
        "en": "did not find expected comment or line break",
    },
    "yaml-parser.did-not-find-expected-document-start": {
        "zh": "没有找到预期的文档开始（---）",
        "en": "did not find expected <document start>",
    },
    "yaml-parser.no-expected-alphanumeric": {
        "zh": "没有找到预期的字母或数字",
        "en": "did not find expected alphabetic or numeric character",
    },
    "yaml-parser.did-not-find-expected-whitespace-or-line-break": {
        "zh": "没有找到预期的空白或换行",
        "en": "did not find expected whitespace or line break",
    },
    "yaml-parser.did-not-find-the-expected": {"zh": "没有找到预期的 '>'", "en": "did not find the expected '>'"},
    "yaml-parser.did-not-find-expected-tag-uri": {
        "zh": "没有找到预期的标签 URI",
        "en": "did not find expected tag URI",
    },
    "yaml-parser.did-not-find-expected-hexdecimal-number": {
        "zh": "没有找到预期的十六进制数字",
        "en": "did not find expected hexdecimal number",
    },
    "yaml-parser.did-not-find-uri-escaped-octet": {
        "zh": "没有找到 URI 转义的字节",
        "en": "did not find URI escaped octet",
    },
    "yaml-parser.found-unexpected-document-indicator": {
        "zh": "遇到意外的文档分隔符",
        "en": "found unexpected document indicator",
    },
    "yaml-parser.found-unexpected-document-separator": {
        "zh": "遇到意外的文档分隔符",
        "en": "found unexpected document separator",
    },
    "yaml-parser.found-unknown-escape-character": {"zh": "遇到未知的转义字符", "en": "found unknown escape character"},
    "yaml-parser.found-invalid-unicode-character-escape-code": {
        "zh": "遇到无效的 Unicode 转义码",
        "en": "found invalid Unicode character escape code",
    },
    "yaml-parser.found-an-indentation-indicator-equal-to-0": {
        "zh": "缩进指示符不能是 0",
        "en": "found an indentation indicator equal to 0",
    },
    "yaml-parser.indentation-indicator-not-1-9": {
        "zh": "缩进指示符应在 1 到 9 之间，但遇到 0",
        "en": "expected indentation indicator in the range 1-9, but found 0",
    },
    "yaml-parser.found-a-tab-character-that-violates-indentation": {
        "zh": "制表符破坏了缩进",
        "en": "found a tab character that violates indentation",
    },
    "yaml-parser.found-a-tab-character-that-violate-indentation": {
        "zh": "制表符破坏了缩进",
        "en": "found a tab character that violate indentation",
    },
    "yaml-parser.tab-where-indentation-space-expected": {
        "zh": "应为缩进空格的地方出现了制表符",
        "en": "found a tab character where an indentation space is expected",
    },
    "yaml-parser.found-unexpected-colon": {"zh": "遇到意外的 ':'", "en": "found unexpected ':'"},
    "yaml-parser.found-incompatible-yaml-document": {
        "zh": "遇到不兼容的 YAML 文档版本",
        "en": "found incompatible YAML document",
    },
    "yaml-parser.incompatible-yaml-document-version": {
        "zh": "遇到不兼容的 YAML 文档版本（需要 1.*）",
        "en": "found incompatible YAML document (version 1.* is required)",
    },
    "yaml-parser.found-duplicate-pct-yaml-directive": {"zh": "%YAML 指令重复", "en": "found duplicate %YAML directive"},
    "yaml-parser.found-duplicate-yaml-directive": {"zh": "%YAML 指令重复", "en": "found duplicate YAML directive"},
    "yaml-parser.found-duplicate-pct-tag-directive": {"zh": "%TAG 指令重复", "en": "found duplicate %TAG directive"},
    "yaml-parser.found-non-specific-tag-bang": {"zh": "遇到非特定标签 '!'", "en": "found non-specific tag '!'"},
    "yaml-parser.found-an-incorrect-leading-utf-8-octet": {
        "zh": "遇到不正确的 UTF-8 首字节",
        "en": "found an incorrect leading UTF-8 octet",
    },
    "yaml-parser.found-an-incorrect-trailing-utf-8-octet": {
        "zh": "遇到不正确的 UTF-8 后续字节",
        "en": "found an incorrect trailing UTF-8 octet",
    },
    "yaml-parser.incomplete-utf-8-octet-sequence": {
        "zh": "不完整的 UTF-8 字节序列",
        "en": "incomplete UTF-8 octet sequence",
    },
    "yaml-parser.control-characters-are-not-allowed": {
        "zh": "不允许控制字符",
        "en": "control characters are not allowed",
    },
    "yaml-parser.input-is-too-long": {"zh": "输入太长", "en": "input is too long"},
    "yaml-parser.special-characters-are-not-allowed": {
        "zh": "不允许特殊字符",
        "en": "special characters are not allowed",
    },
    "yaml-parser.expected-a-single-document-in-the-stream": {
        "zh": "文件中应只有一个文档",
        "en": "expected a single document in the stream",
    },
    "yaml-parser.what.a-block-mapping": {"zh": "块映射", "en": "a block mapping"},
    "yaml-parser.what.a-block-collection": {"zh": "块列表", "en": "a block collection"},
    "yaml-parser.what.a-block-node": {"zh": "块节点", "en": "a block node"},
    "yaml-parser.what.a-flow-mapping": {"zh": "流式映射（{{...}}）", "en": "a flow mapping"},
    "yaml-parser.what.a-flow-sequence": {"zh": "流式列表（[...]）", "en": "a flow sequence"},
    "yaml-parser.what.a-flow-node": {"zh": "流式节点", "en": "a flow node"},
    "yaml-parser.what.a-node": {"zh": "节点", "en": "a node"},
    "yaml-parser.what.a-block-mapping-node": {"zh": "块映射节点", "en": "a block mapping node"},
    "yaml-parser.what.a-flow-mapping-node": {"zh": "流式映射节点", "en": "a flow mapping node"},
    "yaml-parser.what.a-tag": {"zh": "标签", "en": "a tag"},
    "yaml-parser.what.a-simple-key": {"zh": "简单键", "en": "a simple key"},
    "yaml-parser.what.a-plain-scalar": {"zh": "无引号文本", "en": "a plain scalar"},
    "yaml-parser.what.a-quoted-scalar": {"zh": "引号文本", "en": "a quoted scalar"},
    "yaml-parser.what.a-double-quoted-scalar": {"zh": "双引号文本", "en": "a double-quoted scalar"},
    "yaml-parser.what.a-single-quoted-scalar": {"zh": "单引号文本", "en": "a single-quoted scalar"},
    "yaml-parser.what.a-block-scalar": {"zh": "块文本", "en": "a block scalar"},
    "yaml-parser.what.an-anchor": {"zh": "锚点", "en": "an anchor"},
    "yaml-parser.what.an-alias": {"zh": "别名", "en": "an alias"},
    "yaml-parser.what.a-directive": {"zh": "指令", "en": "a directive"},
    "yaml-parser.what.a-pct-yaml-directive": {"zh": "%YAML 指令", "en": "a %YAML directive"},
    "yaml-parser.what.a-pct-tag-directive": {"zh": "%TAG 指令", "en": "a %TAG directive"},
    "yaml-parser.what.for-the-next-token": {"zh": "下一个记号", "en": "for the next token"},
    "yaml-parser.token.block-end": {"zh": "块结束", "en": "<block end>"},
    "yaml-parser.token.document-start": {"zh": "文档开始（---）", "en": "<document start>"},
    "yaml-parser.token.the-node-content": {"zh": "节点内容", "en": "the node content"},
    "yaml-parser.token.a-comment-or-a-line-break": {"zh": "注释或换行", "en": "a comment or a line break"},
    "yaml-parser.token.alphabetic-or-numeric-character": {"zh": "字母或数字", "en": "alphabetic or numeric character"},
    "yaml-parser.token.a-digit": {"zh": "数字", "en": "a digit"},
    "yaml-parser.token.uri": {"zh": "URI", "en": "URI"},
    "yaml-parser.token.q-scalar": {"zh": "文本", "en": "'<scalar>'"},
    "yaml-parser.token.q-block-mapping-start": {"zh": "块映射开始", "en": "'<block mapping start>'"},
    "yaml-parser.token.q-block-sequence-start": {"zh": "块列表开始", "en": "'<block sequence start>'"},
    "yaml-parser.token.q-block-entry": {"zh": "列表项（- ）", "en": "'<block entry>'"},
    "yaml-parser.token.q-block-end": {"zh": "块结束", "en": "'<block end>'"},
    "yaml-parser.token.q-key": {"zh": "键", "en": "'<key>'"},
    "yaml-parser.token.q-value": {"zh": "值（: ）", "en": "'<value>'"},
    "yaml-parser.token.q-flow-mapping-start": {"zh": "'{{'", "en": "'<flow mapping start>'"},
    "yaml-parser.token.q-flow-mapping-end": {"zh": "'}}'", "en": "'<flow mapping end>'"},
    "yaml-parser.token.q-flow-sequence-start": {"zh": "'['", "en": "'<flow sequence start>'"},
    "yaml-parser.token.q-flow-sequence-end": {"zh": "']'", "en": "'<flow sequence end>'"},
    "yaml-parser.token.q-flow-entry": {"zh": "','", "en": "'<flow entry>'"},
    "yaml-parser.token.q-anchor": {"zh": "锚点", "en": "'<anchor>'"},
    "yaml-parser.token.q-alias": {"zh": "别名", "en": "'<alias>'"},
    "yaml-parser.token.q-tag": {"zh": "标签", "en": "'<tag>'"},
    "yaml-parser.token.q-stream-end": {"zh": "文件结束", "en": "'<stream end>'"},
    "yaml-parser.token.q-document-start": {"zh": "文档开始（---）", "en": "'<document start>'"},
    "yaml-parser.token.q-document-end": {"zh": "文档结束（...）", "en": "'<document end>'"},
}
