"""More wordings of wire copy: quotations that speak for a body, denials set aside as
asides, warnings, joint action, relative clauses over coordinations. Sentences are written
for these tests (none comes from an eval set); each case is one construction."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor, relations, triples

from actorgraph.nlp import Extractor

__all__ = ["extractor"]  # the module-scoped fixture, shared with test_nlp_extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will keep arming Ukraine," NATO Secretary General Mark Rutte said.',
            ("nato", "SUPPORTS", "ukraine"),
        ),
        (
            '"We stand with Russia," Kim Jong Un told reporters.',
            ("north-korea", "SUPPORTS", "russia"),
        ),
        (
            "The EU suspended defence talks with Rwanda.",
            ("european-union", "OPPOSES", "rwanda"),
        ),
        (
            "Fighting between the Sudanese army and the RSF spread to Kordofan.",
            ("rsf", "FIGHTS", "sudanese-armed-forces"),
        ),
        (
            "The Houthis launched drones at US warships.",
            ("houthis", "ATTACKS", "united-states"),
        ),
        (
            "Germany pledged a new package of air defence systems for Ukraine.",
            ("germany", "SUPPORTS", "ukraine"),
        ),
        (
            "The US sent a new shipment of artillery shells to Israel.",
            ("united-states", "SUPPORTS", "israel"),
        ),
        (
            "Egyptian and Qatari mediators met Hamas officials in Doha.",
            ("egypt", "COOPERATES_WITH", "hamas"),
        ),
        (
            "The PKK has fought the Turkish state for decades.",
            ("pkk", "FIGHTS", "turkey"),
        ),
        (
            "Qatar and Egypt, which mediate between the two sides, urged calm.",
            ("egypt", "COOPERATES_WITH", "qatar"),
        ),
        (
            "Turkey and Russia jointly patrol parts of northern Syria.",
            ("russia", "COOPERATES_WITH", "turkey"),
        ),
        (
            "Algeria recalled its ambassador from Paris.",
            ("algeria", "OPPOSES", "france"),
        ),
    ],
)
def test_wordings(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_singular_relative_clause_takes_the_nearest_conjunct(extractor: Extractor) -> None:
    found = triples(extractor, "The US armed Israel and Ukraine, which is fighting Russia.")
    assert ("russia", "FIGHTS", "ukraine") in found
    assert ("israel", "FIGHTS", "russia") not in found


def test_an_allegation_denied_in_an_aside_is_hearsay_not_a_denial(extractor: Extractor) -> None:
    text = "Sudan's army accused the UAE of arming the RSF, an allegation Abu Dhabi denies."
    rels = {(r.source.id, r.relation.value, r.target.id): r for r in relations(extractor, text)}
    armed = rels[("united-arab-emirates", "SUPPORTS", "rsf")]
    assert armed.hedged and not armed.negated
    assert armed.speaker is None or armed.speaker.id != "united-arab-emirates"


def test_what_is_warned_against_is_not_asserted(extractor: Extractor) -> None:
    text = "Western governments warned Beijing against supplying Moscow with weapons."
    supply = [r for r in relations(extractor, text) if r.relation.value == "SUPPORTS"]
    assert supply and all(r.negated and r.source.id == "china" for r in supply)


def test_the_nearer_speaker_of_a_coordinated_clause_wins(extractor: Extractor) -> None:
    text = (
        "Moscow denied supplying weapons to the Houthis, but US officials said Iran had shipped "
        "missiles to the group."
    )
    iran = [r for r in relations(extractor, text) if r.source.id == "iran"]
    assert iran and all(r.speaker is not None and r.speaker.id == "united-states" for r in iran)


def test_counted_places_are_not_targets(extractor: Extractor) -> None:
    found = relations(extractor, "JNIM blockaded several towns.")
    assert not any(r.target.name.startswith("several") for r in found)


@pytest.mark.parametrize(
    "dateline",
    ["KHARTOUM - ", "KYIV, Nov 24 (Reuters) - ", "BEIRUT (AP) \u2014 ",
     "WASHINGTON/MOSCOW, Jan 5 (Reuters) - "],
)
def test_a_wire_dateline_does_not_hide_the_first_sentence(extractor: Extractor, dateline: str) -> None:
    text = dateline + "The Rapid Support Forces said they had taken full control of El Fasher."
    found = [r for r in relations(extractor, text) if r.relation.value == "CONTROLS"]
    assert [(r.source.id, r.target.name) for r in found] == [("rsf", "El Fasher")]
    assert all(text[r.evidence.start : r.evidence.end] == r.evidence.text for r in found)
    assert not found[0].evidence.text.startswith(dateline.strip())


def test_mask_datelines_keeps_every_offset() -> None:
    from actorgraph.nlp.datelines import mask_datelines

    text = "GAZA CITY - Hamas said.\nKYIV, Nov 24 (Reuters) - Russia struck.\nNATO - the alliance - met."
    masked = mask_datelines(text)
    assert len(masked) == len(text)
    assert masked.splitlines()[0].strip() == "Hamas said."
    assert masked.splitlines()[1].strip() == "Russia struck."
    assert masked.splitlines()[2] == "NATO - the alliance - met."  # no sentence starts after the dash


def test_every_owner_of_coordinated_officials(extractor: Extractor) -> None:
    found = triples(extractor, "U.S. and Ukrainian officials met in Geneva.")
    assert ("ukraine", "COOPERATES_WITH", "united-states") in found


def test_an_ousted_leaders_title_still_states_the_leadership(extractor: Extractor) -> None:
    # the real-news conventions (shared/eval/CONVENTIONS.md): titles of former or dead
    # leaders are gold ("Boko Haram's former leader Abubakar Shekau")
    text = "Government forces clashed with fighters loyal to ousted President Bashar al-Assad."
    led = {r.target.id for r in relations(extractor, text) if r.relation.value == "LEADS"}
    assert led == {"syrian-government"}, led
    assert ("bashar-al-assad", "LEADS", "syrian-government") in triples(
        extractor, "Syrian President Bashar al-Assad met Vladimir Putin in Moscow."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt that China will supply lethal weapons to Russia.",
        "Ukraine hopes to receive more Patriot systems from Germany.",
        "Hezbollah could join the war if Israel invades Lebanon, the group warned.",
    ],
)
def test_doubts_hopes_and_conditions_are_hedged(extractor: Extractor, text: str) -> None:
    found = [r for r in relations(extractor, text) if r.relation.value in ("SUPPORTS", "ATTACKS", "OPPOSES")]
    assert found and all(r.hedged and not r.negated for r in found)
    assert all(r.source.id != "patriot" for r in found)  # the system's name is not its supplier


def test_an_event_not_condemned_still_happened(extractor: Extractor) -> None:
    text = "China has declined to condemn Russia's invasion of Ukraine."
    rels = {(r.source.id, r.relation.value, r.target.id): r for r in relations(extractor, text)}
    assert not rels[("russia", "ATTACKS", "ukraine")].negated
    assert rels[("china", "OPPOSES", "russia")].negated


def test_strikes_on_a_states_targets_attack_the_state(extractor: Extractor) -> None:
    found = triples(extractor, "Israel, which has repeatedly struck Iranian targets in Syria, stayed silent.")
    assert ("israel", "ATTACKS", "iran") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan cut ties with Afghanistan.", ("pakistan", "OPPOSES", "afghanistan")),
        ("Azerbaijan and Turkey formed a military alliance.", ("azerbaijan", "ALLIED_WITH", "turkey")),
        ("Russian forces laid siege to Mariupol.", ("russia", "ATTACKS", "mariupol")),
    ],
)
def test_ties_pacts_and_sieges(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_relation_noun_inside_a_name_founds_a_body(extractor: Extractor) -> None:
    found = triples(extractor, "Mali, Burkina Faso and Niger formed the Alliance of Sahel States.")
    assert not [t for t in found if t[1] == "ALLIED_WITH"]
    assert ("mali", "MEMBER_OF", "alliance-of-sahel-states") in found


def test_shooting_down_a_groups_drones_attacks_the_group(extractor: Extractor) -> None:
    found = triples(extractor, "U.S. forces shot down Houthi drones.")
    assert ("united-states", "ATTACKS", "houthis") in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it had repelled a Ukrainian attack, claims that could not be independently verified.",
        "The Houthis said they had targeted a U.S. aircraft carrier, a claim the U.S. military denied.",
    ],
)
def test_unverified_and_denied_claims_are_hedged(extractor: Extractor, text: str) -> None:
    before, extractor.min_confidence = extractor.min_confidence, 0.0  # every reading, however unsure
    try:
        found = [r for r in relations(extractor, text) if r.relation.value in ("ATTACKS", "FIGHTS")]
    finally:
        extractor.min_confidence = before
    assert found and all(r.hedged and not r.negated for r in found)


def test_weapon_names_are_not_actors(extractor: Extractor) -> None:
    text = "Russian Shahed drones of Iranian design struck energy facilities in Kharkiv."
    found = relations(extractor, text)
    assert not [r for r in found if "shahed" in (r.source.id, r.target.id)]
    assert ("russia", "ATTACKS", "kharkiv") in triples(extractor, text)


def test_a_ministers_troops_are_his_states(extractor: Extractor) -> None:
    text = "Russian Defence Minister Sergei Shoigu said his troops had taken full control of Bakhmut."
    assert ("russia", "CONTROLS", "bakhmut") in triples(extractor, text)


def test_their_defence_pact_allies_every_party(extractor: Extractor) -> None:
    text = "Mali, Burkina Faso and Niger marked one year of their defence pact, the Alliance of Sahel States."
    found = triples(extractor, text)
    assert {("burkina-faso", "ALLIED_WITH", "mali"), ("mali", "ALLIED_WITH", "niger")} <= found


def test_the_town_is_the_one_introduced_as_a_town(extractor: Extractor) -> None:
    text = (
        "Ukraine's army pulled out of the eastern town of Avdiivka, handing Russia its biggest gain "
        "since the capture of Bakhmut. Russia said its troops had taken full control of the town."
    )
    found = {t for t in triples(extractor, text) if t[1] == "CONTROLS"}
    assert ("russia", "CONTROLS", "avdiivka") in found
    assert ("russia", "CONTROLS", "bakhmut") not in found
