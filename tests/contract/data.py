"""Hand-built articles for the store contract suite, modelled on the seed article (Aleppo,
November 2024). Not NLP output, so every store sees exactly the same claims.

The graph they make (timeless), with the articles behind each edge:

    russia -SUPPORTS-> syrian-government      a1 news.az 0.75, a2 levant 0.8, a3 levant 0.6
    hts -FIGHTS- syrian-government            a1 news.az 0.8, a3 levant 0.9   (symmetric)
    hts -CONTROLS-> kafer-besme               a1
    russia -ATTACKS-> orem-al-sugra           a1
    sna -SUPPORTS-> hts                       a1 0.7, negated by a5 gulf 0.6
    fsa -SUPPORTS-> hts                       a1
    pro-turkish-opposition -SUPPORTS-> hts    a1, hedged only
    erdogan -LEADS-> turkey                   a1
    turkish-opposition -OPPOSES-> erdogan     a1, said by korotchenko
    turkey -SUPPORTS-> sna                    a2 only
    russia -COOPERATES_WITH- turkey           a4
    bashar-al-assad -LEADS-> syrian-government a4
    united-states -SUPPORTS-> hts             a3, negated only: never an edge

Dates: a2 2024-11-14, a1 2024-11-28, a3 2024-12-05, a4 2024-12-10, a5 2024-12-12.
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.model import (
    SYMMETRIC,
    Actor,
    ActorType,
    Article,
    ArticleBundle,
    Claim,
    RelationType,
    claim_id,
)

R = RelationType

ACTORS: dict[str, Actor] = {
    a.id: a
    for a in [
        Actor(id="russia", name="Russia", type=ActorType.STATE, aliases=["Moscow", "Russian Federation"]),
        Actor(
            id="syrian-government",
            name="Syrian government",
            type=ActorType.GOVERNMENT,
            aliases=["Assad regime", "Damascus", "regime forces"],
        ),
        Actor(id="hts", name="Hayat Tahrir al-Sham", type=ActorType.ARMED_GROUP, aliases=["HTS"]),
        Actor(id="sna", name="Syrian National Army", type=ActorType.ARMED_GROUP, aliases=["SNA"]),
        Actor(id="fsa", name="Free Syrian Army", type=ActorType.ARMED_GROUP, aliases=["FSA"]),
        Actor(id="turkey", name="Turkey", type=ActorType.STATE, aliases=["Türkiye", "Ankara"]),
        Actor(id="erdogan", name="Recep Tayyip Erdoğan", type=ActorType.PERSON, aliases=["Erdoğan"]),
        Actor(id="bashar-al-assad", name="Bashar al-Assad", type=ActorType.PERSON, aliases=["Assad"]),
        Actor(id="kafer-besme", name="Kafer Besme", type=ActorType.PLACE),
        Actor(id="orem-al-sugra", name="Orem Al-Sugra", type=ActorType.PLACE),
        Actor(id="pro-turkish-opposition", name="pro-Turkish opposition", type=ActorType.GROUP),
        Actor(id="turkish-opposition", name="Turkish opposition", type=ActorType.GROUP),
        Actor(id="korotchenko", name="Igor Korotchenko", type=ActorType.PERSON, aliases=["Korotchenko"]),
        Actor(id="united-states", name="United States", type=ActorType.STATE, aliases=["U.S.", "Washington"]),
    ]
}


@dataclass(frozen=True)
class Said:
    """One relation a sentence states."""

    source: str
    relation: RelationType
    target: str
    confidence: float
    negated: bool = False
    hedged: bool = False
    speaker: str | None = None


def _bundle(
    article_id: str, source: str, published: str, title: str, sentences: list[tuple[str, list[Said]]]
) -> ArticleBundle:
    """An article whose text is its sentences joined; every claim quotes its sentence with
    offsets into that text (``text[start:end] == sentence``)."""
    text = ""
    claims: list[Claim] = []
    used: dict[str, Actor] = {}
    for sentence, said in sentences:
        if text:
            text += " "
        start = len(text)
        text += sentence
        end = len(text)
        for s in said:
            src, tgt = s.source, s.target
            if s.relation in SYMMETRIC and tgt < src:
                src, tgt = tgt, src  # stored once, smaller id first (DESIGN.md)
            for actor_id in (src, tgt, s.speaker):
                if actor_id:
                    used[actor_id] = ACTORS[actor_id]
            claims.append(
                Claim(
                    id=claim_id(article_id, start, end, src, s.relation.value, tgt),
                    source_id=src,
                    relation=s.relation,
                    target_id=tgt,
                    confidence=s.confidence,
                    negated=s.negated,
                    hedged=s.hedged,
                    speaker_id=s.speaker,
                    article_id=article_id,
                    sentence=sentence,
                    start=start,
                    end=end,
                    published=published,
                )
            )
    article = Article(
        id=article_id,
        text=text,
        title=title,
        source=source,
        published=published,
        url=f"https://example.org/{article_id}",
    )
    return ArticleBundle(article=article, actors=list(used.values()), claims=claims)


A1 = _bundle(
    "a1",
    "news.az",
    "2024-11-28",
    "Clashes continue around Aleppo",
    [
        (
            "Clashes continue in Syria between the Bashar al-Assad regime and Hayat Tahrir al-Sham (HTS).",
            [Said("syrian-government", R.FIGHTS, "hts", 0.8)],
        ),
        (
            "The clashes have resulted in HTS taking control of the village of Kafer Besme.",
            [Said("hts", R.CONTROLS, "kafer-besme", 0.85)],
        ),
        (
            "HTS is actively involved, with support from the Free Syrian Army and the Syrian National Army.",
            [Said("fsa", R.SUPPORTS, "hts", 0.65), Said("sna", R.SUPPORTS, "hts", 0.7)],
        ),
        (
            "Meanwhile, Russian jets bombed the village of Orem Al-Sugra.",
            [Said("russia", R.ATTACKS, "orem-al-sugra", 0.8)],
        ),
        (
            "Reports suggest that the Islamists have received support from the pro-Turkish opposition.",
            [Said("pro-turkish-opposition", R.SUPPORTS, "hts", 0.7, hedged=True)],
        ),
        (
            "Turkish President Recep Tayyip Erdoğan expressed his desire to establish ties with Damascus.",
            [Said("erdogan", R.LEADS, "turkey", 0.9)],
        ),
        (
            "The Turkish opposition aims to counter President Erdoğan's efforts, Korotchenko explained.",
            [Said("turkish-opposition", R.OPPOSES, "erdogan", 0.6, speaker="korotchenko")],
        ),
        (
            "This matters considering Moscow's support for the Assad regime.",
            [Said("russia", R.SUPPORTS, "syrian-government", 0.75)],
        ),
    ],
)

A2 = _bundle(
    "a2",
    "Levant Wire",
    "2024-11-14",
    "Moscow reaffirms backing for Damascus",
    [
        (
            "Russia backs the Assad government with air power.",
            [Said("russia", R.SUPPORTS, "syrian-government", 0.8)],
        ),
        ("Ankara arms the Syrian National Army in the north.", [Said("turkey", R.SUPPORTS, "sna", 0.8)]),
    ],
)

A3 = _bundle(
    "a3",
    "Levant Wire",
    "2024-12-05",
    "Fighting spreads towards Hama",
    [
        (
            "Regime forces and HTS exchanged fire north of Hama.",
            [Said("hts", R.FIGHTS, "syrian-government", 0.9)],
        ),
        (
            "Russian aircraft continued to support regime forces.",
            [Said("russia", R.SUPPORTS, "syrian-government", 0.6)],
        ),
        (
            "Washington denied backing HTS.",
            [Said("united-states", R.SUPPORTS, "hts", 0.7, negated=True)],
        ),
    ],
)

A4 = _bundle(
    "a4",
    "Gulf Monitor",
    "2024-12-10",
    "Ankara and Moscow talk",
    [
        (
            "Turkey and Russia held talks on a ceasefire in Idlib.",
            [Said("russia", R.COOPERATES_WITH, "turkey", 0.7)],
        ),
        (
            "Syrian President Bashar al-Assad met his commanders.",
            [Said("bashar-al-assad", R.LEADS, "syrian-government", 0.9)],
        ),
    ],
)

A5 = _bundle(
    "a5",
    "Gulf Monitor",
    "2024-12-12",
    "SNA distances itself from HTS",
    [
        (
            "The Syrian National Army denied supporting HTS.",
            [Said("sna", R.SUPPORTS, "hts", 0.6, negated=True)],
        )
    ],
)

BUNDLES: list[ArticleBundle] = [A1, A2, A3, A4, A5]


def bundles() -> list[ArticleBundle]:
    """Fresh copies, so a test that changes one cannot leak into another."""
    return [b.model_copy(deep=True) for b in BUNDLES]
