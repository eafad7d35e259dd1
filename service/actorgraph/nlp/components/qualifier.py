"""Qualifier: sets negation, hedging, speaker and the final confidence of each candidate.

Scope is syntactic: from the trigger word up through the clauses that govern it.
- negated: a negation on the trigger or a governing verb ("did not attack", "are not
  allies"), "no"/"without" on a relation noun, or a governing verb of denial ("denied
  supplying", "refused to back").
- hedged: a governing verb of report or suspicion ("reports suggest", "is accused of",
  "is believed to"), a hedging adverb ("allegedly"), a modal (may/might/could), a
  condition ("if"), an intention ("desire to establish ties"), or a question.
- speaker: the subject of a governing verb of speech ("X said ..."), "according to X",
  or the attribution of the quotation the sentence sits in ("“...,” X explained").

confidence = pattern base x argument factors, x HEDGED_FACTOR when hedged (the raw score),
then mapped by the fitted calibration (``nlp/calibration.py``) to the share of such readings
that are right on real news, clipped to [0.05, 0.99] (see docs/extraction.md).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.calibration import Calibration
from actorgraph.nlp.docdata import RELATIONS, ActorRef, Mention, get_candidates, get_mentions
from actorgraph.nlp.docindex import doc_text, lemma_indices, sentence_starts, span_text
from actorgraph.nlp.lexicon import (
    CLAIM_NOUNS,
    DENIAL_ASIDE_VERBS,
    DISMISSING_VERBS,
    EVALUATIVE_VERBS,
    HEARSAY_NOUNS,
    HEDGE_ADVERBS,
    HEDGE_MODALS,
    HEDGE_VERBS,
    INTENT_WORDS,
    NEGATING_VERBS,
    PERPETRATING_VERBS,
    PROSPECTIVE_VERBS,
    SOURCE_FROM_VERBS,
    SPEECH_VERBS,
    WARNING_VERBS,
)
from actorgraph.nlp.negation_scope import denies_only_completeness, double_negated, outside_denial
from actorgraph.nlp.quotes import SPEAKER_TYPES, quote_speakers, subject_actor
from actorgraph.nlp.rules.recognition import WITHHELD
from actorgraph.nlp.rules.words import noun_keys

HEDGED_FACTOR = 0.6
APPOSITIVE_PATTERNS = frozenset(
    {
        "title", "known-title", "appos-title", "title-anaphor", "possessive", "prenominal", "pro",
        "appos-attr", "group-of", "held-of",
    }
)
UNHEDGED_PATTERNS = frozenset({"threat"})
#: Readings that already turned their negation into the relation ("no longer recognizes
#: Jammeh" opposes him): negating them again would drop a stated opposition.
NEGATION_READ_PATTERNS = frozenset({WITHHELD})
#: Words that say an allegation is unverified: a sentence with one is hearsay.
UNVERIFIED_WORDS = frozenset({"allegation", "rumour", "rumor", "unconfirmed", "unverified"})
#: The lemmas of every word that can make a whole sentence hearsay (Qualifier._reported):
#: only these words of a sentence are looked at.
REPORTING_LEMMAS = UNVERIFIED_WORDS | {"verify"} | DENIAL_ASIDE_VERBS | SPEECH_VERBS
#: Governing words that hedge what they govern (a constant: not built on each call).
HEDGE_OR_INTENT_WORDS = HEDGE_VERBS | INTENT_WORDS


class Qualifier:
    def __init__(self, name: str, hedged_factor: float, calibration: Calibration | None = None) -> None:
        self.name = name
        self.hedged_factor = hedged_factor
        self.calibration = calibration

    def __call__(self, doc: Doc) -> Doc:
        candidates = get_candidates(doc)
        if not candidates:
            setattr(doc._, RELATIONS, [])
            return doc
        mentions = get_mentions(doc)
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token.setdefault(i, m)
        quotes = quote_speakers(doc, by_token, mentions)
        starts = sentence_starts(doc)
        ends = dict(zip(starts, [*starts[1:], len(doc)], strict=True))
        sents: dict[int, Span] = {}  # made only for the sentences with readings
        text = doc_text(doc)
        reported: dict[int, bool] = {}  # per sentence: several readings share one
        reporting = lemma_indices(doc, REPORTING_LEMMAS)

        def hearsay(sent: Span) -> bool:
            if sent.start not in reported:
                inside = reporting[bisect_left(reporting, sent.start) : bisect_left(reporting, sent.end)]
                reported[sent.start] = self._reported([doc[i] for i in inside])
            return reported[sent.start]

        out: list[dict[str, Any]] = []
        for cand in candidates:
            trigger = doc[cand.trigger]
            sent = sents.get(cand.sent_start)
            if sent is None:
                sent = sents[cand.sent_start] = doc[cand.sent_start : ends[cand.sent_start]]
            if cand.pattern in APPOSITIVE_PATTERNS:
                # a title or apposition states a standing fact, whatever the clause says
                negated, hedged = False, False
            else:
                negated = cand.pattern not in NEGATION_READ_PATTERNS and self._negated(trigger)
                hedged = cand.pattern not in UNHEDGED_PATTERNS and (
                    cand.hedged
                    or self._hedged(trigger)
                    or span_text(doc, sent.start, sent.end).rstrip().endswith("?")
                    or hearsay(sent)
                )
            speaker = self._speaker(trigger, sent, by_token, mentions)
            if speaker is None:
                speaker = next((s for (a, b), s in quotes.items() if a <= trigger.idx < b), None)
            confidence = cand.base * (self.hedged_factor if hedged else 1.0)
            if self.calibration is not None:
                confidence = self.calibration(
                    confidence, cand.relation, hedged, cand.source.type, cand.target.type
                )
            start, end = _trimmed(text, sent.start_char, sent.end_char)
            out.append({
                "s": cand.source.as_list(), "r": cand.relation, "t": cand.target.as_list(),
                "c": round(min(max(confidence, 0.05), 0.99), 3), "n": negated, "h": hedged,
                "sp": speaker.as_list() if speaker else None, "a": start, "b": end, "p": cand.pattern,
            })
        setattr(doc._, RELATIONS, out)
        return doc

    # -- negation and hedging -----------------------------------------------------------
    @staticmethod
    def _governors(trigger: Token, limit: int = 6, boundaries: tuple[str, ...] = ()) -> list[Token]:
        """The trigger and the words that govern it, up to the sentence root."""
        chain = [trigger]
        tok = trigger
        while tok.head.i != tok.i and len(chain) < limit:
            if tok.dep_ in ("relcl", "appos", "parataxis", *boundaries) or (
                tok.dep_ == "acl" and tok.head.lemma_.lower() not in CLAIM_NOUNS | INTENT_WORDS
            ):
                break  # a relative clause is its own statement: "M23, which seized Bukavu, is not ..."
            tok = tok.head
            chain.append(tok)
        return chain

    def _negated(self, trigger: Token) -> bool:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return True
        # an adverbial clause is not negated with its main clause: "Hezbollah would not
        # disarm while Israel continued to occupy ..."
        chain = self._governors(trigger, boundaries=("advcl",))
        for i, tok in enumerate(chain):
            verdict = _governor_negation(tok, trigger) if i > 0 else None
            if verdict is not None:
                return verdict
            if i > 0 and double_negated(tok):
                return False  # "does not rule out cooperation": possible, hedged below
            if any(c.dep_ == "neg" for c in tok.children):
                # "did not retake Palmyra until March 2017" asserts that it did; "were not in
                # full control of Nasir" that they hold part of it
                return not any(c.lower_ == "until" for c in tok.children) and not denies_only_completeness(
                    chain[: i + 1]
                )
            verdict = _word_negation(tok, governing=i > 0, below=chain[i - 1] if i > 0 else None)
            if verdict is not None:
                return verdict
        return False

    @staticmethod
    def _hedged(trigger: Token) -> bool:
        chain = Qualifier._governors(trigger, limit=8)
        for i, tok in enumerate(chain):
            lemma = tok.lemma_.lower()
            below = chain[i - 1] if i > 0 else None
            # a coordinated predicate is a sibling, not a governor: "Mali accused Algeria of
            # ... and the alliance recalled its ambassadors"; "claimed the attack" owns it
            sibling = below is not None and below.dep_ == "conj"
            owned = lemma == "claim" and below is not None and below.dep_ == "dobj"
            if i > 0 and not sibling and not owned and _forms(tok) & HEDGE_OR_INTENT_WORDS:
                return True
            if i > 0 and double_negated(tok):
                return True  # "does not rule out", "did not deny": possible, not stated
            if below is not None and _prospective(tok, below):
                return True
            for child in tok.children:
                low = child.lower_
                if child.dep_ == "advmod" and low in HEDGE_ADVERBS:
                    return True
                if _hedged_perpetration(child):
                    return True  # "attacks on Sunday, allegedly carried out by the CJNG"
                if child.dep_ == "aux" and low in HEDGE_MODALS:
                    return True
                if child.dep_ == "mark" and low in ("if", "unless", "whether"):
                    return True
        return False

    @staticmethod
    def _reported(words: list[Token]) -> bool:
        """The whole sentence is hearsay: "..., reports said", "..., an allegation Tehran
        denies", "X is said to have ...". ``words``: the sentence's words whose lemma is one
        of REPORTING_LEMMAS, in order."""
        for tok in words:
            lemma = tok.lemma_.lower()
            if lemma in UNVERIFIED_WORDS:
                return True
            if lemma == "verify" and any(c.dep_ == "neg" for c in tok.children):
                return True  # "claims that could not be independently verified"
            if _denial_aside(tok) or (
                lemma in DENIAL_ASIDE_VERBS and tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIM_NOUNS
            ):
                return True  # "..., a claim the U.S. military denied"
            if tok.pos_ == "VERB" and lemma in SPEECH_VERBS:
                for child in tok.children:
                    if child.dep_ == "nsubj" and child.lemma_.lower() in HEARSAY_NOUNS:
                        return True
                    if child.dep_ == "auxpass" and lemma in ("say", "report", "allege", "rumour", "rumor"):
                        return True
        return False

    # -- speaker -------------------------------------------------------------------------
    def _speaker(
        self, trigger: Token, sent: Span, by_token: dict[int, Mention], mentions: list[Mention]
    ) -> ActorRef | None:
        for i, tok in enumerate(self._governors(trigger, limit=8)):
            if i > 0 and _denial_aside(tok):
                return None  # the denier of "..., a charge Abu Dhabi rejects" did not say it
            if i > 0 and tok.lemma_.lower() in SPEECH_VERBS:
                found = self._subject_actor(tok, by_token, mentions)
                if found is not None:
                    return found
                if any(c.dep_ == "nsubj" for c in tok.children) and tok.dep_ == "conj":
                    # "Moscow denied ..., but analysts said Iran ...": the nearer speaker,
                    # though no actor, said it; the first clause's speaker did not.
                    return None
        return _according_to(sent, by_token)

    @staticmethod
    def _subject_actor(verb: Token, by_token: dict[int, Mention], mentions: list[Mention]) -> ActorRef | None:
        return subject_actor(verb, by_token, mentions)


def _governor_negation(governor: Token, trigger: Token) -> bool | None:
    """What a word governing the trigger says of its negation: False when the trigger is
    judged, hearsay or reported speech (the governor's own "not" is not the trigger's),
    True for a warning against it; None when the governor says nothing of it."""
    judging = governor.pos_ == "VERB" and bool(_forms(governor) & EVALUATIVE_VERBS)
    if judging and trigger.pos_ in ("NOUN", "PROPN"):
        # "declined to condemn Russia's invasion": what is (not) condemned still happened
        return False
    if _denial_aside(governor):
        return False  # "..., an allegation Abu Dhabi denies": hearsay, not a denial
    lemma = governor.lemma_.lower()
    if lemma in WARNING_VERBS and chain_prep(governor, trigger) == "against":
        return True
    speech = governor.pos_ == "VERB" and lemma in SPEECH_VERBS
    if speech and lemma != "deny":
        return False
    return None


def _word_negation(tok: Token, governing: bool, below: Token | None = None) -> bool | None:
    """What a word of the chain (the trigger itself unless ``governing``) says once it
    carries no "not": a dismissed claim, a verb of denial or "without" negate; a
    coordinated verb starts a new clause (False); None reads on up the chain."""
    lemma = tok.lemma_.lower()
    if governing and lemma in CLAIM_NOUNS and tok.head.lemma_.lower() in DISMISSING_VERBS:
        return True  # "rejected claims that Kyiv had supplied ..."
    if governing and lemma in NEGATING_VERBS:
        if outside_denial(tok, below):
            return False  # "stop their attacks", "prevent deaths amid airstrikes": stated
        # "ruled out" denies; a bare "ruled" reads on up the chain
        return None if lemma == "rule" and not any(c.lower_ == "out" for c in tok.children) else True
    if tok.lower_ == "without" and tok.dep_ == "prep":
        return True
    if governing and _kept_from(tok):
        return True  # "contain Wagner mercenaries from attacking Poland", "refrained from striking"
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        return False  # "did not cover Israel and would continue ...": a new clause
    return None


def _according_to(sent: Span, by_token: dict[int, Mention]) -> ActorRef | None:
    """The speaker "according to X" names, from the actor of the object or of one of
    its modifiers ("according to UN investigators"); the first one found decides, even
    when it cannot speak."""
    if "ccording" not in span_text(sent.doc, sent.start, sent.end):
        return None
    for tok in sent:
        if tok.lower_.strip("\u201c\u201d\"") != "according":
            continue
        for pobj in (p for prep in tok.children for p in prep.children if p.dep_ == "pobj"):
            if pobj.i in by_token:
                return _speaker_ref(by_token[pobj.i])
            for mod in pobj.children:
                if mod.dep_ in ("compound", "poss", "amod") and mod.i in by_token:
                    return _speaker_ref(by_token[mod.i])
    return None


def _prospective(governor: Token, below: Token) -> bool:
    """ "is going to target", "is set to attack", "is poised to seize", "prepares to
    strike": an infinitive under such a word tells what is still to come. "went on to
    capture" happened: "go" counts only as "going to"."""
    if below.dep_ != "xcomp" or governor.lemma_.lower() not in PROSPECTIVE_VERBS:
        return False
    return governor.lemma_.lower() != "go" or governor.tag_ == "VBG"


def _forms(tok: Token) -> set[str]:
    """The lemma and crude stems of a word (the lemmatiser reads "hopes" as "hop"):
    :func:`noun_keys`, and the stems of a past form ("feared", "doubted")."""
    low = tok.lower_
    return noun_keys(tok) | ({low[:-1], low[:-2]} if low.endswith("ed") else set())


def chain_prep(governor: Token, trigger: Token) -> str | None:
    """The preposition through which ``trigger`` hangs below ``governor``, if any."""
    tok = trigger
    while tok.head.i != tok.i and tok.head.i != governor.i:
        tok = tok.head
    return tok.lower_ if tok.dep_ == "prep" and tok.head.i == governor.i else None


def _denial_aside(verb: Token) -> bool:
    """ "X accused Y of arming Z, an allegation Y denies": the parser often makes "denies" the
    sentence's root, with the accusation under it. A denial whose subject phrase holds a
    claim noun is such an aside: what it governs is reported, neither denied nor its words."""
    if verb.lemma_.lower() not in DENIAL_ASIDE_VERBS:
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i < verb.i)
    return any(t.lemma_.lower() in CLAIM_NOUNS for s in subjects for t in s.subtree)


def _speaker_ref(mention: Mention) -> ActorRef | None:
    return mention.actor if mention.actor.type in SPEAKER_TYPES else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@Language.factory(
    "actorgraph_qualifier",
    default_config={"hedged_factor": HEDGED_FACTOR, "calibration": {"@misc": "actorgraph.calibration.v1"}},
)
def make_qualifier(
    nlp: Language, name: str, hedged_factor: float, calibration: Calibration | None
) -> Qualifier:
    return Qualifier(name, hedged_factor, calibration)


def _hedged_perpetration(tok: Token) -> bool:
    """A participle saying who did an act, itself hedged: "allegedly carried out by X"."""
    return (
        tok.dep_ in ("acl", "advcl")
        and tok.lemma_.lower() in PERPETRATING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in tok.children)
    )


def _kept_from(prep: Token) -> bool:
    """ "stopped X from attacking", "barred from entering", "refrained from striking": an act
    held back, that did not happen."""
    gerund = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return (
        prep.lower_ == "from"
        and prep.dep_ == "prep"
        and bool(gerund)
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() not in SOURCE_FROM_VERBS
    )
