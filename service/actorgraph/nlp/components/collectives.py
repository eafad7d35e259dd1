"""Unnamed but specific collectives: "government forces", "the rebels", "the army",
"security forces", "junta troops", "gunmen".

Real news names the sides of a fight by what they are more often than by name: "rebels and
government soldiers clashed", "militants attacked an army base". When the article's other
mechanisms (names, organ phrases, anaphora through the gazetteer) have not resolved such a
phrase, it becomes a GROUP actor named by the phrase itself, so that the statement is kept
and an analyst sees exactly what the text said. Its id is qualified by the state the article
mentions most, so "rebels" in a South Sudan story and in a Colombia story stay apart.

Individuals are not collectives: person nouns count only in the plural ("a soldier was
killed" names no side), institutions also in the singular with a definite article
("the army", "the junta").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import ActorRef, Mention, dominant_state, nominal_tokens
from actorgraph.nlp.lexicon import (
    COLLECTIVE_BODY_HEADS,
    COLLECTIVE_MEMBER_HEADS,
    COLLECTIVE_MODIFIERS,
    COLLECTIVE_RANK_HEADS,
    PRENOMINAL,
)
from actorgraph.nlp.rules.words import noun_keys
from actorgraph.resolve.names import actor_id, clean_surface

# Nouns for members of a side ("rebels") are collectives in the plural only; rank nouns
# ("troops", "soldiers") only with a generic modifier ("government troops"): bare, they could
# be anyone's; institutions ("the army", "the junta") also in the singular after "the".
#: Heads that name the same kind of collective ("government troops" = "government soldiers").
HEAD_CLASS = {"troop": "force", "soldier": "force", "force": "force", "gunmen": "gunman"}
DEFINITE = frozenset({"the"})
KIND = "collective"


def _people_name(child: Token) -> bool:
    """A modifier that names a people, community or region the gazetteer does not know as an
    actor: "Fulani gunmen", "Druze fighters", "Kuki militants", "Darfur rebels" (the NER's
    NORP, GPE or LOC, or a bare name)."""
    hyphenated = child.i > 0 and child.doc[child.i - 1].text == "-"  # "IS-KP fighters": part of a name
    # a place the rebels are from names them too: "Darfur rebels", "W. Sahara rebels"
    named = child.ent_type_ in ("NORP", "GPE", "LOC") or (
        child.pos_ == "PROPN" and child.ent_type_ in ("", "PERSON")
    )
    return child.dep_ in ("amod", "compound", "nmod") and named and not hyphenated


def _modifiers(token: Token) -> list[Token] | None:
    """The generic modifiers before the head, or None when another word qualifies it
    (an owner, a known name, a number: "Hamas fighters", "six soldiers", "its forces")."""
    mods: list[Token] = []
    for child in token.lefts:
        if child.dep_ in ("det",) and child.lower_ in ("the", "a", "an"):
            continue
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in COLLECTIVE_MODIFIERS:
            mods.append(child)
            continue
        if _people_name(child):
            mods.append(child)
            continue
        if child.dep_ in ("punct", "case") or (child.dep_ == "advmod" and child.pos_ == "ADV"):
            continue
        return None
    return mods


def _qualified_elsewhere(token: Token) -> bool:
    """ "forces of X", "troops loyal to X", "fighters from X": an owner reads these."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("of", "from", "under"))
        or (c.dep_ in ("amod", "acl") and c.lower_ in ("loyal", "allied", "linked", "affiliated", "aligned"))
        for c in token.rights
    )


#: Every head noun of a collective (a constant: not built on each call).
COLLECTIVE_HEADS = COLLECTIVE_MEMBER_HEADS | COLLECTIVE_BODY_HEADS | COLLECTIVE_RANK_HEADS


def _is_collective(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" and not (token.tag_ == "NNPS" and not token.ent_type_):
        return False  # "Rebels" opening a sentence is tagged a proper noun
    if token.tag_ in ("NNS", "NNPS"):
        return bool(({lemma, token.lower_} | noun_keys(token)) & COLLECTIVE_HEADS)
    if _prefixes_participle(token):
        return (
            lemma in COLLECTIVE_BODY_HEADS
        )  # "the government-held town" (a "rebel-held" town names no side)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
    return definite and lemma in COLLECTIVE_BODY_HEADS and lemma not in ("authority", "gang")


def _prefixes_participle(token: Token) -> bool:
    """ "government-held", "rebel-controlled": the noun is the doer of a holding or
    backing participle hyphenated after it."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 2].lemma_.lower() in PRENOMINAL


def collectives(doc: Doc, covered: set[int], mentions: list[Mention]) -> list[Mention]:
    """Mentions of the unnamed collectives of ``doc`` no other mechanism resolved."""
    setting = dominant_state(mentions)
    named = _earlier_groups(doc, mentions)
    # a name only the NER read before a collective ("Kuki militants", "W. Sahara rebels") is
    # the group's
    covered = covered - {
        i for m in mentions if m.kind == "ner" and not m.actor.known for i in range(m.start, m.end)
    }
    ends = {m.end - 1: m for m in mentions if m.kind != "demonym" and m.actor.type not in ("PERSON", "PLACE")}
    out: list[Mention] = []
    for token in nominal_tokens(doc):
        if token.i in covered or not _is_collective(token) or _qualified_elsewhere(token):
            continue
        owner = ends.get(token.i - 1)
        if owner is not None and not token.is_ancestor(doc[token.i - 1]):
            # "IS militants are regrouping" with "IS" parsed as a verb: the name right before
            # the member noun still says whose members they are
            out.append(Mention(token.i, token.i + 1, owner.actor, owner.kind))
            continue
        mods = _modifiers(token)
        if (
            mods is None
            or any(m.i in covered for m in mods)
            or (not mods and _lemma(token) in COLLECTIVE_RANK_HEADS)
        ):
            continue
        start = min((m.left_edge.i for m in mods), default=token.i)
        key = (HEAD_CLASS.get(_lemma(token), _lemma(token)), frozenset(m.lower_ for m in mods))
        earlier = named.get(key) or (named.get((key[0], None)) if not mods else None)
        if earlier is None:
            name = clean_surface(doc[start : token.i + 1].text)
            aliases = (token.text,) if mods else ()
            qualified = actor_id(f"{setting} {name}") if setting else actor_id(name)
            earlier = ActorRef(qualified, name, "GROUP", False, aliases)
            named[key] = earlier
            named.setdefault((key[0], None), earlier)
        out.append(Mention(start, token.i + 1, earlier, KIND))
    return out


def _lemma(token: Token) -> str:
    if token.lower_ == "gunmen":
        return "gunman"
    heads = noun_keys(token) & COLLECTIVE_HEADS
    return min(heads) if heads else token.lemma_.lower()


def _earlier_groups(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, frozenset[str] | None], ActorRef]:
    """Unnamed groups read before ("South Sudanese rebels"), by the class of their head:
    a later bare "the rebels" is the same group."""
    found: dict[tuple[str, frozenset[str] | None], ActorRef] = {}
    for m in mentions:
        if m.kind == "group":
            head = doc[m.end - 1]
            found.setdefault((HEAD_CLASS.get(_lemma(head), _lemma(head)), None), m.actor)
    return found
