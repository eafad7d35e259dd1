"""Reading coordinations and the relative clauses that refer back to them: "Mali, Burkina
Faso and Niger", "U.S. and Ukrainian officials", "Qatar and Egypt, which mediate ..."."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from actorgraph.model import SYMMETRIC, RelationType
from actorgraph.nlp.docdata import DEMONYM
from actorgraph.nlp.lexicon import COMMAND_NOUNS, LAUNCH_VERBS, NOUNS, PERPETRATING_VERBS, VERBS
from actorgraph.nlp.rules.mentions import MentionReader
from actorgraph.nlp.rules.places import Arg


class CoordinationReader(MentionReader):
    """Coordination readings for :class:`~actorgraph.nlp.rules.args.Args`, which reads the
    actors of each conjunct (:meth:`actors`)."""

    def actors(self, token: Token, depth: int = 0) -> list[Arg]:
        """The actors a noun phrase headed by ``token`` denotes: read by ``Args``."""
        raise NotImplementedError

    def agents(self, verb: Token) -> list[Arg]:
        """Who does what ``verb`` says: read by ``Args``."""
        raise NotImplementedError

    def _act_doers(self, act: Token) -> list[Arg]:
        """Who did the act a noun names, for a relative clause about it: "HTS launched an
        offensive that captured Aleppo", "an offensive by the RSF which seized El Fasher"."""
        if NOUNS.get(act.lemma_.lower()) not in (RelationType.ATTACKS, RelationType.FIGHTS):
            return []
        by = [a for p in act.children if p.dep_ == "prep" and p.lower_ == "by"
              for o in self.pobjs(p) for a in self.all_actors(o)]  # fmt: skip
        if by or act.dep_ != "dobj" or act.head.lemma_.lower() not in PERPETRATING_VERBS | LAUNCH_VERBS:
            return by
        return self.agents(act.head)

    def commanders(self, token: Token) -> list[Arg]:
        """Who ``token`` is put under: "troops under the command of Haftar", "a brigade under
        the leadership of Colonel Hamad"."""
        return [
            a
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "under"
            for noun in self.pobjs(prep)
            if noun.lemma_.lower() in COMMAND_NOUNS
            for of in noun.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for holder in self.pobjs(of)
            for a in self.all_actors(holder)
        ]

    def _antecedent_actors(self, token: Token, depth: int) -> list[Arg]:
        """The actors a relative pronoun stands for: those of the noun its clause describes."""
        antecedent = token.head.head
        plural = _verb_tagged(token.head, "VBP")
        if antecedent.dep_ == "conj" and antecedent.tag_ in ("NNP", "NN") and plural:
            # "Qatar and Egypt, which mediate ...": a plural verb after a singular last
            # conjunct agrees with the whole coordination
            while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head
        found = self.actors(antecedent, depth + 1) or self._act_doers(antecedent)
        if any(c.dep_ == "conj" for c in antecedent.children):
            conjuncts = [t for t in self.with_conjuncts(antecedent) if t.i < token.i]
            if _verb_tagged(token.head, "VBZ") and conjuncts:
                # "Israel and Ukraine, which is fighting Russia": the nearest one
                found = self.actors(conjuncts[-1], depth + 1)
            else:
                found = self.all_actors(antecedent)  # "Egypt and Saudi Arabia, which back the army"
        if antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("in", "near", "at", "inside"):
            # "an outpost in Jordan that killed ...": the place is not the actor
            found = [a for a in found if a.actor.type not in ("STATE", "PLACE")]
        return found

    def _coordinated_owners(self, token: Token, found: list[Arg]) -> list[Arg]:
        """ "U.S. and Ukrainian officials": the organ phrase names Ukraine; the state named
        in the coordination before it owns the officials too."""
        have = {a.actor.id for a in found}
        more: list[Arg] = []
        for child in (c for c in token.children if c.dep_ in ("nmod", "amod", "compound")):
            for k in self.with_conjuncts(child):
                named = self.state(k) if k.ent_type_ == DEMONYM and k.ent_kb_id_ else self.at(k)
                for a in named:
                    if a.actor.id not in have and a.actor.type not in ("PERSON", "PLACE"):
                        have.add(a.actor.id)
                        more.append(a)
        return more

    def with_conjuncts(self, token: Token) -> Iterator[Token]:
        yield token
        for child in token.children:
            if child.dep_ == "conj" and _opens_clause(child):
                continue  # "killed by police and his successor X was captured": X opens a clause
            if child.dep_ == "conj":
                yield from self.with_conjuncts(child)
            elif child.dep_ == "appos" and self._listed(token, child):
                yield from self.with_conjuncts(child)  # "Mali, Burkina Faso and Niger"
            elif child.dep_ == "appos":
                for conj in _after_parenthesis(child):
                    yield from self.with_conjuncts(conj)
            elif child.dep_ == "prep" and child.lower_ in ("including", "especially", "notably"):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    yield from self.with_conjuncts(pobj)  # "attacks on Russia including the Moscow region"

    def _listed(self, token: Token, appos: Token) -> bool:
        """An apposition that continues a list of named actors rather than describing one."""
        mine, theirs = self.at(token), self.at(appos)
        if not mine or not theirs or any(c.dep_ == "det" for c in appos.children):
            return False
        if self.listed_side(appos):
            return True
        return mine[0].actor.type == theirs[0].actor.type and any(c.dep_ == "conj" for c in appos.children)

    def listed_side(self, appos: Token) -> bool:
        """ "Iraqi forces, Yezidi militia clash": in a headline, an apposition without a
        determiner to the subject of a symmetric verb is the other side, not a description."""
        subject = appos.head
        sense = VERBS.get(subject.head.lemma_.lower()) if subject.dep_ == "nsubj" else None
        if sense is None or sense.relation not in SYMMETRIC or any(c.dep_ == "det" for c in appos.children):
            return False
        mine, theirs = self.at(subject), self.at(appos)
        return bool(mine and theirs) and mine[0].actor.id != theirs[0].actor.id

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


def _verb_tagged(verb: Token, tag: str) -> bool:
    """A verb or one of its auxiliaries carries this tag: VBP for a plural present ("mediate",
    "have backed"), VBZ for a singular one ("backs", "is fighting")."""
    return verb.tag_ == tag or any(c.dep_ in ("aux", "auxpass") and c.tag_ == tag for c in verb.children)


def _after_parenthesis(appos: Token) -> list[Token]:
    """Conjuncts the parser hung inside a bracketed apposition that stand after its closing
    bracket: in "the National Liberation Army (Spanish abbr: ELN) and the Central General
    Staff" the second side is a conjunct of "ELN"."""
    doc = appos.doc
    start = appos.left_edge.i
    if start == 0 or doc[start - 1].text != "(":
        return []
    close = next((t.i for t in doc[appos.i : appos.right_edge.i + 1] if t.text == ")"), None)
    if close is None:
        return []
    return [t for t in appos.subtree if t.dep_ == "conj" and t.head.i < close < t.i]


def _opens_clause(noun: Token) -> bool:
    """Whether a noun the parser made a conjunct is the subject of the clause right after it,
    a conjoined verb with no subject of its own ("... by security personnel and his successor
    Basri was captured")."""
    doc = noun.doc
    after = noun.right_edge.i + 1  # "his deputy, X, was arrested": after the whole phrase
    if after >= len(doc) or doc[after].pos_ not in ("AUX", "VERB"):
        return False
    verb = doc[after] if doc[after].pos_ == "VERB" else doc[after].head
    # the parser also makes that verb the sentence's root, with the clause before (its
    # auxiliary read as a subject) hung under it; a gerund subject is a subject ("Fighting
    # between A and B spread")
    return (
        verb.dep_ in ("conj", "ROOT")
        and verb.i > after - 1
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "AUX" for c in verb.children)
    )
