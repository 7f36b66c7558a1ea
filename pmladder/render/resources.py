"""Learning resources as words: one line each (kind, title, author, what to take from it, address)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from pmladder.i18n import t
from pmladder.render.blocks import Bullets

if TYPE_CHECKING:
    from pmladder.model.ladder import Lang, Text


class ResourceLike(Protocol):
    """What a line needs: a ladder's resource, or one a saved plan carries."""

    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def author(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def note(self) -> Text | None: ...


def _chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def resource_line(resource: ResourceLike, lang: Lang) -> str:
    """``Book: Inspired by Marty Cagan — what to take from it · https://…`` (书：《启示录》（Marty Cagan）——…)."""
    title = resource.title.get(lang)
    if lang == "zh" and resource.kind == "book" and _chinese(title) and not title.startswith("《"):
        title = f"《{title}》"
    if resource.author:
        title = t("resources.by", lang, title=title, author=resource.author)
    line = t(f"resources.kind-{resource.kind}", lang) + ("：" if lang == "zh" else ": ") + title
    if resource.note is not None:
        line += ("——" if lang == "zh" else " — ") + resource.note.get(lang)
    if resource.url:
        line += f" · {resource.url}"
    return line


def resource_bullets(resources: list[ResourceLike], lang: Lang) -> Bullets | None:
    """The resources under their label, or None when there are none."""
    if not resources:
        return None
    return Bullets([resource_line(r, lang) for r in resources], label=t("resources.label", lang))
