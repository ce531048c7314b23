"""The Italian words of the claim rules: evaluative words, reporting verbs and the `ClaimWords` block."""

from __future__ import annotations

from transforms.claims.languages.claim_words import (
    FOLLOWED_NAME,
    ORGS,
    SOURCE_NAME,
    ClaimWords,
    inflected,
    weather_forecast,
    weekdays,
    words,
)
from transforms.lexicon import MONTHS

_IT_EVALUATIVE = inflected(
    "eccellent|straordinari|eccezional|magnific|meraviglios|splendid|fantastic|genial|brillant|ammirevol|"
    "incredibil|impressionant|affascinant|appassionant|interessant|bellissim|perfett|ideal|intelligent|sensat|"
    "assurd|ridicol|stupid|vergognos|scandalos|inaccettabil|intollerabil|inammissibil|deplorevol|deludent|"
    "mediocr|patetic|catastrofic|disastros|terribil|orribil|preoccupant|allarmant|inquietant|pericolos|"
    "ingiust|legittim|coraggios|lodevol|indispensabil|inutil|util|trist|ottim|pessim|emozionant|commovent|"
    "divertent|noios|convincent|original|esemplar|obsolet|sgradevol|gradevol|delizios|brutt|sorprendent|"
    "sconcertant|imbarazzant|stupend|formidabil|spettacolar|impeccabil|encomiabil|indegn|inaudit|grottesc|nefast|"
    "dannos|inadeguat|azzeccat|inopportun|irragionevol|insensat|irresponsabil|incoerent|ingiustificabil|"
    "inspiegabil|incomprensibil|insopportabil|magistral|sublim|squisit|gustos|incantevol|entusiasmant|coinvolgent|"
    "avvincent|banal|desolant|avvilent|sconfortant",
    "o|a|i|e",
)
_IT_STANCE = (
    r"\b(?i:fortunatamente|sfortunatamente|ovviamente|evidentemente|senza dubbio|chiaramente|davvero|veramente|"
    r"estremamente|conviene|vale la pena|è ora (?:di|che)|è tempo (?:di|che)|serve|servono|il problema è|la chiave è|"
    r"la questione è|mi sembra|ci sembra)\b"
    # an intensified word after a copula or ending a clause ("è molto caro", "molto caro."), not an attributive or
    # adverbial one ("molto vicina all'obiettivo")
    r"|\b(?i:è|sono|era|erano|fu|sarà|sarebbe|sembra|sembrano|resta|restano|rimane|rimangono|appare|risulta|"
    r"risultano|diventa|stato|stata|stati|state)\s+(?:(?i:non|già|ancora|anche|proprio)\s+)?(?i:molto|troppo|"
    r"davvero|piuttosto|assai|decisamente|estremamente)\s+\p{Ll}{3,}"
    r"|\b(?i:molto|troppo|davvero|piuttosto|assai)\s+\p{Ll}{2,}(?:[^e\W]|[^t\W]e|[^n\W]te)\s*[.,;:!…]"
)

_IT_SAID = (
    "dichiarato|detto|spiegato|affermato|sottolineato|aggiunto|precisato|annunciato|riferito|commentato|ribadito|"
    "osservato|scritto|twittato|confermato|rivelato|denunciato|avvertito|ammesso|assicurato|raccontato|replicato|"
    "risposto|evidenziato|fatto sapere|ricordato|chiarito|insistito|lamentato|criticato|concluso|sostenuto|specificato|"
    "segnalato|puntualizzato|rilevato|notato|indicato|auspicato|chiesto|proposto|suggerito|ammonito|definito|"
    "descritto|illustrato|sintetizzato|rimarcato|anticipato|garantito|promesso|smentito|accusato|elogiato|"
    "argomentato|stimato|annotato|confidato|confessato|ribattuto|incalzato|chiosato|rimarcato|esordito|tuonato|"
    "dettagliato|reso noto|comunicato"
)
_IT_VIEW_HOLDERS = (  # "Per il ministro, ...": the view of a person or a body
    "ministro|ministra|presidente|governo|sindacato|sindacati|direttore|direttrice|portavoce|esperto|esperti|esperta|"
    "analista|analisti|economista|economisti|ricercatore|ricercatori|autore|autrice|opposizione|medico|medici|"
    "scienziati|giudice|procura|avvocato|sindaco"
)
IT = ClaimWords(
    imperative=r"^\W*(?i:clicca|leggi|scopri|iscriviti|condividi|segui|scarica|guarda|contatta|visita|registrati|"
    r"non perdere|prova|ecco|aggiungi|mescola|versa|metti|prendi|lascia|cuoci|servi|unisci|aggiungete|mescolate|"
    r"versate|mettete|prendete|lasciate|cuocete|servite|unite|scoprite|leggete|seguite|guardate|visitate|"
    r"iscrivetevi|provate|non perdete)\b"
    r"|^\W*\p{Lu}\p{Ll}+(?:are|ere|ire)\s+(?:(?i:il|lo|la|i|gli|le|un|una|uno|in|a|per|con|e|su|bene|lentamente|"
    r"sempre)\b|l['’])",  # an instruction in the infinitive: "Versare in una terrina", "Lavorare l'impasto"
    not_imperative=r"^\W*(?i:mare|piacere|potere|sapere|dovere|carattere|cuore|amore|colore|valore|fiore|errore|"
    r"mestiere|interesse|paire)\b",
    formula=r"^\W*(?i:grazie|riproduzione riservata|leggi anche|per saperne di più|"
    r"tutto (?:quello|ciò) che (?:c['’]è da|devi|dovete|bisogna|serve) sapere|cosa (?:c['’]è da|bisogna) sapere|"
    r"perché|come\s+\p{Ll}+(?:are|ere|ire)|"
    r"questo articolo (?:è stato |è )?(?:pubblicato|apparso) (?:originariamente|originalmente|per la prima volta))\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:secondo|stando a)\s+(?:{SOURCE_NAME}|(?i:il|la|lo|l['’]|i|gli|le|un|una|lui|lei)\S*)"
    r"|\b(?i:stando (?:al|allo|alla|ai|agli|alle)\s+|stando all['’])\p{L}"
    rf"|\b(?i:ha|hanno|è stato|è stata|e['’] stato|e['’] stata)\s+(?:\p{{Ll}}+\s+)?(?i:{_IT_SAID})\b"
    r"|\b(?i:fonti)\s+(?i:vicine|del|della|dello|dei|delle|ufficiali|qualificate|interne)\b"  # unnamed sources
    # the present after "lo"/"come": "Lo riporta il Corriere", "come scrive l'Ansa"
    r"|\b(?i:lo|come)\s+(?i:riporta|riportano|riferisce|riferiscono|scrive|scrivono|rivela|rivelano|annuncia|spiega)\b"
    r"|\b(?i:afferma|dichiara|spiega|sottolinea|sostiene|aggiunge|annuncia|dicono|twitta|scrive|commenta|ribadisce|"
    r"osserva|precisa|conferma|riferisce|rivela|assicura|avverte|ammette|racconta|fa sapere|dice|ricorda|conclude|"
    r"replica|risponde|chiarisce|insiste|lamenta|evidenzia|specifica|segnala|puntualizza|a detta d(?:i|el|ello|ella|ei|egli|elle|ell['’])|si legge|"
    r"in una nota|in un comunicato|in un['’]intervista|spiegano|sottolineano|affermano|dichiarano|sostengono|"
    r"aggiungono|ricordano|osservano|precisano|evidenziano|rileva|rilevano|scrivono|riferiscono|raccontano|spiegò|"
    r"disse|dichiarò|affermò|sottolineò|aggiunse|commentò|annunciò|osservò|precisò|ricordò|raccontò|rispose|concluse|"
    r"ammise|avvertì|chiarì|fanno sapere|secondo quanto|a quanto riferisce|intervistato|intervistata|ai microfoni di|"
    # more present forms, singular and plural, and the remote past
    r"annota|rimarca|ribatte|incalza|chiosa|confida|confessa|sintetizza|ammonisce|smentisce|denunciano|avvertono|"
    r"annunciano|commentano|ammettono|assicurano|rivelano|replicano|rispondono|confermano|ribattono|ribadiscono|"
    r"segnalano|lamentano|chiariscono|ribadì|ribatté|replicò|confermò|rivelò|sostenne|notò|rimarcò)\b"
    rf"|\b(?:Per)\s+(?:{FOLLOWED_NAME}|(?:il|la|i|gli|le|l['’])\s*(?:{_IT_VIEW_HOLDERS}))\s*,"
    rf"|\b(?i:stime|dati|previsioni)\s+(?:(?i:dell['’]|della|del|di)\s*)?(?:{ORGS})\b"
    rf"|\b(?:{ORGS})\s+(?:\S+\s+){{0,2}}?(?i:ha|hanno|stima|prevede|rileva|segnala|indica)\b"
    r"|\b(?i:studio|indagine|rapporto|ricerca|sondaggio|previsioni|stime|dati)\b[^.]{0,60}?\b(?i:rivela|mostra|indica|"
    r"dimostra|rivelano|mostrano|indicano|dimostrano|confermano)\b",
    statistic=r"\d\s*%|\d\s*(?i:per\s*cento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollari)\b)|\d\s*(?i:milioni|miliardi)\b"
    r"|\d[\s-]*(?i:chilometri|metri|tonnellate|gradi|punti percentuali)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versione|fase|n|num|pagina|capitolo|articolo|passo",
    not_counted_after=words(MONTHS["it"]) + r"|del|della|con|per|che|e|in|è|sono|era|erano|anni|anno|mesi|settimane|"
    r"giorni|volte|ore|minuti",
    magnitudes={"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
                "mln": 1e6, "mld": 1e9, "mrd": 1e9},
    unit_words={"euro": "EUR", "dollari": "USD", "dollaro": "USD", "per cento": "%", "gradi": "°C", "grado": "°C",
                "chilometri": "km", "metri": "m", "tonnellate": "t", "ore": "h", "minuti": "min", "secondi": "s",
                "ettari": "ha", "punti": "pts"},
    prediction=r"\b(?i:si prevede|prevede|prevedono|in futuro|entro il 20\d\d|il prossimo anno|domani|dopodomani|prossima settimana|"
    r"è previsto|è prevista|sono previsti|è atteso|è attesa|sono attesi|prossimamente|a breve|nei prossimi|"
    r"(?:è|sono) destinat[oaie] a|sta per|stanno per|si attende)\b"
    r"|\b(?i:dovrebbe|dovrebbero)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+(?:are|ere|ire|arsi|ersi|irsi)|essere|avere)\b"  # forecasting dovere
    + weather_forecast("pioggia|piogge|rovesci|temporali|nuvole|nuvolosità|sole|neve|nebbia|gelate",
                        weekdays("it") + "|weekend|fine settimana"),
    future_tense=r"\b\p{L}\p{Ll}+r(?:à|anno)\b",
    opinion=r"\b(?i:destinat[oaie] al fallimento|buona notizia|cattiva notizia|merita|meritano|"
    r"(?:(?:pens|cred)(?:iamo|o)|rit(?:eniamo|engo)|trovo) che|bisogna|occorre|è necessario|secondo me|"
    r"a mio (?:avviso|parere|giudizio)|purtroppo|per fortuna|pietos[oa]|notevole|fa ben sperare|soddisfatt[oa]|"
    r"per me|sono convint[oa]|personalmente|mi piace|consigliamo|sarebbe (?:meglio|opportuno)|è bene|è meglio|"
    r"speriamo|idealmente)\b|^\W*(?i:meglio)\s+\p{Ll}+[aei]re\b"  # "Meglio prenotare"
    # dovere with an infinitive is an obligation; with a noun it is a debt ("deve il suo nome a")
    r"|\b(?i:deve|devono)\s+(?:\p{Ll}+\s+)?\p{Ll}+r(?:e|si)\b"
    r"|\b(?i:è|sono|era|erano|resta|rimane)\s+(?:\S+\s+){0,2}?(?i:importante|essenziale|fondamentale|migliore|peggiore|"
    r"grave|difficile|facile|normale|ragionevole|vitale|cruciale|audace|auspicabile|preferibile|urgente|evidente|"
    r"vergogna|capolavoro|errore|disastro|(?:necessari|positiv|negativ|bell|giust|sbagliat|logic|curios|stran|"
    r"rischios|fantasios|prioritari|opportun|chiar)[oa])\b"
    + "|" + _IT_EVALUATIVE + "|" + _IT_STANCE,
    hedge=r"\b(?i:probabilmente|forse|possibilmente|sembra|sembrano|pare)\b",
    conditional=r"\b(?i:potrebbe|potrebbero|sarebbe|sarebbero|avrebbe|avrebbero)\b",
    subordinator=r"(?:che|cui|se)\s",
)
