"""Relations stated by a verb: "Russia backs Assad", "HTS is supported by the SNA",
"The Houthis, who are backed by Iran, ...", "China and Russia signed ...".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from actorgraph.model import SYMMETRIC, RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    ACTOR_ONLY_VERBS,
    ENABLE_VERBS,
    ENVOY_NOUNS,
    FOUNDING_VERBS,
    HOSTILE_LABELS,
    JOINT_ADVERBS,
    JOINT_VERBS,
    LABEL_VERBS,
    LAUNCH_VERBS,
    OBJECT_SENSE_VERBS,
    REGION_NOUNS,
    REVERSED_MEMBERSHIP_VERBS,
    SANCTION_NOUNS,
    SUPPLY_NOUNS,
    THREAT_VERBS,
    VERBS,
    WEAK_CONTROL,
    VerbSense,
)
from actorgraph.nlp.rules.alongside import alongside, partners_in_arms
from actorgraph.nlp.rules.args import Arg, Args, misread_verb, noun_keys
from actorgraph.nlp.rules.attack_events import claims_an_act
from actorgraph.nlp.rules.captives import fell_to, people
from actorgraph.nlp.rules.clauses import IRREGULAR
from actorgraph.nlp.rules.emit import emit, emit_pairs
from actorgraph.nlp.rules.noun_args import repeated_doers
from actorgraph.nlp.rules.object_readings import object_readings
from actorgraph.nlp.rules.recognition import WITHHELD, recognition_sense, withheld
from actorgraph.nlp.rules.sites import unnamed_victims_sites
from actorgraph.nlp.rules.usurpers import record_usurpers
from actorgraph.nlp.rules.verb_objects import objects, recipient_object

GROUP_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP", "GROUP"})
PLACE_TYPES = frozenset({RelationType.ATTACKS, RelationType.CONTROLS})
BASE = 0.85


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prt"}


def _preps(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prep"}


def _object_lemmas(token: Token) -> set[str]:
    return {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}


def _joined_forces(token: Token, lemma: str) -> VerbSense | None:
    """ "joined forces with the RSF" is an alliance; "joined the coalition" is the verb's own
    sense; "joined the U.S. in calling on Eritrea to withdraw" joins the U.S. in an act, as
    no member of it (the act itself is read on its own verb)."""
    joined = "with" in _preps(token) and any(c.dep_ == "dobj" and c.lemma_ == "force" for c in token.children)
    if joined:
        return VerbSense(RelationType.ALLIED_WITH, ("with",), direct=False)
    return None if _joined_in_act(token) else VERBS.get(lemma)


def _joined_in_act(token: Token) -> bool:
    """ "joined X in calling for ...", "joined X in condemning ...": "in" with a gerund."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
        for prep in token.children
    )


def _labelled(token: Token, lemma: str) -> VerbSense | None:
    """ "designated the Houthis a terrorist group": labelling is hostile only with a hostile label."""
    labels = {t.lemma_.lower() for t in token.subtree if t.i != token.i}
    return VerbSense(RelationType.OPPOSES) if labels & HOSTILE_LABELS else None


#: Reads the sense of a verb from its particles and prepositions, or from what it takes
#: as object; each reader falls back to the verb's own sense in VERBS (or to None).
SenseReader = Callable[[Token, str], VerbSense | None]
#: Read on the lemma as written ("co-" and all).
PARTICLE_SENSES: dict[str, SenseReader] = {
    "take": lambda t, lemma: (
        VerbSense(RelationType.CONTROLS) if "over" in _particles(t) else VERBS.get(lemma)
    ),
    "shoot": lambda t, lemma: (
        VerbSense(RelationType.ATTACKS, ("on",)) if "down" in _particles(t) else VERBS.get(lemma)
    ),
    # "backed down", "held off", "fired back": no relation
    **dict.fromkeys(
        ("back", "hold", "fire"),
        lambda t, lemma: None if _particles(t) & {"down", "away", "off", "out", "back"} else VERBS.get(lemma),
    ),
    "fight": lambda t, lemma: (
        VerbSense(RelationType.ALLIED_WITH, ("alongside", "with"), direct=False)
        if "alongside" in _preps(t)
        else VERBS.get(lemma)
    ),
    "join": _joined_forces,
    "unite": _joined_forces,
    "side": lambda t, lemma: VERBS.get(lemma) if "with" in _preps(t) else None,
}
#: Read on the lemma without a "co-" prefix ("co-sponsor" is "sponsor").
OBJECT_SENSES: dict[str, SenseReader] = {
    # "Sisi received Hamas leaders"; "received drones from Iran" is not this
    "receive": lambda t, lemma: (
        None
        if "from" in _preps(t) or _object_lemmas(t) & SUPPLY_NOUNS
        else VerbSense(RelationType.COOPERATES_WITH)
    ),
    "exchange": lambda t, lemma: (
        VerbSense(RelationType.FIGHTS, ("with",), direct=False)
        if _object_lemmas(t) & {"fire", "blow", "shot", "shell", "strike", "gunfire"}
        else VERBS.get(lemma)
    ),
    "impose": lambda t, lemma: (
        VerbSense(RelationType.OPPOSES, ("on", "against"), direct=False)
        if _object_lemmas(t) & SANCTION_NOUNS
        else VERBS.get(lemma)
    ),
    # "We stand with Russia"
    "stand": lambda t, lemma: (
        VerbSense(RelationType.SUPPORTS, ("with", "by", "behind"), direct=False)
        if _preps(t) & {"with", "by", "behind"}
        else VERBS.get(lemma)
    ),
    # "summoned the French ambassador" protests; "summoned the prime minister to the palace" calls a meeting
    "summon": lambda t, lemma: (
        VERBS.get(lemma)
        if {c.lemma_.lower() for c in t.children if c.dep_ in ("dobj", "nsubjpass")} & ENVOY_NOUNS
        else None
    ),
    # "Russia claimed the town"; "JNIM claimed the attack" claims no place
    "claim": lambda t, lemma: None if claims_an_act(t) else VERBS.get(lemma),
    "recognize": recognition_sense,
    "recognise": recognition_sense,
    # the object is the topic
    "discuss": lambda t, lemma: VerbSense(RelationType.COOPERATES_WITH, ("with",), direct=False),
    **dict.fromkeys(
        ("rule", "govern", "run"),
        lambda t, lemma: (
            VerbSense(RelationType.CONTROLS, ("over",)) if "over" in _preps(t) else VERBS.get(lemma)
        ),
    ),
}


def sense_of(token: Token) -> VerbSense | None:
    lemma = token.lemma_.lower()
    if lemma not in VERBS:
        lemma = IRREGULAR.get(token.lower_, lemma)
    if lemma not in VERBS and lemma not in OBJECT_SENSE_VERBS and lemma not in LABEL_VERBS:
        return None
    reader = PARTICLE_SENSES.get(lemma)
    if reader is None:
        lemma = lemma.removeprefix("co-")
        reader = OBJECT_SENSES.get(lemma, _labelled if lemma in LABEL_VERBS else None)
    return reader(token, lemma) if reader is not None else VERBS.get(lemma)


def verbal(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for tok in tokens:
        yield from _readings(args, tok, sent)


def _readings(args: Args, tok: Token, sent: Span) -> Iterator[Candidate]:
    """What one word states: "jointly" makes its verb's doers partners; a verb of
    enabling is support; any other verb is read for what its object says (_diplomatic),
    then as "fell to" or by its own sense."""
    if tok.lower_ in JOINT_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
        yield from _jointly(args, tok.head, sent)
        return
    if (tok.pos_ not in ("VERB", "AUX") and not misread_verb(tok)) or tok.dep_ in ("amod", "compound"):
        return
    if tok.lemma_.lower() in ENABLE_VERBS:
        yield from _enable(args, tok, sent)
        return
    record_usurpers(args, tok)
    yield from object_readings(args, tok, sent)
    if tok.lemma_.lower() == "fall":
        yield from fell_to(args, tok, sent, BASE)
        return
    sense = sense_of(tok)
    if sense is not None:
        yield from _sensed(args, tok, sense, sent)


def _sensed(args: Args, tok: Token, sense: VerbSense, sent: Span) -> Iterator[Candidate]:
    """The relation a verb's sense states between its doers and its targets."""
    if sense.doer_is_object:
        yield from _object_as_doer(args, tok, sense, sent)
        return
    sources = [s for s in args.agents(tok) if s.actor.type != "PLACE"]
    if args.is_passive(tok) and tok.lemma_.lower() in LAUNCH_VERBS:
        return  # "a drone launched by the Houthis": the patient is the weapon
    if args.is_passive(tok):
        sources, targets = _passive_parties(args, tok, sense, sources)
        supplied = True
    else:
        targets, supplied = objects(args, tok, sense, sense.relation in PLACE_TYPES)
    if sense.needs_supply_object and not supplied and not recipient_object(args, tok):
        return
    targets = [t for t in targets if _fits(sense.relation, tok, t)]
    if not targets and sense.relation == RelationType.ATTACKS and tok.lemma_.lower() in ACTOR_ONLY_VERBS:
        targets = [] if args.is_passive(tok) else unnamed_victims_sites(args, tok)
    rel, pattern = _stated_relation(tok, sense.relation, targets)
    if rel == RelationType.ATTACKS and sources and (targets or sense.direct):
        # "militants attacked five towns": the attacks' doers (but "a base used by Kenyan
        # troops" is no attack: a verb that attacks only "against" someone needs the target)
        args.attackers.append((tok.i, sources))
    if rel == RelationType.ATTACKS and targets:
        args.attacked.append((tok.i, targets))
    if rel == RelationType.LEADS:
        sources = [s for s in sources if s.actor.type == "PERSON"]
        # "a Saudi delegation led by X": X leads the delegation, not Saudi Arabia
        targets = [t for t in targets if args.mention_kinds(sent.doc[t.token]) != {"demonym"}]
    yield from _emit_sensed(args, tok, rel, pattern, sources, targets, sent)


def _object_as_doer(args: Args, tok: Token, sense: VerbSense, sent: Span) -> Iterator[Candidate]:
    """ "The war pits La Mayiza against the Chapitos", "clashes pitting the army against
    the RSF": the object relates to what the verb's prepositions name."""
    doers = [a for c in tok.children if c.dep_ == "dobj" for a in args.all_actors(c)]
    targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in sense.preps
               for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
    if not targets:  # the parser often hangs "against" on the object
        targets = [a for c in tok.children if c.dep_ == "dobj" for g in c.subtree
                   if g.dep_ == "prep" and g.lower_ in sense.preps and g.head.i == c.i
                   for p in args.pobjs(g) for a in args.all_actors(p)]  # fmt: skip
    yield from emit(doers, sense.relation, targets, tok, sent, BASE, "verb")


def _passive_parties(
    args: Args, verb: Token, sense: VerbSense, sources: list[Arg]
) -> tuple[list[Arg], list[Arg]]:
    """The doers and patients of a passive verb ("HTS is supported by the SNA"); with no
    doer named, a symmetric relation's patients are the parties."""
    rel = sense.relation
    if not sense.direct:  # "the base is used by Kenyan troops": only "against" names a target
        found = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in sense.preps
                 for p in args.pobjs(c) for a in args.all_actors(p, places=rel in PLACE_TYPES)]  # fmt: skip
        return sources, found
    targets = args.patients_of_passive(verb, rel in PLACE_TYPES, rel == RelationType.CONTROLS)
    if rel == RelationType.ATTACKS and not sources and targets:
        sources = repeated_doers(args, verb)
    if rel in SYMMETRIC and not sources:
        # "Russia and Belarus are formally allied": the patients are the parties
        sources, targets = targets, []
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in sense.preps:
                for pobj in args.pobjs(child):
                    targets += args.all_actors(pobj)
    return sources, targets


def _stated_relation(verb: Token, rel: RelationType, targets: list[Arg]) -> tuple[RelationType, str]:
    """The relation and pattern the verb states: leading places is ruling them ("Hamas,
    which has ruled Gaza since 2007"); an attack vowed is a threat ("vowed to destroy Hamas")."""
    ruling = verb.lemma_.lower() in ("rule", "govern", "run", "administer")
    if rel == RelationType.LEADS and ruling and targets and all(t.actor.type == "PLACE" for t in targets):
        return RelationType.CONTROLS, "verb"
    if rel == RelationType.ATTACKS and _threatened(verb):
        return RelationType.OPPOSES, "threat"
    if withheld(verb):
        return rel, WITHHELD
    return rel, "verb"


def _emit_sensed(
    args: Args,
    tok: Token,
    rel: RelationType,
    pattern: str,
    sources: list[Arg],
    targets: list[Arg],
    sent: Span,
) -> Iterator[Candidate]:
    """Verbs of membership and founding relate groups; the others their doers to their
    targets, or coordinated doers to each other, or the sides "between" names."""
    lemma = tok.lemma_.lower()
    if lemma in REVERSED_MEMBERSHIP_VERBS and not args.is_passive(tok):
        yield from emit(
            [t for t in targets if t.actor.type in GROUP_TYPES | {"STATE"}],
            RelationType.MEMBER_OF,
            [s for s in sources if s.actor.type in GROUP_TYPES],
            tok,
            sent,
            BASE,
            "verb",
        )
        return
    if lemma in FOUNDING_VERBS:
        targets = [t for t in targets if t.actor.type in GROUP_TYPES]
        yield from emit(sources, RelationType.MEMBER_OF, targets, tok, sent, BASE * 0.9, "founding")
        return
    yield from alongside(args, tok, sources, sent)
    if not sources and not targets and rel in (RelationType.FIGHTS, RelationType.ATTACKS):
        # "Fighting between the army and the RSF spread": a gerund with both sides after it
        sides = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                 for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
        yield from emit_pairs(sides, RelationType.FIGHTS, tok, sent, BASE, "between")
        return
    if targets:
        yield from emit(sources, rel, targets, tok, sent, BASE, pattern)
        yield from partners_in_arms(args, tok, rel, sources, targets, sent)
    elif rel in SYMMETRIC and len(sources) > 1:
        yield from emit_pairs(sources, rel, tok, sent, BASE * 0.9, "verb-coordinated")






def _threatened(verb: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False  # "could join the war if Israel invades Lebanon": a condition, not a threat
    node = verb
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            return False
        node = node.head
        if node.lemma_.lower() in THREAT_VERBS:
            return True
    return False


def _fits(rel: RelationType, verb: Token, target: Arg) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ACTOR_ONLY_VERBS and target.actor.type == "PLACE":
        return False
    if lemma == "enter" and noun_keys(verb.doc[target.token]) & REGION_NOUNS:
        return False  # "France entered the Sahel region": a region entered is not held
    if lemma in WEAK_CONTROL:
        return target.actor.type == "PLACE"
    if rel == RelationType.CONTROLS:  # "seized five Kenyan soldiers" holds no Kenya
        held = target.actor.type in ("PLACE", "STATE") or not target.actor.known
        return held and not people(verb.doc[target.token])
    return True


def _jointly(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Turkey and Russia jointly patrol northern Syria": doing anything together is
    cooperation between the doers (joint verbs such as "co-host" are read elsewhere)."""
    if verb.lemma_.lower() in JOINT_VERBS or args.is_passive(verb):
        return
    partners = [a for a in args.agents(verb) if a.actor.type != "PLACE"]
    sense = sense_of(verb)
    # fighting side by side is an alliance, as "joint strikes" is elsewhere
    hostile = sense is not None and sense.relation in (RelationType.ATTACKS, RelationType.FIGHTS)
    rel = RelationType.ALLIED_WITH if hostile else RelationType.COOPERATES_WITH
    if len({a.actor.id for a in partners}) > 1:
        yield from emit_pairs(partners, rel, verb, sent, BASE * 0.85, "jointly")


def _enable(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Belarus allowed Russian troops to use its territory": enabling is support."""
    sources = args.agents(verb)
    targets: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            targets += args.all_actors(child)
        elif child.dep_ in ("ccomp", "xcomp"):
            for sub in child.children:
                if sub.dep_ == "nsubj":
                    targets += args.all_actors(sub)
    yield from emit(sources, RelationType.SUPPORTS, targets, verb, sent, BASE * 0.85, "enable")
