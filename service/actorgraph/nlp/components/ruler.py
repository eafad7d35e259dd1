"""Gazetteer-driven entity ruler: every alias, metonym and demonym becomes an entity.

Single-token names match case-sensitively ("Amnesty", not "amnesty"; "US", not "us"),
longer names case-insensitively. Gazetteer entities win over overlapping NER entities;
the actor id goes to ``Span.kb_id_``, the actor type (or ``DEMONYM``) to the label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from actorgraph.model import ActorType
from actorgraph.nlp.docdata import DEMONYM, METONYM
from actorgraph.nlp.docindex import span_text
from actorgraph.nlp.gazetteer import Entry, Gazetteer, load_cached
from actorgraph.nlp.lexicon import (
    HONORIFICS,
    LEADER_TITLES,
    MEMBER_TITLES,
    NAME_HEAD_TYPES,
    ORGAN_NOUNS,
    SUBORDINATE_MODIFIERS,
)
from actorgraph.resolve.names import normalize_name


@registry.misc("actorgraph.gazetteer.v1")  # type: ignore[untyped-decorator]
def gazetteer_from_files(paths: list[str]) -> Gazetteer:
    """The built-in gazetteer merged with ``paths``; loaded once per set of files."""
    return load_cached(tuple(paths))


#: Words before a surname that are no first name: titles and honorifics ("Sheikh Tamim").
NAME_PREFIXES = LEADER_TITLES | MEMBER_TITLES | SUBORDINATE_MODIFIERS | HONORIFICS


#: Last words of a force's name that reports write in either number ("Uganda People's
#: Defence Force(s)"): the other number is matched too, so that a shorter name inside it
#: (the "People's Defence Forces" of Myanmar) does not win.
NUMBERED_HEADS = {"Force": "Forces", "Forces": "Force", "Brigade": "Brigades", "Brigades": "Brigade"}


def _numbers(surface: str, group: bool = False, places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The name in either number where its head may take both: "Rapid Support Force(s)";
    for an armed group named in the plural, the singular a modifier uses ("Tamil Tiger
    leader", "a Revolutionary Guard commander"), unless the last word names a place."""
    words = surface.split(" ")
    other = NUMBERED_HEADS.get(words[-1]) if len(words) > 1 else None
    if other is None and group and _plural_name(words) and words[-1] not in places:
        other = words[-1][:-1]
    return (surface, " ".join([*words[:-1], other])) if other else (surface,)


#: Words that make a name a phrase whose last word is no plural head ("Coordination of
#: Azawad Movements", "Los Zetas").
PHRASAL_NAME_WORDS = frozenset({"of", "and", "for", "the", "los", "las", "de", "del", "y"})


def _plural_name(words: list[str]) -> bool:
    last = words[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "ies", "Corps"))
    phrasal = any(w.lower() in PHRASAL_NAME_WORDS for w in words[:-1])
    return len(words) > 1 and len(last) > 3 and last[:1].isupper() and plural and not phrasal


class ActorRuler:
    def __init__(self, nlp: Language, name: str, gazetteer: Gazetteer) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.metonyms: set[str] = set()
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        places = frozenset(e.name.split(" ")[-1] for e in gazetteer.entries.values() if e.type == "STATE")
        for entry in gazetteer.entries.values():
            group = entry.type in ("ARMED_GROUP", "GROUP")
            names = (entry.name, *entry.aliases, *entry.metonyms)
            for surface in {v for s in names for v in _numbers(s, group, places)}:
                doc = nlp.make_doc(surface)
                target = exact if len(doc) == 1 else folded
                target.setdefault(entry.id, []).append(doc)
            self.metonyms.update(normalize_name(m) for m in entry.metonyms)
            if entry.demonyms:
                self.demonyms.add(entry.id, [nlp.make_doc(d) for d in entry.demonyms])
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab.strings
        spans: list[Span] = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                actor_id = vocab[match_id]
                entry = self.gazetteer.entries[actor_id]
                if entry.type == ActorType.PERSON and end - start == 1 and _part_of_other_name(doc, start):
                    continue  # "Mohammed Sinwar" is not Yahya Sinwar, "Abbas Nilforoushan" not Mahmoud Abbas
                nicknamed = _nicknamed(doc, start, entry) if entry.type == ActorType.PERSON else None
                if nicknamed is not None:
                    spans.append(nicknamed)  # "Issiaka “Wattao” Ouattara" is not Alassane Ouattara
                    continue
                label = entry.type.value
                if normalize_name(span_text(doc, start, end)) in self.metonyms:
                    label = METONYM
                spans.append(Span(doc, start, end, label=label, kb_id=actor_id))
        for match_id, start, end in self.demonyms(doc):
            spans.append(Span(doc, start, end, label=DEMONYM, kb_id=vocab[match_id]))
        ents = doc.ents  # a new tuple of spans on every access: read once
        gazetteer_spans = [
            s for s in filter_spans(spans) if not _inside_other_name(s, ents) and not _opens_a_name(s, ents)
        ]
        taken = {i for span in gazetteer_spans for i in range(span.start, span.end)}
        kept: list[Span] = []
        for ent in ents:
            overlap = [i for i in range(ent.start, ent.end) if i in taken]
            if not overlap:
                kept.append(ent)
            elif (max(overlap) + 1 < ent.end and min(overlap) == ent.start) or doc[ent.start].lower_ == "pro":
                # "pro-Turkish Sultan Murad Division": keep the name after the demonym
                rest = doc[max(overlap) + 1 : ent.end]
                if any(t.pos_ == "PROPN" for t in rest) and not any(t.i in taken for t in rest):
                    kept.append(Span(doc, rest.start, rest.end, label=ent.label_))
        doc.ents = sorted([*gazetteer_spans, *kept], key=lambda s: s.start)
        return doc


def _inside_other_name(span: Span, ents: Sequence[Span]) -> bool:
    """ "Iran Air", "Russia Today": a state's name that begins a longer proper name NER
    found is part of that other name."""
    if span.label_ not in ("STATE", METONYM):
        return False
    for ent in ents:
        longer = ent.start == span.start and ent.end > span.end
        if longer and ent.label_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART"):
            return all(t.pos_ == "PROPN" and t.is_title for t in ent[span.end - ent.start :])
    return False


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _nicknamed(doc: Doc, start: int, entry: Entry) -> Span | None:
    """ "Issiaka “Wattao” Ouattara": a known surname after a given name and a quoted nickname
    is the whole name of another person, unless the given name is the known person's own
    ("Mohamed Hamdan "Hemedti" Dagalo")."""
    if start < 4 or not all(doc[i].text in QUOTES for i in (start - 1, start - 3)):
        return None
    given, nick = doc[start - 4], doc[start - 2]
    if not (given.pos_ == "PROPN" and given.is_title and nick.is_title):
        return None
    own = {w.lower() for name in (entry.name, *entry.aliases) for w in name.split()}
    return None if given.lower_ in own else Span(doc, start - 4, start + 1, label="PERSON")


def _opens_a_name(span: Span, ents: Sequence[Span]) -> bool:
    """ "the rebel Rwandan Patriotic Front", "the Sudanese Communist Party": a demonym that
    begins a longer name the NER found, headed by a word that names a kind of group (not an
    organ of the state: "Iranian Armed Forces" are Iran's), is part of that name."""
    if span.label_ != DEMONYM:
        return False
    for ent in ents:
        if ent.start == span.start and ent.end > span.end and ent.label_ == "ORG":
            head = ent[-1].lower_
            return NAME_HEAD_TYPES.get(head) is not None and head not in ORGAN_NOUNS and ent[-1].is_title
    return False


def _part_of_other_name(doc: Doc, start: int) -> bool:
    """A capitalised name right before a bare surname, or right after a bare name, makes
    it part of someone else's name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[start + 1] if start + 1 < len(doc) else None
    first_name_before = before is not None and before.pos_ == "PROPN" and before.is_title
    if first_name_before and before is not None and before.lower_ not in NAME_PREFIXES:
        return True
    named_after = after is not None and after.pos_ == "PROPN" and after.is_title
    return named_after and after is not None and after.ent_type_ not in ("GPE", "NORP")


@Language.factory(
    "actorgraph_actor_ruler",
    default_config={"gazetteer": {"@misc": "actorgraph.gazetteer.v1", "paths": []}},
)
def make_actor_ruler(nlp: Language, name: str, gazetteer: Gazetteer) -> ActorRuler:
    return ActorRuler(nlp, name, gazetteer)


def config_for(paths: list[str]) -> dict[str, Any]:
    return {"gazetteer": {"@misc": "actorgraph.gazetteer.v1", "paths": paths}}
