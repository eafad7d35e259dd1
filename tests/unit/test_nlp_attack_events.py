"""How news states attacks as events (rules/attack_events.py): what a clause on the attack
noun says it hit, what a later "the attack" refers back to, and claims of attacks, which
are hedged and never control. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor
from tests.unit.test_nlp_real_news_mechanisms import named, relations

from actorgraph.model import RelationType
from actorgraph.nlp import Extractor
from actorgraph.nlp.rules.verbal import sense_of

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, sentence, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # a present participle on the attack noun names its target
    (
        "participle-target-claimed",
        "The BLA claimed responsibility for a suicide attack targeting a convoy of Pakistani Army buses.",
        ("balochistan liberation army", "ATTACKS", "pakistan"),
    ),
    (
        "participle-target-carried-out",
        "ISIS carried out an attack targeting Syrian army positions.",
        ("islamic state", "ATTACKS", "syrian government"),
    ),
    (
        "participle-target-killing",
        "Al-Shabaab launched an ambush killing five Kenyan soldiers near Lamu.",
        ("al-shabaab", "ATTACKS", "kenya"),
    ),
    # an attack claimed by its doer, subject of a verb of impact
    (
        "claimed-by-impact",
        "The attack, claimed by the Islamic State, killed 12 Nigerien soldiers in Tillaberi.",
        ("islamic state", "ATTACKS", "niger"),
    ),
    (
        "claimed-by-impact-target",
        "The bombing claimed by ISKP hit a Taliban checkpoint.",
        ("islamic state khorasan", "ATTACKS", "taliban"),
    ),
    # a definite attack noun without a target of its own refers to the latest attack read
    (
        "earlier-attack-responsibility",
        "Militants attacked a police outpost in Khyber on Monday. "
        "The Pakistani Taliban claimed responsibility for the attack.",
        ("tehrik-i-taliban pakistan", "ATTACKS", "khyber"),
    ),
    (
        "earlier-attack-carried-out",
        "Rebels ambushed Malian soldiers in Kidal. The raid was carried out by the FLA.",
        ("azawad liberation front", "ATTACKS", "mali"),
    ),
]

READINGS += [
    # operations in a list of places, the list hung on the operations' date
    (
        "dated-places",
        "JNIM said its fighters carried out operations between 2 and 4 May in Kalat, Turbat and Panjgur.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "panjgur"),
    ),
    (
        "dated-places-attacks",
        "The Taliban said its fighters staged attacks on Monday in Kunduz, Baghlan and Takhar.",
        ("taliban", "ATTACKS", "takhar"),
    ),
]

READINGS += [
    # the victims of a passive whose auxiliaries a second passive shares
    (
        "shared-passive-victims",
        "At least five soldiers have been killed and 11 other security forces members wounded "
        "in an ambush by extremists near the border.",
        ("extremists", "ATTACKS", "security forces"),
    ),
    (
        "shared-passive-victims-attack",
        "Two policemen were killed and five Nigerien soldiers wounded in an attack by extremists.",
        ("extremists", "ATTACKS", "niger"),
    ),
    # the victims a participle describes: "soldiers wounded in the ambush by JNIM"
    (
        "participle-victims",
        "Two policemen were killed and five Nigerien soldiers wounded in a raid by Boko Haram.",
        ("boko haram", "ATTACKS", "niger"),
    ),
    (
        "participle-victims-counted",
        "Dozens of Malian soldiers wounded in the ambush by JNIM were evacuated.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "mali"),
    ),
]

READINGS += [
    # being behind an act is doing it
    (
        "behind-the-act",
        "The Taliban said ISKP was behind the bombing in Kabul.",
        ("islamic state khorasan", "ATTACKS", "kabul"),
    ),
    (
        "behind-the-earlier-act",
        "Gunmen attacked a police station in Zamfara. Officials said Ansaru was behind the attack.",
        ("ansaru", "ATTACKS", "zamfara"),
    ),
    # the victims of "the attack" told before suffered its doers' attack
    (
        "victims-of-earlier-act",
        "Israeli jets struck Gaza. Two Egyptian soldiers were killed in the strike.",
        ("israel", "ATTACKS", "egypt"),
    ),
    (
        "victims-of-earlier-act-attack",
        "Al-Shabaab fighters attacked a military base in Kenya. One US soldier was killed in the attack.",
        ("al-shabaab", "ATTACKS", "united states"),
    ),
    # fighters from a group are the group's
    (
        "fighters-from",
        "Officials said rebels from the jihadist group Al-Shabaab are believed to be behind "
        "the attack on Lamu.",
        ("al-shabaab", "ATTACKS", "lamu"),
    ),
    (
        "troops-from",
        "Troops from Chad attacked Boko Haram positions.",
        ("chad", "ATTACKS", "boko haram"),
    ),
]

READINGS += [
    # an acronym the article defines stands for the name it follows (components/acronyms.py)
    (
        "defined-acronym",
        "The Movement of Democratic Forces of Casamance (MFDC) denied the claims. "
        "Senegalese troops later attacked MFDC bases near Ziguinchor.",
        ("senegal", "ATTACKS", "movement of democratic forces of casamance"),
    ),
    (
        "defined-acronym-alone",
        "The Front for Patriotic Renewal (FPR) was formed in 2019. "
        "Government troops attacked the FPR in the north.",
        ("government troops", "ATTACKS", "front for patriotic renewal"),
    ),
]

READINGS += [
    # involvement in an act is doing it
    (
        "accused-of-involvement",
        "The US accused Kataib Hezbollah of involvement in a rocket attack on the Ain al-Asad base.",
        ("kataib hezbollah", "ATTACKS", "ain al-asad"),
    ),
    (
        "own-involvement",
        "Iran's involvement in the attack on Erbil was confirmed by officials.",
        ("iran", "ATTACKS", "erbil"),
    ),
]

#: (mechanism, sentence, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # claiming an attack claims no place
    (
        "claimed-act-no-control",
        "The attacks claimed by Jaish al-Adl hit the Revolutionary Guard's base in Rask.",
        ("jaish al-adl", "CONTROLS", "revolutionary guard base"),
    ),
    (
        "claimed-act-no-control-responsibility",
        "Hamas claimed responsibility for the raid on the base in Rafah.",
        ("hamas", "CONTROLS", "rafah"),
    ),
    # who reacts to an earlier attack did not do it
    (
        "earlier-attack-investigated",
        "Gunmen attacked a village in Zamfara. The UN investigated the attack.",
        ("united nations", "ATTACKS", "zamfara"),
    ),
    # an indefinite attack is another one
    (
        "earlier-attack-indefinite",
        "Gunmen attacked a village in Zamfara. Separately, ISWAP claimed an attack.",
        ("islamic state west africa province", "ATTACKS", "zamfara"),
    ),
    # a place hung on the date of talks is no target
    (
        "dated-places",
        "Officials said that Iran and Qatar held talks on Monday in Doha and Cairo.",
        ("iran", "ATTACKS", "cairo"),
    ),
    # the wounded of a shared passive did not attack
    (
        "shared-passive-victims",
        "Eight soldiers have been killed and 13 other security forces members wounded "
        "in an ambush in northern Togo.",
        ("security forces", "ATTACKS", "northern togo"),
    ),
    # those killed in an act told before did not do it; a town soldiers come from is none of theirs
    (
        "victims-of-earlier-act",
        "Israeli jets struck Gaza. Two Egyptian soldiers were killed in the strike.",
        ("egypt", "ATTACKS", "gaza"),
    ),
    (
        "troops-from",
        "Soldiers from the town of Gao attacked the rebels.",
        ("gao", "ATTACKS", "rebels"),
    ),
    # an acronym after a person's name is not the person
    (
        "defined-acronym",
        "President Felix Tshisekedi (UDPS) met the rebels. UDPS officials condemned the M23.",
        ("félix tshisekedi", "OPPOSES", "m23"),
    ),
    # a denied role is no involvement
    (
        "own-involvement",
        "Israel denied any role in the strike on Tyre.",
        ("israel", "ATTACKS", "tyre"),
    ),
    # a past participle is not what the attack hit
    (
        "participle-past",
        "An attack launched from Syria was reported by Israel.",
        ("israel", "ATTACKS", "syria"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in READINGS])
def test_the_reading_each_mechanism_adds(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [pytest.param(t, w, id=i) for i, t, w in WRONG_READINGS])
def test_the_wrong_reading_each_mechanism_removes(extractor: Extractor, text: str, wrong: Triple) -> None:
    assert wrong not in named(extractor, text)


def test_a_claimed_town_is_still_control(extractor: Extractor) -> None:
    assert ("russia", "CONTROLS", "avdiivka") in named(extractor, "Russia claimed the town of Avdiivka.")


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("The attacks claimed by the group targeted a base.", False),
        ("The militants claimed responsibility for the bombing.", False),
        ("JNIM claimed the ambush near Gao.", False),
        ("Russia claimed the town of Avdiivka.", True),
        ("The village was claimed by the rebels.", True),
    ],
)
def test_claiming_an_act_is_no_control(extractor: Extractor, text: str, control: bool) -> None:
    verb = next(t for t in extractor.nlp(text) if t.lemma_ == "claim")
    sense = sense_of(verb)
    assert (sense is not None and sense.relation == RelationType.CONTROLS) is control


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Al-Shabaab claimed an ambush targeting police in Mandera.", True),
        ("The attack claimed by al-Shabaab killed soldiers of the Somali army.", True),
        ("Al-Shabaab carried out an ambush killing Somali soldiers in Mandera.", False),
    ],
)
def test_a_claimed_attack_is_hedged(extractor: Extractor, text: str, hedged: bool) -> None:
    attacks = [r for r in relations(extractor, text) if r.relation.value == "ATTACKS"]
    assert attacks
    assert all(r.hedged == hedged for r in attacks)
