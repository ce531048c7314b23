"""The boilerplate rules' tables: the words of each language, the patterns built from them, the thresholds
(`BoilerplateParams` and the fixed ones), the line model's weights and `RULES`.

Add a language: copy a block such as `DE` below, fill in the words (a field left empty adds nothing), add it to
`LANGUAGES`; its month and weekday names come from transforms/lexicon.py (add them there if missing). The
patterns in the second part join every language's words, so nothing else changes;
tests/transforms/test_boilerplate.py checks that every block's phrases name lines. Fields holding `str` are regex
alternations ("a|b(?:c)?") matched case-insensitively; `tuple` fields are plain lower-case words. The order of
languages and words does not matter: the joined patterns are only tested for a match (`contains`, `is_in`), never
extracted, so "a|b" and "b|a" name the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.lexicon import (
    BULLETS,
    CJK_COLON,
    COLON,
    DASHES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SENTENCE_TERMINATORS,
    TERMINATOR_CLOSERS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    char_class,
)

# Interface phrases are matched on the whole line (bullets and trailing punctuation removed, lower-cased); one
# alternation per rule, in this precedence order.
PHRASE_RULES = (
    "share", "print", "subscribe", "login", "newsletter", "navigation", "comments", "related", "pagination", "legal",
    "cookie",
)  # fmt: skip


@dataclass(frozen=True)
class LanguageWords:
    """One language's words for every rule that reads words (see the pattern each field feeds, further down)."""

    code: str  # ISO 639-1, or "*" for words of every language
    phrases: dict[str, str] = field(default_factory=dict)  # PHRASE_RULES name -> whole-line interface phrases
    count_of: str = ""  # "page 2 of 5", "image 4 of 5"
    cookie_verbs: str = ""  # a cookie notice: "cookies" then one of these (stems)
    cookie_leads: str = ""  # a consent banner's opening sentence
    rights_reserved: str = ""
    no_reproduction: str = ""  # reproduction notices without the © sign
    byline_cues: str = ""  # the word a byline opens with
    byline_words: tuple[str, ...] = ()  # a byline without author is made of these (and digits)
    months: tuple[str, ...] = ()
    date_prefixes: tuple[str, ...] = ()  # "le 3 mai 2019", "on 3 May 2019"
    date_weekdays: tuple[str, ...] = ()  # regexes of the weekday before a day-first date ("lundi 3 mai 2019")
    dateline_words: tuple[str, ...] = ()  # words of a dateline besides byline words: time, reading time, weekdays
    reading_time_labels: str = ""  # "Lesezeit: 3 Min."
    minute_words: str = ""
    reading_time_forms: str = ""  # other whole-line forms: "5 Min Read"
    caption_labels: str = ""  # "Photo: ...", "Image credit: ..."
    caption_by: tuple[str, ...] = ()  # joins a caption label and its credit: "Photo by", "Photo par"
    gallery_labels: str = ""  # "Image 4 of 5"
    credit_labels: str = ""  # "... Credit: ESA" ending a caption
    credit_photo_labels: str = ""  # "(Photo by Kevin Mazur/Getty Images)"
    credit_by: str = ""
    caption_leads: str = ""  # a caption's opening label: "Image caption"
    related_links: str = ""  # "Related: <story>", "Lire aussi : <story>"
    tag_labels: str = ""  # "Filed Under: ...", "Mots-clés : ..."
    comment_forms: str = ""  # comment forms and account prompts, anywhere in a line
    newsletter_sentences: str = ""  # newsletter prompts, anywhere in a line
    follow_prompts: str = ""  # "Follow us on Twitter", "follow him @handle": social prompts, anywhere in a line
    related_headings: str = ""  # a related-links heading: ends the article, or is an inline box inside it
    tail_markers: str = ""  # other headings after which no article text follows: comments, most read
    signature_by: tuple[str, ...] = ()  # an author line closing the article: "Par Didier Barbé"
    closing_credits: str = ""  # the article's closing credit: "Originally published on Live Science."
    stopwords: tuple[str, ...] = ()  # function words: prose has many, headlines and menus few


# Words every language's pages use: brand and feed names, symbols, numbers, time zones.
ANY_LANGUAGE = LanguageWords(
    code="*",
    phrases={
        "share": r"facebook|twitter|linkedin|pinterest|whatsapp|e-?mail",
        "subscribe": r"rss",
        "newsletter": r"newsletter|newsletters",
        "pagination": r"[«‹<]+|[»›>]+|\d+(?: \d+){1,}(?: …)?(?: \d+)?|\d{1,3} ?/ ?\d{1,3}",  # "1 2 3 … 9", a slide "1 / 5"
        "cookie": r"cookies?|ok",
    },
    byline_words=("h", "min", "am", "pm", "utc", "cet"),
    dateline_words=("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "ist", "cest", "utc", "et",
                    "ct", "pt", "hkt", "aest"),
    comment_forms=r"akismet",
)  # fmt: skip

FR = LanguageWords(
    code="fr",
    phrases={
        "share": r"partager|partagez|partager sur \w+|tweeter|envoyer à un ami|j'aime",
        "print": r"imprimer|imprimer l'article|version imprimable",
        "subscribe": r"s'abonner|abonnez-vous|je m'abonne|abonnement|flux rss",
        "login": r"se connecter|connexion|s'identifier|déconnexion|mon compte|créer un compte|s'inscrire",
        "newsletter": r"inscrivez-vous à (?:la|notre) newsletter|recevoir la newsletter",
        "navigation": r"recherche|rechercher|menu|accueil|retour|retour en haut|retour haut de page|haut de page|"
        r"aller au contenu|plan du site|contact|contactez-nous|à propos|archives|catégories|étiquettes|"
        r"lire la suite|voir plus",
        "comments": r"commentaires?|\d+ commentaires?|laisser un commentaire|ajouter un commentaire|répondre|"
        r"aucun commentaire",
        "related": r"articles? similaires|articles? liés|à lire aussi|lire aussi|voir aussi|sur le même sujet|"
        r"articles? précédents?|articles? suivants?",
        "pagination": r"page suivante|page précédente|suivant|précédent",
        "legal": r"mentions légales|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|"
        r"politique de confidentialité|données personnelles|accessibilité",
        "cookie": r"paramètres des cookies|gérer les cookies|accepter(?: et fermer)?|tout accepter|j'accepte|refuser",
    },
    count_of=r"sur",
    cookie_verbs=r"utilis|accept|navigation",
    cookie_leads=r"ce site utilise des cookies|nous utilisons des cookies",
    rights_reserved=r"tous droits réservés",
    no_reproduction=r"reproduction (?:\w+ )?interdite",
    byline_cues=r"publié|publiée|posté|postée|mis à jour|modifié|écrit|rédigé|par|le",
    byline_words=("publié", "publiée", "posté", "postée", "mis", "à", "jour", "modifié", "écrit", "rédigé", "par",
                  "le", "la", "en", "de", "du", *WEEKDAYS["fr"]),
    months=MONTHS["fr"],
    date_prefixes=("le",),
    date_weekdays=WEEKDAYS["fr"],
    dateline_words=("mise", "modifiée", "lecture"),
    reading_time_labels=r"temps de lecture",
    caption_labels=r"crédit|crédits|illustration",
    caption_by=("par",),
    credit_labels=r"crédits?",
    credit_by=r"par",
    related_links=r"lire aussi|à lire aussi|a lire aussi|voir aussi|lire également",
    tag_labels=r"mots[- ]clés|étiquettes",
    comment_forms=r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|les champs obligatoires sont indiqués|"
    r"enregistrer mon nom|prévenez-moi de tous les nouveaux|vous devez être connecté",
    newsletter_sentences=r"abonnez-vous à notre|inscrivez-vous à notre|recevez (?:notre|nos) newsletter",
    follow_prompts=r"suivez-(?:nous|le|la) sur|retrouvez-nous sur",
    related_headings=r"à lire (?:aussi|également)|lire aussi|voir aussi|sur le même (?:sujet|thème)|"
    r"articles? similaires|articles? liés",
    tail_markers=r"commentaires?|réactions?|laisser un commentaire|discussion|dans la même rubrique|"
    r"les plus (?:lus|populaires|partagés)|nos derniers articles",
    signature_by=("par",),
    closing_credits=r"publié initialement|cet article a (?:initialement|d'abord) été publié|"
    r"avec (?:l'afp|afp|reuters|ap)\)?$",
    stopwords=("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour", "pas",
               "sur", "au", "aux", "il", "elle", "ne", "se", "ce", "en"),
)  # fmt: skip

EN = LanguageWords(
    code="en",
    phrases={
        "share": r"share|share this|share on \w+|tweet|send to a friend|like|likes",
        "print": r"print|print this",
        "subscribe": r"subscribe|subscribe now|rss feed",
        "login": r"log ?in|log ?out|sign ?in|sign ?up|sign out|my account|register",
        "newsletter": r"sign up for (?:our|the) newsletter",
        "navigation": r"search|home|back to top|skip to content|sitemap|contact us|about|about us|blog|categories|"
        r"tags|read more|continue reading|see more",
        "comments": r"comments?|\d+ comments?|leave a (?:comment|reply)|reply|no comments yet",
        "related": r"related posts?|related articles?|you may also like|see also|previous post|next post",
        "pagination": r"next page|previous page|next|previous",
        "legal": r"legal notice|terms(?: of (?:use|service))?|terms and conditions|privacy(?: policy)?|accessibility",
        "cookie": r"cookie settings|accept(?: all)?(?: cookies)?",
    },
    count_of=r"of",
    cookie_verbs=r"accept|use|using|consent|navigation|browsing",
    cookie_leads=r"this (?:web)?site uses cookies|we use cookies",
    rights_reserved=r"all rights reserved",
    no_reproduction=r"may not be (?:reproduced|republished|redistributed)",
    byline_cues=r"published|posted|updated|written|by|on",
    byline_words=("published", "posted", "updated", "written", "by", "on", "in", "at", "the", "of", *WEEKDAYS["en"]),
    months=MONTHS["en"] + MONTH_ABBREVIATIONS["en"],
    date_prefixes=("on",),
    date_weekdays=(r"\w+day",),
    dateline_words=("last", "modified", "first", "ago", "min", "mins", "minute", "minutes", "hour", "hours", "read",
                    "reading", "time", "an", "a", "m", "p", *WEEKDAY_ABBREVIATIONS["en"]),
    reading_time_labels=r"reading time",
    minute_words=r"min|mins|minutes?",
    reading_time_forms=r"\d+\s*min(?:ute)?s? read",
    caption_labels=r"image|photo|picture|pic|video|illustration|graphic|source|credit",
    caption_by=("credits?", "by"),
    gallery_labels=r"image|photo|slide|picture",
    credit_labels=r"credits?|photo|image",
    credit_photo_labels=r"photo|image|picture",
    credit_by=r"by|credit|courtesy",
    caption_leads=r"image caption|media caption|file photo:",
    related_links=r"related(?: \w+)?|read (?:more|also|next)|see (?:also|more)|also read",
    tag_labels=r"filed under|tags?|tagged(?: with| in)?|posted in",
    comment_forms=r"your email address will not be published|required fields are marked|save my name, email|"
    r"notify me of (?:new|follow-up) (?:comments|posts)|you must be logged in to post|"
    r"please confirm the information below|already have an account|don't have an account|"
    r"log in to (?:comment|reply)|sign in to (?:comment|reply)|comments are closed|"
    r"by clicking (?:submit|sign up|subscribe)|by signing up|by subscribing|you can unsubscribe at any time|"
    r"withdraw (?:my|your) consent at any time|this (?:content|video) is (?:not available|only available)|"
    r"enable javascript|javascript is disabled|your browser does not support|"
    r"playback is (?:unsupported|not supported)|protected by recaptcha",
    newsletter_sentences=r"subscribe to our|sign up (?:for|to) our|success?fully subscribed|activate your subscription|"
    r"click to subscribe|meet your inbox|delivered (?:to your inbox|(?:every|each) (?:day|week)|weekday mornings)|"
    r"(?:right|straight|directly) (?:in|to|into) your inbox|subscribe to [^.]{0,30}newsletter|"
    # the sign-up widget's other states: consent box, confirmation, error
    r"thanks? (?:you )?for (?:signing up|subscribing)|you(?:'re| are) (?:now )?subscribed!?$|"
    r"(?:error|problem) processing your subscription|opt-in box|see all newsletters|keep an eye on your inbox|"
    r"i agree that [^.]{1,40} can send me|^stay (?:up to date|informed|in the loop) with|^(?:subscribe )?no,? thanks$",
    follow_prompts=r"follow us(?: on | at | @|$)|follow (?:him|her|me)(?: on \w+)? @",
    related_headings=r"related(?: \w+){0,2}",
    tail_markers=r"comments?|responses?|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion|"
    r"(?:want )?more (?:from|in|on|about|stories|news|articles|like this)\b.{0,40}|"
    r"(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)\b.{0,20}|"
    r"recommended(?: \w+){0,2}|most (?:popular|read|viewed|shared)(?: \w+){0,2}|popular(?: \w+){0,2}|"
    r"read (?:next|this next)|what to read next|latest(?: \w+){0,2}|top stories|around the web|from the web|"
    r"promoted stories|sponsored(?: \w+){0,2}",
    signature_by=("by",),
    closing_credits=r"originally published|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)|"
    r"contributing:|additional reporting",
    stopwords=("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "as", "are",
               "this", "be", "at", "by", "have", "from", "or", "an", "which"),
)  # fmt: skip

DE = LanguageWords(
    code="de",
    phrases={
        "share": r"teilen|gefällt mir",
        "print": r"drucken",
        "subscribe": r"abonnieren",
        "login": r"anmelden|abmelden|registrieren|mein konto",
        "navigation": r"suche|suchen|menü|startseite|nach oben|zum inhalt springen|kontakt|über uns|kategorien|"
        r"weiterlesen",
        "comments": r"kommentare?|antworten",
        "related": r"ähnliche beiträge|das könnte sie auch interessieren|vorheriger beitrag|nächster beitrag",
        "pagination": r"nächste seite|vorherige seite|weiter|zurück",
        "legal": r"impressum|datenschutz(?:erklärung)?|agb|nutzungsbedingungen",
        "cookie": r"alle akzeptieren",
    },
    count_of=r"von",
    cookie_verbs=r"verwend|akzeptier",
    cookie_leads=r"diese (?:web)?seite verwendet cookies|wir verwenden cookies",
    rights_reserved=r"alle rechte vorbehalten",
    no_reproduction=r"nachdruck (?:nur|verboten)",
    byline_cues=r"veröffentlicht|aktualisiert|von|am",
    byline_words=("veröffentlicht", "aktualisiert", "von", "am", "um"),
    months=MONTHS["de"],
    date_prefixes=("am",),
    dateline_words=(*WEEKDAYS["de"], "uhr", "publiziert", "lesezeit"),
    reading_time_labels=r"lesezeit",
    minute_words=r"minuten",
    caption_labels=r"bild",
    credit_labels=r"bild",
    related_links=r"mehr zum thema|lesen sie auch|auch interessant",
    tag_labels=r"schlagwörter|stichwörter",
    comment_forms=r"ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind",
    newsletter_sentences=r"abonnieren sie unseren|melden sie sich für unseren newsletter",
    follow_prompts=r"folgen sie uns auf|folge uns auf",
    related_headings=r"mehr zum thema",
    tail_markers=r"kommentare?|das könnte sie auch interessieren|meistgelesen|weitere artikel",
    signature_by=("von",),
    closing_credits=r"mit material von|dieser artikel erschien (?:zuerst|ursprünglich)",
    stopwords=("der", "die", "das", "und", "ist", "nicht", "zu", "den", "mit", "von", "sich", "des", "auf", "für",
               "ein", "eine", "dem", "im"),
)  # fmt: skip

ES = LanguageWords(
    code="es",
    phrases={
        "share": r"compartir|me gusta",
        "print": r"imprimir",
        "subscribe": r"suscribirse|suscríbete",
        "login": r"iniciar sesión|registrarse|mi cuenta",
        "navigation": r"buscar|búsqueda|inicio|volver arriba|ir al contenido|contacto|acerca de|categorías|leer más",
        "comments": r"comentarios?|responder",
        "related": r"artículos relacionados|te puede interesar|entrada anterior|siguiente entrada",
        "pagination": r"página siguiente|página anterior|siguiente|anterior",
        "legal": r"aviso legal|política de privacidad|términos y condiciones",
        "cookie": r"aceptar",
    },
    count_of=r"de",
    cookie_verbs=r"usamos|utiliza|navegación",
    cookie_leads=r"este sitio (?:web )?utiliza cookies|utilizamos cookies",
    rights_reserved=r"todos los derechos reservados",
    no_reproduction=r"prohibida (?:su|la) reproducción",
    byline_cues=r"publicado|actualizado|escrito|por|el",
    byline_words=("publicado", "actualizado", "escrito", "por", "el", "en", "de"),
    months=MONTHS["es"],
    date_prefixes=("el",),
    dateline_words=(*WEEKDAYS["es"], "publicada", "actualizada", "lectura"),
    reading_time_labels=r"tiempo de lectura",
    minute_words=r"minutos?",
    caption_labels=r"foto|fotos",
    caption_by=("de",),
    gallery_labels=r"foto",
    credit_labels=r"foto",
    credit_photo_labels=r"foto",
    credit_by=r"de",
    related_links=r"leer más|lea también|ver también",
    tag_labels=r"etiquetas",
    comment_forms=r"tu dirección de correo electrónico no será publicada",
    newsletter_sentences=r"suscríbete a nuestro",
    follow_prompts=r"síguenos en",
    related_headings=r"noticias relacionadas",
    tail_markers=r"comentarios?|te puede interesar|más leídas",
    signature_by=("por",),
    closing_credits=r"con información de|publicado originalmente",
    stopwords=("el", "los", "las", "y", "que", "del", "por", "con", "para", "una", "es", "se", "lo"),
)  # fmt: skip

IT = LanguageWords(
    code="it",
    phrases={
        "share": r"condividi|mi piace",
        "print": r"stampa",
        "subscribe": r"iscriviti|abbonati",
        "login": r"accedi|registrati|il mio account",
        "navigation": r"cerca|ricerca|torna su|vai al contenuto|contatti|chi siamo|categorie|leggi tutto",
        "comments": r"commenti|commento|rispondi",
        "related": r"articoli correlati|potrebbe interessarti|articolo precedente|articolo successivo",
        "pagination": r"pagina successiva|pagina precedente|successivo|precedente",
        "legal": r"note legali|informativa sulla privacy|termini e condizioni",
        "cookie": r"accetta",
    },
    count_of=r"di",
    cookie_verbs=r"utilizziamo|utilizza|navigazione",
    cookie_leads=r"questo sito (?:web )?utilizza (?:i )?cookie|utilizziamo (?:i )?cookie",
    rights_reserved=r"tutti i diritti riservati",
    no_reproduction=r"riproduzione riservata",
    byline_cues=r"pubblicato|aggiornato|scritto|da|il",
    byline_words=("pubblicato", "aggiornato", "scritto", "da", "il", "alle"),
    months=MONTHS["it"],
    date_prefixes=("il",),
    dateline_words=(*WEEKDAYS["it"], "pubblicata", "aggiornata", "lettura"),
    reading_time_labels=r"tempo di lettura",
    minute_words=r"minuti|minuto",
    related_links=r"leggi anche|vedi anche",
    tag_labels=r"argomenti",
    comment_forms=r"il tuo indirizzo email non sarà pubblicato",
    newsletter_sentences=r"iscriviti alla nostra",
    follow_prompts=r"seguici su",
    related_headings=r"articoli correlati",
    tail_markers=r"commenti|potrebbe interessarti",
    signature_by=("di",),
    closing_credits=r"pubblicato originariamente|ha collaborato",
    stopwords=("di", "che", "e", "il", "per", "non", "una", "sono", "della", "gli", "con"),
)  # fmt: skip

PT = LanguageWords(
    code="pt",
    phrases={
        "share": r"compartilhar|compartilhe|partilhar",
        "comments": r"comentários?|deixe (?:um|seu) comentário|responder",
        "related": r"posts? relacionados?|artigos? relacionados?|matérias? relacionadas?|"
        r"(?:você )?(?:também )?pode gostar(?: também)?",
    },
    reading_time_labels=r"tempo de leitura",
    related_links=r"leia também|veja também|leia mais",
    related_headings=r"leia também|veja também|(?:posts|artigos|notícias|matérias) relacionad[oa]s",
    tail_markers=r"comentários?|deixe (?:um|seu) comentário|(?:você )?(?:também )?(?:pode|poderá) gostar(?: também)?|"
    r"mais lidas?|últimas notícias",
    stopwords=("do", "da", "em", "um", "uma", "os", "não", "com", "para"),
)

RU = LanguageWords(code="ru", caption_labels=r"фото")

LANGUAGES = (ANY_LANGUAGE, FR, EN, DE, ES, IT, PT, RU)


def _either(name: str) -> str:
    """Every language's alternation of field `name`, joined."""
    return "|".join(words for language in LANGUAGES if (words := getattr(language, name)))


def _every(name: str) -> tuple[str, ...]:
    """Every language's words of field `name`."""
    return tuple(word for language in LANGUAGES for word in getattr(language, name))


def _phrases(rule: str) -> str:
    return "|".join(words for language in LANGUAGES if (words := language.phrases.get(rule)))


def _check_phrase_rules() -> None:
    """A phrase table under a name no rule reads would be silently ignored: fail at import instead."""
    for language in LANGUAGES:
        unknown = set(language.phrases) - set(PHRASE_RULES)
        if unknown:
            raise ValueError(f"unknown phrase rules {sorted(unknown)}: valid values are {', '.join(PHRASE_RULES)}")


_check_phrase_rules()

# --- the patterns the rules read, every language's words joined --------------------------------------------------
MONTH_NAMES = "|".join(_every("months"))  # an alternation of month names and abbreviations


def _each_then_space(name: str) -> str:
    """`(?:a |b )`: every word of field `name` followed by a space."""
    return "(?:" + "|".join(f"{word} " for word in _every(name)) + ")"


def _either_case_initial(words: tuple[str, ...]) -> str:
    """`[Pp]ar|[Bb]y`: each word with a lower- or upper-case first letter."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words)


# Line shape
BULLET_PREFIX = rf"^[\s{char_class(BULLETS, '*>|»', DASHES)}]+"  # menu items and share buttons often carry a bullet
# A colon ends a sentence line too: it introduces a list or a quote.
SENTENCE_END_MARKS = SENTENCE_TERMINATORS + COLON + CJK_COLON
# A sentence end, then closing quotes or brackets, then possibly the editor's lower-case sigil German and Swiss news
# put after an article's last sentence: "... voraus. (bsc)", "... aquatiques. (ats/nxp)"; "(AP)" credits stay out.
TERMINAL = (
    rf"[{char_class(SENTENCE_END_MARKS)}][{char_class(TERMINATOR_CLOSERS)}]*"
    r"(?:\s\([a-z]{2,4}(?:/[a-z]{2,4})*\))?$"
)
TRUNCATED = rf"(?:\.\.\.|…)[{char_class(TERMINATOR_CLOSERS)}]*$"  # teasers and captions cut short: "Ten things to…"
CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"  # scripts written without spaces between words
TOKEN = r"\w+"  # word tokens: word sets are matched on tokens, not with \b…\b regexes (Unicode \b is slow)
# Seven capitalised words in a row: a Title Case headline glued to its teaser ("Michigan To Mail Redistricting
# Panel Applications To 250,000 The state ..."); fewer let a paragraph opening with a name and title through.
TITLE_LEAD = r"^(?:[\p{Lu}\d\"“‘'][^\s]*\s+){7}"

# Single-line rules
PHRASES: dict[str, str] = {rule: _phrases(rule) for rule in PHRASE_RULES}
PHRASES["pagination"] = rf"page \d+(?: (?:{_either('count_of')}) \d+)?|" + PHRASES["pagination"]
COUNTER = r"^\d{1,6}$"  # like/comment counters and page ids: "0", "1815"
CSS_CLASSES = r"^[\w.-]+(?:,[\w. -]*){3,}$"  # WordPress body-class lists: "paged,page-template,..."
# Sentence-length notices, matched anywhere in the line.
COOKIE_SENTENCE = rf"(?i)\bcookies?\b.*\b(?:{_either('cookie_verbs')})"
# The last line of a Wayback Machine capture's toolbar, above the captured page
ARCHIVE_BANNER = r"^The Wayback Machine - https?://web\.archive\.org/web/"
# A line that opens with the site's cookie declaration is the consent banner or its settings panel, whatever its
# length (an article about cookies does not start "This website uses cookies").
COOKIE_LEAD = rf"(?i)^(?:{_either('cookie_leads')})\b"
# (?:\W|$) and (?:^|\W) rather than \b, here and in CAPTION_CREDIT and NEWSLETTER_SENTENCE, keep the regex on the
# engine's fast path (same matches).
COPYRIGHT = (
    r"(?i)^(?:©|\(c\)|copyright(?:\W|$))|©\s*\d{4}|"
    + _either("rights_reserved") + "|" + _either("no_reproduction")
)  # fmt: skip
# Bylines whose fields are empty or only a date: "Publié par le | Mis à jour le", "Posted on 3 May 2017".
BYLINE_CUE = rf"(?i)^(?:{_either('byline_cues')})\b"
BYLINE_WORDS = frozenset(_every("byline_words") + _every("months"))
# A date alone on its line; the time after it is joined by "à" (fr), "at" (en) or a comma.
DATE_ONLY = (
    rf"(?i)^(?:{_each_then_space('date_prefixes')}?{_each_then_space('date_weekdays')}?"
    r"\d{1,2}(?:er)?[ ./-](?:\d{1,2}|" + MONTH_NAMES + r")\.?[ ./-]\d{2,4}|"
    r"(?:\w+day,? )?(?:" + MONTH_NAMES + r")\.? \d{1,2},? \d{4}|"  # "Wednesday, November 20, 2019"
    r"\d{4}-\d{2}-\d{2})(?:[ ,àat]+\d{1,2}[:h]\d{2})?$"
)
# A full date with its year inside a line: "November 20, 2019", "1er mai 2019", "30. Juli 2018", "19 de
# noviembre de 2019", "11/19/19", "2019-11-20".
DATE_IN_LINE = (
    r"(?i)(?:^|\W)(?:" + MONTH_NAMES + r")\.?,? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"(?:^|\D)\d{1,2}(?:er|\.|º)? (?:de )?(?:" + MONTH_NAMES + r")\.?,? (?:de )?\d{4}|"
    r"(?:^|\D)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\D|$)|\d{4}-\d{2}-\d{2}"
)
# A dateline: a short line holding a full date and mostly date, time and byline words: "Updated 12:24 am EST,
# Wednesday, November 20, 2019", "Von Moritz Bachmann publiziert am 30. Juli 2018".
DATELINE_WORDS = BYLINE_WORDS | frozenset(_every("dateline_words"))
# Not a dateline: an embedded tweet's signature ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019") nor a line
# ending in a colon, which introduces what follows ("Point d'étape au 12 janvier 2020 à 11h :").
QUOTE_ATTRIBUTION = r"^[—–-]"
# Reading time, a dateline without a date: "5 Min Read", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Min."
READING_TIME = (
    rf"(?i)^(?:(?:{_either('reading_time_labels')})\s*:?\s*\d+\s*(?:{_either('minute_words')})\.?|"
    rf"{_either('reading_time_forms')})$"
)
# Captions and credits inside the article: "(Image credit: NASA)", "Image 4 of 5", "Photo: Meg Kinnard, AP".
_CAPTION_BY = "|".join(f" {word}" for word in _every("caption_by"))  # " by| par": a space, then the word
CAPTION = (
    rf"(?i)^\(?(?:{_either('caption_labels')})s?(?:{_CAPTION_BY}| :)?\s*[:©(]|"
    rf"^\(?(?:{_either('gallery_labels')}) \d+ (?:{_either('count_of')}|/) \d+\)?$|"
    r"^\(?(?:getty images|ap photo|afp|reuters|shutterstock|istock)[^.]{0,60}\)?$"
)
# A photo caption that ends in its credit or opens with a caption label, at any length: "... Credit: ESA",
# "(Photo by Kevin Mazur/Getty Images)", "REUTERS/Brendan McDermid", "Natalie Naccache | Bloomberg | Getty Images".
CAPTION_CREDIT = (
    rf"(?i)(?:(?:^|\W)(?:{_either('credit_labels')})\s*:\s*[^.:]{{1,60}}|"
    rf"\((?:{_either('credit_photo_labels')})s? (?:{_either('credit_by')})(?:\W[^)]*)?\)|"
    r"(?:^|\W)(?:reuters|afp|ap photo|getty images)/[^.]{1,40}|"
    r"/ (?:ap|afp|reuters)(?: file)?|[|/] ?(?:getty images|afp|reuters|epa|bloomberg|shutterstock|istock))\.?$|"
    rf"^(?:{_either('caption_leads')})"
)
# An image's alt text that is its file name: one token with an underscore and a digit ("IMG_2041", "dp3_1_en")
IMAGE_NAME = r"^[\w.-]*(?:\d[\w.-]*_|_[\w.-]*\d)[\w.-]*$"
# A link to another story set inside the article: "Related: The 15 Weirdest Galaxies in Our Universe".
RELATED_LINK = rf"(?i)^(?:{_either('related_links')})\s*:"
# The post's tag or category list: "Filed Under: Eastern Equine Encephalitis, EEE, health, Michigan".
TAG_LINE = rf"(?i)^(?:{_either('tag_labels')})\s*:"
ARROW_LINK = r"^[←→«»‹›<>]+ |[←→«»‹›<>]+$"  # "← Previous Story", "Next Story →", "Colunistas »": links
COMMENT_FORM = rf"(?i){_either('comment_forms')}"  # sentence-like forms and prompts, anywhere in the line
NEWSLETTER_SENTENCE = rf"(?i)(?:^|\W)(?:{_either('newsletter_sentences')})"  # anywhere in the line
FOLLOW_PROMPT = rf"(?i)(?:^|\W)(?:{_either('follow_prompts')})"  # anywhere in the line

# Markers after which a page holds no more article: comments, related/recommended/trending lists.
TAIL_MARKER = rf"^(?:\d+ )?(?:{_either('tail_markers')}|{_either('related_headings')})$"
# An inline box: a related-links heading inside the article (one link, then the article's last paragraph) ends
# nothing when the block's sentences resume a few lines below it. Only headings of links to other stories: after
# "Most Read" or "Comments", sentences are teasers or a comment thread, and those markers still cut.
INLINE_BOX_MARKER = rf"^(?:\d+ )?(?:{_either('related_headings')})$"
SIGNATURE = rf"^(?:{_either_case_initial(_every('signature_by'))}) \p{{Lu}}"  # an author line closing the article
# The article's closing credit, spared even past a teaser list or a share bar: "Originally published on Live
# Science.", "Contributing: Kristine Phillips", "(Avec AFP)". Not "(Reporting by ...)": gold keeps it on few pages.
CLOSING_CREDIT = rf"(?i)^\(?(?:{_either('closing_credits')})"
STOPWORDS = frozenset(_every("stopwords"))
LINK_LIKE = r"(?i)https?://|www\.|\.(?:com|org|net|html?)\b|@\w"
SEPARATORS = r"[|»›•·▪]|\s[-–—/]\s.*\s[-–—/]\s"  # menu items and breadcrumbs glued on one line

# --- fixed thresholds ------------------------------------------------------------------------------------------
CJK_CHARS_PER_WORD = 2  # a Chinese/Japanese word is about two characters (so 。-ended lines can be prose)
PROSE_MIN_WORDS = 5  # a sentence line: at least this many words and a sentence end (C4's line rule)
PROSE_LONG_WORDS = 25  # a line this long without a final mark (headlines stay under 20 words) is prose
WRAP_MIN_CHARS = 40  # a hard-wrapped line is this long at least: a menu of lowercase items is not wrapped text
WRAPPED_FILE_MIN_SHARE = 1 / 3  # a file is hard-wrapped text when this share of its lines run on into the next
PHRASE_MAX_WORDS = 8  # interface lines are short; a longer line quoting "partager" is prose
LONG_LINE_MAX_WORDS = 40  # a cookie or copyright notice longer than this is an article about them
BYLINE_MAX_WORDS = 14
DATELINE_MAX_WORDS = 16
DATELINE_MIN_SHARE = 0.5  # share of date, time and byline words (digits included) among the line's words
RELATED_LINK_MAX_WORDS = 25
TAG_LINE_MAX_WORDS = 30
ARROW_LINK_MAX_WORDS = 6
CAPTION_MAX_WORDS = 20
CAPTION_TWICE_MIN_WORDS = 6  # a sentence written twice in a row is a caption from this length on
COMMENT_FORM_MAX_WORDS = 60  # also caps newsletter prompts and caption credits
TAIL_MARKER_MAX_WORDS = 8
# A wall line named as chrome by these rules does not count: they also name lines inside articles (a table's
# rank column, a photo caption).
WALL_UNNAMED_RULES = ("caption", "counter")
SIGNATURE_MAX_WORDS = 25  # a signature or closing-credit line has at most this many words
CLOSING_CREDIT_LOOKAHEAD_LINES = 6  # non-blank lines after the block's end where a closing credit is looked for
TEASER_MIN_WORDS = 4
TEASER_MAX_WORDS = 20
# A run whose longest line has at most this many words is a list of short items ("England (Group A): 10th
# appearance"), not headlines.
TEASER_LIST_ITEM_MAX_WORDS = 7
TEASER_TITLE_LEAD_MAX_WORDS = 60  # a Title Case headline glued to its teaser: "Ford Recalls F-150s; ... Ford is"
REPEAT_MIN_CHARS = 3


@dataclass(frozen=True)
class BoilerplateParams:
    """The tunable thresholds of classify_lines, with the values chosen on the `tune` pages as defaults."""

    repeat_min_files: int = 2  # a line in this many distinct files of the run is template text (cc_net-style)
    repeat_max_words: int = 20  # only short lines: a repeated paragraph is a duplicate article, not a template
    nav_max_words: int = 8  # a short line between two boilerplate lines is part of the same menu
    # A line a single-line rule named scores -(nonprose_cost + nonprose_word_cost * words) in the block search;
    # a small cost lets an article paragraph bridge the share buttons wedged in the article.
    nonprose_cost: float = 0.5
    nonprose_word_cost: float = 0.1
    teaser_min_run: int = 3  # this many headline-shaped lines in a row are a teaser list
    tail_min_share: float = 0.5  # a marker ends the article only after this share of the block's sentence words
    title_lookback: int = 4  # the article title sits at most this many non-blank lines above the block
    wall_min_lines: int = 10  # this many chrome lines in a row split a page into separately scored regions ...
    # ... when at least this many of them are named as chrome (by a single-line rule, repetition or a teaser run):
    # a menu or a footer always holds one, a table or a recipe's ingredients inside the article does not.
    wall_min_named: int = 2
    region_keep_share: float = 0.5  # a region's block is kept when it scores this share of the best block
    # ... or at least this much, about a thousand words of sentences: an article of its own, however long the file
    # and its best block (a book, a dump of many articles).
    region_article_score: float = 1000.0
    # A kept line scores 2 * words * (p - model_threshold): below 0.5, since a dropped paragraph cannot come back.
    model_threshold: float = 0.3
    sentence_floor: float = 0.0  # a sentence line never scores below this per word
    # A block with fewer sentence words than this holds no article (a calendar, a table, a list of results): the
    # file keeps every line no rule names rather than the one stray sentence that scored best.
    block_min_words: int = 25
    box_max_items: int = 3  # an inline related-links box holds at most this many lines before the article resumes


DEFAULT_PARAMS = BoilerplateParams()  # its fields are the defaults of the steps' own keyword arguments

RULES = (  # precedence, and the allowed values of `rule` in the boilerplate audit
    "counter", "css_classes", "cookie", "copyright", "comment_form", "share", "print", "subscribe", "login",
    "newsletter", "comments", "related", "pagination", "legal", "navigation", "caption", "byline_empty", "date",
    "repeated_across_files", "teaser_list", "nav_head", "nav_tail", "after_comments", "menu_run",
)  # fmt: skip

# --- the line model: p(line is article text) = sigmoid(bias + sum of weight * feature) -------------------------
# Weights fitted on the lines of the `tune` pages (`.venv/bin/python -m benchmarks.bench_boilerplate --fit`).
# Read them as: sentence ends, long lines, list items and lists after a colon, prose neighbours are article;
# Title Case, separators, removed neighbours, teaser runs and the end of the page are chrome.
LINE_MODEL_WEIGHTS: dict[str, float] = {
    "bias": -1.76, "f_log_words": -0.06, "f_long": 1.53, "f_intro_list": 1.54, "f_ends_sentence": 1.56,
    "f_prose": 0.17, "f_truncated": -0.07, "f_capitals": -0.84, "f_digits": 0.72, "f_stopwords": -0.11,
    "f_commas": -0.39, "f_separators": -0.51, "f_link": 0.15, "f_list_item": 1.30, "f_colon_end": -0.07,
    "f_repeated": -0.13, "f_teaser": -0.86, "f_prose_neighbours": 1.49, "f_short_neighbours": 0.09,
    "f_removed_neighbours": -0.92, "f_position": -1.23,
}  # fmt: skip
MODEL_FEATURES = tuple(f for f in LINE_MODEL_WEIGHTS if f != "bias")
# The probability is rounded to multiples of 2^-20: exp and log1p may differ in the last bit between Polars'
# engines or CPUs, and a block boundary can hang on such a bit (the Kadane sums break ties by them).
PROBABILITY_STEPS = float(2**20)
# Lines these rules name sit inside the article (a photo caption between two paragraphs): as a neighbour such a
# line does not count as removed. Dates do: the dateline between a teaser's headline and its sentence is chrome.
IN_ARTICLE_RULES = ("caption",)
