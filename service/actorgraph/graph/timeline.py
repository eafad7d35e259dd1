"""Claims over time: timelines bucketed by day, week or month, and stance changes.

Pure functions over :class:`Claim` lists, so both stores give the same answer for the same
claims. Dates are the article ``published`` dates (ISO strings; a datetime counts on its day).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, Field

from actorgraph.model import SIGN, Claim, RelationType

Bucket = Literal["day", "week", "month"]


class TimelineBucket(BaseModel):
    start: str  # first day of the bucket (ISO date); months as YYYY-MM-01, weeks start on Monday
    claims: int
    negated: int
    hedged: int
    by_relation: dict[str, int] = Field(default_factory=dict)
    items: list[Claim] | None = None


class Timeline(BaseModel):
    bucket: Bucket
    buckets: list[TimelineBucket]
    undated: int  # claims whose article carries no date: counted, not placed


class StanceChange(BaseModel):
    """A pair whose relation turned sign: cooperative (+) to hostile (-) or back."""

    actor_ids: tuple[str, str]  # sorted, so a pair is named the same way whichever side acts
    from_sign: int
    to_sign: int
    from_relations: list[RelationType]
    to_relations: list[RelationType]
    last_before: str  # date of the last claim of the old stance
    changed_on: str  # date of the first claim of the new stance
    before: list[Claim]
    after: list[Claim]


def day_of(published: str) -> date:
    return date.fromisoformat(published[:10])


def bucket_start(day: date, bucket: Bucket) -> date:
    if bucket == "day":
        return day
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def timeline(claims: Iterable[Claim], bucket: Bucket = "day", with_claims: bool = False) -> Timeline:
    """Claims counted per bucket, oldest bucket first; empty buckets are left out."""
    grouped: dict[date, list[Claim]] = {}
    undated = 0
    for c in claims:
        if not c.published:
            undated += 1
            continue
        grouped.setdefault(bucket_start(day_of(c.published), bucket), []).append(c)
    out: list[TimelineBucket] = []
    for start in sorted(grouped):
        items = sorted(grouped[start], key=lambda c: (c.published or "", c.id))
        by_rel: dict[str, int] = {}
        for c in items:
            by_rel[c.relation.value] = by_rel.get(c.relation.value, 0) + 1
        out.append(
            TimelineBucket(
                start=start.isoformat(),
                claims=len(items),
                negated=sum(c.negated for c in items),
                hedged=sum(c.hedged for c in items),
                by_relation=dict(sorted(by_rel.items())),
                items=items if with_claims else None,
            )
        )
    return Timeline(bucket=bucket, buckets=out, undated=undated)


def _signed(c: Claim) -> int:
    # A negated claim says the relation does not hold; it is no evidence of a stance.
    return 0 if c.negated or not c.published else SIGN[c.relation]


def _relations(run: list[Claim]) -> list[RelationType]:
    return sorted({c.relation for c in run}, key=lambda r: r.value)


def stance_changes(
    claims: Iterable[Claim], since: str | None = None, until: str | None = None
) -> list[StanceChange]:
    """Pairs whose signed relation flipped, the flip (first claim of the new stance) falling
    in ``[since, until]``. The claims on both sides are the runs of the old and of the new
    stance around the flip, so hand in claims from before ``since`` to see the old side.
    Unsigned relations (CONTROLS, LEADS), negated and undated claims are ignored."""
    pairs: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if _signed(c) == 0:
            continue
        a, b = sorted((c.source_id, c.target_id))
        pairs.setdefault((a, b), []).append(c)
    changes: list[StanceChange] = []
    for pair, items in pairs.items():
        items.sort(key=lambda c: (day_of(c.published or ""), c.id))
        runs: list[list[Claim]] = []
        for c in items:
            # Claims of both signs on the same day are no turn, they are one contested day;
            # they stay in separate runs but a flip needs the new sign on a later day.
            if runs and _signed(runs[-1][-1]) == _signed(c):
                runs[-1].append(c)
            else:
                runs.append([c])
        for old, new in pairwise(runs):
            first_new = new[0].published or ""
            if day_of(first_new) <= day_of(old[-1].published or ""):
                continue
            day = day_of(first_new).isoformat()
            if (since and day < since[:10]) or (until and day > until[:10]):
                continue
            changes.append(
                StanceChange(
                    actor_ids=pair,
                    from_sign=_signed(old[0]),
                    to_sign=_signed(new[0]),
                    from_relations=_relations(old),
                    to_relations=_relations(new),
                    last_before=day_of(old[-1].published or "").isoformat(),
                    changed_on=day,
                    before=old,
                    after=new,
                )
            )
    changes.sort(key=lambda s: (s.changed_on, s.actor_ids))
    return changes
