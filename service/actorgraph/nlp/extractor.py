"""``Extractor``: the spaCy model plus actorgraph's components, from article text to
:class:`~actorgraph.model.Extraction` values (the ``actorgraph extract`` contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import actorgraph.nlp.components  # noqa: F401  (registers the factories)
from actorgraph.config import Settings
from actorgraph.errors import ExtractionError
from actorgraph.model import Actor, ActorType, Evidence, ExtractedRelation, Extraction, RelationType
from actorgraph.nlp.datelines import mask_datelines
from actorgraph.nlp.docdata import RELATIONS, ActorRef
from actorgraph.nlp.docindex import doc_text
from actorgraph.nlp.gazetteer import Gazetteer, load_cached

PIPELINE_FILE = "pipeline.json"
#: Longest text parsed in one piece; longer texts are cut at paragraph or sentence ends.
CHUNK_CHARS = 50_000


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str, bool]]:
    """``(offset, piece, is_last)`` pieces of at most ``limit`` characters, cut after a
    blank line, else a newline, else a full stop, else anywhere."""
    if len(text) <= limit:
        return [(0, text, True)]
    out: list[tuple[int, str, bool]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". "):
                cut = window.rfind(sep)
                if cut > limit // 2:
                    end = start + cut + len(sep)
                    break
        out.append((start, text[start:end], False))
        start = end
    last_offset, last_piece, _ = out[-1]
    out[-1] = (last_offset, last_piece, True)
    return out


def pipeline_spec() -> dict[str, Any]:
    """The component list of ``nlp/data/pipeline.json``."""
    text = resources.files("actorgraph.nlp").joinpath("data", PIPELINE_FILE).read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _substitute(value: Any, gazetteer_paths: list[str]) -> Any:
    if value == "$gazetteer":
        return gazetteer_paths
    if isinstance(value, dict):
        return {k: _substitute(v, gazetteer_paths) for k, v in value.items()}
    return value


def build_pipeline(nlp: Language, gazetteer_paths: list[str]) -> Language:
    """Add actorgraph's components to a loaded spaCy pipeline, as configured in data."""
    spec = pipeline_spec()
    for component in spec["components"]:
        config = _substitute(component.get("config", {}), gazetteer_paths)
        placement: dict[str, Any] = {
            where: component[where] for where in ("before", "after") if component.get(where) in nlp.pipe_names
        }
        if component.get("first"):
            placement = {"first": True}
        nlp.add_pipe(component["factory"], name=component["name"], config=config, **placement)
    return nlp


class Extractor:
    """Reads relations between actors out of article texts. Build with :meth:`load`."""

    def __init__(
        self,
        nlp: Language,
        gazetteer: Gazetteer,
        batch_size: int = 64,
        processes: int = 1,
        min_confidence: float = 0.0,
    ) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.batch_size = batch_size
        self.processes = processes
        self.min_confidence = min_confidence
        self._actors: dict[str, Actor] = {}

    @classmethod
    def load(cls, settings: Settings) -> Extractor:
        paths = [str(p) for p in settings.gazetteer]
        try:
            nlp = spacy.load(settings.spacy_model)
        except OSError as exc:
            raise ExtractionError(
                f"cannot load spaCy model {settings.spacy_model!r}: {exc}; install it with pip"
            ) from exc
        gazetteer = load_cached(tuple(paths))
        build_pipeline(nlp, paths)
        batching = (settings.extract_batch_size, settings.extract_processes)
        return cls(nlp, gazetteer, *batching, settings.extract_min_confidence)

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Extraction]:
        """One :class:`Extraction` per ``(doc_id, text)``, in input order. Texts longer
        than ``CHUNK_CHARS`` are parsed in paragraph-aligned pieces (the parser's memory
        grows with the text), and the pieces' evidence offsets are shifted back."""
        pieces = (
            (mask_datelines(piece), (doc_id, offset, last, piece))
            for doc_id, text in items
            for offset, piece, last in split_text(text)
        )
        docs = self.nlp.pipe(pieces, as_tuples=True, batch_size=self.batch_size, n_process=self.processes)
        collected: list[ExtractedRelation] = []
        for doc, (doc_id, offset, last, original) in docs:
            collected += self.relations(doc, offset, original)
            if last:
                collected.sort(key=lambda r: (r.evidence.start, r.source.id, r.relation.value, r.target.id))
                yield Extraction(id=doc_id, relations=collected)
                collected = []

    def to_extraction(self, doc_id: str, doc: Doc) -> Extraction:
        relations = self.relations(doc, 0)
        relations.sort(key=lambda r: (r.evidence.start, r.source.id, r.relation.value, r.target.id))
        return Extraction(id=doc_id, relations=relations)

    def relations(self, doc: Doc, offset: int, original: str | None = None) -> list[ExtractedRelation]:
        """The relations the pipeline left on ``doc``; offsets shifted by ``offset``. The
        evidence is cut from ``original`` (the text before datelines were blanked) when given."""
        relations: list[ExtractedRelation] = []
        rows = getattr(doc._, RELATIONS) or []
        text = original if original is not None else doc_text(doc) if rows else ""
        for row in rows:
            if not row["n"] and float(row["c"]) < self.min_confidence:
                continue  # an assertion less likely right than the setting asks (negations stay)
            start, end = int(row["a"]), int(row["b"])
            speaker = row.get("sp")
            relations.append(
                ExtractedRelation(
                    source=self.actor(ActorRef.from_list(row["s"])),
                    relation=RelationType(row["r"]),
                    target=self.actor(ActorRef.from_list(row["t"])),
                    confidence=float(row["c"]),
                    negated=bool(row["n"]),
                    hedged=bool(row["h"]),
                    speaker=self.actor(ActorRef.from_list(speaker)) if speaker else None,
                    evidence=Evidence(text=text[start:end], start=start + offset, end=end + offset),
                )
            )
        return relations

    def actor(self, ref: ActorRef) -> Actor:
        key = f"{ref.id}|{ref.type}|{ref.name}|{'|'.join(ref.aliases)}"
        cached = self._actors.get(key)
        if cached is not None:
            return cached
        entry = self.gazetteer.get(ref.id) if ref.known else None
        if entry is not None:
            actor = entry.actor()
        else:
            aliases = [a for a in dict.fromkeys(ref.aliases) if a != ref.name]
            actor = Actor(id=ref.id, name=ref.name, type=ActorType(ref.type), aliases=aliases)
        self._actors[key] = actor
        return actor
