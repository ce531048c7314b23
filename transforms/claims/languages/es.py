"""The Spanish words of the claim rules: evaluative words, reporting verbs and the `ClaimWords` block."""

from __future__ import annotations

from transforms.claims.languages.claim_words import (
    FOLLOWED_NAME,
    SOURCE_NAME,
    ClaimWords,
    inflected,
    weather_forecast,
    weekdays,
    words,
)
from transforms.lexicon import MONTHS

_ES_EVALUATIVE = inflected(
    "excelent|extraordinari|excepcional|magnífic|maravillos|estupend|fantástic|genial|brillant|admirable|"
    "increíble|impresionant|fascinant|apasionant|interesant|hermos|precios[oa]|bonit|bell|perfect|ideal|acertad|"
    "inteligent|sensat|absurd|ridícul|estúpid|vergonzos|escandalos|inaceptable|intolerable|inadmisible|lamentable|"
    "deplorable|decepcionant|mediocre|patétic|catastrófic|desastros|terrible|horrible|espantos|preocupant|"
    "alarmant|inquietant|peligros|injust|legítim|valient|loable|imprescindible|indispensable|"
    "inútil|útil|trist|emocionant|conmovedor|divertid|aburrid|convincent|original|ejemplar|obsolet|"
    "desagradable|agradable|deliciós|feo|fea|horroros|asombros|sorprendent|indignant|vergonzos|óptim|"
    "espectacular|impecable|encomiable|bochornos|insólit|disparatad|irrisori|grotesc|nefast|funest|perjudicial|"
    "nociv|deficient|desacertad|equivocad|inoportun|irresponsable|incoherent|injustificable|inexplicable|"
    "incomprensible|insoportable|magistral|sublime|exquisit|sabros|encantador|entrañable",
    "o|a|os|as|e|es|s",
)
_ES_STANCE = (
    r"\b(?i:desgraciadamente|evidentemente|obviamente|sin duda|claramente|realmente|verdaderamente|sumamente|"
    r"demasiado|conviene|es hora de|vale la pena|más vale|merece|merecen|sigue siendo|lo importante|lo mejor|lo peor|"
    r"lo grave|el problema es|la clave es|la cuestión es|me parece|nos parece|seamos (?:claros|sinceros|realistas)|"
    r"huelga decir|no nos engañemos|eficaz|ineficaz)\b"
    # an intensified word after a copula or ending a clause ("es muy caro", "muy caro."), not an attributive or
    # adverbial one ("de manera tan directa", "muy cercano en público")
    r"|\b(?i:es|son|era|eran|fue|fueron|está|están|estaba|estaban|estuvo|será|sería|siendo|parece|parecen|resulta|"
    r"resultan|queda|quedan)\s+(?:(?i:no|ya|aún|todavía|también)\s+)?(?i:muy|tan|bastante|sumamente|demasiado|"
    r"realmente|francamente)\s+\p{Ll}{3,}"
    r"|\b(?i:muy|tan|bastante|sumamente|demasiado)\s+\p{Ll}{2,}(?:[^e\W]|[^t\W]e|[^n\W]te)\s*[.,;:!…]"
)

_ES_SAID = (
    "afirmó|afirma|afirman|declaró|declara|dijo|dice|dicen|dijeron|explicó|explica|explicaron|aseguró|asegura|"
    "aseguran|señaló|señala|indicó|indica|añadió|agregó|sostiene|sostienen|sostuvo|apuntó|advirtió|advierte|reconoció|"
    "reconoce|anunció|informó|informa|informaron|detalló|precisó|remarcó|subrayó|destacó|expresó|manifestó|comentó|"
    "consideró|estimó|denunció|insistió|insiste|acusó|respondió|contestó|replicó|escribió|tuiteó|confirmó|reveló|"
    "relató|opinó|admitió|concluyó|confiaron|se preguntan|aseveró|puntualizó|enfatizó|refirió|expuso|planteó|"
    "argumentó|alertó|recordó|resaltó|mencionó|calificó|criticó|lamentó|aclaró|adelantó|anticipó|reiteró|"
    "negó|desmintió|comunicó|sentenció|agrega|añade|recuerda|destaca|subraya|comenta|opina|considera|"
    "así lo recoge|según recoge|lo recoge|en declaraciones a|en un comunicado|en una entrevista|a juicio del?|en palabras del?|según fuentes|fuentes de|"
    "fuentes cercanas|fuentes próximas|fuentes oficiales|fuentes consultadas|"
    "relata|narra|narró|describe|describió|sugiere|sugirió|propuso|pidió|exigió|reclamó|señalaron|afirmaron|"
    "indicaron|explicaron|aseguraron|advirtieron|destacaron|publicó|citó|citado por|citada por|consultado por|"
    "consultada por|en diálogo con|a través de un comunicado|mediante un comunicado|precisaron|detallaron|"
    "remarcaron|subrayaron|recordaron|agregaron|añadieron|comentaron|evaluó|analizó|confesó|expresaron|"
    "manifestaron|sostuvieron|estimaron|consignó|reportó|informaron|"
    # present tense, 3rd person (nouns and adjectives of the same form left out: precisa, alerta, denuncia)
    "apunta|detalla|remarca|admite|concluye|aclara|enfatiza|resalta|menciona|reitera|confiesa|lamenta|revela|"
    "confirma|asevera|puntualiza|responde|contesta|replica|advierten|apuntan|detallan|remarcan|admiten|"
    "aclaran|reiteran|revelan|confirman|responden|agregan|añaden|recuerdan|comentan|opinan|relatan"
)
# their past participles after haber: "ha explicado", "han dicho", "había asegurado"
_ES_SAID_PERFECT = (
    r"dicho|escrito|expuesto|(?:afirm|declar|explic|asegur|señal|indic|agreg|apunt|reconoc|anunci|inform|detall|"
    r"precis|remarc|subray|destac|expres|manifest|coment|consider|estim|denunci|acus|replic|confirm|revel|relat|opin|"
    r"asever|puntualiz|enfatiz|plante|argument|alert|record|resalt|mencion|calific|critic|lament|aclar|adelant|"
    r"anticip|reiter|neg|comunic|insist|respond|contest|advert|admit|conclu|añad|sosten)(?:ado|ido)"
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
    r"|\b(?i:por favor)\b|\b(?i:haz|haga|hace|hacé)\s+(?i:clic|click)\b"
    # a recipe's step in the infinitive: "Añadir la harina y mezclar", "Verter la masa en un molde"
    r"|^\W*(?i:añadir|agregar|mezclar|verter|batir|cocinar|hornear|precalentar|cortar|pelar|picar|servir|retirar|"
    r"calentar|freír|salpimentar|incorporar|remover|escurrir|hervir|reservar|decorar|rellenar|untar|espolvorear|"
    r"sofreír|triturar|colocar|disponer|dejar reposar)\s+(?i:el|la|los|las|un|una|unos|unas|al|con|en|sobre|todo|todos)\b",
    formula=r"^\W*(?i:gracias|muchas gracias|lea también|lee también|más información|"
    r"todo lo que (?:necesitas|necesita|debes|debe|hay que|tienes que|tiene que) saber|lo que hay que saber|"
    r"por qué|cómo\s+\p{Ll}+(?:ar|er|ir)(?:se)?|"
    r"este (?:artículo|texto) (?:fue|ha sido) publicado (?:originalmente|originariamente|primero)|con información de)\b",
    quoted_span=r"«\s*(?:[^»\s]+\s+){3,}[^»\s][^»]*»|“(?:[^”\s]+\s+){3,}[^”\s][^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"\s][^\"]*\"",
    attribution=rf"(?i:según|de acuerdo (?:con|a))\s+(?:{SOURCE_NAME}|\S+)"
    rf"|\b(?i:{_ES_SAID})\b|\b(?i:ha|han|había|habían|habría|habrían)\s+(?i:{_ES_SAID_PERFECT})\b"
    r"|\b(?i:esperan|estiman|creen|consideran|calculan|explican|señalan|advierten|insisten|destacan|subrayan|"
    r"remarcan|detallan|precisan|reconocen|admiten|aseguran|afirman|sostienen|dicen|cree|calcula|estima|piensa|piensan|"
    r"entiende|entienden|juzga)\s+que\b"  # "explican que"
    rf"|\b(?:Para)\s+(?:{FOLLOWED_NAME}|(?:el|la|los|las)\s+(?:{_ES_VIEW_HOLDERS}))\s*,"
    r"|\b(?i:estudio|encuesta|encuestas|informe|investigación|datos|cifras|pronóstico)\b[^.]{0,60}?\b(?i:revela|muestra|"
    r"indica|concluye|apuntan|augura|revelan|muestran|indican)\b",
    statistic=r"\d\s*%|\d\s*(?i:por\s*ciento)|[€$£]\s*\d|\d\s*(?:[€$£]|(?i:euros?|dólares|pesos)\b)"
    r"|\d\s*(?i:millones|millón|mil\s+millones)\b"
    r"|\d[\s-]*(?i:kilómetros|metros|toneladas|grados|puntos porcentuales)\b",
    number_suffixes=r"º|ª",  # "3º", "1ª"
    not_counted_before=r"versión|fase|n|núm|página|capítulo|artículo|paso",
    not_counted_after=words(MONTHS["es"]) + r"|los|las|del|con|para|que|y|en|es|son|era|eran|fue|años|año|meses|"
    r"mes|semanas|días|veces|horas|hora|minutos",
    magnitudes={"mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12, "billones": 1e12},
    unit_words={"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "por ciento": "%", "grados": "°C",
                "grado": "°C", "kilómetros": "km", "metros": "m", "toneladas": "t", "horas": "h", "minutos": "min",
                "segundos": "s", "hectáreas": "ha", "puntos": "pts"},
    prediction=r"\b(?i:va|van|vamos)\s+a\s+\p{Ll}+(?:ar|er|ir)\b"
    # a forecasting deber, with a verb of change or completion: "Las obras deberían terminar en 2027"
    r"|\b(?i:debería|deberían)\s+(?:\p{Ll}+\s+)?(?i:subir|bajar|aumentar|crecer|caer|llegar|terminar|concluir|"
    r"alcanzar|mejorar|empezar|comenzar|estar listas?|estar listos?|entrar en vigor)\b"
    r"|\b(?i:se espera que|se esperan?|se prevé|se prevén|prevé|prevén|previsto|prevista|pronostica|pronostican|anuncian|"
    r"en el futuro|para 20[2-9]\d|el próximo año|la próxima semana|el próximo|próximamente|"
    r"(?:la semana|el mes|el año) que viene|(?:los|las) próxim[oa]s (?:días|semanas|meses|años|horas)|"
    r"(?:máxima|mínima|temperatura)s? (?:estimad|previst|esperad)[oa]s?)\b|\b(?:Mañana|pasado mañana)\b"
    + weather_forecast("lluvias?|chaparrones|tormentas?|nubes|nublado|sol|nieve|niebla|heladas?",
                        weekdays("es") + "|fin de semana"),
    future_tense=r"\b\p{L}\p{Ll}+r(?:á|án)\b",
    opinion=r"\b(?i:condenad[oa]s? al fracaso|ya es hora|es hora de|creemos que|pensamos que|debería|deberían|hay que|tiene que|tienen que|es necesario|creo que|pienso que|en mi opinión|"
    r"a mi juicio|recomiendo|lamentablemente|afortunadamente|por desgracia|ojalá|lo cierto es|peor|mejor|"
    r"vergonzoso|increíble|magnífico|terrible|lamentable|bonito|considero que|opino que|estoy convencid[oa]|"
    r"a mi parecer|desde mi punto de vista|para mí|personalmente|me gusta|me encanta|recomendamos|habría que|"
    r"es preciso|lo ideal|idealmente)\b"
    # deber with an infinitive is an obligation; with a noun it is a debt ("debe su nombre a")
    r"|\b(?i:debe|deben)\s+(?:\p{Ll}+\s+)?(?:se\s+)?\p{Ll}+(?:ar|er|ir)(?:se)?\b"
    r"|\b(?i:es|son|era|eran|sigue siendo|resulta)\s+(?:\S+\s+){0,2}?(?i:importante|esencial|necesari[oa]|clave|"
    r"fundamental|mejor|peor|excelente|grave|absurd[oa]|lamentable|imprescindible|bueno|buena|mala|malo|difícil|"
    r"positiv[oa]|negativ[oa]|lógic[oa]|normal|razonable|curios[oa]|llamativ[oa]|paradójic[oa]|vital|crucial|"
    r"prioritari[oa]|conveniente|deseable|preferible|just[oa]|fácil|evidente|urgente|audaz|arriesgad[oa]|imaginativ[oa]|vergüenza|joya|obra maestra|"
    r"error|acierto|desastre|fracaso|éxito|disparate|despropósito|maravilla|lástima)s?\b"
    + "|" + _ES_EVALUATIVE + "|" + _ES_STANCE,
    hedge=r"\b(?i:probablemente|quizás|quizá|tal vez|posiblemente|parece|parecen|al parecer|acaso)\b",
    conditional=r"\b(?i:podría|podrían|debería|deberían|sería|serían|habría|habrían)\b",
    subordinator=r"(?:quien|donde|si)\s",
)
