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

import functools
import re
from collections.abc import Callable

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


# --- Matching the tables fast -------------------------------------------------------------------------------
# Speed, not meaning: every output is the plain rule's (the row language's pattern, all languages' patterns
# joined for other langs, through `.str.contains`, `.str.extract`, `.str.count_matches`). Three costs, measured
# on the 20,000-file benchmark corpus, shape the code:
# - A Unicode \b sends the regex engine from its DFA to an engine 10-50x slower on any non-ASCII text. Every row
#   is tested with \b-free forms that match the same texts (FAST_FORMS); the rule itself, needed for a match
#   text or a match count, runs only on the rows with a match (`_on_cue_rows`).
# - Compiling the regexes costs more than matching them on a batch of 1,000 files. Polars keeps 32 compiled
#   regexes per thread and streams rows in batches, at least one per thread: every thread compiles every regex
#   again in every call (the ~60 regexes of a call evict each other). So the rows go through as one batch
#   (`_one_batch`), the test of every row uses 30 regexes, one per table for all languages at once, on the text
#   tagged with its language (`_tagged`), and the regexes per language of `_on_cue_rows` are given as a column
#   (`_pattern`): only the languages of its rows are compiled.
# - An expression used twice may be computed twice: each regex result is a column (TEMP prefix) read after.

TEXT, LANG = pl.col("__text"), pl.col("__lang")
TEMP = "__claims_"  # intermediate columns, dropped at the end
OTHER, SEP = "xx", "\x00"  # SEP is a non-word character, as the start of the text is for \b
TAGGED = pl.col(f"{TEMP}tagged")  # the language (OTHER if not in LANGS), SEP, the text: "fr\x00Il faut ..."
TAGGING = pl.concat_str(pl.when(LANG.is_in(LANGS)).then(LANG).otherwise(pl.lit(OTHER)), pl.lit(SEP), TEXT).alias(
    f"{TEMP}tagged")
ALL_AT_ONCE = (LANGS,)  # the languages of one regex
# For these two tables, one regex for more languages overflows the regex engine's DFA cache (1.8 s, not 0.4 s)
ATTRIBUTION_GROUPS, OPINION_GROUPS = (("fr",), ("en",), ("de", "es", "it")), (("fr",), ("en", "de", "es", "it"))
STANCE = {code: f"{OPINION[code]}|{HEDGE[code]}" for code in LANGS}  # the author's stance, counted in the main clause
# Two tables tested in one pass, then each on the few rows where one of them matched
CONDITIONAL_OR_HEDGE = {code: "|".join(t[code] for t in (CONDITIONAL, HEDGE) if t.get(code, NEVER) != NEVER)
                        for code in LANGS}
FORECAST_OR_FUTURE = {code: "|".join(t[code] for t in (PREDICTION, FUTURE_TENSE) if code in t) for code in LANGS}
MAIN_CLAUSE = {"conditional": (CONDITIONAL, NEVER), "future": (FUTURE_TENSE, NOT_FUTURE), "stance": (STANCE, NEVER)}
_WORD_START = r"(?:^|\W)"  # \b before a word character: the text starts, or a non-word character precedes
_ANYWHERE = r"(?s:.)*?"  # the match may start anywhere in the text (tagged regexes are anchored at the tag)
# Between two cue words, a gap of characters of a class: its first and last characters are non-word ones. The
# forms try gap lengths in the same order, so they find the same match, not just a match (for `_span_form`).
GAP_FORMS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"\)\\b\[\^([^\]\\]*)\]\{0,(\d+)\}\?\\b\(",  # lazy, 0-n characters (0 cannot be: two word characters meet)
     lambda m: rf")(?:[^\w{m[1]}]|[^\w{m[1]}][^{m[1]}]{{0,{int(m[2]) - 2}}}?[^\w{m[1]}])("),
    (r"\)\\b\[\^([^\]\\]*)\]\*\\b\(", lambda m: rf")(?:[^\w{m[1]}][^{m[1]}]*[^\w{m[1]}]|[^\w{m[1]}])("),  # greedy
    (r"\)\\b\[\^([^\]\\]*)\]\*\\s", lambda m: rf")(?:[^\w{m[1]}][^{m[1]}]*)?\s"),  # then a space: "wird ... gehen"
]
# Each \b of the tables sits next to a word character of the rule itself (a cue word, \p{Ll}, \d), so it only asks
# the character on its other side to be a non-word one (or none): these forms ask just that, and the same texts
# contain a match (the match itself may take one more character; it is never read). A test checks every
# alternative of every table against its form.
FAST_FORMS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    *GAP_FORMS,
    (r"\\b(\|[^()]*\))(\)*)$", lambda m: rf"(?:\W|$){m[1]}{m[2]}"),  # ending the first branch of the last group
    (r"\\b(\)*)$", lambda m: rf"(?:\W|$){m[1]}"),  # at the end, maybe inside the last groups
    (r"^\\b", lambda m: _WORD_START),  # at the start
    # not a \b, but the same texts match: a name is found once its capital is (all that follows is optional)
    (re.escape(_NAME) + r"(?=[|)]|$)", lambda m: r"\p{Lu}"),
]


def _only(text: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """The text on `rows`, "" elsewhere: a pattern applied to it costs only `rows`."""
    return pl.when(rows).then(text).otherwise(pl.lit(""))


def _pattern(patterns: dict[str, str], rows: pl.Expr) -> pl.Expr:
    """Per row of `rows`, the pattern of its language (`patterns[OTHER]` for other langs), else null (so is the
    result of a match against it). Given as a column, a regex is compiled only if some row needs it."""
    chosen = pl.when(~rows).then(pl.lit(None, dtype=pl.String))
    for code, pattern in patterns.items():
        chosen = chosen.when((LANG == code) if code != OTHER else ~LANG.is_in(LANGS)).then(pl.lit(pattern))
    return chosen.otherwise(pl.lit(None, dtype=pl.String))


def _relaxed(pattern: str) -> str:
    r"""The pattern without \b: it matches wherever the pattern does (and more)."""
    return pattern.replace(r"\b", "")


def _skip_class(pattern: str, i: int) -> int:
    """The index of the "]" closing the class opened at pattern[i] (a "]" first in the class is literal)."""
    i += 2 if pattern[i + 1] == "^" else 1
    i += 1 if pattern[i] == "]" else 0
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


@functools.cache  # the tables are fixed: split once, not at every call of type_claims
def _alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern, in order: `a|(?:b|c)|[|]` gives `a`, `(?:b|c)`, `[|]`."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1  # the escaped character is skipped below
        elif pattern[i] == "[":
            i = _skip_class(pattern, i)
        elif pattern[i] in "()":
            depth += 1 if pattern[i] == "(" else -1
        elif pattern[i] == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return (*parts, pattern[start:])


def _last_group(pattern: str) -> int | None:
    """Where the pattern's last element starts if it is a group `(?:a|b)` or `(?i:a|b)`, else None."""
    starts, depth, i = [], 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1
        elif pattern[i] == "[":
            i = _skip_class(pattern, i)
        elif pattern[i] in "()":
            starts += [i] if pattern[i] == "(" and depth == 0 else []
            depth += 1 if pattern[i] == "(" else -1
        i += 1
    last = starts[-1] if starts and pattern.endswith(")") else None
    return last if last is not None and pattern.startswith(("(?:", "(?i:"), last) else None


def _fast(alternative: str) -> str:
    r"""The alternative with each \b in its FAST_FORMS form: the same texts contain a match."""
    for context, form in FAST_FORMS:
        alternative = re.sub(context, form, alternative)
    if r"\b" in alternative:
        raise ValueError(f"no fast form for a \\b in {alternative!r}: add one to FAST_FORMS")
    return alternative


def _then_a_character(pattern: str) -> str:
    r"""The pattern, then the character after its match (a final \b asks for a non-word one): the same matches,
    tried in the same order, without \b."""
    if pattern.endswith(r"\b"):
        return pattern[:-2] + r"\W"
    start = _last_group(pattern)
    if start is None:
        return pattern + "(?s:.)"
    head = pattern[start:pattern.index(":", start) + 1]  # the character goes into each branch of the last group
    return pattern[:start] + head + "|".join(map(_then_a_character, _alternatives(pattern[start + len(head):-1]))) + ")"


def _span_form(alternative: str) -> str:
    r"""A \b-free regex matching, in SEP + text + SEP, the character before a match of the alternative, the match,
    and the character after; the matches are the alternative's, in the same order, so the first is its first."""
    for context, form in GAP_FORMS:
        alternative = re.sub(context, form, alternative)
    alternative = _then_a_character(alternative)
    alternative = r"\W" + alternative[2:] if alternative.startswith(r"\b") else "(?s:.)" + alternative
    if r"\b" in alternative or "^" in alternative.replace("[^", "") or "$" in alternative:
        raise ValueError(f"no span form for {alternative!r}")
    return alternative


def _per_lang(table: dict[str, str]) -> dict[str, str]:
    """The table's pattern per language, and under OTHER every language's pattern joined."""
    patterns = {code: table[code] for code in LANGS if table.get(code, NEVER) != NEVER}
    return {**patterns, OTHER: "|".join(patterns.values())}


def _tagged(table: dict[str, str], langs: tuple[str, ...] = LANGS, form: Callable[[str], str] = _fast) -> str:
    """A regex for TAGGED: the row language's pattern matches the text (OTHER rows: any of `langs`' patterns)."""
    branches = []
    for code in (code for code in langs if table.get(code, NEVER) != NEVER):
        head = f"^(?:{code}|{OTHER}){SEP}"
        alternatives = [form(a) for a in _alternatives(table[code])]
        anchored = [a[1:] for a in alternatives if a.startswith("^")]  # their ^ is the text start, after SEP
        at_word = [a[len(_WORD_START):] for a in alternatives if a.startswith(_WORD_START)]
        anywhere = [a for a in alternatives if not a.startswith(("^", _WORD_START))]
        branches += [f"{head}(?:{'|'.join(anchored)})"] if anchored else []
        branches += [rf"{head}(?:{_ANYWHERE}\W)?(?:{'|'.join(at_word)})"] if at_word else []
        branches += [f"{head}{_ANYWHERE}(?:{'|'.join(anywhere)})"] if anywhere else []
    return "|".join(branches) or NEVER


def _contains(table: dict[str, str], rows: pl.Expr, groups: tuple[tuple[str, ...], ...] = ALL_AT_ONCE) -> pl.Expr:
    """True where the text matches the row language's pattern (all languages' for other langs), on `rows` only."""
    return rows & pl.any_horizontal([_only(TAGGED, rows).str.contains(_tagged(table, langs)) for langs in groups])


def _first_match(lf: pl.LazyFrame, out: str, table: dict[str, str], rows: pl.Expr) -> pl.LazyFrame:
    """Adds String `out`: on `rows`, the first text matched by the row language's pattern (other langs: by all
    languages' patterns joined), else null.

    The first match of `a|b|c` is the one of the alternative that starts first (the earlier one on a tie), so
    each alternative is found alone by the DFA, in its `_span_form` (joined, they overflow the DFA cache).
    """
    bracketed = pl.col(f"{TEMP}{out}:text")
    alternatives = [(code, a) for code, p in _per_lang(table).items() if code != OTHER for a in _alternatives(p)]
    start = [pl.col(f"{TEMP}{out}:{i}") for i in range(len(alternatives))]
    first = pl.col(f"{TEMP}{out}:first")  # a column: compared with each start below
    return (
        lf.with_columns(pl.concat_str(pl.lit(SEP), TEXT, pl.lit(SEP)).alias(f"{TEMP}{out}:text"))
        .with_columns(
            bracketed.str.find(pl.when(rows & ((LANG == code) | ~LANG.is_in(LANGS))).then(pl.lit(_span_form(a))))
            .alias(f"{TEMP}{out}:{i}")
            for i, (code, a) in enumerate(alternatives)
        )
        .with_columns(pl.min_horizontal(start).alias(f"{TEMP}{out}:first"))
        .with_columns(  # the match of the first alternative that starts first
            bracketed.str.extract_all(pl.coalesce(
                pl.when(start[i] == first).then(pl.lit(_span_form(a))) for i, (_, a) in enumerate(alternatives)
            )).list.first().alias(out)
        )
        .with_columns(pl.col(out).str.slice(1, pl.col(out).str.len_chars() - 2))  # without the characters around
    )


def _subtracted(table: dict[str, str], has: pl.Expr, not_cue: str) -> pl.Expr:
    """Rows with a cue where _in_main_clause may subtract one: a cue after a subordinate, or not_cue."""
    # a subordinate ends with a space or an apostrophe: the \b before a cue's first (word) character holds
    after_subordinate = {
        code: SUBORDINATE + "(?:" + "|".join(_fast(a.removeprefix(r"\b")) for a in _alternatives(p)) + ")"
        for code, p in table.items() if p != NEVER
    }
    maybe = _only(TAGGED, has).str.contains(_tagged(after_subordinate, form=lambda a: a))
    return has & (maybe | _only(TEXT, has).str.contains(_fast(not_cue)) if not_cue != NEVER else maybe)


def _in_main_clause(table: dict[str, str], rows: pl.Expr, not_cue: str) -> pl.Expr:
    r"""On the rows of _subtracted: a cue of the table occurs outside a que/qui/dont/si clause (cue count minus
    subordinate count and not_cue count > 0). There is one to subtract, so it takes two cues: the slow counts
    (\b) run only where the pattern without \b matches twice."""
    patterns = _per_lang(table)
    twice = TEXT.str.contains(_pattern({code: f"(?:{_relaxed(p)})(?s:.)*?(?:{_relaxed(p)})"
                                        for code, p in patterns.items()}, rows)).fill_null(False)
    cues = rows & twice
    n = TEXT.str.count_matches(_pattern(patterns, cues)).cast(pl.Int64)
    subordinate = {code: SUBORDINATE + f"(?:{p})" for code, p in patterns.items()}
    n = n - TEXT.str.count_matches(_pattern(subordinate, cues)).cast(pl.Int64)
    n = n - _only(TEXT, cues).str.count_matches(not_cue).cast(pl.Int64) if not_cue != NEVER else n
    return rows & (n.fill_null(0) > 0)  # null: not a row with two cues


def extract_numbers(text: pl.Expr) -> pl.Expr:
    """Numerals as written, in order; digits glued to a name (CO2, Go2Market, 1Password) are dropped."""
    return (
        text.str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")
        .str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")  # twice: matches overlap in "1x2x3"
        .str.extract_all(NUMBER_TOKEN)
        .list.eval(pl.element().filter(pl.element().str.contains(VALID_NUMBER_TOKEN)).str.extract(f"^({NUMBER})", 1))
        .fill_null(pl.lit([], dtype=pl.List(pl.String)))
    )


def _count_words(pairs: pl.Expr) -> pl.Expr:
    """Per match of COUNT_PAIR, the word before the numeral ("" if none) and the word after it, lowercased."""
    return pairs.list.eval(pl.struct(
        pl.element().str.extract(r"^(\p{L}+)\.?\s", 1).str.to_lowercase().fill_null("").alias("before"),
        pl.element().str.extract(r"(\p{L}+)$", 1).str.to_lowercase().alias("after"),
    ))


def _has_count(pair_words: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """A numeral followed by a noun-like word, unless the word before is a label or the word after a date/function word.
    `pair_words`: the _count_words of the text's COUNT_PAIR matches, on `rows` at least (found once for every language)."""
    def counted(rows: pl.Expr, before: list[str], after: list[str]) -> pl.Expr:
        word_before, word_after = pl.element().struct.field("before"), pl.element().struct.field("after")
        keep = ~word_before.is_in(before) & ~word_after.is_in(after)  # plain words: "^(?:a|b)$" is membership
        return rows & pl.when(rows).then(pair_words).list.eval(keep).list.any()

    words = {code: (before.split("|"), after.split("|")) for code, (before, after) in NOT_COUNTED.items()}
    parts = [counted(rows & (LANG == code), *words[code]) for code in LANGS]
    parts.append(counted(rows & ~LANG.is_in(LANGS), *(sum(w, []) for w in zip(*words.values(), strict=True))))
    return pl.any_horizontal(parts).fill_null(False)


WORD = r"[\p{L}\d]+(?:['’-][\p{L}\d]+)*"  # a word, for the word count and the Title Case share
# What precedes the first character of a word: not a word character, nor an apostrophe or hyphen joined to one
# ("l'Europe" is one word). Matched with the character, it never matches twice in a word.
WORD_START = r"(?:^|^['’-]|[^\p{L}\d'’-]|[^\p{L}\d]['’-])"
TITLE_WORD_START = WORD_START + r"\p{Lu}"  # a word that opens with a capital
# Regexes anchored at one end of the text read a few characters there, not the whole text: kept apart.
QUOTE_AT_START, QUOTE_AT_END = f"{QUOTE_OPENS}|{SPEAKER_PREFIX}", QUOTE_CLOSES


def _at_least_words(k: int) -> pl.Expr:
    """count_matches(WORD) >= k, found at the k-th word rather than by counting them all (10x less time)."""
    start = WORD_START + r"[\p{L}\d]"
    return TEXT.str.contains(f"(?:{start}(?s:.)*?){{{k - 1}}}{start}") if k > 0 else pl.lit(True)


def _features(
    lf: pl.LazyFrame, *, min_words: int, min_unpunctuated_words: int, max_title_case_share: float
) -> pl.LazyFrame:
    """Adds per row: is it a claim, which tables match. A type's table is tested on a superset of its rows (the
    precedence applies at the end); the match text and the main-clause counts are left to _on_cue_rows."""
    t = {name: pl.col(f"{TEMP}{name}") for name in (
        "enough_words", "long", "terminal", "digits", "imperative", "cue", "hedging", "hedge", "claim", "quote",
        "pairs", "count_pairs", "count_words", "statistic", "prospective", "forecast")}
    long_unpunctuated = t["long"] & ~t["terminal"]  # the only rows where the Title Case share matters
    n_words = _only(TEXT, long_unpunctuated).str.count_matches(WORD)
    n_title = _only(TEXT, long_unpunctuated).str.count_matches(TITLE_WORD_START)
    title_share = pl.when(n_words > 0).then(n_title.cast(pl.Float64) / n_words).otherwise(0.0)  # mean over words
    heading_like = ~t["long"] | (title_share > max_title_case_share)
    question = TEXT.str.contains(_alternatives(QUESTION)[0]) | TEXT.str.strip_chars_start().str.starts_with("¿")
    untyped = t["claim"] & ~t["quote"] & ~t["cue"]  # not a quote, not an attribution
    stated = untyped & ~t["statistic"] & ~t["forecast"]  # may be an opinion (if not a future)
    return (
        lf.with_columns(
            TAGGING,
            _at_least_words(min_words).alias(f"{TEMP}enough_words"),
            _at_least_words(min_unpunctuated_words).alias(f"{TEMP}long"),
            TEXT.str.contains(TERMINAL_PUNCT).alias(f"{TEMP}terminal"),
            TEXT.str.contains(r"\d").alias(f"{TEMP}digits"),  # a numeral has a digit
        )
        .with_columns(
            _contains(IMPERATIVE, pl.lit(True)).alias(f"{TEMP}imperative"),
            _contains(ATTRIBUTION, pl.lit(True), ATTRIBUTION_GROUPS).alias(f"{TEMP}cue"),  # its text: _on_cue_rows
            _contains(CONDITIONAL_OR_HEDGE, pl.lit(True)).alias(f"{TEMP}hedging"),
        )
        .with_columns(
            _contains(CONDITIONAL, t["hedging"]).alias(f"{TEMP}conditional"),  # in a main clause: _on_cue_rows
            _contains(HEDGE, t["hedging"]).alias(f"{TEMP}hedge"),
            # QUESTION is anchored at either end: "^\s*¿" is the text without its leading \s starting with "¿"
            (t["enough_words"] & ~question & ~(t["imperative"] & ~TEXT.str.contains(_fast(NOT_IMPERATIVE)))
             & (t["terminal"] | ~heading_like)).alias(f"{TEMP}claim"),
        )
        .with_columns(
            (t["claim"] & (TEXT.str.contains(QUOTE_AT_START) | TEXT.str.contains(QUOTE_AT_END)
                           | _contains(QUOTED_SPAN, t["claim"] & t["cue"]))).alias(f"{TEMP}quote"),
            _only(TEXT, t["claim"] & t["digits"]).str.extract_all(COUNT_PAIR).alias(f"{TEMP}count_pairs"),
        )
        .with_columns(
            (t["claim"] & t["digits"] & (t["count_pairs"].list.len() > 0)).alias(f"{TEMP}pairs"),
            _count_words(t["count_pairs"]).alias(f"{TEMP}count_words"),
        )
        .with_columns(  # every STATISTIC alternative has a digit
            (_contains(STATISTIC, untyped & t["digits"]) | _has_count(t["count_words"], untyped & t["pairs"]))
            .alias(f"{TEMP}statistic"),
            _contains(FORECAST_OR_FUTURE, untyped).alias(f"{TEMP}prospective"),
        )
        .with_columns(_contains(PREDICTION, t["prospective"]).alias(f"{TEMP}forecast"))
        .with_columns(  # a forecast cue makes a prediction whatever the tense; a future counts in a main clause
            (t["prospective"] & ~t["forecast"]).alias(f"{TEMP}future"),
            (stated & (t["hedge"] | _contains(OPINION, stated, OPINION_GROUPS))).alias(f"{TEMP}stance"),  # idem
        )
    )


def _one_batch(lf: pl.LazyFrame) -> pl.LazyFrame:
    """The same rows, streamed on as one batch (imploded into one row, exploded back), so each regex below is
    compiled once per call: the streaming engine splits a frame into a batch per thread, and each thread compiles
    its own copy of the ~60 regexes of a call (it keeps 32), which cost more than matching them on 25,000 sentences."""
    return lf.select(pl.all().implode()).explode(pl.all(), empty_as_null=False, keep_nulls=True)


def _on_cue_rows(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Adds __cue (the attribution's text) and name! per MAIN_CLAUSE table (its cue is in a main clause), computed
    on the rows with such cues, joined back by row number (elsewhere null).

    Their regexes per language are given as columns (_pattern): a language with no such row costs no compilation.
    """
    c = pl.col
    has = {name: c(f"{TEMP}{name}") for name in ("cue", *MAIN_CLAUSE)}
    maybe = {name: c(f"{TEMP}{name}?") for name in MAIN_CLAUSE}
    found = (
        lf.filter(pl.any_horizontal(has.values()))
        .select(c(f"{TEMP}row"), TEXT, LANG, TAGGED, *has.values())
        .pipe(_first_match, "__cue", ATTRIBUTION, has["cue"])
        .with_columns(_subtracted(table, has[name], not_cue).alias(f"{TEMP}{name}?")
                      for name, (table, not_cue) in MAIN_CLAUSE.items())
        .select(
            c(f"{TEMP}row"), c("__cue"),
            *(((has[name] & ~maybe[name]) | _in_main_clause(table, maybe[name], not_cue)).alias(f"{TEMP}{name}!")
              for name, (table, not_cue) in MAIN_CLAUSE.items()),
        )
    )
    return lf.join(found, on=f"{TEMP}row", how="left", maintain_order="left")


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
    t = {name: c(f"{TEMP}{name}") for name in ("claim", "quote", "statistic", "forecast", "hedge", "numbers", "digits")}
    main = {name: c(f"{TEMP}{name}!").fill_null(False) for name in MAIN_CLAUSE}  # null: no such cue
    cue = c("__cue").str.strip_chars(" ,;:.")
    return (
        sentences.with_columns(
            c(text_col).cast(pl.String).fill_null("").alias("__text"),
            c(lang_col).cast(pl.String).fill_null("und").str.to_lowercase().str.slice(0, 2).alias("__lang"),
        )
        .with_row_index(f"{TEMP}row")
        .pipe(_one_batch)
        .pipe(_features, min_words=min_words, min_unpunctuated_words=min_unpunctuated_words,
              max_title_case_share=max_title_case_share)
        .pipe(_on_cue_rows)
        .with_columns(extract_numbers(_only(TEXT, t["digits"])).alias(f"{TEMP}numbers"))
        .with_columns(  # the precedence: quote > attribution > statistic > prediction > opinion > other
            t["claim"].alias("is_claim"),
            pl.when(~t["claim"]).then(pl.lit("other"))
            .when(t["quote"]).then(pl.lit("quote"))
            .when(c("__cue").is_not_null()).then(pl.lit("attribution"))
            .when(t["statistic"]).then(pl.lit("statistic"))
            .when(t["forecast"] | main["future"]).then(pl.lit("prediction"))
            .when(main["stance"] | main["conditional"]).then(pl.lit("opinion"))  # a conditional main clause too
            .otherwise(pl.lit("other")).alias("claim_type"),
            pl.when(cue.str.len_chars() > 0).then(cue).alias("source_cue"),
            t["numbers"].alias("numbers"),
            (t["numbers"].list.len() > 0).alias("has_number"),
            (t["hedge"] | main["conditional"]).alias("is_hedged"),
        )
        .drop("__text", "__lang", "__cue")
        .select(pl.exclude(f"^{TEMP}.*$"))
    )
