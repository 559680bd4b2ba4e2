"""How long applications are kept: drafts 30 days after their last change, finished cases
for the procedure's retention period (each purge is audited with the reference only)."""

from __future__ import annotations

from madoguchi.applications.services import drafts_purge
from madoguchi.core.retention import retention_rule


@retention_rule(
    "applications.expired",
    "Abandoned drafts after 30 days; finished cases after the procedure's retention period",
)
def purge_expired_applications() -> int:
    return drafts_purge()
