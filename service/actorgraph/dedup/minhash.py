"""An article's MinHash fingerprint and its LSH band keys.

The text is read as the set of its word 5-grams (lower case): a wire copy keeps long runs
of the same words, while another headline, intro or boilerplate changes only the shingles
it touches. datasketch computes the MinHash signature; the banding is done here, because
the band keys are stored with the article in the store (one index lookup per band finds
every candidate, at any store size) rather than in a separate LSH structure that would
have to be kept in step with the store's transactions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash

from actorgraph.model import Fingerprint

#: Permutations of the signature, and its split into LSH bands of ROWS values each. A pair
#: of Jaccard similarity s shares at least one band with probability 1 - (1 - s**ROWS)**BANDS:
#: 0.99 at s = 0.6, 0.87 at 0.5, 0.56 at 0.4, 0.003 at 0.1. Unrelated news pairs measure
#: below 0.04 (bench/dedup.py), so at a million stored articles a lookup meets almost no
#: false candidates; three rows per band would find more copies near 0.4 but meet
#: thousands of them.
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
#: A fixed seed: fingerprints made by any process, any day, compare.
SEED = 1

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    last = len(words) - SHINGLE_WORDS + 1
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(last)}


def signature(text: str) -> np.ndarray | None:
    grams = shingles(text)
    if not grams:
        return None
    # affine32 (datasketch 2's default, named so an upgrade cannot change it): 32-bit values,
    # 4 bytes each where a store keeps the signature.
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    m.update_batch(list(grams))
    values: np.ndarray = m.hashvalues
    return values


def band_keys(values: np.ndarray) -> list[str]:
    """One key per band: its index and a digest of its rows (a match must be in the same band)."""
    out = []
    for band in range(BANDS):
        rows = values[band * ROWS : (band + 1) * ROWS].astype("<u4").tobytes()
        out.append(f"{band:02d}{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return out


def fingerprint(text: str, threshold: float) -> Fingerprint | None:
    """The fingerprint of a text, or None for a text without words."""
    values = signature(text)
    if values is None:
        return None
    return Fingerprint(signature=[int(v) for v in values], bands=band_keys(values), threshold=threshold)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The estimated Jaccard similarity of two signatures: the share of equal values."""
    if len(a) != len(b) or not a:
        return 0.0
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint32) == np.asarray(b, dtype=np.uint32))) / len(a)


def pack(values: Sequence[int]) -> bytes:
    """A signature as stored: 4 little-endian bytes per value."""
    return np.asarray(values, dtype="<u4").tobytes()


def unpack(blob: bytes) -> list[int]:
    return [int(v) for v in np.frombuffer(blob, dtype="<u4")]
