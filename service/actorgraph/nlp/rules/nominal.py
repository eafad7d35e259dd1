"""Relations stated by a noun: "support from A", "Moscow's support for B", "clashes between
A and B", "airstrikes on X", "took control of X", "the EU's sanctions on Russia",
"Türkiye-Russia talks"; and by prenominal participles: "Iran-backed", "pro-Turkish".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.nlp.docdata import DEMONYM, Candidate
from actorgraph.nlp.lexicon import (
    BETWEEN_TYPES,
    NOUN_TARGET_PREPS,
    NOUNS,
    PRENOMINAL,
    RECEIVE_VERBS,
    TIE_NOUNS,
    TIE_VERBS_NEG,
    TIE_VERBS_POS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit, emit_pairs

BASE = 0.8
CONTROL_VERBS = frozenset({"take", "gain", "regain", "seize", "wrest", "assume", "establish", "retain",
                           "maintain", "tighten", "extend", "have", "consolidate", "reassert", "win",
                           "restore", "impose"})
LOSS_WORDS = frozenset({"lose", "loss", "cede", "relinquish", "surrender"})
NOUN_POS = ("NOUN", "PROPN")


def relation_of_noun(tok: Token) -> str | None:
    if tok.pos_ not in NOUN_POS:
        return None
    lemma = tok.lemma_.lower()
    rel = NOUNS.get(lemma) or NOUNS.get(tok.lower_)
    if lemma in TIE_NOUNS or tok.lower_ in ("ties", "relations"):
        verb = _governor(tok)
        words = {verb.lemma_.lower()} if verb is not None else set()
        words |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
        if words & TIE_VERBS_POS:
            return "COOPERATES_WITH"
        if words & TIE_VERBS_NEG:
            return "OPPOSES"
        return None
    if rel == "CONTROLS" and lemma == "control":
        verb = _governor(tok)
        if verb is None or verb.lemma_.lower() not in CONTROL_VERBS:
            return None
    return rel


def _governor(tok: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition."""
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "conj") and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return head.head
    return None


def nominal(args: Args, sent: Span) -> Iterator[Candidate]:
    for tok in sent:
        rel = relation_of_noun(tok)
        if rel is not None:
            yield from _noun(args, tok, rel, sent)
        if tok.dep_ in ("amod", "compound") and tok.lemma_.lower() in PRENOMINAL:
            yield from _prenominal(args, tok, sent)
        if tok.lower_ == "pro" and tok.dep_ in ("amod", "compound", "npadvmod", "nmod"):
            yield from _pro(args, tok, sent)


def _noun(args: Args, tok: Token, rel: str, sent: Span) -> Iterator[Candidate]:
    verb = _governor(tok)
    if verb is not None and verb.lemma_.lower() in LOSS_WORDS:
        return
    places = rel in ("ATTACKS", "CONTROLS")
    sources = args.modifier_actors(tok)
    targets: list[Arg] = []
    between: list[Arg] = []
    received = verb is not None and verb.lemma_.lower() in RECEIVE_VERBS and tok.dep_ == "dobj"
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        word = child.lower_
        objs = args.pobjs(child)
        if word == "by" or (word == "from" and rel == "SUPPORTS"):
            for pobj in objs:
                sources += args.all_actors(pobj)
        elif word == "between":
            for pobj in objs:
                between += args.all_actors(pobj)
        elif word in NOUN_TARGET_PREPS.get(rel, ()):
            for pobj in objs:
                targets += args.all_actors(pobj, places=places, place_first=rel == "CONTROLS")
    if not between and tok.dep_ in ("nsubj", "nsubjpass") and rel in BETWEEN_TYPES | {"ATTACKS"}:
        for child in tok.head.children:  # "Clashes continue ... between A and B"
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in args.pobjs(child):
                    between += args.all_actors(pobj)
    if between:
        pair_rel = "FIGHTS" if rel == "ATTACKS" else rel
        if pair_rel in BETWEEN_TYPES:
            yield from emit_pairs(between, pair_rel, tok, sent, BASE, "between")
        return
    if not sources and not received and verb is not None and tok.dep_ in ("dobj", "attr"):
        sources = args.agents(verb)  # light verb: "carried out airstrikes", "took control"
        if verb.pos_ != "AUX":
            for child in verb.children:  # "provide support to X", "impose sanctions on X"
                if child.dep_ == "prep" and child.lower_ in (*NOUN_TARGET_PREPS.get(rel, ()), "to"):
                    for pobj in args.pobjs(child):
                        targets += args.all_actors(pobj, places=places, place_first=rel == "CONTROLS")
    if rel == "SUPPORTS" and not targets:
        targets = _recipient(args, tok, verb, received)
    if rel in BETWEEN_TYPES and not targets and len(sources) > 1:
        yield from emit_pairs(sources, rel, tok, sent, BASE * 0.9, "noun-compound-pair")
        return
    if rel in ("ATTACKS", "OPPOSES", "CONTROLS", "FIGHTS", "COOPERATES_WITH") and not targets:
        return
    sources = [s for s in sources if s.actor.type != "PLACE"]
    if rel == "CONTROLS":
        targets = [t for t in targets if t.actor.type in ("PLACE", "STATE") or not t.actor.known]
    yield from emit(sources, rel, targets, tok, sent, BASE, "noun")


def _recipient(args: Args, tok: Token, verb: Token | None, received: bool) -> list[Arg]:
    """Who gets the support: "HTS received support from", "HTS is involved, with support
    from", "the regime, with Russian air support, ..."."""
    if received and verb is not None:
        toks, _ = args.subject_tokens(verb)
        out: list[Arg] = []
        for t in toks:
            out += args.all_actors(t)
        return out
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        holder = tok.head.head
        if holder.pos_ in NOUN_POS:
            return args.all_actors(holder)
        toks, _ = args.subject_tokens(holder)
        out = []
        for t in toks:
            out += args.all_actors(t)
        return out
    return []


def _prenominal(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """ "the Turkish-backed Syrian National Army", "an Iran-backed Iraqi militia",
    "HTS-held Idlib"."""
    rel = PRENOMINAL[tok.lemma_.lower()]
    if rel == "LEADS_GROUP":
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
    targets = args.place(head) if rel == "CONTROLS" else args.actors(head)
    yield from emit(sources, rel, targets, tok, sent, BASE * 1.05, "prenominal")


def _pro(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
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
    yield from emit(sources, "SUPPORTS", targets, tok, sent, BASE * 0.8, "pro")
