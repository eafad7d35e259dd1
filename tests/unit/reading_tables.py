"""Table-driven tests of extraction mechanisms, shared by the test modules of each round:
a table of (mechanism, sentence, triple) gives one test per row that the triple is read, or
one per row that it is not. Triples are (source name, relation, target name), lower-cased."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.unit.test_nlp_real_news_mechanisms import named

from actorgraph.nlp import Extractor

Triple = tuple[str, str, str]
Table = list[tuple[str, str, Triple]]
ReadingTest = Callable[[Extractor, str, Triple], None]


def reading_tests(readings: Table, wrong_readings: Table) -> tuple[ReadingTest, ReadingTest]:
    """The two parametrized tests of a module's tables: each reading is given, each wrong
    reading is not. Assign them to module-level ``test_`` names for pytest to collect."""

    @pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in readings])
    def test_the_reading_each_mechanism_gives(extractor: Extractor, text: str, expected: Triple) -> None:
        assert expected in named(extractor, text)

    @pytest.mark.parametrize(("text", "wrong"), [pytest.param(t, w, id=i) for i, t, w in wrong_readings])
    def test_the_wrong_reading_each_mechanism_removes(extractor: Extractor, text: str, wrong: Triple) -> None:
        assert wrong not in named(extractor, text)

    return test_the_reading_each_mechanism_gives, test_the_wrong_reading_each_mechanism_removes
