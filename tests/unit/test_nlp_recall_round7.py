"""Seventh round, recall on real news: readings missed although both actors are named in
one sentence. Each mechanism has a wording from the development texts, one written for
these tests from another conflict, and a wrong reading it must not give."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/hung_sides.py: "between" on a clause about the fight, or on what it is for
    (
        "sides-on-relative-clause",
        "Eritrea supported Ethiopian federal forces in the war that took place between the Tigray "
        "People's Liberation Front and the Ethiopian government from 2020 to 2022.",
        ("tigray people's liberation front", "FIGHTS", "ethiopia"),
    ),
    (
        "sides-on-relative-clause-gaza",
        "The fighting that erupted between Hamas and Fatah in April has killed thousands.",
        ("hamas", "FIGHTS", "fatah"),
    ),
    (
        "sides-on-the-stake",
        "Much of the violence has been attributed to a fight for territory between the ELN's "
        "Northeastern War Front and the EMC's 33rd Front.",
        ("northeastern war front", "FIGHTS", "33rd front"),
    ),
    (
        "sides-on-the-stake-islands",
        "The dispute over the islands between China and Japan has worsened.",
        ("china", "OPPOSES", "japan"),
    ),
    # rules/coordination.py: a conjunct hung inside a bracketed apposition
    (
        "conjunct-after-brackets",
        "The Colombian military deployed soldiers in response to intense fighting between the National "
        "Liberation Army (Spanish abbr: ELN) and the Central General Staff, a FARC dissident group.",
        ("national liberation army (colombia)", "FIGHTS", "central general staff"),
    ),
    (
        "conjunct-after-brackets-rakhine",
        "Renewed clashes between the Arakan Army (Rakhine abbr: AA) and the Arakan Rohingya Salvation "
        "Army killed ten people.",
        ("arakan army", "FIGHTS", "arakan rohingya salvation army"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # a clause with an object of its own is not about the fight's sides
    (
        "sides-not-from-a-clause-with-its-own-object",
        "The war that pitted Russia against Ukraine was discussed at talks between the United States "
        "and China.",
        ("united states", "FIGHTS", "china"),
    ),
    # a conjunct inside the brackets stays there
    (
        "conjunct-inside-brackets",
        "Fighting between the army (backed by Russia and Belarus) and the rebels continued.",
        ("belarus", "FIGHTS", "rebels"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
