"""Where the objects of a verb hang, for the verbal rule (:mod:`~actorgraph.nlp.rules.verbal`,
which decides what relation they stand in): the targets its direct objects, datives and
prepositional objects name, or those of the verbs coordinated with it; the fallbacks when
none of those names an actor (the recipient of something supplied, the target of a
launched weapon, the place struck); and the allies and partners its prepositions name
("alongside JNIM", "together with the United States").
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon import (
    ATTRIBUTING_VERBS,
    LABEL_VERBS,
    LAUNCH_VERBS,
    PARTNER_PARTICIPLES,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    SUPPLY_NOUNS,
    VerbSense,
)
from actorgraph.nlp.rules.args import Arg, Args, noun_keys
from actorgraph.nlp.rules.clauses import object_read_as_subject


def objects(args: Args, verb: Token, sense: VerbSense, places: bool) -> tuple[list[Arg], bool]:
    """Targets of an active verb, and whether its direct object is something supplied
    (``places``: the relation holds of places too, as attacks and control do)."""
    first = sense.relation == RelationType.CONTROLS
    # "launched drones at X": the object is the weapon; "shot down a drone": the target
    downed = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    launched = verb.lemma_ in LAUNCH_VERBS and not downed and not _hits_people(args, verb)
    targets, supplied = _direct_targets(args, verb, sense, launched, places, first)
    targets = targets or _fallback_targets(args, verb, sense, supplied, launched, places, first)
    targets = targets or _labelled_subjects(args, verb)
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    if not targets and not has_object and sense.direct:
        return _shared_objects(args, verb, sense, places, supplied)
    return targets, supplied


def _labelled_subjects(args: Args, verb: Token) -> list[Arg]:
    """ "Turkey considers the YPG a terrorist organisation", "deems the group to be a
    threat": a verb of labelling holds its label of the small clause's subject."""
    if verb.lemma_.lower() not in LABEL_VERBS:
        return []
    return [
        a
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp")
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for a in args.all_actors(subject)
    ]


def _hits_people(args: Args, verb: Token) -> bool:
    """ "shot dead five Azerbaijani soldiers": the object of a launching verb is whom it hit
    when it names a side's people rather than a weapon or an operation ("launched Operation
    Serval"); a person alone may be "fired" from a post."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "shooting dead five of its soldiers": a count's people follow "of"
    objects += [
        p
        for c in objects
        if c.pos_ == "NUM"
        for of in c.children
        if of.lower_ == "of"
        for p in args.pobjs(of)
    ]
    return any(
        noun_keys(c) & PEOPLE_NOUNS and any(a.actor.type != "PERSON" for a in args.actors(c)) for c in objects
    )


def _shared_objects(
    args: Args, verb: Token, sense: VerbSense, places: bool, supplied: bool
) -> tuple[list[Arg], bool]:
    """ "Iran arms, trains and funds the Houthi movement": a verb without objects shares
    those of the verbs coordinated with it that have no subject of their own."""
    targets: list[Arg] = []
    for conj in verb.children:
        own_subject = any(c.dep_ == "nsubj" for c in conj.children)
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not own_subject:
            shared, more = objects(args, conj, sense, places)
            targets += shared
            supplied = supplied or more
    return targets, supplied


def _direct_targets(
    args: Args, verb: Token, sense: VerbSense, launched: bool, places: bool, first: bool
) -> tuple[list[Arg], bool]:
    """The targets a verb's own objects name (``places``/``first`` as for
    :meth:`Args.all_actors`), and whether its direct object is something supplied
    ("sent weapons", which names no target). A launched weapon is no target."""
    targets: list[Arg] = []
    supplied = False
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP" and "to" in sense.preps:
            for pobj in args.pobjs(child):  # "send weapons to Hezbollah" parsed as dative
                targets += args.all_actors(pobj, places=places, place_first=first)
        elif _object_like(verb, child) and sense.direct and not launched:
            if child.lemma_.lower() in SUPPLY_NOUNS and sense.relation in (
                RelationType.SUPPORTS,
                RelationType.COOPERATES_WITH,
            ):
                supplied = True
                continue
            found = args.all_actors(child, places=places, place_first=first)
            if not found and child.dep_ == "dative" and child.lower_ in PERSON_OBJECT_PRONOUNS:
                found = args.person_before(child)  # "Mexico, which has granted him asylum"
            if not found and sense.relation in (
                RelationType.OPPOSES,
                RelationType.SUPPORTS,
                RelationType.COOPERATES_WITH,
            ):
                found = args.modifier_actors(child)  # "met Hamas officials", "sanctioned Iranian banks"
            targets += found
        elif child.dep_ == "prep" and child.lower_ in sense.preps:
            for pobj in args.pobjs(child):
                found = args.all_actors(pobj, places=places, place_first=first)
                if not found and sense.relation == RelationType.ATTACKS:
                    found = args.modifier_actors(pobj)  # "launched drones at US warships"
                targets += found
    return targets, supplied


#: A recipient pronoun that points back to the person named before it in the sentence.
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _object_like(verb: Token, child: Token) -> bool:
    """A direct object, or a name the parser hung on a verb without one as an adverbial
    ("Russian jets bombed Aleppo", read like "bombed Saturday")."""
    if verb.lower_ in PARTNER_PARTICIPLES and child.pos_ != "PRON":
        return False  # "targeting regime forces and allied Bedouin militias": an adjective
    if child.dep_ in ("dobj", "dative") or object_read_as_subject(child):
        return True
    if child.dep_ != "npadvmod" or child.pos_ != "PROPN" or child.ent_type_ in ("DATE", "TIME"):
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _fallback_targets(
    args: Args, verb: Token, sense: VerbSense, supplied: bool, launched: bool, places: bool, first: bool
) -> list[Arg]:
    """Targets that hang below a verb's direct object when the verb's own objects name
    none, tried in this order: the recipient of what is supplied, the target of what is
    launched, the target of a verb whose object is not it ("imposed sanctions on"), the
    places a verb of attack or control strikes, and last a place described but not named."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    targets = _supply_recipients(args, dobjs, sense.preps) if supplied else []
    if not targets and launched:
        targets = _launch_targets(args, dobjs, sense.preps, places)
    # "blamed the violence on the ELN": the parser hangs the culprit on what is blamed
    attributed = verb.lemma_.lower() in ATTRIBUTING_VERBS
    if not targets and (not sense.direct or attributed):
        targets = _object_prep_targets(args, dobjs, sense.preps, places, first)
    if sense.preps == ("against",) and not sense.direct:
        return targets  # "deployed troops in eastern Congo", "used its territory": no place is hit
    placed = any(noun_keys(c) & PLACE_NOUNS for c in dobjs)
    if not targets and places and (sense.relation == RelationType.ATTACKS or placed):
        targets = _struck_places(args, verb, dobjs)
    if not targets and places:
        targets = [a for obj in dobjs for a in args.unnamed_place(obj)]
    return targets


def _supply_recipients(args: Args, dobjs: list[Token], preps: tuple[str, ...]) -> list[Arg]:
    """ "sent a shipment of artillery shells to Israel": the recipient hangs off the
    supplied noun or the noun its "of" names."""
    targets: list[Arg] = []
    for noun in _held(args, dobjs):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in args.pobjs(prep):
                targets += args.all_actors(pobj)
    return targets


def _held(args: Args, dobjs: list[Token]) -> list[Token]:
    """The objects and the nouns their "of" names: "a shipment of shells", "a barrage of rockets"."""
    of_nouns = [p for obj in dobjs for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                for p in args.pobjs(of)]  # fmt: skip
    return [*dobjs, *of_nouns]


def _launch_targets(args: Args, dobjs: list[Token], preps: tuple[str, ...], places: bool) -> list[Arg]:
    """ "launched drones at US warships", "a barrage of rockets towards the Galilee": the
    target hangs off the weapon."""
    targets: list[Arg] = []
    for obj in _held(args, dobjs):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in args.pobjs(prep):
                targets += args.all_actors(pobj, places=places) or args.modifier_actors(pobj)
    return targets


def _object_prep_targets(
    args: Args, dobjs: list[Token], preps: tuple[str, ...], places: bool, first: bool
) -> list[Arg]:
    """ "imposed its 14th sanctions package on Moscow": the target hangs off the object."""
    targets: list[Arg] = []
    for obj in dobjs:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in args.pobjs(prep):
                    targets += args.all_actors(pobj, places=places, place_first=first)
    return targets


def _struck_places(args: Args, verb: Token, dobjs: list[Token]) -> list[Arg]:
    """ "pounded opposition-held villages south of Idlib", "struck depots in Hodeidah":
    the places the verb's prepositions lead to, known as the object's phrase."""
    targets: list[Arg] = []
    # "ambushed soldiers in Peru": a state's unnamed soldiers are its own
    people = any(noun_keys(d) & PEOPLE_NOUNS for d in dobjs)
    for child in args.descents(verb):
        for pobj in args.pobjs(child):
            for near in args.place(pobj):
                # "struck targets in southern Lebanon": a region, not the state
                spot = args.region(pobj, near) if near.actor.known else near
                if people and near.actor.type == "STATE" and spot is None:
                    spot = near
                if spot is not None:
                    targets.append(args.with_alias(spot, args.phrase(dobjs[0])) if dobjs else spot)
    return targets


def recipient_object(args: Args, verb: Token) -> bool:
    """ "supplied Hamas with weapons": the object is the recipient only with "with"."""
    if verb.lemma_.lower() not in ("supply", "provide", "equip", "arm", "furnish"):
        return False
    has_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return has_with and any(c.dep_ in ("dobj", "dative") and args.actors(c) for c in verb.children)


def allies_and_enemies(args: Args, verb: Token) -> tuple[list[Arg], list[Arg]]:
    """ "fought alongside JNIM against the Malian army": the actors a verb fights beside
    ("alongside", or "with" after "joined forces"), and those it or they fight "against"."""
    allies: list[Arg] = []
    enemies: list[Arg] = []
    joined = any(c.lemma_ == "force" for c in verb.children if c.dep_ == "dobj")
    for child in (c for c in verb.children if c.dep_ == "prep"):
        if child.lower_ == "alongside" or (child.lower_ == "with" and joined):
            for pobj in args.pobjs(child):
                allies += args.all_actors(pobj)
                for sub in pobj.children:  # "alongside JNIM militants against the army"
                    if sub.dep_ == "prep" and sub.lower_ == "against":
                        for enemy in args.pobjs(sub):
                            enemies += args.all_actors(enemy)
        elif child.lower_ == "against":
            for pobj in args.pobjs(child):
                enemies += args.all_actors(pobj)
    return allies, enemies


def joint_partners(args: Args, verb: Token) -> list[Arg]:
    """ "Egypt and Qatar, together with the United States, presented a proposal": the
    actors named "alongside", "together with" or "along with" on a verb or its subject."""
    partners: list[Arg] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        joined = any(a.lower_ in ("together", "along") for a in (prep.head, *prep.children))
        if prep.lower_ == "alongside" or (prep.lower_ == "with" and joined):
            partners += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
    for along in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("together", "along")):
        for prep in (c for c in along.children if c.dep_ == "prep" and c.lower_ == "with"):
            partners += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
    return partners
