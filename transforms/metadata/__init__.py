"""Headline, author and publication date of each article, recovered from the text alone (see the modules)."""

from transforms.metadata.attach import META_PARAMS, MetaParams, add_article_metadata
from transforms.metadata.rules import NEVER_TITLE_PATTERNS
from transforms.metadata.titles import TITLE_PARAMS, TitleParams, mark_titles, never_title, restore_titles

METADATA_RULES = ("byline", "above_title", "head_chrome")  # the rules this step adds to the boilerplate audit

__all__ = [
    "METADATA_RULES", "META_PARAMS", "MetaParams", "NEVER_TITLE_PATTERNS", "TITLE_PARAMS", "TitleParams",
    "add_article_metadata", "mark_titles", "never_title", "restore_titles",
]  # fmt: skip
