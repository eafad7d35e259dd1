"""A head of state's title the gazetteer cannot place: which state it names, from the
sentence ("Yemeni forces of ousted President Hadi") or the article's setting, and which
states around it are not his (rules/roles.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import ActorRef, Candidate, dominant_state
from actorgraph.nlp.lexicon import PLACE_NOUNS, VISITING_VERBS
from actorgraph.nlp.rules.args import Arg, Args, noun_keys
from actorgraph.nlp.rules.emit import emit

BASE = 0.9


def _visits(args: Args, person: Token, state: str) -> bool:
    """ "Prime Minister Gonsalves arrived in Venezuela for talks": a person who travels to
    a state is its visitor, not its leader."""
    verb = person.head if person.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in VISITING_VERBS:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
               for p in args.pobjs(c)]  # fmt: skip
    return any(a.actor.id == state for p in places for a in args.at(p))


def setting_leadership(args: Args, person: Arg, title: Token, sent: Span) -> Iterator[Candidate]:
    """ "President Faustin-Archange Touadéra" in a story set in one state: a head of state
    the gazetteer does not know, and no country named with the title, leads the state named
    last before the title in the sentence ("Yemeni forces of ousted President Hadi"), else
    the state the article is about."""
    states = [
        m for m in args.mentions
        if sent.start <= m.start < title.i and m.actor.type == "STATE" and m.actor.known
    ]  # fmt: skip
    person_token = sent.doc[person.token]
    other = {
        m.actor.id
        for m in states
        if _other_side(sent.doc[m.end - 1], title) or _not_his_office(sent.doc[m.end - 1], person_token)
    }
    before = [m.actor.id for m in states if m.actor.id not in other]
    setting = args.gazetteer.get(before[-1] if before else dominant_state(args.mentions, clear=True))
    if setting is None or setting.id in other or _visits(args, sent.doc[person.token], setting.id):
        return
    target = Arg(ActorRef(setting.id, setting.name, setting.type.value, True), 0.85, title.i)
    yield from emit([person], RelationType.LEADS, [target], title, sent, BASE, "setting-title")


def _not_his_office(state: Token, person: Token) -> bool:
    """ "in the Ivory Coast capital, Abidjan, ... support for President Kabbah": a state
    that says where a place lies is a location; " 'The liberation of Kuwait ...,' President
    Bush declared": a state in what the titled person says is what he speaks of. Neither
    names the state he heads."""
    if state.dep_ in ("compound", "poss", "nmod", "amod") and noun_keys(state.head) & PLACE_NOUNS:
        return True
    verb = person.head if person.dep_ == "nsubj" else None
    said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")] if verb is not None else []
    return any(c.left_edge.i <= state.i <= c.right_edge.i for c in said)


#: How an actor hangs on the phrase or clause it is the doer or owner of.
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "amod", "nmod"})
#: Dependencies that open a clause of its own, with its own doers.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp"})


def _other_side(state: Token, title: Token) -> bool:
    """ "Britain's support for President Kabbah", "Nigerian troops defend President Kabbah":
    a state that is the doer or owner of what is done to or for the titled person is the
    other side of that act, not the state he heads ("forces of President Hadi" are his,
    "Syria's President Assad" is Syria's)."""
    above = {t.i for t in title.ancestors}
    node = state
    while node.i not in above:
        if node.dep_ not in DOER_DEPS or node.head.i == node.i:
            return False
        node = node.head
    path = title
    while path.i != node.i:
        if (path.dep_ == "prep" and path.lower_ == "of") or path.dep_ in CLAUSE_DEPS:
            return False  # "CAR has been mired in violence since rebels deposed President X"
        path = path.head
    return True
