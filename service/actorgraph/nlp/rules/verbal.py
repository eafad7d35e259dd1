"""Relations stated by a verb: "Russia backs Assad", "HTS is supported by the SNA",
"The Houthis, who are backed by Iran, ...", "China and Russia signed ...".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import LAUNCH_VERBS, PLACE_NOUNS, SUPPLY_NOUNS, VERBS, WEAK_CONTROL, VerbSense
from actorgraph.nlp.rules.args import Arg, Args, noun_keys
from actorgraph.nlp.rules.emit import emit, emit_pairs

SANCTION_NOUNS = frozenset({"sanction", "restriction", "embargo", "tariff", "package", "ban", "penalty",
                            "measure", "blockade", "curfew", "fine"})
LABEL_VERBS = frozenset({"consider", "label", "brand", "list", "deem", "classify", "regard", "call",
                         "describe", "declare", "proscribe"})
HOSTILE_LABELS = frozenset({"terrorist", "terror", "terrorism", "enemy", "threat", "criminal", "extremist"})
COOPERATIVE_VERBS = frozenset({"mediate", "broker", "negotiate", "work", "cooperate", "host", "co-host",
                               "sponsor", "present", "propose", "lead", "organise", "organize"})
THREAT_VERBS = frozenset({"vow", "threaten", "pledge", "promise", "warn"})
REVERSED_MEMBERSHIP = frozenset({"include", "comprise", "encompass", "incorporate", "absorb", "bring",
                                 "admit", "readmit"})
HOSTING_VERBS = frozenset({"host", "station", "house", "base", "deploy"})
HOSTED_NOUNS = frozenset({"weapon", "troop", "force", "base", "soldier", "missile", "jet", "drone",
                          "mercenary", "fighter", "adviser", "advisor", "unit"})
#: Verbs without a relation of their own that _diplomatic and _alongside read.
EXTRA_VERBS = frozenset({"fall", "host", "station", "house", "base", "deploy", "order", "tell", "ask",
                         "demand",
                         "force", "recall", "withdraw", "expel", "broker", "mediate", "sponsor",
                         "co-sponsor", "work", "operate", "present", "propose", "organise", "organize",
                         "co-host", "cohost", "convene", "draft", "unveil"})
#: Acts two actors do together: their subjects cooperate ("Egypt and Qatar presented a proposal").
JOINT_VERBS = frozenset({"broker", "mediate", "sponsor", "co-sponsor", "present", "propose", "organise",
                         "organize", "co-host", "cohost", "convene", "draft", "unveil"})
DEPARTING = frozenset({"leave", "withdraw", "depart", "exit", "quit", "go"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "delegation"})
FOUNDING = frozenset({"form", "found", "create", "establish", "co-found"})
GROUP_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP", "GROUP"})
SYMMETRIC = frozenset({"COOPERATES_WITH", "FIGHTS", "ALLIED_WITH"})
PLACE_TYPES = frozenset({"ATTACKS", "CONTROLS"})
ENABLE_VERBS = frozenset({"allow", "let", "permit", "enable"})
ACTOR_ONLY = frozenset({"kill", "abduct", "kidnap", "assassinate", "sanction", "arrest", "indict"})
BASE = 0.85


#: Past forms the lemmatiser leaves alone.
IRREGULAR = {"retook": "retake", "overran": "overrun", "outfought": "outfight", "shot": "shoot",
             "fought": "fight", "struck": "strike", "took": "take", "held": "hold", "led": "lead",
             "sent": "send", "sold": "sell", "met": "meet", "hit": "hit", "beat": "beat",
             "bombarded": "bombard", "shelled": "shell", "overrun": "overrun", "retaken": "retake"}


#: Adverbs that make the doers of any verb partners ("jointly patrol").
JOINT_ADVERBS = frozenset({"jointly", "together"})
SPECIAL = frozenset({"exchange", "impose", "co-host", "cohost", "stand", "receive"})


def sense_of(token: Token) -> VerbSense | None:
    lemma = token.lemma_.lower()
    if lemma not in VERBS:
        lemma = IRREGULAR.get(token.lower_, lemma)
    if lemma not in VERBS and lemma not in SPECIAL and lemma not in LABEL_VERBS:
        return None
    prts = {c.lower_ for c in token.children if c.dep_ == "prt"}
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    if lemma == "take" and "over" in prts:
        return VerbSense("CONTROLS")
    if lemma == "shoot" and "down" in prts:
        return VerbSense("ATTACKS", ("on",))
    if lemma in ("back", "hold", "fire") and prts & {"down", "away", "off", "out", "back"}:
        return None
    if lemma == "fight" and "alongside" in preps:
        return VerbSense("ALLIED_WITH", ("alongside", "with"), direct=False)
    if lemma in ("join", "unite") and "with" in preps and any(
        c.dep_ == "dobj" and c.lemma_ == "force" for c in token.children
    ):
        return VerbSense("ALLIED_WITH", ("with",), direct=False)
    if lemma == "side" and "with" not in preps:
        return None
    if lemma.startswith("co-") or lemma.startswith("co"):
        lemma = lemma.removeprefix("co-") if lemma.startswith("co-") else lemma
    dobjs = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if lemma == "receive":  # "Sisi received Hamas leaders"; "received drones from Iran" is not this
        return None if "from" in preps or dobjs & SUPPLY_NOUNS else VerbSense("COOPERATES_WITH")
    if lemma == "exchange" and dobjs & {"fire", "blow", "shot", "shell", "strike", "gunfire"}:
        return VerbSense("FIGHTS", ("with",), direct=False)
    if lemma == "impose" and dobjs & SANCTION_NOUNS:
        return VerbSense("OPPOSES", ("on", "against"), direct=False)
    if lemma in LABEL_VERBS:
        labels = {t.lemma_.lower() for t in token.subtree if t.i != token.i}
        return VerbSense("OPPOSES") if labels & HOSTILE_LABELS else None
    if lemma == "stand" and preps & {"with", "by", "behind"}:
        return VerbSense("SUPPORTS", ("with", "by", "behind"), direct=False)  # "We stand with Russia"
    if lemma == "discuss":
        return VerbSense("COOPERATES_WITH", ("with",), direct=False)  # the object is the topic
    if lemma in ("rule", "govern", "run") and "over" in preps:
        return VerbSense("CONTROLS", ("over",))
    return VERBS.get(lemma)


def objects(args: Args, verb: Token, sense: VerbSense) -> tuple[list[Arg], bool]:
    """Targets of an active verb, and whether its direct object is something supplied."""
    places = sense.relation in PLACE_TYPES
    first = sense.relation == "CONTROLS"
    # "launched drones at X": the object is the weapon; "shot down a drone": the target
    downed = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    launched = verb.lemma_ in LAUNCH_VERBS and not downed
    targets: list[Arg] = []
    supplied = False
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP" and "to" in sense.preps:
            for pobj in args.pobjs(child):  # "send weapons to Hezbollah" parsed as dative
                targets += args.all_actors(pobj, places=places, place_first=first)
        elif child.dep_ in ("dobj", "dative") and sense.direct and not launched:
            if child.lemma_.lower() in SUPPLY_NOUNS and sense.relation in ("SUPPORTS", "COOPERATES_WITH"):
                supplied = True
                continue
            found = args.all_actors(child, places=places, place_first=first)
            if not found and sense.relation in ("OPPOSES", "SUPPORTS", "COOPERATES_WITH"):
                found = args.modifier_actors(child)  # "met Hamas officials", "sanctioned Iranian banks"
            targets += found
        elif child.dep_ == "prep" and child.lower_ in sense.preps:
            for pobj in args.pobjs(child):
                found = args.all_actors(pobj, places=places, place_first=first)
                if not found and sense.relation == "ATTACKS":
                    found = args.modifier_actors(pobj)  # "launched drones at US warships"
                targets += found
    if not targets and supplied:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "sent a shipment of artillery shells to Israel": the recipient hangs off the
            # supplied noun or the noun its "of" names
            held = [obj, *(p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                           for p in args.pobjs(of))]  # fmt: skip
            for noun in held:
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in sense.preps):
                    for pobj in args.pobjs(prep):
                        targets += args.all_actors(pobj)
    if not targets and launched:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in sense.preps):
                for pobj in args.pobjs(prep):  # "launched drones at US warships"
                    targets += args.all_actors(pobj, places=places) or args.modifier_actors(pobj)
    if not targets and not sense.direct:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in obj.children:  # "imposed its 14th sanctions package on Moscow"
                if prep.dep_ == "prep" and prep.lower_ in sense.preps:
                    for pobj in args.pobjs(prep):
                        targets += args.all_actors(pobj, places=places, place_first=first)
    placed = any(c.dep_ == "dobj" and noun_keys(c) & PLACE_NOUNS for c in verb.children)
    if not targets and places and (sense.relation == "ATTACKS" or placed):
        # "pounded opposition-held villages south of Idlib", "struck depots in Hodeidah"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        for child in args.descents(verb):
            for pobj in args.pobjs(child):
                for near in args.place(pobj):
                    # "struck targets in southern Lebanon": a region, not the state
                    spot = args.region(pobj, near) if near.actor.known else near
                    if spot is not None:
                        targets.append(args.with_alias(spot, args.phrase(objs[0])) if objs else spot)
    if not targets and places:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            targets += args.unnamed_place(obj)
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    if not targets and not has_object and sense.direct:
        for conj in verb.children:  # "Iran arms, trains and funds the Houthi movement"
            own_subject = any(c.dep_ == "nsubj" for c in conj.children)
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and not own_subject:
                shared, more = objects(args, conj, sense)
                targets += shared
                supplied = supplied or more
    return targets, supplied


def verbal(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for tok in tokens:
        if tok.lower_ in JOINT_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
            yield from _jointly(args, tok.head, sent)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.lemma_.lower() in ENABLE_VERBS:
            yield from _enable(args, tok, sent)
            continue
        yield from _diplomatic(args, tok, sent)
        if tok.lemma_.lower() == "fall":
            yield from _fell(args, tok, sent)
            continue
        sense = sense_of(tok)
        if sense is None:
            continue
        rel = sense.relation
        sources = [s for s in args.agents(tok) if s.actor.type != "PLACE"]
        if args.is_passive(tok) and tok.lemma_.lower() in LAUNCH_VERBS:
            continue  # "a drone launched by the Houthis": the patient is the weapon
        if args.is_passive(tok):
            targets = args.patients_of_passive(tok, rel in PLACE_TYPES, rel == "CONTROLS")
            supplied = True
            if rel in SYMMETRIC and not sources:
                # "Russia and Belarus are formally allied": the patients are the parties
                sources, targets = targets, []
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in sense.preps:
                        for pobj in args.pobjs(child):
                            targets += args.all_actors(pobj)
        else:
            targets, supplied = objects(args, tok, sense)
        if sense.needs_supply_object and not supplied and not _recipient_object(args, tok):
            continue
        targets = [t for t in targets if _fits(rel, tok, t)]
        pattern = "verb"
        ruling = tok.lemma_.lower() in ("rule", "govern", "run", "administer")
        if rel == "LEADS" and ruling and targets and all(t.actor.type == "PLACE" for t in targets):
            rel = "CONTROLS"  # "Hamas, which has ruled Gaza since 2007"
        if rel == "LEADS":
            sources = [s for s in sources if s.actor.type == "PERSON"]
        if rel == "ATTACKS" and _threatened(tok):
            rel, pattern = "OPPOSES", "threat"  # "vowed to destroy Hamas" is a threat
        if rel == "LEADS":  # "a Saudi delegation led by X": X leads the delegation, not Saudi Arabia
            targets = [t for t in targets if args.mention_kinds(sent.doc[t.token]) != {"demonym"}]
        lemma = tok.lemma_.lower()
        if lemma in REVERSED_MEMBERSHIP and not args.is_passive(tok):
            yield from emit([t for t in targets if t.actor.type in GROUP_TYPES | {"STATE"}], "MEMBER_OF",
                            [s for s in sources if s.actor.type in GROUP_TYPES], tok, sent, BASE, "verb")
            continue
        if lemma in FOUNDING:
            targets = [t for t in targets if t.actor.type in GROUP_TYPES]
            yield from emit(sources, "MEMBER_OF", targets, tok, sent, BASE * 0.9, "founding")
            continue
        yield from _alongside(args, tok, sources, sent)
        if not sources and not targets and rel in ("FIGHTS", "ATTACKS"):
            # "Fighting between the army and the RSF spread": a gerund with both sides after it
            sides = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                     for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
            yield from emit_pairs(sides, "FIGHTS", tok, sent, BASE, "between")
            continue
        if targets:
            yield from emit(sources, rel, targets, tok, sent, BASE, pattern)
        elif rel in SYMMETRIC and len(sources) > 1:
            yield from emit_pairs(sources, rel, tok, sent, BASE * 0.9, "verb-coordinated")


def _alongside(args: Args, verb: Token, sources: list[Arg], sent: Span) -> Iterator[Candidate]:
    """ "fought alongside JNIM against the Malian army": the allies fight the enemy too;
    "on behalf of the RSF" is support; "mediated between A and B" is cooperation."""
    allies: list[Arg] = []
    enemies: list[Arg] = []
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        word = child.lower_
        objs = args.pobjs(child)
        joined = any(c.lemma_ == "force" for c in verb.children if c.dep_ == "dobj")
        if word in ("alongside", "with") and joined:
            word = "alongside"
        if word == "alongside":
            for pobj in objs:
                allies += args.all_actors(pobj)
                for sub in pobj.children:  # "alongside JNIM militants against the army"
                    if sub.dep_ == "prep" and sub.lower_ == "against":
                        for enemy in args.pobjs(sub):
                            enemies += args.all_actors(enemy)
        elif word == "against":
            for pobj in objs:
                enemies += args.all_actors(pobj)
        elif word == "on" and any(p.lower_ == "behalf" for p in objs):
            for behalf in objs:
                for of in behalf.children:
                    for pobj in args.pobjs(of):
                        yield from emit(sources, "SUPPORTS", args.all_actors(pobj), verb, sent, BASE * 0.9,
                                        "behalf")
        elif word == "between" and verb.lemma_.lower() in ("mediate", "broker", "negotiate", "shuttle"):
            for pobj in objs:
                yield from emit(sources, "COOPERATES_WITH", args.all_actors(pobj), verb, sent, BASE * 0.9,
                                "mediate")
    if enemies and allies and verb.lemma_.lower() in ("fight", "join", "unite", "battle", "side"):
        yield from emit(sources + allies, "FIGHTS", enemies, verb, sent, BASE * 0.9, "alongside")
    elif allies and verb.lemma_.lower() in COOPERATIVE_VERBS:
        # "has mediated between Israel and the group alongside Egypt"
        yield from emit(sources, "COOPERATES_WITH", allies, verb, sent, BASE * 0.85, "alongside")


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


def _recipient_object(args: Args, verb: Token) -> bool:
    """ "supplied Hamas with weapons": the object is the recipient only with "with"."""
    if verb.lemma_.lower() not in ("supply", "provide", "equip", "arm", "furnish"):
        return False
    has_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return has_with and any(c.dep_ in ("dobj", "dative") and args.actors(c) for c in verb.children)


def _fits(rel: str, verb: Token, target: Arg) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ACTOR_ONLY and target.actor.type == "PLACE":
        return False
    if lemma in WEAK_CONTROL:
        return target.actor.type == "PLACE"
    if rel == "CONTROLS":
        return target.actor.type in ("PLACE", "STATE") or not target.actor.known
    return True


def _fell(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Aleppo fell to the rebels": the rebels control Aleppo."""
    places = [p for c in verb.children if c.dep_ == "nsubj" for p in args.place(c)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        takers = [a for p in args.pobjs(prep) for a in args.all_actors(p) if a.actor.type != "PLACE"]
        yield from emit(takers, "CONTROLS", places, verb, sent, BASE, "fell")


def _diplomatic(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """Readings that hang on the object: "hosts Russian nuclear weapons" (support),
    "ordered US troops to leave" and "recalled its ambassador from Algiers" (opposition),
    "brokered by Washington and Paris" (the brokers cooperate)."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in HOSTING_VERBS and not args.is_passive(verb):
        hosted = [o for o in objs if noun_keys(o) & HOSTED_NOUNS]
        for obj in hosted:  # "Belarus has hosted Russian tactical nuclear weapons"
            owners = args.owners(obj) or [a for a in args.modifier_actors(obj) if a.actor.type == "STATE"]
            yield from emit(args.agents(verb), "SUPPORTS", owners, verb, sent, BASE * 0.85, "hosting")
    departing = any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in DEPARTING for c in verb.children)
    if lemma in ("order", "tell", "ask", "demand", "force") and objs and departing:
        targets = [t for o in objs for t in args.all_actors(o)]
        yield from emit(args.agents(verb), "OPPOSES", targets, verb, sent, BASE * 0.9, "expulsion")
    if lemma in ("recall", "withdraw", "expel") and any(noun_keys(o) & ENVOYS for o in objs):
        holders = [verb, *objs]  # "recalled its ambassador from Paris": "from" may hang off either
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            targets = [t for p in args.pobjs(prep) for t in args.all_actors(p)]
            yield from emit(args.agents(verb), "OPPOSES", targets, verb, sent, BASE * 0.9, "recall")
    if lemma in ("broker", "mediate", "sponsor", "co-sponsor") and args.is_passive(verb):
        brokers = args.agents(verb)
        if len(brokers) > 1:
            yield from emit_pairs(brokers, "COOPERATES_WITH", verb, sent, BASE * 0.85, "brokers")
    elif lemma in JOINT_VERBS and not args.is_passive(verb):
        # "Egypt and Qatar, together with the United States, presented a proposal"
        partners = list(args.agents(verb))
        holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
            joined = any(a.lower_ in ("together", "along") for a in (prep.head, *prep.children))
            if prep.lower_ == "alongside" or (prep.lower_ == "with" and joined):
                partners += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
        for along in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("together", "along")):
            for prep in (c for c in along.children if c.dep_ == "prep" and c.lower_ == "with"):
                partners += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
        partners = [a for a in partners if a.actor.type != "PLACE"]
        if len({a.actor.id for a in partners}) > 1:
            yield from emit_pairs(partners, "COOPERATES_WITH", verb, sent, BASE * 0.85, "joint-action")


def _jointly(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Turkey and Russia jointly patrol northern Syria": doing anything together is
    cooperation between the doers (joint verbs such as "co-host" are read elsewhere)."""
    if verb.lemma_.lower() in JOINT_VERBS or args.is_passive(verb):
        return
    partners = [a for a in args.agents(verb) if a.actor.type != "PLACE"]
    sense = sense_of(verb)
    # fighting side by side is an alliance, as "joint strikes" is elsewhere
    hostile = sense is not None and sense.relation in ("ATTACKS", "FIGHTS")
    rel = "ALLIED_WITH" if hostile else "COOPERATES_WITH"
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
    yield from emit(sources, "SUPPORTS", targets, verb, sent, BASE * 0.85, "enable")
