"""Where the arguments of a relation noun hang, for the nominal rule
(:mod:`~actorgraph.nlp.rules.nominal`, which decides what they state): who does what the
noun names ("support from A", "strikes by B", "drone strikes blamed on the RSF"), to whom
("sanctions on C"), the sides "between" names, the enemies "against" names; the doer and
targets of a light verb ("carried out airstrikes on X"), the recipient of support, and
what a verb of impact hits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.docindex import sent_bounds
from actorgraph.nlp.lexicon import (
    BREAK_OFF_VERBS,
    IMPACT_VERBS,
    INVOLVING_VERBS,
    NOUNS,
    PERPETRATING_VERBS,
    REPEAT_ADVERBS,
    SEVERING_NOUNS,
    VICTIM_PREPS,
    VICTIM_VERBS,
)
from actorgraph.nlp.rules.act_parties import headline_passive, headline_victims, weapon_doers
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.hung_targets import hung_enemies, hung_on_severing
from actorgraph.nlp.rules.noun_relations import clause_slot

#: Acts whose supporters support the side that wages them.
WAGED = frozenset({RelationType.ATTACKS, RelationType.FIGHTS})


@dataclass
class NounPhrase:
    """What the phrase of a relation noun names, gathered before anything is emitted; the
    readings of the nominal rule fill it in and emit from it in turn."""

    tok: Token
    rel: RelationType
    verb: Token | None  # the verb the noun is the object of (see nominal._governor)
    sources: list[Arg]
    target_preps: tuple[str, ...]  # the prepositions that name the targets
    received: bool  # "received support from Turkey": the verb's subject gets it
    places: bool  # targets may be places (attacks, control): as for Args.all_actors
    first: bool  # a place name wins over an actor (control): Args.all_actors' place_first
    targets: list[Arg] = field(default_factory=list)
    between: list[Arg] = field(default_factory=list)
    against: list[Arg] = field(default_factory=list)
    blamed: bool = False  # the act is attributed to the sources, not stated
    source_preps: tuple[str, ...] = ("by",)  # the prepositions that name the doers

    @property
    def vlemma(self) -> str:
        return self.verb.lemma_.lower() if self.verb is not None else ""


def read_dependents(args: Args, phrase: NounPhrase) -> None:
    """Read the noun's own dependents into ``phrase``: a participle that blames the act on
    someone ("drone strikes blamed on the RSF", "an attack claimed by IS"), and its
    prepositions."""
    for child in phrase.tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("blame", "claim", "attribute"):
            phrase.blamed = phrase.blamed or child.lemma_.lower() != "claim"
            for prep in child.children:  # "drone strikes blamed on the RSF"
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("on", "by", "to"):
                    phrase.sources += _actors_of(args, args.pobjs(prep))
        elif (
            child.dep_ == "acl"
            and phrase.rel == RelationType.ATTACKS
            and child.lemma_.lower() in PERPETRATING_VERBS
        ):
            phrase.sources += _perpetrators(args, child)  # "attacks carried out by the CJNG"
        elif child.dep_ == "acl" and child.lemma_.lower() in INVOLVING_VERBS:
            # "clashes involving the FLA and the Africa Corps": the sides
            phrase.between += [a for o in child.children if o.dep_ == "dobj" for a in args.all_actors(o)]
        elif child.dep_ == "prep":
            _read_prep(args, phrase, child)
            if child.lower_ in phrase.source_preps:
                for hung in hung_on_doer(phrase, child):
                    _read_prep(args, phrase, hung)
    # "operations ... over the years against X"
    phrase.targets = phrase.targets or hung_enemies(args, phrase.tok, phrase.target_preps, phrase.places)
    phrase.targets = phrase.targets or hung_on_severing(args, phrase.tok)
    unsourced = not (phrase.sources or phrase.between)
    if phrase.rel == RelationType.COOPERATES_WITH and phrase.targets and unsourced:
        # "During a meeting with Putin in St. Petersburg, Lukashenko said ...": the subject met
        phrase.sources = clause_side(args, phrase.tok)
    if phrase.rel == RelationType.ATTACKS and not phrase.sources and _suffered_in(phrase.tok):
        # "soldiers lost their lives in attacks on Sunday, allegedly carried out by the CJNG":
        # the parser hangs the participle on the clause of those who suffered the act
        phrase.sources += [a for c in phrase.tok.head.head.children if c.dep_ == "advcl"
                           and c.lemma_.lower() in PERPETRATING_VERBS
                           and not any(s.dep_.startswith("nsubj") for s in c.children)
                           for a in _perpetrators(args, c)]  # fmt: skip


def _suffered_in(tok: Token) -> bool:
    """Whether ``tok`` is the act a clause of dying or being killed happened in."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in VICTIM_PREPS and prep.head.lemma_.lower() in VICTIM_VERBS


def _perpetrators(args: Args, verb: Token) -> list[Arg]:
    """Who a participle of perpetration says did the act: "carried out by X", "conducted by X"."""
    return [a for prep in verb.children if prep.dep_ == "agent" for a in _actors_of(args, args.pobjs(prep))]


def _read_prep(args: Args, phrase: NounPhrase, prep: Token) -> None:
    """A preposition of the noun names its doers ("by", "from" where its entry says so,
    "with the backing of"), the sides ("between"), the targets, or enemies ("a coalition against")."""
    word = prep.lower_
    objs = args.pobjs(prep)
    if word in phrase.source_preps:
        phrase.sources += _actors_of(args, objs)
    elif word == "of" and phrase.rel == RelationType.SUPPORTS and phrase.tok.head.lower_ in ("with", "under"):
        phrase.sources += _actors_of(args, objs)  # "with the backing of Russia"
    elif word == "of" and phrase.rel == RelationType.SUPPORTS and _waged(objs):
        phrase.targets += [a for p in objs for a in args.modifier_actors(p)]  # "support of Moscow's war"
    elif word == "between":
        phrase.between += _actors_of(args, objs)
    elif word in phrase.target_preps:
        for pobj in objs:
            found = args.all_actors(pobj, places=phrase.places, place_first=phrase.first)
            if not found and phrase.rel == RelationType.SUPPORTS and _waged([pobj]):
                found = args.modifier_actors(pobj)  # "support for Moscow's war": for its wager
            phrase.targets += found
    elif word == "against" and phrase.rel in (
        RelationType.ALLIED_WITH,
        RelationType.FIGHTS,
        RelationType.COOPERATES_WITH,
    ):
        phrase.against += _actors_of(args, objs)  # "a coalition against the Houthis"


def _waged(nouns: list[Token]) -> bool:
    return any(NOUNS.get(p.lemma_.lower()) in WAGED for p in nouns)


def hung_on_doer(phrase: NounPhrase, prep: Token) -> list[Token]:
    """The noun's target prepositions the parser hung on its doer instead: "a strike by
    Turkish drones on Hasakeh", "the second strike by a Turkish drone in Hasakeh"."""
    wanted = (*phrase.target_preps, *(("in", "near", "at") if phrase.rel == RelationType.ATTACKS else ()))
    return [c for p in prep.children if p.dep_ == "pobj" for c in p.children
            if c.dep_ == "prep" and c.lower_ in wanted]  # fmt: skip


def _actors_of(args: Args, tokens: list[Token]) -> list[Arg]:
    return [a for t in tokens for a in args.all_actors(t)]


def clause_side(args: Args, tok: Token) -> list[Arg]:
    """The subject of the clause a fight is the circumstance of: "withdrew after fighting
    with X", "advanced amid clashes with X"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in VICTIM_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return args.agents(prep.head)


def clause_sides(args: Args, verb: Token) -> list[Arg]:
    """ "Clashes continue ... between A and B": the sides hang on the noun's verb."""
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
            for a in _actors_of(args, args.pobjs(c))]  # fmt: skip


def givers(args: Args, verb: Token) -> list[Arg]:
    """ "received support from Turkey": who the verb's "from" names."""
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip


def read_blamed_for(args: Args, phrase: NounPhrase) -> None:
    """ "blamed JNIM for the massacre in Barsalogho": the blamed did it (an attribution);
    "claimed responsibility for the bombing": those who claim it did it."""
    tok = phrase.tok
    if phrase.rel != RelationType.ATTACKS or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return
    blamer = tok.head.head
    if blamer.lemma_.lower() in ("blame", "accuse", "punish", "condemn", "sanction", "hold"):
        phrase.sources = [a for c in blamer.children if c.dep_ == "dobj" for a in args.all_actors(c)]
        phrase.blamed = True
    elif blamer.lemma_.lower() == "responsibility" and blamer.head.pos_ == "VERB":
        phrase.sources = args.agents(blamer.head)


def read_light_verb(args: Args, phrase: NounPhrase, verb: Token) -> None:
    """Light verb: "carried out airstrikes", "took control": its subject is the doer, its
    prepositions name the targets ("carried out killings in West Darfur": unknown places)."""
    if not phrase.sources:
        phrase.sources = args.agents(verb)
    if not phrase.targets:
        phrase.targets = prep_targets(args, verb, (*phrase.target_preps, "to"), phrase.places, phrase.first)
    if not phrase.targets and phrase.rel == RelationType.ATTACKS:
        found = prep_targets(args, verb, ("in", "near"), True, True)
        phrase.targets = [t for t in found if not t.actor.known]


def recipient(args: Args, tok: Token, verb: Token | None, received: bool) -> list[Arg]:
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
        if holder.pos_ in ("NOUN", "PROPN"):
            return args.all_actors(holder)
        if args.is_passive(holder) and args.agents(holder):
            return args.agents(holder)  # "a deal brokered by the US with Qatari support"
        toks, _ = args.subject_tokens(holder)
        out = []
        for t in toks:
            out += args.all_actors(t)
        return out
    return []


def prep_targets(args: Args, verb: Token, preps: tuple[str, ...], places: bool, first: bool) -> list[Arg]:
    """ "provide support to X", "impose sanctions on X": targets hang on the verb."""
    out: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in args.pobjs(child):
                out += args.all_actors(pobj, places=places, place_first=first)
    return out


def verb_objects(args: Args, verb: Token) -> list[Arg]:
    """What a verb of impact hits: its objects, or the places they or the verb are in."""
    out: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found = args.all_actors(child, places=True)
            if not found:  # "killed 12 people in the province of Saada"
                for prep in args.descents(child):
                    found += [a for p in args.pobjs(prep) for a in args.place(p) if not a.actor.known]
            out += found
        elif child.dep_ == "prep" and child.lower_ in ("in", "on", "at"):
            for pobj in args.pobjs(child):
                out += args.place(pobj)
    return out


def victims(args: Args, tok: Token) -> list[Arg]:
    """The actors a clause says suffered the act ``tok`` names: the subject of "died" or
    "were killed" when the act is the object of "in", "following" ... under that verb."""
    prep = tok.head
    # "died following an attack": the parser may make "following" a verb with an object
    if tok.dep_ not in ("pobj", "dobj") or prep.dep_ != "prep" or prep.lower_ not in VICTIM_PREPS:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VICTIM_VERBS:
        return []
    if headline_passive(verb):
        return [a for a in headline_victims(args, verb) if a.actor.type != "PLACE"]
    if not died(verb) and not args.is_passive(verb):
        return []  # "killed six soldiers in an attack": the subject did it
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and not subjects:
        subjects = [verb.head]  # "five policemen wounded in a raid by Boko Haram"
    return [a for s in subjects for a in args.all_actors(s) if a.actor.type != "PLACE"]


def died(verb: Token) -> bool:
    """ "died", "perished", "lost their lives": the subject suffered, not did, the act."""
    if verb.lemma_.lower() == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children)
    return verb.lemma_.lower() in ("die", "perish")


def earlier_doers(args: Args, tok: Token) -> list[Arg]:
    """Who did "the attacks" a clause is about without saying who: those said to attack
    last, in this or the two sentences before ("the militants carried out attacks on five
    towns ... The attacks were carried out at Mokolo, Waza and Makari")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") and not victims(args, tok):
        # "to avenge the killing of our leader": someone else's attack; but "a US soldier
        # was killed in the attack" is about the attack told before
        return []
    return latest_doers(args, tok)


def latest_doers(args: Args, tok: Token) -> list[Arg]:
    """Who did the attack a definite noun refers back to ("the attack", "this attack"):
    those said to attack last, in this or the two sentences before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in tok.children):
        return []
    return latest_recorded(tok, args.attackers)


def repeated_doers(args: Args, verb: Token) -> list[Arg]:
    """Who did an act a passive verb tells with no doer but as done "also" or "again": those
    said to attack last, in this or the two sentences before ("Macedonian forces pounded
    Vakcince ... Lipkovo and Slupcane were also bombarded")."""
    if not any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in verb.children):
        return []
    return latest_recorded(verb, args.attackers)


def latest_recorded(tok: Token, records: list[tuple[int, list[Arg]]]) -> list[Arg]:
    """The actors of the latest record (an attack's doers or targets, by the attack's token)
    read in this or the two sentences before ``tok``, a little less sure for the distance."""
    floor = sent_bounds(tok.doc, tok.i)[0]
    for _ in range(2):
        if floor > 0:
            floor = sent_bounds(tok.doc, floor - 1)[0]
    earlier = [found for i, found in records if floor <= i < tok.i]
    return [Arg(a.actor, a.factor * 0.85, tok.i) for a in earlier[-1]] if earlier else []


def named_doers(args: Args, tok: Token, verb: Token | None) -> list[Arg]:
    """The doers a noun's modifiers name, unless each is a lone word only the NER took for a
    name and the verb says who did it ("the unit executed a precise Fidayee attack")."""
    sources = args.modifier_actors(tok) or weapon_doers(args, tok)
    loose = all(not s.actor.known and _lone_ner_word(args, s) for s in sources)
    if sources and loose and verb is not None and args.agents(verb):
        return []
    return sources


def _lone_ner_word(args: Args, arg: Arg) -> bool:
    return any(m.kind == "ner" and m.end - m.start == 1 for m in args.by_token.get(arg.token, []))


def struck_by(args: Args, phrase: NounPhrase) -> list[Arg]:
    """ "Rafah was hit by Israeli airstrikes", "the party was targeted by drone assaults by
    the IRGC": what a passive verb of impact says the act (its agent) struck."""
    tok = phrase.tok
    if phrase.rel != RelationType.ATTACKS or tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return []
    verb = tok.head.head
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return []
    return [a for s in verb.children if s.dep_ == "nsubjpass" for a in args.all_actors(s, places=True)]


def broken_off(phrase: NounPhrase, rel: RelationType) -> bool:
    """Cooperation or help its giver breaks off is opposition; help someone else gives
    and the subject rejects ("rejected US support for Israel") is no break."""
    slot = clause_slot(phrase.tok)  # "suspended $22 million in aid", "a suspension of aid"
    severed = slot is not phrase.tok and slot.lemma_.lower() in SEVERING_NOUNS
    if not severed and (phrase.vlemma not in BREAK_OFF_VERBS or slot.dep_ != "dobj"):
        return False
    # "US aid", "Russian aid": someone else's help, which the subject cannot break off
    named = [c for c in phrase.tok.children if c.dep_ in ("poss", "compound", "amod")]
    own = not any(c.pos_ == "PROPN" or c.ent_type_ for c in named)
    return rel == RelationType.COOPERATES_WITH or (rel == RelationType.SUPPORTS and own)
