"""Data Docs that open styled and offline.

Great Expectations' pages load Bootstrap, jQuery, Font Awesome and a few table plug-ins from CDNs. Here the
stylesheets, scripts and fonts they need are copied from pinned Python packages (XStatic-Bootstrap,
XStatic-jQuery, fontawesomefree; see requirements.lock) into `static/vendor/` of the site, each page's remote
references are rewritten to those files or dropped, and the index is replaced by a static page that shows
each validation's outcome and counts.
"""

from __future__ import annotations

import html
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import quote

VENDOR = Path("static") / "vendor"
# Local file (under VENDOR) -> (package, path of the file or folder inside it).
ASSETS = {
    "bootstrap/bootstrap.min.css": ("xstatic.pkg.bootstrap", "data/css/bootstrap.min.css"),
    "bootstrap/bootstrap.bundle.min.js": ("xstatic.pkg.bootstrap", "data/js/bootstrap.bundle.min.js"),
    "jquery/jquery.min.js": ("xstatic.pkg.jquery", "data/jquery.min.js"),
    "fontawesome/css/all.min.css": ("fontawesomefree", "static/fontawesomefree/css/all.min.css"),
    "fontawesome/webfonts": ("fontawesomefree", "static/fontawesomefree/webfonts"),
    "fontawesome/LICENSE.txt": ("fontawesomefree", "static/fontawesomefree/LICENSE.txt"),
}
# A remote stylesheet or script whose URL contains the key is served by the local asset; any other is dropped
# (vega charts are for profiling pages, the bootstrap-table plug-ins only enhance tables that render without them;
# Bootstrap's bundle includes Popper).
REMOTE_TO_LOCAL = {
    "/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
    "/js/bootstrap.min.js": "bootstrap/bootstrap.bundle.min.js",
    "/jquery-3.": "jquery/jquery.min.js",
    "/font-awesome/": "fontawesome/css/all.min.css",
}
REMOTE_TAG = re.compile(
    r"<(script|link)\b[^>]*?\b(?:src|href)=\"(https?://[^\"]*)\"[^>]*>(?:\s*</script>)?", re.I
)
REMOTE_IMG = re.compile(r"<img\b[^>]*?\bsrc=\"(https?://[^\"]*)\"[^>]*>", re.I)
REMOTE_CSS_URL = re.compile(r"url\(['\"]?https?://[^)]*\)", re.I)
# GX's dark-mode overrides assume a dark Bootstrap theme from a CDN: without it they darken tables only.
DARK_MODE = "@media (prefers-color-scheme: dark)"
NEWSLETTER_FOOTER = re.compile(r"<footer>(?:(?!</footer>).)*newsletter(?:(?!</footer>).)*</footer>", re.S | re.I)
LOGO = Path("static") / "images" / "logo-long.png"  # GX's navbar loads it from a bucket; its static folder has it
FAVICON = Path("static") / "images" / "favicon.ico"
# GX's favicon link on result pages climbs one folder too few.
FAVICON_LINK = re.compile(r"<link rel=\"shortcut icon\" href=\"[^\"]*\"")


@dataclass(frozen=True)
class ResultPage:
    """One validation result as the index lists it."""

    data_asset: str
    suite: str
    run_name: str
    run_time: str
    evaluated: int
    failed: int  # failed expectations, of which
    warnings: int  # those of severity `warning` (reported, published anyway)
    page: str  # path relative to the site folder

    @property
    def outcome(self) -> str:
        return "failed" if self.failed > self.warnings else "warning" if self.failed else "passed"


def copy_assets(site: Path) -> None:
    """Copy the vendored stylesheets, scripts and fonts into `site/static/vendor`."""
    for local, (package, inside) in ASSETS.items():
        source = resources.files(package).joinpath(inside)
        target = site / VENDOR / local
        target.parent.mkdir(parents=True, exist_ok=True)
        with resources.as_file(source) as path:
            if path.is_dir():
                shutil.copytree(path, target, dirs_exist_ok=True)
            else:
                shutil.copyfile(path, target)


def _relative(site: Path, page: Path, target: Path) -> str:
    return Path(os.path.relpath(site / target, page.parent)).as_posix()


def localise(text: str, site: Path, page: Path) -> str:
    """One page with every remote stylesheet, script, image and CSS url() served locally or removed."""

    def tag(match: re.Match[str]) -> str:
        kind, url = match.group(1).lower(), match.group(2)
        local = next((asset for key, asset in REMOTE_TO_LOCAL.items() if key in url), None)
        if local is None:
            return ""
        href = _relative(site, page, VENDOR / local)
        return f'<script src="{href}"></script>' if kind == "script" else f'<link rel="stylesheet" href="{href}">'

    def image(match: re.Match[str]) -> str:
        if not match.group(1).split("?")[0].endswith(LOGO.name):
            return ""
        return match.group(0).replace(match.group(1), _relative(site, page, LOGO))

    text = REMOTE_IMG.sub(image, REMOTE_TAG.sub(tag, text))
    text = FAVICON_LINK.sub(f'<link rel="shortcut icon" href="{_relative(site, page, FAVICON)}"', text)
    text = REMOTE_CSS_URL.sub("none", text).replace(DARK_MODE, "@media not all")
    return NEWSLETTER_FOOTER.sub("", text)


ICONS = {
    "passed": '<i class="fas fa-check-circle text-success" aria-hidden="true"></i>',
    "warning": '<i class="fas fa-exclamation-triangle text-warning" aria-hidden="true"></i>',
    "failed": '<i class="fas fa-times-circle text-danger" aria-hidden="true"></i>',
}
ROW_CLASS = {"passed": "", "warning": "table-warning", "failed": "table-danger"}


def _results_table(results: Sequence[ResultPage]) -> str:
    rows = "".join(
        f'<tr class="{ROW_CLASS[r.outcome]}"><td class="text-center">{ICONS[r.outcome]}</td>'
        f'<td><a href="{html.escape(quote(r.page))}">{html.escape(r.data_asset)}</a></td><td>{html.escape(r.suite)}</td>'
        f'<td class="text-right">{r.evaluated:,}</td><td class="text-right">{r.failed:,}</td><td>{r.outcome}</td></tr>'
        for r in results
    )
    head = "".join(
        f"<th{cls}>{title}</th>"
        for title, cls in (("Status", ""), ("Data asset", ""), ("Expectation suite", ""),
                           ("Evaluated", ' class="text-right"'), ("Failed", ' class="text-right"'), ("Outcome", ""))
    )  # fmt: skip
    return f'<table class="table table-sm table-hover"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _verdict(results: Sequence[ResultPage]) -> str:
    failed = sum(r.outcome == "failed" for r in results)
    warned = sum(r.outcome == "warning" for r in results)
    if failed:
        return f'<div class="alert alert-danger">{ICONS["failed"]} {failed} of {len(results)} validations failed.</div>'
    if warned:
        warning = f"{warned} of {len(results)} validations have warnings only."
        return f'<div class="alert alert-warning">{ICONS["warning"]} {warning}</div>'
    return f'<div class="alert alert-success">{ICONS["passed"]} All {len(results)} validations passed.</div>'


def index_page(site: Path, results: Sequence[ResultPage]) -> str:
    """The site's front page: the run, every validation with its outcome and counts, and the suites."""
    runs = sorted({(r.run_name, r.run_time) for r in results})
    run_line = "; ".join(f"run <b>{html.escape(name)}</b> at {html.escape(time)}" for name, time in runs)
    suites = "".join(
        f'<li><a href="{html.escape(p.relative_to(site).as_posix())}">{html.escape(p.stem)}</a></li>'
        for p in sorted((site / "expectations").rglob("*.html"))
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>curate · Data Docs</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="{(VENDOR / "bootstrap/bootstrap.min.css").as_posix()}">'
        f'<link rel="stylesheet" href="{(VENDOR / "fontawesome/css/all.min.css").as_posix()}">'
        f'<link rel="shortcut icon" href="{FAVICON.as_posix()}" type="image/x-icon"></head><body>'
        '<nav class="navbar sticky-top border-bottom bg-white"><span class="navbar-brand">'
        f'<img src="{LOGO.as_posix()}" alt="Great Expectations" style="height:40px"> curate · Data Docs</span></nav>'
        f'<main class="container-fluid pt-4 pl-5 pr-5"><p class="text-muted">{run_line}</p>{_verdict(results)}'
        f'<h2 class="h4 mt-4">Validation results</h2>{_results_table(results)}'
        f'<h2 class="h4 mt-4">Expectation suites</h2><ul>{suites}</ul></main></body></html>\n'
    )


def make_offline(site: Path, results: Sequence[ResultPage]) -> None:
    """Vendor the assets into `site`, localise every page, and write the index from `results`."""
    copy_assets(site)
    for page in site.rglob("*"):
        if page.suffix in {".html", ".css"} and not page.is_relative_to(site / VENDOR):  # GX's pages and styles
            page.write_text(localise(page.read_text(encoding="utf-8"), site, page), encoding="utf-8")
    (site / "index.html").write_text(index_page(site, results), encoding="utf-8")
