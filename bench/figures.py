"""Small helpers the benchmarks share."""

from __future__ import annotations


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` fall (nearest rank): 0.5 the median, 0.99 p99."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
