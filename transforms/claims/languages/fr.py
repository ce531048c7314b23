"""The French words of the claim rules: evaluative words, reporting verbs and the `ClaimWords` block."""

from __future__ import annotations

from transforms.claims.languages.claim_words import (
    FOLLOWED_NAME,
    MONTHS_ABBR,
    ORGS,
    SOURCE_NAME,
    ClaimWords,
    inflected,
    weather_forecast,
    weekdays,
    words,
)
from transforms.lexicon import MONTHS

_FR_EVALUATIVE = inflected(  # adjectives of judgement (stem + e, s, x/se, f/ve, le ...)
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
    "effarant|invraisemblable|tern",
    "e|s|es|x|se|ses|le|les|f|fs|ve|ves",
)
_FR_STANCE = (  # evaluative adverbs and nouns, intensifiers before a word, the point of a matter
    # the author's discourse markers: "le moins qu'on puisse dire", "autant dire que", "reste que"
    r"\b(?i:sans appel|le bât blesse|le moins qu['’]on puisse dire|il n['’]en reste pas moins|autant dire|"
    r"inutile de dire|soyons (?:clairs|honnêtes|francs|lucides|réalistes)|avouons-le|il faut bien l['’]avouer|"
    r"il faut le reconnaître|on l['’]aura compris|en vaut la chandelle)\b|^\W*(?i:reste que)\b"
    r"|\b(?i:évidemment|bien sûr|certes|clairement|manifestement|visiblement|franchement|véritablement|"
    r"extrêmement|terriblement|incroyablement|remarquablement|indéniablement|incontestablement|"
    r"assurément|forcément|surtout pas|sans conteste|sans aucun doute|bref|exploit|prouesse|chef-d['’]œuvre|gâchis|"
    r"fiasco|catastrophe|désastre|scandale|aberration|absurdité|non-sens|mascarade|leurre|il convient|il importe|"
    r"il vaut mieux|il est préférable|on ne peut pas|ne peuvent pas|gagnerait à|gagneraient à|force est de|"
    r"on ne peut que|il ne fait aucun doute|nul doute|à n['’]en pas douter|pas question|reste à savoir|"
    r"encore faut-il|plus que jamais|beaucoup trop|trop peu|véritables?|un vrai|une vraie|ce qui compte|"
    r"ce qui importe|on peut regretter|on peut se demander|il ne faut pas|nous devons|on doit|d['’]autant plus|"
    r"c['’]est d['’]abord|c['’]est avant tout|c['’]est surtout|personnellement|pour ma part|de mon point de vue|"
    r"j['’]ai le sentiment|je suis convaincue?|je suis persuadée?|il me semble|idéalement)\b"
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
    r"l['’]idéal|le mieux|le plus (?:simple|sage|prudent|sûr|efficace|raisonnable)|le vrai problème|la vraie question|la question)\s+(?i:est|reste|n['’]est|c['’]est)\b"
    r"|\b(?i:c['’]est|ce n['’]est|voilà|ce sont)\s+(?:\p{L}+\s+){0,2}?(?i:le|la|l['’]|un|une|des)\s*(?i:meilleur|pire|"
    r"seul|vrai|vraie|véritable|bonne|mauvaise|belle|grande|excellente?)\b"
)

_FR_SAY_PRESENT = (  # reporting verbs, 3rd person present: "souligne-t-elle", ", écrit l'Insee", "X estime que"
    "déclare|affirme|explique|souligne|précise|ajoute|assure|estime|rappelle|reconnaît|indique|annonce|écrit|dit|"
    "raconte|confie|note|observe|relève|avertit|prévient|insiste|poursuit|conclut|résume|détaille|témoigne|rapporte|"
    "commente|martèle|admet|juge|considère|constate|regrette|déplore|dénonce|révèle|signale|confirme|répond|"
    "assène|lance|tranche|nuance|prédit|prévoit|avance|fait valoir|fait savoir|soutient|maintient|répète|remarque|"
    "argue|plaide|fustige|accuse|réagit|renchérit|concède|glisse|lâche|souffle|ironise|alerte|cite|reprend|"
    "décrypte|s['’]inquiète|s['’]alarme|se félicite|se réjouit|s['’]interroge|pense|croit|craint|espère|rétorque|"
    "réplique|objecte|s['’]insurge|salue|conteste|décrit|suggère|réitère|réclame|exige|réaffirme|appelle|"
    "mentionne|évoque|avoue|confesse|certifie|dément|proclame|jure|s['’]exclame|s['’]étonne|s['’]indigne|enchaîne|"
    "abonde|"
    # the imperfect and the simple past of the most common ones: "expliquait-il", "X déclarait que"
    "(?:déclar|affirm|expliqu|soulign|précis|ajout|indiqu|assur|estim|rappel|confi|racont|insist|martel)(?:ait|aient|a)|"
    "disait|disaient|écrivait|écrivaient|répondait|répondit|reconnaissait|prévenait|avertissait"
)
_FR_SAID = (  # their past participles: "a déclaré X", "X a souligné que"
    "déclaré|affirmé|expliqué|indiqué|souligné|précisé|confié|ajouté|assuré|annoncé|estimé|rappelé|reconnu|raconté|"
    "prévenu|dénoncé|dit|écrit|noté|observé|relevé|averti|insisté|martelé|répondu|révélé|signalé|confirmé|admis|"
    "jugé|considéré|déploré|regretté|promis|démenti|qualifié|évoqué|prédit|appelé|soutenu|maintenu|répété|remarqué|"
    "plaidé|critiqué|fustigé|accusé|réagi|concédé|glissé|lâché|alerté|cité|résumé|détaillé|témoigné|rapporté|"
    "commenté|analysé|publié|communiqué|fait savoir|fait valoir|laissé entendre|fait état|rétorqué|répliqué|"
    "objecté|ironisé|tranché|nuancé|avancé|argumenté|mis en garde|prôné|salué|contesté|décrit|suggéré|réitéré|"
    "réclamé|exigé|réaffirmé|pointé|raillé|mentionné|avoué|confessé|certifié|juré|clamé|proclamé|nié|enchaîné|"
    "abondé|fait remarquer|fait observer|tenu à"
)
_FR_SOURCES = (  # a source named by a phrase: "dans un communiqué", "a-t-on appris", "aux dires de"
    r"dans un communiqué|par communiqué|dans une interview|dans un entretien|dans une déclaration|a-t-on appris|"
    r"apprend-on|aux dires d['’]|de l['’]aveu d['’]|selon nos informations|d['’]après nos informations|"
    r"selon un communiqué|cité par|citée par|interrogée? par|interrogés par|interviewée? par|"
    r"sources? proches? d|de source (?:sûre|proche|judiciaire|policière|gouvernementale|diplomatique)|"
    # "se dire" and a stance: "la ministre s'est dite favorable", "ils se disent inquiets"
    r"(?:s['’](?:est|était) dite?s?|se sont dite?s|se dit|se disent)\s+(?:favorable|défavorable|opposé|prêt|inquiet|"
    r"inquiète|confiant|satisfait|déçu|certain|convaincu|persuadé|choqué|surpris|ouvert|hostile|soulagé|fier|fière|"
    r"heureu|optimiste|pessimiste|préoccupé|scandalisé|indigné|disposé)"
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
    imperative=r"^\W*(?:[Nn]['’]\p{Ll}+ez|\p{Lu}\p{Ll}+ez|(?i:passons|allons|voyons|prenons|commençons|imaginons|rappelons|"
    r"soyons|revenons|notons|faisons|agissons|rejoignez|lire|voir|cliquer))\b"
    r"|^\W*\p{Lu}\p{Ll}+(?:er|ir|re)(?:\s+et\s+\p{Ll}+(?:er|ir|re))?\s+(?:(?i:le|la|les|un|une|des|du|mon|ma|mes|votre|"
    r"vos|ce|cette|ces|à|au|aux|en|sur|avec)\b|l['’])"  # an instruction in the infinitive: "Remplir et renvoyer le bulletin"
    r"|,\s*\p{Ll}+[^h\W]ez\s"  # a command after a lead: "Et pour ceux qui hésitent, prenez le temps"
    r"|^\W*(?i:pour|afin de)\s[^,.]{0,50}?\s(?:\p{Ll}+[^h\W]ez|(?i:rendez-vous))\b",  # "Pour en savoir plus consultez"
    # words in -ez and -er that open statements
    not_imperative=r"^\W*(?i:chez|assez|nez|rez|hier|entre|contre|outre|notre|votre|autre|premier|dernier|cher|fer|"
    r"mer|hiver|super|quatre|être|soyons (?:clairs|honnêtes|francs|lucides|réalistes)|" + words(MONTHS["fr"]) + r")\b",
    formula=r"^\W*(?i:merci|bonne lecture|bonne journée|à lire aussi|lire aussi|voir aussi|en savoir plus|à suivre|"
    r"tout ce qu['’]il faut savoir|ce qu['’]il faut (?:savoir|retenir)|"
    r"pourquoi|comment\s+(?:bien\s+)?\p{Ll}+(?:er|ir|re)|"  # an explainer's heading: "Pourquoi la réforme inquiète"
    # a page's notices: republication, paywall
    r"cet article (?:a été|est|a d['’]abord été) (?:\p{Ll}+ )?(?:publié|paru|réservé)|article réservé aux abonnés)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:selon|d['’]après)\s+(?:(?i:l['’]|les?\s+|la\s+|une?\s+|des?\s+|du\s+)(?:{SOURCE_NAME}|\p{{L}}+)|{SOURCE_NAME}|(?i:lui|elle|eux|ses|son|sa|leurs?)\b)"
    rf"|\b(?:{ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estime|prévoit|affirme|indique|révèle|montre|annonce|constate|publie|chiffre)\b"
    r"|(?i:une?|l['’]|cette|la|les|leur|son)\s*(?i:étude|enquête|sondage|baromètre)s?\b"
    rf"|\b(?i:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:(?i:{_FR_ADVERBS})\s+)?"
    rf"(?i:{_FR_SAID})\b"
    rf"|\b(?i:{_FR_SAY_PRESENT})(?:nt)?\s+(?:\S+\s+){{0,3}}?(?:que\b|qu['’])"
    rf"|[,»”\"]\s*(?i:{_FR_SAY_PRESENT})(?:nt)?\s+\p{{L}}+"  # ", écrit l'Insee", "» explique Paul"
    r"|[,»”\"]\s*\p{Ll}+(?:-t)?-(?i:il|elle|ils|elles|on)\b"  # inverted after the words: "souligne-t-elle", "dit-il"
    rf"|\b(?i:comme l['’](?:{_FR_SAY_PRESENT}))\s+(?:{SOURCE_NAME}|\p{{L}}+)"
    rf"|\b(?:Pour|Aux yeux d['’]|De l['’]avis d['’])\s*(?:{FOLLOWED_NAME}|(?:le|la|les|l['’])\s*(?:{_FR_VIEW_HOLDERS})(?:\s+{FOLLOWED_NAME})?)\s*,"
    rf"|\b(?i:{_FR_SOURCES})"
    # a reporting verb with its object or an infinitive: "dénonce la réforme", "affirme avoir vu", "à en croire"
    r"|\b(?i:dénonce|confirme|révèle|déplore|regrette|salue|réclame|exige|réaffirme|reconnaît|affirme|assure|"
    r"souligne|prévient|avertit|martèle|fustige|conteste)(?:nt)?\s+"
    r"(?:(?i:l['’]|les\s|la\s|le\s|une?\s|des\s|avoir\s|être\s|vouloir\s|ne\s)|:)"
    r"|\b(?i:à en croire|si l['’]on en croit|si l['’]on se réfère)\b"
    r"|\b(?i:dit|disent|déclare|déclarent)\s+(?i:avoir|être|vouloir|ne\s+pas)\b"
    # a pronoun, then a reporting verb: "il décrit", "elles dénoncent"
    rf"|\b(?i:il|elle|ils|elles)\s+(?i:{_FR_SAY_PRESENT})(?:nt)?\b"
    # a document as the source: "le rapport note une hausse", "ce bilan souligne que"
    r"|\b(?i:le|ce|un|leur|son)\s+(?i:rapport|bilan|communiqué)\b[^.;]{0,60}?\b(?i:note|notent|souligne|relève|"
    r"montre|révèle|pointe|conclut|indique|constate|affirme|recommande)\b"
    # figures from a named body: "les chiffres de l'Insee"
    r"|\b(?i:chiffres|données|statistiques|estimations|projections)\s+(?:(?i:de\s+l['’]|du|de\s+la|des|de)\s*)\p{Lu}",
    first_person=r"je|j['’]|nous",
    statistic=r"\d\s*%|\d\s*(?i:pour\s*cent)|[€$£]\s*\d|\d\s*(?:[€$£]|k€|M€|(?i:euros?|dollars?|livres)\b)"
    r"|\d\s*(?i:millions?|milliards?|Mds?)\b"
    r"|\d[\s-]*(?i:tonnes|kilomètres|kilos|mètres|degrés|points de pourcentage)\b",
    number_suffixes=r"Md|Mds|mn|Mo|Go|Ko|To|e|er|re|ère|ème|eme|nde",  # "2 Mds", "5 Go", "3e", "2nde"
    not_counted_before=r"version|v|mise|phase|n|no|numéro|page|article|chapitre|étape|cac|top|niveau|"
    + MONTHS_ABBR,
    not_counted_after=words(MONTHS["fr"]) + r"|les|des|et|ou|sur|pour|dans|avec|qui|que|est|sont|à|au|aux|"
    r"ans|années|mois|semaines|jours|an|année|jour|semaine|fois|heures|heure|h|minutes",  # durations, ages and times are no measure
    magnitudes={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
                "mds": 1e9, "mrd": 1e9, "mrds": 1e9},
    unit_words={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "livre": "GBP", "livres": "GBP",
                "pour cent": "%", "pourcent": "%", "degrés": "°C", "degré": "°C", "kilomètres": "km",
                "kilomètre": "km", "mètres": "m", "mètre": "m", "tonnes": "t", "tonne": "t", "kilos": "kg",
                "kilogrammes": "kg", "grammes": "g", "heures": "h", "heure": "h", "minutes": "min", "secondes": "s",
                "hectares": "ha", "points": "pts", "go": "GB", "mo": "MB", "ko": "KB", "to": "TB"},
    prediction=r"\b(?i:va|vont|allons|vais)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:er|ir|re)\b"
    r"|(?i:d['’]ici|à l['’]horizon)\s+(?:20\d\d|\d+\s+ans|la fin)|\b(?i:prévu|prévoit|prévoient|envisage|envisagent)\s+(?:de\b|d['’])"
    r"|\b(?i:risque|risquent)\s+(?:de|d['’])\s*(?:se\s+|s['’])?\p{Ll}+(?:er|ir|re|oir)\b"  # "les prix risquent de repartir"
    r"|\b(?i:prévisions?|à l['’]avenir|dans les prochaine?s|l['’]an prochain|l['’]année prochaine|demain|à venir|"
    r"la semaine prochaine|le mois prochain|prochainement|s['’]attendent? à|tablent? sur|s['’]apprêtent? à|"
    r"(?:est|sont) censée?s?)\b"
    r"|\b(?i:devrait|devraient)\s+(?:\p{Ll}+\s+){0,2}?(?:se\s+|s['’])?(?:\p{Ll}+(?:er|ir|re)|être|avoir)\b"  # forecasting devoir
    r"|\b(?i:est|sont|seront|sera)\s+(?:\p{Ll}+\s+)?(?i:prévue?s?|attendue?s?|annoncée?s?|programmée?s?)\b"
    rf"|\b(?i:doit|doivent)\s+(?:se\s+|s['’])?\p{{Ll}}+(?:er|ir|re)\s+(?i:ce|cette|demain|dès|{weekdays('fr')})\b"
    + weather_forecast("pluies?|averses?|orages?|nuages?|éclaircies?|soleil|neige|rafales?|brouillard|gelées?|"
                        "grêle|bruine", weekdays("fr") + "|week-end|weekend"),
    future_tense=r"\b\p{Ll}{2,}(?:ra|ront)\b|\b(?i:aurons|serons|ferons|pourrons|devrons|irons|verrons|saurons|"
    r"voudrons|viendrons|prendrons|mettrons|aurez|serez|ferez|pourrez|devrez|irez|verrez)\b",
    not_future=r"\b(?i:caméra|opéra|extra|ultra|mantra|tantra|cobra|choléra|sahara|front|affront|agora|mascara|sierra|"
    r"tiara|contra|zébra|terra|l['’]aur(?:a|ez|ons) compris)\b",  # "On l'aura compris": a stance, no future
    opinion=r"\b(?i:nous pensons|nous croyons|nous estimons|nous jugeons|voué(?:e|s|es)? à l['’]échec|"
    r"(?:a|ont|avait|avaient|aurait|auraient) (?:eu )?(?:tort|raison) de|il faut|faut-il|il suffit|il est grand temps|devons|mieux vaut|il est temps|je pense|je crois|j['’]estime|"
    r"je trouve|je doute|je veux bien|à mon avis|à mon sens|selon moi|je recommande|nous recommandons|recommandation|"
    r"n['’]a de sens|a le mérite|tant mieux|tant pis|malheureusement|heureusement|hélas|formidable|extraordinaire|"
    r"génial|stupides?|absurdes?|abus|meilleure?s?|pire|trop|m['’]a semblé|me semble|me paraît|mon analyse|"
    r"mérite|illusoire|scandaleu(?:x|se)|honteu(?:x|se)|inadmissible|inacceptable|fascinante?|consternante?|"
    r"étonnante?|effrayante?|préoccupante?|passionnante?|magnifiques?|superbes?|remarquables?|impressionnante?|"
    r"regrettables?|dommage|reste à (?:espérer|souhaiter)|laisse(?:nt)? (?:perplexe|songeur|sceptique|pantois|à désirer)|séduit|séduisent|déçoit|déçoivent|fausse bonne idée|(?:vaut|valent) (?:\p{Ll}+ )?(?:le détour|la peine))\b"
    # devoir with an infinitive is an obligation; with a noun it is a debt ("doit son nom à")
    r"|\b(?i:doit|doivent)\s+(?:\p{Ll}+\s+)?(?:se\s+|s['’])?\p{Ll}+(?:er|ir|re|oir)\b"
    r"|\b(?i:est|sont|reste|restent|devient|deviennent|était|étaient|paraît|semble|serait|demeure)\s+(?:\p{L}+\s+){0,2}?"
    r"(?i:important|essentiel|nécessaire|central|crucial|primordial|indispensable|fondamental|utile|inutile|pertinent|"
    r"efficace|idéal|parfait|excellent|remarquable|intéressant|dangereux|grave|inquiétant|regrettable|dommage|suffisant|"
    r"insuffisant|difficile|facile|simple|compliqué|bon|mauvais|juste|injuste|légitime|normal|logique|urgent|évident|"
    r"capital|vital|souhaitable|préférable|incompréhensible|positi|négati|risqué|erreur|faute|honte|réussite|échec|succès|bijou|"
    r"régal|merveille|aubaine|gâchis|imposture|déception)(?:e|s|es|le|les|f|fs|ve|ves)?\b"
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
    r"inquiète|rassure|surprend|étonne|choque|préoccupe|intéresse|attire|séduit|plaît|convainc|"
    r"compte|comptent|affiche|affichent|recense|recensent|abrite|abritent|dénombre)\b"  # counting verbs
    r"|\b(?i:j)['’]\p{L}|\b\p{Ll}{2,}(?:ra|ront)\b"
    rf"|\b(?i:{_FR_SAY_PRESENT})\b"  # the reporting verbs
    # a negation or a reflexive pronoun comes with a verb: "ne cesse", "se dote", "n'a", "s'impose"
    r"|\b(?i:ne|se)\s+\p{L}|\b(?i:n|s)['’]\p{L}"
    # a present in -e between the opening subject and its object: "Le sommeil joue un rôle", "Ce livre raconte l'histoire"
    r"|^\W*(?:(?i:le|la|les|ce|cet|cette|ces|un|une|son|sa|ses|leur|leurs|mon|ma|notre|votre)\s+|(?i:l)['’])\p{L}+(?:\s+\p{Ll}+)?"
    r"\s+\p{Ll}{2,}[^é\W]e\s+(?:\p{Ll}+ment\s+)?(?:(?i:un|une|des|les|le|la|du|de|à|au|aux|en|sur|dans|par|pour|avec|son|sa|ses|leur|"
    r"leurs|ce|cette|ces)\s|(?i:l|d)['’])"
    r"|\b\p{Ll}\p{L}+(?:ait|aient|èrent|ont|ez|era|eront|erait|eraient|it|ut|ïent)\b"  # lower case: not "Dupont"
    r"|\b\p{Ll}\p{L}*[^i\W]ons\b|\b\p{Ll}\p{L}*[^m\W]ent\b",
)
