"""A small hand-built world for the API tests: three articles, known claims, known answers.

Built through the real path (``ExtractedRelation`` -> ``bundle_article``) so offsets and
symmetric ordering are those a store really receives.
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.model import (
    Actor,
    ActorType,
    Article,
    ArticleBundle,
    Evidence,
    ExtractedRelation,
    Extraction,
    RelationType,
)
from actorgraph.resolve.claims import bundle_article

T = ActorType
R = RelationType

RUSSIA = Actor(id="russia", name="Russia", type=T.STATE, aliases=["Moscow", "Russian Federation"])
SYRIA = Actor(id="syrian-government", name="Syrian government", type=T.GOVERNMENT, aliases=["Assad regime"])
HTS = Actor(id="hts", name="Hayat Tahrir al-Sham", type=T.ARMED_GROUP, aliases=["HTS"])
SNA = Actor(id="sna", name="Syrian National Army", type=T.ARMED_GROUP, aliases=["SNA"])
PTO = Actor(id="pro-turkish-opposition", name="pro-Turkish opposition", type=T.GROUP)
KAFER = Actor(id="kafer-besme", name="Kafer Besme", type=T.PLACE)
ERDOGAN = Actor(id="erdogan", name="Recep Tayyip Erdoğan", type=T.PERSON, aliases=["Erdoğan", "Erdogan"])
TURKEY = Actor(id="turkey", name="Turkey", type=T.STATE, aliases=["Türkiye", "Ankara"])
TOPP = Actor(id="turkish-opposition", name="Turkish opposition", type=T.GROUP)
KOROTCHENKO = Actor(id="korotchenko", name="Korotchenko", type=T.PERSON)

ALL_ACTORS = [RUSSIA, SYRIA, HTS, SNA, PTO, KAFER, ERDOGAN, TURKEY, TOPP, KOROTCHENKO]


@dataclass(frozen=True)
class Said:
    source: Actor
    relation: RelationType
    target: Actor
    confidence: float = 0.8
    negated: bool = False
    hedged: bool = False
    speaker: Actor | None = None


def article(aid: str, published: str, source: str, sentences: list[tuple[str, list[Said]]]) -> ArticleBundle:
    text = ""
    relations: list[ExtractedRelation] = []
    for sentence, said in sentences:
        start = len(text)
        text += sentence
        end = len(text)
        text += " "
        for s in said:
            relations.append(
                ExtractedRelation(
                    source=s.source, relation=s.relation, target=s.target, confidence=s.confidence,
                    negated=s.negated, hedged=s.hedged, speaker=s.speaker,
                    evidence=Evidence(text=sentence, start=start, end=end),
                )
            )
    art = Article(id=aid, text=text.strip(), title=f"Title of {aid}", source=source, published=published)
    return bundle_article(art, Extraction(id=aid, relations=relations))


ALEPPO = article(
    "a1-aleppo", "2024-11-28", "News.az",
    [
        ("Clashes continue between the Assad regime and HTS.", [Said(SYRIA, R.FIGHTS, HTS, 0.9)]),
        ("Moscow's support for the Assad regime is well known.", [Said(RUSSIA, R.SUPPORTS, SYRIA, 0.85)]),
        ("HTS is involved, with support from the Syrian National Army.", [Said(SNA, R.SUPPORTS, HTS, 0.8)]),
        (
            "Reports suggest that the pro-Turkish opposition backs HTS.",
            [Said(PTO, R.SUPPORTS, HTS, 0.7, hedged=True)],
        ),
        ("HTS took control of Kafer Besme.", [Said(HTS, R.CONTROLS, KAFER, 0.9)]),
        ("Turkish President Recep Tayyip Erdoğan spoke.", [Said(ERDOGAN, R.LEADS, TURKEY, 0.95)]),
        (
            "The Turkish opposition aims to counter Erdoğan, Korotchenko explained.",
            [Said(TOPP, R.OPPOSES, ERDOGAN, 0.75, speaker=KOROTCHENKO)],
        ),
    ],
)

DECEMBER = article(
    "a2-december", "2024-12-05", "Reuters",
    [
        ("Russia backs the Assad government with air power.", [Said(RUSSIA, R.SUPPORTS, SYRIA, 0.9)]),
        ("Turkey arms the Syrian National Army.", [Said(TURKEY, R.SUPPORTS, SNA, 0.8)]),
    ],
)

JANUARY = article(
    "a3-january", "2025-01-10", "AP",
    [
        ("Ankara denied backing HTS.", [Said(TURKEY, R.SUPPORTS, HTS, 0.8, negated=True)]),
        ("Turkish drones struck SNA positions.", [Said(TURKEY, R.ATTACKS, SNA, 0.8)]),
    ],
)

BUNDLES = [ALEPPO, DECEMBER, JANUARY]
