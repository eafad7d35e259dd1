"""Third round of real-news mechanisms: a weapon's origin is not an actor of the clause, its
user is (rules/weapons.py); one side per sponsor (components/sides.py); headlines in title
case; a state's organs by possessive.
Sentences are written for these tests (none comes from an eval set)."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor, relations
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor

__all__ = ["extractor"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # supplied, made or sold by someone: the demonym only says where it was made
        (
            "Chinese drones supplied by the UAE were used by the RSF.",
            ("united arab emirates", "SUPPORTS", "china"),
        ),
        ("The militia used Turkish drones sold by Qatar.", ("qatar", "SUPPORTS", "turkey")),
        ("Army units fired Russian shells provided by Belarus.", ("belarus", "SUPPORTS", "russia")),
    ],
)
def test_a_weapons_origin_is_not_its_supplier_s_partner(
    extractor: Extractor, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Iranian drones launched by the Houthis hit Eilat.",
            ("houthis", "ATTACKS", "eilat"),
            ("iran", "ATTACKS", "eilat"),
        ),
        (
            "Ukraine shot down drones launched by Russia.",
            ("ukraine", "ATTACKS", "russia"),
            None,
        ),
    ],
)
def test_a_weapons_user_is_the_doer_of_its_launch(
    extractor: Extractor, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str] | None
) -> None:
    found = named(extractor, text)
    assert expected in found
    assert wrong not in found


def test_a_weapon_with_only_a_demonym_still_acts_for_its_state(extractor: Extractor) -> None:
    assert ("russia", "ATTACKS", "ukraine") in named(extractor, "Russian drones struck Kyiv overnight.")


def test_one_side_per_sponsor_in_an_article(extractor: Extractor) -> None:
    """Sponsored sides named by varying words are one actor (components/sides.py)."""
    text = (
        "Iran-backed militias shelled the town of Qaim. Days later, Tehran-aligned fighters "
        "captured Qaim. The Iranian-backed groups also attacked a US base."
    )
    sides = {r.source.name for r in relations(extractor, text) if r.source.type == "GROUP"}
    assert sides == {"Iran-backed militias"}


def test_a_headline_s_capitals_name_no_place(extractor: Extractor) -> None:
    """In a title-case headline a capitalised word without an entity is no place name."""
    found = named(extractor, "Boko Haram Claimed Responsibility for the Bombing")
    assert not {t for t in found if t[1] == "CONTROLS" and t[2] == "responsibility"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria's military launched airstrikes on Boko Haram camps.", ("nigeria", "ATTACKS", "boko haram")),
        ("Libya's militia shelled the port of Sirte.", ("libya", "ATTACKS", "sirte")),
    ],
)
def test_a_states_organ_by_possessive_acts_for_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group is put under a person: he leads it
        (
            "The Wagner Group, under the command of Yevgeny Prigozhin, seized Bakhmut.",
            ("yevgeny prigozhin", "LEADS", "wagner group"),
        ),
        # forces put under a leader are what he leads
        (
            "Troops under the command of General Haftar shelled Tripoli.",
            ("libyan national army", "ATTACKS", "government of national unity"),
        ),
    ],
)
def test_under_the_command_of(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia shot dead five Azerbaijani soldiers.", ("armenia", "ATTACKS", "azerbaijan")),
        ("Israeli troops shot dead a Hezbollah commander.", ("israel", "ATTACKS", "hezbollah")),
        ("Hezbollah fired rockets at Israel.", ("hezbollah", "ATTACKS", "israel")),
    ],
)
def test_a_shot_hits_a_sides_people_a_launch_fires_a_weapon(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


def test_launching_an_operation_attacks_nobody_named_by_it(extractor: Extractor) -> None:
    found = named(extractor, "France launched Operation Serval against Islamist militants in Mali.")
    assert not {t for t in found if "serval" in t[2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target hangs off the weapons a counting noun's "of" names
        (
            "Hezbollah launched a barrage of rockets towards the Upper Galilee.",
            ("hezbollah", "ATTACKS", "upper galilee"),
        ),
        # "anti-"/"pro-" make a side of any body of fighters
        ("Anti-junta forces captured Momauk town.", ("anti-junta forces", "CONTROLS", "momauk town")),
    ],
)
def test_counted_weapons_and_sides_by_stance(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups and factions named by what they are, as "government troops" are
        ("Armed groups attacked the village of Kadugli.", ("armed groups", "ATTACKS", "kadugli")),
        ("The army attacked rebel groups in Darfur.", ("army", "ATTACKS", "rebel groups")),
    ],
)
def test_groups_named_by_what_they_are(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


def test_a_city_the_model_takes_for_a_nationality_is_still_a_place(extractor: Extractor) -> None:
    """The small model tags "Aleppo" NORP after "Russian jets": a singular proper noun in an
    argument's slot is a name."""
    assert ("russia", "ATTACKS", "aleppo") in named(extractor, "Russian jets bombed Aleppo.")


def test_a_name_the_model_calls_an_organisation_is_a_person_after_a_capitalised_title(
    extractor: Extractor,
) -> None:
    found = named(
        extractor, "In March, Ghanaian President, Nana Akufo-Addo said the junta had invited mercenaries."
    )
    assert ("nana akufo-addo", "LEADS", "ghana") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a by-agent naming the support names its givers
        (
            "The local army, backed by US support, has been waging a campaign against al-Shabaab.",
            ("united states", "SUPPORTS", "local army"),
        ),
        # a list of backers the parser reads as an apposition
        (
            "The army, backed by UN peacekeepers, Russian and Rwandan troops, fought CPC fighters.",
            ("rwanda", "SUPPORTS", "army"),
        ),
    ],
)
def test_backers_named_by_their_support_or_in_a_list(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "involving" names the sides of a clash
        (
            "Clashes involving the army and the RSF continued in Omdurman.",
            ("sudanese armed forces", "FIGHTS", "rapid support forces"),
        ),
        # a named apposition and what is coordinated with it
        (
            "The clashes, involving the separatist Azawad Liberation Front and the Africa Corps, went on.",
            ("azawad liberation front", "FIGHTS", "africa corps"),
        ),
    ],
)
def test_sides_a_clash_involves(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A militia called the Popular Forces attacked Hamas in Rafah.",
            ("popular forces", "ATTACKS", "hamas"),
        ),
        (
            "Members of an alliance of armed groups known as the Coalition of Patriots for Change "
            "assaulted a military camp near Bakouma.",
            ("coalition of patriots for change", "ATTACKS", "bakouma"),
        ),
    ],
)
def test_a_group_known_as_or_called_a_name_is_that_actor(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named(extractor, text)


def test_a_place_known_by_another_name_names_no_actor(extractor: Extractor) -> None:
    text = (
        "Houthi fighters cheered after taking the port of al-Mukha, also known as Mocha, south of Hodeidah."
    )
    assert not {t for t in named(extractor, text) if t[0] == "mocha"}


def test_a_possessive_in_what_an_object_is_held_to_account_for_is_that_object(extractor: Extractor) -> None:
    found = named(extractor, "Islamabad warned Tehran over its attack on Jaish al-Adl.")
    assert ("iran", "ATTACKS", "jaish al-adl") in found
    assert ("pakistan", "ATTACKS", "jaish al-adl") not in found
