"""Relation extractor: runs the rule families over each sentence and keeps the best
reading of each (source, relation, target) per sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from actorgraph.nlp.docdata import CANDIDATES, Candidate, get_mentions
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.rules.args import Args
from actorgraph.nlp.rules.nominal import nominal
from actorgraph.nlp.rules.roles import roles
from actorgraph.nlp.rules.verbal import verbal

Rule = Callable[[Args, Span], Iterator[Candidate]]
RULES: dict[str, Rule] = {"verbal": verbal, "nominal": nominal, "roles": roles}


class RelationExtractor:
    def __init__(self, name: str, gazetteer: Gazetteer, rules: list[str]) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.rules = [RULES[r] for r in rules]

    def __call__(self, doc: Doc) -> Doc:
        mentions = get_mentions(doc)
        found: dict[tuple[str, str, str, int], Candidate] = {}
        if len(mentions) >= 1:
            args = Args(doc, mentions, self.gazetteer)
            for sent in doc.sents:
                if not any(sent.start <= m.start < sent.end for m in mentions):
                    continue
                for rule in self.rules:
                    for cand in rule(args, sent):
                        key = (cand.source.id, cand.relation, cand.target.id, cand.sent_start)
                        best = found.get(key)
                        if best is None or cand.base > best.base:
                            found[key] = cand
        setattr(doc._, CANDIDATES, [c.as_dict() for c in found.values()])
        return doc


@Language.factory(
    "actorgraph_relation_extractor",
    default_config={
        "gazetteer": {"@misc": "actorgraph.gazetteer.v1", "paths": []},
        "rules": ["verbal", "nominal", "roles"],
    },
)
def make_relation_extractor(
    nlp: Language, name: str, gazetteer: Gazetteer, rules: list[str]
) -> RelationExtractor:
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise ValueError(f"unknown relation rules {unknown}; known: {sorted(RULES)}")
    return RelationExtractor(name, gazetteer, rules)
