"""A tiny module so the example has code to check."""

from packaging.version import Version


def newest(versions: list[str]) -> str:
    """Return the newest of the given version strings."""
    return str(max(Version(v) for v in versions))
