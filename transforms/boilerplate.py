"""Classify every line of every file as content (`rule` null), blank, or boilerplate with a named rule.

Rules run in the order of RULES; the first that matches names the line. Line features are Polars
expressions over the `lines` frame (one row per input line); nothing is dropped here: the audit of
removed lines is simply the rows whose `rule` is set.
"""

from __future__ import annotations

import polars as pl

# --- line shape -------------------------------------------------------------------------------------
NBSP = "\u00a0\u202f\u2007"  # non-breaking spaces: kept in text, treated as spaces by every rule
BULLET_PREFIX = r"^[\s•·▪◦●○■□►▸‣∙*>|»\-–—]+"  # menu items and share buttons often carry a bullet
TERMINAL = r"[.!?…][\"'»”’)\]]*$"  # a sentence end, possibly followed by closing quotes or brackets
PROSE_MIN_WORDS = 10  # a line this long is prose whatever its punctuation
PROSE_MIN_WORDS_PUNCT = 5  # a shorter line is prose only if it ends a sentence

# --- rule tables ------------------------------------------------------------------------------------
COUNTER = r"^\d{1,6}$"  # like/comment counters and page ids: "0", "1815"
CSS_CLASSES = r"^[\w.-]+(?:,[\w. -]*){3,}$"  # WordPress body-class lists: "paged,page-template,..."
# Short interface lines, matched on the whole line (bullets and trailing punctuation removed, lower-cased).
# One alternation per category, languages: fr, en, de, es, it.
PHRASES: dict[str, str] = {
    "share": r"partager|partagez|partager sur \w+|share|share this|share on \w+|teilen|compartir|condividi|"
    r"tweet|tweeter|facebook|twitter|linkedin|pinterest|whatsapp|e-?mail|envoyer à un ami|"
    r"send to a friend|j'aime|like|likes|me gusta|mi piace|gefällt mir",
    "print": r"imprimer|imprimer l'article|print|print this|drucken|imprimir|stampa|version imprimable",
    "subscribe": r"s'abonner|abonnez-vous|je m'abonne|abonnement|subscribe|subscribe now|abonnieren|"
    r"suscribirse|suscríbete|iscriviti|abbonati|rss|flux rss|rss feed",
    "login": r"se connecter|connexion|s'identifier|déconnexion|mon compte|créer un compte|s'inscrire|"
    r"log ?in|log ?out|sign ?in|sign ?up|sign out|my account|register|anmelden|abmelden|registrieren|"
    r"mein konto|iniciar sesión|registrarse|mi cuenta|accedi|registrati|il mio account",
    "newsletter": r"newsletter|newsletters|inscrivez-vous à (?:la|notre) newsletter|"
    r"sign up for (?:our|the) newsletter|recevoir la newsletter",
    "navigation": r"recherche|rechercher|search|suche|suchen|buscar|búsqueda|cerca|ricerca|menu|menü|"
    r"accueil|home|startseite|inicio|retour|retour en haut|retour haut de page|haut de page|"
    r"back to top|nach oben|volver arriba|torna su|skip to content|aller au contenu|"
    r"zum inhalt springen|ir al contenido|vai al contenuto|plan du site|sitemap|contact|contactez-nous|"
    r"contact us|kontakt|contacto|contatti|à propos|about|about us|über uns|acerca de|chi siamo|"
    r"blog|archives|catégories|categories|kategorien|categorías|categorie|tags|étiquettes|"
    r"lire la suite|read more|continue reading|weiterlesen|leer más|leggi tutto|voir plus|see more",
    "comments": r"commentaires?|\d+ commentaires?|laisser un commentaire|ajouter un commentaire|répondre|"
    r"comments?|\d+ comments?|leave a (?:comment|reply)|reply|kommentare?|antworten|comentarios?|"
    r"responder|commenti|commento|rispondi|no comments yet|aucun commentaire",
    "related": r"articles? similaires|articles? liés|à lire aussi|lire aussi|voir aussi|sur le même sujet|"
    r"related posts?|related articles?|you may also like|see also|ähnliche beiträge|das könnte sie auch "
    r"interessieren|artículos relacionados|te puede interesar|articoli correlati|potrebbe interessarti|"
    r"articles? précédents?|articles? suivants?|previous post|next post|vorheriger beitrag|"
    r"nächster beitrag|entrada anterior|siguiente entrada|articolo precedente|articolo successivo",
    "pagination": r"page \d+(?: (?:of|sur|de|von|di) \d+)?|page suivante|page précédente|next page|"
    r"previous page|nächste seite|vorherige seite|página siguiente|página anterior|pagina successiva|"
    r"pagina precedente|suivant|précédent|next|previous|weiter|zurück|siguiente|anterior|"
    r"successivo|precedente|[«‹<]+|[»›>]+|\d+(?: \d+){1,}(?: …)?(?: \d+)?",
    "legal": r"mentions légales|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|"
    r"politique de confidentialité|données personnelles|legal notice|terms(?: of (?:use|service))?|"
    r"terms and conditions|privacy(?: policy)?|impressum|datenschutz(?:erklärung)?|agb|"
    r"nutzungsbedingungen|aviso legal|política de privacidad|términos y condiciones|note legali|"
    r"informativa sulla privacy|termini e condizioni|accessibilité|accessibility",
    "cookie": r"cookies?|paramètres des cookies|gérer les cookies|cookie settings|accept(?: all)?(?: cookies)?|"
    r"accepter(?: et fermer)?|tout accepter|j'accepte|ok|refuser|alle akzeptieren|aceptar|accetta",
}
PHRASE_MAX_WORDS = 8  # interface lines are short; a longer line quoting "partager" is prose
# Sentence-length lines that are still boilerplate, matched anywhere in the line.
COOKIE_SENTENCE = (
    r"(?i)\bcookies?\b.*\b(?:utilis|accept|use|using|verwend|akzeptier|usamos|utiliza|utilizziamo|"
    r"utilizza|consent|navigation|browsing|navegación|navigazione)"
)
COPYRIGHT = (
    r"(?i)^(?:©|\(c\)|copyright\b)|©\s*\d{4}|tous droits réservés|all rights reserved|"
    r"alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati"
)
LONG_LINE_MAX_WORDS = 40  # a cookie or copyright notice longer than this is an article about them
# Bylines whose fields are empty or only a date: "Publié par le | Mis à jour le", "Posted on 3 May 2017".
BYLINE_CUE = (
    r"(?i)^(?:publié|publiée|posté|postée|mis à jour|modifié|écrit|rédigé|par|le|published|posted|updated|"
    r"written|by|on|veröffentlicht|aktualisiert|von|am|publicado|actualizado|escrito|por|el|pubblicato|"
    r"aggiornato|scritto|da|il)\b"
)
MONTHS = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
BYLINE_WORDS = (
    r"(?i)\b(?:publié|publiée|posté|postée|mis|à|jour|modifié|écrit|rédigé|par|le|la|en|published|posted|"
    r"updated|written|by|on|in|at|veröffentlicht|aktualisiert|von|am|um|publicado|actualizado|escrito|"
    r"por|el|en|pubblicato|aggiornato|scritto|da|il|alle|de|du|the|of|" + MONTHS + r"|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|h|min|am|pm|utc|cet)\b"
)
BYLINE_MAX_WORDS = 14
DATE_ONLY = (
    r"(?i)^(?:(?:le |on |am |el |il )?(?:\w+day |lundi |mardi |mercredi |jeudi |vendredi |samedi |dimanche )?"
    r"\d{1,2}(?:er)?[ ./-](?:\d{1,2}|" + MONTHS + r")\.?[ ./-]\d{2,4}|(?:" + MONTHS + r")\.? \d{1,2},? \d{4}|"
    r"\d{4}-\d{2}-\d{2})(?:[ ,àat]+\d{1,2}[:h]\d{2})?$"
)
NAV_MAX_WORDS = 8  # head/tail lines at most this long and not prose are navigation
REPEAT_MIN_FILES = 2  # a line in this many distinct files of the run is template text (cc_net-style)
REPEAT_MAX_WORDS = 20  # only short lines: a repeated paragraph is a duplicate article, not a template
REPEAT_MIN_CHARS = 3

RULES = (  # precedence, and the allowed values of `rule` in the boilerplate audit
    "counter", "css_classes", "cookie", "copyright", "share", "print", "subscribe", "login", "newsletter",
    "comments", "related", "pagination", "legal", "navigation", "byline_empty", "date",
    "repeated_across_files", "nav_head", "nav_tail",
)  # fmt: skip


def _phrase_pattern(alternation: str) -> str:
    return rf"^(?:{alternation})$"


def add_line_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Per-line features every rule reads: `clean` (NBSP as space, trimmed), words, prose, position."""
    clean = pl.col("text").str.replace_all(f"[{NBSP}]", " ").str.strip_chars()
    return (
        lines.with_columns(clean.alias("clean"))
        .with_columns(
            (pl.col("clean") == "").alias("is_blank"),
            pl.col("clean").str.count_matches(r"\S+").cast(pl.Int32).alias("n_words"),
            pl.col("clean").str.contains(TERMINAL).alias("ends_sentence"),
            pl.col("clean")
            .str.replace(BULLET_PREFIX, "")
            .str.replace(r"[\s.:!?…,;|]+$", "")
            .str.to_lowercase()
            .str.replace_all(r"[’`]", "'")
            .str.replace_all(r"\s+", " ")
            .alias("phrase_key"),
        )
        .with_columns(
            (
                (pl.col("n_words") >= PROSE_MIN_WORDS)
                | ((pl.col("n_words") >= PROSE_MIN_WORDS_PUNCT) & pl.col("ends_sentence"))
            ).alias("is_prose"),
        )
    )


def _first_match(conditions: list[tuple[str, pl.Expr]]) -> pl.Expr:
    expr = pl.lit(None, dtype=pl.String)
    for rule, condition in reversed(conditions):
        expr = pl.when(condition).then(pl.lit(rule)).otherwise(expr)
    return expr


def flag_line_rules(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Name each line by the first matching single-line rule (`line_rule`); blank lines stay null."""
    short = pl.col("n_words") <= PHRASE_MAX_WORDS
    key = pl.col("phrase_key")
    byline_residue = pl.col("clean").str.replace_all(BYLINE_WORDS, "").str.replace_all(r"[\W\d_]+", "")
    conditions = [
        ("counter", pl.col("clean").str.contains(COUNTER)),
        ("css_classes", pl.col("clean").str.contains(CSS_CLASSES) & ~pl.col("clean").str.contains(", ")),
        ("cookie", (pl.col("n_words") <= LONG_LINE_MAX_WORDS) & pl.col("clean").str.contains(COOKIE_SENTENCE)),
        ("copyright", (pl.col("n_words") <= LONG_LINE_MAX_WORDS) & pl.col("clean").str.contains(COPYRIGHT)),
        *[(rule, short & key.str.contains(_phrase_pattern(alt))) for rule, alt in PHRASES.items()],
        (
            "byline_empty",
            (pl.col("n_words") <= BYLINE_MAX_WORDS)
            & pl.col("clean").str.contains(BYLINE_CUE)
            & (byline_residue == ""),
        ),
        ("date", pl.col("clean").str.contains(DATE_ONLY)),
    ]
    return lines.with_columns(
        pl.when(pl.col("is_blank")).then(pl.lit(None, dtype=pl.String)).otherwise(_first_match(conditions))
        .alias("line_rule")
    )


def flag_repeated_lines(
    lines: pl.LazyFrame, *, min_files: int = REPEAT_MIN_FILES, max_words: int = REPEAT_MAX_WORDS
) -> pl.LazyFrame:
    """Mark short non-prose lines found in `min_files` distinct files (by content hash): site templates.

    Files with identical bytes count once, so a file duplicated under two names keeps its text; a
    repeated sentence is shared (wire) text or a duplicate article, which the repetition rule leaves alone.
    """
    candidate = (
        ~pl.col("is_blank")
        & ~pl.col("is_prose")
        & (pl.col("n_words") <= max_words)
        & (pl.col("phrase_key").str.len_chars() >= REPEAT_MIN_CHARS)
    )
    n_files = pl.col("source_sha256").filter(candidate).n_unique().over("phrase_key")
    return lines.with_columns(
        (candidate & (n_files >= min_files)).fill_null(False).alias("is_repeated"),
    )


def flag_head_tail_navigation(lines: pl.LazyFrame, *, max_words: int = NAV_MAX_WORDS) -> pl.LazyFrame:
    """Mark short non-prose lines before a file's first prose line or after its last as navigation.

    The last such line before the first prose line is spared: it is the article title.
    """
    by_file = "source_path"
    prose_no = pl.when(pl.col("is_prose") & pl.col("line_rule").is_null()).then(pl.col("line_no"))
    kept_short = (
        ~pl.col("is_blank") & pl.col("line_rule").is_null() & ~pl.col("is_repeated") & ~pl.col("is_prose")
    )
    return (
        lines.with_columns(
            prose_no.min().over(by_file).alias("_first_prose"),
            prose_no.max().over(by_file).alias("_last_prose"),
        )
        .with_columns(
            pl.when(kept_short & (pl.col("line_no") < pl.col("_first_prose").fill_null(0)))
            .then(pl.col("line_no"))
            .max()
            .over(by_file)
            .alias("_title_line"),
        )
        .with_columns(
            pl.when(
                kept_short
                & (pl.col("n_words") <= max_words)
                & (pl.col("line_no") < pl.col("_first_prose"))
                & (pl.col("line_no") != pl.col("_title_line").fill_null(-1))
            )
            .then(pl.lit("nav_head"))
            .when(kept_short & (pl.col("line_no") > pl.col("_last_prose")))
            .then(pl.lit("nav_tail"))
            .alias("nav_rule"),
        )
        .drop("_first_prose", "_last_prose", "_title_line")
    )


def classify_lines(
    lines: pl.LazyFrame,
    *,
    repeat_min_files: int = REPEAT_MIN_FILES,
    repeat_max_words: int = REPEAT_MAX_WORDS,
    nav_max_words: int = NAV_MAX_WORDS,
) -> pl.LazyFrame:
    """Add `rule` (null for content and blank lines) plus the features the later stages read."""
    return (
        lines.pipe(add_line_features)
        .pipe(flag_line_rules)
        .pipe(flag_repeated_lines, min_files=repeat_min_files, max_words=repeat_max_words)
        .pipe(flag_head_tail_navigation, max_words=nav_max_words)
        .with_columns(
            pl.coalesce(
                pl.col("line_rule"),
                pl.when(pl.col("is_repeated")).then(pl.lit("repeated_across_files")),
                pl.col("nav_rule"),
            ).alias("rule")
        )
        .drop("line_rule", "nav_rule", "is_repeated")
    )
