"""Eighth round on real news: a pronoun that is itself the speaker ("On Tuesday it said its
forces seized ...") stands for the subject of the sentence before, and so does the
possessive in what it says; a coordinated speech verb has the subject of the verb it is
coordinated with ("Kigali denies X and says it ..."); a lower-case word the tagger took for
a proper noun names no place ("held a congress", "took positions in the bush"); "its men"
are the fighters of whom "its" stands for; an act told with no doer but as done "also" or
"again" is by the last attackers. Each
mechanism has a wording like the development texts', one written for these tests from
another conflict, and a control that must not fire."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    (
        "pronoun-speaker-opening-a-sentence",
        "Russia says it has taken Vuhledar. On Tuesday it said its forces seized the town of Avdiivka.",
        ("russia", "CONTROLS", "avdiivka"),
    ),
    (
        "pronoun-speaker-opening-a-sentence-plural",
        "The Houthis said they had seized a tanker. On Sunday they said their forces captured the "
        "port of Hodeidah.",
        ("houthis", "CONTROLS", "hodeidah"),
    ),
    (
        "speaker-of-a-coordinated-speech-verb",
        "Kigali denies supporting M23 and says it is defending itself against the FDLR, a militia "
        "that it accuses Kinshasa of arming.",
        ("rwanda", "OPPOSES", "democratic republic of the congo"),
    ),
    (
        "speaker-of-a-coordinated-speech-verb-sahel",
        "The junta rejected the report and said its troops had retaken the town of Kidal.",
        ("junta", "CONTROLS", "kidal"),
    ),
    # "its men": fighters by a possessive pronoun are whose it stands for
    (
        "men-of-a-possessive-pronoun",
        "Al-Shabaab said its men had killed dozens of Ethiopian soldiers.",
        ("al-shabaab", "ATTACKS", "ethiopia"),
    ),
    (
        "men-of-a-possessive-pronoun-sudan",
        "The RSF said their men had seized the town of Bara.",
        ("rapid support forces", "CONTROLS", "bara"),
    ),
    # an agentless passive act told as done "also" or "again" is by the last attackers
    (
        "repeated-act-without-a-doer",
        "Macedonian forces pounded the village of Vakcince with artillery. At least two other "
        "villages, Lipkovo and Slupcane, were also bombarded.",
        ("north macedonia", "ATTACKS", "lipkovo"),
    ),
    (
        "repeated-act-without-a-doer-syria",
        "Russian jets struck Idlib on Monday. The town of Ariha was hit again on Tuesday.",
        ("russia", "ATTACKS", "ariha"),
    ),
    # a title of several words before a rank and a name: "chief of staff Gen. X"
    (
        "chief-of-staff-before-a-rank",
        "Armed Forces of the Philippines chief of staff Gen. Eduardo Año said the fighting broke out.",
        ("eduardo año", "LEADS", "philippines"),
    ),
    (
        "chief-of-staff-before-a-rank-uganda",
        "Uganda People's Defence Force chief of staff Gen. Kayanja Muhanga visited the troops.",
        ("kayanja muhanga", "LEADS", "uganda"),
    ),
    # gangs, cartels and outfits are group nouns: "a gang known as X" is X
    (
        "gang-known-as",
        "Jimmy Cherizier leads a gang known as Viv Ansanm.",
        ("jimmy chérizier", "LEADS", "viv ansanm"),
    ),
    (
        "cartel-known-as",
        "El Mencho heads a cartel known as the Jalisco New Generation Cartel.",
        ("nemesio oseguera cervantes", "LEADS", "jalisco new generation cartel"),
    ),
    # names the model missed: one a relative "who" describes, one joined by tight hyphens
    (
        "name-described-by-who",
        "Micheletti, who as leader of Congress is in line to fill any vacancy, was sworn in. "
        "Micheletti belongs to the Liberal Party.",
        ("micheletti", "MEMBER_OF", "liberal party"),
    ),
    (
        "name-described-by-who-another-use",
        "Ouedraogo, who fled to Abidjan last year, denied the charges. Ouedraogo leads the "
        "Patriotic Movement for Safeguarding.",
        ("ouedraogo", "LEADS", "patriotic movement for safeguarding"),
    ),
    (
        "hyphenated-name-after-a-rank",
        "Bangladesh army chief General Waker-Uz-Zaman announced that Hasina had resigned.",
        ("waker-uz-zaman", "LEADS", "bangladesh"),
    ),
    # a proper place still needs no more than its capital, on itself or its compound
    (
        "hyphenated-place-name-with-a-lower-case-head",
        "Al-Shabaab captured the village of Bero-yabal.",
        ("al-shabaab", "CONTROLS", "bero-yabal"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "lower-case-proper-noun-is-no-place",
        "The rebels held a congress near Goma.",
        ("rebels", "CONTROLS", "congress"),
    ),
    (
        "lower-case-proper-noun-is-no-place-bush",
        "The vigilantes took positions in the bush to ambush the assailants.",
        ("vigilantes", "CONTROLS", "bush"),
    ),
    (
        "men-of-a-demonym-are-no-force",
        "Israeli settlers killed two Palestinian men near Hebron.",
        ("israeli settlers", "ATTACKS", "palestine"),
    ),
    (
        "act-without-a-doer-or-repetition",
        "Russian jets struck Idlib on Monday. The town of Ariha was hit on Tuesday.",
        ("russia", "ATTACKS", "ariha"),
    ),
    (
        "an-indefinite-cartel-is-another",
        "The US sanctioned the Sinaloa Cartel on Monday. A rival cartel attacked Culiacan.",
        ("sinaloa cartel", "ATTACKS", "culiacan"),
    ),
    # a pronoun speaker after another subject in its own sentence may stand for that one
    (
        "pronoun-speaker-after-a-subject-of-its-own-sentence",
        "Komala held a congress in Erbil. The armed groups are labeled terrorists by Tehran, while "
        "they claim that their fighters attacked the KDP.",
        ("komala", "ATTACKS", "kurdistan democratic party"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
