"""What an entity the statistical NER found names: whether it is a name at all, and of
what type of actor (a title or a role in apposition makes a person's; a name's head word an
armed group's or a council's). The resolver (:mod:`.resolver`) asks these questions."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.nlp.lexicon import (
    ANAPHOR_NOUNS,
    BLOC_ADJECTIVES,
    BLOC_NOUNS,
    ETHNIC_NOUNS,
    GROUP_HEADS,
    HONORIFICS,
    LEADER_TITLES,
    MEDIA_PLATFORMS,
    MEMBER_TITLES,
    NAME_HEAD_TYPES,
    ORGAN_NOUNS,
    PLACE_NOUNS,
    PORTFOLIO_TITLES,
    RANKS,
    SUBORDINATE_MODIFIERS,
    TIME_ZONES,
    TITLE_PHRASE_WORDS,
    UNPERSONAL_SITE_HEADS,
)

TITLE_WORDS = LEADER_TITLES | MEMBER_TITLES | SUBORDINATE_MODIFIERS | TITLE_PHRASE_WORDS

#: Heads of names of sites ("6th Infantry Base", "Al-Shifa Hospital"); "state" and "capital"
#: head bodies' names too ("Islamic State").
SITE_NAME_HEADS = PLACE_NOUNS - BLOC_NOUNS

#: Words before a name that make it a person's: titles, ranks and honorifics.
PERSON_PREFIXES = LEADER_TITLES | MEMBER_TITLES | HONORIFICS


#: Nouns that open a sentence without naming anyone (a constant: not built on each call).
ORGAN_OR_ANAPHOR_NOUNS = ORGAN_NOUNS | ANAPHOR_NOUNS


def titled(ent: Span) -> bool:
    """Whether a title or honorific stands right before the entity ("President X", "Mr X")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.lower_.rstrip(".") in PERSON_PREFIXES and ent[0].is_title


def dateline(ent: Span) -> bool:
    """ "KHARTOUM, Sudan — ...": the place line before the story is not an actor."""
    doc = ent.doc
    if ent.start > 4:
        return False
    head = doc[: min(len(doc), 12)]
    return doc[0].is_upper and len(doc[0]) > 2 and any(_dateline_dash(t) for t in head)


def _dateline_dash(tok: Token) -> bool:
    """The dash after a dateline: "KHARTOUM, Sudan —", "HONIARA (REUTERS) - " (a hyphen
    only with spaces around it: "NATO-Russia talks" has none)."""
    if tok.text in ("\u2014", "\u2013", "--"):
        return True
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def not_a_name(ent: Span, name: str) -> bool:
    """Entity text that names no actor: empty, all lower case or overlong; only title
    words; a platform statements are posted on; a lone organ or anaphor noun."""
    if not name or not any(c.isupper() for c in name) or len(name) > 80:
        return True
    if all(t.lower_ in TITLE_WORDS or t.is_punct for t in ent):
        return True  # "Supreme Leader", "Defence", "State" (of "Secretary of State")
    if ethnic(ent) or _describing_adjective(ent) or _fragment(ent) or _post(ent) or _bloc_description(ent):
        return True
    if _describes_the_name_after(ent):
        return True
    if name.lower() in MEDIA_PLATFORMS:
        return True  # "fired back on Telegram": where it was said, not whom it was aimed at
    if name.lower() in TIME_ZONES and name.isupper():
        return True  # "at 8 a.m. (0600 GMT)": when, not who
    # "Army chief ...", "Groups linked to ..." at the start of a sentence are no names
    return len(ent) == 1 and bool({ent[0].lower_, ent[0].lemma_.lower()} & ORGAN_OR_ANAPHOR_NOUNS)


def _fragment(ent: Span) -> bool:
    """ "the United Liberation Front of Asom-Independent": a span that starts with the
    hyphen joining it to the word before is the rest of a longer name, not a name."""
    doc = ent.doc
    return ent[0].text == "-" and ent.start > 0 and not doc[ent.start - 1].whitespace_


def _post(ent: Span) -> bool:
    """ "Rawat, the Defence Public Relations Officer": a span the NER took for an
    organisation that ends in a person's title is a post, not an organisation ("Council
    of Ministers", with its "of", stays one)."""
    last = ent[-1].lower_
    titled_post = last in LEADER_TITLES | MEMBER_TITLES
    return ent.label_ == "ORG" and titled_post and not any(t.lower_ == "of" for t in ent)


def _bloc_description(ent: Span) -> bool:
    """ "accusing the rich Gulf State of ...", "the African Nation": a regional adjective and
    a word for a country describe a state named before; they name none."""
    words = [t.lower_ for t in ent if not t.is_punct and t.lower_ != "the"]
    return len(words) == 2 and words[0] in BLOC_ADJECTIVES and words[1] in BLOC_NOUNS


def _describes_the_name_after(ent: Span) -> bool:
    """ "an attack on the Baloch group Jaish al-Adl", "the Sunni militia Asaib Ahl al-Haq": a
    name before a group noun that is followed by the group's own name says what kind of group
    it is; the name after is the actor."""
    doc = ent.doc
    if not names_a_group(ent) or ent.end + 1 >= len(doc):
        return False
    after = doc[ent.end + 1]
    return after.pos_ == "PROPN" and after.ent_iob_ == "B"


def _describing_adjective(ent: Span) -> bool:
    """ "an Eastern administration backed by Haftar": a lone adjective the NER took for a
    name describes the noun it modifies; it names no actor of its own."""
    word = ent[0]
    return len(ent) == 1 and word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ == "NOUN"


def portfolio(ent: Span) -> bool:
    """ "Labor Minister X", "External Affairs Minister X": what the NER took for an
    organisation before a minister's or secretary's title is the portfolio, not an actor
    (whose minister he is comes from a possessive or a demonym: "Hezbollah's Labor
    Minister"). "Secretary-General" heads the organisation named before it."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in PORTFOLIO_TITLES:
        return False
    after = doc[ent.end + 1 : ent.end + 3]
    return not any(t.lower_ == "general" for t in after)


def type_from_name(ent: Span, ner_type: str) -> str:
    """The actor type a multi-word name's head word gives ("... Army", "... Front",
    "Council of ..."), else the NER's; a person's name keeps its type unless its last word
    is a unit's ("Quds Force")."""
    words = [t for t in ent if not t.is_punct]
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    head = words[of - 1] if of else words[-1]
    found = NAME_HEAD_TYPES.get(head.lower_)
    if found is None and ner_type != "PERSON" and head.is_title and head.lower_ in SITE_NAME_HEADS:
        return "PLACE"  # "the military's 6th Infantry Base": a site, no unit of the army
    last = head.i == ent[-1].i and head.is_title
    if ner_type == "PERSON" and last and head.lower_ in UNPERSONAL_SITE_HEADS:
        return "PLACE"  # "King Faisal Highway", "Chin State": a site, whatever the title before it
    if ner_type == "PERSON" and (head.i != ent[-1].i or found != "ARMED_GROUP" or not head.is_title):
        return ner_type
    return found or ner_type


def ethnic(ent: Span) -> bool:
    """An ethnic or religious identity, not a political actor: "the Nuer ethnic group",
    "Kiir's Dinka", "an ethnic Dinka", "the Nuer minority"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.lower_ == "ethnic") or any(
        t.lemma_.lower() in ETHNIC_NOUNS or t.lower_ == "ethnic" for t in after if t.pos_ in ("NOUN", "ADJ")
    )


def in_role(ent: Span) -> bool:
    """Whether the entity is said to hold a person's role: a role in apposition ("Mahamat
    Nouri, Deby's former defence minister", "Ousmane Dicko, the head of JNIM") or as the
    subject of a copula ("Their leader is Mahamat Mahadi Ali"), or the
    agent of leading ("led by Mahamat Nouri"). The NER often types unfamiliar names as
    places or organisations."""
    root = ent.root
    agent = root.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
    if agent is not None and agent.head.lemma_.lower() in ("lead", "head", "command"):
        return True  # "the UFDD, led by Mahamat Nouri"
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        described += [c for c in root.head.children if c.dep_ == "nsubj"]  # "Their leader is X"
    for noun in described:
        roles = [noun, *(c for c in noun.children if c.dep_ == "conj")]
        # a title may be capitalised: "Ghanaian President, Nana Akufo-Addo"
        if any(r.pos_ in ("NOUN", "PROPN") and r.lemma_.lower() in ROLE_NOUNS for r in roles):
            return True
    return False


#: Nouns that name a person's role: "the head of", "a commander", "the defence minister".
ROLE_NOUNS = LEADER_TITLES | MEMBER_TITLES


#: Words the statistical NER sometimes runs into a name's span: "Pokrovsk overnight".
TRAILING_NON_NAME = frozenset({"ADV", "ADP", "DET", "CCONJ", "PART", "AUX"})


def trim_entity(ent: Span) -> Span:
    """The entity without trailing words that cannot end a name (adverbs, particles, ...)
    and without a leading honorific ("Dr Ralph Gonsalves" is Ralph Gonsalves)."""
    start, end = ent.start, ent.end
    opened = [t.i for t in ent if t.text == "(" and t.i > start]
    if opened and not any(t.text == ")" for t in ent.doc[opened[-1] : end]):
        end = opened[-1]  # "Liberians United for Reconciliation and Democracy (Lurd": the name
    while end - 1 > start and ent.doc[end - 1].pos_ in TRAILING_NON_NAME:
        end -= 1
    while end - start > 2 and ent.doc[start].lower_.rstrip(".") in HONORIFICS - {"prime", "supreme", "crown"}:
        start += 1
    if end - start == 2 and ent.doc[start].lower_.rstrip(".") in RANKS:
        start += 1  # "Capt Obali": a rank, where "Sheikh Hasina" keeps a word of the name
    while end - start > 1 and ent.doc[start].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        start += 1  # "Machar's Nuer": the possessive marker is the owner's, not the name's
    return ent if (start, end) == (ent.start, ent.end) else ent.doc[start:end]


def names_a_group(ent: Span) -> bool:
    """Whether the name is a group's because a group noun follows it as its head: "the
    Amal group", "the Viv Ansanm gang" (the NER often reads such a name as a person's)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        after is not None
        and ent.root.dep_ == "compound"
        and ent.root.head.i == after.i
        and after.lemma_.lower() in GROUP_HEADS
    )
