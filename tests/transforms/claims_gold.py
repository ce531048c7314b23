"""The claims gold (tests/data/claims_gold/, see its README.md): load it, run it through the pipeline's path and score it.

Each gold row is one sentence; a passage is a run of consecutive sentences of one paragraph and its text is their
join by one space. Every passage is split by `split_sentences` and typed by `type_claims`, as
`pipeline.build_claims` does; each gold sentence takes the prediction of the predicted sentence it overlaps most
(the earlier one on a tie). Used by tests/transforms/test_claims_gold.py and benchmarks/bench_claims.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from transforms.claims import CLAIM_TYPES, type_claims
from transforms.sentences import split_sentences

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "claims_gold"
SPLITS = ("tune", "test")
NON_CLAIM = "non-claim"
LABELS = (*CLAIM_TYPES, NON_CLAIM)  # rows and columns of the confusion matrix
GOLD_SCHEMA = {
    "source": pl.String, "passage": pl.String, "lang": pl.String, "split": pl.String, "text": pl.String,
    "is_claim": pl.Boolean, "claim_type": pl.String, "numbers": pl.List(pl.String),
    "number_values": pl.List(pl.Float64), "units": pl.List(pl.String),
}
VALUE_TOLERANCE = 1e-9  # relative: values are parsed from the same digits, only float rounding may differ


def load_gold(directory: Path = GOLD_DIR) -> pl.DataFrame:
    """Every gold row in file order (files by name), with `row` (its position) and `char_start`/`char_end` (its
    offsets in the passage text)."""
    files = sorted(directory.glob("*.jsonl"))
    gold = pl.concat([pl.read_ndjson(path, schema=GOLD_SCHEMA) for path in files]).with_row_index("row")
    length = pl.col("text").str.len_chars().cast(pl.Int64)
    end = (length + 1).cum_sum().over("passage") - 1  # rows of a passage are consecutive, in order
    return gold.with_columns((end - length).alias("char_start"), end.alias("char_end"))


def passage_texts(gold: pl.DataFrame) -> pl.DataFrame:
    """One row per passage: passage, lang, split, text (its sentences joined by one space)."""
    return gold.group_by("passage", maintain_order=True).agg(
        pl.col("lang").first(), pl.col("split").first(), pl.col("text").str.join(" ")
    )


def predict(passages: pl.DataFrame) -> pl.DataFrame:
    """Every sentence the pipeline finds in each passage, typed; `is_claim` tells what build_claims would keep."""
    sentences = split_sentences(passages.lazy().select("passage", "text"), key="passage", text_col="text")
    typed = sentences.join(passages.lazy().select("passage", "lang"), on="passage", maintain_order="left")
    return typed.pipe(type_claims, text_col="sentence", lang_col="lang").collect()


def _label(is_claim: str, claim_type: str) -> pl.Expr:
    return pl.when(pl.col(is_claim)).then(pl.col(claim_type)).otherwise(pl.lit(NON_CLAIM))


def align(gold: pl.DataFrame, predicted: pl.DataFrame) -> pl.DataFrame:
    """The gold rows with `gold_label`, `pred_label` (a type, or 'non-claim' where not emitted as a claim),
    `exact` (the predicted sentence has the same span) and the predicted `pred_*` number columns."""
    optional = [name for name in ("number_values", "units") if name in predicted.columns]
    pred = predicted.select(
        "passage", pl.col("char_start").alias("p_start"), pl.col("char_end").alias("p_end"),
        _label("is_claim", "claim_type").alias("pred_label"), pl.col("has_number").alias("pred_has_number"),
        *(pl.col(name).alias(f"pred_{name}") for name in ("numbers", *optional)),
    )
    overlap = pl.min_horizontal("char_end", "p_end") - pl.max_horizontal("char_start", "p_start")
    best = (
        gold.select("row", "passage", "char_start", "char_end")
        .join(pred, on="passage")
        .with_columns(overlap.alias("overlap"))
        .filter(pl.col("overlap") > 0)
        .sort(["row", "overlap", "p_start"], descending=[False, True, False])
        .group_by("row", maintain_order=True)
        .first()
        .with_columns(((pl.col("p_start") == pl.col("char_start")) & (pl.col("p_end") == pl.col("char_end"))).alias("exact"))
        .drop("passage", "char_start", "char_end", "overlap")
    )
    return gold.with_columns(_label("is_claim", "claim_type").alias("gold_label")).join(
        best, on="row", how="left", maintain_order="left"
    ).with_columns(pl.col("pred_label").fill_null(NON_CLAIM), pl.col("exact").fill_null(False))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class HalfScores:
    """The figures of one half (tune or test) of the gold."""

    n_sentences: int
    per_type: dict[str, tuple[float, float, float, int]]  # type -> (precision, recall, f1, support)
    macro_f1: float
    nonclaim_fp: float  # share of gold non-claims emitted as claims
    n_nonclaims: int
    has_number: float  # share of exactly split sentences whose has_number equals the gold's
    has_number_misses: list[str]
    number_values: float | None  # share of exactly split sentences with numbers whose values all match; None: not emitted
    units: float | None
    n_exact: int
    boundary: tuple[int, int, int]  # sentence ends inside passages: matched, predicted, gold
    confusion: pl.DataFrame  # gold label x predicted label counts


def _per_type(aligned: pl.DataFrame) -> dict[str, tuple[float, float, float, int]]:
    scores = {}
    for claim_type in CLAIM_TYPES:
        gold, pred = aligned["gold_label"] == claim_type, aligned["pred_label"] == claim_type
        tp, fp, fn = int((gold & pred).sum()), int((~gold & pred).sum()), int((gold & ~pred).sum())
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        scores[claim_type] = (precision, recall, _f1(precision, recall), tp + fn)
    return scores


def _values_match(gold: list[float], pred: list[float] | None) -> bool:
    return pred is not None and len(gold) == len(pred) and all(
        abs(g - p) <= VALUE_TOLERANCE * max(1.0, abs(g)) for g, p in zip(gold, pred, strict=True)
    )


def _number_scores(aligned: pl.DataFrame) -> tuple[float, list[str], float | None, float | None, int]:
    exact = aligned.filter(pl.col("exact"))
    gold_has = exact["numbers"].list.len() > 0
    misses = exact.filter(gold_has != exact["pred_has_number"])["text"].to_list()
    with_numbers = exact.filter(gold_has)
    values = None
    if "pred_number_values" in aligned.columns:
        pairs = zip(with_numbers["number_values"].to_list(), with_numbers["pred_number_values"].to_list(), strict=True)
        values = _ratio(sum(_values_match(g, p) for g, p in pairs), with_numbers.height)
    units = None
    if "pred_units" in aligned.columns:
        units = _ratio(int((with_numbers["units"] == with_numbers["pred_units"]).sum()), with_numbers.height)
    return 1.0 - _ratio(len(misses), exact.height), misses, values, units, exact.height


def _boundaries(gold: pl.DataFrame, predicted: pl.DataFrame) -> tuple[int, int, int]:
    """Sentence end offsets inside each passage (its own end excluded): (matched, predicted, gold) counts."""
    passage_end = pl.col("char_end").max().over("passage")
    gold_ends = gold.filter(pl.col("char_end") < passage_end).select("passage", "char_end")
    pred_ends = predicted.filter(pl.col("char_end") < passage_end).select("passage", "char_end")
    return gold_ends.join(pred_ends, on=["passage", "char_end"]).height, pred_ends.height, gold_ends.height


def boundary_prf(*counts: tuple[int, int, int]) -> tuple[float, float, float]:
    """Precision, recall, F1 of sentence ends over the (matched, predicted, gold) counts of one or more halves."""
    hits, predicted, gold = (sum(column) for column in zip(*counts, strict=True))
    precision, recall = _ratio(hits, predicted), _ratio(hits, gold)
    return precision, recall, _f1(precision, recall)


def confusion(aligned: pl.DataFrame) -> pl.DataFrame:
    """Counts of gold label (rows, column `gold`) by predicted label (one column each), every label present."""
    counts = aligned.pivot(
        on="pred_label", on_columns=list(LABELS), index="gold_label", values="row", aggregate_function="len"
    ).rename({"gold_label": "gold"})
    table = pl.DataFrame({"gold": list(LABELS)}).join(counts, on="gold", how="left", maintain_order="left")
    return table.with_columns(pl.col(LABELS).fill_null(0).cast(pl.UInt32))


def score_half(gold: pl.DataFrame, predicted: pl.DataFrame) -> HalfScores:
    """Scores of the gold rows given (one half) against the predictions for their passages."""
    predicted = predicted.join(gold.select("passage").unique(), on="passage")
    aligned = align(gold, predicted)
    per_type = _per_type(aligned)
    nonclaims = aligned.filter(pl.col("gold_label") == NON_CLAIM)
    has_number, misses, values, units, n_exact = _number_scores(aligned)
    return HalfScores(
        n_sentences=aligned.height,
        per_type=per_type,
        macro_f1=sum(f1 for _, _, f1, _ in per_type.values()) / len(per_type),
        nonclaim_fp=_ratio(int((nonclaims["pred_label"] != NON_CLAIM).sum()), nonclaims.height),
        n_nonclaims=nonclaims.height,
        has_number=has_number,
        has_number_misses=misses,
        number_values=values,
        units=units,
        n_exact=n_exact,
        boundary=_boundaries(gold.select("passage", "char_end"), predicted.select("passage", "char_end")),
        confusion=confusion(aligned),
    )


def score_gold(gold: pl.DataFrame | None = None) -> dict[str, HalfScores]:
    """Both halves of the gold, scored on one run of the pipeline's path over every passage."""
    gold = load_gold() if gold is None else gold
    predicted = predict(passage_texts(gold))
    return {half: score_half(gold.filter(pl.col("split") == half), predicted) for half in SPLITS}


def format_half(name: str, scores: HalfScores) -> str:
    """The figures of one half as text: per type P/R/F1, macro F1, non-claim FP, numbers, boundaries, confusion."""
    lines = [f"== {name}: {scores.n_sentences} sentences, {scores.n_nonclaims} non-claims"]
    lines += [f"  {t:12s} P={p:.3f} R={r:.3f} F1={f:.3f} n={n}" for t, (p, r, f, n) in scores.per_type.items()]
    lines.append(f"  macro F1 = {scores.macro_f1:.3f}   non-claim FP rate = {scores.nonclaim_fp:.3f}")
    values = "not emitted" if scores.number_values is None else f"{scores.number_values:.3f}"
    units = "not emitted" if scores.units is None else f"{scores.units:.3f}"
    lines.append(f"  on {scores.n_exact} exactly split sentences: has_number exact = {scores.has_number:.3f}, "
                 f"number_values exact = {values}, units exact = {units}")
    lines += [f"    has_number differs: {text}" for text in scores.has_number_misses]
    lines.append("  sentence boundaries P={:.3f} R={:.3f} F1={:.3f}".format(*boundary_prf(scores.boundary)))
    header = "  gold \\ predicted " + " ".join(f"{label[:10]:>10s}" for label in LABELS)
    rows = [f"  {row[0]:17s} " + " ".join(f"{count:10d}" for count in row[1:]) for row in scores.confusion.iter_rows()]
    return "\n".join([*lines, header, *rows])


def format_report(scores: dict[str, HalfScores]) -> str:
    return "\n".join(format_half(half, scores[half]) for half in SPLITS)


def summary_line(scores: dict[str, HalfScores]) -> str:
    """One line for benchmark logs."""
    tune, test = scores["tune"], scores["test"]
    return (f"claims: tune_macro_f1={tune.macro_f1:.3f} test_macro_f1={test.macro_f1:.3f} "
            f"test_nonclaim_fp={test.nonclaim_fp:.3f} test_has_number={test.has_number:.3f} "
            f"boundary_f1={boundary_prf(tune.boundary, test.boundary)[2]:.3f}")
