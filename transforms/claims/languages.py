r"""The words of the claim rules, one block per language: adding a language is one `ClaimWords` block and its
entry in LANGUAGES (rules.py gathers each rule's table, {lang: pattern}, from these blocks).

Every field is a regex; NEVER where the rule does not apply to the language. (?i: ...) scopes case-folding to
the cue words, so \p{Lu} still means a capital (a named source).
"""

from __future__ import annotations

from dataclasses import dataclass

NEVER = r"\b\B"  # a pattern that matches nothing: the rule does not apply to that language

# Shared by several blocks
SOURCE_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:de\s+|du\s+|d['’]|von\s+|del\s+|di\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}"
_ORGS = r"Gartner|Forrester|IDC|IBM|McKinsey|Deloitte|PwC|Accenture|Nielsen|Insee|INSEE|Eurostat|OCDE|OECD|Pew"
_MONTHS_ABBR = r"jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|déc"


@dataclass(frozen=True, kw_only=True)
class ClaimWords:
    """One language's words for every rule (see the package docstring for the rules and their precedence)."""

    imperative: str  # the sentence opens with a command or a call to action
    not_imperative: str = NEVER  # openings that look like imperative but start statements (every row)
    quoted_span: str  # four words or more between the language's quotation marks; a quote only with a cue
    attribution: str  # reporting verbs and named sources; the matched text becomes source_cue
    statistic: str  # a percentage, an amount of money, a magnitude ("2,4 millions")
    number_suffixes: str = ""  # letters glued after a numeral that keep it a value: ordinals, magnitudes
    not_counted_before: str  # plain words before a numeral that make it a label: "version 5", "page 3"
    not_counted_after: str  # plain words after a numeral that make it a date or no count: "5 mai", "40 qui"
    prediction: str  # forecast cues, anywhere in the sentence
    future_tense: str = NEVER  # synthetic future, 3rd person; counts only in a main clause
    not_future: str = NEVER  # words that look like future_tense (every row)
    opinion: str  # prescription, first-person stance, predicative evaluation, evaluative words
    hedge: str  # epistemic hedges: the author does not fully commit to the claim
    conditional: str = NEVER  # a conditional main clause hedges the claim (reportive or hypothetical)
    subordinator: str = NEVER  # opens a que/that clause, with the space or apostrophe after it (every row)


FR = ClaimWords(
    imperative=r"^\W*(?:n['’])?(?:\p{Lu}\p{Ll}+ez|(?i:passons|allons|voyons|prenons|commençons|imaginons|rappelons|"
    r"soyons|revenons|notons|lire|voir|cliquer))\b",
    not_imperative=r"^\W*(?i:chez|assez|nez|rez)\b",  # words in -ez that open statements
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:selon|d['’]après)\s+(?:(?i:l['’]|les?\s+|la\s+|une?\s+|des?\s+|du\s+)(?:{SOURCE_NAME}|\p{{L}}+)|{SOURCE_NAME}|(?i:lui|elle|eux|ses|son|sa|leurs?)\b)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estime|prévoit|affirme|indique|révèle|montre|annonce|constate)\b"
    r"|(?i:une?|l['’]|cette|la|les|leur|son)\s*(?i:étude|enquête|sondage|baromètre)s?\b"
    r"|\b(?i:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:\p{Ll}+\s+)?(?i:déclaré|affirmé|expliqué|indiqué|"
    r"souligné|précisé|confié|ajouté|assuré|annoncé|estimé|rappelé|reconnu|raconté|prévenu|dénoncé)\b"
    r"|\b(?i:déclare|affirme|explique|souligne|précise|ajoute|assure|estime|rappelle|reconnaît|indique|annonce)(?:nt)?\s+qu"
    r"|,\s*(?i:déclare|affirme|explique|souligne|précise|ajoute|assure|estime|indique|raconte|confie|note)\s+\p{L}+"
    rf"|\b(?i:comme l['’](?:affirme|explique|souligne|indique|écrit|dit))\s+(?:{SOURCE_NAME}|\p{{L}}+)",
    statistic=r"\d\s*%|\d\s*(?i:pour\s*cent)|[€$£]\s*\d|\d\s*(?:[€$£]|k€|M€|(?i:euros?|dollars?|livres)\b)"
    r"|\d\s*(?i:millions?|milliards?|Mds?)\b",
    number_suffixes=r"Md|Mds|mn|Mo|Go|Ko|To|e|er|re|ère|ème|eme|nde",  # "2 Mds", "5 Go", "3e", "2nde"
    not_counted_before=r"version|v|mise|phase|n|no|numéro|page|article|chapitre|étape|cac|top|niveau|" + _MONTHS_ABBR,
    not_counted_after=r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|les|des|"
    r"et|ou|sur|pour|dans|avec|qui|que|est|sont|à|au|aux",
    prediction=r"\b(?i:va|vont|allons|vais)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:er|ir|re)\b"
    r"|(?i:d['’]ici|à l['’]horizon)\s+(?:20\d\d|\d+\s+ans|la fin)|\b(?i:prévu|prévoit|prévoient|envisage|envisagent)\s+de\b"
    r"|\b(?i:prévisions?|à l['’]avenir|dans les prochaine?s|l['’]an prochain|l['’]année prochaine)\b",
    future_tense=r"\b\p{Ll}{2,}(?:ra|ront)\b",
    not_future=r"\b(?i:caméra|opéra|extra|ultra|mantra|tantra|cobra|choléra|sahara|front|affront|agora|mascara|sierra|"
    r"tiara)\b",
    opinion=r"\b(?i:il faut|faut-il|il suffit|doit|doivent|devons|mieux vaut|il est temps|je pense|je crois|j['’]estime|"
    r"à mon avis|selon moi|je recommande|nous recommandons|recommandation|n['’]a de sens|a le mérite|tant mieux|tant pis|"
    r"malheureusement|heureusement|hélas|formidable|extraordinaire|génial|stupides?|absurdes?|abus|meilleure?s?|pire|trop)\b"
    r"|\b(?i:est|sont|reste|restent|devient|deviennent|était|étaient|paraît)\s+(?:\p{L}+\s+){0,2}?(?i:important|essentiel|"
    r"nécessaire|central|crucial|primordial|indispensable|fondamental|utile|inutile|pertinent|efficace|idéal|parfait|"
    r"excellent|remarquable|intéressant|dangereux|grave|inquiétant|regrettable|dommage)(?:e|s|es|le|les)?\b",
    hedge=r"\b(?i:peut-être|probablement|sans doute|vraisemblablement|semble|semblent|il est probable|il est possible|"
    r"a priori|apparemment)\b",
    conditional=r"\b(?i:pourrait|pourraient|serait|seraient|devrait|devraient)\b",
    subordinator=r"qu['’]|(?:que|dont|qui|où|si)\s",
)

EN = ClaimWords(
    imperative=r"^\W*(?i:click|read|learn|sign up|subscribe|share|follow|download|see|check|try|get|let['’]s|don['’]t|"
    r"make sure|find out|join|contact|imagine|consider|remember|visit|think|start|stop|keep|discover|watch|"
    r"register|enter|please|buy|order|call|email|send|take|eat|add|use|avoid)\b",
    quoted_span=r"“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:according to)\s+(?:(?i:the)\s+)?(?:{SOURCE_NAME}|\p{{L}}+)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estimates|predicts|found|finds|shows|says|forecasts)\b"
    r"|\b(?:said|says|say|told|tells|stated|states|claimed|claims|argued|argues|insisted|insists|noted|notes|added|"
    r"wrote|writes|announced|announces|maintained|maintains|suggested|warned|warns|acknowledged|admitted|stressed|"
    r"emphasi[sz]ed|believes|estimates|estimated|reportedly|allegedly)\b"  # lowercase: "United States" is no verb
    r"|\b(?i:reported|reports)\s+(?:(?i:that)\b|\p{Lu}\S*)|\p{Lu}[\p{L}.]+\s+(?i:has\s+|had\s+)?reported\b"
    r"|\b(?i:is|are|was|were)\s+(?:\w+\s+)?(?i:seen|regarded|considered|believed|thought|said)\s+(?i:as|to)\b"
    r"|\b(?i:study|studies|survey|report|research|researchers|scientists|poll|analysis|they|we)\b[^.;]{0,60}?"
    r"\b(?i:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|indicates?|indicated|hinted)\b",
    statistic=r"\d\s*%|\d\s*(?i:percent|per cent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dollars|pounds|usd|eur)\b)"
    r"|\d\s*(?i:million|billion|trillion|bn|m)\b",
    number_suffixes=r"bn|st|nd|rd|th",  # "2bn", "21st"
    not_counted_before=r"version|v|update|release|phase|no|number|page|chapter|step|section|article|top|level|"
    + _MONTHS_ABBR + r"|january|february|march|april|may|june|july|august|september|october|november|december",
    not_counted_after=r"january|february|march|april|may|june|july|august|september|october|november|december|and|"
    r"the|for|with|that|are|was|were|is|to|in|on|at|or",
    prediction=r"\b(?i:will|won['’]t|shall)\b|\w['’]ll\b|\b(?i:is|are|am)\s+(?i:going|set|due|scheduled|slated|poised|"
    r"expected|projected|likely)\s+to\b|\b(?i:forecasts?|predicts?|predicted|in the coming|next (?:year|month|week|decade)|"
    r"by 20[2-9]\d|in the future)\b",
    opinion=r"\b(?i:should|must|ought to|need to|needs to|have a duty|has a duty|i think|i believe|i feel|in my opinion|"
    r"we believe|recommend|recommends|unfortunately|fortunately|sadly|luckily|hopefully|much-needed|honored|amazing|awesome)\b"
    r"|\b(?i:is|are|was|were|be|remains?|looks?)\s+(?:\w+\s+){0,2}?(?i:important|key|essential|crucial|vital|necessary|"
    r"critical|great|excellent|terrible|awful|good|bad|better|worse|best|worst|smart|huge|interesting|impressive|"
    r"remarkable|rough|beautiful|useful|useless|efficient|perfect|wrong)\b",
    hedge=r"\b(?i:probably|perhaps|maybe|possibly|arguably|apparently|likely|unlikely|seems?|appears? to|i think|i believe)\b"
    r"|\b(?:may|might|could)\b",
    subordinator=r"(?:that|which|who|whom|if|whether)\s",
)

DE = ClaimWords(
    imperative=r"^\W*\p{Lu}\p{Ll}+en\s+Sie\b|^\W*(?i:klicken|lesen|melden|abonnieren|teilen|entdecken|bitte)\b",
    quoted_span=r"„(?:[^“”\s]+\s+){3,}[^“”\s][^“”]*[“”]|»(?:[^«\s]+\s+){3,}[^«\s][^«]*«|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:laut|zufolge)\s+(?:{SOURCE_NAME}|\S+)|,\s+so\s+(?:(?i:der|die|das)\s+)?{SOURCE_NAME}"
    r"|\b(?i:sagte|sagt|sagen|sagten|erklärte|erklärten|betonte|betont|berichtet|berichtete|berichten|meint|"
    r"meinte|schreibt|schrieb|behauptet|behauptete|teilte\s+mit|kündigte\s+an)\b|\b(?i:gilt|gelten)\s+als\b"
    r"|\b(?i:Studie|Umfrage|Bericht|Analyse)\b[^.]{0,60}?\b(?i:zeigt|zeigte|ergab|ergibt|belegt)\b",
    statistic=r"\d\s*%|\d\s*(?i:prozent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollar)\b)"
    r"|\d\s*(?i:millionen|milliarden|mio|mrd)\b",
    number_suffixes=r"Mrd|Mio",  # "2 Mrd", "5 Mio"
    not_counted_before=r"version|update|phase|nr|seite|kapitel|artikel|stufe|" + _MONTHS_ABBR,
    not_counted_after=r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|und|der|"
    r"die|das|mit|für|des|im|in",
    prediction=r"\b(?i:wird|werden|werde|wirst|werdet)\b[^.,;:!?]*\s(?:[a-fh-zäöüß]\p{Ll}+|g[a-df-zäöüß]\p{Ll}*)en\s*"
    r"(?:[.,;:!?]|$)"
    r"|\b(?i:prognostiziert|voraussichtlich|künftig|zukünftig|in zukunft|bis 20[2-9]\d|nächstes jahr|im kommenden)\b",
    opinion=r"\b(?i:sollte|sollten|muss|müssen|ich denke|ich glaube|ich finde|meiner meinung|meines erachtens|wir empfehlen|"
    r"empfehlenswert|leider|zum glück|hoffentlich|glücklicherweise)\b"
    r"|\b(?i:ist|sind|bleibt|bleiben|war|waren)\b[^.,;:!?]{0,80}?\b(?i:wichtig|notwendig|entscheidend|wünschenswert|"
    r"sinnvoll|nötig|unverzichtbar|essenziell|hervorragend|problematisch)\b",
    hedge=r"\b(?i:wahrscheinlich|vielleicht|möglicherweise|vermutlich|scheint|scheinen|könnte|könnten|dürfte|dürften)\b"
    r"|\b(?i:soll|sollen)\b[^.]*\b(?i:sein|haben)\s*[.!]?$",
)

ES = ClaimWords(
    imperative=r"^\W*(?i:haga|haz|lea|lee|descubre|descubra|suscríbete|suscríbase|comparte|sigue|siga|descarga|"
    r"descargue|consulta|consulte|mira|contacta|regístrate|no te pierdas|pulsa|visita)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:según|de acuerdo con)\s+(?:{SOURCE_NAME}|\S+)"
    r"|\b(?i:afirmó|afirma|afirman|declaró|declara|dijo|dice|dicen|dijeron|explicó|aseguró|asegura|aseguran|"
    r"señaló|indicó|añadió|sostiene|sostienen|apuntó|advirtió|reconoció|anunció)\b"
    r"|\b(?i:estudio|encuesta|informe|investigación)\b[^.]{0,60}?\b(?i:revela|muestra|indica|concluye)\b",
    statistic=r"\d\s*%|\d\s*(?i:por\s*ciento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dólares)\b)"
    r"|\d\s*(?i:millones|millón|mil\s+millones)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versión|fase|n|núm|página|capítulo|artículo|paso",
    not_counted_after=r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|los|"
    r"las|del|con|para|que|y|en",
    prediction=r"\b(?i:va|van|vamos)\s+a\s+\p{Ll}+(?:ar|er|ir)\b"
    r"|\b(?i:se espera que|prevé|previsto|en el futuro|para 20[2-9]\d|el próximo año)\b",
    future_tense=r"\b\p{Ll}+r(?:á|án)\b",
    opinion=r"\b(?i:debe|deben|debería|deberían|hay que|tiene que|tienen que|es necesario|creo que|pienso que|en mi opinión|"
    r"a mi juicio|recomiendo|lamentablemente|afortunadamente|por desgracia|ojalá)\b"
    r"|\b(?i:es|son|era|eran|sigue siendo|resulta)\s+(?:\S+\s+){0,2}?(?i:importante|esencial|necesari[oa]|clave|"
    r"fundamental|mejor|peor|excelente|grave|absurd[oa]|lamentable|imprescindible)s?\b",
    hedge=r"\b(?i:probablemente|quizás|quizá|tal vez|posiblemente|parece|parecen|al parecer|acaso)\b",
    conditional=r"\b(?i:podría|podrían|debería|deberían|sería|serían)\b",
    subordinator=r"(?:quien|donde)\s",
)

IT = ClaimWords(
    imperative=r"^\W*(?i:clicca|leggi|scopri|iscriviti|condividi|segui|scarica|guarda|contatta|visita|registrati|"
    r"non perdere|prova|ecco)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:secondo|stando a)\s+(?:{SOURCE_NAME}|(?i:il|la|lo|l['’]|i|gli|le|un|una|lui|lei)\S*)"
    r"|\b(?i:ha|hanno|è stato|è stata|e['’] stato|e['’] stata)\s+(?i:dichiarato|detto|spiegato|affermato|sottolineato|"
    r"aggiunto|precisato|annunciato)\b"
    r"|\b(?i:afferma|dichiara|spiega|sottolinea|sostiene|aggiunge|annuncia|dicono)\b"
    r"|\b(?i:studio|indagine|rapporto|ricerca|sondaggio)\b[^.]{0,60}?\b(?i:rivela|mostra|indica|dimostra)\b",
    statistic=r"\d\s*%|\d\s*(?i:per\s*cento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollari)\b)|\d\s*(?i:milioni|miliardi)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versione|fase|n|num|pagina|capitolo|articolo|passo",
    not_counted_after=r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"del|della|con|per|che|e|in",
    prediction=r"\b(?i:si prevede|prevede|in futuro|entro il 20\d\d|il prossimo anno)\b",
    future_tense=r"\b\p{Ll}+r(?:à|anno)\b",
    opinion=r"\b(?i:deve|devono|bisogna|occorre|è necessario|penso che|credo che|secondo me|a mio avviso|consiglio|purtroppo|"
    r"per fortuna|pietos[oa]|notevole|straordinari[oa])\b"
    r"|\b(?i:è|sono|era|erano|resta|rimane)\s+(?:\S+\s+){0,2}?(?i:importante|essenziale|fondamentale|necessari[oa]|"
    r"positiv[oa]|negativ[oa]|ottim[oa]|migliore|peggiore|bell[oa]|grave)\b",
    hedge=r"\b(?i:probabilmente|forse|possibilmente|sembra|sembrano|pare)\b",
    conditional=r"\b(?i:potrebbe|potrebbero|dovrebbe|dovrebbero|sarebbe|sarebbero)\b",
    subordinator=r"(?:che|cui|se)\s",
)

LANGUAGES: dict[str, ClaimWords] = {"fr": FR, "en": EN, "de": DE, "es": ES, "it": IT}
