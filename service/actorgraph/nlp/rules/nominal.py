"""Relations stated by a noun: "support from A", "Moscow's support for B", "clashes between
A and B", "airstrikes on X", "took control of X", "the EU's sanctions on Russia",
"Türkiye-Russia talks"; and by prenominal participles: "Iran-backed", "pro-Turkish".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    ADVOCACY_VERBS,
    AFFILIATION_NOUNS,
    COMMITTING_VERBS,
    CONTROL_VERBS,
    DEFENCE_WORDS,
    DEMANDING_VERBS,
    IMPACT_VERBS,
    LAUNCH_VERBS,
    LEADING_VERBS,
    LOSS_WORDS,
    PACT_NOUNS,
    PACT_VERBS,
    PRENOMINAL,
    REACTION_VERBS,
    RECEIVE_VERBS,
    REPEL_VERBS,
    SPEECH_VERBS,
    TIE_VERBS_NEG,
    TIE_VERBS_POS,
    VERBS,
    VISITING_VERBS,
    WEAK_CONTROL,
)
from actorgraph.nlp.rules.accusations import condemned_acts, condemned_doers
from actorgraph.nlp.rules.args import Args
from actorgraph.nlp.rules.attack_events import (
    claimed,
    clause_targets,
    earlier_targets,
    hung_on_date,
    listed_places,
    read_behind,
    read_involved,
)
from actorgraph.nlp.rules.emit import emit, emit_mutual, emit_pairs
from actorgraph.nlp.rules.hung_sides import hung_sides
from actorgraph.nlp.rules.noun_args import (
    NounPhrase,
    broken_off,
    clause_side,
    died,
    earlier_doers,
    givers,
    hung_on_doer,
    named_doers,
    prep_targets,
    read_blamed_for,
    read_dependents,
    read_light_verb,
    recipient,
    struck_by,
    verb_objects,
    victims,
)
from actorgraph.nlp.rules.noun_relations import (
    NOUN_POS,
    clause_slot,
    governor,
    held_under,
    noun_args,
    relation_of_noun,
    takes_sides,
    tie_noun,
)
from actorgraph.nlp.rules.prenominals import prenominal, stance, stance_word

BASE = 0.8


def nominal(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for tok in tokens:
        rel = relation_of_noun(tok)
        if rel is not None:
            yield from _noun(args, tok, rel, sent)
        if tok.dep_ in ("amod", "compound") and tok.lemma_.lower() in PRENOMINAL:
            yield from prenominal(args, tok, sent)
        if stance_word(tok) and tok.dep_ in ("amod", "compound", "npadvmod", "nmod"):
            yield from stance(args, tok, sent)
        if tok.lower_ == "behalf" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("VERB", "AUX"):
            # "operated drones ... on behalf of the RSF"
            sources = args.agents(tok.head.head)
            for of in tok.children:
                for pobj in args.pobjs(of):
                    targets = args.all_actors(pobj)
                    yield from emit(sources, RelationType.SUPPORTS, targets, tok, sent, BASE * 0.9, "behalf")


def _noun(args: Args, tok: Token, rel: RelationType, sent: Span) -> Iterator[Candidate]:
    verb = governor(tok)
    if verb is not None and verb.lemma_.lower() in LOSS_WORDS and not died(verb):
        return  # "lost the town in an attack", but "lost their lives in an attack"
    if args.mention_kinds(tok) & {"gazetteer", "ner"}:
        return  # part of a name: "formed the Alliance of Sahel States" founds a body
    phrase = _read_phrase(args, tok, rel, verb)
    construction = _settling_construction(phrase)
    if construction is not None:
        yield from construction(args, phrase, sent)
        return
    read_blamed_for(args, phrase)
    if rel == RelationType.ATTACKS:
        read_behind(args, phrase)
        read_involved(args, phrase)
    _read_place_targets(args, phrase)
    yield from condemned_acts(args, phrase, sent)
    yield from _governed(args, phrase, sent)


def _read_phrase(args: Args, tok: Token, rel: RelationType, verb: Token | None) -> NounPhrase:
    """Everything the noun's own phrase names: its doers in its modifiers, "their" for a
    relation between parties, the givers of what a verb says was received, then what its
    dependents name; and the sides of a clause "between" names."""
    places, first = rel in (RelationType.ATTACKS, RelationType.CONTROLS), rel == RelationType.CONTROLS
    sources = named_doers(args, tok, verb)
    in_noun = tok.head.lower_ == "in" and tok.head.dep_ == "prep" and tok.head.head.pos_ in NOUN_POS
    if in_noun and (rel == RelationType.CONTROLS or not sources):
        # "Alhaji Auta, a bandit in control of the forest"; a headline's "Mozambique forces in
        # deadly clashes with Renamo": the actors the noun is "in" are its doers (named before
        # it: not the source the headline names after a colon, "...: police")
        sources = [a for a in args.actors(tok.head.head) if a.token < tok.i]
    if not sources and (takes_sides(tok, rel) or any(c.lower_ == "joint" for c in tok.children)):
        for own in (c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"):
            sources = args.pronoun(own)  # "Mali, Burkina Faso and Niger marked ... their (joint) pact"
    target_preps = _target_preps(tok, rel)  # the entry's own, before a defence pact makes it an alliance
    if rel == RelationType.COOPERATES_WITH and tok.lemma_.lower() in PACT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in DEFENCE_WORDS for c in tok.children
    ):
        rel = RelationType.ALLIED_WITH  # "a mutual defence treaty", "their defence pact"
    vlemma = verb.lemma_.lower() if verb is not None else ""
    called_for = tok.dep_ == "pobj" and tok.head.lower_ == "for" and vlemma in ADVOCACY_VERBS
    if rel == RelationType.ATTACKS and called_for:
        rel = RelationType.OPPOSES  # "called for attacks on US interests": a call, not an attack
    received = vlemma in RECEIVE_VERBS and tok.dep_ == "dobj"
    found = givers(args, verb) if received and verb is not None else []  # "received support from Turkey"
    if found:  # "received Patriot systems from Germany": the modifier names the system
        sources = [s for s in sources if s.actor.type == "STATE"] + found
    phrase = NounPhrase(tok, rel, verb, sources, target_preps, received, places, first)
    entry_args = noun_args(tok, rel)
    if entry_args is not None:
        phrase.source_preps = tuple(p for p in entry_args.source if p in ("by", "from"))
    read_dependents(args, phrase)
    sided = rel == RelationType.ATTACKS or takes_sides(tok, rel)
    if not phrase.between and sided:
        phrase.between = hung_sides(args, tok)  # "Clashes continue ... between A and B"
    return phrase


def _target_preps(tok: Token, rel: RelationType) -> tuple[str, ...]:
    """The prepositions that name the noun's targets: its relation's, and "in support of
    Hamas", "close ties to Putin", "cut ties with Kabul"."""
    own = noun_args(tok, rel)
    target_preps = own.target if own is not None else ()
    if rel == RelationType.SUPPORTS and tok.head.lower_ == "in":
        target_preps = (*target_preps, "of")  # "in support of Hamas"
    if tie_noun(tok):  # "close ties to Putin", "cut ties with Kabul", "its membership in the CSTO"
        placed = ("in",) if tok.lemma_.lower() in AFFILIATION_NOUNS else ()
        target_preps = (*target_preps, "to", "with", *placed)
    return target_preps


#: A reading of a relation noun that settles it: nothing else is read from it.
Construction = Callable[[Args, NounPhrase, Span], Iterator[Candidate]]


def _settling_construction(phrase: NounPhrase) -> Construction | None:
    """ "clashes between A and B", "areas under Houthi control", "came under Israeli fire":
    constructions that say all there is to say of the noun."""
    tok = phrase.tok
    if phrase.between:
        return _between
    if phrase.rel == RelationType.CONTROLS and held_under(tok):
        return _under_control
    fired_on = tok.dep_ == "pobj" and tok.head.lower_ == "under" and phrase.verb is not None
    if phrase.rel in (RelationType.ATTACKS, RelationType.OPPOSES) and fired_on:
        return _under_fire  # "came under Israeli fire", "are under pressure from Mexico"
    return None


def _between(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "clashes between A and B": the sides relate to each other (an attack between them is fighting)."""
    if phrase.rel == RelationType.ATTACKS:
        yield from emit_pairs(phrase.between, RelationType.FIGHTS, phrase.tok, sent, BASE, "between")
    elif takes_sides(phrase.tok, phrase.rel):
        yield from emit_mutual(phrase.between, phrase.rel, phrase.tok, sent, BASE, "between")


def _under_control(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "areas under Houthi control", "the town is under the control of HTS", "Sana'a
    remains in the hands of the Houthis", "brought the district under government control":
    the holder is the noun's modifier or its "of"; the held place is the noun the phrase
    describes, else the clause's object, else its subject."""
    holders = phrase.sources or [t for t in phrase.targets if t.actor.type != "PLACE"]
    held = phrase.tok.head.head  # the noun the phrase describes, or the verb of "is under"
    if held.pos_ in ("VERB", "AUX"):
        clause = [c for c in held.children if c.dep_ == "dobj"] or [
            c for c in held.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
        held = clause[0] if clause else held
    if held.pos_ in NOUN_POS:
        # the clause says the place is held: a name the NER read as a person's is the
        # place's, as in "the village of X"
        places = [p for p in args.place(held, depth=1) if p.actor.type == "PLACE"]
        yield from emit(holders, phrase.rel, places, phrase.tok, sent, BASE, "under-control")


def _under_fire(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "its peacekeepers came under Israeli fire": the shooters attack the verb's subject."""
    verb = phrase.verb
    if verb is None or phrase.vlemma not in ("come", "be", "remain"):
        return
    for prep in (c for c in phrase.tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        phrase.sources += [a for p in args.pobjs(prep) for a in args.all_actors(p)]
    # "the town of Kupiansk came under air attack": a place under fire is attacked too
    struck = args.agents(verb)
    struck = struck or [a for t in args.subject_tokens(verb)[0] for a in args.all_actors(t, places=True)]
    yield from emit(phrase.sources, phrase.rel, struck, phrase.tok, sent, BASE, "under-fire")


def _read_place_targets(args: Args, phrase: NounPhrase) -> None:
    """The targets of an attack or control that names no actor as its target: the places
    it was in, or what a clause about it says it hit."""
    tok = phrase.tok
    suffered = victims(args, tok) if phrase.rel in (RelationType.ATTACKS, RelationType.FIGHTS) else []
    if phrase.rel == RelationType.ATTACKS and not phrase.targets:
        own = [c for c in tok.children if c.dep_ == "prep"]
        own += [h for c in own if c.lower_ in phrase.source_preps for h in hung_on_doer(phrase, c)]
        own += [h for c in own for h in hung_on_date(c)]
        for prep in (c for c in own if c.lower_ in ("in", "near", "at")):
            for pobj in args.pobjs(prep):
                # "an offensive in southern Lebanon" strikes a region, not the state (where
                # nobody is said to have suffered it: "soldiers died in an attack in ...")
                found = [args.region(pobj, a) if a.actor.known and not suffered else a
                         for a in listed_places(args, pobj)]  # fmt: skip
                phrase.targets += [a for a in found if a is not None and not a.actor.known]
        # "an attack that killed dozens of soldiers in Djibo", "an ambush targeting police"
        phrase.targets += clause_targets(args, tok)
    if phrase.rel in (RelationType.ATTACKS, RelationType.CONTROLS) and not phrase.targets:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in phrase.target_preps):
            phrase.targets += [a for p in args.pobjs(prep) for a in args.unnamed_place(p)]
    if phrase.rel in (RelationType.ATTACKS, RelationType.FIGHTS):
        if phrase.rel == RelationType.FIGHTS and not phrase.sources:
            # "soldiers were killed in clashes with the rebels"; "troops withdrew from the
            # town after heavy fighting with Fano militiamen": the clause's subject is a side
            phrase.sources = suffered or clause_side(args, tok)
        elif phrase.rel == RelationType.ATTACKS:
            phrase.targets += suffered  # "soldiers died following an attack by al-Shabaab"
    if phrase.rel == RelationType.ATTACKS and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in IMPACT_VERBS:
        # "An Israeli strike ... killed a senior commander of PIJ"
        phrase.targets += verb_objects(args, tok.head)
    phrase.targets += struck_by(args, phrase)


def _governed(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """What the verb governing the noun adds: repelling an attack is fighting the
    attackers; condemning an act opposes its doers; the subject of a light verb does what
    the noun says ("carried out airstrikes"); then what the noun states."""
    tok, verb = phrase.tok, phrase.verb
    slot = clause_slot(tok)
    light = verb is not None and (
        slot.dep_ in ("dobj", "attr")
        or (slot.dep_ == "pobj" and slot.head.lower_ in ("in", "with", "at"))
        or (slot.dep_ == "nsubjpass" and args.is_passive(verb))  # "the attack was led by X"
    )
    if light and verb is not None and phrase.vlemma in REPEL_VERBS and phrase.rel == RelationType.ATTACKS:
        yield from _repelled(args, phrase, verb, sent)
        return
    yield from condemned_doers(args, phrase, sent)
    # "We are in a war with Hezbollah", "are at war with": the copula's subject
    copular = verb is not None and verb.pos_ == "AUX" and tok.dep_ == "pobj"
    acting = _subject_acts(phrase, light)
    if acting and verb is not None and not phrase.received and (verb.pos_ != "AUX" or copular):
        read_light_verb(args, phrase, verb)
        yield from _light_verb_pairs(phrase, sent)
    yield from _stated(args, phrase, sent)


def _repelled(args: Args, phrase: NounPhrase, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "repelled an RSF assault on El Fasher": the attack, and the defenders fight the attackers."""
    defenders = args.agents(verb)
    targets = phrase.targets or prep_targets(args, verb, phrase.target_preps, phrase.places, phrase.first)
    yield from emit(phrase.sources, phrase.rel, targets, phrase.tok, sent, BASE, "noun")
    for d in defenders:
        yield from emit([d], RelationType.FIGHTS, phrase.sources, phrase.tok, sent, BASE * 0.9, "repel")


def _subject_acts(phrase: NounPhrase, light: bool) -> bool:
    """Whether the governing verb's subject does what the noun says: asking for a hostile
    measure is itself hostile ("called for sanctions on Rwanda"); a light verb's subject
    does it unless the verb is a relation or report of its own ("condemned the strikes",
    "confirmed the strike")."""
    if phrase.verb is None:
        return False
    tok = phrase.tok
    asked_for = tok.dep_ == "pobj" and tok.head.lower_ == "for" and phrase.vlemma in ADVOCACY_VERBS
    demanded = tok.dep_ == "dobj" and phrase.vlemma in DEMANDING_VERBS  # "urges pressure on the UAE"
    advocated = phrase.rel == RelationType.OPPOSES and (asked_for or demanded)
    # "arrived in Caracas for talks with Maduro": the traveller holds the talks
    sought = tok.dep_ == "pobj" and tok.head.lower_ == "for" and phrase.vlemma in VISITING_VERBS
    visiting = phrase.rel == RelationType.COOPERATES_WITH and sought
    return advocated or visiting or (light and _carries(phrase.verb, phrase.rel))


def _light_verb_pairs(phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "waged a campaign against X": the doers fight X; "carried out joint strikes": the
    doers are allies."""
    tok = phrase.tok
    if phrase.against and not phrase.targets and phrase.rel != RelationType.FIGHTS:
        yield from emit(
            phrase.sources, RelationType.FIGHTS, phrase.against, tok, sent, BASE * 0.9, "noun-against"
        )
    joint = any(c.lower_ == "joint" for c in tok.children)
    if len(phrase.sources) > 1 and phrase.rel in (RelationType.ATTACKS, RelationType.FIGHTS) and joint:
        yield from emit_pairs(phrase.sources, RelationType.ALLIED_WITH, tok, sent, BASE * 0.85, "joint")


def _stated(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """What the noun states between its doers and targets: fighting is against its
    enemies; support goes to its recipient; a relation between parties with no target
    holds among coordinated doers; attributed acts stay hedged."""
    rel, tok = phrase.rel, phrase.tok
    if rel == RelationType.FIGHTS and phrase.against and not phrase.targets:
        phrase.targets = phrase.against
    if rel == RelationType.SUPPORTS and not phrase.targets:
        phrase.targets = recipient(args, tok, phrase.verb, phrase.received)
    if takes_sides(tok, rel) and not phrase.targets and len(phrase.sources) > 1:
        yield from emit_mutual(phrase.sources, rel, tok, sent, BASE * 0.9, "noun-compound-pair")
        return
    if rel == RelationType.ATTACKS and phrase.sources:
        args.attackers.append((tok.i, phrase.sources))  # "carried out attacks on five towns"
    if rel == RelationType.ATTACKS and not phrase.targets:
        phrase.targets = earlier_targets(args, phrase)  # "JNIM later claimed the attack"
    if rel == RelationType.ATTACKS and phrase.targets:
        args.attacked.append((tok.i, phrase.targets))
    if (
        rel
        in (
            RelationType.ATTACKS,
            RelationType.OPPOSES,
            RelationType.CONTROLS,
            RelationType.FIGHTS,
            RelationType.COOPERATES_WITH,
        )
        and not phrase.targets
    ):
        return
    if rel == RelationType.ATTACKS and not phrase.sources:
        phrase.sources = earlier_doers(args, tok)  # "The attacks were carried out at ..."
    sources = [s for s in phrase.sources if s.actor.type != "PLACE"]
    if broken_off(phrase, rel):
        rel = RelationType.OPPOSES  # "the EU suspended defence consultations with Kigali", "cut aid to Fiji"
    targets = phrase.targets
    if rel == RelationType.CONTROLS:
        targets = [t for t in targets if t.actor.type in ("PLACE", "STATE") or not t.actor.known]
    for cand in emit(sources, rel, targets, tok, sent, BASE, "noun"):
        # "strikes blamed on the RSF" is an attribution; "JNIM claimed the attack" a claim
        cand.hedged = cand.hedged or phrase.blamed or (rel == RelationType.ATTACKS and claimed(phrase))
        yield cand


def _carries(verb: Token, rel: RelationType) -> bool:
    """Whether a verb's subject is the agent of the relation noun it governs: "carried
    out airstrikes", "took control", "signed an agreement" - but not "condemned the
    strikes" (a relation of its own) or "confirmed the strike" (a report)."""
    lemma = verb.lemma_.lower()
    if lemma in REACTION_VERBS or (lemma in SPEECH_VERBS and lemma not in COMMITTING_VERBS):
        return False
    if lemma in TIE_VERBS_POS | TIE_VERBS_NEG | CONTROL_VERBS:
        return True  # "establish ties", "cut ties", "take control"
    if lemma in PACT_VERBS and rel in (RelationType.ALLIED_WITH, RelationType.COOPERATES_WITH):
        return True  # "formed a military alliance", "sealed a deal"
    sense = VERBS.get(lemma)
    return sense is None or sense.relation == rel or lemma in WEAK_CONTROL | LAUNCH_VERBS | LEADING_VERBS
