"""Third round of real-news mechanisms, one case or more per mechanism: what each reads, and
the wrong readings each removes. Sentences are written for these tests (none comes from an
eval set)."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor, relations
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, sentence, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/weapons.py: an operating participle's doer is the weapon's user
    ("weapon-user", "Iranian drones launched by the Houthis hit Eilat.", ("houthis", "ATTACKS", "eilat")),
    ("weapon-user-unnamed", "Ukraine shot down drones launched by Russia.", ("ukraine", "ATTACKS", "russia")),
    ("weapon-demonym", "Russian drones struck Kyiv overnight.", ("russia", "ATTACKS", "ukraine")),
    # a state's organ by possessive acts for it
    (
        "organ-possessive",
        "Nigeria's military launched airstrikes on Boko Haram camps.",
        ("nigeria", "ATTACKS", "boko haram"),
    ),
    ("organ-militia", "Libya's militia shelled the port of Sirte.", ("libya", "ATTACKS", "sirte")),
    # under the command of X: a named group is led by X; forces put under X are what he leads
    (
        "under-command-group",
        "The Wagner Group, under the command of Yevgeny Prigozhin, seized Bakhmut.",
        ("yevgeny prigozhin", "LEADS", "wagner group"),
    ),
    (
        "under-command-forces",
        "Troops under the command of General Haftar shelled Tripoli.",
        ("libyan national army", "ATTACKS", "government of national unity"),
    ),
    # a launching verb's object is whom it hit when it names a side's people
    ("shot-people", "Armenia shot dead five Azerbaijani soldiers.", ("armenia", "ATTACKS", "azerbaijan")),
    ("shot-commander", "Israeli troops shot dead a Hezbollah commander.", ("israel", "ATTACKS", "hezbollah")),
    ("fired-weapon", "Hezbollah fired rockets at Israel.", ("hezbollah", "ATTACKS", "israel")),
    # counted weapons carry the target
    (
        "counted-weapons",
        "Hezbollah launched a barrage of rockets towards the Upper Galilee.",
        ("hezbollah", "ATTACKS", "upper galilee"),
    ),
    # "anti-"/"pro-" make a side of any body of fighters
    (
        "stance-side",
        "Anti-junta forces captured Momauk town.",
        ("anti-junta forces", "CONTROLS", "momauk town"),
    ),
    # groups and factions named by what they are
    ("armed-groups", "Armed groups attacked the village of Kadugli.", ("armed groups", "ATTACKS", "kadugli")),
    ("rebel-groups", "The army attacked rebel groups in Darfur.", ("army", "ATTACKS", "rebel groups")),
    # a singular proper noun the model took for a nationality is a name
    ("norp-place", "Russian jets bombed Aleppo.", ("russia", "ATTACKS", "aleppo")),
    # a capitalised title in apposition makes the name a person
    (
        "title-apposition",
        "In March, Ghanaian President, Nana Akufo-Addo said the junta had invited mercenaries.",
        ("nana akufo-addo", "LEADS", "ghana"),
    ),
    # a by-agent naming the support names its givers; a list read as an apposition
    (
        "agent-support",
        "The local army, backed by US support, has been waging a campaign against al-Shabaab.",
        ("united states", "SUPPORTS", "local army"),
    ),
    (
        "apposed-list",
        "The army, backed by UN peacekeepers, Russian and Rwandan troops, fought CPC fighters.",
        ("rwanda", "SUPPORTS", "army"),
    ),
    # "involving" names the sides of a clash; a named apposition with its conjuncts
    (
        "involving",
        "Clashes involving the army and the RSF continued in Omdurman.",
        ("sudanese armed forces", "FIGHTS", "rapid support forces"),
    ),
    (
        "apposition-conjuncts",
        "The clashes, involving the separatist Azawad Liberation Front and the Africa Corps, went on.",
        ("azawad liberation front", "FIGHTS", "africa corps"),
    ),
    # a group called or known as a name is that actor
    (
        "called",
        "A militia called the Popular Forces attacked Hamas in Rafah.",
        ("popular forces", "ATTACKS", "hamas"),
    ),
    (
        "known-as",
        "Members of an alliance of armed groups known as the Coalition of Patriots for Change "
        "assaulted a military camp near Bakouma.",
        ("coalition of patriots for change", "ATTACKS", "bakouma"),
    ),
    # a possessive in what a verb holds its object to account for is that object
    (
        "held-to-account",
        "Islamabad warned Tehran over its attack on Jaish al-Adl.",
        ("iran", "ATTACKS", "jaish al-adl"),
    ),
]

#: (mechanism, sentence, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # supplied, made or sold by someone: the demonym only says where a weapon was made
    (
        "weapon-origin-supplied",
        "Chinese drones supplied by the UAE were used by the RSF.",
        ("united arab emirates", "SUPPORTS", "china"),
    ),
    ("weapon-origin-sold", "The militia used Turkish drones sold by Qatar.", ("qatar", "SUPPORTS", "turkey")),
    (
        "weapon-origin-provided",
        "Army units fired Russian shells provided by Belarus.",
        ("belarus", "SUPPORTS", "russia"),
    ),
    (
        "weapon-user-not-origin",
        "Iranian drones launched by the Houthis hit Eilat.",
        ("iran", "ATTACKS", "eilat"),
    ),
    # a title-case headline's capitals name no place
    (
        "headline",
        "Boko Haram Claimed Responsibility for the Bombing",
        ("boko haram", "CONTROLS", "responsibility"),
    ),
    # launching an operation attacks nobody named by it
    (
        "launched-operation",
        "France launched Operation Serval against Islamist militants in Mali.",
        ("france", "ATTACKS", "operation serval"),
    ),
    # a place known by another name is no actor
    (
        "place-known-as",
        "Houthi fighters cheered after taking the port of al-Mukha, also known as Mocha, south of Hodeidah.",
        ("mocha", "CONTROLS", "al-mukha"),
    ),
    (
        "held-to-account-not-subject",
        "Islamabad warned Tehran over its attack on Jaish al-Adl.",
        ("pakistan", "ATTACKS", "jaish al-adl"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in READINGS])
def test_the_reading_each_mechanism_adds(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [pytest.param(t, w, id=i) for i, t, w in WRONG_READINGS])
def test_the_wrong_reading_each_mechanism_removes(extractor: Extractor, text: str, wrong: Triple) -> None:
    found = named(extractor, text)
    assert wrong not in found
    assert not {t for t in found if t[0] == wrong[0] and t[2] == wrong[2]}, found


def test_one_side_per_sponsor_in_an_article(extractor: Extractor) -> None:
    """Sponsored sides named by varying words are one actor (components/sides.py)."""
    text = (
        "Iran-backed militias shelled the town of Qaim. Days later, Tehran-aligned fighters "
        "captured Qaim. The Iranian-backed groups also attacked a US base."
    )
    sides = {r.source.name for r in relations(extractor, text) if r.source.type == "GROUP"}
    assert sides == {"Iran-backed militias"}
