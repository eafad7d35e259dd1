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
    # rules/holds.py: a place called someone's stronghold, bastion or fiefdom is theirs
    (
        "stronghold-of",
        "The province of Kunduz and a city in it by the same name are reportedly the last remaining "
        "strongholds of the Taliban in the north.",
        ("taliban", "CONTROLS", "kunduz"),
    ),
    (
        "stronghold-apposed",
        "Government troops advanced on Kidal, a stronghold of the Azawad Liberation Front.",
        ("azawad liberation front", "CONTROLS", "kidal"),
    ),
    # rules/hung_targets.py: "against" hung above the act noun
    (
        "against-on-a-time-phrase",
        "Jaish al-Adl has carried out dozens of large and small operations over the years against "
        "Iranian military forces, particularly the IRGC.",
        ("jaish al-adl", "ATTACKS", "islamic revolutionary guard corps"),
    ),
    (
        "against-on-a-time-phrase-kenya",
        "Al-Shabaab has carried out hundreds of attacks since 2010 against Kenyan troops.",
        ("al-shabaab", "ATTACKS", "kenya"),
    ),
    # ... and on the noun the act is "of"; "their joint" operations are their owners'
    (
        "against-on-the-governing-noun",
        "The FARDC and the UPDF released the first assessment of their joint military operations "
        "against rebels of the Allied Democratic Forces (ADF).",
        ("uganda", "ATTACKS", "allied democratic forces"),
    ),
    (
        "against-on-the-governing-noun-armies",
        "The Ugandan and Congolese armies released an assessment of their joint operations against the ADF.",
        ("democratic republic of the congo", "ATTACKS", "allied democratic forces"),
    ),
    # rules/captives.py: capturing a side's people attacks the side
    (
        "captured-people",
        "The Wagner group is said to have lost 50 to 80 men, while the CSP claims to have captured a "
        "number of Wagner officers.",
        ("permanent strategic framework for the defence of the people of azawad", "ATTACKS", "wagner group"),
    ),
    (
        "captured-people-omdurman",
        "The army captured three RSF commanders in Omdurman.",
        ("sudanese armed forces", "ATTACKS", "rapid support forces"),
    ),
    # rules/label_nouns.py: labelling told as a noun, with a hostile label
    (
        "label-noun",
        "Trump's classification of Tren de Aragua as a narco-terrorist organization is central to his "
        "strategy.",
        ("donald trump", "OPPOSES", "tren de aragua"),
    ),
    (
        "label-noun-houthis",
        "The US designation of the Houthis as a terrorist organisation took effect on Monday.",
        ("united states", "OPPOSES", "houthis"),
    ),
    # rules/shared_agents.py: a passive's agent hung on the passive coordinated after it
    (
        "agent-of-the-next-passive",
        "Nine Senegalese soldiers were captured, and two killed, on the southern border of The Gambia, "
        "by the Casamance rebels of the MFDC.",
        ("casamance", "ATTACKS", "senegal"),
    ),
    (
        "agent-of-the-next-passive-niger",
        "Three Nigerien soldiers were seized, and two wounded, near Tillaberi by Islamic State fighters.",
        ("islamic state", "ATTACKS", "niger"),
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
    # a former stronghold, or one in the past, is held no more
    (
        "former-stronghold",
        "Rebels captured Kidal, the former stronghold of the army.",
        ("army", "CONTROLS", "kidal"),
    ),
    (
        "stronghold-in-the-past",
        "Kidal was a stronghold of the Azawad Liberation Front until 2023.",
        ("azawad liberation front", "CONTROLS", "kidal"),
    ),
    # "against" on another clause's noun is not the act's enemy
    (
        "against-of-another-noun",
        "Protests against Israel followed dozens of attacks by Hamas.",
        ("hamas", "ATTACKS", "israel"),
    ),
    # things of a side's people are no captives
    (
        "captured-things",
        "Hamas captured the weapons of Israeli soldiers.",
        ("hamas", "ATTACKS", "israel"),
    ),
    # a label that is no hostility
    (
        "label-noun-not-hostile",
        "The UN's designation of Hamas as a party to the talks was welcomed.",
        ("united nations", "OPPOSES", "hamas"),
    ),
    # a stronghold just taken is held by its taker, not by whose stronghold it was
    (
        "stronghold-taken",
        "Mozambican and Rwandan security forces have recaptured the port town of Mocimboa da Praia, an "
        "insurgents' stronghold, the two countries said on Sunday.",
        ("insurgents", "CONTROLS", "mocimboa da praia"),
    ),
    # rules/verbal.py: seizing a side's people holds no place of the side
    (
        "seized-people-hold-nothing",
        "Al-Shabaab fighters seized five Kenyan soldiers near the border.",
        ("al-shabaab", "CONTROLS", "kenya"),
    ),
    # a passive coordinated with another clause's passive keeps its own (missing) agent
    (
        "agent-not-across-clauses",
        "Two Nigerien soldiers were seized on Monday, and the base was shelled by Islamic State fighters.",
        ("islamic state", "ATTACKS", "niger"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
