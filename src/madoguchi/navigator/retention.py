"""Retention rules of the navigator (found by ``madoguchi retention``)."""

from __future__ import annotations

from madoguchi.core.retention import retention_rule


@retention_rule("navigator.entries", "Counter entries past expiry, and used ones after a week")
def purge_entries() -> int:
    from madoguchi.navigator.services import entries_purge

    return entries_purge()


@retention_rule("navigator.sessions", "Counter sessions 30 days after they close")
def purge_sessions() -> int:
    from madoguchi.navigator.services import sessions_purge

    return sessions_purge()
