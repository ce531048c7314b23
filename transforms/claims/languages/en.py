"""The English words of the claim rules: evaluative words, reporting verbs and the `ClaimWords` block."""

from __future__ import annotations

from transforms.claims.languages.claim_words import (
    MONTHS_ABBR,
    ORGS,
    SOURCE_NAME,
    ClaimWords,
    weather_forecast,
    weekdays,
    words,
)
from transforms.lexicon import MONTHS

_EN_EVALUATIVE = (
    r"\b(?i:excellent|outstanding|remarkable|extraordinary|exceptional|magnificent|superb|splendid|marvel+ous|fabulous|"
    r"terrific|brilliant|admirable|incredible|impressive|fascinating|compelling|captivating|delightful|charming|"
    r"elegant|gorgeous|lovely|beautiful|perfect|ideal|wise|clever|foolish|stupid|silly|nonsense|scandalous|shameful|"
    r"disgraceful|intolerable|inexcusable|deplorable|lamentable|regrettable|dismal|mediocre|pathetic|catastrophic|"
    r"disastrous|dreadful|horrible|awful|appalling|alarming|worrying|troubling|disturbing|reckless|irresponsible|"
    r"misguided|dubious|questionable|unjust|courageous|laudable|commendable|worthwhile|valuable|invaluable|pointless)\b"
    # (two alternatives, not one: the matcher packs alternatives into regexes of at most PACK_CHARS characters)
    r"|\b(?i:"
    r"meaningless|overrated|underrated|boring|dull|tedious|exciting|thrilling|breathtaking|astonishing|surprising|"
    r"ironic|tragic|heartbreaking|iconic|legendary|masterpiece|must-see|must-have|nice|weird|strange|odd|funny|sad|"
    r"unfortunate|fortunate|lucky|thankfully|frankly|honestly|obviously|undoubtedly|surely|definitely|admittedly|"
    r"ironically|remarkably|surprisingly|interestingly|importantly|crucially|truly|incredibly|extremely|hugely|"
    r"terribly|best|worst|greatest|finest|favou?rite|moving|touching|hilarious|amusing|entertaining|engaging|"
    r"convincing|unconvincing|groundbreaking|exemplary|outdated|unpleasant|pleasant|delicious|ugly|hideous|baffling|"
    r"staggering|astounding|phenomenal|spectacular|sublime|masterful|flawless|flawed|clumsy|sloppy|bland|lacklustre|"
    r"lackluster|underwhelming|refreshing|inspiring|uninspired|poignant|heartwarming|gripping|riveting|annoying|"
    r"frustrating|infuriating|irritating|embarrassing|unbelievable|idiotic|shrewd|it['’]s (?:high |about )?time|it is (?:high |about )?time|there is no doubt|there['’]s no doubt|worth|deserves?|makes sense|"
    r"no excuse|i love|i hate|i like|i prefer|i hope|i wish|i doubt|i guess|i suppose|i['’]m sure|i am sure|"
    r"i['’]m convinced|in my view|to me|for me|we think|i can imagine|personally|in my experience|to my mind|"
    r"if you ask me|i['’]d argue|i would argue|i['’]d say|i would say|i find|let['’]s hope|ideally)\b"
    # an intensified word after a copula or ending a clause ("is really good", "far too long."), not an attributive
    # or adverbial one ("a very close race", "very often")
    r"|\b(?i:is|are|was|were|be|been|am|it['’]s|that['’]s|they['’]re|we['’]re|you['’]re|seems?|looks?|feels?|"
    r"sounds?|remains?|becomes?|became|gets?|got)\s+(?:(?i:not|so|just|still|also)\s+)?"
    r"(?i:very|really|too|quite|pretty|deeply|highly|truly|utterly|absolutely|extremely|incredibly)\s+\p{Ll}{3,}"
    r"|\b(?i:very|really|too|quite|pretty|deeply|highly|truly|utterly|absolutely|extremely|incredibly)\s+"
    r"\p{Ll}{2,}(?:[^y\W]|[^l\W]y)\s*[.,;:!…]"
    r"|\b(?i:the key|the point|the problem|the challenge|the trick|the lesson|the truth|the irony|"
    r"the bottom line)\s+(?i:is|was|remains)\b"
)

_EN_LEAD = r"(?:(?i:and|but|so|now|then|just|simply|also|always)\s+)?"  # "But take this next step."
_EN_COMMANDS = (  # base forms that open a command when an object, particle or determiner follows
    "read|learn|share|follow|download|see|check|try|get|join|contact|imagine|consider|remember|visit|think|start|stop|"
    "keep|discover|watch|register|enter|buy|order|call|email|send|take|eat|add|use|avoid|grab|tell|go|give|put|bring|"
    "write|ask|look|listen|find|choose|pick|set|turn|open|save|apply|book|explore|shop|stay|enjoy|meet|help|create|"
    "build|plan|prepare|mix|stir|bake|cook|serve|place|remove|cut|pour|combine|heat|preheat|whisk|note|sign|make|"
    "don['’]t forget|never forget"
)
_EN_SAID = (  # lower-case only: "United States" is no verb, "Reports" no cue
    "said|says|say|told|tells (?:me|us|him|her|them|reporters|(?:the )?\\p{Lu}\\p{L}*)|stated|states|claimed|claims|argued|argues|insisted|insists|noted|notes|added|wrote|"
    "writes|announced|announces|maintained|maintains|suggested|warned|warns|acknowledged|admitted|stressed|"
    "emphasi[sz]ed|believes|estimates|estimated|reportedly|allegedly|predicted|predicts|revealed|reveals|confirmed|"
    "confirms|disclosed|explained|explains|testified|recalled|cautioned|conceded|contended|asserted|observed|"
    "concluded|tweeted|pointed out|called it|called them|called the|declared|remarked|replied|responded|commented|"
    "complained|denied|denies|vowed|urged|speculated|reiterated|indicated|forecast|forecasted|explained that|"
    "warned that|believed|thinks|argue|explain|describes|described|suggests|insist|warn|acknowledges|concedes|"
    "observes|recalls|recounted|reminded|clarified|countered|contends|emphasi[sz]es|stresses|cited|citing|quoted|"
    "quoting|alleges|alleged|asserts|noting|adding|saying|arguing|warning|reckons|boasted|admits|"
    r"ha(?:s|ve|d)\s+(?:\p{Ll}+ly\s+)?established|established that|wrote in|expects|anticipates|found that|concluded that|"
    "ruled that|determined that|agreed that|posted on|wrote on|highlighted|highlights|underscored|underscores|"
    "underlined|affirmed|affirms|retorted|quipped|elaborated|lamented|proclaimed|hinted|signaled|signalled|recounts|"
    "cautions|contend|emphasi[sz]e|points? out|acknowledge|wondered"
)
_EN_SOURCES = (  # a source named by a phrase
    "in a statement|in an interview|in a press release|in a blog post|in a tweet|in a letter|told reporters|"
    "a spokesperson|a spokesman|a spokeswoman|spokesperson for|spokesman for|spokeswoman for|officials say|"
    "sources say|sources said|experts say|analysts say|critics say|analysts expect|economists expect|"
    "people familiar with|sources familiar with|a source close to|sources close to|in a filing|in a report|in an email|in remarks|"
    "in a speech|in testimony|in an op-ed|in a memo|on twitter|in a post|reported by|as reported|first reported|"
    "cited by|quoted by|data from|figures from|statistics from|a report by|a report from|a study by|a study from|"
    "a study published|research by|research from|an analysis by|a poll by|a survey by"
)
EN = ClaimWords(
    imperative=rf"^\W*{_EN_LEAD}(?i:let['’]s|don['’]t|do not|please|make sure|be sure|find out|sign up|click|subscribe|"
    r"check out|learn more|read more)\b"
    rf"|^\W*{_EN_LEAD}(?i:{_EN_COMMANDS})\s+(?i:the|a|an|your|you|my|our|this|that|these|those|it|them|me|us|some|up|"
    r"out|in|on|to|for|with|more|all|every|any|into|at|down|off|back|away|here|now|today|below|what|how|yourself)\b",
    not_imperative=r"^\W*(?i:let['’]s (?:face it|be honest|be clear|be frank))\b",  # the author's stance, no command
    first_person=r"needless to|truth be|the least (?:we|one|you) can",  # the author's own voice before "say", "told"
    formula=r"^\W*(?i:thanks|thank you|many thanks|cheers|happy holidays|read more|see also|"
    r"everything you need to know|all you need to know|what you need to know|why|how to|"
    # a page's notices: republication, update time, the layout around an advertisement
    r"this (?:article|story|post|piece) (?:was|is|has been) (?:originally |first )?(?:published|republished|posted)|"
    r"(?:last )?updated (?:at|on)|(?:story|article) continues below)\b",
    quoted_span=r"“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:according to)\s+(?:(?i:the)\s+)?(?:{SOURCE_NAME}|\p{{L}}+)"
    rf"|\b(?:{ORGS})\s+(?:\S+\s+){{0,3}}?(?i:estimates|predicts|predicted|found|finds|shows|says|forecasts|reported)\b"
    rf"|\b(?:{_EN_SAID})\b|\b(?i:{_EN_SOURCES})\b"
    r"|\b(?i:reported|reports)\s+(?:(?i:that|a|an)\b|\p{Lu}\S*)|\p{Lu}[\p{L}.]+\s+(?i:has\s+|had\s+)?reported\b"
    r"|,\s*per\s+(?:the\s+)?\p{Lu}"  # ", per CBS"
    # an investigating body's belief: "Police believe the fire was deliberate"
    r"|\b(?i:police|investigators|officials|authorities|prosecutors|scientists|researchers|doctors)\s+(?:\p{Ll}+\s+)?"
    r"(?:believe|suspect|fear)\b"
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
    + MONTHS_ABBR + "|" + words(MONTHS["en"]),
    not_counted_after=words(MONTHS["en"]) + r"|and|the|for|with|that|are|was|were|is|to|in|on|at|or|years|year|"
    r"months|month|weeks|week|days|day|times|old|hours|hour|minutes|am|pm",
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
    r"|\b(?i:is|are)\s+(?:now\s+|also\s+)?(?i:expected|due|scheduled|slated)\s+(?i:in|on|by|for|next|later|soon|this|before)\b"  # "is expected in June"
    r"|\b(?i:forecasts?|predicts?|predicted|in the coming|next (?:year|month|week|decade)|by 20[2-9]\d|in the future|"
    r"later this (?:year|month|week)|tomorrow|(?:is|are) about to|on (?:track|course) to|upcoming|in the next (?:few )?"
    r"(?:days|weeks|months|years|decades?)|in the (?:weeks|months|years) ahead)\b"
    r"|\b(?i:should|could)\s+(?:\w+\s+)?(?i:rise|fall|increase|decrease|grow|drop|reach|arrive|continue|happen|occur|"
    r"improve|ease|peak|begin|start|raise|climb|decline)\b"  # a forecasting modal: "prices should rise"
    + weather_forecast("rain|showers|storms|thunderstorms|clouds|cloudy|sunshine|sunny|snow|fog|frost",
                        weekdays("en") + "|weekend"),
    future_tense=r"\b(?i:will|won['’]t|shall)\b|\w['’]ll\b",  # counts only in a main clause
    opinion=r"\b(?i:doomed to|we believe|should|must|ought to|need to|needs to|have a duty|has a duty|i think|i don['’]t think|i believe|"
    r"i feel|in my opinion|we believe|let['’]s face it|let['’]s be (?:honest|clear|frank)|to be fair|to be honest|"
    r"needless to say|make no mistake|truth be told|the least (?:we|one|you) can say|recommend|recommends|unfortunately|fortunately|sadly|luckily|hopefully|"
    r"much-needed|honored|amazing|awesome|makes (?:little|no) sense|made (?:little|no) sense|have a right|has a right|of course|pretty|fascinating|shocking|"
    r"ridiculous|absurd|outrageous|wonderful|fantastic|brilliant|disappointing|stunning|incredible|unacceptable|"
    r"a step in the right direction|a missed opportunity|got it (?:wrong|right))\b"
    r"|\b(?i:is|are|was|were|be|remains?|looks?|seems?|feels?|it['’]s|that['’]s)\s+(?:\w+\s+){0,2}?(?i:important|key|essential|crucial|"
    r"vital|necessary|critical|great|excellent|terrible|awful|good|bad|better|worse|best|worst|smart|huge|interesting|"
    r"impressive|remarkable|rough|beautiful|useful|useless|efficient|perfect|wrong|right|offensive|unfair|fair|easy|"
    r"hard|difficult|worth|clear|obvious|unclear|concerning|encouraging|promising|misleading|dangerous|unnecessary|"
    r"overdue|inadequate|insufficient|reasonable|unreasonable|appropriate|inappropriate|justified|unjustified|"
    r"harmful|beneficial|helpful|unhelpful|effective|ineffective|risky|inventive|bold|imaginative|audacious|shame|pity|triumph|masterpiece|disaster|mistake|failure|success|travesty|"
    r"disgrace|farce|fiasco|letdown|blunder|godsend)\b"
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
