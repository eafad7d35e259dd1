"""Actor resolver: turns entities and noun phrases into actor mentions.

- Gazetteer entities (from the ruler) keep their canonical id.
- A state's demonym before an organ noun acts for the state: "Russian jets", "Greek and
  Turkish officials" (both).
- Entities the gazetteer does not know become actors with a name-derived id; a later bare
  surname ("Ozer") joins the full name met earlier in the article.
- Unnamed collectives with a national or "pro-X" modifier become GROUP actors
  ("the Turkish opposition", "pro-Russian separatists").
- Definite descriptions ("the group", "the Islamists") resolve to the latest actor of the
  article that the gazetteer describes with that noun.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actorgraph.nlp import docdata
from actorgraph.nlp.camps import named_camp
from actorgraph.nlp.communities import communal
from actorgraph.nlp.components.acronyms import headed_acronyms, listed_names, with_acronyms
from actorgraph.nlp.components.collectives import collectives
from actorgraph.nlp.components.entities import (
    dateline,
    in_role,
    names_a_group,
    not_a_name,
    portfolio,
    titled,
    trim_entity,
    type_from_name,
)
from actorgraph.nlp.components.glued import split_glued
from actorgraph.nlp.components.placelists import places_in_lists
from actorgraph.nlp.components.references import (
    generic_referent,
    in_headline,
    more_named,
    most_salient,
    named_place,
    one_person_per_name,
    person,
    titled_generic,
)
from actorgraph.nlp.components.side_phrases import named_after_sponsor, side_start, side_words
from actorgraph.nlp.components.sides import one_side_per_sponsor
from actorgraph.nlp.components.spelled_names import with_spelled_names
from actorgraph.nlp.components.title_referents import title_referents
from actorgraph.nlp.components.titled_names import with_titled_names
from actorgraph.nlp.docdata import DEMONYM, METONYM, ActorRef, Mention, nominal_tokens, set_mentions
from actorgraph.nlp.docindex import span_text
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    ANAPHOR_NOUNS,
    BLOC_ADJECTIVES,
    BLOC_NOUNS,
    DEFINITE_DETERMINERS,
    ENDED_TIE_MODIFIERS,
    GENERIC_ANAPHOR_NOUNS,
    NAME_HEAD_TYPES,
    ORGAN_NOUNS,
    STANCE_PREFIXES,
    WEAPON_NAMES,
)
from actorgraph.resolve.names import actor_id, clean_surface


def _as_community(span: Span) -> Span:
    """A demonym or state name that names an ethnic community ("Bosnian Serb leader",
    "Kosovo Serb leaders") is a people's name, not the state's (nlp/communities.py)."""
    if span.label_ in (DEMONYM, "STATE") and communal(span):
        return Span(span.doc, span.start, span.end, label="NORP")
    return span






def _name_start(doc: Doc, end: int, covered: set[int]) -> int:
    """Where a capitalised name ending at ``end`` starts, hyphenated parts included
    ("Al-Jazira Operations Command")."""
    start = end
    while start > 0 and start - 1 not in covered:
        before = doc[start - 1]
        joined = before.text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN"
        if not joined and not (before.pos_ == "PROPN" and before.text[:1].isupper()):
            break
        start -= 2 if joined else 1
    return start






def _camps(doc: Doc, covered: set[int], mentions: list[Mention]) -> list[Mention]:
    """Groups named as an actor's backers or opponents ("Morsi supporters", "opponents of
    Evo Morales"): the camp noun is the group, the actor named keeps its mention."""
    actors = {i: (m.actor.type, m.start) for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for token in nominal_tokens(doc):
        if token.i in covered:
            continue
        name = named_camp(doc, token, lambda namer: actors.get(namer.i))
        if name is not None:
            name = clean_surface(name)
            out.append(Mention(token.i, token.i + 1, ActorRef(actor_id(name), name, "GROUP", False), "group"))
    return out


def _no_longer(ent: Span) -> bool:
    """Whether a demonym before an organ noun says the state's tie is over: "six former
    Soviet states", "ex-Soviet officials", "post-Soviet states" are no organs of the state
    now. A title keeps its demonym: "former Gambian President Yahya Jammeh" led Gambia."""
    doc = ent.doc
    if ent.label_ != DEMONYM or ent.start == 0 or ent.end >= len(doc):
        return False
    if doc[ent.end].lemma_.lower() not in ORGAN_NOUNS:
        return False
    before = doc[ent.start - 1]
    if before.text == "-" and ent.start >= 2:
        before = doc[ent.start - 2]
    return before.lower_ in ENDED_TIE_MODIFIERS


class ActorResolver:
    def __init__(self, name: str, gazetteer: Gazetteer, ner_types: dict[str, str]) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.ner_types = ner_types
        self._known: dict[str, ActorRef] = {}
        self.descriptor_words = ANAPHOR_NOUNS | {
            d for e in gazetteer.entries.values() for d in e.descriptors if d != "country"
        }
        # descriptor -> actors it means in an article about one of their context actors
        self.contextual: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for e in gazetteer.entries.values():
            for d in e.descriptors if e.context else ():
                self.contextual.setdefault(d, []).append((e.id, frozenset(e.context)))

    def known(self, actor: str) -> ActorRef:
        # the same few actors are named again and again: one (frozen) ActorRef each
        ref = self._known.get(actor)
        if ref is None:
            entry = self.gazetteer.entries[actor]
            ref = self._known[actor] = ActorRef(entry.id, entry.name, entry.type.value, True)
        return ref

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [_as_community(ent) for ent in with_titled_names(doc) if not _no_longer(ent)]
        mentions: list[Mention] = []
        surnames: dict[str, ActorRef] = {}
        for ent in doc.ents:
            mention = self._from_entity(ent, surnames)
            if mention is not None:
                mentions.extend(mention)
        mentions = with_spelled_names(doc, mentions, self.gazetteer)
        mentions = with_acronyms(doc, places_in_lists(doc, mentions))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(self._unit_names(doc, covered))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(headed_acronyms(doc, covered))
        mentions.extend(listed_names(doc, mentions, covered))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(self._groups(doc, covered, sorted(mentions, key=lambda m: m.start)))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        mentions.sort(key=lambda m: m.start)
        mentions.extend(self._anaphora(doc, mentions, covered))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(title_referents(doc, mentions, covered, self.gazetteer))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        # surnames the NER mistyped are people before they name a camp ("Odinga supporters")
        mentions = one_person_per_name(mentions)
        mentions.extend(_camps(doc, covered, mentions))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        groups = collectives(doc, covered, mentions)
        inside = {i for g in groups for i in range(g.start, g.end)}
        mentions = [m for m in mentions if m.kind != "ner" or m.start not in inside] + groups
        mentions = split_glued(doc, mentions)  # before a glued name is merged with its surname
        set_mentions(doc, one_side_per_sponsor(doc, one_person_per_name(mentions)))
        return doc

    def _from_entity(self, ent: Span, surnames: dict[str, ActorRef]) -> list[Mention] | None:
        if ent.label_ == DEMONYM:
            return self._organ(ent)
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in STANCE_PREFIXES:
            return None  # "pro-Turkish opposition" is its own group, read by _groups
        if dateline(ent):
            return None  # "HONIARA (REUTERS) - ...": where and by whom the story was filed
        if ent.label_ == METONYM and named_place(ent):
            name = clean_surface(ent.text)  # "the Solomon Islands capital Honiara": the city
            return [Mention(ent.start, ent.end, ActorRef(actor_id(name), name, "PLACE", False), "ner")]
        if ent.kb_id_ and ent.kb_id_ in self.gazetteer.entries:
            kind = "metonym" if ent.label_ == METONYM else "gazetteer"
            return [Mention(ent.start, ent.end, self.known(ent.kb_id_), kind)]
        actor_type = self.ner_types.get(ent.label_)
        if actor_type is None or "\n" in span_text(doc, ent.start, ent.end):
            return None
        # "Pokrovsk overnight" (an FAC to the model) is Pokrovsk
        return self._from_ner(trim_entity(ent), actor_type, surnames)

    def _from_ner(self, ent: Span, actor_type: str, surnames: dict[str, ActorRef]) -> list[Mention] | None:
        """An entity only the statistical NER found: the gazetteer's actor when it knows
        the name, else a new actor of the NER's type; None for what is not an actor's name."""
        name = clean_surface(span_text(ent.doc, ent.start, ent.end))
        if not_a_name(ent, name):
            return None
        entry = self.gazetteer.lookup(name)
        if entry is not None:
            return [Mention(ent.start, ent.end, self.known(entry.id), "gazetteer")]
        if actor_type == "ORGANIZATION" and portfolio(ent):
            return None  # "Labor Minister X": a portfolio
        words = name.lower().split()
        if words and (words[0] in WEAPON_NAMES or " ".join(words[:2]) in WEAPON_NAMES):
            return None  # "Shahed drones struck Kharkiv": a weapon, not an actor
        if actor_type != "PERSON" and titled(ent):
            actor_type = "PERSON"  # "President Faustin-Archange Touadéra": the model's ORG
        named = None
        if actor_type in ("PERSON", "ORGANIZATION") and len(ent) > 1:
            named = type_from_name(ent, actor_type)
        # "Qassam Brigades" (the model's PERSON), "Arakan Army", "Coalition of Patriots for
        # Change": the name's head says what it is; else a role in apposition may
        if named is not None and named != actor_type:
            actor_type = named
        elif actor_type != "PERSON" and in_role(ent):
            actor_type = "PERSON"
        if actor_type in ("PERSON", "PLACE") and names_a_group(ent):
            actor_type = "GROUP"  # "the Amal group"
        if actor_type == "PERSON":
            return [Mention(ent.start, ent.end, person(name, surnames), "ner")]
        return [Mention(ent.start, ent.end, ActorRef(actor_id(name), name, actor_type, False), "ner")]

    def _organ(self, ent: Span) -> list[Mention] | None:
        """ "Russian jets" -> Russia; coordinated demonyms share the head noun."""
        token = ent.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        head = token.head
        if token.dep_ not in ("amod", "compound", "nmod", "npadvmod") or head.i == token.i:
            return None
        if head.lemma_.lower() not in ORGAN_NOUNS or head.i < ent.start:
            return None
        return [Mention(head.i, head.i + 1, self.known(ent.kb_id_), "demonym")]

    def _unit_names(self, doc: Doc, covered: set[int]) -> list[Mention]:
        """Names NER missed that say what they are: "Sultan Murad Division", "Radaa Brigade"."""
        out: list[Mention] = []
        for token in nominal_tokens(doc):
            unit = NAME_HEAD_TYPES.get(token.lower_) == "ARMED_GROUP" and token.is_title
            if token.i in covered or token.pos_ != "PROPN" or not unit:
                continue
            start = _name_start(doc, token.i, covered)
            if start == token.i:
                continue
            name = clean_surface(doc[start : token.i + 1].text)
            entry = self.gazetteer.lookup(name)
            ref = self.known(entry.id) if entry else ActorRef(actor_id(name), name, "ARMED_GROUP", False)
            out.append(Mention(start, token.i + 1, ref, "ner"))
        return out

    def _groups(self, doc: Doc, covered: set[int], found_so_far: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        for token in nominal_tokens(doc):
            if token.i in covered or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.tag_ == "NNS" and token.lemma_.lower() in BLOC_NOUNS:
                blocs = [c for c in token.lefts if c.dep_ == "amod" and c.lower_ in BLOC_ADJECTIVES]
                if blocs:  # "Western countries", "Gulf states", "Arab governments"
                    name = clean_surface(doc[blocs[0].i : token.i + 1].text)
                    ref = ActorRef(actor_id(name), name, "GROUP", False)
                    out.append(Mention(blocs[0].i, token.i + 1, ref, "group"))
                    continue
            sides = side_words(token)
            if sides is None:
                continue
            mods, national, backed = sides
            start = side_start(mods, [*national, *backed], token)
            breaks = [i for i in range(start, token.i) if doc[i].dep_ == "cc" or doc[i].text in (",", ";")]
            if breaks:  # never swallow a coordinated actor: "the SDF and Arab tribal fighters"
                start = max(breaks) + 1
                if not any(c.i >= start for c in (*national, *backed)):
                    continue  # "the Turkish-backed SNA and SDF fighters": the modifier is the SNA's
            named = named_after_sponsor(doc, backed, token)
            if named is not None:  # "the Hezbollah-aligned Amal group" is Amal
                start = named.start
            span = named if named is not None else doc[start : token.i + 1]
            name = clean_surface(span.text)
            entry = self.gazetteer.lookup(name)
            ref = (
                self.known(entry.id)
                if entry is not None
                else ActorRef(actor_id(name), name, "GROUP", False)
            )
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
            if entry is None and definite and token.lower_ in GENERIC_ANAPHOR_NOUNS and named is None:
                # "the Iran-aligned group": the group the article is about
                earlier = [m for m in found_so_far if m.start < start]
                described = self._antecedent(token, {token.lower_, token.lemma_.lower()}, earlier)
                if described is not None:
                    out.append(Mention(token.i, token.i + 1, described, "anaphor"))
                    continue
            out.append(Mention(start, token.i + 1, ref, "group"))
        return out

    def _anaphora(self, doc: Doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
        out: list[Mention] = []
        for token in nominal_tokens(doc):
            if token.i in covered or token.pos_ not in ("NOUN", "PROPN"):
                continue
            words = {token.lower_, token.lemma_.lower()}
            if not words & self.descriptor_words:
                continue
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
            headline = not definite and token.tag_ == "NNS" and in_headline(token)
            definite = definite or titled_generic(token)
            if not (definite or headline) or any(
                c.dep_ in ("poss", "compound", "prep") or (c.dep_ == "amod" and c.ent_type_)
                for c in token.children
            ):
                continue
            ref = self._told_later(words, mentions) if headline else self._antecedent(token, words, mentions)
            if ref is not None:
                out.append(Mention(token.i, token.i + 1, ref, "anaphor"))
        return out

    def _antecedent(self, token: Token, words: set[str], mentions: list[Mention]) -> ActorRef | None:
        """The most named actor the gazetteer describes with this noun ("the paramilitary group"
        -> RSF), or for "the group" an unknown organisation named more often; else the latest."""
        words = words | {c.lower_ for c in token.children if c.dep_ == "amod"}
        unknown: list[ActorRef] = []  # latest first
        described: list[ActorRef] = []  # latest first
        for mention in reversed(mentions):
            if mention.start >= token.i:
                continue
            if mention.kind in ("demonym", "group") or mention.actor.type in ("PERSON", "PLACE"):
                continue
            entry = self.gazetteer.get(mention.actor.id) if mention.actor.known else None
            if entry is not None:
                if words & set(entry.descriptors):
                    described.append(mention.actor)
            elif generic_referent(mention, words):
                unknown.append(mention.actor)
        if described:
            return more_named(most_salient(described), described, unknown)
        return self._in_context(words, mentions) or (unknown[0] if unknown else None)

    def _told_later(self, words: set[str], mentions: list[Mention]) -> ActorRef | None:
        """ "19 killed as rebels ambush soldiers in Peru": a headline's bare plural is the
        actor the story names that the gazetteer describes with the noun, the most named."""
        described = [
            m.actor for m in reversed(mentions)
            if m.actor.known and m.kind not in ("demonym", "group")
            and words & set(self.gazetteer.entries[m.actor.id].descriptors)
        ]  # fmt: skip
        return most_salient(described) if described else None

    def _in_context(self, words: set[str], mentions: list[Mention]) -> ActorRef | None:
        """ "the army" in a story that names the RSF or Burhan anywhere: Sudan's army."""
        candidates = [c for w in words for c in self.contextual.get(w, ())]
        if not candidates:
            return None
        named = {m.actor.id for m in mentions if m.actor.known}
        setting = docdata.dominant_state(mentions)
        for actor, context in candidates:
            hits = context & named
            # a state named in passing in a story set in another ("THE army ... the UPDF ...
            # Southern Sudan") is no context; its other actors (the RSF, Burhan) are
            states = {h for h in hits if self.gazetteer.entries[h].type.value == "STATE"}
            if actor in self.gazetteer.entries and hits and (hits - states or setting in states):
                return self.known(actor)
        return None


@Language.factory(
    "actorgraph_actor_resolver",
    default_config={
        "gazetteer": {"@misc": "actorgraph.gazetteer.v1", "paths": []},
        "ner_types": {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "PLACE", "LOC": "PLACE",
                      "FAC": "PLACE"},
    },
)
def make_actor_resolver(
    nlp: Language, name: str, gazetteer: Gazetteer, ner_types: dict[str, str]
) -> ActorResolver:
    return ActorResolver(name, gazetteer, ner_types)
