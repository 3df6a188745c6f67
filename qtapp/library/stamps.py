"""Timestamps and text hashes, shared by the store and what it composes (quotes, re-derivation)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def now() -> str:
    """The current time as ISO 8601 UTC with its zone, e.g. 2024-07-03T09:15:02Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def days_ago(days: int) -> str:
    """The time ``days`` days before now, in ``now()``'s format (so stamps compare as strings)."""
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
