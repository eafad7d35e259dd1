"""Ninth round, recall on real news: relations stated inside one sentence whose actors the
extractor already finds. Each mechanism has a wording from the development texts' style, one
written for these tests from another conflict, and a wrong reading it must not give."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/recognition.py: recognising a government or leader supports it; withheld, opposes it
    (
        "recognition-given",
        "US President Donald Trump formally recognized Guaido shortly after his announcement.",
        ("donald trump", "SUPPORTS", "juan guaidó"),
    ),
    (
        "recognition-no-longer",
        "The African Union said it no longer recognizes Yahya Jammeh as president of The Gambia.",
        ("african union", "OPPOSES", "yahya jammeh"),
    ),
    (
        "recognition-refused",
        "France refused to recognise the junta that seized power in Niamey.",
        ("france", "OPPOSES", "junta"),
    ),
    (
        "recognition-not",
        "The European Union does not recognize Alexander Lukashenko as the legitimate president.",
        ("european union", "OPPOSES", "alexander lukashenko"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # a recognition with a hostile label is no support
    (
        "recognition-as-terrorists",
        "The European Union recognized Hamas as a terrorist organisation in 2003.",
        ("european union", "SUPPORTS", "hamas"),
    ),
    # withheld recognition is not support
    (
        "recognition-withheld-no-support",
        "The African Union said it no longer recognizes Yahya Jammeh as president of The Gambia.",
        ("african union", "SUPPORTS", "yahya jammeh"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
