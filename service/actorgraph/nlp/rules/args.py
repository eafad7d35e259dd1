"""Finding the actors a token stands for, and the logical subject and object of a verb.

``Args`` wraps one doc and its mentions. Every lookup returns :class:`Arg` values: an actor
and a factor in (0, 1] that says how indirect the reading was (a metonym, an anaphor, a
subject inherited from a governing verb), which the confidence multiplies in.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import DEMONYM, METONYM, ActorRef, Mention
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    ANAPHOR_NOUNS,
    COMMANDER_PRONOUNS,
    FIRST_PERSON_PRONOUNS,
    FORCE_NOUNS,
    MEMBERSHIP_NOUNS,
    OBJECT_CONTROL_VERBS,
    OWNED_NOUNS,
    PARTITIVE_WORDS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    SIDE_NOUNS,
    SUPPLY_NOUNS,
)
from actorgraph.nlp.rules import clauses
from actorgraph.nlp.rules.clauses import controlled, misread_verb, object_read_as_subject, phrase_before_comma
from actorgraph.nlp.rules.mentions import the_country
from actorgraph.nlp.rules.places import KIND_FACTOR, Arg
from actorgraph.nlp.rules.pronouns import PronounReader
from actorgraph.nlp.rules.shared_agents import conjunct_agent_verbs
from actorgraph.nlp.rules.weapons import handling_participle, operates
from actorgraph.nlp.rules.words import noun_keys
from actorgraph.resolve.names import actor_id, clean_surface

__all__ = ["KIND_FACTOR", "Arg", "Args", "controlled", "misread_verb", "noun_keys"]

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
#: Words that make a group named after another a group of its own: "an ELN splinter group".
SPLINTER_WORDS = frozenset({"splinter", "breakaway", "dissident", "renegade"})
#: Words that list a passive's agents apart from it: "..., including by the United States".
LISTING_WORDS = frozenset({"including", "notably", "especially", "particularly", "mainly"})
#: Nouns a group "led by" someone is named by (a constant: not built on each call).
LED_GROUP_NOUNS = ANAPHOR_NOUNS | SIDE_NOUNS


class Args(PronounReader):
    def __init__(self, doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.mentions = mentions
        #: who the article has said attacked, by the attack's token, in reading order,
        #: target or not: "the attacks" later on without a doer are theirs
        self.attackers: list[tuple[int, list[Arg]]] = []
        #: what the article has said was attacked, by the attack's token: "the attack" later
        #: on, claimed or carried out by someone, is that attack (rules/attack_events.py)
        self.attacked: list[tuple[int, list[Arg]]] = []
        #: who the article has said made a coup (or mutiny, uprising): "the coup" it condemns later is theirs
        self.usurpers: list[tuple[int, list[Arg]]] = []
        self._resolving: set[int] = set()
        self._quotes: dict[tuple[int, int], ActorRef] | None = None
        self.by_token: dict[int, list[Mention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, []).append(m)

    # -- actors of a token -------------------------------------------------------------
    def actors(self, token: Token, depth: int = 0) -> list[Arg]:
        """The actors a noun phrase headed by ``token`` denotes (without its conjuncts)."""
        if depth > 3:
            return []
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            return self._antecedent_actors(token, depth)
        named = self.mention_kinds(token) & {"gazetteer", "ner", "metonym"}
        if token.dep_ == "appos" and token.head.i != token.i and not named and not self.listed_side(token):
            described = self.at(token.head)  # "Kataib Hezbollah, an Iran-backed militia"
            if described:
                return described
        found = self.at(token)
        if found:
            return self._named_actors(token, found)
        if token.lower_ in ("it", "its", "they", "their") and token.pos_ == "PRON":
            return self.pronoun(token)
        if token.lower_ in FIRST_PERSON_PRONOUNS and token.pos_ == "PRON":
            return self.quoted_speaker(token)
        if token.lower_ in PERSON_PRONOUNS and token.pos_ == "PRON":
            return self.person_pronoun(token)  # "Kurti said ... an attack he blamed on Serbia"
        if token.lower_ in ("his", "her") and token.pos_ == "PRON" and token.dep_ == "poss":
            return self.person_before(token)  # "Assad, with the help of his allies"
        apposed = [c for c in token.children if c.dep_ == "appos" and not clauses.speaks(c)]
        if token.tag_ == "NNS" and any(c.tag_ == "NNS" for c in apposed):
            # "backed by United Nations peacekeepers, Russian and Rwandan troops": the parser
            # makes the list's next item an apposition
            listed = [a for c in apposed for a in self.actors(c, depth + 1)]
            return self._unnamed_actors(token, depth) + listed
        # "the separatist Azawad Liberation Front and the Africa Corps": a named apposition
        # and what is coordinated with it
        found = [
            a
            for c in apposed
            if self.at(c) and not self.region_apart(token, c)
            for t in self.with_conjuncts(c)
            for a in self.at(t)
        ]
        return found or self.named_by(token) or self._unnamed_actors(token, depth)

    def _named_actors(self, token: Token, found: list[Arg]) -> list[Arg]:
        """Those mentioned at ``token``, bar a weapon's origin (rules/weapons.py)."""
        if "demonym" not in self.mention_kinds(token):
            return found
        handler = handling_participle(token)
        if handler is not None:
            return self.agents(handler) if operates(handler) else []
        return found + self._coordinated_owners(token, found)

    def _unnamed_actors(self, token: Token, depth: int) -> list[Arg]:
        """The actors a noun that names none stands for: those a count is "of", or the
        owners of what it names, or the users of a weapon ("drones launched by Russia")."""
        handler = handling_participle(token)
        if handler is not None and operates(handler):
            return self.agents(handler)
        leaders = self._leaders(token, depth)
        if leaders and noun_keys(token) & LED_GROUP_NOUNS:
            return [self._led(a) for a in leaders]
        if token.lower_ in PARTITIVE_WORDS or token.pos_ == "NUM":
            for prep in token.children:  # "one of its drones", "dozens of Wagner fighters"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return [a for p in self.pobjs(prep) for a in self.actors(p, depth + 1)]
        if noun_keys(token) & OWNED_NOUNS or clauses.own_force(token):
            return self.owners(token, depth)
        if noun_keys(token) & ANAPHOR_NOUNS:  # "the Viv Ansanm group", "the M23 movement"
            named = [a for c in token.children if c.dep_ == "compound" for a in self.at(c)]
            named = [a for a in named if a.actor.type not in ("PERSON", "PLACE", "STATE")]
            if named and any(c.lower_ in SPLINTER_WORDS for c in token.lefts):
                return [splinter_of(token)]  # "an ELN splinter group" is not the ELN
            return named
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and not noun_keys(token) & MEMBERSHIP_NOUNS:
            # "PKK hideouts", "Houthi radar sites": a named owner (not "Russian bloggers";
            # nor "NATO allies", who are NATO's members)
            owned = [c for c in token.children if c.dep_ in ("compound", "poss") and self.at(c)]
            if owned or noun_keys(token) & PLACE_NOUNS:  # "Ukrainian ports", "Israeli towns"
                return [a for a in self.owners(token, depth) if a.actor.type != "PLACE"]
        return []

    def _leaders(self, token: Token, depth: int) -> list[Arg]:
        """Who a noun is "led by": "a coalition led by Saudi Arabia" is the Saudi-led one."""
        led = [c for c in token.children if c.dep_ == "acl" and c.lemma_ == "lead" and self.is_passive(c)]
        agents = [p for c in led for b in c.children if b.dep_ == "agent" for p in self.pobjs(b)]
        return [a for p in agents for a in self.actors(p, depth + 1)]

    def owners(self, token: Token, depth: int = 0) -> list[Arg]:
        """ "YPG positions", "Hezbollah's fighters", "forces of X", "troops loyal to X"."""
        found: list[Arg] = []
        later: list[Arg] = []
        # "SNA and SDF fighters": each coordinated owner (the parser hangs the second on the first)
        kids = [
            (k, c.dep_)
            for c in token.children
            for k in (self.with_conjuncts(c) if c.dep_ == "nmod" else (c,))
        ]
        for child, dep in kids:
            if dep in ("amod", "acl") and child.lower_ in ("loyal", "affiliated", "aligned"):
                for prep in child.children:
                    for pobj in self.pobjs(prep):
                        later += self.actors(pobj, depth + 1)
            elif dep in MODIFIER_DEPS and not clauses.doer_prefix(child):
                here = [Arg(a.actor, a.factor * 0.95, a.token) for a in self.at(child)]
                if child.ent_type_ == METONYM and child.dep_ == "compound":
                    later += here  # "the Damascus embassy of Iran": the capital is where
                    continue
                found += here or self._owner_unnamed(token, child, depth)
            elif dep == "prep" and child.lower_ in ("of", "in", "from"):
                for pobj in self.pobjs(child):
                    if child.lower_ == "of":
                        later += self.all_actors(pobj)
                    else:  # "fighters from the jihadist group Al-Shabaab", not "troops in Gao"
                        found_in = self.all_actors(pobj) if child.lower_ == "from" else self.at(pobj)
                        later += [a for a in found_in if a.actor.type != "PLACE"]
        later += self.commanders(token)
        if any(a.actor.known for a in found):  # "Russian Shahed drones": the state, not the make
            found = [a for a in found if a.actor.known]
        if noun_keys(token) & FORCE_NOUNS:
            found = [self.forces_of(token, self._led(a)) for a in found]  # "Hemedti's forces" are the RSF
            later = [self._led(a) for a in later]  # "forces loyal to Dbeibah": the GNU
        return found or later

    def _owner_unnamed(self, token: Token, child: Token, depth: int) -> list[Arg]:
        """The owner a modifier of ``token`` stands for when it is no mention itself: a
        demonym's state, the commander of "his forces", a possessive pronoun's actor, the
        owner of an owned noun, a demonym on a weapon's name."""
        here: list[Arg] = []
        if child.ent_type_ == DEMONYM and child.ent_kb_id_:
            here = self.state(child)
        if not here and child.lower_ in COMMANDER_PRONOUNS and noun_keys(token) & FORCE_NOUNS:
            here = self.commanded(child)  # "Dagalo said his forces had captured ..."
        if not here and child.dep_ == "poss" and child.pos_ == "PRON":  # "his camp": a person's
            here = self.person_before(child) if child.lower_ in ("his", "her") else self.pronoun(child)
        if not here and the_country(child):
            here = self.country_owner(child, token)  # "the country's army"
        if not here and child.dep_ in ("compound", "poss") and noun_keys(child) & OWNED_NOUNS:
            here = self.owners(child, depth + 1)  # "Sudan's army chief", "Hamas's political bureau"
        if not here and child.dep_ == "compound":
            # "Russian Shahed drones": the demonym hangs on the weapon's name
            here = [a for g in child.children if g.dep_ == "amod" and g.ent_type_ == DEMONYM
                    and g.ent_kb_id_ for a in self.state(g)]  # fmt: skip
        return here

    def commanded(self, token: Token) -> list[Arg]:
        """What the speaker of "his/our forces" commands: the person a governing speech
        verb or the quotation attributes the words to, through what that person leads or
        the body their title names ("Russian Defence Minister Sergei Shoigu said his troops")."""
        if token.lower_ in FIRST_PERSON_PRONOUNS:
            speakers = self.quoted_speaker(token)
        else:
            speakers = [a for a in self.speaker_of(token) if a.actor.type == "PERSON"]
        bodies = (self._body_of(s) if s.actor.type == "PERSON" else s for s in speakers)
        return [body for body in bodies if body.actor.type != "PERSON"]

    def modifier_actors(self, token: Token) -> list[Arg]:
        """Actors named in a noun's modifiers: "Moscow's support", "Russian air support",
        "US sanctions", "Hamas attack"."""
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if child.ent_type_ == DEMONYM and child.ent_kb_id_:
                found += self.state(child)
            elif child.dep_ == "poss" and child.pos_ == "PRON":
                # "warned Tehran over its attack on ...", "Saudi Arabia said its strike on ..."
                found += self.held_to_account(child) or self.speaker_own(child)
            else:
                found += self.at(child)
        return found

    # -- verbs -------------------------------------------------------------------------

    @staticmethod
    def is_passive(verb: Token) -> bool:
        return clauses.is_passive(verb)

    def subject_tokens(self, verb: Token, depth: int = 0) -> tuple[list[Token], float]:
        """The grammatical subject of ``verb``, inherited from a governing clause if the
        verb has none of its own ("vowed to keep supporting", "is accused of arming")."""
        subs = [
            c for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and not object_read_as_subject(c)
        ]  # fmt: skip
        whose = [c for c in subs if any(p.lower_ == "whose" for p in c.children)]
        subs = whose or subs  # "X, a priest whose brother Y is a leader of Z, told ...": Y's
        if not subs and misread_verb(verb):  # "The Houthis control much of Yemen" as one noun phrase
            subs = [c for c in verb.lefts if c.dep_ in ("compound", "nmod") and self.at(c)]
        if subs:
            return subs, 1.0
        if depth > 4 or verb.head.i == verb.i:
            return [], 1.0
        return self._inherited_subject(verb, depth)

    def _inherited_subject(self, verb: Token, depth: int) -> tuple[list[Token], float]:
        """The subject of a verb without one of its own: the noun a participle or relative
        clause describes, the object of a verb of control, else the subject of the clause
        that governs it."""
        head = verb.head
        described = self._described(verb, head)
        if described is not None:
            return described
        if (verb.dep_ == "xcomp" or clauses.infinitive_misattached(verb)) and (
            head.lemma_.lower() in OBJECT_CONTROL_VERBS
        ):
            objs = controlled(head)
            if objs:  # "prompting the Taliban government to summon ...", "called on Venezuela to ..."
                return objs, 0.95
        if verb.dep_ == "conj" and head.dep_ == "xcomp" and head.tag_ == "VB" and verb.tag_ in FINITE_TAGS:
            # "ordered US troops to leave and deepened ties with Moscow": a finite verb
            # coordinated with an infinitive belongs to the clause that governs it
            head = head.head
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "ccomp", "dep"):
            return self._governing_subject(verb, head, depth)
        if verb.dep_ == "pobj" and head.dep_ == "prep":
            toks, factor = self.subject_tokens(head.head, depth + 1)
            return toks, factor * 0.95
        return [], 1.0

    def _described(self, verb: Token, head: Token) -> tuple[list[Token], float] | None:
        """The nouns a participle or relative clause describes, when they name actors (or
        it is a relative clause): after a list set off by a comma the nearest item ("A and
        B, supported by C"); else the noun the parser hung it on, else the list's later items
        ("rebel groups and local fighters allied with the army")."""
        if verb.dep_ not in ("acl", "relcl") or head.pos_ not in ("NOUN", "PROPN"):
            return None
        listed = [c for c in head.conjuncts if head.i < c.i < verb.i and self.actors(c)]
        if verb.dep_ == "acl" and listed and verb.doc[verb.i - 1].text == ",":
            return [listed[-1]], 0.9
        if self.actors(head) or verb.dep_ == "relcl" or (verb.tag_ == "VBN" and self.place(head)):
            return [head], 0.95  # "Kidal, controlled by the CMA": a place a past participle describes
        passive = verb.dep_ == "acl" and verb.tag_ == "VBN" and not listed  # not "rolled in, attacking"
        nearest = phrase_before_comma(verb, head) if passive else None
        if nearest is not None and self.actors(nearest):
            return [nearest], 0.9  # "an attack from the RUF, led by X": the RUF
        return (listed, 0.9) if listed and verb.dep_ == "acl" else None

    def _governing_subject(self, verb: Token, head: Token, depth: int) -> tuple[list[Token], float]:
        """The subject of the clause that governs ``verb`` through ``head``: a named object
        of an accusing or warning verb does the act, so does the owner of a noun a
        participle hangs on; a complement clause ("ccomp") inherits nothing."""
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            objs = self._accused(head)
            if objs:
                return objs, 0.95
            head = head.head
        elif verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            owners = [c for c in head.children if c.dep_ == "poss" and self.at(c)]
            if owners:
                return owners, 0.95
            if clauses.own_subject_only(verb, head):  # "airstrikes targeting X", "the opposition, aided by"
                return [], 1.0
            head = head.head if head.dep_ in ("dobj", "pobj", "attr", "nsubj") else head
            if head.dep_ == "prep":
                head = head.head
        elif verb.dep_ == "ccomp":
            return [], 1.0
        toks, factor = self.subject_tokens(head, depth + 1)
        return toks, factor * 0.95

    def _accused(self, prep: Token) -> list[Token]:
        """The objects of the active verb ``prep`` hangs on that do what its clause says:
        "accused Iran of arming ...", "warned Beijing against supplying Moscow", "thanked
        Iran for backing" (a named object)."""
        governor = prep.head
        if self.is_passive(governor):
            return []
        if governor.lemma_ in ("accuse", "suspect", "charge", "blame"):
            objs = [c for c in governor.children if c.dep_ == "dobj"]
            if objs:
                return objs
        if prep.lower_ in ("against", "from", "for"):
            return [c for c in governor.children if c.dep_ == "dobj" and self.actors(c)]
        return []

    def agents(self, verb: Token) -> list[Arg]:
        """Who does what ``verb`` says: the subject, or the by-agent of a passive."""
        if self.is_passive(verb):
            out: list[Arg] = []
            for child in verb.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    for pobj in self.pobjs(child):
                        # "backed by US and African Union support": the support's givers
                        given = pobj.lemma_.lower() in SUPPLY_NOUNS
                        out += self.all_actors(pobj) or (self.modifier_actors(pobj) if given else [])
                elif child.dep_ in ("dobj", "oprd", "attr", "xcomp") and not out:
                    # "was designated a terrorist organisation by the United States"
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ == "by":
                            for pobj in self.pobjs(prep):
                                out += self.all_actors(pobj)
            # "has been accused of genocide in various ways, including by the United States"
            listed = [t for t in verb.subtree if t.lower_ == "by" and t.head.lower_ in LISTING_WORDS]
            out = out or [a for t in listed for p in self.pobjs(t) for a in self.all_actors(p)]
            return out or [a for c in conjunct_agent_verbs(verb, self.is_passive) for a in self.agents(c)]
        toks, factor = self.subject_tokens(verb)
        out = []
        for tok in toks:
            out += [Arg(a.actor, a.factor * factor, a.token) for a in self.all_actors(tok)]
        return out

    def patients_of_passive(self, verb: Token, places: bool = False, place_first: bool = False) -> list[Arg]:
        toks, factor = self.subject_tokens(verb)
        out: list[Arg] = []
        held_then = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        for tok in toks:
            if places and tok.tag_ in RELATIVE_TAGS and tok.head.dep_ == "relcl" and not held_then:
                tok = tok.head.head  # "Kidal, which is controlled by the CMA" (not "had been held")
            found = self.all_actors(tok, places=places, place_first=place_first)
            out += [Arg(a.actor, a.factor * factor, a.token) for a in found]
        return out


def splinter_of(token: Token) -> Arg:
    """A group split from a named one, named by its phrase: "an ELN splinter group"."""
    name = clean_surface(token.doc[min(c.i for c in token.lefts if c.dep_ != "det") : token.i + 1].text)
    return Arg(ActorRef(actor_id(name), name, "ARMED_GROUP", False), 0.85, token.i)
