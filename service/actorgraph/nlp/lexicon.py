"""Trigger words of the nine relation types and of the qualifiers, as data.

Verbs are keyed by lemma. Each verb names the relation it expresses when its subject is
the source, and the prepositions that introduce its target besides a direct object.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class VerbSense:
    relation: str
    preps: tuple[str, ...] = ()
    direct: bool = True  # a direct object is a target
    needs_supply_object: bool = False  # "send weapons to X", not "send troops to X"


def _senses(relation: str, preps: tuple[str, ...], *lemmas: str) -> dict[str, VerbSense]:
    return {lemma: VerbSense(relation, preps) for lemma in lemmas}


VERBS: dict[str, VerbSense] = {
    **_senses("SUPPORTS", (), "back", "support", "arm", "fund", "finance", "bankroll", "sponsor",
              "aid", "assist", "help", "train", "equip", "bolster", "resupply", "endorse", "protect",
              "shelter", "harbour", "harbor", "subsidise", "subsidize", "prop", "defend"),
    **{v: VerbSense("SUPPORTS", ("to", "for"), direct=True, needs_supply_object=True)
       for v in ("supply", "provide", "send", "deliver", "give", "transfer", "ship", "sell",
                 "lend", "offer", "pledge", "donate", "smuggle")},
    **_senses("ALLIED_WITH", ("with",), "ally", "align", "side"),
    **_senses("COOPERATES_WITH", ("with",), "meet", "talk", "discuss", "negotiate", "cooperate",
              "collaborate", "coordinate", "host", "visit", "welcome", "invite", "phone",
              "reconcile", "agree", "sign", "normalise", "normalize", "partner", "mediate"),
    **_senses("OPPOSES", ("against",), "oppose", "condemn", "criticise", "criticize", "accuse",
              "sanction", "counter", "threaten", "block", "denounce", "reject", "warn", "blame",
              "protest", "slam", "veto", "boycott", "ban", "designate", "expel", "censure",
              "rebuke", "decry", "deplore", "undermine", "obstruct", "sue", "indict", "arrest",
              "summon", "challenge", "outlaw", "blacklist", "castigate", "lambast", "suspend",
              "isolate", "exclude", "designate", "penalise", "penalize", "condemn"),
    **_senses("ATTACKS", ("on", "against", "at", "into", "toward", "towards"),
              "attack", "bomb", "shell", "strike", "raid",
              "ambush", "invade", "hit", "target", "pound", "bombard", "assault", "storm",
              "assassinate", "kill", "destroy", "hijack", "abduct", "kidnap", "besiege",
              "torpedo", "massacre", "drone", "fire", "airstrike", "blockade", "shoot",
              "launch", "retaliate"),
    **_senses("FIGHTS", ("with", "against"), "fight", "clash", "battle", "combat", "skirmish",
              "confront", "engage", "war"),
    **_senses("CONTROLS", (), "capture", "seize", "control", "hold", "recapture", "retake",
              "occupy", "overrun", "liberate", "conquer", "annex", "secure", "reclaim", "regain",
              "take", "claim", "enter"),
    **_senses("LEADS", (), "lead", "head", "command", "chair", "govern", "rule"),
    **_senses("MEMBER_OF", ("to",), "join", "belong"),
    **_senses("MEMBER_OF", (), "include", "comprise", "encompass", "incorporate", "absorb", "admit",
              "readmit",
              "form", "found", "create", "establish", "co-found"),
}
#: Verbs whose object must be a weapon/aid noun or an actor-recipient to mean support.
SUPPLY_NOUNS = words("""weapon arm ammunition munition shell missile rocket drone aid money fund funding cash
    equipment support assistance supply training intelligence loan grant helicopter jet tank
    artillery vehicle fuel oil food medicine advisor adviser instructor system component
    military_aid air_defence air_defense interceptor cover protection package shipment consignment
    tranche delivery""")
#: Verbs "fire"/"launch"/"shoot" only attack with a weapon object or an on/at target.
LAUNCH_VERBS = frozenset({"launch", "fire", "shoot"})
#: "hold" and "secure" are weak control verbs: only with a place-like object.
WEAK_CONTROL = frozenset({"hold", "secure", "control", "take", "claim", "enter", "rule", "govern", "run"})

#: Nouns that carry a relation; "from" marks the source for support nouns.
NOUNS: dict[str, str] = {
    **{n: "SUPPORTS" for n in ("support", "backing", "aid", "assistance", "funding", "financing",
                               "sponsorship", "help", "arms", "weapon", "weapons", "supply",
                               "supplies", "patronage", "shipment", "shipments")},
    **{n: "ATTACKS" for n in ("attack", "offensive", "strike", "airstrike", "air strike",
                              "raid", "assault", "bombardment", "shelling", "bombing", "invasion",
                              "incursion", "ambush", "onslaught", "drone strike", "missile strike",
                              "massacre", "killing", "killings", "raids", "shellings",
                              "operation", "campaign", "push", "counteroffensive", "barrage",
                              "airstrikes", "bombardments", "siege")},
    **{n: "FIGHTS" for n in ("clash", "fighting", "battle", "war", "hostility", "skirmish",
                             "combat", "confrontation", "firefight", "conflict")},
    **{n: "COOPERATES_WITH" for n in ("talk", "agreement", "deal", "accord", "tie", "consensus",
                                      "meeting", "cooperation", "partnership", "dialogue",
                                      "negotiation", "summit", "pact", "rapprochement", "truce",
                                      "ceasefire", "drill", "exercise", "manoeuvre", "maneuver",
                                      "consultation")},
    **{n: "ALLIED_WITH" for n in ("alliance", "coalition", "axis")},
    **{n: "OPPOSES" for n in ("sanction", "condemnation", "opposition", "embargo", "criticism",
                              "accusation", "threat", "ultimatum", "mutiny", "rebellion",
                              "uprising", "revolt", "insurrection", "insurgency", "protest")},
    "control": "CONTROLS",
    "capture": "CONTROLS",
    "seizure": "CONTROLS",
    "takeover": "CONTROLS",
    "occupation": "CONTROLS",
}
#: Prepositions that introduce the target of a relation noun.
NOUN_TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "SUPPORTS": ("for", "to"),
    "ATTACKS": ("on", "against", "at", "of", "into", "toward", "towards"),
    "FIGHTS": ("with", "against"),
    "COOPERATES_WITH": ("with",),
    "ALLIED_WITH": ("with",),
    "OPPOSES": ("on", "against", "of"),
    "CONTROLS": ("of", "over"),
}
#: "ties"/"relations" mean cooperation only when a verb says so.
TIE_NOUNS = frozenset({"tie", "relation", "relationship"})
TIE_VERBS_POS = frozenset({"close", "strong", "warm", "good", "deep", "friendly", "cordial", "growing",
                           "grow",
                           "warming", "closer", "strategic", "establish", "restore", "normalise",
                           "normalize", "resume", "improve",
                           "strengthen", "deepen", "upgrade", "mend", "build", "forge", "expand",
                           "boost", "reestablish", "re-establish", "renew", "seek"})
TIE_VERBS_NEG = frozenset({"cut", "sever", "suspend", "downgrade", "break", "freeze"})
#: Verbs that end a cooperation: "the EU suspended defence consultations with Kigali" is a
#: hostile act towards Kigali, not cooperation with it.
BREAK_OFF_VERBS = frozenset({"suspend", "halt", "freeze", "cancel", "scrap", "terminate", "boycott",
                             "reject", "sever", "cut", "break", "abandon", "end"})
#: Relation-noun readings that need a symmetric "between A and B" or "A-B" frame.
BETWEEN_TYPES = frozenset({"FIGHTS", "COOPERATES_WITH", "ALLIED_WITH"})
#: Verbs that receive: "X received support from Y" reverses the direction.
RECEIVE_VERBS = frozenset({"receive", "get", "obtain", "acquire", "accept", "enjoy", "seek", "request"})

#: Prenominal participles: "Iran-backed", "Turkish-backed", "HTS-held".
PRENOMINAL: dict[str, str] = {
    "back": "SUPPORTS", "support": "SUPPORTS", "sponsor": "SUPPORTS", "fund": "SUPPORTS",
    "arm": "SUPPORTS", "finance": "SUPPORTS", "train": "SUPPORTS", "equip": "SUPPORTS",
    "ally": "ALLIED_WITH", "align": "ALLIED_WITH",
    "hold": "CONTROLS", "control": "CONTROLS", "occupy": "CONTROLS", "run": "CONTROLS",
    "link": "MEMBER_OF", "affiliate": "MEMBER_OF",
    "lead": "LEADS_GROUP",
}

#: Titles that make a person the leader of the actor named with them.
LEADER_TITLES = frozenset({"president", "leader", "premier", "king", "emir", "chancellor",
                           "chairman", "chairwoman", "ruler", "dictator", "monarch", "sultan",
                           "head", "chief", "commander", "secretary-general", "prince",
                           "strongman", "ayatollah", "sheikh", "founder", "warlord", "boss",
                           "head of state", "junta leader", "supremo"})
#: Titles that make a person a member of the actor named with them.
MEMBER_TITLES = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson", "envoy",
                           "ambassador", "official", "diplomat", "general", "lawmaker",
                           "senator", "member", "negotiator", "adviser", "advisor", "officer",
                           "deputy", "secretary", "representative", "mp", "militant",
                           "fighter", "operative", "colonel", "major", "lieutenant", "captain",
                           "admiral", "marshal", "aide", "governor", "mayor", "legislator"})
#: Modifiers of a title that make it a member's title ("foreign minister", "army chief").
SUBORDINATE_MODIFIERS = frozenset({"foreign", "defence", "defense", "interior", "intelligence",
                                   "deputy", "vice", "military", "finance", "security", "senior",
                                   "former", "ex", "regional", "local", "field", "top", "spy",
                                   "economy", "justice", "health", "energy", "trade", "police"})

#: Copular attributes: "A and B are allies", "A is a backer of B".
ATTR_NOUNS: dict[str, str] = {
    "ally": "ALLIED_WITH", "partner": "COOPERATES_WITH", "backer": "SUPPORTS",
    "supporter": "SUPPORTS", "sponsor": "SUPPORTS", "patron": "SUPPORTS", "supplier": "SUPPORTS",
    "enemy": "OPPOSES", "rival": "OPPOSES", "foe": "OPPOSES", "adversary": "OPPOSES",
    "opponent": "OPPOSES", "critic": "OPPOSES",
    "member": "MEMBER_OF", "part": "MEMBER_OF", "faction": "MEMBER_OF", "branch": "MEMBER_OF",
    "wing": "MEMBER_OF", "affiliate": "MEMBER_OF", "offshoot": "MEMBER_OF", "unit": "MEMBER_OF",
    "franchise": "MEMBER_OF", "component": "MEMBER_OF", "proxy": "PROXY_OF",
    "leader": "LEADS", "head": "LEADS", "president": "LEADS", "chief": "LEADS",
    "commander": "LEADS", "founder": "LEADS", "ruler": "LEADS",
    "umbrella": "HAS_MEMBER", "grouping": "HAS_MEMBER",
}

#: Nouns whose owner is the actor meant: "YPG positions", "Syrian army patrol".
OWNED_NOUNS = words("""position base patrol convoy camp headquarters outpost stronghold target
    fighter force troop unit militant member jet drone aircraft missile soldier official
    delegation army government territory facility infrastructure depot warehouse vessel ship
    tanker warship navy artillery tank checkpoint barracks commander leader spokesman
    militiaman guard police gunman leadership regime authority ministry embassy consulate
    administration warplane helicopter plane personnel garrison line trench bastion
    installation site asset interest cell junta ruler minister bureau compound faction wing
    branch counterpart mercenary gunboat boat separatist rebel insurgent jihadist loyalist
    guerrilla paramilitary destroyer frigate carrier submarine cruiser corvette peacekeeper
    crew""")
#: Common nouns naming places, whose name follows in "of" or a compound.
PLACE_NOUNS = words("""village town city area region province district countryside height
    outskirts neighbourhood neighborhood airport port base refinery hospital camp crossing
    field dam highway road coast island capital governorate state county suburb enclave
    strip border territory facility plant station hub airbase airfield bridge hill mountain
    valley corridor zone quarter municipality settlement depot warehouse garrison palace
    outpost position stronghold headquarters""")

#: Nouns an article uses again for an actor named before ("the group").
ANAPHOR_NOUNS = words("""group militia islamist rebel militant jihadist insurgent movement
    organisation organization faction paramilitary regime alliance coalition guerrilla
    separatist extremist terrorist fighter mercenary junta bloc force""")
#: Nouns of unnamed collectives: "the Turkish opposition", "pro-Russian separatists".
GROUP_NOUNS = words("""opposition rebel insurgent militant separatist jihadist islamist
    loyalist militia fighter paramilitary dissident guerrilla nationalist protester mercenary""")

SPEECH_VERBS = words("""say tell state announce claim explain add emphasise emphasize note
    insist stress confirm declare write tweet argue assert allege acknowledge admit deny
    elaborate point report reiterate warn vow pledge suggest believe contend maintain
    indicate quote underline highlight""")
HEDGE_VERBS = words("""suggest allege claim suspect believe think appear seem rumour rumor
    speculate estimate assume accuse report doubt fear expect predict""")
HEDGE_ADVERBS = words("""reportedly allegedly apparently purportedly possibly probably
    likely perhaps maybe supposedly seemingly presumably ostensibly""")
HEDGE_MODALS = frozenset({"may", "might", "could"})
INTENT_WORDS = words("""desire want wish hope plan intend aim seek intention plan bid
    attempt try threaten consider propose offer""")
NEGATING_VERBS = frozenset({"deny", "refuse", "decline", "refute", "fail", "stop", "cease", "halt",
                            "rule", "prevent", "bar", "deter", "dissuade", "prohibit"})
#: "warned Beijing against supplying Moscow": what is warned against has not been done.
WARNING_VERBS = frozenset({"warn", "caution"})

#: Weapon systems the statistical NER takes for organisations or people ("Shahed drones",
#: "Patriot systems", "Storm Shadow missiles"): never actors. Compared on the name's first
#: word, lower-cased (and on the whole name for two-word systems).
WEAPON_NAMES = frozenset({
    "shahed", "geran", "patriot", "himars", "atacms", "iskander", "kinzhal", "kalibr", "taurus",
    "storm shadow", "scalp", "bayraktar", "lancet", "iron dome", "javelin", "stinger", "leopard",
    "abrams", "bradley", "f-16", "f-35", "su-25", "su-34", "mig-29", "s-300", "s-400", "oreshnik",
    "switchblade", "tomahawk", "reaper", "mq-9", "tb2", "zircon", "oniks", "kh-101", "nasams",
    "iris-t", "gepard", "challenger", "harpoon", "katyusha", "grad", "fateh", "burkan", "quds-1",
})
