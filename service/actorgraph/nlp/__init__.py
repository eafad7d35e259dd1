"""NLP: the spaCy pipeline with actorgraph's registered components, and ``Extractor``."""

from __future__ import annotations

from actorgraph.nlp.extractor import Extractor

__all__ = ["Extractor"]
