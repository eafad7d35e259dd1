"""Eighth round, recall on real news: readings missed although both actors are named in one
sentence. Each mechanism has a wording from the development texts, one written for these
tests from another conflict, and a wrong reading it must not give."""

from __future__ import annotations

from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, text, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/holds.py: "the A stronghold of P" names the holder before the noun, the place after "of"
    (
        "stronghold-of-place",
        "The Cambodian Government is planning to capture the Khmer Rouge stronghold of Pailin.",
        ("khmer rouge", "CONTROLS", "pailin"),
    ),
    (
        "stronghold-of-place-lebanon",
        "Government troops advanced on the Hezbollah stronghold of Dahiyeh.",
        ("hezbollah", "CONTROLS", "dahiyeh"),
    ),
    (
        "bastion-of-place-possessive",
        "Haftar's bastion of Benghazi was calm on Sunday.",
        ("khalifa haftar", "CONTROLS", "benghazi"),
    ),
    # rules/accusations.py: an allegation whose act is what the accused tried, or did it by
    (
        "allegation-of-an-attempt",
        "Interior Minister Alfredo Perez Rubalcaba charged that ETA was \"undoubtedly trying to kill\" "
        "people with the blast.",
        ("alfredo perez rubalcaba", "OPPOSES", "eta"),
    ),
    (
        "allegation-of-the-means",
        "Last month the U.S. charged that the Soviet Union had violated the agreements by bombing the "
        "Afghan city of Konduz.",
        ("united states", "OPPOSES", "soviet union"),
    ),
    (
        "allegation-of-an-attempt-sahel",
        "Niger alleged that Benin was seeking to attack its border posts.",
        ("niger", "OPPOSES", "benin"),
    ),
    # gazetteer: states of archival news (the Soviet Union, Yugoslavia, ...)
    (
        "historical-state-plural-name",
        "Since the withdrawals began, the Soviets repeatedly have accused Pakistan of continuing to arm "
        "the Mujahedeen.",
        ("soviet union", "OPPOSES", "pakistan"),
    ),
    (
        "historical-state-acronym",
        "The USSR backed the Afghan government throughout the war.",
        ("soviet union", "SUPPORTS", "afghanistan"),
    ),
    (
        "historical-state-demonym",
        "Yugoslav jets bombed Vukovar on Tuesday.",
        ("yugoslavia", "ATTACKS", "vukovar"),
    ),
    # lexicon place_nouns: a military "post" is a site, and the place it is in is attacked
    (
        "post-is-a-site",
        "JNIM fighters raided an army post in Sole and killed soldiers.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "sole"),
    ),
    (
        "post-is-a-site-gaza",
        "Hamas gunmen attacked an army post in Sderot at dawn.",
        ("hamas", "ATTACKS", "sderot"),
    ),
    # rules/nominal.py: the actors a relation noun is "in" are its doers (headlines)
    (
        "in-clashes-with",
        "Mozambique forces in deadly clashes with Renamo: police",
        ("mozambique", "FIGHTS", "renamo"),
    ),
    (
        "in-clashes-with-sudan",
        "Sudanese army in fierce clashes with RSF near Khartoum",
        ("sudanese armed forces", "FIGHTS", "rapid support forces"),
    ),
]

#: (mechanism, text, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # a stronghold once held, or just taken, is nobody's now
    (
        "former-stronghold-of-place",
        "The army shelled the former Taliban stronghold of Kandahar.",
        ("taliban", "CONTROLS", "kandahar"),
    ),
    (
        "taken-stronghold-of-place",
        "Iraqi forces recaptured the Islamic State stronghold of Mosul in 2017.",
        ("islamic state", "CONTROLS", "mosul"),
    ),
    # a stronghold "of" a town names no person who leads the group
    (
        "stronghold-of-place-no-leader",
        "The army shelled the Free Syrian Army stronghold of Baba Amr.",
        ("baba amr", "LEADS", "free syrian army"),
    ),
    # an allegation about a peaceful attempt or means is no hostility
    (
        "allegation-of-a-peaceful-attempt",
        "Israel charged that Hezbollah was trying to rebuild its arsenal.",
        ("israel", "OPPOSES", "hezbollah"),
    ),
    # components/resolver.py: a demonym after "former", "ex-" or "post-" is no organ of the state
    (
        "former-demonym",
        "Several ex-Soviet states joined NATO.",
        ("soviet union", "MEMBER_OF", "nato"),
    ),
    (
        "former-demonym-officials",
        "Former Russian officials met Hamas leaders in Doha.",
        ("russia", "COOPERATES_WITH", "hamas"),
    ),
    # a post on a platform is no site
    (
        "post-on-a-platform",
        "The army said in a post on Facebook that Hamas had attacked Sderot.",
        ("hamas", "ATTACKS", "facebook"),
    ),
    # the source a headline names after a colon is no doer
    (
        "in-clashes-attribution",
        "Mozambique forces in deadly clashes with Renamo: police",
        ("police", "FIGHTS", "renamo"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
