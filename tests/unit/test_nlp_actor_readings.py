"""Actor readings: ethnic communities named by two national words, acts still to come,
lists written as appositions, reciprocal accusations, places that are no members, an
apposition's name, an entity's title. Sentences are written for these tests (none comes
from an eval set)."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor, relations
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, sentence, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # nlp/communities.py: a community's body is a side of its own
    (
        "community-body",
        "Kosovo Serb leaders condemned Pristina on Monday.",
        ("kosovo serb leaders", "OPPOSES", "kosovo"),
    ),
    (
        "community-officials",
        "Turkish Cypriot leader Ersin Tatar met Greek Cypriot officials in Nicosia.",
        ("ersin tatar", "COOPERATES_WITH", "greek cypriot officials"),
    ),
    # components/sides.py: a side described, then named in apposition, is the named actor
    (
        "apposed-name",
        "A Turkish-backed faction, the Sultan Murad Division, shelled Manbij on Friday.",
        ("sultan murad division", "ATTACKS", "manbij"),
    ),
    (
        "apposed-name-sponsor",
        "Iran-backed militia, Kataib Hezbollah, attacked a US base near the border.",
        ("iran", "SUPPORTS", "kataib hezbollah"),
    ),
    # rules/roles.py: a group that is part of another is its member
    (
        "part-of-member",
        "Kataib Hezbollah is part of the Popular Mobilization Forces.",
        ("kataib hezbollah", "MEMBER_OF", "popular mobilization forces"),
    ),
    # rules/title_anaphora.py: "the <entity> president" refers back to a person named before
    (
        "title-anaphor",
        "Said Abdullahi Deni criticised Mogadishu, and the Puntland president then met Kenyan officials.",
        ("said abdullahi deni", "LEADS", "puntland"),
    ),
    (
        "title-anaphor-next-sentence",
        "Muse Bihi Abdi met Ethiopian officials. The Somaliland president said the talks went well.",
        ("muse bihi abdi", "LEADS", "somaliland"),
    ),
    # rules/reciprocals.py: "each other", "traded accusations", a headline's comma list
    (
        "accuse-each-other",
        "Ethiopia and Eritrea accused each other of starting the war.",
        ("eritrea", "OPPOSES", "ethiopia"),
    ),
    (
        "accuse-each-other-act",
        "Ethiopia and Eritrea accused each other of starting the war.",
        ("ethiopia", "FIGHTS", "eritrea"),
    ),
    (
        "blame-one-another",
        "Russia and Ukraine blamed one another for the shelling of the plant.",
        ("ukraine", "OPPOSES", "russia"),
    ),
    (
        "traded-accusations",
        "Israel and Hamas traded accusations over the collapse of the truce.",
        ("hamas", "OPPOSES", "israel"),
    ),
    (
        "exchanged-threats-with",
        "Kinshasa exchanged threats with Kigali over the M23.",
        ("rwanda", "OPPOSES", "democratic republic of the congo"),
    ),
    (
        "comma-list-headline",
        "M23, FARDC clash near Goma",
        ("democratic republic of the congo", "FIGHTS", "m23"),
    ),
    (
        "comma-list-possessive",
        "Sudan's army, RSF clash in El Fasher",
        ("rapid support forces", "FIGHTS", "sudanese armed forces"),
    ),
    (
        "comma-list-apposition",
        "Iraqi forces, Yezidi PKK-affiliated militia clash near Syrian border",
        ("iraq", "FIGHTS", "yezidi pkk-affiliated militia"),
    ),
    (
        "apposed-description-kept",
        "Kataib Hezbollah, an Iran-backed militia, attacked a US base.",
        ("iran", "SUPPORTS", "kataib hezbollah"),
    ),
    # rules/mentions.py: "the country's" names the state the story is clearly about
    (
        "the-countrys-president",
        "Soldiers in Niger seized power in Niamey. The junta detained the country's elected president, "
        "Mohamed Bazoum.",
        ("mohamed bazoum", "LEADS", "niger"),
    ),
    (
        "the-countrys-army",
        "The war in Sudan has raged since April. The RSF is fighting the country's army in Darfur.",
        ("rapid support forces", "FIGHTS", "sudanese armed forces"),
    ),
    # rules/roles.py: a subordinate title in apposition is membership
    (
        "vice-president-member",
        "Troops loyal to Riek Machar, South Sudan's former vice president, attacked the town.",
        ("riek machar", "MEMBER_OF", "south sudan"),
    ),
    # rules/roles.py, titles.py: a title as the copula's subject; a pronoun owning a title
    (
        "copula-title",
        "The leader of the RSF is Mohamed Hamdan Dagalo.",
        ("mohamed hamdan dagalo", "LEADS", "rapid support forces"),
    ),
    (
        "copula-title-pronoun",
        "The FACT rebels attacked Chad. Their leader is Mahamat Mahadi Ali.",
        ("mahamat mahadi ali", "LEADS", "front for change and concord in chad"),
    ),
    (
        "pronoun-owned-title",
        "Hamas said its political chief, Khaled Meshaal, met Qatari officials.",
        ("khaled meshaal", "LEADS", "hamas"),
    ),
    # rules/roles.py: an apposed title with no holder named falls back on the gazetteer
    (
        "apposed-title-known-leadership",
        "FACT has a deal with Khalifa Haftar, the military strongman of the country's east.",
        ("khalifa haftar", "LEADS", "libyan national army"),
    ),
    (
        "apposed-title-known-leadership-chief",
        "Abdel Fattah al-Burhan, the army chief, visited Cairo on Monday.",
        ("abdel fattah al-burhan", "LEADS", "sudanese armed forces"),
    ),
    # a hyphen lists two states
    (
        "hyphenated-states",
        "Russian-Iranian talks ended and Turkish President Recep Tayyip Erdogan met Iraqi officials.",
        ("recep tayyip erdoğan", "LEADS", "turkey"),
    ),
]

#: (mechanism, sentence, a wrong reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "community-title-not-state",
        "Bosnian Serb leader Milorad Dodik rejected the court's ruling.",
        ("milorad dodik", "LEADS", "serbia"),
    ),
    (
        "community-title-not-host-state",
        "Bosnian Serb leader Milorad Dodik rejected the court's ruling.",
        ("milorad dodik", "LEADS", "bosnia and herzegovina"),
    ),
    (
        "community-title-kurdish",
        "Iraqi Kurdish leader Masoud Barzani met the prime minister in Erbil.",
        ("masoud barzani", "LEADS", "iraq"),
    ),
    (
        "community-cypriot",
        "Turkish Cypriot leader Ersin Tatar met Greek Cypriot officials in Nicosia.",
        ("ersin tatar", "LEADS", "turkey"),
    ),
    (
        "ethnic-demonym",
        "Serbian President Aleksandar Vucic met ethnic-Serb leaders from Kosovo.",
        ("aleksandar vučić", "COOPERATES_WITH", "serbia"),
    ),
    (
        "apposed-description",
        "A Turkish-backed faction, the Sultan Murad Division, shelled Manbij on Friday.",
        ("turkish-backed faction", "ATTACKS", "manbij"),
    ),
    (
        "territory-not-member",
        "Abkhazia and South Ossetia are part of Georgia under international law.",
        ("south ossetia", "MEMBER_OF", "georgia"),
    ),
    (
        "region-noun-not-member",
        "Moscow recognised Abkhazia, but the region remains part of Georgia.",
        ("abkhazia", "MEMBER_OF", "georgia"),
    ),
    (
        "title-anaphor-not-another-head",
        "Erdogan met Putin in Sochi, and the Turkish president said the talks went well.",
        ("vladimir putin", "LEADS", "turkey"),
    ),
    (
        "title-anaphor-not-a-position",
        "Hamas said Yahya Sinwar had replaced Ismail Haniyeh at the head of the Hamas movement.",
        ("ismail haniyeh", "LEADS", "hamas"),
    ),
    (
        "accuse-each-other-no-act",
        "Russia and Ukraine accused each other of violating the truce.",
        ("russia", "FIGHTS", "ukraine"),
    ),
    (
        "blamed-for-an-attack",
        "Russia and Ukraine blamed one another for the shelling of the plant.",
        ("russia", "FIGHTS", "ukraine"),
    ),
    (
        "exchanged-prisoners",
        "Russia and Ukraine exchanged prisoners on Friday.",
        ("russia", "OPPOSES", "ukraine"),
    ),
    (
        "clash-with-is-no-list",
        "Hamas, the Palestinian group, clashed with Israeli troops in Rafah.",
        ("hamas", "FIGHTS", "palestine"),
    ),
    (
        "listed-side-not-described",
        "Iraqi forces, Yezidi PKK-affiliated militia clash near Syrian border",
        ("iraq", "MEMBER_OF", "pkk"),
    ),
    (
        "the-country-unclear",
        "Ethiopia accused Eritrea of backing rebels. The country's army then attacked the rebels.",
        ("eritrea", "ATTACKS", "rebels"),
    ),
    (
        "vice-president-not-leader",
        "Kamala Harris, the US vice president, met Zelensky in Munich.",
        ("kamala harris", "LEADS", "united states"),
    ),
    (
        "leader-not-also-member",
        "Naim Qassem, Hezbollah's deputy leader, spoke on Sunday.",
        ("naim qassem", "MEMBER_OF", "hezbollah"),
    ),
    (
        "leader-not-also-member-apposed",
        "Hezbollah leader Naim Qassem, a member of Hezbollah, spoke on Sunday.",
        ("naim qassem", "MEMBER_OF", "hezbollah"),
    ),
    (
        "copula-no-title",
        "The RSF attacked El Fasher. The problem is Mohamed Hamdan Dagalo.",
        ("mohamed hamdan dagalo", "LEADS", "rapid support forces"),
    ),
    (
        "apposed-member-title-no-leadership",
        "Abdel Fattah al-Burhan, a former spokesman, visited Cairo on Monday.",
        ("abdel fattah al-burhan", "LEADS", "sudanese armed forces"),
    ),
    (
        "community-state-name",
        "Kosovo Serb leaders condemned Pristina on Monday.",
        ("serbia", "OPPOSES", "kosovo"),
    ),
]

#: (mechanism, sentence, a reading that must come out hedged: an act still to come)
PROSPECTIVE: list[tuple[str, str, Triple]] = [
    (
        "going-to",
        "The Ugandan army is going to target ADF commanders.",
        ("uganda", "ATTACKS", "allied democratic forces"),
    ),
    ("set-to", "Russia is set to attack Kyiv next week.", ("russia", "ATTACKS", "ukraine")),
    (
        "poised-to",
        "The Rapid Support Forces are poised to seize El Fasher.",
        ("rapid support forces", "CONTROLS", "el fasher"),
    ),
    ("prepares-to", "Hamas prepares to attack Israel from Gaza.", ("hamas", "ATTACKS", "israel")),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in READINGS])
def test_the_reading_each_mechanism_adds(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [pytest.param(t, w, id=i) for i, t, w in WRONG_READINGS])
def test_the_wrong_reading_each_mechanism_removes(extractor: Extractor, text: str, wrong: Triple) -> None:
    assert wrong not in named(extractor, text)


def _hedged(extractor: Extractor, text: str) -> dict[Triple, bool]:
    return {
        (r.source.name.lower(), r.relation.value, r.target.name.lower()): r.hedged
        for r in relations(extractor, text)
        if not r.negated
    }


@pytest.mark.parametrize(("text", "reading"), [pytest.param(t, e, id=i) for i, t, e in PROSPECTIVE])
def test_an_act_still_to_come_is_hedged(extractor: Extractor, text: str, reading: Triple) -> None:
    assert _hedged(extractor, text).get(reading) is True


def test_an_act_that_went_on_is_asserted(extractor: Extractor) -> None:
    found = _hedged(extractor, "The Rapid Support Forces went on to seize El Fasher.")
    assert found.get(("rapid support forces", "CONTROLS", "el fasher")) is False
