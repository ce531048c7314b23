"""Gold headline, publication date and author of a page, read from its HTML with the standard library.

- title: the page's single `<h1>` (its text, whitespace collapsed), else `og:title`, else `<title>` without the
  site's name: split on " | ", " - ", " – ", " — ", " :: ", " » " and keep the longest part;
- date: `article:published_time` (meta property or name), else JSON-LD `datePublished` (any object of any
  `<script type="application/ld+json">`, `@graph` included), else the first `<time datetime>`; kept as the
  calendar day written in the value (its first 10 characters `YYYY-MM-DD`, the page's own offset, not UTC);
- author: `<meta name="author">`, else JSON-LD `author` (a string, an object's `name`, or a list of them);
  several names in one value are split on ",", ";", "&", "/", "|" and the conjunctions and/et/und/y/e/en/i (", and" too).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from typing import Any, NamedTuple

TITLE_SEPARATORS = re.compile(r" (?:\||-|–|—|::|»|·) ")
NAME_SEPARATORS = re.compile(r"\s*(?:[,;&/|]\s*(?:(?:and|et|und|y|e|en|i)\s)?|\s(?:and|et|und|y|e|en|i)\s)\s*", re.IGNORECASE)
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
SPACE = re.compile(r"\s+")


class PageMeta(NamedTuple):
    title: str | None
    date: dt.date | None
    authors: tuple[str, ...]


class _Collector(HTMLParser):
    """Collects h1 texts, <title>, meta tags, JSON-LD blocks and <time datetime> values in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.h1: list[list[str]] = []
        self.title: list[str] = []
        self.meta: list[dict[str, str]] = []
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self._in_h1 = 0
        self._in_title = False
        self._in_json = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "h1":
            self._in_h1 += 1
            if self._in_h1 == 1:
                self.h1.append([])
        elif tag == "title" and not self.title:
            self._in_title = True
        elif tag == "meta":
            self.meta.append(a)
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        elif tag == "script":
            self._in_script = True
            if a.get("type", "").lower().strip() == "application/ld+json":
                self._in_json = True
                self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._in_h1:
            self._in_h1 -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_script = self._in_json = False

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.json_ld[-1] += data
        elif self._in_script:
            return
        if self._in_h1:
            self.h1[-1].append(data)
        if self._in_title:
            self.title.append(data)


def collapse(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def _json_objects(blocks: list[str]) -> list[dict[str, Any]]:
    """Every JSON object in the JSON-LD blocks, depth first (lists and @graph walked)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.append(node)
            for value in node.values():
                if isinstance(value, dict | list):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for block in blocks:
        try:
            walk(json.loads(block))
        except ValueError:
            continue
    return found


def _meta(collector: _Collector, *names: str) -> str | None:
    for tag in collector.meta:
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in names and collapse(tag.get("content", "")):
            return collapse(tag["content"])
    return None


def strip_site_name(title: str) -> str:
    """The longest part of a `<title>` split on the usual site-name separators."""
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if parts else title


def parse_day(value: str | None) -> dt.date | None:
    match = ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _author_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _author_names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _author_names(item)]
    return []


def split_names(names: list[str]) -> tuple[str, ...]:
    parts = [collapse(p) for name in names for p in NAME_SEPARATORS.split(name)]
    return tuple(dict.fromkeys(p for p in parts if p))


def page_metadata(html: str) -> PageMeta:
    """The page's headline, publication day and author names, as the module docstring defines them."""
    collector = _Collector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):
        pass
    h1 = [collapse("".join(parts)) for parts in collector.h1]
    h1 = [t for t in h1 if t]
    title = h1[0] if len(h1) == 1 else _meta(collector, "og:title")
    if title is None and collector.title:
        title = strip_site_name(collapse("".join(collector.title))) or None
    objects = _json_objects(collector.json_ld)
    date_value = _meta(collector, "article:published_time")
    if date_value is None:
        date_value = next((str(o["datePublished"]) for o in objects if o.get("datePublished")), None)
    if date_value is None and collector.times:
        date_value = collector.times[0]
    author = _meta(collector, "author")
    names = [author] if author else next((_author_names(o["author"]) for o in objects if o.get("author")), [])
    return PageMeta(title, parse_day(date_value), split_names(names))
