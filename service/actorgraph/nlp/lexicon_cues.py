"""The lexicon's cue lists: word lists the rules and the qualifier consult that carry no
relation of their own (each is checked as lower-case words listed once), and the word types
the lexicon's schema shares (``nlp/lexicon_schema.py``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict


class StrictModel(BaseModel):
    """Entries name every field they have and nothing else; frozen once read."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _word(value: str) -> str:
    if not value or value != value.strip() or value != value.lower():
        raise ValueError(f"{value!r} is not a lower-case word without surrounding spaces")
    return value


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


Word = Annotated[str, AfterValidator(_word)]
WordList = Annotated[tuple[Word, ...], AfterValidator(_unique)]


class Cues(StrictModel):
    """Word lists the rules and the qualifier consult; no relation of their own."""

    supply_nouns: WordList
    launch_verbs: WordList
    weak_control: WordList
    tie_nouns: WordList
    tie_verbs_pos: WordList
    tie_verbs_neg: WordList
    #: "froze its participation in the CSTO": a side's place in a body, a tie "in" it
    affiliation_nouns: WordList
    #: "announced the severance of relations with Morocco": the act of cutting ties, told as a noun
    severing_nouns: WordList
    break_off_verbs: WordList
    receive_verbs: WordList
    owned_nouns: WordList
    place_nouns: WordList
    anaphor_nouns: WordList
    group_nouns: WordList
    speech_verbs: WordList
    hedge_verbs: WordList
    hedge_adverbs: WordList
    hedge_modals: WordList
    intent_words: WordList
    #: "is going to / set to / poised to / preparing to attack": the act is still to come
    prospective_verbs: WordList
    #: "traded accusations", "exchanged threats": hostile words both ways (rules/reciprocals.py)
    reciprocating_verbs: WordList
    #: "the country's army / president": the state the story is in (rules/mentions.py)
    country_nouns: WordList
    reciprocated_nouns: WordList
    #: "recognized Guaido" supports; recognition withheld ("no longer recognizes") opposes
    recognition_verbs: WordList
    negating_verbs: WordList
    source_from_verbs: WordList  # "resulted from shelling": a source, no act held back
    warning_verbs: WordList
    weapon_names: WordList
    #: "fired back on Telegram": platforms a statement is posted on, never actors or targets
    media_platforms: WordList
    #: "at 8 a.m. (0600 GMT)": time zones the NER takes for organisations, never actors
    time_zones: WordList
    #: "its former ally the RSF": a tie that has ended (rules/ended.py)
    ended_tie_modifiers: WordList
    collective_member_heads: WordList
    collective_rank_heads: WordList
    collective_body_heads: WordList
    collective_modifiers: WordList
    holding_nouns: WordList
    ethnic_nouns: WordList
    armed_group_name_heads: WordList
    government_name_heads: WordList
    organization_name_heads: WordList
    # rules/verbal.py
    sanction_nouns: WordList
    label_verbs: WordList
    label_nouns: WordList
    cooperative_verbs: WordList
    threat_verbs: WordList
    reversed_membership_verbs: WordList
    hosting_verbs: WordList
    hosted_nouns: WordList
    relationless_verbs: WordList
    joint_verbs: WordList
    departing_verbs: WordList
    #: "urged Maduro to step down": a verb and its particle that leave office or a place
    departing_phrasal_verbs: WordList
    cessation_verbs: WordList
    departure_nouns: WordList
    ordering_verbs: WordList
    envoy_nouns: WordList
    founding_verbs: WordList
    enable_verbs: WordList
    actor_only_verbs: WordList
    joint_adverbs: WordList
    object_sense_verbs: WordList
    # rules/roles.py (hostile_labels: verbal.py too)
    head_title_modifiers: WordList
    heading_modifiers: WordList  # a member title they modify heads: "prime minister", "chief constable"
    former_title_modifiers: WordList
    not_led_nouns: WordList
    head_of_state_titles: WordList
    hostile_labels: WordList
    # rules/args.py, mentions.py, places.py; quotes.py
    pronoun_speaker_verbs: WordList
    partitive_words: WordList
    object_control_verbs: WordList
    force_nouns: WordList
    #: weapons and their users: "drones launched by the Houthis" are the Houthis'; "Chinese
    #: drones supplied by the UAE" only come from China (rules/weapons.py)
    weapon_nouns: WordList
    operating_verbs: WordList
    first_person_pronouns: WordList
    commander_pronouns: WordList
    plural_first_person_pronouns: WordList
    calendar_words: WordList
    portion_words: WordList
    region_nouns: WordList
    place_preps: WordList
    compass_directions: WordList
    locative_preps: WordList
    #: titles whose modifier is a portfolio, not an actor: "Labor Minister" (components/entities.py)
    portfolio_titles: WordList
    counting_adjectives: WordList
    person_pronouns: WordList
    # components/qualifier.py
    hearsay_nouns: WordList
    claim_nouns: WordList
    #: what claiming an attack claims: "claimed responsibility for", "claimed credit for" (rules/verbal.py)
    claimed_act_nouns: WordList
    #: "accused X of involvement in the attack", "Iran's role in the strike" (rules/attack_events.py)
    involvement_nouns: WordList
    #: verbs whose subject did the attack a definite noun refers back to: "JNIM claimed the
    #: attack", "the raid was carried out by X" (rules/attack_events.py)
    perpetrating_verbs: WordList
    dismissing_verbs: WordList
    evaluative_verbs: WordList
    denial_aside_verbs: WordList
    # components/resolver.py, ruler.py
    organ_nouns: WordList
    generic_anaphor_nouns: WordList
    title_phrase_words: WordList
    definite_determiners: WordList
    bloc_nouns: WordList
    bloc_adjectives: WordList
    sponsored_nouns: WordList
    #: heads of a sponsored side's names: one side per sponsor (components/sides.py)
    side_nouns: WordList
    #: "under the command of X": X commands what is put under it (rules/coordination.py, units.py)
    command_nouns: WordList
    #: a side's people, whom a shot hits: "shot dead five soldiers" (rules/verb_objects.py)
    people_nouns: WordList
    #: "clashes involving A and B": the participle names the sides (rules/noun_args.py)
    involving_verbs: WordList
    visiting_verbs: WordList
    #: "a militia known as / called X": the noun is X (rules/args.py)
    naming_verbs: WordList
    #: "warned Tehran over its attack": what a verb holds its object to account for (rules/pronouns.py)
    account_preps: WordList
    sponsor_participles: WordList
    #: participles that name their partner after a preposition only: "allied with" (rules/verb_objects.py)
    partner_participles: WordList
    honorifics: WordList
    #: the honorifics that are never a word of the name itself ("Capt Obali"; not "Sheikh Hasina")
    ranks: WordList
    #: "placed X under house arrest", "took X into custody" (rules/placing.py)
    placing_verbs: WordList
    placing_preps: WordList
    #: nouns after an acronym the NER left out that make it a name: "the PNDS party" (components/acronyms.py)
    acronym_heads: WordList
    #: "with the support of Russia", "Qatar's support of X" (rules/backing.py)
    backing_nouns: WordList
    #: "Lipkovo and Slupcane were also bombarded": an agentless act that repeats the last
    #: one told, by the same doers (rules/noun_args.py)
    repeat_adverbs: WordList
    #: a state's institutions, whose heads lead them as actors of their own where the
    #: gazetteer does not name them as the state: "Bolivian police chief X" (rules/institution_heads.py)
    institution_organ_nouns: WordList
    institution_organ_phrases: WordList
    institution_head_titles: WordList
    #: a side one leader heads, named before the title: "opposition leader X" (rules/institution_heads.py)
    led_side_nouns: WordList
    #: last words that make a name a site's even when the NER reads a person ("King Faisal
    #: Highway", "Chin State"): no one's surname (components/entities.py)
    unpersonal_site_heads: WordList
    #: a camp named by whom it backs or opposes: "Morsi supporters", "opponents of Evo Morales"
    #: are sides of their own, for or against the actor named (nlp/camps.py)
    backing_camp_nouns: WordList
    opposing_camp_nouns: WordList
    #: "holds Hamas responsible": the complement that makes a verb blame its object
    blame_complements: WordList
    #: nouns that make what is named beside them a member of the organisation that
    #: modifies them: "NATO member Turkey", "Sweden's membership of NATO" (rules/memberships.py)
    membership_nouns: WordList
    #: "a would-be member", "future member Ukraine": no member yet
    prospective_member_modifiers: WordList
    #: heads of "member states": "EU member states Hungary and Slovakia"
    membership_set_nouns: WordList
    #: verbs that "count X as members"
    counting_verbs: WordList
    site_preps: WordList
    capture_verbs: WordList
    personal_attack_words: WordList
    accusing_verbs: WordList
    group_head_nouns: WordList
    victim_verbs: WordList
    victim_preps: WordList
    # rules/sites.py, accusations.py, units.py, noun_args.py, nominal.py
    control_taking_verbs: WordList
    impact_verbs: WordList
    repel_verbs: WordList
    committing_verbs: WordList
    leading_verbs: WordList
    loss_words: WordList
    advocacy_verbs: WordList
    demanding_verbs: WordList
    pact_nouns: WordList
    defence_words: WordList
    pact_verbs: WordList
    #: "blamed the violence on the ELN": the culprit may hang on what is blamed (rules/verb_objects.py)
    attributing_verbs: WordList
    #: "condemned the attack without assigning blame": it names no doer (rules/accusations.py)
    culprit_naming_verbs: WordList
    condemn_verbs: WordList
    #: hostile acts of opposition one can condemn: "condemned the coup" opposes those who made it
    condemned_act_nouns: WordList
    #: who overthrows a leader ("the army ousted X") or seizes power made the coup told later
    usurping_verbs: WordList
    power_seizing_verbs: WordList
    condemning_adjectives: WordList
    reaction_verbs: WordList
    counting_nouns: WordList
    #: "it is unclear whether X will meet Y", "officials wondered if ...": what a "whether" or
    #: "if" clause under them tells is an open question, not a statement (rules/questions.py)
    open_question_words: WordList
    #: "urged the Security Council to condemn X", "were instructed to expand": the act is
    #: asked of the one told, not done by it (rules/questions.py)
    asking_verbs: WordList
    #: "were not in full control of X": a negation that denies only completeness (nlp/negation_scope.py)
    completeness_words: WordList
    #: small words an acronym skips: "National Peace and Order Maintaining Council (NPOMC)"
    #: (components/spelled_names.py)
    name_connectives: WordList
    #: "to prevent deaths amid a campaign of airstrikes": circumstances a negating verb does not deny
    circumstance_preps: WordList
    #: the same once negated: "it was not known whether", "did not say if"
    open_when_negated_words: WordList
