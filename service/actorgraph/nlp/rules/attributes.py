"""Attributes: nouns that relate whoever they are said of to their owner ("Amal, an ally of
Hezbollah", "Hezbollah and its main ally, the Amal Movement", "Iran's proxy Hezbollah", "A
and B are allies"), and hostile labels said of an actor ("the M23 is a terrorist group").
Read for :mod:`~actorgraph.nlp.rules.roles`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import SYMMETRIC, RelationType
from actorgraph.nlp.docdata import DEMONYM, Candidate
from actorgraph.nlp.lexicon import ATTR_NOUNS, HOSTILE_LABELS, NOUNS, REGION_NOUNS, SUBORDINATE_MODIFIERS
from actorgraph.nlp.lexicon_schema import AttributeRelation, PseudoRelation
from actorgraph.nlp.rules.args import Arg, Args, noun_keys
from actorgraph.nlp.rules.emit import emit, emit_pairs
from actorgraph.nlp.rules.holds import held_places, named_holding
from actorgraph.nlp.rules.memberships import memberships
from actorgraph.nlp.rules.titles import title_word

BASE = 0.9
#: Attribute nouns of a tie between sides, which a modifier or "in" can name the other side of.
KINSHIP = frozenset({RelationType.ALLIED_WITH, RelationType.COOPERATES_WITH, RelationType.SUPPORTS})


def attributes(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """Every attribute reading of the sentence."""
    for tok in tokens:
        if tok.dep_ in ("attr", "appos", "oprd"):
            yield from _attribute(args, tok, sent)
        if tok.dep_ == "appos" and tok.head.lemma_.lower() in ATTR_NOUNS:
            yield from _named_attribute(args, tok, sent)
        if tok.dep_ in ("amod", "compound") and ATTR_NOUNS.get(tok.lemma_.lower()) == RelationType.OPPOSES:
            yield from _modified_attribute(args, tok, sent)
        if tok.lemma_.lower() in ATTR_NOUNS and tok.dep_ == "conj":
            yield from _listed_attribute(args, tok, sent)
        if tok.lemma_.lower() in ATTR_NOUNS and tok.i + 1 < sent.end and not title_word(tok):
            yield from _prefixed_attribute(args, tok, sent)
        if ATTR_NOUNS.get(tok.lemma_.lower()) in KINSHIP:
            yield from _described_attribute(args, tok, sent)
        if ATTR_NOUNS.get(tok.lemma_.lower()) is PseudoRelation.HELD_BY:
            yield from named_holding(args, tok, sent, BASE * 0.9)
    yield from memberships(args, sent, tokens)


def _listed_attribute(args: Args, noun: Token, sent: Span) -> Iterator[Candidate]:
    """ "the TNLA and two allies, the Arakan Army and the MNDAA": the names the parser made
    conjuncts of the attribute noun stand in that relation to the actor it is listed with."""
    if any(c.dep_ == "poss" for c in noun.children):
        return  # an owner of its own: read by _named_attribute
    owners = args.actors(noun.head)
    named = [a for c in noun.children if c.dep_ == "conj"
             for a in args.all_actors(c) if a.actor.type != "PLACE"]  # fmt: skip
    if owners and named:
        yield from _emit_attribute(ATTR_NOUNS[noun.lemma_.lower()], named, owners, noun, sent)


def _attribute(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "A and B are close allies", "A is a key backer of B", "X, a faction of Y"."""
    rel = ATTR_NOUNS.get(tok.lemma_.lower())
    if rel is None:
        if tok.dep_ == "attr":
            yield from _labelled(args, tok, sent)
        return
    subjects, targets = _attribute_parties(args, tok)
    subjects = [s for s in subjects if s.actor.type != "PLACE"]
    if rel is PseudoRelation.HELD_BY:
        subjects = held_places(args, tok)  # "Kidal, a stronghold of the rebels": the place
    targets += _attribute_objects(args, tok, subjects)
    if rel == RelationType.LEADS:
        subjects = [s for s in subjects if s.actor.type == "PERSON"]
        if any(c.dep_ in ("amod", "compound") and c.lower_ in SUBORDINATE_MODIFIERS for c in tok.children):
            rel = RelationType.MEMBER_OF  # "X, South Sudan's former vice president": a member
    if rel == RelationType.MEMBER_OF and any(t.actor.type == "STATE" for t in targets):
        subjects = [s for s in subjects if not _territory(args, s)]
    yield from _emit_attribute(rel, subjects, targets, tok, sent)


def _territory(args: Args, arg: Arg) -> bool:
    """ "the regions remain parts of Georgia", "South Ossetia is part of Georgia": a
    region named or described as such is a state's territory, not a member of it."""
    if noun_keys(args.doc[arg.token]) & REGION_NOUNS:
        return True
    entry = args.gazetteer.get(arg.actor.id) if arg.actor.known else None
    return entry is not None and bool(set(entry.descriptors) & REGION_NOUNS)


def _named_attribute(args: Args, name: Token, sent: Span) -> Iterator[Candidate]:
    """ "with the help of his allies Russia and Iran", "its backer, Iran": the names in
    apposition to an owned attribute noun stand in that relation to its owner."""
    noun = name.head
    owners = [a for c in noun.children if c.dep_ == "poss"
              for a in args.actors(c)]  # fmt: skip
    if not owners and noun.dep_ == "conj":
        owners = args.actors(noun.head)  # "the TNLA and two allies, the AA and the MNDAA"
    named = [a for a in args.all_actors(name) if a.actor.type != "PLACE"]
    if owners and named:
        yield from _emit_attribute(ATTR_NOUNS[noun.lemma_.lower()], named, owners, noun, sent)


def _modified_attribute(args: Args, word: Token, sent: Span) -> Iterator[Candidate]:
    """ "the president, Mwai Kibaki, and his rival opposition leader, Raila Odinga": a hostile
    attribute word ("rival", "enemy") modifying an owned noun relates the name in apposition
    to the noun to the noun's owner, as the attribute noun itself would."""
    noun = word.head
    owners = [a for c in noun.children if c.dep_ == "poss" for a in _owner(args, c)]
    named = [a for c in noun.children if c.dep_ == "appos"
             for a in args.all_actors(c) if a.actor.type != "PLACE"]  # fmt: skip
    named = [a for a in named if all(a.actor.id != o.actor.id for o in owners)]
    if owners and named:
        yield from _emit_attribute(RelationType.OPPOSES, named, owners, noun, sent)


def _prefixed_attribute(args: Args, noun: Token, sent: Span) -> Iterator[Candidate]:
    """ "its Palestinian ally Hamas", "Iran's proxy Hezbollah": an owned attribute noun
    right before a name, however the parser attached the two."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in args.actors(c)]
    if not owners:
        return
    name = sent.doc[noun.i + 1]
    named = [a for a in args.at(name) if a.actor.type != "PLACE"]
    named = [a for a in named if all(a.actor.id != o.actor.id for o in owners)]
    if named:
        yield from _emit_attribute(ATTR_NOUNS[noun.lemma_.lower()], named, owners, noun, sent)


def _described_attribute(args: Args, noun: Token, sent: Span) -> Iterator[Candidate]:
    """ "the government and its Janjaweed allies", "his allies in the Maute group": an owned
    attribute noun whose modifier, or whose "in", names who stands in that relation to the
    owner (a demonym names no one: "its Western allies", "its Yemeni allies")."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in _owner(args, c)]
    if not owners:
        return
    named = [a for c in noun.children if c.dep_ in ("compound", "amod") and c.ent_type_ != DEMONYM
             for a in args.at(c)]  # fmt: skip
    # "allies in the Maute group" (but "allies in the axis of resistance" are its members)
    named += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in args.pobjs(c) if NOUNS.get(p.lemma_.lower()) != RelationType.ALLIED_WITH
              for a in args.all_actors(p)]  # fmt: skip
    # "its Western allies" is a mention of the allies themselves, not of whom they are allied with
    itself = {a.actor.id for a in args.at(noun)} | {o.actor.id for o in owners}
    named = [a for a in named if a.actor.type != "PLACE" and a.actor.id not in itself]
    if named:
        yield from _emit_attribute(ATTR_NOUNS[noun.lemma_.lower()], named, owners, noun, sent)


def _owner(args: Args, poss: Token) -> list[Arg]:
    """The owner a possessive names: a name, or the person "his"/"her" stands for."""
    found = args.actors(poss)
    if not found and poss.lower_ in ("his", "her"):
        found = args.person_before(poss)
    return found


def _attribute_parties(args: Args, tok: Token) -> tuple[list[Arg], list[Arg]]:
    """Who the attribute is said of, and the targets a verb names beside it: "Iran has
    called Hezbollah and Hamas its allies"; "Sinwar was named Hamas's leader"."""
    if tok.dep_ != "oprd":
        return (args.agents(tok.head) if tok.dep_ == "attr" else args.actors(tok.head)), []
    verb = tok.head
    if args.is_passive(verb):
        return args.patients_of_passive(verb), []
    subjects = args.agents(verb)
    return subjects, [a for obj in verb.children if obj.dep_ == "dobj" for a in args.all_actors(obj)]


def _attribute_objects(args: Args, tok: Token, subjects: list[Arg]) -> list[Arg]:
    """What the attribute noun is of: "a key backer of B", "Hamas's leader", "their sponsor"."""
    targets: list[Arg] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "with", "for"):
            for pobj in args.pobjs(child):
                targets += args.all_actors(pobj)
                for inc in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "including"):
                    # "an umbrella of groups including Kataib Hezbollah"
                    targets += [a for p in args.pobjs(inc) for a in args.all_actors(p)]
        elif child.dep_ in ("poss", "compound", "amod"):
            targets += args.at(child) or (args.state(child) if child.ent_type_ == DEMONYM else [])
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                targets += args.other_than(child, subjects)  # "and Iran is their sponsor"
    return targets


def _emit_attribute(
    rel: AttributeRelation, subjects: list[Arg], targets: list[Arg], tok: Token, sent: Span
) -> Iterator[Candidate]:
    """A proxy is supported by its targets; an umbrella has them as members; other
    attributes relate the subjects to the targets, or the subjects to each other."""
    if rel is PseudoRelation.PROXY_OF:
        yield from emit(targets, RelationType.SUPPORTS, subjects, tok, sent, BASE * 0.9, "attr")
    elif rel is PseudoRelation.HELD_BY:  # "Idlib is a stronghold of HTS": HTS holds Idlib
        yield from emit(targets, RelationType.CONTROLS, subjects, tok, sent, BASE * 0.9, "attr")
    elif rel is PseudoRelation.HAS_MEMBER:  # "the SNA is an umbrella of Turkish-backed factions"
        yield from emit(targets, RelationType.MEMBER_OF, subjects, tok, sent, BASE * 0.9, "attr")
    elif targets:
        pattern = "appos-attr" if tok.dep_ == "appos" else "attr"
        yield from emit(subjects, rel, targets, tok, sent, BASE * 0.95, pattern)
    elif rel in SYMMETRIC and len(subjects) > 1:  # "A and B are allies"; "rivals" is directed
        yield from emit_pairs(subjects, rel, tok, sent, BASE * 0.95, "attr-pair")


def _labelled(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "The M23 is a terrorist group," Tshisekedi said: the speaker opposes the M23."""
    words = {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.children if c.dep_ == "amod")}
    if not words & HOSTILE_LABELS:
        return
    labelled = [s for s in args.agents(tok.head) if s.actor.type != "PLACE"]
    speakers = args.speaker_of(tok)
    yield from emit(speakers, RelationType.OPPOSES, labelled, tok, sent, BASE * 0.85, "label")
