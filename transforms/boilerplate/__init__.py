"""Classify every line of every file as content (`rule` null), blank, or boilerplate with a named rule.

Three layers, each a pure Polars expression chain over the `lines` frame (one row per input line):
1. single-line rules (line_rules: phrase tables, counters, cookies, captions, comment forms, bylines, dates) and
   cross-file repetition (repetition: counted once per content, copies of a page count once) name the lines that
   are boilerplate on their own;
2. the main content block of each file (main_block: body-text extraction over lines, the stretch where lines a
   small logistic line model (line_model) calls article text outweigh the rest most) removes the page chrome
   before and after the article(s), and a comments/related marker after the article cuts what follows (not a
   related-links box the article's sentences resume after); a page whose block holds less than a paragraph of
   sentences has no block;
3. context rules inside the block (context): runs of headline-shaped lines (teaser lists) and short lines wedged
   between boilerplate lines (menus).
classify_lines runs them in order with one `BoilerplateParams`. The words, patterns and thresholds are in rules
(words grouped by language). Rules are named in RULES, in precedence order; nothing is dropped here: the audit of
removed lines is simply the rows whose `rule` is set. Thresholds were chosen on the `tune` half of the Scrapinghub
benchmark (../shared/eval/boilerplate, split.json) and checked, never tuned, on `heldapart` and on the French
pages of boilerplate_multilingual; docs/tuning.md holds the measurements behind them.
"""

from transforms.boilerplate.classify import classify_lines
from transforms.boilerplate.context import flag_menu_neighbours, flag_teaser_runs
from transforms.boilerplate.line_model import (
    add_context_model_features,
    add_model_features,
    add_text_model_features,
    line_content_probability,
)
from transforms.boilerplate.line_rules import add_line_features, flag_line_rules, line_text_features, per_distinct_text
from transforms.boilerplate.main_block import find_main_block, flag_outside_block
from transforms.boilerplate.repetition import file_fingerprints, flag_repeated_lines, repeated_keys, repetition_pairs
from transforms.boilerplate.rules import (
    LANGUAGES,
    LINE_MODEL_WEIGHTS,
    MODEL_FEATURES,
    PROBABILITY_STEPS,
    RULES,
    BoilerplateParams,
    LanguageWords,
)
from transforms.lexicon import EDGE_SPACE

__all__ = [
    "EDGE_SPACE",
    "LANGUAGES",
    "LINE_MODEL_WEIGHTS",
    "MODEL_FEATURES",
    "PROBABILITY_STEPS",
    "RULES",
    "BoilerplateParams",
    "LanguageWords",
    "add_context_model_features",
    "add_line_features",
    "add_model_features",
    "add_text_model_features",
    "classify_lines",
    "file_fingerprints",
    "find_main_block",
    "flag_line_rules",
    "flag_menu_neighbours",
    "flag_outside_block",
    "flag_repeated_lines",
    "flag_teaser_runs",
    "line_content_probability",
    "line_text_features",
    "per_distinct_text",
    "repeated_keys",
    "repetition_pairs",
]
