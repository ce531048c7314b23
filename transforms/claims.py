"""Type sentences as claims so an analyst can filter them: is_claim, claim_type, source_cue, numbers, is_hedged.

A claim is a declarative sentence that asserts something. Not claims: questions, imperatives (calls to
action), and headings or fragments (fewer than min_words words, or no final punctuation and short or
Title Case). Non-claims get claim_type "other", so filtering on a type never returns a question or a heading.

Precedence when several types apply (the first that matches wins):
    quote > attribution > statistic > prediction > opinion > other
Who says it decides how a claim is checked: verbatim words against the speaker, a reported claim against
its source, whatever its content; only the author's own claims are typed by content, measured quantities
first because they are the most checkable. Nothing is lost by the order: numbers, source_cue and is_hedged
are separate columns (a sourced figure is "attribution" with non-empty numbers).

Clause rule: a future or conditional verb only counts when it is not inside a que/qui/dont/si clause
("ça ne veut pas dire qu'il n'y aura pas ..." is not a prediction); the subordinate matches are counted
and subtracted, since the regex engine has no look-behind.

Numbers are the numerals as written (digits with their thousands and decimal separators: "13,3", "2.4",
"1 000" with a space, no-break or thin space, "60" of "60%", "2017"). A numeral glued to letters before it
is part of a name, not a value: "CO2", "Go2Market", "B2B", "COVID-19". Letters right after it count only
when they are a unit, a magnitude or an ordinal ("5km", "2M€", "3e", "21st"); otherwise ("3D", "5G",
"1Password") the token is a name too. "8x5", "5h45" are two numbers. Spelled-out numbers ("trois") are
not extracted, and a statistic needs digits.

Language: each rule is a table with one pattern per language; rows whose lang is not in the table ('und',
'pt', ...) are matched against every language's pattern joined.
"""

from __future__ import annotations

import polars as pl

CLAIM_TYPES: tuple[str, ...] = ("statistic", "attribution", "quote", "prediction", "opinion", "other")

CLAIM_TYPE_DOCS: dict[str, str] = {
    "statistic": "The sentence states a measured quantity in digits: a percentage, an amount of money, a magnitude "
    "(2,4 millions) or a count or measure of a noun (200 CMOs, 55-kilometer); years, dates, versions and list numbers are not.",
    "attribution": "The claim is reported from a source rather than asserted by the author: a named source or a "
    "reporting cue (selon, according to, laut, a déclaré, estime, says, is seen as, a study/Gartner shows).",
    "quote": "The sentence carries someone's words verbatim: it opens or closes inside quotation marks, follows a "
    "'Speaker :' prefix, or has a quoted span of four words or more together with a reporting cue.",
    "prediction": "The author's claim is about the future: future tense in the main clause or a forecast cue "
    "(will, is due to, va + infinitive, prévu de, d'ici 2030, wird ... + infinitive).",
    "opinion": "The author evaluates, prescribes or hedges: il faut, doit, should, is essential, unfortunately, "
    "I recommend, probably, a conditional main clause.",
    "other": "A declarative claim with none of the cues above (a plain factual statement), and every non-claim row.",
}

LANGS: tuple[str, ...] = ("fr", "en", "de", "es", "it")
NEVER = r"\b\B"  # a pattern that matches nothing: the rule does not apply to that language

# --- Numbers (language-independent) ----------------------------------------------------------------------
# No look-around in the regex engine: tokens are taken with their glued letters, bad tokens dropped after.
_SPACE = "[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
NUMBER = rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*"  # "1 000,5" · "13,3" · "1,000.5" · "2017"
NUMBER_TOKEN = rf"(?:\p{{L}}+-?)?(?:{NUMBER})(?:\p{{L}}+(?:{NUMBER}))*\p{{L}}*"  # a numeral with glued letters
NUMBER_SUFFIX = (  # letters allowed right after a numeral: magnitudes, units, ordinals
    r"(?:k|K|M|Md|Mds|Mrd|Mio|bn|m|mn|km|kg|mg|g|cm|mm|h|min|s|ms|x|px|Mo|Go|Ko|To|GB|MB|KB|TB|Gb|Mb|"
    r"e|er|re|ère|ème|eme|nd|nde|st|rd|th|º|ª)?"
)
VALID_NUMBER_TOKEN = rf"^(?:{NUMBER}){NUMBER_SUFFIX}$"
BETWEEN_NUMBERS = r"(\d)[x×h](\d)"  # "8x5min", "5h45": two numbers; rewritten to a '/' no number contains

# --- Not a claim ---------------------------------------------------------------------------------------
QUESTION = r"[?？][!?]*\s*[»\"”’)\]]*\s*$|^\s*¿"
TERMINAL_PUNCT = r"[.!…;:。！]\s*[»\"”’)\]]*\s*$|[»\"”]\s*$"
IMPERATIVE: dict[str, str] = {  # the sentence opens with a command or a call to action
    "fr": r"^\W*(?:n['’])?(?:\p{Lu}\p{Ll}+ez|(?i:passons|allons|voyons|prenons|commençons|imaginons|rappelons|"
    r"soyons|revenons|notons|lire|voir|cliquer))\b",
    "en": r"^\W*(?i:click|read|learn|sign up|subscribe|share|follow|download|see|check|try|get|let['’]s|don['’]t|"
    r"make sure|find out|join|contact|imagine|consider|remember|visit|think|start|stop|keep|discover|watch|"
    r"register|enter|please|buy|order|call|email|send|take|eat|add|use|avoid)\b",
    "de": r"^\W*\p{Lu}\p{Ll}+en\s+Sie\b|^\W*(?i:klicken|lesen|melden|abonnieren|teilen|entdecken|bitte)\b",
    "es": r"^\W*(?i:haga|haz|lea|lee|descubre|descubra|suscríbete|suscríbase|comparte|sigue|siga|descarga|"
    r"descargue|consulta|consulte|mira|contacta|regístrate|no te pierdas|pulsa|visita)\b",
    "it": r"^\W*(?i:clicca|leggi|scopri|iscriviti|condividi|segui|scarica|guarda|contatta|visita|registrati|"
    r"non perdere|prova|ecco)\b",
}
NOT_IMPERATIVE = r"^\W*(?i:chez|assez|nez|rez)\b"  # French words in -ez that open statements

# --- Quote -------------------------------------------------------------------------------------------------
QUOTE_OPENS = r"^[\s\-–—]*[«“„\"»]\s*\p{L}"  # the sentence is someone's words: it starts inside quotes ...
QUOTE_CLOSES = r"[.!?…,]\s*[»”“\"«]\s*$"  # ... or ends inside them
SPEAKER_PREFIX = r"^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+:\s"  # interview: "Jean-Paul Aimetti : ..."
QUOTED_SPAN: dict[str, str] = {  # four words or more between marks; a quote only with a reporting cue
    "fr": r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    "en": r"“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    "de": r"„(?:[^“”\s]+\s+){3,}[^“”\s][^“”]*[“”]|»(?:[^«\s]+\s+){3,}[^«\s][^«]*«|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    "es": r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    "it": r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
}

# --- Attribution: the matched text becomes source_cue ------------------------------------------------------
# (?i: ...) scopes case-folding to cue words, so \p{Lu} still means a capital (a named source).
_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:de\s+|du\s+|d['’]|von\s+|del\s+|di\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}"
_ORGS = r"Gartner|Forrester|IDC|IBM|McKinsey|Deloitte|PwC|Accenture|Nielsen|Insee|INSEE|Eurostat|OCDE|OECD|Pew"
ATTRIBUTION: dict[str, str] = {
    "fr": rf"(?i:selon|d['’]après)\s+(?:(?i:l['’]|les?\s+|la\s+|une?\s+|des?\s+|du\s+)(?:{_NAME}|\p{{L}}+)|{_NAME}|(?i:lui|elle|eux|ses|son|sa|leurs?)\b)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estime|prévoit|affirme|indique|révèle|montre|annonce|constate)\b"
    r"|(?i:une?|l['’]|cette|la|les|leur|son)\s*(?i:étude|enquête|sondage|baromètre)s?\b"
    r"|\b(?i:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:\p{Ll}+\s+)?(?i:déclaré|affirmé|expliqué|indiqué|"
    r"souligné|précisé|confié|ajouté|assuré|annoncé|estimé|rappelé|reconnu|raconté|prévenu|dénoncé)\b"
    r"|\b(?i:déclare|affirme|explique|souligne|précise|ajoute|assure|estime|rappelle|reconnaît|indique|annonce)(?:nt)?\s+qu"
    r"|,\s*(?i:déclare|affirme|explique|souligne|précise|ajoute|assure|estime|indique|raconte|confie|note)\s+\p{L}+"
    rf"|\b(?i:comme l['’](?:affirme|explique|souligne|indique|écrit|dit))\s+(?:{_NAME}|\p{{L}}+)",
    "en": rf"(?i:according to)\s+(?:(?i:the)\s+)?(?:{_NAME}|\p{{L}}+)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estimates|predicts|found|finds|shows|says|forecasts)\b"
    r"|\b(?:said|says|say|told|tells|stated|states|claimed|claims|argued|argues|insisted|insists|noted|notes|added|"
    r"wrote|writes|announced|announces|maintained|maintains|suggested|warned|warns|acknowledged|admitted|stressed|"
    r"emphasi[sz]ed|believes|estimates|estimated|reportedly|allegedly)\b"  # lowercase: "United States" is no verb
    r"|\b(?i:reported|reports)\s+(?:(?i:that)\b|\p{Lu}\S*)|\p{Lu}[\p{L}.]+\s+(?i:has\s+|had\s+)?reported\b"
    r"|\b(?i:is|are|was|were)\s+(?:\w+\s+)?(?i:seen|regarded|considered|believed|thought|said)\s+(?i:as|to)\b"
    r"|\b(?i:study|studies|survey|report|research|researchers|scientists|poll|analysis|they|we)\b[^.;]{0,60}?"
    r"\b(?i:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|indicates?|indicated|hinted)\b",
    "de": rf"(?i:laut|zufolge)\s+(?:{_NAME}|\S+)|,\s+so\s+(?:(?i:der|die|das)\s+)?{_NAME}"
    r"|\b(?i:sagte|sagt|sagen|sagten|erklärte|erklärten|betonte|betont|berichtet|berichtete|berichten|meint|"
    r"meinte|schreibt|schrieb|behauptet|behauptete|teilte\s+mit|kündigte\s+an)\b|\b(?i:gilt|gelten)\s+als\b"
    r"|\b(?i:Studie|Umfrage|Bericht|Analyse)\b[^.]{0,60}?\b(?i:zeigt|zeigte|ergab|ergibt|belegt)\b",
    "es": rf"(?i:según|de acuerdo con)\s+(?:{_NAME}|\S+)"
    r"|\b(?i:afirmó|afirma|afirman|declaró|declara|dijo|dice|dicen|dijeron|explicó|aseguró|asegura|aseguran|"
    r"señaló|indicó|añadió|sostiene|sostienen|apuntó|advirtió|reconoció|anunció)\b"
    r"|\b(?i:estudio|encuesta|informe|investigación)\b[^.]{0,60}?\b(?i:revela|muestra|indica|concluye)\b",
    "it": rf"(?i:secondo|stando a)\s+(?:{_NAME}|(?i:il|la|lo|l['’]|i|gli|le|un|una|lui|lei)\S*)"
    r"|\b(?i:ha|hanno|è stato|è stata|e['’] stato|e['’] stata)\s+(?i:dichiarato|detto|spiegato|affermato|sottolineato|aggiunto|precisato|annunciato)\b"
    r"|\b(?i:afferma|dichiara|spiega|sottolinea|sostiene|aggiunge|annuncia|dicono)\b"
    r"|\b(?i:studio|indagine|rapporto|ricerca|sondaggio)\b[^.]{0,60}?\b(?i:rivela|mostra|indica|dimostra)\b",
}

# --- Statistic: percentage · money · magnitude here; counts below ------------------------------------------
STATISTIC: dict[str, str] = {
    "fr": r"\d\s*%|\d\s*(?i:pour\s*cent)|[€$£]\s*\d|\d\s*(?:[€$£]|k€|M€|(?i:euros?|dollars?|livres)\b)"
    r"|\d\s*(?i:millions?|milliards?|Mds?)\b",
    "en": r"\d\s*%|\d\s*(?i:percent|per cent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dollars|pounds|usd|eur)\b)"
    r"|\d\s*(?i:million|billion|trillion|bn|m)\b",
    "de": r"\d\s*%|\d\s*(?i:prozent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollar)\b)|\d\s*(?i:millionen|milliarden|mio|mrd)\b",
    "es": r"\d\s*%|\d\s*(?i:por\s*ciento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dólares)\b)|\d\s*(?i:millones|millón|mil\s+millones)\b",
    "it": r"\d\s*%|\d\s*(?i:per\s*cento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollari)\b)|\d\s*(?i:milioni|miliardi)\b",
}
# A count or measure: a free-standing numeral (not a bare 4-digit year) then a word: "200 CMOs", "180-day".
# The word before and the word after are checked per language: "Version 5.3", "Oct. 11", "5 mai", "40 qui".
COUNT_PAIR = (
    rf"(?:\p{{L}}+\.?\s+|^|[^\p{{L}}\d.,\-])(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d{{1,3}}|\d{{5,}})(?:[.,]\d+)?"
    r"[\s\-‑]+(?:de\s+|d['’]|of\s+)?\p{L}{2,}"
)
_MONTHS_ABBR = r"jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|déc"
NOT_COUNTED: dict[str, tuple[str, str]] = {  # (word before: a label, word after: a date or a function word)
    "fr": (r"version|v|mise|phase|n|no|numéro|page|article|chapitre|étape|cac|top|niveau|" + _MONTHS_ABBR,
           r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|les|des|et|ou|"
           r"sur|pour|dans|avec|qui|que|est|sont|à|au|aux"),
    "en": (r"version|v|update|release|phase|no|number|page|chapter|step|section|article|top|level|" + _MONTHS_ABBR
           + r"|january|february|march|april|may|june|july|august|september|october|november|december",
           r"january|february|march|april|may|june|july|august|september|october|november|december|and|the|for|"
           r"with|that|are|was|were|is|to|in|on|at|or"),
    "de": (r"version|update|phase|nr|seite|kapitel|artikel|stufe|" + _MONTHS_ABBR,
           r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|und|der|die|das|"
           r"mit|für|des|im|in"),
    "es": (r"versión|fase|n|núm|página|capítulo|artículo|paso",
           r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|los|las|del|"
           r"con|para|que|y|en"),
    "it": (r"versione|fase|n|num|pagina|capitolo|articolo|passo",
           r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|del|"
           r"della|con|per|che|e|in"),
}

# --- Prediction --------------------------------------------------------------------------------------------
PREDICTION: dict[str, str] = {  # forecast cues, anywhere; the synthetic future is FUTURE_TENSE below
    "fr": r"\b(?i:va|vont|allons|vais)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:er|ir|re)\b"
    r"|(?i:d['’]ici|à l['’]horizon)\s+(?:20\d\d|\d+\s+ans|la fin)|\b(?i:prévu|prévoit|prévoient|envisage|envisagent)\s+de\b"
    r"|\b(?i:prévisions?|à l['’]avenir|dans les prochaine?s|l['’]an prochain|l['’]année prochaine)\b",
    "en": r"\b(?i:will|won['’]t|shall)\b|\w['’]ll\b|\b(?i:is|are|am)\s+(?i:going|set|due|scheduled|slated|poised|"
    r"expected|projected|likely)\s+to\b|\b(?i:forecasts?|predicts?|predicted|in the coming|next (?:year|month|week|decade)|"
    r"by 20[2-9]\d|in the future)\b",
    "de": r"\b(?i:wird|werden|werde|wirst|werdet)\b[^.,;:!?]*\s(?:[a-fh-zäöüß]\p{Ll}+|g[a-df-zäöüß]\p{Ll}*)en\s*(?:[.,;:!?]|$)"
    r"|\b(?i:prognostiziert|voraussichtlich|künftig|zukünftig|in zukunft|bis 20[2-9]\d|nächstes jahr|im kommenden)\b",
    "es": r"\b(?i:va|van|vamos)\s+a\s+\p{Ll}+(?:ar|er|ir)\b"
    r"|\b(?i:se espera que|prevé|previsto|en el futuro|para 20[2-9]\d|el próximo año)\b",
    "it": r"\b(?i:si prevede|prevede|in futuro|entro il 20\d\d|il prossimo anno)\b",
}
FUTURE_TENSE: dict[str, str] = {  # synthetic future, 3rd person; counts only in a main clause (_in_main_clause)
    "fr": r"\b\p{Ll}{2,}(?:ra|ront)\b",
    "es": r"\b\p{Ll}+r(?:á|án)\b",
    "it": r"\b\p{Ll}+r(?:à|anno)\b",
}
NOT_FUTURE = r"\b(?i:caméra|opéra|extra|ultra|mantra|tantra|cobra|choléra|sahara|front|affront|agora|mascara|sierra|tiara)\b"
SUBORDINATE = (  # + a future, conditional or stance cue: that cue belongs to the subordinate clause
    r"\S\s+(?i:qu['’]|(?:que|dont|qui|où|si|che|cui|se|quien|donde|that|which|who|whom|if|whether)\s)\s*(?:\S+\s+){0,4}?"
)

# --- Opinion and hedges ------------------------------------------------------------------------------------
OPINION: dict[str, str] = {  # prescription · first-person stance · predicative evaluation · evaluative words
    "fr": r"\b(?i:il faut|faut-il|il suffit|doit|doivent|devons|mieux vaut|il est temps|je pense|je crois|j['’]estime|"
    r"à mon avis|selon moi|je recommande|nous recommandons|recommandation|n['’]a de sens|a le mérite|tant mieux|tant pis|"
    r"malheureusement|heureusement|hélas|formidable|extraordinaire|génial|stupides?|absurdes?|abus|meilleure?s?|pire|trop)\b"
    r"|\b(?i:est|sont|reste|restent|devient|deviennent|était|étaient|paraît)\s+(?:\p{L}+\s+){0,2}?(?i:important|essentiel|"
    r"nécessaire|central|crucial|primordial|indispensable|fondamental|utile|inutile|pertinent|efficace|idéal|parfait|"
    r"excellent|remarquable|intéressant|dangereux|grave|inquiétant|regrettable|dommage)(?:e|s|es|le|les)?\b",
    "en": r"\b(?i:should|must|ought to|need to|needs to|have a duty|has a duty|i think|i believe|i feel|in my opinion|"
    r"we believe|recommend|recommends|unfortunately|fortunately|sadly|luckily|hopefully|much-needed|honored|amazing|awesome)\b"
    r"|\b(?i:is|are|was|were|be|remains?|looks?)\s+(?:\w+\s+){0,2}?(?i:important|key|essential|crucial|vital|necessary|"
    r"critical|great|excellent|terrible|awful|good|bad|better|worse|best|worst|smart|huge|interesting|impressive|"
    r"remarkable|rough|beautiful|useful|useless|efficient|perfect|wrong)\b",
    "de": r"\b(?i:sollte|sollten|muss|müssen|ich denke|ich glaube|ich finde|meiner meinung|meines erachtens|wir empfehlen|"
    r"empfehlenswert|leider|zum glück|hoffentlich|glücklicherweise)\b"
    r"|\b(?i:ist|sind|bleibt|bleiben|war|waren)\b[^.,;:!?]{0,80}?\b(?i:wichtig|notwendig|entscheidend|wünschenswert|"
    r"sinnvoll|nötig|unverzichtbar|essenziell|hervorragend|problematisch)\b",
    "es": r"\b(?i:debe|deben|debería|deberían|hay que|tiene que|tienen que|es necesario|creo que|pienso que|en mi opinión|"
    r"a mi juicio|recomiendo|lamentablemente|afortunadamente|por desgracia|ojalá)\b"
    r"|\b(?i:es|son|era|eran|sigue siendo|resulta)\s+(?:\S+\s+){0,2}?(?i:importante|esencial|necesari[oa]|clave|"
    r"fundamental|mejor|peor|excelente|grave|absurd[oa]|lamentable|imprescindible)s?\b",
    "it": r"\b(?i:deve|devono|bisogna|occorre|è necessario|penso che|credo che|secondo me|a mio avviso|consiglio|purtroppo|"
    r"per fortuna|pietos[oa]|notevole|straordinari[oa])\b"
    r"|\b(?i:è|sono|era|erano|resta|rimane)\s+(?:\S+\s+){0,2}?(?i:importante|essenziale|fondamentale|necessari[oa]|"
    r"positiv[oa]|negativ[oa]|ottim[oa]|migliore|peggiore|bell[oa]|grave)\b",
}
HEDGE: dict[str, str] = {  # epistemic hedges: the author does not fully commit to the claim
    "fr": r"\b(?i:peut-être|probablement|sans doute|vraisemblablement|semble|semblent|il est probable|il est possible|"
    r"a priori|apparemment)\b",
    "en": r"\b(?i:probably|perhaps|maybe|possibly|arguably|apparently|likely|unlikely|seems?|appears? to|i think|i believe)\b"
    r"|\b(?:may|might|could)\b",
    "de": r"\b(?i:wahrscheinlich|vielleicht|möglicherweise|vermutlich|scheint|scheinen|könnte|könnten|dürfte|dürften)\b"
    r"|\b(?i:soll|sollen)\b[^.]*\b(?i:sein|haben)\s*[.!]?$",
    "es": r"\b(?i:probablemente|quizás|quizá|tal vez|posiblemente|parece|parecen|al parecer|acaso)\b",
    "it": r"\b(?i:probabilmente|forse|possibilmente|sembra|sembrano|pare)\b",
}
CONDITIONAL: dict[str, str] = {  # a conditional main clause hedges the claim (reportive or hypothetical)
    "fr": r"\b(?i:pourrait|pourraient|serait|seraient|devrait|devraient)\b",
    "en": NEVER,
    "de": NEVER,
    "es": r"\b(?i:podría|podrían|debería|deberían|sería|serían)\b",
    "it": r"\b(?i:potrebbe|potrebbero|dovrebbe|dovrebbero|sarebbe|sarebbero)\b",
}


# --- Matching a table: each row against its own language's pattern ----------------------------------------
# Speed, not meaning: a regex kernel runs on every value of a column (a null or a when/then branch not taken
# still costs), so a when/then over the languages ran every language's pattern, and the slow joined one, on
# every row. Instead each pattern reads a copy of the text emptied outside its rows (`_only`), and rows are
# first narrowed by cheaper tests that can only rule a match out. The outputs are those of the plain rule.


def _only(text: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """The text on `rows`, "" elsewhere: a pattern applied to it costs only `rows`."""
    return pl.when(rows).then(text).otherwise(pl.lit(""))


def _relaxed(pattern: str) -> str:
    r"""The pattern without \b: it matches wherever the pattern does, and the fast DFA runs it on non-ASCII text."""
    return pattern.replace(r"\b", "")


def _any_lang(table: dict[str, str]) -> str:
    """Every language's pattern joined: the rule for rows whose lang is not in LANGS."""
    return "|".join(f"(?:{p})" for p in table.values() if p != NEVER)


def _groups(text: pl.Expr, lang: pl.Expr, table: dict[str, str], *, within: pl.Expr) -> list[tuple[pl.Expr, str]]:
    """(rows, pattern) per language of the table and for the other languages: disjoint, inside `within`.

    Rows are first narrowed to where the relaxed pattern matches (a cheap test that rules most rows out);
    other-language rows, to where one language's relaxed pattern matches (the joined one is slow).
    """
    def narrow(rows: pl.Expr, pattern: str) -> pl.Expr:
        return rows & _only(text, rows).str.contains(_relaxed(pattern)) if _relaxed(pattern) != pattern else rows

    patterns = [table.get(code, NEVER) for code in LANGS]
    groups = [(narrow(within & (lang == code), p), p) for code, p in zip(LANGS, patterns, strict=True) if p != NEVER]
    other = within & ~lang.is_in(LANGS)
    other = pl.any_horizontal([narrow(other, p) for p in patterns if p != NEVER])
    return [*groups, (other, _any_lang(table))]


def _contains(text: pl.Expr, lang: pl.Expr, table: dict[str, str], *, within: pl.Expr = pl.lit(True)) -> pl.Expr:
    """True where the text matches the row language's pattern (all languages' patterns for other langs); False outside `within`."""
    groups = _groups(text, lang, table, within=within)
    return pl.any_horizontal([rows & _only(text, rows).str.contains(p) for rows, p in groups]).fill_null(False)


def _first_match(text: pl.Expr, lang: pl.Expr, table: dict[str, str]) -> pl.Expr:
    """The first text matched by the row language's pattern (all languages' patterns for other langs), else null."""
    groups = _groups(text, lang, table, within=pl.lit(True))
    return pl.coalesce([pl.when(rows).then(_only(text, rows).str.extract(p, 0)) for rows, p in groups])


def _in_main_clause(text: pl.Expr, lang: pl.Expr, table: dict[str, str], *, not_cue: str = NEVER,
                    within: pl.Expr = pl.lit(True)) -> pl.Expr:
    """True where a cue of the table occurs outside a que/qui/dont/si clause (count minus subordinate count)."""
    def in_main(rows: pl.Expr, pattern: str) -> pl.Expr:
        cues = _only(text, rows)
        n = cues.str.count_matches(pattern).cast(pl.Int64)
        n = n - cues.str.count_matches(SUBORDINATE + f"(?:{pattern})").cast(pl.Int64)
        n = n - cues.str.count_matches(not_cue).cast(pl.Int64) if not_cue != NEVER else n
        return rows & (n > 0)

    groups = _groups(text, lang, table, within=within)
    return pl.any_horizontal([in_main(rows, p) for rows, p in groups]).fill_null(False)


def extract_numbers(text: pl.Expr) -> pl.Expr:
    """Numerals as written, in order; digits glued to a name (CO2, Go2Market, 1Password) are dropped."""
    return (
        text.str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")
        .str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")  # twice: matches overlap in "1x2x3"
        .str.extract_all(NUMBER_TOKEN)
        .list.eval(pl.element().filter(pl.element().str.contains(VALID_NUMBER_TOKEN)).str.extract(f"^({NUMBER})", 1))
        .fill_null(pl.lit([], dtype=pl.List(pl.String)))
    )


def _has_count(text: pl.Expr, lang: pl.Expr, *, within: pl.Expr = pl.lit(True)) -> pl.Expr:
    """A numeral followed by a noun-like word, unless the word before is a label or the word after a date/function word."""
    def counted(rows: pl.Expr, before: str, after: str) -> pl.Expr:
        word_before = pl.element().str.extract(r"^(\p{L}+)\.?\s", 1).str.to_lowercase().fill_null("")
        word_after = pl.element().str.extract(r"(\p{L}+)$", 1).str.to_lowercase()
        keep = ~word_before.str.contains(f"^(?:{before})$") & ~word_after.str.contains(f"^(?:{after})$")
        return rows & _only(text, rows).str.extract_all(COUNT_PAIR).list.eval(keep).list.any()

    parts = [counted(within & (lang == code), *NOT_COUNTED[code]) for code in LANGS]
    fallback = ("|".join(b for b, _ in NOT_COUNTED.values()), "|".join(a for _, a in NOT_COUNTED.values()))
    parts.append(counted(within & ~lang.is_in(LANGS), *fallback))
    return pl.any_horizontal(parts).fill_null(False)


def type_claims(
    sentences: pl.LazyFrame,
    *,
    text_col: str = "sentence",
    lang_col: str = "lang",
    min_words: int = 4,
    min_unpunctuated_words: int = 9,
    max_title_case_share: float = 0.5,
) -> pl.LazyFrame:
    """Adds is_claim (Boolean), claim_type (String from CLAIM_TYPES; set for every row), source_cue (String, null if none), numbers (List(String), numeric values as written, e.g. '13,3', '2.4', '1 000', '2017'), has_number (Boolean == numbers non-empty), is_hedged (Boolean)."""
    c = pl.col
    text, lang = c("__text"), c("__lang")
    words = text.str.extract_all(r"[\p{L}\d]+(?:['’-][\p{L}\d]+)*")
    n_words = words.list.len()
    title_share = words.list.eval(pl.element().str.contains(r"^\p{Lu}").cast(pl.Float64).mean()).list.first()
    heading_like = (n_words < min_unpunctuated_words) | (title_share.fill_null(0.0) > max_title_case_share)
    imperative = _contains(text, lang, IMPERATIVE) & ~text.str.contains(NOT_IMPERATIVE)
    is_claim = (
        (n_words >= min_words)
        & ~text.str.contains(QUESTION)
        & ~imperative
        & (text.str.contains(TERMINAL_PUNCT) | ~heading_like)
    )
    stance = {code: f"(?:{OPINION[code]})|(?:{HEDGE[code]})" for code in LANGS}
    # Each type is tested only on the claims no earlier type took (the precedence), hence the staged columns.
    untyped = c("__claim") & ~c("__quote") & c("__cue").is_null()  # not a quote, not an attribution
    return (
        sentences.with_columns(
            c(text_col).cast(pl.String).fill_null("").alias("__text"),
            c(lang_col).cast(pl.String).fill_null("und").str.to_lowercase().str.slice(0, 2).alias("__lang"),
        )
        .with_columns(
            is_claim.alias("__claim"),
            _first_match(text, lang, ATTRIBUTION).alias("__cue"),
            _in_main_clause(text, lang, CONDITIONAL).alias("__conditional_main"),
        )
        .with_columns(
            (c("__claim") & (
                text.str.contains(QUOTE_OPENS) | text.str.contains(QUOTE_CLOSES) | text.str.contains(SPEAKER_PREFIX)
                | _contains(text, lang, QUOTED_SPAN, within=c("__claim") & c("__cue").is_not_null())
            )).alias("__quote"),
        )
        .with_columns(
            (_contains(text, lang, STATISTIC, within=untyped) | _has_count(text, lang, within=untyped))
            .alias("__statistic"),
        )
        .with_columns(
            (_contains(text, lang, PREDICTION, within=untyped & ~c("__statistic"))
             | _in_main_clause(text, lang, FUTURE_TENSE, not_cue=NOT_FUTURE, within=untyped & ~c("__statistic"))).alias("__prediction"),
        )
        .with_columns(  # the author's stance: main clause only
            (_in_main_clause(text, lang, stance, within=untyped & ~c("__statistic") & ~c("__prediction"))
             | c("__conditional_main")).alias("__opinion"),
        )
        .with_columns(
            c("__claim").alias("is_claim"),
            pl.when(~c("__claim")).then(pl.lit("other"))
            .when(c("__quote")).then(pl.lit("quote"))
            .when(c("__cue").is_not_null()).then(pl.lit("attribution"))
            .when(c("__statistic")).then(pl.lit("statistic"))
            .when(c("__prediction")).then(pl.lit("prediction"))
            .when(c("__opinion")).then(pl.lit("opinion"))
            .otherwise(pl.lit("other")).alias("claim_type"),
            pl.when(c("__cue").str.strip_chars(" ,;:.").str.len_chars() > 0)
            .then(c("__cue").str.strip_chars(" ,;:.")).alias("source_cue"),
            extract_numbers(text).alias("numbers"),
            (extract_numbers(text).list.len() > 0).alias("has_number"),
            (_contains(text, lang, HEDGE) | c("__conditional_main")).alias("is_hedged"),
        )
        .drop("__text", "__lang", "__claim", "__cue", "__conditional_main", "__quote", "__statistic",
              "__prediction", "__opinion")
    )
