"""Who made the coup an article tells of, so that "the coup" it condemns later is theirs.

An article on a coup names its makers once ("the military ousted the president", "the army
seized power", "Niger's military leaders involved in the coup") and then speaks of "the
coup" or "Wednesday's coup" alone: "The United States and the EU condemned Wednesday's
coup" opposes the makers (real-news conventions: condemning an act opposes its doers). An
article tells of one coup as a rule, so the latest makers anywhere before count, not only
those of the last sentences as for an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.lexicon import (
    CONDEMNED_ACT_NOUNS,
    DEFINITE_DETERMINERS,
    POWER_SEIZING_VERBS,
    USURPING_VERBS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.clauses import IRREGULAR

#: Participles whose noun took part in the act after "in": "leaders involved in the coup".
INVOLVED_PARTICIPLES = frozenset({"involve", "implicate"})
#: Confidence kept by a coup's makers read from an earlier sentence.
EARLIER_FACTOR = 0.85
#: Adjectives that say a coup was the armed forces' ("a military coup").
MILITARY_ADJECTIVES = frozenset({"military", "army"})
#: Heads of the unnamed collectives that make a military coup ("the military", "the junta").
MILITARY_HEADS = frozenset({"military", "army", "junta"})


def record_usurpers(args: Args, verb: Token) -> None:
    """ "the army ousted President X", "the military seized power": the subject made the coup."""
    lemma = IRREGULAR.get(verb.lower_, verb.lemma_.lower())
    power = any(c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children)
    seized = lemma in POWER_SEIZING_VERBS and power
    if (lemma in USURPING_VERBS or seized) and not args.is_passive(verb):
        makers = [a for a in args.agents(verb) if a.actor.type != "PLACE"]
        if makers:
            args.usurpers.append((verb.i, makers))


def record_coup(args: Args, noun: Token, sources: list[Arg]) -> list[Arg]:
    """The makers a coup noun names, recorded for later mentions: "the army's coup", "the
    coup by the military", "Niger's military leaders involved in a recent coup", "the
    military coup" (the article's unnamed military)."""
    if noun.lemma_.lower() not in CONDEMNED_ACT_NOUNS:
        return sources
    makers = [a for a in sources if a.actor.type != "PLACE"]
    prep = noun.head
    if not makers and noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.dep_ == "acl":
        participle = prep.head
        if participle.lemma_.lower() in INVOLVED_PARTICIPLES:
            makers = [a for a in args.all_actors(participle.head) if a.actor.type != "PLACE"]
    makers = makers or _the_military(args, noun)
    if makers:
        args.usurpers.append((noun.i, makers))
    return makers


def latest_usurpers(args: Args, tok: Token) -> list[Arg]:
    """Who made the coup a definite noun refers back to ("the coup", "Wednesday's coup"):
    the latest said to, earlier in the article."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children)
    if not definite and not any(c.dep_ == "poss" for c in tok.children):
        return []  # "condemned a coup": some other one
    earlier = [found for i, found in args.usurpers if i < tok.i]
    return [Arg(a.actor, a.factor * EARLIER_FACTOR, tok.i) for a in earlier[-1]] if earlier else []


def _the_military(args: Args, tok: Token) -> list[Arg]:
    """ "the military coup": the article's unnamed military ("the military", "the junta"),
    if it speaks of one; the adjective names it as surely as the noun would."""
    if not any(c.dep_ == "amod" and c.lower_ in MILITARY_ADJECTIVES for c in tok.children):
        return []
    for mention in args.mentions:
        head = args.doc[mention.end - 1]
        if mention.kind == "collective" and head.lemma_.lower() in MILITARY_HEADS:
            return [Arg(mention.actor, 1.0, tok.i)]
    return []
