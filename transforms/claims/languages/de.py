"""The German words of the claim rules: evaluative words, reporting verbs and the `ClaimWords` block."""

from __future__ import annotations

from transforms.claims.languages.claim_words import (
    MONTHS_ABBR,
    SOURCE_NAME,
    ClaimWords,
    inflected,
    weather_forecast,
    weekdays,
    words,
)
from transforms.lexicon import MONTHS

_DE_EVALUATIVE = inflected(
    "hervorragend|ausgezeichnet|exzellent|großartig|grossartig|wunderbar|wunderschön|herrlich|fantastisch|"
    "phantastisch|genial|brillant|beeindruckend|eindrucksvoll|bemerkenswert|erstaunlich|faszinierend|spannend|"
    "packend|mitreißend|mitreissend|atemberaubend|sehenswert|lesenswert|empfehlenswert|gelungen|überzeugend|"
    "bildstark|sinnlich|ästhetisch|elegant|schön|hübsch|charmant|poetisch|berührend|bewegend|ergreifend|"
    "langweilig|öde|enttäuschend|mittelmäßig|mittelmässig|misslungen|peinlich|ärgerlich|lästig|unerträglich|"
    "inakzeptabel|unzumutbar|skandalös|empörend|beschämend|katastrophal|fatal|verheerend|bedenklich|"
    "besorgniserregend|alarmierend|fragwürdig|zweifelhaft|absurd|lächerlich|unsinnig|sinnlos|dumm|klug|vernünftig|"
    "nützlich|hilfreich|wertvoll|unverzichtbar|überflüssig|unnötig|ideal|perfekt|optimal|toll|super|klasse|prima|"
    "plakativ|traumhaft|zauberhaft|cool|schlimm|furchtbar|schrecklich|grauenhaft|mutig|"
    "fair|unfair|ungerecht|gerecht|traurig|bedauerlich|erfreulich|lobenswert|überragend|grandios|furios|virtuos|"
    "meisterhaft|gekonnt|raffiniert|originell|witzig|humorvoll|unterhaltsam|kurzweilig|langatmig|hölzern|banal|"
    "kitschig|pathetisch|glaubwürdig|unglaubwürdig|anrührend|eindringlich|hörenswert|lohnenswert|unverständlich|"
    "unverzeihlich|unfassbar|erschreckend|schockierend|beunruhigend|beängstigend|vorbildlich|beispielhaft|"
    "bahnbrechend|wegweisend|veraltet|überholt|angenehm|unangenehm|lecker|köstlich|hässlich|scheußlich",
    "e|en|er|es|em", fold_case=False,
)
_DE_STANCE = (
    r"\b(?i:bedauerlicherweise|erfreulicherweise|selbstverständlich|offensichtlich|zweifellos|sicherlich|"
    r"eigentlich|wirklich|überaus|äußerst|ausgesprochen|zutiefst|höchst|unglaublich|wahnsinnig|"
    r"man sollte|es lohnt sich|lohnt sich|es gilt|es braucht|braucht es|es wird zeit|es ist (?:höchste |allerhöchste )?zeit|"
    r"ich kann mir vorstellen|ich bin sicher|ich bin überzeugt|ich liebe|ich mag|mir gefällt|gefällt mir|"
    r"meiner ansicht|meines wissens|aus meiner sicht|am besten|am schönsten|am wichtigsten|immerhin|durchaus|"
    r"freilich|schlicht|geradezu|regelrecht|nicht wirklich|viel zu|zu viel|zu wenig|man muss|man kann nur|"
    r"bleibt zu hoffen|zu begrüßen|zu hoffen|seien wir ehrlich|zugegeben|fest steht|ehrlich gesagt|offen gesagt|"
    r"keine frage|wirkungsvoll|"
    # nouns of judgement (the French block's "fiasco, catastrophe, scandale")
    r"skandal|katastrophe|desaster|fiasko|farce|schande|blamage|armutszeugnis|unsinn|quatsch|meisterwerk|"
    r"glanzleistung|fehlentscheidung|(?:schwerer|großer|grober|fataler) fehler|reinfall|glücksfall|rückschritt)\b"
    r"|\b(?i:sehr|ziemlich|recht|total|echt|besonders|enorm|extrem)\s+\p{Ll}{3,}(?:e|en|er|es)?\s*[.,;!]"
)

_DE_SAID = (
    "sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten|berichtet|berichtete|berichten|"
    "meint|meinte|schreibt|schrieb|behauptet|behauptete|bestätigte|bestätigt|bestätigten|ergänzte|ergänzt|warnte|"
    "warnt|kritisierte|kritisiert|räumte|räumt|verriet|verrät|twitterte|erläuterte|erläutert|unterstrich|"
    "versicherte|versichert|hieß es|heißt es|demnach|zufolge|so sieht|sieht das|mitteilte|mitteilten|mitteilt|"
    "forderte|fordert|mahnte|mahnt|beklagte|beklagt|lobte|argumentierte|argumentiert|bekräftigte|bekräftigt|"
    "schätzt|schätzte|schätzen|glaubt|vermutet|sprach von|spricht von|nach angaben|nach ansicht|nach einschätzung|"
    "nach auffassung|aus sicht|einem bericht|in einer mitteilung|in einem interview|erzählt|erzählte|zitiert|"
    "zitierte|äußerte|äußert|kommentierte|kommentiert|bemerkte|begründete|begründet|versprach|verspricht|resümiert|"
    "resümierte|schildert|schilderte|beschreibt|beschrieb|urteilt|urteilte|nannte|bezeichnete|hob hervor|"
    "hebt hervor|fügte hinzu|fügt hinzu|stellte klar|stellt klar|räumt ein|räumte ein|gab an|gibt an|gab zu|gibt zu|"
    "teilte mit|teilt mit|kündigte an|nach eigenen angaben|"
    "nach informationen|wie es heißt|wie es hieß|gehen davon aus|geht davon aus|ging davon aus|ist überzeugt|"
    "sind überzeugt|zeigte sich|zeigt sich|äußerte sich|hält es für|halten es für|hielt es für|"
    # (plurals in -en are left out: they are also infinitives, "ich kann nur sagen")
    "lobt|bemerkt|unterstreicht|widerspricht|widersprach|entgegnet|entgegnete|antwortet|antwortete|präzisiert|"
    "präzisierte|bilanziert|bilanzierte|verweist|verwies|beteuert|beteuerte|verkündet|verkündete|prophezeit|"
    "prophezeite|befürchtet|befürchtete|stellte fest|stellt fest|stellen fest|weist darauf hin|wies darauf hin|"
    "macht deutlich|machte deutlich|gab bekannt|gibt bekannt|räumen ein|heben hervor|hoben hervor|fügen hinzu|"
    "sprechen von|sprachen von|geht davon aus|gehen davon aus|ging davon aus|gingen davon aus"
)
DE = ClaimWords(
    imperative=r"^\W*\p{Lu}\p{Ll}+en\s+Sie\b|^\W*(?i:klicken|lesen|melden|abonnieren|teilen|entdecken|bitte)\b"
    # (after a lead adverb too: "Dann lies am besten ...")
    r"|^\W*(?:(?i:dann|also|jetzt|einfach|bitte|und|oder|doch)\s+)?(?i:hol|holt|melde|meldet|entdecke|entdeckt|lies|lest|folgt|schau|schaut|abonniere|teilt|klicke|klick|"
    r"probier|probiere|nutze|nutzt|sichere|sichert|bucht|erfahre|erfahrt|kontaktiere|schreib|schreibe|schreibt|"
    r"besucht|registriere|lass|lasst|mach|nimm|nehmt|gib|gebt|sieh|seht|starte|gönn|gönne|stöbere|vergiss|vergesst)\s"
    # a command after a lead clause: "Wenn du mehr lesen willst, dann hol dir den Newsletter"
    r"|,\s*(?:(?i:dann|also)\s+)?(?i:hol|holt|lies|lest|schau|schaut|melde|meldet|nimm|nehmt|gib|gebt|probier|"
    r"probiere|mach|macht|sieh|seht)\s+(?i:dir|euch|dich|mal|jetzt|doch|den|die|das|ihn)\s",
    formula=r"^\W*(?i:vielen dank|danke|herzlichen dank|wir wünschen|ich freue mich auf|viel spa(?:ß|ss)|"
    r"mehr zum thema|lesen sie auch|warum|wieso|weshalb|so\s+\p{Ll}+en\s+sie|alles,? was (?:sie|du|man) (?:\S+\s+){0,4}?wissen (?:müssen|musst|muss|sollten|solltest)|"
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals))\b"
    r"|\b(?i:lesen|erfahren|finden|sehen|hören) Sie (?i:hier|unter|in unserem|im)\b",  # "Mehr dazu lesen Sie hier."
    quoted_span=r"„(?:[^“”\s]+\s+){3,}[^“”\s][^“”]*[“”]|»(?:[^«\s]+\s+){3,}[^«\s][^«]*«|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:laut|zufolge)\s+(?:{SOURCE_NAME}|\S+)|\b(?i:nach)\s+(?:(?i:eigenen|offiziellen|ersten)\s+)?Angaben\b|,\s+so\s+(?:(?i:der|die|das)\s+)?{SOURCE_NAME}"
    rf"|\b(?i:{_DE_SAID})\b|\b(?i:gilt|gelten)\s+als\b"
    # separable reporting verbs, the particle later in the sentence: "teilte die Bahn mit", "ließ sie offen"
    r"|\b(?i:teilte|teilten|gab|gaben|ließ|ließen|kündigte|kündigten|räumte|räumten|fügte|fügten|stellte|stellten|wies|"
    r"wiesen)\b[^.]*\b(?i:mit|bekannt|offen|wissen|an|ein|hinzu|klar|hin)\b"
    r"|\b(?i:sei|seien|könne|müsse|solle|wolle|dürfe)\b"  # reported speech (Konjunktiv I)
    r"|\b(?i:er|sie|es|man)\s+(?i:habe|werde)\b|\b(?i:habe|werde)\s+(?i:er|sie|es|man)\b"
    r"|\b(?i:soll|sollen)\b[^.]*\b(?i:sein|haben)\b"  # reportative "soll ... worden sein"
    r"|\b(?i:Studie|Umfrage|Bericht|Analyse|Daten|Zahlen|Prognose)\b[^.]{0,60}?\b(?i:zeigt|zeigte|zeigen|ergab|ergibt|"
    r"belegt|belegen)\b",
    statistic=r"\d\s*%|\d\s*(?i:prozent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollar|franken)\b)"
    r"|\d\s*(?i:millionen|milliarden|mio|mrd)\b"
    r"|\d[\s-]*(?i:kilometer|meter|tonnen|grad|prozentpunkte|stunden|minuten|sekunden)\b",
    number_suffixes=r"Mrd|Mio",  # "2 Mrd", "5 Mio"
    not_counted_before=r"version|update|phase|nr|seite|kapitel|artikel|stufe|" + MONTHS_ABBR,
    not_counted_after=words(MONTHS["de"]) + r"|und|der|die|das|mit|für|des|im|in|ist|sind|war|waren|jahre|jahren|"
    r"jahr|monate|monaten|wochen|tage|tagen|mal|uhr|stunden|minuten",
    magnitudes={"tausend": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarde": 1e9,
                "milliarden": 1e9, "billion": 1e12, "billionen": 1e12},
    unit_words={"euro": "EUR", "dollar": "USD", "franken": "CHF", "prozent": "%", "grad": "°C", "kilometer": "km",
                "meter": "m", "tonnen": "t", "stunden": "h", "stunde": "h", "minuten": "min", "sekunden": "s",
                "prozentpunkte": "pts", "punkte": "pts"},
    prediction=r"\b(?i:prognostiziert|voraussichtlich|künftig|zukünftig|in zukunft|bis 20[2-9]\d|nächstes jahr|"
    r"im kommenden|morgen|übermorgen|nächste woche|prognose|prognosen|prognostizieren|erwartet|erwarten|"
    r"rechnet mit|rechnen mit|in den kommenden|kommende woche|kommendes jahr|nächsten jahr|demnächst|in kürze|"
    r"in den nächsten|nächsten monat|kommenden monat|steht bevor|stehen bevor)\b"
    r"|\b(?i:dürfte|dürften)\b[^.]*\b(?i:werden|steigen|sinken|wachsen|fallen|zunehmen|abnehmen|kommen|bleiben)\b"
    + weather_forecast("regen|schauer|gewitter|wolken|sonne|schnee|nebel|frost",
                        weekdays("de") + "|wochenende"),
    # "wird ... gehen": a future when the infinitive ends the clause (passives end with a participle: not_future)
    future_tense=r"\b(?i:wird|werden|wirst|werdet)\b[^.,;:!?]*\s(?:\p{Ll}+en|sein|tun)\s*(?:[.,;:!?]|$)",
    not_future=r"\b(?i:wird|werden|wirst|werdet)\b[^.,;:!?]*\s(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|hinzu|mit|"
    r"nach|vor|weg|weiter|zu|zurück|zusammen|dar|um|durch|über|unter|frei|hoch|statt|teil)?ge\p{Ll}{2,}en\s*(?:[.,;:!?]|$)",
    opinion=r"\b(?i:es ist an der zeit|zum scheitern verurteilt|gute nachricht|schlechte nachricht|wir glauben|wir meinen|"
    r"sollte|sollten|muss|müssen|ich denke|ich glaube|ich finde|finde ich|ich halte|halte ich|ich hoffe|"
    r"ich mag|meiner meinung|meines erachtens|für mich|wir empfehlen|empfehlenswert|leider|zum glück|hoffentlich|"
    r"glücklicherweise|eleganter|zufrieden|ärgerlich|nervig|großartig|wunderbar|enttäuschend|ein graus|"
    r"ich bin der meinung|ich bin der ansicht|wir finden|wir denken|persönlich|ich würde sagen|ich empfehle|ich rate|"
    r"wir raten|idealerweise)\b"
    r"|\b(?i:ist|sind|bleibt|bleiben|war|waren|wäre)\b[^.,;:!?]{0,80}?\b(?i:wichtig|notwendig|entscheidend|wünschenswert|"
    r"sinnvoll|nötig|unverzichtbar|essenziell|hervorragend|problematisch|gut|schlecht|toll|schön|falsch|richtig|"
    r"spannend|beeindruckend|unerlässlich|überfällig|schade|verständlich|nachvollziehbar|fraglich|überraschend|"
    r"merkwürdig|seltsam|gefährlich|schwierig|unsinnig)\b"
    + "|" + _DE_EVALUATIVE + "|" + _DE_STANCE,
    first_person=r"ich|wir",  # the author as subject: "wie ich schon sagte" names no source
    hedge=r"\b(?i:wahrscheinlich|vielleicht|möglicherweise|vermutlich|scheint|scheinen|könnte|könnten|dürfte|dürften)\b",
    conditional=r"\b(?i:würde|würden|wäre|wären|hätte|hätten)\b",
    subordinator=r"(?:dass|ob|wenn|weil|falls)\s",
    finite_verb=r"\b(?i:ich|du|er|sie|es|wir|ihr|man|ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|"
    r"hatten|kann|können|konnte|muss|müssen|soll|sollte|will|wollen|darf|gibt|gab|bin|bist)\b|\b\p{Ll}{2,}(?:t|te|ten|st)\b"
    r"|\b(?i:kam|kamen|ging|gingen|stieg|stiegen|fiel|fielen|lag|lagen|gaben|nahm|nahmen|sah|sahen|fand|fanden|"
    r"blieb|blieben|hieß|stand|standen|wuchs|sank|schrieb|trug|zog|rief|lief|bot|sprach|traf|hielt|ließ|brachte|"
    r"dachte|wusste|kannte|nannte|begann|gewann|verlor|bekam|erhielt)\b"
    # more strong and mixed pasts, with or without a prefix ("verwies", "widersprach", "vorlag"), lower case only
    # (capitalised, several are nouns: "Vorstand", "Betrug")
    r"|\b(?:be|emp|ent|er|ge|miss|ver|zer|über|unter|wider|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück)?"
    r"(?:wies|sprach|stand|hielt|nahm|gab|kam|fand|schrieb|trieb|blieb|schien|griff|zog|bot|flog|schloss|fiel|ließ|"
    r"rief|lief|trug|traf|trat|las|saß|lag|fuhr|schlug|lud|fing|hing|ging|tat|sah|half|warf|starb|brach|wuchs|sank|"
    r"stieg|riet|bat|schwieg|litt|stritt|schnitt|riss|floss|schoss|sang|trank|sprang|zwang|band|schwand|brachte|"
    r"dachte|sandte|wandte|floh|hob|schob|stieß|vergaß|genoss|schwamm|stahl|stach|schwor)(?:en)?\b"
    # a lower-case word in -en after a capitalised word: "Die Preise steigen", "Banken finanzieren" (a plural verb;
    # an adjective after an article passes too)
    r"|\p{Lu}\p{Ll}*\s+\p{Ll}{2,}en\b|\b\p{Ll}{3,}ieren\b",
)
