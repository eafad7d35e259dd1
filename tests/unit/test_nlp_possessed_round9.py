"""Ninth round, a person's possessive on an unnamed body: "Walid Jumblatt's Druse militia",
"Hassan Hattab's organization called GSPC" are bodies that person leads."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    (
        "a-persons-militia",
        "Soldiers raided Ali Khan Mehsud's militia near the border on Friday.",
        ("ali khan mehsud", "LEADS", "ali khan mehsud militia"),
    ),
    (
        "a-persons-organization-called",
        "The cell belongs to Hassan Hattab's organization called GSPC, the paper said.",
        ("hassan hattab", "LEADS", "gspc"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "a-persons-camp-of-refugees-is-no-body",
        "Aid workers reached Ali Khan Mehsud's refugee settlement on Friday.",
        ("ali khan mehsud", "LEADS", "ali khan mehsud refugee settlement"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
