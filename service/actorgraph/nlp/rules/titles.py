"""Where a person's title stands in a sentence: the title word itself ("President",
"commanders"), and titles stated around the name rather than before it ("X, who is the
commander of Y", "X, who served as president of Y", "X, envoy for A and head of B")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import DEMONYM, ActorRef
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import GROUP_NOUNS, LEADER_TITLES, MEMBER_TITLES, SUBORDINATE_MODIFIERS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.mentions import the_country
from actorgraph.nlp.rules.prenominals import stance_prefixed
from actorgraph.nlp.rules.words import noun_keys

TITLES = LEADER_TITLES | MEMBER_TITLES
#: Titles of several words, as token sequences: "head of state".
MULTIWORD_TITLES = tuple(t.split(" ") for t in TITLES if " " in t)
#: What follows a hyphen in a title ("general" of "secretary-general"): only such a word
#: can end a hyphenated title, so the words before any other are not read.
HYPHEN_TAILS = frozenset(t[i + 1 :] for t in TITLES for i, ch in enumerate(t) if ch == "-")


def title_word(tok: Token) -> str | None:
    joined = _hyphenated(tok) if tok.lower_ in HYPHEN_TAILS else ""
    if joined in TITLES:
        return joined  # "Secretary-General", split by the tokenizer: not the rank "General"
    low = tok.lower_.rstrip("s") if tok.lower_ not in ("boss",) else tok.lower_
    for word in (tok.lower_, low, tok.lemma_.lower()):
        if word in TITLES:
            return word
    return None


def _hyphenated(tok: Token) -> str:
    """The word a hyphen joins to the one before ("Secretary-General"), else ""; a title
    written hyphenated is the same title spelt with a space ("UN secretary general Kofi
    Annan"), not a secretary who is a general."""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha:
        spaced = f"{doc[tok.i - 1].lower_}-{tok.lower_}"
        return spaced if spaced in TITLES else ""
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return ""
    return f"{doc[tok.i - 2].lower_}-{tok.lower_}"


def clausal_titles(tok: Token) -> list[Token]:
    """Titles stated of the person around the name: "X, who is the commander of Y" (a
    relative clause), and "the president of Y, X," when the parser hangs the name on Y."""
    found = [
        attr
        for rel in tok.children
        if rel.dep_ == "relcl" and rel.lemma_ == "be" and not _about_whose(rel)
        for attr in rel.children
        if attr.dep_ == "attr" and title_word(attr)
    ]
    of = tok.head.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and title_word(of.head):
        found.append(of.head)
    return found + _titles_as(tok) + _conjoined_apposed_titles(tok) + _predicate_titles(tok)


#: Verbs that say what their subject is: "X is / became / remains prime minister of Y".
COPULAS = frozenset({"be", "become", "remain"})


def _predicate_titles(tok: Token) -> list[Token]:
    """A title the person is said to be: "Abiy Ahmed is the prime minister of Ethiopia",
    "Sall became president of Senegal"."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in COPULAS or _about_whose(tok.head):
        return []  # "X, a priest whose brother, Y, is a leader of the group": Y's title
    return [c for c in tok.head.children if c.dep_ == "attr" and title_word(c)]


def _about_whose(clause: Token) -> bool:
    """ "X, whose son is a commander of Hamas": the clause is about the son, not X."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(p.lower_ == "whose" for c in subjects for p in c.children)


def _titles_as(tok: Token) -> list[Token]:
    """A title the person holds "as": "X, who served as governor of Y", "X's re-election as
    President of Y", "X was sworn in as president of Y"."""
    holders = [tok.head] if tok.dep_ in ("poss", "nsubj", "nsubjpass") else []
    holders += [c for c in tok.children if c.dep_ == "relcl"]
    return [
        title
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for title in prep.children
        if title.dep_ == "pobj" and title_word(title)
    ]


def _conjoined_apposed_titles(tok: Token) -> list[Token]:
    """The second title of an apposition: "X, special representative for Somalia and
    head of AMISOM"."""
    return [
        conj
        for appos in tok.children
        if appos.dep_ == "appos"
        for conj in appos.conjuncts
        if title_word(conj) and not names_another(conj)
    ]


def names_another(title: Token) -> bool:
    """A title in apposition to a name that carries a name of its own: "Franjo Tudjman, the
    leader of Croatia; his Serbian counterpart, Slobodan Milosevic; and Yugoslavia's defense
    minister, Gen. Veljko Kadijevic" lists three people, and the later titles are theirs."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in title.children)


def holders(args: Args, title: Token, exclude: str) -> list[Arg]:
    """The actor a title belongs to: "Turkish President", "Hezbollah leader", "Iraqi Prime
    Minister", "Saudi Arabia's crown prince", "leader of Hezbollah"."""
    found: list[Arg] = []
    stack = [title]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
                named = _modifier_holders(args, child, node)
                if named is not None:
                    found += named
                elif title_word(child) or child.dep_ == "compound":
                    stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in args.pobjs(child):
                    named = args.all_actors(pobj)
                    found += named
                    if not named and pobj.pos_ == "NOUN":
                        stack.append(pobj)  # "chief of staff of the Iranian Armed Forces"
            if child.dep_ == "poss" and child.lower_ == "whose":
                found += _relative_antecedent(args, child)  # "the Viv Ansanm group, whose leader, X"
    if faction_title(title):
        found = [f for f in found if f.actor.type not in STATE_TYPES]
    return [f for f in found if f.actor.id != exclude and f.actor.type != "PERSON"]


#: What a faction's title never makes its holder a leader or member of.
STATE_TYPES = frozenset({"STATE", "GOVERNMENT"})


def faction_title(title: Token) -> bool:
    """A title qualified by a side within a country ("Venezuela's opposition leader", "Syrian
    rebel commander", "Kenyan separatist leader"): it heads that side, so the state the
    demonym or possessive names is where the side is, not what the person leads or serves
    ("Houthi rebel leader" keeps the Houthis, no state)."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and noun_keys(c) & GROUP_NOUNS for c in title.children
    )


def _modifier_holders(args: Args, child: Token, title: Token) -> list[Arg] | None:
    """The holders a title's modifier names; none for a proper name the gazetteer does not
    know (an organisation, not the title's parent); None when it names nothing (a compound
    title is read on: "Prime Minister")."""
    if child.ent_type_ == DEMONYM and child.ent_kb_id_:
        # "the pro-Russian leader": a stance (read by the "pro-" rule), no Russian leader
        return [] if stance_prefixed(child) else args.state(child)
    if the_country(child):
        return args.country_owner(child, title)  # "the country's president"
    if child.dep_ == "poss" and child.pos_ == "PRON":
        return args.pronoun(child)  # "its leader, X", "Their leader is X"
    named = args.at(child)
    if named:
        return named
    return [] if child.pos_ == "PROPN" else None


def _relative_antecedent(args: Args, relative: Token) -> list[Arg]:
    """What a relative word refers to: the head of its relative clause."""
    node = relative
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return args.actors(node.head) if node.dep_ == "relcl" else []


def title_of_before(args: Args, last: int, sent: Span) -> tuple[Token, Arg] | None:
    """ "President of Kazakhstan Kassym-Jomart Tokayev": the title and its "of" come before
    the name, the holder's name (token ``last``) right before the person's (wire style)."""
    here = args.by_token.get(last, [])
    if not here or any(m.actor.type == "PERSON" for m in here):
        return None
    start = min(m.start for m in here)
    doc = sent.doc
    if start - 2 < sent.start or doc[start - 1].lower_ != "of" or not title_word(doc[start - 2]):
        return None
    owners = [a for a in args.at(doc[last]) if a.actor.type != "PLACE" or a.actor.known]
    return (doc[start - 2], owners[0]) if owners else None


def role_by_words(
    word: str, mods: set[str], person: ActorRef, target: ActorRef, gaz: Gazetteer
) -> RelationType:
    """LEADS for a leader's title (or a leadership the gazetteer knows), else MEMBER_OF."""
    entry = gaz.get(person.id) if person.known else None
    if entry is not None and target.id in entry.leads:
        return RelationType.LEADS
    if word in LEADER_TITLES and not mods & SUBORDINATE_MODIFIERS:
        return RelationType.LEADS
    return RelationType.MEMBER_OF


def multiword_title_start(doc: Doc, end: int, floor: int) -> int:
    """Where a title of several words ending at ``end`` starts ("head of state" ends at
    "state"), else ``end`` itself."""
    for words in MULTIWORD_TITLES:
        start = end - len(words) + 1
        if start >= floor and [doc[i].lower_ for i in range(start, end + 1)] == words:
            return start
    return end


def leaders_counterpart(title: Token) -> bool:
    """ "Franjo Tudjman, the leader of Croatia; his Serbian counterpart, Slobodan Milosevic":
    the counterpart of a person the sentence titles as a leader holds the same office (his
    "counterpart" of a minister or a spokesman is a member, as the title says)."""
    if title.lower_.rstrip("s") != "counterpart":
        return False
    owner = next((c for c in title.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    owners = [owner]
    if owner.lower_ in ("his", "her"):
        # the titled name nearest before "his" (the NER's type of a name is often wrong)
        owners = [t for t in title.sent if t.i < owner.i and t.pos_ == "PROPN" and _own_titles(t)][-1:]
    return any(
        title_word(t) in LEADER_TITLES and not _subordinate(t) for o in owners for t in _own_titles(o)
    )


def _own_titles(name: Token) -> list[Token]:
    return [c for c in name.children if c.dep_ in ("compound", "amod", "appos") and title_word(c)]


def _subordinate(title: Token) -> bool:
    """A leader's title qualified as a deputy's or a department's ("deputy leader")."""
    return any(c.lower_ in SUBORDINATE_MODIFIERS for c in title.children if c.dep_ in ("amod", "compound"))
