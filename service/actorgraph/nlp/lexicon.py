"""Trigger words of the nine relation types and of the qualifiers, loaded from data.

The words live in ``nlp/data/lexicon.json``: one entry per trigger word with its relation,
how its arguments are realised and example sentences (tests/unit/test_lexicon_examples.py
runs them through the extractor), plus the cue-word lists. This module reads the file once,
checks it (``lexicon_schema.py`` holds the format; an error names the bad entry) and exposes
the tables the rules import. See docs/extraction.md, "The lexicon".
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

# re-exported: the format lives in lexicon_schema, the shipped file's tables here
from actorgraph.model import RelationType
from actorgraph.nlp.lexicon_schema import LEXICON_FILE as LEXICON_FILE
from actorgraph.nlp.lexicon_schema import AttributeRelation as AttributeRelation
from actorgraph.nlp.lexicon_schema import Example as Example
from actorgraph.nlp.lexicon_schema import Lexicon as Lexicon
from actorgraph.nlp.lexicon_schema import LexiconError as LexiconError
from actorgraph.nlp.lexicon_schema import NounArgs as NounArgs
from actorgraph.nlp.lexicon_schema import PrenominalRelation as PrenominalRelation
from actorgraph.nlp.lexicon_schema import PseudoRelation as PseudoRelation
from actorgraph.nlp.lexicon_schema import VerbSense as VerbSense
from actorgraph.nlp.lexicon_schema import parse_lexicon as parse_lexicon
from actorgraph.nlp.lexicon_schema import read_lexicon as read_lexicon


def words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string."""
    return frozenset(text.split())


@cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package, read once."""
    text = resources.files("actorgraph.nlp").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))


_LEXICON = load_lexicon()
_CUES = _LEXICON.cues

VERBS: dict[str, VerbSense] = _LEXICON.verb_senses()
#: Verbs whose object must be a weapon/aid noun or an actor-recipient to mean support.
SUPPLY_NOUNS = frozenset(_CUES.supply_nouns)
#: Verbs "fire"/"launch"/"shoot" only attack with a weapon object or an on/at target.
LAUNCH_VERBS = frozenset(_CUES.launch_verbs)
#: "hold" and "secure" are weak control verbs: only with a place-like object.
WEAK_CONTROL = frozenset(_CUES.weak_control)

#: Nouns that carry a relation; "from" marks the source for support nouns.
NOUNS: dict[str, RelationType] = {n.noun: n.relation for n in _LEXICON.nouns}
#: How each relation noun's arguments are realised: its own lexicon entry's ``args``.
NOUN_ARGS: dict[str, NounArgs] = {n.noun: n.args for n in _LEXICON.nouns}
#: The arguments of a relation's first noun, for nouns that take a relation from their
#: construction rather than their entry ("under Houthi control", "came under fire").
RELATION_NOUN_ARGS: dict[str, NounArgs] = _LEXICON.noun_args()
#: Relation-noun readings that need a symmetric "between A and B" or "A-B" frame.
BETWEEN_TYPES = frozenset(r for r, a in RELATION_NOUN_ARGS.items() if "between" in a.source)
#: "ties"/"relations" mean cooperation only when a verb says so.
TIE_NOUNS = frozenset(_CUES.tie_nouns)
TIE_VERBS_POS = frozenset(_CUES.tie_verbs_pos)
TIE_VERBS_NEG = frozenset(_CUES.tie_verbs_neg)
AFFILIATION_NOUNS = frozenset(_CUES.affiliation_nouns)
SEVERING_NOUNS = frozenset(_CUES.severing_nouns)
#: Verbs that end a cooperation: "the EU suspended defence consultations with Kigali" is a
#: hostile act towards Kigali, not cooperation with it.
BREAK_OFF_VERBS = frozenset(_CUES.break_off_verbs)
#: Verbs that receive: "X received support from Y" reverses the direction.
RECEIVE_VERBS = frozenset(_CUES.receive_verbs)

#: Prenominal participles: "Iran-backed", "Turkish-backed", "HTS-held".
PRENOMINAL: dict[str, PrenominalRelation] = {p.participle: p.relation for p in _LEXICON.prenominals}

#: Titles that make a person the leader of the actor named with them.
LEADER_TITLES = frozenset(t.title for t in _LEXICON.leader_titles)
#: Titles that make a person a member of the actor named with them.
MEMBER_TITLES = frozenset(_LEXICON.member_titles)
#: Modifiers of a title that make it a member's title ("foreign minister", "army chief").
SUBORDINATE_MODIFIERS = frozenset(_LEXICON.subordinate_modifiers)

#: Copular attributes: "A and B are allies", "A is a backer of B".
ATTR_NOUNS: dict[str, AttributeRelation] = {a.noun: a.relation for a in _LEXICON.attributes}

#: Nouns whose owner is the actor meant: "YPG positions", "Syrian army patrol".
OWNED_NOUNS = frozenset(_CUES.owned_nouns)
#: Common nouns naming places, whose name follows in "of" or a compound.
PLACE_NOUNS = frozenset(_CUES.place_nouns)
#: Nouns an article uses again for an actor named before ("the group").
ANAPHOR_NOUNS = frozenset(_CUES.anaphor_nouns)
#: Nouns of unnamed collectives: "the Turkish opposition", "pro-Russian separatists".
GROUP_NOUNS = frozenset(_CUES.group_nouns)

SPEECH_VERBS = frozenset(_CUES.speech_verbs)
HEDGE_VERBS = frozenset(_CUES.hedge_verbs)
HEDGE_ADVERBS = frozenset(_CUES.hedge_adverbs)
HEDGE_MODALS = frozenset(_CUES.hedge_modals)
INTENT_WORDS = frozenset(_CUES.intent_words)
#: Words that, governing an infinitive, put its act in the future ("is set to attack").
PROSPECTIVE_VERBS = frozenset(_CUES.prospective_verbs)
RECIPROCATING_VERBS = frozenset(_CUES.reciprocating_verbs)
COUNTRY_NOUNS = frozenset(_CUES.country_nouns)
RECIPROCATED_NOUNS = frozenset(_CUES.reciprocated_nouns)
NEGATING_VERBS = frozenset(_CUES.negating_verbs)
#: Verbs of recognising a government or leader: withheld, the recognition is opposition.
RECOGNITION_VERBS = frozenset(_CUES.recognition_verbs)
SOURCE_FROM_VERBS = frozenset(_CUES.source_from_verbs)
#: "warned Beijing against supplying Moscow": what is warned against has not been done.
WARNING_VERBS = frozenset(_CUES.warning_verbs)

#: Weapon systems the statistical NER takes for organisations or people ("Shahed drones",
#: "Patriot systems", "Storm Shadow missiles"): never actors. Compared on the name's first
#: word, lower-cased (and on the whole name for two-word systems).
WEAPON_NAMES = frozenset(_CUES.weapon_names)
#: Platforms statements are posted on ("fired back on Telegram", "said in a post on X"): never
#: actors, so never the target of a verb whose "on" names one. Compared on the whole name.
MEDIA_PLATFORMS = frozenset(_CUES.media_platforms)
#: "at 8 a.m. (0600 GMT)": time zones the NER takes for organisations; never actors.
#: Compared on the whole name.
TIME_ZONES = frozenset(_CUES.time_zones)
#: "its former ally", "an ex-partner", "erstwhile backers": the tie the noun names has ended.
ENDED_TIE_MODIFIERS = frozenset(_CUES.ended_tie_modifiers)
#: Unnamed collectives ("rebels", "government forces", "the army"): see components/collectives.py.
COLLECTIVE_MEMBER_HEADS = frozenset(_CUES.collective_member_heads)
COLLECTIVE_RANK_HEADS = frozenset(_CUES.collective_rank_heads)
COLLECTIVE_BODY_HEADS = frozenset(_CUES.collective_body_heads)
COLLECTIVE_MODIFIERS = frozenset(_CUES.collective_modifiers)
#: Nouns that hold a place: "under the control of X", "in the hands of X" (rules/nominal.py).
HOLDING_NOUNS = frozenset(_CUES.holding_nouns)
#: Nouns after a name that make it an ethnic or religious identity, not an actor.
ETHNIC_NOUNS = frozenset(_CUES.ethnic_nouns)
#: The head word of an unknown name says what kind of actor it names ("... Army", "... Front").
NAME_HEAD_TYPES: dict[str, str] = {
    **{w: "ORGANIZATION" for w in _CUES.organization_name_heads},
    **{w: "GOVERNMENT" for w in _CUES.government_name_heads},
    **{w: "ARMED_GROUP" for w in _CUES.armed_group_name_heads},
}

# The verb rule's cues (rules/verbal.py)
#: Objects that make "impose" opposition: "imposed sanctions on Iran".
SANCTION_NOUNS = frozenset(_CUES.sanction_nouns)
#: Verbs of labelling: "designated the Houthis a terrorist group" opposes with a hostile label.
LABEL_VERBS = frozenset(_CUES.label_verbs)
#: Nouns of labelling: "the US designation of the Houthis as a terrorist group" (rules/label_nouns.py).
LABEL_NOUNS = frozenset(_CUES.label_nouns)
#: Verbs whose doer cooperates with those named "alongside" it ("mediated alongside Egypt").
COOPERATIVE_VERBS = frozenset(_CUES.cooperative_verbs)
#: Verbs that make an attack they govern a threat, i.e. opposition ("vowed to destroy Hamas").
THREAT_VERBS = frozenset(_CUES.threat_verbs)
#: Verbs whose object is a member of their subject: "the alliance includes X".
REVERSED_MEMBERSHIP_VERBS = frozenset(_CUES.reversed_membership_verbs)
#: Verbs of hosting: "Belarus hosts Russian nuclear weapons" supports their owner.
HOSTING_VERBS = frozenset(_CUES.hosting_verbs)
#: What a host hosts for its owner (hosting_verbs): weapons, troops, bases.
HOSTED_NOUNS = frozenset(_CUES.hosted_nouns)
#: Verbs without a relation of their own that the verb rule reads (hosting, recall, "fell to").
RELATIONLESS_VERBS = frozenset(_CUES.relationless_verbs)
#: Acts two actors do together: their doers cooperate ("Egypt and Qatar presented a proposal").
JOINT_VERBS = frozenset(_CUES.joint_verbs)
#: Verbs of leaving that make an order an expulsion: "ordered US troops to leave".
DEPARTING_VERBS = frozenset(_CUES.departing_verbs)
DEPARTING_PHRASAL_VERBS = frozenset(_CUES.departing_phrasal_verbs)
#: "called on Venezuela to stop ...": complements that tell an actor to stop.
CESSATION_VERBS = frozenset(_CUES.cessation_verbs)
#: "demanded the departure of French troops": what it is to order an actor out.
DEPARTURE_NOUNS = frozenset(_CUES.departure_nouns)
#: Verbs that order or urge an actor to do something ("ordered", "called on", "urged").
ORDERING_VERBS = frozenset(_CUES.ordering_verbs)
#: Envoys whose recall opposes the host: "recalled its ambassador from Algiers".
ENVOY_NOUNS = frozenset(_CUES.envoy_nouns)
#: Verbs of founding: the founders are members of the group they found.
FOUNDING_VERBS = frozenset(_CUES.founding_verbs)
#: Verbs of enabling: "Belarus allowed Russian troops to use its territory" is support.
ENABLE_VERBS = frozenset(_CUES.enable_verbs)
#: Verbs whose target is an actor, never a place ("kill", "arrest").
ACTOR_ONLY_VERBS = frozenset(_CUES.actor_only_verbs)
#: Adverbs that make the doers of any verb partners ("jointly patrol").
JOINT_ADVERBS = frozenset(_CUES.joint_adverbs)
#: Verbs outside VERBS whose object or preposition gives the sense ("impose sanctions", "stand with").
OBJECT_SENSE_VERBS = frozenset(_CUES.object_sense_verbs)

# The role rule's cues (rules/roles.py)
#: Modifiers that keep a leader's title the top job: "Supreme Leader", "interim President".
HEAD_TITLE_MODIFIERS = frozenset(_CUES.head_title_modifiers)
HEADING_MODIFIERS = frozenset(_CUES.heading_modifiers)
#: A former, ousted or late leader's title still states the leadership (the real-news
#: conventions: "Boko Haram's former leader Abubakar Shekau" LEADS Boko Haram).
FORMER_TITLE_MODIFIERS = frozenset(_CUES.former_title_modifiers)
#: Nouns whose "of PERSON" names a member or subject, not a leader ("the killing of X").
NOT_LED_NOUNS = frozenset(_CUES.not_led_nouns)
#: Heads that make a name a government's: "X Government", "the Sheinbaum administration".
GOVERNMENT_NAME_HEADS = frozenset(_CUES.government_name_heads)
#: Verbs of travel: their subject visits the state they name (rules/roles.py).
VISITING_VERBS = frozenset(_CUES.visiting_verbs)
#: Titles of a head of state or government, read with the article's state when none is named.
HEAD_OF_STATE_TITLES = frozenset(_CUES.head_of_state_titles)

# Read by the verb and the role rules
#: Labels that make calling an actor so opposition: "designated them terrorists", "X is a terrorist group".
HOSTILE_LABELS = frozenset(_CUES.hostile_labels)

# The argument readers' cues (rules/args.py, mentions.py, places.py; quotes.py)
#: Verbs of saying (accusing, denying too) whose subject a pronoun under them stands for
#: ("PIJ said its fighters ..."); the qualifier's speaker verbs are speech_verbs.
PRONOUN_SPEAKER_VERBS = frozenset(_CUES.pronoun_speaker_verbs)
#: Words that stand for part of what follows "of": "one of", "dozens of", "most of".
PARTITIVE_WORDS = frozenset(_CUES.partitive_words)
#: Verbs whose object is the subject of their complement: "urged Iran to ...".
OBJECT_CONTROL_VERBS = frozenset(_CUES.object_control_verbs)
#: Nouns of armed forces, which are their leader's group ("Hemedti's forces" are the RSF).
FORCE_NOUNS = frozenset(_CUES.force_nouns)
WEAPON_NOUNS = frozenset(_CUES.weapon_nouns)
OPERATING_VERBS = frozenset(_CUES.operating_verbs)
#: "we", "our", "I" in a quotation stand for its speaker.
FIRST_PERSON_PRONOUNS = frozenset(_CUES.first_person_pronouns)
#: Possessives that make forces a speaker's command: "Dagalo said his forces had captured ...".
COMMANDER_PRONOUNS = frozenset(_CUES.commander_pronouns)
#: A person's "we"/"our"/"us" in a quotation is the body they speak for ("NATO's Rutte").
PLURAL_FIRST_PERSON_PRONOUNS = frozenset(_CUES.plural_first_person_pronouns)
#: Days, months, "today": never places.
CALENDAR_WORDS = frozenset(_CUES.calendar_words)
#: Words for a portion of a place: "much of northern Yemen", "large swathes of" (a region of its own).
PORTION_WORDS = frozenset(_CUES.portion_words)
#: Nouns of a region named by its proper name alone: "Idlib province" is "Idlib".
REGION_NOUNS = frozenset(_CUES.region_nouns)
#: Prepositions that lead from a common noun to the place it is in or of: "the village of X", "a depot in X".
PLACE_PREPS = frozenset(_CUES.place_preps)
#: "villages south of X": a direction before the preposition.
COMPASS_DIRECTIONS = frozenset(_CUES.compass_directions)
#: Prepositions whose object is a place: a "person" named there is a town the NER misread.
LOCATIVE_PREPS = frozenset(_CUES.locative_preps)
#: Titles after a portfolio: "Labor Minister", "External Affairs Minister" - the name before is no actor.
PORTFOLIO_TITLES = frozenset(_CUES.portfolio_titles)
#: Adjectives that count places rather than describe them ("several towns").
COUNTING_ADJECTIVES = frozenset(_CUES.counting_adjectives)
#: "he"/"she" as a speech verb's subject: the last person named.
PERSON_PRONOUNS = frozenset(_CUES.person_pronouns)

# The qualifier's cues (components/qualifier.py)
#: Subjects of a speech verb that make what it governs hearsay: "reports say", "sources said".
HEARSAY_NOUNS = frozenset(_CUES.hearsay_nouns)
#: Nouns of a claim whose content is reported, not asserted: "rejected claims that ...".
CLAIM_NOUNS = frozenset(_CUES.claim_nouns)
#: Verbs that negate the claim noun they govern: "rejected claims that Kyiv had supplied ...".
DISMISSING_VERBS = frozenset(_CUES.dismissing_verbs)
#: Verbs that judge an event named by a noun; negating them leaves the event asserted.
EVALUATIVE_VERBS = frozenset(_CUES.evaluative_verbs)
#: Denial verbs of an aside: ", an allegation Tehran denies", ", a charge Abu Dhabi rejects".
DENIAL_ASIDE_VERBS = frozenset(_CUES.denial_aside_verbs)

# The resolver's and the ruler's cues (components/resolver.py, ruler.py)
#: Nouns of a state's organs: after its demonym they act for the state ("Russian jets"); alone, no name.
ORGAN_NOUNS = frozenset(_CUES.organ_nouns)
#: "the group", "the movement": anaphors that resolve to the latest organisation named.
GENERIC_ANAPHOR_NOUNS = frozenset(_CUES.generic_anaphor_nouns)
#: Words besides titles in an entity that is only a title: "Supreme Leader", "Secretary of State".
TITLE_PHRASE_WORDS = frozenset(_CUES.title_phrase_words)
#: Determiners of a definite description ("the group", "this movement").
DEFINITE_DETERMINERS = frozenset(_CUES.definite_determiners)
#: Nouns a bloc adjective makes an unnamed collective of: "Western countries", "Gulf states".
BLOC_NOUNS = frozenset(_CUES.bloc_nouns)
#: Adjectives naming a bloc of states: "Western", "Arab", "Gulf".
BLOC_ADJECTIVES = frozenset(_CUES.bloc_adjectives)
#: Nouns a sponsor participle makes an unnamed collective of: "Turkish-backed factions".
SPONSORED_NOUNS = frozenset(_CUES.sponsored_nouns)
#: Participles with a named sponsor before them: "Turkish-backed", "Kurdish-led".
SPONSOR_PARTICIPLES = frozenset(_CUES.sponsor_participles)
#: "allied", "affiliated": the partner follows "with"/"to"; a noun right after them is what they qualify.
PARTNER_PARTICIPLES = frozenset(_CUES.partner_participles)
SIDE_NOUNS = frozenset(_CUES.side_nouns)
COMMAND_NOUNS = frozenset(_CUES.command_nouns)
PEOPLE_NOUNS = frozenset(_CUES.people_nouns)
INVOLVING_VERBS = frozenset(_CUES.involving_verbs)
NAMING_VERBS = frozenset(_CUES.naming_verbs)
ACCOUNT_PREPS = frozenset(_CUES.account_preps)
#: Honorifics and ranks before a name, besides titles: "Mr", "Gen", "Sheikh", "Field Marshal".
HONORIFICS = frozenset(_CUES.honorifics)
RANKS = frozenset(_CUES.ranks)
PLACING_VERBS = frozenset(_CUES.placing_verbs)
PLACING_PREPS = frozenset(_CUES.placing_preps)
BLAME_COMPLEMENTS = frozenset(_CUES.blame_complements)
BACKING_NOUNS = frozenset(_CUES.backing_nouns)
REPEAT_ADVERBS = frozenset(_CUES.repeat_adverbs)
INSTITUTION_ORGAN_NOUNS = frozenset(_CUES.institution_organ_nouns)
INSTITUTION_ORGAN_PHRASES = frozenset(_CUES.institution_organ_phrases)
INSTITUTION_HEAD_TITLES = frozenset(_CUES.institution_head_titles)
LED_SIDE_NOUNS = frozenset(_CUES.led_side_nouns)
UNPERSONAL_SITE_HEADS = frozenset(_CUES.unpersonal_site_heads)
BACKING_CAMP_NOUNS = frozenset(_CUES.backing_camp_nouns)
OPPOSING_CAMP_NOUNS = frozenset(_CUES.opposing_camp_nouns)
ACRONYM_HEADS = frozenset(_CUES.acronym_heads)
MEMBERSHIP_NOUNS = frozenset(_CUES.membership_nouns)
MEMBERSHIP_SET_NOUNS = frozenset(_CUES.membership_set_nouns)
PROSPECTIVE_MEMBER_MODIFIERS = frozenset(_CUES.prospective_member_modifiers)
COUNTING_VERBS = frozenset(_CUES.counting_verbs)

# The nominal rule (rules/nominal.py).
#: Verbs whose object "control" states control: "took control of", "retained control over".
CONTROL_VERBS = frozenset(_CUES.control_taking_verbs)
#: What an attack did to its target: "an attack that killed ...", "a strike hit ...".
IMPACT_VERBS = frozenset(_CUES.impact_verbs)
#: What claiming an act claims ("claimed responsibility for the attack"): no control of a place.
CLAIMED_ACT_NOUNS = frozenset(_CUES.claimed_act_nouns)
#: Nouns whose owner took part in the act "in" names: "Iran's involvement in the attack".
INVOLVEMENT_NOUNS = frozenset(_CUES.involvement_nouns)
#: Verbs whose subject did the attack their object names: "claimed the attack", "carried out the raid".
PERPETRATING_VERBS = frozenset(_CUES.perpetrating_verbs)
#: "repelled an RSF assault": the defenders fight the attackers.
REPEL_VERBS = frozenset(_CUES.repel_verbs)
#: Speech verbs whose subject does what the noun says: "pledged support", "claimed the attack".
COMMITTING_VERBS = frozenset(_CUES.committing_verbs)
#: Verbs whose subject leads or joins what the noun names: "led the offensive".
LEADING_VERBS = frozenset(_CUES.leading_verbs)
#: Losing control states none: "lost control of", "ceded".
LOSS_WORDS = frozenset(_CUES.loss_words)
#: "called for sanctions on Rwanda": asking for a hostile measure is itself hostile.
ADVOCACY_VERBS = frozenset(_CUES.advocacy_verbs)
#: Verbs that ask for what their object names: "urged sanctions on".
DEMANDING_VERBS = frozenset(_CUES.demanding_verbs)
#: A pact of defence is an alliance: "mutual defence treaty", "military pact".
PACT_NOUNS = frozenset(_CUES.pact_nouns)
#: Words that make a pact one of defence.
DEFENCE_WORDS = frozenset(_CUES.defence_words)
#: Verbs whose subjects make the pact a relation noun names: "formed an alliance".
PACT_VERBS = frozenset(_CUES.pact_verbs)
#: "condemned the Israeli strikes": the condemner opposes whoever struck.
CONDEMN_VERBS = frozenset(_CUES.condemn_verbs)
#: "condemned the attack without naming the perpetrators": no doer is meant.
CULPRIT_NAMING_VERBS = frozenset(_CUES.culprit_naming_verbs)
#: Verbs that lay an act on its doer: "blamed the violence on the ELN".
ATTRIBUTING_VERBS = frozenset(_CUES.attributing_verbs)
#: Acts of opposition whose condemnation opposes their doers, like an attack's: "condemned the coup".
CONDEMNED_ACT_NOUNS = frozenset(_CUES.condemned_act_nouns)
#: "the army ousted the president", "the military seized power": the coup's makers.
USURPING_VERBS = frozenset(_CUES.usurping_verbs)
POWER_SEIZING_VERBS = frozenset(_CUES.power_seizing_verbs)
#: "said that attacks by settlers were unacceptable": judging an act condemns its doers.
CONDEMNING_ADJECTIVES = frozenset(_CUES.condemning_adjectives)
#: Verbs reacting to an act someone else did ("violated the ceasefire"): their subject is not its doer.
REACTION_VERBS = frozenset(_CUES.reaction_verbs)
#: Nouns counting what follows "of" ("a wave of drone attacks"): the verb governing them governs the act.
COUNTING_NOUNS = frozenset(_CUES.counting_nouns)
#: Words under which a "whether"/"if" clause is an open question (rules/questions.py).
OPEN_QUESTION_WORDS = frozenset(_CUES.open_question_words)
OPEN_WHEN_NEGATED_WORDS = frozenset(_CUES.open_when_negated_words)
#: Verbs that ask their object (or passive subject) to do their infinitive (rules/questions.py).
ASKING_VERBS = frozenset(_CUES.asking_verbs)
#: How far a negation reaches (nlp/negation_scope.py).
COMPLETENESS_WORDS = frozenset(_CUES.completeness_words)
CIRCUMSTANCE_PREPS = frozenset(_CUES.circumstance_preps)
#: Small words an acronym skips (components/spelled_names.py).
NAME_CONNECTIVES = frozenset(_CUES.name_connectives)

# The derived readings (rules/sites.py, accusations.py, units.py, noun_args.py).
#: Prepositions that say where an attack happened: "struck a depot in the village of X".
LOCATIVE = frozenset(_CUES.site_preps)
#: Attacks on people or one building ("killed X in Rafah", "stormed the compound") do not attack their town.
PERSONAL_ATTACKS = frozenset(_CUES.personal_attack_words)
#: Verbs whose subject accuses the doer of what the clause under them says.
ACCUSING_VERBS = frozenset(_CUES.accusing_verbs)
#: Nouns a name heads as a group ("the Boko Haram group"), not titles or things.
GROUP_HEADS = frozenset(_CUES.group_head_nouns)
#: Verbs whose subject suffered an attack or clash: "54 soldiers died following an attack by X".
VICTIM_VERBS = frozenset(_CUES.victim_verbs)
#: Prepositions that tie the suffering to the act: "in", "during", "following".
VICTIM_PREPS = frozenset(_CUES.victim_preps)
#: Verbs of taking a place by force: taking it from its holder attacks the holder.
CAPTURE_VERBS = frozenset(_CUES.capture_verbs)

#: Prefixes that make a name a stance, not an origin: "pro-Russian", "anti-junta".
STANCE_PREFIXES = frozenset({"pro", "anti"})
