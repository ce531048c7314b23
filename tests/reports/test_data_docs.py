"""Data Docs open offline and styled, and say what passed, what failed and which rows broke a check."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote

import polars as pl
import pytest

from flows import tasks
from schemas import DATASETS
from reports.data_docs import VENDOR
from schemas.validation import DEFAULT_RUN_NAME, ValidationReport, validate_datasets

ICONS = {"passed": "fa-check-circle", "warning": "fa-exclamation-triangle", "failed": "fa-times-circle"}
RESOURCE = re.compile(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", re.I)
ANCHOR = re.compile(r"<a\b[^>]*?\bhref=\"([^\"#]+)(?:#[^\"]*)?\"", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)['\"]?\s*\)", re.I)
INDEX_ROW = re.compile(
    r'<tr class="[^"]*"><td class="text-center"><i class="fas ([a-z-]+)[^"]*"[^>]*></i></td>'
    r'<td><a href="([^"]+)">([^<]+)</a></td>'
    r'<td>([^<]+)</td><td class="text-right">([\d,]+)</td><td class="text-right">([\d,]+)</td><td>(\w+)</td></tr>'
)  # fmt: skip


def _pages(site: Path, suffixes: tuple[str, ...] = (".html",)) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.suffix in suffixes)


def _text(page: Path) -> str:
    """The page's visible text, tags stripped and spaces collapsed."""
    raw = page.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


def _index_rows(site: Path) -> list[tuple[str, ...]]:
    return INDEX_ROW.findall((site / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def broken_site(seeds_output: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ValidationReport, list[str]]:
    """Data Docs of the seeds with two claims pointing at no document and every article undetermined (a warning)."""
    frames = tasks.read_published(seeds_output)
    files = tasks.published_files(tasks.read_manifest(seeds_output))
    claims, docs = frames["claims"], frames["documents"]
    broken_rows = [3, claims.height - 1]
    doc_ids = claims["doc_id"].to_list()
    for row in broken_rows:
        doc_ids[row] = f"no-such-doc-{row}"
    frames = {
        **frames,
        "claims": claims.with_columns(pl.Series("doc_id", doc_ids, dtype=pl.String)),
        "documents": docs.with_columns(pl.lit("und").alias("lang"), pl.lit(0.0).alias("lang_score")),
    }
    site = tmp_path_factory.mktemp("broken_docs") / "_validation"
    report = validate_datasets(frames, files, docs_dir=site, run_id="run-0042")
    return site, report, [claims["claim_id"][row] for row in broken_rows]


def test_no_page_loads_anything_from_the_network(seeds_output: Path) -> None:
    site = seeds_output / "_validation"
    pages = _pages(site, (".html", ".css"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        remote = [u for u in RESOURCE.findall(text) + CSS_URL.findall(text) if re.match(r"(?i)https?:|//", u)]
        assert remote == [], page


def test_every_local_asset_and_link_exists(seeds_output: Path) -> None:
    """Scripts, stylesheets, images, fonts of the vendored CSS and links between pages all resolve."""
    site = seeds_output / "_validation"
    checked = 0
    for page in _pages(site, (".html", ".css")):
        text = page.read_text(encoding="utf-8")
        urls = RESOURCE.findall(text) + ANCHOR.findall(text) + CSS_URL.findall(text)
        for url in urls:
            if re.match(r"(?i)[a-z]+:|//|#", url):  # data: URIs, external links (not resources), anchors
                continue
            target = page.parent / unquote(url.split("?")[0].split("#")[0])
            assert target.exists(), f"{page}: {url}"
            checked += 1
    assert checked > 100


def test_styles_scripts_and_icons_come_from_the_pinned_packages(seeds_output: Path) -> None:
    from importlib import metadata

    site = seeds_output / "_validation"
    vendor = site / VENDOR
    fonts = {p.name for p in (vendor / "fontawesome" / "webfonts").glob("*.woff2")}
    assert fonts >= {"fa-solid-900.woff2", "fa-regular-400.woff2"}
    css = (vendor / "fontawesome" / "css" / "all.min.css").read_text(encoding="utf-8")
    assert f"Font Awesome Free {metadata.version('fontawesomefree')}" in css
    bootstrap = (vendor / "bootstrap" / "bootstrap.min.css").read_text(encoding="utf-8")
    assert f"Bootstrap v{metadata.version('XStatic-Bootstrap').rsplit('.', 1)[0]}" in bootstrap  # 4.5.3.1 ships 4.5.3
    result = next((site / "validations").rglob("*.html")).read_text(encoding="utf-8")
    for asset in ("bootstrap/bootstrap.min.css", "fontawesome/css/all.min.css", "jquery/jquery.min.js",
                  "bootstrap/bootstrap.bundle.min.js"):
        assert f"static/vendor/{asset}" in result
    assert result.index("jquery.min.js") < result.index("bootstrap.bundle.min.js")  # Bootstrap's plug-ins need jQuery
    icons = set(re.findall(r'class="fas (fa-[a-z-]+)', result))
    assert "fa-check-circle" in icons  # the Status column
    for icon in icons | set(ICONS.values()):
        assert f".{icon}" in css, icon


def test_no_newsletter_footer_no_dead_filter_buttons(seeds_output: Path) -> None:
    for page in _pages(seeds_output / "_validation"):
        text = page.read_text(encoding="utf-8")
        assert "greatexpectations.io/newsletter" not in text and "Clear Filters" not in text, page
        assert not re.search(r"<footer\b", text), page


def test_index_shows_every_validation_with_its_outcome_and_counts(broken_site) -> None:
    site, report, _ = broken_site
    rows = _index_rows(site)
    assets = [asset for _, _, asset, *_ in rows]
    assert assets == [*DATASETS, "documents_integrity", "sections_integrity", "claims_integrity", "files",
                      "documents_profile", "files_profile"]  # fmt: skip
    failed_by_asset = {a: sum(f.dataset == a for f in report.failures) for a in assets}
    for icon, href, asset, _suite, evaluated, failed, outcome in rows:
        assert int(failed) == failed_by_asset[asset]
        severities = {f.severity for f in report.failures if f.dataset == asset}
        expected = "failed" if "critical" in severities else "warning" if severities else "passed"
        assert outcome == expected, asset
        assert icon == ICONS[outcome]
        assert f"Evaluated Expectations {evaluated}" in _text(site / unquote(href))
    outcomes = {asset: outcome for _, _, asset, _, _, _, outcome in rows}
    assert outcomes["claims_integrity"] == "failed" and outcomes["documents_profile"] == "warning"
    index = _text(site / "index.html")
    assert "run run-0042" in index and f"1 of {len(rows)} validations failed" in index


def test_a_failing_integrity_check_lists_the_offending_ids(broken_site) -> None:
    site, report, claim_ids = broken_site
    failure = next(f for f in report.failures if (f.dataset, f.column) == ("claims_integrity", "doc_id_in_documents"))
    assert all(claim_id in failure.observed for claim_id in claim_ids) and "False" not in failure.observed
    page = next((site / "validations" / "claims_integrity").rglob("*.html"))
    text = _text(page)
    section = text[text.index("Every claim's doc_id exists in documents"):]
    assert all(claim_id in section for claim_id in claim_ids)
    assert "[False" not in text and "Sampled Unexpected Values False" not in text


def test_result_pages_name_the_data_asset_and_the_run(broken_site, seeds_output: Path, tmp_path: Path) -> None:
    site, _, _ = broken_site
    for page in (site / "validations").rglob("*.html"):
        text = _text(page)
        asset = page.stem.split("-", 1)[0]  # GX names the page after the batch: <data asset>-<data asset>
        assert f"Data asset: {asset} " in text and "Run Name run-0042" in text, page
    frames = tasks.read_published(seeds_output)
    files = tasks.published_files(tasks.read_manifest(seeds_output))
    default = tmp_path / "_validation"
    validate_datasets({**frames, "claims": frames["claims"].head(20)}, files, docs_dir=default)
    page = next((default / "validations" / f"claims_v{DATASETS['claims'].VERSION}").rglob("*.html"))
    assert f"Run Name {DEFAULT_RUN_NAME}" in _text(page)
    assert [r[2] for r in _index_rows(default)][:5] == list(DATASETS)
