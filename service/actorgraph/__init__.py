"""actorgraph: an actor-relationship knowledge graph built from news articles."""

__version__ = "0.1.0"
