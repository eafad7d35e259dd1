"""The lexicon's example sentences, run through the real extractor: one case per example,
generated from service/actorgraph/nlp/data/lexicon.json (ids are the trigger words). An
example marked "xfail" in the file is an expected failure that must keep failing (strict):
when the extractor learns the wording, remove the mark."""

from __future__ import annotations

import copy
import json
import os
from importlib import resources
from typing import Any

import pytest

from actorgraph.config import load_settings
from actorgraph.model import SYMMETRIC, Actor, ExtractedRelation
from actorgraph.nlp import Extractor
from actorgraph.nlp.lexicon import LEXICON_FILE, Example, LexiconError, load_lexicon, parse_lexicon


@pytest.fixture(scope="session")
def lexicon_extractor() -> Extractor:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return Extractor.load(load_settings(gazetteer=[]))


def _cases(section: str) -> list[Any]:
    out: list[Any] = []
    count: dict[str, int] = {}
    for where, word, example in load_lexicon().examples():
        if where != section:
            continue
        count[word] = count.get(word, 0) + 1
        case_id = word if count[word] == 1 else f"{word}-{count[word]}"
        marks = [pytest.mark.xfail(strict=True, reason=example.xfail)] if example.xfail else []
        out.append(pytest.param(example, id=case_id, marks=marks))
    return out


def _named(actor: Actor, name: str) -> bool:
    return name.casefold() in {actor.name.casefold(), *(a.casefold() for a in actor.aliases)}


def _found(relation: ExtractedRelation, example: Example) -> bool:
    source, rel, target = example.expect
    if relation.negated or relation.relation != rel:
        return False
    pairs = [(relation.source, relation.target)]
    if rel in SYMMETRIC:
        pairs.append((relation.target, relation.source))
    return any(_named(s, source) and _named(t, target) for s, t in pairs)


def _check(extractor: Extractor, example: Example) -> None:
    (extraction,) = extractor.extract([("example", example.text)])
    found = [(r.source.name, r.relation.value, r.target.name, r.negated) for r in extraction.relations]
    assert any(_found(r, example) for r in extraction.relations), (
        f"{example.text!r}: expected {example.expect}, found {found}"
    )


@pytest.mark.parametrize("example", _cases("verbs"))
def test_verb(lexicon_extractor: Extractor, example: Example) -> None:
    _check(lexicon_extractor, example)


@pytest.mark.parametrize("example", _cases("nouns"))
def test_noun(lexicon_extractor: Extractor, example: Example) -> None:
    _check(lexicon_extractor, example)


@pytest.mark.parametrize("example", _cases("prenominals"))
def test_prenominal(lexicon_extractor: Extractor, example: Example) -> None:
    _check(lexicon_extractor, example)


@pytest.mark.parametrize("example", _cases("attributes"))
def test_attribute(lexicon_extractor: Extractor, example: Example) -> None:
    _check(lexicon_extractor, example)


@pytest.mark.parametrize("example", _cases("titles"))
def test_leader_title(lexicon_extractor: Extractor, example: Example) -> None:
    _check(lexicon_extractor, example)


def _data() -> dict[str, Any]:
    text = resources.files("actorgraph.nlp").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return copy.deepcopy(data)


def test_the_shipped_file_parses_and_every_trigger_entry_has_an_example() -> None:
    lexicon = parse_lexicon(_data())
    assert lexicon.verbs and lexicon.nouns and lexicon.leader_titles
    sections = (lexicon.verbs, lexicon.nouns, lexicon.prenominals, lexicon.attributes, lexicon.leader_titles)
    assert all(entry.examples for entries in sections for entry in entries)


def test_an_unknown_relation_is_rejected_naming_the_entry() -> None:
    data = _data()
    fund = next(v for v in data["verbs"] if v["lemma"] == "fund")
    fund["relation"] = "BEFRIENDS"
    with pytest.raises(LexiconError, match=r"verbs\[\d+\] 'fund'.*unknown relation 'BEFRIENDS'"):
        parse_lexicon(data)


def test_an_expected_triple_must_use_an_ontology_type() -> None:
    data = _data()
    data["attributes"][0]["examples"][0]["expect"][1] = "PROXY_OF"
    word = data["attributes"][0]["noun"]
    with pytest.raises(LexiconError, match=rf"attributes\[0\] '{word}'.*examples\.0\.expect\.1"):
        parse_lexicon(data)


def test_a_trigger_entry_without_examples_is_rejected() -> None:
    data = _data()
    data["titles"]["leader"][0]["examples"] = []
    with pytest.raises(LexiconError, match=r"titles\.leader\[0\] 'president'.*examples"):
        parse_lexicon(data)


def test_a_word_listed_twice_is_rejected() -> None:
    data = _data()
    data["cues"]["hedge_modals"].append("may")
    with pytest.raises(LexiconError, match=r"cues\.hedge_modals.*'may' is listed twice"):
        parse_lexicon(data)
    data = _data()
    data["verbs"].append(copy.deepcopy(data["verbs"][0]))
    with pytest.raises(LexiconError, match=r"'back': listed twice in verbs"):
        parse_lexicon(data)
