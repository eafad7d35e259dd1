"""Roles stated by titles, appositions and copulas: "Turkish President Erdoğan" (LEADS),
"Kim Jong Un, North Korea's leader" (LEADS), "Kremlin spokesman Dmitry Peskov"
(MEMBER_OF), "the United States and the United Kingdom are close allies" (ALLIED_WITH),
"Kataib Hezbollah, a member of the PMF" (MEMBER_OF).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.camps import camp_stance
from actorgraph.nlp.docdata import DEMONYM, ActorRef, Candidate, dominant_state
from actorgraph.nlp.gazetteer import Entry, Gazetteer
from actorgraph.nlp.lexicon import (
    FORMER_TITLE_MODIFIERS,
    GOVERNMENT_NAME_HEADS,
    GROUP_HEADS,
    GROUP_NOUNS,
    HEAD_OF_STATE_TITLES,
    HEAD_TITLE_MODIFIERS,
    HEADING_MODIFIERS,
    HONORIFICS,
    LEADER_TITLES,
    MEMBER_TITLES,
    NOT_LED_NOUNS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
)
from actorgraph.nlp.rules.args import KIND_FACTOR, Arg, Args, noun_keys
from actorgraph.nlp.rules.attributes import attributes
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.institution_heads import headed_institution, institution_title
from actorgraph.nlp.rules.prenominals import stance_prefixed
from actorgraph.nlp.rules.setting_titles import setting_leadership
from actorgraph.nlp.rules.title_anaphora import titled_anaphors
from actorgraph.nlp.rules.titles import (
    STATE_TYPES,
    clausal_titles,
    holders,
    leaders_counterpart,
    multiword_title_start,
    names_another,
    role_by_words,
    title_of_before,
    title_word,
)

BASE = 0.9


def _role(title: Token, word: str, person: ActorRef, target: ActorRef, gaz: Gazetteer) -> RelationType:
    entry = gaz.get(person.id) if person.known else None
    if entry is not None and target.id in entry.leads:
        return RelationType.LEADS
    mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound") and not c.ent_type_}
    mods -= set(word.split("-"))  # "Secretary-General": the parts of the title are no modifiers
    if word in MEMBER_TITLES and mods & HEADING_MODIFIERS:
        return RelationType.LEADS  # "prime minister", "chief minister", "chief constable"
    if leaders_counterpart(title):
        return RelationType.LEADS  # "X, the leader of Croatia; his Serbian counterpart, Y"
    if word in LEADER_TITLES and not mods - HEAD_TITLE_MODIFIERS - FORMER_TITLE_MODIFIERS:
        return RelationType.LEADS  # "human rights chief", "army chief": a department's head, a member
    return RelationType.MEMBER_OF


def roles(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    doc = sent.doc
    for mention in args.mentions:
        if mention.actor.type != "PERSON" or not (sent.start <= mention.start < sent.end):
            continue
        root = doc[mention.start : mention.end].root
        person = Arg(mention.actor, KIND_FACTOR.get(mention.kind, 0.9), root.i)
        found = list(_titles(args, root, person, sent))
        found = found or list(_linear_title(args, mention.start, person, sent))
        yield from found
        yield from _group_of(args, root, person, sent)
        yield from _possessed_group(args, root, person, sent)
        yield from _named_government(args, root, person, sent)
    yield from _pronoun_titles(args, sent, tokens)
    yield from titled_anaphors(args, sent, tokens)
    yield from attributes(args, sent, tokens)


def _pronoun_titles(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """ "He was a leader of the MDJT", "She is the party's deputy leader": the title a
    copula gives a personal pronoun is the title of the person the pronoun stands for."""
    for title in tokens:
        if title.dep_ != "attr" or title.head.lemma_ != "be" or not title_word(title):
            continue
        for subject in title.head.children:
            if subject.dep_ != "nsubj" or subject.lower_ not in PERSON_PRONOUNS:
                continue
            for person in args.actors(subject):
                if person.actor.type == "PERSON":
                    yield from _apposed_title(args, person, title, sent)


#: Actor types a person can be "of": "the Libyan National Army of Khalifa Haftar".
LED_TYPES = frozenset({"ARMED_GROUP", "ORGANIZATION", "GROUP", "GOVERNMENT"})


def _possessed_group(args: Args, person_root: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "Walid Jumblatt's Druse militia", "Hattab's faction": an unnamed body a person's
    possessive names is one that person leads (a named one is read in rules/units.py)."""
    body = person_root.head
    word = body.lemma_.lower()
    if person_root.dep_ != "poss" or word not in GROUP_HEADS or word in NOT_LED_NOUNS:
        return
    groups = [
        g for g in args.actors(body)
        if g.actor.type in LED_TYPES and not g.actor.known and g.actor.id != person.actor.id
    ]  # fmt: skip
    yield from emit([person], RelationType.LEADS, groups, body, sent, BASE * 0.9, "possessed-group")


def _group_of(args: Args, person_root: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "the Libyan National Army of Khalifa Haftar", "the SPLM-N faction of Abdelaziz
    al-Hilu": a group "of" a person is the group that person leads."""
    prep = person_root.head
    if person_root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return
    owner = prep.head
    if owner.lemma_.lower() in NOT_LED_NOUNS or noun_keys(owner) & PLACE_NOUNS:
        return  # "the Khmer Rouge stronghold of Pailin": the place's name, however the NER typed it
    if camp_stance(owner) is not None:
        return  # "opponents of Evo Morales": a camp for or against him, not his (nlp/camps.py)
    groups = [g for g in args.actors(owner) if g.actor.type in LED_TYPES and g.actor.id != person.actor.id]
    if owner.lemma_.lower() in GOVERNMENT_NAME_HEADS and _head_of_state(person_root):
        # "the Soviet-backed government of President Najib": his state's government, which
        # his title states; a description is no actor of its own
        groups = [g for g in groups if g.actor.type != "GROUP"]
    yield from emit([person], RelationType.LEADS, groups, prep, sent, BASE * 0.9, "group-of")


def _head_of_state(person_root: Token) -> bool:
    """Whether a head-of-state title stands before the name ("President Najib")."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and _heads_a_state(c, title_word(c) or "")
        for c in person_root.lefts
    )


def _named_government(args: Args, person_root: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "the Sheinbaum administration", "the Netanyahu government": a government named after
    a person is the one that person leads, the state the gazetteer says he heads, else the
    state the article is clearly about."""
    body = person_root.head
    if person_root.dep_ not in ("compound", "poss") or body.lemma_.lower() not in GOVERNMENT_NAME_HEADS:
        return
    entry = args.gazetteer.get(person.actor.id) if person.actor.known else None
    led = _led_by_title(args, entry.leads, True) if entry is not None else None
    if led is None and person.actor.known:
        return  # a known person the gazetteer gives no state: not the article's setting
    led = led or args.gazetteer.get(dominant_state(args.mentions, clear=True))
    if led is not None:
        target = Arg(ActorRef(led.id, led.name, led.type.value, True), 0.9, body.i)
        yield from emit([person], RelationType.LEADS, [target], body, sent, BASE * 0.9, "named-government")


def _titles(args: Args, tok: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    titles = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and title_word(c)]
    yield from _own_titles(args, titles, person, sent)
    yield from _possessor_and_apposed_titles(args, tok, person, sent)
    if tok.dep_ == "appos" and title_word(tok.head):
        yield from _apposed_title(args, person, tok.head, sent)
    for title in _copula_titles(tok):
        yield from _apposed_title(args, person, title, sent)
    for title in clausal_titles(tok):
        yield from _apposed_title(args, person, title, sent)
    if not titles and tok.dep_ == "conj":
        yield from _shared_title(args, tok, person, sent)


def _copula_titles(tok: Token) -> list[Token]:
    """ "The leader of the RSF is Dagalo", "Their leader is Mahamat Mahadi Ali": the
    subject of the copula the name completes."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubj" and title_word(c)]


def _own_titles(args: Args, titles: list[Token], person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "Turkish President Erdoğan": the title's holder, else what the gazetteer says he leads."""
    for title in titles:
        word = title_word(title) or ""
        owners = holders(args, title, exclude=person.actor.id)
        led = institution_title(args, person, title, owners, sent)
        if led:  # "Bolivian police chief X" leads the Bolivian police
            yield from led
            continue
        for holder in owners:
            rel = _role(title, word, person.actor, holder.actor, args.gazetteer)
            if rel:
                yield from emit([person], rel, [holder], title, sent, BASE, "title")
        if not owners:
            yield from _known_leadership(args, person, title, word, sent)


def _possessor_and_apposed_titles(args: Args, tok: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "Hungary's Viktor Orbán": a possessive names what the person leads, when known;
    "Erdoğan, Turkey's president": a title in apposition."""
    entry = args.gazetteer.get(person.actor.id) if person.actor.known else None
    for child in tok.children:
        if child.dep_ == "poss" and entry is not None:
            for holder in args.at(child):
                if holder.actor.id in entry.leads:
                    yield from emit([person], RelationType.LEADS, [holder], child, sent, BASE, "possessive")
        if child.dep_ == "appos" and title_word(child) and not names_another(child):
            yield from _apposed_title(args, person, child, sent)


def _shared_title(args: Args, tok: Token, person: Arg, sent: Span) -> Iterator[Candidate]:
    """ "Presidents Vladimir Putin and Recep Tayyip Erdoğan": the title is shared."""
    first = tok.head
    for title in (c for c in first.lefts if c.dep_ == "compound" and title_word(c)):
        if not holders(args, title, exclude=""):
            yield from _known_leadership(args, person, title, title_word(title) or "", sent)


def _known_leadership(args: Args, person: Arg, title: Token, word: str, sent: Span) -> Iterator[Candidate]:
    """ "President Erdoğan": the gazetteer says what he leads; a head of state's title the
    gazetteer cannot place names the state the article is about."""
    entry = args.gazetteer.get(person.actor.id) if person.actor.known else None
    if word in HONORIFICS:
        # "Sheikh Hasina", "President Hassan Sheikh Mohamud", "the Sheikh Mansur battalion":
        # an honorific, often part of the name, states an office only with its holder named
        # ("Hezbollah's Sheikh Naim Qassem")
        return
    mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound", "nmod") and not c.ent_type_}
    if mods - HEAD_TITLE_MODIFIERS - FORMER_TITLE_MODIFIERS:
        return  # "the district police chief, Imran Khan": a department's head, not the famous namesake
    of_state = _heads_a_state(title, word)
    led = _led_by_title(args, entry.leads, of_state) if entry is not None else None
    if led is None and of_state and person.actor.type == "PERSON":
        yield from setting_leadership(args, person, title, sent)
    if led is None or word not in LEADER_TITLES | {"minister"}:
        return
    target = Arg(ActorRef(led.id, led.name, led.type.value, True), 0.95, title.i)
    yield from emit([person], RelationType.LEADS, [target], title, sent, BASE, "known-title")


def _led_by_title(args: Args, leads: tuple[str, ...] | list[str], of_state: bool) -> Entry | None:
    """What a known person's title names among what the gazetteer says he leads: a head
    of state's title a state or government ("then-President Bozizé", who now leads a rebel
    coalition), any other title the first listed."""
    entries = [e for e in (args.gazetteer.get(i) for i in leads) if e is not None]
    if of_state:
        return next((e for e in entries if e.type.value in ("STATE", "GOVERNMENT")), None)
    return entries[0] if entries else None


def _heads_a_state(title: Token, word: str) -> bool:
    """A bare head-of-state title ("President", "then-President", "Prime Minister"), not
    one qualified by a word that names something else ("Kurdish President")."""
    # "the country's 30-year president": a tenure qualifies no title
    mods = {
        c.lower_
        for c in title.children
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and not any(n.dep_ == "nummod" for n in c.lefts)
    }
    if word == "minister" and "prime" in mods:
        word, mods = "prime minister", mods - {"prime"}
    return word in HEAD_OF_STATE_TITLES and not mods - FORMER_TITLE_MODIFIERS - HEAD_TITLE_MODIFIERS


def _apposed_title(args: Args, person: Arg, title: Token, sent: Span) -> Iterator[Candidate]:
    """ "Erdoğan, Turkey's president"; with no holder named ("Khalifa Haftar, the military
    strongman of the country's east"), what the gazetteer says the person leads."""
    word = title_word(title) or ""
    owners = holders(args, title, exclude=person.actor.id)
    led = institution_title(args, person, title, owners, sent)
    if led:  # "Raila Odinga, the opposition leader"
        yield from led
        return
    for holder in owners:
        rel = _role(title, word, person.actor, holder.actor, args.gazetteer)
        if rel:
            yield from emit([person], rel, [holder], title, sent, BASE, "appos-title")
    if not owners and word in LEADER_TITLES:
        yield from _known_leadership(args, person, title, word, sent)


def _linear_title(args: Args, start: int, person: Arg, sent: Span) -> Iterator[Candidate]:
    """Titles the parser did not attach: read "Sudan's army chief Abdel Fattah al-Burhan"
    left to right from the name: the title word right before it, then the nearest actor
    named within a few words before the title."""
    doc = sent.doc
    j = start - 1
    while j > sent.start and _honorific(doc, j):
        j -= 1  # "Prime Minister Dr Ralph Gonsalves", "Army commander Lt. Gen. Sarath Fonseka"
    j = multiword_title_start(doc, j, sent.start)  # "the Congolese head of state Félix Tshisekedi"
    if j >= sent.start and not title_word(doc[j]):
        yield from _title_of_before(args, j, person, sent)
        return
    if j < sent.start:
        return
    title = doc[j]
    word = title_word(title) or ""
    mods: set[str] = set()
    first = j  # where the words read before the title start
    for k in range(j - 1, max(sent.start, j - 6) - 1, -1):
        tok = doc[k]
        if (tok.is_punct and tok.text != "-") or tok.pos_ in ("VERB", "AUX", "ADP", "DET"):
            break
        if stance_prefixed(tok):
            break  # "the pro-Russian leader Ramzan Kadyrov" is no Russian official
        owners = args.at(tok) or (args.state(tok) if tok.ent_type_ == DEMONYM else [])
        owners = [h for h in owners if h.actor.type != "PERSON" and h.actor.id != person.actor.id]
        if mods & GROUP_NOUNS:
            # "Kenyan opposition leader X": the side's head, not the state's (titles.faction_title)
            owners = [h for h in owners if h.actor.type not in STATE_TYPES]
        led = headed_institution(args, person, tok, k + 1, title, sent) if owners else []
        if led:  # "Bolivian police chief X" leads the Bolivian police
            yield from led
            return
        if owners:
            rel = (
                RelationType.LEADS
                if word in MEMBER_TITLES and mods & HEADING_MODIFIERS
                else role_by_words(word, mods, person.actor, owners[0].actor, args.gazetteer)
            )
            yield from emit([person], rel, owners[:1], title, sent, BASE * 0.95, "title")
            return
        mods.add(tok.lower_)
        first = k
    led = headed_institution(args, person, None, first, title, sent)
    if led:  # "Army chief X" leads the army
        yield from led
        return
    yield from _known_leadership(args, person, title, word, sent)



def _honorific(doc: Doc, i: int) -> bool:
    """An honorific before a name, or the full stop the tokenizer split off one ("Lt.")."""
    if doc[i].text == "." and i > 0:
        return doc[i - 1].lower_ in HONORIFICS
    return doc[i].lower_.rstrip(".") in HONORIFICS and not title_word(doc[i])


def _title_of_before(args: Args, last: int, person: Arg, sent: Span) -> Iterator[Candidate]:
    found = title_of_before(args, last, sent)
    if found is not None:
        title, owner = found
        rel = role_by_words(title_word(title) or "", set(), person.actor, owner.actor, args.gazetteer)
        yield from emit([person], rel, [owner], title, sent, BASE * 0.95, "title")
