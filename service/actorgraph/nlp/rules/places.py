"""Reading places out of noun phrases: "the village of Kafer Besme", "Bakhmut",
"Damascus airport", "an ammunition depot in Toropets", "the town" (the last one named)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import DEMONYM, ActorRef, Mention
from actorgraph.nlp.docindex import sent_bounds
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    CALENDAR_WORDS,
    COMPASS_DIRECTIONS,
    COUNTING_ADJECTIVES,
    HONORIFICS,
    LEADER_TITLES,
    LOCATIVE_PREPS,
    MEDIA_PLATFORMS,
    MEMBER_TITLES,
    PLACE_NOUNS,
    PLACE_PREPS,
    PORTION_WORDS,
    REGION_NOUNS,
    TIME_ZONES,
)
from actorgraph.nlp.rules.words import in_title_case, named_region, noun_keys, region_named
from actorgraph.resolve.names import actor_id, clean_surface

NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "NORP"})
#: Actors whose name is also a territory's: "the region" may be Nagorno-Karabakh.
TERRITORIAL_TYPES = frozenset({"PLACE", "STATE", "GOVERNMENT"})
#: Words before a name that make it a person's, never a misread town.
PERSON_TITLES = LEADER_TITLES | MEMBER_TITLES | HONORIFICS
ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj"})


def own_dependents(token: Token) -> list[Token]:
    """The token's dependents, with the parser's attachments after a conjunct given to that
    conjunct: in "region and parts of the capital" the "of" the parser hung on "region"
    is "parts"'s."""
    first_conj = next((c.i for c in token.rights if c.dep_ == "conj"), None)
    head = token.head if token.dep_ == "conj" else None
    borrowed = [c for c in head.rights if c.i > token.i and c.dep_ == "prep"] if head is not None else []
    if borrowed and any(c.dep_ == "prep" for c in token.rights):
        borrowed = []  # a conjunct with a preposition of its own keeps to it
    return [c for c in token.children if first_conj is None or c.i < first_conj] + borrowed


def _misread_name(token: Token) -> bool:
    """A singular proper noun in an argument's slot the model took for a nationality
    ("Russian jets bombed Aleppo" with Aleppo as NORP): a name, which may be a place."""
    return token.ent_type_ == "NORP" and token.tag_ == "NNP" and token.dep_ in ARGUMENT_DEPS


def _written_as_name(token: Token) -> bool:
    """A proper noun with a capital, its own or its compound's ("Bero-yabal"): the tagger
    also calls lower-case words proper nouns ("held a congress in Erbil")."""
    if not token.is_lower:
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_lower for c in token.lefts)


#: Longest description (in tokens) kept as the name of an unnamed place.
MAX_UNNAMED_PLACE = 6
KIND_FACTOR = {
    "gazetteer": 1.0,
    "metonym": 0.95,
    "demonym": 0.95,
    "ner": 0.92,
    "group": 0.9,
    "anaphor": 0.85,
    "place": 0.92,
    "collective": 0.8,
}


#: Unions of word lists read per token (constants: not built on each call).
PLACE_OR_PORTION_NOUNS = PLACE_NOUNS | PORTION_WORDS
PLACE_OR_TITLE_NOUNS = PLACE_NOUNS | PERSON_TITLES


@dataclass(frozen=True, slots=True)
class Arg:
    actor: ActorRef
    factor: float
    token: int  # the token the actor was read from (for scoping qualifiers)


class PlaceReader:
    """Place readings for :class:`~actorgraph.nlp.rules.args.Args` (which sets these)."""

    doc: Doc
    gazetteer: Gazetteer
    mentions: list[Mention]
    by_token: dict[int, list[Mention]]

    @staticmethod
    def pobjs(prep: Token) -> list[Token]:
        out = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        for c in prep.children:  # "along with", "alongside of"
            if c.dep_ == "prep":
                out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    def place(self, token: Token, depth: int = 0) -> list[Arg]:
        """The place a phrase names: "the village of Kafer Besme", "Bakhmut", "Damascus
        airport", "an ammunition depot in Toropets". A known actor named by its own name
        stays that actor; a metonym ("Damascus") here means the city. The phrase as
        written is kept as an alias of the place."""
        if depth > 3 or (token.ent_type_ in NOT_PLACE_ENTS and not _misread_name(token)):
            return []
        if _when_or_medium(token):
            return []
        if self._names_non_place(token, depth):
            return []
        phrase = self.phrase(token)
        if token.pos_ == "PROPN" and _written_as_name(token):
            if not token.ent_type_ and in_title_case(token.sent):
                return []  # "ISKP Claimed Responsibility": a headline's capitals name nothing
            return [self._proper_place(token, phrase)]
        keys = noun_keys(token)
        if not keys & PLACE_OR_PORTION_NOUNS:
            return []
        if keys & {"territory", "territories", "soil", "land"} and any(
            c.ent_type_ == DEMONYM for c in token.lefts
        ):  # "Russian territory" is a place, not Russia
            return [self._place_named(phrase, token.i, ())]
        named = self._listed_places(token, depth)
        if named:
            return named
        named_apart = [
            c for c in token.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and not self.region_apart(token, c)
        ]  # fmt: skip
        if named_apart and keys & PLACE_NOUNS:  # "the capital Khartoum", "the Solomon Islands capital X"
            named = [a for c in named_apart for a in self.place(c, depth + 1)]  # fmt: skip
        named = named or self._modified_place(token, keys, phrase)
        named = named or self._place_below(token, keys, phrase, depth)
        if named:
            return named
        if (
            depth == 0
            and keys & PLACE_NOUNS
            and token.tag_ == "NN"
            and [c.lower_ for c in token.children] == ["the"]
        ):
            return self.previous_place(token)  # "the town", nothing else said of it
        return []

    def region_apart(self, place: Token, apposed: Token) -> bool:
        """ "in Orlu town, Imo State": a region named after a town or site says where it
        lies; it is not the town ("the capital Khartoum" is)."""
        keys = noun_keys(place)
        if not keys & PLACE_NOUNS or keys & REGION_NOUNS:
            return False
        return any(region_named(m, self.doc) for m in self.by_token.get(apposed.i, []))

    def _names_non_place(self, token: Token, depth: int) -> bool:
        """A mention at the token that is a person or a named actor other than a state or
        place: no place. A person NER reads in a place's "of" phrase does not count ("the
        village of Kafer Besme": NER often reads villages as people)."""
        for m in self.by_token.get(token.i, []):
            read_as_person = m.kind == "ner" and m.actor.type == "PERSON"
            if read_as_person and (depth > 0 or self._described_as_place(token)):
                continue
            if m.actor.type == "PERSON" or (m.kind == "gazetteer" and m.actor.type not in ("STATE", "PLACE")):
                return True
        return False

    @staticmethod
    def _described_as_place(token: Token) -> bool:
        """ "Wad Madani, the capital of Gezira state": an apposition says the name is a
        place's, whatever the NER made of it."""
        return any(c.dep_ == "appos" and noun_keys(c) & PLACE_NOUNS for c in token.children)

    def _proper_place(self, token: Token, phrase: str) -> Arg:
        """A proper noun with the proper nouns and hyphens compounded before it: "Kafer Besme"."""
        start = token.i
        while (
            start > 0
            and self.doc[start - 1].dep_ in ("compound", "punct", "amod")
            and (self.doc[start - 1].pos_ == "PROPN" or self.doc[start - 1].text == "-")
            and self.doc[start - 1].head.i in range(start, token.i + 1)
        ):
            start -= 1
        return self._place_named(self.doc[start : token.i + 1].text, token.i, (phrase,))

    def _listed_places(self, token: Token, depth: int) -> list[Arg]:
        """ "the localities of Mokolo, Waza and Makari, villages along ...": the parser makes
        the list a modifier of the apposed noun; each listed name is a place of its own."""
        listed = [c for c in token.lefts if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.conjuncts]
        return [
            a
            for c in listed
            for j in (c, *c.conjuncts)
            if j.pos_ == "PROPN"
            for a in self.place(j, depth + 1)
        ]

    def _modified_place(self, token: Token, keys: set[str], phrase: str) -> list[Arg]:
        """A place noun with a proper name or owner before it: "Damascus airport", "Idlib
        province" (a region is named by its proper name alone), "Russia's Kursk region"."""
        names = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
        owners = [c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not names and not owners:
            names = self._chained_names(token)
        if not names and not owners:
            return []
        if not names and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return []  # "Yemen's capital of Sana'a": the place below names it
        first = min(c.left_edge.i for c in names or owners)
        proper = self.doc[first : max(c.i for c in names or owners) + 1].text
        full = self.doc[min(c.left_edge.i for c in names + owners) : token.i + 1].text
        name = proper if keys & REGION_NOUNS and names else self.doc[first : token.i + 1].text
        return [self._place_named(name, token.i, (proper, full, phrase))]

    def _chained_names(self, token: Token) -> list[Token]:
        """A name that qualifies the nouns before a place noun: "the Koe Tan Kauk border
        guard police station" (the parser hangs "Kauk" on "guard"). Only a name that
        denotes no actor: "a Hamas training camp" is Hamas's, not a place of that name."""
        nouns = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        names = [g for n in nouns for g in n.lefts if g.dep_ == "compound" and g.pos_ == "PROPN"]
        return [] if any(self.by_token.get(n.i) for n in names) else names

    def _place_below(self, token: Token, keys: set[str], phrase: str, depth: int) -> list[Arg]:
        """The place a common noun is in or of: "a depot in Toropets", "the village of X";
        "much of northern Yemen" is a region of its own. Empty when no preposition leads
        to a place."""
        for child in self.descents(token):
            out: list[Arg] = []
            for pobj in (p for o in self.pobjs(child) for p in (o, *o.conjuncts)):  # "X and parts of Y"
                found = self.place(pobj, depth + 1)
                states = [a for a in found if a.actor.type == "STATE"]
                if states and keys & PORTION_WORDS and child.lower_ == "of":
                    # "much of northern Yemen" is a region, not the state of Yemen (but
                    # "parts of the capital Khartoum" is Khartoum)
                    region = self.phrase(pobj)
                    within = tuple(a.actor.name for a in found if a.actor.name != region)
                    out.append(self._place_named(region, pobj.i, (*within, phrase)))
                else:
                    out += [self.with_alias(a, phrase) for a in found]
            if out:
                return out
        return []

    def region(self, token: Token, within: Arg) -> Arg | None:
        """ "southern Lebanon" as a place inside the state, not the state itself; None
        when the phrase is just the state's name."""
        name = clean_surface(self.phrase(token))
        if name.lower() == within.actor.name.lower() or not any(c.dep_ == "amod" for c in token.children):
            return None
        return self._place_named(name, token.i, (within.actor.name,))

    def unnamed_place(self, token: Token) -> list[Arg]:
        """Last resort for a target: "opposition-held villages", "villages controlled by
        the KIA" - a place described but not named, named by its phrase."""
        if not noun_keys(token) & PLACE_NOUNS or token.ent_type_ in NOT_PLACE_ENTS:
            return []
        # "opposition-held villages" is described; "several towns" is only counted
        kids = token.children
        if not any(
            c.dep_ == "acl" or (c.dep_ == "amod" and c.lower_ not in COUNTING_ADJECTIVES) for c in kids
        ):
            return []
        left = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ not in ("det", "predet")])
        if token.right_edge.i + 1 - left > MAX_UNNAMED_PLACE:
            return []  # a clause, not a place: nobody can look it up or link it
        whole = self.doc[left : token.right_edge.i + 1].text  # with its relative or participle clause
        arg = self._place_named(whole, token.i, (self.phrase(token),))
        return [Arg(arg.actor, arg.factor * 0.8, arg.token)]

    @staticmethod
    def descents(token: Token) -> list[Token]:
        """Prepositions that lead from a common noun to the place it is in or near,
        "of" first: "the village of X", "a depot in X", "villages south of X"."""
        preps = [c for c in own_dependents(token) if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
        for child in token.children:
            measured = any(g.dep_ == "npadvmod" for g in child.children)
            compass = child.dep_ in ("advmod", "amod", "npadvmod") and child.lower_ in COMPASS_DIRECTIONS
            if compass and not measured:
                # "villages south of X" are X's; "a village several miles north of X" is not X
                preps += [g for g in child.children if g.dep_ == "prep"]
        return sorted(preps, key=lambda p: p.lower_ != "of")

    def previous_place(self, token: Token) -> list[Arg]:
        """ "the town": the last place named in this or the previous sentence, and first
        the last one introduced with the same noun ("the eastern town of Avdiivka ... the
        capture of Bakhmut ... took the town": Avdiivka)."""
        floor = sent_bounds(self.doc, token.i)[0]
        if floor > 0:
            floor = sent_bounds(self.doc, floor - 1)[0]
        noun = token.lemma_.lower()
        for m in reversed(self.mentions):
            if not floor <= m.start < token.i or m.kind not in ("ner", "metonym"):
                continue
            head = self.doc[m.end - 1]
            of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            same = of is not None and of.head.lemma_.lower() == noun and of.head.i != token.i
            if same or (noun in REGION_NOUNS and named_region(head, token)):
                # "the district of Pataz, where workers of the Poderosa mine ... the area": Pataz
                return [self._place_named(self.doc[m.start : m.end].text, head.i, ())]
        for m in reversed(self.mentions):
            if not floor <= m.start < token.i or m.kind not in ("ner", "metonym"):
                continue
            if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
                continue  # the actor of the clause, not the place it acts on
            if noun not in REGION_NOUNS and region_named(m, self.doc):
                continue  # "Isige town, Gwoza Local Government Area ... overran the base": not the area
            head = self.doc[m.end - 1]
            if self._may_be_place(m, head):
                return [self._place_named(self.doc[m.start : m.end].text, head.i, ())]
        return []

    @staticmethod
    def _may_be_place(m: Mention, head: Token) -> bool:
        """Whether a mention "the town" may point back to: a place, a city standing for
        its state, a state or a government's territory; never a person or an organisation
        ("the Seleka ... control the town"). The NER reads many towns as people or
        organisations, so a name of either it alone found counts inside a locative phrase
        ("fighting in Kafer Besme", "advances into Nagorno-Karabakh", "the mayor of Adan
        Jabal"), unless a title makes it a person's ("the government of Prime Minister X")."""
        if m.kind == "metonym" or m.actor.type in TERRITORIAL_TYPES:
            return True
        if m.kind != "ner" or head.dep_ != "pobj" or m.start == 0:
            return False
        before = head.doc[m.start - 1]
        if before.lower_.rstrip(".") in PERSON_TITLES:
            return False
        prep = head.head
        if prep.lower_ == "of":  # "the village of X", "the mayor of X"; not "the forces of X"
            return bool(noun_keys(prep.head) & PLACE_OR_TITLE_NOUNS)
        return prep.lower_ in LOCATIVE_PREPS

    def phrase(self, token: Token) -> str:
        """The noun phrase of ``token`` as written, without determiner, relative clause
        or apposition."""
        left = token.i
        for child in token.lefts:
            pronoun = child.dep_ == "poss" and child.pos_ == "PRON"
            if child.dep_ not in ("det", "punct", "cc", "predet") and not pronoun:
                left = min(left, child.left_edge.i)
        right = token.i
        for child in (c for c in own_dependents(token) if c.i > token.i):
            if child.dep_ in ("prep", "compound", "amod", "advmod", "nummod"):
                right = max(right, child.right_edge.i)
        return self.doc[left : right + 1].text

    def with_alias(self, arg: Arg, phrase: str) -> Arg:
        if arg.actor.known or phrase in arg.actor.aliases or phrase == arg.actor.name:
            return arg
        actor = arg.actor
        ref = ActorRef(actor.id, actor.name, actor.type, False, (*actor.aliases, phrase))
        return Arg(ref, arg.factor, arg.token)

    def _place_named(self, text: str, token: int, aliases: tuple[str, ...]) -> Arg:
        name = clean_surface(text)
        entry = self.gazetteer.lookup(name)
        if entry is not None and not self._is_metonym(name, entry.metonyms):
            return Arg(ActorRef(entry.id, entry.name, entry.type.value, True), 0.95, token)
        extra = tuple(dict.fromkeys(clean_surface(a) for a in aliases if clean_surface(a) != name))
        return Arg(ActorRef(actor_id(name), name, "PLACE", False, extra), KIND_FACTOR["place"], token)

    @staticmethod
    def _is_metonym(name: str, metonyms: tuple[str, ...]) -> bool:
        low = name.lower()
        return any(low == m.lower() or low == m.lower().removeprefix("the ") for m in metonyms)


def _when_or_medium(token: Token) -> bool:
    """ "on Monday", "struck Kharkiv at 0300 GMT", "fired back on Telegram": when and where
    it was said, no place."""
    word = token.lower_
    return word in CALENDAR_WORDS or word in MEDIA_PLATFORMS or (token.is_upper and word in TIME_ZONES)
