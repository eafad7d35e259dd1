"""Ninth round, actors on real news: one side of a missed reading was not read as an actor,
or as the wrong one. Each mechanism has a wording in the style of the development texts, one
written for these tests from another conflict, and a wrong reading it must not give."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # components/references.py: a lone surname the NER types as a place or an organisation is
    # the person named in full elsewhere in the article
    (
        "surname-read-as-place",
        "Kenyan President Mwai Kibaki won a disputed vote in December. On Monday opposition leader "
        "Raila Odinga accused Kibaki of stealing the election.",
        ("raila odinga", "OPPOSES", "mwai kibaki"),
    ),
    (
        "surname-read-as-organisation",
        "Muslim extremist leader Isnilon Hapilon fled the city. Philippine troops attacked Hapilon in "
        "Marawi on Tuesday.",
        ("philippines", "ATTACKS", "isnilon hapilon"),
    ),
    # nlp/camps.py: a camp named by the actor it backs or opposes is a side of its own
    (
        "camp-named-before",
        "Opposition leader Raila Odinga called for calm. Riot police fired tear gas at Odinga "
        "supporters in Kisumu.",
        ("riot police", "ATTACKS", "odinga supporters"),
    ),
    (
        "camp-backs-its-namer",
        "Thousands of Gbagbo supporters marched in Abidjan as police fired tear gas.",
        ("gbagbo supporters", "SUPPORTS", "gbagbo"),
    ),
    (
        "coordinated-camps-of",
        "Supporters and opponents of President Pierre Nkurunziza clashed in Bujumbura.",
        ("supporters of president pierre nkurunziza", "FIGHTS", "opponents of president pierre nkurunziza"),
    ),
    (
        "opposing-camp",
        "Supporters and opponents of President Pierre Nkurunziza clashed in Bujumbura.",
        ("opponents of president pierre nkurunziza", "OPPOSES", "pierre nkurunziza"),
    ),
    # rules/institution_heads.py: the head of a state's institution named before the title
    # leads the institution, an actor of its own unless the gazetteer names it as the state
    (
        "institution-head-with-demonym",
        "Kenyan police chief Japhet Koome ordered the arrests of opposition leaders.",
        ("japhet koome", "LEADS", "kenyan police"),
    ),
    (
        "institution-head-with-demonym-colombia",
        "Colombian police chief Henry Sanabria said the ELN had attacked the station.",
        ("henry sanabria", "LEADS", "colombian police"),
    ),
    (
        "institution-head-without-owner",
        "Thailand's army seized power on Thursday. Army chief Prayut Chan-o-cha said the army would "
        "restore order.",
        ("prayut chan-o-cha", "LEADS", "army"),
    ),
    # the same: a side one leader heads, named before the title, even for a known person
    (
        "opposition-leader-of-a-state",
        "Venezuela's opposition leader Juan Guaido declared himself interim president on Wednesday.",
        ("juan guaidó", "LEADS", "venezuela opposition"),
    ),
    (
        "opposition-leader-apposed",
        "Talks between the president, Mwai Kibaki, and his rival opposition leader, Raila Odinga, "
        "broke down.",
        ("raila odinga", "LEADS", "opposition"),
    ),
    (
        "opposition-leader-with-demonym",
        "Belarusian opposition leader Sviatlana Tsikhanouskaya urged Europe to act.",
        ("sviatlana tsikhanouskaya", "LEADS", "belarusian opposition"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # a place of several words is no surname, even when a person's name ends like it
    (
        "place-named-like-a-person",
        "Governor William Villamizar spoke on Monday. Authorities in Norte de Santander will meet Petro.",
        ("authorities", "COOPERATES_WITH", "william villamizar"),
    ),
    # a camp "of" a person is no body he leads
    (
        "camp-of-is-not-led",
        "Supporters and opponents of President Pierre Nkurunziza clashed in Bujumbura.",
        ("pierre nkurunziza", "LEADS", "opponents of president pierre nkurunziza"),
    ),
    # a state's possessive keeps the head the state's ("Uganda's army chief")
    (
        "institution-head-of-a-possessive-state",
        "Uganda's army chief Muhoozi Kainerugaba threatened to attack the Congolese town of Bunia.",
        ("muhoozi kainerugaba", "LEADS", "uganda army"),
    ),
    # components/entities.py: a name ending in a site's word is the site's, even after a
    # king's title the NER took for a person's ("King Faisal Highway")
    (
        "site-named-after-a-king",
        "Thousands of protesters blocked King Faisal Highway in Manama, the capital of Bahrain.",
        ("faisal highway", "LEADS", "bahrain"),
    ),
    # a description of a ruler names no institution he heads
    (
        "strongman-heads-no-institution",
        "Former military strongman General Ansumane Mane surrendered on Friday.",
        ("ansumane mane", "LEADS", "military"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
