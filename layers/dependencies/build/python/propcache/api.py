"""Public API of the property caching library."""

from ._helpers import cached_property, under_cached_property

__all__ = (
    "cached_property",
    "under_cached_property",
)
