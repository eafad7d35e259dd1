"""Whom a pronoun stands for, for :class:`~actorgraph.nlp.rules.args.Args`: the speaker of
what it is part of ("The Israeli military said it had killed ..."), the subject named
earlier inside a quotation, or the latest subject in this sentence or the one before."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.docindex import sent_bounds
from actorgraph.nlp.lexicon import ACCOUNT_PREPS, PRONOUN_SPEAKER_VERBS
from actorgraph.nlp.rules.clauses import subject_phrase
from actorgraph.nlp.rules.coordination import CoordinationReader
from actorgraph.nlp.rules.places import Arg

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class PronounReader(CoordinationReader):
    """Pronoun readings; ``owners`` is read by ``Args``."""

    _resolving: set[int]

    def owners(self, token: Token, depth: int = 0) -> list[Arg]:
        """The owners a noun names: read by ``Args``."""
        raise NotImplementedError

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
            if node.pos_ == "VERB" and node.lemma_.lower() in PRONOUN_SPEAKER_VERBS:
                for child in node.children:
                    if child.dep_ == "nsubj":
                        return self.actors(child)
                return []
        return []

    def person_before(self, token: Token) -> list[Arg]:
        """The person a possessive "his"/"her" points back to: the last one named earlier
        in the sentence."""
        start = sent_bounds(token.doc, token.i)[0]
        people = [m for m in self.mentions if start <= m.start < token.i and m.actor.type == "PERSON"]
        return [Arg(people[-1].actor, 0.85, token.i)] if people else []

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
        held = self.held_to_account(token)
        if held:
            return held
        relative = self._relative_subject(token)
        if relative is not None:
            return relative
        quote = next(((a, b) for a, b in self._quote_map() if a <= token.idx < b), None)
        if quote is not None:
            # inside a quotation "its" is whatever the speaker spoke of: a subject named
            # earlier in the same quotation ("The Houthis are terrorists, and Iran is their sponsor")
            return self._previous_subject(token, quote[0])
        reported = self._reported_by(token)
        if reported is not None:
            return reported
        object_before = self._object_before(token)
        return self._previous_subject(token) if object_before is None else object_before

    def _reported_by(self, token: Token) -> list[Arg] | None:
        """Whom a pronoun in reported speech stands for: the speaker ("The Israeli military
        said it had killed ..."), or nothing when the speaker is named by no actor. None when
        no speech verb governs it, or when it is itself the speaker that opens its sentence
        ("On Tuesday it said its forces ..."): then it stands for an earlier subject."""
        node, own_speech = token, False
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ != "VERB" or node.lemma_.lower() not in PRONOUN_SPEAKER_VERBS:
                continue
            subject = _speech_subject(node, token)
            if subject is not None:
                found = [a for a in self._said_by(subject) if a.actor.type not in ("PERSON", "PLACE")]
                found = found or self.owners(subject)
                return [Arg(a.actor, a.factor * 0.85, token.i) for a in found]
            if token.head.i != node.i or token.dep_ != "nsubj":
                return []
            # "... claimed that they warned ...": the speaker of the claim, if any
            own_speech = True
        return None if not own_speech or self._opens_sentence(token) else []

    @staticmethod
    def _opens_sentence(token: Token) -> bool:
        """No clause before ``token`` in its sentence has a subject of its own, which a
        pronoun might stand for instead of one in the sentence before."""
        doc = token.doc
        return not any(doc[i].dep_ in SUBJECT_DEPS for i in range(sent_bounds(doc, token.i)[0], token.i))

    def _said_by(self, subject: Token) -> list[Arg]:
        """The actors a speech verb's subject names; a pronoun subject stands for whom it
        points back to ("Russia says it has taken Vuhledar. On Tuesday it said its forces
        seized ...": both "it" and "its" are Russia)."""
        if subject.pos_ == "PRON" and subject.lower_ in ("it", "they"):
            return self.pronoun(subject)
        return self.at(subject)

    def _object_before(self, token: Token) -> list[Arg] | None:
        """ "stormed Saddam International Airport after bombarding it": an object "it" stands
        for the direct object of the nearest verb governing its clause, not for the subject of
        the sentence before; nothing when that object is no actor or place ("reopen the road
        ... after separatists had blocked it"). None for other pronouns or with no such object."""
        if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
            return None
        for verb in token.ancestors:
            if verb.pos_ in ("NOUN", "PROPN", "PRON"):
                return None  # "the government's efforts to eradicate it": the clause of a noun
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
            if verb.pos_ == "VERB" and objects:
                found = [a for a in self.at(objects[-1]) if a.actor.type != "PERSON"]
                return [Arg(a.actor, 0.75, token.i) for a in found]
        return None

    def _relative_subject(self, token: Token) -> list[Arg] | None:
        """ "ties with Eritrea, which seceded from Ethiopia and fought a war with its former
        ruler": a possessive in a relative clause whose subject is the relative pronoun is
        the antecedent's, never the main clause's subject. None outside such a clause."""
        if token.dep_ != "poss":
            return None
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head  # "which seceded ... and fought": the relative clause's subject
        if verb.dep_ != "relcl":
            return None
        if not any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in verb.children):
            return None
        # an actor named as the antecedent, not an act ("a US airstrike that killed their leader")
        named = [a for a in self.at(verb.head) if a.actor.type != "PLACE"]
        return [Arg(a.actor, 0.85, token.i) for a in named] or None

    def held_to_account(self, token: Token) -> list[Arg]:
        """ "warned Tehran of serious consequences over its attack", "thanked Iran for its
        support": a possessive in what a verb holds its named object to account for is
        that object."""
        if token.dep_ != "poss":
            return []
        node, accounted = token.head, False
        for _ in range(5):
            if node.head.i == node.i:
                return []
            accounted = accounted or (node.dep_ == "pobj" and node.head.lower_ in ACCOUNT_PREPS)
            node = node.head
            if node.pos_ == "VERB":
                break
        if not accounted or node.pos_ != "VERB":
            return []
        objects = [c for c in node.children if c.dep_ == "dobj" and c.i < token.i]
        found = [a for o in objects for a in self.at(o) if a.actor.type not in ("PERSON", "PLACE")]
        return [Arg(a.actor, 0.85, token.i) for a in found]

    def speaker_own(self, token: Token) -> list[Arg]:
        """ "Saudi Arabia said its strike on the Houthis killed ten": a possessive "its" or
        "their" in what a speech verb reports, before any other actor, is the speaker's."""
        if token.lower_ not in ("its", "their") or self.quoted_speaker(token):
            return []
        clause = token
        while clause.dep_ != "ccomp" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or any(self.at(t) for t in self.doc[clause.left_edge.i : token.i]):
            return []  # not reported speech, or another actor named first may be the one meant
        return [Arg(a.actor, 0.85, token.i) for a in self.speaker_of(token) if a.actor.type != "PLACE"]

    def other_than(self, token: Token, subjects: list[Arg]) -> list[Arg]:
        """ "Iran is their sponsor": what "their" stands for, never the clause's own subject."""
        skip = frozenset(s.actor.id for s in subjects)
        start = sent_bounds(self.doc, token.i)[0]
        before = (self.doc[i] for i in range(start, token.i))
        marks = [t for t in before if t.text in ('"', "\u201c", "\u201d")]
        if len(marks) % 2:  # inside a quotation, attributed or not
            return self._previous_subject(token, marks[-1].idx, skip)
        return [a for a in self.pronoun(token) if a.actor.id not in skip]

    def person_pronoun(self, token: Token) -> list[Arg]:
        """ "Ali fled to Libya. He was a leader of the MDJT": a "he" or "she" subject stands
        for the person who was the latest clause subject in this sentence or the one before,
        else for the one person named there; nothing inside a quotation (the speaker's "he"
        is whoever the speaker spoke of) or where two people could be meant."""
        if token.dep_ not in SUBJECT_DEPS or any(a <= token.idx < b for a, b in self._quote_map()):
            return []
        sent = token.sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        people = [m for m in self.mentions if floor <= m.start < token.i and m.actor.type == "PERSON"]
        subjects = [m for m in people if subject_phrase(self.doc[m.end - 1])]
        if subjects:
            return [Arg(subjects[-1].actor, 0.75, token.i)]
        named = {m.actor.id: m.actor for m in people}
        return [Arg(actor, 0.7, token.i) for actor in named.values()] if len(named) == 1 else []

    def _previous_subject(
        self, token: Token, from_char: int = -1, skip: frozenset[str] = frozenset()
    ) -> list[Arg]:
        """ "The RSF took the base. Days later, its fighters ...": the latest actor that was
        the subject of a clause, in this sentence or the one before (and from ``from_char`` on)."""
        start = sent_bounds(self.doc, token.i)[0]
        floor = sent_bounds(self.doc, start - 1)[0] if start > 0 else start
        for m in reversed(self.mentions):
            if not floor <= m.start < token.i or m.actor.type in ("PERSON", "PLACE") or m.actor.id in skip:
                continue
            if self.doc[m.start].idx < from_char:
                break
            head = self.doc[m.end - 1]
            if head.dep_ == "compound" and head.head.i >= m.end and not self.at(head.head):
                head = head.head  # "Hamas fighters withdrew. They ...": whose fighters they are
            if subject_phrase(head):
                if token.lower_ in ("their", "they", "them"):
                    # "Mali, Burkina Faso and Niger marked ... their pact": the whole coordination
                    return [Arg(a.actor, 0.75, token.i) for a in self.all_actors(self.doc[m.end - 1])]
                return [Arg(m.actor, 0.75, token.i)]
        return []


def _speech_subject(verb: Token, token: Token) -> Token | None:
    """The subject of a speech verb, other than ``token``; a coordinated verb's is that of
    the verb it is coordinated with ("Kigali denies X and says it is ...")."""
    for node in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.i != token.i else None
    return None
