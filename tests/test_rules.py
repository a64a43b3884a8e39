"""Argument, date and text rules of the extractor, each pinned with sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import SKOS

from kg.iris import actor_iri
from kg.ontology import load_cameo_scheme
from kg.pipeline import Extractor
from kg.rdf import extraction_triples

PUB = dt.date(2025, 6, 19)  # a Thursday


def labels(res, keys):
    return {res.entity(k).label for k in keys}


def _relation_labels(res):
    """(subject label, predicate, object label) of every relation of an extraction."""
    return {
        (res.entity(r.subject).label, r.predicate, res.entity(r.object).label)
        for r in res.relations
    }


def _parties(extractor, text, lang, cameo):
    """(actor labels, target labels) of each event of ``cameo`` read from ``text``."""
    res, evs = events(extractor, text, lang)
    return [(labels(res, e.actors), labels(res, e.targets)) for e in evs if e.cameo == cameo]


def events(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    return res, [e for e in res.events if not e.negated]


def test_lead_date_for_undated_events(extractor):
    text = (
        "Israel menyerang fasilitas nuklir Iran pada Rabu (18/6/2025).\n"
        "Kementerian itu menyebut situasi tegang.\n"
        "Sementara itu, Iran menembakkan rudal balistik ke Tel Aviv.\n"
        "Warga berlindung di bunker.\n"
        "Turki mengecam Israel."
    )
    res, evs = events(extractor, text, "id")
    condemn = next(e for e in evs if e.cameo.startswith("11"))
    assert labels(res, condemn.actors) >= {"Turkey"}
    assert condemn.date == "2025-06-18" and condemn.date_source == "context"


def test_publication_date_when_nothing_else(extractor):
    _res, evs = events(extractor, "Turki mengecam Israel.", "id")
    assert evs[0].date == PUB.isoformat() and evs[0].date_source == "publication"


def test_background_mention_stays_undated_and_below_the_threshold(extractor):
    text = "Sejak agresi Israel ke Gaza, harga gandum naik."
    _res, evs = events(extractor, text, "id")
    assert not [e for e in evs if e.cameo.startswith("19")]
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res, evs = events(everything, text, "id")
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, war.actors) >= {"Israel"}
    assert war.date is None
    assert war.evidence.confidence < extractor.min_confidence


def test_a_background_mention_of_a_known_war_takes_its_onset_and_is_kept(extractor):
    # a war whose onset the gazetteer knows (onsets.yaml) takes the onset's day, and a
    # reference to it is a fact (see test_a_known_war_named_in_passing_is_a_fact)
    res, evs = events(extractor, "Sejak invasi Rusia ke Ukraina, harga gandum naik.", "id")
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, war.actors) >= {"Russia"} and labels(res, war.targets) >= {"Ukraine"}
    assert war.date == "2022-02-24" and war.date_source == "onset"


def test_pronoun_subject_is_the_last_person(extractor):
    res, evs = events(
        extractor, "Sergei Lavrov said on Monday that he spoke by phone with Antony Blinken.", "en"
    )
    call = next(e for e in evs if e.cameo == "041")
    assert labels(res, call.actors) >= {"Sergei Lavrov", "Antony Blinken"}


def test_plural_pronoun_does_not_pick_the_nearest_country(extractor):
    res, evs = events(
        extractor,
        "China did not condemn Russia's aggression and they refused to join sanctions.",
        "en",
    )
    assert not any("Russia" in labels(res, e.actors) and e.cameo.startswith("12") for e in evs)


def test_undergo_verb_makes_the_subject_the_target(extractor):
    res, evs = events(extractor, "Ukraine faced Russian drone attacks overnight.", "en")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, attack.actors) >= {"Russia"}
    assert "Ukraine" in labels(res, attack.targets)


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # receiving is undergoing: the receiver is the aid's target, not its giver
        (
            "The minister said Ukraine continues to receive the military support it needs.",
            "072",
            set(),
            {"Ukraine"},
        ),
        (
            "Officials said Moldova will receive the military support it needs.",
            "0332",
            set(),
            {"Moldova"},
        ),
        # a name between the verb and the trigger owns the act: Russia invaded
        (
            "Ukraine is grateful for the support Kyiv has received since Russia's invasion in February.",
            "190",
            {"Russia"},
            {"Ukraine"},
        ),
    ],
)
def test_receiving_an_act_undergoes_it(extractor, text, cameo, actors, targets):
    assert (actors, targets) in _parties(extractor, text, "en", cameo)


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a charge in quotation marks
        (
            'Ron DeSantis later called Putin a "war criminal".',
            "112",
            {"Ron DeSantis"},
            {"Vladimir Putin", "Russia"},
        ),
        (
            'Zelensky called Russia a "terrorist state" on Monday.',
            "112",
            {"Volodymyr Zelensky", "Ukraine"},
            {"Russia"},
        ),
        # doubt cast on a party's standing
        (
            "Lavrov questioned the sincerity of the West.",
            "111",
            {"Sergei Lavrov", "Russia"},
            {"the West"},
        ),
        (
            "Moscow questioned the legitimacy of the Ukrainian government.",
            "111",
            {"Russia"},
            {"Ukrainian Government", "Ukraine"},
        ),
        # a long name before the label
        (
            "Erdogan called Israeli Prime Minister Benjamin Netanyahu a war criminal.",
            "112",
            {"Recep Tayyip Erdoğan", "Turkey"},
            {"Benjamin Netanyahu", "Israel"},
        ),
    ],
)
def test_quoted_charges_and_doubts_are_disapproval(extractor, text, cameo, actors, targets):
    assert (actors, targets) in _parties(extractor, text, "en", cameo)


@pytest.mark.parametrize(
    ("text", "lang", "actors", "targets"),
    [
        (
            "Putin awarded Lukashenko a medal.",
            "en",
            {"Vladimir Putin", "Russia"},
            {"Alexander Lukashenko", "Belarus"},
        ),
        (
            "Macron presented Zelensky with the Legion of Honour.",
            "en",
            {"Emmanuel Macron", "France"},
            {"Volodymyr Zelensky", "Ukraine"},
        ),
        (
            "Lukashenko was awarded a medal by Putin.",
            "en",
            {"Vladimir Putin", "Russia"},
            {"Alexander Lukashenko", "Belarus"},
        ),
        (
            "Aleksandar Vulin has received two medals of honor from Russia.",
            "en",
            {"Russia"},
            {"Aleksandar Vulin"},
        ),
        (
            "Putin menganugerahkan medali kepada Lukashenko.",
            "id",
            {"Vladimir Putin", "Russia"},
            {"Alexander Lukashenko", "Belarus"},
        ),
    ],
)
def test_an_honour_given_to_a_party_is_praise(extractor, text, lang, actors, targets):
    assert (actors, targets) in _parties(extractor, text, lang, "051")


def test_an_honour_given_to_nobody_named_is_no_praise(extractor):
    res, evs = events(
        extractor, "Pemerintah Indonesia memberikan penghargaan kepada para pekerja.", "id"
    )
    assert "org-idn-government" in {m.key for m in res.mentions}
    assert not [e for e in evs if e.cameo.startswith("05")]


@pytest.mark.parametrize(
    ("text", "actors", "targets", "date"),
    [
        ("Crimea, occupied by Russia since 2014, was shelled.", {"Russia"}, {"Ukraine"}, "2014"),
        (
            "He visited Bucha, occupied by Russian troops in March.",
            {"Russian Armed Forces", "Russia"},
            {"Ukraine"},
            "2022-03",
        ),
        # a noun before the participle names no party
        ("Thousands of people fled the areas occupied by Russia.", {"Russia"}, set(), "2023-02-25"),
    ],
)
def test_a_participle_of_occupation_before_its_agent(extractor, text, actors, targets, date):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 2, 25))
    found = [
        (labels(res, e.actors), labels(res, e.targets), e.date)
        for e in res.events
        if e.cameo == "192"
    ]
    assert found == [(actors, targets, date)]


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors", "targets"),
    [
        (
            "Hours before launching drone attacks on Israel, Iran seized a container ship.",
            "en",
            "195",
            {"Iran"},
            {"Israel"},
        ),
        (
            "After repeatedly denying plans to invade Ukraine, Putin announced a military operation.",
            "en",
            "016",
            {"Vladimir Putin", "Russia"},
            {"Ukraine"},
        ),
        (
            "Beberapa jam sebelum melancarkan serangan drone ke Israel, Iran menyita sebuah kapal.",
            "id",
            "195",
            {"Iran"},
            {"Israel"},
        ),
        ("Setelah menyerang Kyiv, Rusia menarik pasukannya.", "id", "190", {"Russia"}, {"Ukraine"}),
    ],
)
def test_an_act_in_a_fronted_phrase_is_the_main_subjects(
    extractor, text, lang, cameo, actors, targets
):
    assert (actors, targets) in _parties(extractor, text, lang, cameo)


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "absent"),
    [
        # the phrase's own subject, a common noun, acts
        (
            "Namun, ketika sekelompok teroris menyerang Gedung Putih, Presiden Prabowo berbicara.",
            "id",
            "19",
            "Prabowo Subianto",
        ),
        # an act undergone is the subject's lot, not its deed
        ("After being shelled by Russia, Ukraine asked for air defence.", "en", "19", "Ukraine"),
    ],
)
def test_a_fronted_phrase_with_its_own_subject_or_undergone(extractor, text, lang, cameo, absent):
    res, evs = events(extractor, text, lang)
    acts = [e for e in evs if e.cameo.startswith(cameo)]
    assert acts and not any(absent in labels(res, e.actors) for e in acts)


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        (
            "Russian forces took over the peninsula in 2014.",
            "192",
            {"Russian Armed Forces", "Russia"},
            set(),
        ),
        (
            "Lukashenko said the United States is pushing Europe into a military confrontation with Russia.",
            "112",
            {"Alexander Lukashenko", "Belarus"},
            {"United States"},
        ),
        (
            "Putin said NATO was dragging Ukraine into a war with Russia.",
            "112",
            {"Vladimir Putin", "Russia"},
            {"NATO"},
        ),
    ],
)
def test_places_taken_over_and_parties_pushed_into_war(extractor, text, cameo, actors, targets):
    assert (actors, targets) in _parties(extractor, text, "en", cameo)


def test_taking_over_a_post_is_no_occupation(extractor):
    res, evs = events(extractor, "Rishi Sunak took over as prime minister in October.", "en")
    assert "Rishi Sunak" in {m.text for m in res.mentions}
    assert not [e for e in evs if e.cameo.startswith("19")]


@pytest.mark.parametrize(
    ("text", "cameo", "actors"),
    [
        (
            "Russia invaded in February. It eventually captured the city of Kherson.",
            "192",
            {"Russia"},
        ),
        ("The Kremlin denied the report. It has launched a new offensive.", "190", {"Russia"}),
        (
            "In the first hours of its invasion, Russia poured troops into Ukraine. "
            "It eventually captured the city of Kherson.",
            "192",
            {"Russia"},
        ),
    ],
)
def test_it_opening_a_sentence_is_the_country_opening_the_last(extractor, text, cameo, actors):
    assert any(found == actors for found, _ in _parties(extractor, text, "en", cameo))


@pytest.mark.parametrize(
    "text",
    [
        # a person opening the sentence before is no "it"
        "Putin spoke on Monday. It attacked Kyiv.",
        # "it" as an empty subject of a report
        "Russia invaded in February. It was reported that troops attacked Kyiv.",
    ],
)
def test_it_opening_a_sentence_stands_for_no_person_and_no_report(extractor, text):
    _res, evs = events(extractor, text, "en")
    attacks = [e for e in evs if e.cameo.startswith("19") and "Kyiv" in e.evidence.sentence]
    assert attacks and all(not e.actors for e in attacks)


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors", "targets"),
    [
        (
            "Khamenei vowed that Iran would show no mercy to Israel's rulers.",
            "en",
            "138",
            {"Iran"},
            {"Israel"},
        ),
        ("G7 mengatakan bahwa Iran adalah sumber teror di kawasan.", "id", "112", {"G7"}, {"Iran"}),
        (
            "Erdogan menyebut Perdana Menteri (PM) Israel Benjamin Netanyahu sebagai ancaman "
            "terbesar bagi kawasan.",
            "id",
            "112",
            {"Recep Tayyip Erdoğan", "Turkey"},
            {"Benjamin Netanyahu", "Israel"},
        ),
    ],
)
def test_threats_without_mercy_and_labels_after_long_names(
    extractor, text, lang, cameo, actors, targets
):
    assert (actors, targets) in _parties(extractor, text, lang, cameo)


def test_a_label_of_friendship_is_no_charge(extractor):
    res, evs = events(
        extractor, "Prabowo menyebut Presiden Rusia Vladimir Putin sebagai sahabat baik.", "id"
    )
    assert "Vladimir Putin" in {m.text for m in res.mentions}
    assert not [e for e in evs if e.cameo.startswith("11")]


def test_a_think_tank_in_a_city_lies_there(extractor):
    res = extractor.extract_text(
        "The Institute for the Study of War in Washington said the attack hit a supply hub.",
        lang="en",
        published=PUB,
    )
    assert ("Institute for the Study of War", "locatedIn", "Washington") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        ("Leavitt menuturkan Trump terbuka pada jalur diplomatik.", "id", "Donald Trump"),
        ("Leavitt said Trump is open to a diplomatic path with Iran.", "en", "Donald Trump"),
    ],
)
def test_openness_to_diplomacy_is_an_intent_to_negotiate(extractor, text, lang, party):
    res, evs = events(extractor, text, lang)
    assert any(e.cameo == "036" and party in labels(res, e.actors) for e in evs)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tehran is preparing missiles and other equipment to strike US bases.", "en"),
        (
            "Teheran sedang mempersiapkan rudal dan peralatan lainnya untuk menyerang pangkalan AS.",
            "id",
        ),
    ],
)
def test_arms_made_ready_are_a_posture(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    assert any(e.cameo == "150" and labels(res, e.actors) == {"Iran"} for e in evs)


def test_preparing_an_attack_is_still_a_prospect(extractor):
    res, evs = events(extractor, "Russia is preparing to deploy troops to the border.", "en")
    assert "country-rus" in {m.key for m in res.mentions}
    assert not [e for e in evs if e.cameo.startswith("15")]


def test_a_relative_agent_after_the_nouns_modifiers_carried_it_out(extractor):
    text = "Serangan udara balasan yang dilancarkan Iran ke Israel pada Jumat mengenai Iron Dome."
    assert ({"Iran"}, {"Israel"}) in _parties(extractor, text, "id", "195")


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("The World Bank approved a loan for Ukraine.", {"World Bank"}, {"Ukraine"}),
        ("Britain announced a grant to Ukraine in February.", {"United Kingdom"}, {"Ukraine"}),
    ],
)
def test_grants_and_loans_announced_or_approved_are_aid(extractor, text, actors, targets):
    assert (actors, targets) in _parties(extractor, text, "en", "071")


def test_a_refusal_announced_for_later_is_decided(extractor):
    text = "A French official said France will not invite Putin to the D-Day commemoration."
    res, evs = events(extractor, text, "en")
    refusals = [e for e in evs if e.cameo == "160"]
    assert [(labels(res, e.actors), labels(res, e.targets), e.hypothetical) for e in refusals] == [
        ({"France"}, {"Vladimir Putin", "Russia"}, False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moldova's foreign minister said that Russia plans to foment a coup.",
        "The Moldovan interior ministry said Russia was trying to destabilize the country.",
    ],
)
def test_an_unnamed_official_speaks_for_the_party_named_before(extractor, text):
    found = _parties(extractor, text, "en", "112")
    assert any("Moldova" in actors and targets == {"Russia"} for actors, targets in found)


def test_receiving_reports_of_an_act_is_not_undergoing_it(extractor):
    res, evs = events(
        extractor, "The EU has received reports of Russian attacks against civilians.", "en"
    )
    attacks = [e for e in evs if e.cameo.startswith("19")]
    assert attacks and all(labels(res, e.actors) == {"Russia"} for e in attacks)
    assert not any("European Union" in labels(res, e.targets) for e in attacks)


def test_a_territory_held_is_a_state_apart_from_acts(extractor):
    # the held territory neither merges with the shelling nor takes the toll told after it
    text = "Russia shelled Kherson on Thursday. The city lies near areas occupied by Russia."
    _res, evs = events(extractor, text, "en")
    assert sorted(e.cameo for e in evs if e.cameo.startswith("19")) == ["192", "194"]
    text = (
        "Explosions hit a military base in Crimea, occupied by Russia since 2014. "
        "At least one person was killed."
    )
    res, evs = events(extractor, text, "en")
    assert [(e.cameo, labels(res, e.actors)) for e in evs if e.cameo.startswith("19")] == [
        ("192", {"Russia"})
    ]
    assert not [e for e in evs if e.quantities]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the act of a fronted phrase is its verb or the verb's object, nothing further in
        (
            "While advancing its military infrastructure very close to our border, NATO believes it has rights.",
            "NATO",
        ),
    ],
)
def test_a_fronted_phrase_lends_no_agent_past_its_verbs_object(extractor, text, absent):
    res, evs = events(extractor, text, "en")
    assert "NATO" in {m.text for m in res.mentions}
    assert not any(absent in labels(res, e.actors) for e in evs)


def test_a_denied_plan_is_no_threat(extractor):
    res = extractor.extract_text("Russia denied plans to attack Ukraine.", lang="en", published=PUB)
    threats = [e for e in res.events if e.cameo.startswith("13")]
    assert threats and all(e.negated for e in threats)
    assert any(e.cameo == "016" and labels(res, e.actors) == {"Russia"} for e in res.events)


def test_calling_on_a_party_is_no_label(extractor):
    text = "Zelensky called on Russia to stop financing a terrorist group."
    res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["020"]
    assert labels(res, evs[0].targets) == {"Russia"}


def test_an_undergoing_verb_does_not_reach_past_a_comma(extractor):
    text = "Despite facing sanctions, Russia attacked Ukraine."
    assert ({"Russia"}, {"Ukraine"}) in _parties(extractor, text, "en", "190")


def test_questioning_a_person_is_no_criticism(extractor):
    res, evs = events(extractor, "Police questioned the suspect from Kyiv for hours.", "en")
    assert "Kyiv" in {m.text for m in res.mentions}
    assert not [e for e in evs if e.cameo.startswith("11")]


def test_nominal_trigger_takes_the_possessor(extractor):
    res, evs = events(extractor, "Russia's invasion of Ukraine began in February 2022.", "en")
    inv = next(e for e in evs if e.cameo.startswith("19"))
    assert "Russia" in labels(res, inv.actors) and "Ukraine" in labels(res, inv.targets)
    # the text's month is the onset's month: the war's first day (onsets.yaml)
    assert (inv.date, inv.date_source) == ("2022-02-24", "onset")


def test_glued_names_are_split_before_matching(extractor):
    res, evs = events(extractor, "RudalIranmenghantam gedung di Haifa pada Kamis.", "id")
    assert res.document.text.startswith("Rudal Iran menghantam")
    assert any("Iran" in labels(res, e.actors) for e in evs)


def test_site_dateline_is_the_publisher_not_an_actor(extractor):
    res, evs = events(extractor, "Liputan6.com, Teheran -Israel menyerang Teheran pada Rabu.", "id")
    assert res.document.dateline is not None
    assert all("Liputan6" not in labels(res, e.actors) for e in evs)
    assert any("Israel" in labels(res, e.actors) for e in evs)


def test_toll_goes_to_the_attack_with_the_victims_as_target(extractor):
    res, evs = events(
        extractor,
        "Tembakan tank Israel menewaskan sedikitnya 45 warga Palestina di Khan Younis.",
        "id",
    )
    attack = next(e for e in evs if e.quantities)
    assert attack.cameo.startswith("19")
    assert ("killed", 45, "at_least") in {(q.kind, q.value, q.approx) for q in attack.quantities}
    assert "Palestine" in labels(res, attack.targets)


def test_target_only_event_when_subject_is_out_of_reach(extractor):
    res, evs = events(extractor, "On Friday it imposed sanctions against Russia.", "en")
    sanction = next(e for e in evs if e.cameo.startswith("16"))
    assert sanction.actors == () and labels(res, sanction.targets) == {"Russia"}


@pytest.mark.parametrize(
    ("text", "title", "of"),
    [
        (
            "Ned Price, spokesman for the State Department, spoke.",
            "Spokes",
            "US Department of State",
        ),
        ("Sergei Shoigu, the defence minister, was informed.", "Minister of Defence", "Russia"),
    ],
)
def test_appositive_titles(extractor, text, title, of):
    res = extractor.extract_text(text, lang="en", published=dt.date(2024, 4, 24))
    posts = [p for p in res.positions if title.lower() in p.title.lower()]
    assert posts and posts[0].of_label == of
    assert any(r.predicate == "holdsPosition" for r in res.relations)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian artillery shelled apartment blocks in Kharkiv overnight.", "en"),
        ("Artileri Rusia menembaki permukiman di selatan Kharkiv.", "id"),
    ],
)
def test_untargeted_attack_hits_the_country_it_happened_in(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert "Russia" in labels(res, attack.actors)
    assert labels(res, attack.targets) == {"Ukraine"}


def test_attack_inside_the_attackers_own_country_gets_no_place_target(extractor):
    res, evs = events(extractor, "Russian forces shelled a village in Belgorod.", "en")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert "Russia" in labels(res, attack.actors)
    assert attack.targets == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pesawat nirawak Israel menembaki warga di Khan Younis. "
            "Para saksi berlari ke rumah sakit. "
            "Setidaknya 12 orang tewas dan 40 lainnya terluka.",
            "id",
        ),
        (
            "Israeli drones fired on a crowd in Khan Younis. "
            "Witnesses ran to the hospital. "
            "At least 12 people were killed and 40 others were injured.",
            "en",
        ),
    ],
)
def test_toll_sentence_goes_to_the_attack_just_reported(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    violent = [e for e in evs if e.cameo[:2] in ("18", "19", "20")]
    assert len(violent) == 1
    attack = violent[0]
    assert "Israel" in labels(res, attack.actors)
    assert {(q.kind, q.value) for q in attack.quantities} == {("killed", 12), ("injured", 40)}


def test_distant_toll_stays_an_event_of_its_own(extractor):
    text = (
        "Israeli drones fired on a crowd in Khan Younis. "
        "The army said it was reviewing the incident. "
        "Aid groups asked for access. "
        "Officials met in Cairo. "
        "At least 12 people were killed."
    )
    _res, evs = events(extractor, text, "en")
    violent = [e for e in evs if e.cameo[:2] in ("18", "19", "20")]
    assert len(violent) == 2
    assert violent[0].quantities == ()
    assert [(q.kind, q.value) for q in violent[1].quantities] == [("killed", 12)]


def test_who_reports_a_toll_is_not_its_perpetrator(extractor):
    text = (
        "Israeli tanks fired on people waiting for aid. "
        "The World Health Organization said at least 20 people were killed."
    )
    res, evs = events(extractor, text, "en")
    toll = next(e for e in evs if e.quantities)
    assert "World Health Organization" not in labels(res, toll.actors)
    assert "Israel" in labels(res, toll.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China did not condemn Russia's aggression against Ukraine.", "en"),
        ("We call for an immediate end to Russia's war of aggression.", "en"),
        ("Tiongkok tidak mengecam agresi Rusia terhadap Ukraina.", "id"),
    ],
)
def test_undated_state_of_war_noun_is_background(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("19")]
    # the judgement or appeal of the war is read, with Russia its target
    assert any(
        "Russia" in labels(res, e.targets) for e in res.events if not e.cameo.startswith("19")
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia launched a full-scale invasion of Ukraine on 24 February 2022.", "en"),
        ("Rusia melancarkan invasi ke Ukraina pada 24 Februari 2022.", "id"),
        ("Russia's war in Ukraine has cost at least 500 civilian lives.", "en"),
    ],
)
def test_launched_dated_or_counted_war_is_an_event(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert "Ukraine" in labels(res, (*war.actors, *war.targets))


def test_subject_of_undergo_verb_before_a_verbal_trigger_suffers(extractor):
    res, evs = events(extractor, "Ukraine says its troops have faced mounting attacks.", "en")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert "Ukraine" not in labels(res, attack.actors)
    assert "Ukraine" in labels(res, attack.targets)


def test_known_post_of_an_untitled_person_on_the_publication_day(extractor):
    res = extractor.extract_text(
        "Donald Trump spoke with Vladimir Putin.", lang="en", published=dt.date(2025, 6, 19)
    )
    posts = {
        (res.entity(r.subject).label, res.entity(r.object).label, r.evidence.rule)
        for r in res.relations
        if r.predicate == "holdsPosition"
    }
    assert ("Donald Trump", "President of the United States", "relation.gazetteer.post") in posts
    assert ("Vladimir Putin", "President of Russia", "relation.gazetteer.post") in posts
    old = extractor.extract_text(
        "Donald Trump spoke with Vladimir Putin.", lang="en", published=dt.date(2022, 6, 19)
    )
    assert "Donald Trump" not in {
        old.entity(r.subject).label for r in old.relations if r.predicate == "holdsPosition"
    }


def test_part_of_from_the_gazetteer(extractor):
    res = extractor.extract_text(
        "Dewan Keamanan PBB menggelar rapat darurat.", lang="id", published=PUB
    )
    parts = {
        (res.entity(r.subject).label, res.entity(r.object).label)
        for r in res.relations
        if r.predicate == "partOf"
    }
    assert ("UN Security Council", "United Nations") in parts


def test_surname_inside_a_longer_name_of_someone_else(extractor):
    res = extractor.extract_text(
        "Sheikh Tahnoun bin Zayed Al-Nahyan bertemu Presiden Prancis.", lang="id", published=PUB
    )
    assert "Mohamed bin Zayed Al Nahyan" not in {e.label for e in res.entities}


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target", "count"),
    [
        (
            "Sebanyak 30 warga Palestina tewas ditembak oleh tentara Israel di Rafah.",
            "id",
            "Israel",
            "Palestine",
            30,
        ),
        (
            "Some 198 civilians, including three children, had been killed by Russian forces.",
            "en",
            "Russia",
            None,
            198,
        ),
        ("Dua tentara Israel tewas dalam pertempuran di Gaza utara.", "id", None, "Israel", 2),
        ("Two Israeli soldiers were killed in fighting in northern Gaza.", "en", None, "Israel", 2),
        (
            "12 Ukrainian soldiers were killed in a Russian missile strike.",
            "en",
            "Russia",
            "Ukraine",
            12,
        ),
    ],
)
def test_toll_sides(extractor, text, lang, actor, target, count):
    res, evs = events(extractor, text, lang)
    toll = next(e for e in evs if e.quantities)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", count)]
    if actor:
        assert actor in labels(res, toll.actors)
    else:
        assert "Israel" not in labels(res, toll.actors)
    if target:
        assert target in labels(res, toll.targets)


def test_sentence_adverb_does_not_cut_the_subject_off(extractor):
    res, evs = events(
        extractor,
        "Uni Eropa, sementara itu, mengutuk serangan rudal, mendesak Iran dan Israel untuk "
        "menahan diri.",
        "id",
    )
    appeal = next(e for e in evs if e.cameo.startswith("02"))
    assert labels(res, appeal.actors) == {"European Union"}
    assert labels(res, appeal.targets) == {"Iran", "Israel"}


def test_noun_marked_by_a_target_preposition_is_not_the_source(extractor):
    res, evs = events(extractor, "Serangan Israel ke Iran menewaskan 10 orang.", "id")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, attack.actors) == {"Israel"} and labels(res, attack.targets) == {"Iran"}
    res, evs = events(extractor, "Menteri itu menyebut serangan ke Israel sebagai agresi.", "id")
    assert not [e for e in evs if "Israel" in labels(res, e.actors)]


def test_acronym_after_a_title_is_an_organisation_not_a_name(extractor):
    res = extractor.extract_text(
        "Wakil Presiden Eksekutif BYD, Stella Li, mengatakan perang harga tidak sehat.",
        lang="id",
        published=PUB,
    )
    assert not [e for e in res.entities if e.type == "Person" and "BYD" in e.label]


@pytest.mark.parametrize(
    ("text", "person", "post", "org"),
    [
        (
            "Nato chief Jens Stoltenberg said allies would send more air defences.",
            "Jens Stoltenberg",
            "Secretary-General of NATO",
            None,
        ),
        (
            "Wagner chief Yevgeny Prigozhin led the mutiny.",
            "Yevgeny Prigozhin",
            "Head of the Wagner Group",
            "Wagner Group",
        ),
    ],
)
def test_organisation_before_a_generic_title(extractor, text, person, post, org):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 24))
    rels = _relation_labels(res)
    assert (person, "holdsPosition", post) in rels
    if org:
        assert (person, "leads", org) in rels


def test_aid_for_names_the_recipient(extractor):
    for text, lang in (
        ("The House approved new US military aid for Ukraine.", "en"),
        ("Amerika Serikat mengumumkan bantuan militer baru untuk Ukraina.", "id"),
    ):
        res, evs = events(extractor, text, lang)
        aid = next(e for e in evs if e.cameo.startswith("07"))
        assert "United States" in labels(res, aid.actors)
        assert labels(res, aid.targets) == {"Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sergei Shoigu mengunjungi Pyongyang pada Selasa dan bertemu Kim Jong Un.", "id"),
        ("Sergei Shoigu visited Pyongyang on Tuesday and met Kim Jong Un.", "en"),
    ],
)
def test_coordinated_verb_shares_the_subject(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    meet = next(e for e in evs if e.cameo == "044")
    assert {"Sergei Shoigu", "Kim Jong Un"} <= labels(res, meet.actors)


def test_compass_word_alone_marks_no_place(extractor):
    res, evs = events(
        extractor, "Andrei Belousov bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang.", "id"
    )
    meet = next(e for e in evs if e.cameo.startswith("04"))
    assert "Kim Jong Un" in labels(res, meet.actors)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        ("Israel vowed to strike Iran again.", "en", "Israel", "Iran"),
        (
            "Trump secara terbuka menyinggung rencananya untuk membunuh Pemimpin Tertinggi Iran "
            "Ali Khamenei.",
            "id",
            "Donald Trump",
            "Ali Khamenei",
        ),
    ],
)
def test_violent_verb_under_a_threat_cue_is_a_threat(extractor, text, lang, actor, target):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20")]
    threat = next(e for e in evs if e.cameo == "138")
    assert actor in labels(res, threat.actors) and target in labels(res, threat.targets)


def test_cited_media_are_not_parties(extractor):
    res, evs = events(
        extractor,
        "Pejabat Iran mengatakan, seperti dilansir Reuters dan Al Arabiya, bahwa lima rumah "
        "sakit rusak akibat serangan Israel.",
        "id",
    )
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert not {"Reuters", "Al Arabiya"} & labels(res, (*attack.actors, *attack.targets))


def test_name_embedded_in_an_aside_is_not_the_subject(extractor):
    _res, evs = events(
        extractor,
        "The authorities of Latvia, the Baltic state bordering Russia, appealed to citizens.",
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("02")]
    res, evs = events(
        extractor,
        "Ketua Kepala Staf Gabungan AS, Jenderal Mark Milley, berbicara melalui telepon dengan "
        "Jenderal Valery Gerasimov.",
        "id",
    )
    call = next(e for e in evs if e.cameo == "041")
    assert {"Mark Milley", "Valery Gerasimov"} <= labels(res, call.actors)


def test_speaker_is_not_the_possessor_of_a_nominal_trigger(extractor):
    res, evs = events(
        extractor,
        'Kremlin spokesman Dmitry Peskov says the missile strikes "changed nothing".',
        "en",
    )
    assert not [e for e in evs if "Dmitry Peskov" in labels(res, e.actors)]


def test_passive_report_without_agent_merges_with_the_one_with_it(extractor):
    res, evs = events(
        extractor,
        "Rumah Sakit Soroka di kota Beersheba, Israel, dihantam rentetan rudal Iran hingga "
        "menyebabkan 40 orang mengalami luka-luka.",
        "id",
    )
    violent = [e for e in evs if e.cameo.startswith("19")]
    assert len(violent) == 1
    assert labels(res, violent[0].actors) == {"Iran"} and "Israel" in labels(
        res, violent[0].targets
    )
    assert [(q.kind, q.value) for q in violent[0].quantities] == [("injured", 40)]
    rels = _relation_labels(res)
    assert ("Soroka Medical Center", "locatedIn", "Beersheba") in rels


def test_fronted_call_takes_the_main_clause_parties(extractor):
    res, evs = events(
        extractor,
        "In a call on Monday, Biden informed the Ukrainian president, Volodymyr Zelenskiy, that "
        "aid would come.",
        "en",
    )
    call = next(e for e in evs if e.cameo == "041")
    assert {"Joe Biden", "Volodymyr Zelensky"} <= labels(res, call.actors)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            '"We are preparing," says Oleksandr Kubrakov, who led the delegation.',
            "en",
            "Oleksandr Kubrakov",
        ),
        ("Trey Yingst said the town was shelled.", "en", "Trey Yingst"),
        ('"Kami siap," kata Andina Thresia Narang kepada wartawan.', "id", "Andina Thresia Narang"),
    ],
)
def test_unknown_full_name_next_to_a_reporting_verb_is_a_person(extractor, text, lang, name):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert any(m.text == name and m.type == "Person" for m in res.mentions)


def test_title_words_before_a_reporting_verb_are_no_name(extractor):
    res = extractor.extract_text("The Ukrainian President said so.", lang="en", published=PUB)
    assert not [m for m in res.mentions if m.rule == "speaker.name"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mariupol was barbarously bombarded and destroyed by Russian forces.", "en"),
        ("Kharkiv diserang drone Rusia pada Selasa malam.", "id"),
    ],
)
def test_passive_with_a_place_subject(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert "Russia" in labels(res, attack.actors)
    assert labels(res, attack.targets) == {"Ukraine"}


def test_shouted_headline_lines_carry_no_events(extractor):
    _res, evs = events(extractor, "RUSSIA WARNS ISRAEL AGAINST PROVIDING ARMS TO UKRAINE", "en")
    assert evs == []


def test_pronoun_takes_the_sentence_topic(extractor):
    res, evs = events(
        extractor,
        "Pope Francis has not mentioned Vladimir Putin, but he has criticized the invasion.",
        "en",
    )
    crit = next(e for e in evs if e.cameo.startswith("11"))
    assert any("Francis" in label for label in labels(res, crit.actors))
    assert "Vladimir Putin" not in labels(res, crit.actors)


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "West Virginia Sen. Joe Manchin, a Democrat who heads the committee, said it.",
            "Joe Manchin",
            "Democratic Party",
        ),
        (
            '"It is part of the debate," said Republican Michael Turner in Kyiv.',
            "Michael Turner",
            "Republican Party",
        ),
    ],
)
def test_party_membership(extractor, text, person, party):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert (person, "memberOf", party) in rels


def test_party_adjective_is_no_actor(extractor):
    res, evs = events(
        extractor, "Pence is the first GOP presidential candidate to travel to Ukraine.", "en"
    )
    assert not [e for e in evs if "Republican Party" in labels(res, e.actors)]


def test_named_person_killed_is_a_toll_of_one(extractor):
    res, evs = events(
        extractor,
        "General Oleg Tsokov was killed in a Ukrainian missile strike on Berdyansk.",
        "en",
    )
    strike = next(e for e in evs if e.quantities)
    assert "Oleg Tsokov" in labels(res, strike.targets)
    assert [(q.kind, q.value) for q in strike.quantities] == [("killed", 1)]


def test_plain_death_without_violence_is_no_event(extractor):
    _res, evs = events(extractor, "Alexei Navalny died in a penal colony in February.", "en")
    assert not [e for e in evs if e.quantities]


def test_other_given_name_before_a_known_surname(extractor):
    res = extractor.extract_text(
        "Komandan senior Hamas Mohammed Sinwar tewas dalam serangan Israel.",
        lang="id",
        published=PUB,
    )
    assert "Yahya Sinwar" not in {e.label for e in res.entities}


def test_unknown_name_before_an_appositive_title(extractor):
    res = extractor.extract_text(
        "In May, Scott Berrier, head of intelligence at the Pentagon, said eight generals died.",
        lang="en",
        published=PUB,
    )
    assert any(m.text == "Scott Berrier" and m.type == "Person" for m in res.mentions)
    assert "Scott Berrier" in {
        res.entity(r.subject).label for r in res.relations if r.predicate == "holdsPosition"
    }


def test_lower_case_portfolio_after_a_possessive_country(extractor):
    res = extractor.extract_text(
        "Ukraine's infrastructure minister Oleksandr Kubrakov said the ships would sail.",
        lang="en",
        published=PUB,
    )
    post = next(r for r in res.relations if r.predicate == "holdsPosition")
    assert res.entity(post.object).label.endswith("of Ukraine")


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        ("Israel strikes on Gaza killed 20 people.", "en", "Israel", "Palestine"),
        ("Rusia melancarkan serangan ke Kharkiv.", "id", "Russia", "Ukraine"),
    ],
)
def test_place_object_of_an_attack_gives_the_target(extractor, text, lang, actor, target):
    res, evs = events(extractor, text, lang)
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert actor in labels(res, attack.actors) and labels(res, attack.targets) == {target}


def test_country_name_before_a_state_of_war_noun_is_hit(extractor):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    for text, country in (
        ("Makei joked about the failed Ukraine invasion predictions.", "Ukraine"),
        ("They joked about the failed Iran invasion plans.", "Iran"),
    ):
        res, evs = events(everything, text, "en")
        invasion = next(e for e in evs if e.cameo.startswith("19"))
        assert invasion.actors == () and labels(res, invasion.targets) == {country}


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        (
            "Kelompok Kriminal Bersenjata (KKB) pimpinan Jeki Murib melepaskan tembakan ke arah "
            "bandara.",
            "id",
            "TPNPB-OPM",
        ),
        (
            "Wagner fighters led by Yevgeny Prigozhin attacked Russian positions.",
            "en",
            "Wagner Group",
        ),
    ],
)
def test_group_led_by_a_person_acts(extractor, text, lang, group):
    res, evs = events(extractor, text, lang)
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert group in labels(res, attack.actors)


def test_link_lines_to_other_stories_carry_no_events(extractor):
    _res, evs = events(
        extractor,
        "Lihat juga Video 'Momen TNI-Polri Evakuasi Korban Serangan KKB di Anggruk'.",
        "id",
    )
    assert evs == []


def test_toll_of_the_attackers_own_dead_is_not_that_attacks_toll(extractor):
    res, evs = events(
        extractor,
        "Russian rockets hit Ukrainian cities. Officials said at least eight Russian generals "
        "were killed.",
        "en",
    )
    strike = next(e for e in evs if e.cameo.startswith("19") and "Russia" in labels(res, e.actors))
    assert strike.quantities == ()
    toll = next(e for e in evs if e.quantities)
    assert "Russia" in labels(res, toll.targets) and "Russia" not in labels(res, toll.actors)


@pytest.mark.parametrize(
    ("text", "lang", "inner", "outer"),
    [
        (
            "A Russian missile struck an airfield near Dzhankoi in Crimea.",
            "en",
            "Dzhankoi",
            "Crimea",
        ),
        (
            "Kontak tembak terjadi di Omukia, Kabupaten Puncak, pada Rabu.",
            "id",
            "Omukia",
            "Puncak Regency",
        ),
    ],
)
def test_unknown_place_inside_a_known_one(extractor, text, lang, inner, outer):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    rels = _relation_labels(res)
    assert (inner, "locatedIn", outer) in rels


def test_known_post_of_a_leader_also_leads(extractor):
    res = extractor.extract_text(
        "Oleksandr Syrskyi estimates that Russian troops will attack.", lang="en", published=PUB
    )
    rels = _relation_labels(res)
    assert ("Oleksandr Syrskyi", "leads", "Ukrainian Armed Forces") in rels


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ('"Leave now," the U.S. Embassy in Moscow warned.', "en", "Moscow"),
        ("Kedutaan Besar Iran di India menyatakan bahwa serangan itu ilegal.", "id", "India"),
    ],
)
def test_embassy_located_where_it_is(extractor, text, lang, city):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert city in {res.entity(r.object).label for r in res.relations if r.predicate == "locatedIn"}


def test_titles_joined_by_and_are_both_held(extractor):
    res = extractor.extract_text(
        "Marles met with the deputy prime minister and minister of defence, "
        "Władysław Kosiniak-Kamysz.",
        lang="en",
        published=dt.date(2024, 4, 27),
    )
    posts = {res.entity(r.object).label for r in res.relations if r.predicate == "holdsPosition"}
    assert "Deputy Prime Minister of Poland" in posts
    assert any("Defence" in p for p in posts)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "His chief opponent and former President Donald Trump has yet to back Ukraine.",
            "en",
            "Donald Trump",
        ),
        (
            "Former Russian president Dmitry Medvedev said nuclear weapons could be used.",
            "en",
            "Dmitry Medvedev",
        ),
        ("Mantan Presiden AS Donald Trump mengkritik Biden.", "id", "Donald Trump"),
    ],
)
def test_former_posts_are_past_tenures(extractor, text, lang, person):
    """A former post is asserted only as the tenure the gazetteer dates, never as the post
    of the publication day."""
    day = dt.date(2024, 4, 15)
    res = extractor.extract_text(text, lang=lang, published=day)
    assert any(m.text.endswith(person.split()[-1]) for m in res.mentions if m.type == "Person")
    posts = [
        res.entity(r.object)
        for r in res.relations
        if r.predicate == "holdsPosition" and res.entity(r.subject).label == person
    ]
    presidencies = [p for p in posts if p.title.startswith("President")]
    assert presidencies and all(p.end is not None and p.end < day for p in presidencies)


def test_participle_after_an_article_is_an_adjective(extractor):
    _res, evs = events(
        extractor, "Ukrainian rescuers search the rubble of the bombed building.", "en"
    )
    assert evs == []


def test_definite_reference_to_the_attack_just_reported_adds_no_event(extractor):
    _res, evs = events(
        extractor,
        "Iran melancarkan serangan rudal ke kota Haifa, Israel. Serangan itu menghantam kilang "
        "minyak terbesar Israel. Tiga orang pekerja tewas.",
        "id",
    )
    violent = [e for e in evs if e.cameo.startswith("19")]
    assert len(violent) == 1
    assert [(q.kind, q.value) for q in violent[0].quantities] == [("killed", 3)]


def test_known_name_glued_to_an_adverb_is_split(extractor):
    res, evs = events(
        extractor, "JAKARTA - Irankembali melancarkan serangan rudal ke kota Haifa, Israel.", "id"
    )
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, attack.actors) == {"Iran"}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("The US will continue to provide military aid to Ukraine.", "en", "0332"),
        ("Prabowo akan berkunjung ke Rusia pekan depan.", "id", "036"),
    ],
)
def test_future_aid_and_visits_are_intents(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert [e.cameo for e in evs] == [code]
    assert not evs[0].hypothetical


def test_obligation_makes_even_an_intent_hypothetical(extractor):
    _res, evs = events(
        extractor, "Biden said Russia should demonstrate that it is ready to negotiate.", "en"
    )
    assert evs == [] or all(e.cameo[:2] != "03" for e in evs)


def test_month_before_a_demonym_is_no_place(extractor):
    res = extractor.extract_text(
        "In March, Russian oil firm Lukoil called for an end to the conflict.",
        lang="en",
        published=PUB,
    )
    assert not [m for m in res.mentions if m.rule == "place.unknown"]


def test_reports_of_one_meeting_merge(extractor):
    res, evs = events(
        extractor,
        "During his visit, Antony Blinken met the Ukrainian prime minister, Denys Shmyhal. "
        "Later, Shmyhal said the meeting with Blinken went well.",
        "en",
    )
    meetings = [e for e in evs if e.cameo.startswith("04")]
    assert len(meetings) == 1
    assert {"Antony Blinken", "Denys Shmyhal"} <= labels(res, meetings[0].actors)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # an organisation after "head of", over a lower-case descriptor
            "Ivan Petrenko, the head of the mercenary Wagner group, ordered the march.",
            ("Ivan Petrenko", "leads", "Wagner Group"),
            ("Ivan Petrenko", "holdsPosition", "Head of Russia"),
        ),
        (  # a country's institution after a possessive
            "Oleksiy Danilov, the head of Ukraine's National Security and Defense Council, "
            "said the front held.",
            ("Oleksiy Danilov", "leads", "Ukrainian National Security and Defense Council"),
            None,
        ),
        (  # a place of work after "at" is no led body: its holder is a member
            "Mark Olsen, head of intelligence at the US Department of Defense, said the "
            "losses were high.",
            ("Mark Olsen", "memberOf", "US Department of Defense"),
            ("Mark Olsen", "leads", "US Department of Defense"),
        ),
        (  # a journalist belongs to the outlet the title names
            "The minister told the Polish Radio journalist, Anna Nowak, that talks went on.",
            ("Anna Nowak", "memberOf", "Polish Radio"),
            None,
        ),
        (
            "CBS News correspondent Holly Brand reported from Kyiv.",
            ("Holly Brand", "memberOf", "CBS News"),
            None,
        ),
        (  # an appositive title with an outlet or a possessive country before it
            "Tom Ridge, a Wall Street Journal reporter, was detained in Perm.",
            ("Tom Ridge", "memberOf", "Wall Street Journal"),
            None,
        ),
        (
            "Oleksandr Kubrakov, Ukraine's infrastructure minister, said ships would leave.",
            ("Oleksandr Kubrakov", "holdsPosition", "Minister of Ukraine"),
            None,
        ),
        (  # an envoy is sent by a country to a body, and leads neither
            "Poland's permanent representative to the EU Andrzej Sados said the deal held.",
            (
                "Andrzej Sados",
                "holdsPosition",
                "Permanent Representative of Poland to European Union",
            ),
            ("Andrzej Sados", "leads", "European Union"),
        ),
        (  # a party adjective before a long title names a member, not the post's body
            "GOP presidential candidate and former Vice President Mike Pence met Volodymyr "
            "Zelensky in Kyiv.",
            ("Mike Pence", "memberOf", "Republican Party"),
            None,
        ),
        (
            "Democratic President Joe Biden signed the bill.",
            ("Joe Biden", "memberOf", "Democratic Party"),
            ("Joe Biden", "leads", "Democratic Party"),
        ),
    ],
)
def test_posts_outlets_and_bodies_in_titles(extractor, text, expected, absent):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 24))
    rels = _relation_labels(res)
    assert expected in rels
    if absent:
        assert absent not in rels


def test_journalist_title_in_indonesian(extractor):
    res = extractor.extract_text(
        "Wartawan Reuters Budi Santoso melaporkan ledakan di Gaza.", lang="id", published=PUB
    )
    assert ("Budi Santoso", "memberOf", "Reuters") in _relation_labels(res)


def test_a_leader_acts_for_the_group_his_title_names(extractor):
    res, evs = events(
        extractor,
        "Hamas leader Khalil Hayya accused Israel of blocking the talks.",
        "en",
    )
    accuse = next(e for e in evs if e.cameo.startswith("11"))
    assert {"Khalil Hayya", "Hamas"} <= labels(res, accuse.actors)
    assert "Palestine" not in labels(res, accuse.actors)


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor", "target"),
    [
        (
            "Armenia and Azerbaijan agreed a deal on the border last week.",
            "en",
            "057",
            "Armenia",
            None,
        ),
        ("Moscow made a deal with Minsk on gas prices.", "en", "057", "Russia", None),
        (
            "Prosecutors in Russia opened a case against Yevgeny Prigozhin.",
            "en",
            "173",
            "Russia",
            "Yevgeny Prigozhin",
        ),
        ("A Moscow court ordered him remanded in custody.", "en", "173", None, None),
        ("Moscow put Kaja Kallas on its wanted list.", "en", "173", "Russia", "Kaja Kallas"),
        (
            "Emmanuel Macron called me and said he was worried.",
            "en",
            "041",
            "Emmanuel Macron",
            None,
        ),
        ("Beijing branded the sanctions as illegal.", "en", "111", "China", None),
        ("Israeli troops repelled a Hamas attack near Gaza.", "en", "190", "Israel", "Hamas"),
        (
            "Pasukan Ukraina berhasil memukul mundur serangan Rusia.",
            "id",
            "190",
            "Ukraine",
            "Russia",
        ),
        (
            "Iran tidak akan menerima tuntutan Amerika Serikat untuk menyerah.",
            "id",
            "124",
            "Iran",
            "United States",
        ),
    ],
)
def test_deals_cases_wanted_lists_calls_and_repelled_attacks(
    extractor, text, lang, code, actor, target
):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo == code]
    assert hit, [e.cameo for e in evs]
    if actor:
        assert actor in labels(res, hit[0].actors)
    if target:
        assert target in labels(res, hit[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kapuspen TNI Mayjen Budi Hartono membantah tuduhan itu.",
            "id",
            {
                ("Budi Hartono", "spokespersonOf", "Indonesian National Armed Forces"),
                ("Budi Hartono", "memberOf", "Indonesian National Armed Forces"),
            },
        ),
        (
            "Kaops Damai Cartenz Brigjen Agus Salim mengatakan situasi aman.",
            "id",
            {("Agus Salim", "leads", "Operation Damai Cartenz Task Force")},
        ),
        (  # unknown places after a settlement noun, inside a known place
            "Rudal menghantam kota Rehovot di Israel tengah.",
            "id",
            {("Rehovot", "locatedIn", "Israel")},
        ),
        (
            "Warga Desa Kalimaya di Iran mengungsi.",
            "id",
            {("Desa Kalimaya", "locatedIn", "Iran")},
        ),
        (
            "Explosions were heard in the town of Sakyrka in Crimea.",
            "en",
            {("Sakyrka", "locatedIn", "Crimea")},
        ),
    ],
)
def test_information_chiefs_operation_heads_and_settlements(extractor, text, lang, expected):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert expected <= _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Vladimir Putin's spokesman Dmitry Peskov rejected the plan.",
            ("Dmitry Peskov", "spokespersonOf", "Vladimir Putin"),
        ),
        (
            "Moscow summoned French ambassador to the Russian Federation Pierre Lenoir.",
            ("Pierre Lenoir", "holdsPosition", "Ambassador of France to Russia"),
        ),
        (
            "DSNS spokesman Ivan Kravets said the fire was out.",
            ("Ivan Kravets", "spokespersonOf", "State Emergency Service of Ukraine"),
        ),
        (
            "Fox News' Karen Lowe contributed to this report.",
            ("Karen Lowe", "memberOf", "Fox News"),
        ),
        (
            "Reuters' Jane Holden reported the blast.",
            ("Jane Holden", "memberOf", "Reuters"),
        ),
    ],
)
def test_spokesmen_of_people_envoys_to_countries_and_bylines(extractor, text, expected):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert expected in _relation_labels(res)


def test_an_envoy_named_with_a_country_acts_for_it(extractor):
    res, evs = events(
        extractor, "Ukraine's ambassador to the UN Petro Sydor condemned the strike.", "en"
    )
    condemn = next(e for e in evs if e.cameo.startswith("11"))
    assert {"Petro Sydor", "Ukraine"} <= labels(res, condemn.actors)


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Explosions were heard in Kharkiv on Monday night.", "en", "Ukraine"),
        ("Ledakan keras terdengar di Teheran pada Rabu malam.", "id", "Iran"),
    ],
)
def test_explosions_without_parties_hit_the_country_of_their_place(extractor, text, lang, target):
    res, evs = events(extractor, text, lang)
    assert [labels(res, e.targets) for e in evs if e.cameo == "190"] == [{target}]


def test_explosions_after_a_named_attack_are_that_attack(extractor):
    res, evs = events(
        extractor,
        "Israel struck Tehran on Friday. Explosions were heard in Tehran on Friday.",
        "en",
    )
    violent = [e for e in evs if e.cameo[:2] == "19"]
    assert len(violent) == 1 and "Israel" in labels(res, violent[0].actors)


def test_refusing_to_allow_is_a_rejection(extractor):
    res, evs = events(
        extractor, "Russia said it would not allow American inspectors at its bases.", "en"
    )
    assert any(e.cameo.startswith("12") and "Russia" in labels(res, e.actors) for e in evs)


def test_counts_of_a_body_own_people(extractor):
    res = extractor.extract_text(
        "Ukraine's State Emergency Service says 17 of its rescuers have been killed by Russian "
        "shelling.",
        lang="en",
        published=PUB,
    )
    counts = {(q.kind, q.value) for e in res.events for q in e.quantities}
    assert ("killed", 17) in counts


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor", "target"),
    [
        ("Kuleba said Russia must negotiate with Ukraine.", "en", "020", "Dmytro Kuleba", "Russia"),
        (
            '"Turkey should close the straits," Zelensky said.',
            "en",
            "020",
            "Volodymyr Zelensky",
            "Turkey",
        ),
        # a strong obligation to stop attacks is a demand that the party yield (see
        # test_a_strong_obligation_to_yield_is_a_demand)
        (
            "Sugiono mengatakan Israel harus menghentikan serangan ke Gaza.",
            "id",
            "105",
            "Sugiono",
            "Israel",
        ),
        (
            '"Israel harus menghentikan serangan," kata Menteri Luar Negeri Indonesia Sugiono.',
            "id",
            "105",
            "Sugiono",
            "Israel",
        ),
    ],
)
def test_a_reported_obligation_of_another_party_is_an_appeal(
    extractor, text, lang, code, actor, target
):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo == code]
    assert hit, [e.cameo for e in evs]
    assert actor in labels(res, hit[0].actors) and target in labels(res, hit[0].targets)


def test_the_speakers_own_obligation_is_no_appeal(extractor):
    _res, evs = events(extractor, "We must support Ukraine, Biden said.", "en")
    assert not [e for e in evs if e.cameo.startswith("02")]


def test_an_outlet_is_no_actor_outside_speech_acts(extractor):
    res, evs = events(
        extractor,
        "As Ukrinform reported earlier, a Moscow court remanded Yevgeny Prigozhin in custody.",
        "en",
    )
    arrests = [e for e in evs if e.cameo.startswith("17")]
    assert arrests and all("Ukrinform" not in labels(res, e.actors) for e in arrests)


def test_ability_is_no_event(extractor):
    _res, evs = events(
        extractor,
        "Cameron said Ukraine is now able to strike targets in Russia.",
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("19")]


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor", "target"),
    [
        (
            '"The strike on the hospital was barbaric," Zelensky said.',
            "en",
            "111",
            "Volodymyr Zelensky",
            None,
        ),
        (
            "Blinken said the attacks by Russia on civilians amounted to war crimes.",
            "en",
            "112",
            "Antony Blinken",
            "Russia",
        ),
        (
            '"Serangan Israel itu biadab," kata Menteri Luar Negeri Indonesia Sugiono.',
            "id",
            "111",
            "Sugiono",
            None,
        ),
    ],
)
def test_reported_judgements_are_criticism_or_accusation(
    extractor, text, lang, code, actor, target
):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo == code]
    assert hit, [e.cameo for e in evs]
    assert actor in labels(res, hit[0].actors)
    if target:
        assert target in labels(res, hit[0].targets)


def test_an_outlet_is_no_speaker(extractor):
    _res, evs = events(
        extractor, "The commander is wanted for war crimes, CNN said on Monday.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("11")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # an acronym in brackets inside a title phrase
            '"Itu ulah OPM," kata Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen TNI Budi Hartono.',
            "id",
            ("Budi Hartono", "spokespersonOf", "Indonesian National Armed Forces"),
        ),
        (  # partOf is transitive through the gazetteer
            "Pasukan Kopasgat TNI berjaga di bandara.",
            "id",
            ("Kopasgat", "partOf", "Indonesian National Armed Forces"),
        ),
        (  # the head of an organisation named without a title leads it
            "Rafael Grossi visited Kyiv on Monday.",
            "en",
            ("Rafael Grossi", "leads", "International Atomic Energy Agency"),
        ),
    ],
)
def test_acronyms_in_titles_transitive_parts_and_known_heads(extractor, text, lang, expected):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert expected in _relation_labels(res)


def test_a_stopped_push_is_fighting(extractor):
    res, evs = events(extractor, "Ukrainian forces stopped a Russian push near Bakhmut.", "en")
    fight = [e for e in evs if e.cameo == "190"]
    assert fight and "Russia" in labels(res, fight[0].targets)


def test_eliminated_soldiers_are_losses(extractor):
    res = extractor.extract_text(
        "The General Staff said 640 Russian soldiers were eliminated during the last day.",
        lang="en",
        published=PUB,
    )
    counts = {(q.kind, q.value) for e in res.events for q in e.quantities}
    assert ("killed_or_injured", 640) in counts


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "The Israeli military issued an evacuation warning for residents of Tyre.",
            "en",
            "Israel",
        ),
        (
            "Militer Israel mengeluarkan peringatan kepada warga sipil untuk segera mengungsi.",
            "id",
            "Israel",
        ),
        (
            "Juru bicara IDF Avichay Adraee mengeluarkan peringatan evakuasi untuk warga Teheran.",
            "id",
            "Israel Defense Forces",
        ),
    ],
)
def test_evacuation_warnings_are_threats_of_force(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    threats = [e for e in evs if e.cameo == "138"]
    assert threats and actor in labels(res, threats[0].actors)
    assert not [e for e in evs if e.cameo.startswith("07")]


def test_a_reported_description_is_the_speakers_judgement(extractor):
    res, evs = events(
        extractor, "Vassily Nebenzia described the draft as a cynical ploy by the US.", "en"
    )
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and "Vasily Nebenzya" in labels(res, crit[0].actors)


def test_negation_spreads_over_coordinated_triggers(extractor):
    res = extractor.extract_text(
        "China said it is not providing Russia with arms or military assistance.",
        lang="en",
        published=PUB,
    )
    aid = [e for e in res.events if e.cameo.startswith("07")]
    assert aid and all(e.negated for e in aid)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Zelensky appealed to the US to send more air defence systems.", "en", "0232"),
        ("Zelensky urged Germany to provide more tanks.", "en", "0232"),
    ],
)
def test_what_an_appeal_asks_for_is_its_content(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert [e.cameo for e in evs] == [code]


@pytest.mark.parametrize(
    ("text", "lang", "person", "post"),
    [
        (
            "Kharkiv Governor Oleh Synehubov said two people were killed.",
            "en",
            "Oleh Synehubov",
            "Governor of Kharkiv",
        ),
        (
            "Odesa regional governor Oleh Kiper said a port was hit.",
            "en",
            "Oleh Kiper",
            "Governor of Odesa",
        ),
        (
            "Mayor of Lviv Andriy Sadovyi said the city was hit.",
            "en",
            "Andriy Sadovyi",
            "Mayor of Lviv",
        ),
        (
            "Ivan Petrov, the head of the Kharkiv regional military administration, said.",
            "en",
            "Ivan Petrov",
            "Governor of Kharkiv",
        ),
        (
            "The head of the Kharkiv regional military administration, Ivan Petrov, said.",
            "en",
            "Ivan Petrov",
            "Governor of Kharkiv",
        ),
        (
            "Wali Kota Gaza Yahya Sarraj mengatakan kota itu hancur.",
            "id",
            "Yahya Sarraj",
            "Mayor of Gaza City",
        ),
    ],
)
def test_officials_of_cities_and_regions(extractor, text, lang, person, post):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (person, "holdsPosition", post) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "unit", "army"),
    [
        (
            "Ukraine's 93rd Separate Mechanized Brigade held the line.",
            "en",
            "93rd Separate Mechanized Brigade",
            "Ukrainian Armed Forces",
        ),
        (
            "Russian troops, including the 155th naval infantry, stormed the town.",
            "en",
            "155th Naval Infantry",
            "Russian Armed Forces",
        ),
        (
            "Prajurit Yonif 753/Arga Vira Tama berjaga di Intan Jaya.",
            "id",
            "Yonif 753/Arga Vira Tama",
            "Indonesian National Armed Forces",
        ),
    ],
)
def test_numbered_units_belong_to_their_army(extractor, text, lang, unit, army):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (unit, "partOf", army) in _relation_labels(res)
    assert any(e.type == "MilitaryUnit" and e.label == unit for e in res.entities)


def test_a_unit_leads_to_its_commander(extractor):
    res = extractor.extract_text(
        "Ivan Popov, the commander of Russia's 58th Army, was dismissed.", lang="en", published=PUB
    )
    assert ("Ivan Popov", "leads", "58th Army") in _relation_labels(res)


def test_a_light_verb_reaches_over_an_amount(extractor):
    res, evs = events(
        extractor,
        "The United States on Friday announced a further $205 million in humanitarian aid to Ukraine.",
        "en",
    )
    aid = [e for e in evs if e.cameo.startswith("07")]
    assert aid and "United States" in labels(res, aid[0].actors)


@pytest.mark.parametrize(
    ("text", "lang", "value", "side"),
    [
        (
            "The number of Russian victims since the start of the invasion has reached 473,400.",
            "en",
            473400,
            "Russia",
        ),
        (
            "Russian losses since the start of the war have reached 200,000, the Pentagon said.",
            "en",
            200000,
            "Russia",
        ),
    ],
)
def test_tolls_over_a_stretch_of_the_clause(extractor, text, lang, value, side):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    hit = [e for e in res.events for q in e.quantities if q.value == value]
    assert hit and side in labels(res, hit[0].targets)


def test_the_attacker_named_before_a_killing_verb_is_no_victim(extractor):
    res, evs = events(
        extractor, "Tembakan tank Israel menewaskan sedikitnya 45 warga Palestina.", "id"
    )
    toll = [e for e in evs if e.quantities]
    assert toll and "Israel" not in labels(res, toll[0].targets)


@pytest.mark.parametrize(
    ("text", "target", "value"),
    [
        ("One civilian killed, 17 wounded in Donetsk shelling, the mayor said.", "Ukraine", 1),
        ("Five dead in fighting near Ukraine's Donetsk.", "Ukraine", 5),
    ],
)
def test_a_toll_with_no_side_hits_the_country_of_its_place(extractor, text, target, value):
    res, evs = events(extractor, text, "en")
    tolls = [e for e in evs if any(q.value == value for q in e.quantities)]
    assert tolls and labels(res, tolls[0].targets) == {target}


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Ukraine battles pro-Russian rebels for access to a key port.",
            "Ukraine",
            "Pro-Russian separatists",
        ),
        (
            "Three DPR militiamen were killed in shelling by Ukrainian forces.",
            "Ukraine",
            "Donetsk People's Republic",
        ),
    ],
)
def test_donbas_separatists_are_a_side(extractor, text, actor, target):
    res, evs = events(extractor, text, "en")
    fights = [e for e in evs if e.cameo.startswith("19")]
    assert (
        fights
        and actor in labels(res, fights[0].actors)
        and target in labels(res, fights[0].targets)
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A Ukrainian soldier was killed in a separatist attack near Mariupol.", "killed"),
        ("Russian shelling kills civilian in Kherson.", "killed"),
        ("Three killed as clashes rumble on in east Ukraine.", "killed"),
    ],
)
def test_single_victims_and_tolls_in_the_east(extractor, text, kind):
    res, evs = events(extractor, text, "en")
    assert any(q.kind == kind for e in evs for q in e.quantities)
    assert any("Ukraine" in labels(res, e.targets) for e in evs)


@pytest.mark.parametrize(
    ("text", "code", "actor"),
    [
        (
            "Maria Zakharova gave an interview on Tuesday. She accused NATO of provocations.",
            "112",
            "Maria Zakharova",
        ),
        (
            "Maria Zakharova gave an interview on Tuesday. She said the strikes were barbaric.",
            "111",
            "Maria Zakharova",
        ),
        (
            "Antony Blinken spoke in Washington. He added that Russia must stop the war.",
            "020",
            "Antony Blinken",
        ),
    ],
)
def test_he_and_she_opening_a_sentence_are_the_person_named_before(extractor, text, code, actor):
    res, evs = events(extractor, text, "en")
    hit = [e for e in evs if e.cameo.startswith(code)]
    assert hit and actor in labels(res, hit[0].actors)


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "Politikus PKS Budi Santoso mendesak pemerintah bertindak.",
            "Budi Santoso",
            "Prosperous Justice Party",
        ),
        (
            "Anggota Komisi I DPR dari Fraksi PDIP Ani Rahma mengecam serangan Israel.",
            "Ani Rahma",
            "Indonesian Democratic Party of Struggle",
        ),
        (
            "Ani Rahma, anggota Komisi I DPR dari Fraksi PAN, mengecam Israel.",
            "Ani Rahma",
            "National Mandate Party",
        ),
    ],
)
def test_indonesian_legislators_and_their_parties(extractor, text, person, party):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert (person, "memberOf", party) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor"),
    [
        (
            "Budi memang ditangkap prajurit TNI di Intan Jaya.",
            "id",
            "173",
            "Indonesian National Armed Forces",
        ),
        ("Israel menyerang Iran, dan Iran membalas dengan rudal.", "id", "195", "Iran"),
        ("Iran retaliated with missiles against Israel.", "en", "195", "Iran"),
    ],
)
def test_bare_passive_agents_and_retaliation(extractor, text, lang, code, actor):
    res, evs = events(extractor, text, lang)
    assert any(e.cameo == code and actor in labels(res, e.actors) for e in evs)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("The Russian occupiers shelled Kherson overnight.", "en", "Russian Armed Forces"),
        (
            "Pasukan pendudukan Israel menembaki warga di Khan Younis.",
            "id",
            "Israel Defense Forces",
        ),
    ],
)
def test_names_the_press_gives_to_the_other_side(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    assert any(actor in labels(res, e.actors) for e in evs if e.cameo.startswith("19"))


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        (
            "Russia was responsible for the strike on the market, Zelensky said.",
            "112",
            "Volodymyr Zelensky",
            "Russia",
        ),
        ("The referendums were illegitimate, Blinken said.", "111", "Antony Blinken", None),
    ],
)
def test_reported_blame_and_illegitimacy(extractor, text, code, actor, target):
    res, evs = events(extractor, text, "en")
    hit = [e for e in evs if e.cameo == code]
    assert hit and actor in labels(res, hit[0].actors)
    if target:
        assert target in labels(res, hit[0].targets)


def test_the_object_of_a_verb_with_no_subject_is_no_agent(extractor):
    res, evs = events(
        extractor,
        "In a joint statement issued late on Monday, condemned Russia's attacks on civilians.",
        "en",
    )
    crit = [e for e in evs if e.cameo.startswith("11")]
    assert crit and "Russia" not in labels(res, crit[0].actors)
    assert "Russia" in labels(res, crit[0].targets)


@pytest.mark.parametrize(
    ("text", "code", "actor"),
    [
        (
            "NATO leaders met in Vilnius. The alliance condemned Russia's war against Ukraine.",
            "111",
            "NATO",
        ),
        ("The bloc imposed new sanctions on Russia.", "163", "European Union"),
    ],
)
def test_the_alliance_and_the_bloc(extractor, text, code, actor):
    res, evs = events(extractor, text, "en")
    assert any(e.cameo == code and actor in labels(res, e.actors) for e in evs)


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "accused"),
    [
        ("Zelensky said Russia was committing genocide.", "en", "Volodymyr Zelensky", "Russia"),
        (
            "Blinken said on Monday that the visit is a cover. "
            "He added that Russia is committing and will continue to commit war crimes.",
            "en",
            "Antony Blinken",
            "Russia",
        ),
        ("Erdogan menyebut Israel melakukan genosida di Gaza.", "id", None, "Israel"),
    ],
)
def test_a_reported_charge_of_atrocities_is_the_speakers_accusation(
    extractor, text, lang, speaker, accused
):
    res, evs = events(extractor, text, lang)
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and accused in labels(res, acc[0].targets)
    if speaker:
        assert speaker in labels(res, acc[0].actors)
    assert not [e for e in evs if e.cameo.startswith("20")]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Russian troops committed atrocities in Bucha.", "en", "200"),
        ("Israel melakukan genosida di Gaza.", "id", "202"),
    ],
)
def test_the_same_words_with_no_speaker_are_the_act(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert [e.cameo for e in evs] == [code]


def test_a_judgement_that_opens_with_a_negation_is_not_negated(extractor):
    res, evs = events(
        extractor,
        '"The Russians have no right to do this," DSNS spokesman Oleksandr Khorunzhy told the BBC.',
        "en",
    )
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and "Russia" in labels(res, crit[0].targets)


def test_a_name_inside_a_relative_clause_is_not_the_subject(extractor):
    res, evs = events(
        extractor,
        "Ms Tikhanovskaya, who was speaking to the BBC in Warsaw, accused Western "
        'politicians of "staying silent" about the deployment.',
        "en",
    )
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and "BBC" not in labels(res, acc[0].actors)
    assert "Tikhanovskaya" in " ".join(labels(res, acc[0].actors))
    assert labels(res, acc[0].targets) == {"the West"}
    res, evs = events(extractor, "Araghchi, yang bertemu Lavrov di Moskow, mengecam Israel.", "id")
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and labels(res, crit[0].actors) == {"Abbas Araghchi", "Iran"}


def test_a_participle_after_a_comma_shares_the_subject_over_a_noun_object(extractor):
    res, evs = events(
        extractor,
        "Russian billionaire Oleg Tinkov has blasted Russia's war in Ukraine, calling on "
        'the West to do more to "stop this massacre."',
        "en",
    )
    crit = [e for e in evs if e.cameo == "111"]
    appeal = [e for e in evs if e.cameo.startswith("02")]
    assert crit and labels(res, crit[0].actors) == {"Oleg Tinkov"}
    assert "Russia" in labels(res, crit[0].targets)
    assert appeal and labels(res, appeal[0].actors) == {"Oleg Tinkov"}
    assert labels(res, appeal[0].targets) == {"the West"}


@pytest.mark.parametrize(
    ("text", "lang", "victim"),
    [
        (
            "Russian corporal Semyon Sychev was killed in an overnight skirmish.",
            "en",
            "Semyon Sychev",
        ),
        ("Pratu Budi Santoso tewas ditembak di Intan Jaya.", "id", "Budi Santoso"),
    ],
)
def test_an_enlisted_rank_names_a_casualty(extractor, text, lang, victim):
    res, evs = events(extractor, text, lang)
    toll = [e for e in evs if e.cameo.startswith("19") and e.quantities]
    assert toll and victim in labels(res, toll[0].targets)
    assert toll[0].quantities[0].value == 1


def test_a_countrys_leader_is_the_holder_of_its_leading_post(extractor):
    res = extractor.extract_text(
        "The Russian leader thanked India for increasing the import of fertilizers.",
        lang="en",
        published=dt.date(2022, 9, 16),
    )
    praise = [e for e in res.events if e.cameo.startswith("05")]
    assert praise and "Vladimir Putin" in labels(res, praise[0].actors)
    assert "Ramzan Kadyrov" not in {e.label for e in res.entities}
    res = extractor.extract_text(
        "Pemimpin tertinggi Iran memperingatkan Trump.", lang="id", published=PUB
    )
    assert "Ali Khamenei" in {e.label for e in res.entities}


def test_an_officer_of_a_company_holds_no_post_of_the_state(extractor):
    text = (
        "Earlier this month, the chairman of the Russian metals firm Rusal called for an "
        "impartial investigation into the killing of civilians in Bucha."
    )
    res = extractor.extract_text(text, lang="en", published=dt.date(2022, 4, 20))
    assert "Alexander Bastrykin" not in {e.label for e in res.entities}
    res = extractor.extract_text(
        "The chairman of the Russian Investigative Committee called for an investigation.",
        lang="en",
        published=dt.date(2022, 4, 20),
    )
    assert "Alexander Bastrykin" in {e.label for e in res.entities}


@pytest.mark.parametrize(
    ("text", "lang", "finder"),
    [
        (
            "In subsequent cities, Ukrainians discover mass graves and torture rooms.",
            "en",
            "Ukraine",
        ),
        ("Polisi Ukraina menemukan kuburan massal di Bucha.", "id", "Ukraine"),
    ],
)
def test_who_finds_the_traces_of_an_act_did_not_commit_it(extractor, text, lang, finder):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if finder in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("Lavrov criticised Western countries for arming Ukraine.", "111", "targets"),
        ("The West imposed sanctions on Russia.", "163", "actors"),
    ],
)
def test_the_west_is_one_party(extractor, text, code, role):
    res, evs = events(extractor, text, "en")
    hit = [e for e in evs if e.cameo == code]
    assert hit and "the West" in labels(res, getattr(hit[0], role))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pernyataan itu muncul tak lama setelah Iran meluncurkan rudal balistik ke Israel.", "id"),
        ("Russia not only attacked Kharkiv but also Kyiv.", "en"),
    ],
)
def test_idioms_with_a_negation_word_negate_nothing(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    violent = [e for e in res.events if e.cameo.startswith("19")]
    assert violent and not violent[0].negated
    negated = extractor.extract_text(
        "Iran tidak meluncurkan rudal ke Israel."
        if lang == "id"
        else "Russia did not attack Kyiv.",
        lang=lang,
        published=PUB,
    )
    assert all(e.negated for e in negated.events if e.cameo.startswith("19"))


def test_an_unknown_body_named_after_a_title_is_no_person(extractor):
    res = extractor.extract_text(
        "Adam Eberhardt, director of the Eastern Studies Center, said Russia would attack.",
        lang="en",
        published=PUB,
    )
    people = {e.label for e in res.entities if e.type == "Person"}
    assert "Eastern Studies Center" not in people
    assert ("Adam Eberhardt", "leads", "Eastern Studies Center") in _relation_labels(res)


def test_an_outlet_is_not_judged_by_a_speaker_it_interviews(extractor):
    res, evs = events(
        extractor,
        "Radosław Sikorski stated in an interview with BBC World that Vladimir Putin is reckless.",
        "en",
    )
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and "BBC" not in labels(res, crit[0].targets)
    assert "Vladimir Putin" in labels(res, crit[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("The war must end, Guterres said.", "en", "0256"),
        ("Negotiations need to start as soon as possible, Zelensky said.", "en", "026"),
        ("Perang harus segera diakhiri, kata Sugiono.", "id", "0256"),
    ],
)
def test_a_call_for_peace_or_talks_needs_no_addressee(extractor, text, lang, code):
    res, evs = events(extractor, text, lang)
    appeal = [e for e in evs if e.cameo == code]
    assert appeal and not appeal[0].targets
    assert labels(res, appeal[0].actors) & {"António Guterres", "Volodymyr Zelensky", "Sugiono"}


def test_an_official_of_an_international_body_acts_for_it(extractor):
    res, evs = events(extractor, "Guterres criticised Russia.", "en")
    assert labels(res, evs[0].actors) == {"António Guterres", "United Nations"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "accused"),
    [
        (
            "The West is trying to unleash a conflict, Belarusian President Aleksandr "
            "Lukashenko said.",
            "en",
            "Alexander Lukashenko",
            "the West",
        ),
        (
            "Israel berusaha menyeret Amerika Serikat ke dalam perang, kata Araghchi.",
            "id",
            "Abbas Araghchi",
            "Israel",
        ),
    ],
)
def test_hostile_intent_charged_to_a_party_is_an_accusation(
    extractor, text, lang, speaker, accused
):
    res, evs = events(extractor, text, lang)
    acc = [e for e in evs if e.cameo == "112"]
    assert acc and speaker in labels(res, acc[0].actors)
    assert accused in labels(res, acc[0].targets)
    _res, mine = events(extractor, "We want to destroy the enemy, Zelensky said.", "en")
    assert not [e for e in mine if e.cameo == "112"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On August 6-8, 2016, Ukraine launched a raid on Crimea.", "en"),
        ("On 6-8 August 2016, Ukraine launched a raid on Crimea.", "en"),
        ("Pada 6-8 Agustus 2016, Ukraina melancarkan serangan ke Krimea.", "id"),
    ],
)
def test_a_range_of_days_dates_its_first_day(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2022, 8, 11))
    assert [e.date for e in res.events] == ["2016-08-06"]


def test_a_month_name_is_no_modal_verb(extractor):
    _res, evs = events(extractor, "On May 3, Russia attacked Kyiv.", "en")
    assert evs and evs[0].date == "2025-05-03" and not evs[0].hypothetical


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Anggota Komisi I DPR Andia Thresia Narang menyambut kunjungan Prabowo ke Rusia.",
            ("Andia Thresia Narang", "memberOf", "Indonesian House of Representatives"),
        ),
        (
            "KBRI Teheran akan segera melakukan evakuasi.",
            ("Indonesian Embassy", "locatedIn", "Tehran"),
        ),
        (
            "Sejumlah misil menghantam Rumah Sakit Soroka di Beer Sheba.",
            ("Soroka Medical Center", "locatedIn", "Beersheba"),
        ),
    ],
)
def test_members_missions_and_facilities(extractor, text, relation):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert relation in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel dan Iran saling serang sejak Jumat.", "id"),
        ("Israel and Iran traded strikes on Sunday.", "en"),
    ],
)
def test_a_reciprocal_report_is_two_directed_events(extractor, text, lang):
    from kg.rdf import event_id

    res, evs = events(extractor, text, lang)
    pairs = {(frozenset(labels(res, e.actors)), frozenset(labels(res, e.targets))) for e in evs}
    assert pairs == {
        (frozenset({"Israel"}), frozenset({"Iran"})),
        (frozenset({"Iran"}), frozenset({"Israel"})),
    }
    assert len({event_id(e) for e in evs}) == 2


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "Amerika Serikat telah mengerahkan lebih dari 30 pesawat pengisian bahan bakar ke "
            "kawasan Timur Tengah.",
            "id",
            "United States",
        ),
        ("Skuadron jet tempur tambahan dikerahkan oleh AS ke Timur Tengah.", "id", "United States"),
        (
            "Menteri Pertahanan AS Pete Hegseth memerintahkan pengerahan aset-aset militer ke "
            "kawasan Timur Tengah.",
            "id",
            "Pete Hegseth",
        ),
        ("The Pentagon is sending additional capabilities to the region.", "en", "United States"),
    ],
)
def test_military_assets_sent_to_a_region_are_a_show_of_force(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    shows = [e for e in evs if e.cameo == "150"]
    assert shows and actor in labels(res, shows[0].actors)
    _res, aid = events(extractor, "Bantuan dikirim oleh Mesir ke Gaza.", "id")
    assert not [e for e in aid if e.cameo == "150"]


def test_after_a_verb_the_next_name_is_its_object_not_a_genitive_agent(extractor):
    res, evs = events(
        extractor,
        "A further 28 African states voted to condemn Russia's aggression towards Ukraine.",
        "en",
    )
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and "Russia" in labels(res, crit[0].targets)
    assert "Russia" not in labels(res, crit[0].actors)
    res, evs = events(extractor, "Serangan Israel ke Iran menewaskan 10 orang.", "id")
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and labels(res, attack[0].actors) == {"Israel"}


def test_a_pledge_of_support_is_an_intent_to_help(extractor):
    res, evs = events(extractor, "Biden pledged to support Ukraine against Russia.", "en")
    pledge = [e for e in evs if e.cameo.startswith("03")]
    assert pledge and "Joe Biden" in labels(res, pledge[0].actors)


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        (
            "Russia will face severe consequences if it invades, Biden said.",
            "130",
            "Joe Biden",
            "Russia",
        ),
        ("The EU is weighing new sanctions against Russia.", "1312", "European Union", "Russia"),
        ("Russia suddenly reduced its gas supplies to Moldova.", "160", "Russia", "Moldova"),
    ],
)
def test_threats_held_out_and_supplies_cut(extractor, text, code, actor, target):
    res, evs = events(extractor, text, "en")
    hit = [e for e in evs if e.cameo == code]
    assert hit and actor in labels(res, hit[0].actors)
    assert target in labels(res, hit[0].targets)


def test_names_spelled_the_polish_way_are_the_same_people(extractor):
    res, evs = events(
        extractor, "Wołodymyr Zełenski said Siergiej Ławrow lies, Dmytro Kułeba added.", "en"
    )
    people = {e.label for e in res.entities if e.type == "Person"}
    assert {"Volodymyr Zelensky", "Sergei Lavrov", "Dmytro Kuleba"} <= people
    crit = [e for e in evs if e.cameo.startswith("11")]
    assert crit and "Sergei Lavrov" in labels(res, crit[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor", "target"),
    [
        ("Biden called Putin a war criminal.", "en", "112", "Joe Biden", "Vladimir Putin"),
        ("Kuleba said Russia's claims were absurd.", "en", "111", "Dmytro Kuleba", "Russia"),
        ("Iran menyebut Israel sebagai rezim teroris.", "id", "112", "Iran", "Israel"),
        (
            "Menurut Iran, Israel bertanggung jawab atas serangan itu.",
            "id",
            "112",
            "Iran",
            "Israel",
        ),
        (
            "Rusia menilai serangan AS ke Iran tidak bertanggung jawab.",
            "id",
            "111",
            "Russia",
            "United States",
        ),
    ],
)
def test_labels_and_judgements_of_a_party(extractor, text, lang, code, actor, target):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo == code]
    assert hit and actor in labels(res, hit[0].actors)
    assert target in labels(res, hit[0].targets)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Denmark donated 19 F-16s to Ukraine.", "Denmark"),
        ("Washington approved 300 million dollars in aid to Kyiv.", "United States"),
    ],
)
def test_named_weapon_systems_and_sums_of_aid(extractor, text, actor):
    res, evs = events(extractor, text, "en")
    aid = [e for e in evs if e.cameo.startswith("07")]
    assert aid and actor in labels(res, aid[0].actors)
    assert "Ukraine" in labels(res, aid[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Putin said Russia would respond to any attack.", "en", "Russia"),
        ("Iran will retaliate, Araghchi said.", "en", "Iran"),
        ("Iran akan membalas serangan Israel, kata Araghchi.", "id", "Iran"),
    ],
)
def test_a_promised_military_response_is_a_threat(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    threat = [e for e in evs if e.cameo == "138"]
    assert threat and actor in labels(res, threat[0].actors)
    assert "Abbas Araghchi" not in labels(res, threat[0].targets)
    assert not [e for e in evs if e.cameo == "138" and "Israel" in labels(res, e.actors)]


def test_a_move_that_will_not_go_unanswered_is_the_speakers_warning(extractor):
    res, evs = events(extractor, "Peskov said the move would not go unanswered.", "en")
    assert [e for e in evs if e.cameo == "130" and "Dmitry Peskov" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The open conflict can only break out if Belarus or its close ally Russia is "
            "directly attacked.",
            "en",
        ),
        ("Jika Israel menyerang Iran lagi, perang akan meluas.", "id"),
    ],
)
def test_an_event_in_a_condition_is_hypothetical(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_the_object_of_a_verb_is_no_actor(extractor):
    res, evs = events(extractor, "Mereka menuntut Presiden AS Donald Trump tidak terlibat.", "id")
    assert not [e for e in evs if "Donald Trump" in labels(res, e.actors)]


def test_a_speaker_after_a_dash_reports(extractor):
    res, evs = events(extractor, "Russia must stop the shelling - said Zelensky.", "en")
    appeal = [e for e in evs if e.cameo.startswith("02")]
    assert appeal and "Volodymyr Zelensky" in labels(res, appeal[0].actors)
    assert "Russia" in labels(res, appeal[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Juri Ratas, chairman of the Estonian parliament, met Stefanchuk in Kyiv.",
            "en",
            "Juri Ratas",
        ),
        ("Mykola Kniażycki criticised Poland.", "en", "Mykola Kniażycki"),
        ("Menurut Agus Widodo, TNI menyerang markas KKB.", "id", "Agus Widodo"),
    ],
)
def test_a_known_given_name_opens_an_unknown_persons_name(extractor, text, lang, person):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert person in {e.label for e in res.entities if e.type == "Person"}


def test_a_given_name_before_a_known_word_is_no_person(extractor):
    res = extractor.extract_text(
        "Catholic bishops in Donald Washington condemned the war.", lang="en", published=PUB
    )
    assert "Donald Washington" not in {e.label for e in res.entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor", "target"),
    [
        (
            'Araghchi mengatakan bahwa pasukan Iran akan "menggempur" Israel.',
            "id",
            "138",
            "Iran",
            "Israel",
        ),
        ("Iran will attack Israel again, Araghchi said.", "en", "138", "Iran", None),
        (
            "Presiden AS Donald Trump menyerukan penyerahan tanpa syarat Iran.",
            "id",
            "100",
            "Donald Trump",
            "Iran",
        ),
        (
            "Trump demanded the unconditional surrender of Iran.",
            "en",
            "100",
            "Donald Trump",
            "Iran",
        ),
    ],
)
def test_own_attacks_announced_and_surrender_demanded(extractor, text, lang, code, actor, target):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo == code]
    assert hit and actor in labels(res, hit[0].actors)
    if target:
        assert target in labels(res, hit[0].targets)


def test_another_sides_forecast_of_an_attack_is_no_event(extractor):
    _res, evs = events(extractor, "US officials said Russia will attack Kyiv.", "en")
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")]


def test_a_warning_that_something_will_happen_is_no_threat(extractor):
    res, evs = events(
        extractor,
        "Zelensky has warned for weeks that Russia plans to ramp up its aggression.",
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("13")]
    assert [e for e in evs if e.cameo == "012" and "Volodymyr Zelensky" in labels(res, e.actors)]
    res, evs = events(extractor, "Biden warned Putin of severe consequences.", "en")
    assert [e for e in evs if e.cameo == "130" and "Vladimir Putin" in labels(res, e.targets)]


def test_sidebar_headlines_carry_no_events(extractor):
    _res, evs = events(
        extractor,
        "Other Topics of Interest Estonia's PM: NATO Troop Training in Ukraine Won't Trigger "
        "War With Russia. Kallas condemned Russia.",
        "en",
    )
    assert [e.cameo for e in evs] == ["111"]


@pytest.mark.parametrize(
    ("text", "code", "parties"),
    [
        (
            "The EU adopted a package of sanctions against Russia.",
            "163",
            {"European Union", "Russia"},
        ),
        (
            "The leaders of Australia and Japan attended a Nato summit.",
            "040",
            {"Australia", "Japan"},
        ),
        ("Putin met Xi at the summit.", "044", {"Vladimir Putin", "Xi Jinping"}),
    ],
)
def test_sanction_packages_summits_and_xi(extractor, text, code, parties):
    res, evs = events(extractor, text, "en")
    hit = [e for e in evs if e.cameo == code]
    assert hit and parties <= labels(res, (*hit[0].actors, *hit[0].targets))


def test_preparing_an_offensive_is_no_offensive(extractor):
    _res, evs = events(extractor, "Russia prepared an offensive in the east.", "en")
    assert not [e for e in evs if e.cameo.startswith("19")]


@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        (
            "Aparat TNI terlibat baku tembak dengan KKB di Puncak.",
            "id",
            "Indonesian National Armed Forces",
            "TPNPB-OPM",
        ),
        ("Indian and Pakistani troops exchanged fire along the border.", "en", "India", "Pakistan"),
    ],
)
def test_an_exchange_of_fire_is_two_directed_events(extractor, text, lang, a, b):
    res, evs = events(extractor, text, lang)
    pairs = {(frozenset(labels(res, e.actors)), frozenset(labels(res, e.targets))) for e in evs}
    assert any(a in x and b in y for x, y in pairs)
    assert any(b in x and a in y for x, y in pairs)


@pytest.mark.parametrize(
    ("text", "lang", "root"),
    [
        ("Putin decided to attack Ukraine.", "en", "19"),
        ("Zelensky expressed the readiness of meeting with Putin.", "en", "04"),
        ("The Kremlin seeks to annex the region.", "en", "19"),
        ("Lithuania fears a Russian attack on the Baltics.", "en", "19"),
        ("Wartawan bertanya apakah Israel menyerang Iran.", "id", "19"),
        ("Iran ingin menyerang pangkalan AS.", "id", "19"),
        ("Warga khawatir Israel menyerang Iran lagi.", "id", "19"),
        ("Iran memutuskan untuk menyerang pangkalan AS.", "id", "19"),
    ],
)
def test_decided_wanted_feared_or_asked_events_are_not_reported_as_done(
    extractor, text, lang, root
):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith(root)]


def test_an_attempted_interception_is_still_reported(extractor):
    _res, evs = events(extractor, "Militer Israel berupaya mencegat rudal Iran.", "id")
    assert [e for e in evs if e.cameo.startswith("19")]


def test_what_a_party_refused_to_do_did_not_happen(extractor):
    res, evs = events(extractor, "Russia and China refused to condemn the war.", "en")
    assert not [e for e in evs if e.cameo.startswith("11")]
    assert [e for e in evs if e.cameo.startswith("12") and "Russia" in labels(res, e.actors)]


def test_warning_someone_about_an_invasion_is_no_threat(extractor):
    _res, evs = events(
        extractor, "Ukrainian intelligence warned Zelensky about the coming invasion.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("13")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("At the end of May, Ukraine began a counteroffensive.", "2025-05"),
        ("In mid-April, Ukraine began a counteroffensive.", "2025-04"),
        ("On the 24th of February, Russia invaded Ukraine.", "2025-02-24"),
        ("Russia shelled Kharkiv on 3rd March.", "2025-03-03"),
    ],
)
def test_month_phrases_and_ordinal_days_date_events(extractor, text, date):
    _res, evs = events(extractor, text, "en")
    assert [e.date for e in evs if e.cameo.startswith("19")] == [date]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "source"),
    [
        ("According to Zelensky, Russia attacked Kyiv.", "en", "Russia", "Volodymyr Zelensky"),
        (
            "According to the Ukrainian General Staff, Russian forces shelled Kharkiv.",
            "en",
            "Russia",
            "Ukrainian General Staff",
        ),
        ("Menurut Araghchi, Israel menyerang Teheran.", "id", "Israel", "Abbas Araghchi"),
    ],
)
def test_the_cited_source_of_a_clause_is_no_party_to_it(extractor, text, lang, actor, source):
    res, evs = events(extractor, text, lang)
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and actor in labels(res, attack[0].actors)
    assert source not in labels(res, (*attack[0].actors, *attack[0].targets))


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "accused"),
    [
        ("Zelensky said Russia wants to attack Kyiv.", "en", "Volodymyr Zelensky", "Russia"),
        (
            "Blinken said Russia is looking for an excuse to attack Ukraine.",
            "en",
            "Antony Blinken",
            "Russia",
        ),
        ("Araghchi mengatakan Israel ingin menyerang Teheran.", "id", "Abbas Araghchi", "Israel"),
    ],
)
def test_a_design_imputed_to_another_side_is_an_accusation(extractor, text, lang, speaker, accused):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo[:2] in ("13", "19")]
    accusation = [e for e in evs if e.cameo == "112"]
    assert accusation and speaker in labels(res, accusation[0].actors)
    assert accused in labels(res, accusation[0].targets)


def test_a_side_speaking_of_its_own_design_accuses_nobody(extractor):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    _res, evs = events(everything, "Peskov said Russia wants to attack Kyiv.", "en")
    assert not [e for e in evs if e.cameo.startswith("11")]
    # the design is read (a hypothetical attack), only the speaker's side makes no accusation
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and attack[0].hypothetical
    _res, evs = events(everything, "Zelensky said Russia wants to attack Kyiv.", "en")
    assert [e for e in evs if e.cameo == "112"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces continued to shell Kharkiv.",
        "Russia is looking to attack Ukraine.",
    ],
)
def test_a_noun_like_trigger_after_to_is_a_verb(extractor, text):
    res, evs = events(extractor, text, "en")
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and "Russia" in labels(res, attack[0].actors)


@pytest.mark.parametrize(
    ("text", "lang", "person", "body"),
    [
        (
            "Adam Eberhardt from the Center for Eastern Studies said the attack was unlikely.",
            "en",
            "Adam Eberhardt",
            "Center for Eastern Studies",
        ),
        (
            "Pengamat militer dari Pusat Studi Keamanan dan Pertahanan, Andi Widjajanto, "
            "mengatakan hal itu.",
            "id",
            "Andi Widjajanto",
            "Pusat Studi Keamanan dan Pertahanan",
        ),
    ],
)
def test_a_person_from_an_unknown_body_is_its_member(extractor, text, lang, person, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    bodies = {m.text: m.type for m in res.mentions if m.text == body}
    assert bodies == {body: "Organization"}
    assert (person, "memberOf", body) in _relation_labels(res)


def test_an_unknown_body_in_a_city_is_located_there(extractor):
    res = extractor.extract_text(
        "The Atlantic Council in Washington published a report.", lang="en", published=PUB
    )
    assert ("Atlantic Council", "locatedIn", "Washington") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Foreign Ministry said the talks had failed.", "en"),
        ("Dua Rumah Sakit di Iran rusak. Ada dua rumah sakit lain yang ditutup.", "id"),
        ("Read the Terms of Service and Privacy Policy.", "en"),
    ],
)
def test_generic_institutions_and_common_nouns_are_no_named_body(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert not [m for m in res.mentions if m.rule == "body.name"]


def test_the_soviet_union_is_a_former_state(extractor):
    res = extractor.extract_text(
        "Ukraine was part of the Soviet Union until 1991.", lang="en", published=PUB
    )
    assert {(m.text, m.type) for m in res.mentions} >= {("Soviet Union", "Country")}


@pytest.mark.parametrize(
    ("text", "person", "title", "start"),
    [
        (
            "Former President Viktor Yanukovych fled to Russia.",
            "Viktor Yanukovych",
            "President of Ukraine",
            dt.date(2010, 2, 25),
        ),
        (
            "The then German Chancellor Angela Merkel proposed him.",
            "Angela Merkel",
            "Chancellor of Germany",
            dt.date(2005, 11, 22),
        ),
    ],
)
def test_a_former_post_is_the_tenure_the_gazetteer_dates(extractor, text, person, title, start):
    res = extractor.extract_text(text, lang="en", published=PUB)
    held = [
        res.entity(r.object)
        for r in res.relations
        if r.predicate == "holdsPosition" and res.entity(r.subject).label == person
    ]
    assert [(p.title, p.start) for p in held] == [(title, start)]
    assert held[0].end is not None and held[0].end < PUB
    # a former holder neither leads the office nor acts for the country
    assert not [r for r in res.relations if r.predicate == "leads"]


def test_an_unknown_former_tenure_asserts_no_post(extractor):
    res = extractor.extract_text(
        "Former Defence Minister Ivan Petrenko criticised the plan.", lang="en", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "holdsPosition"]


@pytest.mark.parametrize(
    ("text", "lang", "person", "post"),
    [
        (
            "The head of the German Ministry of Foreign Affairs Annalena Baerbock spoke in Munich.",
            "en",
            "Annalena Baerbock",
            "Foreign Minister of Germany",
        ),
        (
            "Kepala Kementerian Pertahanan Rusia Sergei Shoigu mengatakan hal itu.",
            "id",
            "Sergei Shoigu",
            "Minister of Defence of Russia",
        ),
    ],
)
def test_the_head_of_a_ministry_holds_the_ministers_post(extractor, text, lang, person, post):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2022, 2, 19))
    assert (person, "holdsPosition", post) in _relation_labels(res)


def test_a_lead_day_after_caption_lines_dates_the_lead(extractor):
    text = (
        "Oleg Tinkov speaks at a conference in Hong Kong on October 31, 2018.\n"
        "(Anthony Kwan/Getty Images)\n"
        "Russian billionaire Oleg Tinkov has blasted Russia's war in Ukraine.\n"
        "Tinkov, a banker, made the comments in an Instagram post Tuesday."
    )
    _res, evs = events(extractor, text, "en")
    criticism = [e for e in evs if e.cameo.startswith("11")]
    assert criticism and criticism[0].date == "2025-06-17"
    assert criticism[0].date_source == "context"


def test_would_in_reported_speech_announces_an_intent(extractor):
    res, evs = events(
        extractor, "Biden told Zelensky that he would send military aid to Ukraine.", "en"
    )
    intent = [e for e in evs if e.cameo == "0332"]
    assert intent and "Joe Biden" in labels(res, intent[0].actors)
    assert not [e for e in evs if e.cameo.startswith("07")]


def test_travelling_to_warn_someone_is_a_warning(extractor):
    res, evs = events(
        extractor, "Yellen traveled to Beijing to warn Chinese officials over Russia.", "en"
    )
    warning = [e for e in evs if e.cameo == "130"]
    assert warning and "China" in labels(res, warning[0].targets)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Russia was hit by Western sanctions.", "en"), ("Rusia dihantam sanksi Barat.", "id")],
)
def test_a_violent_verb_with_a_figurative_cause_is_no_attack(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20")]


def test_sanctions_imposed_by_a_party_are_its_sanctions(extractor):
    res, evs = events(
        extractor, "Assets were frozen under the sanctions imposed by the G7 countries.", "en"
    )
    sanctions = [e for e in evs if e.cameo == "163"]
    assert sanctions and "G7" in labels(res, sanctions[0].actors)


@pytest.mark.parametrize(
    ("text", "lang", "person", "body"),
    [
        (
            '"Korea Utara paranoid," kata Erwin Tan, profesor politik di Hankuk University of '
            "Foreign Studies, Seoul.",
            "id",
            "Erwin Tan",
            "Hankuk University of Foreign Studies",
        ),
        (
            "Analyst John Smith at the RAND Corporation said Russia would attack.",
            "en",
            "John Smith",
            "RAND Corporation",
        ),
    ],
)
def test_an_expert_at_a_body_is_its_member(extractor, text, lang, person, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)


def test_speaking_at_a_body_makes_no_member(extractor):
    res = extractor.extract_text(
        "Zelensky, speaking at the United Nations, said so.", lang="en", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "memberOf"]


@pytest.mark.parametrize(
    ("text", "lang", "party", "body"),
    [
        (
            "Girkin had served in the FSB for years.",
            "en",
            "Igor Girkin",
            "Federal Security Service",
        ),
        ("Finland joined NATO in April.", "en", "Finland", "NATO"),
        ("Poland, a member of the EU, sent tanks.", "en", "Poland", "European Union"),
        (
            "Kami menyambut bergabungnya Indonesia sebagai anggota penuh BRICS.",
            "id",
            "Indonesia",
            "BRICS",
        ),
        (
            "Sjafrie Sjamsoeddin pernah mengabdi di Kopassus.",
            "id",
            "Sjafrie Sjamsoeddin",
            "Kopassus",
        ),
        (
            '"Itu hasil inisiatif lain," kata Thanos Gargavanis, ahli bedah trauma WHO.',
            "id",
            "Thanos Gargavanis",
            "World Health Organization",
        ),
    ],
)
def test_service_and_membership_phrases_make_members(extractor, text, lang, party, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (party, "memberOf", body) in _relation_labels(res)


def test_joining_a_party_in_an_act_makes_no_member(extractor):
    res = extractor.extract_text(
        "Hezbollah joined Hamas in attacking Israel.", lang="en", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "memberOf"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sjafrie pernah nyaris menembak agen Mossad Israel.", "id"),
        ("Russia nearly captured Kyiv.", "en"),
    ],
)
def test_an_act_nearly_done_did_not_happen(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_nearly_before_a_number_keeps_the_toll(extractor):
    _res, evs = events(extractor, "Nyaris 100 orang tewas dalam serangan Israel di Gaza.", "id")
    counted = [q.value for e in evs for q in e.quantities]
    assert 100 in counted


def test_a_named_person_shot_dead_is_a_toll_of_one(extractor):
    text = (
        "A group surrounded a car in Crimea, led by Lieutenant Colonel Roman Kamenev. "
        "Kamenev was shot dead by Ukrainian fighters."
    )
    res, evs = events(extractor, text, "en")
    killing = [e for e in evs if e.frame == "casualty"]
    assert killing and labels(res, killing[0].targets) >= {"Roman Kamenev"}
    assert "Ukraine" in labels(res, killing[0].actors)
    assert [q.value for q in killing[0].quantities] == [1.0]


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        (
            "Ukrainian troops clashed with rebels near Donetsk.",
            "en",
            "Pro-Russian separatists",
        ),
        (
            "Kelompok separatis menembak dua prajurit TNI di Intan Jaya.",
            "id",
            "TPNPB-OPM",
        ),
    ],
)
def test_bare_group_nouns_name_the_armed_group_of_the_articles_conflict(
    extractor, text, lang, group
):
    res, evs = events(extractor, text, lang)
    fights = [e for e in evs if e.cameo.startswith("19")]
    assert fights and group in labels(res, (*fights[0].actors, *fights[0].targets))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Syrian rebels attacked Aleppo.", "en"),
        ("Rebels attacked the town, the army said.", "en"),
        ("Pasukan Israel menyerang kelompok bersenjata di Gaza.", "id"),
    ],
)
def test_group_nouns_elsewhere_name_no_group(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert not [m for m in res.mentions if m.rule == "generic.group"]


def test_a_demonym_opening_a_description_stands_for_the_person_named(extractor):
    res, evs = events(
        extractor,
        "The arrest of former Russian officer and ultranationalist Igor Girkin on July 21 "
        "surprised many.",
        "en",
    )
    arrest = [e for e in evs if e.cameo.startswith("17")]
    assert arrest and labels(res, arrest[0].targets) >= {"Igor Girkin", "Russia"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia attacked Kyiv amid sanctions.", "en"),
        ("Israel bombed Gaza despite protests.", "en"),
        ("The bombing of Kharkiv by Russia drew criticism.", "en"),
        ("Serangan Israel ke Gaza memicu krisis kemanusiaan.", "id"),
        ("Amid fears, Russia attacked Kyiv.", "en"),
        ("Di tengah kekhawatiran, Rusia menyerang Kyiv.", "id"),
    ],
)
def test_violence_beside_non_violent_words_is_still_reported(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert [e for e in evs if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel arrested a member of Hamas.", "en"),
        ("Israel menangkap anggota Hamas.", "id"),
        ("Ukraine joined NATO talks in Brussels.", "en"),
        ("Hezbollah joined Hamas in attacking Israel.", "en"),
        ("After receiving a letter from Hamas, Netanyahu said no.", "en"),
        ("John Smith, an expert on NATO, said so.", "en"),
        ("Israeli forces rescued Igor Girkin from Hamas.", "en"),
    ],
)
def test_arrests_joint_talks_topics_and_rescues_make_no_member(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert not [r for r in res.relations if r.predicate == "memberOf"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kyiv was subjected to shelling by Russia.", "Russia"),
        ("Russia accused NATO of inciting Ukraine to attack Crimea.", "Ukraine"),
    ],
)
def test_gerunds_after_to_and_inciting_keep_their_actors(extractor, text, actor):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res, evs = events(everything, text, "en")
    fights = [e for e in evs if e.cameo.startswith("19")]
    assert fights and actor in labels(res, fights[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "Russia wants to attack Kyiv, Reuters reported.",
        "Biden said Putin decided to leave, and Ukraine attacked Kherson.",
    ],
)
def test_outlets_and_other_clauses_make_no_imputed_accusation(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo == "112"]


def test_a_description_with_a_verb_stands_for_nobody(extractor):
    res, evs = events(
        extractor, "Police arrested Russian soldiers accused by prosecutor Igor Girkin.", "en"
    )
    assert not [
        e for e in evs if e.cameo.startswith("17") and "Igor Girkin" in labels(res, e.targets)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said rebels in Sudan attacked a convoy. In Sudan, rebels attacked El Fasher.",
        "Ukraine condemned Sudan's rebels.",
    ],
)
def test_group_nouns_of_other_wars_name_no_separatists(extractor, text):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert not [
        m
        for m in res.mentions
        if m.rule == "generic.group" and "Sudan" in text[m.start - 12 : m.start]
    ]


def test_continuing_to_warn_that_is_no_threat(extractor):
    _res, evs = events(extractor, "NATO continues to warn that Russia could attack.", "en")
    assert not [e for e in evs if e.cameo.startswith("13")]


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Russian missiles struck Lutsk overnight.", "en", "Ukraine"),
        ("Israel bombed Khan Younis.", "en", "Palestine"),
    ],
)
def test_a_place_right_after_a_violent_verb_puts_its_country_under_attack(
    extractor, text, lang, target
):
    res, evs = events(extractor, text, lang)
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and target in labels(res, attack[0].targets)


def test_oblast_centres_and_their_oblasts_are_places(extractor):
    res = extractor.extract_text(
        "Drones hit Khmelnytskyi and Chmielnicki region air bases near Starokostiantyniv.",
        lang="en",
        published=PUB,
    )
    places = {m.text: m.type for m in res.mentions}
    assert places.get("Khmelnytskyi") == "City"
    assert places.get("Starokostiantyniv") == "City"
    assert res.entity("place-starokostiantyniv").country == "UKR"


def test_cities_struck_in_the_june_2025_war_are_places(extractor):
    res = extractor.extract_text(
        "Rudal Iran menghantam Bat Yam dan Rehovot.", lang="id", published=PUB
    )
    assert {"Bat Yam", "Rehovot"} <= {m.text for m in res.mentions if m.type == "City"}


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Israel attacked Iran six days ago.", "en", "2025-06-13"),
        ("Israel menyerang Iran enam hari yang lalu.", "id", "2025-06-13"),
        ("Russia invaded Kharkiv nearly 4 months ago.", "en", "2025-02"),
        ("Dua pekan lalu Rusia menyerang Kharkiv.", "id", "2025-06"),
        ("The base was attacked by Ukrainian forces in mid -April.", "en", "2025-04"),
    ],
)
def test_counts_of_days_and_months_ago_date_events(extractor, text, lang, date):
    _res, evs = events(extractor, text, lang)
    assert [e.date for e in evs if e.cameo.startswith("19")] == [date]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Rudal Iran menghantam Tel Aviv pada Kamis, 12 Juni 2025.", "id", "2025-06-12"),
        ("Russia shelled Kharkiv on Tuesday, June 10.", "en", "2025-06-10"),
    ],
)
def test_an_explicit_date_after_a_weekday_dates_the_event(extractor, text, lang, date):
    _res, evs = events(extractor, text, lang)
    assert [e.date for e in evs if e.cameo.startswith("19")] == [date]


def test_the_owner_named_after_a_weapon_noun_is_the_actor(extractor):
    res, evs = events(extractor, "Rudal-rudal Iran yang tengah menghujani langit Israel.", "id")
    strikes = [e for e in evs if e.cameo == "195"]
    assert strikes and labels(res, strikes[0].actors) == {"Iran"}
    assert "Israel" in labels(res, strikes[0].targets)


@pytest.mark.parametrize(
    ("text", "lang", "members", "body"),
    [
        ("Hamas official Basem Naim said the talks had stalled.", "en", {"Basem Naim"}, "Hamas"),
        (
            "Fellow NATO members Poland and Lithuania sent tanks.",
            "en",
            {"Poland", "Lithuania"},
            "NATO",
        ),
        ("Moldova lies between NATO member Romania and Ukraine.", "en", {"Romania"}, "NATO"),
        ("Negara anggota NATO Polandia mengirim tank.", "id", {"Poland"}, "NATO"),
    ],
)
def test_member_nouns_next_to_a_body_count_its_members(extractor, text, lang, members, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    found = {a for a, p, b in _relation_labels(res) if p == "memberOf" and b == body}
    assert found == members


def test_pounds_of_aid_are_money_not_a_bombardment(extractor):
    _res, evs = events(extractor, "Britain sent 2.5 billion pounds of military aid to Kyiv.", "en")
    assert not [e for e in evs if e.cameo.startswith("19")]
    assert [e for e in evs if e.cameo == "072"]
    res, evs = events(extractor, "Russia pounds Kharkiv every night.", "en")
    assert [e for e in evs if e.cameo == "194" and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Pejabat senior Hamas, Basem Naim, mengatakan perundingan macet.", "id", "Basem Naim"),
        (
            "The head of the mission, Matilda Bogner, said the attacks continued.",
            "en",
            "Matilda Bogner",
        ),
    ],
)
def test_an_unknown_name_between_commas_before_a_reporting_verb_is_a_person(
    extractor, text, lang, person
):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (person, "Person") in {(m.text, m.type) for m in res.mentions}


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Seorang warga, Imron (38), tewas dalam serangan itu.", "id", "Imron"),
        (
            "Korban termasuk anak. Termasuk Rukmini Sulaiha (45) yang terluka.",
            "id",
            "Rukmini Sulaiha",
        ),
        ("Masha Moskalyova, 12, was killed in the strike.", "en", "Masha Moskalyova"),
    ],
)
def test_a_name_followed_by_an_age_is_a_person(extractor, text, lang, person):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    people = {m.text for m in res.mentions if m.type == "Person"}
    assert person in people and not {p for p in people if p != person and person in p}


@pytest.mark.parametrize(
    "text", ["Sesuai Pasal 340 ayat (1) KUHP.", "Pelaku berinisial N (25) ditangkap polisi."]
)
def test_references_and_initials_with_numbers_name_nobody(extractor, text):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert not [m for m in res.mentions if m.rule == "age.name"]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Zelensky said Ukraine will never surrender.", "en", "Ukraine"),
        ("Hamas won't release the hostages.", "en", "Hamas"),
        ("Khamenei menyatakan bahwa Iran tidak akan menyerah.", "id", "Iran"),
    ],
)
def test_a_concession_a_party_will_not_make_is_a_refusal(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    refusals = [e for e in evs if e.cameo == "124"]
    assert refusals and actor in labels(res, refusals[0].actors)
    assert not [e for e in evs if e.cameo.startswith("08")]


def test_a_concession_that_did_not_happen_stays_negated(extractor):
    res = extractor.extract_text("Russia did not withdraw its troops.", lang="en", published=PUB)
    assert [e.cameo[:2] for e in res.events if e.negated] == ["08"]
    assert not [e for e in res.events if e.cameo.startswith("12")]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Andy Biggs, R-Ariz., sent a letter to Biden on Thursday.",
            {("Andy Biggs", "Republican Party")},
        ),
        (
            "Sen. Chuck Schumer (D-N.Y.) and Nancy Pelosi, D-Calif., backed the package.",
            {("Chuck Schumer", "Democratic Party"), ("Nancy Pelosi", "Democratic Party")},
        ),
        ("Joe Biden, D-Day veteran, said so.", set()),
    ],
)
def test_a_party_letter_and_state_after_a_name_make_a_member(extractor, text, members):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert {(a, b) for a, p, b in _relation_labels(res) if p == "memberOf"} == members


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        (
            "Russian forces captured the village of Novomykhailivka in Ukraine's Donetsk region.",
            "Novomykhailivka",
            "Donetsk Oblast",
        ),
        (
            "Russia took the settlements of Soloviove in Ukraine's eastern Donetsk region.",
            "Soloviove",
            "Donetsk Oblast",
        ),
        ("Russian forces attacked Kupiansk, in the Kharkiv region.", "Kupiansk", "Kharkiv Oblast"),
    ],
)
def test_a_place_in_a_countrys_region_is_located_in_the_region(extractor, text, place, region):
    res = extractor.extract_text(text, lang="en", published=PUB)
    located = {(a, b) for a, p, b in _relation_labels(res) if p == "locatedIn"}
    assert (place, region) in located
    assert (place, "Ukraine") not in located


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv used British weapons against targets inside Russia.",
        "Poland said the targets in Ukraine were civilian.",
    ],
)
def test_a_verb_trigger_after_a_noun_opener_is_no_event(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("19")]
    res, evs = events(extractor, "Russia targets Kyiv with drones.", "en")
    assert [e for e in evs if e.cameo.startswith("19") and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang", "code", "actors", "targets"),
    [
        ("Russia has amassed a huge army on Ukraine's borders.", "en", "15", {"Russia"}, set()),
        ("Russia has built up its military at the border.", "en", "15", {"Russia"}, set()),
        (
            "The Polish Sejm adopted a resolution in support of Ukraine.",
            "en",
            "05",
            {"Poland"},
            {"Ukraine"},
        ),
        (
            "Diplomats from Russia and France gathered in Paris on Wednesday for talks.",
            "en",
            "04",
            {"Russia", "France"},
            set(),
        ),
        (
            "NATO officials are meeting in Germany to discuss further assistance.",
            "en",
            "04",
            {"NATO"},
            set(),
        ),
        ("Britain boycotted the summit in Moscow.", "en", "16", {"United Kingdom"}, set()),
        (
            "Rusia memberikan peringatan keras kepada Amerika Serikat.",
            "id",
            "13",
            {"Russia"},
            {"United States"},
        ),
    ],
)
def test_more_predicates_of_posture_support_meetings_boycotts_and_warnings(
    extractor, text, lang, code, actors, targets
):
    res, evs = events(extractor, text, lang)
    found = [e for e in evs if e.cameo.startswith(code)]
    assert found and actors <= labels(res, found[0].actors)
    assert targets <= labels(res, found[0].targets)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sekitar 1.500 turis yang mengunjungi Israel dievakuasi ke Siprus.", "id"),
        ("Hundreds of tourists who visited Israel were evacuated to Cyprus.", "en"),
    ],
)
def test_a_visit_nobody_is_named_to_make_is_no_consultation(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("04")]
    res, evs = events(extractor, "Menlu Sugiono mengunjungi Moskow.", "id")
    visits = [e for e in evs if e.cameo == "042"]
    assert visits and labels(res, visits[0].targets) == {"Russia"}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ('Trump menyerukan "penyerahan tanpa syarat" melalui media sosial.', "id", "10"),
        ('Turkey called for an "immediate ceasefire" in Gaza.', "en", "02"),
    ],
)
def test_a_quoted_word_keeps_its_pattern(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert [e for e in evs if e.cameo.startswith(code)]


def test_an_event_as_subject_makes_no_threat(extractor):
    text = "Scholz said Russia's invasion of Ukraine threatens global security."
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("13")]
    res, evs = events(extractor, "Russia's foreign minister threatened Poland.", "en")
    assert [e for e in evs if e.cameo.startswith("13") and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has recently gathered about 190,000 soldiers near Ukraine.",
        "As many as 190,000 Russian troops massed close to Ukraine.",
    ],
)
def test_troops_gathered_at_a_border_are_force_posture(extractor, text):
    res, evs = events(extractor, text, "en")
    assert [e for e in evs if e.cameo.startswith("15") and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "published", "date", "source"),
    [
        (
            "Zelenskyy has spoken every night since Russia invaded nearly 4 months ago.",
            dt.date(2022, 6, 23),
            "2022-02-24",
            "onset",
        ),
        (
            "Millions have fled since Russia's full-scale invasion of Ukraine in February 2022.",
            dt.date(2023, 5, 2),
            "2022-02-24",
            "onset",
        ),
        (
            # another war: its own year, not the onset's day
            "Russian troops invaded Crimea in 2014.",
            dt.date(2022, 6, 23),
            "2014",
            "text",
        ),
        (
            "Rusia menginvasi Ukraina pada 24 Februari 2022.",
            dt.date(2025, 6, 2),
            "2022-02-24",
            "text",
        ),
    ],
)
def test_a_reference_to_a_wars_onset_takes_the_onsets_day(extractor, text, published, date, source):
    lang = "id" if "menginvasi" in text else "en"
    res = extractor.extract_text(text, lang=lang, published=published)
    invasion = next(e for e in res.events if e.cameo.startswith("19") and not e.negated)
    assert "Russia" in labels(res, invasion.actors)
    assert (invasion.date, invasion.date_source) == (date, source)


def test_a_war_before_its_onset_keeps_its_own_date(extractor):
    res = extractor.extract_text(
        "Russia invaded Ukraine, officials said.", lang="en", published=dt.date(2021, 12, 1)
    )
    invasion = next(e for e in res.events if e.cameo.startswith("19"))
    assert invasion.date == "2021-12-01" and invasion.date_source == "publication"


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "I do not know what is worse, says Borys Budka, MP of Platforma Obywatelska.",
            "Borys Budka",
            "Civic Platform",
        ),
        (
            "Law and Justice MP Marek Suski said so in an interview.",
            "Marek Suski",
            "Law and Justice",
        ),
        ("Labour MP Diane Abbott criticised the government.", "Diane Abbott", "Labour Party"),
    ],
)
def test_a_member_noun_next_to_a_party_makes_a_member(extractor, text, person, party):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert (person, "memberOf", party) in rels
    # the post is a seat in the legislature, not a post of the party
    assert not [p for p in res.positions if party in p.title]


def test_a_verb_right_before_a_weapon_noun_modifies_it(extractor):
    _res, evs = events(
        extractor, "Ukraine has taken American Abrams battle tanks off the line.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("19")]
    res, evs = events(extractor, "Russian forces battle Ukrainian troops near Bakhmut.", "en")
    assert [e for e in evs if e.cameo.startswith("19") and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            'Moscow branded the United States "the aggressor" on Monday.',
            "en",
            "Russia",
            "United States",
        ),
        ('Beijing labelled NATO "a relic of the Cold War".', "en", "China", "NATO"),
        (
            'Duta Besar Iran, Ali Bahreini, juga mencap AS sebagai "kaki tangan" Israel.',
            "id",
            "Ali Bahreini",
            "United States",
        ),
    ],
)
def test_a_quoted_label_put_on_a_party_is_a_charge(extractor, text, lang, actor, target):
    res, evs = events(extractor, text, lang)
    charges = [e for e in evs if e.cameo.startswith("11")]
    assert charges and actor in labels(res, charges[0].actors)
    assert target in labels(res, charges[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        'Biden dubbed the talks "productive".',
        'Zelenskyy called for a "fair tribunal" to try Russian officials.',
    ],
)
def test_a_quoted_label_on_no_party_or_an_appeal_is_no_charge(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("11")]


def test_a_capability_to_strike_is_no_strike(extractor):
    text = "The United States fears that Russia has the capabilities to launch an attack soon."
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_an_invitation_of_a_titled_guest_is_an_intent_to_meet_not_a_visit(extractor):
    res, evs = events(
        extractor, "Ukraine has invited Florida Governor Ron DeSantis to visit.", "en"
    )
    assert [e for e in evs if e.cameo == "036" and "Ukraine" in labels(res, e.actors)]
    assert not [e for e in evs if e.cameo == "042"]


def test_bringing_ones_own_citizens_home_is_no_release(extractor):
    text = "Yunani mengatakan telah memulangkan 105 warga negaranya."
    _res, evs = events(extractor, text, "id")
    assert not [e for e in evs if e.cameo.startswith("08")]
    res, evs = events(extractor, "Hamas membebaskan warga Israel.", "id")
    assert [e for e in evs if e.cameo.startswith("084") and "Hamas" in labels(res, e.actors)]


def test_an_order_to_strike_imputed_by_the_other_side_is_an_accusation(extractor):
    res, evs = events(
        extractor, "Zelensky said Putin personally ordered the shelling of Kharkiv.", "en"
    )
    charges = [e for e in evs if e.cameo == "112"]
    assert charges and "Volodymyr Zelensky" in labels(res, charges[0].actors)
    assert "Vladimir Putin" in labels(res, charges[0].targets)


def test_a_warship_heading_to_a_region_is_force_posture(extractor):
    text = "The US aircraft carrier USS Nimitz is heading to the Middle East."
    res, evs = events(extractor, text, "en")
    assert [e for e in evs if e.cameo.startswith("15") and "United States" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "unit", "force"),
    [
        (
            "Ukrainian saboteurs hit units of the 247th Airborne Assault Regiment of the Russian "
            "Armed Forces.",
            "247th Airborne Assault Regiment",
            "Russian Armed Forces",
        ),
        (
            "Ukrainian troops, including the 93rd Brigade, advanced.",
            "93rd Brigade",
            "Ukrainian Armed Forces",
        ),
    ],
)
def test_a_numbered_unit_belongs_to_the_force_named_after_it(extractor, text, unit, force):
    res = extractor.extract_text(text, lang="en", published=PUB)
    parts = {(a, b) for a, p, b in _relation_labels(res) if p == "partOf"}
    assert (unit, force) in parts
    assert len({b for a, b in parts if a == unit}) == 1


def test_a_quote_glued_to_a_sentence_end_opens_the_next_sentence(extractor):
    text = 'Lavrov rejected the assessments of aggression."We do not threaten anyone," he said.'
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert [s.text for s in res.sentences] == [
        "Lavrov rejected the assessments of aggression.",
        '"We do not threaten anyone," he said.',
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Maskapai AS menangguhkan penerbangan ke Timur Tengah imbas konflik Iran dan Israel.",
            "id",
        ),
        ("Pemerintah Israel menutup wilayah udara sejak akhir pekan lalu.", "id"),
        ("American Airlines suspended flights to Tel Aviv.", "en"),
        ("Iran closed its airspace on Friday.", "en"),
    ],
)
def test_suspended_flights_and_closed_airspace_reduce_no_relations(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("16")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kepada detikcom melalui sambungan telepon, Hanung Bramantyo memberikan alasan.", "id"),
        ("Zelensky spoke by phone with the BBC on Monday.", "en"),
    ],
)
def test_a_call_with_an_outlet_is_an_interview_not_a_consultation(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("04")]
    res, evs = events(extractor, "Biden spoke by phone with Zelensky.", "en")
    calls = [e for e in evs if e.cameo == "041"]
    assert calls and {"Joe Biden", "Volodymyr Zelensky"} <= labels(res, calls[0].actors)


def test_a_verb_trigger_joined_to_a_weapon_noun_is_a_noun(extractor):
    text = 'Lukashenko confirmed that the first "missiles and bombs" had arrived in Belarus.'
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_people_nouns_before_a_visit_are_the_visitors(extractor):
    text = (
        "The occupiers use double-taps to hit rescuers and other workers who are there first "
        "to arrive at the scene, he said."
    )
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("04")]
    res, evs = events(extractor, "Blinken arrived in Kyiv on Monday.", "en")
    assert [e for e in evs if e.cameo == "042" and "Antony Blinken" in labels(res, e.actors)]


def test_an_expected_meeting_is_no_meeting(extractor):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    text = "He said he was expecting a meeting with Antony Blinken in the coming weeks."
    res = everything.extract_text(text, lang="en", published=PUB)
    meetings = [e for e in res.events if e.cameo.startswith("04")]
    assert meetings and all(e.evidence.confidence < extractor.min_confidence for e in meetings)


@pytest.mark.parametrize(
    ("text", "lang", "person", "body"),
    [
        (
            "Pengamat Lembaga Ketahanan Nasional Budi Santoso menilai hal itu.",
            "id",
            "Budi Santoso",
            "Lembaga Ketahanan Nasional",
        ),
        (
            "Senada, pengajar di Departemen Ilmu Hubungan Internasional Universitas Gadjah Mada "
            "Irfan Ardhani menuturkan hal itu.",
            "id",
            "Irfan Ardhani",
            "Departemen Ilmu Hubungan Internasional Universitas Gadjah Mada",
        ),
        (
            "Analyst Center for Eastern Studies John Smith said so.",
            "en",
            "John Smith",
            "Center for Eastern Studies",
        ),
    ],
)
def test_an_occupation_a_body_and_a_name_make_a_member(extractor, text, lang, person, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)
    assert body in {m.text for m in res.mentions if m.type == "Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "We have seen this in Chechnya, in Afghanistan, in Georgia.",
        "Moscow's troops bombard Ukraine's second city, Kharkiv, near the Russian border.",
        "The quote was well captured by Martin Luther King.",
    ],
)
def test_lists_of_places_and_nearby_borders_locate_nothing(extractor, text):
    res = extractor.extract_text(text, lang="en", published=PUB)
    located = {(a, b) for a, p, b in _relation_labels(res) if p == "locatedIn"}
    assert not located & {
        ("Chechnya", "Afghanistan"),
        ("Afghanistan", "Georgia"),
        ("Kharkiv", "Russia"),
    }
    if "captured" in text:  # a phrase captured by someone is no capture
        assert not [e for e in res.events if e.cameo.startswith("19")]


def test_an_attack_in_case_of_something_is_hypothetical(extractor):
    text = "Poland keeps its troops at the border in case Russia attacks Lithuania."
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res = everything.extract_text(text, lang="en", published=PUB)
    attack = next(e for e in res.events if e.cameo.startswith("19"))
    assert "Russia" in labels(res, attack.actors)
    assert attack.hypothetical and attack.evidence.confidence < extractor.min_confidence


def test_an_onset_dates_no_event_of_the_next_sentences(extractor):
    text = (
        "Zelenskyy has spoken every night since Russia invaded nearly 4 months ago. "
        "Attorney General Merrick Garland visited Ukraine, officials said."
    )
    res = extractor.extract_text(text, lang="en", published=dt.date(2022, 6, 23))
    visit = next(e for e in res.events if e.cameo == "042")
    assert visit.date == "2022-06-23" and visit.date_source == "publication"


@pytest.mark.parametrize(
    ("text", "lang", "facility", "place"),
    [
        (
            "Chechen units took the territory of the Knauf factory in the Donetsk region.",
            "en",
            "Knauf Factory",
            "Donetsk Oblast",
        ),
        (
            "A missile hit the Motor Sich plant in the Zaporizhzhia region.",
            "en",
            "Motor Sich Plant",
            "Zaporizhzhia Oblast",
        ),
    ],
)
def test_an_unknown_name_with_a_facility_noun_is_a_facility(extractor, text, lang, facility, place):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (facility, "Facility") in {(res.entity(m.key).label, m.type) for m in res.mentions}
    assert (facility, "locatedIn", place) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "TPNPB-OPM mengklaim bertanggung jawab atas penembakan terhadap dua anggota Brimob.",
            "id",
            "TPNPB-OPM",
        ),
        ("Hamas claimed responsibility for the rocket attack on Tel Aviv.", "en", "Hamas"),
    ],
)
def test_who_claims_an_attack_carried_it_out(extractor, text, lang, actor):
    res, evs = events(extractor, text, lang)
    assert [e for e in evs if e.cameo == "015" and actor in labels(res, e.actors)]
    assert [e for e in evs if e.cameo.startswith("19") and actor in labels(res, e.actors)]


def test_a_hyphenated_name_opening_the_text_is_no_dateline(extractor):
    res = extractor.extract_text("TPNPB-OPM mengklaim serangan itu.", lang="id", published=PUB)
    assert res.document.text.startswith("TPNPB-OPM")
    assert not [m for m in res.mentions if m.type == "MediaOrganization"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States never lifted sanctions on Iran.", "en"),
        ("If Russia will not withdraw its troops, the EU will impose sanctions.", "en"),
        ("Jika Israel tidak mau menarik pasukannya, perang berlanjut.", "id"),
    ],
)
def test_a_past_never_or_a_condition_is_no_refusal(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("12")]


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor"),
    [
        ("Blinken and others visited Kyiv.", "en", "042", "Antony Blinken"),
        ("Macron spoke with Zelensky by phone, Reuters reported.", "en", "041", "Emmanuel Macron"),
        ("Israel's war cabinet threatened Hezbollah.", "en", "130", "Israel"),
        ("Russian forces shelled tanks near Bakhmut.", "en", "194", "Russia"),
        ("Russia sent missiles and bombed Kharkiv.", "en", "195", "Russia"),
        (
            "Kunjungan Presiden Prabowo Subianto ke Rusia berlangsung dua hari.",
            "id",
            "042",
            "Prabowo Subianto",
        ),
    ],
)
def test_guards_of_the_new_rules_keep_real_events(extractor, text, lang, code, actor):
    res, evs = events(extractor, text, lang)
    assert [e for e in evs if e.cameo == code and actor in labels(res, e.actors)]


@pytest.mark.parametrize(
    "text",
    [
        'Trump continued his "attack" on Fed chair Jerome Powell.',
        'Americans faced a choice between supporting Kyiv or "withdrawing" from the conflict.',
        "Ukrainian soldiers gathered at the memorial to honour the fallen.",
        "Stoltenberg cautioned western allies about their dependence on Russian gas.",
    ],
)
def test_scare_quotes_crowds_and_cautions_are_no_acts(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo[:2] in ("08", "13", "15", "19")]


def test_a_party_before_an_unknown_name_makes_no_other_person_its_member(extractor):
    res = extractor.extract_text(
        "CDU politician Roderich Kiesewetter met Zelensky.", lang="en", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "memberOf"]


def test_an_invasion_of_a_part_of_the_country_takes_no_onset(extractor):
    res = extractor.extract_text(
        "Since Russia invaded Crimea, thousands have fled.", lang="en", published=PUB
    )
    assert not [e for e in res.events if e.date_source == "onset"]


def test_a_glued_closing_quote_stays_with_its_sentence(extractor):
    text = 'Xi said "we will win."He thanked Putin.'
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert [s.text for s in res.sentences] == ['Xi said "we will win."', "He thanked Putin."]


def test_a_state_of_war_and_an_act_stay_two_events(extractor):
    text = (
        "795 days ago, Russia's armed invasion of Ukraine began. "
        "Russia attacked Kharkiv with rockets on Saturday."
    )
    res = extractor.extract_text(text, lang="en", published=dt.date(2024, 4, 28))
    strikes = [e for e in res.events if e.cameo.startswith("19") and not e.negated]
    assert len(strikes) == 2
    attack = next(e for e in strikes if "Kharkiv" in e.evidence.sentence)
    assert attack.date == "2024-04-27"


def test_known_spokesperson_speaks_for_the_body_of_the_post(extractor):
    res = extractor.extract_text(
        "Matthew Miller said the talks would go on.", lang="en", published=dt.date(2024, 3, 1)
    )
    assert ("Matthew Miller", "spokespersonOf", "US Department of State") in _relation_labels(res)
    # before his tenure the gazetteer says nothing of him
    old = extractor.extract_text(
        "Matthew Miller said the talks would go on.", lang="en", published=dt.date(2022, 3, 1)
    )
    assert not any(r.predicate == "spokespersonOf" for r in old.relations)


@pytest.mark.parametrize(
    ("text", "of"),
    [
        (
            "John Smith, a Russian foreign ministry spokesperson, said.",
            "Russian Ministry of Foreign Affairs",
        ),
        (
            "John Smith, Russian foreign ministry spokesperson, said.",
            "Russian Ministry of Foreign Affairs",
        ),
        ("Jane Doe, a US state department spokesperson, said.", "US Department of State"),
    ],
)
def test_appositive_title_with_two_lower_case_modifiers(extractor, text, of):
    res = extractor.extract_text(text, lang="en", published=dt.date(2022, 3, 1))
    speaks = {(s, o) for s, p, o in _relation_labels(res) if p == "spokespersonOf"}
    assert speaks == {(text.split(",")[0], of)}


def test_a_clause_opening_word_is_no_title_modifier(extractor):
    res = extractor.extract_text(
        "Vladimir Putin, and the defence minister Sergei Shoigu met the generals.",
        lang="en",
        published=dt.date(2022, 3, 1),
    )
    holders = {
        res.entity(r.subject).label
        for r in res.relations
        if r.predicate == "holdsPosition" and "Defence" in res.entity(r.object).label
    }
    assert holders == {"Sergei Shoigu"}


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "US Attorney General Merrick Garland visited Ukraine.",
            "en",
            "Attorney General of United States",
        ),
        (
            "Ukraine's Prosecutor General Andriy Kostin spoke.",
            "en",
            "Prosecutor General of Ukraine",
        ),
        (
            "Jaksa Agung Amerika Serikat Merrick Garland tiba di Kyiv.",
            "id",
            "Attorney General of United States",
        ),
    ],
)
def test_chief_law_officers(extractor, text, lang, title):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2022, 6, 21))
    assert {p.title for p in res.positions} == {title}


def test_a_date_after_an_earlier_event_does_not_date_the_next_clause(extractor):
    # the date belongs to the invasion named right before it, not to the next clause
    day = dt.date(2022, 8, 23)
    res = extractor.extract_text(
        "Ahead of the six-month anniversary of Russia's invasion of Ukraine on Feb. 24, "
        "Stoltenberg took part in a forum hosted by Ukraine.",
        lang="en",
        published=day,
    )
    dates = {e.cameo[:2]: e.date for e in res.events}
    assert dates == {"19": "2022-02-24", "04": "2022-08-23"}
    res = extractor.extract_text(
        "Aid has flowed since Russia launched its invasion back in February and "
        "Nato and EU officials are meeting in Germany to discuss more aid.",
        lang="en",
        published=day,
    )
    # (the invasion's February is its onset day)
    assert {e.cameo[:2]: e.date for e in res.events} == {"19": "2022-02-24", "04": "2022-08-23"}


@pytest.mark.parametrize(
    ("text", "lang", "root", "date"),
    [
        # the same time
        (
            "Pertempuran pecah pada Jumat (13/6) ketika Israel melancarkan pengeboman "
            "besar-besaran ke Iran.",
            "id",
            "19",
            "2025-06-13",
        ),
        # the date opens a clause of its own after a colon
        (
            "Business leaders call for peace: In March, the oil firm Lukoil called for an end "
            "to the war in Ukraine.",
            "en",
            "02",
            "2025-03",
        ),
        # one subject for both verbs
        ("Russia attacked Kyiv on Monday and shelled Kharkiv.", "en", "19", "2025-06-16"),
    ],
)
def test_a_date_still_dates_what_shares_its_clause_or_time(extractor, text, lang, root, date):
    _res, evs = events(extractor, text, lang)
    assert {e.date for e in evs if e.cameo.startswith(root)} == {date}


def test_the_month_of_a_war_start_dates_no_later_event(extractor):
    _res, evs = events(
        extractor,
        "Aid has flowed since Russia launched its invasion in February.\n"
        "Ukraine denied the transfer of blood supplies to the front lines.",
        "en",
    )
    deny = next(e for e in evs if e.cameo == "016")
    assert deny.date == PUB.isoformat() and deny.date_source == "publication"


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed sanctions on Vulin in July 2023. Washington accused him of corruption.",
        "The US agreed to send 31 Abrams in January 2023. Five have been lost to Russian attacks.",
    ],
)
def test_a_month_of_an_earlier_sentence_dates_no_later_event(extractor, text):
    # months carried over dated the wrong events more often than the right ones
    res = extractor.extract_text(text, lang="en", published=dt.date(2024, 5, 2))
    second = [e for e in res.events if e.evidence.sentence.startswith(text.split(". ")[1][:8])]
    assert second and {(e.date, e.date_source) for e in second} == {("2024-05-02", "publication")}


def test_a_war_start_day_dates_no_later_event(extractor):
    res = extractor.extract_text(
        "Russia launched its invasion on Feb. 24, 2022. The United States announced new sanctions.",
        lang="en",
        published=dt.date(2024, 5, 2),
    )
    assert {e.date for e in res.events if e.cameo.startswith("16")} == {"2024-05-02"}


@pytest.mark.parametrize(
    ("text", "root", "date"),
    [
        # the date between two commas dates the clause after it
        (
            "Months after the Russian invasion, in April 2022, Kerry again expressed concern "
            "about the war.",
            "01",
            "2022-04",
        ),
        # an event's date in a fronted phrase is the main clause's too
        ("In a call on Monday, Biden told Zelensky that he would send aid.", "04", "2025-06-16"),
        # the date of a war's start is not the meeting's
        (
            "Two years after the invasion of Ukraine on Feb. 24, Zelensky met Macron in Paris.",
            "04",
            PUB.isoformat(),
        ),
    ],
)
def test_which_clause_a_date_between_two_events_dates(extractor, text, root, date):
    _res, evs = events(extractor, text, "en")
    assert {e.date for e in evs if e.cameo.startswith(root)} == {date}


@pytest.mark.parametrize(
    ("text", "lang", "accuser", "accused"),
    [
        ("Russia violated international law, Scholz said.", "en", "Olaf Scholz", "Russia"),
        ("Scholz said Russia violated international law.", "en", "Olaf Scholz", "Russia"),
        (
            "Rusia melanggar hukum internasional, kata Menlu Jerman Annalena Baerbock.",
            "id",
            "Annalena Baerbock",
            "Russia",
        ),
    ],
)
def test_a_breach_of_law_reported_by_another_side_is_its_accusation(
    extractor, text, lang, accuser, accused
):
    res, evs = events(extractor, text, lang)
    assert [(e.cameo, accuser in labels(res, e.actors), labels(res, e.targets)) for e in evs] == [
        ("112", True, {accused})
    ]


def test_a_breach_of_law_nobody_reports_stays_a_breach(extractor):
    res, evs = events(extractor, "Russia violated international law.", "en")
    assert [(e.cameo, labels(res, e.actors)) for e in evs] == [("128", {"Russia"})]


@pytest.mark.parametrize(
    ("text", "lang", "leader", "body"),
    [
        (
            "KKB yang dipimpin oleh Egianus Kogoya menyerang pos TNI.",
            "id",
            "Egianus Kogoya",
            "TPNPB-OPM",
        ),
        (
            "The Wagner group, led by Yevgeny Prigozhin, seized Rostov.",
            "en",
            "Yevgeny Prigozhin",
            "Wagner Group",
        ),
    ],
)
def test_a_body_led_by_a_person(extractor, text, lang, leader, body):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (leader, "leads", body) in _relation_labels(res)


def test_a_led_by_cue_after_a_common_noun_names_no_body(extractor):
    res = extractor.extract_text(
        "Kelompok bersenjata pimpinan Egianus Kogoya menyerang pos TNI.", lang="id", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "leads"]


def test_a_common_indonesian_given_name_ends_the_body_before_it(extractor):
    res = extractor.extract_text(
        "Peringatan juga datang dari ekonom Universitas Andalas Syafruddin Karimi.",
        lang="id",
        published=PUB,
    )
    assert ("Syafruddin Karimi", "memberOf", "Universitas Andalas") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        (
            "Troops will be placed at high readiness in case Russia threatens an attack on "
            "any member of the alliance.",
            "en",
            "Russia",
        ),
        ("If Russia threatens Finland, NATO will respond.", "en", "Russia"),
        ("Jika Iran mengancam Israel, Amerika Serikat akan membalas.", "id", "Iran"),
    ],
)
def test_a_threat_inside_a_condition_was_not_made(extractor, text, lang, party):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("13") and party in labels(res, e.actors)]
    # it is kept as a hypothetical threat below the default threshold
    low = Extractor.default(min_confidence=0.0).extract_text(text, lang=lang, published=PUB)
    assert [
        e.hypothetical
        for e in low.events
        if e.cameo.startswith("13") and party in labels(low, e.actors)
    ] == [True]


def test_a_threat_after_a_condition_closed_by_a_comma_stands(extractor):
    res, evs = events(
        extractor,
        "If Russia invades, the United States will impose sanctions, Biden warned.",
        "en",
    )
    assert any(
        e.cameo.startswith("13")
        and "Joe Biden" in labels(res, e.actors)
        and e.evidence.confidence >= 0.5
        for e in evs
    )


def test_a_two_letter_word_glued_to_the_next_sentence_ends_it(extractor):
    res = extractor.extract_text(
        "The Americans are ready to talk if Moscow is ready for it.He also warned Russia.",
        lang="en",
        published=PUB,
    )
    assert [s.text for s in res.sentences] == [
        "The Americans are ready to talk if Moscow is ready for it.",
        "He also warned Russia.",
    ]


def test_an_analyst_who_says_a_party_defied_sanctions_accuses_nobody(extractor):
    res, evs = events(
        extractor,
        "Iran defied the sanctions, said Ali Vaez, an analyst at the International Crisis Group.",
        "en",
    )
    assert [(e.cameo, labels(res, e.actors)) for e in evs] == [("128", {"Iran"})]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Lavrov had a tougher sell, though the prime minister Abiy Ahmed welcomed him.",
            "en",
            "Sergei Lavrov",
        ),
        ("Samudra Pasifik, telah menyebabkan Raja Ampat rusak.", "id", "Samudra Pasifik"),
    ],
)
def test_a_title_before_a_name_is_no_apposition_of_the_name_before(extractor, text, lang, person):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2022, 8, 9))
    posts = {
        res.entity(r.object).label
        for r in res.relations
        if r.predicate == "holdsPosition" and res.entity(r.subject).label == person
    }
    assert not {p for p in posts if "Prime Minister" in p or "King" in p}


@pytest.mark.parametrize(
    "text",
    [
        "Delegasi Indonesia pimpinan Sugiono tiba di Moskow.",
        "The then Ukrainian government led by Viktor Yanukovych refused to sign.",
    ],
)
def test_no_lead_of_a_delegation_or_a_past_government(extractor, text):
    lang = "en" if text.startswith("The") else "id"
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert not [r for r in res.relations if r.evidence.rule == "relation.lead_verb"]


def test_a_deputy_attorney_general_is_no_attorney_general(extractor):
    res = extractor.extract_text(
        "Jaksa Agung Muda Febrie Adriansyah mengatakan hal itu.", lang="id", published=PUB
    )
    assert {p.title for p in res.positions} == {"Deputy Attorney General"}


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            "The EU will impose sanctions if Russia invades Ukraine.",
            "en",
            "European Union",
            "Russia",
        ),
        (
            "If Russia invades, the United States will impose sanctions.",
            "en",
            "United States",
            "Russia",
        ),
        (
            "Biden says he would consider personal sanctions on Vladimir Putin if Russia "
            "invades Ukraine.",
            "en",
            "Joe Biden",
            "Russia",
        ),
        (
            "Uni Eropa akan menjatuhkan sanksi jika Rusia menginvasi Ukraina.",
            "id",
            "European Union",
            "Russia",
        ),
    ],
)
def test_sanctions_announced_under_a_condition_are_a_threat(extractor, text, lang, actor, target):
    res, evs = events(extractor, text, lang)
    threats = [e for e in evs if e.cameo == "1312"]
    assert len(threats) == 1
    assert actor in labels(res, threats[0].actors) and target in labels(res, threats[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        # the sanctions are the condition, the answer is Russia's
        "If the US imposes sanctions, Russia will respond.",
        # a question sets no condition
        "Reporters asked whether the EU would impose sanctions on Russia.",
    ],
)
def test_sanctions_inside_a_condition_or_a_question_threaten_nothing(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith(("13", "16"))]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        # a misspelling of a spelling the gazetteer lists ("Wołodymyr Zelanski")
        ("Wołodymyr Zelnski", "Volodymyr Zelensky"),
        ("Wołodymyr Złenski", "Volodymyr Zelensky"),
    ],
)
def test_a_misspelt_full_name_links_to_the_known_person(extractor, name, label):
    res = extractor.extract_text(
        f"The President of Ukraine {name} met the delegation.", lang="en", published=PUB
    )
    assert label in {e.label for e in res.entities if e.type == "Person"}
    assert name not in {e.label for e in res.entities}


def test_a_participle_after_a_comma_shares_the_main_subject_over_a_subordinate_clause(
    extractor,
):
    res, evs = events(
        extractor,
        "Boris Johnson visited Kyiv for the second time since the war broke out, pledging "
        "to support the Ukrainian army.",
        "en",
    )
    pledge = next(e for e in evs if e.cameo.startswith("03"))
    assert "Boris Johnson" in labels(res, pledge.actors)
    assert "Ukraine" not in labels(res, pledge.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mereka mendesak Donald Trump agar tidak terlibat langsung dalam perang.", "id"),
        ("They urged Donald Trump to stay out of the war.", "en"),
    ],
)
def test_a_speech_act_of_an_unresolved_they_is_dropped(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("02")]


def test_a_speech_act_of_a_named_pair_still_stands(extractor):
    res, evs = events(
        extractor, "Poland and Lithuania said they urged Donald Trump to stay out.", "en"
    )
    appeal = next(e for e in evs if e.cameo.startswith("02"))
    assert labels(res, appeal.actors) >= {"Poland", "Lithuania"}


def test_a_war_start_in_a_clause_of_its_own_keeps_its_month_and_its_target(extractor):
    res = extractor.extract_text(
        "Western countries have donated military aid to Ukraine since Russia launched its "
        "invasion back in February and Nato officials are meeting in Germany.",
        lang="en",
        published=dt.date(2022, 4, 26),
    )
    by_root = {e.cameo[:2]: e for e in res.events}
    # the month is the invasion's (its onset), not the aid's; Germany is the meeting's place
    assert by_root["19"].date == "2022-02-24" and by_root["19"].date_source == "onset"
    assert "Germany" not in labels(res, by_root["19"].targets)
    assert by_root["07"].date == "2022-04-26"


def test_a_date_after_a_condemned_invasion_is_the_condemnation_s(extractor):
    _res, evs = events(extractor, "The UN condemned the invasion of Ukraine on Monday.", "en")
    assert {e.date for e in evs if e.cameo.startswith("11")} == {"2025-06-16"}


def test_an_onset_without_a_target_names_the_invaded_country(extractor):
    res = extractor.extract_text(
        "About 100,000 people have crossed into Poland since Russia launched its invasion.",
        lang="en",
        published=dt.date(2022, 3, 5),
    )
    inv = next(e for e in res.events if e.cameo.startswith("19"))
    assert labels(res, inv.targets) == {"Ukraine"} and inv.date == "2022-02-24"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prices have soared since the start of the full-scale invasion of Ukraine.", "en"),
        ("The council extended the sanctions for the invasion of Ukraine.", "en"),
        # the sentence's day is the sanctions', not the war's
        ("On Friday, the United States sanctioned a bank for the invasion of Ukraine.", "en"),
        ("Harga pangan naik sejak invasi ke Ukraina.", "id"),
    ],
)
def test_an_onset_without_an_actor_names_the_invader(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2023, 6, 12))
    war = [e for e in res.events if e.cameo.startswith("19")]
    assert [(labels(res, e.actors), labels(res, e.targets), e.date) for e in war] == [
        ({"Russia"}, {"Ukraine"}, "2022-02-24")
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # another invader named by a word the gazetteer does not know, or another war's year
        ("The Nazi invasion of Ukraine cost millions of lives.", dt.date(2023, 6, 12)),
        ("The 1941 invasion of Ukraine cost millions of lives.", dt.date(2023, 6, 12)),
        # before the onset, no war is known yet
        ("Officials discussed the invasion of Ukraine in 2014.", dt.date(2021, 6, 12)),
    ],
)
def test_an_invasion_without_an_actor_is_no_known_war_elsewhere(extractor, text, published):
    res = extractor.extract_text(text, lang="en", published=published)
    assert "country-ukr" in {m.key for m in res.mentions}
    assert not any("Russia" in labels(res, e.actors) for e in res.events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The US will cut aid to Ukraine if Kyiv refuses talks.", "1311"),
        ("Poland will expel Russian diplomats if Moscow retaliates.", "1313"),
    ],
)
def test_a_conditional_reduction_threatens_its_own_kind(extractor, text, cameo):
    _res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs if e.cameo.startswith("13")] == [cameo]


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors", "targets"),
    [
        (
            "The EU is ready to impose new sanctions on Russia.",
            "en",
            "1312",
            {"European Union"},
            {"Russia"},
        ),
        (
            "Uni Eropa siap menjatuhkan sanksi baru terhadap Rusia.",
            "id",
            "1312",
            {"European Union"},
            {"Russia"},
        ),
        ("Poland said it would expel Russian diplomats.", "en", "1313", {"Poland"}, {"Russia"}),
    ],
)
def test_a_side_ready_to_take_a_measure_threatens_it(extractor, text, lang, cameo, actors, targets):
    assert (actors, targets) in _parties(extractor, text, lang, cameo)


def test_a_measure_that_may_come_is_no_threat(extractor):
    res = extractor.extract_text(
        "The EU could impose new sanctions on Russia.", lang="en", published=PUB
    )
    assert {"org-eu", "country-rus"} <= {m.key for m in res.mentions}
    assert not [e for e in res.events if e.cameo.startswith("13")]


def test_even_if_sets_no_condition(extractor):
    _res, evs = events(
        extractor, "Even if Russia withdraws, the sanctions imposed by the EU will remain.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("13")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israel menyerang target militer milik Rezim Iran di Teheran.", "Iran"),
        ("Warga ditembaki oleh tentara Israel di daerah Rafah.", "Palestine"),
    ],
)
def test_an_owner_or_an_agent_before_the_place_keeps_its_country_as_target(extractor, text, target):
    res, evs = events(extractor, text, "id")
    assert any(target in labels(res, e.targets) for e in evs if e.cameo.startswith("19"))


def test_the_surname_of_a_misspelt_linked_name_stays_linked(extractor):
    res, evs = events(
        extractor,
        "Sergei Riabkow spoke on Friday. Riabkow warned the United States against sending troops.",
        "en",
    )
    warn = next(e for e in evs if e.cameo.startswith("13"))
    assert "Sergei Ryabkov" in labels(res, warn.actors)


def test_a_participle_goes_back_to_the_main_clause_over_a_subordinate_subject(extractor):
    res, evs = events(
        extractor, "Biden met Zelensky while Russia shelled Kharkiv, vowing to help Ukraine.", "en"
    )
    pledge = next(e for e in evs if e.cameo.startswith("03"))
    assert "Joe Biden" in labels(res, pledge.actors) and "Russia" not in labels(res, pledge.actors)


@pytest.mark.parametrize(
    ("text", "lang", "visitor", "host"),
    [
        (
            "Presiden Prabowo Subianto telah tiba di Rusia sejak Rabu sore.",
            "id",
            "Prabowo Subianto",
            "Russia",
        ),
        ("Antony Blinken arrived in Kyiv on Tuesday.", "en", "Antony Blinken", "Ukraine"),
    ],
)
def test_the_country_of_a_visit_s_place_is_its_host(extractor, text, lang, visitor, host):
    res, evs = events(extractor, text, lang)
    visit = next(e for e in evs if e.cameo == "042")
    assert visitor in labels(res, visit.actors) and labels(res, visit.targets) == {host}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelensky visited troops in Donetsk.", "en"),
        ("Crown Iris, sebuah kapal pesiar Israel, tiba di Siprus pada Selasa.", "id"),
        ("An Israeli cruise ship arrived in Cyprus.", "en"),
        ("The embassy said a planeload of US military aid had arrived in Ukraine.", "en"),
    ],
)
def test_no_visit_at_home_or_by_a_vehicle(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo == "042"]


def test_fear_of_an_attack_is_no_attack(extractor):
    _res, evs = events(extractor, "Volodymyr Zelensky is afraid of an attack from Belarus.", "en")
    assert not [e for e in evs if e.cameo.startswith("19")]


def test_a_self_defence_action_is_no_protest(extractor):
    _res, evs = events(
        extractor,
        "Sejauh rezim zionis melakukan agresi terhadap Iran, aksi bela diri akan terus berlanjut.",
        "id",
    )
    assert not [e for e in evs if e.cameo.startswith("14")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menteri Ketenagakerjaan (Menaker) Yassierli menyatakan hal itu.", "Yassierli"),
        ("Menteri Pemuda dan Olahraga Dito Ariotedjo hadir.", "Dito Ariotedjo"),
    ],
)
def test_a_minister_s_portfolio_is_no_part_of_the_name(extractor, text, name):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert {e.label for e in res.entities if e.type == "Person"} == {name}


def test_asked_to_be_done_asks_nobody(extractor):
    _res, evs = events(
        extractor,
        "Lavrov said 2.8 million people in Ukraine have asked to be evacuated into Russia.",
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("02")]


@pytest.mark.parametrize(
    ("text", "root", "actor"),
    [
        (
            "While Russia shelled Kharkiv, Zelensky met Scholz in Berlin, asking for more air "
            "defence.",
            "02",
            "Volodymyr Zelensky",
        ),
        (
            "Russian billionaire Oleg Tinkov has blasted Russia's war in Ukraine, calling on the "
            "West to do more.",
            "02",
            "Oleg Tinkov",
        ),
    ],
)
def test_a_participle_skips_subordinate_clauses_and_nouns(extractor, text, root, actor):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo.startswith(root))
    assert actor in labels(res, ev.actors) and "Russia" not in labels(res, ev.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The British aid minister arrived in Kyiv on Monday.",
        "UN weapons inspectors arrived in Iran.",
    ],
)
def test_a_cargo_word_that_modifies_the_visitor_keeps_the_visit(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["042"]


def test_a_visitor_of_unknown_country_has_no_host(extractor):
    res, evs = events(
        extractor,
        "Menteri Agama Nasaruddin Umar tiba di Jakarta setelah berada di Arab Saudi.",
        "id",
    )
    assert [(e.cameo, labels(res, e.targets)) for e in evs] == [("042", set())]


def test_the_day_of_an_invasion_verb_dates_no_later_event(extractor):
    res = extractor.extract_text(
        "Russia invaded Ukraine on Feb. 24, 2022. The EU imposed sanctions on Moscow.",
        lang="en",
        published=dt.date(2024, 5, 2),
    )
    assert {e.date for e in res.events if e.cameo.startswith("16")} == {"2024-05-02"}


@pytest.mark.parametrize(
    ("text", "lang", "root", "actor", "target"),
    [
        # a quotation of several sentences belongs to the speaker named where it closes
        (
            '"Russia must end the war in eastern Ukraine at once. It is a question of days,"'
            " Olaf Scholz said.",
            "en",
            "02",
            "Olaf Scholz",
            "Russia",
        ),
        # the same written as translated reports do: opened and closed with a dash
        (
            "- Russia must end the war in Ukraine. There will be no peace otherwise"
            " - said Olaf Scholz.",
            "en",
            "02",
            "Olaf Scholz",
            "Russia",
        ),
        # a quoted first-person subject is the speaker
        (
            '"We condemn the Russian attacks on Kyiv," Olaf Scholz said.',
            "en",
            "11",
            "Olaf Scholz",
            "Russia",
        ),
        (
            '"The attacks are terrible. We will send more weapons to Ukraine," Olaf Scholz said.',
            "en",
            "03",
            "Olaf Scholz",
            "Ukraine",
        ),
        (
            '"Kami mengutuk serangan Israel terhadap Iran," kata Menteri Luar Negeri Sugiono.',
            "id",
            "11",
            "Sugiono",
            "Israel",
        ),
    ],
)
def test_a_quotation_is_its_speakers(extractor, text, lang, root, actor, target):
    res, evs = events(extractor, text, lang)
    assert any(
        e.cameo.startswith(root)
        and actor in labels(res, e.actors)
        and target in labels(res, e.targets)
        for e in evs
    ), [(e.cameo, labels(res, e.actors), labels(res, e.targets)) for e in evs]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an author's "we" outside any quotation has no speaker, not even the person named
        # in the sentence before
        ("Olaf Scholz spoke in Berlin. We must send more weapons to Ukraine.", "en"),
        # "we" is the subject of "monitor", not of the attack
        ('"We are watching the attacks on Kyiv," Olaf Scholz said.', "en"),
        # a quoted hope is a comment that frames the speaker's words
        ('"Saya berharap perang segera berakhir," kata Presiden Prabowo Subianto.', "id"),
    ],
)
def test_a_first_person_subject_without_a_speaker_or_verb_is_nobody(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    speakers = {"Olaf Scholz", "Prabowo Subianto", "Germany", "Indonesia"}
    assert not [
        e for e in evs if labels(res, e.actors) & speakers and not e.cameo.startswith("19")
    ], [(e.cameo, labels(res, e.actors)) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Ini bukan pertama kalinya Iran mengancam akan menutup Selat Hormuz.",
        "Ini bukan kali pertama Israel menyerang Iran.",
    ],
)
def test_not_the_first_time_negates_nothing(extractor, text):
    res, _evs = events(extractor, text, "id")
    assert any(e.cameo.startswith(("13", "19")) and not e.negated for e in res.events), [
        (e.cameo, e.negated) for e in res.events
    ]


@pytest.mark.parametrize(
    ("text", "lang", "relation"),
    [
        # an unknown name after a journey's end or start, with its place after a comma
        ("Kapal itu berlayar ke Larnaca, Siprus, pada Kamis.", "id", ("Larnaca", "Cyprus")),
        ("The evacuees flew to Tampa, Florida, on Friday.", "en", ("Tampa", "Florida")),
        # the states of the United States are known regions
        ("He was detained in Loudoun County, Virginia.", "en", ("Loudoun County", "Virginia")),
    ],
)
def test_a_place_named_on_a_journey_lies_in_the_place_after_it(extractor, text, lang, relation):
    res, _evs = events(extractor, text, lang)
    assert (relation[0], "locatedIn", relation[1]) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a list of places: none lies in the next
        ("He could come to Moscow, Sochi or St. Petersburg.", "en", ("Moscow", "Sochi")),
        # a person spoken to is no place
        ("He spoke to Sugiarto, Indonesia's envoy.", "en", ("Sugiarto", "Indonesia")),
    ],
)
def test_places_in_a_list_are_not_inside_each_other(extractor, text, lang, absent):
    res, _evs = events(extractor, text, lang)
    assert (absent[0], "locatedIn", absent[1]) not in _relation_labels(res)


def test_a_comma_alone_goes_up_the_hierarchy_of_places(extractor):
    res, _evs = events(
        extractor,
        "KKB melepaskan tembakan ke arah Bandara Aminggaru Ilaga, Kabupaten Puncak, Papua Tengah.",
        "id",
    )
    rels = _relation_labels(res)
    assert ("Ilaga", "locatedIn", "Puncak Regency") in rels
    assert ("Puncak Regency", "locatedIn", "Central Papua") in rels


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a facility noun opens an unknown name of four words, ended by "di" and a known place
        (
            "Maskapai itu menangguhkan penerbangan dari Bandara Internasional Newark Liberty"
            " di New Jersey.",
            ("Bandara Internasional Newark Liberty", "New Jersey"),
        ),
        # two position words between "di" and the place: "di pusat kota"
        (
            "Pengunjuk rasa berkumpul di Lapangan Dizengoff di pusat kota Tel Aviv.",
            ("Lapangan Dizengoff", "Israel"),
        ),
    ],
)
def test_unknown_facilities_and_squares_lie_in_the_place_after_them(extractor, text, relation):
    res, _evs = events(extractor, text, "id")
    assert (relation[0], "locatedIn", relation[1]) in _relation_labels(res)


def test_a_known_war_named_in_passing_is_a_fact(extractor):
    # the war of onsets.yaml, named by a noun only: below the threshold before
    res, evs = events(
        extractor, "The Russian war against Ukraine will dominate the summit in Bavaria.", "en"
    )
    war = [e for e in evs if e.cameo.startswith("19")]
    assert [(labels(res, e.actors), labels(res, e.targets)) for e in war] == [
        ({"Russia"}, {"Ukraine"})
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # before the onset a reference to the war is a prospect
        ("Analysts discussed the Russian war against Ukraine and its costs.", dt.date(2022, 1, 10)),
        # a possible invasion is no fact
        ("Officials said a Russian invasion of Ukraine could come at any time.", PUB),
    ],
)
def test_a_known_war_is_no_fact_before_its_onset_or_as_a_possibility(extractor, text, published):
    res = extractor.extract_text(text, lang="en", published=published)
    assert not [e for e in res.events if e.cameo.startswith("19") and not e.hypothetical]


def test_a_known_war_named_twice_is_one_event(extractor):
    text = (
        "The Russian war against Ukraine will dominate the summit in Bavaria. "
        "Leaders will also discuss Russia's invasion of Ukraine and its costs."
    )
    _res, evs = events(extractor, text, "en")
    assert len([e for e in evs if e.cameo.startswith("19")]) == 1


@pytest.mark.parametrize(
    ("text", "lang", "published", "members", "absent"),
    [
        (
            "Anggota OPEC Arab Saudi, Iran dan Irak mengekspor minyak melalui selat itu.",
            "id",
            PUB,
            {("Saudi Arabia", "OPEC"), ("Iran", "OPEC"), ("Iraq", "OPEC")},
            set(),
        ),
        # a country named with an organisation it does not belong to is no member
        (
            "Biden spoke with the leaders of NATO countries, including Poland, about Russia.",
            "en",
            PUB,
            {("Poland", "NATO")},
            {("Russia", "NATO")},
        ),
        # Finland joined NATO on 4 April 2023: no member a year before
        (
            "Finland asked NATO for membership.",
            "en",
            dt.date(2022, 5, 18),
            set(),
            {("Finland", "NATO")},
        ),
    ],
)
def test_a_country_named_with_its_organisation_is_its_member(
    extractor, text, lang, published, members, absent
):
    res = extractor.extract_text(text, lang=lang, published=published)
    rels = {(s, o) for s, p, o in _relation_labels(res) if p == "memberOf"}
    assert members <= rels and not absent & rels, rels


@pytest.mark.parametrize(
    ("text", "lang", "leader", "country"),
    [
        (
            "The leader of Belarus Alexander Lukashenko said his country wanted no war.",
            "en",
            "Alexander Lukashenko",
            "Belarus",
        ),
        (
            "Mr Lukashenko, the authoritarian leader of Belarus, spoke on television.",
            "en",
            "Alexander Lukashenko",
            "Belarus",
        ),
        (
            "Diktator Korea Utara Kim Jong Un meninjau uji coba rudal.",
            "id",
            "Kim Jong Un",
            "North Korea",
        ),
    ],
)
def test_a_ruler_named_without_a_post_leads_the_country(extractor, text, lang, leader, country):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (leader, "leads", country) in _relation_labels(res)


def test_a_leader_title_with_no_country_in_it_leads_no_country(extractor):
    # "pimpinan" names the group's leader; the country is only the article's
    res = extractor.extract_text(
        "Kelompok bersenjata pimpinan Egianus Kogoya menyerang pos TNI.", lang="id", published=PUB
    )
    assert not [
        r for r in res.relations if r.predicate == "leads" and r.object.startswith("country-")
    ]


def test_an_object_named_after_a_title_follows_of(extractor):
    res, _evs = events(
        extractor, "The court ordered the arrest of the Russian leader Vladimir Putin.", "en"
    )
    arrest = next(e for e in res.events if e.cameo == "173")
    assert "Vladimir Putin" in labels(res, arrest.targets)


@pytest.mark.parametrize(
    ("text", "lang", "root", "actor", "not_actor"),
    [
        # an aside is no subject: the named party before it acts
        (
            '"Hamas, I repeat, attacked Israel first," Benjamin Netanyahu said.',
            "en",
            "19",
            "Hamas",
            "Benjamin Netanyahu",
        ),
        (
            '"Israel, saya tegaskan, menyerang Iran lebih dulu," kata Abbas Araghchi.',
            "id",
            "19",
            "Israel",
            "Abbas Araghchi",
        ),
        # a reporting verb inside the quotation names no speaker of it
        (
            '"We condemn the attack, which Hamas claimed on Telegram," Antony Blinken said.',
            "en",
            "11",
            "Antony Blinken",
            "Hamas",
        ),
    ],
)
def test_a_quoted_first_person_is_the_speaker_only_as_the_verbs_subject(
    extractor, text, lang, root, actor, not_actor
):
    res, evs = events(extractor, text, lang)
    found = [e for e in evs if e.cameo.startswith(root)]
    assert any(actor in labels(res, e.actors) for e in found), found
    assert not any(not_actor in labels(res, e.actors) for e in found)


@pytest.mark.parametrize(
    ("text", "lang", "roots", "person"),
    [
        # no quotation and no speaker: an author's "we"; "reported" is an adjective here
        (
            "We condemn Russia's reported attempts to trade in stolen grain.",
            "en",
            ("11",),
            "Russia",
        ),
        # a noun trigger has no first-person subject
        (
            '"Kami mengecam serangan terhadap warga sipil di Gaza," kata Sugiono.',
            "id",
            ("19",),
            "Sugiono",
        ),
        # the speaker suffers a passive
        ('"Kami dipukuli aparat saat demo," kata Haris Azhar.', "id", ("18",), "Haris Azhar"),
    ],
)
def test_a_first_person_stands_for_no_speaker_it_cannot_be(extractor, text, lang, roots, person):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo[:2] in roots and person in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # the place after "from" begins a new clause
        (
            "Russia launched 40 drones from Primorsko-Akhtarsk, Ukraine said on Sunday.",
            "en",
            ("Primorsko-Akhtarsk", "Ukraine"),
        ),
        # a cited source is no place
        ("Kabar itu dikutip dari Antara, Jakarta, pada Senin.", "id", ("Antara", "Jakarta")),
    ],
)
def test_a_name_after_from_is_no_place_when_its_phrase_goes_on(extractor, text, lang, absent):
    res, _evs = events(extractor, text, lang)
    assert (absent[0], "locatedIn", absent[1]) not in _relation_labels(res)


def test_a_four_word_unknown_place_needs_a_facility_noun(extractor):
    res, _evs = events(
        extractor,
        "Banjir melanda Kecamatan Batang Anai Kabupaten Padang Pariaman, Sumatera Barat.",
        "id",
    )
    assert ("Kabupaten Padang Pariaman", "locatedIn", "West Sumatra") in _relation_labels(res)


@pytest.mark.parametrize(
    "text", ["The Indiana Pacers won on Sunday.", "She studied at the University of Pennsylvania."]
)
def test_a_state_inside_a_longer_name_is_no_place(extractor, text):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert not [e for e in res.entities if e.type == "Region"]


def test_a_likely_war_crime_is_no_likely_strike(extractor):
    _res, evs = events(
        extractor,
        "The Israeli strike on the hospital in Gaza is likely a war crime, Amnesty said.",
        "en",
    )
    assert any(e.cameo.startswith("19") and not e.hypothetical for e in evs)


def test_a_known_war_needs_its_target_named(extractor):
    _res, evs = events(
        extractor, "Moldova is worried about a Russian invasion of its territory.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("19")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops pressed the Russians back to the river.",
        "Asked by reporters for his view on weapons deliveries to Ukraine, Olaf Scholz declined.",
    ],
)
def test_appeal_verbs_in_other_senses_are_no_appeals(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("02")]


@pytest.mark.parametrize(
    ("text", "lang", "root", "actors", "targets"),
    [
        # the noun a relative clause hangs on is its verb's subject (here the passive's)
        (
            "Rusia mengirim bantuan kepada Iran yang sedang diserang Israel.",
            "id",
            "19",
            {"Israel"},
            {"Iran"},
        ),
        (
            "Russia sent aid to Iran, which was attacked by Israel.",
            "en",
            "19",
            {"Israel"},
            {"Iran"},
        ),
    ],
)
def test_a_relative_clause_hangs_on_the_noun_before_it(
    extractor, text, lang, root, actors, targets
):
    res, evs = events(extractor, text, lang)
    hit = [e for e in evs if e.cameo.startswith(root)]
    assert any(
        actors <= labels(res, e.actors) and targets <= labels(res, e.targets) for e in hit
    ), [(e.cameo, labels(res, e.actors), labels(res, e.targets)) for e in hit]


def test_a_relative_clause_hangs_on_no_outlet(extractor):
    res, evs = events(
        extractor,
        "Orang-orang gelisah, kata Shira kepada DW, yang juga menolak menyebutkan namanya.",
        "id",
    )
    assert not [e for e in evs if "Deutsche Welle" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Joe Biden cancelled his trip to Israel after the hospital blast.", "en"),
        ("Kapal induk AS membatalkan kunjungan ke Vietnam.", "id"),
    ],
)
def test_a_cancelled_visit_did_not_happen(extractor, text, lang):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert not [e for e in res.events if e.cameo.startswith("04") and not e.negated]


def test_a_scheduled_meeting_is_an_intent(extractor):
    _res, evs = events(
        extractor,
        "Prabowo dijadwalkan bertemu langsung dengan Presiden Vladimir Putin di Moskow.",
        "id",
    )
    assert [e.cameo for e in evs if e.cameo.startswith(("03", "04"))] == ["036"]


@pytest.mark.parametrize(
    "text",
    [
        "This met with decisive criticism from Brussels.",
        "It was the first revision since 2010, when Russia still attended NATO summits.",
    ],
)
def test_a_consultation_with_nobody_named_on_either_side_is_none(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("04")]


def test_a_consultation_between_two_states_stays(extractor):
    # "held talks in": the coordinated subject holds them
    res, evs = events(extractor, "Ukraine and Russia held talks in Istanbul on Tuesday.", "en")
    talks = [e for e in evs if e.cameo.startswith("04")]
    assert talks and labels(res, talks[0].actors) >= {"Ukraine", "Russia"}


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # an opposition leader, and a ruler of the past, lead no country
        (
            "Alexei Navalny, the Russian opposition leader, was jailed.",
            "en",
            ("Alexei Navalny", "Russia"),
        ),
        (
            "The Libyan dictator Muammar Gaddafi was killed in 2011.",
            "en",
            ("Muammar Gaddafi", "Libya"),
        ),
    ],
)
def test_only_the_ruler_of_the_day_leads_a_country(extractor, text, lang, absent):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (absent[0], "leads", absent[1]) not in _relation_labels(res)


def test_a_relative_clause_hangs_on_no_place_after_in(extractor):
    res, evs = events(
        extractor,
        "Israel struck Hezbollah in Lebanon, which fired rockets at northern Israel.",
        "en",
    )
    assert not [e for e in evs if "Lebanon" in labels(res, e.actors)]


def test_an_ordered_attack_on_a_carrier_is_an_attack(extractor):
    _res, evs = events(
        extractor, "Khamenei memerintahkan serangan rudal ke kapal induk Amerika Serikat.", "id"
    )
    assert [e.cameo for e in evs if e.cameo[:2] in ("15", "19")] == ["195"]


def test_a_judgement_said_not_to_hold_is_negated(extractor):
    res = extractor.extract_text(
        "Blinken said the United States is not complicit in the strikes.", lang="en", published=PUB
    )
    assert all(e.negated for e in res.events if e.cameo.startswith("11"))


def test_the_day_a_speaker_spoke_dates_the_next_sentences(extractor):
    # published on a Thursday; "on Wednesday", past the article's lead, dates the speech and
    # the meeting reported after it
    lead = "The summit opened in Brussels. " * 5
    text = lead + (
        "Russian aggression is aggression against all of Europe, Zelensky said on Wednesday. "
        "He met French President Emmanuel Macron there."
    )
    _res, evs = events(extractor, text, "en")
    meeting = next(e for e in evs if e.cameo.startswith("04"))
    assert meeting.date == "2025-06-18" and meeting.date_source == "context"


@pytest.mark.parametrize(
    ("text", "cameo", "speaker", "judged"),
    [
        ("Kallas said Moscow can never be trusted.", "111", "Kaja Kallas", "Russia"),
        ("Baerbock said Russian aggression must be stopped.", "111", "Annalena Baerbock", "Russia"),
        (
            "Blinken said Moscow was fabricating a pretext.",
            "112",
            "Antony Blinken",
            "Russia",
        ),
        ("Lavrov said NATO was waging a proxy war.", "112", "Sergei Lavrov", "NATO"),
        (
            "China's actions violate the principles of the UN Charter, Blinken said.",
            "112",
            "Antony Blinken",
            "China",
        ),
    ],
)
def test_a_charge_laid_on_a_party_is_the_speakers_judgement(
    extractor, text, cameo, speaker, judged
):
    res, evs = events(extractor, text, "en")
    found = [e for e in evs if e.cameo[:2] == "11"]
    assert [e.cameo for e in found] == [cameo]
    assert speaker in labels(res, found[0].actors)
    assert labels(res, found[0].targets) >= {judged}


@pytest.mark.parametrize(
    "text",
    [
        # the party before the noun does not commit it
        "Kallas said NATO must deter aggression.",
        # the act named in passing, as the object of a preposition
        "Blinken said the US stands with Ukraine in the face of Russian aggression.",
        "Baerbock called for an end to Russia's war of aggression.",
        # ... after a determiner, or joined to the name by a list's "and"
        "Biden said the US stands with Ukraine against this Russian aggression.",
        "Biden said it was time to punish Russia and aggression.",
    ],
)
def test_aggression_named_in_passing_judges_nobody(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo[:2] == "11"]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Russia annexed Crimea in 2014.", "en", "2014"),
        ("Russia, which occupied Crimea in 2014, denies it.", "en", "2014"),
        ("Rusia mencaplok Krimea pada tahun 2014.", "id", "2014"),
        ("Rusia mencaplok Krimea sejak 2014.", "id", "2014"),
    ],
)
def test_a_year_after_its_marker_dates_an_event(extractor, text, lang, date):
    _res, evs = events(extractor, text, lang)
    seized = next(e for e in evs if e.cameo == "192")
    assert (seized.date, seized.date_precision, seized.date_source) == (date, "year", "text")


def test_a_war_named_by_its_year_stays_a_background_mention(extractor):
    # published 2025-06-19: the invasion "in 2022" is the ongoing war, named in passing
    _res, evs = events(extractor, "Prices rose after the Russian invasion in 2022.", "en")
    assert not [e for e in evs if e.cameo.startswith("19")]
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    _res, evs = events(everything, "Prices rose after the Russian invasion in 2022.", "en")
    war = next(e for e in evs if e.cameo.startswith("19"))
    # the onset's day (onsets.yaml) replaces the year the text gives
    assert war.date == "2022-02-24" and war.date_source == "onset"


def test_two_verbs_of_force_are_two_acts(extractor):
    _res, evs = events(extractor, "Russia attacked Ukraine in 2014 and annexed Crimea.", "en")
    assert sorted(e.cameo for e in evs if e.cameo.startswith("19")) == ["190", "192"]


def test_a_noun_and_its_verb_are_one_act(extractor):
    # the strike named twice, by a noun and by the verb of its relative clause
    text = "Serangan Israel, yang menargetkan fasilitas nuklir Iran, terjadi pada Jumat."
    _res, evs = events(extractor, text, "id")
    assert len([e for e in evs if e.cameo.startswith("19")]) == 1


def test_support_for_a_programme_is_no_support_of_a_party(extractor):
    _res, evs = events(extractor, "Pemerintah Indonesia mendukung program tiga juta rumah.", "id")
    assert not [e for e in evs if e.cameo.startswith("05")]
    res, evs = events(extractor, "Indonesia mendukung penuh Palestina.", "id")
    support = next(e for e in evs if e.cameo == "051")
    assert labels(res, support.targets) == {"Palestine"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jepang akan bekerja sama dengan Indonesia dalam pembangunan pelabuhan.", "id"),
        ("Japan will cooperate with Indonesia on building the port.", "en"),
    ],
)
def test_cooperation_announced_for_the_future_is_an_intent(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    intent = next(e for e in evs if e.cameo.startswith("03"))
    assert intent.cameo == "031" and not intent.hypothetical
    assert "Japan" in labels(res, intent.actors)


def test_giving_information_is_no_intelligence_sharing(extractor):
    text = "KBRI memberikan pendampingan dan informasi sesuai perkembangan situasi."
    _res, evs = events(extractor, text, "id")
    assert not [e for e in evs if e.cameo.startswith("06")]
    _res, evs = events(
        extractor, "Amerika Serikat memberikan informasi intelijen kepada Israel.", "id"
    )
    assert [e.cameo for e in evs if e.cameo.startswith("06")] == ["064"]


def test_a_quotation_opened_after_a_colon_is_the_speakers_to_its_end(extractor):
    text = (
        'Kallas wrote on X: "Our diplomats will stay at home. Moscow cannot be trusted." '
        "Russia fired missiles at Lviv."
    )
    res, evs = events(extractor, text, "en")
    charge = next(e for e in evs if e.cameo.startswith("11"))
    assert "Kaja Kallas" in labels(res, charge.actors)
    assert labels(res, charge.targets) >= {"Russia"}
    # the sentence after the closing mark is nobody's quotation
    strike = next(e for e in evs if e.cameo.startswith("19"))
    assert "Kaja Kallas" not in labels(res, strike.actors)


def test_western_countries_in_lower_case_are_the_west(extractor):
    res, evs = events(extractor, "Several western countries recalled their ambassadors.", "en")
    recall = next(e for e in evs if e.cameo == "161")
    assert labels(res, recall.actors) == {"the West"}


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "parties"),
    [
        (
            "Putin usai menerima Presiden Prabowo Subianto dalam pertemuan kenegaraan di Moskow.",
            "id",
            "043",
            {"Vladimir Putin", "Prabowo Subianto"},
        ),
        (
            "Biden met Zelensky in Kyiv and held talks with him.",
            "en",
            "044",
            {"Joe Biden", "Volodymyr Zelensky"},
        ),
    ],
)
def test_one_side_of_a_meeting_named_again_is_the_same_meeting(
    extractor, text, lang, cameo, parties
):
    res, evs = events(extractor, text, lang)
    meetings = [e for e in evs if e.cameo.startswith("04")]
    assert [e.cameo for e in meetings] == [cameo]
    assert labels(res, (*meetings[0].actors, *meetings[0].targets)) >= parties


def test_a_war_ignited_is_an_act(extractor):
    res, evs = events(extractor, "Rusia menyulut perang dengan Ukraina.", "id")
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert "Russia" in labels(res, war.actors)


def test_demand_for_goods_asks_nobody(extractor):
    _res, evs = events(extractor, "Demand for gas to power homes rose across Europe.", "en")
    assert not [e for e in evs if e.cameo.startswith("10")]


def test_praise_of_no_party_is_no_support(extractor):
    _res, evs = events(extractor, "Macron praised the firefighters for their courage.", "en")
    assert not [e for e in evs if e.cameo.startswith("05")]
    res, evs = events(extractor, "Macron praised Poland for taking in refugees.", "en")
    praise = next(e for e in evs if e.cameo == "051")
    assert labels(res, praise.targets) == {"Poland"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Mariupol's Azovstal plant, built in 1933.",
        "Medvedev, who graduated in 1987, threatened the West with nuclear strikes.",
        "The EU extended sanctions against Russia until 2030.",
    ],
)
def test_a_year_of_another_clause_or_of_the_future_dates_nothing(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert evs and all(e.date_precision != "year" for e in evs)


def test_a_law_numbered_with_its_year_dates_nothing(extractor):
    text = "Israel menyerang Gaza berdasarkan Undang-Undang Nomor 20 Tahun 2023."
    _res, evs = events(extractor, text, "id")
    assert evs and all(e.date_source != "text" for e in evs)


def test_an_act_of_a_named_year_is_not_a_later_undated_mention(extractor):
    text = (
        "In 2014 Russia attacked Ukraine. Russia's blockade of Ukrainian ports is trapping grain."
    )
    _res, evs = events(extractor, text, "en")
    fights = sorted((e.cameo, e.date) for e in evs if e.cameo.startswith("19"))
    assert fights == [("190", "2014"), ("191", PUB.isoformat())]


def test_a_dated_act_stands_beside_the_speakers_judgement_of_it(extractor):
    text = "Russian aggression against Ukraine began on 20 February 2014, Zelensky said."
    res, evs = events(extractor, text, "en")
    assert sorted(e.cameo for e in evs) == ["111", "190"]
    war = next(e for e in evs if e.cameo == "190")
    assert war.date == "2014-02-20" and labels(res, war.targets) >= {"Ukraine"}


def test_talks_of_two_sides_stay_beside_their_host(extractor):
    res, evs = events(extractor, "Turkey hosted talks between Russia and Ukraine.", "en")
    talks = [e for e in evs if e.cameo.startswith("04")]
    assert sorted(e.cameo for e in talks) == ["040", "043"]
    own = next(e for e in talks if e.cameo == "040")
    assert labels(res, own.actors) == {"Russia", "Ukraine"}


def test_support_names_the_party_right_after_the_verb(extractor):
    _res, evs = events(extractor, "Erick mendukung sepak bola Indonesia agar maju.", "id")
    assert not [e for e in evs if e.cameo.startswith("05")]


def test_being_met_with_is_no_meeting(extractor):
    text = '"It will be met with overwhelming condemnation," Biden said.'
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("04") or e.cameo.startswith("03")]
    _res, evs = events(extractor, "Biden was meeting with Zelensky when the sirens sounded.", "en")
    assert [e.cameo for e in evs if e.cameo.startswith("04")] == ["044"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Juru bicara militer Israel mengecam Iran.", "id"),
        ("Komandan pasukan Israel menyerang Gaza.", "id"),
        ("The Israeli military spokesman condemned the strike on the port.", "en"),
    ],
)
def test_a_title_nobody_holds_here_lets_its_body_act(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    assert evs and "Israel Defense Forces" in labels(res, evs[0].actors)


def test_an_appositive_title_leaves_its_person_acting(extractor):
    text = (
        "General Sir Patrick Sanders, the chief of the British army, also "
        "reiterated the UK's support for Ukraine in a speech this week."
    )
    res, evs = events(extractor, text, "en")
    support = next(e for e in evs if e.cameo.startswith("05"))
    assert "Sir Patrick Sanders" in labels(res, support.actors)


def test_a_number_word_is_no_capital_before_what_it_counts(extractor):
    res, evs = events(extractor, "Lima warga Palestina tewas di Rafah.", "id")
    assert "Peru" not in {e.label for e in res.entities}
    toll = next(e for e in evs if e.quantities)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", 5.0)]
    assert labels(res, toll.targets) == {"Palestine"}


@pytest.mark.parametrize(
    ("text", "killer", "count"),
    [
        ("Dua warga tewas ditembak KKB di Yahukimo.", "TPNPB-OPM", 2.0),
        ("Sedikitnya 20 warga Palestina tewas ditembak mati pasukan Israel.", "Israel", 20.0),
        ("Dua orang tukang ojek tewas ditembak KKB di Intan Jaya.", "TPNPB-OPM", 2.0),
    ],
)
def test_the_name_after_a_bare_passive_of_a_toll_killed(extractor, text, killer, count):
    res, evs = events(extractor, text, "id")
    toll = next(e for e in evs if e.quantities)
    assert killer in labels(res, toll.actors)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", count)]


def test_a_classifier_counts_people_but_not_across_a_conjunction(extractor):
    text = "Serangan Iran ke Israel menewaskan 24 orang dan melukai ratusan orang lainnya."
    _res, evs = events(extractor, text, "id")
    toll = next(e for e in evs if e.quantities)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", 24.0), ("injured", 100.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Baku tembak antara pasukan TNI dengan KKB pecah di Intan Jaya.",
        "Kontak tembak antara aparat gabungan TNI-Polri dan KKB terjadi di Kabupaten Puncak.",
    ],
)
def test_both_sides_of_a_firefight_take_part(extractor, text):
    res, evs = events(extractor, text, "id")
    sides = set().union(*(labels(res, (*e.actors, *e.targets)) for e in evs))
    assert {"Indonesian National Armed Forces", "TPNPB-OPM"} <= sides
    assert all(e.evidence.confidence >= 0.5 for e in evs)


def test_a_datelines_city_joins_no_party(extractor):
    res, evs = events(extractor, "JAKARTA-Iran kembali melancarkan serangan rudal ke Haifa.", "id")
    strike = next(e for e in evs if e.cameo == "195")
    assert labels(res, strike.actors) == {"Iran"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Pemerintah Indonesia mengecam keras serangan Israel terhadap Iran dan menyerukan "
            "semua pihak menahan diri.",
            "id",
            "Indonesia",
        ),
        (
            "Sergei Lavrov accused the US of fighting a proxy war in Ukraine and warned of "
            "consequences.",
            "en",
            "Sergei Lavrov",
        ),
    ],
)
def test_a_verb_after_a_noun_object_shares_the_first_verbs_subject(extractor, text, lang, speaker):
    res, evs = events(extractor, text, lang)
    last = max(evs, key=lambda e: e.evidence.trigger_start or 0)
    assert speaker in labels(res, last.actors)


def test_a_gerund_after_and_goes_on_with_the_gerund_before_it(extractor):
    text = (
        "Kelly said he accused Russian President Vladimir Putin of killing women and children "
        "and committing war crimes."
    )
    res, evs = events(extractor, text, "en")
    crimes = next(e for e in evs if e.cameo == "200")
    assert "Vladimir Putin" in labels(res, crimes.actors)
    # the subject of a gerund of killing is the killer, not a person killed
    assert not [e for e in evs if e.quantities]


@pytest.mark.parametrize(
    ("text", "lang", "killer", "victim"),
    [
        (
            "Israel membunuh Mohammad Bagheri dalam serangan itu.",
            "id",
            "Israel",
            "Mohammad Bagheri",
        ),
        ("Mohammad Bagheri dibunuh Israel.", "id", "Israel", "Mohammad Bagheri"),
        ("Israel killed Hamas leader Yahya Sinwar in Rafah.", "en", "Israel", "Yahya Sinwar"),
    ],
)
def test_a_person_named_after_an_active_verb_of_killing_was_killed(
    extractor, text, lang, killer, victim
):
    res, evs = events(extractor, text, lang)
    toll = next(e for e in evs if e.quantities)
    assert killer in labels(res, toll.actors)
    assert victim in labels(res, toll.targets)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", 1.0)]


def test_one_death_told_by_two_verbs_is_one_count(extractor):
    text = "Komandan Hamas Mohammed Sinwar tewas dibunuh militer Israel di Khan Younis."
    res, evs = events(extractor, text, "id")
    toll = next(e for e in evs if e.quantities)
    assert [(q.kind, q.value) for q in toll.quantities] == [("killed", 1.0)]
    assert "Israel" in labels(res, toll.actors)


def test_the_object_of_a_verb_may_follow_a_capitalised_title(extractor):
    text = (
        "Israel membunuh Kepala Staf Angkatan Bersenjata Iran Mohammad Bagheri dalam "
        "serangan tersebut."
    )
    res, evs = events(extractor, text, "id")
    assert any("Mohammad Bagheri" in labels(res, e.targets) for e in evs)


def test_opposing_a_measure_does_not_oppose_the_party_it_names(extractor):
    res, evs = events(extractor, "Orban opposes sanctions imposed on Moscow.", "en")
    assert not [e for e in evs if e.cameo.startswith("11")]
    res, evs = events(extractor, "Hungary opposed the Russian invasion.", "en")
    assert [labels(res, e.targets) for e in evs if e.cameo == "110"] == [{"Russia"}]


def test_a_place_in_front_of_an_embassy_is_no_party(extractor):
    text = (
        "Ribuan demonstran berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jakarta "
        "menuntut diakhirinya agresi Israel di Gaza."
    )
    res, evs = events(extractor, text, "id")
    assert all("United States" not in labels(res, e.actors) for e in evs)


def test_support_with_a_possessive_suffix_is_support(extractor):
    res, evs = events(
        extractor, "Arab Saudi menyatakan dukungannya terhadap kedaulatan Iran.", "id"
    )
    assert [(e.cameo, labels(res, e.targets)) for e in evs] == [("051", {"Iran"})]


def test_a_governments_strong_protest_is_a_complaint(extractor):
    text = "Pemerintah Korea Selatan memprotes keras peluncuran rudal tersebut."
    _res, evs = events(extractor, text, "id")
    assert [e.cameo for e in evs] == ["114"]


def test_the_speakers_own_side_after_a_noun_is_no_target(extractor):
    text = "Menlu Sugiono menyampaikan kecaman keras Indonesia atas serangan Israel ke Iran."
    res, evs = events(extractor, text, "id")
    criticism = next(e for e in evs if e.cameo.startswith("11"))
    assert labels(res, criticism.targets) == {"Israel"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zelensky met US President Joe Biden at the White House on Wednesday.", "Joe Biden"),
        ("Putin met Turkish President Recep Tayyip Erdogan in Sochi.", "Recep Tayyip Erdoğan"),
    ],
)
def test_a_country_opening_a_partners_title_stands_for_the_partner(extractor, text, person):
    res, evs = events(extractor, text, "en")
    meeting = next(e for e in evs if e.cameo.startswith("04"))
    assert person in labels(res, meeting.actors)


def test_the_object_may_follow_a_title_with_lower_case_words(extractor):
    text = "Russian authorities detained Wall Street Journal reporter Evan Gershkovich."
    res, evs = events(extractor, text, "en")
    arrest = next(e for e in evs if e.cameo == "173")
    assert "Evan Gershkovich" in labels(res, arrest.targets)


def test_a_visit_naming_the_host_leader_is_the_same_visit(extractor):
    text = (
        "Pence visited Kyiv and President Zelensky on Thursday. "
        "Pence also visited Ukraine's hardest-hit regions."
    )
    res, evs = events(extractor, text, "en")
    visits = [e for e in evs if e.cameo == "042"]
    assert len(visits) == 1
    assert {"Ukraine", "Volodymyr Zelensky"} <= labels(res, visits[0].targets)


def test_talks_between_a_leader_and_a_titled_partner_after_a_comma(extractor):
    text = (
        "Energi jadi pokok pembahasan dalam pertemuan bilateral antara Presiden Prabowo "
        "Subianto dengan Presiden Rusia, Vladimir Putin."
    )
    res, evs = events(extractor, text, "id")
    meeting = next(e for e in evs if e.cameo.startswith("04"))
    assert {"Prabowo Subianto", "Vladimir Putin"} <= labels(res, meeting.actors)


@pytest.mark.parametrize(
    ("text", "lang", "judged"),
    [
        (
            "Pyongyang mengecam latihan militer gabungan Amerika Serikat dan Korea Selatan.",
            "id",
            {"United States", "South Korea"},
        ),
        ("Zelensky condemned the latest attacks by Russian forces.", "en", {"Russia"}),
    ],
)
def test_a_criticism_naming_no_party_judges_the_act_after_it(extractor, text, lang, judged):
    res, evs = events(extractor, text, lang)
    criticism = next(e for e in evs if e.cameo.startswith("11"))
    assert judged <= labels(res, criticism.targets)
    # the critic takes no part in the act it condemns
    act = next(e for e in evs if not e.cameo.startswith("11"))
    assert not labels(res, act.actors) & labels(res, criticism.actors)


def test_support_declared_with_the_supporter_named_inside(extractor):
    text = "Kim Jong Un menegaskan dukungan penuh Korea Utara terhadap operasi militer Rusia."
    res, evs = events(extractor, text, "id")
    support = next(e for e in evs if e.cameo == "051")
    assert "Russia" in labels(res, support.targets)
    assert "North Korea" not in labels(res, support.targets)


def test_destroying_military_targets_is_an_attack(extractor):
    text = "Militer Israel mengklaim telah menghancurkan lebih dari 100 peluncur rudal Iran."
    res, evs = events(extractor, text, "id")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert "Israel" in labels(res, attack.actors)
    assert labels(res, attack.targets) == {"Iran"}


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "Sunak pledged another 2.5 billion pounds in military aid to Ukraine.",
            "0332",
            "Rishi Sunak",
            "Ukraine",
        ),
        ("Biden said Putin was a war criminal.", "112", "Joe Biden", "Vladimir Putin"),
        (
            "Lavrov said the West was waging a hybrid war against Russia.",
            "112",
            "Sergei Lavrov",
            "the West",
        ),
        ("Hungary blocked the aid package for Ukraine.", "129", "Hungary", "Ukraine"),
    ],
)
def test_english_statements_of_pledges_labels_charges_and_commitments(
    extractor, text, cameo, source, target
):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == cameo)
    assert source in labels(res, ev.actors)
    assert target in labels(res, ev.targets)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Korea Utara mengirimkan amunisi artileri dan rudal balistik ke Rusia.", "072"),
        ("Korea Utara mengirim ribuan tentara ke Rusia.", "150"),
    ],
)
def test_sending_weapons_is_aid_and_sending_troops_a_deployment(extractor, text, cameo):
    res, evs = events(extractor, text, "id")
    assert [(e.cameo, labels(res, e.targets)) for e in evs] == [(cameo, {"Russia"})]


def test_people_named_after_a_noun_of_an_act_undergo_it(extractor):
    res, evs = events(extractor, "Penangkapan warga Israel oleh polisi Iran memicu protes.", "id")
    arrest = next(e for e in evs if e.cameo == "173")
    assert "Iran" in labels(res, arrest.actors)
    assert labels(res, arrest.targets) == {"Israel"}
    res, evs = events(extractor, "Serangan pasukan Israel menghantam Rafah.", "id")
    assert "Israel" in labels(res, evs[0].actors)


def test_a_protest_against_an_act_judges_its_parties(extractor):
    text = "Ribuan warga Iran turun ke jalan di Teheran untuk memprotes serangan Israel."
    res, evs = events(extractor, text, "id")
    protest = next(e for e in evs if e.cameo.startswith("14"))
    assert labels(res, protest.targets) == {"Israel"}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow warned Washington against supplying long-range missiles to Kyiv.",
        "The United States has warned Russia against using nuclear weapons in Ukraine.",
        "NATO wants to deter Russia from attacking its members.",
    ],
)
def test_a_gerund_warned_against_or_deterred_did_not_happen(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo[:2] in ("07", "19", "20")]


def test_destroying_a_dam_is_an_attack(extractor):
    res, evs = events(extractor, "Russian forces destroyed the Kakhovka dam on Tuesday.", "en")
    assert [(e.cameo, "Russia" in labels(res, e.actors)) for e in evs] == [("190", True)]


def test_a_countrys_generic_leader_title_names_the_state_post(extractor):
    res = extractor.extract_text(
        "Macron pressed Chinese leader Xi Jinping at a summit in Paris.",
        lang="en",
        published=dt.date(2024, 5, 7),
    )
    posts = {r.object for r in res.relations if r.predicate == "holdsPosition"}
    assert "position-president-of-china" in posts
    assert "position-general-secretary-of-the-chinese-communist-party" not in posts


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "The Kremlin did not comment on the first anniversary of Russia's full-scale "
            "invasion of Ukraine on February 24.",
            "en",
            dt.date(2023, 2, 25),
        ),
        (
            "Ukraina memperingati ulang tahun kedua invasi Rusia pada 24 Februari.",
            "id",
            dt.date(2024, 2, 25),
        ),
    ],
)
def test_the_day_of_an_anniversary_is_not_the_wars(extractor, text, lang, day):
    res = extractor.extract_text(text, lang=lang, published=day)
    war = next(e for e in res.events if e.cameo.startswith("19"))
    assert war.date == "2022-02-24"


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        (
            "Pasukan Korea Utara bertempur melawan pasukan Ukraina di Kursk.",
            {"North Korea"},
            {"Ukraine"},
        ),
        (
            "Pasukan Korea Utara bertempur bersama tentara Rusia di Kursk.",
            {"North Korea", "Russia"},
            set(),
        ),
    ],
)
def test_fighting_against_a_party_and_alongside_one(extractor, text, actors, targets):
    res, evs = events(extractor, text, "id")
    fight = next(e for e in evs if e.cameo == "190")
    assert actors <= labels(res, fight.actors)
    assert targets <= labels(res, fight.targets)
    assert not labels(res, fight.actors) & targets


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Satgas Damai Cartenz menembak mati seorang anggota KKB dalam kontak tembak di "
            "Yahukimo.",
            "Operation Damai Cartenz Task Force",
            "TPNPB-OPM",
        ),
        (
            "Seorang prajurit TNI gugur dalam penyerangan pos TNI oleh KKB di Maybrat.",
            "TPNPB-OPM",
            "Indonesian National Armed Forces",
        ),
    ],
)
def test_who_killed_in_a_firefight_or_an_attack_by_an_agent(extractor, text, actor, target):
    res, evs = events(extractor, text, "id")
    toll = next(e for e in evs if e.quantities)
    assert actor in labels(res, toll.actors)
    assert target in labels(res, toll.targets)


@pytest.mark.parametrize(
    ("text", "lang", "giver"),
    [
        (
            "Ukraine received the first batch of F-16 fighter jets from Denmark and the "
            "Netherlands.",
            "en",
            "Denmark",
        ),
        ("Ukraina menerima jet tempur F-16 dari Denmark.", "id", "Denmark"),
        ("Israel menerima bantuan militer dari Jerman.", "id", "Germany"),
    ],
)
def test_weapons_received_from_a_party_are_its_aid(extractor, text, lang, giver):
    res, evs = events(extractor, text, lang)
    aid = next(e for e in evs if e.cameo == "072")
    assert giver in labels(res, aid.actors)
    assert labels(res, aid.targets) & {"Ukraine", "Israel"}


def test_a_counterpart_of_the_country_named_is_its_person(extractor):
    text = "Ukrainian Defense Minister Oleksii Reznikov met his US counterpart Lloyd Austin."
    res, evs = events(extractor, text, "en")
    assert "Lloyd Austin" in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "target"),
    [
        (
            "Kedatangan Prabowo disambut secara resmi oleh Deputi Perdana Menteri Federasi "
            "Rusia, Denis Manturov, di bawah tangga pesawat.",
            "043",
            "Denis Manturov",
            "Prabowo Subianto",
        ),
        (
            "Putin juga mengatakan siap membantu Indonesia untuk menambah produksi minyak.",
            "033",
            "Vladimir Putin",
            "Indonesia",
        ),
        (
            "Pasukan AS di kawasan Timur Tengah telah dimobilisasi sejak pekan lalu.",
            "154",
            "United States",
            None,
        ),
    ],
)
def test_indonesian_welcomes_readiness_and_mobilisation(extractor, text, cameo, actor, target):
    res, evs = events(extractor, text, "id")
    ev = next(e for e in evs if e.cameo == cameo)
    assert actor in labels(res, ev.actors)
    if target:
        assert target in labels(res, ev.targets)


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "target"),
    [
        ("Truss also delivered a direct warning to China.", "130", "Liz Truss", "China"),
        ("Liz Truss renewed calls to boost Nato.", "020", "Liz Truss", "NATO"),
        (
            "Nikolai Patrushev spoke on Monday. He has since accused the US of preparing a "
            "biological war.",
            "112",
            "Nikolai Patrushev",
            "United States",
        ),
    ],
)
def test_english_warnings_renewed_calls_and_adverbs_after_auxiliaries(
    extractor, text, cameo, actor, target
):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == cameo)
    assert actor in labels(res, ev.actors)
    assert target in labels(res, ev.targets)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a hyphened pair after a noun names that noun's parties, not a later verb's subject
        (
            "Kunjungan Prabowo sejalan dengan peringatan 75 tahun hubungan diplomatik "
            "Indonesia-Rusia, serta mencerminkan keseriusan Indonesia.",
            "id",
            "Russia",
        ),
        # a hostile aim after "vowed to" gives its victim no role in an intent
        ("Xi has vowed to take over Taiwan.", "en", "Taiwan"),
        # the speaker after "kata" is no victim
        ("Rudal Rusia membunuh warga sipil kata Zelensky.", "id", "Volodymyr Zelensky"),
        # the verb's own nationals as object: no target taken from further on
        ("Biden warned US citizens to depart Ukraine.", "en", "Ukraine"),
    ],
)
def test_review_misfires_stay_fixed(extractor, text, lang, absent):
    res, evs = events(extractor, text, lang)
    assert all(absent not in labels(res, (*e.actors, *e.targets)) for e in evs)


def test_a_denied_act_is_not_reported(extractor):
    text = "Israel membantah membunuh jurnalis Al Jazeera Anas al-Sharif."
    _res, evs = events(extractor, text, "id")
    assert [e.cameo for e in evs] == ["016"]


def test_a_death_from_shelling_happened(extractor):
    res, evs = events(extractor, "Five Palestinians died from shelling by Israeli forces.", "en")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert not attack.hypothetical and "Israel" in labels(res, attack.actors)


def test_a_call_between_a_leader_and_a_partner_after_a_parenthesis(extractor):
    text = (
        "Prabowo melakukan perbincangan telepon antara Presiden Prabowo Subianto dengan "
        "Presiden Amerika Serikat (AS) Donald Trump."
    )
    res, evs = events(extractor, text, "id")
    call = next(e for e in evs if e.cameo == "041")
    assert {"Prabowo Subianto", "Donald Trump"} <= labels(res, call.actors)


def test_people_before_a_marked_target_do_the_act_and_lima_after_di_is_the_city(extractor):
    res, evs = events(extractor, "Serangan warga Israel terhadap warga Palestina meningkat.", "id")
    assert "Israel" in labels(res, evs[0].actors)
    res, _evs = events(extractor, "Ratusan orang berunjuk rasa di Lima menuntut perdamaian.", "id")
    assert "Lima" in {e.label for e in res.entities}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea has supplied Russia with millions of artillery shells.", "en"),
        ("Korea Utara memasok Rusia dengan jutaan peluru artileri.", "id"),
    ],
)
def test_supplying_a_party_with_weapons_is_military_aid(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    assert [(e.cameo, labels(res, e.actors), labels(res, e.targets)) for e in evs] == [
        ("072", {"North Korea"}, {"Russia"})
    ]


def test_failing_to_provide_is_no_aid(extractor):
    text = "Prigozhin criticized Shoigu for failing to provide his troops with enough ammunition."
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("07")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces made marginal territorial gains around Bakhmut.",
        "Russian forces continued to conduct offensive operations near Avdiivka.",
    ],
)
def test_gains_and_offensive_operations_conducted_are_fighting(extractor, text):
    res, evs = events(extractor, text, "en")
    assert [(e.cameo, "Russia" in labels(res, e.actors)) for e in evs] == [("190", True)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "China's foreign ministry said it opposed the sanctions.",
            "Chinese Ministry of Foreign Affairs",
        ),
        ("Iran's defence ministry said the drills would go on.", "Iranian Ministry of Defence"),
        (
            "Beijing's foreign ministry said it opposed the sanctions.",
            "Chinese Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_countrys_possessive_names_its_institution(extractor, text, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert body in {e.label for e in res.entities}


def test_an_appositive_name_after_a_weekday_is_a_person(extractor):
    text = (
        "On Thursday Wang Wenbin, a spokesman for China's ministry of foreign affairs, "
        "dismissed the comments."
    )
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = {(r.predicate, r.object) for r in res.relations if r.subject == "person-wang-wenbin"}
    assert ("spokespersonOf", "org-chn-foreign-ministry") in rels


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Menteri Luar Negeri Sugiono menghadiri pertemuan darurat OKI di Istanbul.", "id"),
        ("Foreign Minister Sugiono attended an emergency OIC meeting in Istanbul.", "en"),
    ],
)
def test_attending_a_meeting_is_a_consultation(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    talks = next(e for e in evs if e.cameo.startswith("04"))
    assert "Sugiono" in labels(res, talks.actors)


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "speaker", "target"),
    [
        (
            '"Israel adalah negara teroris," kata Presiden Iran Masoud Pezeshkian.',
            "id",
            "112",
            "Masoud Pezeshkian",
            "Israel",
        ),
        (
            "Menurut Netanyahu, Iran merupakan ancaman bagi dunia.",
            "id",
            "112",
            "Benjamin Netanyahu",
            "Iran",
        ),
        (
            "Putin menilai Israel telah melanggar kedaulatan Iran.",
            "id",
            "112",
            "Vladimir Putin",
            "Israel",
        ),
        (
            "Zelensky said Russia was trying to starve Ukraine into submission.",
            "en",
            "112",
            "Volodymyr Zelensky",
            "Russia",
        ),
    ],
)
def test_charges_said_of_a_party(extractor, text, lang, cameo, speaker, target):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo == cameo)
    assert speaker in labels(res, ev.actors)
    assert target in labels(res, ev.targets)


def test_a_partnerless_mention_of_a_meeting_is_that_meeting(extractor):
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di St Petersburg. "
        '"Kami senang menerima kunjungan Bapak Presiden," kata Putin.'
    )
    res, evs = events(extractor, text, "id")
    consults = [e for e in evs if e.cameo.startswith("04")]
    assert len(consults) == 1
    assert {"Prabowo Subianto", "Vladimir Putin"} <= labels(
        res, (*consults[0].actors, *consults[0].targets)
    )


def test_an_event_after_the_close_of_a_quoted_appeal_is_no_content_of_it(extractor):
    text = (
        '"Itu tradisi Rusia, harus memberikan koin," jelas Putin saat keduanya bertukar '
        "cenderamata usai pertemuan bilateral dengan Presiden Prabowo Subianto di Rusia."
    )
    res, evs = events(extractor, text, "id")
    meeting = next(e for e in evs if e.cameo == "044")
    assert "Vladimir Putin" in labels(res, meeting.actors)
    assert not [e for e in evs if e.cameo == "026"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Putin attended a meeting of the Security Council.", "en"),
        ("Tadi Pak Sekjen juga sudah mengikuti satu rapat lewat online.", "id"),
        ("Ukraine made gains in its EU accession talks.", "en"),
        ("A submarine armed with cruise missiles sailed from Russia's Baltic fleet.", "en"),
        ("Netanyahu said Israel is trying to wipe out Hamas.", "en"),
    ],
)
def test_second_review_misfires_report_nothing(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert evs == []


def test_institutions_only_after_a_possessive_or_a_state(extractor):
    text = "Liputan6.com, JakartaKementerian Luar Negeri Iran mengecam serangan Israel."
    res = extractor.extract_text(text, lang="id", published=PUB)
    labels_ = {e.label for e in res.entities}
    assert "Iranian Ministry of Foreign Affairs" in labels_
    assert "Indonesian Ministry of Foreign Affairs" not in labels_
    res = extractor.extract_text(
        "Russia's government-operated media reported the strike.", lang="en", published=PUB
    )
    assert not [e for e in res.entities if e.type == "GovernmentBody"]


def test_a_phrase_before_a_comma_is_no_appositive_name(extractor):
    text = "In World War II, Soviet leader Joseph Stalin ordered the dam destroyed."
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert "World War II" not in {e.label for e in res.entities}


def test_a_weapon_fired_from_a_country_was_fired_by_its_side(extractor):
    text = "Militer Israel mengatakan telah mencegat sebuah rudal yang ditembakkan dari Yaman."
    res, evs = events(extractor, text, "id")
    strike = next(e for e in evs if e.cameo == "195")
    assert labels(res, strike.actors) == {"Yemen"}
    assert "Israel" in labels(res, strike.targets)


def test_a_mountain_named_before_its_country_is_inside_it(extractor):
    text = "Rencana pendaki itu untuk mendaki Gunung Damavand di Iran gagal total."
    res = extractor.extract_text(text, lang="id", published=PUB)
    ents = {e.key: e.label for e in res.entities}
    assert ("Gunung Damavand", "locatedIn", "Iran") in {
        (ents.get(r.subject), r.predicate, ents.get(r.object)) for r in res.relations
    }


def test_talks_during_a_call_are_a_call(extractor):
    text = "Biden and Zelensky discussed Ukraine's counteroffensive during a call on Thursday."
    res, evs = events(extractor, text, "en")
    call = next(e for e in evs if e.cameo.startswith("04"))
    assert call.cameo == "041"
    assert {"Joe Biden", "Volodymyr Zelensky"} <= labels(res, call.actors)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kyiv welcomed the decision by Washington.", "United States"),
        ("Ukraine hailed the announcement from Berlin.", "Germany"),
    ],
)
def test_welcoming_a_partys_decision_praises_the_party(extractor, text, target):
    res, evs = events(extractor, text, "en")
    assert [(e.cameo, labels(res, e.targets)) for e in evs] == [("051", {target})]


def test_welcoming_a_proposal_from_a_party_praises_it(extractor):
    text = "Hamas menyambut positif usulan gencatan senjata dari Amerika Serikat."
    res, evs = events(extractor, text, "id")
    praise = next(e for e in evs if e.cameo == "051")
    assert labels(res, praise.targets) == {"United States"}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Ukraine shot down 14 Iranian-made drones overnight.", "Iran", "Ukraine"),
        (
            "Russia said it had destroyed a US-supplied launcher in Donetsk.",
            "United States",
            "Russia",
        ),
        ("The US-led coalition struck targets in Yemen.", None, "United States"),
    ],
)
def test_a_name_in_a_compound_participle_takes_no_part(extractor, text, absent, present):
    res, evs = events(extractor, text, "en")
    parties = set().union(*(labels(res, (*e.actors, *e.targets)) for e in evs))
    assert present in parties
    if absent:
        assert absent not in parties


def test_a_light_verb_of_another_clause_lends_no_subject_to_a_noun(extractor):
    text = "The UN said at least 8,000 civilians had been killed since the invasion began."
    res, evs = events(extractor, text, "en")
    assert all("United Nations" not in labels(res, e.actors) for e in evs)
    text = (
        '"American sanctions against Russia introduced after its brutal attack on Ukraine '
        'failed," the paper said.'
    )
    res, evs = events(extractor, text, "en")
    attacks = [e for e in evs if e.cameo.startswith("19")]
    assert all("United States" not in labels(res, e.actors) for e in attacks)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pada awal Juni, Israel menewaskan sejumlah ilmuwan nuklir Iran.", "id"),
        ("Israel's defense forces killed several Iranian soldiers.", "en"),
    ],
)
def test_a_side_killed_without_a_count_is_its_killers_act(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo.startswith("19"))
    assert "Israel" in labels(res, ev.actors)
    assert labels(res, ev.targets) == {"Iran"}


def test_people_killed_by_or_since_a_party_were_not_killed_by_their_own_side(extractor):
    text = "More than 200 Ukrainian athletes have been killed since Russia launched its invasion."
    res, evs = events(extractor, text, "en")
    assert all("Ukraine" not in labels(res, e.actors) for e in evs)


@pytest.mark.parametrize(
    ("text", "lang", "value", "side"),
    [
        ("Russian forces have lost at least 200,000 soldiers since 2022.", "en", 200000, "Russia"),
        ("Ukraine lost about 100 soldiers a day in the fighting.", "en", 100, "Ukraine"),
        ("Rusia telah kehilangan 150.000 tentara dalam perang itu.", "id", 150000, "Russia"),
    ],
)
def test_people_a_side_lost_are_its_losses(extractor, text, lang, value, side):
    res, evs = events(extractor, text, lang)
    toll = next(e for e in evs if e.quantities)
    assert ("killed_or_injured", value) in {(q.kind, q.value) for q in toll.quantities}
    assert side in labels(res, toll.targets)


def test_lost_things_are_no_losses_of_people(extractor):
    _res, evs = events(extractor, "Russia has lost more than 3,000 tanks in the war.", "en")
    assert not any(e.quantities for e in evs)


@pytest.mark.parametrize(
    "text", ["Russia is open to negotiations, Peskov said.", "Moscow is open to dialogue."]
)
def test_being_open_to_talks_is_an_intent_to_meet(extractor, text):
    res, evs = events(extractor, text, "en")
    assert [(e.cameo, "Russia" in labels(res, e.actors)) for e in evs] == [("036", True)]


def test_a_title_of_a_countrys_institution_names_it(extractor):
    # the parliament the text names by its country has no entry of its own
    res = extractor.extract_text(
        "The chairman of the Estonian parliament, Lauri Hussar, visited Kyiv.",
        lang="en",
        published=PUB,
    )
    rels = _relation_labels(res)
    assert ("Lauri Hussar", "holdsPosition", "Chairman of Estonian Parliament") in rels
    assert ("Lauri Hussar", "leads", "Estonian Parliament") in rels


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has warned Washington that supplying long-range missiles would cross a red line.",
        "Peskov said sending Western troops to Ukraine would lead to a direct conflict.",
    ],
)
def test_a_gerund_subject_of_a_modal_did_not_happen(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith(("07", "15"))]


@pytest.mark.parametrize(
    "text",
    [
        "Russia is supplying drones that could reach Kyiv.",
        "The US began supplying Ukraine with Patriot missiles, which will protect Kyiv.",
    ],
)
def test_a_gerund_with_a_relative_clause_after_it_happened(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs if e.cameo.startswith("07")] == ["072"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian troops advanced near Bakhmut, the deputy minister said.", "Ukraine"),
        ("Russian forces are advancing near Avdiivka.", "Russia"),
    ],
)
def test_advancing_near_a_place_is_fighting(extractor, text, side):
    res, evs = events(extractor, text, "en")
    fight = [e for e in evs if e.cameo == "190"]
    assert fight and side in labels(res, fight[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "The advanced weapons near the border were moved.",
        "Ukraine's economy advanced around 5 percent last year.",
    ],
)
def test_advanced_weapons_and_growth_are_no_advance(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not evs


def test_attacking_a_military_position_stays_an_attack(extractor):
    res, evs = events(extractor, "Russian forces attacked a Ukrainian position near Bakhmut.", "en")
    assert [e.cameo for e in evs] == ["190"] and "Russia" in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Lavrov attacked the West's policies in an interview.", "the West"),
        ("Trump attacked Biden's handling of the war.", "Joe Biden"),
        # "and the" ends a title run: the government criticised is Ukraine's, not Lavrov's
        ("Lavrov attacked Western policy and the Ukrainian government.", "Ukrainian Government"),
    ],
)
def test_attacking_a_policy_is_criticism(extractor, text, target):
    res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["111"] and target in labels(res, evs[0].targets)
    assert "Sergei Lavrov" not in labels(res, evs[0].targets)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Kremlin has denied that it plans to invade Ukraine.", "en"),
        ("Russia denied that it attacked the hospital.", "en"),
        ("Israel membantah bahwa pihaknya menyerang rumah sakit di Gaza.", "id"),
    ],
)
def test_an_act_in_a_denied_clause_is_denied(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert [e.cameo for e in evs] == ["016"]


@pytest.mark.parametrize(
    "text",
    [
        "The journalist was denied entry to Russia.",
        "The ties between Germany and Russia were denied by the war in Ukraine.",
    ],
)
def test_a_denial_met_is_no_denial_made(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo == "016"]


def test_information_shared_with_nobody_is_no_intelligence_sharing(extractor):
    _res, evs = events(
        extractor, "The website provides information about how to travel to Ukraine.", "en"
    )
    assert not evs
    _res, evs = events(extractor, "The US shared intelligence with Ukraine.", "en")
    assert [e.cameo for e in evs] == ["064"]


def test_a_name_before_a_word_of_topic_does_not_own_the_act(extractor):
    _res, evs = events(extractor, "Britain provided information to Kyiv about the attack.", "en")
    assert not [e for e in evs if e.cameo.startswith("19") and e.actors]


@pytest.mark.parametrize("verb", ["emphasized", "insisted", "argued"])
def test_a_speaker_after_a_quotation_with_other_reporting_verbs(extractor, verb):
    res, evs = events(extractor, f'"Russia must withdraw its troops," Scholz {verb}.', "en")
    appeal = next(e for e in evs if e.cameo == "1056")
    assert "Olaf Scholz" in labels(res, appeal.actors) and "Russia" in labels(res, appeal.targets)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "The Ministry of Foreign Affairs of Ukraine informed about it.",
            "Ukrainian Ministry of Foreign Affairs",
            "Ukraine",
        ),
        (
            "The US State Department has issued a warning.",
            "US Department of State",
            "United States",
        ),
    ],
)
def test_a_state_body_is_part_of_its_country(extractor, text, body, country):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (body, "partOf", country) in _relation_labels(res)


def test_a_bare_spokesperson_title_speaks_for_the_body_its_sentence_opens_with(extractor):
    res = extractor.extract_text(
        "Ukraine's foreign ministry stressed the role of the United Nations, "
        "spokesperson Oleg Nikolenko told Reuters.",
        lang="en",
        published=PUB,
    )
    rels = _relation_labels(res)
    assert ("Oleg Nikolenko", "spokespersonOf", "Ukrainian Ministry of Foreign Affairs") in rels


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Samuel Charap, a senior political scientist at the RAND Corporation, said so.",
            "Samuel Charap",
            "RAND Corporation",
        ),
        (
            "Mark Galeotti, a senior fellow at the Royal United Services Institute, wrote so.",
            "Mark Galeotti",
            "Royal United Services Institute",
        ),
        (
            "Anna Maria Dyner of the Polish Institute of International Affairs said so.",
            "Anna Maria Dyner",
            "Polish Institute of International Affairs",
        ),
        # a party with a qualifier
        (
            "Marek Suski of the ruling Law and Justice party said so.",
            "Marek Suski",
            "Law and Justice",
        ),
        (
            '"He is a hawk," says Ben Noble, associate professor of Russian politics at '
            "University College London.",
            "Ben Noble",
            "University College London",
        ),
    ],
)
def test_experts_belong_to_the_bodies_they_work_at(extractor, text, person, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)


def test_a_place_opening_a_name_makes_no_body_of_the_rest(extractor):
    res = extractor.extract_text(
        "Presiden akan berbicara di St. Petersburg International Economic Forum 2025.",
        lang="id",
        published=PUB,
    )
    assert not [e for e in res.entities if e.label == "International Economic Forum"]


@pytest.mark.parametrize("place", ["Moscow", "Russia"])
def test_an_envoy_to_a_capital_is_sent_to_its_state(extractor, place):
    res = extractor.extract_text(
        f"The US Ambassador to {place}, Lynne Tracy, said so.", lang="en", published=PUB
    )
    rels = _relation_labels(res)
    assert ("Lynne Tracy", "holdsPosition", "Ambassador of United States to Russia") in rels


def test_declining_to_respond_is_declining_comment(extractor):
    _res, evs = events(extractor, "Putin menolak memberikan tanggapan lebih lanjut.", "id")
    assert [e.cameo for e in evs] == ["011"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Ukraine's navy said it had sunk the Russian landing ship Caesar Kunikov.",
            "Ukraine",
            "Russia",
        ),
        ("Ukrainian drones sank a Russian patrol boat near Crimea.", "Ukraine", "Russia"),
    ],
)
def test_sinking_a_ship_is_an_attack(extractor, text, actor, target):
    res, evs = events(extractor, text, "en")
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert actor in labels(res, attack.actors) and target in labels(res, attack.targets)


def test_a_ship_sinking_in_a_storm_is_no_attack(extractor):
    _res, evs = events(extractor, "The ship sank after a storm.", "en")
    assert not evs


def test_dismissing_an_official_is_no_rejection(extractor):
    _res, evs = events(extractor, "Zelensky dismissed his defence minister Oleksii Reznikov.", "en")
    assert not evs
    res, evs = events(
        extractor, "Stoltenberg dismissed suggestions that Russia wanted to drag NATO in.", "en"
    )
    assert [e.cameo for e in evs] == ["120"] and "NATO" in labels(res, evs[0].actors)


def test_pledging_to_keep_supporting_a_party_is_a_promise_of_support(extractor):
    res, evs = events(extractor, "The G7 leaders pledged to keep supporting Ukraine.", "en")
    assert [e.cameo for e in evs] == ["033"] and "Ukraine" in labels(res, evs[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said it regarded the deliveries as a provocation.",
        "Moscow views NATO expansion as a threat.",
    ],
)
def test_regarding_something_as_a_provocation_is_criticism(extractor, text):
    res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["111"] and "Russia" in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "Russia started the war against Ukraine in 2014.",
        "China wants to propose a peace plan to Russia, which launched the war against Ukraine.",
    ],
)
def test_a_war_started_is_its_starters(extractor, text):
    res, evs = events(extractor, text, "en")
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, war.actors) == {"Russia"} and "Ukraine" in labels(res, war.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Isolationists who are sceptical of providing military aid to Ukraine spoke.",
        "Trump opposed sending more weapons to Ukraine.",
    ],
)
def test_an_act_opposed_or_doubted_did_not_happen(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("07")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("During the meeting they talked about the economic support of Ukraine.", "en"),
        ("The President of Ukraine appealed about the supply of weapons.", "en"),
        ("Kedua menteri berbicara tentang bantuan kemanusiaan untuk Gaza.", "id"),
    ],
)
def test_cooperation_spoken_of_is_no_act(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("07")]


def test_an_attack_spoken_of_is_still_reported(extractor):
    res, evs = events(extractor, "Zelensky spoke about the Russian attack on Odesa.", "en")
    assert [e.cameo[:2] for e in evs] == ["19"] and "Russia" in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Jenderal Wolters mengatakan dia berharap pembicaraan itu selangkah lebih dekat ke "
            "solusi diplomatik di Ukraina.",
            "id",
            "Tod Wolters",
        ),
        ("Macron said he was hopeful that talks would resume soon.", "en", "Emmanuel Macron"),
    ],
)
def test_hope_for_talks_or_peace_is_a_comment(extractor, text, lang, speaker):
    res, evs = events(extractor, text, lang)
    hope = next(e for e in evs if e.cameo == "013")
    assert speaker in labels(res, hope.actors)


@pytest.mark.parametrize(
    ("text", "critic", "target"),
    [
        (
            "Kerry's remarks were later widely condemned by Republicans.",
            "Republican Party",
            "John Kerry",
        ),
        (
            "The Russian strikes have been strongly condemned by the United Nations.",
            "United Nations",
            "Russia",
        ),
        ("The decision drew criticism from the European Union.", "European Union", None),
        (
            "Serbia consulted Moscow. This met with decisive criticism from Brussels.",
            "European Union",
            None,
        ),
    ],
)
def test_criticism_met_names_its_critic(extractor, text, critic, target):
    res, evs = events(extractor, text, "en")
    crit = next(e for e in evs if e.cameo == "111")
    assert critic in labels(res, crit.actors)
    assert "Belgium" not in labels(res, crit.actors)
    if target:
        assert target in labels(res, crit.targets)


def test_brussels_stays_a_city_of_belgium(extractor):
    res = extractor.extract_text("The summit took place in Brussels.", lang="en", published=PUB)
    city = next(e for e in res.entities if e.label == "Brussels")
    assert (city.type, city.country) == ("City", "BEL")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amerika Serikat mengebom tiga situs nuklir Iran pada Minggu dini hari.", "id"),
        ("The US bombed three nuclear sites in Iran.", "en"),
    ],
)
def test_a_count_opening_the_object_keeps_its_owner_the_target(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    strike = next(e for e in evs if e.cameo.startswith("19"))
    assert "United States" in labels(res, strike.actors) and "Iran" in labels(res, strike.targets)


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor"),
    [
        ("Indonesia siap mengirim pasukan perdamaian ke Gaza.", "id", "0334", "Indonesia"),
        ("Germany is ready to supply more tanks to Ukraine.", "en", "0332", "Germany"),
    ],
)
def test_readiness_to_give_aid_is_an_intent(extractor, text, lang, code, actor):
    res, evs = events(extractor, text, lang)
    assert [e.cameo for e in evs] == [code] and actor in labels(res, evs[0].actors)


def test_a_noun_after_a_verb_of_discussing_keeps_its_own_agent(extractor):
    res, evs = events(
        extractor,
        "Dewan Keamanan PBB menggelar rapat darurat membahas serangan Israel ke Iran.",
        "id",
    )
    attack = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, attack.actors) == {"Israel"} and "Iran" in labels(res, attack.targets)
    res, evs = events(extractor, "TNI menggelar operasi militer di Intan Jaya.", "id")
    assert "Indonesia" in labels(res, next(e for e in evs if e.cameo == "190").actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kementerian Kesehatan Gaza melaporkan jumlah korban tewas telah mencapai 55.000 orang.",
            "id",
        ),
        ("The Gaza health ministry said the death toll had reached 55,000.", "en"),
    ],
)
def test_a_state_body_reporting_a_toll_counts_its_own_dead(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    toll = next(e for e in evs if e.quantities)
    assert labels(res, toll.targets) == {"Palestine"} and not toll.actors


def test_an_international_body_reporting_a_toll_names_no_victims(extractor):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    _res, evs = events(everything, "The UN said at least 20 people were killed.", "en")
    assert not next(e for e in evs if e.quantities).targets


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        (
            '"Russia must be held accountable for its crimes," Blinken said.',
            "Antony Blinken",
            "Russia",
        ),
        (
            "Putin should be brought to justice, Zelensky said.",
            "Volodymyr Zelensky",
            "Vladimir Putin",
        ),
        ('"NATO is a threat to Russia\'s security," Peskov said.', "Dmitry Peskov", "NATO"),
        (
            "Lavrov said Washington was directly involved in the conflict.",
            "Sergei Lavrov",
            "United States",
        ),
        ("Kuleba said Russia was using hunger as a weapon.", "Dmytro Kuleba", "Russia"),
    ],
)
def test_charges_a_speaker_lays_on_a_party(extractor, text, speaker, accused):
    res, evs = events(extractor, text, "en")
    charge = next(e for e in evs if e.cameo == "112")
    assert speaker in labels(res, charge.actors) and accused in labels(res, charge.targets)


def test_a_threat_to_security_without_a_party_is_no_charge(extractor):
    _res, evs = events(extractor, "Climate change is a threat to security, the report said.", "en")
    assert not evs


@pytest.mark.parametrize(
    "text",
    [
        "Scholz said Germany supports Ukraine's territorial integrity.",
        '"We support Ukraine\'s sovereignty," Scholz said.',
    ],
)
def test_supporting_a_partys_sovereignty_endorses_it(extractor, text):
    res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["051"]
    assert "Germany" in labels(res, evs[0].actors) and "Ukraine" in labels(res, evs[0].targets)


def test_a_country_named_after_a_place_preposition_and_an_article_takes_no_part(extractor):
    res, evs = events(
        extractor,
        "Russia and Belarus began joint military exercises near the Ukrainian border.",
        "en",
    )
    drill = next(e for e in evs if e.cameo == "062")
    assert labels(res, drill.actors) == {"Russia", "Belarus"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('"There will be no war with Ukraine," Lavrov said.', "Sergei Lavrov"),
        ('"There will be no Ukrainian war on the part of Russia," Lavrov said.', "Sergei Lavrov"),
        ("Peskov said Russia had no plans to invade Ukraine.", "Russia"),
    ],
)
def test_a_disclaimed_intent_of_war_is_a_denial(extractor, text, actor):
    res, evs = events(extractor, text, "en")
    assert [e.cameo for e in evs] == ["016"] and actor in labels(res, evs[0].actors)


def test_a_forecast_of_no_war_is_no_denial(extractor):
    _res, evs = events(
        extractor, 'Lukashenko said he was "almost sure" that there would be no war.', "en"
    )
    assert not [e for e in evs if e.cameo == "016"]


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "President Joe Biden is elevating CIA Director Bill Burns to his Cabinet.",
            "William Burns",
            "Director of the Central Intelligence Agency",
        ),
        (
            "The first lady of Ukraine Olena Zelenska came to Belgrade.",
            "Olena Zelenska",
            "First Lady of Ukraine",
        ),
        ("Fox News anchor Tucker Carlson said so.", "Tucker Carlson", "Journalist of Fox News"),
    ],
)
def test_posts_named_in_full(extractor, text, person, post):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 3, 1))
    assert (person, "holdsPosition", post) in _relation_labels(res)


def test_an_anchor_of_an_outlet_belongs_to_it(extractor):
    res = extractor.extract_text(
        "Fox News anchor Tucker Carlson said so.", lang="en", published=PUB
    )
    assert ("Tucker Carlson", "memberOf", "Fox News") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian troops attacked the city of Kharkiv on Monday.", "Kharkiv"),
        ("Russian forces captured the town of Soledar.", "Soledar"),
        ("Russian troops shelled the village of Robotyne.", "Robotyne"),
    ],
)
def test_a_settlement_named_after_its_kind_is_the_place_hit(extractor, text, place):
    res, evs = events(extractor, text, "en")
    hit = next(e for e in evs if e.cameo.startswith("19"))
    assert res.entity(hit.place).label == place and "Ukraine" in labels(res, hit.targets)


def test_an_unknown_settlement_named_after_its_kind_is_a_place(extractor):
    # (a settlement the gazetteer does not list: Kreminna, used here before, now is)
    res = extractor.extract_text(
        "Russian troops entered the village of Bilohorivka.", lang="en", published=PUB
    )
    assert [(e.label, e.type) for e in res.entities if e.label == "Bilohorivka"] == [
        ("Bilohorivka", "Place")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "critic", "judged"),
    [
        (
            "Tentara Israel menembaki warga Gaza yang menunggu bantuan makanan di Rafah.\n"
            "UNRWA mengecam penembakan tersebut.",
            "id",
            "UNRWA",
            "Israel",
        ),
        (
            "Russian missiles struck a shopping centre in Kremenchuk. "
            "The United Nations condemned the attack.",
            "en",
            "United Nations",
            "Russia",
        ),
    ],
)
def test_condemning_an_act_told_before_judges_its_parties(extractor, text, lang, critic, judged):
    res, evs = events(extractor, text, lang)
    crit = next(e for e in evs if e.cameo.startswith("11"))
    assert critic in labels(res, crit.actors) and judged in labels(res, crit.targets)
    # the act told again is not the critic's
    assert not [e for e in evs if e.cameo.startswith("19") and critic in labels(res, e.actors)]


def test_a_critic_is_no_party_to_the_act_it_condemns(extractor):
    _res, evs = events(extractor, "The United Nations condemned the attack.", "en")
    assert [e.cameo for e in evs] == ["111"]


def test_a_breach_of_international_law_charged_with_words_between(extractor):
    res, evs = events(
        extractor,
        "Menurut Baghaei, serangan Israel merupakan pelanggaran terang-terangan terhadap "
        "hukum internasional.",
        "id",
    )
    charge = next(e for e in evs if e.cameo == "112")
    assert "Esmaeil Baghaei" in labels(res, charge.actors)
    assert "Israel" in labels(res, charge.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has repeatedly accused the West of fuelling the conflict by supplying weapons.",
        "The U.S. imposed sanctions on Vulin, accusing him of involvement in illegal arms shipments.",
    ],
)
def test_what_a_party_is_charged_with_is_no_reported_act(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("07")]


def test_an_attack_a_party_is_blamed_for_happened(extractor):
    res, evs = events(
        extractor, "Russian missiles hit Kyiv. The US blamed Russia for the attack.", "en"
    )
    assert any(e.cameo.startswith("19") and "Russia" in labels(res, e.actors) for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Russian shelling of Kharkiv will continue, the governor warned.",
        "Israel's bombing of Gaza will not stop until Hamas is destroyed.",
        "Russian troops shelling Kharkiv will face justice.",
    ],
)
def test_a_noun_or_participle_of_force_before_a_modal_stays_reported(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert [e for e in evs if e.cameo.startswith("19")]


def test_a_settlement_opening_its_sentence_is_the_subject(extractor):
    res, evs = events(extractor, "The town of Kupiansk was shelled.", "en")
    shelling = next(e for e in evs if e.cameo.startswith("19"))
    assert res.entity(shelling.place).label == "Kupiansk"


def test_a_settlement_name_ends_at_a_lower_case_word(extractor):
    res = extractor.extract_text(
        "Ukrainian troops recaptured the village of Klishchiivka near Bakhmut.",
        lang="en",
        published=PUB,
    )
    assert "Klishchiivka" in {e.label for e in res.entities}
    assert "Klishchiivka near" not in {e.label for e in res.entities}


def test_a_charge_does_not_reach_into_the_next_clause(extractor):
    res, evs = events(
        extractor,
        "Ukraine accused Russia of blocking grain exports and the US sent new military aid "
        "to Kyiv.",
        "en",
    )
    aid = next(e for e in evs if e.cameo.startswith("07"))
    assert "United States" in labels(res, aid.actors)


def test_a_countrys_adjective_before_a_noun_that_is_no_place_stays_a_party(extractor):
    res, evs = events(
        extractor,
        "He added that in the Russian media there were accusations that Ukraine was planning "
        "an offensive.",
        "en",
    )
    charge = next(e for e in evs if e.cameo.startswith("11"))
    assert "Russia" in labels(res, charge.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The city of Bakhmut has lost 60,000 residents.", "en"),
        ("Kota Bakhmut kehilangan 60.000 penduduk.", "id"),
    ],
)
def test_residents_lost_are_no_toll(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.quantities]


def test_brussels_with_its_own_country_named_is_belgium(extractor):
    res, evs = events(
        extractor,
        "Belgian Prime Minister Alexander De Croo said Brussels would send more F-16s to Ukraine.",
        "en",
    )
    aid = next(e for e in evs if e.cameo.startswith("03"))
    assert "Belgium" in labels(res, aid.actors) and "European Union" not in labels(res, aid.actors)


def test_a_forecast_of_no_invasion_is_no_denial(extractor):
    _res, evs = events(
        extractor, "We expect that there will be no invasion, the ambassador said.", "en"
    )
    assert not [e for e in evs if e.cameo == "016"]


def test_a_disclaimed_invasion_names_its_target(extractor):
    res, evs = events(extractor, "Russia has no plans to invade Ukraine.", "en")
    assert [e.cameo for e in evs] == ["016"] and "Ukraine" in labels(res, evs[0].targets)


def test_a_condemned_act_with_its_own_complement_is_not_an_earlier_one(extractor):
    res, evs = events(
        extractor,
        "Hamas attacked Israel on Saturday. The UN condemned the killing of aid workers in Gaza.",
        "en",
    )
    crit = next(e for e in evs if e.cameo.startswith("11"))
    assert "Hamas" not in labels(res, crit.targets)


@pytest.mark.parametrize(
    ("text", "code", "actor"),
    [
        ("The referendums were dismissed by Kyiv as a sham.", "120", "Ukraine"),
        (
            "Harris said the US would share with Kyiv information about the crisis.",
            "031",
            "United States",
        ),
    ],
)
def test_passive_dismissals_and_information_shared_with(extractor, text, code, actor):
    res, evs = events(extractor, text, "en")
    hit = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, hit.actors)


def test_a_street_named_after_a_city_opens_no_persons_name(extractor):
    res = extractor.extract_text(
        "Russian missiles struck Milan Street in Kharkiv.", lang="en", published=PUB
    )
    assert not [e for e in res.entities if e.type == "Person"]


def test_a_known_place_lies_in_the_country_the_article_names(extractor):
    res = extractor.extract_text(
        "A missile hit a hospital in Dnipro. Ukraine said five people were killed.",
        lang="en",
        published=PUB,
    )
    assert ("Dnipro", "locatedIn", "Ukraine") in _relation_labels(res)
    res = extractor.extract_text("A missile hit a hospital in Dnipro.", lang="en", published=PUB)
    assert not [r for r in res.relations if r.predicate == "locatedIn"]


@pytest.mark.parametrize(
    "text",
    ["Russia is seizing the initiative on regional security.", "The story hit the headlines."],
)
def test_a_figurative_object_makes_no_act_of_force(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not evs


def test_a_market_hit_is_an_attack(extractor):
    _res, evs = events(extractor, "Russian missiles hit a market in Kharkiv.", "en")
    assert [e.cameo for e in evs] == ["195"]


@pytest.mark.parametrize(
    "text",
    [
        "Makei began with a quip about the failed Ukraine invasion predictions in Western media.",
        "A rally was held in support of the EU military aid plan for Ukraine.",
    ],
)
def test_an_event_noun_qualifying_a_noun_of_prospect_is_no_event(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith(("07", "19"))]


def test_a_warning_and_a_veiled_threat_to_kill_are_a_threat_of_force(extractor):
    res, evs = events(
        extractor,
        "Trump melontarkan peringatan terkuatnya terhadap Iran pada Selasa (17/6), termasuk "
        "ancaman terselubung untuk membunuh pemimpin tertinggi Iran Ayatollah Ali Khamenei.",
        "id",
    )
    threat = next(e for e in evs if e.cameo.startswith("13"))
    assert "Donald Trump" in labels(res, threat.actors) and "Iran" in labels(res, threat.targets)


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Mike Johnson, the Republican speaker of the House, delayed the vote.",
            "Mike Johnson",
            "House",
        ),
        ("Kira Rudik, leader of the Holos party, spoke to CNN.", "Kira Rudik", "Holos"),
    ],
)
def test_a_name_after_of_the_is_the_posts_body_not_its_holder(extractor, text, holder, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert not [e for e in res.entities if e.type == "Person" and e.label == body]
    holders = {s for s, p, _o in _relation_labels(res) if p == "holdsPosition"}
    assert holders == {holder}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Mark Cancian, a senior adviser with the CSIS International Security Program, said so.",
            "Mark Cancian",
            "CSIS International Security Program",
        ),
        (
            "Michael Kofman, a senior fellow at the Carnegie Endowment, said so.",
            "Michael Kofman",
            "Carnegie Endowment",
        ),
    ],
)
def test_experts_with_or_at_a_body_belong_to_it(extractor, text, person, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)


def test_an_expert_on_a_body_is_no_member(extractor):
    res = extractor.extract_text(
        "John Smith, an expert on NATO, said so.", lang="en", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "memberOf"]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # an unknown name after a phrase of membership or service is a body's
        (
            "Mykola Hrytsenko is a member of Olive Branch, a group of chaplains.",
            "Mykola Hrytsenko",
            "Olive Branch",
        ),
        ("Anna Kowalska, who works for Memorial in Moscow, said so.", "Anna Kowalska", "Memorial"),
        # a city opening a body's name stays a place; the body keeps it in its label
        (
            "Olena Petrenko, a member of the Kyiv City Council, said so.",
            "Olena Petrenko",
            "Kyiv City Council",
        ),
        # a country's adjective between the phrase and the body
        (
            "Girkin had served in the Russian Federal Security Service.",
            "Igor Girkin",
            "Federal Security Service",
        ),
        # any post of a party is held by a member
        (
            "Radoslaw Fogiel, deputy leader of Law and Justice, said so.",
            "Radoslaw Fogiel",
            "Law and Justice",
        ),
    ],
)
def test_membership_phrases_name_unknown_bodies(extractor, text, person, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)


def test_a_kind_of_institution_after_a_membership_phrase_is_no_body(extractor):
    res = extractor.extract_text(
        "He is a member of Parliament and a former minister.", lang="en", published=PUB
    )
    assert not [e for e in res.entities if e.label == "Parliament"]


def test_a_city_opening_a_body_name_stays_a_place(extractor):
    res = extractor.extract_text(
        "Olena Petrenko, a member of the Kyiv City Council, said so.", lang="en", published=PUB
    )
    assert {m.text: m.type for m in res.mentions}["Kyiv"] == "City"


def test_a_plural_party_before_listed_people_makes_each_a_member(extractor):
    res = extractor.extract_text(
        "Republicans John Harlan from Ohio and Mike Dorsey of Texas signed the letter.",
        lang="en",
        published=PUB,
    )
    rels = _relation_labels(res)
    assert ("John Harlan", "memberOf", "Republican Party") in rels
    assert ("Mike Dorsey", "memberOf", "Republican Party") in rels
    # a singular party names one member
    res = extractor.extract_text(
        "Republican John Harlan and Mike Dorsey signed the letter.", lang="en", published=PUB
    )
    members = {s for s, p, _o in _relation_labels(res) if p == "memberOf"}
    assert members == {"John Harlan"}


@pytest.mark.parametrize(
    ("text", "person", "post", "body"),
    [
        # the body's name runs on over its connectors and holds the post of the name after it
        (
            "Director of the Centre for Eastern Studies Jan Nowak said so.",
            "Jan Nowak",
            "Director of Centre for Eastern Studies",
            "Centre for Eastern Studies",
        ),
        # a country's adjective opening the body's name is part of it
        (
            "Ivan Petrov, a spokesman for the Ukrainian Writers Union, condemned the attack.",
            "Ivan Petrov",
            "Spokesperson of Ukrainian Writers Union",
            "Ukrainian Writers Union",
        ),
        (
            "Ivan Petrov, the head of the Polish Institute of International Affairs, said so.",
            "Ivan Petrov",
            "Head of Polish Institute of International Affairs",
            "Polish Institute of International Affairs",
        ),
    ],
)
def test_a_title_names_the_unknown_body_of_its_post(extractor, text, person, post, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert (person, "holdsPosition", post) in rels
    assert any(s == person and o == body for s, _p, o in rels if _p != "holdsPosition")
    assert not [r for r in res.relations if res.entity(r.object).label == "Russia"]


def test_a_countryless_institution_after_a_title_is_the_known_holders_post(extractor):
    res = extractor.extract_text(
        "Sergei Lavrov, head of the Ministry of Foreign Affairs, said the talks failed.",
        lang="en",
        published=PUB,
    )
    posts = {o for s, p, o in _relation_labels(res) if p == "holdsPosition"}
    assert posts == {"Minister of Foreign Affairs of Russia"}


def test_a_church_building_is_no_body(extractor):
    res = extractor.extract_text(
        "Mr Varadkar visited the Church of St Andrew in Bucha.", lang="en", published=PUB
    )
    assert not [e for e in res.entities if e.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "place", "where"),
    [
        # a country's possessive or adjective before a place
        ("Police searched her home in Russia's Tula region.", "Tula region", "Russia"),
        ("The Russian Tula region was shelled overnight.", "Tula region", "Russia"),
        ("Israel struck Iran's Isfahan on Friday.", "Isfahan", "Iran"),
        # a town in a city's name lies in the region of that name
        (
            "Shelling hit the town of Vovchansk, in Kharkiv, on Sunday.",
            "Vovchansk",
            "Kharkiv Oblast",
        ),
        # an unknown place in a city lies in the city
        (
            "In a speech at Mansion House in London, she called for more aid.",
            "Mansion House",
            "London",
        ),
    ],
)
def test_places_located_by_possessives_regions_and_cities(extractor, text, place, where):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (place, "locatedIn", where) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an adjective before a region's noun names no region ("the region of Buryatia")
        (
            "A company based in the remote Eastern Siberian region of Buryatia bought it.",
            "Eastern Siberian region",
        ),
        # a place before a comma and a country's possessive opens no apposition
        (
            "Although the talks focused on the Indo-Pacific region, Russia's aggression was "
            "discussed.",
            "Indo-Pacific region",
        ),
        # near a city is not in it
        ("Shelling hit a market near Kharkiv on Sunday.", "Kharkiv"),
    ],
)
def test_no_place_is_located_by_an_adjective_a_new_phrase_or_nearness(extractor, text, label):
    res = extractor.extract_text(text, lang="en", published=PUB)
    located = {(s, o) for s, p, o in _relation_labels(res) if p == "locatedIn"}
    assert not [pair for pair in located if label in pair]


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "target"),
    [
        # troops gathered at a border are a build-up (a crowd at a memorial is not)
        ("Russian troops gathered on the border with Ukraine.", "150", "Russia", None),
        # asking a party to act is an appeal
        (
            '"We ask Ukraine\'s allies to commit fully to victory," Landsbergis said.',
            "020",
            "Lithuania",
            "Ukraine",
        ),
        # calling a party out is criticism
        (
            "Blinken called out Moscow for its influence in Africa.",
            "111",
            "United States",
            "Russia",
        ),
    ],
)
def test_build_ups_requests_and_calling_out(extractor, text, cameo, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == cameo)
    assert actor in labels(res, ev.actors)
    assert target is None or target in labels(res, ev.targets)


def test_soldiers_gathered_at_a_memorial_are_no_build_up(extractor):
    _res, evs = events(extractor, "Soldiers gathered at the memorial on Sunday.", "en")
    assert not [e for e in evs if e.cameo.startswith("15")]


def test_a_stopped_act_after_a_gerund_is_not_reported(extractor):
    _res, evs = events(
        extractor, "Russia wants the West to stop providing military support for Ukraine.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("07")]
    _res, evs = events(extractor, "The US is providing military support to Ukraine.", "en")
    assert [e for e in evs if e.cameo.startswith("07")]


def test_a_countryless_ministry_before_a_known_holder_is_his_post(extractor):
    res = extractor.extract_text(
        "The head of the Ministry of Foreign Affairs Radosław Sikorski spoke to the BBC.",
        lang="en",
        published=dt.date(2024, 5, 4),
    )
    posts = {o for s, p, o in _relation_labels(res) if p == "holdsPosition"}
    assert posts == {"Minister of Foreign Affairs of Poland"}


def test_a_name_glued_to_words_on_both_sides_is_read(extractor):
    res, evs = events(
        extractor,
        "Dengan Iran danIsraelsaling menembakkan rudal sejak Jumat (13/6), warga panik.",
        "id",
    )
    pairs = {(frozenset(labels(res, e.actors)), frozenset(labels(res, e.targets))) for e in evs}
    assert (frozenset({"Israel"}), frozenset({"Iran"})) in pairs
    assert (frozenset({"Iran"}), frozenset({"Israel"})) in pairs


@pytest.mark.parametrize(
    ("text", "place", "where"),
    [
        # the kind of a settlement before its name, a comma and a region's kind
        ("Sebuah bom menghantam rumah di Kota Azor, wilayah Israel tengah.", "Azor", "Israel"),
        # a comma and words of direction before the city
        (
            "Ia dipindahkan ke bunker di Lavizan, timur laut Teheran, pada Jumat.",
            "Lavizan",
            "Tehran",
        ),
    ],
)
def test_indonesian_settlements_and_directions_locate_places(extractor, text, place, where):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert (place, "locatedIn", where) in _relation_labels(res)


def test_a_comma_and_other_words_before_a_city_locate_nothing(extractor):
    res = extractor.extract_text(
        "Warga di Lavizan, kata pejabat Teheran, sudah mengungsi.", lang="id", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "locatedIn"]


def test_countries_listed_with_a_translated_organisation_name_are_its_members(extractor):
    res = extractor.extract_text(
        "The Shanghai organization of cooperation is an association of countries - Russia, "
        "India and China.",
        lang="en",
        published=dt.date(2022, 9, 16),
    )
    members = {s for s, p, o in _relation_labels(res) if p == "memberOf"}
    assert {"Russia", "India", "China"} <= members


@pytest.mark.parametrize(
    ("text", "lang", "person", "body"),
    [
        # a legislator's title naming no body seats its holder in the country's parliament
        (
            "Ukrainian MP Oleksiy Goncharenko said so.",
            "en",
            "Oleksiy Goncharenko",
            "Verkhovna Rada",
        ),
        # a person's possessive before a party
        ("Viktor Orban's Fidesz party won the election.", "en", "Viktor Orbán", "Fidesz"),
        # a party's adjective before a title
        ("Tory MP Tobias Ellwood said so.", "en", "Tobias Ellwood", "Conservative Party"),
    ],
)
def test_legislators_and_party_owners_are_members(extractor, text, lang, person, body):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2023, 5, 1))
    assert (person, "memberOf", body) in _relation_labels(res)


def test_a_politician_holds_no_seat(extractor):
    res = extractor.extract_text(
        "Politikus PKS Jazuli Juwaini mengkritik rencana itu.", lang="id", published=PUB
    )
    rels = _relation_labels(res)
    assert ("Jazuli Juwaini", "memberOf", "Prosperous Justice Party") in rels
    assert ("Jazuli Juwaini", "holdsPosition", "Politician") in rels
    assert not [o for s, p, o in rels if p == "memberOf" and "House" in o]


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "target"),
    [
        # a noun-like verb right after a subject pronoun is a verb, and the speaker its voice
        ('"We call on Germany to help us," Zelensky said.', "020", "Ukraine", "Germany"),
        # the object of "we call on" is the addressee, not the actor
        (
            "We call on Prime Minister Rutte to state clearly that he backs the request.",
            "02",
            None,
            "Netherlands",
        ),
        # readiness to provide a venue for talks is an offer to mediate
        (
            "Belarus is ready to provide a venue for peaceful negotiations, Lukashenko said.",
            "039",
            "Belarus",
            None,
        ),
        # offering to host others' talks is an offer to mediate, made by the host
        ("Turkey offered to host talks between Russia and Ukraine.", "039", "Turkey", "Russia"),
    ],
)
def test_pronoun_verbs_and_offers_to_mediate(extractor, text, cameo, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo.startswith(cameo))
    acting = labels(res, ev.actors)
    assert actor in acting if actor else not acting & {"Netherlands", "Mark Rutte"}
    assert target is None or target in labels(res, ev.targets)


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "target"),
    [
        # murder, active and passive
        ("A Russian man murdered two Ukrainian soldiers in Bavaria.", "1823", "Russia", "Ukraine"),
        ("Two Ukrainian soldiers were murdered in Munich.", "1823", None, "Ukraine"),
        # missiles crossing a country's airspace
        ("Hours later Russian missiles flew over Moldovan airspace.", "195", "Russia", "Moldova"),
    ],
)
def test_murders_and_airspace_crossings(extractor, text, cameo, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == cameo)
    assert actor is None or actor in labels(res, ev.actors)
    assert target in labels(res, ev.targets)


def test_a_murder_charge_is_no_murder(extractor):
    _res, evs = events(extractor, "He was charged with murder in Kyiv.", "en")
    assert not [e for e in evs if e.cameo.startswith("18")]


@pytest.mark.parametrize(
    ("text", "lang", "forbidden"),
    [
        # a demonym that does not stand right before the region
        ("Ukrainian drones hit the Tula region overnight.", "en", ("Tula region", "Ukraine")),
        # a place that names where an act of the country happens
        ("Ukraine's Kursk incursion has stalled.", "en", ("Kursk", "Ukraine")),
        ("Russia's Bakhmut offensive has stalled.", "en", ("Bakhmut", "Russia")),
        # lists of known places
        (
            "Russia occupies Crimea, the Donbas and parts of Zaporizhzhia.",
            "en",
            ("Crimea", "Donbas"),
        ),
        (
            "Russia struck Kharkiv, southern Zaporizhzhia and Kherson.",
            "en",
            ("Kharkiv", "Zaporizhzhia"),
        ),
        ("Israel menyerang Teheran, kota Isfahan, dan Tabriz.", "id", ("Tehran", "Isfahan")),
    ],
)
def test_lists_and_acts_locate_no_place(extractor, text, lang, forbidden):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    place, where = forbidden
    assert (place, "locatedIn", where) not in _relation_labels(res)


def test_an_unknown_place_before_a_citys_possessive_lies_in_it(extractor):
    res = extractor.extract_text(
        "I am in Victory Park, Moscow's giant memorial complex.", lang="en", published=PUB
    )
    assert ("Victory Park", "locatedIn", "Moscow") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a party's adjective before another noun
        ("Biden's Republican critics opposed the aid.", "Joe Biden"),
        # an act between the party and the person
        ("Hungary's Fidesz party criticised Zelensky.", "Volodymyr Zelensky"),
        # one party named in the plural, with a title between
        ("Liberal Democrats leader Ed Davey and Keir Starmer criticised Russia.", "Keir Starmer"),
        # a person after a phrase of service
        ("Maria Kovalenko works for Oleksandr Petrenko, a local businessman.", "Maria Kovalenko"),
    ],
)
def test_possessives_acts_and_titles_make_no_party_member(extractor, text, person):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 5, 1))
    assert not [o for s, p, o in _relation_labels(res) if s == person and p == "memberOf"]


@pytest.mark.parametrize(
    "text",
    [
        "He is a member of the Kennedy family.",
        "John Smith, a member of Parliament for Tonbridge, said so.",
        "A Russian missile hit the Holy Trinity Church in Kharkiv.",
    ],
)
def test_families_parliaments_and_churches_are_no_new_bodies(extractor, text):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert not [e for e in res.entities if e.type == "Organization"]


def test_a_title_before_a_known_institution_leaves_it_whole(extractor):
    res = extractor.extract_text(
        "Koffler cited Deputy Chairman of the Security Council of Russia Dmitry Medvedev.",
        lang="en",
        published=dt.date(2022, 4, 9),
    )
    rels = _relation_labels(res)
    assert ("Russian Security Council", "partOf", "Russia") in rels
    assert not [e for e in res.entities if e.label == "Security Council"]


def test_a_known_holder_of_a_countryless_institution_leads_his_own(extractor):
    res = extractor.extract_text(
        "Sergei Lavrov, head of the Ministry of Foreign Affairs, said so.",
        lang="en",
        published=dt.date(2022, 8, 17),
    )
    assert ("Sergei Lavrov", "leads", "Russian Ministry of Foreign Affairs") in _relation_labels(
        res
    )


@pytest.mark.parametrize(
    "text",
    ["Russian representative Vasily Nebenzia said so.", "Russian senator Andrei Klishas said so."],
)
def test_senators_and_representatives_hold_no_seat_of_parliament(extractor, text):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 5, 1))
    assert not [r for r in res.relations if r.predicate == "memberOf"]


def test_ongoing_attacks_and_never_stopped_attacks_happen(extractor):
    res, evs = events(
        extractor, "Civilians in Kharkiv suffered from ongoing attacks by Russian forces.", "en"
    )
    assert [e for e in evs if e.cameo.startswith("19") and "Russia" in labels(res, e.actors)]
    res, evs = events(extractor, "Russian forces never stopped attacking Kupiansk.", "en")
    assert [e for e in evs if e.cameo.startswith("19")]


def test_a_capitalised_word_before_a_settlement_kind_makes_no_place(extractor):
    res = extractor.extract_text(
        "Program Jakarta Kota Global diluncurkan pekan ini.", lang="id", published=PUB
    )
    assert not [e for e in res.entities if e.label == "Global"]


def test_a_body_name_runs_over_several_connectors(extractor):
    res = extractor.extract_text(
        "Clifford May, president of the Foundation for the Defense of Democracies, said so.",
        lang="en",
        published=PUB,
    )
    leads = {o for s, p, o in _relation_labels(res) if p == "leads"}
    assert leads == {"Foundation for the Defense of Democracies"}


def test_a_prospect_reaches_over_a_noun_phrase_of_three_words(extractor):
    _res, evs = events(
        extractor, "As he emphasized, the risk of the Russian army attack increased.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("19")]


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            "Pemerintah Rusia menawarkan modernisasi kilang kepada Indonesia.",
            "id",
            "Russia",
            "Indonesia",
        ),
        (
            "Menteri ESDM Bahlil Lahadalia mengundang mitra Rusia untuk terlibat dalam eksplorasi gas.",
            "id",
            "Bahlil Lahadalia",
            "Russia",
        ),
        ("Putin offered to modernise Indonesia's oil refineries.", "en", "Russia", "Indonesia"),
        ("Prabowo invited Russian companies to invest in Indonesia.", "en", "Indonesia", "Russia"),
    ],
)
def test_offers_and_invitations_to_do_business_are_intents(extractor, text, lang, actor, target):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo == "0311")
    assert actor in labels(res, ev.actors)
    assert target in labels(res, ev.targets)


def test_readiness_to_explore_projects_together_is_an_intent(extractor):
    res, evs = events(
        extractor, "Indonesia siap menjajaki proyek eksplorasi gas bersama dengan Rusia.", "id"
    )
    ev = next(e for e in evs if e.cameo == "0311")
    assert {"Indonesia", "Russia"} <= labels(res, ev.actors) | labels(res, ev.targets)


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        # forces deployed with no agent are their owner's deployment
        ("Skuadron jet tempur AS dikerahkan ke Timur Tengah.", "id", "United States"),
        ("Empat pesawat pengebom AS ditempatkan di pangkalan Diego Garcia.", "id", "United States"),
        ("US fighter jets were deployed to the Middle East.", "en", "United States"),
        ("Russian troops were deployed to the border.", "en", "Russia"),
        # the destination after the verb is no agent
        ("Wagner Group fighters were deployed to Mali last year.", "en", "Wagner Group"),
    ],
)
def test_deployed_forces_are_their_owners_deployment(extractor, text, lang, owner):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo == "150")
    assert labels(res, ev.actors) >= {owner}
    assert not ev.targets


def test_experts_deployed_are_no_force_posture(extractor):
    _res, evs = events(extractor, "UK war crimes experts have been deployed to the region.", "en")
    assert not [e for e in evs if e.cameo.startswith("15")]


def test_a_weekday_glossed_in_local_time_keeps_the_first_day(extractor):
    _res, evs = events(
        extractor,
        "Harga minyak naik pada hari Kamis (Jumat waktu Jakarta), setelah Israel menyerang Iran.",
        "id",
    )
    ev = next(e for e in evs if e.cameo.startswith("19"))
    assert ev.date == "2025-06-19"  # PUB is a Thursday


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the owner named right before the forces, not the speaker
        ("Poland said Russian troops were deployed in Belarus.", "Russia"),
        # nor an agent of a later verb
        ("Ukrainian troops being redeployed to Bakhmut were hit by Russian artillery.", "Ukraine"),
    ],
)
def test_a_deployments_owner_is_named_with_the_forces(extractor, text, owner):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == "150")
    assert labels(res, ev.actors) >= {owner}
    assert not ev.targets


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO said troops were deployed near the border.", "en"),
        ("About 100,000 US troops are stationed in Europe.", "en"),
        ("Pengungsi Suriah ditempatkan di kawasan penampungan di Turki.", "id"),
        ("Poland offered to provide a platform for Belarusian opposition activists.", "en"),
    ],
)
def test_garrisons_reports_and_platforms_are_no_posture_or_offer(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith(("15", "039"))]


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        # the parties' own talks
        ("Russia and Ukraine held talks between their delegations in Istanbul.", "en", "04"),
        # arms offered are military aid, not business
        ("China offered to increase supplies of drones to Russia.", "en", "033"),
        ("Rusia menawarkan pasokan senjata kepada Iran.", "id", "07"),
        # an attack named after a pronoun of speech in Indonesian keeps its attacker
        ("Kata mereka serangan Rusia menewaskan 10 orang di Kyiv.", "id", "19"),
        # a prospect word before a clause break does not reach the act after it
        ("Three people are feared dead after Russian troops shelled the village.", "en", "19"),
    ],
)
def test_own_talks_arms_offers_and_clause_breaks_keep_their_reading(extractor, text, lang, cameo):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo.startswith(cameo))
    if cameo == "19":
        assert "Russia" in labels(res, ev.actors)


def test_a_victims_origin_is_no_place_of_the_act(extractor):
    _res, evs = events(extractor, "Two men from Ukraine were murdered at a shopping centre.", "en")
    ev = next(e for e in evs if e.cameo == "1823")
    assert ev.place is None


def test_a_village_after_a_countrys_adjective_is_a_place(extractor):
    res, evs = events(
        extractor, "Russian forces shelled the Ukrainian village of Zolota Balka.", "en"
    )
    ev = next(e for e in evs if e.cameo.startswith("19"))
    assert res.entity(ev.place).label == "Zolota Balka"


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        # a portfolio of several words, its acronym in brackets
        (
            "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia menyatakan Indonesia siap.",
            "Bahlil Lahadalia",
            "Minister",
        ),
        (
            "Sekretaris Kabinet Teddy Indra Wijaya hadir di sana.",
            "Teddy Indra Wijaya",
            "Cabinet Secretary",
        ),
        # the head of a company, the company's acronym in brackets before the name
        (
            "Hal ini diungkapkan oleh Direktur Utama PT Kilang Pertamina Internasional (KPI) "
            "Taufik Aditiyawarman.",
            "Taufik Aditiyawarman",
            "President Director of PT Kilang Pertamina Internasional",
        ),
    ],
)
def test_indonesian_posts_with_portfolios_and_companies(extractor, text, person, post):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert (person, "holdsPosition", post) in _relation_labels(res)


def test_a_roman_numeral_after_a_name_is_no_person(extractor):
    res = extractor.extract_text(
        "Ketua Komisi XI DPR RI, Mukhamad Misbakhun, menyampaikan apresiasi.",
        lang="id",
        published=PUB,
    )
    assert "Xi Jinping" not in {e.label for e in res.entities}
    res = extractor.extract_text(
        "It was interesting that chairman XI repeated his readiness for talks.",
        lang="en",
        published=PUB,
    )
    assert "Xi Jinping" in {e.label for e in res.entities}


@pytest.mark.parametrize(
    ("text", "person", "post", "leads"),
    [
        # a title, its body, a comma and the holder's full name
        (
            "Ketua DPR RI, Puan Maharani, menyampaikan apresiasi.",
            "Puan Maharani",
            "Chairman of Indonesian House of Representatives",
            {"Indonesian House of Representatives"},
        ),
        # a body with a bracketed gloss
        (
            "Kepala Kantor Komunikasi Kepresidenan (PCO), Hasan Nasbi mengungkapkan alasannya.",
            "Hasan Nasbi",
            "Head of Kantor Komunikasi Kepresidenan",
            {"Kantor Komunikasi Kepresidenan"},
        ),
        # a commission of the house: its chair, who leads neither it as named nor the house
        (
            "Ketua Komisi XI DPR RI, Mukhamad Misbakhun, menyampaikan apresiasi.",
            "Mukhamad Misbakhun",
            "Chairman",
            set(),
        ),
    ],
)
def test_a_holder_named_after_the_titles_body_and_a_comma(extractor, text, person, post, leads):
    res = extractor.extract_text(text, lang="id", published=PUB)
    rels = _relation_labels(res)
    assert (person, "holdsPosition", post) in rels
    assert {o for s, p, o in rels if s == person and p == "leads"} == leads


@pytest.mark.parametrize(
    ("text", "lang", "person", "post"),
    [
        ("Tesla CEO Elon Musk said so.", "en", "Elon Musk", "Chief Executive Officer"),
        (
            "Direktur Eksekutif Global Fund, Peter Sands, mengatakan dana berkurang.",
            "id",
            "Peter Sands",
            "Executive Director of Global Fund",
        ),
        # a known person after the body and a comma; an English body's head in Indonesian text
        (
            "Nota ditandatangani oleh Direktur Utama Russian Direct Investment Fund, Kirill Dmitriev.",
            "id",
            "Kirill Dmitriev",
            "President Director of Russian Direct Investment Fund",
        ),
    ],
)
def test_company_posts(extractor, text, lang, person, post):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (person, "holdsPosition", post) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # a company named right after "CEO" in Indonesian is no holder
        ("CEO Shell Wael Sawan mengatakan harga naik.", set()),
        # titles and ranks after the comma are no name: the person holds his own title only
        (
            "Kepala Badan Geologi, Kapolri Komjen Pol Ahmad, hadir.",
            {("Ahmad", "holdsPosition", "Chief of Police")},
        ),
    ],
)
def test_companies_and_ranks_are_no_post_holders(extractor, text, posts):
    res = extractor.extract_text(text, lang="id", published=PUB)
    assert {r for r in _relation_labels(res) if r[1] in ("holdsPosition", "leads")} == posts


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        # the party after "of" visits when a destination follows it, or when no party does
        ("The visit of US House Speaker Nancy Pelosi to Taiwan angered Beijing.", "042",
         "Nancy Pelosi", "Taiwan"),
        ("The visit of Chancellor Olaf Scholz ended on Monday.", "042", "Olaf Scholz", None),
        # an attack "of" a party "on" another: the first attacks the second
        ("The attack of Russia on Ukraine shocked the world on Monday.", "190", "Russia",
         "Ukraine"),
    ],
)  # fmt: skip
def test_the_party_after_of_acts_when_a_marked_party_follows(extractor, text, code, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, ev.actors)
    assert (target in labels(res, ev.targets)) if target else not ev.targets


def test_the_party_after_of_is_hit_after_a_possessive_determiner(extractor):
    res, evs = events(
        extractor,
        "Russia invaded Ukraine in February 2022. Russia used nuclear threats during its "
        "invasion of Ukraine to scare NATO.",
        "en",
    )
    assert {
        (frozenset(labels(res, e.actors)), frozenset(labels(res, e.targets)))
        for e in evs
        if e.cameo == "190"
    } == {(frozenset({"Russia"}), frozenset({"Ukraine"}))}


def test_a_plan_to_attack_disowned_is_a_denial(extractor):
    res, evs = events(
        extractor,
        "Lavrov once again assured that Moscow is not going to attack anyone.",
        "en",
    )
    assert [e.cameo for e in evs] == ["016"] and "Russia" in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("China proposed a peace plan to Russia, who started the war against Ukraine.", "Russia"),
        # after a country closing an "of" phrase the pronoun hangs on the title before it
        ("The President of Ukraine, who met Biden on Monday, thanked him.", "Volodymyr Zelensky"),
    ],
)
def test_a_personal_relative_hangs_on_a_country_unless_it_closes_an_of_phrase(
    extractor, text, actor
):
    res, evs = events(extractor, text, "en")
    assert evs and actor in labels(res, evs[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "Biden assured that if Russia chooses a war in Ukraine, it would bear a high cost.",
        "Putin cautioned that any attempt by Ukraine to interfere would lead to consequences.",
    ],
)
def test_a_consequence_promised_by_a_speaker_is_a_threat(extractor, text):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo.startswith("13"))
    assert labels(res, ev.actors) & {"Joe Biden", "Vladimir Putin"}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("China expressed concern over the investigations of the European Commission.", "en",
         "012"),
        ("The United Nations is deeply concerned about the strikes on Kharkiv.", "en", "012"),
        ("Indonesia menyampaikan keprihatinan atas serangan Israel ke Gaza.", "id", "012"),
        ("Ukraine warned of the danger of a nuclear accident at Zaporizhzhia.", "en", "012"),
    ],
)  # fmt: skip
def test_a_voiced_concern_is_a_statement(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert code in [e.cameo for e in evs]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia remains concerned about guarding the extremities of its front line.", "en"),
        ("Ukraine is hoping to speed up exports via this route.", "en"),
        ("Rusia berharap ekspor gandum ke Indonesia naik.", "id"),
    ],
)
def test_a_mood_told_of_a_party_is_below_the_threshold(extractor, text, lang):
    _res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo in ("012", "013")]


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        ("Despite the Kremlin being sanctioned over its invasion of Ukraine, prices rose.", "190",
         "Russia", "Ukraine"),
        ("Putin defended his invasion of Ukraine on Monday.", "190", "Vladimir Putin", "Ukraine"),
    ],
)  # fmt: skip
def test_a_possessive_determiner_stands_for_the_subject(extractor, text, code, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, ev.actors) and target in labels(res, ev.targets)


@pytest.mark.parametrize(
    "text",
    [
        # a speaker is not what "their" stands for, nor a country's adjective what "its" does
        "Zelensky said their attacks on Kharkiv continued on Monday.",
        "Russia struck Ukrainian cities on Monday, on a par with its bombing blitz of 2022.",
    ],
)
def test_a_possessive_determiner_skips_speakers_and_adjectives(extractor, text):
    res, evs = events(extractor, text, "en")
    assert not [e for e in evs if labels(res, e.actors) & {"Volodymyr Zelensky", "Ukraine"}]


@pytest.mark.parametrize(
    ("text", "occupied"),
    [
        ("The lesson of 2014, when Russia occupied Crimea, is clear.", True),
        ("Russia illegally occupied Crimea in 2014.", True),
        ("Russian forces in occupied areas left destruction on Monday.", False),
        # a participle before its agent is the agent's occupation (the annotators of the
        # unseen sets code "the territory occupied by Russia in 2014" as one)
        ("Towns occupied by Russia were shelled on Monday.", True),
    ],
)
def test_occupied_right_after_its_party_is_an_occupation(extractor, text, occupied):
    _res, evs = events(extractor, text, "en")
    assert ("192" in [e.cameo for e in evs]) is occupied


@pytest.mark.parametrize(
    ("text", "code", "actor"),
    [
        ("Pada 2 April 2025, Presiden AS Donald Trump memulai gelombang tarif resiprokal terhadap "
         "185 negara, termasuk Indonesia.", "163", "Donald Trump"),
        ("AS juga telah menyiagakan pesawat tempur di kawasan tersebut.", "152", "United States"),
    ],
)  # fmt: skip
def test_indonesian_tariffs_and_alert(extractor, text, code, actor):
    res, evs = events(extractor, text, "id")
    ev = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, ev.actors)


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        # the Council of Europe's assembly is known, and its call is its own
        ("PACE reiterates its call on the Council of Europe member States to set up a tribunal.",
         "020", "Parliamentary Assembly of the Council of Europe", "Council of Europe"),
        # a sum claimed from a party is a demand of economic aid
        ("Poland demands 1.3 trillion euros from Germany.", "1031", "Poland", "Germany"),
    ],
)  # fmt: skip
def test_calls_and_demands_of_a_named_party(extractor, text, code, actor, target):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, ev.actors) and target in labels(res, ev.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Russian aggression accelerated the split of the world. Ukraine's grain exports fell.",
        "Wheat prices rose after Russia's invasion. Ukraine's ports were closed.",
    ],
)
def test_a_known_war_named_by_its_actor_alone_is_that_war(extractor, text):
    res, evs = events(extractor, text, "en")
    wars = [e for e in evs if e.cameo.startswith("19")]
    assert len(wars) == 1
    assert labels(res, wars[0].actors) == {"Russia"} and labels(res, wars[0].targets) == {"Ukraine"}


def test_a_war_reference_without_the_wars_target_in_the_article_is_not_that_war(extractor):
    res, evs = events(extractor, "Moldova fears Russian aggression.", "en")
    assert not [e for e in evs if "Ukraine" in labels(res, e.targets)]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # a longer "demand ... from" does not hide the demand's own code
        ("The Kremlin reiterated its demand that Ukraine withdraw from four regions.", "en",
         "1056"),
        # talks about tariffs are talks, a currency's appreciation is no praise
        ("Indonesia memulai negosiasi tarif dengan Amerika Serikat pekan ini.", "id", "046"),
        # the formula of statements in Indonesian, as "deeply concerned" in English
        ("Indonesia sangat prihatin atas serangan Israel terhadap Iran.", "id", "012"),
    ],
)  # fmt: skip
def test_review_fixes_keep_the_specific_code(extractor, text, lang, code):
    _res, evs = events(extractor, text, lang)
    assert code in [e.cameo for e in evs]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Rupiah mengalami apresiasi 0,5 persen terhadap dolar AS.", "id", "051"),
        ("Indonesia memulai negosiasi tarif dengan Amerika Serikat pekan ini.", "id", "163"),
        ("Ukraine’s occupied territories remain under Russian control.", "en", "192"),
    ],
)
def test_review_fixes_drop_false_acts(extractor, text, lang, absent):
    _res, evs = events(extractor, text, lang)
    assert absent not in [e.cameo for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        # the determiner stands for the clause's own subject, not an object or a modifier
        "Biden called out Russia for violating the UN charter in its war against Ukraine.",
        "Iran is helping Russia evade the sanctions it faces over its invasion of Ukraine.",
    ],
)
def test_a_possessive_determiner_needs_the_clauses_subject(extractor, text):
    res, evs = events(extractor, text, "en")
    wars = [e for e in evs if e.cameo.startswith("19")]
    assert not [
        e
        for e in wars
        if labels(res, e.actors) & {"United Nations", "Iran"} or labels(res, e.targets) & {"Iran"}
    ]


def test_a_possessive_determiners_act_hits_the_party_marked_after_it_only(extractor):
    res, evs = events(
        extractor,
        "Although Moscow was sanctioned over its invasion of Ukraine, the World Bank raised "
        "its forecast for Russia.",
        "en",
    )
    war = next(e for e in evs if e.cameo.startswith("19"))
    assert labels(res, war.actors) == {"Russia"} and labels(res, war.targets) == {"Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # a month before "this year" or "last year" is that year's month
        ("In February this year, the Russian police put Kaja Kallas on a wanted list.", "en",
         "2025-02"),
        ("In March last year, Russia attacked Kyiv.", "en", "2024-03"),
        # a weekday told as just past ("kemarin") is that weekday, not yesterday
        ("Pada Minggu kemarin, Perdana Menteri Israel Benjamin Netanyahu menolak tuduhan Iran.",
         "id", "2025-06-15"),
    ],
)  # fmt: skip
def test_a_month_or_weekday_with_a_relative_word_keeps_its_own_date(extractor, text, lang, date):
    _res, evs = events(extractor, text, lang)
    assert evs and evs[0].date == date


@pytest.mark.parametrize(
    ("text", "code", "parties"),
    [
        ("Last week, Defense Secretary Lloyd Austin put 8,500 U.S. troops on heightened "
         "preparedness.", "152", {"Lloyd Austin"}),
        ("On Thursday, Vladimir Putin talked to Xi Jinping face to face.", "040",
         {"Vladimir Putin", "Xi Jinping"}),
    ],
)  # fmt: skip
def test_alerts_and_talks_with_a_party(extractor, text, code, parties):
    res, evs = events(extractor, text, "en")
    ev = next(e for e in evs if e.cameo == code)
    assert parties <= labels(res, ev.actors)


def test_talking_to_reporters_is_no_consultation(extractor):
    _res, evs = events(extractor, "Zelensky talked to reporters in Kyiv on Monday.", "en")
    assert not [e for e in evs if e.cameo.startswith("04")]


@pytest.mark.parametrize(
    ("text", "lang", "relation"),
    [
        ("The Kremlin-backed Wagner Group fought in Mali.", "en",
         ("Wagner Group", "affiliatedWith", "Russia")),
        ("Iran-backed Houthi rebels attacked a ship in the Red Sea.", "en",
         ("Houthis", "affiliatedWith", "Iran")),
        ("Hizbullah yang didukung Iran menembakkan roket ke Israel.", "id",
         ("Hezbollah", "affiliatedWith", "Iran")),
    ],
)  # fmt: skip
def test_a_group_backed_by_a_state_is_affiliated_with_it(extractor, text, lang, relation):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert relation in _relation_labels(res)


def test_a_backing_participle_before_a_preposition_backs_nothing_after_it(extractor):
    res = extractor.extract_text(
        "Kremlin-affiliated officials spoke to the Financial Times on Monday.",
        lang="en",
        published=PUB,
    )
    assert not [r for r in _relation_labels(res) if r[1] == "affiliatedWith"]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a known name opening an unknown body's name is part of it
        ("Janis Sarts, director of the NATO Strategic Communications Centre, said so.",
         "Janis Sarts", "NATO Strategic Communications Centre"),
        ("John Smith, head of the Kyiv Security Forum, said so on Monday.", "John Smith",
         "Kyiv Security Forum"),
        # a body's name runs over "and" or "&" to its head noun; the holder's name over no line
        ("LACKS EXPERIENCE\n\nRebekah Koffler, president of Doctrine & Strategy Consulting, "
         "told Fox News.", "Rebekah Koffler", "Doctrine & Strategy Consulting"),
    ],
)  # fmt: skip
def test_unknown_bodies_after_a_title_keep_their_whole_name(extractor, text, person, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert (person, "leads", body) in rels
    assert not [r for r in rels if r[1] == "holdsPosition" and r[0] != person]


@pytest.mark.parametrize(
    ("text", "lang", "relation"),
    [
        ("Badan pengawas nuklir PBB, IAEA, menyatakan tidak ada kebocoran.", "id",
         ("International Atomic Energy Agency", "partOf", "United Nations")),
        ("The FAO warned of a food crisis in Gaza.", "en",
         ("Food and Agriculture Organization", "partOf", "United Nations")),
    ],
)  # fmt: skip
def test_un_agencies_are_part_of_the_un(extractor, text, lang, relation):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert relation in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Konsulat Jenderal Rusia di Bali telah dibuka.", "id", "Bali"),
        ("The Russian Consulate General in Istanbul was closed on Monday.", "en", "Istanbul"),
    ],
)
def test_a_consulate_lies_where_it_is_and_belongs_to_its_state(extractor, text, lang, place):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    rels = _relation_labels(res)
    assert ("Russian Consulate", "locatedIn", place) in rels
    assert ("Russian Consulate", "partOf", "Russia") in rels


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck Gaza on Monday. Biden said he was considering imposing direct sanctions on "
        "Putin in the case of Russian invasion of Ukraine.",
        "Israel struck Gaza on Monday. Russian media said Ukraine is planning an offensive "
        "against occupied territories.",
        "Israel struck Gaza on Monday. Sullivan said one of the scenarios is a quick attack on "
        "Kyiv by Russia.",
    ],
)
def test_plans_and_scenarios_are_no_reported_acts(extractor, text):
    res, evs = events(extractor, text, "en")
    violent = [e for e in evs if e.cameo.startswith("19")]
    assert [labels(res, e.actors) for e in violent] == [{"Israel"}]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Olaf Scholz came to China on Sunday with German managers.", True),
        ("Erdogan came to the Kremlin on Monday.", True),
        ("The EU came to the conclusion that Russia lied.", False),
        ("Britain came to Ukraine's aid in 2022.", False),
    ],
)
def test_coming_to_a_named_place_is_a_visit(extractor, text, visit):
    _res, evs = events(extractor, text, "en")
    assert ("042" in [e.cameo for e in evs]) is visit


def test_territory_liberated_is_taken(extractor):
    res, evs = events(
        extractor, "Ukrainian forces liberated 3,800 square kilometres of territory.", "en"
    )
    ev = next(e for e in evs if e.cameo == "192")
    assert "Ukraine" in labels(res, ev.actors)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The memorandum was signed by Poland, Latvia, Estonia and Lithuania in 2014.",
         {"Poland", "Latvia", "Estonia", "Lithuania"}),
        ("A cooperation agreement was signed between Serbia and Ukraine on Monday.",
         {"Serbia", "Ukraine"}),
        # a letter signed is no agreement
        ("The open letter was signed by Poland and Latvia on Monday.", set()),
    ],
)  # fmt: skip
def test_an_agreement_signed_in_the_passive_names_its_signers(extractor, text, parties):
    res, evs = events(extractor, text, "en")
    signed = [e for e in evs if e.cameo == "057"]
    assert (labels(res, signed[0].actors) if signed else set()) == parties


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # praise given after its verb, with or without a qualifier
        ("Menlu Sugiono menyampaikan apresiasi atas upaya Qatar.", "Sugiono", "Qatar"),
        ("Prabowo pun menyampaikan terima kasih ke Putin.", "Prabowo Subianto", "Vladimir Putin"),
    ],
)
def test_indonesian_praise_after_its_verb(extractor, text, actor, target):
    res, evs = events(extractor, text, "id")
    ev = next(e for e in evs if e.cameo == "051")
    assert actor in labels(res, ev.actors) and target in labels(res, ev.targets)


def test_a_named_person_of_a_committee_stays_a_person(extractor):
    res = extractor.extract_text(
        "Rep. Michael McCaul of the Foreign Affairs Committee said Russia lied.",
        lang="en",
        published=PUB,
    )
    assert ("Michael McCaul", "memberOf", "Foreign Affairs Committee") in _relation_labels(res)


def test_a_bodys_tail_after_its_head_noun_is_no_holder(extractor):
    res = extractor.extract_text(
        "Janis Sarts, director of the NATO Strategic Communications Centre of Excellence, said so.",
        lang="en",
        published=PUB,
    )
    holders = {r[0] for r in _relation_labels(res) if r[1] in ("holdsPosition", "leads")}
    assert holders == {"Janis Sarts"}


def test_who_after_from_hangs_on_the_country(extractor):
    res, evs = events(
        extractor,
        "Russia receives support from Iran, who has supplied Shahed drones to Moscow since 2022.",
        "en",
    )
    aid = next(e for e in evs if e.cameo.startswith("07"))
    assert "Iran" in labels(res, aid.actors)


def test_a_states_own_forces_are_no_backed_group(extractor):
    res = extractor.extract_text(
        "Protesters opposed the US-backed Israeli military campaign in Gaza.",
        lang="en",
        published=PUB,
    )
    assert not [r for r in _relation_labels(res) if r[1] == "affiliatedWith"]


@pytest.mark.parametrize(
    "text",
    [
        "After Russia's aggression in Chechnya, the West did little. Ukraine's allies agreed.",
        "Deterring some future Russian aggression matters. Ukraine's allies agreed.",
        "In 2014 came the first Russian invasion of Donbas. Ukraine's allies agreed.",
    ],
)
def test_other_or_generic_wars_are_not_the_known_war(extractor, text):
    res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("19") and "Ukraine" in labels(res, e.targets)]


def test_a_lower_case_week_word_is_no_weekday(extractor):
    _res, evs = events(extractor, "Israel menyerang Iran pada minggu kemarin.", "id")
    assert evs and evs[0].date == "2025-06"


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        ("Sohrab Ahmari, a contributing editor of the American Conservative, said so.",
         "Sohrab Ahmari", "The American Conservative"),
        ("John Smith, a war reporter for Newsweek, said so.", "John Smith", "Newsweek"),
    ],
)  # fmt: skip
def test_journalists_are_members_of_their_outlets(extractor, text, person, outlet):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (person, "memberOf", outlet) in _relation_labels(res)


def test_an_editors_note_names_no_journalist(extractor):
    res = extractor.extract_text(
        "Editor's Note: Mark Hannah is a senior fellow at the Eurasia Group.",
        lang="en",
        published=PUB,
    )
    assert not [r for r in _relation_labels(res) if r[0] == "Note"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("IOC President Thomas Bach said the ban stays.",
         ("Thomas Bach", "leads", "International Olympic Committee")),
        ("PiS leader Jarosław Kaczyński said so.",
         ("Jarosław Kaczyński", "leads", "Law and Justice")),
    ],
)  # fmt: skip
def test_short_names_of_bodies_and_parties(extractor, text, relation):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert relation in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "relations", "absent"),
    [
        # a function of a post in a body: its holder is a member, no head of the body
        ("In May, Scott Berrier, head of intelligence in the US Department of Defense, said so.",
         {("Scott Berrier", "memberOf", "US Department of Defense")},
         ("Scott Berrier", "leads", "US Department of Defense")),
        # a place after "in" is no body of the post
        ("John Smith, a spokesman in Kyiv, said so on Monday.", set(),
         ("John Smith", "spokespersonOf", "Kyiv")),
    ],
)  # fmt: skip
def test_a_post_serving_in_a_body_makes_a_member(extractor, text, relations, absent):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert relations <= rels and absent not in rels


@pytest.mark.parametrize(
    ("text", "lang", "code", "present"),
    [
        # a possessor after a verb of opposing is what it opposes (only a visit's partner is none)
        ("Russia opposed Ukraine's membership in NATO on Monday.", "en", "110", True),
        # a market's "apresiasi" is no praise
        ("Rupiah menguat dan memberikan apresiasi 0,5 persen terhadap dolar AS.", "id", "051",
         False),
        # "a scenario X had warned about" keeps the warning
        ("Russia attacked Kyiv on Monday, a scenario Zelensky had warned about for months.",
         "en", "012", True),
    ],
)  # fmt: skip
def test_third_review_fixes(extractor, text, lang, code, present):
    _res, evs = events(extractor, text, lang)
    assert (code in [e.cameo for e in evs]) is present


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a family name that is also an outlet's stays a person's
        ("Pavel Spiegel, a Ukrainian commander, said Russian troops attacked Pokrovsk.",
         "Pavel Spiegel"),
        # a known given name before a known surname is another person
        ("Oleg Ivanov, a minister in the Russian government, said so.", "Oleg Ivanov"),
    ],
)  # fmt: skip
def test_names_stay_whole(extractor, text, person):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert person in {e.label for e in res.entities if e.type == "Person"}


def test_coming_to_ones_own_government_is_no_visit(extractor):
    _res, evs = events(
        extractor,
        "When Trump came to the White House, Russia stepped up its attacks on Ukraine.",
        "en",
    )
    assert "042" not in [e.cameo for e in evs]


@pytest.mark.parametrize(
    ("text", "lang", "code", "actor"),
    [
        ('"Russia will not leave these sanctions unanswered," Peskov said.', "en", "130",
         "Russia"),
        ("Presiden Mohamed bin Zayed Al Nahyan menyatakan solidaritas Uni Emirat Arab dengan "
         "Iran.", "id", "051", "United Arab Emirates"),
    ],
)  # fmt: skip
def test_threats_left_unanswered_and_solidarity_with(extractor, text, lang, code, actor):
    res, evs = events(extractor, text, lang)
    ev = next(e for e in evs if e.cameo == code)
    assert actor in labels(res, ev.actors)


def test_an_acronym_glued_to_a_sentence_end_opens_the_next_sentence(extractor):
    res = extractor.extract_text(
        "The talks were attended by President of Romania Klaus Iohannis.NATO was represented "
        "by its secretary general.",
        lang="en",
        published=dt.date(2022, 4, 19),
    )
    assert [s.text for s in res.sentences] == [
        "The talks were attended by President of Romania Klaus Iohannis.",
        "NATO was represented by its secretary general.",
    ]
    assert ("Klaus Iohannis", "holdsPosition", "President of Romania") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "post", "wordings"),
    [
        # the country's short name opening the title moves behind it; Adviser is Advisor
        (
            "US National Security Adviser Jake Sullivan said talks would go on.",
            "US National Security Adviser",
            {
                "National Security Adviser of United States",
                "National Security Advisor of United States",
            },
        ),
        # a federal minister of defence is a minister of defense
        (
            "German Defence Minister Boris Pistorius said talks would go on.",
            "Federal Minister of Defence of Germany",
            {"Minister of Defence of Germany", "Minister of Defense of Germany"},
        ),
        # a composed title: a country's minister of foreign affairs is its foreign minister
        (
            "Lithuanian Foreign Minister Gabrielius Landsbergis said talks would go on.",
            "Minister of Foreign Affairs of Lithuania",
            {"Foreign Minister of Lithuania"},
        ),
    ],
)
def test_a_post_carries_its_other_usual_wordings(extractor, text, post, wordings):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 1))
    (position,) = [p for p in res.positions if p.title == post]
    assert wordings <= set(position.aliases)
    assert post not in position.aliases
    assert not any("Federal Federal" in a for a in position.aliases)
    # the graph gives them as the post's alternative labels
    _graph, triples = extraction_triples(res, load_cameo_scheme())
    node = actor_iri(position.key)
    assert {str(o) for s, p, o in triples if s == node and p == SKOS.altLabel} == set(
        position.aliases
    )


def test_a_country_ending_the_line_above_qualifies_no_title(extractor):
    res = extractor.extract_text(
        "Read our report: Russia's attack on Ukraine\n\n"
        "Prime Minister Mateusz Morawiecki went to the summit.",
        lang="en",
        published=dt.date(2022, 3, 10),
    )
    rels = _relation_labels(res)
    assert ("Mateusz Morawiecki", "holdsPosition", "Prime Minister of Poland") in rels
    assert not any(o == "Prime Minister of Ukraine" for _s, _p, o in rels)


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors", "targets"),
    [
        # the object ending a fronted clause is no member of the main clause's subject
        (
            "After Russia invaded Ukraine, the European Union imposed sanctions on Russia.",
            "en",
            "163",
            {"European Union"},
            {"Russia"},
        ),
        (
            "After Russia invaded Ukraine, the European Union imposed sanctions on Russia.",
            "en",
            "190",
            {"Russia"},
            {"Ukraine"},
        ),
        (
            "Although Belgrade condemned Russian aggression against Ukraine, the Serbian "
            "authorities have refused to join sanctions against Russia.",
            "en",
            "120",
            {"Serbia"},
            {"Russia"},
        ),
        # a list closed by "and" keeps its comma-joined members, also when it goes on past
        # its named members
        (
            "The United States, Britain and France condemned Russia.",
            "en",
            "111",
            {"United States", "United Kingdom", "France"},
            {"Russia"},
        ),
        (
            "The US, UK, Canada, the European Union and some 40 partner countries denounced "
            "North Korea.",
            "en",
            "111",
            {"United States", "United Kingdom", "Canada", "European Union"},
            {"North Korea"},
        ),
        (
            "Kanada mengecam Israel, Iran, Gaza, dan Tepi Barat.",
            "id",
            "111",
            {"Canada"},
            {"Israel", "Iran"},
        ),
    ],
)
def test_a_name_ending_a_fronted_phrase_is_no_list_member(
    extractor, text, lang, cameo, actors, targets
):
    res, evs = events(extractor, text, lang)
    assert any(
        e.cameo == cameo and labels(res, e.actors) == actors and labels(res, e.targets) == targets
        for e in evs
    ), [(e.cameo, labels(res, e.actors), labels(res, e.targets)) for e in evs]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # "as" right before the noun is a preposition, not a clause opener: the giver of
        # "provide ... as military aid" is the verb's subject
        (
            "The United States will provide a billion dollars as military aid to Ukraine.",
            "072",
            {"United States"},
            {"Ukraine"},
        ),
    ],
)
def test_as_before_a_noun_of_giving_is_a_preposition(extractor, text, cameo, actors, targets):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 4, 8))
    found = [
        (labels(res, e.actors), labels(res, e.targets))
        for e in res.events
        if e.cameo == cameo and not e.negated
    ]
    assert any(actors <= a and t == targets for a, t in found), found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # the name after a relative clause's bare passive verb behind an event noun did it
        (
            "Serangan rudal yang dilancarkan Iran ke Israel meningkatkan ketegangan.",
            "195",
            {"Iran"},
            {"Israel"},
        ),
        (
            "Penembakan yang dilancarkan Israel di Rafah menewaskan puluhan warga.",
            "193",
            {"Israel"},
            {"Palestine"},
        ),
        # "menurunkan pasukan": sending troops in
        (
            "Presiden Donald Trump mengambil langkah dengan menurunkan pasukan Garda Nasional.",
            "150",
            {"Donald Trump", "United States"},
            set(),
        ),
        # the funder of a "dukungan pendanaan" follows "dari"
        (
            "Kementerian itu, dengan dukungan pendanaan dari Pemerintah Jepang, meluncurkan "
            "program baru.",
            "071",
            {"Japan"},
            set(),
        ),
        # "tak lupa" negates nothing: the offer was made
        (
            "Luhut Binsar Pandjaitan tak lupa menawarkan potensi pertanian di Danau Toba "
            "kepada pengusaha Belanda.",
            "0311",
            {"Luhut Binsar Pandjaitan"},
            {"Netherlands"},
        ),
    ],
)
def test_indonesian_agents_after_relative_passives_and_offers(
    extractor, text, cameo, actors, targets
):
    res, evs = events(extractor, text, "id")
    found = [(labels(res, e.actors), labels(res, e.targets)) for e in evs if e.cameo == cameo]
    assert any(actors <= a and t == targets for a, t in found), found


def test_a_lowered_escalation_is_no_deployment(extractor):
    res, evs = events(extractor, "Iran ingin menurunkan eskalasi militer di kawasan.", "id")
    assert "Iran" in {e.label for e in res.entities}
    assert not [e for e in evs if e.cameo.startswith("15")]


def test_the_union_state_of_belarus_and_russia_and_its_bodies(extractor):
    res = extractor.extract_text(
        "MINSK - The Parliamentary Assembly of the Union State of Belarus and Russia met in "
        "Minsk, and the presidents of Belarus and Russia will attend a Supreme Council of the "
        "Union State.",
        lang="en",
        published=dt.date(2022, 6, 20),
    )
    rels = _relation_labels(res)
    assert ("Parliamentary Assembly of the Union State", "partOf", "Union State") in rels
    assert ("Supreme State Council of the Union State", "partOf", "Union State") in rels
    assert {("Belarus", "memberOf", "Union State"), ("Russia", "memberOf", "Union State")} <= rels


def test_a_second_title_after_a_comma_is_no_holder_of_the_first(extractor):
    res = extractor.extract_text(
        "Deputy Chairman of the Parliamentary Assembly of the Union State, Chairman of the "
        "International Affairs Commission Andrei Savinykh made the statement.",
        lang="en",
        published=dt.date(2022, 6, 20),
    )
    assert "Chairman" not in {e.label for e in res.entities if e.type == "Person"}
    assert not [s for s, p, _o in _relation_labels(res) if s == "Chairman"]


def test_an_incursion_is_an_invasion(extractor):
    res, evs = events(
        extractor,
        "He left Belarus to fight with Ukrainian forces following Russia's first incursion "
        "in 2014.",
        "en",
    )
    assert [(e.cameo, labels(res, e.actors)) for e in evs if e.cameo.startswith("19")] == [
        ("190", {"Russia"})
    ]


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors"),
    [
        # a name after a relative clause's verb of judging did not carry the act out
        (
            "Serangan udara yang dikecam Indonesia itu menewaskan puluhan warga.",
            "id",
            "19",
            "Indonesia",
        ),
        (
            "Serangan yang dikutuk PBB itu menghancurkan rumah sakit di Gaza.",
            "id",
            "19",
            "United Nations",
        ),
        # "as" opening a clause lends the verb's subject to no event noun after it
        (
            "The US sent more weapons to Kyiv as attacks on Ukrainian cities intensified.",
            "en",
            "19",
            "United States",
        ),
    ],
)
def test_no_agent_from_a_judging_relative_or_a_clause_opening_as(
    extractor, text, lang, cameo, actors
):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith(cameo) and actors in labels(res, e.actors)]
    # the party still does what the sentence says it did: judges, or gives
    assert [e for e in evs if e.cameo in ("111", "072") and actors in labels(res, e.actors)]


def test_an_offered_chance_of_a_ceasefire_is_no_business_offer(extractor):
    res, evs = events(extractor, "Qatar menawarkan peluang gencatan senjata kepada Hamas.", "id")
    assert {"Qatar", "Hamas"} <= {e.label for e in res.entities}
    assert not [e for e in evs if e.cameo == "0311"]


def test_not_hesitating_to_attack_asserts_no_attack(extractor):
    res = extractor.extract_text("Israel tidak ragu menyerang Iran lagi.", lang="id", published=PUB)
    attacks = [e for e in res.events if e.cameo.startswith("19")]
    # the attack is read, but not as one that took place
    assert attacks and all(e.negated or e.hypothetical for e in attacks)


@pytest.mark.parametrize(
    ("text", "cameo", "actors"),
    [
        # a list of names without "and" is still a list
        ("France, Germany, Italy condemned the attack.", "111", {"France", "Germany", "Italy"}),
        ("Russia, Belarus hold joint military drills.", "062", {"Russia", "Belarus"}),
        # an apposition keeps its head
        (
            "The FSB, Russia's security service, detained the journalist.",
            "173",
            {"Federal Security Service"},
        ),
        # a meeting in a fronted phrase has the main clause's subject for a participant
        (
            "On Monday, after a meeting with Zelensky, Scholz reiterated support for Ukraine.",
            "044",
            {"Olaf Scholz", "Volodymyr Zelensky"},
        ),
    ],
)
def test_comma_lists_appositions_and_fronted_meetings(extractor, text, cameo, actors):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 2, 1))
    found = [labels(res, e.actors) for e in res.events if e.cameo == cameo and not e.negated]
    assert any(actors <= a for a in found), found


def test_a_title_wrapped_after_its_country_adjective_keeps_it(extractor):
    res = extractor.extract_text(
        "The talks were attended by the Ukrainian\nDeputy Foreign Minister Ivan Petrenko.",
        lang="en",
        published=dt.date(2023, 2, 1),
    )
    assert (
        "Ivan Petrenko",
        "holdsPosition",
        "Deputy Minister of Foreign Affairs of Ukraine",
    ) in _relation_labels(res)


def test_post_wordings_move_only_a_countrys_own_names():
    from kg.gazetteer import Gazetteer
    from kg.model import Entity

    gaz = Gazetteer.build(
        [Entity("country-usa", "United States", "Country", ("US", "White House"), "USA")], []
    )
    assert gaz.post_aliases("White House Press Secretary", "country-usa") == ()
    assert gaz.post_aliases("US Secretary of State", "country-usa") == (
        "Secretary of State of United States",
    )


def test_an_acronym_after_a_point_in_an_address_or_a_file_name_opens_no_sentence():
    from kg.text import normalize

    assert normalize("See www.gov.UK or report.PDF for more.") == (
        "See www.gov.UK or report.PDF for more."
    )


def test_an_assistant_secretary_is_not_the_secretary(extractor):
    res = extractor.extract_text(
        "US Assistant Secretary of State for Arms Control Mallory Stewart said Russia used "
        "riot control agents. The US Under Secretary of Defense Colin Kahl revealed estimates.",
        lang="en",
        published=dt.date(2022, 6, 23),
    )
    rels = _relation_labels(res)
    assert not [r for r in rels if r[0] in ("Antony Blinken", "Lloyd Austin")]
    assert ("Colin Kahl", "holdsPosition", "Under Minister of Defence of United States") in rels


@pytest.mark.parametrize(
    ("day", "person", "body"),
    [
        ("2022-06-13", "Ursula von der Leyen", "European Commission"),
        ("2022-06-13", "Kaja Kallas", "Estonia"),
        ("2025-06-13", "Kaja Kallas", "European Union"),
        ("2025-06-13", "Mark Rutte", "NATO"),
    ],
)
def test_a_known_person_speaks_for_the_body_of_their_posts_on_the_day(extractor, day, person, body):
    res = extractor.extract_text(
        f"{person} condemned Russia.", lang="en", published=dt.date.fromisoformat(day)
    )
    (ev,) = [e for e in res.events if e.cameo == "111"]
    actors = labels(res, ev.actors)
    assert body in actors
    assert not actors & {"Germany", "Netherlands"} - {body}


def test_a_title_naming_a_bodys_kind_gives_no_post(extractor):
    res = extractor.extract_text(
        "Deputy Head of the Belarus President Administration Vladimir Pertsov told the media "
        "on 26 April.",
        lang="en",
        published=dt.date(2024, 4, 26),
    )
    assert "Vladimir Pertsov" in {e.label for e in res.entities if e.type == "Person"}
    assert not [r for r in _relation_labels(res) if r[2].startswith("President")]


def test_a_surname_another_person_of_the_article_bears_is_not_the_known_ones(extractor):
    res = extractor.extract_text(
        "Lecturer Mikhail Belousov wrote the message. Belousov denied writing it.",
        lang="en",
        published=dt.date(2024, 5, 7),
    )
    people = {e.label for e in res.entities if e.type == "Person"}
    assert "Mikhail Belousov" in people
    assert "Andrei Belousov" not in people


def test_a_partys_president_leads_the_party_not_the_countrys_presidency(extractor):
    res = extractor.extract_text(
        "PiS president Jarosław Kaczyński said Germany owes reparations.",
        lang="en",
        published=dt.date(2022, 9, 1),
    )
    rels = _relation_labels(res)
    assert ("Jarosław Kaczyński", "leads", "Law and Justice") in rels
    assert not [r for r in rels if r[1] == "leads" and "Presidency" in r[2]]


def test_ms_and_a_surname_from_a_known_persons_full_name_alias(extractor):
    res = extractor.extract_text(
        "Svetlana Tikhanovskaya met EU leaders. Ms Tikhanovskaya said the regime must go.",
        lang="en",
        published=dt.date(2022, 6, 1),
    )
    assert [e.label for e in res.entities if e.type == "Person"] == ["Sviatlana Tsikhanouskaya"]


def test_under_before_a_title_that_is_no_secretary_is_a_preposition(extractor):
    res = extractor.extract_text(
        "The reform was passed under Prime Minister Ivan Petrenko.",
        lang="en",
        published=dt.date(2022, 6, 23),
    )
    assert ("Ivan Petrenko", "holdsPosition", "Prime Minister") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "day", "actors"),
    [
        # a title of the text, even a former one, says whom its holder spoke for
        (
            "In 2022, Dutch Prime Minister Mark Rutte condemned the invasion.",
            "2025-06-20",
            {"Mark Rutte", "Netherlands"},
        ),
    ],
)
def test_a_title_in_the_text_beats_the_body_of_the_day(extractor, text, day, actors):
    res = extractor.extract_text(text, lang="en", published=dt.date.fromisoformat(day))
    (ev,) = [e for e in res.events if e.cameo == "111"]
    assert labels(res, ev.actors) == actors


def test_a_threatened_incursion_is_a_threat_not_an_invasion(extractor):
    _res, evs = events(extractor, "Putin threatened incursion.", "en")
    assert [e.cameo for e in evs] == ["138"]


def test_a_negotiation_in_a_fronted_clause_takes_no_party_from_the_main_clause(extractor):
    res, evs = events(
        extractor, "Sebelum putaran baru negosiasi dimulai, Israel menyerang Iran.", "id"
    )
    assert not [e for e in evs if e.cameo.startswith("04")]
    assert [(labels(res, e.actors), labels(res, e.targets)) for e in evs if e.cameo == "190"] == [
        ({"Israel"}, {"Iran"})
    ]


def test_a_title_its_holder_left_before_publication_is_a_former_post(extractor):
    res = extractor.extract_text(
        "Hal itu terjadi di era Presiden Susilo Bambang Yudhoyono.",
        lang="id",
        published=dt.date(2025, 6, 20),
    )
    assert not [r for r in _relation_labels(res) if r[1] == "leads"]
    (post,) = [p for p in res.positions if p.title == "President of Indonesia"]
    assert post.end is not None and post.end < dt.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "cameo", "present"),
    [
        # the verb "deal with" is no deal; a deal with a party is
        ("Rescuers often arrive to deal with the aftermath of Russian attacks.", "030", False),
        ("They discussed Russia's new gas deal with China.", "030", True),
        # "the Western military alliance" names NATO, no cooperation
        ("Moscow sees NATO, the Western military alliance, as a threat.", "062", False),
    ],
)
def test_deals_and_alliances_named_in_passing(extractor, text, cameo, present):
    res = extractor.extract_text(
        text,
        lang="en",
        published=dt.date(2022, 6, 1),
    )
    found = [e for e in res.events if e.cameo == cameo and not e.negated]
    assert bool(found) == present, [(e.cameo, e.evidence.rule) for e in res.events]


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "actors", "targets"),
    [
        # an act in a phrase fronted before the main clause takes no target from that clause
        ("Two days after Russia attacked, Germany sent weapons to Ukraine.", "en", "190",
         {"Russia"}, set()),
        ("Setelah Rusia menyerang, Jerman mengirim senjata ke Ukraina.", "id", "190",
         {"Russia"}, set()),
        # the main clause's own act keeps its parties
        ("Two days after Russia attacked, Germany sent weapons to Ukraine.", "en", "072",
         {"Germany"}, {"Ukraine"}),
        # a target inside the fronted phrase stays
        ("After Russia attacked Ukraine, Germany sent weapons.", "en", "190", {"Russia"},
         {"Ukraine"}),
    ],
)  # fmt: skip
def test_an_act_in_a_fronted_phrase_takes_no_target_from_the_main_clause(
    extractor, text, lang, cameo, actors, targets
):
    found = _parties(extractor, text, lang, cameo)
    assert (actors, targets) in found, found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a name after a comma with a finite verb right after it opens a clause of its own:
        # no party of the act before it, no member of a list
        ("Russia attacked Ukraine, Belarus helped.", "190", {"Russia"}, {"Ukraine"}),
        ("Russia attacked Ukraine, Poland condemned the strike.", "111", {"Poland"}, set()),
        # (a city's country is its target)
        ("Russia attacked Kharkiv, Poland condemned the strike.", "190", {"Russia"},
         {"Ukraine"}),
        # comma lists stay lists
        ("France, Germany, Italy condemned Russia.", "111", {"France", "Germany", "Italy"},
         {"Russia"}),
        ("The EU sanctioned Russia, Belarus, Iran.", "163", {"European Union"},
         {"Russia", "Belarus", "Iran"}),
        # a meeting fronted before the main clause still has its subject for a participant
        ("At a meeting with his counterparts, Kuleba said Ukraine needed air defence.", "044",
         {"Dmytro Kuleba", "Ukraine"}, set()),
    ],
)  # fmt: skip
def test_a_comma_before_a_new_clause_ends_the_list(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


@pytest.mark.parametrize(
    ("text", "lang", "located", "not_located"),
    [
        # a place joined by a hyphen to a verb of location locates the name after the
        # compound, or the name its noun phrase stands in apposition to
        ("The Kyiv-based Razumkov Centre published a poll.", "en",
         ("Razumkov Centre", "Kyiv"), None),
        ("The Institute for the Study of War, a U.S.-based think tank, said Russia attacked.",
         "en", ("Institute for the Study of War", "United States"),
         ("United States", "Russia")),
        # a verb of location locates only with a preposition of place after it
        ("The OSCE and the stability of Europe are based on the Helsinki Accords.", "en",
         None, ("Europe", "Helsinki")),
        ("Rupiah berada pada level terendah terhadap dolar AS.", "id", None,
         ("Indonesia", "United States")),
        ("Mesir terletak strategis di Timur Tengah.", "id", ("Egypt", "Middle East"), None),
        # known places the gazetteer puts elsewhere are a list, not places within places
        ("Talks could be held in Istanbul, Geneva, Brussels or Vienna.", "en", None,
         ("Istanbul", "Geneva")),
        ("Life is back to normal in Kyiv, Lviv, Bucha, Irpin.", "en", None, ("Kyiv", "Lviv")),
        ("The summit covered security in Europe, Asia, Africa and Latin America.", "en", None,
         ("Europe", "Asia")),
        # a facility lies in a city of its country
        ("Defenders held out in the Azovstal steelworks in Mariupol.", "en",
         ("Azovstal", "Mariupol"), None),
        # a country's people and a person are somewhere; the country or person is not
        # located there
        ("Sekitar 380 WNI yang berada di Iran akan dievakuasi.", "id", None,
         ("Indonesia", "Iran")),
        ("Sugiono yang tengah berada di Moskow bertemu Putin.", "id", None,
         ("Sugiono", "Moscow")),
    ],
)  # fmt: skip
def test_verbs_of_location_and_places_the_gazetteer_puts_elsewhere(
    extractor, text, lang, located, not_located
):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2023, 5, 1))
    rels = {(s, o) for s, p, o in _relation_labels(res) if p == "locatedIn"}
    if located:
        assert located in rels, rels
    if not_located:
        assert not_located not in rels, rels


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # the subject of a verb before an act noun is no possessor of the act
        ("Germany condemned the missile attack on Dnipro.", "111", {"Germany"}, set()),
        # a party named after the noun of an act is the act's, not the judgement's
        ("Poland condemned the attack on Kyiv.", "111", {"Poland"}, set()),
        ("Poland condemned Russia's attack on Kyiv.", "111", {"Poland"}, {"Russia"}),
        ("Poland condemned Russia's attack on Kyiv.", "190", {"Russia"}, {"Ukraine"}),
        # a possessive determiner after the verb stands for the name before it
        ("Russia launched its invasion of Ukraine in February.", "190", {"Russia"}, {"Ukraine"}),
        # condemnation expressed with a determiner between
        ("Von der Leyen and Lula expressed their condemnation of Russian aggression.", "111",
         {"Ursula von der Leyen", "European Commission", "Luiz Inácio Lula da Silva", "Brazil"},
         {"Russia"}),
    ],
)  # fmt: skip
def test_judgements_of_acts_and_owners_of_act_nouns(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # nobody named in these sentences carried out the attack, the sanctions or the killing
        ("Germany condemned the missile attack on Dnipro.", "Germany"),
        ("China opposes the sanctions on Russia.", "China"),
        ("The EU condemned the strike on the pizzeria, which killed 13 people.",
         "European Union"),
    ],
)  # fmt: skip
def test_a_verb_subject_does_not_own_the_act_noun_after_it(extractor, text, party):
    res, evs = events(extractor, text, "en")
    acts = [e for e in evs if e.cameo[:2] in ("16", "18", "19", "20")]
    assert not [e for e in acts if party in labels(res, e.actors)], [
        (e.cameo, labels(res, e.actors)) for e in acts
    ]
    if party != "China":
        # the speaker's criticism is still read
        assert [e for e in evs if e.cameo == "111" and labels(res, e.actors) == {party}]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a participle right before "by" and its agent is passive without an auxiliary too
        ("Ukrainian cities attacked by Russia overnight included Kyiv and Lviv.", "190",
         {"Russia"}, {"Ukraine"}),
        ("Russian banks sanctioned by the United States moved funds to China.", "163",
         {"United States"}, {"Russia"}),
        ("Ukrainian civilians detained by Russian forces were released.", "173",
         {"Russian Armed Forces", "Russia"}, {"Ukraine"}),
    ],
)  # fmt: skip
def test_a_participle_before_its_agent_is_passive(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # the source a clause is attributed to is none of its parties
        ("Russia launched a massive missile attack overnight, according to Ukrainian Prime "
         "Minister Denys Shmyhal.", "195", {"Russia"}, set()),
        ("The Russian troop buildup continues, according to the Pentagon.", "150", {"Russia"},
         set()),
    ],
)  # fmt: skip
def test_a_cited_source_is_no_target(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # "and" before a name with its own verb joins two clauses, no list
        ("Britain sent missiles to Ukraine and France sent tanks.", "072", {"United Kingdom"},
         {"Ukraine"}),
        ("Britain sent missiles to Ukraine and France sent tanks.", "072", {"France"}, set()),
        ("The US imposed sanctions on Russia, and China criticised the move.", "163",
         {"United States"}, {"Russia"}),
        ("The US imposed sanctions on Russia, and China criticised the move.", "111", {"China"},
         set()),
        # lists stay lists
        ("Leaders of France and Germany condemned Russia.", "111", {"France", "Germany"},
         {"Russia"}),
        ("Russia attacked Ukraine and Georgia in the past.", "190", {"Russia"},
         {"Ukraine", "Georgia"}),
    ],
)  # fmt: skip
def test_and_before_a_new_clause_ends_the_list(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


@pytest.mark.parametrize(
    ("text", "cameo", "actors"),
    [
        # a country's pronoun after "that" or a reporting verb is the governing verb's subject
        ("Belarus warned Poland that it would respond to any provocation.", "138", {"Belarus"}),
        ("China told Russia that it would supply weapons.", "0332", {"China"}),
        ("Russian energy giant Gazprom says it is cutting gas deliveries to Germany.", "160",
         {"Gazprom"}),
    ],
)  # fmt: skip
def test_a_country_pronoun_stands_for_the_governing_subject(extractor, text, cameo, actors):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 20))
    found = [labels(res, e.actors) for e in res.events if e.cameo[: len(cameo)] == cameo]
    assert actors in found, [(e.cameo, labels(res, e.actors)) for e in res.events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a clause disputed or denied before "that" reports no act
        ("The IAEA found no evidence that Russia had attacked the plant.", "190"),
        ("Kyiv dismissed claims that its forces had shelled Donetsk.", "194"),
        ("The Pentagon said it could not confirm that Russia had used chemical weapons.", "2041"),
        # "neither ... nor" negates; "stopped short of" and "avoided" keep the act from happening
        ("Neither Germany nor France has sent fighter jets to Ukraine.", "072"),
        ("China has stopped short of condemning the invasion.", "111"),
        ("Turkey has avoided imposing sanctions on Russia.", "163"),
    ],
)
def test_disputed_and_avoided_acts_are_not_reported(extractor, text, cameo):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 20))
    # the sentence's parties are read (the extraction is not empty for lack of names)
    assert res.entities
    assert not [e for e in res.events if e.cameo == cameo and not e.negated], [
        (e.cameo, e.negated) for e in res.events
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "party"),
    [
        # a country's allies or partners act, not the country
        ("Ukraine's allies sent more than 100 tanks last year.", "072", "Ukraine"),
        ("Kyiv's partners imposed new sanctions on Moscow.", "163", "Ukraine"),
    ],
)
def test_a_possessor_of_allies_is_not_their_act_s_subject(extractor, text, cameo, party):
    res, evs = events(extractor, text, "en")
    assert res.entities
    assert not [e for e in evs if e.cameo == cameo and party in labels(res, e.actors)], [
        (e.cameo, labels(res, e.actors)) for e in evs
    ]
    # the possessor's own forces still act for it
    res, evs = events(extractor, "Russia's forces attacked Kharkiv.", "en")
    assert [labels(res, e.actors) for e in evs if e.cameo == "190"] == [{"Russia"}]


@pytest.mark.parametrize(
    ("text", "cameo", "date"),
    [
        # one unit before the publication day
        ("Russia attacked Kyiv a day ago.", "190", "2023-06-20"),
        ("Russia attacked Kyiv a year ago.", "190", "2022"),
        # a comma inside a number is no clause break between the act and its year
        ("Russia massed 100,000 troops near the border in 2021.", "150", "2021"),
    ],
)
def test_one_unit_ago_and_years_after_large_numbers(extractor, text, cameo, date):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 6, 21))
    assert [e.date for e in res.events if e.cameo == cameo] == [date]


@pytest.mark.parametrize(
    ("text", "cameo", "actors"),
    [
        # a meeting's or an agreement's partner comes after "with", right after the verb, or
        # right after a target's preposition; further on a party names the topic
        ("G7 finance ministers agreed on a price cap on Russian oil.", "030", {"G7"}),
        ("NATO foreign ministers met in Brussels on Tuesday to discuss support for Ukraine.",
         "040", {"NATO"}),
        ("Blinken held talks in Geneva with Lavrov.", "040",
         {"Antony Blinken", "United States", "Sergei Lavrov", "Russia"}),
        ("Mr Sunak meets the German Chancellor Olaf Scholz in Berlin.", "044",
         {"Rishi Sunak", "United Kingdom", "Olaf Scholz", "Germany"}),
        ("Erdogan talked to Putin on Monday.", "040",
         {"Recep Tayyip Erdoğan", "Turkey", "Vladimir Putin", "Russia"}),
    ],
)  # fmt: skip
def test_partners_of_joint_acts_are_not_topics(extractor, text, cameo, actors):
    res, evs = events(extractor, text, "en")
    assert [labels(res, e.actors) for e in evs if e.cameo == cameo] == [actors], [
        (e.cameo, labels(res, e.actors)) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a place or a party after "while" belongs to its own clause
        ("Zelensky met Scholz in Berlin while Russian forces shelled Kherson.", "194",
         {"Russian Armed Forces", "Russia"}, {"Ukraine"}),
        ("In Warsaw, Biden delivered a speech while Russia shelled Kharkiv.", "194", {"Russia"},
         {"Ukraine"}),
        ("Blinken arrived in Kyiv on Wednesday while Russian missiles struck Chernihiv.", "042",
         {"Antony Blinken", "United States"}, {"Ukraine"}),
        # a scene-setting place of the act's own clause still places it
        ("In Kharkiv, Russian forces shelled a school.", "194", {"Russian Armed Forces", "Russia"},
         {"Ukraine"}),
    ],
)  # fmt: skip
def test_a_subordinate_clause_keeps_its_places_and_parties(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # the agent after "by" behind a noun of an act carries it out
        ("Residents described torture by Russian soldiers.", "1822", {"Russia"}, set()),
        ("We are concerned by reports of forcible transfer by the Russian Federation of "
         "Ukrainian citizens.", "201", {"Russia"}, {"Ukraine"}),
    ],
)  # fmt: skip
def test_the_agent_after_an_act_noun_carries_it_out(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a participle without an auxiliary acts on the name right before it, or on nobody
        ("Germany welcomed refugees from cities attacked by Russia.", "190", {"Russia"}, set()),
        ("Israel released prisoners detained by Hamas.", "173", {"Hamas"}, set()),
        # lists inside a noun phrase before the main verb stay lists
        ("Russian strikes on Ukraine and Moldova continued overnight.", "190", {"Russia"},
         {"Ukraine", "Moldova"}),
        ("Leaders of embattled Ukraine and Moldova met in Kyiv.", "044", {"Ukraine", "Moldova"},
         set()),
        # a lone participle before the noun is an adjective, and a clause opener no verb
        ("Russia after the invasion of Ukraine faced sanctions.", "190", {"Russia"},
         {"Ukraine"}),
        # the party blamed, and the owner of a judged act, are judged
        ("China blamed the war on NATO.", "112", {"China"}, {"NATO"}),
        ("Kyiv condemned the attack on the hospital and Russia's refusal to allow aid.", "111",
         {"Ukraine"}, {"Russia"}),
        # a list inside a fronted phrase goes on past its first comma
        ("Although Israel attacked Gaza, Lebanon and Iran, the United Nations did nothing.", "190",
         {"Israel"}, {"Lebanon", "Iran"}),
        # a relative clause on an acting group has the group for subject
        ("Israel deployed its air force, which struck Gaza.", "190", {"Israel"}, {"Palestine"}),
    ],
)  # fmt: skip
def test_review_of_clause_and_list_rules(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


def test_idioms_that_only_look_negative_deny_no_clause(extractor):
    _res, evs = events(extractor, "There is no doubt that Russia attacked the hospital.", "en")
    assert [(e.cameo, e.negated) for e in evs] == [("190", False)]


def test_a_possessor_of_partners_lends_no_farther_subject(extractor):
    text = "Russian officials want to discourage Ukraine's partners from providing military aid."
    res, evs = events(extractor, text, "en")
    assert res.entities
    assert not [e for e in evs if e.cameo.startswith("07") and "Russia" in labels(res, e.actors)]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # an active verb of killing with people and no count for its object is its
        # subject's act
        ("Russian troops killed civilians in Bucha.", "190", {"Russian Armed Forces", "Russia"},
         {"Ukraine"}),
        ("A Russian soldier shot dead an unarmed civilian in Sumy.", "190", {"Russia"},
         {"Ukraine"}),
        # sides fighting over a place
        ("Russia and Ukraine fought for control of Soledar.", "190", {"Russia", "Ukraine"},
         set()),
    ],
)  # fmt: skip
def test_uncounted_killings_and_fighting(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers fought for Ukraine and alongside its army.",
        "Belarusian volunteers fought alongside Ukraine.",
        # the people word must head its phrase
        "Hungary killed other proposals for Ukraine aid.",
        "Russia and Ukraine executed a prisoner exchange on Friday.",
    ],
)
def test_fighting_for_a_side_and_killed_proposals_name_no_violence(extractor, text):
    res, evs = events(extractor, text, "en")
    assert res.entities
    assert not [e for e in evs if e.cameo.startswith("19")], [
        (e.cameo, labels(res, e.actors)) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        ("Ukrainian forces destroyed 12 Russian tanks.", "190",
         {"Ukrainian Armed Forces", "Ukraine"}, {"Russia"}),
        ("Russia fired cluster munitions at Kramatorsk.", "194", {"Russia"}, {"Ukraine"}),
        ("Germany approved the delivery of Leopard tanks to Ukraine.", "072", {"Germany"},
         {"Ukraine"}),
        ("Finland applied to join NATO.", "020", {"Finland"}, {"NATO"}),
        ("Georgia applied for EU membership in 2022.", "020", {"Georgia"}, {"European Union"}),
    ],
)  # fmt: skip
def test_destroyed_arms_cluster_munitions_arms_licences_and_applications(
    extractor, text, cameo, actors, targets
):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # leaving a party out of an occasion reduces relations with it
        ("France did not invite Russian President Vladimir Putin to the D-Day commemoration.",
         "160", {"France"}, {"Vladimir Putin", "Russia"}),
        # a legislature voting military aid through gives it
        ("The US Congress voted through fresh military aid worth $61bn to Ukraine.", "072",
         {"US Congress", "United States"}, {"Ukraine"}),
    ],
)  # fmt: skip
def test_exclusions_and_voted_aid(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        ("Poland ordered the closure of the Russian consulate in Poznan.", "161", {"Poland"},
         {"Russian Consulate", "Russia"}),
        ("Georgia broke diplomatic relations with Russia in 2008.", "161", {"Georgia"},
         {"Russia"}),
        ("The US added 50 Russian entities to its sanctions list.", "163", {"United States"},
         {"Russia"}),
        ("Tehran brushed aside demands from Washington.", "120", {"Iran"}, {"United States"}),
        ("China congratulated Putin on his re-election.", "051", {"China"},
         {"Vladimir Putin", "Russia"}),
        ("NATO leaders threw their support behind Ukraine.", "051", {"NATO"}, {"Ukraine"}),
        ("Israel gave a stern warning to Hezbollah.", "130", {"Israel"}, {"Hezbollah"}),
        ("The U.S. paused a shipment of heavy bombs to Israel.", "1622", {"United States"},
         {"Israel"}),
        # a name after a verb modifies the plural after it; after "while" it is a subject
        ("Israel struck Hamas targets in Gaza.", "190", {"Israel"}, {"Hamas"}),
        ("How do you rest while Russia bombards Ukraine?", "195", {"Russia"}, {"Ukraine"}),
        # irregular past forms are verbs: "and" joins two clauses
        ("Russia struck Ukraine and Israel struck Gaza.", "190", {"Israel"}, {"Palestine"}),
        ("Israel killed a senior Hezbollah commander.", "190", {"Israel"}, {"Hezbollah"}),
        ("Two French nationals got detained in Iran.", "173", set(), {"France"}),
    ],
)  # fmt: skip
def test_recall_probe_wordings(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert (actors, targets) in found, found


def test_weapons_in_a_shipment_are_no_attack(extractor):
    res, evs = events(extractor, "The U.S. paused a shipment of heavy bombs to Israel.", "en")
    assert [e.cameo for e in evs] == ["1622"], [(e.cameo, labels(res, e.actors)) for e in evs]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # after a reporting verb or "by" the name acts; after "struck" it modifies the plural
        ("Officials said Israel bombs schools in Gaza.", "195", {"Israel"}, {"Palestine"}),
        ("He visited children injured by Russian bombardments in Irpin.", "195", {"Russia"},
         {"Ukraine"}),
        ("The Israeli bombs destroyed the school in Rafah.", "195", {"Israel"}, {"Palestine"}),
    ],
)  # fmt: skip
def test_names_before_act_plurals_that_act(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    "text",
    [
        "Israel blocked the delivery of humanitarian aid to Gaza.",
        "The war broke out and relations between Russia and the West soured.",
        "Israel gave no warning to civilians before the strike.",
        "Borrell added that he hoped to expand the sanctions list.",
    ],
)
def test_near_misses_of_the_recall_wordings(extractor, text):
    res, evs = events(extractor, text, "en")
    assert res.entities
    wrong = [e for e in evs if e.cameo in ("1622", "161", "130", "163") and not e.negated]
    assert not wrong, [(e.cameo, labels(res, e.actors)) for e in wrong]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        ("New sanctions were imposed on Russia by the European Union.", "163",
         {"European Union"}, {"Russia"}),
        ("The Israeli ambassador was summoned by Turkey.", "114", {"Turkey"}, {"Israel"}),
        ("Putin and Erdogan had a meeting in Sochi.", "044",
         {"Vladimir Putin", "Russia", "Recep Tayyip Erdoğan", "Turkey"}, set()),
        ("A call between Biden and Xi took place on Tuesday.", "041",
         {"Joe Biden", "United States", "Xi Jinping", "China"}, set()),
        ("The EU pressed Israel to allow more aid into Gaza.", "020", {"European Union"},
         {"Israel"}),
    ],
)  # fmt: skip
def test_passives_meetings_calls_and_pressing(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "en", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Sen. Joe Manchin, D-W.Va., backed the bill.", "Joe Manchin", "Democratic Party"),
        ("Senate Minority Leader Mitch McConnell, a Kentucky Republican, spoke.",
         "Mitch McConnell", "Republican Party"),
    ],
)  # fmt: skip
def test_party_codes_with_two_part_states_and_state_adjectives(extractor, text, person, party):
    res = extractor.extract_text(text, lang="en", published=dt.date(2023, 5, 1))
    assert (person, "memberOf", party) in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a passive verb with its agent after "oleh" (one word between at most)
        ("Warga Palestina diusir paksa oleh militer Israel dari rumah mereka.", "201",
         {"Israel Defense Forces", "Israel"}, {"Palestine"}),
        ("Tahanan Palestina disiksa oleh sipir Israel.", "1822", {"Israel"}, {"Palestine"}),
        # condemning an act condemns its agent, not those it acted on
        ("Indonesia mengutuk pembunuhan warga Palestina oleh tentara Israel.", "111",
         {"Indonesia"}, {"Israel Defense Forces", "Israel"}),
        ("Malaysia mengecam keras serangan militer Israel ke Iran.", "111", {"Malaysia"},
         {"Israel Defense Forces", "Israel"}),
    ],
)  # fmt: skip
def test_indonesian_passives_and_judged_acts(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "id", cameo)
    assert (actors, targets) in found, found


def test_an_act_condemned_is_not_the_condemner_s(extractor):
    res, evs = events(extractor, "Indonesia mengutuk serangan terhadap Iran.", "id")
    attacks = [(labels(res, e.actors), labels(res, e.targets)) for e in evs if e.cameo == "190"]
    assert attacks == [(set(), {"Iran"})]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a place made the target of weapons, their owner named after them
        ("Kota Beersheba menjadi sasaran rudal balistik Iran.", "195", {"Iran"}, {"Israel"}),
        ("Kyiv menjadi target drone Rusia semalam.", "195", {"Russia"}, {"Ukraine"}),
        ("Iran kembali menghujani Israel dengan rudal.", "195", {"Iran"}, {"Israel"}),
    ],
)  # fmt: skip
def test_indonesian_targets_of_weapons(extractor, text, cameo, actors, targets):
    found = _parties(extractor, text, "id", cameo)
    assert found == [(actors, targets)], found


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # a weekday with the week it falls in
        ("Israel menyerang Iran pada Jumat pekan lalu.", "id", "2025-06-13"),
        ("Israel menyerang Iran pada Senin pekan ini.", "id", "2025-06-16"),
        ("Russia attacked Kyiv on Friday last week.", "en", "2025-06-13"),
    ],
)
def test_a_weekday_of_the_week_named(extractor, text, lang, date):
    res = extractor.extract_text(text, lang=lang, published=dt.date(2025, 6, 20))
    assert [e.date for e in res.events if e.cameo.startswith("19")] == [date]


_SPEECH = (
    "Belarusian President Alexander Lukashenko spoke at a forum in Minsk on Saturday.\n"
    '"History teaches us a lot. Empires never like to negotiate. Many wars began this way. '
    "What about today? The United States is pushing Europe into a war with Russia. Our "
    'people want peace," the President said.'
)


def test_a_quoted_paragraph_of_a_speech_is_its_speakers(extractor):
    # six sentences of one paragraph closed by "the President said": the bare title is the
    # one president named before, and the charge in the fifth sentence is his
    res, evs = events(extractor, _SPEECH, "en")
    charge = next(e for e in evs if e.cameo.startswith("11"))
    assert labels(res, charge.actors) == {"Alexander Lukashenko", "Belarus"}
    assert labels(res, charge.targets) == {"United States"}
    # a line break inside the quotation bounds it at four sentences: nobody's charge
    broken = _SPEECH.replace("Many wars began this way. ", "Many wars began this way.\n")
    res, evs = events(extractor, broken, "en")
    assert not [e for e in evs if e.cameo.startswith("11") and e.actors], [
        (e.cameo, labels(res, e.actors)) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one president named before
        (
            "Belarusian President Alexander Lukashenko spoke in Minsk. The president criticised"
            " the United States.",
            {"Alexander Lukashenko", "Belarus"},
        ),
        # two presidents named before: either could be meant
        (
            "President Joe Biden met President Volodymyr Zelensky in Kyiv. The president"
            " criticised Russia.",
            set(),
        ),
        # the title's own phrase follows: another person's post
        (
            "Russian Foreign Minister Sergei Lavrov spoke in Moscow. The minister of defence of"
            " Estonia criticised Russia.",
            set(),
        ),
    ],
)
def test_a_bare_title_after_the_is_the_one_person_titled_so(extractor, text, speaker):
    res, evs = events(extractor, text, "en")
    charge = next(e for e in evs if e.cameo.startswith("11"))
    assert labels(res, charge.actors) >= speaker
    assert not speaker or labels(res, charge.actors) == speaker
    if not speaker:
        assert not {"Joe Biden", "Volodymyr Zelensky", "Sergei Lavrov"} & labels(res, charge.actors)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a name nobody listed, before an occupation in apposition, is a person
        (
            "Tamar Kveladze, associate fellow at the Royal United Services Institute, said"
            " Moscow was lying.",
            "Tamar Kveladze",
            "Royal United Services Institute",
        ),
        # a country naming the expert's field stands between no person and the body
        (
            "Oskar Brenning, China analyst at the Atlantic Council, said Moscow was lying.",
            "Oskar Brenning",
            "Atlantic Council",
        ),
    ],
)
def test_an_unlisted_expert_in_apposition_belongs_to_the_body(extractor, text, person, body):
    res = extractor.extract_text(text, lang="en", published=PUB)
    assert (person, "memberOf", body) in _relation_labels(res)
    assert res.entity(f"person-{person.lower().replace(' ', '-')}").type == "Person"


def test_a_place_before_an_occupation_in_apposition_is_no_person(extractor):
    res = extractor.extract_text(
        "In Washington DC, analysts at the Atlantic Council said Moscow was lying.",
        lang="en",
        published=PUB,
    )
    assert not [e for e in res.entities if e.type == "Person"]


@pytest.mark.parametrize(
    ("text", "cameo", "actors", "targets"),
    [
        # a light verb of law before sanctions
        (
            "In retaliation, China enacted a series of embargoes and sanctions against Lithuania.",
            "163",
            {"China"},
            {"Lithuania"},
        ),
        # a participle clause after a comma is the sentence subject's, not the nearest name's
        (
            "Russia has tightened its grip around Ukraine since January, amassing tens of"
            " thousands of troops near the border.",
            "150",
            {"Russia"},
            set(),
        ),
        # a promised response is a threat; resolve to use every means is a threat of force
        (
            '"Any attack on our pipelines will be met with a firm and united response," Jens'
            " Stoltenberg said.",
            "130",
            {"Jens Stoltenberg", "NATO"},
            set(),
        ),
        (
            "Putin said Russia would use all the means at its disposal to defend its land.",
            "138",
            {"Russia"},
            set(),
        ),
        ('"This is not a bluff," Putin said.', "138", {"Vladimir Putin", "Russia"}, set()),
    ],
)
def test_sanctions_buildups_and_threats_of_resolve(extractor, text, cameo, actors, targets):
    res, evs = events(extractor, text, "en")
    found = [e for e in evs if e.cameo == cameo]
    assert found, [(e.cameo, labels(res, e.actors)) for e in evs]
    assert labels(res, found[0].actors) >= actors
    assert labels(res, found[0].targets) >= targets


@pytest.mark.parametrize(
    "text",
    [
        # leverage, not force
        "The Kremlin is using all available means of leverage and interference in Moldova.",
        # "massed" as a participle of the force counted, no act of the subject's
        "US officials raised their estimate of the force massed on the border to 190,000 troops.",
    ],
)
def test_means_of_leverage_and_counted_forces_are_no_threat_or_buildup(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith(("13", "15"))]


def test_a_noun_in_a_list_after_a_comma_keeps_its_own_party(extractor):
    res, evs = events(
        extractor,
        "Moscow sees the support for Ukraine from NATO, training and weapons, as a threat.",
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("06") and "Russia" in labels(res, e.actors)]


def test_an_older_known_war_names_its_invader_only_with_its_target(extractor):
    # the 2008 war: "the invasion of Georgia" is Russia's, on the onset's day
    res = extractor.extract_text(
        "As an example, he pointed to the invasion of Georgia.",
        lang="en",
        published=dt.date(2024, 5, 6),
    )
    war = [e for e in res.events if e.cameo.startswith("19")]
    assert [(labels(res, e.actors), labels(res, e.targets), e.date) for e in war] == [
        ({"Russia"}, {"Georgia"}, "2008-08-08")
    ]
    # a bare invasion feared in January 2022 is not the 2008 war, whatever the article names
    res = extractor.extract_text(
        "The president of Georgia visited Kyiv. Blinken said Russia had already taken steps"
        " towards the upcoming invasion.",
        lang="en",
        published=dt.date(2022, 1, 20),
    )
    feared = [e for e in res.events if e.cameo.startswith("19")]
    assert feared and all(not e.targets for e in feared), [
        (labels(res, e.actors), labels(res, e.targets), e.date) for e in res.events
    ]


def test_a_bracketed_aside_keeps_a_light_verb_in_reach(extractor):
    # "(£2.4bn)" between the light verb and the aid: the announcer gives it
    res, evs = events(
        extractor,
        "Antony Blinken announced a further $2.8bn (£2.4bn) in military aid for Ukraine.",
        "en",
    )
    aid = [e for e in evs if e.cameo == "072"]
    assert aid and labels(res, aid[0].actors) == {"Antony Blinken", "United States"}
    assert labels(res, aid[0].targets) == {"Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If Russia invades Ukraine, the United States will impose severe sanctions.", "en"),
        ("Jika Rusia menyerang Ukraina, Amerika Serikat akan menjatuhkan sanksi.", "id"),
    ],
)
def test_a_fronted_condition_lends_no_party_to_the_main_clause(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    threat = next(e for e in evs if e.cameo == "1312")
    assert labels(res, threat.actors) == {"United States"}
    assert labels(res, threat.targets) == {"Russia"}
    # the condition's act (a possibility below the default threshold) takes no party of
    # the main clause either
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    low = everything.extract_text(text, lang=lang, published=PUB)
    attack = next(e for e in low.events if e.cameo.startswith("19"))
    assert attack.hypothetical and labels(low, attack.targets) == {"Ukraine"}


def test_a_weekday_after_an_outlets_journalist_is_no_part_of_the_name(extractor):
    res = extractor.extract_text(
        "His lawyer told CNN's Erin Burnett Wednesday that the court had met.",
        lang="en",
        published=PUB,
    )
    assert ("Erin Burnett", "memberOf", "CNN") in _relation_labels(res)


def test_cannot_negates_the_act(extractor):
    res = extractor.extract_text("Russia cannot attack NATO.", lang="en", published=PUB)
    attack = [e for e in res.events if e.cameo.startswith("19")]
    assert attack and all(e.negated for e in attack)


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, Lithuania became the first state to withdraw from the Cooperation between"
        " China and Central and Eastern European Countries initiative.",
        "Lithuania withdrew from cooperation with China.",
    ],
)
def test_withdrawing_from_cooperation_reduces_relations_and_is_no_retreat(extractor, text):
    res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith("08")]
    cut = [e for e in evs if e.cameo == "160"]
    assert cut and labels(res, cut[0].actors) == {"Lithuania"}
    assert labels(res, cut[0].targets) == {"China"}


@pytest.mark.parametrize(
    "text",
    [
        "Oleg Tinkov, the founder of Tinkoff Bank, criticised the war.",
        "Tinkoff Bank founder Oleg Tinkov criticised the war.",
        "Russian billionaire Oleg Tinkov, who founded Tinkoff Bank, criticised the war.",
    ],
)
def test_a_founder_is_affiliated_with_the_body(extractor, text):
    res = extractor.extract_text(text, lang="en", published=PUB)
    rels = _relation_labels(res)
    assert ("Oleg Tinkov", "affiliatedWith", "Tinkoff Bank") in rels
    assert ("Oleg Tinkov", "memberOf", "Tinkoff Bank") not in rels


@pytest.mark.parametrize(
    "text",
    [
        # an annexation is a noun of occupation: its agent after "by", its possessor before
        "The annexation of Crimea by Russia on 18 March 2014 shocked Europe.",
        "Russia's annexation of Crimea in 2014 shocked Europe.",
        # a place after "of" is a noun's object: its country undergoes the act
        "The Russian occupation of Donbas shocked Europe.",
    ],
)
def test_a_noun_of_force_over_a_place_targets_its_country(extractor, text):
    res, evs = events(extractor, text, "en")
    taken = [e for e in evs if e.cameo.startswith("19")]
    assert taken, [(e.cameo, labels(res, e.actors), labels(res, e.targets)) for e in evs]
    assert labels(res, taken[0].actors) == {"Russia"}
    assert labels(res, taken[0].targets) == {"Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trump said residents of Tehran must evacuate.", "en"),
        ("Presiden AS Donald Trump mengatakan bahwa warga di Teheran harus mengungsi.", "id"),
    ],
)
def test_telling_the_other_sides_people_to_flee_threatens_force(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    threat = [e for e in evs if e.cameo == "138"]
    assert threat and labels(res, threat[0].actors) >= {"Donald Trump"}
    assert labels(res, threat[0].targets) == {"Iran"}


def test_telling_ones_own_people_to_flee_threatens_nobody(extractor):
    _res, evs = events(
        extractor, "Zelensky said residents of the Donetsk region must evacuate.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("13")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Earlier, the alliance has stated that Russia has no right to make such demands.", "en"),
        ("NATO telah mengatakan bahwa Rusia tidak berhak mengajukan tuntutan itu.", "id"),
    ],
)
def test_a_speaker_over_an_auxiliary_judges_the_party(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    judged = [e for e in evs if e.cameo.startswith("11")]
    assert judged and labels(res, judged[0].actors) == {"NATO"}
    assert labels(res, judged[0].targets) == {"Russia"}


def test_a_place_before_an_auxiliary_and_a_reporting_verb_is_no_speaker(extractor):
    _res, evs = events(
        extractor, "Since 2014, Russia's aggression in Ukraine has claimed 14,000 lives.", "en"
    )
    assert not [e for e in evs if e.cameo.startswith("11")]


def test_a_known_person_of_another_country_after_a_title_and_comma_is_no_holder(extractor):
    res = extractor.extract_text(
        "Rishi Sunak spoke in London. At his first meeting with the new Polish prime minister,"
        " Sunak will seek to deepen ties.",
        lang="en",
        published=dt.date(2024, 4, 22),
    )
    rels = _relation_labels(res)
    assert ("Rishi Sunak", "holdsPosition", "Prime Minister of Poland") not in rels
    assert ("Rishi Sunak", "holdsPosition", "Prime Minister of the United Kingdom") in rels


def test_a_body_of_an_organisation_after_a_title_is_no_person(extractor):
    res = extractor.extract_text(
        "That is according to the Chairman of the EU Military Committee, General Robert"
        " Brieger, who spoke with journalists.",
        lang="en",
        published=PUB,
    )
    assert "Military Committee" not in {e.label for e in res.entities if e.type == "Person"}


def test_a_place_naming_a_bodys_seat_is_not_the_posts_body(extractor):
    res = extractor.extract_text(
        "Myhailo Vershynin, chief of the Mariupol patrol police, told CNN the plant was hit.",
        lang="en",
        published=PUB,
    )
    rels = _relation_labels(res)
    assert not [r for r in rels if r[0] == "Myhailo Vershynin" and "Mariupol" in r[2]], rels
    # the mayor of a city still holds the city's post
    res = extractor.extract_text(
        "Mayor of Lviv Andriy Sadovyi said the city was shelled.", lang="en", published=PUB
    )
    assert ("Andriy Sadovyi", "holdsPosition", "Mayor of Lviv") in _relation_labels(res)


def test_a_chief_rabbi_is_a_post_of_its_country(extractor):
    res = extractor.extract_text(
        "Russia's Chief Rabbi Berel Lazar has spoken about his regret.", lang="en", published=PUB
    )
    rels = _relation_labels(res)
    assert ("Berel Lazar", "holdsPosition", "Chief Rabbi of Russia") in rels
    assert not [r for r in rels if r[2] == "Head of Russia"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia launched a cyber attack on Ukraine.", "en"),
        ("Russia's cyberattack against Ukraine failed.", "en"),
        ("Israel melancarkan serangan siber terhadap Iran.", "id"),
    ],
)
def test_a_cyberattack_is_coercion_not_an_armed_attack(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    assert not [e for e in evs if e.cameo.startswith("19")]
    cyber = [e for e in evs if e.cameo == "170"]
    assert cyber and labels(res, cyber[0].targets) in ({"Ukraine"}, {"Iran"})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prabowo menyebut serangan terhadap Iran bakal memicu reaksi dari Rusia.", "id"),
        ("Any attack by Russia on NATO would trigger a war, Biden said.", "en"),
    ],
)
def test_an_act_as_the_subject_of_a_consequence_is_spoken_of(extractor, text, lang):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res = everything.extract_text(text, lang=lang, published=PUB)
    attacks = [e for e in res.events if e.cameo.startswith("19")]
    assert attacks and all(e.hypothetical for e in attacks)
    # an act going on is no condition
    res = everything.extract_text("Serangan Israel akan terus berlanjut.", lang="id", published=PUB)
    assert [e for e in res.events if e.cameo.startswith("19") and not e.hypothetical]


def test_a_trade_agreement_named_alone_is_no_act(extractor):
    _res, evs = events(
        extractor,
        "Perjanjian perdagangan antara Indonesia dan Uni Ekonomi Eurasia membuka akses pasar.",
        "id",
    )
    assert not [e for e in evs if e.cameo.startswith("06")]


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        # a strong obligation to yield is the speaker's demand; a weak one an appeal
        ('"Russia must withdraw its troops," Scholz said.', "en", "1056"),
        ("Scholz said Russia should withdraw its troops.", "en", "0256"),
        ("Blinken said China must stop supporting Russia.", "en", "105"),
        ('"Israel harus menghentikan agresinya," kata Araghchi.', "id", "105"),
        ("Sugiono mengatakan Rusia harus menarik pasukannya dari Ukraina.", "id", "1056"),
        # a call to end a war is an appeal for peace, "must" or not
        ('"Russia must end the war," Scholz said.', "en", "020"),
        ("Araghchi mengatakan Israel sebaiknya menghentikan agresinya.", "id", "020"),
    ],
)
def test_a_strong_obligation_to_yield_is_a_demand(extractor, text, lang, cameo):
    res, evs = events(extractor, text, lang)
    said = [e for e in evs if e.cameo.startswith(("02", "10"))]
    assert [e.cameo for e in said] == [cameo], [(e.cameo, labels(res, e.actors)) for e in evs]
    assert labels(res, said[0].targets) & {"Russia", "China", "Israel"}
    assert labels(res, said[0].actors) & {
        "Olaf Scholz",
        "Antony Blinken",
        "Abbas Araghchi",
        "Sugiono",
    }


def test_a_demand_needs_an_addressee(extractor):
    _res, evs = events(
        extractor,
        '"February 24, 2022 must end in a fair tribunal," Zelensky said.',
        "en",
    )
    assert not [e for e in evs if e.cameo.startswith("10")]


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        # a quote opening between the words of one alternative keeps the pattern
        (
            'Putin cautioned that any attempt to interfere would "lead to consequences you have'
            ' never seen".',
            "en",
            "130",
        ),
        (
            'Pemimpin Hizbullah Naim Qassem mengatakan kelompoknya akan "bertindak sesuai yang'
            ' kami anggap tepat" dalam merespons perang tersebut.',
            "id",
            "138",
        ),
    ],
)
def test_a_quote_inside_a_multiword_alternative_keeps_its_pattern(extractor, text, lang, cameo):
    _res, evs = events(extractor, text, lang)
    assert cameo in [e.cameo for e in evs]


@pytest.mark.parametrize(
    ("text", "lang", "hypothetical"),
    [
        # a reduction of relations announced with a plain future is decided
        ("The EU will impose new sanctions on Russia next week.", "en", False),
        ("Poland will boycott the Kremlin ceremony.", "en", False),
        ("AS akan menjatuhkan sanksi baru terhadap Rusia pekan depan.", "id", False),
        # "would" keeps it a prospect, and a condition makes it a threat (no 16 event)
        ("The EU would impose new sanctions on Russia.", "en", True),
    ],
)
def test_a_reduction_announced_with_a_plain_future_is_decided(extractor, text, lang, hypothetical):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res = everything.extract_text(text, lang=lang, published=PUB)
    cut = [e for e in res.events if e.cameo.startswith("16")]
    assert cut and all(e.hypothetical == hypothetical for e in cut)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Netanyahu said Iran was weeks away from a nuclear bomb.", "en"),
        (
            "Gedung Putih bersikeras bahwa Iran kini lebih dekat dari sebelumnya untuk memiliki"
            " senjata nuklir.",
            "id",
        ),
    ],
)
def test_a_party_said_to_near_the_bomb_is_charged(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    charge = [e for e in evs if e.cameo == "112"]
    assert charge and labels(res, charge[0].targets) == {"Iran"}
    assert labels(res, charge[0].actors) & {"Benjamin Netanyahu", "United States"}


@pytest.mark.parametrize(
    ("text", "lang", "outlet", "country"),
    [
        ("North Korea's state news agency KCNA reported the launch.", "en", "KCNA", "North Korea"),
        ("Prosecutors spoke, the Russian state news agency TASS said.", "en", "TASS", "Russia"),
        (
            "Kantor berita resmi Korea Utara KCNA melaporkan peluncuran itu.",
            "id",
            "KCNA",
            "North Korea",
        ),
        (
            "Televisi pemerintah Iran IRIB mengatakan serangan itu gagal.",
            "id",
            "Islamic Republic of Iran Broadcasting",
            "Iran",
        ),
    ],
)
def test_an_outlet_named_as_state_media_is_affiliated_with_the_state(
    extractor, text, lang, outlet, country
):
    res = extractor.extract_text(text, lang=lang, published=PUB)
    assert (outlet, "affiliatedWith", country) in _relation_labels(res)


def test_an_outlet_of_a_country_not_called_state_media_is_no_affiliate(extractor):
    res = extractor.extract_text(
        "Media Korea Utara KCNA melaporkan peluncuran itu.", lang="id", published=PUB
    )
    assert not [r for r in res.relations if r.predicate == "affiliatedWith"]


def test_a_breakaway_region_lies_in_the_state_it_broke_from(extractor):
    res = extractor.extract_text(
        "The Kremlin escalated its information campaign in occupied Transnistria, Moldova.",
        lang="en",
        published=PUB,
    )
    assert ("Transnistria", "locatedIn", "Moldova") in _relation_labels(res)


def test_a_place_between_a_protest_verb_and_its_object(extractor):
    res, evs = events(
        extractor, "Thousands of Ukrainians protested in Kyiv against the government.", "en"
    )
    protest = [e for e in evs if e.cameo == "141"]
    assert protest and labels(res, protest[0].actors) == {"Ukraine"}


@pytest.mark.parametrize(
    "text",
    [
        # the lasting result of a past act, named without a date, is background
        "Moscow sees these moves as a challenge to its annexation of the peninsula.",
        # a judgement of a prospect judges no act
        'General Milley said a Russian invasion of Ukraine would be "horrific".',
    ],
)
def test_an_undated_annexation_and_a_judged_prospect_are_no_events(extractor, text):
    _res, evs = events(extractor, text, "en")
    assert not [e for e in evs if e.cameo.startswith(("11", "192"))]


def test_a_charge_of_crimes_going_on_is_kept(extractor):
    res, evs = events(
        extractor,
        "Blinken added that Russia is committing and will continue to commit war crimes.",
        "en",
    )
    assert [e for e in evs if e.cameo == "112" and "Russia" in labels(res, e.targets)]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a person right before "is in" a foreign place visits its country
        ("Xi Jinping is in Moscow for talks with Putin.", True),
        ("Italian Prime Minister Giorgia Meloni was in Kyiv on Tuesday.", True),
        # troops are no visitors, a person at home visits nobody, an organisation is no place
        ("Russian troops are in Belarus.", False),
        ("Zelensky is in Kyiv.", False),
        ("Putin was in the Soviet KGB for many years.", False),
    ],
)
def test_a_person_in_a_foreign_place_visits_it(extractor, text, visit):
    _res, evs = events(extractor, text, "en")
    assert bool([e for e in evs if e.cameo == "042"]) == visit


def test_a_cyberattack_reported_by_its_target_is_not_the_reporters(extractor):
    _res, evs = events(
        extractor,
        "Ukraine's nuclear operator Energoatom reports an unprecedented cyberattack on its"
        " website.",
        "en",
    )
    assert not [e for e in evs if e.cameo == "170" and e.actors]


def test_a_senator_holds_a_senators_post(extractor):
    res = extractor.extract_text(
        "US Senator Lindsey Graham said Russia must pay.", lang="en", published=PUB
    )
    assert ("Lindsey Graham", "holdsPosition", "Senator of United States") in _relation_labels(res)


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        # force named as a purpose is an aim
        ("Senjata rudal Teheran sudah diposisikan untuk menyerang pasukan AS di Bahrain.", True),
        # a cause's result took place
        ("Serangan itu kemudian mendorong Teheran untuk menyerang pangkalan AS.", False),
    ],
)
def test_force_named_as_a_purpose_is_an_aim(extractor, text, aim):
    everything = Extractor(extractor.gazetteer, extractor.packs, min_confidence=0.0)
    res = everything.extract_text(text, lang="id", published=PUB)
    attacks = [e for e in res.events if e.cameo.startswith("19") and e.actors]
    assert attacks and all(e.hypothetical == aim for e in attacks)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # the negation and the modal belong to "forget", not to the charge
        ('Charles Michel said that "history will not forget the war crimes" in Ukraine.', False),
        ("Lavrov said there were no war crimes in Bucha.", True),
    ],
)
def test_a_negation_of_another_word_leaves_a_charge_standing(extractor, text, negated):
    res = extractor.extract_text(text, lang="en", published=PUB)
    charge = [e for e in res.events if e.cameo == "112"]
    assert charge and charge[0].negated == negated and not charge[0].hypothetical


def test_asking_for_a_meeting_is_an_appeal_to_meet(extractor):
    res, evs = events(
        extractor,
        "Trump mengatakan pejabat Iran telah melakukan kontak untuk meminta pertemuan.",
        "id",
    )
    ask = [e for e in evs if e.cameo == "026"]
    assert ask and "Iran" in labels(res, ask[0].actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If Israel attacks again, Iran will retaliate, Araghchi said.", "en"),
        ("Jika Israel menyerang lagi, Iran akan membalas, kata Araghchi.", "id"),
    ],
)
def test_a_threat_of_force_under_a_condition_threatens_its_party(extractor, text, lang):
    res, evs = events(extractor, text, lang)
    threat = [e for e in evs if e.cameo == "138"]
    assert threat and labels(res, threat[0].targets) == {"Israel"}
    assert "Iran" in labels(res, threat[0].actors)


def test_a_front_line_town_names_the_country_attacked(extractor):
    res, evs = events(
        extractor, "Russian forces continued to conduct ground attacks near Kreminna.", "en"
    )
    attack = [e for e in evs if e.cameo.startswith("19")]
    assert attack and labels(res, attack[0].targets) == {"Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        (
            '"The mullah regime has brought death and destruction to the world," Friedrich Merz'
            " told ZDF.",
            "en",
            "112",
        ),
        (
            '"Rezim mullah ini telah membawa kematian dan kehancuran bagi dunia," kata Kanselir'
            " Jerman Friedrich Merz.",
            "id",
            "112",
        ),
        ("Lavrov said the West applies double standards to Russia.", "en", "111"),
        ("Direktur Olvy Andrianita mengatakan Uni Eropa menerapkan standar ganda.", "id", "111"),
    ],
)
def test_death_brought_and_double_standards_are_charges(extractor, text, lang, cameo):
    _res, evs = events(extractor, text, lang)
    assert cameo in [e.cameo for e in evs]


def test_a_war_breaking_out_between_two_parties_is_their_fight(extractor):
    res, evs = events(extractor, "War broke out between Israel and Iran on Friday.", "en")
    war = [e for e in evs if e.cameo.startswith("19")]
    assert war and labels(res, war[0].actors) == {"Israel", "Iran"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a phrase of how the speaker spoke between the name and the verb
        (
            "Hakeem Jeffries in an interview with CBS said that Vladimir Putin is seeking to"
            " recreate the Soviet Union.",
            "Hakeem Jeffries",
        ),
        ("Zelensky said Russia wants to occupy all of Ukraine.", "Volodymyr Zelensky"),
    ],
)
def test_a_speaker_charges_designs_of_conquest(extractor, text, speaker):
    res, evs = events(extractor, text, "en")
    charge = [e for e in evs if e.cameo == "112"]
    assert charge and speaker in labels(res, charge[0].actors)
    assert "Russia" in labels(res, charge[0].targets)
