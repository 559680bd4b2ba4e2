"""The payments part's contribution to the master plan's live indicators."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.evaluation.live import LiveValue, live_source
from madoguchi.payments.selectors import BUSY_COUNTER_CASES, cashless_counter_share


@live_source("payments.cashless_counter_share")
def cashless_counters() -> LiveValue | None:
    share = cashless_counter_share()
    if share.percent is None:
        return None
    return LiveValue(
        value=share.percent,
        computation=_(
            "%(cashless)s of the %(eligible)s counters handling %(cases)s or more cases a year "
            "accept cashless payment, computed from the counter registry at the moment this "
            "page was shown."
        )
        % {
            "cashless": share.cashless,
            "eligible": share.eligible,
            "cases": f"{BUSY_COUNTER_CASES:,}",
        },
        measured_on=timezone.localdate(),
    )
