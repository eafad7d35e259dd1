"""Seventh round on real news: names the statistical NER missed or cut short
(components/titled_names.py), ranks that are no part of a name, bare titles that refer to
a person named before (components/title_referents.py), membership said with a noun
(rules/memberships.py), "at odds", placing someone "under arrest" and holding them
"responsible" (rules/placing.py), and help "with the support of" (rules/backing.py). Each mechanism has
a wording like the development texts', one written for these tests from another conflict,
and a control that must not fire."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor
from actorgraph.nlp.docdata import get_mentions

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # a rank before a name the model does not know
    (
        "rank-before-unknown-name",
        "The UPDF killed Lt Col Okello Yapee near Garamba.",
        ("uganda", "ATTACKS", "okello yapee"),
    ),
    (
        "rank-before-unknown-name-casamance",
        "Senegalese troops killed Col Ousmane Diatta Sagna on Sunday.",
        ("senegal", "ATTACKS", "ousmane diatta sagna"),
    ),
    # a rank alone before a one-word name is no part of the name
    (
        "rank-is-no-part-of-the-name",
        "Capt Obali, an LRA commander, was killed in the raid.",
        ("obali", "LEADS", "lord's resistance army"),
    ),
    (
        "name-begun-late-completed",
        "Senegalese troops killed Col Ousmane Diatta Sagna on Sunday.",
        ("senegal", "ATTACKS", "ousmane diatta sagna"),
    ),
    # components/title_referents.py: a bare head-of-state title is the person it introduced
    (
        "title-refers-to-person-introduced-with-it",
        "Greek Prime Minister Alexis Tsipras visited the island. The prime minister accused Turkey of "
        "foolish actions.",
        ("alexis tsipras", "OPPOSES", "turkey"),
    ),
    (
        "title-refers-to-person-introduced-with-it-premier",
        "Thai Premier Srettha Thavisin toured the border. Later the premier condemned Cambodia over the "
        "shelling.",
        ("srettha thavisin", "OPPOSES", "cambodia"),
    ),
    (
        "title-with-state-refers-to-its-known-leader",
        "Erdogan met Putin in Sochi. The Turkish president condemned Greece.",
        ("recep tayyip erdoğan", "OPPOSES", "greece"),
    ),
    # rules/memberships.py: the organisation modifies a membership noun
    (
        "membership-noun-before-name",
        "NATO member Turkey bought Russian missiles.",
        ("turkey", "MEMBER_OF", "nato"),
    ),
    (
        "membership-noun-allies-listed",
        "Though NATO allies, Turkey and Greece have long been at odds over Cyprus.",
        ("greece", "MEMBER_OF", "nato"),
    ),
    (
        "membership-noun-member-states",
        "EU member states Hungary and Slovakia opposed the sanctions.",
        ("slovakia", "MEMBER_OF", "european union"),
    ),
    (
        "membership-counted",
        "The CSTO also counts Belarus, Armenia and Tajikistan as members.",
        ("tajikistan", "MEMBER_OF", "csto"),
    ),
    (
        "membership-participation",
        "Armenia froze its participation in the CSTO.",
        ("armenia", "MEMBER_OF", "csto"),
    ),
    # rules/at_odds (lexicon nouns 'odds', 'loggerheads'): "be at odds with"
    (
        "at-odds-coordinated",
        "Kenya and Somalia have been at odds over the maritime border.",
        ("somalia", "OPPOSES", "kenya"),
    ),
    (
        "at-loggerheads-with",
        "Ethiopia has long been at loggerheads with Egypt over the dam.",
        ("ethiopia", "OPPOSES", "egypt"),
    ),
    # rules/placing.py: placing someone under arrest, into custody, under siege
    (
        "placed-under-house-arrest",
        "The military has placed President Robert Mugabe under house arrest.",
        ("military", "OPPOSES", "robert mugabe"),
    ),
    (
        "placed-under-arrest-passive",
        "Mohamed Bazoum was placed under house arrest by the junta.",
        ("junta", "OPPOSES", "mohamed bazoum"),
    ),
    ("put-under-siege", "The army put Kunduz under siege.", ("army", "ATTACKS", "kunduz")),
    # rules/placing.py: holding someone responsible blames them
    (
        "held-responsible-on-object",
        "The Algerian regime holds the MAK responsible for the forest fires.",
        ("algeria", "OPPOSES", "mak"),
    ),
    (
        "held-accountable",
        "Ukraine held Russia accountable for the strike on the dam.",
        ("ukraine", "OPPOSES", "russia"),
    ),
    # rules/backing.py: help named in a "with" adjunct, or owned help "of" someone
    (
        "with-the-support-of",
        "The army retook Palmyra with the support of Russian jets.",
        ("russia", "SUPPORTS", "army"),
    ),
    (
        "with-owned-air-support",
        "The rebels advanced with Turkish air support.",
        ("turkey", "SUPPORTS", "rebels"),
    ),
    ("owned-support-of", "Qatar's support of Hamas angered Riyadh.", ("qatar", "SUPPORTS", "hamas")),
    # rules/clauses.py phrase_before_comma: ", led by X" describes the noun before the comma
    (
        "led-by-after-comma-nearest-group",
        "Ecomog braced for an attack from the rebel Revolutionary United Front (RUF), led by Sam Bockarie.",
        ("sam bockarie", "LEADS", "revolutionary united front"),
    ),
    (
        "led-by-after-comma-nearest-group-kachin",
        "Soldiers reported an ambush by fighters of the rebel Kachin Independence Army (KIA), "
        "led by N Ban La.",
        ("n'ban la", "LEADS", "kachin independence army"),
    ),
    # rules/titles.py _predicate_titles: the title a copula says the person holds
    (
        "copula-title-prime-minister",
        "Abiy Ahmed is the prime minister of Ethiopia.",
        ("abiy ahmed", "LEADS", "ethiopia"),
    ),
    ("became-title", "Kofi Adu became prime minister of Ghana in 2018.", ("kofi adu", "LEADS", "ghana")),
    # components/acronyms.py: an acronym the NER left out before a noun saying what it names
    ("acronym-before-party", "The PNDS party backed Bazoum.", ("pnds", "SUPPORTS", "mohamed bazoum")),
    (
        "acronym-before-party-zambia",
        "The UPND party condemned President Edgar Lungu.",
        ("upnd", "OPPOSES", "edgar lungu"),
    ),
    # a title-case acronym in brackets after the name (British style) stands for it
    (
        "title-case-acronym-defined",
        "The Liberians United for Reconciliation and Democracy (Lurd) has grown. Guinea backs the Lurd.",
        ("guinea", "SUPPORTS", "liberians united for reconciliation and democracy"),
    ),
    # lexicon place nouns "site", "installation": the places listed after them are struck
    (
        "sites-in-listed-places",
        "Israel struck military sites in Isfahan and Bushehr.",
        ("israel", "ATTACKS", "bushehr"),
    ),
    (
        "sites-in-listed-places-ukraine",
        "Russia struck energy sites in Kharkiv and Odesa overnight.",
        ("russia", "ATTACKS", "odesa"),
    ),
    # components/acronyms.py: a title-case name before a group noun; a name listed with a group
    (
        "title-case-name-before-movement",
        "The Rachad movement condemned Algeria.",
        ("rachad", "OPPOSES", "algeria"),
    ),
    (
        "name-listed-with-group",
        "Algeria accused the MAK and Rachad of terrorism.",
        ("algeria", "OPPOSES", "rachad"),
    ),
    (
        "name-listed-with-group-niger",
        "Niger banned the MPR and Kawtal of plotting.",
        ("niger", "OPPOSES", "kawtal"),
    ),
    # rules/attack_events.py: being responsible for an act is doing it
    (
        "responsible-for-the-act",
        "The RSF was responsible for the massacre in El Geneina.",
        ("rapid support forces", "ATTACKS", "el geneina"),
    ),
    (
        "responsible-for-the-attack-on",
        "Local officials said the ADF was responsible for the attack on Beni.",
        ("allied democratic forces", "ATTACKS", "beni"),
    ),
    # rules/noun_args.py broken_off: help its giver breaks off is opposition
    ("cut-aid", "The US cut aid to Fiji after the coup.", ("united states", "OPPOSES", "fiji")),
    (
        "suspended-assistance",
        "New Zealand suspended its military assistance to Tonga.",
        ("new zealand", "OPPOSES", "tonga"),
    ),
    # components/ruler.py: a demonym that opens a group's name is part of it
    (
        "demonym-opens-a-name",
        "The rebel Rwandan Patriotic Front (RPF) has threatened to kill French soldiers.",
        ("rwandan patriotic front", "OPPOSES", "france"),
    ),
    (
        "demonym-opens-a-name-uganda",
        "The rebel Ugandan National Rescue Front attacked the town of Arua.",
        ("ugandan national rescue front", "ATTACKS", "arua"),
    ),
    # rules/args.py: the place a passive participle or relative clause of control describes
    (
        "place-controlled-by-participle",
        "Drones bombed Kidal, controlled by the CMA.",
        ("coordination of azawad movements", "CONTROLS", "kidal"),
    ),
    (
        "place-which-is-held-by",
        "Shelling hit Kupiansk, which is held by Russian forces.",
        ("russia", "CONTROLS", "kupiansk"),
    ),
    # a person's name the model ended one word early
    (
        "name-cut-short-completed",
        "President Sekou Damate Conneh accused Charles Taylor of plotting against him.",
        ("sekou damate conneh", "OPPOSES", "charles taylor"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # the organisation of "NATO allies" is not one of the allies
    (
        "membership-noun-denotes-members",
        "Though NATO allies, Turkey and Greece have long been at odds over Cyprus.",
        ("nato", "OPPOSES", "turkey"),
    ),
    (
        "placed-on-alert-is-no-relation",
        "The government placed the army on alert.",
        ("government", "OPPOSES", "army"),
    ),
    (
        "held-responsible-is-no-control",
        "The Algerian regime holds the MAK responsible for the forest fires.",
        ("algeria", "CONTROLS", "mak"),
    ),
    ("support-of-without-owner", "The support of Russia mattered to Assad.", ("assad", "SUPPORTS", "russia")),
    (
        "active-participle-after-comma-is-the-subjects",
        "Several columns of armed vehicles rolled in from Libya, attacking a customs post in Tibesti.",
        ("libya", "ATTACKS", "tibesti"),
    ),
    (
        "copula-title-of-whose-subject",
        "The EPP kidnapped Cecilia Cubas. Bernardo Cristaldo Mieres, a Roman Catholic priest whose younger "
        "brother, Manuel Cristaldo Mieres, is a leader of the group and is believed to be behind Cubas\u2019 "
        "kidnapping, told the Times, “The EPP are Marxists who want to take over Paraguay.”",
        ("bernardo cristaldo mieres", "LEADS", "epp"),
    ),
    (
        "responsible-for-no-act",
        "The army was responsible for the security of Beni.",
        ("army", "ATTACKS", "beni"),
    ),
    (
        "cut-aid-is-no-support",
        "The US cut aid to Fiji after the coup.",
        ("united states", "SUPPORTS", "fiji"),
    ),
    (
        "rejected-someone-elses-support-is-no-break",
        "Iran rejected US support for Israel.",
        ("united states", "OPPOSES", "israel"),
    ),
    (
        "place-which-had-been-held-is-held-no-more",
        "The army recaptured Wad Madani, the capital of Gezira state, which had been held by the RSF.",
        ("rapid support forces", "CONTROLS", "gezira state"),
    ),
    ("membership-not-yet", "Would-be NATO member Ukraine was attacked.", ("ukraine", "MEMBER_OF", "nato")),
    (
        "membership-no-longer",
        "Former EU member Britain signed a deal.",
        ("united kingdom", "MEMBER_OF", "european union"),
    ),
    (
        "membership-of-a-state-is-alliance",
        "Hezbollah ally Amal stayed out.",
        ("amal", "MEMBER_OF", "hezbollah"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)


def _people(extractor: Extractor, text: str) -> set[str]:
    return {m.actor.name for m in get_mentions(extractor.nlp(text)) if m.actor.type == "PERSON"}


def test_a_name_after_a_rank_is_a_person(extractor: Extractor) -> None:
    people = _people(extractor, "Those killed include 'Lt Col' Okello Yapee and Capt Obali, the army said.")
    assert {"Okello Yapee", "Obali"} <= people


def test_a_title_refers_to_no_one_introduced_with_another(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto met Somali Prime Minister Hamza Abdi Barre. The president "
        "accused al-Shabaab of the attack. The Ugandan president condemned the raid."
    )
    doers = {s for s, _, t in named(extractor, text) if t in ("al-shabaab", "raid")}
    assert "william ruto" in doers
    assert "hamza abdi barre" not in doers


def test_a_name_after_a_rank_with_a_full_stop_is_a_person(extractor: Extractor) -> None:
    people = _people(extractor, "District Military Chief Lt. Col. Supartodi said seven rebels were killed.")
    assert "Supartodi" in people


def test_a_name_with_an_apposed_role_is_a_person(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Hugo Torres, a former Nicaraguan general and a Sandinista dissident, told the AP that "
        "Ortega had betrayed the revolution.",
    )
    assert "Hugo Torres" in people
    people = _people(extractor, "Kwame Boateng, a senior commander, said the army had withdrawn.")
    assert "Kwame Boateng" in people


def test_title_case_words_are_no_name(extractor: Extractor) -> None:
    assert "Vows Revenge" not in _people(extractor, "Army Chief Vows Revenge After Rebels Attack Garrison")
    assert not _people(extractor, "The pro-Turkish Sultan Murad Division shelled villages near the border.")
