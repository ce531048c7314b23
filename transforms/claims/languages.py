r"""The words of the claim rules, one block per language: adding a language is one `ClaimWords` block and its
entry in LANGUAGES (rules.py gathers each rule's table, {lang: pattern}, from these blocks; numbers.py reads the
number words). Month and weekday names come from transforms/lexicon.py.

Every `str` field is a regex; NEVER where the rule does not apply to the language. (?i: ...) scopes case-folding
to the cue words, so \p{Lu} still means a capital (a named source, a sentence start). A \b sits only at either end
of an alternative or between two cue words (rewrite.py turns each into a faster form; a test checks them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

NEVER = r"\b\B"  # a pattern that matches nothing: the rule does not apply to that language

# Shared by several blocks
SOURCE_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:de\s+|du\s+|d['’]|von\s+|del\s+|di\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}"
# A person or body named before a comma ("Pour Jan Hamáček, ..."): SOURCE_NAME when something follows it
FOLLOWED_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}"
# Institutions whose name alone sources a figure: statistics offices, central banks, research firms
_ORGS = (
    r"Gartner|Forrester|IDC|IBM|McKinsey|Deloitte|PwC|Accenture|Nielsen|Insee|INSEE|Eurostat|OCDE|OECD|Pew|Istat|ISTAT"
    r"|INE|INEGI|Destatis|Bundesbank|BCE|ECB|FMI|IMF|OMS|WHO|AIE|IEA|Ifop|IFOP|Ipsos|YouGov|Dares|DARES|Drees|Unédic"
)
_MONTHS_ABBR = "|".join(dict.fromkeys(w for words in MONTH_ABBREVIATIONS.values() for w in words))


def _words(words: tuple[str, ...]) -> str:
    return "|".join(words)


def _weekdays(code: str) -> str:
    return _words(WEEKDAYS[code])


def _weather_forecast(weather: str, days: str) -> str:
    """Rain, clouds or sun named for a day, in either order: a weather report speaks of the days ahead (temperatures
    are left out: a measured temperature is reported after the day too)."""
    return rf"|\b(?i:{weather})\b[^.]*\b(?i:{days})\b|\b(?i:{days})\b[^.]*\b(?i:{weather})\b"


@dataclass(frozen=True, kw_only=True)
class ClaimWords:
    """One language's words for every rule (see the package docstring for the rules and their precedence)."""

    # --- not a claim
    imperative: str  # the sentence opens with a command or a call to action (a bare verb form, a verb list)
    not_imperative: str = NEVER  # openings that look like imperative but start statements (every row)
    formula: str = NEVER  # set phrases that assert nothing: thanks, wishes, "read more", credits
    # --- quote, attribution
    quoted_span: str  # four words or more between the language's quotation marks; a quote only with a cue
    attribution: str  # reporting verbs (both word orders) and named sources; the matched text becomes source_cue
    first_person: str = NEVER  # the author as subject ("je", "we"): a reporting verb after it states the author's view
    # --- statistic and numbers
    statistic: str  # a percentage, an amount of money, a magnitude ("2,4 millions"), a measure with a unit word
    number_suffixes: str = ""  # letters glued after a numeral that keep it a value: ordinals, magnitudes
    not_counted_before: str  # plain words before a numeral that make it a label: "version 5", "page 3"
    not_counted_after: str  # plain words after a numeral that make it a date or no count: "5 mai", "40 qui"
    decimal_comma: bool = True  # "13,3" is 13.3 and "40.000" is 40000 (False: "1,000.5" is 1000.5)
    digit_group_space: bool = True  # "1 000" is one number (False: "400 737 jets" are two)
    magnitudes: dict[str, float] = field(default_factory=dict)  # lower-case word after a numeral -> factor
    unit_words: dict[str, str] = field(default_factory=dict)  # lower-case word after a numeral -> unit
    # --- prediction, opinion
    prediction: str  # forecast constructions and cues, anywhere in the sentence
    future_tense: str = NEVER  # synthetic future, 3rd person; counts only in a main clause
    not_future: str = NEVER  # what looks like future_tense and is not (every row; counted against it)
    opinion: str  # prescription, first-person stance, predicative evaluation, evaluative words
    hedge: str  # epistemic hedges: the author does not fully commit to the claim
    conditional: str = NEVER  # a conditional main clause: the claim is hypothetical (an opinion)
    subordinator: str = NEVER  # opens a que/that clause, with the space or apostrophe after it
    # --- a sentence needs a verb
    finite_verb: str = NEVER  # a sign of a finite verb (subject pronoun, auxiliary, verb ending); none: a fragment


# --- Evaluative words per language: the author's judgement, wherever it stands in the sentence ------------------
def _inflected(stems: str, endings: str, *, fold_case: bool = True) -> str:
    """The stems with the language's adjective endings (gender, number): one alternative. Without fold_case, lower
    case only (German: a capitalised word is a noun, "erste Klasse")."""
    return rf"\b(?{'i' if fold_case else ''}:(?:{stems})(?:{endings})?)\b"


_FR_EVALUATIVE = _inflected(  # adjectives of judgement (stem + e, s, x/se, f/ve, le ...)
    "excellent|remarquable|formidable|extraordinaire|exceptionnel|magnifique|superbe|splendide|merveilleu|fabuleu|"
    "génial|brillant|admirable|incroyable|impressionnant|fascinant|passionnant|captivant|intéressant|séduisant|"
    "agréable|charmant|élégant|sublime|parfait|idéal|judicieu|astucieu|ingénieu|précieu|"
    "absurde|ridicule|stupide|idiot|aberrant|scandaleu|honteu|"
    "inacceptable|inadmissible|intolérable|insupportable|lamentable|déplorable|regrettable|navrant|désolant|"
    "consternant|affligeant|décevant|médiocre|pitoyable|catastrophique|désastreu|calamiteu|dramatique|terrible|"
    "horrible|affreu|effroyable|épouvantable|inquiétant|préoccupant|alarmant|néfaste|nuisible|problématique|"
    "contestable|discutable|douteu|aléatoire|illusoire|naï|excessi|exagéré|abusi|injuste|injustifié|courageu|"
    "audacieu|louable|salutaire|bénéfique|cohérent|incohérent|flagrant|saisissant|frappant|étonnant|surprenant|"
    "paradoxal|ironique|enthousiasmant|réjouissant|prometteu|décisi|bluffant|épatant|magique|sympathique|sympa|"
    "chouette|délicieu|savoureu|raté|réussi|bâclé|dérisoire|insignifiant|indigne|grotesque|risible|misérable|"
    "émouvant|touchant|bouleversant|poignant|drôle|hilarant|amusant|ennuyeu|lassant|convaincant|inventi|subtil|"
    "magistral|grandiose|somptueu|fade|laborieu|poussi|inabouti|exemplaire|novateur|obsolète|désagréable|laid|"
    "moche|hideu|indécent|choquant|révoltant|troublant|dérangeant|stupéfiant|ahurissant|hallucinant|sidérant|"
    "effarant|invraisemblable",
    "e|s|es|x|se|ses|le|les|f|fs|ve|ves",
)
_FR_STANCE = (  # evaluative adverbs and nouns, intensifiers before a word, the point of a matter
    r"\b(?i:évidemment|bien sûr|certes|clairement|manifestement|visiblement|franchement|véritablement|"
    r"extrêmement|terriblement|incroyablement|remarquablement|indéniablement|incontestablement|"
    r"assurément|forcément|surtout pas|sans conteste|sans aucun doute|bref|exploit|prouesse|chef-d['’]œuvre|gâchis|"
    r"fiasco|catastrophe|désastre|scandale|aberration|absurdité|non-sens|mascarade|leurre|il convient|il importe|"
    r"il vaut mieux|il est préférable|on ne peut pas|ne peuvent pas|gagnerait à|gagneraient à|force est de|"
    r"on ne peut que|il ne fait aucun doute|nul doute|à n['’]en pas douter|pas question|reste à savoir|"
    r"encore faut-il|plus que jamais|beaucoup trop|trop peu|véritables?|un vrai|une vraie|ce qui compte|"
    r"ce qui importe|on peut regretter|on peut se demander|il ne faut pas|nous devons|on doit|d['’]autant plus|"
    r"c['’]est d['’]abord|c['’]est avant tout|c['’]est surtout)\b"
    r"|\b(?i:il)\s+(?i:me|te|nous|vous|lui|leur)\s+(?i:faut|faudra|faudrait)\b"  # "il vous faut souscrire"
    r"|\b(?i:qu['’]on)\s+(?:(?i:ne)\s+)?(?:(?i:le)\s+)?(?i:croit|pense|imagine|dit|prétend)\b"  # against a belief
    r"|\b(?i:il est|il était|il serait|c['’]est)\s+(?i:clair|évident|certain|indéniable|incontestable|vrai|faux|"
    r"temps|urgent|dommage|étonnant|frappant|curieux|paradoxal|logique|normal|anormal|légitime|illusoire|"
    r"inutile|vain|impératif|crucial)\s+(?:que\s|qu['’]|de\s|d['’])"
    r"|\b(?i:est|sont|était|étaient|reste|restent|semble|paraît|devient|c['’]est|n['’]est)\s+"
    r"(?:(?i:pas|plus|encore|aussi|toujours|déjà|souvent|parfois|bien)\s+)?"
    r"(?i:très|trop|tellement|vraiment|bien trop|si|hautement|profondément|parfaitement|extrêmement|assez)\s+\p{Ll}{3,}"
    # (not an adverb in -ment: "très rapidement,")
    r"|\b(?i:très|trop|tellement|vraiment|bien trop|hautement|profondément|extrêmement)\s+"
    r"\p{Ll}{2,}(?:[^t\W]|[^n\W]t|[^e\W]nt|[^m\W]ent)\s*[.,;:!…]"
    r"|\b(?i:l['’]enjeu|l['’]enjeux|le défi|le problème|la clé|la clef|l['’]essentiel|l['’]important|le plus important|"
    r"l['’]idéal|le mieux|le vrai problème|la vraie question|la question)\s+(?i:est|reste|n['’]est|c['’]est)\b"
    r"|\b(?i:c['’]est|ce n['’]est|voilà|ce sont)\s+(?:\p{L}+\s+){0,2}?(?i:le|la|l['’]|un|une|des)\s*(?i:meilleur|pire|"
    r"seul|vrai|vraie|véritable|bonne|mauvaise|belle|grande|excellente?)\b"
)
_EN_EVALUATIVE = (
    r"\b(?i:excellent|outstanding|remarkable|extraordinary|exceptional|magnificent|superb|splendid|marvel+ous|fabulous|"
    r"terrific|brilliant|admirable|incredible|impressive|fascinating|compelling|captivating|delightful|charming|"
    r"elegant|gorgeous|lovely|beautiful|perfect|ideal|wise|clever|foolish|stupid|silly|nonsense|scandalous|shameful|"
    r"disgraceful|intolerable|inexcusable|deplorable|lamentable|regrettable|dismal|mediocre|pathetic|catastrophic|"
    r"disastrous|dreadful|horrible|awful|appalling|alarming|worrying|troubling|disturbing|reckless|irresponsible|"
    r"misguided|dubious|questionable|unjust|courageous|laudable|commendable|worthwhile|valuable|invaluable|pointless|"
    r"meaningless|overrated|underrated|boring|dull|tedious|exciting|thrilling|breathtaking|astonishing|surprising|"
    r"ironic|tragic|heartbreaking|iconic|legendary|masterpiece|must-see|must-have|nice|weird|strange|odd|funny|sad|"
    r"unfortunate|fortunate|lucky|thankfully|frankly|honestly|obviously|undoubtedly|surely|definitely|admittedly|"
    r"ironically|remarkably|surprisingly|interestingly|importantly|crucially|truly|incredibly|extremely|hugely|"
    r"terribly|best|worst|greatest|finest|favou?rite|moving|touching|hilarious|amusing|entertaining|engaging|"
    r"convincing|unconvincing|groundbreaking|exemplary|outdated|unpleasant|pleasant|delicious|ugly|hideous|baffling|"
    r"staggering|astounding|phenomenal|spectacular|sublime|masterful|flawless|flawed|clumsy|sloppy|bland|lacklustre|"
    r"lackluster|underwhelming|refreshing|inspiring|uninspired|poignant|heartwarming|gripping|riveting|annoying|"
    r"frustrating|infuriating|irritating|embarrassing|unbelievable|idiotic|shrewd|it['’]s time|it is time|worth|deserves?|makes sense|"
    r"no excuse|i love|i hate|i like|i prefer|i hope|i wish|i doubt|i guess|i suppose|i['’]m sure|i am sure|"
    r"i['’]m convinced|in my view|to me|for me|we think|i can imagine)\b"
    r"|\b(?i:very|really|too|quite|pretty|deeply|highly|truly|utterly|absolutely)\s+\p{Ll}{3,}"
    r"|\b(?i:the key|the point|the problem|the challenge|the trick|the lesson|the truth|the irony|"
    r"the bottom line)\s+(?i:is|was|remains)\b"
)
_DE_EVALUATIVE = _inflected(
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
    r"man sollte|es lohnt sich|lohnt sich|es gilt|es braucht|braucht es|es wird zeit|es ist zeit|"
    r"ich kann mir vorstellen|ich bin sicher|ich bin überzeugt|ich liebe|ich mag|mir gefällt|gefällt mir|"
    r"meiner ansicht|meines wissens|aus meiner sicht|am besten|am schönsten|am wichtigsten|immerhin|durchaus|"
    r"freilich|schlicht|geradezu|regelrecht|nicht wirklich|viel zu|zu viel|zu wenig|man muss|man kann nur|"
    r"bleibt zu hoffen|zu begrüßen|zu hoffen)\b"
    r"|\b(?i:sehr|ziemlich|recht|total|echt|besonders|enorm|extrem)\s+\p{Ll}{3,}(?:e|en|er|es)?\s*[.,;!]"
)
_ES_EVALUATIVE = _inflected(
    "excelent|extraordinari|excepcional|magnífic|maravillos|estupend|fantástic|genial|brillant|admirable|"
    "increíble|impresionant|fascinant|apasionant|interesant|hermos|precios|bonit|bell|perfect|ideal|acertad|"
    "inteligent|sensat|absurd|ridícul|estúpid|vergonzos|escandalos|inaceptable|intolerable|inadmisible|lamentable|"
    "deplorable|decepcionant|mediocre|patétic|catastrófic|desastros|terrible|horrible|espantos|preocupant|"
    "alarmant|inquietant|peligros|injust|legítim|valient|loable|positiv|negativ|imprescindible|indispensable|"
    "inútil|útil|trist|emocionant|conmovedor|divertid|aburrid|convincent|original|ejemplar|obsolet|"
    "desagradable|agradable|deliciós|feo|fea|horroros|asombros|sorprendent|indignant|vergonzos",
    "o|a|os|as|e|es|s",
)
_ES_STANCE = (
    r"\b(?i:desgraciadamente|evidentemente|obviamente|sin duda|claramente|realmente|verdaderamente|sumamente|"
    r"demasiado|conviene|es hora de|vale la pena|merece|merecen|sigue siendo|lo importante|lo mejor|lo peor|"
    r"lo grave|el problema es|la clave es|la cuestión es|me parece|nos parece)\b"
    r"|\b(?i:muy|tan|bastante|sumamente|demasiado)\s+\p{Ll}{3,}"
)
_IT_EVALUATIVE = _inflected(
    "eccellent|straordinari|eccezional|magnific|meraviglios|splendid|fantastic|genial|brillant|ammirevol|"
    "incredibil|impressionant|affascinant|appassionant|interessant|bellissim|perfett|ideal|intelligent|sensat|"
    "assurd|ridicol|stupid|vergognos|scandalos|inaccettabil|intollerabil|inammissibil|deplorevol|deludent|"
    "mediocr|patetic|catastrofic|disastros|terribil|orribil|preoccupant|allarmant|inquietant|pericolos|"
    "ingiust|legittim|coraggios|lodevol|indispensabil|inutil|util|trist|ottim|pessim|emozionant|commovent|"
    "divertent|noios|convincent|original|esemplar|obsolet|sgradevol|gradevol|delizios|brutt|sorprendent|"
    "sconcertant|imbarazzant",
    "o|a|i|e",
)
_IT_STANCE = (
    r"\b(?i:fortunatamente|sfortunatamente|ovviamente|evidentemente|senza dubbio|chiaramente|davvero|veramente|"
    r"estremamente|conviene|vale la pena|è ora di|è tempo di|serve|servono|il problema è|la chiave è|"
    r"la questione è|mi sembra|ci sembra)\b"
    r"|\b(?i:molto|troppo|davvero|piuttosto|assai)\s+\p{Ll}{3,}"
)


# --- French ------------------------------------------------------------------------------------------------------
_FR_SAY_PRESENT = (  # reporting verbs, 3rd person present: "souligne-t-elle", ", écrit l'Insee", "X estime que"
    "déclare|affirme|explique|souligne|précise|ajoute|assure|estime|rappelle|reconnaît|indique|annonce|écrit|dit|"
    "raconte|confie|note|observe|relève|avertit|prévient|insiste|poursuit|conclut|résume|détaille|témoigne|rapporte|"
    "commente|martèle|admet|juge|considère|constate|regrette|déplore|dénonce|révèle|signale|confirme|répond|"
    "assène|lance|tranche|nuance|prédit|prévoit|avance|fait valoir|fait savoir|soutient|maintient|répète|remarque|"
    "argue|plaide|fustige|accuse|réagit|renchérit|concède|glisse|lâche|souffle|ironise|alerte|cite|reprend|"
    "décrypte|s['’]inquiète|s['’]alarme|se félicite|se réjouit|s['’]interroge|pense|croit|craint|espère|rétorque|"
    "réplique|objecte|s['’]insurge|salue|conteste|décrit|suggère|réitère|réclame|exige|réaffirme|appelle"
)
_FR_SAID = (  # their past participles: "a déclaré X", "X a souligné que"
    "déclaré|affirmé|expliqué|indiqué|souligné|précisé|confié|ajouté|assuré|annoncé|estimé|rappelé|reconnu|raconté|"
    "prévenu|dénoncé|dit|écrit|noté|observé|relevé|averti|insisté|martelé|répondu|révélé|signalé|confirmé|admis|"
    "jugé|considéré|déploré|regretté|promis|démenti|qualifié|évoqué|prédit|appelé|soutenu|maintenu|répété|remarqué|"
    "plaidé|critiqué|fustigé|accusé|réagi|concédé|glissé|lâché|alerté|cité|résumé|détaillé|témoigné|rapporté|"
    "commenté|analysé|publié|communiqué|fait savoir|fait valoir|laissé entendre|fait état|rétorqué|répliqué|"
    "objecté|ironisé|tranché|nuancé|avancé|argumenté|mis en garde|prôné|salué|contesté|décrit|suggéré|réitéré|"
    "réclamé|exigé|réaffirmé|pointé|raillé|expliqué"
)
_FR_SOURCES = (  # a source named by a phrase: "dans un communiqué", "a-t-on appris", "aux dires de"
    r"dans un communiqué|par communiqué|dans une interview|dans un entretien|dans une déclaration|a-t-on appris|"
    r"apprend-on|aux dires d['’]|de l['’]aveu d['’]|selon nos informations|d['’]après nos informations|"
    r"selon un communiqué|cité par|citée par|interrogée? par|interrogés par|interviewée? par"
)
_FR_ADVERBS = (  # between the auxiliary and the participle: "a également précisé" (not "a été rappelé")
    "également|aussi|déjà|encore|notamment|ensuite|alors|bien|pourtant|toutefois|récemment|publiquement|longtemps|"
    "souvent|même|enfin|d['’]ailleurs|clairement|plusieurs fois|lui-même|elle-même|hier|aujourd['’]hui"
)
_FR_VIEW_HOLDERS = (  # "Pour la ministre, ...": the view of a person or a body
    "ministre|président|présidente|gouvernement|syndicat|syndicats|direction|directeur|directrice|porte-parole|"
    "expert|experts|experte|chercheur|chercheurs|chercheuse|économiste|économistes|analyste|analystes|spécialiste|"
    "spécialistes|auteur|auteurs|autrice|sénateur|sénatrice|député|députée|maire|juge|procureur|avocat|avocate|patron|"
    "patronne|opposition|majorité|association|fédération|médecin|médecins|scientifiques"
)
FR = ClaimWords(
    imperative=r"^\W*(?:n['’])?(?:\p{Lu}\p{Ll}+ez|(?i:passons|allons|voyons|prenons|commençons|imaginons|rappelons|"
    r"soyons|revenons|notons|faisons|agissons|rejoignez|lire|voir|cliquer))\b"
    r"|^\W*\p{Lu}\p{Ll}+(?:er|ir|re)(?:\s+et\s+\p{Ll}+(?:er|ir|re))?\s+(?:(?i:le|la|les|un|une|des|du|mon|ma|mes|votre|"
    r"vos|ce|cette|ces|à|au|aux|en|sur|avec)\b|l['’])"  # an instruction in the infinitive: "Remplir et renvoyer le bulletin"
    r"|,\s*\p{Ll}+[^h\W]ez\s"  # a command after a lead: "Et pour ceux qui hésitent, prenez le temps"
    r"|^\W*(?i:pour|afin de)\s[^,.]{0,50}?\s(?:\p{Ll}+[^h\W]ez|(?i:rendez-vous))\b",  # "Pour en savoir plus consultez"
    # words in -ez and -er that open statements
    not_imperative=r"^\W*(?i:chez|assez|nez|rez|hier|entre|contre|outre|notre|votre|autre|premier|dernier|cher|fer|"
    r"mer|hiver|super|quatre|être|" + _words(MONTHS["fr"]) + r")\b",
    formula=r"^\W*(?i:merci|bonne lecture|bonne journée|à lire aussi|lire aussi|voir aussi|en savoir plus|à suivre)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:selon|d['’]après)\s+(?:(?i:l['’]|les?\s+|la\s+|une?\s+|des?\s+|du\s+)(?:{SOURCE_NAME}|\p{{L}}+)|{SOURCE_NAME}|(?i:lui|elle|eux|ses|son|sa|leurs?)\b)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estime|prévoit|affirme|indique|révèle|montre|annonce|constate|publie|chiffre)\b"
    r"|(?i:une?|l['’]|cette|la|les|leur|son)\s*(?i:étude|enquête|sondage|baromètre)s?\b"
    rf"|\b(?i:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:(?i:{_FR_ADVERBS})\s+)?"
    rf"(?i:{_FR_SAID})\b"
    rf"|\b(?i:{_FR_SAY_PRESENT})(?:nt)?\s+(?:\S+\s+){{0,3}}?(?:que\b|qu['’])"
    rf"|[,»”\"]\s*(?i:{_FR_SAY_PRESENT})(?:nt)?\s+\p{{L}}+"  # ", écrit l'Insee", "» explique Paul"
    r"|[,»”\"]\s*\p{Ll}+(?:-t)?-(?i:il|elle|ils|elles|on)\b"  # inverted after the words: "souligne-t-elle", "dit-il"
    rf"|\b(?i:comme l['’](?:{_FR_SAY_PRESENT}))\s+(?:{SOURCE_NAME}|\p{{L}}+)"
    rf"|\b(?:Pour|Aux yeux d['’]|De l['’]avis d['’])\s*(?:{FOLLOWED_NAME}|(?:le|la|les|l['’])\s*(?:{_FR_VIEW_HOLDERS}))\s*,"
    rf"|\b(?i:{_FR_SOURCES})"
    # a reporting verb with its object or an infinitive: "dénonce la réforme", "affirme avoir vu", "à en croire"
    r"|\b(?i:dénonce|confirme|révèle|déplore|regrette|salue|réclame|exige|réaffirme|reconnaît|affirme|assure|"
    r"souligne|prévient|avertit|martèle|fustige|conteste)(?:nt)?\s+"
    r"(?:(?i:l['’]|les\s|la\s|le\s|une?\s|des\s|avoir\s|être\s|vouloir\s|ne\s)|:)"
    r"|\b(?i:à en croire|si l['’]on en croit|si l['’]on se réfère)\b"
    r"|\b(?i:dit|disent|déclare|déclarent)\s+(?i:avoir|être|vouloir|ne\s+pas)\b"
    # a pronoun, then a reporting verb: "il décrit", "elles dénoncent"
    rf"|\b(?i:il|elle|ils|elles)\s+(?i:{_FR_SAY_PRESENT})(?:nt)?\b"
    # figures from a named body: "les chiffres de l'Insee"
    r"|\b(?i:chiffres|données|statistiques|estimations|projections)\s+(?:(?i:de\s+l['’]|du|de\s+la|des|de)\s*)\p{Lu}",
    first_person=r"je|j['’]|nous",
    statistic=r"\d\s*%|\d\s*(?i:pour\s*cent)|[€$£]\s*\d|\d\s*(?:[€$£]|k€|M€|(?i:euros?|dollars?|livres)\b)"
    r"|\d\s*(?i:millions?|milliards?|Mds?)\b"
    r"|\d[\s-]*(?i:tonnes|kilomètres|kilos|mètres|degrés|points de pourcentage)\b",
    number_suffixes=r"Md|Mds|mn|Mo|Go|Ko|To|e|er|re|ère|ème|eme|nde",  # "2 Mds", "5 Go", "3e", "2nde"
    not_counted_before=r"version|v|mise|phase|n|no|numéro|page|article|chapitre|étape|cac|top|niveau|"
    + _MONTHS_ABBR,
    not_counted_after=_words(MONTHS["fr"]) + r"|les|des|et|ou|sur|pour|dans|avec|qui|que|est|sont|à|au|aux|"
    r"ans|années|mois|semaines|jours|an|année|jour|semaine|fois",  # durations, ages and times are no measure
    magnitudes={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
                "mds": 1e9, "mrd": 1e9, "mrds": 1e9},
    unit_words={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "livre": "GBP", "livres": "GBP",
                "pour cent": "%", "pourcent": "%", "degrés": "°C", "degré": "°C", "kilomètres": "km",
                "kilomètre": "km", "mètres": "m", "mètre": "m", "tonnes": "t", "tonne": "t", "kilos": "kg",
                "kilogrammes": "kg", "grammes": "g", "heures": "h", "heure": "h", "minutes": "min", "secondes": "s",
                "hectares": "ha", "points": "pts", "go": "GB", "mo": "MB", "ko": "KB", "to": "TB"},
    prediction=r"\b(?i:va|vont|allons|vais)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:er|ir|re)\b"
    r"|(?i:d['’]ici|à l['’]horizon)\s+(?:20\d\d|\d+\s+ans|la fin)|\b(?i:prévu|prévoit|prévoient|envisage|envisagent)\s+de\b"
    r"|\b(?i:prévisions?|à l['’]avenir|dans les prochaine?s|l['’]an prochain|l['’]année prochaine|demain|à venir)\b"
    r"|\b(?i:devrait|devraient)\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Ll}+(?:er|ir|re)|être|avoir)\b"  # forecasting devoir
    r"|\b(?i:est|sont|seront|sera)\s+(?:\p{Ll}+\s+)?(?i:prévue?s?|attendue?s?|annoncée?s?|programmée?s?)\b"
    rf"|\b(?i:doit|doivent)\s+(?:se\s+|s['’])?\p{{Ll}}+(?:er|ir|re)\s+(?i:ce|cette|demain|dès|{_weekdays('fr')})\b"
    + _weather_forecast("pluies?|averses?|orages?|nuages?|éclaircies?|soleil|neige|rafales?|brouillard|gelées?|"
                        "grêle|bruine", _weekdays("fr") + "|week-end|weekend"),
    future_tense=r"\b\p{Ll}{2,}(?:ra|ront)\b|\b(?i:aurons|serons|ferons|pourrons|devrons|irons|verrons|saurons|"
    r"voudrons|viendrons|prendrons|mettrons|aurez|serez|ferez|pourrez|devrez|irez|verrez)\b",
    not_future=r"\b(?i:caméra|opéra|extra|ultra|mantra|tantra|cobra|choléra|sahara|front|affront|agora|mascara|sierra|"
    r"tiara|contra|zébra|terra)\b",
    opinion=r"\b(?i:il faut|faut-il|il suffit|doit|doivent|devons|mieux vaut|il est temps|je pense|je crois|j['’]estime|"
    r"je trouve|je doute|je veux bien|à mon avis|à mon sens|selon moi|je recommande|nous recommandons|recommandation|"
    r"n['’]a de sens|a le mérite|tant mieux|tant pis|malheureusement|heureusement|hélas|formidable|extraordinaire|"
    r"génial|stupides?|absurdes?|abus|meilleure?s?|pire|trop|m['’]a semblé|me semble|me paraît|mon analyse|"
    r"mérite|illusoire|scandaleu(?:x|se)|honteu(?:x|se)|inadmissible|inacceptable|fascinante?|consternante?|"
    r"étonnante?|effrayante?|préoccupante?|passionnante?|magnifiques?|superbes?|remarquables?|impressionnante?|"
    r"regrettables?|dommage|séduit|séduisent|déçoit|déçoivent)\b"
    r"|\b(?i:est|sont|reste|restent|devient|deviennent|était|étaient|paraît|semble|serait|demeure)\s+(?:\p{L}+\s+){0,2}?"
    r"(?i:important|essentiel|nécessaire|central|crucial|primordial|indispensable|fondamental|utile|inutile|pertinent|"
    r"efficace|idéal|parfait|excellent|remarquable|intéressant|dangereux|grave|inquiétant|regrettable|dommage|suffisant|"
    r"insuffisant|difficile|facile|simple|compliqué|bon|mauvais|juste|injuste|légitime|normal|logique|urgent|évident|"
    r"capital|vital)(?:e|s|es|le|les)?\b"
    + "|" + _FR_EVALUATIVE + "|" + _FR_STANCE,
    hedge=r"\b(?i:peut-être|probablement|sans doute|vraisemblablement|semble|semblent|il est probable|il est possible|"
    r"a priori|apparemment|certainement)\b",
    conditional=r"\b(?i:pourrait|pourraient|serait|seraient|aurait|auraient|faudrait|vaudrait)\b",
    subordinator=r"qu['’]|(?:que|dont|qui|où|si)\s",
    finite_verb=r"\b(?i:je|tu|il|elle|ils|elles|on|nous|vous|c['’]est|ce sont|c['’]était|n['’]est|est|sont|était|"
    r"étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|auraient|fait|font|peut|peuvent|"
    r"pourrait|doit|doivent|devrait|va|vont|faut|reste|restent|devient|deviennent|permet|permettent|existe|"
    r"existent|semble|semblent|paraît|suis|sommes|êtes|ai|avons|avez|vient|prend|offre|cherche|illustre|rappelle|"
    r"donne|montre|propose|crée|met|dit|voit|sait|veut|tient|concerne|représente|"
    r"constitue|dépend|signifie|implique|apporte|mène|suit|trouve|ouvre|laisse|arrive|"
    r"commence|continue|manque|rend|vit|ressemble|dispose|comprend|contient|inclut|précise|explique|annonce|"
    r"affirme|souligne|estime|rappelle|assure|ajoute|indique|déclare|confirme|reconnaît|publie|rejoint|quitte|"
    r"gagne|perd|obtient|atteint|dépasse|reçoit|décide|choisit|travaille|vend|achète|utilise|développe|"
    r"accueille|organise|présente|remplace|réunit|réalise|produit|détient|emploie|augmente|recule|progresse|grimpe|"
    r"diminue|stagne|coûte|pèse|totalise|enregistre|envisage|prépare|examine|étudie|adopte|approuve|rejette|"
    r"refuse|accepte|autorise|interdit|impose|évoque|mentionne|avoue|nie|déplore|salue|félicite|remercie|invite|"
    r"encourage|incite|pousse|oblige|empêche|facilite|favorise|améliore|renforce|réduit|limite|supprime|modifie|"
    r"transforme|intègre|succède|dirige|gère|possède|rachète|acquiert|cède|loue|remporte|domine|précède|"
    r"termine|achève|débute|démarre|reprend|poursuit|arrête|cesse|suspend|reporte|annule|retarde|accélère|ralentit|"
    r"monte|descend|revient|demeure|suffit|importe|vaut|remonte|correspond|équivaut|relève|apparaît|"
    r"disparaît|naît|meurt|habite|enseigne|répond|expose|héberge|rassemble|regroupe|fournit|fabrique|conçoit|"
    r"recrute|licencie|embauche|investit|protège|sauve|soigne|guérit|tue|blesse|affecte|"
    r"inquiète|rassure|surprend|étonne|choque|préoccupe|intéresse|attire|séduit|plaît|convainc)\b"
    r"|\b(?i:j)['’]\p{L}|\b\p{Ll}{2,}(?:ra|ront)\b"
    rf"|\b(?i:{_FR_SAY_PRESENT})\b"  # the reporting verbs
    # a negation or a reflexive pronoun comes with a verb: "ne cesse", "se dote", "n'a", "s'impose"
    r"|\b(?i:ne|se)\s+\p{L}|\b(?i:n|s)['’]\p{L}"
    r"|\b\p{L}{2,}(?:ait|aient|èrent|ont|ez|era|eront|erait|eraient|it|ut|ïent)\b"
    r"|\b\p{L}+[^i\W]ons\b|\b\p{L}+[^m\W]ent\b",
)

# --- English -----------------------------------------------------------------------------------------------------
_EN_LEAD = r"(?:(?i:and|but|so|now|then|just|simply|also|always)\s+)?"  # "But take this next step."
_EN_COMMANDS = (  # base forms that open a command when an object, particle or determiner follows
    "read|learn|share|follow|download|see|check|try|get|join|contact|imagine|consider|remember|visit|think|start|stop|"
    "keep|discover|watch|register|enter|buy|order|call|email|send|take|eat|add|use|avoid|grab|tell|go|give|put|bring|"
    "write|ask|look|listen|find|choose|pick|set|turn|open|save|apply|book|explore|shop|stay|enjoy|meet|help|create|"
    "build|plan|prepare|mix|stir|bake|cook|serve|place|remove|cut|pour|combine|heat|preheat|whisk|note|sign|make|"
    "don['’]t forget|never forget"
)
_EN_SAID = (  # lower-case only: "United States" is no verb, "Reports" no cue
    "said|says|say|told|tells|stated|states|claimed|claims|argued|argues|insisted|insists|noted|notes|added|wrote|"
    "writes|announced|announces|maintained|maintains|suggested|warned|warns|acknowledged|admitted|stressed|"
    "emphasi[sz]ed|believes|estimates|estimated|reportedly|allegedly|predicted|predicts|revealed|reveals|confirmed|"
    "confirms|disclosed|explained|explains|testified|recalled|cautioned|conceded|contended|asserted|observed|"
    "concluded|tweeted|pointed out|called it|called them|called the|declared|remarked|replied|responded|commented|"
    "complained|denied|denies|vowed|urged|speculated|reiterated|indicated|forecast|forecasted|explained that|"
    "warned that|believed|thinks|argue|explain|describes|described|suggests|insist|warn|acknowledges|concedes|"
    "observes|recalls|recounted|reminded|clarified|countered|contends|emphasi[sz]es|stresses|cited|citing|quoted|"
    "quoting|alleges|alleged|asserts|noting|adding|saying|arguing|warning|reckons|boasted|admits|"
    "has established|established that|wrote in|expects|anticipates|found that|concluded that|ruled that|"
    "determined that|agreed that|posted on|wrote on"
)
_EN_SOURCES = (  # a source named by a phrase
    "in a statement|in an interview|in a press release|in a blog post|in a tweet|in a letter|told reporters|"
    "a spokesperson|a spokesman|a spokeswoman|spokesperson for|spokesman for|spokeswoman for|officials say|"
    "sources say|sources said|experts say|analysts say|critics say|analysts expect|economists expect|"
    "people familiar with|sources familiar with|a source close to|in a filing|in a report|in an email|in remarks|"
    "in a speech|in testimony|in an op-ed|in a memo|on twitter|in a post|reported by|as reported|first reported|"
    "cited by|quoted by|data from|figures from|statistics from|a report by|a report from|a study by|a study from|"
    "a study published|research by|research from|an analysis by|a poll by|a survey by"
)
EN = ClaimWords(
    imperative=rf"^\W*{_EN_LEAD}(?i:let['’]s|don['’]t|do not|please|make sure|be sure|find out|sign up|click|subscribe|"
    r"check out|learn more|read more)\b"
    rf"|^\W*{_EN_LEAD}(?i:{_EN_COMMANDS})\s+(?i:the|a|an|your|you|my|our|this|that|these|those|it|them|me|us|some|up|"
    r"out|in|on|to|for|with|more|all|every|any|into|at|down|off|back|away|here|now|today|below|what|how|yourself)\b",
    formula=r"^\W*(?i:thanks|thank you|many thanks|cheers|happy holidays|read more|see also)\b",
    quoted_span=r"“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:according to)\s+(?:(?i:the)\s+)?(?:{SOURCE_NAME}|\p{{L}}+)"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estimates|predicts|predicted|found|finds|shows|says|forecasts|reported)\b"
    rf"|\b(?:{_EN_SAID})\b|\b(?i:{_EN_SOURCES})\b"
    r"|\b(?i:reported|reports)\s+(?:(?i:that)\b|\p{Lu}\S*)|\p{Lu}[\p{L}.]+\s+(?i:has\s+|had\s+)?reported\b"
    r"|,\s*per\s+(?:the\s+)?\p{Lu}"  # ", per CBS"
    r"|\b(?i:is|are|was|were)\s+(?:\w+\s+)?(?i:seen|regarded|considered|believed|thought|said|reported|estimated)\s+(?i:as|to)\b"
    r"|\b(?i:study|studies|survey|report|research|researchers|scientists|poll|analysis|they|we|data|figures|findings|"
    r"paper|census|estimates|records|experts|economists|analysts|authors|officials|authorities|police|prosecutors|"
    r"investigators|critics|observers|documents|filings|emails|polls)\b[^.;]*"
    r"\b(?i:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|indicates?|indicated|hinted|concluded?|"
    r"confirm(?:s|ed)?|demonstrated?|estimated?|predicted|pointed to|documented)\b",
    statistic=r"\d\s*%|\d\s*(?i:percent|per cent)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dollars|pounds|usd|eur)\b)"
    r"|\d\s*(?i:million|billion|trillion|bn|m)\b|\d\s*(?:mph|lbs?)\b"
    r"|\d[\s-]*(?i:miles?|kilometers?|kilometres?|meters?|metres?|feet|foot|inch|inches|pounds|tons|tonnes|degrees|"
    r"hours?|minutes?|seconds|acres|gallons|percentage points?)\b",
    number_suffixes=r"bn|st|nd|rd|th",  # "2bn", "21st"
    not_counted_before=r"version|v|update|release|phase|no|number|page|chapter|step|section|article|top|level|"
    + _MONTHS_ABBR + "|" + _words(MONTHS["en"]),
    not_counted_after=_words(MONTHS["en"]) + r"|and|the|for|with|that|are|was|were|is|to|in|on|at|or|years|year|"
    r"months|month|weeks|week|days|day|times|old",
    decimal_comma=False,
    digit_group_space=False,
    magnitudes={"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
                "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12},
    unit_words={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
                "hong kong dollars": "HKD", "percent": "%", "per cent": "%", "degrees": "°C", "degree": "°C",
                "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "mile": "mi",
                "miles": "mi", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "feet": "ft", "foot": "ft",
                "cubic foot": "ft³", "cubic feet": "ft³", "inch": "in", "inches": "in", "tons": "t", "tonnes": "t",
                "hour": "h", "hours": "h", "minute": "min", "minutes": "min", "second": "s", "seconds": "s",
                "acres": "ac", "points": "pts", "percentage points": "pts", "gallons": "gal", "lb": "lb", "lbs": "lb"},
    prediction=r"\b(?i:is|are|am)\s+(?:\w+\s+)?(?i:going|set|due|scheduled|slated|poised|expected|projected|likely|"
    r"unlikely|certain|sure|bound|forecast|predicted|anticipated)\s+to\b"
    r"|\b(?i:forecasts?|predicts?|predicted|in the coming|next (?:year|month|week|decade)|by 20[2-9]\d|in the future|"
    r"later this (?:year|month|week)|tomorrow)\b"
    r"|\b(?i:should|could)\s+(?:\w+\s+)?(?i:rise|fall|increase|decrease|grow|drop|reach|arrive|continue|happen|occur|"
    r"improve|ease|peak|begin|start|raise|climb|decline)\b"  # a forecasting modal: "prices should rise"
    + _weather_forecast("rain|showers|storms|thunderstorms|clouds|cloudy|sunshine|sunny|snow|fog|frost",
                        _weekdays("en") + "|weekend"),
    future_tense=r"\b(?i:will|won['’]t|shall)\b|\w['’]ll\b",  # counts only in a main clause
    opinion=r"\b(?i:should|must|ought to|need to|needs to|have a duty|has a duty|i think|i don['’]t think|i believe|"
    r"i feel|in my opinion|we believe|recommend|recommends|unfortunately|fortunately|sadly|luckily|hopefully|"
    r"much-needed|honored|amazing|awesome|have a right|has a right|of course|pretty|fascinating|shocking|"
    r"ridiculous|absurd|outrageous|wonderful|fantastic|brilliant|disappointing|stunning|incredible|unacceptable)\b"
    r"|\b(?i:is|are|was|were|be|remains?|looks?|seems?|feels?)\s+(?:\w+\s+){0,2}?(?i:important|key|essential|crucial|"
    r"vital|necessary|critical|great|excellent|terrible|awful|good|bad|better|worse|best|worst|smart|huge|interesting|"
    r"impressive|remarkable|rough|beautiful|useful|useless|efficient|perfect|wrong|right|offensive|unfair|fair|easy|"
    r"hard|difficult|worth|clear|obvious|unclear)\b"
    + "|" + _EN_EVALUATIVE,
    hedge=r"\b(?i:probably|perhaps|maybe|possibly|arguably|apparently|likely|unlikely|seems?|appears? to|i think|i believe)\b"
    r"|\b(?:may|might|could)\b",
    conditional=r"\b(?i:would(?:n['’]t| not)? have|would be|would not be|wouldn['’]t be|could have|might have)\b",
    subordinator=r"(?:that|which|who|whom|if|whether|when|until|once)\s",
    finite_verb=r"\b(?i:i|you|he|she|it|we|they|is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|"
    r"can|could|shall|should|may|might|must|said|told|rose|fell|grew|made|took|came|went|saw|won|lost|paid|sold|bought|built|"
    r"led|held|kept|left|met|ran|began|became|gave|got|knew|thought|brought|found|stood|spent|sent|fought|drove|wrote|"
    r"spoke|broke|chose|hit|cut|put|set|let|felt|heard|meant|sat|shot|struck|taught|understood|wore|threw|flew|"
    r"drew|grew|ate|fed|fled|slid|sank|hung|swung|won|laid|lay|dealt|sought)\b"
    r"|\w['’](?:s|re|ve|ll|d|t)\b|\b\p{L}{2,}(?:ed|es)\b|\b\p{L}{3,}[^s\W]s\b",
)

# --- German ------------------------------------------------------------------------------------------------------
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
    "sind überzeugt|zeigte sich|zeigt sich|äußerte sich|hält es für|halten es für|hielt es für"
)
DE = ClaimWords(
    imperative=r"^\W*\p{Lu}\p{Ll}+en\s+Sie\b|^\W*(?i:klicken|lesen|melden|abonnieren|teilen|entdecken|bitte)\b"
    r"|^\W*(?i:hol|holt|melde|meldet|entdecke|entdeckt|lies|lest|folgt|schau|schaut|abonniere|teilt|klicke|klick|"
    r"probier|probiere|nutze|nutzt|sichere|sichert|bucht|erfahre|erfahrt|kontaktiere|schreib|schreibe|schreibt|"
    r"besucht|registriere|lass|lasst|mach|nimm|nehmt|gib|gebt|sieh|seht|starte|gönn|gönne|stöbere|vergiss|vergesst)\s"
    # a command after a lead clause: "Wenn du mehr lesen willst, dann hol dir den Newsletter"
    r"|,\s*(?:(?i:dann|also)\s+)?(?i:hol|holt|lies|lest|schau|schaut|melde|meldet|nimm|nehmt|gib|gebt|probier|"
    r"probiere|mach|macht|sieh|seht)\s+(?i:dir|euch|dich|mal|jetzt|doch|den|die|das|ihn)\s",
    formula=r"^\W*(?i:vielen dank|danke|herzlichen dank|wir wünschen|ich freue mich auf|viel spa(?:ß|ss)|"
    r"mehr zum thema|lesen sie auch)\b",
    quoted_span=r"„(?:[^“”\s]+\s+){3,}[^“”\s][^“”]*[“”]|»(?:[^«\s]+\s+){3,}[^«\s][^«]*«|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:laut|zufolge)\s+(?:{SOURCE_NAME}|\S+)|,\s+so\s+(?:(?i:der|die|das)\s+)?{SOURCE_NAME}"
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
    not_counted_before=r"version|update|phase|nr|seite|kapitel|artikel|stufe|" + _MONTHS_ABBR,
    not_counted_after=_words(MONTHS["de"]) + r"|und|der|die|das|mit|für|des|im|in|ist|sind|war|waren|jahre|jahren|"
    r"jahr|monate|monaten|wochen|tage|tagen|mal",
    magnitudes={"tausend": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarde": 1e9,
                "milliarden": 1e9, "billion": 1e12, "billionen": 1e12},
    unit_words={"euro": "EUR", "dollar": "USD", "franken": "CHF", "prozent": "%", "grad": "°C", "kilometer": "km",
                "meter": "m", "tonnen": "t", "stunden": "h", "stunde": "h", "minuten": "min", "sekunden": "s",
                "prozentpunkte": "pts", "punkte": "pts"},
    prediction=r"\b(?i:prognostiziert|voraussichtlich|künftig|zukünftig|in zukunft|bis 20[2-9]\d|nächstes jahr|"
    r"im kommenden|morgen|übermorgen|nächste woche|prognose|prognosen|prognostizieren|erwartet|erwarten|"
    r"rechnet mit|rechnen mit|in den kommenden|kommende woche|kommendes jahr|nächsten jahr|demnächst|in kürze)\b"
    r"|\b(?i:dürfte|dürften)\b[^.]*\b(?i:werden|steigen|sinken|wachsen|fallen|zunehmen|abnehmen|kommen|bleiben)\b"
    + _weather_forecast("regen|schauer|gewitter|wolken|sonne|schnee|nebel|frost",
                        _weekdays("de") + "|wochenende"),
    # "wird ... gehen": a future when the infinitive ends the clause (passives end with a participle: not_future)
    future_tense=r"\b(?i:wird|werden|wirst|werdet)\b[^.,;:!?]*\s(?:\p{Ll}+en|sein|tun)\s*(?:[.,;:!?]|$)",
    not_future=r"\b(?i:wird|werden|wirst|werdet)\b[^.,;:!?]*\s(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|hinzu|mit|"
    r"nach|vor|weg|weiter|zu|zurück|zusammen|dar|um|durch|über|unter|frei|hoch|statt|teil)?ge\p{Ll}{2,}en\s*(?:[.,;:!?]|$)",
    opinion=r"\b(?i:sollte|sollten|muss|müssen|ich denke|ich glaube|ich finde|finde ich|ich halte|halte ich|ich hoffe|"
    r"ich mag|meiner meinung|meines erachtens|für mich|wir empfehlen|empfehlenswert|leider|zum glück|hoffentlich|"
    r"glücklicherweise|eleganter|zufrieden|ärgerlich|nervig|großartig|wunderbar|enttäuschend|ein graus)\b"
    r"|\b(?i:ist|sind|bleibt|bleiben|war|waren|wäre)\b[^.,;:!?]{0,80}?\b(?i:wichtig|notwendig|entscheidend|wünschenswert|"
    r"sinnvoll|nötig|unverzichtbar|essenziell|hervorragend|problematisch|gut|schlecht|toll|schön|falsch|richtig|"
    r"spannend|beeindruckend)\b"
    + "|" + _DE_EVALUATIVE + "|" + _DE_STANCE,
    hedge=r"\b(?i:wahrscheinlich|vielleicht|möglicherweise|vermutlich|scheint|scheinen|könnte|könnten|dürfte|dürften)\b",
    conditional=r"\b(?i:würde|würden|wäre|wären|hätte|hätten)\b",
    subordinator=r"(?:dass|ob|wenn|weil|falls)\s",
    finite_verb=r"\b(?i:ich|du|er|sie|es|wir|ihr|man|ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|"
    r"hatten|kann|können|konnte|muss|müssen|soll|sollte|will|wollen|darf|gibt|gab|bin|bist)\b|\b\p{Ll}{2,}(?:t|te|ten|st)\b"
    r"|\b(?i:kam|kamen|ging|gingen|stieg|stiegen|fiel|fielen|lag|lagen|gaben|nahm|nahmen|sah|sahen|fand|fanden|"
    r"blieb|blieben|hieß|stand|standen|wuchs|sank|schrieb|trug|zog|rief|lief|bot|sprach|traf|hielt|ließ|brachte|"
    r"dachte|wusste|kannte|nannte|begann|gewann|verlor|bekam|erhielt)\b"
    # a lower-case word in -en after a capitalised word: "Die Preise steigen", "Banken finanzieren" (a plural verb;
    # an adjective after an article passes too)
    r"|\p{Lu}\p{Ll}*\s+\p{Ll}{2,}en\b|\b\p{Ll}{3,}ieren\b",
)

# --- Spanish -----------------------------------------------------------------------------------------------------
_ES_SAID = (
    "afirmó|afirma|afirman|declaró|declara|dijo|dice|dicen|dijeron|explicó|explica|explicaron|aseguró|asegura|"
    "aseguran|señaló|señala|indicó|indica|añadió|agregó|sostiene|sostienen|sostuvo|apuntó|advirtió|advierte|reconoció|"
    "reconoce|anunció|informó|informa|informaron|detalló|precisó|remarcó|subrayó|destacó|expresó|manifestó|comentó|"
    "consideró|estimó|denunció|insistió|insiste|acusó|respondió|contestó|replicó|escribió|tuiteó|confirmó|reveló|"
    "relató|opinó|admitió|concluyó|confiaron|se preguntan|aseveró|puntualizó|enfatizó|refirió|expuso|planteó|"
    "argumentó|alertó|recordó|resaltó|mencionó|calificó|criticó|celebró|lamentó|aclaró|adelantó|anticipó|reiteró|"
    "negó|desmintió|comunicó|sentenció|agrega|añade|recuerda|destaca|subraya|comenta|opina|considera|"
    "en declaraciones a|en un comunicado|en una entrevista|a juicio de|en palabras de|según fuentes|fuentes de|"
    "relata|narra|narró|describe|describió|sugiere|sugirió|propuso|pidió|exigió|reclamó|señalaron|afirmaron|"
    "indicaron|explicaron|aseguraron|advirtieron|destacaron|publicó|citó|citado por|citada por|consultado por|"
    "consultada por|en diálogo con|a través de un comunicado|mediante un comunicado|precisaron|detallaron|"
    "remarcaron|subrayaron|recordaron|agregaron|añadieron|comentaron|evaluó|analizó|confesó|expresaron|"
    "manifestaron|sostuvieron|estimaron|consignó|reportó|informaron"
)
_ES_VIEW_HOLDERS = (
    "ministro|ministra|presidente|presidenta|gobierno|sindicato|director|directora|portavoz|experto|expertos|experta|"
    "analista|analistas|economista|economistas|especialista|especialistas|autor|autora|oposición|oficialismo|médico|"
    "médicos|científicos|investigadores"
)
ES = ClaimWords(
    imperative=r"^\W*(?i:haga|haz|hacé|lea|lee|leé|descubre|descubra|descubrí|suscríbete|suscríbase|suscribite|comparte|"
    r"compartí|sigue|siga|seguí|descarga|descargue|consulta|consulte|mira|mirá|contacta|regístrate|registrate|"
    r"no te pierdas|pulsa|visita|completá|completa|ingresá|ingresa|escribí|escribe|tocá|elegí|elige|disfruta|disfrutá)\b"
    r"|\b(?i:por favor)\b|\b(?i:haz|haga|hace|hacé)\s+(?i:clic|click)\b",
    formula=r"^\W*(?i:gracias|muchas gracias|lea también|lee también|más información)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:según|de acuerdo (?:con|a))\s+(?:{SOURCE_NAME}|\S+)"
    rf"|\b(?i:{_ES_SAID})\b"
    r"|\b(?i:esperan|estiman|creen|consideran|calculan|explican|señalan|advierten|insisten|destacan|subrayan|"
    r"remarcan|detallan|precisan|reconocen|admiten|aseguran|afirman|sostienen|dicen)\s+que\b"  # "explican que"
    rf"|\b(?:Para)\s+(?:{FOLLOWED_NAME}|(?:el|la|los|las)\s+(?:{_ES_VIEW_HOLDERS}))\s*,"
    r"|\b(?i:estudio|encuesta|encuestas|informe|investigación|datos|cifras|pronóstico)\b[^.]{0,60}?\b(?i:revela|muestra|"
    r"indica|concluye|apuntan|augura|revelan|muestran|indican)\b",
    statistic=r"\d\s*%|\d\s*(?i:por\s*ciento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dólares|pesos)\b)"
    r"|\d\s*(?i:millones|millón|mil\s+millones)\b"
    r"|\d[\s-]*(?i:kilómetros|metros|toneladas|grados|puntos porcentuales)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versión|fase|n|núm|página|capítulo|artículo|paso",
    not_counted_after=_words(MONTHS["es"]) + r"|los|las|del|con|para|que|y|en|es|son|era|eran|fue|años|año|meses|"
    r"mes|semanas|días|veces",
    magnitudes={"mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12, "billones": 1e12},
    unit_words={"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "por ciento": "%", "grados": "°C",
                "grado": "°C", "kilómetros": "km", "metros": "m", "toneladas": "t", "horas": "h", "minutos": "min",
                "segundos": "s", "hectáreas": "ha", "puntos": "pts"},
    prediction=r"\b(?i:va|van|vamos)\s+a\s+\p{Ll}+(?:ar|er|ir)\b"
    r"|\b(?i:se espera que|se esperan?|se prevé|se prevén|prevé|previsto|prevista|pronostica|pronostican|anuncian|"
    r"en el futuro|para 20[2-9]\d|el próximo año|la próxima semana|el próximo)\b|\b(?:Mañana|pasado mañana)\b"
    + _weather_forecast("lluvias?|chaparrones|tormentas?|nubes|nublado|sol|nieve|niebla|heladas?",
                        _weekdays("es") + "|fin de semana"),
    future_tense=r"\b\p{L}\p{Ll}+r(?:á|án)\b",
    opinion=r"\b(?i:debe|deben|debería|deberían|hay que|tiene que|tienen que|es necesario|creo que|pienso que|en mi opinión|"
    r"a mi juicio|recomiendo|lamentablemente|afortunadamente|por desgracia|ojalá|lo cierto es|peor|mejor|"
    r"vergonzoso|increíble|magnífico|terrible|lamentable|bonito)\b"
    r"|\b(?i:es|son|era|eran|sigue siendo|resulta)\s+(?:\S+\s+){0,2}?(?i:importante|esencial|necesari[oa]|clave|"
    r"fundamental|mejor|peor|excelente|grave|absurd[oa]|lamentable|imprescindible|bueno|buena|mala|malo|difícil|"
    r"fácil|evidente|urgente)s?\b"
    + "|" + _ES_EVALUATIVE + "|" + _ES_STANCE,
    hedge=r"\b(?i:probablemente|quizás|quizá|tal vez|posiblemente|parece|parecen|al parecer|acaso)\b",
    conditional=r"\b(?i:podría|podrían|debería|deberían|sería|serían|habría|habrían)\b",
    subordinator=r"(?:quien|donde|si)\s",
)

# --- Italian -----------------------------------------------------------------------------------------------------
_IT_SAID = (
    "dichiarato|detto|spiegato|affermato|sottolineato|aggiunto|precisato|annunciato|riferito|commentato|ribadito|"
    "osservato|scritto|twittato|confermato|rivelato|denunciato|avvertito|ammesso|assicurato|raccontato|replicato|"
    "risposto|evidenziato|fatto sapere|ricordato|chiarito|insistito|lamentato|criticato|concluso|sostenuto|specificato|"
    "segnalato|puntualizzato|rilevato|notato|indicato|auspicato|chiesto|proposto|suggerito|ammonito|definito|"
    "descritto|illustrato|sintetizzato|rimarcato|anticipato|garantito|promesso|smentito|accusato|elogiato|"
    "argomentato|stimato"
)
IT = ClaimWords(
    imperative=r"^\W*(?i:clicca|leggi|scopri|iscriviti|condividi|segui|scarica|guarda|contatta|visita|registrati|"
    r"non perdere|prova|ecco|aggiungi|mescola|versa|metti|prendi|lascia|cuoci|servi|unisci)\b"
    r"|^\W*\p{Lu}\p{Ll}+(?:are|ere|ire)\s+(?:(?i:il|lo|la|i|gli|le|un|una|uno|in|a|per|con|e|su|bene|lentamente|"
    r"sempre)\b|l['’])",  # an instruction in the infinitive: "Versare in una terrina", "Lavorare l'impasto"
    not_imperative=r"^\W*(?i:mare|piacere|potere|sapere|dovere|carattere|cuore|amore|colore|valore|fiore|errore|"
    r"mestiere|interesse|paire)\b",
    formula=r"^\W*(?i:grazie|riproduzione riservata|leggi anche|per saperne di più)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:secondo|stando a)\s+(?:{SOURCE_NAME}|(?i:il|la|lo|l['’]|i|gli|le|un|una|lui|lei)\S*)"
    rf"|\b(?i:ha|hanno|è stato|è stata|e['’] stato|e['’] stata)\s+(?:\p{{Ll}}+\s+)?(?i:{_IT_SAID})\b"
    r"|\b(?i:afferma|dichiara|spiega|sottolinea|sostiene|aggiunge|annuncia|dicono|twitta|scrive|commenta|ribadisce|"
    r"osserva|precisa|conferma|riferisce|rivela|assicura|avverte|ammette|racconta|fa sapere|dice|ricorda|conclude|"
    r"replica|risponde|chiarisce|insiste|lamenta|evidenzia|specifica|segnala|puntualizza|a detta di|si legge|"
    r"in una nota|in un comunicato|in un['’]intervista|spiegano|sottolineano|affermano|dichiarano|sostengono|"
    r"aggiungono|ricordano|osservano|precisano|evidenziano|rileva|rilevano|scrivono|riferiscono|raccontano|spiegò|"
    r"disse|dichiarò|affermò|sottolineò|aggiunse|commentò|annunciò|osservò|precisò|ricordò|raccontò|rispose|concluse|"
    r"ammise|avvertì|chiarì|fanno sapere|secondo quanto|a quanto riferisce|intervistato|intervistata|ai microfoni di)\b"
    rf"|\b(?i:stime|dati|previsioni)\s+(?:(?i:dell['’]|della|del|di)\s*)?(?:{_ORGS})\b"
    rf"|\b(?:{_ORGS})\s+(?:\S+\s+){{0,2}}?(?i:ha|hanno|stima|prevede|rileva|segnala|indica)\b"
    r"|\b(?i:studio|indagine|rapporto|ricerca|sondaggio|previsioni|stime|dati)\b[^.]{0,60}?\b(?i:rivela|mostra|indica|"
    r"dimostra|rivelano|mostrano|indicano|dimostrano|confermano)\b",
    statistic=r"\d\s*%|\d\s*(?i:per\s*cento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euro|dollari)\b)|\d\s*(?i:milioni|miliardi)\b"
    r"|\d[\s-]*(?i:chilometri|metri|tonnellate|gradi|punti percentuali)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versione|fase|n|num|pagina|capitolo|articolo|passo",
    not_counted_after=_words(MONTHS["it"]) + r"|del|della|con|per|che|e|in|è|sono|era|erano|anni|anno|mesi|settimane|"
    r"giorni|volte",
    magnitudes={"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
                "mln": 1e6, "mld": 1e9, "mrd": 1e9},
    unit_words={"euro": "EUR", "dollari": "USD", "dollaro": "USD", "per cento": "%", "gradi": "°C", "grado": "°C",
                "chilometri": "km", "metri": "m", "tonnellate": "t", "ore": "h", "minuti": "min", "secondi": "s",
                "ettari": "ha", "punti": "pts"},
    prediction=r"\b(?i:si prevede|prevede|in futuro|entro il 20\d\d|il prossimo anno|domani|dopodomani|prossima settimana|"
    r"è previsto|è prevista|sono previsti|è atteso|è attesa|sono attesi)\b"
    r"|\b(?i:dovrebbe|dovrebbero)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+(?:are|ere|ire)|essere|avere)\b"  # forecasting dovere
    + _weather_forecast("pioggia|piogge|rovesci|temporali|nuvole|nuvolosità|sole|neve|nebbia|gelate",
                        _weekdays("it") + "|weekend|fine settimana"),
    future_tense=r"\b\p{L}\p{Ll}+r(?:à|anno)\b",
    opinion=r"\b(?i:deve|devono|bisogna|occorre|è necessario|penso che|credo che|secondo me|a mio avviso|consiglio|purtroppo|"
    r"per fortuna|pietos[oa]|notevole|straordinari[oa]|fa ben sperare|soddisfatt[oa]|deludente|vergognos[oa])\b"
    r"|\b(?i:è|sono|era|erano|resta|rimane)\s+(?:\S+\s+){0,2}?(?i:importante|essenziale|fondamentale|necessari[oa]|"
    r"positiv[oa]|negativ[oa]|ottim[oa]|migliore|peggiore|bell[oa]|grave|difficile|facile|giust[oa]|sbagliat[oa])\b"
    + "|" + _IT_EVALUATIVE + "|" + _IT_STANCE,
    hedge=r"\b(?i:probabilmente|forse|possibilmente|sembra|sembrano|pare)\b",
    conditional=r"\b(?i:potrebbe|potrebbero|sarebbe|sarebbero|avrebbe|avrebbero)\b",
    subordinator=r"(?:che|cui|se)\s",
)

LANGUAGES: dict[str, ClaimWords] = {"fr": FR, "en": EN, "de": DE, "es": ES, "it": IT}
