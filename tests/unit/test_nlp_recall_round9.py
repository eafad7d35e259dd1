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
    # rules/object_readings.py: telling a leader to resign or step down opposes him
    (
        "forced-to-step-down",
        "ECOWAS had been threatening to invade Gambia to force outgoing president Yahya Jammeh to step down.",
        ("ecowas", "OPPOSES", "yahya jammeh"),
    ),
    (
        "called-for-to-resign",
        "The MDC called for Mugabe to resign after the army took over the state broadcaster.",
        ("mdc", "OPPOSES", "robert mugabe"),
    ),
    (
        "demanded-that-step-down",
        "The European Union demanded that Mugabe step down immediately.",
        ("european union", "OPPOSES", "robert mugabe"),
    ),
    (
        "urged-to-step-aside",
        "The United States urged Maduro to step aside and allow free elections.",
        ("united states", "OPPOSES", "nicolás maduro"),
    ),
    # rules/noun_relations.py, rules/hung_targets.py: contacts are ties; ties cut, told as a noun
    (
        "broke-off-contacts",
        "New Zealand has broken off sporting contacts with Fiji after the military takeover.",
        ("new zealand", "OPPOSES", "fiji"),
    ),
    (
        "severance-of-relations",
        "Algerian Foreign Minister Ramtane Lamamra announced the severance of diplomatic relations with "
        "neighboring Morocco.",
        ("ramtane lamamra", "OPPOSES", "morocco"),
    ),
    (
        "suspension-of-ties",
        "Bolivia announced the suspension of diplomatic ties with Israel on Tuesday.",
        ("bolivia", "OPPOSES", "israel"),
    ),
    (
        "suspended-membership",
        "Mali suspended its membership in ECOWAS after the sanctions.",
        ("mali", "OPPOSES", "ecowas"),
    ),
    (
        "quoted-frozen-participation",
        "Armenia has \u201cfrozen\u201d its participation in the Collective Security Treaty Organisation, "
        "Prime Minister Nikol Pashinyan said.",
        ("armenia", "OPPOSES", "collective security treaty organisation"),
    ),
    (
        "decided-to-end-ties",
        "Solomon Islands decided to end diplomatic ties with Taiwan in 2019.",
        ("solomon islands", "OPPOSES", "taiwan"),
    ),
    # lexicon noun "expulsion": who expels an envoy or a side opposes it
    (
        "announced-expulsion-of-diplomat",
        "Somalia has announced the expulsion of an Ethiopian diplomat, souring relations further.",
        ("somalia", "OPPOSES", "ethiopia"),
    ),
    (
        "possessive-expulsion",
        "Israel's expulsion of Hamas leaders to Lebanon drew condemnation.",
        ("israel", "OPPOSES", "hamas"),
    ),
    # lexicon "grant", cue supply_nouns (asylum, refuge, sanctuary); a recipient "him" is the person before
    (
        "granted-him-asylum",
        "Former Bolivian President Evo Morales said he is leaving for Mexico, which has granted him asylum.",
        ("mexico", "SUPPORTS", "evo morales"),
    ),
    (
        "gave-refuge",
        "Pakistan gave refuge to Taliban leaders after 2001.",
        ("pakistan", "SUPPORTS", "taliban"),
    ),
    # rules/attributes.py: an owned ally noun whose modifier or "in" names the ally
    (
        "its-named-allies",
        "Iran and its Houthi allies fired missiles and drones at Israel on Saturday.",
        ("houthis", "ALLIED_WITH", "iran"),
    ),
    (
        "allies-in-a-group",
        "Hezbollah and its allies in the Popular Mobilization Forces condemned the strike.",
        ("popular mobilization forces", "ALLIED_WITH", "hezbollah"),
    ),
    # rules/prenominals.py: "anti-X" names a group against X, as "pro-X" one for X
    (
        "anti-named-person",
        "Anti-Maduro protesters clashed with police in Caracas on Saturday.",
        ("anti-maduro protesters", "OPPOSES", "nicolás maduro"),
    ),
    (
        "anti-person-named-elsewhere",
        "Khasbulatov incited armed gangs of anti-Yeltsin protesters to attack the studio, and Yeltsin "
        "declared a state of emergency.",
        ("anti-yeltsin protesters", "OPPOSES", "yeltsin"),
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
    # a demand for what the subject of "that" should do, other than leave, is no opposition
    (
        "demanded-that-release",
        "The European Union demanded that Mugabe release the detained journalists.",
        ("european union", "OPPOSES", "robert mugabe"),
    ),
    # what is warned will happen is said, not told
    (
        "warned-that-would-withdraw",
        "Washington warned that Moscow would not withdraw its troops from the border.",
        ("united states", "OPPOSES", "russia"),
    ),
    # who denounces the cutting of ties did not cut them
    (
        "denounced-suspension-of-ties",
        "Qatar denounced the suspension of ties with Egypt.",
        ("qatar", "OPPOSES", "egypt"),
    ),
    # what a court grants is no support
    (
        "granted-a-request",
        "The Supreme Court granted the request of Hamas lawyers on Monday.",
        ("supreme court", "SUPPORTS", "hamas"),
    ),
    # a membership approved is no tie cut
    (
        "membership-approved",
        "Sweden's membership in NATO was approved by Turkey's parliament.",
        ("sweden", "OPPOSES", "nato"),
    ),
    # "its Western allies" names the allies, no one they are allied with
    (
        "its-western-allies",
        "The PKK, blacklisted as a terrorist group by Ankara and its Western allies, has waged an "
        "insurgency since 1984.",
        ("western allies", "ALLIED_WITH", "pkk"),
    ),
    # "allies in the axis of resistance" are members of the axis, not allies of it
    (
        "allies-in-an-axis",
        "Iran has called Hezbollah and Hamas its allies in the axis of resistance.",
        ("axis of resistance", "ALLIED_WITH", "iran"),
    ),
    # a common noun after "anti-" names no actor
    (
        "anti-regime",
        "Anti-regime groups seized Momauk town next to Bhamo in August, the regime said.",
        ("anti-regime groups", "OPPOSES", "regime"),
    ),
]

test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes = reading_tests(
    READINGS, WRONG_READINGS
)
