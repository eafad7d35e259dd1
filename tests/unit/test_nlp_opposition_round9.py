"""Ninth round, opposition on real news: the ways news states that one actor opposes
another which the extractor missed. Each mechanism has a wording in the style of the
development texts, one from another conflict, and a wrong reading it must not give."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/usurpers.py + rules/accusations.py: condemning a coup opposes those who made it
    (
        "coup-condemned-after-seizure",
        "The army seized power in Conakry on Sunday. The African Union and France condemned the coup.",
        ("france", "OPPOSES", "army"),
    ),
    (
        "coup-condemned-by-its-day",
        "The military overthrew President Mohamed Bazoum on Wednesday. Talks with the mediators stalled. "
        "The United States condemned Wednesday's coup.",
        ("united states", "OPPOSES", "military"),
    ),
    (
        "military-coup-condemned",
        "The European Union issued a statement condemning the military coup that toppled President Ali "
        "Bongo. The military has dissolved all state institutions.",
        ("european union", "OPPOSES", "military"),
    ),
    # rules/verb_objects.py: "blamed the violence on X" hangs the culprit on what is blamed
    (
        "blamed-on-culprit",
        "Pakistan blamed the bombing on the Tehrik-i-Taliban Pakistan.",
        ("pakistan", "OPPOSES", "tehrik-i-taliban pakistan"),
    ),
    (
        "blamed-on-in-a-relative-clause",
        "Haniyeh was killed in Tehran in a blast Iran blamed on Israel.",
        ("iran", "OPPOSES", "israel"),
    ),
    # rules/args.py: "he"/"she" as a subject stands for the person named before it in the sentence
    (
        "he-subject-of-a-blame",
        "Kenyan President William Ruto said the raid, which he blamed on al-Shabaab, killed 12 police "
        "officers.",
        ("william ruto", "OPPOSES", "al-shabaab"),
    ),
    (
        "she-subject-of-a-condemnation",
        "Finnish Prime Minister Sanna Marin said she condemned the Russian strikes on Kharkiv.",
        ("sanna marin", "OPPOSES", "russia"),
    ),
    # lexicon: removing someone from office, or a warrant for their arrest, opposes them
    (
        "sacked-rival",
        "In February President Salva Kiir sacked Vice President Riek Machar's allies, then Riek Machar "
        "himself.",
        ("salva kiir", "OPPOSES", "riek machar"),
    ),
    (
        "dismissal-of-a-chief",
        "Ansumane Mane announced the dismissal of armed forces chief of staff Verissimo Correia Seabra.",
        ("ansumane mane", "OPPOSES", "verissimo correia seabra"),
    ),
    (
        "arrest-warrant-for",
        "The International Criminal Court issued an arrest warrant for Vladimir Putin.",
        ("international criminal court", "OPPOSES", "vladimir putin"),
    ),
    (
        "rejected-criticism",
        "Eritrea dismissed the U.S. criticism of its troop deployment at the border.",
        ("eritrea", "OPPOSES", "united states"),
    ),
    # rules/noun_relations.py clause_slot: help cut as a sum or by a noun of cutting
    (
        "aid-suspended-as-a-sum",
        "On Thursday, the U.S. government suspended more than $22 million in non-humanitarian aid to "
        "Mauritania.",
        ("united states", "OPPOSES", "mauritania"),
    ),
    (
        "suspension-of-aid",
        "Germany announced a suspension of development aid to Niger after the coup.",
        ("germany", "OPPOSES", "niger"),
    ),
    # rules/accusations.py: "the attack" condemned paragraphs after the lead is the lead's attack
    (
        "lead-attack-condemned",
        "Overnight, North Korea fired artillery shells at Yeonpyeong, an inhabited South Korean island. "
        "Four soldiers were wounded. The South had held drills nearby. Pyongyang claimed the South fired "
        "first. In 2009, the two navies traded volleys. The White House has denounced the attack.",
        ("united states", "OPPOSES", "north korea"),
    ),
    # rules/attributes.py: "his rival opposition leader, X": a hostile attribute word as a modifier
    (
        "rival-as-a-modifier",
        "Kufuor encouraged talks between the president, Mwai Kibaki, and his rival opposition leader, "
        "Raila Odinga.",
        ("raila odinga", "OPPOSES", "mwai kibaki"),
    ),
    (
        "rival-as-a-modifier-sudan",
        "Army chief Abdel Fattah al-Burhan and his rival paramilitary commander, Mohamed Hamdan Dagalo, "
        "sent envoys to Jeddah.",
        ("mohamed hamdan dagalo", "OPPOSES", "abdel fattah al-burhan"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # welcoming a coup is no condemnation
    (
        "coup-welcomed",
        "The army seized power in Conakry on Sunday. Russia welcomed the coup.",
        ("russia", "OPPOSES", "army"),
    ),
    # "a coup" elsewhere is another one
    (
        "another-coup",
        "The army seized power in Conakry in 2021. France condemned a coup in Mali.",
        ("france", "OPPOSES", "army"),
    ),
    # what is blamed on a circumstance blames no place
    (
        "blamed-on-weather",
        "Sudan blamed the delay on bad weather in Khartoum.",
        ("sudan", "OPPOSES", "khartoum"),
    ),
    # dismissing a case is no hostility to the accused
    (
        "dismissed-case",
        "The Supreme Court dismissed the case against Imran Khan.",
        ("supreme court", "OPPOSES", "imran khan"),
    ),
    # help given as a sum is still help, not its cutting
    (
        "aid-approved-as-a-sum",
        "Washington approved $500 million in military aid to Ukraine.",
        ("united states", "OPPOSES", "ukraine"),
    ),
    # a condemnation that refuses to name the doers names none
    (
        "condemned-without-blame",
        "Gunmen from the RSF attacked a camp near Adre on Thursday, killing seven Chadian soldiers. The "
        "UAE condemned the attack on Friday, without assigning blame to any specific group.",
        ("united arab emirates", "OPPOSES", "rapid support forces"),
    ),
    # a deputy is no rival
    (
        "deputy-no-rival",
        "Army chief Abdel Fattah al-Burhan and his deputy, Mohamed Hamdan Dagalo, sent envoys to Jeddah.",
        ("mohamed hamdan dagalo", "OPPOSES", "abdel fattah al-burhan"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
