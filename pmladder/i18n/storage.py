"""Words of saving files: why a file could not be written."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "storage.cannot-write": {"en": "{path}: cannot write ({reason})", "zh": "{path}：无法写入（{reason}）"},
    "storage.is-folder": {"zh": "这是一个文件夹，请给出文件名", "en": "it is a folder; give a file name"},
    "storage.no-permission": {"zh": "没有写入权限", "en": "permission denied"},
    "storage.all-taken": {
        "zh": "同一秒内的 {count} 个文件名都已被占用",
        "en": "all {count} names for the same second are taken",
    },
}
