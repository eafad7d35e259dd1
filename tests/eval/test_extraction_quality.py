"""Extraction quality against the reference metric: these fail below the targets of the
extraction issue (strict/coarse F1 on dev, strict F1 on the seed article, intact evidence,
no negated statement as an edge)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.belief import ClaimWeight, combine
from actorgraph.model import Article, Extraction
from actorgraph.nlp import Extractor
from actorgraph.resolve.claims import bundle_article
from tests.eval.scoring import OWN_GOLD, Score, extract_gold, read_gold, score, shared_file

DEV_STRICT, DEV_COARSE, SEED_STRICT = 0.85, 0.90, 0.85
#: The independent set is harder (long sentences, many actors). Measured 0.871 after the
#: real-news work; the floor is the figure it must not fall below (0.868 before it).
OWN_STRICT = 0.868


def _run(extractor: Extractor, gold_path: Path, tmp_path: Path) -> tuple[list[Extraction], Score]:
    gold = read_gold(gold_path)
    extractions = extract_gold(extractor, gold)
    assert [e.id for e in extractions] == [g["id"] for g in gold]
    return extractions, score(gold_path, extractions, tmp_path)


def test_dev_set_meets_targets(extractor: Extractor, tmp_path: Path) -> None:
    _, result = _run(extractor, shared_file("eval", "dev.jsonl"), tmp_path)
    print("dev:", result.line)
    assert result.strict_f1 >= DEV_STRICT, result.line
    assert result.coarse_f1 >= DEV_COARSE, result.line
    assert result.evidence == 1.0, result.line


def test_seed_article_meets_target(extractor: Extractor, tmp_path: Path) -> None:
    _, result = _run(extractor, shared_file("eval", "seed-gold.jsonl"), tmp_path)
    print("seed:", result.line)
    assert result.strict_f1 >= SEED_STRICT, result.line
    assert result.evidence == 1.0, result.line


def test_own_gold_set(extractor: Extractor, tmp_path: Path) -> None:
    if not OWN_GOLD.is_file():
        pytest.fail(f"{OWN_GOLD} is missing")
    _, result = _run(extractor, OWN_GOLD, tmp_path)
    print("own:", result.line)
    assert result.evidence == 1.0, result.line
    assert result.strict_f1 >= OWN_STRICT, result.line


def test_evidence_is_the_input_slice(extractor: Extractor) -> None:
    gold = read_gold(shared_file("eval", "seed-gold.jsonl")) + read_gold(shared_file("eval", "dev.jsonl"))
    texts = {str(g["id"]): str(g["text"]) for g in gold}
    relations = 0
    for extraction in extract_gold(extractor, gold):
        for rel in extraction.relations:
            relations += 1
            ev = rel.evidence
            assert texts[extraction.id][ev.start : ev.end] == ev.text
            assert 0.0 <= rel.confidence <= 1.0
    assert relations > 30


def test_negated_statements_never_become_edges(extractor: Extractor) -> None:
    gold = read_gold(shared_file("eval", "dev.jsonl"))
    if OWN_GOLD.is_file():
        gold += read_gold(OWN_GOLD)
    negated_seen = 0
    for item, extraction in zip(gold, extract_gold(extractor, gold), strict=True):
        article = Article(id=str(item["id"]), text=str(item["text"]), source="eval")
        bundle = bundle_article(article, extraction)
        groups: dict[tuple[str, str, str], list[ClaimWeight]] = {}
        for claim in bundle.claims:
            key = (claim.source_id, claim.relation.value, claim.target_id)
            weight = ClaimWeight(claim.confidence, claim.hedged, claim.negated, "eval", None)
            groups.setdefault(key, []).append(weight)
        for key, weights in groups.items():
            belief = combine(weights)
            if all(w.negated for w in weights):
                negated_seen += 1
                assert belief is None, f"{item['id']}: negated {key} became an edge"
    assert negated_seen >= 3, "the eval sets hold denials; the extractor should mark them negated"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Moscow denied supplying weapons to the Houthis.", "SUPPORTS"),
        ("The Lebanese army and Hezbollah are not allies, a senior officer said.", "ALLIED_WITH"),
        ("Qatar has never funded Hamas, the foreign ministry said.", "SUPPORTS"),
        ("Iran refused to back the Houthis in the talks.", "SUPPORTS"),
    ],
)
def test_denials_are_negated(extractor: Extractor, text: str, relation: str) -> None:
    (extraction,) = extractor.extract([("x", text)])
    rels = [r for r in extraction.relations if r.relation.value == relation]
    assert rels, f"no {relation} read from {text!r}"
    assert all(r.negated for r in rels)
