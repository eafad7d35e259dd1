"""Ninth round, states of archival news and older names: a story from 1965 or 1991 names
states by the names they had then ("Zaire", "Rhodesia", "North Vietnam", "Ceylon",
"Macedonia"), and the gazetteer reads them as the states they were. A state also acts
through organs the lexicon names: its presidency, cabinet, embassy or gendarmerie."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    (
        "state-of-its-time",
        "North Vietnamese troops attacked the South Vietnamese town of Hue in 1968.",
        ("north vietnam", "ATTACKS", "hue"),
    ),
    (
        "state-of-its-time-demonym-organ",
        "Rhodesian security forces raided guerrilla camps inside Mozambique.",
        ("rhodesia", "ATTACKS", "mozambique"),
    ),
    (
        "divided-yemen",
        "South Yemeni troops crossed the border and invaded North Yemen in February 1979.",
        ("south yemen", "ATTACKS", "north yemen"),
    ),
    (
        "former-name-of-a-state",
        "Zairean troops fought rebels led by Laurent Kabila near Goma.",
        ("democratic republic of the congo", "FIGHTS", "rebels"),
    ),
    (
        "former-name-of-a-state-adjective",
        "Macedonian security forces shelled the village of Aracinovo on Friday.",
        ("north macedonia", "ATTACKS", "aracinovo"),
    ),
    (
        "former-name-of-an-island-state",
        "Ceylon signed a defence agreement with Britain in 1947.",
        ("sri lanka", "ALLIED_WITH", "united kingdom"),
    ),
    (
        "organ-presidency-possessive",
        "Burundi's presidency accused Rwanda of backing the RED-Tabara rebels.",
        ("burundi", "OPPOSES", "rwanda"),
    ),
    (
        "organ-presidency-demonym",
        "The Burundian presidency accused Rwanda of backing the rebels.",
        ("burundi", "OPPOSES", "rwanda"),
    ),
    (
        "organ-embassy-demonym",
        "The Chinese embassy in Manila condemned the Philippine navy's manoeuvres.",
        ("china", "OPPOSES", "philippines"),
    ),
    (
        "organ-gendarmerie-demonym",
        "The Malian gendarmerie arrested three suspected JNIM fighters near Mopti.",
        ("mali", "OPPOSES", "jama'at nusrat al-islam wal-muslimin"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "north-vietnam-is-not-vietnam",
        "North Vietnam attacked South Vietnam in 1975.",
        ("vietnam", "ATTACKS", "south vietnam"),
    ),
    (
        "organ-led-by-is-not-the-clause-subject",
        "The RSF is fighting the country's army led by Abdel Fattah al-Burhan.",
        ("abdel fattah al-burhan", "LEADS", "rapid support forces"),
    ),
    (
        "organ-commanded-by-is-not-the-clause-subject",
        "Al-Shabaab is battling the country's military commanded by General Odowaa Yusuf Rageh.",
        ("odowaa yusuf rageh", "LEADS", "al-shabaab"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
