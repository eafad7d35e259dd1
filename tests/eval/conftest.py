"""One extractor for the whole eval run (loading spaCy is the slow part)."""

from __future__ import annotations

import os

import pytest

from actorgraph.config import load_settings
from actorgraph.nlp import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return Extractor.load(load_settings(gazetteer=[]))
