"""The calibration fit: Newton's method finds the rate of rightness it is shown, and the
held-out comparison of penalties scores each batch by a fit that never saw it."""

from __future__ import annotations

import pytest

from actorgraph.evaluation.fit import batch_of, fit, held_out_error


def _rows(n_right: int, n_wrong: int, raw: float) -> list[tuple[dict[str, float], bool]]:
    feats = {"logit_raw": raw}
    return [(feats, True)] * n_right + [(feats, False)] * n_wrong


def test_batch_of_drops_the_excerpt_number() -> None:
    assert batch_of("rn-q07") == "rn-q"
    assert batch_of("rn-a1") == "rn-a"


def test_fit_without_penalty_matches_the_share_right() -> None:
    model = fit(_rows(30, 10, 0.0), l2=0.0)
    assert model.bias == pytest.approx(1.0986, abs=1e-3)  # logit(0.75)


def test_held_out_error_is_zero_when_every_batch_is_alike() -> None:
    batches = {name: _rows(3, 1, 0.0) for name in ("rn-a", "rn-b", "rn-c")}
    assert held_out_error(batches, l2=1.0) == pytest.approx(0.0, abs=1e-4)  # weights kept to 4 places


def test_held_out_error_sees_a_batch_unlike_the_others() -> None:
    # a fit on the first two batches says 0.75; the third is right half the time, and a
    # fit on any two batches misses the third's rate, which an in-sample fit would hide
    batches = {"rn-a": _rows(3, 1, 0.0), "rn-b": _rows(3, 1, 0.0), "rn-c": _rows(2, 2, 0.0)}
    assert held_out_error(batches, l2=1.0) > 0.1
