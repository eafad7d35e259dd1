"""Finding the actors a token stands for, and the logical subject and object of a verb.

``Args`` wraps one doc and its mentions. Every lookup returns :class:`Arg` values: an actor
and a factor in (0, 1] that says how indirect the reading was (a metonym, an anaphor, a
subject inherited from a governing verb), which the confidence multiplies in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import DEMONYM, METONYM, ActorRef, Mention
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import OWNED_NOUNS, PLACE_NOUNS, words
from actorgraph.nlp.quotes import quote_speakers
from actorgraph.resolve.names import actor_id, clean_surface

KIND_FACTOR = {"gazetteer": 1.0, "metonym": 0.95, "demonym": 0.95, "ner": 0.92, "group": 0.9,
               "anaphor": 0.85, "place": 0.92}
FACILITY_NOUNS = words("""airport port base refinery dam crossing airbase airfield hospital
    camp bridge plant station field""")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "NORP"})
CALENDAR_WORDS = words("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december today
    yesterday""")
QUANTITY_WORDS = words("much most part parts all swathes swaths rest half chunk large bulk")
REGION_NOUNS = words("""province region countryside area district governorate outskirts
    county state suburb suburbs""")
PLACE_PREPS = ("of", "in", "near", "at", "outside", "around", "inside", "on")
SAYING_VERBS = words("""say claim announce state confirm report deny add insist reject dismiss
    refute admit acknowledge""")
LOCATIVE_PREPS = words("from in into near at to around outside of inside toward towards")
OBJECT_CONTROL = words("""push urge ask force allow order prompt pressure encourage persuade
    convince invite tell call compel lead drive help enable permit get""")
FIRST_PERSON = words("we our us i my")
DIRECTIONS = words("north south east west northeast northwest southeast southwest")
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")


def noun_keys(token: Token) -> set[str]:
    """Lemma and crude singulars of a noun (the lemmatiser reads "bases" as "basis")."""
    low = token.lower_
    keys = {token.lemma_.lower(), low}
    if low.endswith("es"):
        keys.add(low[:-2])
        keys.add(low[:-1])
    elif low.endswith("s"):
        keys.add(low[:-1])
    return keys


@dataclass(frozen=True, slots=True)
class Arg:
    actor: ActorRef
    factor: float
    token: int  # the token the actor was read from (for scoping qualifiers)


class Args:
    def __init__(self, doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.mentions = mentions
        self._resolving: set[int] = set()
        self._quotes: dict[tuple[int, int], ActorRef] | None = None
        self.by_token: dict[int, list[Mention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, []).append(m)

    # -- actors of a token -------------------------------------------------------------
    def at(self, token: Token) -> list[Arg]:
        here = self.by_token.get(token.i, [])
        if len(here) > 1:  # the most specific mention wins: "Iran" inside "Iran-backed militia"
            shortest = min(m.end - m.start for m in here)
            here = [m for m in here if m.end - m.start == shortest]
        return [Arg(m.actor, KIND_FACTOR.get(m.kind, 0.9), token.i) for m in here]

    def mention_kinds(self, token: Token) -> set[str]:
        return {m.kind for m in self.by_token.get(token.i, [])}

    def actors(self, token: Token, depth: int = 0) -> list[Arg]:
        """The actors a noun phrase headed by ``token`` denotes (without its conjuncts)."""
        if depth > 3:
            return []
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            antecedent = token.head.head
            found = self.actors(antecedent, depth + 1)
            if antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("in", "near", "at", "inside"):
                # "an outpost in Jordan that killed ...": the place is not the actor
                found = [a for a in found if a.actor.type not in ("STATE", "PLACE")]
            return found
        named = self.mention_kinds(token) & {"gazetteer", "ner", "metonym"}
        if token.dep_ == "appos" and token.head.i != token.i and not named:
            described = self.at(token.head)  # "Kataib Hezbollah, an Iran-backed militia"
            if described:
                return described
        found = self.at(token)
        if found:
            return found
        if token.lower_ in ("it", "its", "they", "their") and token.pos_ == "PRON":
            return self.pronoun(token)
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
            return self.quoted_speaker(token)
        for child in token.children:
            if child.dep_ == "appos":
                found += self.at(child)
        if found:
            return found
        if noun_keys(token) & OWNED_NOUNS:
            return self.owners(token, depth)
        if token.pos_ == "NOUN" and token.tag_ == "NNS":
            # "PKK hideouts", "Houthi radar sites": a named owner (not "Russian bloggers")
            owned = [c for c in token.children if c.dep_ in ("compound", "poss") and self.at(c)]
            if owned or noun_keys(token) & PLACE_NOUNS:  # "Ukrainian ports", "Israeli towns"
                return [a for a in self.owners(token, depth) if a.actor.type != "PLACE"]
        return []

    def owners(self, token: Token, depth: int = 0) -> list[Arg]:
        """ "YPG positions", "Hezbollah's fighters", "forces of X", "troops loyal to X"."""
        found: list[Arg] = []
        later: list[Arg] = []
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ == "loyal":
                for prep in child.children:
                    for pobj in self.pobjs(prep):
                        later += self.actors(pobj, depth + 1)
            elif child.dep_ in MODIFIER_DEPS:
                here = [Arg(a.actor, a.factor * 0.95, a.token) for a in self.at(child)]
                if child.ent_type_ == METONYM and child.dep_ == "compound":
                    later += here  # "the Damascus embassy of Iran": the capital is where
                    continue
                if not here and child.ent_type_ == DEMONYM and child.ent_kb_id_:
                    here = self.state(child)
                if not here and child.dep_ == "poss" and child.pos_ == "PRON":
                    here = self.pronoun(child)
                if not here and child.dep_ in ("compound", "poss") and noun_keys(child) & OWNED_NOUNS:
                    here = self.owners(child, depth + 1)  # "Sudan's army chief", "Hamas's political bureau"
                found += here
            elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
                for pobj in self.pobjs(child):
                    here = self.all_actors(pobj) if child.lower_ == "of" else [
                        a for a in self.at(pobj) if a.actor.type != "PLACE"
                    ]
                    later += here
        return found or later

    def known(self, actor: str, factor: float, token: int) -> Arg:
        entry = self.gazetteer.entries[actor]
        return Arg(ActorRef(entry.id, entry.name, entry.type.value, True), factor, token)

    def state(self, token: Token) -> list[Arg]:
        """The state a demonym token names ("Russian" -> Russia)."""
        entry = self.gazetteer.get(token.ent_kb_id_)
        if entry is None:
            return []
        return [Arg(ActorRef(entry.id, entry.name, entry.type.value, True), 0.9, token.i)]

    def modifier_actors(self, token: Token) -> list[Arg]:
        """Actors named in a noun's modifiers: "Moscow's support", "Russian air support",
        "US sanctions", "Hamas attack"."""
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if child.ent_type_ == DEMONYM and child.ent_kb_id_:
                found += self.state(child)
            else:
                found += self.at(child)
        return found

    def with_conjuncts(self, token: Token) -> Iterator[Token]:
        yield token
        for child in token.children:
            if child.dep_ == "conj":
                yield from self.with_conjuncts(child)
            elif child.dep_ == "appos" and self._listed(token, child):
                yield from self.with_conjuncts(child)  # "Mali, Burkina Faso and Niger"

    def _listed(self, token: Token, appos: Token) -> bool:
        """An apposition that continues a list of named actors rather than describing one."""
        mine, theirs = self.at(token), self.at(appos)
        if not mine or not theirs or any(c.dep_ == "det" for c in appos.children):
            return False
        return mine[0].actor.type == theirs[0].actor.type and any(c.dep_ == "conj" for c in appos.children)

    def all_actors(self, token: Token, places: bool = False, place_first: bool = False) -> list[Arg]:
        """Actors of ``token`` and its conjuncts; with ``places``, a place name where no
        actor is named (``place_first``: a place name wins, as for "captured Damascus")."""
        out: list[Arg] = []
        for tok in self.with_conjuncts(token):
            if place_first:
                out += self.place(tok) or self.actors(tok)
            elif places:
                out += self.actors(tok) or self.place(tok)
            else:
                out += self.actors(tok)
        return out

    # -- places ------------------------------------------------------------------------
    def place(self, token: Token, depth: int = 0) -> list[Arg]:
        """The place a phrase names: "the village of Kafer Besme", "Bakhmut", "Damascus
        airport", "an ammunition depot in Toropets". A known actor named by its own name
        stays that actor; a metonym ("Damascus") here means the city. The phrase as
        written is kept as an alias of the place."""
        if depth > 3 or token.ent_type_ in NOT_PLACE_ENTS or token.lower_ in CALENDAR_WORDS:
            return []
        for m in self.by_token.get(token.i, []):
            if m.kind == "ner" and m.actor.type == "PERSON" and depth > 0:
                continue  # "the village of Kafer Besme": NER often reads villages as people
            if m.actor.type == "PERSON" or (m.kind == "gazetteer" and m.actor.type not in ("STATE", "PLACE")):
                return []
        phrase = self.phrase(token)
        if token.pos_ == "PROPN":
            start = token.i
            while start > 0 and self.doc[start - 1].dep_ in ("compound", "punct", "amod") and (
                self.doc[start - 1].pos_ == "PROPN" or self.doc[start - 1].text == "-"
            ) and self.doc[start - 1].head.i in range(start, token.i + 1):
                start -= 1
            return [self._place_named(self.doc[start : token.i + 1].text, token.i, (phrase,))]
        keys = noun_keys(token)
        if not keys & (PLACE_NOUNS | QUANTITY_WORDS):
            return []
        if keys & {"territory", "territories", "soil", "land"} and any(
            c.ent_type_ == DEMONYM for c in token.lefts
        ):  # "Russian territory" is a place, not Russia
            return [self._place_named(phrase, token.i, ())]
        names = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
        owners = [c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if names or owners:
            first = min(c.left_edge.i for c in names or owners)
            proper = self.doc[first : max(c.i for c in names or owners) + 1].text
            full = self.doc[min(c.left_edge.i for c in names + owners) : token.i + 1].text
            name = proper if keys & REGION_NOUNS and names else self.doc[first : token.i + 1].text
            return [self._place_named(name, token.i, (proper, full, phrase))]
        for child in self.descents(token):
            for pobj in self.pobjs(child):
                found = self.place(pobj, depth + 1)
                if found:
                    return [self.with_alias(a, phrase) for a in found]
        if (
            depth == 0
            and keys & PLACE_NOUNS
            and token.tag_ == "NN"
            and [c.lower_ for c in token.children] == ["the"]
        ):
            return self.previous_place(token)  # "the town", nothing else said of it
        return []

    @staticmethod
    def descents(token: Token) -> list[Token]:
        """Prepositions that lead from a common noun to the place it is in or near,
        "of" first: "the village of X", "a depot in X", "villages south of X"."""
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
        for child in token.children:
            if child.dep_ in ("advmod", "amod", "npadvmod") and child.lower_ in DIRECTIONS:
                preps += [g for g in child.children if g.dep_ == "prep"]
        return sorted(preps, key=lambda p: p.lower_ != "of")

    def previous_place(self, token: Token) -> list[Arg]:
        """ "the town": the last place named in this or the previous sentence."""
        sent = token.sent
        floor = sent.start
        if sent.start > 0:
            floor = self.doc[sent.start - 1].sent.start
        for m in reversed(self.mentions):
            if not floor <= m.start < token.i or m.kind not in ("ner", "metonym"):
                continue
            if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
                continue  # the actor of the clause, not the place it acts on
            head = self.doc[m.end - 1]
            locative = head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
            if m.actor.type != "PERSON" or locative:  # NER reads many towns as people
                return [self._place_named(self.doc[m.start : m.end].text, head.i, ())]
        return []

    def phrase(self, token: Token) -> str:
        """The noun phrase of ``token`` as written, without determiner, relative clause
        or apposition."""
        left = token.i
        for child in token.lefts:
            pronoun = child.dep_ == "poss" and child.pos_ == "PRON"
            if child.dep_ not in ("det", "punct", "cc", "predet") and not pronoun:
                left = min(left, child.left_edge.i)
        right = token.i
        for child in token.rights:
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

    # -- verbs -------------------------------------------------------------------------
    @staticmethod
    def pobjs(prep: Token) -> list[Token]:
        out = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        for c in prep.children:  # "along with", "alongside of"
            if c.dep_ == "prep":
                out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    @staticmethod
    def is_passive(verb: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not any(
            c.dep_ in ("aux", "nsubj") for c in verb.children
        )

    def subject_tokens(self, verb: Token, depth: int = 0) -> tuple[list[Token], float]:
        """The grammatical subject of ``verb``, inherited from a governing clause if the
        verb has none of its own ("vowed to keep supporting", "is accused of arming")."""
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.dep_ != "expl"]
        if subs:
            return subs, 1.0
        if depth > 4 or verb.head.i == verb.i:
            return [], 1.0
        head = verb.head
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and (
            self.actors(head) or verb.dep_ == "relcl"
        ):
            return [head], 0.95
        if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:  # "prompting the Taliban government to summon ...", "push Seoul to arm ..."
                return objs, 0.95
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "ccomp", "dep"):
            if verb.dep_ == "pcomp" and head.dep_ == "prep":
                governor = head.head
                accusing = governor.lemma_ in ("accuse", "suspect", "charge", "blame")
                if accusing and not self.is_passive(governor):
                    objs = [c for c in governor.children if c.dep_ == "dobj"]
                    if objs:
                        return objs, 0.95
                head = governor
            elif verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
                owners = [c for c in head.children if c.dep_ == "poss" and self.at(c)]
                if owners:
                    return owners, 0.95
                head = head.head if head.dep_ in ("dobj", "pobj", "attr", "nsubj") else head
                if head.dep_ == "prep":
                    head = head.head
            elif verb.dep_ == "ccomp":
                return [], 1.0
            toks, factor = self.subject_tokens(head, depth + 1)
            return toks, factor * 0.95
        if verb.dep_ == "pobj" and head.dep_ == "prep":
            toks, factor = self.subject_tokens(head.head, depth + 1)
            return toks, factor * 0.95
        return [], 1.0

    def agents(self, verb: Token) -> list[Arg]:
        """Who does what ``verb`` says: the subject, or the by-agent of a passive."""
        if self.is_passive(verb):
            out: list[Arg] = []
            for child in verb.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    for pobj in self.pobjs(child):
                        out += self.all_actors(pobj)
                elif child.dep_ in ("dobj", "oprd", "attr", "xcomp") and not out:
                    # "was designated a terrorist organisation by the United States"
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ == "by":
                            for pobj in self.pobjs(prep):
                                out += self.all_actors(pobj)
            return out
        toks, factor = self.subject_tokens(verb)
        out = []
        for tok in toks:
            out += [Arg(a.actor, a.factor * factor, a.token) for a in self.all_actors(tok)]
        return out

    def patients_of_passive(self, verb: Token, places: bool = False, place_first: bool = False) -> list[Arg]:
        toks, factor = self.subject_tokens(verb)
        out: list[Arg] = []
        for tok in toks:
            found = self.all_actors(tok, places=places, place_first=place_first)
            out += [Arg(a.actor, a.factor * factor, a.token) for a in found]
        return out

    def _quote_map(self) -> dict[tuple[int, int], ActorRef]:
        if self._quotes is None:
            first = {i: m for m in reversed(self.mentions) for i in range(m.start, m.end)}
            self._quotes = quote_speakers(self.doc, first, self.mentions)
        return self._quotes

    def _quoted(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self._quote_map())

    def speaker_of(self, token: Token) -> list[Arg]:
        """Who says what ``token`` is part of: the quotation's speaker, or the subject
        of a governing speech verb."""
        quoted = self.quoted_speaker(token)
        if quoted:
            return quoted
        node = token
        for _ in range(6):
            if node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in SAYING_VERBS:
                for child in node.children:
                    if child.dep_ == "nsubj":
                        return self.actors(child)
                return []
        return []

    def quoted_speaker(self, token: Token) -> list[Arg]:
        """ "We will continue to support Ukraine," Starmer said: "we" is the speaker."""
        for (start, end), actor in self._quote_map().items():
            if start <= token.idx < end:
                return [Arg(actor, 0.8, token.i)]
        return []

    def pronoun(self, token: Token) -> list[Arg]:
        """ "it"/"its"/"they" in what an actor says stands for that actor: "The Israeli
        military said it had killed ...", "PIJ said its fighters had attacked ..."."""
        if token.i in self._resolving:
            return []
        self._resolving.add(token.i)
        try:
            return self._pronoun(token)
        finally:
            self._resolving.discard(token.i)

    def _pronoun(self, token: Token) -> list[Arg]:
        if self._quoted(token):
            return []  # inside a quotation "its" is whatever the speaker spoke of
        node = token
        for _ in range(6):
            if node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in SAYING_VERBS:
                for child in node.children:
                    if child.dep_ == "nsubj" and child.i != token.i:
                        found = [a for a in self.at(child) if a.actor.type != "PERSON"] or self.owners(child)
                        return [Arg(a.actor, a.factor * 0.85, token.i) for a in found]
                return []
        return []
