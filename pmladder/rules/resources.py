"""The rules of a ladder's learning resources: competencies that exist, no resource twice, web addresses with a host."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from pmladder.model.ladder import Ladder, Resource
from pmladder.rules.common import Collector, PathKey

#: one label of a host name: letters (also non-ASCII ones), digits and inner hyphens
_HOST_LABEL = re.compile(r"^(?!-)[0-9A-Za-z\u00a1-\uffff-]{1,63}(?<!-)$")
#: what a title is compared by: no case, spaces, quotation marks or book-title marks
_TITLE_NOISE = re.compile(r"[\s《》〈〉「」『』“”\"'‘’:：·.,，。!！?？()（）-]+")

#: ``ref(value, known ids, kind, path)``: reports a reference to an id that is not defined
RefCheck = Callable[[str, list[str], str, PathKey], None]


def well_formed_url(url: str) -> bool:
    """Whether an http(s) address names a host (``name.tld``, labels of letters, digits and hyphens) and,
    if it gives one, a port that is a number: what the schema's pattern cannot tell."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        return False
    host = parts.hostname
    if not host or "." not in host:
        return False
    return all(_HOST_LABEL.match(label) for label in host.split("."))


def _title_key(text: str) -> str:
    return _TITLE_NOISE.sub("", text).casefold()


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}?{parts.query}"


def check_resources(ladder: Ladder, out: Collector, ref: RefCheck, *, hidden: bool = False) -> None:
    """Every resource names competencies of the ladder, each once; no resource is listed twice (by title in
    either language, or by address); addresses name a host; and, when the ladder lists resources, every
    competency has at least one (a warning). ``hidden``: some resources were left out of a partial read,
    so a competency may have had its resource there."""
    known = [c.id for c in ladder.competencies]
    first_title: dict[tuple[str, str], int] = {}
    first_url: dict[str, int] = {}
    for i, resource in enumerate(ladder.resources):
        _check_competencies(resource, i, out, ref, known)
        _check_twice(resource, i, out, first_title, first_url)
        if resource.url is not None and not well_formed_url(resource.url):
            out.add(("resources", i, "url"), "resource-url", at_key=False, value=resource.url)
    if ladder.resources and not hidden:
        covered = {c for r in ladder.resources for c in r.competencies}
        for i, comp in enumerate(ladder.competencies):
            if comp.id not in covered:
                out.add(("competencies", i, "id"), "no-resources", severity="warning", at_key=False, id=comp.id)


def _check_competencies(resource: Resource, i: int, out: Collector, ref: RefCheck, known: list[str]) -> None:
    seen: dict[str, int] = {}
    for j, competency in enumerate(resource.competencies):
        path: PathKey = ("resources", i, "competencies", j)
        if competency in seen:
            out.add(path, "duplicate-resource", at_key=False, variant="competency", id=competency,
                    line=out.line(("resources", i, "competencies", seen[competency])))
            continue
        seen[competency] = j
        ref(competency, known, "competency", path)


def _check_twice(
    resource: Resource, i: int, out: Collector, first_title: dict[tuple[str, str], int], first_url: dict[str, int]
) -> None:
    """A resource whose title (in either language) or address an earlier one has: reported once, at the
    title when that is what repeats, else at the address."""
    title = {"zh": resource.title.zh, "en": resource.title.en}
    earlier = None
    for lang in ("zh", "en"):
        key = (lang, _title_key(title[lang]))
        if key[1] and key in first_title and earlier is None:
            earlier = first_title[key]
        first_title.setdefault(key, i)
    if earlier is not None:
        out.add(("resources", i, "title"), "duplicate-resource", at_key=True, variant="title", title=title,
                line=out.line(("resources", earlier)))
        return
    if resource.url is None:
        return
    url = _url_key(resource.url)
    if url in first_url:
        out.add(("resources", i, "url"), "duplicate-resource", at_key=False, variant="url", value=resource.url,
                line=out.line(("resources", first_url[url])))
    first_url.setdefault(url, i)
