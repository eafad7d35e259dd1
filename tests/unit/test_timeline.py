"""Timelines bucket claims by day, week and month; stance changes find turned relations."""

from __future__ import annotations

from actorgraph.graph.timeline import stance_changes, timeline
from actorgraph.model import Claim, RelationType

R = RelationType


def claim(
    cid: str, s: str, rel: RelationType, t: str, published: str | None, *, negated: bool = False,
    hedged: bool = False,
) -> Claim:
    return Claim(
        id=cid, source_id=s, relation=rel, target_id=t, confidence=0.8, negated=negated, hedged=hedged,
        article_id=f"art-{cid}", sentence=f"sentence {cid}", start=0, end=10, published=published,
    )


DATED = [
    claim("1", "a", R.SUPPORTS, "b", "2024-11-27"),  # a Wednesday
    claim("2", "a", R.ATTACKS, "c", "2024-11-28T09:30:00", hedged=True),
    claim("3", "b", R.SUPPORTS, "a", "2024-12-02", negated=True),  # a Monday
    claim("4", "a", R.SUPPORTS, "b", None),
]


def test_day_buckets_count_claims_and_qualifiers() -> None:
    t = timeline(DATED, "day")
    assert [b.start for b in t.buckets] == ["2024-11-27", "2024-11-28", "2024-12-02"]
    assert [b.claims for b in t.buckets] == [1, 1, 1]
    assert t.buckets[1].hedged == 1 and t.buckets[2].negated == 1
    assert t.undated == 1
    assert all(b.items is None for b in t.buckets)


def test_week_buckets_start_on_monday_and_month_buckets_on_the_first() -> None:
    weeks = timeline(DATED, "week")
    assert [(b.start, b.claims) for b in weeks.buckets] == [("2024-11-25", 2), ("2024-12-02", 1)]
    months = timeline(DATED, "month", with_claims=True)
    assert [(b.start, b.claims) for b in months.buckets] == [("2024-11-01", 2), ("2024-12-01", 1)]
    assert months.buckets[0].by_relation == {"ATTACKS": 1, "SUPPORTS": 1}
    assert [c.id for c in months.buckets[0].items or []] == ["1", "2"]


def test_support_turning_to_attack_is_a_stance_change_with_both_sides() -> None:
    claims = [
        claim("s1", "a", R.SUPPORTS, "b", "2024-01-05"),
        claim("s2", "b", R.COOPERATES_WITH, "a", "2024-02-01"),
        claim("x1", "a", R.ATTACKS, "b", "2024-03-10"),
        claim("x2", "b", R.FIGHTS, "a", "2024-03-12"),
        claim("c1", "a", R.CONTROLS, "b", "2024-02-20"),  # unsigned: ignored
        claim("n1", "a", R.OPPOSES, "b", "2024-02-15", negated=True),  # denial: no stance
    ]
    (change,) = stance_changes(claims)
    assert change.actor_ids == ("a", "b")
    assert (change.from_sign, change.to_sign) == (1, -1)
    assert change.last_before == "2024-02-01" and change.changed_on == "2024-03-10"
    assert [c.id for c in change.before] == ["s1", "s2"]
    assert [c.id for c in change.after] == ["x1", "x2"]
    assert change.from_relations == [R.COOPERATES_WITH, R.SUPPORTS]
    assert change.to_relations == [R.ATTACKS, R.FIGHTS]


def test_window_selects_changes_by_the_date_of_the_turn() -> None:
    claims = [
        claim("s1", "a", R.SUPPORTS, "b", "2024-01-05"),
        claim("x1", "a", R.ATTACKS, "b", "2024-03-10"),
        claim("s2", "a", R.ALLIED_WITH, "b", "2024-06-01"),
    ]
    assert [c.changed_on for c in stance_changes(claims)] == ["2024-03-10", "2024-06-01"]
    assert [c.changed_on for c in stance_changes(claims, since="2024-04-01")] == ["2024-06-01"]
    assert [c.changed_on for c in stance_changes(claims, until="2024-03-31")] == ["2024-03-10"]
    assert stance_changes(claims, since="2024-03-11", until="2024-05-31") == []


def test_both_signs_on_one_day_are_no_turn_and_steady_pairs_are_quiet() -> None:
    contested = [
        claim("s1", "a", R.SUPPORTS, "b", "2024-01-05"),
        claim("x1", "a", R.ATTACKS, "b", "2024-01-05"),
    ]
    steady = [
        claim("s1", "c", R.SUPPORTS, "d", "2024-01-05"),
        claim("s2", "d", R.SUPPORTS, "c", "2024-05-05"),
    ]
    assert stance_changes(contested) == []
    assert stance_changes(steady) == []
