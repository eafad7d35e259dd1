"""Ninth round, the sites of an attack: every place of a list after a locative preposition
is a site ("struck facilities in Natanz, Isfahan and Bushehr"), not only the first; so are
the places an attack spread "across" or "throughout", and those it "included"."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    (
        "listed-sites-of-a-strike",
        "Russian missiles hit power plants in Lviv, Odesa and Kharkiv overnight.",
        ("russia", "ATTACKS", "kharkiv"),
    ),
    (
        "listed-sites-of-a-killing",
        "Boko Haram fighters killed 20 farmers in Zabarmari and Koshobe on Saturday.",
        ("boko haram", "ATTACKS", "koshobe"),
    ),
    (
        "listed-sites-of-an-air-raid",
        "Israeli jets struck Hezbollah positions in Aitaroun, Maroun al-Ras and Yaroun.",
        ("israel", "ATTACKS", "yaroun"),
    ),
    (
        "sites-across-provinces-including",
        "Israel struck nuclear facilities across 16 provinces, including Natanz, Isfahan and Bushehr.",
        ("israel", "ATTACKS", "isfahan"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "a-listed-owner-is-no-site",
        "Russian missiles hit power plants in Lviv and Ukrainian army bases near Kyiv.",
        ("russia", "ATTACKS", "ukrainian army bases"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
