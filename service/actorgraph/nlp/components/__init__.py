"""spaCy components of actorgraph, registered with ``@Language.factory`` on import.

Order in a pipeline (see ``nlp/data/pipeline.json``): ``actorgraph_typography`` (first:
typographic apostrophes read as typed ones), ``actorgraph_line_breaks`` (before the
parser: a line break ends a sentence), ``actorgraph_actor_ruler`` (gazetteer
names into ``doc.ents``), ``actorgraph_actor_resolver`` (mentions: names, organ phrases,
groups, anaphora), ``actorgraph_relation_extractor`` (candidate relations) and
``actorgraph_qualifier`` (negation, hedging, speaker, confidence).
"""

from __future__ import annotations

import actorgraph.nlp.components.lines
import actorgraph.nlp.components.qualifier
import actorgraph.nlp.components.relations
import actorgraph.nlp.components.resolver
import actorgraph.nlp.components.ruler
import actorgraph.nlp.components.typography  # noqa: F401
