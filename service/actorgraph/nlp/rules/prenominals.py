"""Relations stated by a prenominal participle or "pro-": "the Turkish-backed Syrian
National Army", "HTS-held Idlib", "the al-Qaeda-linked JNIM", "the pro-Turkish
opposition"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import DEMONYM, Candidate
from actorgraph.nlp.lexicon import PRENOMINAL, STANCE_PREFIXES
from actorgraph.nlp.lexicon_schema import PseudoRelation
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.8


def prenominal(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "the Turkish-backed Syrian National Army", "an Iran-backed Iraqi militia",
    "HTS-held Idlib"."""
    rel = PRENOMINAL[tok.lemma_.lower()]
    if rel is PseudoRelation.LEADS_GROUP:
        return
    sources: list[Arg] = []
    for child in tok.lefts:
        if child.text == "-":
            continue
        if child.ent_type_ == DEMONYM and child.ent_kb_id_:
            sources += args.state(child)
        else:
            sources += args.all_actors(child)
    if not sources:
        return
    head = tok.head
    targets = args.place(head) if rel == RelationType.CONTROLS else args.actors(head)
    doc = tok.doc
    cut = next((i for i in range(tok.i + 1, head.i) if doc[i].dep_ == "cc"), None)
    if cut is not None:  # "the Turkish-backed SNA and SDF fighters": the SDF is not backed
        targets = [t for t in targets if t.token < cut]
    if rel == RelationType.MEMBER_OF:  # "the al-Qaeda-linked JNIM": JNIM is the member
        sources, targets = targets, sources
    yield from emit(sources, rel, targets, tok, sent, BASE * 1.05, "prenominal")


def stance_word(tok: Token) -> bool:
    return tok.lower_ in STANCE_PREFIXES


def stance(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "the pro-Turkish opposition" (support), "anti-Yeltsin protesters" (opposition)."""
    yield from (pro if tok.lower_ == "pro" else anti)(args, tok, sent)


def anti(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "anti-Yeltsin protesters", "anti-American militias": the group opposes whom its name
    is against. The name after "anti-" is no mention of its own (the resolver leaves it to
    the group), so it is read as a demonym's state, a name the gazetteer knows, or an actor
    the article names so elsewhere."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return
    named = doc[tok.i + 2]
    if not named.text[:1].isupper() or (named.i + 1 < len(doc) and doc[named.i + 1].text == "-"):
        return  # "anti-regime groups", "anti-Khalifa-regime protesters": no one named in full
    head = tok.head if tok.head.i > tok.i else named.head
    groups = [g for g in args.actors(head) if g.actor.type != "PERSON"]
    yield from emit(groups, RelationType.OPPOSES, _named_by(args, named), tok, sent, BASE * 0.8, "pro")


def _named_by(args: Args, word: Token) -> list[Arg]:
    if word.ent_type_ == DEMONYM:
        return args.state(word)
    entry = args.gazetteer.demonym(word.text) or args.gazetteer.lookup(word.text)
    if entry is not None:
        return [args.known(entry.id, 0.9, word.i)]
    doc = word.doc
    same = [m for m in args.mentions if doc[m.start : m.end].text.split()[-1] == word.text]
    return [Arg(same[0].actor, 0.85, word.i)] if same else []


def pro(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "the pro-Turkish opposition": Turkey supports that group."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return
    named = doc[tok.i + 2]
    if named.ent_type_ == DEMONYM:
        sources = args.state(named)
    else:
        entry = args.gazetteer.demonym(named.text)
        sources = [args.known(entry.id, 0.9, named.i)] if entry is not None else args.at(named)
    head = tok.head if tok.head.i > tok.i else named.head
    targets = args.actors(head)
    # "the republic's pro-Russian leader Ramzan Kadyrov": a person's stance, he backs Russia
    people = [t for t in targets if t.actor.type == "PERSON"]
    groups = [t for t in targets if t.actor.type != "PERSON"]
    yield from emit(sources, RelationType.SUPPORTS, groups, tok, sent, BASE * 0.8, "pro")
    yield from emit(people, RelationType.SUPPORTS, sources, tok, sent, BASE * 0.8, "pro")


def stance_prefixed(tok: Token) -> bool:
    """ "pro-Russian", "anti-Western": the name states a stance, not an origin."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES
