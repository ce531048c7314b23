"""The rule families of the language blocks (transforms/claims/languages/), one example per language and family,
written for these tests: evaluations without a cue word, reporting verbs in both word orders, forecasts, and the
sign of a finite verb that a claim needs."""

import polars as pl
import pytest

from transforms.claims import quotation_context, type_claims


def typed(texts: list[str], lang: str) -> pl.DataFrame:
    schema = {"sentence": pl.String, "lang": pl.String}
    frame = pl.LazyFrame({"sentence": texts, "lang": [lang] * len(texts)}, schema=schema)
    return type_claims(frame).collect()


@pytest.mark.parametrize(("text", "lang"), [
    ("Le nouveau musée de la ville est une réussite remarquable.", "fr"),
    ("Cette décision reste franchement incompréhensible pour les habitants.", "fr"),
    ("Le spectacle était vraiment trop long.", "fr"),
    ("Force est de constater que le chantier avance lentement.", "fr"),
    ("Il est évident que le quartier manque de commerces.", "fr"),
    ("Pour entrer, il vous faut présenter une pièce d’identité.", "fr"),
    ("Les abonnés sont moins nombreux qu’on ne le pense dans la région.", "fr"),
    ("The new bridge design is a brilliant piece of engineering.", "en"),
    ("The key is to keep the costs of the project under control.", "en"),
    ("Die Inszenierung wirkt atemberaubend und bleibt lange im Gedächtnis.", "de"),
    ("Das Ergebnis ist immerhin ein Schritt in die richtige Richtung.", "de"),
    ("Diese Entscheidung ist ein schwerer Fehler.", "de"),  # a noun of judgement
    ("Die neue Regelung ist eine Farce für alle Beteiligten.", "de"),
    ("La nueva ley resulta francamente vergonzosa para el país.", "es"),
    ("El proyecto sigue siendo muy ambicioso para una ciudad pequeña.", "es"),
    ("Il nuovo album della band è davvero straordinario.", "it"),
    ("La mostra offre un percorso affascinante tra arte e scienza.", "it"),
])
def test_an_evaluation_without_a_cue_word_is_an_opinion(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Bahn erweitert die erste Klasse in allen neuen Zügen.", "de"),  # a capitalised noun, not an adjective
    ("Le train est arrivé très rapidement en gare de Lyon.", "fr"),  # an intensified adverb, no judgement
    ("La hausse des prix explique la baisse des ventes en hiver.", "fr"),  # a cause, not a speaker
])
def test_descriptive_words_next_to_evaluative_ones_stay_other(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["other"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The team played a very close match against the visitors on Sunday.", "en"),
    ("El alcalde saluda de manera muy cercana a los vecinos del barrio.", "es"),
    ("La nuova stazione si trova molto vicina al centro storico della città.", "it"),
    ("La economía registró una tendencia negativa en el segundo trimestre.", "es"),  # positive/negative: predicative only
])
def test_an_attributive_or_adverbial_intensifier_is_no_evaluation(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["other"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The new exhibition is really disappointing for a museum of this size.", "en"),
    ("El nuevo horario de los trenes es demasiado complicado para los viajeros.", "es"),
    ("Il nuovo orario dei treni è davvero scomodo per chi lavora.", "it"),
])
def test_an_intensified_predicate_is_an_opinion(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Il est souhaitable que la mairie consulte les riverains avant les travaux.", "fr"),  # a predicative evaluation
    ("Personnellement, le nouveau tracé du tramway ne me convainc pas.", "fr"),  # a first-person stance
    ("The new rules are unnecessary for small shops in the old town.", "en"),
    ("Personally, the old version of the app worked better for us.", "en"),
    ("Die Verlängerung der Frist ist längst überfällig.", "de"),
    ("Ich bin der Meinung, dass die Stadt mehr Radwege braucht.", "de"),
    ("Es lógico que los vecinos protesten por el ruido nocturno.", "es"),
    ("Considero que la reforma llega tarde para los jubilados.", "es"),
    ("La defensa del equipo local fue un desastre espectacular.", "es"),  # an adjective of judgement
    ("È strano che il comune non abbia risposto ai cittadini.", "it"),
    ("Ritengo che la riforma arrivi tardi per i pensionati.", "it"),
    ("Il servizio del ristorante è stato impeccabile.", "it"),
])
def test_first_person_stances_and_evaluative_predicates_are_opinions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Elle souligne l’intérêt du projet pour la commune.", "fr"),
    ("Le syndicat dénonce la fermeture du site de production.", "fr"),
    ("L’ancien maire affirme avoir reçu des menaces répétées.", "fr"),
    ("Les chiffres de l’Insee montrent un recul du chômage.", "fr"),
    ("The merger will close in March, people familiar with the matter said.", "en"),
    ("The company thinks the market has bottomed out.", "en"),
    ("The retailer expects sales to recover in the second half.", "en"),  # a forecast reported: an attribution
    ("Die Forscher gehen davon aus, dass der Winter mild bleibt.", "de"),
    ("Die Preise seien stabil, fügte der Sprecher hinzu.", "de"),
    ("El alcalde describió la situación como estable.", "es"),
    ("La crisi è finita, spiegò il ministro ai giornalisti.", "it"),
])
def test_reporting_verbs_and_named_sources_make_an_attribution(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["attribution"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le projet avance bien, expliquait le maire en janvier.", "fr"),  # the imperfect
    ("La directrice a tenu à rappeler les règles du concours.", "fr"),
    ("The mayor highlighted the cost of the new stadium.", "en"),
    ("The agency has repeatedly established the link between the two outbreaks.", "en"),  # an adverb in between
    ("Der Minister verwies auf die hohen Kosten des Projekts.", "de"),  # a strong past
    ("El ministro ha explicado las razones del cambio de horario.", "es"),  # the perfect
    ("La portavoz cree que el acuerdo llegará pronto.", "es"),
    ("Per il ministro, la riforma non cambia nulla per le famiglie.", "it"),  # a view held
    ("Il sindaco ribatte che il bilancio è in ordine.", "it"),
])
def test_more_reporting_verbs_tenses_and_views_make_an_attribution(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["attribution"]


@pytest.mark.parametrize(("text", "lang"), [
    ("La ministre s'est dite favorable à une baisse de la TVA.", "fr"),  # "se dire" and a stance
    ("Les riverains se disent inquiets pour leur sécurité.", "fr"),
    ("Le rapport note une hausse des accidents chez les seniors.", "fr"),  # a document as the source
    ("The agency reported a surge in applications.", "en"),
    ("Police believe the fire was started deliberately.", "en"),  # an investigating body's belief
    ("En palabras del entrenador, el equipo jugó sin intensidad.", "es"),  # de + el
    ("A detta degli esperti, il picco è ormai passato.", "it"),  # di + gli
])
def test_stances_documents_and_articled_prepositions_name_a_source(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["attribution"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ce mot se dit rarement en Belgique.", "fr"),
    ("Le rapport de force a changé en faveur des salariés.", "fr"),
    ("The number of reported cases rose sharply last week.", "en"),
])
def test_the_same_words_without_a_source_stay_other(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["other"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le plus simple est encore de prendre le train.", "fr"),  # the best course
    ("Reste à espérer que la mairie tienne ses promesses.", "fr"),  # a hope
    ("La décision du club laisse perplexe.", "fr"),
    ("Le film mérite largement le détour.", "fr"),  # an adverb between verb and object
    ("The new policy is a step in the right direction.", "en"),
    ("The council got it wrong.", "en"),
    ("Wie ich schon sagte, ist das Projekt zu teuer.", "de"),  # the author says it: no source
    ("Más vale reservar con antelación.", "es"),
    ("Meglio prenotare con anticipo.", "it"),
    ("Il libro merita una lettura attenta.", "it"),
])
def test_best_courses_hopes_and_set_verdicts_are_opinions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Le musée laisse entrer les visiteurs gratuitement.", "fr", "other"),
    ("La commune investit massivement dans les écoles.", "fr", "other"),
    ("Man sagt, dass der Winter mild wird.", "de", "attribution"),  # hearsay is a reporting cue
    ("Le risque de pénurie augmente chaque hiver.", "fr", "other"),  # the noun, no infinitive after it
    ("Die Polizei sagte, wir sollten zu Hause bleiben.", "de", "attribution"),
])
def test_the_same_verbs_in_plain_statements_and_reports(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Zahl der Fahrgäste dürfte im Sommer deutlich steigen.", "de"),
    ("Die Renovierung wird im Herbst abgeschlossen sein.", "de"),
    ("In den kommenden Jahren baut die Stadt zwei neue Schulen.", "de"),
])
def test_german_forecasts_are_predictions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["prediction"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Les syndicats s'attendent à une forte mobilisation dans les transports.", "fr"),
    ("La nouvelle ligne de bus ouvre la semaine prochaine entre la gare et le lycée.", "fr"),
    ("The city is about to open its first electric bus depot.", "en"),
    ("Rents in the capital are on track to reach a record level.", "en"),
    ("In den nächsten Monaten eröffnet die Stadt drei neue Kitas.", "de"),
    ("La máxima estimada es de 31 grados en la costa.", "es"),  # a weather forecast, even with a figure
    ("Los precios del pan suben en los próximos meses por la sequía.", "es"),
    ("Il nuovo ponte sta per aprire al traffico dopo tre anni di lavori.", "it"),
    ("La biblioteca comunale è destinata a chiudere per mancanza di fondi.", "it"),
    ("La mairie prévoit d'ouvrir une nouvelle école en 2026.", "fr"),  # a plan, before an elided "de"
    ("Les prix de l'énergie risquent de repartir à la hausse cet hiver.", "fr"),
    ("The vote is slated for next Tuesday.", "en"),
])
def test_forecast_constructions_are_predictions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["prediction"]


def test_an_adjective_stem_is_no_word_of_its_own() -> None:
    # "precios" (prices) is the stem of "precioso", not an evaluation
    assert typed(["Los precios del pan subieron un poco en el mercado central."], "es")["claim_type"].to_list() == [
        "other"]


def test_an_english_future_counts_in_the_main_clause_only() -> None:
    out = typed(["The council will open a new library in the spring.",
                 "The council approved a plan that will open a new library."], "en")
    assert out["claim_type"].to_list() == ["prediction", "other"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Une soirée de concerts, de rencontres et de débats au bord du lac.", "fr"),
    ("A quiet morning walk along the old harbour wall.", "en"),
    ("Ein Abend voller Musik, Tanz und Gespräche am Seeufer.", "de"),
])
def test_a_sentence_without_a_finite_verb_is_a_fragment(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang"), [
    ("Téléphone : 01 23 45 67 89 du lundi au vendredi.", "fr"),  # a phone line
    ("Wer mehr über die Region wissen will, dann schau dir unsere Karte an.", "de"),  # a command after a lead
    ("Dann lies am besten unseren Ratgeber zum Thema Bahnfahren.", "de"),  # after a lead adverb
    ("Les éditions, les publications et les créations du collectif.", "fr"),  # nouns in -ions are no verb
])
def test_contact_lines_commands_after_a_lead_and_noun_lists_are_not_claims(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang"), [
    ("Añadir la harina y mezclar con unas varillas.", "es"),  # a recipe's step in the infinitive
    ("Verter la masa en un molde engrasado.", "es"),
    ("Prix : 12 euros la place, gratuit pour les moins de 12 ans.", "fr"),  # a listing's label and value
    ("Tickets: $25 in advance, $30 at the door.", "en"),
    ("Eintritt: 12 Euro, ermäßigt 8 Euro.", "de"),
    ("Dimensions: 30 x 40 cm.", "en"),
])
def test_recipe_steps_and_listing_labels_are_not_claims(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Añadir más carriles bici es la prioridad del alcalde.", "es", "other"),
    ("Le prix du billet est passé à 12 euros.", "fr", "statistic"),
])
def test_an_infinitive_subject_and_a_price_in_a_sentence_stay_claims(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le maire ne cache plus son inquiétude face aux travaux.", "fr"),  # ne + verb
    ("Sales rose sharply across all regions last quarter.", "en"),  # an irregular past
    ("Die Mieten steigen in allen großen Städten des Landes.", "de"),  # a plural present in -en
    ("Die Polizei wies den Vorwurf zurück.", "de"),  # a strong past
    ("Die Sängerin widersprach dem Regisseur vor dem Publikum.", "de"),  # a strong past with a prefix
])
def test_a_sentence_with_a_sign_of_a_finite_verb_stays_a_claim(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [True]


def test_a_list_item_with_a_verb_needs_no_final_mark() -> None:
    out = typed(["• Les clients attendent une réponse rapide", "• Accueil et horaires"], "fr")
    assert out["is_claim"].to_list() == [True, False]


def test_a_sentence_inside_a_quotation_needs_no_verb() -> None:
    sentences = ["« Nous irons jusqu’au bout.", "Pas de retrait, pas de compromis avec la direction.",
                 "Le conflit durera », a déclaré la syndicaliste."]
    frame = pl.LazyFrame({"section": [0, 0, 0], "sentence_index": [0, 1, 2], "sentence": sentences, "lang": ["fr"] * 3})
    out = (frame.pipe(quotation_context, key="section", order="sentence_index")
           .pipe(type_claims, in_quotation="in_quotation").collect())
    assert out["claim_type"].to_list() == ["quote", "quote", "quote"]


@pytest.mark.parametrize(("text", "lang"), [
    ("La ville compte 120 000 habitants et 45 écoles.", "fr"),
    ("Le réseau affiche 3 500 kilomètres de lignes.", "fr"),
])
def test_a_count_with_a_counting_verb_is_a_statistic(text: str, lang: str) -> None:
    out = typed([text], lang)
    assert out["is_claim"].to_list() == [True]
    assert out["claim_type"].to_list() == ["statistic"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Cette politique est vouée à l'échec.", "fr"),
    ("Nous pensons que cette réforme va dans le bon sens.", "fr"),
    ("Les élus locaux ont eu tort de céder.", "fr"),
    ("The plan is doomed to fail.", "en"),
    ("Es ist an der Zeit, umzudenken.", "de"),
    ("Das ist eine gute Nachricht für die Anwohner.", "de"),
    ("El plan está condenado al fracaso.", "es"),
    ("È una buona notizia per i residenti.", "it"),
])
def test_set_phrases_of_judgement_and_first_person_plural_views_are_opinions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le musée ouvre ses portes le samedi à 10 heures.", "fr"),
    ("Das Museum öffnet am Samstag um 10 Uhr.", "de"),
    ("The museum opens on Saturday at 10 am.", "en"),
    ("Il museo apre sabato alle 10 ore.", "it"),
])
def test_a_clock_time_is_no_statistic(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["other"]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Pour l'économiste Jean Dupont, la reprise reste fragile.", "fr", "attribution"),  # a view holder and a name
    ("Los expertos prevén una subida de los precios en otoño.", "es", "prediction"),
    ("Gli esperti prevedono un aumento dei prezzi in autunno.", "it", "prediction"),
])
def test_view_holders_with_a_name_and_plural_forecast_verbs(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]



@pytest.mark.parametrize(("text", "lang"), [
    ("Cette mesure est une fausse bonne idée.", "fr"),  # a noun of judgement as the predicate
    ("Le spectacle vaut vraiment le détour.", "fr"),
    ("The film is a triumph of style over substance.", "en"),
    ("It's a shame that the council ignored the residents.", "en"),
    ("The plan makes little sense for rural areas.", "en"),
    ("La película es una auténtica joya.", "es"),
    ("Es una vergüenza que nadie haya dimitido.", "es"),
    ("Il film è un vero capolavoro.", "it"),
    ("Der Auftritt war ein Reinfall.", "de"),
])
def test_a_noun_of_judgement_as_the_predicate_is_an_opinion(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang"), [
    ("N'hésitez pas à nous contacter pour plus d'informations.", "fr"),  # a negated command
    ("Aggiungete lo zucchero e mescolate per due minuti.", "it"),  # the voi form
    ("Everything you need to know about the new rules.", "en"),  # an explainer's heading
    ("Alles, was Sie über die neuen Regeln wissen müssen.", "de"),
    ("Todo lo que necesitas saber sobre las nuevas normas.", "es"),
    ("Tutto quello che c'è da sapere sulle nuove regole.", "it"),
    ("Trois questions à Jean Dupont, maire de la ville.", "fr"),  # a name's ending is no verb's
])
def test_commands_explainer_headings_and_verbless_lines_are_not_claims(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Les travaux devraient s'achever à l'automne.", "fr", "prediction"),  # a reflexive infinitive
    ("I lavori dovrebbero concludersi in autunno.", "it", "prediction"),
    ("Nach Angaben der Polizei floh der Täter zu Fuß.", "de", "attribution"),
    ("Stando alla polizia, il sospettato è fuggito a piedi.", "it", "attribution"),
])
def test_reflexive_forecasts_and_sources_after_a_preposition(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang"), [
    ("Cet article a été publié initialement sur The Conversation.", "fr"),  # a republication notice
    ("This article was originally published on The Conversation.", "en"),
    ("Dieser Artikel erschien zuerst auf ZEIT ONLINE.", "de"),
    ("Este artículo fue publicado originalmente en The Conversation.", "es"),
    ("Questo articolo è stato pubblicato originariamente su The Conversation.", "it"),
    ("Cet article est réservé aux abonnés.", "fr"),  # a paywall
    ("Updated at 10:05 a.m. ET on March 3, 2025.", "en"),
    ("Story continues below advertisement.", "en"),
    ("Mehr dazu lesen Sie hier.", "de"),  # the reader addressed, verb second
    ("Con información de EFE.", "es"),  # a credit
])
def test_a_pages_notices_and_credits_are_not_claims(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Des sources proches du dossier évoquent un accord imminent.", "fr", "attribution"),  # unnamed sources
    ("Sources close to the talks described the deal as imminent.", "en", "attribution"),
    ("Fuentes cercanas a la negociación hablan de un acuerdo inminente.", "es", "attribution"),
    ("Fonti vicine al dossier parlano di un accordo imminente.", "it", "attribution"),
    ("La cumbre del G7 se celebró en Biarritz.", "es", "other"),  # "se celebró": was held, no report
    ("Mehr als 3000 Demonstranten zogen durch Berlin.", "de", "statistic"),  # four digits, no year
    ("Das Gesetz wurde 2019 verabschiedet.", "de", "other"),  # four digits, a year
])
def test_unnamed_sources_and_four_digit_counts(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Le sommeil joue un rôle dans la consolidation de la mémoire.", "fr", "other"),  # a present in -e, subject first
    ("Le PSG a livré une prestation bien terne.", "fr", "opinion"),
    ("Cette stratégie est risquée pour l'entreprise.", "fr", "opinion"),
    ("This strategy is risky for the company.", "en", "opinion"),
    ("The staging is inventive and bold.", "en", "opinion"),
    ("La puesta en escena es audaz e imaginativa.", "es", "opinion"),
    ("La regia è audace e fantasiosa.", "it", "opinion"),
    ("The novel tells the story of a family in wartime Scotland.", "en", "other"),  # a work tells no report
    ("The minister tells the Guardian that the plan is dead.", "en", "attribution"),
])
def test_reviews_and_plain_descriptions(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


def test_a_determiner_glued_to_no_noun_opens_no_subject() -> None:
    """"Une initiative d'X …" is no "Un" + "e" + verb "initiative": a verbless line stays a fragment."""
    text = "Une initiative d’Info’Com-CGT cogérée avec des syndicats CGT, SUD… et sous le contrôle des donateurs."
    assert typed([text], "fr")["is_claim"].to_list() == [False]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Il est grand temps que les pouvoirs publics prennent enfin la mesure du problème.", "fr", "opinion"),
    ("It is high time that the authorities finally took the problem seriously.", "en", "opinion"),
    ("Es ist höchste Zeit, dass die Behörden das Problem endlich ernst nehmen.", "de", "opinion"),
    ("È ora che le autorità prendano sul serio il problema.", "it", "opinion"),
    ("There is no doubt that the council has handled this badly.", "en", "opinion"),
    ("A final decision is expected in June.", "en", "prediction"),  # a thing expected at a time to come
])
def test_its_high_time_and_expected_at_a_time(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang"), [
    ("Pourquoi la réforme inquiète les syndicats.", "fr"),  # an explainer's heading, with a full stop
    ("Why the reform worries the unions.", "en"),
    ("Warum die Reform die Gewerkschaften beunruhigt.", "de"),
    ("So wählen Sie das richtige E-Bike.", "de"),
    ("Por qué la reforma preocupa a los sindicatos.", "es"),
    ("Cómo elegir una bicicleta eléctrica.", "es"),
    ("Perché la riforma preoccupa i sindacati.", "it"),
    ("Come scegliere una bici elettrica.", "it"),
    ("Schritt 2: den Teig vorbereiten.", "de"),  # a numbered step
    ("Paso 2: preparar la masa.", "es"),
])
def test_explainer_headings_and_numbered_steps_are_not_claims(text: str, lang: str) -> None:
    assert typed([text], lang)["is_claim"].to_list() == [False]


def test_a_short_quotation_closed_by_its_own_mark_is_a_quote() -> None:
    """Under four words a quotation may be scare quotes; one closed by its own comma or stop is an utterance."""
    out = typed(["\u201cWe tried everything,\u201d said a resident of the neighbourhood."], "en")
    assert out["claim_type"].to_list() == ["quote"]
    assert typed(["The so-called \u201creform\u201d was passed on Monday by the council."], "en")["claim_type"].to_list() == ["other"]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("L'entreprise doit son nom à son fondateur.", "fr", "other"),  # devoir + a noun: a debt
    ("La riforma deve il suo nome al ministro che la propose.", "it", "other"),
    ("La empresa debe su nombre a su fundador.", "es", "other"),
    ("L'exploitation des résultats doit se faire avec finesse.", "fr", "opinion"),  # + an infinitive: an obligation
    ("La riforma deve essere approvata entro l'estate.", "it", "opinion"),
    ("La empresa debe pagar la multa antes de junio.", "es", "opinion"),
    ("Il consiglio comunale ha approvato il bilancio martedì.", "it", "other"),  # the council, no advice
])
def test_an_obligation_needs_an_infinitive(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le moins qu'on puisse dire, c'est que la réforme divise.", "fr"),  # the author's discourse markers
    ("Reste que le financement n'est pas assuré.", "fr"),
    ("Soyons clairs, cette réforme ne règle rien.", "fr"),
    ("On l'aura compris, le chantier est immense.", "fr"),
    ("Let's face it, the reform solves nothing.", "en"),
    ("Needless to say, residents are furious.", "en"),
    ("Make no mistake, this is a turning point.", "en"),
    ("Zugegeben, der Stadtrat hatte kaum eine Wahl.", "de"),
    ("Seamos claros: la reforma no resuelve nada.", "es"),
    ("Huelga decir que los vecinos están furiosos.", "es"),
])
def test_the_authors_discourse_markers_are_opinions(text: str, lang: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == ["opinion"]


@pytest.mark.parametrize(("text", "lang", "claim_type"), [
    ("Así lo recoge el diario El País.", "es", "attribution"),
    ("Lo riporta il Corriere della Sera.", "it", "attribution"),
    ("L'azienda ha comunicato che taglierà 500 posti.", "it", "attribution"),
    ("Die Polizei geht davon aus, dass das Feuer gelegt wurde.", "de", "attribution"),
    ("Las obras deberían terminar en 2027.", "es", "prediction"),  # a forecasting deber
    ("Las empresas deberían pagar más impuestos.", "es", "opinion"),  # a prescriptive one
])
def test_more_reporting_presents_and_a_forecasting_deber(text: str, lang: str, claim_type: str) -> None:
    assert typed([text], lang)["claim_type"].to_list() == [claim_type]
