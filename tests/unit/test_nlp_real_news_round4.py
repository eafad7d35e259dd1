"""Fourth round of real-news mechanisms: what each reads, and the wrong readings each
removes. Sentences are written for these tests (none comes from an eval set)."""

from __future__ import annotations

import pytest
from tests.unit.test_nlp_extractor import extractor
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor

__all__ = ["extractor"]

Triple = tuple[str, str, str]

#: (mechanism, sentence, a reading it must give)
READINGS: list[tuple[str, str, Triple]] = [
    # rules/clauses.py: an object the parser made a second subject after its verb
    (
        "object-read-as-subject",
        "Last week the army recaptured Wad Madani, the capital of Gezira state.",
        ("army", "CONTROLS", "wad madani"),
    ),
    (
        "object-read-as-subject-rebels",
        "On Monday M23 rebels seized Goma, the largest city of the east.",
        ("m23", "CONTROLS", "goma"),
    ),
    # rules/places.py: a name hung on the nouns before a place noun names the place
    (
        "chained-place-name",
        "Militants attacked the Pul-e-Khumri border police station.",
        ("militants", "ATTACKS", "pul-e-khumri border police station"),
    ),
    # titles: "PM" and "dictator" head a state the article is set in
    (
        "dictator-title",
        "Chad has known unrest since the death of dictator Idriss Mahamat in 2021.",
        ("idriss mahamat", "LEADS", "chad"),
    ),
    # rules/roles.py: titles held "as", and the second title of an apposition
    (
        "title-as",
        "Uhuru Kenyatta, who served as president of Kenya, met the envoy.",
        ("uhuru kenyatta", "LEADS", "kenya"),
    ),
    (
        "conjoined-apposed-title",
        "Ahmed Said, special envoy for Lebanon and head of UNIFIL, met the minister.",
        ("ahmed said", "LEADS", "unifil"),
    ),
    # a government named after a person is the one that person leads
    (
        "named-government",
        "The Netanyahu government approved the ceasefire plan.",
        ("benjamin netanyahu", "LEADS", "israel"),
    ),
    (
        "named-government-setting",
        "In Peru, the Boluarte administration declared a state of emergency in Lima, Peru.",
        ("dina boluarte", "LEADS", "peru"),
    ),
    # an owned attribute noun right before a name
    (
        "prefixed-ally",
        "Iran and its ally Hezbollah condemned the strike.",
        ("hezbollah", "ALLIED_WITH", "iran"),
    ),
    ("prefixed-backer", "Russia's backer China abstained in the vote.", ("china", "SUPPORTS", "russia")),
    # rules/args.py: a participle after a list describes the list's later items too
    (
        "listed-participle",
        "The RSF attacked former rebel groups and local fighters allied with the army.",
        ("local fighters", "ALLIED_WITH", "sudanese armed forces"),
    ),
    # rules/verbal.py: partners in an attack attack too, as allies
    (
        "partners-in-arms",
        "Kenyan troops together with Somali forces attacked al-Shabaab in Jubaland.",
        ("somalia", "ATTACKS", "al-shabaab"),
    ),
    (
        "partners-in-arms-allies",
        "Chadian troops, alongside Nigerian soldiers, attacked Boko Haram camps.",
        ("chad", "ALLIED_WITH", "nigeria"),
    ),
    # components/ruler.py: a force's name in either number
    (
        "force-number",
        "The Uganda People's Defence Forces shelled ADF camps near Beni.",
        ("uganda", "ATTACKS", "allied democratic forces"),
    ),
    # components/placelists.py, rules/places.py: every name of a list of places is a place
    (
        "place-list",
        "Militants attacked the villages of Tokombere, Kerawa, Kolofata and Mora, towns along the border.",
        ("militants", "ATTACKS", "kolofata"),
    ),
    # components/collectives.py: fighters named after a people the gazetteer does not know
    (
        "people-named-group",
        "Fulani gunmen attacked the village of Mangu.",
        ("fulani gunmen", "ATTACKS", "mangu"),
    ),
    (
        "people-named-group-ner",
        "Druze fighters clashed with Bedouin tribesmen in Sweida.",
        ("druze fighters", "FIGHTS", "bedouin tribesmen"),
    ),
    (
        "clan-militias",
        "Somali forces, backed by clan militias, attacked al-Shabaab.",
        ("clan militias", "SUPPORTS", "somalia"),
    ),
    # rules/args.py: a participle after a list set off by a comma describes the nearest item
    (
        "comma-participle",
        "Heavy clashes between al-Shabaab militants and Kenyan government forces, "
        "supported by local clan militias, erupted again on Monday.",
        ("local clan militias", "SUPPORTS", "kenya"),
    ),
    # rules/args.py: forces "affiliated with"/"aligned with" X are X's
    (
        "affiliated-forces",
        "Troops aligned with the RSF shelled El Fasher overnight.",
        ("rapid support forces", "ATTACKS", "el fasher"),
    ),
    # rules/pronouns.py: "its" in what a speaker reports is the speaker's
    (
        "speaker-own",
        "Saudi Arabia said its strike on the Houthis killed ten fighters.",
        ("saudi arabia", "ATTACKS", "houthis"),
    ),
    # rules/args.py: a participle with a direct object is a main verb the parser hung on a noun
    (
        "participle-with-object",
        "The Saudi-led coalition bombed Sanaa.",
        ("saudi arabia", "ATTACKS", "houthis"),
    ),
    # a coalition "led by" X is X's
    (
        "led-coalition",
        "A coalition led by Saudi Arabia bombed Sanaa.",
        ("saudi arabia", "ATTACKS", "houthis"),
    ),
    # rules/verb_objects.py: a verb of labelling holds its label of a small clause's subject
    (
        "labelled-small-clause",
        "Turkey considers the YPG a terrorist organisation.",
        ("turkey", "OPPOSES", "ypg"),
    ),
    (
        "labelled-small-clause-be",
        "Egypt deems the Muslim Brotherhood to be a terrorist group.",
        ("egypt", "OPPOSES", "muslim brotherhood"),
    ),
    # rules/nominal.py: a place that comes under fire is attacked
    (
        "place-under-fire",
        "The town of Kupiansk came under air attack from Russian forces.",
        ("russia", "ATTACKS", "kupiansk"),
    ),
    # rules/nominal.py: condemning "the attack" told before opposes its doers
    (
        "condemned-earlier-attack",
        "ADF rebels attacked a village in Beni on Sunday. The United Nations condemned the attack.",
        ("united nations", "OPPOSES", "allied democratic forces"),
    ),
    # rules/nominal.py: a defence pact "with" X is an alliance with X
    (
        "defence-pact-with",
        "Russia signed a defense agreement with North Korea.",
        ("russia", "ALLIED_WITH", "north korea"),
    ),
    # rules/nominal.py: who travels somewhere "for talks with" X holds talks with X
    (
        "talks-trip",
        "Prime Minister Keir Starmer flew to Ankara for talks with President Recep Tayyip Erdogan.",
        ("keir starmer", "COOPERATES_WITH", "recep tayyip erdoğan"),
    ),
    # components/resolver.py: a headline's bare plural is the group the story names
    (
        "headline-plural",
        "19 killed as rebels ambush soldiers in Peru\n\nAt least 19 people were killed when Shining Path "
        "rebels ambushed a military convoy near Ayacucho, officials said.",
        ("shining path", "ATTACKS", "peru"),
    ),
    # rules/verb_objects.py: a state's unnamed soldiers attacked in it are its own
    (
        "soldiers-in-state",
        "Shining Path rebels ambushed soldiers in Peru.",
        ("shining path", "ATTACKS", "peru"),
    ),
    # rules/nominal.py: calling for attacks on X is hostility to X, not an attack
    (
        "called-for-attacks",
        "Al-Shabaab called for attacks on US interests.",
        ("al-shabaab", "OPPOSES", "united states"),
    ),
    # rules/noun_args.py: support for a side's war supports the side
    (
        "support-for-war",
        "Belarus voiced its support for Moscow's war against Ukraine.",
        ("belarus", "SUPPORTS", "russia"),
    ),
    # ... while an incoming or outgoing head still leads what the gazetteer says
    (
        "incoming-title",
        "Taiwan prepared for the inauguration of incoming president Lai Ching-te.",
        ("lai ching-te", "LEADS", "taiwan"),
    ),
    # rules/accusations.py: alleging a hostile act opposes its doer, target named or not
    (
        "alleged-act",
        "The Houthis alleged that American warplanes carried out raids near Saada.",
        ("houthis", "OPPOSES", "united states"),
    ),
    (
        "alleged-act-verb",
        "Hezbollah alleged that Israeli drones struck overnight.",
        ("hezbollah", "OPPOSES", "israel"),
    ),
]

#: (mechanism, sentence, a reading it must not give)
WRONG_READINGS: list[tuple[str, str, Triple]] = [
    (
        "object-read-as-subject",
        "Last week the army recaptured Wad Madani, the capital of Gezira state.",
        ("wad madani", "CONTROLS", "wad madani"),
    ),
    # a name that denotes an actor owns the place rather than naming it
    (
        "chained-place-name",
        "Israel struck a Hamas training camp in Gaza.",
        ("israel", "ATTACKS", "hamas training camp"),
    ),
    # ... and not the clause's subject, nor an earlier item of the list
    (
        "listed-participle",
        "The RSF attacked former rebel groups and local fighters allied with the army.",
        ("rapid support forces", "ALLIED_WITH", "army"),
    ),
    (
        "listed-participle",
        "Fighting broke out between soldiers loyal to President Salva Kiir and troops backing Riek Machar.",
        ("salva kiir", "SUPPORTS", "riek machar"),
    ),
    # a title before a name is the title rule's: "chief" with a department is a member's
    (
        "prefixed-title",
        '"Russian troops are shelling Kharkiv," Ukraine\'s military intelligence chief Kyrylo Budanov said.',
        ("kyrylo budanov", "LEADS", "ukraine"),
    ),
    (
        "comma-participle",
        "Fierce battles between Boko Haram fighters and Nigerian government troops, "
        "supported by local clan militias, broke out on Friday.",
        ("local clan militias", "SUPPORTS", "boko haram"),
    ),
    # ... but not the speaker's when another actor is named first or the report is not its
    (
        "speaker-own",
        "Mali should protect civilians amid its long struggle with armed rebels, Amnesty International said.",
        ("amnesty international", "FIGHTS", "armed rebels"),
    ),
    # a lone word only the NER took for a name is no attacker when the verb names one
    (
        "lone-ner-modifier",
        "\"The Baloch Liberation Army's Fidayee Unit executed a precise Fidayee attack on a convoy of "
        'Pakistani Army buses near Turbat," he said.',
        ("fidayee", "ATTACKS", "pakistan"),
    ),
    # a hyphenated name is no people's name; "Groups ..." opening a sentence names no one
    (
        "hyphenated-name",
        "Taliban forces clashed with IS-KP fighters in Nangarhar.",
        ("taliban", "FIGHTS", "kp fighters"),
    ),
    (
        "sentence-initial-noun",
        "Groups linked to al-Qaida have been carrying out attacks in the Sahel region.",
        ("groups", "ATTACKS", "sahel"),
    ),
    # a label that is not hostile opposes nobody
    ("labelled-small-clause", "Qatar considers Hamas a legitimate movement.", ("qatar", "OPPOSES", "hamas")),
    # ... unless the attack condemned names its own kind of doer
    (
        "condemned-earlier-attack",
        "Iran-backed militias attacked US bases. Washington blamed Tehran for the attacks. "
        "Iraq's prime minister condemned the militia attacks.",
        ("iraq", "OPPOSES", "iran"),
    ),
    # a verb that attacks only "against" someone: its passive subject is no target, and
    # without a target it is no attack a later "the attack" can refer to
    (
        "used-by",
        "Gunmen stormed an airfield near Manda. The base is used by both Kenyan and American troops. "
        "One US soldier was killed in the attack.",
        ("kenya", "ATTACKS", "united states"),
    ),
    # "mutual agreements" are no alliance; a visiting head of government leads no host
    (
        "mutual-agreements",
        "Iraq's prime minister and Turkey's president met to sign mutual agreements in Baghdad.",
        ("iraq", "ALLIED_WITH", "turkey"),
    ),
    (
        "visiting-leader",
        "Prime Minister Ralph Gonsalves has arrived in Venezuela for talks with the government.",
        ("ralph gonsalves", "LEADS", "venezuela"),
    ),
    (
        "called-for-attacks",
        "Al-Shabaab called for attacks on US interests.",
        ("al-shabaab", "ATTACKS", "united states"),
    ),
    # a department's head is not the famous namesake the gazetteer knows
    (
        "department-title",
        "The district police chief, Imran Khan, told reporters that four assailants stormed the post.",
        ("imran khan", "LEADS", "pakistan tehreek-e-insaf"),
    ),
    # a region entered is not held
    (
        "entered-region",
        "France first entered the Sahel region in January 2013.",
        ("france", "CONTROLS", "sahel"),
    ),
    # an allegation of something not hostile opposes nobody
    (
        "alleged-act",
        "Hamas alleged that Egyptian mediators met Israeli officials in Cairo.",
        ("hamas", "OPPOSES", "egypt"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in READINGS])
def test_the_reading_each_mechanism_adds(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in named(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [pytest.param(t, w, id=i) for i, t, w in WRONG_READINGS])
def test_the_wrong_reading_each_mechanism_removes(extractor: Extractor, text: str, wrong: Triple) -> None:
    assert wrong not in named(extractor, text)
