"""Fifth round of real-news mechanisms: what each reads, and the wrong readings each
removes. Sentences are written for these tests (none comes from an eval set)."""

from __future__ import annotations

import pytest
from tests.unit.reading_tables import reading_tests
from tests.unit.test_nlp_extractor import extractor
from tests.unit.test_nlp_real_news_mechanisms import relations

from actorgraph.nlp import Extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, sentence, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/noun_args.py: a participle of perpetration names the doers of the act
    (
        "attack-carried-out-by",
        "Three Mexican soldiers were killed in attacks carried out by the Sinaloa Cartel.",
        ("sinaloa cartel", "ATTACKS", "mexico"),
    ),
    (
        "strikes-conducted-by",
        "The strikes conducted by US aircraft hit Houthi positions near Hodeidah.",
        ("united states", "ATTACKS", "houthis"),
    ),
    # rules/noun_args.struck_by: a passive verb of impact whose agent is the act
    (
        "hit-by-airstrikes",
        "Kafer Besme was hit by Russian airstrikes on Sunday.",
        ("russia", "ATTACKS", "kafer besme"),
    ),
    (
        "targeted-by-strikes-by",
        "Hezbollah positions were targeted by airstrikes by Israel.",
        ("israel", "ATTACKS", "hezbollah"),
    ),
    # collectives: "Maoists" name a side like "rebels" do; an "encounter" with them is a fight
    (
        "maoists-collective",
        "Maoists ambushed a patrol of the District Reserve Guard in Dantewada.",
        ("maoists", "ATTACKS", "district reserve guard"),
    ),
    (
        "encounter-with",
        "Two CRPF jawans were killed during an encounter with Maoists in Sukma district.",
        ("crpf", "FIGHTS", "maoists"),
    ),
    # rules/coordination: a relative clause about an act has the act's doers as subject
    (
        "offensive-that-captured",
        "The Taliban launched an offensive that captured Kunduz in 2015.",
        ("taliban", "CONTROLS", "kunduz"),
    ),
    (
        "offensive-which-seized",
        "The RSF launched an offensive which seized El Geneina in June.",
        ("rapid support forces", "CONTROLS", "el geneina"),
    ),
    # rules/attributes.py: an attribute noun listed with an actor, or owned by a pronoun
    (
        "and-two-allies",
        "The KIA and two allies, the Arakan Army and the TNLA, have fought the junta since March.",
        ("arakan army", "ALLIED_WITH", "kachin independence army"),
    ),
    (
        "and-its-ally",
        "Hamas and its main ally, Palestinian Islamic Jihad, rejected the plan.",
        ("palestinian islamic jihad", "ALLIED_WITH", "hamas"),
    ),
    # rules/noun_args.py: a meeting "with X" framing a clause was held by the clause's subject
    (
        "during-a-meeting-with",
        "During a meeting with Recep Tayyip Erdogan in Ankara, Viktor Orban praised the deal.",
        ("viktor orbán", "COOPERATES_WITH", "recep tayyip erdoğan"),
    ),
    # a capital named beside a place noun is the city, not its state's metonym
    (
        "capital-named-apart",
        "JNIM fighters attacked the Burkina Faso capital Ouagadougou on Friday.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "ouagadougou"),
    ),
    # rules/object_readings.py: calls to end an actor's presence, or to act against an actor
    (
        "end-the-presence-of",
        "The Sadrist movement called on the Iraqi government to end the presence of Turkish forces.",
        ("sadrist movement", "OPPOSES", "turkey"),
    ),
    (
        "urged-to-expel",
        "Hezbollah urged the Lebanese government to expel American diplomats.",
        ("hezbollah", "OPPOSES", "united states"),
    ),
    (
        "called-to-sanction",
        "Zelensky called on the European Union to sanction Iran.",
        ("volodymyr zelensky", "OPPOSES", "iran"),
    ),
    # an actor's advance or presence stands for the actor
    (
        "counter-the-advances-of",
        "Burundian troops were deployed to counter the advances of M23 rebels.",
        ("burundi", "OPPOSES", "m23"),
    ),
    # a counterpart holds a post of the state its demonym names
    (
        "counterpart-title",
        "Lavrov met his Malian counterpart Abdoulaye Diop in Moscow.",
        ("abdoulaye diop", "MEMBER_OF", "mali"),
    ),
    # rules/sites.py: a killing of unnamed victims attacks the place it happened in
    (
        "killed-unnamed-in-place",
        "Boko Haram fighters killed 20 farmers in Zabarmari on Saturday.",
        ("boko haram", "ATTACKS", "zabarmari"),
    ),
    # "lost their lives" is dying: those who lost them suffered the act
    (
        "lost-their-lives",
        "Four Nigerien soldiers lost their lives in an ambush by Boko Haram.",
        ("boko haram", "ATTACKS", "niger"),
    ),
    # the participle hung on the clause after a comma still names the doers
    (
        "perpetrator-after-comma",
        "Two Malian soldiers lost their lives in an ambush on Friday, carried out by JNIM.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "mali"),
    ),
    # titles: "chief" heads with a member's title; the title "of X" before the name
    (
        "chief-constable",
        "The briefing came from PSNI chief constable Sir Hugh Orde.",
        ("hugh orde", "LEADS", "psni"),
    ),
    (
        "title-of-state-before-name",
        "President of Kazakhstan Kassym-Jomart Tokayev appealed to the CSTO for help.",
        ("kassym-jomart tokayev", "LEADS", "kazakhstan"),
    ),
    (
        "title-of-group-before-name",
        "The head of Hezbollah Naim Qassem spoke on Sunday.",
        ("naim qassem", "LEADS", "hezbollah"),
    ),
    # components/resolver.py: "group leader X" and "the group's leader X" name the group told
    # before, also one the gazetteer does not know
    (
        "group-leader-anaphor",
        "The Poso Liberation Front attacked a police post. In 2016 group leader Santoso was killed.",
        ("santoso", "LEADS", "poso liberation front"),
    ),
    (
        "the-groups-leader-anaphor",
        "The Sahel Freedom Front raided a village. The group's leader Amadou Kone was arrested.",
        ("amadou kone", "LEADS", "sahel freedom front"),
    ),
    # a relative clause about "whose" noun states the title of that noun, not of the antecedent
    (
        "whose-brother-title",
        "Bernard Okello, a priest whose brother, Joseph Okello, is a commander of the LRA, spoke.",
        ("joseph okello", "LEADS", "lord's resistance army"),
    ),
    # an honorific whose full stop the tokenizer split off still sits between title and name
    (
        "split-honorific",
        "The war is ending, said Ukrainian Army commander Col. Gen. Oleksandr Syrskyi.",
        ("oleksandr syrskyi", "LEADS", "ukraine"),
    ),
    # components/ruler.py: a group named in the plural, in the singular before a title
    (
        "singular-group-name",
        "Tamil Tiger spokesman Rasiah Ilanthirayan denied the report.",
        ("rasiah ilanthirayan", "MEMBER_OF", "liberation tigers of tamil eelam"),
    ),
    # titles of several words before the name, and "of" phrases through a common noun
    (
        "head-of-state-before-name",
        "The Congolese head of state Félix Tshisekedi spoke in Kinshasa.",
        ("félix tshisekedi", "LEADS", "democratic republic of the congo"),
    ),
    (
        "chief-of-staff-of",
        "Ahmad Vahidi, chief of staff of the Islamic Revolutionary Guard Corps, spoke on Sunday.",
        ("ahmad vahidi", "LEADS", "islamic revolutionary guard corps"),
    ),
    # "pro-" before a person's title: his stance, he backs the named side
    (
        "pro-person-stance",
        "The pro-Russian leader Ramzan Kadyrov sent more troops.",
        ("ramzan kadyrov", "SUPPORTS", "russia"),
    ),
]

#: (mechanism, sentence, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    # a stance is no membership, and a person backs the side, not the other way round
    (
        "pro-is-no-membership",
        "The pro-Russian leader Ramzan Kadyrov sent more troops.",
        ("ramzan kadyrov", "MEMBER_OF", "russia"),
    ),
    (
        "pro-person-not-backed",
        "The pro-Russian leader Ramzan Kadyrov sent more troops.",
        ("russia", "SUPPORTS", "ramzan kadyrov"),
    ),
    (
        "whose-is-not-the-antecedents",
        "Bernard Okello, a priest whose brother, Joseph Okello, is a commander of the LRA, spoke.",
        ("bernard okello", "LEADS", "lord's resistance army"),
    ),
    (
        "whose-son",
        "Ahmed Saleh, whose son is a commander of Hamas, spoke to reporters.",
        ("ahmed saleh", "LEADS", "hamas"),
    ),
    (
        "told-to-end-is-not-opposed",
        "The Sadrist movement called on the Iraqi government to end the presence of Turkish forces.",
        ("sadrist movement", "OPPOSES", "iraq"),
    ),
    # a dateline's place and agencies are no actors of the story
    (
        "dateline-hyphen",
        "HONIARA (REUTERS, AFP) - Australian police took control of the Solomon Islands capital Honiara.",
        ("solomon islands", "CONTROLS", "honiara"),
    ),
    (
        "capital-is-not-the-state",
        "JNIM fighters attacked the Burkina Faso capital Ouagadougou on Friday.",
        ("jama'at nusrat al-islam wal-muslimin", "ATTACKS", "burkina faso"),
    ),
    (
        "named-victim-is-no-site",
        "Israel killed a Hezbollah commander in Beirut.",
        ("israel", "ATTACKS", "beirut"),
    ),
    # losing ground is still no attack by the loser
    (
        "lost-the-town",
        "The army lost the town of Kidal in an attack by the FLA.",
        ("mali", "ATTACKS", "kidal"),
    ),
]

#: still read as before: "pro-" groups are backed by the side they name
KEPT: list[tuple[str, str, Triple]] = [
    (
        "pro-group-backed",
        "Pro-Iranian militias fired rockets at the base.",
        ("iran", "SUPPORTS", "pro-iranian militias"),
    ),
    (
        "prime-minister",
        "Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem.",
        ("benjamin netanyahu", "LEADS", "israel"),
    ),
    (
        "constable-member",
        "The PSNI constable John Smith was injured.",
        ("john smith", "MEMBER_OF", "psni"),
    ),
]


(
    test_the_reading_each_mechanism_adds,
    test_the_wrong_reading_each_mechanism_removes,
) = reading_tests(READINGS + KEPT, WRONG_READINGS)


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Two Malian soldiers lost their lives in an ambush on Friday, allegedly carried out by JNIM.", True),
        ("Two Malian soldiers lost their lives in an ambush on Friday, carried out by JNIM.", False),
        ("The attack, reportedly carried out by Boko Haram, hit an army base in Borno.", True),
    ],
)
def test_a_hedged_perpetrator_hedges_the_attack(extractor: Extractor, text: str, hedged: bool) -> None:
    attacks = [r for r in relations(extractor, text) if r.relation.value == "ATTACKS"]
    assert attacks
    assert all(r.hedged == hedged for r in attacks)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Minsk struggles to contain Wagner mercenaries from attacking Poland.", True),
        ("The UN stopped Israel from attacking Rafah.", True),
        ("Wagner mercenaries kept attacking Poland.", False),
    ],
)
def test_an_act_held_back_from_is_negated(extractor: Extractor, text: str, negated: bool) -> None:
    """ "contain X from attacking Y": the attack is held back, not asserted."""
    attacks = [r for r in relations(extractor, text) if r.relation.value == "ATTACKS"]
    assert attacks
    assert all(r.negated == negated for r in attacks)
