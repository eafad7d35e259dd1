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
    BREAK_OFF_VERBS,
    LAUNCH_VERBS,
    NOUN_TARGET_PREPS,
    NOUNS,
    PRENOMINAL,
    RECEIVE_VERBS,
    SPEECH_VERBS,
    SUPPLY_NOUNS,
    TIE_NOUNS,
    TIE_VERBS_NEG,
    TIE_VERBS_POS,
    VERBS,
    WEAK_CONTROL,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit, emit_pairs

BASE = 0.8
CONTROL_VERBS = frozenset({"take", "gain", "regain", "seize", "wrest", "assume", "establish", "retain",
                           "maintain", "tighten", "extend", "have", "consolidate", "reassert", "win",
                           "restore", "impose"})
IMPACT_VERBS = frozenset({"kill", "hit", "destroy", "target", "wound", "damage", "strike", "injure",
                          "level", "flatten", "claim", "slay"})
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "fend", "beat", "counter", "resist"})
#: Speech verbs whose subject does what the noun says: "pledged support", "claimed the attack".
COMMITTING_VERBS = frozenset({"claim", "pledge", "vow", "announce", "declare", "promise", "offer"})
LEADING_VERBS = frozenset({"lead", "head", "spearhead", "join", "command", "direct", "order"})
LOSS_WORDS = frozenset({"lose", "loss", "cede", "relinquish", "surrender"})
#: "called for sanctions on Rwanda": asking for a hostile measure is itself hostile.
ADVOCACY_VERBS = frozenset({"call", "push", "press", "lobby", "campaign", "appeal"})
#: "condemned the Israeli strikes": the condemner opposes whoever struck.
#: A pact of defence is an alliance: "mutual defence treaty", "military pact".
PACT_NOUNS = frozenset({"pact", "treaty", "accord", "agreement"})
DEFENCE_WORDS = frozenset({"defence", "defense", "military", "mutual"})
#: Verbs whose subjects make the pact a relation noun names: "formed an alliance".
PACT_VERBS = frozenset({"form", "forge", "seal", "conclude", "renew", "cement", "build", "strike"})
CONDEMN_VERBS = frozenset({"condemn", "denounce", "decry", "deplore", "criticise", "criticize",
                           "slam", "protest"})
NOUN_POS = ("NOUN", "PROPN")


def relation_of_noun(tok: Token) -> str | None:
    if tok.pos_ not in NOUN_POS:
        return None
    lemma = tok.lemma_.lower()
    rel = NOUNS.get(lemma) or NOUNS.get(tok.lower_)
    if rel is None and lemma in ("fire", "shelling", "bombardment") and tok.head.lower_ == "under":
        return "ATTACKS"  # "came under Israeli fire"
    if lemma in TIE_NOUNS or tok.lower_ in ("ties", "relations"):
        verb = _governor(tok)
        words = {verb.lemma_.lower()} if verb is not None else set()
        for c in tok.children:
            if c.dep_ in ("amod", "compound"):
                words |= {c.lemma_.lower(), c.lower_}
        if words & TIE_VERBS_POS:
            return "COOPERATES_WITH"
        if words & TIE_VERBS_NEG:
            return "OPPOSES"
        return None
    received = tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVE_VERBS
    if rel is None and lemma in SUPPLY_NOUNS and received:
        return "SUPPORTS"  # "received drones from Iran"
    if rel == "CONTROLS" and lemma == "control" and tok.head.lower_ == "under":
        return rel  # "areas under Houthi control", "the town is under the control of HTS"
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


def nominal(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for tok in tokens:
        rel = relation_of_noun(tok)
        if rel is not None:
            yield from _noun(args, tok, rel, sent)
        if tok.dep_ in ("amod", "compound") and tok.lemma_.lower() in PRENOMINAL:
            yield from _prenominal(args, tok, sent)
        if tok.lower_ == "pro" and tok.dep_ in ("amod", "compound", "npadvmod", "nmod"):
            yield from _pro(args, tok, sent)
        if tok.lower_ == "behalf" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("VERB", "AUX"):
            # "operated drones ... on behalf of the RSF"
            sources = args.agents(tok.head.head)
            for of in tok.children:
                for pobj in args.pobjs(of):
                    targets = args.all_actors(pobj)
                    yield from emit(sources, "SUPPORTS", targets, tok, sent, BASE * 0.9, "behalf")


def _noun(args: Args, tok: Token, rel: str, sent: Span) -> Iterator[Candidate]:
    verb = _governor(tok)
    vlemma = verb.lemma_.lower() if verb is not None else ""
    if vlemma in LOSS_WORDS:
        return
    if args.mention_kinds(tok) & {"gazetteer", "ner"}:
        return  # part of a name: "formed the Alliance of Sahel States" founds a body
    places = rel in ("ATTACKS", "CONTROLS")
    first = rel == "CONTROLS"
    sources = args.modifier_actors(tok)
    if not sources and rel in BETWEEN_TYPES:
        for own in (c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"):
            sources = args.pronoun(own)  # "Mali, Burkina Faso and Niger marked ... their pact"
    if rel == "COOPERATES_WITH" and tok.lemma_.lower() in PACT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in DEFENCE_WORDS for c in tok.children
    ):
        rel = "ALLIED_WITH"  # "a mutual defence treaty", "their defence pact"
    targets: list[Arg] = []
    between: list[Arg] = []
    received = vlemma in RECEIVE_VERBS and tok.dep_ == "dobj"
    if received and verb is not None:  # "received support from Turkey"
        givers = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
        if givers:  # "received Patriot systems from Germany": the modifier names the system
            sources = [s for s in sources if s.actor.type == "STATE"] + givers
    target_preps = NOUN_TARGET_PREPS.get(rel, ())
    if rel == "SUPPORTS" and tok.head.lower_ == "in":
        target_preps = (*target_preps, "of")  # "in support of Hamas"
    if tok.lemma_.lower() in TIE_NOUNS or tok.lower_ in ("ties", "relations"):
        target_preps = (*target_preps, "to", "with")  # "close ties to Putin", "cut ties with Kabul"
    against: list[Arg] = []
    blamed = False
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("blame", "claim", "attribute"):
            blamed = blamed or child.lemma_.lower() != "claim"
            for prep in child.children:  # "drone strikes blamed on the RSF"
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("on", "by", "to"):
                    for pobj in args.pobjs(prep):
                        sources += args.all_actors(pobj)
        if child.dep_ != "prep":
            continue
        word = child.lower_
        objs = args.pobjs(child)
        if word == "by" or (word == "from" and rel == "SUPPORTS"):
            for pobj in objs:
                sources += args.all_actors(pobj)
        elif word == "of" and rel == "SUPPORTS" and tok.head.lower_ in ("with", "under"):
            for pobj in objs:  # "with the backing of Russia"
                sources += args.all_actors(pobj)
        elif word == "between":
            for pobj in objs:
                between += args.all_actors(pobj)
        elif word in target_preps:
            for pobj in objs:
                targets += args.all_actors(pobj, places=places, place_first=first)
        elif word == "against" and rel in ("ALLIED_WITH", "FIGHTS", "COOPERATES_WITH"):
            for pobj in objs:  # "a coalition against the Houthis"
                against += args.all_actors(pobj)
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
    if rel == "CONTROLS" and tok.head.lower_ == "under":
        held = tok.head.head  # the noun the phrase describes, or the subject of "is under"
        if held.pos_ in ("VERB", "AUX"):
            held = next((c for c in held.children if c.dep_ in ("nsubj", "nsubjpass")), held)
        if held.pos_ in NOUN_POS:
            yield from emit(sources, rel, args.place(held), tok, sent, BASE, "under-control")
        return
    if rel == "ATTACKS" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and verb is not None:
        if vlemma in ("come", "be", "remain"):  # "its peacekeepers came under Israeli fire"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
                sources += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
            yield from emit(sources, rel, args.agents(verb), tok, sent, BASE, "under-fire")
        return
    if rel == "ATTACKS" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        blamer = tok.head.head  # "blamed JNIM for the massacre in Barsalogho"
        if blamer.lemma_.lower() in ("blame", "accuse", "punish", "condemn", "sanction", "hold"):
            sources = [a for c in blamer.children if c.dep_ == "dobj" for a in args.all_actors(c)]
            blamed = True
        elif blamer.lemma_.lower() == "responsibility" and blamer.head.pos_ == "VERB":
            sources = args.agents(blamer.head)  # "claimed responsibility for the bombing"
    if rel == "ATTACKS" and not targets:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at")):
            targets += [a for p in args.pobjs(prep) for a in args.place(p) if not a.actor.known]
        for clause in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS):
            targets += _verb_objects(args, clause)  # "an attack that killed dozens of soldiers in Djibo"
    if rel in ("ATTACKS", "CONTROLS") and not targets:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in target_preps):
            targets += [a for p in args.pobjs(prep) for a in args.unnamed_place(p)]
    if rel == "ATTACKS" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in IMPACT_VERBS:
        # "An Israeli strike ... killed a senior commander of PIJ"
        targets += _verb_objects(args, tok.head)
    light = verb is not None and (
        tok.dep_ in ("dobj", "attr") or (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "with", "at"))
    )
    # "We are in a war with Hezbollah", "are at war with": the copula's subject
    copular = verb is not None and verb.pos_ == "AUX" and tok.dep_ == "pobj"
    if light and verb is not None and vlemma in REPEL_VERBS and rel == "ATTACKS":
        defenders = args.agents(verb)  # "repelled an RSF assault on El Fasher"
        if not targets:
            targets = _prep_targets(args, verb, target_preps, places, first)
        yield from emit(sources, rel, targets, tok, sent, BASE, "noun")
        for d in defenders:
            yield from emit([d], "FIGHTS", sources, tok, sent, BASE * 0.9, "repel")
        return
    advocated = (
        verb is not None and rel == "OPPOSES" and tok.dep_ == "pobj" and tok.head.lower_ == "for"
        and vlemma in ADVOCACY_VERBS
    )
    if advocated:
        light = True
    elif light and verb is not None and not _carries(verb, rel):
        light = False  # "condemned the strikes", "confirmed the strike": not the attacker
    if verb is not None and vlemma in CONDEMN_VERBS and rel in ("ATTACKS", "FIGHTS") and tok.dep_ == "dobj":
        hostile = [s for s in sources if s.actor.type != "PLACE"]
        yield from emit(args.agents(verb), "OPPOSES", hostile, tok, sent, BASE * 0.9, "condemned-act")
    if light and verb is not None and not received and (verb.pos_ != "AUX" or copular):
        if not sources:
            sources = args.agents(verb)  # light verb: "carried out airstrikes", "took control"
        if not targets:
            targets = _prep_targets(args, verb, (*target_preps, "to"), places, first)
        if not targets and rel == "ATTACKS":  # "carried out killings in West Darfur"
            targets = [t for t in _prep_targets(args, verb, ("in", "near"), True, True) if not t.actor.known]
        if against and not targets and rel != "FIGHTS":
            yield from emit(sources, "FIGHTS", against, tok, sent, BASE * 0.9, "noun-against")
        joint = any(c.lower_ == "joint" for c in tok.children)
        if len(sources) > 1 and rel in ("ATTACKS", "FIGHTS") and joint:
            yield from emit_pairs(sources, "ALLIED_WITH", tok, sent, BASE * 0.85, "joint")
    if rel == "FIGHTS" and against and not targets:
        targets = against
    if rel == "SUPPORTS" and not targets:
        targets = _recipient(args, tok, verb, received)
    if rel in BETWEEN_TYPES and not targets and len(sources) > 1:
        yield from emit_pairs(sources, rel, tok, sent, BASE * 0.9, "noun-compound-pair")
        return
    if rel in ("ATTACKS", "OPPOSES", "CONTROLS", "FIGHTS", "COOPERATES_WITH") and not targets:
        return
    sources = [s for s in sources if s.actor.type != "PLACE"]
    if rel == "COOPERATES_WITH" and vlemma in BREAK_OFF_VERBS and tok.dep_ == "dobj":
        rel = "OPPOSES"  # "the EU suspended defence consultations with Kigali"
    if rel == "CONTROLS":
        targets = [t for t in targets if t.actor.type in ("PLACE", "STATE") or not t.actor.known]
    for cand in emit(sources, rel, targets, tok, sent, BASE, "noun"):
        cand.hedged = cand.hedged or blamed  # "strikes blamed on the RSF" is an attribution
        yield cand


def _carries(verb: Token, rel: str) -> bool:
    """Whether a verb's subject is the agent of the relation noun it governs: "carried
    out airstrikes", "took control", "signed an agreement" - but not "condemned the
    strikes" (a relation of its own) or "confirmed the strike" (a report)."""
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS and lemma not in COMMITTING_VERBS:
        return False
    if lemma in TIE_VERBS_POS | TIE_VERBS_NEG | CONTROL_VERBS:
        return True  # "establish ties", "cut ties", "take control"
    if lemma in PACT_VERBS and rel in ("ALLIED_WITH", "COOPERATES_WITH"):
        return True  # "formed a military alliance", "sealed a deal"
    sense = VERBS.get(lemma)
    return sense is None or sense.relation == rel or lemma in WEAK_CONTROL | LAUNCH_VERBS | LEADING_VERBS


def _prep_targets(
    args: Args, verb: Token, preps: tuple[str, ...], places: bool, first: bool
) -> list[Arg]:
    """ "provide support to X", "impose sanctions on X": targets hang on the verb."""
    out: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in args.pobjs(child):
                out += args.all_actors(pobj, places=places, place_first=first)
    return out


def _verb_objects(args: Args, verb: Token) -> list[Arg]:
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
        if args.is_passive(holder) and args.agents(holder):
            return args.agents(holder)  # "a deal brokered by the US with Qatari support"
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
    doc = tok.doc
    cut = next((i for i in range(tok.i + 1, head.i) if doc[i].dep_ == "cc"), None)
    if cut is not None:  # "the Turkish-backed SNA and SDF fighters": the SDF is not backed
        targets = [t for t in targets if t.token < cut]
    if rel == "MEMBER_OF":  # "the al-Qaeda-linked JNIM": JNIM is the member
        sources, targets = targets, sources
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
