"""Word tables of the title, author and date step, grouped by language (fr, en, de, es, it, nl), and the line
patterns that are never a headline. Regexes avoid \\b (off Polars' fast path) and look-around (unsupported)."""

from __future__ import annotations

from transforms.lexicon import MONTH_ABBREVIATIONS, MONTHS, REGIONAL_MONTHS

# --- months: name (lower-case, full and abbreviated) -> number ------------------------------------------------
# Full names from transforms.lexicon; below, the abbreviations and unaccented spellings dates are also written with
# ("fév", "dez", "aout"), by the number of the month they name.
_SHORT_MONTHS: dict[str, dict[str, int]] = {
    "fr": {"fevrier": 2, "fév": 2, "aout": 8, "decembre": 12},
    "en": {"mar": 3},
    "de": {"jän": 1, "mär": 3, "okt": 10, "dez": 12},
    "es": {"ene": 1, "abr": 4, "ago": 8, "setiembre": 9, "dic": 12},
    "it": {"gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10},
}


def _month_numbers(lang: str) -> dict[str, int]:
    """Every spelling of a month in `lang` (lexicon's full, abbreviated and regional names, then the extras)."""
    numbers = {name: n for n, name in enumerate(MONTHS[lang], start=1)}
    full_by_prefix = {name[:3]: n for name, n in numbers.items()}
    for short in MONTH_ABBREVIATIONS.get(lang, ()) + REGIONAL_MONTHS.get(lang, ()):
        numbers[short] = full_by_prefix.get(short[:3], 1)
    return numbers | _SHORT_MONTHS.get(lang, {})


MONTHS_BY_LANG: dict[str, dict[str, int]] = {lang: _month_numbers(lang) for lang in MONTHS}
MONTH_NUMBER: dict[str, int] = {name: n for table in MONTHS_BY_LANG.values() for name, n in table.items()}
MONTH_NAME = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))  # longest first: "sept" before "sep"

# (pt is here because the multilingual evaluation pages hold some; its bylines are not covered)
# --- dates in a line ------------------------------------------------------------------------------------------
# Each format captures (a, b, c); dates.py reads them per format, on lower-cased text (case-sensitive patterns
# keep the month alternation on the regex engine's fast path). Numbers are not glued to other digits.
DATE_FORMATS: dict[str, str] = {
    "ymd": r"(?:^|\D)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:\D|$)",  # ISO 2019-11-19, 2016.12.01
    "numeric": r"(?:^|\D)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:\D|$)",  # 27/09/2018, 11/19/19, 19.10.19
    "day_month": rf"(?:^|\D)(\d{{1,2}})(?:er|\.|º|st|nd|rd|th)?\s+(?:de\s+)?({MONTH_NAME})\.?,?\s+(?:de\s+)?(\d{{4}})",
    "month_day": rf"(?:^|[^\p{{L}}])({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
}
# A line that is only a date (a weekday or "le"/"on" before it, a time after it), read on lower-cased text.
_DAY_MONTH_YEAR = rf"\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?(?:{MONTH_NAME})\.?,?\s+(?:de\s+)?\d{{4}}"
_MONTH_DAY_YEAR = rf"(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
DATE_LINE = (
    rf"^(?:\w+,?\s+)?(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC_DATE})"
    r"(?:,?\s*(?:à|at|um|alle|a las|om)?\s*\d{1,2}[:h.]\d{2}.*)?$"
)
# A dateline with more after it: a line opening with a date then a space ("13/06/2014 Tony Carter All, Books").
DATE_FIRST = rf"^(?:\w+,?\s+)?(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC_DATE})\s"
# A line that may hold a date: what the formats above need at least (a cheap test before them).
DATE_HINT = r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}"
# What follows one of these in a line is an update, not the publication: "Mis à jour le", "Updated", "Aktualisiert".
UPDATE_CUE = (
    r"(?i)(?:mis à jour|mise à jour|actualisé|modifié le|dernière modification|updated|last (?:updated|modified)|"
    r"modified|aktualisiert|zuletzt (?:geändert|aktualisiert)|geändert am|actualizado|actualización|"
    r"última modificación|aggiornato|ultima modifica|ultimo aggiornamento|bijgewerkt|laatst gewijzigd|"
    r"atualizado)"
)
# A publication cue after an update: "Mis à jour le 13/03/2019 | Publié le 12/03/2019" (the update's part ends there)
PUBLICATION_CUE = (
    r"(?i)(?:publié|publiée|published|veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata|"
    r"gepubliceerd|geplaatst|posted)"
)
# Signs that numbers are written month first (en-US): its time zones and "November 19, 2019".
US_STYLE = (
    r"(?:^|\W)(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)(?:\W|$)|(?i:(?:"
    + "|".join(n for n in sorted(MONTHS_BY_LANG["en"], key=len, reverse=True))
    + r")\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})"
)
# An English line whose numeric date cannot be read day-first with confidence when nothing else on the page says how.
# ("am"/"pm" only after a time: German "am 06.11.2023" is not English.)
ENGLISH_CUE = r"(?i)(?:^|\W)(?:by|posted|published|updated)(?:\W|$)|\d\s*(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)"
YEAR_MIN = 1990  # earlier years are not publication dates of web pages (and two-digit years read 20yy)
YEAR_MAX = 2099

# --- bylines ---------------------------------------------------------------------------------------------------
_CUE_VERB = (
    r"(?:posted|written|published|reported|story|text|words|analysis|publié|posté|écrit|rédigé|geschrieben|"
    r"veröffentlicht|escrito|publicado|scritto|pubblicato|geplaatst|geschreven|propos recueillis|ein beitrag)\s+"
)
# The date between the verb and the cue: "Posted on March 3, 2025 by X", "Publié le 12/03/2019 à 10h00 par X"
_CUE_DATE = r"(?:on|le|am|el|il|op)\s+[^|•·]{4,40}?\s+"
_CUE_BY = r"(?:by|par|von|door|por|di|da)\s*:?\s+"
# A post's meta line opening with its date, maybe a time: "12 mars 2019 par X", "March 3, 2025 at 10:05 by X". The date
# is read by its shape (a day, words, a year), not its month names: the cue is tested on every line near a head.
_DATE_SHAPE = (
    r"(?:\w+,?\s+)?(?:\d{1,2}[^|•·\d]{1,20}?|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
)
_DATE_THEN_CUE = (
    rf"^(?:{_DATE_SHAPE})(?:,?\s*(?:à|at|um|alle|om)?\s*\d{{1,2}}[:h.]\d{{2}}(?:\s*[ap]\.?m\.?)?)?,?\s+{_CUE_BY}"
)
BYLINE_CUE = (
    rf"(?i)(?:^|[|•·]\s*)(?:{_CUE_VERB}(?:{_CUE_DATE})?)?{_CUE_BY}"
    rf"|{_DATE_THEN_CUE}"
    rf"|\s[-–—]\s+{_CUE_VERB}{_CUE_BY}"  # a post-meta line's field: "05/10/2018 - Publicado por: X - Categoria: Y"
    r"|^(?:auteur|author|autor|autore|texte|text|texto|testo|tekst)\s*:\s*"
)
NAME_WORD = r"\p{Lu}(?:[\p{L}.-]|['’]\p{Lu})*"  # Claire, O'Neil, Jean-Luc, J. (not "D’envies")
NAME_PARTICLE = r"de|du|des|van|der|den|von|zu|da|di|del|della|dos|la|le|ten|ter|bin|al|y"
NAME = rf"{NAME_WORD}(?:\s+(?:(?:{NAME_PARTICLE})\s+)*{NAME_WORD}){{0,4}}"
NAMES = rf"{NAME}(?:(?:\s*,|\s*&|,?\s+(?:and|et|und|y|e|en))\s+{NAME})*"
# A person's name: two to four capitalised words, particles between them ("Pieter de Vries", "Bruce Y. Lee").
PERSON = rf"{NAME_WORD}(?:\s+(?:(?:{NAME_PARTICLE})\s+)*{NAME_WORD}){{1,3}}"
# People, maybe followed by the desk, outlet or degrees the byline names after commas ("Sandee LaMotte, CNN",
# "Rachael Link, MS, RD").
PERSONS = (
    rf"{PERSON}(?:(?:\s*,|\s*&|,?\s+(?:and|et|und|y|e|en))\s+{PERSON})*(?:,\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}){{0,3}}"
)
# A news agency a byline may name alone ("By Reuters", "Par AFP"): the only organisations taken as an author.
_AGENCIES = (
    r"(?:the |agencia |agenzia |agence )?(?:reuters|associated press|ap|afp|agence france-presse|dpa|apa|sda|ansa|efe|"
    r"europa press|belga|anp|"
    r"pti|ians|upi|xinhua|kyodo|bloomberg)"
)
NEWS_AGENCY = rf"(?i)^{_AGENCIES}$"
# A wire agency after the names' comma, in any case ("Von Anna Schmidt, dpa"): the people are the author
AGENCY_AFTER_NAMES = rf"(?i),\s*{_AGENCIES}\.?$"
# A wire agency after the names without a comma ("By JENNA PARK Associated Press", "Claire Dubois avec AFP"): not
# part of the names, dropped
AGENCY_TRAIL = rf"(?i)([^,\s])\s+(?:(?:avec|with|mit|con|and|et|und|y|e)\s+(?:l['’]\s*)?)?{_AGENCIES}\.?$"
# A credit line of a wire story: the agency alone, before a dateline city or a date ("REUTERS", "Reuters, Washington,",
# "Reuters November 18, 2019 11:03 PM").
AGENCY_LINE = rf"(?i)^({_AGENCIES})(?:$|\s*,\s*\p{{Lu}}[\p{{L}} .'-]*,?$|\s+(?:{MONTH_NAME}|\d))"
# A word that names an organisation or a page's furniture, not a person ("European Space Agency", "Tom Davies
# Associated Press", "Image Copyright", "Customer Care", "Next Post", "Voucher Codes", "Nos Boutiques").
ORGANISATION_WORD = (
    r"(?i)(?:^|\s)(?:press|news|media|agency|agence|agentur|agencia|agenzia|bureau|desk|network|magazine|journal|times|"
    r"today|daily|copyright|images?|photos?|fotos?|bild|video|credits?|customer|care|support|contact|"
    r"radio|tv|institute|institut|university|université|universität|universidad|association|society|foundation|"
    r"council|ministry|department|inc|ltd|llc|gmbh|corp|group|staff|team|services?|online|zeitung|gazette|"
    r"next|previous|older|newer|vouchers?|codes?|coupons?|deals?|reviews?|shop|store|boutiques?|"
    r"nos|notre|our|unsere|nuestros|nuestras)(?:\W|$)"
)
# What follows a name in a byline and is not part of it: a role ("Senior Contributor", ", Staff Writer",
# ", envoyé spécial"), read at the end of the names.
ROLE_NOUN = (
    r"contributor|writer|correspondent|reporter|editor|columnist|journalist|envoyée? spéciale?|correspondante?|"
    r"journaliste|rédact(?:eur|rice)|korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?|corresponsal|redactora?|"
    r"periodista|inviat[oa](?: special[ei])?|giornalista|redacteur|verslaggever"
)
_ROLE_MODIFIER = (
    r"(?:(?:senior|chief|staff|contributing|special|associate|deputy|managing|executive|freelance|guest|political|"
    r"science|business|foreign|health|tech|technology)\s+)"
)
_ROLE_PLACE = r"(?:\s+(?:à|a|in|en|im|aus|em)\s+.*)?$"  # "envoyée spéciale à Kyiv"
_ROLE_OUTLET = r"(?:[\p{L}&.]+\s+){0,3}"  # the outlet a role is held at: ", CNN Editor-at-large", ", AP Sports Writer"
_ROLE_TITLE = rf"{_ROLE_MODIFIER}*(?:{ROLE_NOUN})(?:-at-large|-in-chief)?"
# A role after a comma (", Staff Writer"), or with a modifier right after a name with no comma ("Senior Contributor").
ROLE = rf"(?i),\s*{_ROLE_OUTLET}{_ROLE_TITLE}{_ROLE_PLACE}|^([^,]*?)\s+{_ROLE_MODIFIER}+(?:{ROLE_NOUN}){_ROLE_PLACE}"
# A role word left after the known roles were cut: an unknown role ("Ap Sports Writer"), not a person.
ROLE_LEFT = rf"(?i)(?:^|\s)(?:{ROLE_NOUN})(?:\W|$)"
# A reading-time line, which sits next to the byline like a date does ("5 Min Read", "8 min de lecture").
READING_TIME = (
    r"(?i)^\d+\s*(?:min|mins|minutes?|minuten|minutos?|minuti)\.?\s*(?:read|lues?|de lecture|lesezeit|lectura|lettura|"
    r"leestijd)$"
)
# A relative dateline, which sits next to the byline too and names no day: "dzisiaj, 08:07", "Today at 10:05 AM",
# "il y a 3 heures", "vor 2 Stunden".
RELATIVE_TIME = (
    r"(?i)^(?:today|yesterday|aujourd['’]hui|hier|heute|gestern|hoy|ayer|oggi|ieri|vandaag|gisteren|hoje|ontem|"
    r"dzisiaj|wczoraj|сегодня|вчера),?\s*(?:à|at|um|alle|a las|às|om|o|в)?\s*\d{1,2}[:h.]\d{2}"
    r"|^(?i:\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?)\s+ago|il y a \d+\s*(?:min|minutes?|heures?|h|jours?)|"
    r"vor \d+\s*(?:min|minuten|stunden?|std|tagen?)|hace \d+\s*(?:min|minutos?|horas?|días?)|"
    r"\d+\s*(?:minuti|ore|giorni) fa)$"
)
# A byline cue glued to the name by the flattening ("ByAlex Bozarjian").
GLUED_BYLINE = r"^(?:By|Par|Von|Door|Por)(\p{Lu}\p{Ll})"
# A publication cue glued to the name by the flattening ("Korin MillerPublished: Jan 29, 2025").
GLUED_CUE = r"(\p{Ll})(?:Published|Updated|Posted|Publié|Veröffentlicht|Aktualisiert|Publicado|Pubblicato).*$"
# Where a byline's names end: a separator, a date or time ("at 10:05"), an @handle or e-mail, "on"/"le"/"am" + date,
# the category a post meta line files it in ("by X in News", "par X dans Politique").
# ("le", "on", "am" capitalised only before a number: "Loïc Le Clerc" is a name, "By X On 11/13/19" is not.)
NAME_END = (
    r"\s*(?:[|•·/–—(;]|\s-\s|,\s*(?:le|the|on|am|el|il)\s|\s(?:on|le|am|el|il|op|em)(?:\s|:|$)|\s(?i:on|le|am|el|il|op|em)\s+\d|\s(?i:updated|published|"
    r"posted|mis à jour|publié|aktualisiert|veröffentlicht|zuletzt|actualizado|aggiornato)(?:\s|:|$)|\S*@|\d"
    r"|\s(?i:at|à|um|alle|om)\s+\d|\s(?:in|dans|under|im)\s"
    rf"|\s(?i:{MONTH_NAME})\.?\s+\d).*$"
)
# A line that is only people's names (joined by "and", "et", "&", ...; maybe a desk after a comma, an @handle):
# "David Ehrlich", "Natasha Turak @NatashaTurak", "VICTOR TANGERMANN, FUTURISM", "Meg Kinnard and Errin Haines, AP".
_ONE_NAME = r"(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*"
NAME_ONLY = (
    rf"^{_ONE_NAME}(?:(?:\s*&|,?\s+(?:and|et|und|y|e|en))\s+{_ONE_NAME})*"
    rf"(?:,\s+\p{{Lu}}[\p{{L}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}'’.-]*){{0,2}}"
    rf"|(?i:\s+(?:avec|with|mit|con)\s+{_AGENCIES}))?(?:\s+@\S+)?$"
)
# A name then its @handle opening a line: "Catherine Shu @catherineshu / 2 days".
NAME_THEN_HANDLE = rf"^({PERSON})\s+@\w+(?:\s|$)"
# "Claire Dubois | 12 mars 2019", "Chris Davies - Nov 19, 2019", "Evgenia Karp Zuletzt geändert am 06.11.2023":
# a name, a separator or a publication cue, then a date.
_NAME_DATE_SEPARATOR = r"\s+(?:\||-|–|—|·|•)\s+"  # between a byline's name and its date, in either order
NAME_THEN_DATE = (
    rf"^({NAME})(?:{_NAME_DATE_SEPARATOR}|\s+(?i:published|updated|posted|publié le|mis à jour|zuletzt|aktualisiert|"
    r"veröffentlicht|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)\W)"
)
# The reverse: a date, a separator, then a name ending the line ("March 3, 2025 | Jenna Park", "12/03/2019 – Jean Dupont").
DATE_THEN_NAME = rf"^[^|•·]*\d[^|•·]*?{_NAME_DATE_SEPARATOR}({NAME})$"
# An organisation or a desk, not a person: an author only when a page gives nothing else.
PLACEHOLDER_AUTHOR = (
    r"(?i)^(?:la |the |die |de |el |la )?(?:rédaction|redaction|redaktion|redacción|redazione|redactie|staff|"
    r"editors?|editorial(?: staff| team| board)?|admin|administrator|webmaster|newsroom|team|équipe)"
    r"(?:\s.*)?$"
)
AUTHOR_MAX_CHARS = 80
# The article's closing credit, past the lines read around its head: a wire story's "(Reporting by X in London;
# Editing by Y)", an interview's "Propos recueillis par X", a signature "— X". Group 1: the cue and the names.
_CREDIT_CUE = r"\(?(?i:reporting|reported|written|writing|text|texte|propos recueillis|entretien réalisé|interview)\s+"
_CREDIT_BY = r"(?i:by|par|von|door|por|di)\s"
TAIL_CREDIT = rf"^{_CREDIT_CUE}({_CREDIT_BY}.*)$"
SIGNATURE_LINE = rf"^[—–]\s*({PERSON})\s*$"
# How either opens, one anchored test to find the few lines worth reading
CREDIT_START = rf"^(?:{_CREDIT_CUE}{_CREDIT_BY}|[—–]\s*\p{{Lu}})"

# --- never a headline ------------------------------------------------------------------------------------------
# Lines any rule names as one of these are never restored as a title (only chrome the block search or the
# repetition and teaser rules removed can be).
RESTORABLE_RULES = ("nav_head", "repeated_across_files", "teaser_list", "menu_run")
# A byline that names no one the author rules read: a post's meta line ("Posted by DT in Tagebuch") or a news
# agency's credit ("The Associated Press"). Never a headline; near the body start it leaves the text (rule `byline`).
_CREDIT = (
    r"^(?:posted|filed|published|written)\s+(?:by|in|under|on)\s|^(?:publié|posté|classé|écrit)\s+(?:par|dans|le)\s"
    r"|^(?:veröffentlicht|geschrieben)\s+(?:von|in|am)\s|^(?:publicado|escrito)\s+(?:por|en|el)\s"
    r"|^(?:pubblicato|scritto)\s+(?:da|in|il)\s|^(?:geplaatst|geschreven)\s+(?:door|in|op)\s"
    r"|^(?:the\s+)?(?:associated press|press association|reuters|afp|agence france-presse|dpa|efe|ansa|anp|belga)$"
)
CREDIT_LINE = f"(?i){_CREDIT}"
# A photo caption or credit: a line ending in a parenthesised agency or photo credit ("… PortMiami. (AP)", "(Foto:
# dpa)"), or only a credit ("ITV, ASSOCIATED PRESS"). Between the headline and the first paragraph: rule `caption`.
_AGENCY = r"(?:the\s+)?(?:associated press|ap|afp|reuters|dpa|efe|ansa|epa|getty(?:\s+images)?|shutterstock|istock)"
_PHOTO_CREDIT = (
    rf"\((?:{_AGENCY}|(?:photo|foto|image|bild|crédit|credit|source|quelle|fuente)\s*:[^)]*)\)\.?$"
    rf"|^[\p{{Lu}}\s.&-]+,\s*{_AGENCY}$"
)
PHOTO_CREDIT = f"(?i){_PHOTO_CREDIT}"
# Interface lines of an article's head: links to the neighbouring posts, audio players, link copying, share bars.
# Never a headline; between the headline and the first paragraph they leave the text (rule `head_chrome`).
_NETWORK = r"(?:facebook|twitter|whatsapp|messenger|telegram|linkedin|pinterest|reddit|xing|flipboard|e-mail|email)"
_SHARE_VERB = r"(?:share|partager|partagez|teilen|compartir|condividi|delen|condividere|compartilhar)"
_HEAD_CHROME = (
    r"^(?:share|partager|partagez|teilen|compartir|condividi|delen)(?:$|\s+(?:this|on|sur|cet|cette|l'article|"
    r"article|story|via|auf|en|su|op)(?:\W|$))"
    rf"|(?:^|\W){_SHARE_VERB}\W.*\W{_NETWORK}(?:\W|$)|(?:^|\W){_NETWORK}\W.*\W{_SHARE_VERB}(?:\W|$)"  # share bars
    r"|^(?:older|newer|previous|next|prev)\s+(?:post|article|story|entry)"  # links to the neighbouring posts
    r"|^(?:article|post|billet)\s+(?:précédent|suivant)|^(?:vorheriger|nächster|voriger)\s+(?:artikel|beitrag)"
    r"|^(?:artículo|entrada)\s+(?:anterior|siguiente)|^articolo\s+(?:precedente|successivo)"
    r"|^(?:vorige|volgende)\s+(?:artikel|bericht)"
    r"|^(?:listen to this (?:article|story)|écouter (?:cet|l')\s*article|artikel (?:anhören|vorlesen)|"
    r"escucha esta noticia|ascolta (?:l'articolo|questo articolo)|luister naar dit artikel)"  # text-to-speech players
    r"|^(?:copy link|copier le lien|link (?:kopieren|kopiert)|(?:das|der) link wurde kopiert|enlace copiado|"
    r"copia link|link kopiëren)"
    r"|^\d+\s*(?:min|mins|minutes?|minuten|minutos?|minuti)\.?\s*(?:read|lues?|de lecture|lesezeit|lectura|lettura)?$"
    r"|(?:temps de lecture|reading time|lesezeit|tiempo de lectura|tempo di lettura)"  # reading time
)
HEAD_CHROME = f"(?i){_HEAD_CHROME}"
NEVER_TITLE = (
    r"(?i)@|https?://|www\.|\.(?:com|org|net|fr|de|html?)(?:\W|$)"  # e-mail, URL
    r"|^(?:image|photo|slide|picture|foto|bild|video)s?\s*\d+\s*(?:of|sur|de|von|di|/)"  # "Image 1 of 23"
    r"|\d+\s*(?:of|sur|von|/)\s*\d+\)?$"  # "More videos (1 of 9)"
    r"|\s[>»→/]\s.*\s[>»→/]\s|^(?:home|accueil|startseite|inicio|главная)\s*[>»→/|]"  # breadcrumbs
    r"|^(?:télécharger|download|herunterladen|descargar|scarica|downloaden)(?:\W|$)"  # download links
    r"|^(?:en ligne|online|live)$"
    r"|(?:newsletter|s'abonner|abonnez-vous|subscribe|abonnieren|suscríbete|iscriviti|sign in|log in|se connecter)"
    r"|(?:sponsored|sponsorisé|publireportage|anzeige|advertorial|publicidad|pubblicità|disclaimer|"
    r"this (?:post|article|content) (?:is|was|contains)|contient des liens)"  # disclaimers
    r"|^(?:advertisement|publicité|werbung|annonce|advert)$|^addthis$"
    rf"|{_HEAD_CHROME}"
    rf"|{_CREDIT}|{_PHOTO_CREDIT}|^organi[sz]ation\s*:"
)
# Page forms and furniture that are never a headline either, in a regex of their own: joined to NEVER_TITLE, the
# alternation overflows the regex engine's DFA cache and matches several times slower.
NEVER_TITLE_FORMS = (
    # account forms: "Saisissez votre mot de passe", "Forgot your password?"
    r"(?i)(?:^|\W)(?:votre|vos|le même|your|the|ihr|dein|ihre|deine|tu|su|la tua)\s+(?:mot de passe|password|passwort|"
    r"contraseña|identifiants?|login)(?:\W|$)"
    r"|^(?:retour|zurück|volver|torna)\s+(?:à|a|au|aux|vers|zu|zur|zum|al|alla|alle)\s"  # "Retour vers …"
    r"|^back to (?:the )?(?:all|list|top|home|homepage|news|blog|articles|posts|search|results|overview)(?:\W|$)"
    # a consent banner: cookies and a consent verb, in either order ("vous acceptez l'utilisation de cookies")
    r"|cookies?\W.*(?:^|\W)(?:accept|utilis|verwend|benutz|nutz|consent|navigat|we use|uses)"
    r"|(?:^|\W)(?:accept|utilis|verwend|benutz|consent|navigat|we use|uses)\w*\W.*\Wcookies?(?:\W|$)"
    r"|(?-i:\p{Ll}{3}\p{Lu}(?:.*\p{Ll}{3}\p{Lu}){2})"  # menu entries glued by the flattening: "nutritionAllergies …"
    r"|^(?:(?:facebook|twitter|linkedin|instagram|youtube|pinterest|whatsapp|tiktok|flipboard|reddit|rss|e-?mail|x)"
    r"(?:\W+|$)){2,}$"  # a row of network links
    r"|\s(?:→|⟶|>>?)$|^(?:←|⟵|<<?)\s"  # a link with an arrow: "Voir tous nos barbecues →", "← Previous"
)
NEVER_TITLE_PATTERNS = (NEVER_TITLE, NEVER_TITLE_FORMS)
