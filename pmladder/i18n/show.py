"""Words of the `show` command itself (cli/show.py); what it prints is worded in render_ladder.py."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "show.faq-alone": {
        "zh": "--faq 显示整个职级体系的常见问题，不能与 {option} 同用",
        "en": "--faq shows the whole ladder's FAQ and cannot be combined with {option}",
    },
}
