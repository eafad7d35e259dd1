"""Ninth round, a person's pronoun: "he" or "she" as a subject stands for the person who was
the latest subject in this sentence or the one before, or for the one person named there;
not inside a quotation, and not where two people could be meant."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    (
        "he-with-a-copula-title",
        "Mahamat Mahadi Ali fled to Libya in 2016. He was a leader of the MDJT.",
        ("mahamat mahadi ali", "LEADS", "mdjt"),
    ),
    (
        "she-as-the-accuser",
        "Opposition leader Maria Corina Machado went into hiding. She accused President Nicolas Maduro "
        "of fraud.",
        ("maría corina machado", "OPPOSES", "nicolás maduro"),
    ),
    (
        "he-the-one-person-named",
        "Police arrested Ali Abdullah Ayoub on Tuesday. He led the Islamic Front for ten years.",
        ("ali abdullah ayoub", "LEADS", "islamic front"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "two-people-could-be-meant",
        "Mahamat Mahadi Ali met Timan Erdimi in Tripoli. He was a leader of the MDJT.",
        ("timan erdimi", "LEADS", "mdjt"),
    ),
    (
        "the-he-of-a-quotation",
        'Kagame spoke of Tshisekedi on Monday. "He is a leader of the FDLR," said Kagame.',
        ("kagame", "LEADS", "fdlr"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
