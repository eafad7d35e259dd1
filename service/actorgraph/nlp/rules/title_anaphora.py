"""A definite leader's title without a name refers back to a person named before it:
"Bosnian Serb leader Milorad Dodik's push ... after the Republika Srpska president called
on ...", "Muse Bihi Abdi met ... The Somaliland president said": the person leads what
the title names.

The person is the latest one named in this or the sentence before whom the gazetteer does
not know as the leader of another state or government ("Erdoğan met Putin. The Turkish
president said" is not Putin).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate, Mention
from actorgraph.nlp.lexicon import DEFINITE_DETERMINERS, HEAD_OF_STATE_TITLES, LOCATIVE_PREPS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.titles import holders, title_word

BASE = 0.9 * 0.85
#: Actor types a leader's title can name.
LED_TYPES = frozenset({"STATE", "GOVERNMENT", "ARMED_GROUP", "ORGANIZATION"})
GOVERNING_TYPES = frozenset({"STATE", "GOVERNMENT"})
#: Titles that name the one person at the top of what they name.
BARE_TITLES = HEAD_OF_STATE_TITLES | {"leader"}
#: Where such a title stands for its holder: a verb's subject or object, or an owner.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def titled_anaphors(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for tok in tokens:
        if not _bare_title(args, tok):
            continue
        led = [h for h in holders(args, tok, exclude="") if h.actor.type in LED_TYPES]
        if not led:
            continue
        person = _antecedent(args, tok, sent, led[0])
        if person is not None:
            yield from emit([person], RelationType.LEADS, led[:1], tok, sent, BASE, "title-anaphor")


def _bare_title(args: Args, tok: Token) -> bool:
    """ "the Somaliland president": a singular head's title after "the", standing for a
    verb's argument, with no name beside it."""
    if title_word(tok) not in BARE_TITLES or tok.tag_ == "NNS":
        return False
    if tok.dep_ not in ARGUMENT_DEPS or any(a.actor.type != "PERSON" for a in args.at(tok)):
        return False  # "replaced X at the head of the group": a place in a hierarchy
    kids = list(tok.children)
    if any(c.dep_ == "appos" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in kids)


def _antecedent(args: Args, title: Token, sent: Span, led: Arg) -> Arg | None:
    window = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [m for m in args.mentions if window <= m.start < title.i and m.actor.type == "PERSON"]
    for mention in reversed([m for m in people if not _town_read_as_person(args, m)]):
        entry = args.gazetteer.get(mention.actor.id) if mention.actor.known else None
        others = [args.gazetteer.get(i) for i in entry.leads if i != led.actor.id] if entry else []
        if not any(o is not None and o.type.value in GOVERNING_TYPES for o in others):
            return Arg(mention.actor, 0.85, title.i)
    return None


def _town_read_as_person(args: Args, mention: Mention) -> bool:
    """ "an excursion to Warsaw, to Rzeszow": a lone word only the NER read as a person,
    where a locative preposition puts it, is a town, never the leader a title refers to."""
    word = args.doc[mention.end - 1]
    lone = mention.kind == "ner" and not mention.actor.known and mention.end - mention.start == 1
    prep = word.head
    return lone and word.dep_ == "pobj" and prep.lower_ in LOCATIVE_PREPS and prep.lower_ != "of"
